//! The filters' literal gates: one pass over each line finds every gate it passes, so that a
//! filter runs its patterns only on lines that contain one of its literals.
//!
//! The literals are data (`src/patterns/gates.rs` and the vocabulary, `lang/*.toml`, which
//! `build.rs` compiles into one automaton and lists in `$OUT_DIR/gate_literals.rs`); this module
//! numbers them, keeps each line's bits with the document ([`GateFlags`]) and answers
//! [`Context::passes`](crate::filter::Context::passes).

use std::sync::LazyLock;

use crate::document::{Document, LineAnalysis};
use crate::patterns::gate_literals as gates;
use crate::prebuilt::{literal_automaton, LiteralAutomaton};

/// A filter's cheap literal pre-check: a line (without its leading whitespace) that contains
/// none of `patterns` cannot match the filter's rules and is not examined.
///
/// Performance: scanning every line for literals is a large share of the run time, so the gates
/// of all filters (listed in [`GATES`]) are searched together in one pass over
/// each line, once per document, and [`Context::passes`](crate::filter::Context::passes) reads the result.
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
    let gates = GATES;
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

/// Cheap gate: a line can only be an embed remnant of a strong kind if it contains one of these.
pub(crate) static SOCIAL_EMBED: Gate = Gate {
    bit: 1 << 0,
    ascii_case_insensitive: true,
    patterns: gates::SOCIAL_EMBED,
};

/// Cheap gate: only lines containing one of these go through the regexes.
pub(crate) static COPYRIGHT: Gate = Gate {
    bit: 1 << 1,
    ascii_case_insensitive: true,
    patterns: gates::COPYRIGHT,
};

/// Cheap pre-check: a line without any of these cannot match.
pub(crate) static COMMENT_POLICY: Gate = Gate {
    bit: 1 << 2,
    ascii_case_insensitive: true,
    patterns: gates::COMMENT_POLICY,
};

/// Cheap pre-check: a credit contains a label, an agency name, a slash, a pipe or `©`.
pub(crate) static CAPTION_CREDIT: Gate = Gate {
    bit: 1 << 3,
    ascii_case_insensitive: true,
    patterns: gates::CAPTION_CREDIT,
};

/// Agency acronyms, matched case-sensitively so that "ap" in "happen" does not trigger.
pub(crate) static CAPTION_CREDIT_ACRONYMS: Gate = Gate {
    bit: 1 << 3,
    ascii_case_insensitive: false,
    patterns: gates::CAPTION_CREDIT_ACRONYMS,
};

/// Cheap pre-check: a line without any of these cannot match a rule except the timestamp, which
/// has its own byte check (`is_machine_timestamp`).
pub(crate) static PUBLISHER_NOTICE: Gate = Gate {
    bit: 1 << 4,
    ascii_case_insensitive: true,
    patterns: gates::PUBLISHER_NOTICE,
};

/// Every gate, in the order of `gates::ALL`: the automaton numbers the literals in this order.
pub(crate) static GATES: [&Gate; 6] = [
    &SOCIAL_EMBED,
    &COPYRIGHT,
    &COMMENT_POLICY,
    &CAPTION_CREDIT,
    &CAPTION_CREDIT_ACRONYMS,
    &PUBLISHER_NOTICE,
];

/// The gates each line of a document passes, one bit per gate, kept with the document.
pub(crate) struct GateFlags;

impl LineAnalysis for GateFlags {
    type Table = Vec<u8>;
    type Value = u8;

    fn table(doc: &Document) -> Vec<u8> {
        doc.per_line(gate_flags)
    }

    fn get(table: &Vec<u8>, index: usize) -> u8 {
        table[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind};

    #[test]
    fn gates_do_not_depend_on_leading_whitespace() {
        // Gates are searched in the line without its indentation: a pattern may not start
        // with a space unless its filter trims the line anyway (caption-credit).
        for gate in GATES {
            for pattern in gate.patterns {
                let trimmed_by_filter = std::ptr::eq(gate, &CAPTION_CREDIT);
                assert!(trimmed_by_filter || !pattern.starts_with(char::is_whitespace));
            }
        }
    }

    #[test]
    fn the_gates_are_those_build_rs_compiles() {
        let gates: Vec<&[&str]> = GATES.iter().map(|gate| gate.patterns).collect();
        assert_eq!(gates, crate::patterns::gate_literals::ALL);
        let vocabulary = crate::patterns::gates::Vocabulary {
            rights_phrases: crate::vocabulary::RIGHTS_PHRASES,
        };
        let listed = crate::patterns::gates::source(&crate::patterns::gates::all(&vocabulary));
        let generated = include_str!(concat!(env!("OUT_DIR"), "/gate_literals.rs"));
        assert_eq!(listed, generated);
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
            for gate in GATES {
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
                .build(GATES.iter().flat_map(|gate| gate.patterns.iter()))
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
        let patterns: Vec<&'static str> = GATES
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
