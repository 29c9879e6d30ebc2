//! Compiles the patterns of `src/patterns` ahead of time, into `$OUT_DIR`, for the crate to embed
//! (see `src/prebuilt.rs` for why): sparse DFAs (`<name>.dfa`) and the gates' literal automaton
//! (`gates.lit`). Reads the vocabulary of `lang/*.toml`, checks it, writes it as Rust source
//! (`vocabulary.rs`, see `src/vocabulary/mod.rs`) and fills the patterns' slots with it.

use std::collections::HashMap;
use std::path::PathBuf;

use regex_automata::dfa::{dense, StartKind};
use regex_automata::MatchKind;

#[path = "src/patterns/comment_chrome.rs"]
mod comment_chrome;
#[path = "src/patterns/date_line.rs"]
mod date_line;
#[path = "src/patterns/gates.rs"]
mod gates;
#[path = "src/patterns/literals.rs"]
mod literals;
// The rules' kinds and word limits are the crate's business.
#[allow(dead_code)]
#[path = "src/patterns/notices.rs"]
mod notices;
#[path = "src/patterns/prompts.rs"]
mod prompts;
#[path = "src/patterns/relax.rs"]
mod relax;
#[path = "src/patterns/sections.rs"]
mod sections;
// Turning a phrase into a regex is the crate's business.
#[allow(dead_code)]
#[path = "src/patterns/slots.rs"]
mod slots;
#[path = "src/vocabulary/files.rs"]
mod vocabulary;

fn main() {
    println!("cargo:rerun-if-changed=src/patterns");
    println!("cargo:rerun-if-changed=src/vocabulary/files.rs");
    println!("cargo:rerun-if-changed=lang");
    let languages = vocabulary::read(std::path::Path::new("lang"))
        .unwrap_or_else(|problems| panic!("lang/ has problems:\n{}", problems.join("\n")));
    write(
        "vocabulary.rs",
        vocabulary::generate(&languages).into_bytes(),
    );
    let words = |keys: &[&str]| vocabulary::union(&languages, keys);
    let months = words(&["months", "month_variants", "month_abbreviations"]);
    let weekdays = words(&["weekdays", "weekday_variants", "weekday_abbreviations"]);
    let date_labels = words(&["date_labels"]);
    write_dfa(
        "comment_chrome",
        &[comment_chrome::CHROME_PATTERN.to_string()],
        MatchKind::LeftmostFirst,
        Layout::Sparse,
    );
    write_dfa(
        "date_line",
        &[date_line::date_line_pattern(
            false,
            &months,
            &weekdays,
            &date_labels,
        )],
        MatchKind::LeftmostFirst,
        Layout::Sparse,
    );
    write_dfa(
        "labelled_date_line",
        &[date_line::date_line_pattern(
            true,
            &months,
            &weekdays,
            &date_labels,
        )],
        MatchKind::LeftmostFirst,
        Layout::Sparse,
    );
    write_dfa(
        "known_section",
        &[sections::known_section_pattern(
            &words(&["section_news_kinds"]),
            &words(&["section_names"]),
        )],
        MatchKind::LeftmostFirst,
        Layout::Sparse,
    );
    // Every pattern's match is reported (MatchKind::All): the gate tells which prompts a line
    // may be.
    let prompt_gates: Vec<String> = prompts::PROMPTS
        .iter()
        .map(|pattern| relax::relaxed(pattern).expect("prompt patterns parse"))
        .collect();
    // Every line of every document walks it: dense, one lookup a byte. A sparse DFA compares
    // each byte with a state's transitions, which here is three times as slow.
    write_dfa("prompt_gates", &prompt_gates, MatchKind::All, Layout::Dense);
    let gates = gates::all(&gates::Vocabulary {
        rights_phrases: &words(&["rights_phrases"]),
    });
    write("gate_literals.rs", gates::source(&gates).into_bytes());
    let literals: Vec<&str> = gates.iter().flatten().map(String::as_str).collect();
    write("gates.lit", literal_automaton(&literals));
    // publisher-notice's rule screen: which rules a line may match, by their literals.
    let rules: Vec<String> = notices::RULES.iter().map(notices::pattern).collect();
    let screen = literals::rule_screen(rules.iter().map(String::as_str));
    write("notice_screen.lit", literal_automaton(&screen.literals));
    let rule_sets = std::iter::once(screen.unscreened).chain(screen.rules_of);
    write(
        "notice_screen.rules",
        rule_sets.flat_map(u64::to_le_bytes).collect(),
    );
}

fn write(name: &str, bytes: Vec<u8>) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join(name), bytes).expect("write a prebuilt automaton");
}

/// How a DFA is stored: sparse (small; a search compares a byte with a state's transitions) or
/// dense (a row of transitions per state; one lookup a byte, for a DFA every line walks).
#[derive(PartialEq)]
enum Layout {
    Sparse,
    Dense,
}

/// A DFA of `patterns` (pattern `i` is the `i`th), anchored at the start of the text, to
/// `<name>.dfa` (sparse) or `<name>.dense`.
fn write_dfa(name: &str, patterns: &[String], kind: MatchKind, layout: Layout) {
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .match_kind(kind)
                // Minimising takes seconds and saves little.
                .minimize(false),
        )
        .build_many(patterns)
        .unwrap_or_else(|error| panic!("{name} compiles to a DFA: {error}"));
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    if layout == Layout::Dense {
        // The serialisation starts `padding` bytes in, where it is aligned in the vector; the
        // crate embeds it aligned.
        let (bytes, padding) = if big_endian {
            dfa.to_bytes_big_endian()
        } else {
            dfa.to_bytes_little_endian()
        };
        return write(&format!("{name}.dense"), bytes[padding..].to_vec());
    }
    let dfa = dfa
        .to_sparse()
        .unwrap_or_else(|error| panic!("{name} converts to a sparse DFA: {error}"));
    let bytes = if big_endian {
        dfa.to_bytes_big_endian()
    } else {
        dfa.to_bytes_little_endian()
    };
    write(&format!("{name}.dfa"), bytes);
}

/// The unanchored Aho-Corasick DFA of `literals` (ASCII case ignored), as the table
/// `LiteralAutomaton` in `src/prebuilt.rs` reads in place. 32-bit words of the target's
/// endianness:
///
/// - `DBLA`, the number of states, the stride (a state's row holds a transition per byte
///   class), the first match state's row offset (match states come last), the start state's
///   row offset, the number of literals;
/// - 256 bytes: the byte class of each byte;
/// - the transitions, row by row, each the row offset of the next state (its index times the
///   stride);
/// - per match state, the end of its literals in the list that follows (`states - first match
///   state` words), then the list of literal indices.
fn literal_automaton<L: AsRef<[u8]>>(literals: &[L]) -> Vec<u8> {
    use aho_corasick::automaton::{Automaton, StateID};
    use aho_corasick::{dfa, Anchored};

    let dfa = dfa::Builder::new()
        .ascii_case_insensitive(true)
        .prefilter(false)
        .start_kind(aho_corasick::StartKind::Unanchored)
        .build(literals)
        .expect("gate literals compile");
    let next = |state: StateID, byte: u8| dfa.next_state(Anchored::No, state, byte);
    let is_match = |state: StateID| dfa.is_special(state) && dfa.is_match(state);

    // The states reachable from the start, the match states last.
    let start = dfa
        .start_state(Anchored::No)
        .expect("an unanchored start state");
    let mut reachable = vec![start];
    let mut seen: HashMap<StateID, ()> = HashMap::from([(start, ())]);
    let mut at = 0;
    while at < reachable.len() {
        let state = reachable[at];
        at += 1;
        for byte in 0..=255 {
            let to = next(state, byte);
            if seen.insert(to, ()).is_none() {
                reachable.push(to);
            }
        }
    }
    let mut states: Vec<StateID> = reachable
        .iter()
        .copied()
        .filter(|&s| !is_match(s))
        .collect();
    let first_match = states.len();
    states.extend(reachable.iter().copied().filter(|&s| is_match(s)));
    let index: HashMap<StateID, u32> = states
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, i as u32))
        .collect();

    // Bytes that lead every state to the same state share a class.
    let mut class_of_column: HashMap<Vec<u32>, u8> = HashMap::new();
    let mut classes = [0u8; 256];
    let mut representatives = Vec::new();
    for byte in 0..=255u8 {
        let column: Vec<u32> = states.iter().map(|&s| index[&next(s, byte)]).collect();
        let fresh = class_of_column.len();
        let class = *class_of_column.entry(column).or_insert_with(|| {
            representatives.push(byte);
            u8::try_from(fresh).expect("at most 256 byte classes")
        });
        classes[usize::from(byte)] = class;
    }
    let stride = representatives.len() as u32;
    let row = |state: u32| -> u32 {
        state
            .checked_mul(stride)
            .expect("row offsets fit in 32 bits")
    };

    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big");
    let bytes_of = |word: u32| {
        if big_endian {
            word.to_be_bytes()
        } else {
            word.to_le_bytes()
        }
    };
    let header = [
        states.len() as u32,
        stride,
        row(first_match as u32),
        row(index[&start]),
        literals.len() as u32,
    ];
    let mut out = b"DBLA".to_vec();
    out.extend(header.into_iter().flat_map(bytes_of));
    out.extend_from_slice(&classes);
    for &state in &states {
        let mut transitions = vec![0u32; stride as usize];
        for (class, &byte) in representatives.iter().enumerate() {
            transitions[class] = row(index[&next(state, byte)]);
        }
        out.extend(transitions.into_iter().flat_map(bytes_of));
    }
    let mut ends = Vec::new();
    let mut matched = Vec::new();
    for &state in &states[first_match..] {
        matched.extend((0..dfa.match_len(state)).map(|i| dfa.match_pattern(state, i).as_u32()));
        ends.push(matched.len() as u32);
    }
    out.extend(ends.into_iter().chain(matched).flat_map(bytes_of));
    out
}
