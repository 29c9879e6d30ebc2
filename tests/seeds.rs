//! Acceptance: the five seed articles clean to their expected output byte for byte.

use std::path::Path;

use deboiler::{Cleaner, FinalNewline};

fn seed_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new("tests/fixtures/seeds"))
        .expect("seed fixtures")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn every_seed_matches_its_expected_output() {
    let names = seed_names();
    assert_eq!(names.len(), 5);
    let mut mismatches = Vec::new();
    for name in &names {
        let raw = std::fs::read_to_string(format!("tests/fixtures/seeds/{name}")).unwrap();
        let expected = std::fs::read_to_string(format!("tests/expected/seeds/{name}")).unwrap();
        // Seeds are files: their output ends with a newline, as the command line writes it.
        let cleaned = Cleaner::default()
            .final_newline(FinalNewline::Always)
            .clean(&raw)
            .text;
        if cleaned != expected {
            let diff = similar::TextDiff::from_lines(&expected, &cleaned)
                .unified_diff()
                .header("expected", "cleaned")
                .to_string();
            mismatches.push(format!("{name}:\n{diff}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn cleaning_a_seed_twice_changes_nothing() {
    for name in seed_names() {
        let raw = std::fs::read_to_string(format!("tests/fixtures/seeds/{name}")).unwrap();
        let once = deboiler::clean(&raw);
        assert_eq!(deboiler::clean(&once), once, "{name} is not idempotent");
    }
}
