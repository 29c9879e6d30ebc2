//! Which lines of the input the output holds.
//!
//! The cleaned text is the input's kept lines, each normalised ([`normalize_line`]) and ended by
//! a newline, with blank lines collapsed by the rule of [`crate::normalize::render`]. So besides
//! the input, all it depends on is which input lines make it into the output. Holding that as one
//! bit per input line, rather than as a second copy of the text, lets a caller write the cleaned
//! text, a unified diff ([`crate::diff`]) or a would-it-change check straight from the input,
//! in one pass each.

use std::io::{self, Write};

use crate::document::next_line;
use crate::normalize::{normalize_line, output_lines};

/// The set of input lines (0-based indices, lines split as [`crate::document::Document`] splits
/// them) that appear in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputLines {
    bits: Vec<u64>,
    len: usize,
}

impl OutputLines {
    /// The output lines of a document given as every line's `(text, kept)`, as for
    /// [`crate::normalize::render`].
    pub(crate) fn from_lines<'t>(lines: impl ExactSizeIterator<Item = (&'t str, bool)>) -> Self {
        let len = lines.len();
        let mut set = OutputLines {
            bits: vec![0; len.div_ceil(64)],
            len,
        };
        output_lines(lines, |index, _| set.bits[index / 64] |= 1 << (index % 64));
        set
    }

    /// Whether input line `index` is in the output.
    pub fn contains(&self, index: usize) -> bool {
        index < self.len && self.bits[index / 64] & (1 << (index % 64)) != 0
    }

    /// Writes the cleaned text of `input` (the document this set was made from) as a file: every
    /// output line, normalised, followed by a newline, whether or not the input ended with one
    /// ([`crate::FinalNewline::Always`]). Returns the number of bytes written.
    pub fn write_text(&self, input: &str, out: &mut dyn Write) -> io::Result<usize> {
        let mut start = 0;
        let mut index = 0;
        let mut written = 0;
        while let Some((span, next)) = next_line(input.as_bytes(), start) {
            if self.contains(index) {
                let text = normalize_line(&input[span]);
                out.write_all(text.as_bytes())?;
                out.write_all(b"\n")?;
                written += text.len() + 1;
            }
            start = next;
            index += 1;
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    /// The text written from the output lines, checked against the cleaner's text (which text
    /// mode ends with a newline unless it is empty).
    fn text_of(input: &str) -> String {
        // The copyright filter alone: these tests are about writing the lines, and which toy
        // lines the line model would remove is not their subject.
        let cleaned = Cleaner::default()
            .only(&["copyright"])
            .unwrap()
            .clean(input);
        let mut out = Vec::new();
        OutputLines::of(&cleaned)
            .write_text(input, &mut out)
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        let expected = cleaned.text.trim_end_matches('\n');
        assert_eq!(out.trim_end_matches('\n'), expected, "{input:?}");
        assert_eq!(out.ends_with('\n'), !out.is_empty(), "{input:?}");
        out
    }

    #[test]
    fn writes_the_same_text_as_the_cleaner() {
        text_of("");
        text_of("\n\n  \n");
        text_of("One line without a newline");
        text_of("a\r\nb\rc\n\n\n\nd\u{a0} \n");
        assert_eq!(
            text_of(
                "\nRain fell all day.\n\n\n© 2024 Gazette. All rights reserved.\n\n\nMore rain.\n\n"
            ),
            "Rain fell all day.\n\nMore rain.\n"
        );
    }

    #[test]
    fn a_collapsed_blank_run_keeps_its_first_line() {
        let input = "Rain fell.\n\n \n© 2024 Gazette. All rights reserved.\n\nMore rain.\n";
        // The rules alone: this is about the blank lines around a removal, whoever removes it.
        let cleaner = Cleaner::default().disable("line-model").unwrap();
        let set = OutputLines::of(&cleaner.clean(input));
        let kept: Vec<usize> = (0..7).filter(|&i| set.contains(i)).collect();
        assert_eq!(kept, [0, 1, 5]);
    }
}
