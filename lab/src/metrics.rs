//! The two benchmark metrics of `/work/shared/bench/README.md` and the C4 baseline, kept out of
//! the library so they cost nothing at run time.
//!
//! Text handling follows the Python reference implementations: whitespace is Python's
//! `str.isspace` (Unicode White_Space plus U+001C–U+001F) and lines are split like
//! `str.splitlines`, so the identity and C4 rows reproduce the README's reference figures.

use std::collections::HashMap;
use std::ops::AddAssign;
use std::sync::OnceLock;

use regex::Regex;

// ---------------------------------------------------------------------------------------------
// Text helpers shared by both metrics.

/// Python's `str.isspace`.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.split()`: runs of whitespace separate words, no empty words.
pub fn py_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_py_space).filter(|word| !word.is_empty())
}

/// Python's `str.strip()`.
pub fn py_strip(text: &str) -> &str {
    text.trim_matches(is_py_space)
}

/// Python's `str.splitlines()`: LF, CR, CRLF, VT, FF, U+001C–U+001E, U+0085, U+2028 and U+2029
/// end a line; a final terminator does not start another line.
pub fn py_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        lines.push(&text[start..index]);
        start = index + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                start += 1;
            }
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// Collapses every run of whitespace to one space and trims (`" ".join(s.split())`).
pub fn collapse_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in py_words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// sh: the scrapinghub article-extraction-benchmark shingle metric.

/// Tokens of the shingle metric: matches of Python's Unicode regex `\w+`, case kept.
///
/// Python's `\w` is `str.isalnum()` or `_`, i.e. letters (L*), numbers (N*) and `_`. The regex
/// crate's `\w` also takes combining marks (M*), other connector punctuation and the
/// zero-width joiner, so "नमस्ते", a decomposed "é" or an emoji with U+FE0F would tokenise
/// differently from the reference; hence the explicit class.
pub fn tokens(text: &str) -> Vec<&str> {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").expect("valid regex"));
    word.find_iter(text).map(|m| m.as_str()).collect()
}

/// Shingle length of the metric.
pub const SHINGLE: usize = 4;

/// The multiset of shingles: every run of [`SHINGLE`] consecutive tokens; a text of 1–3 tokens
/// is one shingle of all of them, a text without tokens has none.
pub fn shingles<'t, 's>(tokens: &'t [&'s str]) -> HashMap<&'t [&'s str], usize> {
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < SHINGLE {
        counts.insert(tokens, 1);
        return counts;
    }
    for shingle in tokens.windows(SHINGLE) {
        *counts.entry(shingle).or_insert(0) += 1;
    }
    counts
}

/// Shingle counts of one document: shared (`tp`), only in the prediction (`fp`), only in the
/// gold (`fn_`). The reference divides all three by their sum; that changes no ratio, so the
/// raw counts are kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShCounts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl ShCounts {
    pub fn compare(prediction: &str, gold: &str) -> Self {
        let pred_tokens = tokens(prediction);
        let gold_tokens = tokens(gold);
        let pred = shingles(&pred_tokens);
        let gold = shingles(&gold_tokens);
        let pred_total: usize = pred.values().sum();
        let gold_total: usize = gold.values().sum();
        let tp = pred
            .iter()
            .map(|(shingle, &count)| count.min(gold.get(shingle).copied().unwrap_or(0)))
            .sum();
        ShCounts {
            tp,
            fp: pred_total - tp,
            fn_: gold_total - tp,
        }
    }

    fn perfect(&self) -> bool {
        self.fp == 0 && self.fn_ == 0
    }

    /// Per-document precision; `None` when the document does not count (tp + fp = 0).
    pub fn precision(&self) -> Option<f64> {
        if self.tp + self.fp == 0 {
            None
        } else if self.perfect() {
            Some(1.0)
        } else {
            Some(self.tp as f64 / (self.tp + self.fp) as f64)
        }
    }

    /// Per-document recall; `None` when the document does not count (tp + fn = 0).
    pub fn recall(&self) -> Option<f64> {
        if self.tp + self.fn_ == 0 {
            None
        } else if self.perfect() {
            Some(1.0)
        } else {
            Some(self.tp as f64 / (self.tp + self.fn_) as f64)
        }
    }

    /// Per-document F1, used only to rank documents: 1 when prediction and gold agree (even
    /// when both are empty), an undefined precision or recall counts as 0.
    pub fn f1(&self) -> f64 {
        if self.perfect() {
            return 1.0;
        }
        f1(
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        )
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
    if n == 0 {
        f64::NAN
    } else {
        sum / n as f64
    }
}

/// The aggregate of the shingle metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Precision averaged over documents with tp + fp > 0, recall over documents with tp + fn > 0,
/// F1 of the two averages.
pub fn sh_score(docs: &[ShCounts]) -> ShScore {
    let precision = mean(docs.iter().filter_map(ShCounts::precision));
    let recall = mean(docs.iter().filter_map(ShCounts::recall));
    ShScore {
        precision,
        recall,
        f1: f1(precision, recall),
    }
}

/// Which lines of a text appear in the gold: a line is "in the gold" when its tokens occur as a
/// contiguous run of the gold's tokens. A diagnostic for the worst-document reports only.
pub struct GoldIndex {
    joined: String,
}

impl GoldIndex {
    const SEP: char = '\u{1}';

    pub fn new(gold: &str) -> Self {
        GoldIndex {
            joined: Self::join(&tokens(gold)),
        }
    }

    fn join(tokens: &[&str]) -> String {
        let mut out = String::from(Self::SEP);
        for token in tokens {
            out.push_str(token);
            out.push(Self::SEP);
        }
        out
    }

    /// `None` for a line without tokens.
    pub fn contains_line(&self, line: &str) -> Option<bool> {
        let line_tokens = tokens(line);
        if line_tokens.is_empty() {
            return None;
        }
        Some(self.joined.contains(&Self::join(&line_tokens)))
    }
}

// ---------------------------------------------------------------------------------------------
// tf: the trafilatura evaluation snippet metric.

/// Snippet outcomes, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TfCounts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl AddAssign for TfCounts {
    fn add_assign(&mut self, other: Self) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.tn += other.tn;
    }
}

/// Snippets of one document checked against an output, for the reports.
#[derive(Debug, Default)]
pub struct TfCheck<'a> {
    pub counts: TfCounts,
    /// `with` snippets missing from the output (FN).
    pub missing: Vec<&'a str>,
    /// `without` snippets present in the output (FP).
    pub leaked: Vec<&'a str>,
}

/// Checks one output: whitespace collapsed in output and snippets, case-sensitive substring.
pub fn tf_check<'a>(output: &str, with: &'a [String], without: &'a [String]) -> TfCheck<'a> {
    let output = collapse_ws(output);
    let mut check = TfCheck::default();
    for snippet in with {
        if output.contains(&collapse_ws(snippet)) {
            check.counts.tp += 1;
        } else {
            check.counts.fn_ += 1;
            check.missing.push(snippet);
        }
    }
    for snippet in without {
        if output.contains(&collapse_ws(snippet)) {
            check.counts.fp += 1;
            check.leaked.push(snippet);
        } else {
            check.counts.tn += 1;
        }
    }
    check
}

impl TfCounts {
    pub fn errors(&self) -> usize {
        self.fp + self.fn_
    }

    pub fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp) as f64
    }

    pub fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_) as f64
    }

    pub fn accuracy(&self) -> f64 {
        (self.tp + self.tn) as f64 / (self.tp + self.tn + self.fp + self.fn_) as f64
    }

    pub fn f1(&self) -> f64 {
        2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
    }
}

// ---------------------------------------------------------------------------------------------
// C4 baseline.

/// Citation markers C4 deletes from a line before judging it.
fn citation() -> &'static Regex {
    static CITATION: OnceLock<Regex> = OnceLock::new();
    CITATION
        .get_or_init(|| Regex::new(r"\[\d*\]|\[edit\]|\[citation needed\]").expect("valid regex"))
}

const C4_END_MARKS: [char; 4] = ['.', '?', '!', '"'];
const C4_MIN_WORDS: usize = 5;
const C4_POLICY: [&str; 6] = [
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
];

/// Whether C4 keeps this line, and as what. Returns the line as C4 outputs it (stripped,
/// citation markers removed).
pub fn c4_line(line: &str) -> Option<String> {
    let line = citation().replace_all(py_strip(line), "");
    if !line.ends_with(C4_END_MARKS) || line.ends_with("...") {
        return None;
    }
    if py_words(&line).count() < C4_MIN_WORDS {
        return None;
    }
    let lower = line.to_lowercase();
    if lower.contains("javascript") || C4_POLICY.iter().any(|p| lower.contains(p)) {
        return None;
    }
    Some(line.into_owned())
}

/// The C4 line filter (the line rules of TFDS `c4_utils.clean_page`, without its page-level
/// rules): strip the line and delete citation markers; keep it only if it ends in `.` `?` `!`
/// or `"` but not `...`, has at least five words, and mentions neither "javascript" nor a
/// cookie/privacy/terms-of-use phrase (case-insensitive). Kept lines are joined with LF.
pub fn c4_filter(text: &str) -> String {
    let kept: Vec<String> = py_lines(text).into_iter().filter_map(c4_line).collect();
    kept.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn tokens_are_unicode_words_with_case_kept() {
        assert_eq!(
            tokens("Straße, café — naïve_x 42! Ünï"),
            ["Straße", "café", "naïve_x", "42", "Ünï"]
        );
        assert_eq!(tokens("北京 欢迎你"), ["北京", "欢迎你"]);
        assert!(tokens(" -- !! ").is_empty());
        // Like Python: marks split words, other numbers (²) join them.
        assert_eq!(tokens("cafe\u{301} x²"), ["cafe", "x²"]);
        assert_eq!(tokens("नमस्ते"), ["नमस", "त"]);
        assert_eq!(tokens("ok\u{2764}\u{fe0f}\u{200d}fine"), ["ok", "fine"]);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        let toks = ["a", "b", "c"];
        let sh = shingles(&toks);
        assert_eq!(sh.len(), 1);
        assert_eq!(sh[&toks[..]], 1);
        let one = ["a"];
        assert_eq!(shingles(&one).len(), 1);
        assert!(shingles(&[]).is_empty());
        // Four tokens: exactly one shingle of four; five tokens: two.
        assert_eq!(shingles(&["a", "b", "c", "d"]).values().sum::<usize>(), 1);
        assert_eq!(
            shingles(&["a", "b", "c", "d", "e"]).values().sum::<usize>(),
            2
        );
    }

    #[test]
    fn shingle_multisets_count_duplicates() {
        // "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd → abcd twice.
        let toks = tokens("a b c d a b c d");
        let sh = shingles(&toks);
        assert_eq!(sh[&["a", "b", "c", "d"][..]], 2);
        assert_eq!(sh.values().sum::<usize>(), 5);

        // Gold has abcd once: one copy is shared, the other is an extra.
        let counts = ShCounts::compare("a b c d a b c d", "a b c d");
        assert_eq!(
            counts,
            ShCounts {
                tp: 1,
                fp: 4,
                fn_: 0
            }
        );
        // Reversed: the prediction misses four.
        let counts = ShCounts::compare("a b c d", "a b c d a b c d");
        assert_eq!(
            counts,
            ShCounts {
                tp: 1,
                fp: 0,
                fn_: 4
            }
        );
        assert_eq!(counts.precision(), Some(1.0));
        assert_eq!(counts.recall(), Some(0.2));
    }

    #[test]
    fn case_and_punctuation() {
        // Case is kept: "The" and "the" differ. Punctuation and spacing do not matter.
        let counts = ShCounts::compare("the cat sat down", "The cat sat down");
        assert_eq!(
            counts,
            ShCounts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        let counts = ShCounts::compare("The  cat,\nsat — down!", "The cat sat down");
        assert_eq!(
            counts,
            ShCounts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn perfect_document_scores_one_and_empty_ones_do_not_count() {
        let perfect = ShCounts {
            tp: 3,
            fp: 0,
            fn_: 0,
        };
        assert_eq!(perfect.precision(), Some(1.0));
        assert_eq!(perfect.recall(), Some(1.0));
        // Both empty: agrees (F1 1 for ranking) but is left out of both averages.
        let empty = ShCounts::compare("", "--");
        assert_eq!(empty, ShCounts::default());
        assert_eq!(empty.precision(), None);
        assert_eq!(empty.recall(), None);
        assert_eq!(empty.f1(), 1.0);
        // Empty prediction: no precision, recall 0.
        let nothing = ShCounts {
            tp: 0,
            fp: 0,
            fn_: 5,
        };
        assert_eq!(nothing.precision(), None);
        assert_eq!(nothing.recall(), Some(0.0));
        assert_eq!(nothing.f1(), 0.0);

        let score = sh_score(&[
            perfect,
            empty,
            nothing,
            ShCounts {
                tp: 1,
                fp: 1,
                fn_: 3,
            },
        ]);
        // Precision over {perfect, last}: (1 + 0.5) / 2; recall over {perfect, nothing, last}:
        // (1 + 0 + 0.25) / 3.
        assert!((score.precision - 0.75).abs() < 1e-12);
        assert!((score.recall - 1.25 / 3.0).abs() < 1e-12);
        let f1 = 2.0 * 0.75 * (1.25 / 3.0) / (0.75 + 1.25 / 3.0);
        assert!((score.f1 - f1).abs() < 1e-12);
    }

    #[test]
    fn gold_index_matches_contiguous_token_runs() {
        let gold = GoldIndex::new("The mayor said on Monday that the bridge will reopen.");
        assert_eq!(gold.contains_line("the bridge will"), Some(true));
        assert_eq!(gold.contains_line("  said, on Monday  "), Some(true));
        assert_eq!(gold.contains_line("the bridge reopen"), Some(false));
        assert_eq!(gold.contains_line("bri"), Some(false));
        assert_eq!(gold.contains_line(" * "), None);
    }

    #[test]
    fn whitespace_collapses_like_python_split() {
        assert_eq!(collapse_ws("  a \t b\n\n c\u{a0}d\u{3000}e  "), "a b c d e");
        assert_eq!(collapse_ws("a\u{1f}b"), "a b");
        // Zero-width space is not whitespace.
        assert_eq!(collapse_ws("a\u{200b}b"), "a\u{200b}b");
        assert_eq!(collapse_ws(" \n "), "");
    }

    #[test]
    fn tf_counts_snippets_after_collapsing() {
        let output = "The  budget\npassed on Monday.\n\nShare this article\n";
        let with = s(&["budget passed", "passed on\tMonday.", "vote was close"]);
        let without = s(&["Share this", "Subscribe now", "the budget"]);
        let check = tf_check(output, &with, &without);
        assert_eq!(
            check.counts,
            TfCounts {
                tp: 2,
                fp: 1,
                fn_: 1,
                tn: 2
            }
        );
        assert_eq!(check.missing, ["vote was close"]);
        assert_eq!(check.leaked, ["Share this"]);

        let mut total = check.counts;
        total += TfCounts {
            tp: 2,
            fp: 0,
            fn_: 0,
            tn: 3,
        };
        assert_eq!(
            total,
            TfCounts {
                tp: 4,
                fp: 1,
                fn_: 1,
                tn: 5
            }
        );
        assert_eq!(total.errors(), 2);
        assert!((total.precision() - 0.8).abs() < 1e-12);
        assert!((total.recall() - 0.8).abs() < 1e-12);
        assert!((total.accuracy() - 9.0 / 11.0).abs() < 1e-12);
        assert!((total.f1() - 8.0 / 10.0).abs() < 1e-12);
    }

    #[test]
    fn splitlines_like_python() {
        assert_eq!(py_lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(py_lines("a\n"), ["a"]);
        assert_eq!(py_lines("a\n\nb"), ["a", "", "b"]);
        assert_eq!(py_lines("a\u{2028}b\u{85}c"), ["a", "b", "c"]);
        assert!(py_lines("").is_empty());
    }

    #[test]
    fn c4_keeps_long_lines_ending_in_terminal_punctuation() {
        let text = "Home | News | Sport\n\
                    The council approved the budget on Monday.   \n\
                    Too short to keep.\n\
                    Did the council approve the whole budget?\n\
                    \"We are pleased with the result,\" she said, \"really.\"\n\
                    She called it \u{201c}a good day for the town\u{201d}\n\
                    Read more about the council and the budget...\n\
                    Enable JavaScript to see the comments on this page.\n\
                    This site uses cookies to improve your experience.\n\
                    It was first proposed in 1998 by the mayor.[1]\n";
        assert_eq!(
            c4_filter(text),
            "The council approved the budget on Monday.\n\
             Did the council approve the whole budget?\n\
             \"We are pleased with the result,\" she said, \"really.\"\n\
             It was first proposed in 1998 by the mayor."
        );
        assert_eq!(c4_filter(""), "");
    }
}
