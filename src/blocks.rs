//! Text-only block signals for full-page dumps: per-line features, a jusText-style class with
//! context re-classification, and the document profile (page dump or extracted article).
//!
//! A *block* is one line. Signals: length in characters and words, stopword density, terminal
//! punctuation, share of capitalised words, digits and symbols, URLs, e-mail addresses and
//! handles, list-bullet markers and indentation. Pure functions of the text, so the filters that
//! use them (`crate::filters::main_content`, the line model's layout facts) stay
//! explainable: every class comes with the signal that decided it.

use std::sync::LazyLock;

use crate::document::{AnalysisTable, Document, LineAnalysis};
use crate::text::{ends_sentence, is_ascii_stopword, is_stopword, trim, trim_start};

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

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'   // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{ac00}'..='\u{d7af}' // hangul syllables
        | '\u{f900}'..='\u{faff}')
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

/// A line's class, jusText style: what the text alone says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Running prose: long enough, full of function words.
    Good,
    /// Prose-like but shorter; decided by its neighbours.
    NearGood,
    /// Too short to judge alone (subheadings, one-line paragraphs); decided by its neighbours.
    Short,
    /// Menus, link lists, symbol runs, name lists: not prose.
    Bad,
}

/// The class of a line and the signal that decided it (shown by `--explain`). Two bytes: a
/// page dump holds one per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub class: Class,
    pub signal: Signal,
}

const fn verdict(class: Class, signal: Signal) -> Verdict {
    Verdict { class, signal }
}

/// What decided a line's class; displayed as a short phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    NoLetters,
    CookieNotice,
    MostlyLinks,
    ShortListItem,
    Timestamp,
    MostlyDigits,
    ListItemWithProse,
    Prose,
    FewFunctionWords,
    ShortSentence,
    NameList,
    NoFunctionWords,
    ShortLine,
}

impl Signal {
    pub fn text(self) -> &'static str {
        match self {
            Signal::NoLetters => "no letters",
            Signal::CookieNotice => "cookie notice",
            Signal::MostlyLinks => "mostly links or handles",
            Signal::ShortListItem => "short list item (menu or link list)",
            Signal::Timestamp => "timestamp line (post or comment metadata)",
            Signal::MostlyDigits => "mostly digits",
            Signal::ListItemWithProse => "list item with prose (teaser or bullet point)",
            Signal::Prose => "prose: long, with function words",
            Signal::FewFunctionWords => "long but few function words",
            Signal::ShortSentence => "short sentence",
            Signal::NameList => "list of names (capitalised words, no function words)",
            Signal::NoFunctionWords => "no function words",
            Signal::ShortLine => "short line",
        }
    }
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// Classifies one line from its features alone. Without `stoplist_fits` (the document's language
/// has no stoplist, see [`stoplist_fits`]), function words are not counted on: density is
/// taken as that of ordinary prose, and length and punctuation decide.
pub fn classify(f: &Features, stoplist_fits: bool) -> Verdict {
    let density = if stoplist_fits {
        f.stopword_density()
    } else {
        0.3
    };
    let prose_words = if f.cjk > 0 {
        f.cjk / 2 + f.words - f.cjk
    } else {
        f.words
    };
    if f.letters == 0 {
        return verdict(Class::Bad, Signal::NoLetters);
    }
    if f.cookies >= 2 {
        return verdict(Class::Bad, Signal::CookieNotice);
    }
    if f.links * 3 >= f.words.max(1) {
        return verdict(Class::Bad, Signal::MostlyLinks);
    }
    if f.bullet && !f.numbered && prose_words < 8 {
        return verdict(Class::Bad, Signal::ShortListItem);
    }
    if f.clock_time && prose_words < 10 && !f.sentence_end {
        return verdict(Class::Bad, Signal::Timestamp);
    }
    if f.digits * 2 > f.letters + f.digits && prose_words < 10 {
        return verdict(Class::Bad, Signal::MostlyDigits);
    }
    if f.bullet && prose_words >= 10 && density >= 0.2 {
        return verdict(Class::NearGood, Signal::ListItemWithProse);
    }
    if prose_words >= 10 && density >= 0.2 && (f.sentence_end || prose_words >= 20) {
        return verdict(Class::Good, Signal::Prose);
    }
    if prose_words >= 15 && density >= 0.1 {
        return verdict(Class::NearGood, Signal::FewFunctionWords);
    }
    if prose_words >= 6 && density >= 0.15 && f.sentence_end {
        return verdict(Class::NearGood, Signal::ShortSentence);
    }
    if prose_words >= 6 && density < 0.1 && f.capitalised_share() > 0.6 && stoplist_fits {
        return verdict(Class::Bad, Signal::NameList);
    }
    if prose_words >= 8 && density < 0.1 && stoplist_fits {
        return verdict(Class::Bad, Signal::NoFunctionWords);
    }
    verdict(Class::Short, Signal::ShortLine)
}

/// jusText's context step: Short and NearGood lines take the class of their surroundings. A
/// line between good lines (or good and the document edge) is good; between bad lines it is bad.
/// `lines` are the classes of the live non-blank lines in order.
pub fn reclassify(classes: &[Class]) -> Vec<Class> {
    let decided = |class: &Class| matches!(class, Class::Good | Class::Bad);
    // The nearest decided class after each line, found in one backward pass: searching from
    // every line would be quadratic on a long run of short lines.
    let mut after = vec![None; classes.len()];
    let mut next = None;
    for (slot, class) in after.iter_mut().zip(classes).rev() {
        *slot = next;
        if decided(class) {
            next = Some(*class);
        }
    }
    let mut before = None;
    classes
        .iter()
        .zip(after)
        .map(|(&class, after)| {
            let result = match class {
                Class::Good | Class::Bad => class,
                class => match (before, after) {
                    (Some(Class::Good), Some(Class::Good)) => Class::Good,
                    (Some(Class::Bad), Some(Class::Bad)) => Class::Bad,
                    (Some(Class::Bad), None) | (None, Some(Class::Bad)) => Class::Bad,
                    (Some(Class::Good), None) | (None, Some(Class::Good)) => Class::Good,
                    _ if class == Class::NearGood => Class::Good,
                    _ => class,
                },
            };
            if decided(&class) {
                before = Some(class);
            }
            result
        })
        .collect()
}

/// Whether a document is a full-page dump (menus, footers and link lists around the article) or
/// already an extracted article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// Decide per document, by the share of short lines (`detect_profile`).
    #[default]
    Auto,
    /// Extracted article: only phrase-level rules run; short paragraphs, list items and
    /// subheadings are kept.
    Article,
    /// Full-page dump: the block classifier and the main-content region run too.
    Page,
}

impl Profile {
    /// The name `--profile` takes and the reports print: `auto`, `article` or `page`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Auto => "auto",
            Profile::Article => "article",
            Profile::Page => "page",
        }
    }
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(Profile::Auto),
            "article" => Ok(Profile::Article),
            "page" => Ok(Profile::Page),
            other => Err(format!("unknown profile `{other}` (auto, article, page)")),
        }
    }
}

/// Whether the stoplists cover the document's language: among lines of ten words or more, at
/// least [`MIN_DOCUMENT_DENSITY`] of the words are function words. Prose in a covered language
/// runs at 0.3–0.5; Indonesian, Turkish or Greek prose scores near zero.
pub fn stoplist_fits(features: impl IntoIterator<Item = Features>) -> bool {
    let (words, stopwords) = features
        .into_iter()
        .filter(|f| f.words >= 10)
        .fold((0, 0), |(w, s), f| (w + f.words, s + f.stopwords));
    words == 0 || stopwords as f64 >= MIN_DOCUMENT_DENSITY * words as f64
}

pub const MIN_DOCUMENT_DENSITY: f64 = 0.1;

/// The profile rule: a page dump is mostly short lines. A document is a page when at least
/// [`PAGE_SHORT_SHARE`] of its non-blank lines have fewer than five words, there are at least
/// [`PAGE_MIN_SHORT_LINES`] of them, and the page layout shows: most lines indented, at three
/// or more levels (text dumps of HTML keep the nesting of menus and lists), or short lines so
/// many ([`PAGE_CLEAR_SHORT_SHARE`] of the lines, and [`PAGE_CLEAR_SHORT_LINES`]) that no article looks like
/// that. Extracted articles have a median short share near 0.05 (0.2–0.5 for list-heavy ones)
/// and little indentation (code blocks, nested lists); page dumps a median share near 0.7 and
/// dozens of menu lines. Flattened table cells (`| 63 |`) are not counted. On the benchmark
/// files this calls about 586 of 602 dumps and 3 of 602 extracted articles pages (a share of
/// 0.3 instead of 0.2 missed nine layered dumps and changed no extracted article).
pub fn detect_profile(doc: &Document) -> Profile {
    let mut lines = 0usize;
    let mut short = 0usize;
    let mut indents: Vec<usize> = Vec::with_capacity(3);
    let mut indented = 0usize;
    for line in doc.lines() {
        let unindented = trim_start(line.text);
        let text = unindented.trim_end();
        // Flattened table cells are short by nature; they say nothing about menus.
        if text.is_empty() || text.starts_with('|') || text.ends_with('|') {
            continue;
        }
        lines += 1;
        if !crate::text::has_words(text, 5) {
            short += 1;
        }
        let indent = line.text.len() - unindented.len();
        if indent > 0 {
            indented += 1;
        }
        if indents.len() < 3 && !indents.contains(&indent) {
            indents.push(indent);
        }
    }
    let share = short as f64 / lines.max(1) as f64;
    let layered = indents.len() >= 3 && indented * 2 >= lines;
    let is_page = short >= PAGE_MIN_SHORT_LINES
        && share >= PAGE_SHORT_SHARE
        && (layered || (share >= PAGE_CLEAR_SHORT_SHARE && short >= PAGE_CLEAR_SHORT_LINES));
    if is_page {
        Profile::Page
    } else {
        Profile::Article
    }
}

pub const PAGE_SHORT_SHARE: f64 = 0.2;
pub const PAGE_MIN_SHORT_LINES: usize = 10;
pub const PAGE_CLEAR_SHORT_SHARE: f64 = 0.8;
pub const PAGE_CLEAR_SHORT_LINES: usize = 60;

/// Features and context classes of the live lines of a document, in line order.
pub struct Blocks<'d> {
    /// Indices into the document's lines, four bytes each (see [`Blocks::line`]).
    lines: Vec<u32>,
    /// The document's features, which [`Blocks::features`] reads rather than copies: in a page
    /// dump nearly every line is live.
    features: AnalysisTable<'d, FeatureTable>,
    pub verdicts: Vec<Verdict>,
    /// Classes after [`reclassify`].
    pub classes: Vec<Class>,
}

impl<'d> Blocks<'d> {
    /// The blocks of `doc`'s lines that `live` yields (each call yields them again, in order).
    pub fn of<I: Iterator<Item = usize>>(doc: &'d Document<'d>, live: impl Fn() -> I) -> Self {
        // Counted first: a page dump has hundreds of thousands of live lines, and a vector that
        // grows by doubling holds up to twice the room. A document of more than `u32::MAX`
        // lines (4 GB of line ends) has no blocks: the filters that use them leave it alone.
        let count = if u32::try_from(doc.len()).is_ok() {
            live().count()
        } else {
            0
        };
        let mut lines = Vec::with_capacity(count);
        lines.extend(live().take(count).map(|i| i as u32));
        let features = doc.analysis_table::<FeatureTable>();
        let fits = stoplist_fits(lines.iter().map(|&i| features.get(i as usize)));
        let verdicts: Vec<Verdict> = lines
            .iter()
            .map(|&i| classify(&features.get(i as usize), fits))
            .collect();
        let raw: Vec<Class> = verdicts.iter().map(|v| v.class).collect();
        let classes = reclassify(&raw);
        Blocks {
            lines,
            features,
            verdicts,
            classes,
        }
    }

    /// The number of live lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The document line of live line `k`.
    pub fn line(&self, k: usize) -> usize {
        self.lines[k] as usize
    }

    /// The document lines of the live lines, in order.
    pub fn lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.lines.iter().map(|&line| line as usize)
    }

    /// The features of live line `k`.
    pub fn features(&self, k: usize) -> Features {
        self.features.get(self.line(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// Memory: a page dump has a line for every 60 bytes or so; its features and verdicts are
    /// kept per line.
    #[test]
    fn per_line_values_are_small() {
        assert_eq!(std::mem::size_of::<PackedFeatures>(), 16);
        assert_eq!(std::mem::size_of::<Verdict>(), 2);
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

        #[test]
        fn reclassify_takes_the_nearest_decided_neighbours(
            classes in proptest::collection::vec(
                proptest::sample::select(vec![Class::Good, Class::NearGood, Class::Short, Class::Bad]),
                0..40,
            ),
        ) {
            proptest::prop_assert_eq!(reclassify(&classes), reference_reclassify(&classes));
        }
    }

    /// The context rule searched out from each line, as it reads.
    fn reference_reclassify(classes: &[Class]) -> Vec<Class> {
        let decided = |i: &usize| matches!(classes[*i], Class::Good | Class::Bad);
        (0..classes.len())
            .map(|i| {
                let class = classes[i];
                if matches!(class, Class::Good | Class::Bad) {
                    return class;
                }
                let before = (0..i).rev().find(decided).map(|j| classes[j]);
                let after = (i + 1..classes.len()).find(decided).map(|j| classes[j]);
                match (before, after) {
                    (Some(a), Some(b)) if a == b => a,
                    (Some(Class::Bad), None) | (None, Some(Class::Bad)) => Class::Bad,
                    (Some(Class::Good), None) | (None, Some(Class::Good)) => Class::Good,
                    _ if class == Class::NearGood => Class::Good,
                    _ => class,
                }
            })
            .collect()
    }

    fn class_of(line: &str) -> Class {
        classify(&Features::of(line), true).class
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
        for (_, list) in crate::text::STOPLISTS {
            for word in list.split_whitespace() {
                assert!(word.len() <= LONGEST_STOPWORD, "{word}");
            }
        }
    }

    #[test]
    fn cjk_characters_count_as_words() {
        let f = Features::of("这是一个关于城市交通的新闻报道。");
        assert_eq!(f.cjk, 15);
        assert!(f.stopwords >= 2);
        assert!(f.sentence_end);
    }

    #[test]
    fn prose_is_good_and_menus_are_bad() {
        assert_eq!(
            class_of(
                "The council approved the new budget on Monday after a long and heated debate."
            ),
            Class::Good
        );
        assert_eq!(
            class_of("Der Stadtrat hat den neuen Haushalt am Montag nach einer langen Debatte beschlossen."),
            Class::Good
        );
        assert_eq!(class_of("* Politics"), Class::Bad);
        // A short numbered item is a step or a listicle heading, not a menu entry.
        assert_eq!(class_of("5. Practise gratitude"), Class::Short);
        assert!(Features::of("12. Mix the flour").numbered);
        assert!(!Features::of("2019. A year in review").bullet);
        assert_eq!(class_of("12.11.2025 | 14:03"), Class::Bad);
        assert_eq!(class_of("November 19, 2019 at 6:34 am"), Class::Bad);
        assert_eq!(class_of("@citydesk https://t.co/x"), Class::Bad);
        assert_eq!(
            class_of(
                "This website uses cookies to improve your experience. Some cookies are necessary."
            ),
            Class::Bad
        );
        assert_eq!(
            class_of("Home News Sport Business Culture Travel Weather Video Podcasts"),
            Class::Bad
        );
    }

    #[test]
    fn short_lines_are_left_to_context() {
        assert_eq!(class_of("He declined to comment."), Class::Short);
        assert_eq!(class_of("What happens next"), Class::Short);
    }

    #[test]
    fn context_decides_short_lines() {
        use Class::*;
        assert_eq!(reclassify(&[Good, Short, Good]), [Good, Good, Good]);
        assert_eq!(reclassify(&[Bad, Short, Bad]), [Bad, Bad, Bad]);
        assert_eq!(reclassify(&[Bad, Short, Good]), [Bad, Short, Good]);
        assert_eq!(reclassify(&[Bad, NearGood, Good]), [Bad, Good, Good]);
        assert_eq!(reclassify(&[Short, Good]), [Good, Good]);
    }

    #[test]
    fn profiles() {
        let menu = "  Home\n    News\n      Sport\n  Weather\n  Contact\n  Login\n  Search\n  Menu\n  About\n  Jobs\n";
        let page =
            format!("{menu}  The council approved the new budget on Monday after a long debate.\n");
        assert_eq!(detect_profile(&Document::parse(&page)), Profile::Page);
        let flat_menu = "Home\nNews\nSport\nWeather\nContact\nLogin\nSearch\nMenu\nAbout\nJobs\n";
        let flat_page = format!(
            "{}The council approved the new budget on Monday after a long debate.\n",
            flat_menu.repeat(6)
        );
        assert_eq!(detect_profile(&Document::parse(&flat_page)), Profile::Page);
        assert_eq!(
            detect_profile(&Document::parse(&flat_menu.repeat(2))),
            Profile::Article
        );
        let article =
            "The council approved the new budget on Monday after a long debate.\n\n".repeat(12);
        assert_eq!(detect_profile(&Document::parse(&article)), Profile::Article);
        assert_eq!("page".parse::<Profile>(), Ok(Profile::Page));
        assert!("web".parse::<Profile>().is_err());
        let flat_list = format!(
            "{}{}",
            "2 eggs\n".repeat(12),
            "Mix the flour and the sugar in a large bowl until smooth.\n".repeat(6)
        );
        assert_eq!(
            detect_profile(&Document::parse(&flat_list)),
            Profile::Article
        );
        let table = format!("{}\n", "| DL |\nJane Roe |\n63 |\n".repeat(20));
        assert_eq!(detect_profile(&Document::parse(&table)), Profile::Article);
    }
}
