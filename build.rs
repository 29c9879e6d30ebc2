//! Compiles comment-policy's chrome pattern (`src/filters/comment_chrome.rs`) to a sparse DFA,
//! written to `$OUT_DIR/comment_chrome.dfa` and embedded in the crate. See `CHROME` in
//! `src/filters/comment_policy.rs` for why it is not compiled at run time.

use std::path::PathBuf;

use regex_automata::dfa::{dense, StartKind};

include!("src/filters/comment_chrome.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/filters/comment_chrome.rs");
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                // Minimising takes seconds and saves little of a sparse DFA.
                .minimize(false),
        )
        .build(CHROME_PATTERN)
        .expect("the chrome pattern compiles to a DFA")
        .to_sparse()
        .expect("the chrome DFA converts to a sparse one");
    let bytes = match std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() {
        Ok("big") => dfa.to_bytes_big_endian(),
        _ => dfa.to_bytes_little_endian(),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("comment_chrome.dfa"), bytes).expect("write the chrome DFA");
}
