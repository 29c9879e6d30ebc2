//! JSON Lines: clean one string field of each object, keep every other field byte for byte.
//!
//! Each line is parsed only one level deep per path segment: the other fields stay as the raw
//! JSON text they were (numbers, nesting and escapes untouched), in their original order. Only
//! the cleaned field is re-encoded.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::{report, Cleaned, Cleaner};

/// A JSON object as its fields in order, each value kept as raw JSON text.
struct RawObject<'a>(Vec<(String, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for RawObject<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = RawObject<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some((key, value)) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push((key, value));
                }
                Ok(RawObject(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

impl RawObject<'_> {
    fn write(&self, out: &mut Vec<u8>, replace: &dyn Fn(usize, &mut Vec<u8>) -> bool) {
        out.push(b'{');
        for (index, (key, value)) in self.0.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            push_json_string(out, key);
            out.push(b':');
            if !replace(index, out) {
                out.extend_from_slice(value.get().as_bytes());
            }
        }
    }
}

fn push_json_string(out: &mut Vec<u8>, text: &str) {
    serde_json::to_writer(out, text).expect("writing to a Vec cannot fail");
}

/// Why a line could not be cleaned. The line itself is passed through or skipped by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// Empty, or only whitespace: no document, so the line is reported like any bad line.
    Blank,
    InvalidJson(String),
    MissingField(String),
    NotAString {
        field: String,
        found: &'static str,
    },
    /// The document already has the `--report-field` key: it is the user's, never replaced.
    ReportFieldTaken(String),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::Blank => write!(f, "blank line"),
            LineError::InvalidJson(error) => write!(f, "invalid JSON: {error}"),
            LineError::MissingField(field) => write!(f, "no field `{field}`"),
            LineError::NotAString { field, found } => {
                write!(f, "field `{field}` is {found}, not a string")
            }
            LineError::ReportFieldTaken(key) => {
                write!(
                    f,
                    "the document already has a field `{key}` (--report-field)"
                )
            }
        }
    }
}

/// What cleaning one line produced.
pub struct CleanedLine {
    /// The output line (UTF-8 JSON), without its newline.
    pub line: Vec<u8>,
    pub bytes_in: usize,
    pub bytes_out: usize,
    /// Whether cleaning changed the field's text.
    pub changed: bool,
}

/// How to treat each line. The library only builds output lines and reports errors as values;
/// reading, writing and messages are the caller's (the binary's `--jsonl` mode).
pub struct LineCleaner<'c> {
    pub cleaner: &'c Cleaner,
    /// Dotted path of the field to clean, split on `.`.
    pub field: Vec<String>,
    /// Adds `{"removed_lines": n, "profile": "article"|"page", "filters": {id: n}}` under this key.
    pub report_field: Option<String>,
    /// Writes `{"line": n, "profile": …, "removals": [...]}` instead of the object.
    pub explain: bool,
}

impl LineCleaner<'_> {
    pub fn clean_line(&self, line: &str, line_number: usize) -> Result<CleanedLine, LineError> {
        // A byte-order mark (at the start of a file saved by some editors) is not JSON.
        let json = line
            .strip_prefix('\u{feff}')
            .unwrap_or(line)
            .trim_end_matches(['\r', '\n']);
        if json.trim().is_empty() {
            return Err(LineError::Blank);
        }
        let line = Line {
            json,
            column_base: json.as_ptr() as usize - line.as_ptr() as usize,
        };
        let object = parse_object(&line)?;
        if let Some(key) = self.report_field.as_ref().filter(|_| !self.explain) {
            if object.position(key).is_some() {
                return Err(LineError::ReportFieldTaken(key.clone()));
            }
        }
        let text = field_text(&object, &self.field, &line)?;
        let mut out = Vec::with_capacity(json.len());
        if !self.explain && self.report_field.is_none() {
            // Nothing reports the removals: the text alone, without their records.
            let cleaned = self.cleaner.clean_text(&text);
            rewrite(&object, &self.field, &cleaned, None, &mut out);
            return Ok(CleanedLine {
                line: out,
                bytes_in: text.len(),
                bytes_out: cleaned.len(),
                changed: cleaned != text,
            });
        }
        let cleaned = self.cleaner.clean(&text);
        if self.explain {
            let explained = serde_json::json!({
                "line": line_number,
                "profile": cleaned.profile.name(),
                "removals": report::removals_json(&cleaned),
            });
            serde_json::to_writer(&mut out, &explained).expect("writing to a Vec cannot fail");
        } else {
            let counts = self
                .report_field
                .as_ref()
                .map(|_| count_by_filter(&cleaned));
            let report = self
                .report_field
                .as_ref()
                .zip(counts.as_ref())
                .map(|(key, counts)| Report {
                    key,
                    counts,
                    profile: cleaned.profile.name(),
                });
            rewrite(&object, &self.field, &cleaned.text, report, &mut out);
        }
        Ok(CleanedLine {
            line: out,
            bytes_in: text.len(),
            bytes_out: cleaned.text.len(),
            changed: cleaned.text != text,
        })
    }
}

fn count_by_filter(cleaned: &Cleaned) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for removal in &cleaned.removals {
        *counts.entry(removal.filter).or_default() += removal.lines.len();
    }
    counts
}

/// The JSON text of one input line, and how many bytes came before it on the line (a
/// byte-order mark), so that errors give the column in the file.
struct Line<'a> {
    json: &'a str,
    column_base: usize,
}

impl Line<'_> {
    /// serde_json's message with its position given as the byte column on the file's line:
    /// a JSON Lines line holds no newline, so serde_json's "line 1" only misleads, and `part`
    /// (a field's value, parsed on its own) may start further along the line.
    fn syntax_error(&self, part: &str, error: &serde_json::Error) -> String {
        let message = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        match message.strip_suffix(&position) {
            Some(bare) => {
                let before = part.as_ptr() as usize - self.json.as_ptr() as usize;
                let column = self.column_base + before + error.column();
                format!("{bare} at column {column}")
            }
            None => message,
        }
    }
}

fn parse_object<'a>(line: &Line<'a>) -> Result<RawObject<'a>, LineError> {
    serde_json::from_str(line.json)
        .map_err(|error| LineError::InvalidJson(line.syntax_error(line.json, &error)))
}

impl<'a> RawObject<'a> {
    /// Position of `key`; the last one wins when a key repeats, as in most JSON readers.
    fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().rposition(|(name, _)| name == key)
    }
}

/// The string at `path` in `object` (an empty path names no field).
fn field_text(object: &RawObject, path: &[String], line: &Line) -> Result<String, LineError> {
    let missing = || LineError::MissingField(path.join("."));
    let (first, rest) = path.split_first().ok_or_else(missing)?;
    let mut raw = object
        .position(first)
        .map(|i| object.0[i].1.get())
        .ok_or_else(missing)?;
    for key in rest {
        let inner: RawObject = serde_json::from_str(raw).map_err(|_| missing())?;
        raw = inner
            .position(key)
            .map(|i| inner.0[i].1.get())
            .ok_or_else(missing)?;
    }
    serde_json::from_str::<String>(raw).map_err(|error| {
        if raw.starts_with('"') {
            // A string the JSON parser accepted in passing but cannot decode: a lone surrogate
            // escape such as "\ud800".
            LineError::InvalidJson(format!(
                "field `{}`: {}",
                path.join("."),
                line.syntax_error(raw, &error)
            ))
        } else {
            LineError::NotAString {
                field: path.join("."),
                found: json_kind(raw),
            }
        }
    })
}

fn json_kind(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    }
}

/// What `--report-field` adds to a document, under `key`.
struct Report<'a> {
    key: &'a str,
    counts: &'a BTreeMap<&'static str, usize>,
    profile: &'static str,
}

/// Writes `object` with the string at `path` replaced by `text`, and the report field added at
/// the end of the top level. [`field_text`] has already checked that `path` exists, and
/// [`LineCleaner::clean_line`] that the report field does not.
fn rewrite(
    object: &RawObject,
    path: &[String],
    text: &str,
    report: Option<Report>,
    out: &mut Vec<u8>,
) {
    let target = path.first().and_then(|key| object.position(key));
    let replace = |index: usize, out: &mut Vec<u8>| -> bool {
        if Some(index) == target {
            if path.len() == 1 {
                push_json_string(out, text);
            } else {
                let inner = object.0[index].1.get();
                match serde_json::from_str::<RawObject>(inner) {
                    Ok(nested) => rewrite(&nested, &path[1..], text, None, out),
                    Err(_) => out.extend_from_slice(inner.as_bytes()),
                }
            }
            true
        } else {
            false
        }
    };
    object.write(out, &replace);
    if let Some(Report {
        key,
        counts,
        profile,
    }) = report
    {
        let total: usize = counts.values().sum();
        let report =
            serde_json::json!({"removed_lines": total, "profile": profile, "filters": counts});
        out.push(b',');
        push_json_string(out, key);
        out.push(b':');
        serde_json::to_writer(&mut *out, &report).expect("writing to a Vec cannot fail");
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOISY: &str = "Rain fell all day.\n\n© 2024 Gazette. All rights reserved.\n";

    fn line_cleaner<'c>(cleaner: &'c Cleaner, field: &str) -> LineCleaner<'c> {
        LineCleaner {
            cleaner,
            field: field.split('.').map(String::from).collect(),
            report_field: None,
            explain: false,
        }
    }

    fn line_with(field_json: &str) -> String {
        format!(r#"{{"id":7,"score":1.50,{field_json},"tags":["a", "b"]}}"#)
    }

    #[test]
    fn cleans_the_field_and_keeps_everything_else_verbatim() {
        let cleaner = Cleaner::default().only(&["copyright"]).unwrap();
        let input = line_with(&format!(
            r#""text":{}"#,
            serde_json::to_string(NOISY).unwrap()
        ));
        let out = line_cleaner(&cleaner, "text")
            .clean_line(&input, 1)
            .unwrap();
        assert_eq!(
            String::from_utf8(out.line).unwrap(),
            line_with(r#""text":"Rain fell all day.\n""#)
        );
        assert_eq!((out.bytes_in, out.bytes_out), (NOISY.len(), 19));
    }

    #[test]
    fn dotted_path_reaches_nested_fields() {
        let cleaner = Cleaner::default().only(&["copyright"]).unwrap();
        let body = serde_json::to_string(NOISY).unwrap();
        let input = format!(r#"{{"meta":{{"lang":"en","body":{body}}},"n":1}}"#);
        let out = line_cleaner(&cleaner, "meta.body")
            .clean_line(&input, 1)
            .unwrap();
        assert_eq!(
            String::from_utf8(out.line).unwrap(),
            r#"{"meta":{"lang":"en","body":"Rain fell all day.\n"},"n":1}"#
        );
    }

    #[test]
    fn report_field_counts_removals_by_filter() {
        let cleaner = Cleaner::default().only(&["copyright"]).unwrap();
        let mut line_cleaner = line_cleaner(&cleaner, "text");
        line_cleaner.report_field = Some("deboiler".into());
        let input = format!(r#"{{"text":{}}}"#, serde_json::to_string(NOISY).unwrap());
        let out = line_cleaner.clean_line(&input, 1).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out.line).unwrap();
        assert_eq!(value["deboiler"]["removed_lines"], 1);
        assert_eq!(value["deboiler"]["profile"], "article");
        assert_eq!(value["deboiler"]["filters"]["copyright"], 1);
    }

    #[test]
    fn report_field_never_replaces_a_field() {
        let cleaner = Cleaner::default();
        let mut line_cleaner = line_cleaner(&cleaner, "text");
        line_cleaner.report_field = Some("id".into());
        assert_eq!(
            line_cleaner.clean_line(r#"{"id":1,"text":"x"}"#, 1).err(),
            Some(LineError::ReportFieldTaken("id".into()))
        );
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let cleaner = Cleaner::default();
        let line_cleaner = line_cleaner(&cleaner, "text");
        let error = |line: &str| line_cleaner.clean_line(line, 1).err().unwrap().to_string();
        assert!(error("{not json").starts_with("invalid JSON"));
        assert_eq!(error(""), "blank line");
        assert_eq!(error(" \t\r\n"), "blank line");
        assert_eq!(error("\u{feff}\n"), "blank line");
        assert_eq!(error(r#"{"body":"x"}"#), "no field `text`");
        assert_eq!(
            error(r#"{"text":3}"#),
            "field `text` is a number, not a string"
        );
        assert_eq!(
            error(r#"{"text":null}"#),
            "field `text` is null, not a string"
        );
        assert!(error("[1,2]").starts_with("invalid JSON"));
        // A lone surrogate escape is a string serde_json cannot decode, not "a number".
        assert!(error(r#"{"text":"\ud800 x"}"#).starts_with("invalid JSON: field `text`: "));
    }

    #[test]
    fn a_byte_order_mark_before_the_object_is_ignored() {
        let cleaner = Cleaner::default();
        let out = line_cleaner(&cleaner, "text")
            .clean_line("\u{feff}{\"text\":\"Plain text.\"}\n", 1)
            .unwrap();
        assert_eq!(out.line, b"{\"text\":\"Plain text.\"}");
    }

    #[test]
    fn an_empty_field_path_is_a_missing_field_not_a_panic() {
        let cleaner = Cleaner::default();
        let line_cleaner = LineCleaner {
            cleaner: &cleaner,
            field: Vec::new(),
            report_field: None,
            explain: false,
        };
        assert_eq!(
            line_cleaner.clean_line(r#"{"text":"x"}"#, 1).err(),
            Some(LineError::MissingField(String::new()))
        );
    }

    #[test]
    fn escapes_and_unicode_survive() {
        let cleaner = Cleaner::default();
        let input = r#"{"text":"Caf\u00e9 \"quoted\" line.\n","other":"\u00e9"}"#;
        let out = line_cleaner(&cleaner, "text").clean_line(input, 1).unwrap();
        assert_eq!(
            String::from_utf8(out.line).unwrap(),
            r#"{"text":"Café \"quoted\" line.\n","other":"\u00e9"}"#
        );
    }
}
