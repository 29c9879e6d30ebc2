//! The unified diff of an input against its cleaned text, built from what the cleaner kept.
//!
//! A general diff algorithm searches for the lines two texts share, which costs quadratic time
//! on large files. Cleaning needs no search: the output is the input's lines in order, some
//! removed and some normalised ([`OutputLines`]). So the diff is written in one pass over the
//! input, hunk by hunk as they are found, and a reader that stops early (a closed pipe) stops
//! the work too.
//!
//! The diff is exact: `patch` applied to the input gives the cleaned text byte for byte. Lines
//! are the input's LF-terminated lines, as `patch` sees them. A line stays as context only when
//! the output holds it unchanged with its LF; anything else is a change: a removed line, a line
//! normalisation changed (trailing whitespace, non-breaking or zero-width characters), a CRLF
//! line (`-text\r` then `+text`), a line holding lone CRs (one `-` line, then a `+` line for
//! each of its parts that is kept), and a last line without a newline (marked `\ No newline at
//! end of file`). Hunks carry three lines of context, as `diff -u` does.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::document::next_line;
use crate::normalize::normalize_line;
use crate::output_lines::OutputLines;

/// Unchanged lines shown around each change.
pub const CONTEXT: usize = 3;

/// A position between two LF-terminated input lines.
#[derive(Debug, Clone, Copy, Default)]
struct Cursor {
    /// Byte offset in the input.
    byte: usize,
    /// Index of the next line as the cleaner splits lines (on LF, CRLF and lone CR).
    line: usize,
    /// LF-terminated input lines before this point.
    old: usize,
    /// Output lines before this point.
    new: usize,
}

/// Writes the unified diff of `input` against its cleaned text (`kept` made from `input`) to
/// `out`, headed `--- name` / `+++ name (cleaned)`. Nothing is written when cleaning changes
/// nothing. `color` adds terminal colours (bold headers, red removals, green additions, cyan hunk
/// headers), which `patch` does not read.
pub fn write_unified(
    out: &mut dyn Write,
    name: &str,
    input: &str,
    kept: &OutputLines,
    color: bool,
) -> io::Result<()> {
    let mut writer = HunkWriter {
        out,
        input,
        kept,
        color,
        name,
        headed: false,
    };
    let mut scan = Cursor::default();
    // Starts of the unchanged lines just before `scan`, at most CONTEXT of them.
    let mut before: Vec<Cursor> = Vec::with_capacity(CONTEXT + 1);
    loop {
        let at = scan;
        let Some(unchanged) = next_physical(input, kept, &mut scan) else {
            return Ok(());
        };
        if unchanged {
            before.push(at);
            if before.len() > CONTEXT {
                before.remove(0);
            }
            continue;
        }
        let start = before.first().copied().unwrap_or(at);
        // One hunk covers changes up to 2 × CONTEXT unchanged lines apart.
        let mut after: Vec<Cursor> = Vec::with_capacity(2 * CONTEXT + 1);
        loop {
            let at = scan;
            match next_physical(input, kept, &mut scan) {
                None => break,
                Some(true) => {
                    after.push(at);
                    if after.len() > 2 * CONTEXT {
                        break;
                    }
                }
                Some(false) => after.clear(),
            }
        }
        let end = after.get(CONTEXT).copied().unwrap_or(scan);
        writer.hunk(start, end)?;
        before = after.split_off(after.len().min(CONTEXT + 1));
    }
}

/// Whether cleaning changes `input` at all (`kept` made from `input`): whether its diff is not
/// empty.
pub fn changes(input: &str, kept: &OutputLines) -> bool {
    let mut scan = Cursor::default();
    while let Some(unchanged) = next_physical(input, kept, &mut scan) {
        if !unchanged {
            return true;
        }
    }
    false
}

/// Moves `cursor` over the next LF-terminated input line and says whether the output holds it
/// unchanged; `None` at the end of the input.
fn next_physical(input: &str, kept: &OutputLines, cursor: &mut Cursor) -> Option<bool> {
    let bytes = input.as_bytes();
    let mut parts = 0;
    let mut unchanged = true;
    loop {
        let (span, next) = next_line(bytes, cursor.byte)?;
        let in_output = kept.contains(cursor.line);
        let terminator = &bytes[span.end..next];
        unchanged &= in_output && terminator == b"\n" && is_normal(&input[span]);
        parts += 1;
        cursor.line += 1;
        cursor.new += usize::from(in_output);
        cursor.byte = next;
        if terminator.ends_with(b"\n") || next == bytes.len() {
            cursor.old += 1;
            return Some(unchanged && parts == 1);
        }
    }
}

/// Whether normalisation leaves `line` as it is.
fn is_normal(line: &str) -> bool {
    matches!(normalize_line(line), Cow::Borrowed(same) if same.len() == line.len())
}

struct HunkWriter<'a> {
    out: &'a mut dyn Write,
    input: &'a str,
    kept: &'a OutputLines,
    color: bool,
    name: &'a str,
    headed: bool,
}

const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

impl HunkWriter<'_> {
    /// Writes the hunk of the lines between `start` and `end`.
    fn hunk(&mut self, start: Cursor, end: Cursor) -> io::Result<()> {
        if !self.headed {
            self.headed = true;
            let name = self.name;
            self.line(BOLD, format_args!("--- {name}"))?;
            self.line(BOLD, format_args!("+++ {name} (cleaned)"))?;
        }
        let old = range(start.old, end.old - start.old);
        let new = range(start.new, end.new - start.new);
        self.line(CYAN, format_args!("@@ -{old} +{new} @@"))?;
        let bytes = self.input.as_bytes();
        let mut cursor = start;
        while cursor.byte < end.byte {
            let at = cursor;
            let unchanged = next_physical(self.input, self.kept, &mut cursor) == Some(true);
            let text = &self.input[at.byte..cursor.byte];
            if unchanged {
                self.out.write_all(b" ")?;
                self.out.write_all(text.as_bytes())?;
                continue;
            }
            let body = text.strip_suffix('\n');
            self.line(RED, format_args!("-{}", body.unwrap_or(text)))?;
            if body.is_none() {
                self.out.write_all(b"\\ No newline at end of file\n")?;
            }
            let mut from = at.byte;
            for index in at.line..cursor.line {
                let (span, next) = next_line(bytes, from).expect("a line of this physical line");
                from = next;
                if self.kept.contains(index) {
                    let kept = normalize_line(&self.input[span]);
                    self.line(GREEN, format_args!("+{kept}"))?;
                }
            }
        }
        Ok(())
    }

    /// Writes one line of the diff and its newline, coloured when asked.
    fn line(&mut self, color: &str, text: std::fmt::Arguments) -> io::Result<()> {
        if self.color {
            writeln!(self.out, "{color}{text}{RESET}")
        } else {
            writeln!(self.out, "{text}")
        }
    }
}

/// A hunk header's range: `start,count`, with `start` the first line (1-based), or the line
/// before an empty range; `,count` is left out when it is 1, as `diff -u` does.
fn range(before: usize, count: usize) -> String {
    match count {
        0 => format!("{before},0"),
        1 => format!("{}", before + 1),
        _ => format!("{},{count}", before + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    /// The diff of `input` cleaned by the copyright filter alone: these tests are about the
    /// diff's form, and which toy lines the line model would remove is not their subject.
    fn diff_of(input: &str) -> String {
        let cleaned = Cleaner::default()
            .only(&["copyright"])
            .unwrap()
            .clean(input);
        let kept = OutputLines::of(&cleaned);
        let mut out = Vec::new();
        write_unified(&mut out, "a.txt", input, &kept, false).unwrap();
        assert_eq!(changes(input, &kept), !out.is_empty());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn an_unchanged_document_has_an_empty_diff() {
        assert_eq!(diff_of("Rain fell all day.\n\nMore rain.\n"), "");
        assert_eq!(diff_of(""), "");
    }

    #[test]
    fn a_removed_line_in_the_middle_has_three_lines_of_context() {
        let input = "1\n2\n3\n4\n© 2024 Gazette. All rights reserved.\n5\n6\n7\n8\n";
        assert_eq!(
            diff_of(input),
            "--- a.txt\n+++ a.txt (cleaned)\n@@ -2,7 +2,6 @@\n 2\n 3\n 4\n\
             -© 2024 Gazette. All rights reserved.\n 5\n 6\n 7\n"
        );
    }

    #[test]
    fn changes_close_together_share_a_hunk_and_far_apart_do_not() {
        let noise = "© 2024 Gazette. All rights reserved.";
        let close = format!("a\n{noise}\nb\nc\nd\ne\nf\ng\n{noise}\nh\n");
        let diff = diff_of(&close);
        assert_eq!(diff.matches("@@ ").count(), 1, "{diff}");
        let far = format!("a\n{noise}\nb\nc\nd\ne\nf\ng\nh\n{noise}\ni\n");
        let diff = diff_of(&far);
        assert_eq!(diff.matches("@@ ").count(), 2, "{diff}");
    }

    #[test]
    fn normalisation_crlf_lone_cr_and_a_missing_newline_are_changes() {
        let diff = diff_of("a\u{a0}b  \nc\r\nd\re\nlast");
        assert_eq!(
            diff,
            "--- a.txt\n+++ a.txt (cleaned)\n@@ -1,4 +1,5 @@\n-a\u{a0}b  \n+a b\n\
             -c\r\n+c\n-d\re\n+d\n+e\n-last\n\\ No newline at end of file\n+last\n"
        );
    }

    #[test]
    fn removing_everything_leaves_an_empty_new_side() {
        let diff = diff_of("\n© 2024 Gazette. All rights reserved.\n\n");
        assert!(diff.contains("@@ -1,3 +0,0 @@\n"), "{diff}");
    }

    #[test]
    fn collapsed_blank_lines_and_trimmed_edges() {
        let diff = diff_of("\nRain.\n\n\n© 2024 Gazette. All rights reserved.\n\nSun.\n\n");
        assert_eq!(
            diff,
            "--- a.txt\n+++ a.txt (cleaned)\n@@ -1,8 +1,3 @@\n-\n Rain.\n \n-\n\
             -© 2024 Gazette. All rights reserved.\n-\n Sun.\n-\n"
        );
    }

    #[test]
    fn colour_wraps_each_line() {
        let cleaned = Cleaner::default().clean("x \n");
        let mut out = Vec::new();
        write_unified(&mut out, "a", "x \n", &OutputLines::of(&cleaned), true).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\x1b[1m--- a\x1b[0m\n\x1b[1m+++ a (cleaned)\x1b[0m\n\x1b[36m@@ -1 +1 @@\x1b[0m\n\
             \x1b[31m-x \x1b[0m\n\x1b[32m+x\x1b[0m\n"
        );
    }
}
