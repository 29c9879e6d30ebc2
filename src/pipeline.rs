//! Runs the filters in their fixed order and records every removal.

use std::ops::Range;
use std::sync::Arc;

use crate::blocks::{detect_profile, Profile};
use crate::document::Document;
use crate::filter::{Context, Filter, Finding};
use crate::filters;
use crate::filters::line_model;
use crate::filters::site_boilerplate::{SiteRule, SiteView};
use crate::model::features::Scratch;
use crate::model::{DocumentInputs, LineModel, ADVISORY};
use crate::normalize::{self, FinalNewline};
use crate::output_lines::OutputLines;
use crate::site::SiteProfile;

/// One removal: which filter removed which lines of the input, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// The id of the filter that removed the lines (see [`Filter::id`]).
    pub filter: &'static str,
    /// Indices into the document's lines, end exclusive (line numbers are these plus one).
    pub lines: Range<usize>,
    /// Byte range of the removed lines in the input, terminators between them included.
    pub bytes: Range<usize>,
    /// Why the filter removed them, in words (`--explain` prints it).
    pub reason: Arc<str>,
}

/// The result of cleaning one document.
#[derive(Debug)]
pub struct Cleaned<'a> {
    /// The input as the filters saw it: its lines, normalised, with their byte spans.
    pub doc: Document<'a>,
    /// The profile the document was cleaned with (never `Auto`).
    pub profile: Profile,
    /// Every removal, ordered by first line; no line is in two.
    pub removals: Vec<Removal>,
    /// The cleaned text: the kept lines in order, whitespace normalised.
    pub text: String,
}

/// Unknown filter id given to [`Cleaner::disable`] or [`Cleaner::only`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFilter(pub String);

impl std::fmt::Display for UnknownFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let known: Vec<_> = filters::all().iter().map(|f| f.id()).collect();
        write!(
            f,
            "unknown filter id `{}` (known: {})",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownFilter {}

/// A configured pipeline. `Cleaner::default()` runs every filter and cleans strings: the text
/// ends with a newline only when the input did (see [`FinalNewline`]).
#[derive(Clone)]
pub struct Cleaner {
    filters: Vec<&'static dyn Filter>,
    /// The caller's filters ([`Cleaner::with_filter`]), run after the built-in ones.
    added: Vec<Arc<dyn Filter>>,
    profile: Profile,
    final_newline: FinalNewline,
    /// The line model; `None` for the embedded one, loaded when first needed.
    model: Option<Arc<LineModel>>,
    /// Whether the line model's reasons name the features that decided (for `--explain`).
    explain: bool,
    site: Option<Arc<SiteProfile>>,
    site_rule: SiteRule,
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner {
            filters: filters::all().to_vec(),
            added: Vec::new(),
            profile: Profile::Auto,
            final_newline: FinalNewline::AsInput,
            model: None,
            explain: false,
            site: None,
            site_rule: SiteRule::default(),
        }
    }
}

impl Cleaner {
    /// Forces a profile instead of detecting it per document (see [`Profile::Auto`]).
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// How the cleaned text ends: [`FinalNewline::AsInput`] for strings (the default),
    /// [`FinalNewline::Always`] for files.
    pub fn final_newline(mut self, final_newline: FinalNewline) -> Self {
        self.final_newline = final_newline;
        self
    }

    /// Drops the filter with this id from the pipeline.
    pub fn disable(mut self, id: &str) -> Result<Self, UnknownFilter> {
        filters::by_id(id).ok_or_else(|| UnknownFilter(id.to_string()))?;
        self.filters.retain(|f| f.id() != id);
        Ok(self)
    }

    /// Keeps only the filters with these ids, in pipeline order.
    pub fn only<S: AsRef<str>>(mut self, ids: &[S]) -> Result<Self, UnknownFilter> {
        for id in ids {
            filters::by_id(id.as_ref()).ok_or_else(|| UnknownFilter(id.as_ref().to_string()))?;
        }
        self.filters
            .retain(|f| ids.iter().any(|id| id.as_ref() == f.id()));
        Ok(self)
    }

    /// Makes the line model's removal reasons name the features that weighed most (`score 0.93:
    /// words "sign up"; …`) instead of giving the score alone. Finding them costs a second look
    /// at every removed line, so it is off unless a report is wanted.
    pub fn explain_reasons(mut self, explain: bool) -> Self {
        self.explain = explain;
        self
    }

    /// Scores lines with `model` instead of the embedded one (for training and evaluation).
    #[doc(hidden)]
    pub fn with_line_model(mut self, model: Arc<LineModel>) -> Self {
        self.model = Some(model);
        self
    }

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
            if verdict != 0 && crate::model::is_advisory(verdict) {
                marks.removed[index] = false;
                marks.verdicts[index] = 0;
            }
        }
        if let Some(removals) = removals.as_deref_mut() {
            removals.retain(|removal| !ADVISORY.contains(&removal.filter));
        }
        let view = inputs.view();
        let scores = model.score_document(&view, |i| !marks.removed[i]);
        let mut scratch = Scratch::default();
        let owner = Owner::of(line_model::ID);
        for (index, &verdict) in verdicts.iter().enumerate() {
            let score = scores.last[index];
            let advised = verdict != 0;
            if score.is_nan() || score < model.threshold(profile, advised) {
                continue;
            }
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
                Finding::line(index, reason),
                doc,
                marks,
                removals.as_deref_mut(),
            );
        }
    }

    /// The built-in filters this cleaner runs, in pipeline order (after
    /// [`disable`](Self::disable) and [`only`](Self::only)).
    pub fn filters(&self) -> &[&'static dyn Filter] {
        &self.filters
    }

    /// Adds a filter of the caller's. It runs after the built-in filters (the line model
    /// included), in the order filters were added, so it sees the document with their removals
    /// ([`Context::is_removed`](crate::Context::is_removed)); its removals are in
    /// [`Cleaned::removals`] under its [`Filter::id`], which should differ from the built-in
    /// ids. Like theirs, its removals are made again on the cleaned output until nothing more
    /// goes (so cleaning stays idempotent). [`disable`](Self::disable) and [`only`](Self::only)
    /// choose among the built-in filters only.
    ///
    /// ```
    /// use deboiler::{Cleaner, Context, Filter, Finding};
    ///
    /// /// Removes lines that announce a sponsor.
    /// struct Sponsored;
    ///
    /// impl Filter for Sponsored {
    ///     fn id(&self) -> &'static str {
    ///         "sponsored"
    ///     }
    ///     fn summary(&self) -> &'static str {
    ///         "Lines that announce a sponsor"
    ///     }
    ///     fn check(&self, cx: &Context) -> Vec<Finding> {
    ///         cx.live_lines()
    ///             .filter(|&i| cx.doc.line(i).starts_with("Sponsored by "))
    ///             .map(|i| Finding::line(i, "names a sponsor"))
    ///             .collect()
    ///     }
    /// }
    ///
    /// let cleaner = Cleaner::default().with_filter(Sponsored);
    /// let cleaned = cleaner.clean("The bridge reopened on Monday.\nSponsored by a bank.\n");
    /// assert_eq!(cleaned.text, "The bridge reopened on Monday.\n");
    /// assert_eq!(cleaned.removals[0].filter, "sponsored");
    /// assert_eq!(&*cleaned.removals[0].reason, "names a sponsor");
    /// ```
    pub fn with_filter(mut self, filter: impl Filter + 'static) -> Self {
        self.added.push(Arc::new(filter));
        self
    }

    /// Gives the cleaner a site profile: [`clean_in_group`](Self::clean_in_group) then removes
    /// the lines a document's group repeats (the `site-boilerplate` filter; see
    /// [`SiteProfile`]).
    pub fn with_site_profile(mut self, profile: impl Into<Arc<SiteProfile>>) -> Self {
        self.site = Some(profile.into());
        self
    }

    /// The site profile given with [`with_site_profile`](Self::with_site_profile).
    pub fn site_profile(&self) -> Option<&SiteProfile> {
        self.site.as_deref()
    }

    /// Sets when a line counts as its site's boilerplate ([`SiteRule::default`] unless set).
    pub fn site_rule(mut self, rule: SiteRule) -> Self {
        self.site_rule = rule;
        self
    }

    /// Cleans one document.
    pub fn clean<'a>(&self, input: &'a str) -> Cleaned<'a> {
        self.clean_in_group(input, None)
    }

    /// Cleans one document as a member of `group` (a site's host, a folder: see
    /// [`group_of_url`](crate::group_of_url)), removing also the lines the group repeats according to
    /// the site profile. Without a profile, without a group, or for a group the profile does
    /// not know, this is [`clean`](Self::clean).
    pub fn clean_in_group<'a>(&self, input: &'a str, group: Option<&str>) -> Cleaned<'a> {
        let mut removals = Vec::new();
        let (doc, profile, removed) = self.decide(input, group, Some(&mut removals));
        removals.sort_by_key(|r| r.lines.start);
        let mut text = normalize::render(visible_lines(&doc, &removed));
        self.final_newline.apply(&mut text, input);
        Cleaned {
            doc,
            profile,
            removals,
            text,
        }
    }

    /// The cleaned text of `input`: [`Cleaner::clean`]'s text, without the removal records (a
    /// page dump's can outnumber its lines, and the line model's each carry a score of their
    /// own), for a caller that reports nothing about the removals.
    pub fn clean_text(&self, input: &str) -> String {
        self.clean_text_in_group(input, None)
    }

    /// [`clean_text`](Self::clean_text) of a document cleaned as a member of `group` (see
    /// [`clean_in_group`](Self::clean_in_group)).
    pub fn clean_text_in_group(&self, input: &str, group: Option<&str>) -> String {
        let (doc, _, removed) = self.decide(input, group, None);
        let mut text = normalize::render(visible_lines(&doc, &removed));
        self.final_newline.apply(&mut text, input);
        text
    }

    /// What [`clean_in_group`](Self::clean_in_group) decides about each line of `input`, for a
    /// caller that writes the cleaned text in a form of its own (the JSONL writer copies each
    /// kept line from the JSON string it was decoded from). The removals are recorded into
    /// `removals` when given, in the order the filters find them.
    pub(crate) fn decide_in_group<'a>(
        &self,
        input: &'a str,
        group: Option<&str>,
        removals: Option<&mut Vec<Removal>>,
    ) -> Decision<'a> {
        let (doc, profile, removed) = self.decide(input, group, removals);
        Decision {
            doc,
            profile,
            removed,
            newline_at_end: self.final_newline == FinalNewline::Always
                || input.ends_with(['\n', '\r']),
        }
    }

    /// Which lines of `input` the cleaned text holds: [`Cleaner::clean`] without the text, the
    /// document and the removals, for a caller that writes the text itself
    /// ([`OutputLines::write_text`]) and would rather not hold a large document twice. The lines
    /// do not depend on [`FinalNewline`]; the text written from them is the file form
    /// ([`FinalNewline::Always`]), as the command line's text mode writes it.
    pub fn output_lines(&self, input: &str) -> OutputLines {
        self.output_lines_in_group(input, None)
    }

    /// [`output_lines`](Self::output_lines) of a document cleaned as a member of `group` (see
    /// [`clean_in_group`](Self::clean_in_group)).
    pub fn output_lines_in_group(&self, input: &str, group: Option<&str>) -> OutputLines {
        let (doc, _, removed) = self.decide(input, group, None);
        OutputLines::from_lines(visible_lines(&doc, &removed))
    }

    /// Runs the pipeline: the document, its profile and which lines are removed; the removal
    /// records go to `removals` when given (a page dump can have more of them than lines of
    /// text, and the cleaned text needs only the flags).
    fn decide<'a>(
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
            run_filter(filter, doc, profile, site, marks, removals.as_deref_mut());
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
                    let finding = Finding::line(origin[index], reason.clone());
                    record(owner, finding, doc, marks, removals.as_deref_mut());
                }
            }
        }
    }
}

/// Defined here rather than with the type, so that the set of output lines stays below the
/// pipeline that produces its input.
impl OutputLines {
    /// The output lines of a cleaned document.
    pub fn of(cleaned: &Cleaned) -> Self {
        // Removals are sorted by their first line and never overlap.
        let mut removals = cleaned.removals.iter().peekable();
        Self::from_lines(cleaned.doc.lines().enumerate().map(|(index, line)| {
            while removals.next_if(|r| r.lines.end <= index).is_some() {}
            let removed = removals.peek().is_some_and(|r| r.lines.contains(&index));
            (line.text, !removed)
        }))
    }
}

/// Runs one filter (not the line model) and records what it finds.
fn run_filter(
    filter: &dyn Filter,
    doc: &Document,
    profile: Profile,
    site: Option<SiteView>,
    marks: &mut Marks,
    mut removals: Option<&mut Vec<Removal>>,
) {
    let cx = Context::with_profile(doc, &marks.removed, profile).with_site(site);
    let findings = filter.check(&cx);
    let owner = Owner::of(filter.id());
    for finding in findings {
        record(owner, finding, doc, marks, removals.as_deref_mut());
    }
}

/// Upper bound on re-cleaning passes; two suffice on every benchmark document.
const MAX_PASSES: usize = 4;

/// Which lines of a document the cleaned text holds ([`Cleaner::decide_in_group`]).
pub(crate) struct Decision<'a> {
    /// The document as the filters saw it.
    pub(crate) doc: Document<'a>,
    /// The profile it was cleaned with.
    pub(crate) profile: Profile,
    removed: Vec<bool>,
    newline_at_end: bool,
}

impl Decision<'_> {
    /// Calls `line(index, text)` for each line of the cleaned text in order, with the input
    /// line it comes from: the text is that line's normalised text, or empty for a blank line.
    /// The cleaned text is these lines joined by newlines, plus a final newline when
    /// [`ends_with_newline`](Self::ends_with_newline) says so (as [`normalize::render`] and
    /// [`FinalNewline`] make it).
    pub(crate) fn output_lines(&self, line: impl FnMut(usize, &str)) {
        normalize::output_lines(visible_lines(&self.doc, &self.removed), line);
    }

    /// Whether the cleaned text ends with a newline when it is not empty.
    pub(crate) fn ends_with_newline(&self) -> bool {
        self.newline_at_end
    }
}

fn visible_lines<'d>(
    doc: &'d Document,
    removed: &'d [bool],
) -> impl ExactSizeIterator<Item = (&'d str, bool)> + 'd {
    doc.lines()
        .zip(removed)
        .map(|(line, &gone)| (line.text, !gone))
}

/// Which lines are removed, and the verdict (see [`crate::model::verdict_of`]) of the rule that
/// removed each: the line model reads the rules' verdicts.
struct Marks {
    removed: Vec<bool>,
    verdicts: Vec<u8>,
}

impl Marks {
    fn new(lines: usize) -> Self {
        Marks {
            removed: vec![false; lines],
            verdicts: vec![0; lines],
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
        (0..doc.len()).map(|i| doc.feature(i)).collect(),
        verdicts,
        profile,
    )
}

/// Records a finding, splitting it around lines an earlier filter already owns. A finding that
/// continues the last removal (same filter, same reason, the next line) extends it: a page dump
/// loses hundreds of thousands of menu lines, and one record per line would cost more memory
/// than the text. Returns whether any line was removed.
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

fn record(
    owner: Owner,
    finding: Finding,
    doc: &Document,
    marks: &mut Marks,
    mut removals: Option<&mut Vec<Removal>>,
) -> bool {
    let removed = &mut marks.removed;
    let Owner { filter, verdict } = owner;
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
            index += 1;
        }
        any = true;
        let Some(removals) = removals.as_deref_mut() else {
            continue;
        };
        if let Some(last) = removals.last_mut().filter(|last| {
            last.filter == filter && last.lines.end == start && last.reason == finding.reason
        }) {
            last.lines.end = index;
            last.bytes.end = doc.byte_span(&(start..index)).end;
            continue;
        }
        removals.push(Removal {
            filter,
            lines: start..index,
            bytes: doc.byte_span(&(start..index)),
            reason: finding.reason.clone(),
        });
    }
    any
}

/// Cleans `input` with every filter and returns the cleaned text, which ends with a newline only
/// when `input` did.
pub fn clean(input: &str) -> String {
    Cleaner::default().clean(input).text
}
