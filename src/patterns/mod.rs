//! Patterns compiled at build time to DFAs (see `build.rs` and [`crate::prebuilt`]). `build.rs`
//! includes these files; the crate compiles them only for its tests, which check the prebuilt
//! DFAs against the patterns.

pub mod comment_chrome;
pub mod date_line;
