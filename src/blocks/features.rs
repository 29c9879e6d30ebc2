//! A line's block features, computed in one pass over its characters, and the compact table
//! that keeps every line's features with its document.

use std::sync::LazyLock;

use crate::document::{Document, LineAnalysis};
use crate::text::{ends_sentence, is_ascii_stopword, is_cjk, is_stopword, trim, trim_start};

/// Features of one line, computed in a single pass over its characters.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    pub chars: usize,
    pub words: usize,
    /// Function words of any stoplist (merged lists: measured as good as the document's
    /// dominant-language list on the benchmarks, and one lookup per word).
    pub stopwords: usize,
    /// Words that start with an upper-case letter.
    pub capitalised: usize,
    /// CJK ideographs and kana; each counts as a word, since those scripts do not use spaces.
    pub cjk: usize,
    pub digits: usize,
    pub letters: usize,
    /// `http`, `www.`, `@handle` and e-mail tokens.
    pub links: usize,
    /// Holds a clock time such as `6:34` or `14:03`.
    pub clock_time: bool,
    /// Mentions of cookies: two or more make a cookie-consent notice.
    pub cookies: usize,
    /// Leading spaces (a tab counts as four).
    pub indent: usize,
    /// Starts with a list marker: `*`, `+`, `-`, `•`, `·`, `▪`, `›`, `»`, or `1.`.
    pub bullet: bool,
    /// The list marker is a number (`1.` to `999.`): steps, rankings and listicle headings,
    /// rarely a menu.
    pub numbered: bool,
    pub sentence_end: bool,
}

impl Features {
    /// The features of line `index` of `doc`; the first read computes every line's.
    #[inline]
    pub fn of_line(doc: &Document, index: usize) -> Features {
        doc.analysis::<FeatureTable>(index)
    }

    pub fn of(line: &str) -> Self {
        let text = trim(line);
        let indent = indent_width(&line[..line.len() - trim_start(line).len()]);
        let marker = list_marker(text);
        let mut features = Features {
            indent,
            bullet: marker.is_some(),
            numbered: marker == Some(ListMarker::Number),
            sentence_end: ends_sentence(text),
            ..Features::default()
        };
        // The current word: where it starts in `text`, whether it starts with a capital, and
        // whether it is all ASCII (see `finish_word`).
        let mut word_start = None;
        let mut capitalised = false;
        let mut ascii = true;
        let mut lowercase = String::new();
        for (at, c) in text.char_indices() {
            features.chars += 1;
            let in_word = word_start.is_some();
            let joins = if c.is_ascii() {
                // The common case, without Unicode tables.
                if c.is_ascii_digit() {
                    features.digits += 1;
                    true
                } else if c.is_ascii_alphabetic() {
                    features.letters += 1;
                    true
                } else {
                    c == '\'' && in_word
                }
            } else if is_cjk(c) {
                features.cjk += 1;
                features.letters += 1;
                if is_cjk_particle(c) {
                    features.stopwords += 1;
                }
                false
            } else if c.is_alphanumeric() {
                if c.is_numeric() {
                    features.digits += 1;
                } else {
                    // Alphanumeric and not numeric: alphabetic.
                    features.letters += 1;
                }
                true
            } else {
                c == '’' && in_word
            };
            if joins {
                if !in_word {
                    word_start = Some(at);
                    capitalised = c.is_uppercase();
                    ascii = true;
                }
                ascii &= c.is_ascii();
            } else if let Some(start) = word_start.take() {
                let word = &text[start..at];
                finish_word(&mut features, word, capitalised, ascii, &mut lowercase);
            }
        }
        if let Some(start) = word_start {
            let word = &text[start..];
            finish_word(&mut features, word, capitalised, ascii, &mut lowercase);
        }
        features.words += features.cjk;
        features.links = count_links(text);
        features.cookies = count_cookie_mentions(text);
        features.clock_time = has_clock_time(text);
        features
    }

    /// Share of words that are function words: high in running prose, low in menus and names.
    pub fn stopword_density(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f64 / self.words as f64
        }
    }

    pub fn capitalised_share(&self) -> f64 {
        let latin_words = self.words - self.cjk;
        if latin_words == 0 {
            0.0
        } else {
            self.capitalised as f64 / latin_words as f64
        }
    }

    pub fn is_blank(&self) -> bool {
        self.chars == 0
    }
}

/// The [`Features`] of every line of a document, 16 bytes a line instead of 88 (see
/// [`Features::of_line`]): a page dump has a line for every 60 bytes or so. A line whose counts
/// do not fit (over 65,535 characters, or over 255 CJK characters, links or columns of
/// indentation, or over 7 cookie mentions) keeps its features whole, in a side list.
#[derive(Debug, Default)]
pub(crate) struct FeatureTable {
    packed: Vec<PackedFeatures>,
    wide: Vec<Features>,
}

#[derive(Debug, Clone, Copy)]
struct PackedFeatures {
    /// `chars`, `words`, `stopwords`, `capitalised`, `digits`, `letters`; for a [`WIDE`] line,
    /// the first two hold its index in the side list.
    counts: [u16; 6],
    /// `cjk`, `links`, `indent`.
    small: [u8; 3],
    /// `clock_time`, `bullet`, `numbered`, `sentence_end` and [`WIDE`], one bit each, and
    /// `cookies` in the top three bits.
    flags: u8,
}

const WIDE: u8 = 1 << 4;
const COOKIES_SHIFT: u32 = 5;

/// Every line's [`Features`], kept with the document.
impl LineAnalysis for FeatureTable {
    type Table = FeatureTable;
    type Value = Features;

    fn table(doc: &Document) -> FeatureTable {
        FeatureTable::of((0..doc.len()).map(|index| doc.line(index)))
    }

    fn get(table: &FeatureTable, index: usize) -> Features {
        table.get(index)
    }
}

impl FeatureTable {
    pub(crate) fn of<'t>(lines: impl ExactSizeIterator<Item = &'t str>) -> Self {
        let mut table = FeatureTable {
            packed: Vec::with_capacity(lines.len()),
            wide: Vec::new(),
        };
        for line in lines {
            let f = Features::of(line);
            let packed = PackedFeatures::of(&f).unwrap_or_else(|| {
                let index = table.wide.len();
                table.wide.push(f);
                let mut counts = [0; 6];
                counts[0] = index as u16;
                counts[1] = (index >> 16) as u16;
                PackedFeatures {
                    counts,
                    small: [0; 3],
                    flags: WIDE,
                }
            });
            table.packed.push(packed);
        }
        table
    }

    pub(crate) fn get(&self, index: usize) -> Features {
        let PackedFeatures {
            counts,
            small,
            flags,
        } = self.packed[index];
        if flags & WIDE != 0 {
            return self.wide[usize::from(counts[0]) | usize::from(counts[1]) << 16];
        }
        let [chars, words, stopwords, capitalised, digits, letters] = counts.map(usize::from);
        let [cjk, links, indent] = small.map(usize::from);
        Features {
            chars,
            words,
            stopwords,
            capitalised,
            cjk,
            digits,
            letters,
            links,
            indent,
            cookies: usize::from(flags >> COOKIES_SHIFT),
            clock_time: flags & 1 != 0,
            bullet: flags & 2 != 0,
            numbered: flags & 4 != 0,
            sentence_end: flags & 8 != 0,
        }
    }
}

impl PackedFeatures {
    /// `f` packed, if its counts fit.
    fn of(f: &Features) -> Option<Self> {
        let wide = [
            f.chars,
            f.words,
            f.stopwords,
            f.capitalised,
            f.digits,
            f.letters,
        ];
        let mut counts = [0; 6];
        for (packed, count) in counts.iter_mut().zip(wide) {
            *packed = u16::try_from(count).ok()?;
        }
        let mut small = [0; 3];
        for (packed, count) in small.iter_mut().zip([f.cjk, f.links, f.indent]) {
            *packed = u8::try_from(count).ok()?;
        }
        let cookies = u8::try_from(f.cookies).ok().filter(|&c| c < 8)?;
        let flags = u8::from(f.clock_time)
            | u8::from(f.bullet) << 1
            | u8::from(f.numbered) << 2
            | u8::from(f.sentence_end) << 3
            | cookies << COOKIES_SHIFT;
        Some(PackedFeatures {
            counts,
            small,
            flags,
        })
    }
}

/// Width of leading whitespace: a tab counts as four.
fn indent_width(indentation: &str) -> usize {
    let tabs = indentation.bytes().filter(|&b| b == b'\t').count();
    if indentation.is_ascii() {
        return indentation.len() + 3 * tabs;
    }
    indentation.chars().count() + 3 * tabs
}

/// Longer words (in bytes) are never function words; their lookup is skipped.
const LONGEST_STOPWORD: usize = 24;

/// Counts one word, given as it stands in the line (`capitalised`: it starts with an
/// upper-case letter; `ascii`: it is all ASCII). Every word counts (it starts with a letter or
/// digit, so something is left when trailing apostrophes are trimmed); it counts as capitalised,
/// and is looked up as a function word, when its lower-case form, so trimmed, holds a letter.
///
/// Performance: most words are ASCII. Their lower-case form holds a letter when the word does,
/// and [`is_ascii_stopword`] looks them up without building it. Other words are lower-cased
/// char by char into `lowercase`, a buffer kept for the line.
fn finish_word(
    features: &mut Features,
    word: &str,
    capitalised: bool,
    ascii: bool,
    lowercase: &mut String,
) {
    features.words += 1;
    if ascii {
        let word = word.trim_end_matches('\'');
        if word.bytes().any(|b| b.is_ascii_alphabetic()) {
            if capitalised {
                features.capitalised += 1;
            }
            if is_ascii_stopword(word) {
                features.stopwords += 1;
            }
        }
        return;
    }
    lowercase.clear();
    lowercase.extend(word.chars().flat_map(char::to_lowercase));
    let word_text = lowercase.trim_end_matches(['\'', '’']);
    if word_text.chars().any(char::is_alphabetic) {
        if capitalised {
            features.capitalised += 1;
        }
        if word_text.len() <= LONGEST_STOPWORD && is_stopword(word_text) {
            features.stopwords += 1;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListMarker {
    Symbol,
    Number,
}

fn list_marker(text: &str) -> Option<ListMarker> {
    let mut chars = text.chars();
    match chars.next() {
        Some('*' | '+' | '-' | '•' | '·' | '▪' | '›' | '»' | '■' | '►' | '▸' | '◦') => {
            chars
                .next()
                .is_none_or(|c| c == ' ')
                .then_some(ListMarker::Symbol)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
            (rest.starts_with(". ") && text.len() - rest.len() <= 3).then_some(ListMarker::Number)
        }
        _ => None,
    }
}

fn count_links(text: &str) -> usize {
    // Most lines hold none of the tokens' marks: skip splitting them. (The memchr searchers
    // scan faster than `str::contains`, and are built once.)
    static HTTP: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("http"));
    static WWW: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("www."));
    let bytes = text.as_bytes();
    if memchr::memchr(b'@', bytes).is_none()
        && HTTP.find(bytes).is_none()
        && WWW.find(bytes).is_none()
    {
        return 0;
    }
    text.split_whitespace()
        .filter(|token| {
            token.starts_with("http")
                || token.starts_with("www.")
                || (token.starts_with('@') && token.len() > 1)
                || (token.contains('@') && token.contains('.'))
        })
        .count()
}

fn has_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|at| {
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
            && bytes.get(at + 2).is_some_and(u8::is_ascii_digit)
            && !bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
    })
}

fn count_cookie_mentions(text: &str) -> usize {
    static FINDER: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("ookie"));
    FINDER.find_iter(text.as_bytes()).count()
}

/// The commonest Chinese and Japanese function characters: they play the role of stopwords.
fn is_cjk_particle(c: char) -> bool {
    matches!(
        c,
        '的' | '了'
            | '是'
            | '在'
            | '和'
            | '也'
            | '有'
            | '就'
            | '不'
            | '这'
            | '我'
            | '他'
            | '们'
            | '个'
            | '与'
            | '及'
            | '而'
            | '但'
            | '被'
            | '将'
            | '对'
            | '从'
            | 'の'
            | 'は'
            | 'を'
            | 'に'
            | 'が'
            | 'で'
            | 'と'
            | 'も'
            | 'た'
            | 'し'
            | 'て'
            | 'な'
            | 'い'
            | 'す'
            | 'る'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// Memory: a page dump has a line for every 60 bytes or so; its features are kept per line.
    #[test]
    fn per_line_features_are_small() {
        assert_eq!(std::mem::size_of::<PackedFeatures>(), 16);
    }

    #[test]
    fn the_feature_table_gives_back_every_line_s_features() {
        let long = format!("\t{}", "Word and 12 (@x) ".repeat(5_000));
        let lines = [
            "",
            "      * Home",
            "1. The council met on Monday at 6:34 and approved the budget.",
            long.as_str(),
            "We use cookies. Accept cookies?",
            "東京で会議が開かれた。",
            &"東京で会議が開かれた。".repeat(30),
            &"cookies ".repeat(9),
            &format!("{}Indented far", " ".repeat(300)),
        ];
        let table = FeatureTable::of(lines.iter().copied());
        assert_eq!(table.wide.len(), 4);
        for (index, line) in lines.iter().enumerate() {
            assert_eq!(table.get(index), Features::of(line), "{line:.40}");
        }
    }

    #[test]
    fn indentation_counts_tabs_as_four() {
        assert_eq!(Features::of("\t  \u{3000}Home").indent, 7);
        assert_eq!(Features::of(&format!("{}Home", " ".repeat(19))).indent, 19);
    }

    /// The straightforward per-character version of [`Features::of`], which the fast paths
    /// must agree with: a lower-case `String` per word, looked up with [`is_stopword`].
    fn reference_features(line: &str) -> Features {
        let indent = line
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let text = line.trim();
        let marker = list_marker(text);
        let mut features = Features {
            indent,
            bullet: marker.is_some(),
            numbered: marker == Some(ListMarker::Number),
            sentence_end: ends_sentence(text),
            ..Features::default()
        };
        let mut word = String::new();
        let mut word_is_capitalised = false;
        for c in text.chars() {
            features.chars += 1;
            if c.is_ascii() {
                // The common case, without Unicode tables.
                if c.is_ascii_alphanumeric() || c == '\'' && !word.is_empty() {
                    if word.is_empty() {
                        word_is_capitalised = c.is_ascii_uppercase();
                    }
                    if c.is_ascii_digit() {
                        features.digits += 1;
                    } else if c.is_ascii_alphabetic() {
                        features.letters += 1;
                    }
                    word.push(c.to_ascii_lowercase());
                } else {
                    reference_finish_word(&mut features, &mut word, word_is_capitalised);
                }
                continue;
            }
            if is_cjk(c) {
                features.cjk += 1;
                features.letters += 1;
                if is_cjk_particle(c) {
                    features.stopwords += 1;
                }
                reference_finish_word(&mut features, &mut word, word_is_capitalised);
                continue;
            }
            if c.is_alphanumeric() || (c == '\'' || c == '’') && !word.is_empty() {
                if word.is_empty() {
                    word_is_capitalised = c.is_uppercase();
                }
                if c.is_numeric() {
                    features.digits += 1;
                } else if c.is_alphabetic() {
                    features.letters += 1;
                }
                word.extend(c.to_lowercase());
            } else {
                reference_finish_word(&mut features, &mut word, word_is_capitalised);
            }
        }
        reference_finish_word(&mut features, &mut word, word_is_capitalised);
        features.words += features.cjk;
        features.links = count_links(text);
        features.cookies = count_cookie_mentions(text);
        features.clock_time = has_clock_time(text);
        features
    }

    fn reference_finish_word(features: &mut Features, word: &mut String, capitalised: bool) {
        if word.is_empty() {
            return;
        }
        let word_text = word.trim_end_matches(['\'', '’']);
        if word_text.chars().any(char::is_alphabetic) {
            features.words += 1;
            if capitalised {
                features.capitalised += 1;
            }
            if word_text.len() <= LONGEST_STOPWORD && is_stopword(word_text) {
                features.stopwords += 1;
            }
        } else if !word_text.is_empty() {
            features.words += 1;
        }
        word.clear();
    }

    #[test]
    fn features_count_words_stopwords_and_shape() {
        let f = Features::of("    * The mayor of Springfield said it's over, see https://x.org");
        assert_eq!(f.indent, 4);
        assert!(f.bullet);
        assert_eq!(f.words, 11);
        assert_eq!(f.links, 1);
        assert_eq!(f.capitalised, 2);
        assert!(f.stopwords >= 3);
    }

    #[test]
    fn no_stopword_is_longer_than_the_lookup_limit() {
        for word in crate::vocabulary::STOPWORDS {
            assert!(word.len() <= LONGEST_STOPWORD, "{word}");
        }
    }

    #[test]
    fn cjk_characters_count_as_words() {
        let f = Features::of("这是一个关于城市交通的新闻报道。");
        assert_eq!(f.cjk, 15);
        assert!(f.stopwords >= 2);
        assert!(f.sentence_end);
    }

    proptest::proptest! {
        #[test]
        fn features_are_those_of_the_reference(
            tokens in proptest::collection::vec(proptest::prop_oneof![
                4 => proptest::sample::select(vec![
                    " ", "  ", "\t", "'", "’", ".", ",", "!", "?", ":", "-", "*", "•", "|", "@",
                    "http://x.org", "www.", "cookie", "12", "3", "6:34", "The", "the", "AND",
                    "don", "s", "It", "über", "Über", "für", "ÉTÉ", "été", "İ", "ß", "ǅ", "Σ",
                    "e\u{301}", "\u{301}", "的", "城市", "の", "한국", "٣", "१२", "Ⅻ", "①",
                    "THEMSELVES", "derselben", "internationalisation", "x'", "ourselves",
                ]).prop_map(String::from),
                1 => proptest::char::any().prop_map(String::from),
            ], 0..14),
        ) {
            let line = tokens.concat();
            proptest::prop_assert_eq!(Features::of(&line), reference_features(&line));
        }
    }
}
