//! The JSON object of a line: its fields as raw text, the path to the cleaned field, and how
//! the object is written back with that field replaced.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::error::LineError;
use super::string::{push_json_string, FieldString};

/// A JSON object as its fields in order, each value kept as raw JSON text.
pub(super) struct RawObject<'a>(Vec<(Key<'a>, &'a RawValue)>);

/// An object's key: borrowed from the line when its JSON string has no escape, so that it is
/// written back as it was read without being encoded again.
pub(super) struct Key<'a>(Cow<'a, str>);

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

/// The JSON text of one input line, and how many bytes came before it on the line (a
/// byte-order mark), so that errors give the column in the file.
pub(super) struct Line<'a> {
    pub(super) json: &'a str,
    pub(super) column_base: usize,
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

pub(super) fn parse_object<'a>(line: &Line<'a>) -> Result<RawObject<'a>, LineError> {
    serde_json::from_str(line.json)
        .map_err(|error| LineError::InvalidJson(line.syntax_error(line.json, &error)))
}

impl<'a> RawObject<'a> {
    /// Position of `key`; the last one wins when a key repeats, as in most JSON readers.
    pub(super) fn position(&self, key: &str) -> Option<usize> {
        self.0.iter().rposition(|(name, _)| name.0 == key)
    }
}

/// Reads a JSON object for the counting pass: the string at the top-level key `field` (the last
/// one when the key repeats, as [`RawObject::position`] takes it) and the raw value at `group`;
/// every other value is skipped unread. `None` for a missing field or one that is not a string.
pub(super) struct TwoFields<'k> {
    pub(super) field: &'k str,
    pub(super) group: &'k str,
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

/// The raw JSON value at `path` in `object`, if there is one (an empty path names none).
pub(super) fn value_at<'a>(object: &RawObject<'a>, path: &[String]) -> Option<&'a str> {
    let (first, rest) = path.split_first()?;
    let mut raw = object.position(first).map(|i| object.0[i].1.get())?;
    for key in rest {
        let inner: RawObject = serde_json::from_str(raw).ok()?;
        raw = inner.position(key).map(|i| inner.0[i].1.get())?;
    }
    Some(raw)
}

/// The string at `path` in `object` (an empty path names no field).
pub(super) fn field_string<'a>(
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

pub(super) fn json_kind(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    }
}

/// What `--report-field` adds to a document, under `key`.
pub(super) struct Report<'a> {
    pub(super) key: &'a str,
    pub(super) counts: &'a BTreeMap<&'static str, usize>,
    pub(super) profile: &'static str,
}

/// Writes `object` with the string at `path` written by `write_field`, and the report field
/// added at the end of the top level. [`field_string`] has already checked that `path` exists,
/// and [`LineCleaner::clean_line`] that the report field does not.
pub(super) fn rewrite(
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
