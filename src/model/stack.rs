//! The line model's second stage: each line judged again from the first stage's scores of the
//! lines around it.
//!
//! An article is a run of lines; menus, link lists and footers are runs too. A line the first
//! stage finds ambiguous (a short subheading, a one-line paragraph, a caption-like sentence)
//! is told apart by its neighbours: between two paragraphs of prose it is article, in the
//! middle of a menu it is not. The features: the line's own first-stage score; the scores of
//! the two non-blank lines above and below; mean scores of windows of 2, 5 and 15 lines around;
//! the document's mean score and the share of its lines under one half; the line's rank among
//! the document's scores; whether it lies in the document's best run of low scores (the
//! article region, found by the largest sum of `0.5 - score`) and how far from it; and the
//! rule that would remove it. Like the first stage's layout features, each is emitted alone
//! and crossed with the profile.

use crate::blocks::Profile;

use super::features::{Name, Sink};

/// Hash bits of the second stage's weight table.
pub const STACK_BITS: u32 = 14;

/// A line's state for the second stage: its first-stage probability of noise, or `BLANK` /
/// `RULED` (removed by a rule whose removals stand, so a neighbour the model does not judge).
pub const BLANK: f32 = f32::NAN;
pub const RULED: f32 = f32::INFINITY;

/// What the second stage reads about a document.
pub struct StackView<'d> {
    /// Per line: a probability in `[0, 1]`, [`BLANK`] or [`RULED`].
    pub scores: &'d [f32],
    /// Per line: the rule that would remove it (0 for none), as in the first stage.
    pub verdicts: &'d [u8],
    /// Per line: its indentation (page dumps indent each container alike).
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
}

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
        let mean = if sorted.is_empty() {
            1.0
        } else {
            sorted.iter().sum::<f32>() / sorted.len() as f32
        };
        let low_share = if sorted.is_empty() {
            0.0
        } else {
            sorted.iter().filter(|&&s| s < 0.5).count() as f32 / sorted.len() as f32
        };
        // The best run: the largest sum of 0.5 - score (Kadane), ruled lines costing 0.5.
        let (mut best, mut best_range) = (0.0f32, 0..0);
        let (mut run, mut start) = (0.0f32, 0);
        for (at, &index) in live.iter().enumerate() {
            if run <= 0.0 {
                run = 0.0;
                start = at;
            }
            run += 0.5 - value(view.scores[index]);
            if run > best {
                best = run;
                best_range = start..at + 1;
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
        for at in 0..live.len() {
            let score = value(view.scores[live[at]]);
            match sums.iter_mut().find(|(i, _, _)| *i == indent(at)) {
                Some((_, sum, n)) => {
                    *sum += score;
                    *n += 1;
                }
                None => sums.push((indent(at), score, 1)),
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
        StackDocument {
            live,
            place,
            prefix,
            mean,
            low_share,
            sorted,
            region: best_range,
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

const NS_STACK: u64 = 0x57ac;

#[inline]
fn slot(key: u64, crossed: u64) -> u32 {
    let mut z = key ^ crossed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ NS_STACK;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    ((z ^ (z >> 31)) >> (64 - STACK_BITS)) as u32
}

struct Emit<'s, S: Sink> {
    sink: &'s mut S,
    profile: u64,
}

impl<S: Sink> Emit<'_, S> {
    fn bucket(&mut self, name: &'static str, id: u64, bucket: u8) {
        let key = id << 8 | u64::from(bucket);
        self.sink
            .add(slot(key, 0), 1.0, Name::Bucket(name, bucket));
        self.sink
            .add(slot(key, self.profile), 1.0, Name::Bucket(name, bucket));
    }

    fn real(&mut self, name: &'static str, id: u64, x: f32) {
        self.sink.add(slot(id << 8 | 0xff, 0), x, Name::Fact(name));
        self.sink
            .add(slot(id << 8 | 0xff, self.profile), x, Name::Fact(name));
    }
}

/// Tenths of a probability: 0 to 9.
fn tenth(p: f32) -> u8 {
    ((p * 10.0) as u8).min(9)
}

fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln()
}

/// Emits the second-stage features of line `index` (which has a first-stage score).
pub fn stack_features<S: Sink>(
    view: &StackView<'_>,
    doc: &StackDocument,
    verdict_names: &[&'static str],
    index: usize,
    sink: &mut S,
) {
    let own = view.scores[index];
    let mut emit = Emit {
        sink,
        profile: if view.profile == Profile::Page { 1 } else { 2 },
    };
    emit.bucket("bias", 1, 0);
    emit.real("first-stage log-odds", 2, logit(own) / 4.0);
    emit.bucket("first-stage score", 3, tenth(own));
    let at = doc.place[index];
    for (id, offset) in [(10u64, -2i64), (11, -1), (12, 1), (13, 2)] {
        let other = at as i64 + offset;
        let bucket = if other < 0 || other >= doc.live.len() as i64 {
            10
        } else {
            let score = view.scores[doc.live[other as usize]];
            if score == RULED {
                11
            } else {
                tenth(score)
            }
        };
        emit.bucket("neighbour score", id, bucket);
    }
    for (id, radius) in [(20u64, 2usize), (21, 5), (22, 15)] {
        emit.bucket("score around", id, tenth(doc.window_mean(at, radius)));
    }
    let (run_mean, run_length) = doc.runs[at];
    emit.bucket("score of its run at one indentation", 23, tenth(run_mean));
    let length = match run_length {
        1 => 0,
        2 => 1,
        3..=5 => 2,
        6..=15 => 3,
        _ => 4,
    };
    emit.bucket("length of its run at one indentation", 24, length);
    emit.bucket(
        "score of the lines at its indentation",
        25,
        tenth(doc.indent_means[at]),
    );
    emit.bucket("document mean score", 30, tenth(doc.mean));
    emit.bucket("share of lines under one half", 31, tenth(doc.low_share));
    let rank = doc.sorted.partition_point(|&s| s < own);
    emit.bucket(
        "rank in document",
        32,
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
    let bucket = match distance {
        0 => 0,
        1..=2 => 1,
        3..=5 => 2,
        6..=10 => 3,
        11..=30 => 4,
        _ => 5,
    };
    let side = if at < region.start { 0 } else { 10 };
    emit.bucket("distance from the article region", 40, bucket + side);
    if !super::features::exp("nocross") {
        let own_tenth = u64::from(tenth(own));
        let crosses = [
            (60u64, u64::from(tenth(doc.window_mean(at, 2)))),
            (61, u64::from(bucket + side)),
            (62, u64::from(tenth(run_mean))),
            (63, u64::from(tenth(doc.mean))),
        ];
        for (id, other) in crosses {
            emit.bucket("score crossed with its context", id << 8 | own_tenth, other as u8);
        }
    }
    let verdict = view.verdicts[index];
    if verdict != 0 {
        let key = 50 << 8 | u64::from(verdict);
        let rule = verdict_names[usize::from(verdict)];
        emit.sink.add(slot(key, 0), 1.0, Name::Verdict("self", rule));
        emit.sink
            .add(slot(key, emit.profile), 1.0, Name::Verdict("self", rule));
    }
}
