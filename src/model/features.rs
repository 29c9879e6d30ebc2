//! The line model's features: what it knows about a line, hashed into a fixed-size space.
//!
//! One function, [`line_features`], emits every feature of a line to a [`Sink`]: the scorer
//! adds up weights, the trainer (in `lab/`) collects the features, `--explain` keeps the
//! strongest with their names. Training and scoring therefore can never see different
//! features. The groups:
//!
//! - **words**: lower-cased Unicode words (runs of letters and digits; each CJK character is a
//!   word) and pairs of neighbouring words, of the first [`MAX_WORDS`] words; each valued
//!   `1/sqrt(n)` for a line of `n` words, so a long line weighs no more than a short one;
//! - **character trigrams** of the words of short lines (morphology: `kommentare`, `kommentar`),
//!   and pairs of CJK characters (languages without spaces);
//! - **layout**: length, word count, stopword density, share of capitalised words and digits,
//!   the last and first character, list markers, links and handles, clock times, indentation
//!   against the neighbours;
//! - **position**: relative position, first and last lines, paragraph size;
//! - **neighbours**: the layout of the nearest non-blank line above and below, and how many of
//!   the six lines around are short;
//! - **document**: its profile and size;
//! - **rule verdicts**: which rule, if any, would remove the line and its neighbours.
//!
//! Layout, position and verdict features are emitted twice, alone and crossed with the
//! profile, so that page dumps and extracted articles can weigh them differently.

use crate::blocks::{Features, Profile};

/// Hash bits: the model has `1 << BITS` weights.
pub const BITS: u32 = 20;

/// Words per line that get word features: enough for any menu entry, prompt or caption, while
/// prose (which the layout features already recognise) costs no more past it.
pub const MAX_WORDS: usize = 48;

/// Lines of at most this many words get character trigrams.
pub const TRIGRAM_MAX_WORDS: usize = 12;

/// What a feature is, for explanations. Built without allocating; only `--explain` turns it
/// into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name<'t> {
    Word(&'t str),
    Pair(&'t str, &'t str),
    Gram(&'t str),
    /// A word of a short line just above.
    Under(&'t str),
    /// A layout, position or document fact.
    Fact(&'static str),
    /// A fact with a bucket: `("length", 3)`.
    Bucket(&'static str, u8),
    /// A rule's verdict on this line (`"self"`) or a neighbour.
    Verdict(&'static str, &'static str),
}

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Name::Word(word) => write!(f, "word \"{}\"", word.to_lowercase()),
            Name::Pair(a, b) => write!(
                f,
                "words \"{} {}\"",
                a.to_lowercase(),
                b.to_lowercase()
            ),
            Name::Gram(gram) => write!(f, "letters \"{}\"", gram.to_lowercase()),
            Name::Under(word) => write!(f, "under a line with \"{}\"", word.to_lowercase()),
            Name::Fact(fact) => f.write_str(fact),
            Name::Bucket(fact, bucket) => write!(f, "{fact} {bucket}"),
            Name::Verdict("self", rule) => write!(f, "{rule} would remove it"),
            Name::Verdict("above", rule) => write!(f, "below a line {rule} would remove"),
            Name::Verdict(place, rule) => write!(f, "{rule} would remove the line {place}"),
        }
    }
}

/// Receives a line's features: `slot` is the feature's index in the weight table.
pub trait Sink {
    fn add(&mut self, slot: u32, value: f32, name: Name<'_>);
}

/// What the features of one document are computed from.
pub struct DocumentView<'d> {
    /// The lines' normalised text.
    pub lines: &'d [&'d str],
    /// [`Features::of`] of every line.
    pub features: &'d [Features],
    /// The rule that would remove each line (an index into the model's verdict names, 0 for
    /// none).
    pub verdicts: &'d [u8],
    pub profile: Profile,
    pub layout: &'d Layout,
}

/// Document-wide layout the line features compare each line with.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The indentation of the document's prose: the one holding the most characters of lines
    /// of ten words or more that end a sentence (page dumps indent each container alike).
    pub prose_indent: Option<usize>,
    /// Per line, the words of its paragraph (the run of non-blank lines it belongs to).
    pub paragraph_words: Vec<u32>,
    /// Per line, a bucket of the share of its longer words (four bytes or more) that the
    /// document's prose uses elsewhere: lines of the article share words with it, another
    /// story's headline or a menu rarely does. 0: no such word.
    pub prose_overlap: Vec<u8>,
    /// Per line, the rules (bit `v` for verdict `v`) that would remove some line above it: text
    /// below a comment counter, a copyright line or a related-links heading is rarely article.
    pub below: Vec<u32>,
}

/// Whether a line counts as prose for [`Layout`]: ten words or more, ending a sentence.
fn is_prose(f: &Features) -> bool {
    f.words >= 10 && f.sentence_end
}

/// Words long enough to say what a line is about (bytes, so CJK characters count).
fn is_content_word(word: &Word) -> bool {
    word.end - word.start >= 4 || word.cjk
}

impl Layout {
    pub fn of(lines: &[&str], features: &[Features], verdicts: &[u8]) -> Self {
        let mut by_indent: Vec<(usize, usize)> = Vec::new();
        for f in features {
            if is_prose(f) {
                match by_indent.iter_mut().find(|(indent, _)| *indent == f.indent) {
                    Some((_, chars)) => *chars += f.chars,
                    None => by_indent.push((f.indent, f.chars)),
                }
            }
        }
        let prose_indent = by_indent
            .iter()
            .max_by_key(|&&(indent, chars)| (chars, std::cmp::Reverse(indent)))
            .map(|&(indent, _)| indent);
        let mut paragraph_words = vec![0u32; lines.len()];
        let mut start = 0;
        while start < lines.len() {
            if lines[start].is_empty() {
                start += 1;
                continue;
            }
            let end = (start..lines.len())
                .find(|&i| lines[i].is_empty())
                .unwrap_or(lines.len());
            let words: usize = features[start..end].iter().map(|f| f.words).sum();
            paragraph_words[start..end].fill(words.min(u32::MAX as usize) as u32);
            start = end;
        }
        let mut prose_words: rustc_hash::FxHashMap<u64, u32> = Default::default();
        let mut buffer = Vec::new();
        for (line, f) in lines.iter().zip(features) {
            if is_prose(f) {
                words(line, &mut buffer);
                for word in buffer.iter().filter(|w| is_content_word(w)) {
                    *prose_words.entry(word.hash).or_default() += 1;
                }
            }
        }
        let mut own: Vec<u64> = Vec::new();
        let prose_overlap = lines
            .iter()
            .zip(features)
            .map(|(line, f)| {
                if line.is_empty() {
                    return 0;
                }
                words(line, &mut buffer);
                own.clear();
                own.extend(buffer.iter().filter(|w| is_content_word(w)).map(|w| w.hash));
                if own.is_empty() {
                    return 0;
                }
                let prose = is_prose(f);
                let shared = own
                    .iter()
                    .filter(|&&hash| {
                        let in_prose = prose_words.get(&hash).copied().unwrap_or(0);
                        let in_line = if prose {
                            own.iter().filter(|&&h| h == hash).count() as u32
                        } else {
                            0
                        };
                        in_prose > in_line
                    })
                    .count();
                1 + share_bucket(shared, own.len())
            })
            .collect();
        let mut seen = 0u32;
        let below = verdicts
            .iter()
            .map(|&verdict| {
                let above = seen;
                if verdict != 0 && verdict < 32 {
                    seen |= 1 << verdict;
                }
                above
            })
            .collect();
        Layout {
            prose_indent,
            paragraph_words,
            prose_overlap,
            below,
        }
    }
}

/// Names of the verdicts: 0 is "no rule removes it", then the filters by id.
pub type VerdictNames = [&'static str];

const SEED: u64 = 0x51_7cc1_b727_220a_95;

#[inline]
fn mix(hash: u64) -> u64 {
    // The finaliser of SplitMix64: every input bit reaches every output bit.
    let mut z = hash;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn slot(namespace: u64, key: u64) -> u32 {
    (mix(key ^ namespace.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ SEED) >> (64 - BITS)) as u32
}

#[inline]
fn step(hash: u64, unit: u64) -> u64 {
    (hash.rotate_left(7) ^ unit).wrapping_mul(0x100_0000_01b3)
}

// Namespaces: one per group, and the profile crossing.
const NS_WORD: u64 = 1;
const NS_PAIR: u64 = 2;
const NS_GRAM: u64 = 3;
const NS_FACT: u64 = 4;
const NS_BIAS: u64 = 5;
const NS_UNDER: u64 = 6;
const NS_PAGE: u64 = 1 << 32;

/// A word of a line: its lower-cased hash and where it stands in the line; CJK characters are
/// words of their own.
#[derive(Clone, Copy)]
struct Word {
    hash: u64,
    start: u32,
    end: u32,
    cjk: bool,
}

impl Word {
    fn text(self, line: &str) -> &str {
        &line[self.start as usize..self.end as usize]
    }
}

fn words(text: &str, out: &mut Vec<Word>) {
    let word = |hash: u64, start: usize, end: usize, cjk: bool| Word {
        hash,
        start: start as u32,
        end: end as u32,
        cjk,
    };
    out.clear();
    let mut start = None;
    let mut hash = 0u64;
    for (at, c) in text.char_indices() {
        let unit = if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                Some(u64::from(c.to_ascii_lowercase() as u8))
            } else {
                None
            }
        } else if is_cjk(c) {
            if let Some(from) = start.take() {
                out.push(word(hash, from, at, false));
            }
            out.push(word(
                step(0x5a, u64::from(c as u32)),
                at,
                at + c.len_utf8(),
                true,
            ));
            continue;
        } else if c.is_alphanumeric() {
            let mut lower = c.to_lowercase();
            let first = lower.next().unwrap_or(c);
            Some(u64::from(first as u32))
        } else {
            None
        };
        match unit {
            Some(unit) => {
                if start.is_none() {
                    start = Some(at);
                    hash = 0;
                }
                hash = step(hash, unit);
            }
            None => {
                if let Some(from) = start.take() {
                    out.push(word(hash, from, at, false));
                }
            }
        }
    }
    if let Some(from) = start {
        out.push(word(hash, from, text.len(), false));
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}')
}

/// Reusable buffers for [`line_features`].
#[derive(Default)]
pub struct Scratch {
    words: Vec<Word>,
}

/// Emits layout, position and verdict features, alone and crossed with the profile.
struct Facts<'s, S: Sink> {
    sink: &'s mut S,
    page: bool,
}

impl<S: Sink> Facts<'_, S> {
    #[inline]
    fn fact(&mut self, name: &'static str, key: u64) {
        let key = step(key, 0xfac7);
        self.sink.add(slot(NS_FACT, key), 1.0, Name::Fact(name));
        let crossed = if self.page { NS_PAGE } else { 2 * NS_PAGE };
        self.sink
            .add(slot(NS_FACT | crossed, key), 1.0, Name::Fact(name));
    }

    #[inline]
    fn bucket(&mut self, name: &'static str, id: u64, bucket: u8) {
        let key = step(id, u64::from(bucket) + 1);
        self.sink
            .add(slot(NS_FACT, key), 1.0, Name::Bucket(name, bucket));
        let crossed = if self.page { NS_PAGE } else { 2 * NS_PAGE };
        self.sink
            .add(slot(NS_FACT | crossed, key), 1.0, Name::Bucket(name, bucket));
    }
}

fn bucket_of(value: usize, bounds: &[usize]) -> u8 {
    bounds.iter().take_while(|&&b| value >= b).count() as u8
}

fn share_bucket(part: usize, whole: usize) -> u8 {
    if whole == 0 {
        return 0;
    }
    // 0, (0, 0.1), [0.1, 0.25), [0.25, 0.5), [0.5, 0.75), [0.75, 1), 1
    let share = part as f64 / whole as f64;
    if part == 0 {
        0
    } else if part >= whole {
        6
    } else {
        1 + [0.1, 0.25, 0.5, 0.75]
            .iter()
            .take_while(|&&b| share >= b)
            .count() as u8
    }
}

/// The class of a line's last (or first) character.
fn char_class(c: Option<char>) -> u8 {
    match c {
        None => 0,
        Some('.') => 1,
        Some('!') => 2,
        Some('?') => 3,
        Some(':') => 4,
        Some(',' | ';') => 5,
        Some('"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '«') => 6,
        Some(')' | ']') => 7,
        Some('(' | '[') => 8,
        Some('|' | '/' | '\\') => 9,
        Some('-' | '–' | '—') => 10,
        Some('…') => 11,
        Some('@') => 12,
        Some('#') => 13,
        Some('©') => 14,
        Some(c) if c.is_numeric() => 15,
        Some(c) if c.is_uppercase() => 16,
        Some(c) if c.is_lowercase() => 17,
        Some(c) if c.is_alphabetic() => 18,
        Some(c) if c.is_whitespace() => 19,
        Some(_) => 20,
    }
}

const LENGTH_BOUNDS: [usize; 8] = [1, 6, 16, 31, 61, 121, 251, 501];
const WORD_BOUNDS: [usize; 9] = [1, 2, 3, 4, 6, 10, 20, 40, 80];

/// Layout facts of one line, under a prefix id (self, above, below).
fn layout<S: Sink>(facts: &mut Facts<'_, S>, f: &Features, text: &str, id: u64) {
    facts.bucket("length", id ^ 0x10, bucket_of(f.chars, &LENGTH_BOUNDS));
    facts.bucket("words", id ^ 0x11, bucket_of(f.words, &WORD_BOUNDS));
    let trimmed = text.trim();
    facts.bucket(
        "last character",
        id ^ 0x12,
        char_class(trimmed.chars().next_back()),
    );
    if f.bullet {
        facts.fact("list item", id ^ 0x13);
    }
    if f.links > 0 {
        facts.fact("link or handle", id ^ 0x14);
    }
}

/// Emits every feature of line `index` of `view` to `sink`.
pub fn line_features<S: Sink>(
    view: &DocumentView<'_>,
    verdict_names: &VerdictNames,
    index: usize,
    scratch: &mut Scratch,
    sink: &mut S,
) {
    let text = view.lines[index];
    let f = &view.features[index];
    let page = view.profile == Profile::Page;
    sink.add(slot(NS_BIAS, 0), 1.0, Name::Fact("bias"));
    sink.add(
        slot(NS_BIAS, if page { 1 } else { 2 }),
        1.0,
        Name::Fact(if page { "page dump" } else { "extracted article" }),
    );

    // Words, pairs and trigrams.
    let local = &mut scratch.words;
    words(text, local);
    let count = local.len().min(MAX_WORDS);
    if count > 0 {
        let value = 1.0 / (count as f32).sqrt();
        let mut previous: Option<Word> = None;
        for &word in &local[..count] {
            sink.add(slot(NS_WORD, word.hash), value, Name::Word(word.text(text)));
            if let Some(previous) = previous {
                sink.add(
                    slot(NS_PAIR, step(previous.hash, word.hash)),
                    value,
                    Name::Pair(previous.text(text), word.text(text)),
                );
            }
            previous = Some(word);
        }
        if local.len() <= TRIGRAM_MAX_WORDS {
            for &word in local.iter() {
                if !word.cjk {
                    trigrams(word.text(text), value, sink);
                }
            }
        }
    }

    let mut facts = Facts { sink, page };
    layout(&mut facts, f, text, 0);
    let latin_words = f.words - f.cjk;
    if f.words >= 3 {
        facts.bucket("stopword share", 0x20, share_bucket(f.stopwords, f.words));
    }
    if latin_words >= 2 {
        facts.bucket(
            "capitalised share",
            0x21,
            share_bucket(f.capitalised, latin_words),
        );
    }
    facts.bucket("digit share", 0x22, share_bucket(f.digits, f.chars));
    let trimmed = text.trim();
    facts.bucket("first character", 0x23, char_class(trimmed.chars().next()));
    if f.numbered {
        facts.fact("numbered item", 0x24);
    }
    if f.clock_time {
        facts.fact("clock time", 0x25);
    }
    if f.cookies > 0 {
        facts.fact("mentions cookies", 0x26);
    }
    if f.sentence_end {
        facts.fact("ends a sentence", 0x27);
    }
    if f.letters > 0 && !trimmed.chars().any(char::is_lowercase) && f.words >= 2 {
        facts.fact("all capitals", 0x28);
    }
    if trimmed.contains(" | ") || trimmed.contains(" · ") || trimmed.contains(" • ") {
        facts.fact("separator bars", 0x29);
    }
    if trimmed.contains("http") || trimmed.contains("www.") {
        facts.fact("web address", 0x2a);
    }
    if f.cjk > 0 {
        facts.fact("CJK", 0x2b);
    }
    match view.layout.prose_indent {
        Some(prose) => {
            let bucket = match f.indent.cmp(&prose) {
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1 + bucket_of(f.indent - prose, &[3, 9, 21]),
                std::cmp::Ordering::Less => 5 + bucket_of(prose - f.indent, &[3, 9, 21]),
            };
            facts.bucket("indentation against the prose", 0x2c, bucket);
        }
        None => facts.fact("no prose in the document", 0x2d),
    }
    if exp("overlap") {
        facts.bucket(
            "share of its words in the article's prose",
            0x2f,
            view.layout.prose_overlap[index],
        );
    }
    facts.bucket(
        "words in the paragraph",
        0x2e,
        bucket_of(view.layout.paragraph_words[index] as usize, &WORD_BOUNDS),
    );

    // Position among the non-blank lines, and the paragraph.
    let live = |i: usize| !view.lines[i].is_empty();
    let above = (0..index).rev().find(|&i| live(i));
    let below = (index + 1..view.lines.len()).find(|&i| live(i));
    if above.is_none() {
        facts.fact("first line", 0x30);
    }
    if below.is_none() {
        facts.fact("last line", 0x31);
    }
    let position = (index * 10 / view.lines.len().max(1)) as u8;
    facts.bucket("position", 0x32, position);
    let alone_above = index == 0 || view.lines[index - 1].is_empty();
    let alone_below = index + 1 >= view.lines.len() || view.lines[index + 1].is_empty();
    facts.bucket(
        "paragraph edges",
        0x33,
        u8::from(alone_above) + 2 * u8::from(alone_below),
    );

    // Neighbours.
    for (place, id, neighbour) in [("above", 0x100, above), ("below", 0x200, below)] {
        match neighbour {
            Some(i) => {
                layout(&mut facts, &view.features[i], view.lines[i], id);
                let (mine, theirs) = (f.indent, view.features[i].indent);
                let relation = u8::from(mine > theirs) + 2 * u8::from(mine < theirs);
                facts.bucket("indentation against neighbour", id ^ 0x15, relation);
                let verdict = view.verdicts[i];
                if verdict != 0 {
                    let rule = verdict_names[usize::from(verdict)];
                    facts.sink.add(
                        slot(NS_FACT, step(id ^ 0x16, u64::from(verdict))),
                        1.0,
                        Name::Verdict(place, rule),
                    );
                }
            }
            None => facts.fact("no neighbour", id ^ 0x17),
        }
    }
    // The words of a short line just above (a heading: "Related stories", "Comments").
    if let Some(heading) = (index.saturating_sub(3)..index)
        .rev()
        .find(|&i| live(i) && view.features[i].words <= 5)
    {
        let text = view.lines[heading];
        let mut buffer = std::mem::take(&mut scratch.words);
        words(text, &mut buffer);
        for word in &buffer {
            facts.sink.add(
                slot(NS_UNDER, word.hash),
                1.0,
                Name::Under(word.text(text)),
            );
        }
        scratch.words = buffer;
    }
    let window = index.saturating_sub(3)..(index + 4).min(view.lines.len());
    let short_around = window
        .filter(|&i| i != index && live(i) && view.features[i].words < 5)
        .count();
    facts.bucket("short lines around", 0x40, short_around as u8);

    // Document.
    facts.bucket(
        "document lines",
        0x50,
        bucket_of(view.lines.len(), &[10, 30, 100, 300, 1000]),
    );

    // The rules' verdicts on the lines above.
    // Page dumps only: an extracted article's edges are already cut, and a rule's removal in
    // its middle (a caption, an embed) says nothing about the text below.
    if page {
        let mut below = view.layout.below[index];
        while below != 0 {
            let verdict = below.trailing_zeros();
            below &= below - 1;
            let rule = verdict_names[verdict as usize];
            let key = step(0x61, u64::from(verdict));
            facts
                .sink
                .add(slot(NS_FACT, key), 1.0, Name::Verdict("above", rule));
        }
    }

    // The rules' verdict on the line itself.
    let verdict = view.verdicts[index];
    if verdict != 0 {
        let rule = verdict_names[usize::from(verdict)];
        let key = step(0x60, u64::from(verdict));
        facts
            .sink
            .add(slot(NS_FACT, key), 1.0, Name::Verdict("self", rule));
        let crossed = if page { NS_PAGE } else { 2 * NS_PAGE };
        facts
            .sink
            .add(slot(NS_FACT | crossed, key), 1.0, Name::Verdict("self", rule));
    }
}

/// Character trigrams of a word, with its start and end marked.
fn trigrams<S: Sink>(word: &str, value: f32, sink: &mut S) {
    let mut starts = [0usize; 3];
    let mut units = [u64::from(b'^'); 3];
    let mut seen = 0usize;
    let emit = |units: &[u64; 3], from: usize, to: usize, sink: &mut S| {
        let key = step(step(step(0x37, units[0]), units[1]), units[2]);
        sink.add(slot(NS_GRAM, key), value, Name::Gram(&word[from..to]));
    };
    for (at, c) in word.char_indices() {
        let unit = u64::from(c.to_lowercase().next().unwrap_or(c) as u32);
        units = [units[1], units[2], unit];
        starts = [starts[1], starts[2], at];
        seen += 1;
        if seen >= 2 {
            let from = if seen == 2 { 0 } else { starts[0] };
            emit(&units, from, at + c.len_utf8(), sink);
        }
    }
    if seen >= 2 {
        units = [units[1], units[2], u64::from(b'$')];
        emit(&units, starts[1], word.len(), sink);
    }
}

pub fn exp(name: &str) -> bool {
    static EXP: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| std::env::var("DEBOILER_EXP").unwrap_or_default());
    EXP.split(',').any(|e| e == name)
}
