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

/// `words` as a regex alternation in the shape of a trie, each word once: `getty(?:\ images|images)?`
/// for `getty`, `getty images`, `gettyimages`. Words that share a start share its states, as a
/// pattern written by hand would, and a word gives way to the longer words it starts (the
/// optional suffix is greedy), as `EPA(?:-EFE)?` does.
pub fn trie_alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    #[derive(Default)]
    struct Node {
        end: bool,
        next: std::collections::BTreeMap<char, Node>,
    }
    fn branches(node: &Node) -> Vec<String> {
        let escape = |c: &char| regex_syntax::escape(&c.to_string()).replace(' ', r"\ ");
        let branch = |(c, next): (&char, &Node)| escape(c) + &pattern(next);
        node.next.iter().map(branch).collect()
    }
    fn pattern(node: &Node) -> String {
        let branches = branches(node);
        match (branches.len(), node.end) {
            (0, _) => String::new(),
            (1, false) => branches.concat(),
            (_, false) => format!("(?:{})", branches.join("|")),
            (_, true) => format!("(?:{})?", branches.join("|")),
        }
    }
    let mut root = Node::default();
    for word in words {
        let mut node = &mut root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        node.end = true;
    }
    format!("(?:{})", branches(&root).join("|"))
}

/// The words of `words` that hold no other (ASCII letters in either case when
/// `ignore_ascii_case`): a text holds one of them exactly when it holds one of `words`, so they
/// screen for the words with fewer searches.
pub fn covering<'a>(
    words: impl IntoIterator<Item = &'a str>,
    ignore_ascii_case: bool,
) -> Vec<&'a str> {
    let fold = |word: &str| {
        if ignore_ascii_case {
            word.to_ascii_lowercase()
        } else {
            word.to_string()
        }
    };
    let words: Vec<&str> = words.into_iter().collect();
    let folded: Vec<String> = words.iter().map(|word| fold(word)).collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let holds_another = folded.iter().enumerate().any(|(j, other)| {
            j != i && folded[i].contains(other.as_str()) && (folded[i] != *other || j < i)
        });
        if !holds_another {
            kept.push(word);
        }
    }
    kept
}

/// The longest run of ASCII characters in `word` (`lam` in `Télam`): a screen searches for
/// ASCII literals, which every match of the word holds.
pub fn longest_ascii_run(word: &str) -> &str {
    word.split(|c: char| !c.is_ascii())
        .max_by_key(|run| run.len())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_becomes_whole_words_with_any_whitespace_between() {
        let pattern = phrase_pattern("(tous|certains) droits [de reproduction] réservés");
        assert_eq!(
            pattern,
            r"\b(?:tous|certains)\s+droits\s+(?:de\s+reproduction\s+)?réservés\b"
        );
        let regex = regex::Regex::new(&format!("(?i){pattern}")).unwrap();
        assert!(regex.is_match("Tous droits réservés."));
        assert!(regex.is_match("TOUS DROITS DE REPRODUCTION\u{a0}RÉSERVÉS"));
        assert!(!regex.is_match("droits réservés"));
        for wrong in ["", "a  b", "[a] ", "a [b]", "(a) b", "(a|b", "a [b", " a"] {
            assert!(phrase_parts(wrong).is_err(), "{wrong:?}");
        }
    }

    #[test]
    fn alternations_escape_and_keep_each_word_once() {
        assert_eq!(
            alternation(["u.s.", "middle east", "u.s."]),
            r"(?:u\.s\.|middle\ east)"
        );
    }

    #[test]
    fn tries_share_starts_and_covering_words_screen_for_all() {
        assert_eq!(
            trie_alternation(["getty", "getty images", "gettyimages", "EPA", "EPA-EFE"]),
            r"(?:EPA(?:\-EFE)?|getty(?:\ images|images)?)"
        );
        assert_eq!(
            covering(["AP", "APA", "Reuters", "REUTERS"], false),
            ["AP", "Reuters", "REUTERS"]
        );
        assert_eq!(
            covering(["getty images", "Getty", "getty"], true),
            ["Getty"]
        );
        assert_eq!(longest_ascii_run("Télam"), "lam");
    }
}
