//! A document as filters see it: lines with byte spans into the input, grouped into paragraphs.
//!
//! Filters never edit text. They read [`Document::line`] (whitespace already normalised, see
//! [`crate::normalize`]) and report line ranges to remove; the byte spans let reports point back
//! into the exact input.

use std::any::{Any, TypeId};
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::normalize_line;

/// One line of the input, without its line terminator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'d> {
    /// Byte range of the line in the input, terminator excluded.
    pub span: Range<usize>,
    /// The line after whitespace normalisation.
    pub text: &'d str,
}

impl Line<'_> {
    /// Whether the line shows nothing: it is empty, or holds only invisible characters (a
    /// zero-width space, a joiner), which the output keeps but no rule judges.
    pub fn is_blank(&self) -> bool {
        crate::normalize::shows_nothing(self.text)
    }
}

/// A run of non-blank lines; blank lines separate paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Indices into [`Document::lines`].
    pub lines: Range<usize>,
}

/// One input split into lines (LF, CRLF or CR end one), each with its whitespace normalised as
/// cleaning's output has it and with its byte span in the input. Filters read it through [`Context::doc`](crate::Context::doc); a cleaning result holds it as
/// [`Cleaned::doc`](crate::Cleaned::doc).
#[derive(Debug)]
pub struct Document<'a> {
    input: &'a str,
    lines: Lines<'a>,
    /// Computed on first use, as the filters do not use them.
    paragraphs: OnceLock<Vec<Paragraph>>,
    /// The per-line analyses read so far (see [`LineAnalysis`]).
    analyses: Analyses,
}

/// A fact about every line of a document that several readers need (a line's block features,
/// the literal gates it passes), computed for all lines on first use and kept with the
/// document, so that it is computed once. The document knows none of them: each is a type that
/// implements this trait, and [`Document::analysis`] finds its table by type.
pub(crate) trait LineAnalysis: 'static {
    /// What is kept for the whole document.
    type Table: Send + Sync + 'static;
    /// What it says about one line.
    type Value;
    /// The table of every line of `doc`.
    fn table(doc: &Document) -> Self::Table;
    /// The value of line `index` in `table`.
    fn get(table: &Self::Table, index: usize) -> Self::Value;
}

/// One [`LineAnalysis`] of a document's lines (see [`Document::analysis_table`]).
pub(crate) struct AnalysisTable<'d, A: LineAnalysis> {
    table: &'d A::Table,
    /// For a subset, the parsed document's index of each of its lines.
    origin: Option<&'d [usize]>,
}

impl<A: LineAnalysis> AnalysisTable<'_, A> {
    /// What the analysis says about line `index`.
    #[inline]
    pub(crate) fn get(&self, index: usize) -> A::Value {
        A::get(
            self.table,
            self.origin.map_or(index, |origin| origin[index]),
        )
    }
}

/// How many kinds of [`LineAnalysis`] a document can keep.
const ANALYSIS_SLOTS: usize = 8;

/// The tables of the [`LineAnalysis`] kinds read so far, each with its kind's type id, in the
/// order they were first read.
#[derive(Default)]
struct Analyses([OnceLock<(TypeId, Box<dyn Any + Send + Sync>)>; ANALYSIS_SLOTS]);

impl Analyses {
    #[inline]
    fn find<A: LineAnalysis>(&self) -> Option<&A::Table> {
        self.0
            .iter()
            .map_while(OnceLock::get)
            .find(|(kind, _)| *kind == TypeId::of::<A>())
            .map(|(_, table)| table.downcast_ref().expect("a slot holds its kind's table"))
    }

    /// The table of `A`, from `compute` when there is none yet. `compute` runs outside every
    /// slot's lock, so that it may read other analyses: those fill the next free slots, and
    /// this table takes the first one left.
    #[cold]
    fn get_or_compute<A: LineAnalysis>(&self, compute: impl FnOnce() -> A::Table) -> &A::Table {
        if let Some(table) = self.find::<A>() {
            return table;
        }
        let mut table: Option<Box<dyn Any + Send + Sync>> = Some(Box::new(compute()));
        for slot in &self.0 {
            if let Some(mine) = table.take() {
                if let Err((_, refused)) = slot.set((TypeId::of::<A>(), mine)) {
                    table = Some(refused);
                }
            }
            let (kind, held) = slot.get().expect("set above or before");
            if *kind == TypeId::of::<A>() {
                return held.downcast_ref().expect("a slot holds its kind's table");
            }
        }
        panic!("a document keeps at most {ANALYSIS_SLOTS} kinds of line analysis")
    }
}

impl fmt::Debug for Analyses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds = self.0.iter().map_while(OnceLock::get).count();
        write!(f, "Analyses({kinds} kinds)")
    }
}

/// Where a document's lines come from.
#[derive(Debug)]
enum Lines<'a> {
    /// The lines of the input, 12 bytes each: a page dump has a line for every 60 bytes or so.
    Parsed {
        records: Vec<Record>,
        /// What does not fit a record (see [`Record::text`]), by line index, in order.
        extra: Vec<(usize, Extra)>,
    },
    /// Some lines of another document, in order: line `i` is its line `origin[i]`, with the
    /// same text and span. The pipeline cleans its own output again this way, without writing
    /// the text out and parsing it; the per-line values are the other document's.
    Subset {
        of: &'a Document<'a>,
        origin: &'a [usize],
    },
}

/// Twelve bytes: packed to 4-byte alignment, as `start` would otherwise pad the record to 16.
#[derive(Debug, Clone, Copy)]
#[repr(C, packed(4))]
struct Record {
    start: usize,
    /// The line's length, or [`EXTRA`]: see the line's [`Extra`].
    len: u16,
    /// The length of the normalised text, which starts at `start` (normalisation trims only the
    /// end of most lines), or [`EXTRA`]: normalisation changed characters in the middle, or the
    /// line is too long for a record (64 KiB); see the line's [`Extra`].
    text: u16,
}

const EXTRA: u16 = u16::MAX;

/// The part of a line that does not fit its [`Record`].
#[derive(Debug)]
struct Extra {
    end: usize,
    /// The normalised text when it is not a prefix of the line (characters replaced or dropped).
    changed: Option<Box<str>>,
    /// Otherwise where the normalised text ends.
    text_end: usize,
}

impl<'a> Document<'a> {
    /// Splits `input` on LF, CRLF and lone CR.
    pub fn parse(input: &'a str) -> Self {
        let mut extra = Vec::new();
        let mut records: Vec<Record> = split_lines(input)
            .enumerate()
            .map(|(index, span)| {
                let (changed, text_end) = match normalize_line(&input[span.clone()]) {
                    Cow::Borrowed(text) => (None, span.start + text.len()),
                    Cow::Owned(text) => (Some(text.into_boxed_str()), span.start),
                };
                let fits = |len: usize| u16::try_from(len).ok().filter(|&len| len != EXTRA);
                match (fits(span.len()), fits(text_end - span.start), changed) {
                    (Some(len), Some(text), None) => Record {
                        start: span.start,
                        len,
                        text,
                    },
                    (_, _, changed) => {
                        extra.push((
                            index,
                            Extra {
                                end: span.end,
                                changed,
                                text_end,
                            },
                        ));
                        Record {
                            start: span.start,
                            len: EXTRA,
                            text: EXTRA,
                        }
                    }
                }
            })
            .collect();
        // The vectors grow by doubling; the spare room would stay for the document's lifetime.
        records.shrink_to_fit();
        extra.shrink_to_fit();
        Self::with_lines(input, Lines::Parsed { records, extra })
    }

    fn with_lines(input: &'a str, lines: Lines<'a>) -> Self {
        Document {
            input,
            lines,
            paragraphs: OnceLock::new(),
            analyses: Analyses::default(),
        }
    }

    /// The document made of lines `origin` of this one (increasing indices), as cleaning's
    /// output would parse: the same texts (normalisation is idempotent), without the removed
    /// lines. Its spans and per-line values are this document's.
    pub(crate) fn subset<'s>(&'s self, origin: &'s [usize]) -> Document<'s> {
        debug_assert!(
            matches!(self.lines, Lines::Parsed { .. }),
            "a subset is of a parsed document"
        );
        Document::with_lines(self.input, Lines::Subset { of: self, origin })
    }

    /// The input the document was parsed from, as given.
    pub fn input(&self) -> &'a str {
        self.input
    }

    /// The lines in order.
    pub fn lines(&self) -> impl ExactSizeIterator<Item = Line<'_>> + '_ {
        (0..self.len()).map(|index| Line {
            span: self.span(index),
            text: self.line(index),
        })
    }

    /// The normalised text of line `index`.
    pub fn line(&self, index: usize) -> &str {
        match &self.lines {
            Lines::Parsed { records, extra } => {
                let record = records[index];
                let (start, text) = (record.start, record.text);
                if text != EXTRA {
                    return &self.input[start..start + usize::from(text)];
                }
                match extra_of(extra, index) {
                    Extra {
                        changed: Some(text),
                        ..
                    } => text,
                    Extra { text_end, .. } => &self.input[start..*text_end],
                }
            }
            Lines::Subset { of, origin } => of.line(origin[index]),
        }
    }

    /// Whether the normalised text of line `index` is the start of the line in the input
    /// (`input[span.start..][..text.len()]`): normalisation only trimmed its end, if anything.
    pub(crate) fn text_is_input(&self, index: usize) -> bool {
        match &self.lines {
            Lines::Parsed { records, extra } => {
                records[index].text != EXTRA || extra_of(extra, index).changed.is_none()
            }
            Lines::Subset { of, origin } => of.text_is_input(origin[index]),
        }
    }

    /// Byte range of line `index` in the input, terminator excluded.
    pub fn span(&self, index: usize) -> Range<usize> {
        match &self.lines {
            Lines::Parsed { records, extra } => {
                let (start, len) = (records[index].start, records[index].len);
                let end = match len {
                    EXTRA => extra_of(extra, index).end,
                    len => start + usize::from(len),
                };
                start..end
            }
            Lines::Subset { of, origin } => of.span(origin[index]),
        }
    }

    /// Whether line `index` shows nothing (see [`Line::is_blank`]).
    pub fn is_blank(&self, index: usize) -> bool {
        crate::normalize::shows_nothing(self.line(index))
    }

    /// The number of lines (a final line terminator does not start another line).
    pub fn len(&self) -> usize {
        match &self.lines {
            Lines::Parsed { records, .. } => records.len(),
            Lines::Subset { origin, .. } => origin.len(),
        }
    }

    /// Whether the document has no line.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The runs of non-blank lines.
    #[doc(hidden)]
    pub fn paragraphs(&self) -> &[Paragraph] {
        self.paragraphs
            .get_or_init(|| group_paragraphs((0..self.len()).map(|index| self.is_blank(index))))
    }

    /// What analysis `A` says about line `index`; the first read computes it for every line.
    #[inline]
    pub(crate) fn analysis<A: LineAnalysis>(&self, index: usize) -> A::Value {
        self.analysis_table::<A>().get(index)
    }

    /// Analysis `A` of every line, to read many lines without finding the table each time.
    #[inline]
    pub(crate) fn analysis_table<A: LineAnalysis>(&self) -> AnalysisTable<'_, A> {
        match &self.lines {
            Lines::Parsed { .. } => AnalysisTable {
                table: match self.analyses.find::<A>() {
                    Some(table) => table,
                    None => self.analyses.get_or_compute::<A>(|| A::table(self)),
                },
                origin: None,
            },
            // `of` is a parsed document (see `subset`).
            Lines::Subset { of, origin } => AnalysisTable {
                table: of.analysis_table::<A>().table,
                origin: Some(origin),
            },
        }
    }

    /// `of` applied to the text of every line, in order: the table of an analysis that looks
    /// at each line alone.
    pub(crate) fn per_line<T>(&self, of: impl Fn(&str) -> T) -> Vec<T> {
        (0..self.len()).map(|index| of(self.line(index))).collect()
    }

    /// Byte range in the input covered by the given lines, terminators between them included.
    pub fn byte_span(&self, lines: &Range<usize>) -> Range<usize> {
        if lines.is_empty() {
            return 0..0;
        }
        self.span(lines.start).start..self.span(lines.end - 1).end
    }
}

/// The [`Extra`] of line `index`, which has one.
fn extra_of(extra: &[(usize, Extra)], index: usize) -> &Extra {
    let at = extra
        .binary_search_by_key(&index, |&(line, _)| line)
        .expect("a line marked EXTRA has an extra entry");
    &extra[at].1
}

/// Byte spans of the lines of `input`, terminators excluded. A final terminator does not start
/// another line, so `"a\n"` has one line and `""` has none.
pub(crate) fn split_lines(input: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        let (span, next) = next_line(input.as_bytes(), start)?;
        start = next;
        Some(span)
    })
}

/// The line starting at byte `start` (LF, CRLF and lone CR end a line): its span without the
/// terminator, and where the next line starts. `None` at the end of the input.
pub(crate) fn next_line(bytes: &[u8], start: usize) -> Option<(Range<usize>, usize)> {
    if start >= bytes.len() {
        return None;
    }
    Some(match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        Some(offset) => {
            let end = start + offset;
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            (start..end, next)
        }
        None => (start..bytes.len(), bytes.len()),
    })
}

fn group_paragraphs(blank: impl Iterator<Item = bool>) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut start = None;
    let mut len = 0;
    for (index, is_blank) in blank.enumerate() {
        match (is_blank, start) {
            (false, None) => start = Some(index),
            (true, Some(first)) => {
                paragraphs.push(Paragraph {
                    lines: first..index,
                });
                start = None;
            }
            _ => {}
        }
        len = index + 1;
    }
    if let Some(first) = start {
        paragraphs.push(Paragraph { lines: first..len });
    }
    paragraphs.shrink_to_fit();
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line lengths; counts its computations so a test can see it runs once.
    struct Lengths;
    static LENGTH_TABLES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    impl LineAnalysis for Lengths {
        type Table = Vec<usize>;
        type Value = usize;
        fn table(doc: &Document) -> Vec<usize> {
            LENGTH_TABLES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            doc.per_line(str::len)
        }
        fn get(table: &Vec<usize>, index: usize) -> usize {
            table[index]
        }
    }

    /// Each line's length plus the next line's: its table reads another analysis.
    struct WithNext;
    impl LineAnalysis for WithNext {
        type Table = Vec<usize>;
        type Value = usize;
        fn table(doc: &Document) -> Vec<usize> {
            (0..doc.len())
                .map(|i| {
                    let next = if i + 1 < doc.len() {
                        doc.analysis::<Lengths>(i + 1)
                    } else {
                        0
                    };
                    doc.analysis::<Lengths>(i) + next
                })
                .collect()
        }
        fn get(table: &Vec<usize>, index: usize) -> usize {
            table[index]
        }
    }

    #[test]
    fn an_analysis_is_computed_once_and_may_read_another() {
        let doc = Document::parse("one\nthree\n\nfive5");
        let before = LENGTH_TABLES.load(std::sync::atomic::Ordering::Relaxed);
        // Computing WithNext's table fills Lengths' slot first, while WithNext's is computed.
        assert_eq!(doc.analysis::<WithNext>(0), 8);
        assert_eq!(doc.analysis::<WithNext>(3), 5);
        assert_eq!(doc.analysis::<Lengths>(1), 5);
        assert_eq!(
            LENGTH_TABLES.load(std::sync::atomic::Ordering::Relaxed) - before,
            1,
            "one Lengths table for the document"
        );
        assert_eq!(format!("{:?}", doc.analyses), "Analyses(2 kinds)");
    }

    #[test]
    fn a_subset_reads_the_analyses_of_its_document() {
        let doc = Document::parse("a\nbbb\ncc");
        let origin = [0, 2];
        let subset = doc.subset(&origin);
        assert_eq!(subset.analysis::<Lengths>(1), 2);
        assert_eq!(format!("{:?}", subset.analyses), "Analyses(0 kinds)");
        assert_eq!(format!("{:?}", doc.analyses), "Analyses(1 kinds)");
    }

    fn texts<'a>(doc: &'a Document) -> Vec<&'a str> {
        doc.lines().map(|line| line.text).collect()
    }

    #[test]
    fn splits_every_line_ending() {
        let doc = Document::parse("a\nb\r\nc\rd");
        assert_eq!(texts(&doc), ["a", "b", "c", "d"]);
        assert_eq!(doc.span(1), 2..3);
        assert_eq!(doc.span(3), 7..8);
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

    /// Memory: a page dump has a line for every 60 bytes or so, and its per-line records must
    /// stay well under that.
    #[test]
    fn a_line_costs_a_twelve_byte_record() {
        assert_eq!(std::mem::size_of::<Record>(), 12);
    }

    #[test]
    fn a_line_too_long_for_a_record_keeps_its_span_and_text() {
        let long = format!("{}  ", "word ".repeat(20_000));
        let input = format!("short\n{long}\nend");
        let doc = Document::parse(&input);
        assert_eq!(doc.span(1), 6..6 + long.len());
        assert_eq!(doc.line(1), long.trim_end());
        assert_eq!(texts(&doc)[2], "end");
    }

    #[test]
    fn lines_that_normalisation_changes_keep_their_span() {
        let input = "plain  \r\nno\u{a0}break\n\u{feff}\n  kept indent\t";
        let doc = Document::parse(input);
        assert_eq!(texts(&doc), ["plain", "no break", "", "  kept indent"]);
        let spans: Vec<&str> = (0..doc.len()).map(|i| &input[doc.span(i)]).collect();
        assert_eq!(
            spans,
            ["plain  ", "no\u{a0}break", "\u{feff}", "  kept indent\t"]
        );
        assert!(doc.is_blank(2));
    }

    #[test]
    fn a_line_of_invisible_characters_is_kept_but_reads_as_blank() {
        let doc = Document::parse("One.\n\u{200b}\nTwo.\n");
        assert_eq!(texts(&doc), ["One.", "\u{200b}", "Two."]);
        assert!(doc.is_blank(1) && doc.lines().nth(1).unwrap().is_blank());
        assert_eq!(doc.paragraphs().len(), 2);
    }

    /// The pipeline cleans its own output as a subset of the document: no text is copied.
    #[test]
    fn a_subset_shares_its_document_s_text() {
        let doc = Document::parse("one\ntwo\u{a0}x\nthree\n");
        let origin = [0, 1];
        let subset = doc.subset(&origin);
        assert_eq!(texts(&subset), ["one", "two x"]);
        for (index, &from) in origin.iter().enumerate() {
            assert!(std::ptr::eq(subset.line(index), doc.line(from)));
            assert_eq!(subset.span(index), doc.span(from));
        }
    }

    #[test]
    fn byte_span_covers_lines_and_terminators_between() {
        let input = "one\r\ntwo\nthree";
        let doc = Document::parse(input);
        assert_eq!(&input[doc.byte_span(&(0..2))], "one\r\ntwo");
    }
}
