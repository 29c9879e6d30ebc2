//! Rule screens: which of a filter's regex rules a line can match, found by one literal pass.

use crate::prebuilt::LiteralAutomaton;

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
