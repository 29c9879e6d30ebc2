//! Buttons and labels alone on their line (`page-chrome/button-label`) and runs of share-button
//! names (`page-chrome/share-run`): the whole line, once its bullets and trailing marks are set
//! aside, is one known phrase or a list of known names. Matched by lookup, not by regex, so it
//! has its own file.

use std::sync::LazyLock;

use super::vocabulary::{share_tokens, LEAD_MARKS, PHRASE_GROUPS, TRAIL_MARKS};
use rustc_hash::FxHashMap;

/// Leading bullets, quote marks of menus and markdown heading marks, and whitespace.
pub(super) fn is_lead(c: char) -> bool {
    c.is_whitespace() || LEAD_MARKS.contains(&c)
}

/// Trailing punctuation that buttons carry ("Read more…", "Related:", "Weiterlesen »"), and
/// whitespace.
pub(super) fn is_trail(c: char) -> bool {
    c.is_whitespace() || TRAIL_MARKS.contains(&c)
}

/// Every phrase of [`PHRASE_GROUPS`], case-folded, with the first group that lists it.
///
/// Performance: a hash lookup of the line's core, where a set of anchored case-insensitive
/// regexes needed a lazy DFA of about 2.5 MB per worker thread and was the hottest pattern.
static PHRASES: LazyLock<FxHashMap<String, u8>> = LazyLock::new(|| {
    let mut phrases = FxHashMap::default();
    for (group, (_, list)) in PHRASE_GROUPS.iter().enumerate() {
        let group = u8::try_from(group).expect("fewer than 256 phrase groups");
        for phrase in *list {
            phrases.entry(fold_case(phrase)).or_insert(group);
        }
    }
    phrases
});

/// Longest phrase in [`PHRASE_GROUPS`], in characters.
pub(super) static MAX_PHRASE_CHARS: LazyLock<usize> = LazyLock::new(|| {
    PHRASE_GROUPS
        .iter()
        .flat_map(|(_, phrases)| phrases.iter())
        .map(|phrase| phrase.chars().count())
        .max()
        .unwrap_or(0)
});

/// Bytes of the longest ASCII core [`phrase_group_ascii`] looks up (tested: every phrase fits).
pub(super) const LONGEST_PHRASE_BYTES: usize = 64;

/// The group of the phrase that `line` is, once its leading [`is_lead`] and trailing
/// [`is_trail`] characters are set aside, in any letter case.
///
/// A phrase starts and ends with a letter (tested), so its line's core is the phrase itself.
/// Case folding keeps a core's length in characters, so a core longer than every phrase is
/// not looked up: most lines are far longer than any button.
pub(super) fn phrase_group(line: &str) -> Option<u8> {
    let core = line.trim_start_matches(is_lead).trim_end_matches(is_trail);
    if core.is_empty() || core.len() > *MAX_PHRASE_CHARS && core.chars().count() > *MAX_PHRASE_CHARS
    {
        return None;
    }
    if core.is_ascii() {
        return phrase_group_ascii(core);
    }
    PHRASES.get(&fold_case(core)).copied()
}

/// [`phrase_group`] of an ASCII core: an ASCII letter folds to its ASCII lower case, so the core
/// is lower-cased on the stack. A core longer than the buffer is longer than every phrase.
fn phrase_group_ascii(core: &str) -> Option<u8> {
    let mut buffer = [0; LONGEST_PHRASE_BYTES];
    PHRASES.get(ascii_lowercase_in(core, &mut buffer)?).copied()
}

/// `text` with ASCII letters lower-cased, written to `buffer`; `None` when it does not fit.
fn ascii_lowercase_in<'b>(text: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let lower = buffer.get_mut(..text.len())?;
    lower.copy_from_slice(text.as_bytes());
    lower.make_ascii_lowercase();
    Some(std::str::from_utf8(lower).expect("ASCII case changes keep UTF-8 valid"))
}

/// `text` with every character replaced by one representative of its simple case folding
/// (the equivalence a case-insensitive regex uses): its lower case, and for the few letters
/// whose lower case is not their folding, the folding ("ſ" is "s", "ς" is "σ").
fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    match c {
        'ſ' => 's',
        'ς' => 'σ',
        'µ' => 'μ',
        '\u{1c80}' => 'в',
        '\u{1c81}' => 'д',
        '\u{1c82}' => 'о',
        '\u{1c83}' => 'с',
        '\u{1c84}' | '\u{1c85}' => 'т',
        '\u{1c86}' => 'ъ',
        '\u{1c87}' => 'ѣ',
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(single), None) => single,
                // "İ" lower-cases to two characters and folds to neither: it stays itself
                _ => c,
            }
        }
    }
}

/// Each share-bar name ([`share_tokens`]) with its position.
static SHARE_TOKEN_INDEX: LazyLock<FxHashMap<&str, usize>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for (position, token) in share_tokens().enumerate() {
        index.entry(token).or_insert(position);
    }
    index
});

/// Bytes of the longest name of [`share_tokens`] (tested): a longer token is none of them.
pub(super) const LONGEST_SHARE_TOKEN: usize = 16;

/// The position of `token` among [`share_tokens`], in any ASCII letter case.
fn share_token(token: &str) -> Option<usize> {
    let mut buffer = [0; LONGEST_SHARE_TOKEN];
    SHARE_TOKEN_INDEX
        .get(ascii_lowercase_in(token, &mut buffer)?)
        .copied()
}

/// Whether `token` is one of [`vocabulary::SHARE_BAR_CONNECTORS`] (`on`, `auf`), in any ASCII
/// case.
fn is_share_connector(token: &str) -> bool {
    crate::vocabulary::SHARE_BAR_CONNECTORS
        .iter()
        .any(|connector| connector.eq_ignore_ascii_case(token))
}

/// A line made only of share-bar names, at least two different ones other than a lone `x`
/// (`x x x` is a table of ticks, `print x` is code), and the small words between them (`Share
/// on Pinterest`).
pub(super) fn is_share_run(line: &str) -> bool {
    let mut seen: [Option<usize>; 2] = [None, None];
    for token in line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | '/')) {
        let token = token.trim_matches(|c: char| matches!(c, ',' | ':' | '.' | '-' | '–' | '—'));
        if token.is_empty() {
            continue;
        }
        let Some(known) = share_token(token) else {
            if is_share_connector(token) {
                continue;
            }
            return false;
        };
        if token.eq_ignore_ascii_case("x") || seen.contains(&Some(known)) {
            continue;
        }
        if seen[0].is_none() {
            seen[0] = Some(known);
        } else {
            seen[1] = Some(known);
        }
    }
    seen[1].is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_in_any_case_like_a_case_insensitive_regex() {
        let share = phrase_group("share");
        assert!(share.is_some());
        for line in ["SHARE", "Share:", "ſhare", "* SHARE »"] {
            assert_eq!(phrase_group(line), share, "{line:?}");
        }
        // "İ" folds to no ASCII letter, and a dotless "ı" is another letter
        assert_eq!(phrase_group("Prİnt"), None);
        assert_eq!(phrase_group("prınt"), None);
        assert!(phrase_group("PRINT").is_some());
        assert!(phrase_group("ПОДЕЛИТЬСЯ").is_some());
    }

    #[test]
    fn phrases_and_share_names_fit_their_lookup_buffers() {
        assert!(*MAX_PHRASE_CHARS <= LONGEST_PHRASE_BYTES);
        for token in share_tokens() {
            assert!(
                token.is_ascii() && token.len() <= LONGEST_SHARE_TOKEN,
                "{token:?}"
            );
        }
        let longest = PHRASE_GROUPS
            .iter()
            .flat_map(|(_, phrases)| phrases.iter())
            .filter(|phrase| phrase.is_ascii())
            .max_by_key(|phrase| phrase.len())
            .unwrap();
        assert!(
            phrase_group(&longest.to_uppercase()).is_some(),
            "{longest:?}"
        );
        assert!(is_share_run("   compartilhar | GOOGLE+ · Facebook"));
        assert!(!is_share_run("Facebook and Twitter"));
        assert!(is_share_run("Share on Pinterest"));
        assert!(is_share_run("Teilen auf Facebook"));
        assert!(!is_share_run("Share on"));
        assert!(!is_share_run("on Facebook"));
    }
}
