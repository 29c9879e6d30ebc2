//! The [`Filter`] trait: a named rule that reports lines to remove, each with a reason.
//!
//! A filter only reads the document and reports; the pipeline decides ownership (the first filter
//! to remove a line owns it) and rendering.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::blocks::{detect_profile, Profile};
use crate::document::Document;

/// What a filter sees: the document, its profile, and which lines earlier filters removed.
pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// [`Profile::Page`] or [`Profile::Article`], never `Auto`: resolved once per document.
    pub profile: Profile,
    removed: &'d [bool],
}

impl<'d, 'a> Context<'d, 'a> {
    /// A context whose profile is detected from the document.
    pub fn new(doc: &'d Document<'a>, removed: &'d [bool]) -> Self {
        Self::with_profile(doc, removed, detect_profile(doc))
    }

    pub fn with_profile(doc: &'d Document<'a>, removed: &'d [bool], profile: Profile) -> Self {
        let profile = match profile {
            Profile::Auto => detect_profile(doc),
            resolved => resolved,
        };
        Context {
            doc,
            profile,
            removed,
        }
    }

    pub fn is_removed(&self, line: usize) -> bool {
        self.removed[line]
    }

    /// Whether `line` contains one of `gate`'s patterns (leading whitespace ignored).
    pub fn passes(&self, line: usize, gate: &Gate) -> bool {
        self.doc.gate_flags(line) & gate.bit != 0
    }

    /// Indices of non-blank lines that no earlier filter removed, in order.
    pub fn live_lines(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.doc.len()).filter(|&i| !self.removed[i] && !self.doc.lines()[i].is_blank())
    }
}

/// A filter's request to remove a range of lines, with a human-readable reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Indices into [`Document::lines`], end exclusive.
    pub lines: Range<usize>,
    pub reason: String,
}

impl Finding {
    pub fn line(index: usize, reason: impl Into<String>) -> Self {
        Finding {
            lines: index..index + 1,
            reason: reason.into(),
        }
    }

    pub fn lines(lines: Range<usize>, reason: impl Into<String>) -> Self {
        Finding {
            lines,
            reason: reason.into(),
        }
    }
}

pub trait Filter: Send + Sync {
    /// Stable kebab-case id, used by `--disable`, `--only` and in every report.
    fn id(&self) -> &'static str;
    /// One line saying what the filter removes.
    fn summary(&self) -> &'static str;
    /// Reports the lines to remove. Must not report a line that is already removed.
    fn check(&self, cx: &Context) -> Vec<Finding>;
    /// Whether every decision depends on the line's own text alone (not on its neighbours, its
    /// position or the profile). Such a filter finds nothing new when the pipeline cleans its own
    /// output again, so the fixed-point passes skip it.
    fn line_local(&self) -> bool {
        false
    }
}

/// A filter's cheap literal pre-check: a line (without its leading whitespace) that contains
/// none of `patterns` cannot match the filter's rules and is not examined.
///
/// Performance: scanning every line for literals is a large share of the run time, so the gates
/// of all filters (listed in [`crate::filters::GATES`]) are searched together in one pass over
/// each line, once per document, and [`Context::passes`] reads the result.
pub struct Gate {
    /// The filter's bit in the per-line flags; gates sharing a bit form one pre-check.
    pub bit: u8,
    /// Whether ASCII letters match in either case; other characters always match exactly.
    pub ascii_case_insensitive: bool,
    pub patterns: &'static [&'static str],
}

/// Every gate's patterns in one automaton (ASCII case ignored); for each pattern its bit, and
/// the pattern itself when a match must also agree in case; and all bits together.
struct AllGates {
    automaton: AhoCorasick,
    patterns: Vec<(u8, Option<&'static str>)>,
    all: u8,
}

static ALL_GATES: LazyLock<AllGates> = LazyLock::new(|| {
    let gates = crate::filters::GATES;
    // A DFA: the fastest kind for overlapping search, and the pattern set is small.
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(gates.iter().flat_map(|gate| gate.patterns.iter()))
        .expect("valid gate patterns");
    let patterns = gates
        .iter()
        .flat_map(|gate| {
            let exact = !gate.ascii_case_insensitive;
            gate.patterns
                .iter()
                .map(move |&pattern| (gate.bit, exact.then_some(pattern)))
        })
        .collect();
    let all = gates.iter().fold(0, |bits, gate| bits | gate.bit);
    AllGates {
        automaton,
        patterns,
        all,
    }
});

/// The bits of the gates that `line` passes. Every match is looked at (overlapping search), so
/// a pattern inside another gate's match is still found.
pub(crate) fn gate_flags(line: &str) -> u8 {
    let gates = &*ALL_GATES;
    let text = crate::text::trim_start(line);
    let mut flags = 0;
    for found in gates.automaton.find_overlapping_iter(text) {
        let (bit, exact) = gates.patterns[found.pattern().as_usize()];
        if flags & bit != 0 || exact.is_some_and(|pattern| &text[found.range()] != pattern) {
            continue;
        }
        flags |= bit;
        if flags == gates.all {
            break;
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_search_like_their_own_automata() {
        let lines = [
            "Photo: AP",
            "happen to be",
            "  via Reuters",
            "© 2024 Example",
            "Comments (3)",
            "Watch on YouTube",
            "PA Wire",
            "pa wire",
        ];
        for line in lines {
            let mut expected = 0;
            for gate in crate::filters::GATES {
                let own = AhoCorasick::builder()
                    .ascii_case_insensitive(gate.ascii_case_insensitive)
                    .build(gate.patterns)
                    .unwrap();
                if own.is_match(line.trim_start()) {
                    expected |= gate.bit;
                }
            }
            assert_eq!(gate_flags(line), expected, "{line:?}");
        }
    }
}
