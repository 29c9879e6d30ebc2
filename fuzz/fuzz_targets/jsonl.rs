//! Arbitrary bytes as one JSON Lines line through the line cleaner, with a plain field, a dotted
//! field plus a report field, and explain mode. Whatever the line, there is no panic; when it is
//! cleaned, the output is one line of valid JSON; and when the input parses as a JSON value, the
//! output is that value with the field replaced by the cleaned text (and the report added).
#![no_main]

use deboiler::LineCleaner;
use deboiler::Cleaner;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    let cleaner = Cleaner::default();
    let modes: [(&[&str], Option<&str>, bool); 3] = [
        (&["text"], None, false),
        (&["meta", "body"], Some("deboiler"), false),
        (&["text"], None, true),
    ];
    for (field, report_field, explain) in modes {
        let line_cleaner = LineCleaner {
            cleaner: &cleaner,
            field: field.iter().map(|s| s.to_string()).collect(),
            report_field: report_field.map(String::from),
            explain,
            group_by: None,
        };
        let Ok(out) = line_cleaner.clean_line(line, 1) else {
            continue;
        };
        assert!(!out.line.contains(&b'\n'), "output spans several lines");
        let output = std::str::from_utf8(&out.line).expect("output is UTF-8");
        if explain {
            let value: Value = serde_json::from_str(output).expect("explain output is JSON");
            assert!(value["removals"].is_array());
            continue;
        }
        let Ok(mut expected) = serde_json::from_str::<Value>(line.trim_end_matches(['\r', '\n']))
        else {
            continue;
        };
        let mut slot = &mut expected;
        for key in field {
            slot = &mut slot[*key];
        }
        let original = slot.as_str().expect("the field was a string").to_string();
        *slot = Value::String(deboiler::clean(&original));
        let actual: Value = serde_json::from_str(output).expect("output is JSON");
        if let Some(key) = report_field {
            assert!(actual[key]["removed_lines"].is_u64(), "report missing");
            expected[key] = actual[key].clone();
        }
        assert_eq!(actual, expected);
    }
});
