//! JSON Lines: clean one string field of each object, keep every other field byte for byte.
//!
//! Each line is parsed only one level deep per path segment: the other fields stay as the raw
//! JSON text they were (numbers, nesting and escapes untouched), in their original order. Only
//! the cleaned field is written anew, and even it mostly by copying: every kept line whose
//! piece of the JSON string is already in the form serde_json writes is copied from the input
//! as it stands (see [`FieldString`]), so a page dump is decoded once, for the cleaner, and
//! never encoded again.

use std::collections::BTreeMap;

use serde::de::DeserializeSeed;

mod error;
mod object;
mod string;

pub use error::LineError;

use object::{field_string, parse_object, rewrite, value_at, Line, RawObject, Report, TwoFields};
use string::string_keys;

use crate::{report, Cleaner, Removal};

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
        let field = field_string(&object, &self.field, &line)?;
        let text = field.text.as_ref();
        let group = self.group_by.as_ref().and_then(|by| by.of(&object));
        let mut out = Vec::with_capacity(json.len());
        if self.explain {
            let cleaned = self.cleaner.clean_in_group(text, group.as_deref());
            let explained = serde_json::json!({
                "line": line_number,
                "profile": cleaned.profile.name(),
                "removals": report::removals_json(&cleaned),
            });
            serde_json::to_writer(&mut out, &explained).expect("writing to a Vec cannot fail");
            return Ok(CleanedLine {
                line: out,
                bytes_in: text.len(),
                bytes_out: cleaned.text.len(),
                changed: cleaned.text != text,
            });
        }
        // Only the report needs the removals' records (a page dump's can outnumber its lines).
        let mut removals = Vec::new();
        let decision = self.cleaner.decide_in_group(
            text,
            group.as_deref(),
            self.report_field.is_some().then_some(&mut removals),
        );
        let counts = self
            .report_field
            .as_ref()
            .map(|_| count_by_filter(&removals));
        let report = self
            .report_field
            .as_ref()
            .zip(counts.as_ref())
            .map(|(key, counts)| Report {
                key,
                counts,
                profile: decision.profile.name(),
            });
        let mut written = (0, false);
        let mut write_field = |out: &mut Vec<u8>| written = field.write_cleaned(&decision, out);
        rewrite(&object, &self.field, &mut write_field, report, &mut out);
        let (bytes_out, changed) = written;
        Ok(CleanedLine {
            line: out,
            bytes_in: text.len(),
            bytes_out,
            changed,
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
                let text = field_string(&object, &self.field, &line).ok()?.text;
                (group, text.into_owned())
            }
        };
        Some((group, crate::site::document_keys(&text)))
    }
}

fn count_by_filter(removals: &[Removal]) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for removal in removals {
        *counts.entry(removal.filter).or_default() += removal.lines.len();
    }
    counts
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

    fn article_piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        proptest::prop_oneof![
            piece(),
            proptest::sample::select(vec![
                "\n© 2024 Gazette. All rights reserved.\n",
                "\nShare this article\n",
                "\nThe council met on Monday to discuss the new budget for the bridges.\n",
                "\n\n\n",
                "   indented ",
                "café \u{a0}\u{ad}",
            ])
            .prop_map(str::to_owned),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// What the field's writer copies from the literal is what decoding the literal,
        /// cleaning the text and encoding it with serde_json gives, byte for byte, whatever
        /// escapes the literal uses.
        #[test]
        fn the_field_is_written_as_serde_json_encodes_the_cleaned_text(
            pieces in proptest::collection::vec(article_piece(), 0..24),
            escape in proptest::prelude::any::<u64>(),
        ) {
            let text = pieces.concat();
            let literal = literal(&text, escape);
            let input = format!(r#"{{"id":1,"text":{literal},"n":[1, 2]}}"#);
            let cleaner = Cleaner::default();
            let out = line_cleaner(&cleaner, "text").clean_line(&input, 1).unwrap();
            let cleaned = cleaner.clean_text(&text);
            let expected = format!(
                r#"{{"id":1,"text":{},"n":[1, 2]}}"#,
                serde_json::to_string(&cleaned).unwrap()
            );
            proptest::prop_assert_eq!(String::from_utf8(out.line).unwrap(), expected);
            proptest::prop_assert_eq!(out.bytes_in, text.len());
            proptest::prop_assert_eq!(out.bytes_out, cleaned.len());
            proptest::prop_assert_eq!(out.changed, cleaned != text);
        }
    }

    #[test]
    fn an_unchanged_compact_line_comes_out_as_it_went_in() {
        let cleaner = Cleaner::default();
        // serde_json's own escapes in the field; anything in the other fields.
        let input =
            r#"{"id":1,"text":"A \"quoted\" line\twith a \\ and \u001f.\n","x":"\/\u00E9"}"#;
        let out = line_cleaner(&cleaner, "text").clean_line(input, 1).unwrap();
        assert_eq!(String::from_utf8(out.line).unwrap(), input);
        assert!(!out.changed);
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
