//! Compiles the patterns of `src/patterns` to sparse DFAs, written to `$OUT_DIR/<name>.dfa` and
//! embedded in the crate (see `src/prebuilt.rs` for why).

use std::path::PathBuf;

use regex_automata::dfa::{dense, StartKind};

#[path = "src/patterns/comment_chrome.rs"]
mod comment_chrome;
#[path = "src/patterns/date_line.rs"]
mod date_line;

fn main() {
    println!("cargo:rerun-if-changed=src/patterns");
    write_dfa("comment_chrome", comment_chrome::CHROME_PATTERN);
    write_dfa("date_line", &date_line::date_line_pattern(false));
    write_dfa("labelled_date_line", &date_line::date_line_pattern(true));
}

fn write_dfa(name: &str, pattern: &str) {
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                // Minimising takes seconds and saves little of a sparse DFA.
                .minimize(false),
        )
        .build(pattern)
        .unwrap_or_else(|error| panic!("{name} compiles to a DFA: {error}"))
        .to_sparse()
        .unwrap_or_else(|error| panic!("{name} converts to a sparse DFA: {error}"));
    let bytes = match std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() {
        Ok("big") => dfa.to_bytes_big_endian(),
        _ => dfa.to_bytes_little_endian(),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join(format!("{name}.dfa")), bytes).expect("write the DFA");
}
