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

/// One part of a phrase of the vocabulary (`rights_phrases`): a word, a choice of words
/// (`(tous|certains)`), or optional words (`[de reproduction]`).
#[derive(Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// A word the phrase always has.
    Word(&'a str),
    /// One of these words.
    Choice(Vec<&'a str>),
    /// These words, or none of them.
    Optional(Vec<&'a str>),
}

/// The parts of `phrase`, words separated by single spaces, or what is wrong with it. A choice
/// is `(a|b)`, of single words; optional words are `[a b]`, followed by a word or choice.
pub fn phrase_parts(phrase: &str) -> Result<Vec<Part<'_>>, String> {
    let mut parts = Vec::new();
    let mut rest = phrase;
    while !rest.is_empty() {
        let (part, after) = if let Some(inner) = rest.strip_prefix('(') {
            let (inner, after) = inner
                .split_once(')')
                .ok_or_else(|| format!("{phrase:?}: `(` without `)`"))?;
            let words: Vec<&str> = inner.split('|').collect();
            if words.len() < 2 {
                return Err(format!("{phrase:?}: a choice of one word"));
            }
            (Part::Choice(words), after)
        } else if let Some(inner) = rest.strip_prefix('[') {
            let (inner, after) = inner
                .split_once(']')
                .ok_or_else(|| format!("{phrase:?}: `[` without `]`"))?;
            (Part::Optional(inner.split(' ').collect()), after)
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            (Part::Word(&rest[..end]), &rest[end..])
        };
        let words = match &part {
            Part::Word(word) => std::slice::from_ref(word),
            Part::Choice(words) | Part::Optional(words) => words.as_slice(),
        };
        let plain = |word: &&str| {
            !word.is_empty() && !word.contains(|c: char| "()[]| ".contains(c) || c.is_whitespace())
        };
        if !words.iter().all(plain) {
            return Err(format!("{phrase:?}: an empty or malformed word"));
        }
        parts.push(part);
        rest = match after.strip_prefix(' ') {
            Some(next) if !next.is_empty() => next,
            None if after.is_empty() => after,
            _ => return Err(format!("{phrase:?}: parts are separated by one space")),
        };
    }
    if matches!(parts.last(), None | Some(Part::Optional(_))) {
        return Err(format!("{phrase:?}: empty, or ends with optional words"));
    }
    Ok(parts)
}

/// `phrase` (see [`phrase_parts`]) as a regex of whole words, any whitespace between them:
/// `(tous|certains) droits [de reproduction] réservés` becomes
/// `\b(?:tous|certains)\s+droits\s+(?:de\s+reproduction\s+)?réservés\b`.
///
/// Panics when the phrase is malformed: `build.rs` and the tests check every phrase first.
pub fn phrase_pattern(phrase: &str) -> String {
    let parts = phrase_parts(phrase).unwrap_or_else(|problem| panic!("{problem}"));
    let escape = |word: &str| regex_syntax::escape(word);
    let mut pattern = String::from(r"\b");
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match part {
            Part::Word(word) => pattern.push_str(&escape(word)),
            Part::Choice(words) => pattern.push_str(&alternation(words.iter().copied())),
            Part::Optional(words) => {
                let words: Vec<String> = words.iter().map(|w| escape(w) + r"\s+").collect();
                pattern.push_str(&format!("(?:{})?", words.concat()));
                continue;
            }
        }
        if !last {
            pattern.push_str(r"\s+");
        }
    }
    pattern.push_str(r"\b");
    pattern
}
