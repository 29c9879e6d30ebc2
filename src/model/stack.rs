//! The line model's second stage: each line judged again from the first stage's scores of the
//! lines around it.
//!
//! An article is a run of lines; menus, link lists and footers are runs too. A line the first
//! stage finds ambiguous (a short subheading, a one-line paragraph, a caption-like sentence)
//! is told apart by its neighbours: between two paragraphs of prose it is article, in the
//! middle of a menu it is not. The facts, each bucketed by tenths of a score: the line's own
//! first-stage score (by twentieths); the scores of the two non-blank lines above and below;
//! mean scores of windows of 2, 5 and 15 lines around; the mean score of its run of lines at one
//! indentation (page dumps indent each container alike) and of all lines at its indentation;
//! the document's mean score and its share of lines under one half; the line's rank among the
//! document's scores; whether it lies in the document's best run of low scores (the article
//! region, found by the largest sum of `0.5 - score`) and how far from it; its own score
//! crossed with the scores around it and with the region; and the rule that would remove it.
//! Like the first stage's facts, each has one weight per profile.

use crate::blocks::Profile;

pub use super::features::Around;
use super::features::{Name, Place, Sink};

/// A line's state for the second stage: its first-stage probability of noise, or `BLANK` /
/// `RULED` (removed by a rule whose removals stand, so a neighbour the model does not judge).
pub const BLANK: f32 = f32::NAN;
pub const RULED: f32 = f32::INFINITY;

/// Buckets per second-stage fact.
pub const STACK_BUCKETS: usize = 256;

impl Around {
    /// The fact's index in the dense second-stage table.
    pub fn index(self, bucket: u8) -> u32 {
        self as u32 * STACK_BUCKETS as u32 + u32::from(bucket)
    }

    /// Words for a fact and its bucket as `--explain` shows them; `None` for the facts that
    /// describe the line's own score rather than its surroundings.
    pub fn describe(self, bucket: u8) -> Option<String> {
        let tenths = |b: u8| format!("{:.1}–{:.1}", f32::from(b) / 10.0, f32::from(b + 1) / 10.0);
        let text = self.text();
        Some(match self {
            Around::Bias | Around::Own | Around::Verdict => return None,
            Around::OwnByWindow2 | Around::OwnByRegion | Around::OwnByRun | Around::OwnByMean => {
                return None
            }
            Around::Between => return None,
            Around::SecondAbove | Around::Above | Around::Below | Around::SecondBelow => {
                match bucket {
                    10 => text
                        .trim_end_matches(" scores")
                        .replace("the line", "no line"),
                    11 => format!("{} as removed by a rule", text.trim_end_matches(" scores")),
                    b => format!("{text} {}", tenths(b)),
                }
            }
            Around::RunLength => format!(
                "{text} {}",
                ["1", "2", "3–5", "6–15", "16+"][usize::from(bucket).min(4)]
            ),
            Around::LowShare | Around::Rank => format!("{text} {}0–{}0%", bucket, bucket + 1),
            Around::Region => match bucket {
                0 => "inside the article region".into(),
                b if b >= 10 => format!(
                    "before the article region ({})",
                    REGION[usize::from(b - 10)]
                ),
                b => format!("after the article region ({})", REGION[usize::from(b)]),
            },
            _ => format!("{text} {}", tenths(bucket)),
        })
    }
}

const REGION: [&str; 6] = [
    "inside",
    "1–2 lines away",
    "3–5 lines away",
    "6–10 lines away",
    "11–30 lines away",
    "over 30 lines away",
];

/// What the second stage reads about a document.
pub struct StackView<'d> {
    /// Per line: a probability in `[0, 1]`, [`BLANK`] or [`RULED`].
    pub scores: &'d [f32],
    /// Per line: the rule that would remove it (0 for none), as in the first stage.
    pub verdicts: &'d [u8],
    /// Per line: its indentation.
    pub indents: &'d [u32],
    pub profile: Profile,
}

/// Per-document values the second stage shares between lines.
pub struct StackDocument {
    /// Indices of the lines with a score or removed by a rule, in order.
    live: Vec<usize>,
    /// For each line, its place in `live` (or where it would go).
    place: Vec<usize>,
    /// Prefix sums over `live` of the scores (a ruled line counts as 1).
    prefix: Vec<f32>,
    mean: f32,
    low_share: f32,
    /// The judged scores, sorted, for ranks.
    sorted: Vec<f32>,
    /// The article region: a range of `live` positions.
    region: std::ops::Range<usize>,
    /// Per `live` position: the mean score and length of its run of lines at one indentation.
    runs: Vec<(f32, u32)>,
    /// Per `live` position: the mean score of all lines at its indentation.
    indent_means: Vec<f32>,
    /// The first and last `live` positions of a line the first stage is sure is article.
    sure: Option<(usize, usize)>,
}

/// A first-stage score under which a line is surely article.
const SURE: f32 = 0.2;

fn value(score: f32) -> f32 {
    if score == RULED {
        1.0
    } else {
        score
    }
}

impl StackDocument {
    pub fn new(view: &StackView<'_>) -> Self {
        let mut live = Vec::new();
        let mut place = Vec::with_capacity(view.scores.len());
        for (index, &score) in view.scores.iter().enumerate() {
            place.push(live.len());
            if !score.is_nan() {
                live.push(index);
            }
        }
        let mut prefix = Vec::with_capacity(live.len() + 1);
        prefix.push(0.0);
        let mut sum = 0.0;
        for &index in &live {
            sum += value(view.scores[index]);
            prefix.push(sum);
        }
        let mut sorted: Vec<f32> = live
            .iter()
            .map(|&i| view.scores[i])
            .filter(|s| *s != RULED)
            .collect();
        sorted.sort_by(f32::total_cmp);
        let judged = sorted.len().max(1) as f32;
        let mean = if sorted.is_empty() {
            1.0
        } else {
            sorted.iter().sum::<f32>() / judged
        };
        let low_share = sorted.iter().filter(|&&s| s < 0.5).count() as f32 / judged;
        // The best run: the largest sum of 0.5 - score (Kadane), ruled lines costing 0.5.
        let (mut best, mut region) = (0.0f32, 0..0);
        let (mut run, mut start) = (0.0f32, 0);
        for (at, &index) in live.iter().enumerate() {
            if run <= 0.0 {
                run = 0.0;
                start = at;
            }
            run += 0.5 - value(view.scores[index]);
            if run > best {
                best = run;
                region = start..at + 1;
            }
        }
        let indent = |at: usize| view.indents[live[at]];
        let mut runs = vec![(0.0, 0); live.len()];
        let mut start = 0;
        while start < live.len() {
            let end = (start..live.len())
                .find(|&at| indent(at) != indent(start))
                .unwrap_or(live.len());
            let mean = (prefix[end] - prefix[start]) / (end - start) as f32;
            runs[start..end].fill((mean, (end - start) as u32));
            start = end;
        }
        let mut sums: Vec<(u32, f32, u32)> = Vec::new();
        for &line in &live {
            let (score, line_indent) = (value(view.scores[line]), view.indents[line]);
            match sums.iter_mut().find(|(i, _, _)| *i == line_indent) {
                Some((_, sum, n)) => {
                    *sum += score;
                    *n += 1;
                }
                None => sums.push((line_indent, score, 1)),
            }
        }
        let indent_means = (0..live.len())
            .map(|at| {
                let (_, sum, n) = sums
                    .iter()
                    .find(|(i, _, _)| *i == indent(at))
                    .expect("counted");
                sum / *n as f32
            })
            .collect();
        let is_sure = |at: &usize| view.scores[live[*at]] < SURE;
        let sure = (0..live.len())
            .find(is_sure)
            .zip((0..live.len()).rev().find(is_sure));
        StackDocument {
            sure,
            live,
            place,
            prefix,
            mean,
            low_share,
            sorted,
            region,
            runs,
            indent_means,
        }
    }

    fn window_mean(&self, at: usize, radius: usize) -> f32 {
        let start = at.saturating_sub(radius);
        let end = (at + radius + 1).min(self.live.len());
        (self.prefix[end] - self.prefix[start]) / (end - start).max(1) as f32
    }
}

/// Tenths of a probability: 0 to 9.
fn tenth(p: f32) -> u8 {
    ((p * 10.0) as u8).min(9)
}

/// Emits the second-stage facts of line `index` (which has a first-stage score).
pub fn stack_features<S: Sink>(
    view: &StackView<'_>,
    doc: &StackDocument,
    verdict_names: &[&'static str],
    index: usize,
    sink: &mut S,
) {
    let page = view.profile == Profile::Page;
    // The facts are gathered first and emitted in one loop, where a scorer's sum stays in a
    // register.
    let mut found = [(Around::Bias, 0u8); Around::ALL.len()];
    let mut count = 0;
    let mut add = |fact: Around, bucket: u8| {
        found[count] = (fact, bucket);
        count += 1;
    };
    let own = view.scores[index];
    add(Around::Bias, 0);
    add(Around::Own, ((own * 20.0) as u8).min(19));
    let at = doc.place[index];
    let neighbours = [
        (Around::SecondAbove, -2i64),
        (Around::Above, -1),
        (Around::Below, 1),
        (Around::SecondBelow, 2),
    ];
    for (fact, offset) in neighbours {
        let other = at as i64 + offset;
        let bucket = if other < 0 || other >= doc.live.len() as i64 {
            10
        } else {
            match view.scores[doc.live[other as usize]] {
                RULED => 11,
                score => tenth(score),
            }
        };
        add(fact, bucket);
    }
    let window2 = tenth(doc.window_mean(at, 2));
    add(Around::Window2, window2);
    add(Around::Window5, tenth(doc.window_mean(at, 5)));
    add(Around::Window15, tenth(doc.window_mean(at, 15)));
    let (run_mean, run_length) = doc.runs[at];
    add(Around::Run, tenth(run_mean));
    let length = match run_length {
        1 => 0,
        2 => 1,
        3..=5 => 2,
        6..=15 => 3,
        _ => 4,
    };
    add(Around::RunLength, length);
    add(Around::Indent, tenth(doc.indent_means[at]));
    add(Around::Mean, tenth(doc.mean));
    add(Around::LowShare, tenth(doc.low_share));
    let rank = doc.sorted.partition_point(|&s| s < own);
    add(
        Around::Rank,
        tenth(rank as f32 / doc.sorted.len().max(1) as f32),
    );
    let region = &doc.region;
    let distance = if region.contains(&at) {
        0
    } else if at < region.start {
        region.start - at
    } else {
        at + 1 - region.end.max(1)
    };
    let mut region_bucket = match distance {
        0 => 0,
        1..=2 => 1,
        3..=5 => 2,
        6..=10 => 3,
        11..=30 => 4,
        _ => 5,
    };
    if at < region.start {
        region_bucket += 10;
    }
    add(Around::Region, region_bucket);
    let own_tenth = tenth(own) * 16;
    add(Around::OwnByWindow2, own_tenth + window2);
    add(Around::OwnByRegion, own_tenth + region_bucket);
    add(Around::OwnByRun, own_tenth + tenth(run_mean));
    add(Around::OwnByMean, own_tenth + tenth(doc.mean));
    // A line with sure article text on both sides is inside the article: in an extracted
    // article, a list or table there (dates, prices, a cast) is the article's own.
    let between = doc.sure.map_or(0, |(first, last)| {
        u8::from(first < at) + 2 * u8::from(at < last)
    });
    add(Around::Between, own_tenth + between);
    for &(fact, bucket) in &found[..count] {
        sink.fact(fact.index(bucket), page, Name::Around(fact, bucket));
    }
    let verdict = view.verdicts[index];
    if verdict != 0 {
        let rule = verdict_names[usize::from(verdict)];
        sink.fact(
            Around::Verdict.index(verdict),
            page,
            Name::Verdict(Place::Line, rule),
        );
    }
}
