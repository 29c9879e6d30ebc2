//! Automata compiled at build time from the patterns in `src/patterns` (see `build.rs`).
//!
//! A pattern that is large, anchored at the start and free of word boundaries can be compiled
//! to a complete DFA once and for all: a sparse DFA of such a pattern takes tens of kilobytes,
//! shared by the threads, and searching it is a walk over the line. The alternative, a lazy
//! DFA, builds its states as lines meet them, in a cache per thread that grows to megabytes or,
//! capped, is cleared and rebuilt over and over; compiling the complete DFA when the program
//! starts would cost about 0.1 s per pattern.
//!
//! Start-up: compiling a pattern at run time costs a process that cleans one small file more
//! than the cleaning, so the patterns every document meets (the gates' literals, page-chrome's
//! prompt gates) are compiled here too, and the automata are read in place, without copying or
//! checking them (see [`PrebuiltDfa::new`]).

use regex_automata::dfa::{sparse, Automaton};
use regex_automata::util::start;
use regex_automata::{Anchored, Input};

/// A sparse DFA embedded in the binary, searched anchored at the start of the text.
pub struct PrebuiltDfa(sparse::DFA<&'static [u8]>);

/// The DFA that `build.rs` wrote to `$OUT_DIR/<name>.dfa`.
macro_rules! prebuilt_dfa {
    ($name:literal) => {
        $crate::prebuilt::PrebuiltDfa::new(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $name,
            ".dfa"
        )))
    };
}
pub(crate) use prebuilt_dfa;

impl PrebuiltDfa {
    /// The DFA serialised in `bytes`, which `build.rs` wrote with this build's `regex-automata`.
    ///
    /// The transitions are not checked here: checking costs about a millisecond per 100 KB of
    /// DFA, as much as cleaning a small file, in every process. The header still is (format,
    /// version, endianness), and the tests check every embedded DFA in full
    /// (`prebuilt_dfas_are_valid`).
    pub fn new(bytes: &'static [u8]) -> Self {
        // SAFETY: `bytes` is a DFA that `build.rs` serialised with `to_bytes_*_endian` of the
        // same `regex-automata` (one version in `Cargo.lock` serves both), for the target's
        // endianness, and embedded unchanged with `include_bytes!`; such bytes are a valid DFA,
        // which `sparse::DFA::from_bytes` confirms in the tests.
        let (dfa, _) =
            unsafe { sparse::DFA::from_bytes_unchecked(bytes) }.expect("build.rs wrote a DFA");
        PrebuiltDfa(dfa)
    }

    /// Whether the pattern (any of them) matches at the start of `text` (anchored there; a `$`
    /// in the pattern anchors the end).
    pub fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).anchored(Anchored::Yes).earliest(true);
        self.0
            .try_search_fwd(&input)
            .expect("built without word boundaries, the DFA never quits")
            .is_some()
    }

    /// The patterns that match at the start of `text`, bit `i` for pattern `i`, for a DFA of at
    /// most 64 patterns built to report all of them (`MatchKind::All`).
    pub fn matches(&self, text: &str) -> u64 {
        let dfa = &self.0;
        let mut found = 0;
        let mut record = |state| {
            for i in 0..dfa.match_len(state) {
                found |= 1 << dfa.match_pattern(state, i).as_usize();
            }
        };
        let mut state = dfa
            .start_state(&start::Config::new().anchored(Anchored::Yes))
            .expect("an anchored start state");
        for &byte in text.as_bytes() {
            state = dfa.next_state(state, byte);
            if dfa.is_special_state(state) {
                if dfa.is_dead_state(state) {
                    return found;
                }
                if dfa.is_match_state(state) {
                    record(state);
                }
            }
        }
        state = dfa.next_eoi_state(state);
        if dfa.is_match_state(state) {
            record(state);
        }
        found
    }

    /// The DFA, checked in full.
    #[cfg(test)]
    pub fn checked(bytes: &[u8]) -> Result<(), regex_automata::util::wire::DeserializeError> {
        sparse::DFA::from_bytes(bytes).map(|_| ())
    }
}

/// An unanchored multi-literal automaton (Aho-Corasick, ASCII case ignored) that `build.rs`
/// compiled to a transition table (format in `literal_automaton` of `build.rs`), read in place.
///
/// Building the same automaton at run time takes longer than cleaning a small file; its table
/// of a few hundred kilobytes costs nothing until a line walks it.
pub struct LiteralAutomaton {
    table: &'static [u8],
    stride2: u32,
    classes: &'static [u8],
    /// The offset of the transitions, and of the first match state's row: rows from there on
    /// are match states.
    transitions: usize,
    first_match: u32,
    start: u32,
    /// The offsets of the match states' list ends, and of the list of literal indices.
    ends: usize,
    literals: usize,
    literal_count: usize,
}

/// The literal automaton that `build.rs` wrote to `$OUT_DIR/<name>.lit`.
macro_rules! literal_automaton {
    ($name:literal) => {
        $crate::prebuilt::LiteralAutomaton::new(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $name,
            ".lit"
        )))
    };
}
pub(crate) use literal_automaton;

/// A row offset: a state.
pub type LiteralState = u32;

impl LiteralAutomaton {
    /// The automaton in `bytes`. Reading a table that is not one is a logic error, not
    /// undefined behaviour: every read is bounds-checked.
    pub fn new(table: &'static [u8]) -> Self {
        let word =
            |at: usize| u32::from_le_bytes(table[4 * at..4 * at + 4].try_into().expect("4 bytes"));
        assert_eq!(word(0), u32::from_le_bytes(*b"DBLA"), "a literal automaton");
        let states = word(1) as usize;
        let stride2 = word(2);
        let first_match = word(3);
        let classes = 6 * 4;
        let transitions = classes + 256;
        let ends = transitions + 4 * (states << stride2);
        let match_states = states - (first_match >> stride2) as usize;
        let literals = ends + 4 * match_states;
        LiteralAutomaton {
            table,
            stride2,
            classes: &table[classes..transitions],
            transitions,
            first_match,
            start: word(4),
            ends,
            literals,
            literal_count: word(5) as usize,
        }
    }

    /// How many literals the automaton finds.
    pub fn literal_count(&self) -> usize {
        self.literal_count
    }

    pub fn start(&self) -> LiteralState {
        self.start
    }

    fn word(&self, offset: usize) -> u32 {
        u32::from_le_bytes(self.table[offset..offset + 4].try_into().expect("4 bytes"))
    }

    /// The state after `byte`.
    #[inline]
    pub fn next(&self, state: LiteralState, byte: u8) -> LiteralState {
        let class = u32::from(self.classes[usize::from(byte)]);
        self.word(self.transitions + 4 * (state + class) as usize)
    }

    /// Whether some literal ends at `state`.
    #[inline]
    pub fn is_match(&self, state: LiteralState) -> bool {
        state >= self.first_match
    }

    /// The literals (their indices) that end at the match state `state`.
    pub fn matches(&self, state: LiteralState) -> impl Iterator<Item = usize> + '_ {
        let nth = ((state - self.first_match) >> self.stride2) as usize;
        let start = if nth == 0 {
            0
        } else {
            self.word(self.ends + 4 * (nth - 1)) as usize
        };
        let end = self.word(self.ends + 4 * nth) as usize;
        (start..end).map(|i| self.word(self.literals + 4 * i) as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every DFA `build.rs` wrote, checked in full (at run time only its header is).
    #[test]
    fn prebuilt_dfas_are_valid() {
        macro_rules! bytes {
            ($name:literal) => {
                include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".dfa")).as_slice()
            };
        }
        let dfas = [
            ("comment_chrome", bytes!("comment_chrome")),
            ("date_line", bytes!("date_line")),
            ("labelled_date_line", bytes!("labelled_date_line")),
            ("prompt_gates", bytes!("prompt_gates")),
            ("known_section", bytes!("known_section")),
        ];
        for (name, bytes) in dfas {
            assert!(PrebuiltDfa::checked(bytes).is_ok(), "{name}");
        }
    }

    /// Every transition of the literal automaton leads to a state, and every match state lists
    /// literals that exist.
    #[test]
    fn literal_automata_are_well_formed() {
        for automaton in [
            literal_automaton!("gates"),
            literal_automaton!("notice_screen"),
        ] {
            assert_well_formed(&automaton);
        }
    }

    fn assert_well_formed(automaton: &LiteralAutomaton) {
        let rows = (automaton.ends - automaton.transitions) / (4 << automaton.stride2);
        for row in 0..rows {
            let state = (row as u32) << automaton.stride2;
            for byte in 0..=255u8 {
                let next = automaton.next(state, byte);
                assert_eq!(next % (1 << automaton.stride2), 0);
                assert!(automaton.transitions + 4 * (next as usize) < automaton.ends);
            }
            if automaton.is_match(state) {
                assert!(automaton.matches(state).count() > 0);
                assert!(automaton
                    .matches(state)
                    .all(|literal| literal < automaton.literal_count()));
            }
        }
    }
}
