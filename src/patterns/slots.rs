//! Filling a pattern's slots with words of the vocabulary (`lang/*.toml`, see
//! `src/vocabulary/mod.rs`): a structural pattern stays in Rust, and the words it takes come from
//! the language files.

/// `words` as a regex alternation, `(?:a|b|…)`: each word once, in order, escaped, with a space
/// written `\ ` so that the alternation means the same in a `(?x)` pattern.
pub fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = std::collections::HashSet::new();
    let escaped: Vec<String> = words
        .into_iter()
        .filter(|word| seen.insert(*word))
        .map(|word| regex_syntax::escape(word).replace(' ', r"\ "))
        .collect();
    format!("(?:{})", escaped.join("|"))
}
