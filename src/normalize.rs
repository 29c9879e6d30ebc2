//! Whitespace normalisation: the only change deboiler makes to the lines it keeps.
//!
//! Per line:
//! - non-breaking and other Unicode space separators (U+00A0, U+1680, U+2000–U+200A, U+202F,
//!   U+205F, U+3000) become a plain space;
//! - the byte-order mark (U+FEFF) and soft hyphen (U+00AD) are dropped: neither shows in text,
//!   and a word with a hyphenation hint inside it no longer matches the same word without one.
//!   Other invisible characters are kept: the zero-width space (U+200B) separates words in Thai,
//!   Khmer, Lao and Burmese text, the word joiner (U+2060) keeps words together, and the
//!   zero-width joiner and non-joiner (U+200D, U+200C) spell emoji sequences and Persian or
//!   Indic words; a line of them alone is a line of the article, not a blank one;
//! - trailing whitespace is trimmed; leading indentation is kept.
//!
//! Per document (see [`render`]): CRLF and CR become LF; leading and trailing blank lines are
//! removed; a run of blank lines that a removal passed through collapses to one blank line.
//! The output is empty when nothing is kept; otherwise its end follows [`FinalNewline`]: a
//! string ends with a newline only when the input did, a file always ends with one.

use std::borrow::Cow;

fn is_space_separator(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn is_dropped(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{ad}')
}

/// Whether a normalised line shows nothing: empty, or only invisible characters that
/// normalisation keeps (a zero-width space, a word joiner, a joiner or non-joiner). Such a line
/// is kept as it is, but it separates paragraphs like a blank one and no rule or model judges it.
pub fn shows_nothing(line: &str) -> bool {
    line.chars()
        .all(|c| matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'))
}

/// Whether `line` holds a character that normalisation replaces or drops. Runs on every line,
/// so it looks at UTF-8 bytes: each such character starts with 0xC2, 0xE1, 0xE2, 0xE3 or 0xEF,
/// and the common 0xE2 case (curly quotes, dashes) is told apart by its second and third byte.
fn needs_change(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(offset) = memchr::memchr3(0xC2, 0xE2, 0xE3, &bytes[from..]) {
        let at = from + offset;
        let rest = &bytes[at..];
        let hit = matches!(
            rest,
            [0xC2, 0xA0 | 0xAD, ..]
                | [0xE2, 0x80, 0x80..=0x8A | 0xAF, ..]
                | [0xE2, 0x81, 0x9F, ..]
                | [0xE3, 0x80, 0x80, ..]
        );
        if hit {
            return true;
        }
        from = at + 1;
    }
    memchr::memchr2(0xE1, 0xEF, bytes).is_some()
        && line.chars().any(|c| is_space_separator(c) || is_dropped(c))
}

/// Normalises one line (without its terminator). Borrows when nothing changes.
pub fn normalize_line(line: &str) -> Cow<'_, str> {
    if !needs_change(line) {
        return Cow::Borrowed(line.trim_end());
    }
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if is_space_separator(c) {
            out.push(' ');
        } else if !is_dropped(c) {
            out.push(c);
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    Cow::Owned(out)
}

/// How the cleaned text ends. Only the end differs: the lines, and so the removals, are the same
/// either way, as a final line terminator does not start another line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FinalNewline {
    /// The rule for a string that is not a file (the library's default, JSONL fields): the
    /// result ends with a newline (LF) only when the input ended with a line terminator (LF,
    /// CRLF or CR); nothing is appended. `"short"` stays `"short"`, `"a\r\n\r\n"` gives `"a\n"`.
    #[default]
    AsInput,
    /// The rule for a file (the command line's text mode): the result ends with exactly one
    /// newline, as text files do.
    Always,
}

impl FinalNewline {
    /// Ends `text`, as [`render`] made it (ending with one newline, or empty), by this rule for
    /// an input `input`.
    pub(crate) fn apply(self, text: &mut String, input: &str) {
        if self == FinalNewline::AsInput && !input.ends_with(['\n', '\r']) && text.ends_with('\n') {
            text.pop();
        }
    }
}

/// Joins the kept lines into the output text, each ending with a newline (see [`FinalNewline`]
/// for the end of the whole text).
///
/// `lines` yields every line of the document in order as `(text, kept)`. Blank lines that are
/// kept still collapse when a removed line sits in the same gap between two kept non-blank lines.
pub fn render<'a>(lines: impl IntoIterator<Item = (&'a str, bool)>) -> String {
    render_tracking(lines, |_| {})
}

/// [`render`], also calling `emitted(index)` with the input index of every output line, in
/// order (for a collapsed run of blank lines, the index of its first blank line).
pub fn render_tracking<'a>(
    lines: impl IntoIterator<Item = (&'a str, bool)>,
    mut emitted: impl FnMut(usize),
) -> String {
    let mut out = String::new();
    output_lines(lines, |index, text| {
        out.push_str(text);
        out.push('\n');
        emitted(index);
    });
    out
}

/// The rule behind [`render`]: calls `line(index, text)` for every output line in order, with
/// the input index it comes from (for a collapsed run of blank lines, its first blank line).
/// Each output line is that input line's text followed by a newline.
pub fn output_lines<S: AsRef<str>>(
    lines: impl IntoIterator<Item = (S, bool)>,
    mut line: impl FnMut(usize, &str),
) {
    let mut blanks = 0usize;
    let mut first_blank = 0usize;
    let mut removed_in_gap = false;
    let mut started = false;
    for (index, (text, kept)) in lines.into_iter().enumerate() {
        let text = text.as_ref();
        if !kept {
            removed_in_gap = true;
        } else if text.is_empty() {
            if blanks == 0 {
                first_blank = index;
            }
            blanks += 1;
        } else {
            if started {
                let count = if removed_in_gap {
                    blanks.min(1)
                } else {
                    blanks
                };
                for offset in 0..count {
                    line(
                        if removed_in_gap {
                            first_blank
                        } else {
                            first_blank + offset
                        },
                        "",
                    );
                }
            }
            line(index, text);
            started = true;
            blanks = 0;
            removed_in_gap = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_scan_agrees_with_the_character_rules() {
        let samples = [
            "plain",
            "“quoted” — dash",
            "a\u{a0}b",
            "x\u{ad}y",
            "\u{2009}",
            "\u{200b}",
            "\u{202f}",
            "\u{205f}",
            "\u{2060}",
            "\u{3000}",
            "\u{1680}",
            "\u{feff}",
            "\u{200c}",
            "€ ½ ©",
            "日本語。",
            "\u{2028}",
        ];
        for sample in samples {
            let by_chars = sample
                .chars()
                .any(|c| is_space_separator(c) || is_dropped(c));
            assert_eq!(needs_change(sample), by_chars, "{sample:?}");
        }
    }

    #[test]
    fn unicode_spaces_become_plain_spaces() {
        assert_eq!(normalize_line("a\u{a0}b\u{2009}c\u{3000}d"), "a b c d");
    }

    #[test]
    fn byte_order_marks_and_soft_hyphens_are_dropped_but_separators_and_joiners_kept() {
        assert_eq!(normalize_line("\u{feff}co\u{ad}op"), "coop");
        assert_eq!(normalize_line("ภาษา\u{200b}ไทย"), "ภาษา\u{200b}ไทย");
        assert_eq!(normalize_line("\u{200b}"), "\u{200b}");
        assert!(shows_nothing("\u{200b}\u{2060}") && shows_nothing(""));
        assert!(!shows_nothing("ภาษา\u{200b}ไทย"));
        assert_eq!(normalize_line("a\u{2060}b"), "a\u{2060}b");
        assert_eq!(normalize_line("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(normalize_line("👩\u{200d}💻"), "👩\u{200d}💻");
    }

    #[test]
    fn trailing_whitespace_is_trimmed_and_indentation_kept() {
        assert_eq!(normalize_line("  indented \t "), "  indented");
        assert_eq!(normalize_line("text\u{a0}\u{a0}"), "text");
        assert!(matches!(normalize_line("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn render_trims_edges_and_ends_with_one_newline() {
        let lines = [("", true), ("a", true), ("", true), ("b", true), ("", true)];
        assert_eq!(render(lines), "a\n\nb\n");
        assert_eq!(render([("", true), ("x", false)]), "");
    }

    #[test]
    fn final_newline_follows_the_input_for_strings_and_is_always_there_for_files() {
        let ended = |policy: FinalNewline, rendered: &str, input: &str| {
            let mut text = rendered.to_string();
            policy.apply(&mut text, input);
            text
        };
        assert_eq!(ended(FinalNewline::AsInput, "short\n", "short"), "short");
        assert_eq!(ended(FinalNewline::AsInput, "a\n", "a\n\n"), "a\n");
        assert_eq!(ended(FinalNewline::AsInput, "a\n", "a\r"), "a\n");
        assert_eq!(ended(FinalNewline::AsInput, "a\n", "a\r\n"), "a\n");
        assert_eq!(ended(FinalNewline::AsInput, "a\n", "a\n "), "a");
        assert_eq!(ended(FinalNewline::AsInput, "", ""), "");
        assert_eq!(ended(FinalNewline::Always, "short\n", "short"), "short\n");
    }

    #[test]
    fn render_tracking_reports_the_input_line_of_every_output_line() {
        let lines = [
            ("", true),
            ("a", true),
            ("", true),
            ("noise", false),
            ("", true),
            ("b", true),
            ("", true),
            ("", true),
            ("c", true),
        ];
        let mut origins = Vec::new();
        let text = render_tracking(lines, |index| origins.push(index));
        assert_eq!(text, "a\n\nb\n\n\nc\n");
        assert_eq!(origins, [1, 2, 5, 6, 7, 8]);
    }

    #[test]
    fn render_collapses_only_gaps_with_removals() {
        let untouched = [("a", true), ("", true), ("", true), ("b", true)];
        assert_eq!(render(untouched), "a\n\n\nb\n");
        let removed = [
            ("a", true),
            ("", true),
            ("noise", false),
            ("", true),
            ("b", true),
        ];
        assert_eq!(render(removed), "a\n\nb\n");
        let tight = [("a", true), ("noise", false), ("b", true)];
        assert_eq!(render(tight), "a\nb\n");
    }
}
