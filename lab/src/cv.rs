//! Training the two-stage line model, and site-grouped cross-validation of it.
//!
//! The first stage is trained on labelled lines. The second stage reads first-stage scores,
//! which on its own training pages must come from a first stage that did not see those pages
//! (stacking): otherwise it would learn from scores far more confident than any it meets on new
//! pages. With `F` site-grouped folds:
//!
//! - the model trained on everything has the first stage `M` trained on all pages, and a second
//!   stage trained on the pages of each fold `j` scored by `M_j`, the first stage trained
//!   without fold `j`;
//! - the model tested on fold `k` has the first stage `M_k`, and a second stage trained on the
//!   pages of each other fold `j` scored by `M_kj`, trained without folds `k` and `j`.
//!
//! Every first stage leaves out, with its folds, the training lines whose text is also a line
//! of the pages it will score.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use deboiler::__internals::model::stack::{stack_features, StackDocument, StackView, BLANK, RULED};
use deboiler::__internals::model::{
    registry_verdicts, LineModel, Thresholds, FIRST_STAGE_WEIGHTS, SECOND_STAGE_WEIGHTS,
};
use deboiler::Profile;

use crate::bench::{Input, PageSet};
use crate::dataset::{Collect, Dataset, LineState};
use crate::folds::{fnv1a, fold_of};
use crate::metrics::collapse_ws;
use crate::train::{train, OwnedRows, Params, Rows};

/// Hashes of every line's collapsed text, per fold.
pub fn fold_texts(sets: &[PageSet], folds: usize) -> Vec<HashSet<u64>> {
    let mut texts = vec![HashSet::new(); folds];
    for set in sets {
        for record in &set.records {
            let fold = fold_of(&record.site(), folds);
            for input in Input::BOTH {
                let doc = deboiler::Document::parse(record.input(input));
                for line in doc.lines() {
                    if !line.is_blank() {
                        texts[fold].insert(fnv1a(collapse_ws(line.text).as_bytes()));
                    }
                }
            }
        }
    }
    texts
}

/// What a training run is given.
#[derive(Debug, Clone, Copy)]
pub struct Setup {
    pub first: Params,
    pub second: Params,
    pub thresholds: Thresholds,
    /// Whether to train a second stage at all.
    pub stacked: bool,
}

/// The labelled examples of the pages outside `skip_folds`, without texts of `skip_texts`.
struct FirstRows<'d> {
    data: &'d Dataset,
    rows: Vec<u32>,
}

impl Rows for FirstRows<'_> {
    fn len(&self) -> usize {
        self.rows.len()
    }

    fn row(&self, index: usize) -> (&[u32], &[f32], bool, f32) {
        let example = &self.data.examples[self.rows[index] as usize];
        let (slots, values) = self.data.features(example);
        (
            slots,
            values,
            example.noise.expect("labelled"),
            example.weight,
        )
    }
}

fn first_stage(
    data: &Dataset,
    page_of: &[u32],
    skip_folds: &[u8],
    texts: &[HashSet<u64>],
    params: Params,
) -> Vec<f32> {
    let rows = (0..data.examples.len() as u32)
        .filter(|&e| {
            let example = &data.examples[e as usize];
            let fold = data.pages[page_of[e as usize] as usize].fold;
            example.noise.is_some()
                && !skip_folds.contains(&fold)
                && !skip_folds
                    .iter()
                    .any(|&f| texts[usize::from(f)].contains(&example.text))
        })
        .collect();
    train(&FirstRows { data, rows }, FIRST_STAGE_WEIGHTS, params)
}

fn quantised(weights: &[f32], setup: &Setup) -> LineModel {
    LineModel::from_weights(weights, None, setup.thresholds, &registry_verdicts())
}

/// The first-stage scores of a page's lines (BLANK and RULED for lines it does not judge).
fn first_scores(data: &Dataset, page: usize, model: &LineModel) -> Vec<f32> {
    let profile_page = data.pages[page].profile == Profile::Page;
    data.pages[page]
        .lines
        .iter()
        .map(|state| match state {
            LineState::Blank => BLANK,
            LineState::Ruled => RULED,
            LineState::Judged(e) => {
                let (slots, values) = data.features(&data.examples[*e as usize]);
                model.score_collected(slots, values, profile_page)
            }
        })
        .collect()
}

/// Second-stage rows of `pages`, each scored by `scorer(page)`.
fn stack_rows<'m>(
    data: &Dataset,
    pages: &[usize],
    scorer: impl Fn(usize) -> &'m LineModel + Sync,
) -> OwnedRows {
    let names = registry_verdicts();
    let parts: Vec<OwnedRows> = pages
        .par_iter()
        .map(|&p| {
            let page = &data.pages[p];
            let scores = first_scores(data, p, scorer(p));
            let view = StackView {
                scores: &scores,
                verdicts: &page.verdicts,
                indents: &page.indents,
                profile: page.profile,
            };
            let doc = StackDocument::new(&view);
            let mut rows = OwnedRows::default();
            for (i, state) in page.lines.iter().enumerate() {
                let LineState::Judged(e) = state else {
                    continue;
                };
                let example = &data.examples[*e as usize];
                let Some(noise) = example.noise else {
                    continue;
                };
                let start = rows.slots.len();
                stack_features(
                    &view,
                    &doc,
                    &names,
                    i,
                    &mut Collect {
                        slots: &mut rows.slots,
                        values: &mut rows.values,
                        base: 0,
                    },
                );
                rows.rows
                    .push((start..rows.slots.len(), noise, example.weight));
            }
            rows
        })
        .collect();
    let mut all = OwnedRows::default();
    for part in parts {
        let offset = all.slots.len();
        all.slots.extend(part.slots);
        all.values.extend(part.values);
        all.rows.extend(
            part.rows
                .into_iter()
                .map(|(r, noise, w)| (r.start + offset..r.end + offset, noise, w)),
        );
    }
    all
}

fn finish(first: &[f32], second: Option<Vec<f32>>, setup: &Setup) -> Arc<LineModel> {
    Arc::new(LineModel::from_weights(
        first,
        second.as_deref(),
        setup.thresholds,
        &registry_verdicts(),
    ))
}

/// The models: with `cv`, one per fold (tested on it); with `all`, the one trained on
/// everything (the last of the returned list).
pub fn models(
    data: &Dataset,
    texts: &[HashSet<u64>],
    setup: &Setup,
    cv: bool,
    all: bool,
) -> Vec<Arc<LineModel>> {
    let folds = texts.len() as u8;
    let page_of = data.page_of_examples();
    // Every first stage needed, keyed by the folds it leaves out.
    let mut keys: Vec<Vec<u8>> = Vec::new();
    if all {
        keys.push(Vec::new());
    }
    if cv || (all && setup.stacked) {
        keys.extend((0..folds).map(|k| vec![k]));
    }
    if cv && setup.stacked {
        for k in 0..folds {
            for j in k + 1..folds {
                keys.push(vec![k, j]);
            }
        }
    }
    let trained: HashMap<Vec<u8>, Vec<f32>> = keys
        .par_iter()
        .map(|skip| {
            (
                skip.clone(),
                first_stage(data, &page_of, skip, texts, setup.first),
            )
        })
        .collect();
    let quantised: HashMap<&Vec<u8>, LineModel> = trained
        .iter()
        .map(|(key, weights)| (key, quantised(weights, setup)))
        .collect();
    let pages_outside = |k: Option<u8>| -> Vec<usize> {
        (0..data.pages.len())
            .filter(|&p| Some(data.pages[p].fold) != k)
            .collect()
    };
    let second = |k: Option<u8>| -> Option<Vec<f32>> {
        if !setup.stacked {
            return None;
        }
        let pages = pages_outside(k);
        let rows = stack_rows(data, &pages, |p| {
            let j = data.pages[p].fold;
            let key = match k {
                None => vec![j],
                Some(k) => vec![k.min(j), k.max(j)],
            };
            &quantised[&key]
        });
        Some(train(&rows, SECOND_STAGE_WEIGHTS, setup.second))
    };
    let mut out = Vec::new();
    if cv {
        for k in 0..folds {
            out.push(finish(&trained[&vec![k]], second(Some(k)), setup));
        }
    }
    if all {
        out.push(finish(&trained[&Vec::new()], second(None), setup));
    }
    out
}
