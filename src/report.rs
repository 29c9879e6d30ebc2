//! Renderers of one removal list: the `--explain` report as text or JSON, and the `--diff`
//! (written by [`crate::diff`]).
//!
//! Text and JSON are two views of the same [`Removal`]s, so they never disagree.

use std::fmt::Write as _;

use crate::output_lines::OutputLines;
use crate::pipeline::Cleaned;
use serde::Serialize;

/// `--explain` as text: a first line `file: profile: article|page` (the profile the document was
/// cleaned with, detected or forced), then one entry per removal, `file:LINES: filter/rule: reason`
/// (`author-bio/byline`, see [`Removal::rule_path`](crate::Removal::rule_path)), followed by the
/// removed lines as they were in the input.
pub fn explain_text(name: &str, cleaned: &Cleaned) -> String {
    let mut out = format!("{name}: profile: {}\n", cleaned.profile.name());
    for removal in &cleaned.removals {
        let first = removal.lines.start + 1;
        let last = removal.lines.end;
        let lines = if first == last {
            first.to_string()
        } else {
            format!("{first}-{last}")
        };
        let _ = writeln!(
            out,
            "{name}:{lines}: {}/{}: {}",
            removal.filter, removal.rule, removal.reason
        );
        for index in removal.lines.clone() {
            let _ = writeln!(out, "    | {}", cleaned.doc.line(index));
        }
    }
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    profile: &'static str,
    removals: Vec<JsonRemoval<'a>>,
}

#[derive(Serialize)]
struct JsonRemoval<'a> {
    filter: &'a str,
    /// `filter/rule`.
    rule: String,
    /// First and last removed line, 1-based, inclusive.
    lines: [usize; 2],
    /// Byte range in the input, end exclusive.
    bytes: [usize; 2],
    reason: &'a str,
    text: &'a str,
}

/// The removals of one document as JSON values: `[{filter, rule, lines, bytes, reason, text}]`,
/// `rule` being `filter/rule`.
pub fn removals_json(cleaned: &Cleaned) -> serde_json::Value {
    serde_json::to_value(json_removals(cleaned)).expect("removals serialise")
}

fn json_removals<'a>(cleaned: &'a Cleaned) -> Vec<JsonRemoval<'a>> {
    cleaned
        .removals
        .iter()
        .map(|removal| JsonRemoval {
            filter: removal.filter,
            rule: removal.rule_path(),
            lines: [removal.lines.start + 1, removal.lines.end],
            bytes: [removal.bytes.start, removal.bytes.end],
            reason: &removal.reason,
            text: &cleaned.doc.input()[removal.bytes.clone()],
        })
        .collect()
}

/// `--explain --format json`: one JSON object on one line,
/// `{"file": …, "profile": "article"|"page", "removals": […]}`.
pub fn explain_json(name: &str, cleaned: &Cleaned) -> String {
    let report = JsonReport {
        file: name,
        profile: cleaned.profile.name(),
        removals: json_removals(cleaned),
    };
    let mut out = serde_json::to_string(&report).expect("report serialises");
    out.push('\n');
    out
}

/// Unified diff of the input against the cleaned text (see [`crate::diff::write_unified`];
/// empty when nothing changes).
pub fn diff(name: &str, cleaned: &Cleaned, color: bool) -> String {
    let mut out = Vec::new();
    crate::diff::write_unified(
        &mut out,
        name,
        cleaned.doc.input(),
        &OutputLines::of(cleaned),
        color,
    )
    .expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the diff of UTF-8 text is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    const INPUT: &str =
        "Rain fell all day in the valley.\n\n© 2024 Valley Gazette. All rights reserved.\n";

    #[test]
    fn explain_text_names_line_filter_and_reason() {
        let cleaned = Cleaner::default().clean(INPUT);
        let report = explain_text("a.txt", &cleaned);
        assert!(
            report.starts_with("a.txt: profile: article\na.txt:3: copyright/leading-mark: "),
            "{report}"
        );
        assert!(report.contains("    | © 2024 Valley Gazette. All rights reserved.\n"));
    }

    #[test]
    fn explain_json_carries_the_removed_input_text() {
        let cleaned = Cleaner::default().clean(INPUT);
        let value: serde_json::Value =
            serde_json::from_str(&explain_json("a.txt", &cleaned)).unwrap();
        assert_eq!(value["file"], "a.txt");
        assert_eq!(value["profile"], "article");
        let removal = &value["removals"][0];
        assert_eq!(removal["filter"], "copyright");
        assert_eq!(removal["rule"], "copyright/leading-mark");
        assert_eq!(removal["lines"], serde_json::json!([3, 3]));
        let bytes = removal["bytes"].as_array().unwrap();
        let span = bytes[0].as_u64().unwrap() as usize..bytes[1].as_u64().unwrap() as usize;
        assert_eq!(removal["text"], INPUT[span].to_string());
    }

    #[test]
    fn diff_shows_removed_lines() {
        let cleaned = Cleaner::default().clean(INPUT);
        let diff = diff("a.txt", &cleaned, false);
        assert!(
            diff.starts_with("--- a.txt\n+++ a.txt (cleaned)\n"),
            "{diff}"
        );
        assert!(diff.contains("\n-© 2024 Valley Gazette. All rights reserved.\n"));
    }
}
