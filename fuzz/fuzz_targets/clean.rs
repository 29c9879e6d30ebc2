//! Arbitrary bytes; valid UTF-8 is cleaned with every filter and checked cheaply: no panic, the
//! document is the normalised input lines, the output lines are a subsequence of them and end
//! with a newline only when the input did, every removal points at the exact input bytes, and
//! cleaning again changes nothing.
#![no_main]

use deboiler::__internals::normalize::normalize_line;
use deboiler::Cleaner;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let cleaner = Cleaner::default();
    let cleaned = cleaner.clean(input);
    let lines: Vec<_> = cleaned.doc.lines().collect();

    for line in &lines {
        assert_eq!(line.text, normalize_line(&input[line.span.clone()]));
    }

    let text = &cleaned.text;
    let body = text.strip_suffix('\n').unwrap_or(text);
    assert!(text.is_empty() || text.ends_with('\n') == input.ends_with(['\n', '\r']));
    assert!(!body.ends_with('\n') && !text.starts_with('\n') && !text.contains('\r'));
    let mut rest = lines.iter();
    for out in body.split('\n').filter(|_| !text.is_empty()) {
        assert!(
            rest.any(|line| line.text == out),
            "output line {out:?} is not in the input (in order)"
        );
    }

    let mut previous_end = 0;
    for removal in &cleaned.removals {
        assert!(removal.lines.start >= previous_end && removal.lines.start < removal.lines.end);
        assert!(removal.lines.end <= lines.len());
        previous_end = removal.lines.end;
        let first = &lines[removal.lines.start];
        let last = &lines[removal.lines.end - 1];
        assert_eq!(removal.bytes, first.span.start..last.span.end);
        assert!(input.get(removal.bytes.clone()).is_some());
    }

    let again = cleaner.clean(text);
    assert!(
        again.removals.is_empty(),
        "not idempotent: {:?}",
        again.removals
    );
    assert_eq!(&again.text, text);
});
