//! DFAs compiled at build time from the patterns in `src/patterns` (see `build.rs`).
//!
//! A pattern that is large, anchored at the start and free of word boundaries can be compiled
//! to a complete DFA once and for all: a sparse DFA of such a pattern takes tens of kilobytes,
//! shared by the threads, and searching it is a walk over the line. The alternative, a lazy
//! DFA, builds its states as lines meet them, in a cache per thread that grows to megabytes or,
//! capped, is cleared and rebuilt over and over; compiling the complete DFA when the program
//! starts would cost about 0.1 s per pattern.

use regex_automata::dfa::{sparse, Automaton};
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
    pub fn new(bytes: &'static [u8]) -> Self {
        PrebuiltDfa(
            sparse::DFA::from_bytes(bytes)
                .expect("build.rs wrote a valid DFA")
                .0,
        )
    }

    /// Whether the pattern matches at the start of `text` (anchored there; a `$` in the pattern
    /// anchors the end).
    pub fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).anchored(Anchored::Yes).earliest(true);
        self.0
            .try_search_fwd(&input)
            .expect("built without word boundaries, the DFA never quits")
            .is_some()
    }
}
