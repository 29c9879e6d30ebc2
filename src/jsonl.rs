//! JSON Lines: clean one string field of each object, keep every other field byte for byte.
//!
//! Each line is parsed only one level deep per path segment: the other fields stay as the raw
//! JSON text they were (numbers, nesting and escapes untouched), in their original order. Only
//! the cleaned field is written anew, and even it mostly by copying: every kept line whose
//! piece of the JSON string is already in the form serde_json writes is copied from the input
//! as it stands (see [`FieldString`]), so a page dump is decoded once, for the cleaner, and
//! never encoded again.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::pipeline::Decision;
use crate::{report, Cleaner, Removal};

/// A JSON object as its fields in order, each value kept as raw JSON text.
struct RawObject<'a>(Vec<(Key<'a>, &'a RawValue)>);

/// An object's key: borrowed from the line when its JSON string has no escape, so that it is
/// written back as it was read without being encoded again.
struct Key<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(key)))
            }
            fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(key.to_owned())))
            }
            fn visit_string<E>(self, key: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(key)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl Key<'_> {
    /// Writes the key as serde_json would: a key read without escapes holds no character that
    /// needs one, so its text between quotes is that encoding.
    fn write(&self, out: &mut Vec<u8>) {
        match &self.0 {
            Cow::Borrowed(key) => {
                out.push(b'"');
                out.extend_from_slice(key.as_bytes());
                out.push(b'"');
            }
            Cow::Owned(key) => push_json_string(out, key),
        }
    }
}

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
                while let Some((key, value)) = map.next_entry::<Key<'de>, &'de RawValue>()? {
                    fields.push((key, value));
                }
                Ok(RawObject(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

impl RawObject<'_> {
    /// Writes the object compactly (no whitespace between tokens), each value as its raw text
    /// unless `replace` writes field `index` itself (and returns true).
    fn write(&self, out: &mut Vec<u8>, replace: &mut dyn FnMut(usize, &mut Vec<u8>) -> bool) {
        out.push(b'{');
        for (index, (key, value)) in self.0.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            key.write(out);
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

/// The cleaned field's JSON string literal, decoded for the cleaner, with what it takes to copy
/// a piece of its text back out as JSON instead of encoding that piece again.
///
/// The field has always been written as serde_json encodes a string: `\"`, `\\`, `\b`, `\f`,
/// `\n`, `\r`, `\t`, `\u00xx` (lower-case hex) for the other control characters, and every other
/// character as it is. Encoding goes character by character, so the encoding of a piece of the
/// text is the piece of the literal it was decoded from whenever that piece uses only these
/// escapes: it is then copied. A piece holding another escape (`\/`, `\u00e9`, upper-case hex, a
/// surrogate pair) is encoded again, so the output does not depend on which way a line went.
struct FieldString<'a> {
    /// The literal without its quotes.
    body: &'a str,
    /// The decoded text, borrowed when the literal has no escape.
    text: Cow<'a, str>,
    /// After each escape: its end in `text` and in `body`. Between two escapes, the text and
    /// the body advance together. Starts with `(0, 0)`.
    marks: Vec<(usize, usize)>,
    /// Where in `text` each escape serde_json would not have written decodes, in order.
    odd: Vec<usize>,
}

impl<'a> FieldString<'a> {
    /// Decodes a JSON string literal (as serde_json accepted it in passing). `None` when `raw`
    /// is not a string, or holds an escape that does not decode (a lone surrogate).
    fn parse(raw: &'a str) -> Option<Self> {
        let body = raw.strip_prefix('"')?.strip_suffix('"')?;
        let bytes = body.as_bytes();
        let mut field = FieldString {
            body,
            text: Cow::Borrowed(body),
            marks: vec![(0, 0)],
            odd: Vec::new(),
        };
        let Some(first) = memchr::memchr(b'\\', bytes) else {
            return Some(field);
        };
        let mut text = String::with_capacity(body.len());
        let (mut start, mut escape) = (0, first);
        loop {
            text.push_str(&body[start..escape]);
            let (decoded, length) = unescape(&bytes[escape..])?;
            if !written_by_serde(&bytes[escape..escape + length], decoded) {
                field.odd.push(text.len());
            }
            text.push(decoded);
            start = escape + length;
            field.marks.push((text.len(), start));
            match memchr::memchr(b'\\', &bytes[start..]) {
                Some(offset) => escape = start + offset,
                None => break,
            }
        }
        text.push_str(&body[start..]);
        field.text = Cow::Owned(text);
        Some(field)
    }

    /// Where offset `at` of the text (a character boundary) is in the body. `mark` is where
    /// the search among the marks starts: the pieces are asked for in order, so it only moves
    /// forward.
    fn body_offset(&self, at: usize, mark: &mut usize) -> usize {
        while self
            .marks
            .get(*mark + 1)
            .is_some_and(|&(text, _)| text <= at)
        {
            *mark += 1;
        }
        let (text, body) = self.marks[*mark];
        body + (at - text)
    }

    /// The piece of the literal that `range` of the text was decoded from, when it is the
    /// piece's encoding (see the type's description). `cursor` holds where the previous piece
    /// was found: the pieces are asked for in order.
    fn raw(&self, range: Range<usize>, cursor: &mut Cursor) -> Option<&'a str> {
        while self.odd.get(cursor.odd).is_some_and(|&at| at < range.start) {
            cursor.odd += 1;
        }
        if self.odd.get(cursor.odd).is_some_and(|&at| at < range.end) {
            return None;
        }
        let start = self.body_offset(range.start, &mut cursor.mark);
        let end = self.body_offset(range.end, &mut cursor.mark);
        Some(&self.body[start..end])
    }

    /// Writes the cleaned text `decision` holds (made from `self.text`) as a JSON string, the
    /// bytes serde_json would write for it, copying every kept line it can from the literal.
    /// Returns the cleaned text's length and whether it differs from the text.
    fn write_cleaned(&self, decision: &Decision, out: &mut Vec<u8>) -> (usize, bool) {
        let text = self.text.as_ref();
        out.push(b'"');
        // How far the cleaned text has run along the text, while it still matches it.
        let mut at = 0;
        let mut same = true;
        let newline = |out: &mut Vec<u8>, at: &mut usize, same: &mut bool| {
            out.extend_from_slice(b"\\n");
            *same &= text.as_bytes().get(*at) == Some(&b'\n');
            *at += 1;
        };
        let mut first = true;
        let mut cursor = Cursor::default();
        decision.output_lines(|index, line| {
            if !first {
                newline(out, &mut at, &mut same);
            }
            first = false;
            if line.is_empty() {
                return;
            }
            let start = decision.doc.span(index).start;
            let raw = decision
                .doc
                .text_is_input(index)
                .then(|| self.raw(start..start + line.len(), &mut cursor))
                .flatten();
            match raw {
                Some(raw) => out.extend_from_slice(raw.as_bytes()),
                None => push_json_string_contents(out, line),
            }
            same &= text.get(at..at + line.len()) == Some(line);
            at += line.len();
        });
        if !first && decision.ends_with_newline() {
            newline(out, &mut at, &mut same);
        }
        out.push(b'"');
        (at, !same || at != text.len())
    }
}

/// Where [`FieldString::raw`] found the previous piece: indices into its marks and odd escapes.
#[derive(Default)]
struct Cursor {
    mark: usize,
    odd: usize,
}

/// Whether serde_json writes `decoded` as the escape `raw` (see [`FieldString`]).
fn written_by_serde(raw: &[u8], decoded: char) -> bool {
    match raw[1] {
        b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => true,
        b'u' => {
            decoded < ' '
                && !matches!(decoded, '\u{8}' | '\t' | '\n' | '\u{c}' | '\r')
                && raw[2..4] == *b"00"
                && !raw[4..6].iter().any(u8::is_ascii_uppercase)
        }
        _ => false,
    }
}

/// Appends the JSON encoding of `text` without its quotes, as [`push_json_string`] writes it.
fn push_json_string_contents(out: &mut Vec<u8>, text: &str) {
    let start = out.len();
    push_json_string(out, text);
    out.pop();
    out.remove(start);
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
        self.0.iter().rposition(|(name, _)| name.0 == key)
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
fn field_string<'a>(
    object: &RawObject<'a>,
    path: &[String],
    line: &Line,
) -> Result<FieldString<'a>, LineError> {
    let raw = value_at(object, path).ok_or_else(|| LineError::MissingField(path.join(".")))?;
    if let Some(field) = FieldString::parse(raw) {
        return Ok(field);
    }
    if !raw.starts_with('"') {
        return Err(LineError::NotAString {
            field: path.join("."),
            found: json_kind(raw),
        });
    }
    // A string the JSON parser accepted in passing but cannot decode: a lone surrogate escape
    // such as "\ud800". serde_json words the error and finds its column.
    let message = match serde_json::from_str::<String>(raw) {
        Err(error) => line.syntax_error(raw, &error),
        Ok(_) => "a string that cannot be decoded".to_string(),
    };
    Err(LineError::InvalidJson(format!(
        "field `{}`: {message}",
        path.join(".")
    )))
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

/// Writes `object` with the string at `path` written by `write_field`, and the report field
/// added at the end of the top level. [`field_string`] has already checked that `path` exists,
/// and [`LineCleaner::clean_line`] that the report field does not.
fn rewrite(
    object: &RawObject,
    path: &[String],
    write_field: &mut dyn FnMut(&mut Vec<u8>),
    report: Option<Report>,
    out: &mut Vec<u8>,
) {
    let target = path.first().and_then(|key| object.position(key));
    let mut replace = |index: usize, out: &mut Vec<u8>| -> bool {
        if Some(index) != target {
            return false;
        }
        if path.len() == 1 {
            write_field(out);
        } else {
            let inner = object.0[index].1.get();
            match serde_json::from_str::<RawObject>(inner) {
                Ok(nested) => rewrite(&nested, &path[1..], write_field, None, out),
                Err(_) => out.extend_from_slice(inner.as_bytes()),
            }
        }
        true
    };
    object.write(out, &mut replace);
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
