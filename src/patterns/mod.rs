//! Patterns that `build.rs` compiles ahead of time (see [`crate::prebuilt`]): `build.rs` includes
//! these files. Patterns only the prebuilt automata use are compiled into the crate for its
//! tests alone, which check the prebuilt automata against them.

#[cfg(test)]
pub mod comment_chrome;
#[cfg(test)]
pub mod date_line;
// What lists the gates' literals: build.rs and the tests that check them.
#[cfg_attr(not(test), allow(dead_code))]
pub mod gates;
/// The gates' literals as `build.rs` listed them ([`gates::source`]).
// `ALL` is for the tests that hold the gates to it.
#[cfg_attr(not(test), allow(dead_code))]
pub mod gate_literals {
    include!(concat!(env!("OUT_DIR"), "/gate_literals.rs"));
}
// What builds the screens: build.rs and the tests that check the screens against it.
#[cfg_attr(not(test), allow(dead_code))]
pub mod literals;
pub mod notices;
pub mod prompts;
pub mod relax;
#[cfg(test)]
pub mod sections;
pub mod slots;
