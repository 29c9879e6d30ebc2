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
//! prompt gates and section names) are compiled here too, and the automata are read in place,
//! without copying or checking them (see [`PrebuiltDfa::sparse`]).

use regex_automata::dfa::{dense, sparse, Automaton};
use regex_automata::util::start;
use regex_automata::{Anchored, Input};

/// A DFA embedded in the binary, searched anchored at the start of the text: sparse (small, a
/// few comparisons a byte) or, for a DFA that every line walks, dense (one lookup a byte).
pub struct PrebuiltDfa<A = sparse::DFA<&'static [u8]>>(A);

/// A dense [`PrebuiltDfa`].
pub type DenseDfa = PrebuiltDfa<dense::DFA<&'static [u32]>>;

/// The bytes of `$OUT_DIR/<file>`, aligned for reading 32-bit words in place.
macro_rules! out_dir_bytes {
    ($file:expr) => {{
        #[repr(C)]
        struct Aligned<B: ?Sized> {
            _align: [u32; 0],
            bytes: B,
        }
        static ALIGNED: &Aligned<[u8]> = &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/", $file)),
        };
        &ALIGNED.bytes
    }};
}
pub(crate) use out_dir_bytes;

/// The sparse DFA that `build.rs` wrote to `$OUT_DIR/<name>.dfa`.
macro_rules! prebuilt_dfa {
    ($name:literal) => {
        $crate::prebuilt::PrebuiltDfa::sparse($crate::prebuilt::out_dir_bytes!(concat!(
            $name, ".dfa"
        )))
    };
}
pub(crate) use prebuilt_dfa;

/// The dense DFA that `build.rs` wrote to `$OUT_DIR/<name>.dense`.
macro_rules! prebuilt_dense_dfa {
    ($name:literal) => {
        $crate::prebuilt::PrebuiltDfa::dense($crate::prebuilt::out_dir_bytes!(concat!(
            $name, ".dense"
        )))
    };
}
pub(crate) use prebuilt_dense_dfa;

impl PrebuiltDfa {
    /// The sparse DFA serialised in `bytes`, which `build.rs` wrote with this build's
    /// `regex-automata`.
    ///
    /// The transitions are not checked here: checking costs about a millisecond per 100 KB of
    /// DFA, as much as cleaning a small file, in every process. The header still is (format,
    /// version, endianness), and the tests check every embedded DFA in full
    /// (`prebuilt_dfas_are_valid`).
    pub fn sparse(bytes: &'static [u8]) -> Self {
        // SAFETY: `bytes` is a DFA that `build.rs` serialised with `to_bytes_*_endian` of the
        // same `regex-automata` (one version in `Cargo.lock` serves both), for the target's
        // endianness, and embedded unchanged; such bytes are a valid DFA, which
        // `sparse::DFA::from_bytes` confirms in the tests.
        let (dfa, _) =
            unsafe { sparse::DFA::from_bytes_unchecked(bytes) }.expect("build.rs wrote a DFA");
        PrebuiltDfa(dfa)
    }
}

impl DenseDfa {
    /// The dense DFA serialised in `bytes` (aligned to 4 bytes), read in place and unchecked as
    /// [`PrebuiltDfa::sparse`] is.
    pub fn dense(bytes: &'static [u8]) -> Self {
        // SAFETY: as for `PrebuiltDfa::sparse`; `dense::DFA::from_bytes` confirms it in the
        // tests.
        let (dfa, _) =
            unsafe { dense::DFA::from_bytes_unchecked(bytes) }.expect("build.rs wrote a DFA");
        PrebuiltDfa(dfa)
    }
}

impl<A: Automaton> PrebuiltDfa<A> {
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
}

/// An unanchored multi-literal automaton (Aho-Corasick, ASCII case ignored) that `build.rs`
/// compiled to a transition table (format in `literal_automaton` of `build.rs`), read in place.
///
/// Building the same automaton at run time takes longer than cleaning a small file; its table
/// of a few hundred kilobytes costs nothing until a line walks it.
pub struct LiteralAutomaton {
    classes: &'static [u8; 256],
    /// Row after row, the next state's row offset for each byte class.
    transitions: &'static [u32],
    /// Transitions a row: one per byte class.
    stride: u32,
    /// The first match state's row offset: rows from there on are match states.
    first_match: u32,
    start: u32,
    /// The end of each match state's literals in `literals`.
    ends: &'static [u32],
    /// The literals (indices) that end at each match state, one list after another.
    literals: &'static [u32],
    literal_count: usize,
}

/// The literal automaton that `build.rs` wrote to `$OUT_DIR/<name>.lit`.
macro_rules! literal_automaton {
    ($name:literal) => {
        $crate::prebuilt::LiteralAutomaton::new($crate::prebuilt::out_dir_bytes!(concat!(
            $name, ".lit"
        )))
    };
}
pub(crate) use literal_automaton;

/// A row offset: a state.
pub type LiteralState = u32;

impl LiteralAutomaton {
    /// The automaton in `table`, 4-byte aligned words of the target's endianness. Reading a
    /// table that is not one is a logic error, not undefined behaviour: every read is
    /// bounds-checked.
    pub fn new(table: &'static [u8]) -> Self {
        // SAFETY: any four bytes are a valid `u32`; `align_to` only splits off what is not
        // aligned, which the assertion rules out.
        let (unaligned, words, rest) = unsafe { table.align_to::<u32>() };
        assert!(
            unaligned.is_empty() && rest.is_empty(),
            "an aligned table of words"
        );
        assert_eq!(
            words[0],
            u32::from_ne_bytes(*b"DBLA"),
            "a literal automaton"
        );
        let [states, stride, first_match, start, literal_count] =
            [1, 2, 3, 4, 5].map(|at| words[at] as usize);
        const HEADER: usize = 6;
        let classes = table[4 * HEADER..4 * HEADER + 256]
            .try_into()
            .expect("256 byte classes");
        let words = &words[HEADER + 256 / 4..];
        let (transitions, words) = words.split_at(states * stride);
        let (ends, literals) = words.split_at(states - first_match / stride);
        assert_eq!(
            ends.last().map_or(0, |&end| end as usize),
            literals.len(),
            "the literal lists fill the table"
        );
        LiteralAutomaton {
            classes,
            transitions,
            stride: stride as u32,
            first_match: first_match as u32,
            start: start as u32,
            ends,
            literals,
            literal_count,
        }
    }

    /// How many literals the automaton finds.
    pub fn literal_count(&self) -> usize {
        self.literal_count
    }

    pub fn start(&self) -> LiteralState {
        self.start
    }

    /// The state after `byte`.
    #[inline]
    pub fn next(&self, state: LiteralState, byte: u8) -> LiteralState {
        self.transitions[(state + u32::from(self.classes[usize::from(byte)])) as usize]
    }

    /// Whether some literal ends at `state`.
    #[inline]
    pub fn is_match(&self, state: LiteralState) -> bool {
        state >= self.first_match
    }

    /// The literals (their indices) that end at the match state `state`.
    pub fn matches(&self, state: LiteralState) -> impl Iterator<Item = usize> + '_ {
        let nth = ((state - self.first_match) / self.stride) as usize;
        let start = if nth == 0 { 0 } else { self.ends[nth - 1] };
        let end = self.ends[nth];
        self.literals[start as usize..end as usize]
            .iter()
            .map(|&literal| literal as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every DFA `build.rs` wrote, checked in full (at run time only its header is).
    #[test]
    fn prebuilt_dfas_are_valid() {
        for name in [
            "comment_chrome",
            "date_line",
            "labelled_date_line",
            "known_section",
        ] {
            let bytes = std::fs::read(format!("{}/{name}.dfa", env!("OUT_DIR"))).unwrap();
            assert!(sparse::DFA::from_bytes(&bytes).is_ok(), "{name}");
        }
        let dense = out_dir_bytes!("prompt_gates.dense");
        assert!(dense::DFA::from_bytes(dense).is_ok(), "prompt_gates");
    }

    /// Every transition of a literal automaton leads to a state, and every match state lists
    /// literals that exist.
    #[test]
    fn literal_automata_are_well_formed() {
        for automaton in [
            literal_automaton!("gates"),
            literal_automaton!("notice_screen"),
        ] {
            let row = automaton.stride as usize;
            assert_eq!(automaton.transitions.len() % row, 0);
            for state in (0..automaton.transitions.len()).step_by(row) {
                let state = state as u32;
                for byte in 0..=255u8 {
                    let next = automaton.next(state, byte);
                    assert_eq!(next as usize % row, 0);
                    assert!((next as usize) < automaton.transitions.len());
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
}
