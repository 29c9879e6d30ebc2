//! Small text helpers shared by filters: words, content words, punctuation.

use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

/// Words of `text` by Unicode word boundaries (letters or digits inside), in order.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.unicode_words()
}

pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Whether the line ends like a sentence: `. ! ? …` or a closing quote or bracket after one,
/// and the CJK full stops.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches([
        '"', '\'', '”', '“', '’', '»', '«', ')', ']', '」', '』', '*',
    ]);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';'])
}

/// Stoplists: function words of the languages deboiler sees most, lower-case. They tell content
/// words (names, nouns, verbs) from glue, and a high share of them marks running prose.
pub const STOPLISTS: [(&str, &str); 9] = [
    ("en", include_str!("stopwords/en.txt")),
    ("de", include_str!("stopwords/de.txt")),
    ("fr", include_str!("stopwords/fr.txt")),
    ("es", include_str!("stopwords/es.txt")),
    ("it", include_str!("stopwords/it.txt")),
    ("pt", include_str!("stopwords/pt.txt")),
    ("nl", include_str!("stopwords/nl.txt")),
    ("pl", include_str!("stopwords/pl.txt")),
    ("ru", include_str!("stopwords/ru.txt")),
];

/// Every stoplist merged into one set.
static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    STOPLISTS
        .iter()
        .flat_map(|(_, list)| list.split_whitespace())
        .collect()
});

pub fn is_stopword(lowercase_word: &str) -> bool {
    STOPWORDS.contains(lowercase_word)
}

/// Lower-cased words that are not stopwords and not pure numbers.
pub fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text)
        .map(str::to_lowercase)
        .filter(|w| !is_stopword(w) && !w.chars().all(|c| c.is_numeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He declined to comment."));
        assert!(ends_sentence("“It is over,” she said.”"));
        assert!(ends_sentence("Was it?"));
        assert!(ends_sentence("„Wir bleiben hier.“"));
        assert!(!ends_sentence("World News"));
        assert!(!ends_sentence("Someone has been shot"));
    }

    #[test]
    fn content_words_skip_function_words_and_numbers() {
        let found: Vec<_> = content_words("The mayor of the city signed 42 bills").collect();
        assert_eq!(found, ["mayor", "city", "signed", "bills"]);
    }
}
