//! JSON Lines: clean one string field of each object, keep every other field byte for byte.
//!
//! Each line is parsed only one level deep per path segment: the other fields stay as the raw
//! JSON text they were (numbers, nesting and escapes untouched), in their original order. Only
//! the cleaned field is re-encoded.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
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
    /// The line is not a JSON object (serde_json's message, with the column on the line).
    InvalidJson(String),
    /// The object has no field at this dotted path.
    MissingField(String),
    /// The field at this dotted path holds something else than a string.
    NotAString {
        /// The dotted path.
        field: String,
        /// What it holds: `a number`, `an object`, `null`…
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
    /// Length of the field's text before cleaning, in bytes.
    pub bytes_in: usize,
    /// Length of the field's text after cleaning, in bytes.
    pub bytes_out: usize,
    /// Whether cleaning changed the field's text.
    pub changed: bool,
}

/// How to treat each line. The library only builds output lines and reports errors as values;
/// reading, writing and messages are the caller's (the binary's `--jsonl` mode).
pub struct LineCleaner<'c> {
    /// The cleaner of every document.
    pub cleaner: &'c Cleaner,
    /// Dotted path of the field to clean, split on `.`.
    pub field: Vec<String>,
    /// Adds `{"removed_lines": n, "profile": "article"|"page", "filters": {id: n}}` under this key.
    pub report_field: Option<String>,
    /// Writes `{"line": n, "profile": …, "removals": [...]}` instead of the object.
    pub explain: bool,
    /// Cleans each document as a member of this group (see [`GroupBy`]), when the cleaner has
    /// a site profile ([`Cleaner::with_site_profile`]).
    pub group_by: Option<GroupBy>,
}

/// Which group of a site profile a JSONL document belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupBy {
    /// The host of the URL in this field (dotted path), as [`crate::site::group_of_url`] gives it.
    Host(Vec<String>),
    /// The value of this field: a string as it is, a number or a boolean as its JSON text.
    Field(Vec<String>),
}

impl GroupBy {
    /// `url` groups by the host of the `url` field; any other name by that field's value.
    pub fn parse(spec: &str) -> Self {
        let path = spec.split('.').map(String::from).collect();
        if spec == "url" {
            GroupBy::Host(path)
        } else {
            GroupBy::Field(path)
        }
    }

    fn path(&self) -> &[String] {
        let (GroupBy::Host(path) | GroupBy::Field(path)) = self;
        path
    }

    /// The group of a document: `None` when the field is missing, empty, null, an object or an
    /// array, or (for [`GroupBy::Host`]) not a URL with a host.
    fn of(&self, object: &RawObject) -> Option<String> {
        self.of_value(value_at(object, self.path())?)
    }

    /// The group of a document whose group field holds the raw JSON `raw`.
    fn of_value(&self, raw: &str) -> Option<String> {
        let value: serde_json::Value = serde_json::from_str(raw).ok()?;
        let group = match (self, value) {
            (GroupBy::Host(_), serde_json::Value::String(url)) => crate::site::group_of_url(&url)?,
            (GroupBy::Field(_), serde_json::Value::String(text)) => text,
            (GroupBy::Field(_), serde_json::Value::Number(_) | serde_json::Value::Bool(_)) => {
                raw.trim().to_string()
            }
            _ => return None,
        };
        (!group.is_empty()).then_some(group)
    }
}

impl LineCleaner<'_> {
    /// Cleans the field of one line (`line_number`, 1-based, is reported by `explain`). A
    /// byte-order mark before the object and the line's terminator are ignored.
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
        let group = self.group_by.as_ref().and_then(|by| by.of(&object));
        let mut out = Vec::with_capacity(json.len());
        if !self.explain && self.report_field.is_none() {
            // Nothing reports the removals: the text alone, without their records.
            let cleaned = self.cleaner.clean_text_in_group(&text, group.as_deref());
            rewrite(&object, &self.field, &cleaned, None, &mut out);
            return Ok(CleanedLine {
                line: out,
                bytes_in: text.len(),
                bytes_out: cleaned.len(),
                changed: cleaned != text,
            });
        }
        let cleaned = self.cleaner.clean_in_group(&text, group.as_deref());
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

impl LineCleaner<'_> {
    /// What a document adds to its group's site profile: its group and its line keys (for
    /// [`SiteProfile::add_keys`](crate::SiteProfile::add_keys)). `None` for a document without
    /// a group, and for a line
    /// [`clean_line`](Self::clean_line) would refuse (it reports the error).
    pub fn site_keys(&self, line: &str) -> Option<(String, Vec<u64>)> {
        self.site_keys_of_bytes(line.as_bytes())
    }

    /// [`site_keys`](Self::site_keys) of a line not yet checked to be UTF-8: the strings read
    /// are checked as they are decoded (a line whose other fields hold invalid UTF-8 is counted
    /// here and refused by [`clean_line`](Self::clean_line)).
    ///
    /// Performance: the counting pass reads every document once more than a plain run, so for
    /// top-level fields (the usual case) the object is read in one pass that skips every other
    /// field, and the text is split into lines as the JSON string it is (`string_keys`),
    /// without decoding it into a string of its own.
    pub fn site_keys_of_bytes(&self, line: &[u8]) -> Option<(String, Vec<u64>)> {
        let group_by = self.group_by.as_ref()?;
        let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        let (group, text) = match (&self.field[..], group_by.path()) {
            ([field], [group_key]) => {
                let seed = TwoFields {
                    field,
                    group: group_key,
                };
                let mut deserializer = serde_json::Deserializer::from_slice(line);
                let (text, group) = seed.deserialize(&mut deserializer).ok()?;
                let group = group_by.of_value(group?.get())?;
                return Some((group, string_keys(text?.get())?));
            }
            _ => {
                let json = std::str::from_utf8(line)
                    .ok()?
                    .trim_end_matches(['\r', '\n']);
                let line = Line {
                    json,
                    column_base: 0,
                };
                let object = parse_object(&line).ok()?;
                let group = group_by.of(&object)?;
                (group, field_text(&object, &self.field, &line).ok()?)
            }
        };
        Some((group, crate::site::document_keys(&text)))
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

/// Reads a JSON object for the counting pass: the string at the top-level key `field` (the last
/// one when the key repeats, as [`RawObject::position`] takes it) and the raw value at `group`;
/// every other value is skipped unread. `None` for a missing field or one that is not a string.
struct TwoFields<'k> {
    field: &'k str,
    group: &'k str,
}

type Fields<'de> = (Option<&'de RawValue>, Option<&'de RawValue>);

impl<'de> DeserializeSeed<'de> for TwoFields<'_> {
    type Value = Fields<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TwoFields<'_> {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut text, mut group) = (None, None);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == self.field {
                text = Some(map.next_value::<&'de RawValue>()?);
            } else if key == self.group {
                group = Some(map.next_value::<&'de RawValue>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((text, group))
    }
}

/// The [document keys](crate::site::document_keys) of the text a JSON string literal holds,
/// read from the literal: lines end at its `\n` and `\r` escapes (as LF, CR and CRLF end them
/// in the text), a line without escapes is hashed where it stands, and only a line with other
/// escapes is decoded, into a buffer used again for the next. `None` when `literal` is not a
/// string or holds an escape JSON does not allow (a lone surrogate), as decoding would fail.
fn string_keys(literal: &str) -> Option<Vec<u64>> {
    let body = literal.strip_prefix('"')?.strip_suffix('"')?;
    let bytes = body.as_bytes();
    let mut keys = Vec::new();
    let mut line = String::new();
    let mut finish = |line: &mut String, tail: &str| {
        let key = if line.is_empty() {
            crate::site::line_key(&crate::normalize::normalize_line(tail))
        } else {
            line.push_str(tail);
            let key = crate::site::line_key(&crate::normalize::normalize_line(line));
            line.clear();
            key
        };
        keys.extend(key);
    };
    let mut start = 0;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'\\', &bytes[at..]) {
        let escape = at + offset;
        let (decoded, length) = unescape(&bytes[escape..])?;
        let next = escape + length;
        if decoded == '\n' || decoded == '\r' {
            finish(&mut line, &body[start..escape]);
            at = next;
            if decoded == '\r' {
                if let Some(('\n', length)) = bytes.get(next..).and_then(unescape) {
                    at = next + length;
                }
            }
            start = at;
        } else {
            line.push_str(&body[start..escape]);
            line.push(decoded);
            start = next;
            at = next;
        }
    }
    // After a final line break this is an empty line, which has no key.
    finish(&mut line, &body[start..]);
    keys.sort_unstable();
    keys.dedup();
    Some(keys)
}

/// The character a JSON escape at the start of `bytes` stands for, and its length in bytes.
fn unescape(bytes: &[u8]) -> Option<(char, usize)> {
    let simple = match bytes.get(1)? {
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'u' => {
            let unit = hex4(bytes.get(2..6)?)?;
            if (0xD800..0xDC00).contains(&unit) {
                if bytes.get(6..8)? != b"\\u" {
                    return None;
                }
                let low = hex4(bytes.get(8..12)?)?;
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                return Some((char::from_u32(code)?, 12));
            }
            return Some((char::from_u32(unit)?, 6));
        }
        _ => return None,
    };
    Some((simple, 2))
}

fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |value, &digit| {
        Some(value << 4 | char::from(digit).to_digit(16)?)
    })
}

/// The raw JSON value at `path` in `object`, if there is one (an empty path names none).
fn value_at<'a>(object: &RawObject<'a>, path: &[String]) -> Option<&'a str> {
    let (first, rest) = path.split_first()?;
    let mut raw = object.position(first).map(|i| object.0[i].1.get())?;
    for key in rest {
        let inner: RawObject = serde_json::from_str(raw).ok()?;
        raw = inner.position(key).map(|i| inner.0[i].1.get())?;
    }
    Some(raw)
}

/// The string at `path` in `object` (an empty path names no field).
fn field_text(object: &RawObject, path: &[String], line: &Line) -> Result<String, LineError> {
    let raw = value_at(object, path).ok_or_else(|| LineError::MissingField(path.join(".")))?;
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
            group_by: None,
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
            group_by: None,
        };
        assert_eq!(
            line_cleaner.clean_line(r#"{"text":"x"}"#, 1).err(),
            Some(LineError::MissingField(String::new()))
        );
    }

    /// A JSON string literal of `text`, each character escaped or not as `escape` says (bit i
    /// for character i): `\\uXXXX` (a surrogate pair above the BMP) or the short escape.
    fn literal(text: &str, escape: u64) -> String {
        let mut out = String::from("\"");
        for (i, c) in text.chars().enumerate() {
            let must = c == '"' || c == '\\' || c < ' ';
            if !must && escape >> (i % 64) & 1 == 0 {
                out.push(c);
                continue;
            }
            let short = match c {
                '\n' => Some("\\n"),
                '\r' => Some("\\r"),
                '\t' => Some("\\t"),
                '"' => Some("\\\""),
                '\\' => Some("\\\\"),
                '/' => Some("\\/"),
                _ => None,
            };
            match short {
                Some(short) if escape >> ((i + 7) % 64) & 1 == 0 => out.push_str(short),
                _ => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
            }
        }
        out.push('"');
        out
    }

    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        proptest::sample::select(vec![
            "Home",
            "the council met",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "\n\n",
            "\u{a0}",
            "\u{200b}",
            "\"",
            "\\",
            "/",
            "é",
            "😀",
            "日本",
            "\u{1}",
            "© 2024",
        ])
        .prop_map(str::to_owned)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        #[test]
        fn a_json_string_has_the_keys_of_its_text(
            pieces in proptest::collection::vec(piece(), 0..24),
            escape in proptest::prelude::any::<u64>(),
        ) {
            let text = pieces.concat();
            let literal = literal(&text, escape);
            let decoded: String = serde_json::from_str(&literal).unwrap();
            proptest::prop_assert_eq!(&decoded, &text);
            proptest::prop_assert_eq!(string_keys(&literal), Some(crate::site::document_keys(&text)));
        }
    }

    #[test]
    fn a_lone_surrogate_or_a_non_string_has_no_keys() {
        assert_eq!(string_keys(r#""a\ud800b""#), None);
        assert_eq!(string_keys(r#""a\udc00""#), None);
        assert_eq!(string_keys("12"), None);
        assert_eq!(string_keys("\"\""), Some(Vec::new()));
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
