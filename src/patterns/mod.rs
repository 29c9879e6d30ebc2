//! Patterns that `build.rs` compiles ahead of time (see [`crate::prebuilt`]): `build.rs` includes
//! these files. Patterns only the prebuilt automata use are compiled into the crate for its
//! tests alone, which check the prebuilt automata against them.

#[cfg(test)]
pub mod comment_chrome;
#[cfg(test)]
pub mod date_line;
pub mod gates;
pub mod prompts;
pub mod relax;
