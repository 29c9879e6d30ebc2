//! The cleaned field's JSON string: decoding it once, copying its pieces back out, and
//! reading a site's line keys from it without decoding.

use std::borrow::Cow;
use std::ops::Range;

use crate::pipeline::Decision;

pub(super) fn push_json_string(out: &mut Vec<u8>, text: &str) {
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
pub(super) struct FieldString<'a> {
    /// The literal without its quotes.
    body: &'a str,
    /// The decoded text, borrowed when the literal has no escape.
    pub(super) text: Cow<'a, str>,
    /// After each escape: its end in `text` and in `body`. Between two escapes, the text and
    /// the body advance together. Starts with `(0, 0)`.
    marks: Vec<(usize, usize)>,
    /// Where in `text` each escape serde_json would not have written decodes, in order.
    odd: Vec<usize>,
}

impl<'a> FieldString<'a> {
    /// Decodes a JSON string literal (as serde_json accepted it in passing). `None` when `raw`
    /// is not a string, or holds an escape that does not decode (a lone surrogate).
    pub(super) fn parse(raw: &'a str) -> Option<Self> {
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
    pub(super) fn write_cleaned(&self, decision: &Decision, out: &mut Vec<u8>) -> (usize, bool) {
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
pub(super) struct Cursor {
    mark: usize,
    odd: usize,
}

/// Whether serde_json writes `decoded` as the escape `raw` (see [`FieldString`]).
pub(super) fn written_by_serde(raw: &[u8], decoded: char) -> bool {
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
pub(super) fn push_json_string_contents(out: &mut Vec<u8>, text: &str) {
    let start = out.len();
    push_json_string(out, text);
    out.pop();
    out.remove(start);
}

/// The [document keys](crate::site::document_keys) of the text a JSON string literal holds,
/// read from the literal: lines end at its `\n` and `\r` escapes (as LF, CR and CRLF end them
/// in the text), a line without escapes is hashed where it stands, and only a line with other
/// escapes is decoded, into a buffer used again for the next. `None` when `literal` is not a
/// string or holds an escape JSON does not allow (a lone surrogate), as decoding would fail.
pub(super) fn string_keys(literal: &str) -> Option<Vec<u64>> {
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
pub(super) fn unescape(bytes: &[u8]) -> Option<(char, usize)> {
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

pub(super) fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |value, &digit| {
        Some(value << 4 | char::from(digit).to_digit(16)?)
    })
}
