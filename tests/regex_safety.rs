//! Regex safety: every pattern uses the `regex` crate (linear time), and the code around them
//! must not add a quadratic loop. An adversarial 1 MB line built from the characters and words
//! the filters look for must clean within a loose bound, even in a debug build. (Release
//! timings are in the README's "Guarantees".)

use std::time::{Duration, Instant};

/// About `bytes` of `piece` repeated, on one line.
fn line_of(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len() + 1)
}

const PIECES: &[&str] = &[
    "(@",
    "©",
    "© 2024 ",
    "t.co/",
    "https://t.co/Ab12 ",
    "—",
    "— Name (@handle) May 1, 2024 ",
    "/",
    "Photo: ",
    "((((",
    "By ",
    "By Jane Doe ",
    "12 ",
    "2024-11-12 ",
    "Capitalised Words Here ",
    "- ",
    "Reuters/",
    "pic.twitter.com/x ",
    "All rights reserved. ",
    "Read more: ",
    "Home > ",
    "\u{a0}",
];

#[test]
fn adversarial_one_megabyte_lines_clean_in_bounded_time() {
    let mixed: String = PIECES.concat();
    let mut worst = (Duration::ZERO, "");
    let started = Instant::now();
    // Each piece alone on a 128 KB line (quadratic code shows already), then all of them mixed
    // on a 1 MB line.
    for (piece, size) in PIECES
        .iter()
        .map(|&piece| (piece, 128 << 10))
        .chain([(mixed.as_str(), 1 << 20)])
    {
        let line = line_of(piece, size);
        let at = Instant::now();
        let cleaned = deboiler::clean(&line);
        let elapsed = at.elapsed();
        assert!(cleaned.len() <= line.len() + 1);
        if elapsed > worst.0 {
            worst = (elapsed, piece);
        }
    }
    let total = started.elapsed();
    eprintln!(
        "slowest line: {:?} for {:?}; all: {total:?}",
        worst.0, worst.1
    );
    assert!(
        total < Duration::from_secs(60),
        "{} adversarial lines took {total:?} (slowest {:?}: {:?})",
        PIECES.len() + 1,
        worst.1,
        worst.0
    );
    assert!(
        worst.0 < Duration::from_secs(20),
        "a line of {:?} took {:?}",
        worst.1,
        worst.0
    );
}
