//! A document as filters see it: lines with byte spans into the input, grouped into paragraphs.
//!
//! Filters never edit text. They read [`Line::text`] (whitespace already normalised, see
//! [`crate::normalize`]) and report line ranges to remove; the byte spans let reports point back
//! into the exact input.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use crate::blocks::Features;
use crate::filters::page_chrome;
use crate::normalize::normalize_line;

/// One line of the input, without its line terminator.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// Byte range of the line in the input, terminator excluded.
    pub span: Range<usize>,
    /// The line after whitespace normalisation (borrowed when nothing changed).
    pub text: Cow<'a, str>,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// A run of non-blank lines; blank lines separate paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Indices into [`Document::lines`].
    pub lines: Range<usize>,
}

#[derive(Debug)]
pub struct Document<'a> {
    input: &'a str,
    lines: Vec<Line<'a>>,
    paragraphs: Vec<Paragraph>,
    /// Block features of every line, computed on first use and shared by the filters.
    features: OnceLock<Vec<Features>>,
    /// Per line, the filter gates it passes; computed on first use (see [`crate::filter::Gate`]).
    gate_flags: OnceLock<Vec<u8>>,
    /// Per line, what page-chrome finds in its text alone; computed on first use.
    chrome: OnceLock<Vec<Option<page_chrome::Kind>>>,
}

impl<'a> Document<'a> {
    /// Splits `input` on LF, CRLF and lone CR.
    pub fn parse(input: &'a str) -> Self {
        let lines = split_lines(input)
            .map(|span| Line {
                text: normalize_line(&input[span.clone()]),
                span,
            })
            .collect::<Vec<_>>();
        let paragraphs = group_paragraphs(&lines);
        Document {
            input,
            lines,
            paragraphs,
            features: OnceLock::new(),
            gate_flags: OnceLock::new(),
            chrome: OnceLock::new(),
        }
    }

    pub fn input(&self) -> &'a str {
        self.input
    }

    pub fn lines(&self) -> &[Line<'a>] {
        &self.lines
    }

    pub fn line(&self, index: usize) -> &str {
        &self.lines[index].text
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Block features ([`Features`]) of every line, computed once per document.
    pub fn features(&self) -> &[Features] {
        self.features.get_or_init(|| self.per_line(Features::of))
    }

    /// The bits of the filter gates that line `index` passes.
    pub(crate) fn gate_flags(&self, index: usize) -> u8 {
        self.gate_flags
            .get_or_init(|| self.per_line(crate::filter::gate_flags))[index]
    }

    /// Whether and why page-chrome removes line `index` wherever it stands (see
    /// [`page_chrome::chrome_anywhere`]).
    pub(crate) fn chrome(&self, index: usize) -> Option<page_chrome::Kind> {
        self.chrome
            .get_or_init(|| self.per_line(page_chrome::chrome_anywhere))[index]
    }

    fn per_line<T>(&self, of: impl Fn(&str) -> T) -> Vec<T> {
        self.lines.iter().map(|line| of(&line.text)).collect()
    }

    /// Takes over the per-line values `source` has computed, where line `i` of this document has
    /// the text of line `origin[i]` of `source` (the pipeline re-parses its own output: the same
    /// lines, fewer of them), so that they are not computed again.
    pub(crate) fn inherit(&self, source: &Document, origin: &[usize]) {
        if origin.len() != self.lines.len() {
            return;
        }
        if let Some(features) = source.features.get() {
            let _ = self
                .features
                .set(self.inherited(source, origin, features, Features::of));
        }
        if let Some(flags) = source.gate_flags.get() {
            let _ = self.gate_flags.set(self.inherited(
                source,
                origin,
                flags,
                crate::filter::gate_flags,
            ));
        }
        if let Some(chrome) = source.chrome.get() {
            let _ = self.chrome.set(self.inherited(
                source,
                origin,
                chrome,
                page_chrome::chrome_anywhere,
            ));
        }
    }

    /// `source`'s `values` for the lines with the same text, `of` the text for any other.
    fn inherited<T: Copy>(
        &self,
        source: &Document,
        origin: &[usize],
        values: &[T],
        of: impl Fn(&str) -> T,
    ) -> Vec<T> {
        self.lines
            .iter()
            .zip(origin)
            .map(|(line, &from)| {
                if line.text == source.lines[from].text {
                    values[from]
                } else {
                    of(&line.text)
                }
            })
            .collect()
    }

    /// Byte range in the input covered by the given lines, terminators between them included.
    pub fn byte_span(&self, lines: &Range<usize>) -> Range<usize> {
        if lines.is_empty() {
            return 0..0;
        }
        self.lines[lines.start].span.start..self.lines[lines.end - 1].span.end
    }
}

/// Byte spans of the lines of `input`, terminators excluded. A final terminator does not start
/// another line, so `"a\n"` has one line and `""` has none.
pub(crate) fn split_lines(input: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = input.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let line_start = start;
        match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(offset) => {
                let end = start + offset;
                start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                Some(line_start..end)
            }
            None => {
                start = bytes.len();
                Some(line_start..bytes.len())
            }
        }
    })
}

fn group_paragraphs(lines: &[Line]) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut start = None;
    for (index, line) in lines.iter().enumerate() {
        match (line.is_blank(), start) {
            (false, None) => start = Some(index),
            (true, Some(first)) => {
                paragraphs.push(Paragraph {
                    lines: first..index,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(first) = start {
        paragraphs.push(Paragraph {
            lines: first..lines.len(),
        });
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(doc: &'a Document) -> Vec<&'a str> {
        doc.lines().iter().map(|line| line.text.as_ref()).collect()
    }

    #[test]
    fn splits_every_line_ending() {
        let doc = Document::parse("a\nb\r\nc\rd");
        assert_eq!(texts(&doc), ["a", "b", "c", "d"]);
        assert_eq!(doc.lines()[1].span, 2..3);
        assert_eq!(doc.lines()[3].span, 7..8);
    }

    #[test]
    fn final_newline_does_not_add_a_line() {
        assert_eq!(Document::parse("a\n").len(), 1);
        assert_eq!(Document::parse("").len(), 0);
        assert_eq!(Document::parse("\n\n").len(), 2);
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        let doc = Document::parse("a\nb\n\n \u{a0}\nc\n");
        assert_eq!(
            doc.paragraphs(),
            [Paragraph { lines: 0..2 }, Paragraph { lines: 4..5 }]
        );
    }

    #[test]
    fn byte_span_covers_lines_and_terminators_between() {
        let input = "one\r\ntwo\nthree";
        let doc = Document::parse(input);
        assert_eq!(&input[doc.byte_span(&(0..2))], "one\r\ntwo");
    }
}
