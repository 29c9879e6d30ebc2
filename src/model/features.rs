//! The line model's features: what it knows about a line.
//!
//! One function, [`line_features`], emits every feature of a line to a [`Sink`]: the scorer
//! adds up weights, the trainer (in `lab/`) collects the features, `--explain` keeps the
//! strongest with their names. Training and scoring therefore never see different features.
//! Two kinds:
//!
//! - **words**, hashed into `1 << BITS` slots: the lower-cased Unicode words of the line (runs
//!   of letters and digits; each CJK character is a word, so pairs of them are the character
//!   bigrams of languages without spaces) and pairs of neighbouring words, of its first
//!   [`MAX_WORDS`] words, each valued `1/sqrt(n)` for a line of `n` words so that a long line
//!   weighs no more than a short one;
//! - **facts**, each a [`Fact`] with a small bucket, in a dense table: the line's layout
//!   (length, words, stopword, capital and digit shares, its first and last character, list
//!   markers, links, clock times, indentation against the document's prose), its position and
//!   paragraph, the layout of the nearest non-blank lines above and below, how many lines
//!   around are short, the document's size and profile, and the rules' verdicts on the line,
//!   its neighbours and (in page dumps) the lines above it. A fact has one weight per profile,
//!   so page dumps and extracted articles weigh layout differently.

use super::facts::{
    bucket_of, char_class, share_bucket, DOCUMENT_BOUNDS, LENGTH_BOUNDS, WORD_BOUNDS,
};
pub use super::facts::{Around, Fact, Name, Place, BUCKETS};
use super::words::fold;
use crate::blocks::{Features, Profile};

/// Hash bits of the word features: `1 << BITS` word weights.
pub const BITS: u32 = 20;

pub use super::words::MAX_WORDS;

/// Receives a line's features. `slot` of a word feature is below `1 << BITS`; a fact's weight
/// depends on the document's profile (`page`).
pub trait Sink {
    fn word(&mut self, slot: u32, value: f32, name: Name<'_>);
    fn fact(&mut self, index: u32, page: bool, name: Name<'_>);

    /// A line's word features at once, in order, all valued `value`: `name(k)` names the
    /// `k`th. The scorer looks all the weights up before it adds them: the table is too large
    /// for the nearest caches, and lookups that wait on nothing overlap.
    #[inline]
    fn words<'t>(&mut self, slots: &[u32], value: f32, name: impl Fn(usize) -> Name<'t>) {
        for (k, &slot) in slots.iter().enumerate() {
            self.word(slot, value, name(k));
        }
    }
    /// A line's facts at once, in order (see [`Fact::index`] and [`Fact::name`]).
    #[inline]
    fn facts(&mut self, facts: &[(Fact, u8)], page: bool, verdict_names: &VerdictNames) {
        for &(fact, bucket) in facts {
            self.fact(fact.index(bucket), page, fact.name(bucket, verdict_names));
        }
    }
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
    /// Per line, the rules (bit `v` for verdict `v`) that would remove some line above it: text
    /// below a comment counter, a copyright line or a related-links heading is rarely article.
    pub earlier: Vec<u32>,
    /// Per line, its layout facts' buckets: each line's are read three times, as the line
    /// judged and as the nearest line above and below another.
    shapes: Vec<Shape>,
    /// Per line, the bucket of [`Fact::Overlap`]; empty when the document has no prose.
    overlap: Vec<u8>,
    /// Per line, its first [`MAX_WORDS`] words.
    words: super::overlap::LineWords,
}

/// The buckets of a line's layout facts (see [`layout`]).
#[derive(Debug, Clone, Copy)]
struct Shape {
    length: u8,
    words: u8,
    last_character: u8,
    list_item: bool,
    link: bool,
}

impl Shape {
    fn of(f: &Features, text: &str) -> Self {
        Shape {
            length: bucket_of(f.chars, &LENGTH_BOUNDS),
            words: bucket_of(f.words, &WORD_BOUNDS),
            last_character: char_class(text.trim_end().chars().next_back()),
            list_item: f.bullet,
            link: f.links > 0,
        }
    }
}

impl Layout {
    pub fn of(lines: &[&str], features: &[Features], verdicts: &[u8]) -> Self {
        let mut by_indent: Vec<(usize, usize)> = Vec::new();
        for f in features {
            if f.words >= 10 && f.sentence_end {
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
        let mut seen = 0u32;
        let earlier = verdicts
            .iter()
            .map(|&verdict| {
                let above = seen;
                if verdict != 0 && verdict < 32 {
                    seen |= 1 << verdict;
                }
                above
            })
            .collect();
        let shapes = lines
            .iter()
            .zip(features)
            .map(|(text, f)| Shape::of(f, text))
            .collect();
        let (words, overlap) = super::overlap::overlap(lines, features);
        Layout {
            prose_indent,
            paragraph_words,
            earlier,
            shapes,
            overlap,
            words,
        }
    }
}

/// Names of the verdicts: 0 is "no rule removes it", then the filters by id.
pub type VerdictNames = [&'static str];

const SEED: u64 = 0x517c_c1b7_2722_0a95;

/// The finaliser of SplitMix64: every input bit reaches every output bit.
#[inline]
fn mix(hash: u64) -> u64 {
    let mut z = hash;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn slot(key: u64) -> u32 {
    (mix(key ^ SEED) >> (64 - BITS)) as u32
}

/// Word pairs hash apart from words.
const PAIR: u64 = 0x9e37_79b9_7f4a_7c15;

/// Reusable buffers for [`line_features`].
#[derive(Default)]
pub struct Scratch {
    /// The slots of the line's word features, in order.
    slots: Vec<u32>,
    facts: Vec<(Fact, u8)>,
}

/// Collects a line's facts, each a [`Fact`] and its bucket (for the verdict facts, the
/// verdict), for [`Sink::facts`].
struct Facts<'b> {
    found: &'b mut Vec<(Fact, u8)>,
}

impl Facts<'_> {
    #[inline]
    fn add(&mut self, fact: Fact, bucket: u8) {
        self.found.push((fact, bucket));
    }
}

impl Fact {
    /// The name of this fact with its bucket, for a sink: the verdict facts name their rule.
    #[inline]
    pub fn name(self, bucket: u8, verdict_names: &VerdictNames) -> Name<'static> {
        let place = match self {
            Fact::Verdict => Place::Line,
            Fact::VerdictAbove => Place::Above,
            Fact::VerdictBelow => Place::Below,
            Fact::VerdictEarlier => Place::Earlier,
            _ => return Name::Fact(self, bucket),
        };
        Name::Verdict(place, verdict_names[usize::from(bucket)])
    }
}

/// The layout facts of a line or a neighbour: length, words, last character, list item, link.
#[inline]
fn layout(facts: &mut Facts<'_>, shape: Shape, kinds: [Fact; 5]) {
    facts.add(kinds[0], shape.length);
    facts.add(kinds[1], shape.words);
    facts.add(kinds[2], shape.last_character);
    if shape.list_item {
        facts.add(kinds[3], 0);
    }
    if shape.link {
        facts.add(kinds[4], 0);
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

    let found = view.layout.words.of(index);
    if !found.is_empty() {
        let value = 1.0 / (found.len() as f32).sqrt();
        // Each word, then its pair with the word before it: slot `k` is word `(k + 1) / 2`
        // when odd or zero, else the pair ending at word `k / 2`.
        let slots = &mut scratch.slots;
        slots.clear();
        slots.push(slot(found[0].hash));
        for pair in found.windows(2) {
            slots.push(slot(pair[1].hash));
            slots.push(slot(fold(pair[0].hash ^ PAIR, pair[1].hash)));
        }
        sink.words(slots, value, |k| {
            if k % 2 == 1 || k == 0 {
                Name::Word(found[k.div_ceil(2)].text(text))
            } else {
                Name::Pair(found[k / 2 - 1].text(text), found[k / 2].text(text))
            }
        });
    }

    let mut facts = Facts {
        found: &mut scratch.facts,
    };
    facts.found.clear();
    facts.add(Fact::Bias, 0);
    layout(
        &mut facts,
        view.layout.shapes[index],
        [
            Fact::Length,
            Fact::Words,
            Fact::LastCharacter,
            Fact::ListItem,
            Fact::Link,
        ],
    );
    let trimmed = crate::text::trim(text);
    let latin_words = f.words - f.cjk;
    if f.words >= 3 {
        facts.add(Fact::StopwordShare, share_bucket(f.stopwords, f.words));
    }
    if latin_words >= 2 {
        facts.add(
            Fact::CapitalisedShare,
            share_bucket(f.capitalised, latin_words),
        );
    }
    facts.add(Fact::DigitShare, share_bucket(f.digits, f.chars));
    facts.add(Fact::FirstCharacter, char_class(trimmed.chars().next()));
    let flags = [
        (f.numbered, Fact::Numbered),
        (f.clock_time, Fact::ClockTime),
        (f.cookies > 0, Fact::Cookies),
        (f.sentence_end, Fact::EndsSentence),
        (f.cjk > 0, Fact::Cjk),
    ];
    for (set, fact) in flags {
        if set {
            facts.add(fact, 0);
        }
    }
    // Every word capitalised first (cheap, from the counts), then no small letter anywhere.
    if f.words >= 2
        && f.letters > 0
        && f.capitalised == latin_words
        && !trimmed.chars().any(char::is_lowercase)
    {
        facts.add(Fact::AllCapitals, 0);
    }
    let bytes = trimmed.as_bytes();
    if memchr::memchr3(b'|', 0xC2, 0xE2, bytes).is_some()
        && (memchr::memmem::find(bytes, b" | ").is_some()
            || trimmed.contains(" · ")
            || trimmed.contains(" • "))
    {
        facts.add(Fact::SeparatorBars, 0);
    }
    if f.links > 0 && (memchr::memmem::find(bytes, b"http").is_some() || trimmed.contains("www.")) {
        facts.add(Fact::WebAddress, 0);
    }
    match view.layout.prose_indent {
        Some(prose) => {
            let bucket = match f.indent.cmp(&prose) {
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1 + bucket_of(f.indent - prose, &[3, 9, 21]),
                std::cmp::Ordering::Less => 5 + bucket_of(prose - f.indent, &[3, 9, 21]),
            };
            facts.add(Fact::IndentAgainstProse, bucket);
        }
        None => facts.add(Fact::NoProse, 0),
    }
    facts.add(
        Fact::ParagraphWords,
        bucket_of(view.layout.paragraph_words[index] as usize, &WORD_BOUNDS),
    );

    // Position among the lines, and the paragraph.
    let lines = view.lines;
    let live = |i: usize| !lines[i].is_empty();
    let above = (0..index).rev().find(|&i| live(i));
    let below = (index + 1..lines.len()).find(|&i| live(i));
    if above.is_none() {
        facts.add(Fact::FirstLine, 0);
    }
    if below.is_none() {
        facts.add(Fact::LastLine, 0);
    }
    facts.add(Fact::Position, (index * 10 / lines.len().max(1)) as u8);
    let blank_above = index == 0 || lines[index - 1].is_empty();
    let blank_below = index + 1 >= lines.len() || lines[index + 1].is_empty();
    facts.add(
        Fact::ParagraphEdges,
        u8::from(blank_above) + 2 * u8::from(blank_below),
    );

    // The nearest non-blank neighbours.
    let sides = [
        (
            above,
            [
                Fact::AboveLength,
                Fact::AboveWords,
                Fact::AboveLastCharacter,
                Fact::AboveListItem,
                Fact::AboveLink,
            ],
            Fact::AboveIndent,
            Fact::NoneAbove,
            Fact::VerdictAbove,
        ),
        (
            below,
            [
                Fact::BelowLength,
                Fact::BelowWords,
                Fact::BelowLastCharacter,
                Fact::BelowListItem,
                Fact::BelowLink,
            ],
            Fact::BelowIndent,
            Fact::NoneBelow,
            Fact::VerdictBelow,
        ),
    ];
    for (neighbour, kinds, indent, none, verdict) in sides {
        let Some(i) = neighbour else {
            facts.add(none, 0);
            continue;
        };
        let other = &view.features[i];
        layout(&mut facts, view.layout.shapes[i], kinds);
        let relation = u8::from(f.indent > other.indent) + 2 * u8::from(f.indent < other.indent);
        facts.add(indent, relation);
        if view.verdicts[i] != 0 {
            facts.add(verdict, view.verdicts[i]);
        }
    }
    let window = index.saturating_sub(3)..(index + 4).min(lines.len());
    let short_around = window
        .filter(|&i| i != index && live(i) && view.features[i].words < 5)
        .count();
    facts.add(Fact::ShortAround, short_around as u8);
    facts.add(
        Fact::DocumentLines,
        bucket_of(lines.len(), &DOCUMENT_BOUNDS),
    );

    // The rules' verdicts on the lines above, in page dumps only: an extracted article's edges
    // are already cut, and a rule's removal in its middle (a caption, an embed) says nothing
    // about the text below it.
    if page {
        let mut earlier = view.layout.earlier[index];
        while earlier != 0 {
            let verdict = earlier.trailing_zeros() as u8;
            earlier &= earlier - 1;
            facts.add(Fact::VerdictEarlier, verdict);
        }
    }
    if view.verdicts[index] != 0 {
        facts.add(Fact::Verdict, view.verdicts[index]);
    }
    if let Some(&bucket) = view.layout.overlap.get(index) {
        facts.add(Fact::Overlap, bucket);
    }
    sink.facts(&scratch.facts, page, verdict_names);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_and_bucket_has_an_index_in_the_table() {
        let last = Fact::ALL.last().copied().expect("facts");
        assert_eq!(Fact::ALL.len(), last as usize + 1);
        assert!(last.index(255) < (Fact::ALL.len() * BUCKETS) as u32);
        assert_eq!(Fact::Length.describe(0), "length under 1 characters");
        assert_eq!(Fact::Length.describe(3), "length 16–30 characters");
        assert_eq!(Fact::Words.describe(9), "80+ words");
        assert_eq!(Fact::Words.describe(1), "1 word");
        assert_eq!(Fact::Words.describe(4), "4–5 words");
        assert_eq!(Fact::AboveWords.describe(2), "line above: 2 words");
    }
}
