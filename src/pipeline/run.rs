//! Running the filters over a document: each in registry order, the first to remove a line
//! owning it; the line model's step; then cleaning the output again until nothing changes.

use std::sync::Arc;

use super::{debug_assert_listed, visible_lines, Cleaner, Removal};
use crate::blocks::{detect_profile, FeatureTable, Profile};
use crate::document::Document;
use crate::filter::{Context, Filter, Finding};
use crate::filters::line_model;
use crate::model::features::Scratch;
use crate::model::{verdict_stands, Advice, DocumentInputs, LineModel};
use crate::normalize;
use crate::site::SiteView;

impl Cleaner {
    /// What the line model reads about `doc`: its lines, their features, the profile and the
    /// verdicts of the rules (run in order, as the pipeline's first pass runs them, without the
    /// model). The trainer computes its features from exactly this.
    #[doc(hidden)]
    pub fn model_inputs<'d>(&self, doc: &'d Document) -> DocumentInputs<'d> {
        let profile = self.resolve(doc);
        let mut marks = Marks::new(doc.len());
        for filter in &self.filters {
            if filter.id() == line_model::ID {
                continue;
            }
            let findings = filter.check(&Context::with_profile(doc, &marks.removed, profile));
            let owner = Owner::of(filter.id());
            for finding in findings {
                debug_assert_listed(*filter, &finding);
                record(owner, finding, doc, &mut marks, None);
            }
        }
        inputs(doc, profile, marks.verdicts)
    }

    /// The line model's step: the layout rules' removals become advice, and every line that no
    /// other rule removed is scored; those at or above their threshold go.
    fn apply_model(
        &self,
        doc: &Document,
        profile: Profile,
        marks: &mut Marks,
        mut removals: Option<&mut Vec<Removal>>,
    ) {
        let model = self.model.clone().unwrap_or_else(LineModel::embedded);
        let verdicts = marks.verdicts.clone();
        let inputs = inputs(doc, profile, model.model_verdicts(verdicts.clone()));
        for (index, &verdict) in verdicts.iter().enumerate() {
            if verdict != 0 && marks.advice[index] != Advice::Stands {
                marks.removed[index] = false;
                marks.verdicts[index] = 0;
            }
        }
        if let Some(removals) = removals.as_deref_mut() {
            removals.retain(|removal| Advice::of(removal.filter, removal.rule) == Advice::Stands);
        }
        let view = inputs.view();
        // Every line of an advisory filter is scored, as in training, also where its rule's
        // removal stands (`STANDING_RULES`): the second stage reads the scores around a line.
        let scores = model.score_document(&view, |i| !verdict_stands(verdicts[i]));
        let mut scratch = Scratch::default();
        let owner = Owner::of(line_model::ID);
        let goes: Vec<bool> = verdicts
            .iter()
            .enumerate()
            .map(|(index, &verdict)| {
                let score = scores.last[index];
                let advised = verdict != 0 && marks.advice[index] == Advice::Lowers;
                !score.is_nan() && score >= model.threshold(profile, advised)
            })
            .collect();
        // Decided before any removal is recorded: the spared sentences look at the rules'
        // removals and the model's verdicts, not at each other's removal.
        let judged: Vec<usize> = (0..goes.len())
            .filter(|&i| goes[i] && !is_sentence_between_prose(&inputs, i, &marks.removed, &goes))
            .collect();
        for index in judged {
            let score = scores.last[index];
            let reason: Arc<str> = if removals.is_none() {
                Arc::clone(&NO_REASON)
            } else if self.explain {
                let mut reason = format!("score {score:.2}");
                if model.stacked() {
                    reason.push_str(&format!(" (alone {:.2})", scores.first[index]));
                }
                let top = model.explain(&view, index, &mut scratch, 3);
                for (at, (_, name)) in top.iter().enumerate() {
                    reason.push_str(if at == 0 { ": " } else { "; " });
                    reason.push_str(name);
                }
                if let Some(around) = model.explain_stack(&view, &scores, index) {
                    reason.push_str("; around: ");
                    reason.push_str(&around);
                }
                reason.into()
            } else {
                format!("score {score:.2}").into()
            };
            record(
                owner,
                Finding::line(index, reason).with_rule(line_model::SCORE),
                doc,
                marks,
                removals.as_deref_mut(),
            );
        }
    }

    /// Runs the pipeline: the document, its profile and which lines are removed; the removal
    /// records go to `removals` when given (a page dump can have more of them than lines of
    /// text, and the cleaned text needs only the flags).
    pub(super) fn decide<'a>(
        &self,
        input: &'a str,
        group: Option<&str>,
        mut removals: Option<&mut Vec<Removal>>,
    ) -> (Document<'a>, Profile, Vec<bool>) {
        let site = group
            .zip(self.site.as_deref())
            .and_then(|(group, profile)| profile.group(group))
            .map(|group| SiteView {
                group,
                rule: self.site_rule,
            });
        let doc = Document::parse(input);
        let profile = self.resolve(&doc);
        let mut marks = Marks::new(doc.len());
        let any = self.run_filters(
            &doc,
            profile,
            site,
            &mut marks,
            removals.as_deref_mut(),
            false,
        );
        if any {
            self.converge(&doc, site, &mut marks, removals);
        }
        (doc, profile, marks.removed)
    }

    fn resolve(&self, doc: &Document) -> Profile {
        match self.profile {
            Profile::Auto => detect_profile(doc),
            forced => forced,
        }
    }

    /// Runs the filters in order; `again` skips the line-local ones (see [`Filter::line_local`]),
    /// for the passes over the pipeline's own output. Returns whether any line was removed.
    fn run_filters(
        &self,
        doc: &Document,
        profile: Profile,
        site: Option<SiteView>,
        marks: &mut Marks,
        mut removals: Option<&mut Vec<Removal>>,
        again: bool,
    ) -> bool {
        for &filter in &self.filters {
            if again && filter.line_local() {
                continue;
            }
            if filter.id() == line_model::ID {
                self.apply_model(doc, profile, marks, removals.as_deref_mut());
                continue;
            }
            run_filter(
                filter,
                doc,
                profile,
                site,
                marks,
                removals.as_deref_mut(),
                true,
            );
        }
        for filter in &self.added {
            if !(again && filter.line_local()) {
                run_filter(
                    &**filter,
                    doc,
                    profile,
                    site,
                    marks,
                    removals.as_deref_mut(),
                    false,
                );
            }
        }
        marks.removed.iter().any(|&gone| gone)
    }

    /// Cleans the output again until nothing more goes, and books what goes against the input.
    ///
    /// A filter cannot see what later filters remove: cutting a page dump to its main content,
    /// or off-topic dropping the last lines, moves the document's edges, and rules that look at
    /// the edges (bylines, bios, teasers, top-of-page and last-line dates) may then see lines
    /// they would remove. Running to a fixed point keeps `clean(clean(x)) == clean(x)`. A document
    /// that lost nothing needs no second pass; the second pass of a page dump is cheap, as it
    /// runs on the article only.
    fn converge(
        &self,
        doc: &Document,
        site: Option<SiteView>,
        marks: &mut Marks,
        mut removals: Option<&mut Vec<Removal>>,
    ) {
        for _ in 0..MAX_PASSES {
            // The output's lines, as a document over this one's (see `Document::subset`):
            // neither the text nor a second copy of the per-line values is made.
            let mut origin = Vec::new();
            normalize::output_lines(visible_lines(doc, &marks.removed), |index, _| {
                origin.push(index)
            });
            let again = doc.subset(&origin);
            let profile = self.resolve(&again);
            let mut again_marks = Marks::new(again.len());
            let mut again_removals = Vec::new();
            if !self.run_filters(
                &again,
                profile,
                site,
                &mut again_marks,
                Some(&mut again_removals),
                true,
            ) {
                return;
            }
            for removal in again_removals {
                let owner = Owner::of(removal.filter);
                let reason: Arc<str> = format!(
                    "{} (on a second look, after the first removals)",
                    removal.reason
                )
                .into();
                for index in removal.lines {
                    let finding = Finding {
                        rule: Some(removal.rule),
                        ..Finding::line(origin[index], reason.clone())
                    };
                    record(owner, finding, doc, marks, removals.as_deref_mut());
                }
            }
        }
    }
}

/// Runs one filter (not the line model) and records what it finds; `built_in` says whether it
/// is one of the crate's filters, whose findings must name one of their rules.
fn run_filter(
    filter: &dyn Filter,
    doc: &Document,
    profile: Profile,
    site: Option<SiteView>,
    marks: &mut Marks,
    mut removals: Option<&mut Vec<Removal>>,
    built_in: bool,
) {
    let cx = Context::with_profile(doc, &marks.removed, profile).with_site(site);
    let findings = filter.check(&cx);
    let owner = Owner::of(filter.id());
    for finding in findings {
        if built_in {
            debug_assert_listed(filter, &finding);
        }
        record(owner, finding, doc, marks, removals.as_deref_mut());
    }
}

/// Upper bound on re-cleaning passes; two suffice on every benchmark document.
const MAX_PASSES: usize = 4;

/// Which lines are removed, and the verdict (see [`crate::model::verdict_of`]) of the rule that
/// removed each: the line model reads the rules' verdicts.
struct Marks {
    removed: Vec<bool>,
    verdicts: Vec<u8>,
    /// What the model makes of each removed line's removal.
    advice: Vec<Advice>,
}

impl Marks {
    fn new(lines: usize) -> Self {
        Marks {
            removed: vec![false; lines],
            verdicts: vec![0; lines],
            advice: vec![Advice::Stands; lines],
        }
    }
}

/// The reason of a removal whose record nobody keeps.
static NO_REASON: std::sync::LazyLock<Arc<str>> = std::sync::LazyLock::new(|| Arc::from(""));

/// What the line model reads about `doc`, given the rules' verdicts.
fn inputs<'d>(doc: &'d Document, profile: Profile, verdicts: Vec<u8>) -> DocumentInputs<'d> {
    DocumentInputs::new(
        // A line that shows nothing reads as blank, as it does to the rules.
        doc.lines()
            .map(|line| if line.is_blank() { "" } else { line.text })
            .collect(),
        {
            let features = doc.analysis_table::<FeatureTable>();
            (0..doc.len()).map(|i| features.get(i)).collect()
        },
        verdicts,
        profile,
    )
}

/// The filter a removal belongs to: its id, and its verdict index for the model, looked up once
/// per filter rather than once per removed line.
#[derive(Clone, Copy)]
struct Owner {
    filter: &'static str,
    verdict: u8,
}

impl Owner {
    fn of(filter: &'static str) -> Self {
        Owner {
            filter,
            verdict: crate::model::verdict_of(filter),
        }
    }
}

/// Records a finding, splitting it around lines an earlier filter already owns. A finding that
/// continues the last removal (same filter, rule and reason, the next line) extends it: a page dump
/// loses hundreds of thousands of menu lines, and one record per line would cost more memory
/// than the text. Returns whether any line was removed.
fn record(
    owner: Owner,
    finding: Finding,
    doc: &Document,
    marks: &mut Marks,
    mut removals: Option<&mut Vec<Removal>>,
) -> bool {
    let removed = &mut marks.removed;
    let Owner { filter, verdict } = owner;
    let rule = finding.rule.unwrap_or(filter);
    let advice = Advice::of(filter, rule);
    let end = finding.lines.end.min(doc.len());
    let mut index = finding.lines.start;
    let mut any = false;
    while index < end {
        if removed[index] {
            index += 1;
            continue;
        }
        let start = index;
        while index < end && !removed[index] {
            removed[index] = true;
            marks.verdicts[index] = verdict;
            marks.advice[index] = advice;
            index += 1;
        }
        any = true;
        let Some(removals) = removals.as_deref_mut() else {
            continue;
        };
        if let Some(last) = removals.last_mut().filter(|last| {
            last.filter == filter
                && last.rule == rule
                && last.lines.end == start
                && last.reason == finding.reason
        }) {
            last.lines.end = index;
            last.bytes.end = doc.byte_span(&(start..index)).end;
            continue;
        }
        removals.push(Removal {
            filter,
            rule,
            lines: start..index,
            bytes: doc.byte_span(&(start..index)),
            reason: finding.reason.clone(),
        });
    }
    any
}

/// Whether line `index` is a sentence (four words or more, ending with `.`, `!` or `?`) whose
/// nearest lines above and below are prose (ten words or more, ending a sentence) that stays:
/// the article's text, however short ("He declined to comment."). The line model does not
/// remove it; rules for named kinds of noise still can.
fn is_sentence_between_prose(
    inputs: &DocumentInputs,
    index: usize,
    removed: &[bool],
    goes: &[bool],
) -> bool {
    let f = &inputs.features[index];
    let text = inputs.lines[index].trim_end();
    if f.words < 4 || !text.ends_with(['.', '!', '?']) {
        return false;
    }
    let stays_prose = |i: usize| {
        let g = &inputs.features[i];
        !removed[i] && !goes[i] && g.words >= 10 && g.sentence_end
    };
    let live = |i: &usize| !inputs.lines[*i].is_empty();
    let above = (0..index).rev().find(live);
    let below = (index + 1..inputs.lines.len()).find(live);
    above.is_some_and(stays_prose) && below.is_some_and(stays_prose)
}
