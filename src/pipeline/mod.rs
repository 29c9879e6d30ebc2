//! Runs the filters in their fixed order and records every removal.

use std::ops::Range;
use std::sync::Arc;

use crate::blocks::Profile;
use crate::document::Document;
use crate::filter::{Filter, Finding};
use crate::filters;
use crate::model::LineModel;
use crate::normalize::{self, FinalNewline};
use crate::output_lines::OutputLines;
use crate::site::{SiteProfile, SiteRule};

mod run;

/// One removal: which filter (and which of its rules) removed which lines of the input, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// The id of the filter that removed the lines (see [`Filter::id`]).
    pub filter: &'static str,
    /// The rule within the filter that found them ([`Rule::id`](crate::Rule::id), one of
    /// [`Filter::rules`]), or the filter's id when its finding named no rule. Reports show
    /// both as `filter/rule` ([`Removal::rule_path`]).
    pub rule: &'static str,
    /// Indices into the document's lines, end exclusive (line numbers are these plus one).
    pub lines: Range<usize>,
    /// Byte range of the removed lines in the input, terminators between them included.
    pub bytes: Range<usize>,
    /// Why the filter removed them, in words (`--explain` prints it).
    pub reason: Arc<str>,
}

impl Removal {
    /// `filter/rule`, as `--explain` names the rule that removed the lines
    /// (`author-bio/byline`).
    pub fn rule_path(&self) -> String {
        format!("{}/{}", self.filter, self.rule)
    }
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
    /// // Its findings name no rule (see `Filter::rules`): the filter's id stands for it.
    /// assert_eq!(cleaned.removals[0].rule_path(), "sponsored/sponsored");
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

/// Every test run checks that a built-in filter's finding names one of the rules it lists
/// ([`Filter::rules`]), here and in the filters' unit tests: the rule pages list those (a test in
/// `filters` checks that), so `--explain` never shows a rule without a page entry. A caller's
/// filter is not held to it.
pub(crate) fn debug_assert_listed(filter: &dyn Filter, finding: &Finding) {
    debug_assert!(
        finding
            .rule
            .is_some_and(|rule| filter.rules().iter().any(|listed| listed.id == rule)),
        "{}: finding by rule {:?}, which is not among its rules()",
        filter.id(),
        finding.rule
    );
}

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

pub(super) fn visible_lines<'d>(
    doc: &'d Document,
    removed: &'d [bool],
) -> impl ExactSizeIterator<Item = (&'d str, bool)> + 'd {
    doc.lines()
        .zip(removed)
        .map(|(line, &gone)| (line.text, !gone))
}

/// Cleans `input` with every filter and returns the cleaned text, which ends with a newline only
/// when `input` did.
pub fn clean(input: &str) -> String {
    Cleaner::default().clean(input).text
}
