//! The shared-vocabulary fact of the line model ([`Fact::Overlap`](super::features::Fact)):
//! how many of a line's content words occur in the document's prose. A line about another story
//! (a stray headline) or about the page (a control, a prompt) shares none; the article's own
//! headings, captions and short paragraphs share some.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::words::{words, Word, MAX_WORDS};
use crate::blocks::Features;
use crate::text::is_cjk;

/// Whether a line is the document's prose for [`overlap`]: long, and ending a sentence.
fn is_prose(f: &Features) -> bool {
    f.words >= 10 && f.sentence_end
}

/// The words of every line, and its overlap bucket: how many of its content words (see [`is_content`]) among
/// its first [`MAX_WORDS`] occur in a prose line other than itself (no buckets when the
/// document has no prose line).
///
/// Bucket 1: no content word; from 2: four classes of the share shared (none, under a third,
/// under two thirds, more) within four classes of the number of content words (1, 2, 3–5, 6+).
///
/// Performance: each line's words are found and hashed once, a prose line's all of them (for
/// the document's counts) and another line's first [`MAX_WORDS`]; the word features read them
/// from the [`LineWords`].
pub(super) fn overlap(lines: &[&str], features: &[Features]) -> (LineWords, Vec<u8>) {
    let mut found = Vec::new();
    let mut cache = LineWords::default();
    let mut line_hashes = Vec::new();
    // Every line's distinct content hashes, one after another, and where each line's are.
    let mut own: Vec<u64> = Vec::new();
    let mut spans: Vec<(u32, u32)> = Vec::with_capacity(lines.len());
    let mut prose: FxHashMap<u64, u32> = FxHashMap::default();
    for (text, f) in lines.iter().zip(features) {
        let start = own.len() as u32;
        let cached = cache.words.len() as u32;
        if text.is_empty() {
            spans.push((start, start));
            cache.spans.push((cached, cached));
            continue;
        }
        let is_prose = is_prose(f);
        let limit = if is_prose { usize::MAX } else { MAX_WORDS };
        words(text, limit, &mut found);
        let first = &found[..found.len().min(MAX_WORDS)];
        cache.words.extend_from_slice(first);
        cache.spans.push((cached, cache.words.len() as u32));
        distinct_content(text, first, &mut line_hashes);
        own.extend_from_slice(&line_hashes);
        spans.push((start, own.len() as u32));
        if is_prose {
            if found.len() > MAX_WORDS {
                distinct_content(text, &found, &mut line_hashes);
            }
            for &hash in &line_hashes {
                *prose.entry(hash).or_default() += 1;
            }
        }
    }
    if prose.is_empty() {
        return (cache, Vec::new());
    }
    let buckets = spans
        .iter()
        .zip(features)
        .zip(lines)
        .map(|((&(start, end), f), text)| {
            if text.is_empty() {
                return 0;
            }
            let hashes = &own[start as usize..end as usize];
            let own_line = u32::from(is_prose(f));
            let shared = hashes
                .iter()
                .filter(|hash| prose.get(hash).is_some_and(|&lines| lines > own_line))
                .count();
            overlap_bucket(shared, hashes.len())
        })
        .collect();
    (cache, buckets)
}

/// The first [`MAX_WORDS`] words of every line, found once for the overlap and kept for the
/// line's word features.
#[derive(Debug, Clone, Default)]
pub(super) struct LineWords {
    words: Vec<Word>,
    spans: Vec<(u32, u32)>,
}

impl LineWords {
    /// The words of line `index`.
    pub(super) fn of(&self, index: usize) -> &[Word] {
        let (start, end) = self.spans[index];
        &self.words[start as usize..end as usize]
    }
}

fn overlap_bucket(shared: usize, content: usize) -> u8 {
    if content == 0 {
        return 1;
    }
    let size = match content {
        1 => 0,
        2 => 1,
        3..=5 => 2,
        _ => 3,
    };
    let share = if shared == 0 {
        0
    } else if shared * 3 < content {
        1
    } else if shared * 3 < content * 2 {
        2
    } else {
        3
    };
    2 + size * 4 + share
}

/// The distinct hashes of the content words (see [`is_content`]) of `found`, words of `text`,
/// into `out`.
fn distinct_content(text: &str, found: &[Word], out: &mut Vec<u64>) {
    out.clear();
    out.extend(
        found
            .iter()
            .filter(|word| is_content(text, word))
            .map(|word| word.hash),
    );
    out.sort_unstable();
    out.dedup();
}

/// A content word: three bytes or more, not starting with a digit, not a CJK character, and
/// not a stopword of any language. Decided on the first byte for ASCII words, the most.
fn is_content(text: &str, word: &Word) -> bool {
    let (start, end) = (word.start as usize, word.end as usize);
    end - start >= 3
        && match text.as_bytes()[start] {
            first if first.is_ascii_digit() => false,
            first if first.is_ascii() => true,
            _ => text[start..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_numeric() && !is_cjk(c)),
        }
        && !STOPWORD_HASHES.contains(&word.hash)
}

/// The word hashes of the stopwords of every language (`stopwords` of `lang/*.toml`).
static STOPWORD_HASHES: LazyLock<FxHashSet<u64>> = LazyLock::new(|| {
    let mut found = Vec::new();
    let mut hashes = FxHashSet::default();
    for stopword in crate::vocabulary::STOPWORDS {
        words(stopword, usize::MAX, &mut found);
        if let [word] = found.as_slice() {
            hashes.insert(word.hash);
        }
    }
    hashes
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::features::Fact;

    #[test]
    fn overlap_counts_content_words_shared_with_other_prose_lines() {
        let lines = [
            "The city council approved the new cycling lanes on Monday after a year of debate.",
            "Construction of the cycling lanes will begin in April, the mayor said on Tuesday.",
            "Cycling lanes approved",
            "Pop star cancels world tour",
            "Log in",
            "",
        ];
        let features: Vec<Features> = lines.iter().map(|line| Features::of(line)).collect();
        let (_, buckets) = overlap(&lines, &features);
        // Prose: its words count only in other prose lines ("cycling", "lanes").
        assert!(Fact::Overlap
            .describe(buckets[0])
            .contains("under a third of 6+"));
        assert_eq!(buckets[2], overlap_bucket(3, 3), "a heading of the article");
        assert_eq!(buckets[3], overlap_bucket(0, 5), "another story's headline");
        assert_eq!(
            buckets[4],
            overlap_bucket(0, 1),
            "`in` is too short to count"
        );
        assert_eq!(overlap_bucket(0, 0), 1);
        assert_eq!(buckets[5], 0);
        assert_eq!(
            Fact::Overlap.describe(buckets[3]),
            "content words shared with the prose: none of 3–5"
        );
        // No prose, no fact.
        assert!(overlap(&lines[2..], &features[2..]).1.is_empty());
    }
}
