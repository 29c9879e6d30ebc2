//! Small text helpers shared by filters: words, content words, punctuation.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;
use unicode_segmentation::UnicodeSegmentation;

/// Words of `text` by Unicode word boundaries (letters or digits inside), in order.
///
/// Performance: `unicode_words` has a fast path for ASCII text only, and a line with one `é` or
/// `’` takes the slow, table-driven one throughout. So the text is cut where a boundary is
/// certain, and each piece is segmented alone: the ASCII pieces take the fast path.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    pieces(text).flat_map(UnicodeSegmentation::unicode_words)
}

/// `text` cut into pieces segmented alone exactly as within the whole: runs of ASCII tokens,
/// and each token with a non-ASCII character. The cuts fall before an ASCII character that
/// follows ASCII whitespace, where UAX #29 always breaks (no rule joins whitespace to what
/// follows, and an ASCII character is never an Extend or Format character joining what
/// precedes it), and the rules that look past a break look at whitespace there, which joins
/// nothing, just as at the start or end of the text.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let is_cut = |i: usize| {
            bytes[i - 1].is_ascii_whitespace()
                && bytes[i].is_ascii()
                && !bytes[i].is_ascii_whitespace()
        };
        let end = match bytes.iter().position(|b| !b.is_ascii()) {
            None => bytes.len(),
            Some(first) => match (1..first).rev().find(|&i| is_cut(i)) {
                // The ASCII tokens before the one holding `first`.
                Some(cut) => cut,
                None => (first + 1..bytes.len())
                    .find(|&i| is_cut(i))
                    .unwrap_or(bytes.len()),
            },
        };
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

/// `text.trim_start()`, fast on indentation: page dumps indent lines by dozens of spaces, which
/// `str::trim_start` decodes and classifies one character at a time, and most filters trim
/// every line they look at.
pub fn trim_start(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = 0;
    while bytes.get(start..start + 8) == Some(b"        ") {
        start += 8;
    }
    while bytes.get(start) == Some(&b' ') {
        start += 1;
    }
    // After ASCII spaces, `start` is a character boundary.
    text[start..].trim_start()
}

/// `text.trim()`, fast on indentation (see [`trim_start`]).
pub fn trim(text: &str) -> &str {
    trim_start(text).trim_end()
}

pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Whether `text` has at least `n` words: `word_count(text) >= n`, but stops segmenting after
/// the `n`th word (most lines are long prose, and most thresholds are small), and most lines are
/// settled by a lower or upper bound without segmenting at all.
pub fn has_words(text: &str, n: usize) -> bool {
    if n == 0 || min_words(text, n) >= n {
        return true;
    }
    if max_words(text, n) < n {
        return false;
    }
    words(text).nth(n - 1).is_some()
}

/// `word_count(text) > n`, settled like [`has_words`].
pub fn more_words_than(text: &str, n: usize) -> bool {
    has_words(text, n + 1)
}

/// An upper bound of [`word_count`], counted up to `limit`: the runs of ASCII letters and digits
/// plus the non-ASCII characters. Every word holds a letter or digit, so one such run or
/// character, and no word boundary falls inside a run (ASCII letters and digits join), so two
/// words never share one. Most short lines (menus) are settled by it.
fn max_words(text: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut in_run = false;
    for &byte in text.as_bytes() {
        let alphanumeric = byte.is_ascii_alphanumeric();
        // A non-ASCII character counts at its first byte (continuation bytes are 0b10xx_xxxx).
        if alphanumeric && !in_run || byte >= 0xC0 {
            count += 1;
            if count >= limit {
                break;
            }
        }
        in_run = alphanumeric;
    }
    count
}

/// A lower bound of [`word_count`] without segmenting, counted up to `limit`: the runs between
/// ASCII whitespace that hold an ASCII letter or digit. Word boundaries always fall around ASCII
/// whitespace (a word never contains it), and such a run holds at least one word, its own.
fn min_words(text: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut counted = false;
    for byte in text.bytes() {
        if byte.is_ascii_whitespace() {
            counted = false;
        } else if !counted && byte.is_ascii_alphanumeric() {
            count += 1;
            counted = true;
            if count >= limit {
                break;
            }
        }
    }
    count
}

/// Whether the line ends like a sentence: `. ! ? …` or a closing quote or bracket after one,
/// and the CJK full stops.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches([
        '"', '\'', '”', '“', '’', '»', '«', ')', ']', '」', '』', '*',
    ]);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';'])
}

/// The stopwords of every language (`stopwords` of `lang/*.toml`), lower-case, in one set
/// (FxHash: short keys, looked up for every word of a page). They tell content words (names,
/// nouns, verbs) from glue, and a high share of them marks running prose.
static STOPWORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| crate::vocabulary::STOPWORDS.iter().copied().collect());

pub fn is_stopword(lowercase_word: &str) -> bool {
    STOPWORDS.contains(lowercase_word)
}

/// The ASCII stopwords of at most 8 bytes (all but nine) as [`ascii_key`]s: hashing and
/// comparing one integer is cheaper than a string, and most words of a page are ASCII.
static SHORT_ASCII_STOPWORDS: LazyLock<FxHashSet<u64>> = LazyLock::new(|| {
    STOPWORDS
        .iter()
        .filter(|word| word.is_ascii() && word.len() <= 8)
        .map(|word| ascii_key(word.as_bytes()))
        .collect()
});

/// The longer ASCII stopwords (`themselves`, `derselben`…).
static LONG_ASCII_STOPWORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    STOPWORDS
        .iter()
        .copied()
        .filter(|word| word.is_ascii() && word.len() > 8)
        .collect()
});

/// A word of at most 8 ASCII bytes lower-cased and packed into an integer, first byte lowest.
/// The high bytes left over are zero, so words without NUL bytes have distinct keys.
///
/// The word's bytes are ASCII letters, digits and apostrophes, all of which `| 0x20` lower-cases
/// (it is the case bit of a letter, and digits and `'` have it set), so the whole key is
/// lower-cased with one `or`.
fn ascii_key(word: &[u8]) -> u64 {
    debug_assert!(word.len() <= 8);
    let mut bytes = [0; 8];
    bytes[..word.len()].copy_from_slice(word);
    let filled = u64::MAX
        .checked_shr(8 * (8 - word.len() as u32))
        .unwrap_or(0);
    let case_bits = u64::from_le_bytes([0x20; 8]) & filled;
    u64::from_le_bytes(bytes) | case_bits
}

/// Whether `word`, ASCII letters, digits and apostrophes in any case, is a stopword: the same
/// as `is_stopword(&word.to_ascii_lowercase())`, without building the lower-case string.
pub fn is_ascii_stopword(word: &str) -> bool {
    debug_assert!(word
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'\''));
    if word.len() <= 8 {
        SHORT_ASCII_STOPWORDS.contains(&ascii_key(word.as_bytes()))
    } else {
        LONG_ASCII_STOPWORDS
            .iter()
            .any(|stopword| stopword.eq_ignore_ascii_case(word))
    }
}

/// A character of Chinese, Japanese or Korean: kana, Han ideographs (with extension A and the
/// compatibility block) and Hangul syllables. Those scripts do not put spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{ac00}'..='\u{d7af}' // hangul syllables
        | '\u{f900}'..='\u{faff}')
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
    fn word_count_bounds_agree_with_segmentation() {
        let samples = [
            "* Home",
            "U.S. officials can't say",
            "ab_cd 3.5 x-y",
            "one two three four five",
            "Read more »",
            "12:30 | 14.11.2025",
            "",
            "a",
            "e-mail: me@example.com",
        ];
        for sample in samples {
            let count = word_count(sample);
            assert!(min_words(sample, usize::MAX) <= count, "{sample}");
            assert!(max_words(sample, usize::MAX) >= count, "{sample}");
            for n in 0..8 {
                assert_eq!(has_words(sample, n), count >= n, "{sample} {n}");
            }
        }
    }

    #[test]
    fn pieces_segment_like_the_whole_text() {
        let samples = [
            "Café au lait, l’été. e.g. 3.14 a_b",
            "x\u{301} \u{301}y a\tb \u{93f}ab c",
            "日本語 text ’quoted’ don’t 1’000",
            "\u{3000} a \u{200d}b \u{1f1e6}\u{1f1e6} c\r\nd",
            "ß:ß. a.ß é",
        ];
        for sample in samples {
            let whole: Vec<(usize, &str)> = sample.unicode_word_indices().collect();
            let start = sample.as_ptr() as usize;
            let found: Vec<(usize, &str)> = words(sample)
                .map(|w| (w.as_ptr() as usize - start, w))
                .collect();
            assert_eq!(found, whole, "{sample:?}");
        }
    }

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
    fn word_count_bounds_hold_on_any_text() {
        for text in [
            "The mayor of the city signed 42 bills",
            "e.g. U.S.-based — “quoted” can't 3.14 a_b",
            "Привет мир, hello wörld 日本語",
            "  * • -- ",
            "x\u{301} \u{301}y a\tb",
        ] {
            assert!(min_words(text, usize::MAX) <= word_count(text), "{text:?}");
            assert!(max_words(text, usize::MAX) >= word_count(text), "{text:?}");
        }
        assert_eq!(min_words("The mayor of the city", usize::MAX), 5);
        assert_eq!(min_words("The mayor of the city", 2), 2);
    }

    proptest::proptest! {
        #[test]
        fn trims_like_str_trim(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                " ", "        ", "\t", "\u{a0}", "\u{3000}", "\u{85}", "\u{2028}", "\u{b}", "é",
                "a", "Home", "•",
            ]), 0..24),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(trim_start(&text), text.trim_start());
            proptest::prop_assert_eq!(trim(&text), text.trim());
        }
    }

    #[test]
    fn ascii_stopwords_are_found_in_any_case() {
        let ascii = STOPWORDS.iter().filter(|word| word.is_ascii());
        for word in ascii {
            assert!(is_ascii_stopword(word), "{word}");
            assert!(is_ascii_stopword(&word.to_ascii_uppercase()), "{word}");
            assert!(!is_ascii_stopword(&format!("{word}s")) || is_stopword(&format!("{word}s")));
        }
        for word in [
            "",
            "mayor",
            "Springfield",
            "thex",
            "THEMSELVESX",
            "ourselve",
            "a'",
        ] {
            assert!(!is_ascii_stopword(word), "{word}");
        }
    }

    #[test]
    fn content_words_skip_function_words_and_numbers() {
        let found: Vec<_> = content_words("The mayor of the city signed 42 bills").collect();
        assert_eq!(found, ["mayor", "city", "signed", "bills"]);
    }
}
