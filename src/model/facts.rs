//! The kinds of feature the line model knows and their names: the second stage's [`Around`],
//! the first stage's [`Fact`] with its buckets (how a value becomes a bucket, and a bucket
//! words again for `--explain`), and [`Name`], what a feature is called.

/// Buckets per fact.
pub const BUCKETS: usize = 32;

macro_rules! around {
    ($($fact:ident: $text:literal,)*) => {
        /// The kinds of second-stage fact (see [`super::stack`]), named here with the first
        /// stage's so that an explanation names either.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Around { $($fact,)* }

        impl Around {
            pub const ALL: &'static [Around] = &[$(Around::$fact,)*];

            pub fn text(self) -> &'static str {
                match self { $(Around::$fact => $text,)* }
            }
        }
    };
}

around! {
    Bias: "bias",
    Own: "its own score",
    SecondAbove: "the line two above scores",
    Above: "the line above scores",
    Below: "the line below scores",
    SecondBelow: "the line two below scores",
    Window2: "the 5 lines around score",
    Window5: "the 11 lines around score",
    Window15: "the 31 lines around score",
    Run: "the lines at its indentation next to it score",
    RunLength: "lines at its indentation next to it:",
    Indent: "all lines at its indentation score",
    Mean: "the document's lines score",
    LowShare: "share of the document's lines under one half:",
    Rank: "its rank among the document's scores:",
    Region: "the article region is",
    OwnByWindow2: "its own score and the lines around",
    OwnByRegion: "its own score and the article region",
    OwnByRun: "its own score and the lines at its indentation",
    OwnByMean: "its own score and the document's",
    Between: "article text above and below",
    Verdict: "rule verdict",
}

/// What a feature is, for explanations. Built without allocating; only `--explain` turns it
/// into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name<'t> {
    Word(&'t str),
    Pair(&'t str, &'t str),
    Fact(Fact, u8),
    /// A rule's verdict: the rule's id and where the line it judges is.
    Verdict(Place, &'static str),
    /// A second-stage fact about the scores around the line, with its bucket.
    Around(Around, u8),
}

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Name::Word(word) => write!(f, "word \"{}\"", word.to_lowercase()),
            Name::Pair(a, b) => write!(f, "words \"{} {}\"", a.to_lowercase(), b.to_lowercase()),
            Name::Fact(fact, bucket) => f.write_str(&fact.describe(*bucket)),
            Name::Verdict(Place::Line, rule) => write!(f, "{rule} would remove it"),
            Name::Verdict(Place::Above, rule) => {
                write!(f, "{rule} would remove the line above")
            }
            Name::Verdict(Place::Below, rule) => {
                write!(f, "{rule} would remove the line below")
            }
            Name::Verdict(Place::Earlier, rule) => {
                write!(f, "below a line {rule} would remove")
            }
            Name::Around(fact, bucket) => match fact.describe(*bucket) {
                Some(text) => f.write_str(&text),
                None => f.write_str(fact.text()),
            },
        }
    }
}

/// Where a line a fact describes stands, relative to the line judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Line,
    /// The nearest non-blank line above.
    Above,
    /// The nearest non-blank line below.
    Below,
    /// Any line above.
    Earlier,
}

macro_rules! facts {
    ($($fact:ident: $text:literal,)*) => {
        /// The kinds of fact, each with up to [`BUCKETS`] buckets.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Fact { $($fact,)* }

        impl Fact {
            /// Every fact, in the order of their indices.
            pub const ALL: &'static [Fact] = &[$(Fact::$fact,)*];

            fn text(self) -> &'static str {
                match self { $(Fact::$fact => $text,)* }
            }
        }
    };
}

facts! {
    Bias: "bias",
    Length: "length",
    Words: "word count",
    LastCharacter: "last character",
    FirstCharacter: "first character",
    ListItem: "list item",
    Link: "link or handle",
    StopwordShare: "stopword share",
    CapitalisedShare: "capitalised share",
    DigitShare: "digit share",
    Numbered: "numbered item",
    ClockTime: "clock time",
    Cookies: "mentions cookies",
    EndsSentence: "ends a sentence",
    AllCapitals: "all capitals",
    SeparatorBars: "separator bars",
    WebAddress: "web address",
    Cjk: "CJK characters",
    IndentAgainstProse: "indentation against the prose",
    NoProse: "no prose in the document",
    ParagraphWords: "its paragraph",
    FirstLine: "first line",
    LastLine: "last line",
    Position: "position in the document",
    ParagraphEdges: "blank lines around it",
    ShortAround: "short lines around",
    DocumentLines: "lines in the document",
    AboveLength: "length of the line above",
    AboveWords: "line above",
    AboveLastCharacter: "last character of the line above",
    AboveListItem: "line above is a list item",
    AboveLink: "line above has a link",
    AboveIndent: "indentation against the line above",
    NoneAbove: "no line above",
    BelowLength: "length of the line below",
    BelowWords: "line below",
    BelowLastCharacter: "last character of the line below",
    BelowListItem: "line below is a list item",
    BelowLink: "line below has a link",
    BelowIndent: "indentation against the line below",
    NoneBelow: "no line below",
    Verdict: "rule verdict",
    VerdictAbove: "rule verdict above",
    VerdictBelow: "rule verdict below",
    VerdictEarlier: "rule verdict earlier",
    Overlap: "content words shared with the prose",
}

impl Fact {
    /// The fact's index in the dense table: `fact * BUCKETS + bucket`.
    pub fn index(self, bucket: u8) -> u32 {
        self as u32 * BUCKETS as u32 + u32::from(bucket).min(BUCKETS as u32 - 1)
    }

    /// Words for a fact and its bucket, as `--explain` shows them.
    pub fn describe(self, bucket: u8) -> String {
        let b = usize::from(bucket);
        let range = |bounds: &[usize], unit: &str| {
            let plural = |n: usize| {
                if n == 1 {
                    unit.trim_end_matches('s')
                } else {
                    unit
                }
            };
            match (b.checked_sub(1), bounds.get(b)) {
                (None, Some(first)) => format!("under {first} {unit}"),
                (Some(from), Some(&to)) if bounds[from] + 1 == to => {
                    format!("{} {}", bounds[from], plural(bounds[from]))
                }
                (Some(from), Some(to)) => format!("{}–{} {unit}", bounds[from], to - 1),
                (Some(from), None) => format!("{}+ {unit}", bounds[from]),
                (None, None) => String::new(),
            }
        };
        match self {
            Fact::Length | Fact::AboveLength | Fact::BelowLength => {
                format!("{} {}", self.text(), range(&LENGTH_BOUNDS, "characters"))
            }
            Fact::Words => range(&WORD_BOUNDS, "words"),
            Fact::AboveWords | Fact::BelowWords | Fact::ParagraphWords => {
                format!("{}: {}", self.text(), range(&WORD_BOUNDS, "words"))
            }
            Fact::LastCharacter
            | Fact::FirstCharacter
            | Fact::AboveLastCharacter
            | Fact::BelowLastCharacter => {
                format!(
                    "{} {}",
                    self.text(),
                    CHAR_CLASSES[b.min(CHAR_CLASSES.len() - 1)]
                )
            }
            Fact::StopwordShare | Fact::CapitalisedShare | Fact::DigitShare => {
                format!("{} {}", self.text(), SHARES[b.min(SHARES.len() - 1)])
            }
            Fact::Position => format!("{} {}0–{}0%", self.text(), b, b + 1),
            Fact::Overlap => match b.checked_sub(2) {
                None => "no content word".into(),
                Some(b) => format!(
                    "{}: {} of {}",
                    self.text(),
                    [
                        "none",
                        "under a third",
                        "a third to two thirds",
                        "two thirds or more"
                    ][b % 4],
                    ["1", "2", "3–5", "6+"][(b / 4).min(3)]
                ),
            },
            Fact::ShortAround => format!("{b} of the 6 lines around are short"),
            Fact::DocumentLines => {
                format!("{} {}", self.text(), range(&DOCUMENT_BOUNDS, "").trim_end())
            }
            Fact::ParagraphEdges => match bucket {
                0 => "no blank line around it".into(),
                1 => "a blank line above it".into(),
                2 => "a blank line below it".into(),
                _ => "a paragraph of its own".into(),
            },
            Fact::AboveIndent | Fact::BelowIndent => format!(
                "{} {}",
                self.text(),
                ["equal", "deeper", "shallower"][b.min(2)]
            ),
            Fact::IndentAgainstProse => format!(
                "{}: {}",
                self.text(),
                match bucket {
                    0 => "the same",
                    1..=4 => "deeper",
                    _ => "shallower",
                }
            ),
            _ => self.text().to_string(),
        }
    }
}

pub(super) fn bucket_of(value: usize, bounds: &[usize]) -> u8 {
    bounds.iter().take_while(|&&b| value >= b).count() as u8
}

const SHARES: [&str; 7] = [
    "none",
    "under 10%",
    "10–25%",
    "25–50%",
    "50–75%",
    "75–99%",
    "all",
];

pub(super) fn share_bucket(part: usize, whole: usize) -> u8 {
    if whole == 0 || part == 0 {
        return 0;
    }
    if part >= whole {
        return 6;
    }
    let share = part as f64 / whole as f64;
    1 + [0.1, 0.25, 0.5, 0.75]
        .iter()
        .take_while(|&&b| share >= b)
        .count() as u8
}

const CHAR_CLASSES: [&str; 21] = [
    "none",
    "'.'",
    "'!'",
    "'?'",
    "':'",
    "',' or ';'",
    "a quote",
    "')'",
    "'('",
    "'|' or '/'",
    "a dash",
    "'…'",
    "'@'",
    "'#'",
    "'©'",
    "a digit",
    "a capital",
    "a small letter",
    "another letter",
    "a space",
    "a symbol",
];

/// The class of a line's first or last character (see [`CHAR_CLASSES`]).
pub(super) fn char_class(c: Option<char>) -> u8 {
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

pub(super) const LENGTH_BOUNDS: [usize; 8] = [1, 6, 16, 31, 61, 121, 251, 501];
pub(super) const WORD_BOUNDS: [usize; 9] = [1, 2, 3, 4, 6, 10, 20, 40, 80];
pub(super) const DOCUMENT_BOUNDS: [usize; 5] = [10, 30, 100, 300, 1000];
