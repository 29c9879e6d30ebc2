//! The [`Filter`] trait: a named rule that reports lines to remove, each with a reason.
//!
//! A filter only reads the document and reports; the pipeline decides ownership (the first filter
//! to remove a line owns it) and rendering.

use std::ops::Range;
use std::sync::{Arc, LazyLock};

use crate::blocks::{detect_profile, Profile};
use crate::document::Document;
use crate::filters::site_boilerplate::SiteView;
use crate::prebuilt::{literal_automaton, LiteralAutomaton};

/// What a filter sees: the document, its profile, and which lines earlier filters removed.
pub struct Context<'d, 'a> {
    /// The document being cleaned.
    pub doc: &'d Document<'a>,
    /// [`Profile::Page`] or [`Profile::Article`], never `Auto`: resolved once per document.
    pub profile: Profile,
    removed: &'d [bool],
    /// The document's group in a site profile, when it is cleaned as a member of one.
    site: Option<SiteView<'d>>,
}

impl<'d, 'a> Context<'d, 'a> {
    /// A context whose profile is detected from the document.
    pub fn new(doc: &'d Document<'a>, removed: &'d [bool]) -> Self {
        Self::with_profile(doc, removed, detect_profile(doc))
    }

    /// A context with this profile (detected from the document when [`Profile::Auto`]);
    /// `removed[i]` says whether an earlier filter removed line `i`.
    pub fn with_profile(doc: &'d Document<'a>, removed: &'d [bool], profile: Profile) -> Self {
        let profile = match profile {
            Profile::Auto => detect_profile(doc),
            resolved => resolved,
        };
        Context {
            doc,
            profile,
            removed,
            site: None,
        }
    }

    /// The context of a document cleaned as a member of a group (see
    /// [`crate::Cleaner::clean_in_group`]).
    #[doc(hidden)]
    pub fn with_site(mut self, site: Option<SiteView<'d>>) -> Self {
        self.site = site;
        self
    }

    /// The document's group and the rule for its repeated lines, if it has a group.
    #[doc(hidden)]
    pub fn site(&self) -> Option<&SiteView<'d>> {
        self.site.as_ref()
    }

    /// Whether the document's group repeats `line` often enough to be its boilerplate (what the
    /// `site-boilerplate` filter removes); `false` without a group.
    pub fn is_site_boilerplate(&self, line: usize) -> bool {
        self.site.as_ref().is_some_and(|site| {
            site.pages_with(self.doc.line(line))
                .is_some_and(|count| site.rule.removes(count, site.group.pages()))
        })
    }

    /// Whether an earlier filter removed line `line`.
    pub fn is_removed(&self, line: usize) -> bool {
        self.removed[line]
    }

    /// Whether `line` contains one of `gate`'s patterns (leading whitespace ignored).
    #[doc(hidden)]
    pub fn passes(&self, line: usize, gate: &Gate) -> bool {
        self.doc.gate_flags(line) & gate.bit != 0
    }

    /// Indices of non-blank lines that no earlier filter removed, in order.
    pub fn live_lines(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.doc.len()).filter(|&i| !self.removed[i] && !self.doc.is_blank(i))
    }
}

/// A filter's request to remove a range of lines, with a human-readable reason and, optionally,
/// the [`Rule`] of the filter that found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Indices into [`Document::lines`], end exclusive.
    pub lines: Range<usize>,
    /// Shared, not copied, by the removals made from it: a filter that removes many lines for
    /// one reason (a page dump's menus) makes one string.
    pub reason: Arc<str>,
    /// The [`Rule::id`] of the rule that found the lines, one of the filter's
    /// [`rules`](Filter::rules); `None` for a filter that names no rules, whose removals then
    /// carry the filter's id as their rule (see [`Removal::rule`](crate::Removal::rule)).
    pub rule: Option<&'static str>,
}

impl Finding {
    /// A request to remove line `index` (by no named rule: see [`with_rule`](Self::with_rule)).
    pub fn line(index: usize, reason: impl Into<Arc<str>>) -> Self {
        Self::lines(index..index + 1, reason)
    }

    /// A request to remove the lines `lines` (indices, end exclusive; by no named rule).
    pub fn lines(lines: Range<usize>, reason: impl Into<Arc<str>>) -> Self {
        Finding {
            lines,
            reason: reason.into(),
            rule: None,
        }
    }

    /// The same request, made by `rule` (one of the filter's [`rules`](Filter::rules)):
    /// `Finding::line(i, "names a sponsor").with_rule(SPONSOR_LINE)`.
    pub fn with_rule(mut self, rule: Rule) -> Self {
        self.rule = Some(rule.id);
        self
    }
}

/// One kind of finding within a filter, such as `byline` in `author-bio`: `--explain` names it
/// as `filter/rule` (`author-bio/byline`), and `deboiler --list-rules` lists every rule with its
/// summary.
///
/// A caller's filter names its rules the same way:
///
/// ```
/// use deboiler::{Cleaner, Context, Filter, Finding, Rule};
///
/// struct Sponsored;
///
/// const SPONSOR_LINE: Rule = Rule::new("sponsor-line", "a line that names a sponsor");
///
/// impl Filter for Sponsored {
///     fn id(&self) -> &'static str {
///         "sponsored"
///     }
///     fn summary(&self) -> &'static str {
///         "Lines that announce a sponsor"
///     }
///     fn rules(&self) -> &'static [Rule] {
///         &[SPONSOR_LINE]
///     }
///     fn check(&self, cx: &Context) -> Vec<Finding> {
///         cx.live_lines()
///             .filter(|&i| cx.doc.line(i).starts_with("Sponsored by "))
///             .map(|i| SPONSOR_LINE.line(i))
///             .collect()
///     }
/// }
///
/// let cleaned = Cleaner::default()
///     .with_filter(Sponsored)
///     .clean("The bridge reopened on Monday.\nSponsored by a bank.\n");
/// assert_eq!(cleaned.removals[0].rule_path(), "sponsored/sponsor-line");
/// assert_eq!(&*cleaned.removals[0].reason, "a line that names a sponsor");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    /// Short kebab-case name, unique within its filter (`byline`).
    pub id: &'static str,
    /// One line saying what the rule matches. [`Rule::line`] gives it as the reason.
    pub summary: &'static str,
}

impl Rule {
    /// A rule named `id` that matches what `summary` says.
    pub const fn new(id: &'static str, summary: &'static str) -> Self {
        Rule { id, summary }
    }

    /// A request by this rule to remove line `index`, with the rule's summary as the reason.
    pub fn line(self, index: usize) -> Finding {
        Finding::line(index, self.summary).with_rule(self)
    }
}

/// A rule that finds lines to remove, each with a reason: the built-in filters implement it,
/// and so can a caller's, added with [`Cleaner::with_filter`](crate::Cleaner::with_filter).
pub trait Filter: Send + Sync {
    /// Stable kebab-case id, used by `--disable`, `--only` and in every report.
    fn id(&self) -> &'static str;
    /// One line saying what the filter removes.
    fn summary(&self) -> &'static str;
    /// Reports the lines to remove. Must not report a line that is already removed.
    fn check(&self, cx: &Context) -> Vec<Finding>;
    /// The kinds of finding this filter reports ([`Finding::rule`] is one of their ids). A
    /// filter that names none (the default) reports findings without a rule, and its removals
    /// carry the filter's id as their rule.
    fn rules(&self) -> &'static [Rule] {
        &[]
    }
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
/// of all filters (listed in `crate::filters::GATES`) are searched together in one pass over
/// each line, once per document, and [`Context::passes`] reads the result.
pub struct Gate {
    /// The filter's bit in the per-line flags; gates sharing a bit form one pre-check.
    pub bit: u8,
    /// Whether ASCII letters match in either case; other characters always match exactly.
    pub ascii_case_insensitive: bool,
    pub patterns: &'static [&'static str],
}

/// Every gate's patterns in one automaton (ASCII case ignored, compiled by `build.rs` from
/// `src/patterns/gates.rs`); for each pattern its bit, and the pattern itself when a match must
/// also agree in case; and all bits together.
struct AllGates {
    automaton: LiteralAutomaton,
    patterns: Vec<(u8, Option<&'static str>)>,
    all: u8,
}

static ALL_GATES: LazyLock<AllGates> = LazyLock::new(|| {
    let gates = crate::filters::GATES;
    // A DFA walked by hand (see `gate_flags`), without a prefilter: the patterns start with too
    // many different bytes for one to skip much.
    let automaton = literal_automaton!("gates");
    let patterns: Vec<_> = gates
        .iter()
        .flat_map(|gate| {
            let exact = !gate.ascii_case_insensitive;
            gate.patterns
                .iter()
                .map(move |&pattern| (gate.bit, exact.then_some(pattern)))
        })
        .collect();
    assert_eq!(
        automaton.literal_count(),
        patterns.len(),
        "the gates are those of src/patterns/gates.rs"
    );
    let all = gates.iter().fold(0, |bits, gate| bits | gate.bit);
    AllGates {
        automaton,
        patterns,
        all,
    }
});

/// The bits of the gates that `line` passes. Every match is looked at (overlapping search), so
/// a pattern inside another gate's match is still found.
///
/// Performance: this runs on every line, one transition per byte.
pub(crate) fn gate_flags(line: &str) -> u8 {
    let gates = &*ALL_GATES;
    let automaton = &gates.automaton;
    let text = crate::text::trim_start(line).as_bytes();
    let mut state = automaton.start();
    let mut flags = 0;
    for (at, &byte) in text.iter().enumerate() {
        state = automaton.next(state, byte);
        if !automaton.is_match(state) {
            continue;
        }
        for index in automaton.matches(state) {
            let (bit, exact) = gates.patterns[index];
            if flags & bit != 0
                || exact
                    .is_some_and(|pattern| text[at + 1 - pattern.len()..=at] != *pattern.as_bytes())
            {
                continue;
            }
            flags |= bit;
            if flags == gates.all {
                return flags;
            }
        }
    }
    flags
}

/// Which of up to 64 rules (regex patterns) a line can match: the rules whose required
/// literals it contains. A rule is screened out only when the line lacks every literal one of
/// which each of its matches must contain, so a screened-out rule cannot match.
///
/// Performance: publisher-notice tries 38 rules, each a lazy-DFA scan, on every line that
/// passes its [`Gate`]; one overlapping literal search finds the few rules worth trying. The
/// literals are read from the rules' syntax trees and compiled into an automaton by `build.rs`
/// (`rule_screen` in `src/patterns/literals.rs`): parsing the rules and building the automaton
/// cost more than cleaning a small file.
pub(crate) struct RuleScreen {
    automaton: LiteralAutomaton,
    /// Rules without a required literal set (always tried), then for each literal the rules
    /// that require it (or another literal of their set): little-endian u64s.
    rules: &'static [u8],
}

impl RuleScreen {
    /// The screen `build.rs` wrote: its automaton and its rules.
    pub(crate) fn new(automaton: LiteralAutomaton, rules: &'static [u8]) -> Self {
        assert_eq!(
            rules.len(),
            8 * (1 + automaton.literal_count()),
            "a rule set per literal"
        );
        RuleScreen { automaton, rules }
    }

    fn rules(&self, at: usize) -> u64 {
        u64::from_le_bytes(self.rules[8 * at..8 * at + 8].try_into().expect("8 bytes"))
    }

    /// The rules (bit `i` for rule `i`) that `line` may match.
    pub(crate) fn candidates(&self, line: &str) -> u64 {
        let automaton = &self.automaton;
        let mut rules = self.rules(0);
        let mut state = automaton.start();
        for &byte in line.as_bytes() {
            state = automaton.next(state, byte);
            if automaton.is_match(state) {
                for literal in automaton.matches(state) {
                    rules |= self.rules(1 + literal);
                }
            }
        }
        rules
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind};

    #[test]
    fn the_gates_are_those_build_rs_compiles() {
        let gates: Vec<&[&str]> = crate::filters::GATES
            .iter()
            .map(|gate| gate.patterns)
            .collect();
        assert_eq!(gates, crate::patterns::gates::ALL);
    }

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

    /// The earlier `gate_flags`: an overlapping `find_overlapping_iter` over every pattern.
    fn reference_gate_flags(line: &str) -> u8 {
        static REFERENCE: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(
                    crate::filters::GATES
                        .iter()
                        .flat_map(|gate| gate.patterns.iter()),
                )
                .unwrap()
        });
        let gates = &*ALL_GATES;
        let text = crate::text::trim_start(line);
        let mut flags = 0;
        for found in REFERENCE.find_overlapping_iter(text) {
            let (bit, exact) = gates.patterns[found.pattern().as_usize()];
            if exact.is_none_or(|pattern| &text[found.range()] == pattern) {
                flags |= bit;
            }
        }
        flags
    }

    /// Pieces of lines: gate patterns in mixed case and their substrings, filler, punctuation,
    /// non-ASCII letters (the Kelvin sign and long s fold to ASCII elsewhere) and whitespace.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let patterns: Vec<&'static str> = crate::filters::GATES
            .iter()
            .flat_map(|gate| gate.patterns.iter().copied())
            .collect();
        let cased = (proptest::sample::select(patterns.clone()), any::<u64>()).prop_map(
            |(pattern, cases)| {
                pattern
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if cases >> (i % 64) & 1 == 1 {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .collect()
            },
        );
        let part = (
            proptest::sample::select(patterns.clone()),
            any::<usize>(),
            any::<usize>(),
        )
            .prop_map(|(pattern, a, b)| {
                let chars: Vec<char> = pattern.chars().collect();
                let start = a % (chars.len() + 1);
                let end = start + b % (chars.len() + 1 - start);
                chars[start..end].iter().collect()
            });
        let other = proptest::sample::select(vec![
            "the", "news", "a", "and", " ", "  ", "\t", "\u{a0}", ".", ",", ":", "(", ")", "@",
            "/", "|", "-", "©", "\u{212a}", "\u{17f}", "é", "ü", "ß", "я", "♬", "\n", "AP", "Pa",
        ])
        .prop_map(str::to_owned);
        prop_oneof![pattern_strategy(patterns), cased, part, other]
    }

    fn pattern_strategy(
        patterns: Vec<&'static str>,
    ) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        proptest::sample::select(patterns).prop_map(str::to_owned)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        #[test]
        fn gate_flags_match_the_reference(pieces in proptest::collection::vec(piece(), 0..12)) {
            let line = pieces.concat();
            proptest::prop_assert_eq!(gate_flags(&line), reference_gate_flags(&line), "{:?}", line);
        }
    }
}
