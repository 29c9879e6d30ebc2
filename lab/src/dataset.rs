//! Training data: every benchmark page (and input) as the line model sees it, with the features
//! of each line it judges, computed by the library exactly as the cleaner computes them, and
//! the labels of [`crate::label`] where the labelling rule gives one.
//!
//! A page keeps all its judged lines, labelled or not: the second stage reads the first
//! stage's scores of every neighbour. Lines a rule outside [`deboiler::__internals::model::ADVISORY`]
//! removes are not judged (their removal stands), and blank lines never are.

use std::ops::Range;

use rayon::prelude::*;

use deboiler::__internals::model::features::{line_features, Name, Scratch, Sink};
use deboiler::__internals::model::{fact_slots, registry_verdicts, verdict_stands};
use deboiler::Cleaner;
use deboiler::Document;
use deboiler::Profile;

use crate::bench::{Input, Kind, PageSet};
use crate::folds::{fnv1a, fold_of};
use crate::label::{label_record, Label, Labelled};
use crate::metrics::collapse_ws;

/// One judged line.
#[derive(Debug, Clone)]
pub struct Example {
    /// Its features: a range of [`Dataset::slots`] and [`Dataset::values`].
    pub features: Range<usize>,
    /// Whether it is noise, when the labelling rule says.
    pub noise: Option<bool>,
    pub weight: f32,
    /// Hash of the whitespace-collapsed text: training lines equal to a test line are dropped.
    pub text: u64,
    /// Which rule of the labelling gave the label.
    pub why: &'static str,
}

/// A line of a page as the second stage sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineState {
    Blank,
    /// Removed by a rule whose removals stand.
    Ruled,
    /// Judged by the model: an index into [`Dataset::examples`].
    Judged(u32),
}

/// One page and input.
#[derive(Debug, Clone)]
pub struct Page {
    pub kind: Kind,
    pub input: Input,
    pub fold: u8,
    pub profile: Profile,
    pub verdicts: Vec<u8>,
    pub indents: Vec<u32>,
    pub lines: Vec<LineState>,
}

#[derive(Default)]
pub struct Dataset {
    pub slots: Vec<u32>,
    pub values: Vec<f32>,
    pub examples: Vec<Example>,
    pub pages: Vec<Page>,
}

impl Dataset {
    pub fn features(&self, example: &Example) -> (&[u32], &[f32]) {
        (
            &self.slots[example.features.clone()],
            &self.values[example.features.clone()],
        )
    }

    /// The page of every example.
    pub fn page_of_examples(&self) -> Vec<u32> {
        let mut of = vec![0; self.examples.len()];
        for (p, page) in self.pages.iter().enumerate() {
            for state in &page.lines {
                if let LineState::Judged(e) = state {
                    of[*e as usize] = p as u32;
                }
            }
        }
        of
    }
}

/// How the data sets weigh against each other: each page's labelled lines share
/// `weight(kind)` times the square root of their number, so long pages count more, but not
/// linearly.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    pub sh: f32,
    pub tf: f32,
    pub ce: f32,
    /// Of the injected pages ([`crate::augment`]) against their data set's pages; 0 for none.
    pub injected: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            sh: 1.0,
            tf: 1.0,
            ce: 1.0,
            injected: 2.0,
        }
    }
}

impl Weights {
    pub fn of(&self, kind: Kind) -> f32 {
        match kind {
            Kind::Sh => self.sh,
            Kind::Tf => self.tf,
            Kind::Ce => self.ce,
        }
    }
}

/// Collects features in the trainer's layout: words at their slots, each fact as its shared
/// and its profile's weight, from `base` on (see [`deboiler::__internals::model::fact_slots`]).
pub struct Collect<'a> {
    pub slots: &'a mut Vec<u32>,
    pub values: &'a mut Vec<f32>,
    pub base: u32,
}

impl Sink for Collect<'_> {
    fn word(&mut self, slot: u32, value: f32, _name: Name<'_>) {
        self.slots.push(slot);
        self.values.push(value);
    }

    fn fact(&mut self, index: u32, page: bool, _name: Name<'_>) {
        for slot in fact_slots(self.base, index, page) {
            self.slots.push(slot);
            self.values.push(1.0);
        }
    }
}

/// One page and input, with examples numbered from 0.
fn page_data(
    cleaner: &Cleaner,
    set: &PageSet,
    index: usize,
    input: Input,
    folds: usize,
    weights: &Weights,
) -> Dataset {
    let record = &set.records[index];
    judged_page(
        cleaner,
        set.kind,
        input,
        record.input(input),
        |lines| label_record(set.kind, record, lines),
        fold_of(&record.site(), folds) as u8,
        weights.of(set.kind),
    )
}

/// One page of `text` as the model sees it, labelled by `label` (given the cleaner's lines),
/// with examples numbered from 0: its labelled lines share `weight` times the square root of
/// their number.
pub fn judged_page(
    cleaner: &Cleaner,
    kind: Kind,
    input: Input,
    text: &str,
    label: impl FnOnce(&[&str]) -> Vec<Option<Labelled>>,
    fold: u8,
    weight: f32,
) -> Dataset {
    let doc = Document::parse(text);
    let inputs = cleaner.model_inputs(&doc);
    let names = registry_verdicts();
    let labels = label(&inputs.lines);
    let labelled = (0..inputs.lines.len())
        .filter(|&i| {
            !inputs.lines[i].is_empty()
                && !verdict_stands(inputs.verdicts[i])
                && labels[i].is_some()
        })
        .count();
    let weight = weight / (labelled.max(1) as f32).sqrt();
    let view = inputs.view();
    let mut scratch = Scratch::default();
    let mut out = Dataset::default();
    let mut lines = Vec::with_capacity(inputs.lines.len());
    #[allow(clippy::needless_range_loop)] // `i` indexes the lines, verdicts and labels alike
    for i in 0..inputs.lines.len() {
        if inputs.lines[i].is_empty() {
            lines.push(LineState::Blank);
            continue;
        }
        if verdict_stands(inputs.verdicts[i]) {
            lines.push(LineState::Ruled);
            continue;
        }
        lines.push(LineState::Judged(out.examples.len() as u32));
        let start = out.slots.len();
        line_features(
            &view,
            &names,
            i,
            &mut scratch,
            &mut Collect {
                slots: &mut out.slots,
                values: &mut out.values,
                base: 1 << deboiler::__internals::model::features::BITS,
            },
        );
        out.examples.push(Example {
            features: start..out.slots.len(),
            noise: labels[i].map(|l| l.label == Label::Noise),
            weight,
            text: fnv1a(collapse_ws(inputs.lines[i]).as_bytes()),
            why: labels[i].map_or("", |l| l.why),
        });
    }
    out.pages.push(Page {
        kind,
        input,
        fold,
        profile: inputs.profile,
        indents: inputs.features.iter().map(|f| f.indent as u32).collect(),
        verdicts: inputs.verdicts,
        lines,
    });
    out
}

/// The pages of every page set and input, in a fixed order, with the verdicts of `cleaner`'s
/// rules.
pub fn build(cleaner: &Cleaner, sets: &[PageSet], folds: usize, weights: &Weights) -> Dataset {
    let jobs: Vec<(usize, usize, Input)> = sets
        .iter()
        .enumerate()
        .flat_map(|(s, set)| {
            (0..set.records.len())
                .flat_map(move |r| Input::BOTH.into_iter().map(move |input| (s, r, input)))
        })
        .collect();
    let parts: Vec<Dataset> = jobs
        .par_iter()
        .map(|&(s, r, input)| page_data(cleaner, &sets[s], r, input, folds, weights))
        .collect();
    let mut all = merge(parts);
    if weights.injected > 0.0 {
        let injected = crate::augment::pages(cleaner, sets, folds, |kind| {
            weights.of(kind) * weights.injected
        });
        all = merge([all, injected]);
    }
    all
}

/// The parts in order, as one data set.
pub fn merge(parts: impl IntoIterator<Item = Dataset>) -> Dataset {
    let mut all = Dataset::default();
    for part in parts {
        let offset = all.slots.len();
        let first = all.examples.len() as u32;
        all.slots.extend_from_slice(&part.slots);
        all.values.extend_from_slice(&part.values);
        all.examples
            .extend(part.examples.into_iter().map(|mut example| {
                example.features = example.features.start + offset..example.features.end + offset;
                example
            }));
        all.pages.extend(part.pages.into_iter().map(|mut page| {
            for state in &mut page.lines {
                if let LineState::Judged(e) = state {
                    *e += first;
                }
            }
            page
        }));
    }
    all
}
