//! The [`Filter`] trait: a named rule that reports lines to remove, each with a reason.
//!
//! A filter only reads the document and reports; the pipeline decides ownership (the first filter
//! to remove a line owns it) and rendering.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use crate::blocks::{detect_profile, Profile};
use crate::document::{AnalysisTable, Document};
use crate::matchers::gate::{Gate, GateFlags};
use crate::site::SiteView;

/// What a filter sees: the document, its profile, and which lines earlier filters removed.
pub struct Context<'d, 'a> {
    /// The document being cleaned.
    pub doc: &'d Document<'a>,
    /// [`Profile::Page`] or [`Profile::Article`], never `Auto`: resolved once per document.
    pub profile: Profile,
    removed: &'d [bool],
    /// The document's group in a site profile, when it is cleaned as a member of one.
    site: Option<SiteView<'d>>,
    /// The gates each line passes, found on the first [`Context::passes`].
    gates: OnceCell<AnalysisTable<'d, GateFlags>>,
}

impl<'d, 'a> Context<'d, 'a> {
    /// A context whose profile is detected from the document.
    pub fn new(doc: &'d Document<'a>, removed: &'d [bool]) -> Self {
        Self::with_profile(doc, removed, detect_profile(doc))
    }

    /// A context with this profile (detected from the document when [`Profile::Auto`]);
    /// `removed[i]` says whether an earlier filter removed line `i`.
    pub fn with_profile(doc: &'d Document<'a>, removed: &'d [bool], profile: Profile) -> Self {
        let profile = match profile {
            Profile::Auto => detect_profile(doc),
            resolved => resolved,
        };
        Context {
            doc,
            profile,
            removed,
            site: None,
            gates: OnceCell::new(),
        }
    }

    /// The context of a document cleaned as a member of a group (see
    /// [`crate::Cleaner::clean_in_group`]).
    #[doc(hidden)]
    pub fn with_site(mut self, site: Option<SiteView<'d>>) -> Self {
        self.site = site;
        self
    }

    /// The document's group and the rule for its repeated lines, if it has a group.
    #[doc(hidden)]
    pub fn site(&self) -> Option<&SiteView<'d>> {
        self.site.as_ref()
    }

    /// Whether the document's group repeats `line` often enough to be its boilerplate (what the
    /// `site-boilerplate` filter removes); `false` without a group.
    pub fn is_site_boilerplate(&self, line: usize) -> bool {
        self.site.as_ref().is_some_and(|site| {
            site.pages_with(self.doc.line(line))
                .is_some_and(|count| site.rule.removes(count, site.group.pages()))
        })
    }

    /// Whether an earlier filter removed line `line`.
    pub fn is_removed(&self, line: usize) -> bool {
        self.removed[line]
    }

    /// Whether `line` contains one of `gate`'s patterns (leading whitespace ignored).
    pub(crate) fn passes(&self, line: usize, gate: &Gate) -> bool {
        let gates = self.gates.get_or_init(|| self.doc.analysis_table());
        gates.get(line) & gate.bit != 0
    }

    /// Indices of non-blank lines that no earlier filter removed, in order.
    pub fn live_lines(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.doc.len()).filter(|&i| !self.removed[i] && !self.doc.is_blank(i))
    }
}

/// A filter's request to remove a range of lines, with a human-readable reason and, optionally,
/// the [`Rule`] of the filter that found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Indices into [`Document::lines`], end exclusive.
    pub lines: Range<usize>,
    /// Shared, not copied, by the removals made from it: a filter that removes many lines for
    /// one reason (a page dump's menus) makes one string.
    pub reason: Arc<str>,
    /// The [`Rule::id`] of the rule that found the lines, one of the filter's
    /// [`rules`](Filter::rules); `None` for a filter that names no rules, whose removals then
    /// carry the filter's id as their rule (see [`Removal::rule`](crate::Removal::rule)).
    pub rule: Option<&'static str>,
}

impl Finding {
    /// A request to remove line `index` (by no named rule: see [`with_rule`](Self::with_rule)).
    pub fn line(index: usize, reason: impl Into<Arc<str>>) -> Self {
        Self::lines(index..index + 1, reason)
    }

    /// A request to remove the lines `lines` (indices, end exclusive; by no named rule).
    pub fn lines(lines: Range<usize>, reason: impl Into<Arc<str>>) -> Self {
        Finding {
            lines,
            reason: reason.into(),
            rule: None,
        }
    }

    /// The same request, made by `rule` (one of the filter's [`rules`](Filter::rules)):
    /// `Finding::line(i, "names a sponsor").with_rule(SPONSOR_LINE)`.
    pub fn with_rule(mut self, rule: Rule) -> Self {
        self.rule = Some(rule.id);
        self
    }
}

/// One kind of finding within a filter, such as `byline` in `author-bio`: `--explain` names it
/// as `filter/rule` (`author-bio/byline`), and `deboiler --list-rules` lists every rule with its
/// summary.
///
/// A caller's filter names its rules the same way:
///
/// ```
/// use deboiler::{Cleaner, Context, Filter, Finding, Rule};
///
/// struct Sponsored;
///
/// const SPONSOR_LINE: Rule = Rule::new("sponsor-line", "a line that names a sponsor");
///
/// impl Filter for Sponsored {
///     fn id(&self) -> &'static str {
///         "sponsored"
///     }
///     fn summary(&self) -> &'static str {
///         "Lines that announce a sponsor"
///     }
///     fn rules(&self) -> &'static [Rule] {
///         &[SPONSOR_LINE]
///     }
///     fn check(&self, cx: &Context) -> Vec<Finding> {
///         cx.live_lines()
///             .filter(|&i| cx.doc.line(i).starts_with("Sponsored by "))
///             .map(|i| SPONSOR_LINE.line(i))
///             .collect()
///     }
/// }
///
/// let cleaned = Cleaner::default()
///     .with_filter(Sponsored)
///     .clean("The bridge reopened on Monday.\nSponsored by a bank.\n");
/// assert_eq!(cleaned.removals[0].rule_path(), "sponsored/sponsor-line");
/// assert_eq!(&*cleaned.removals[0].reason, "a line that names a sponsor");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    /// Short kebab-case name, unique within its filter (`byline`).
    pub id: &'static str,
    /// One line saying what the rule matches. [`Rule::line`] gives it as the reason.
    pub summary: &'static str,
}

impl Rule {
    /// A rule named `id` that matches what `summary` says.
    pub const fn new(id: &'static str, summary: &'static str) -> Self {
        Rule { id, summary }
    }

    /// A request by this rule to remove line `index`, with the rule's summary as the reason.
    pub fn line(self, index: usize) -> Finding {
        Finding::line(index, self.summary).with_rule(self)
    }
}

/// A rule that finds lines to remove, each with a reason: the built-in filters implement it,
/// and so can a caller's, added with [`Cleaner::with_filter`](crate::Cleaner::with_filter).
pub trait Filter: Send + Sync {
    /// Stable kebab-case id, used by `--disable`, `--only` and in every report.
    fn id(&self) -> &'static str;
    /// One line saying what the filter removes.
    fn summary(&self) -> &'static str;
    /// Reports the lines to remove. Must not report a line that is already removed.
    fn check(&self, cx: &Context) -> Vec<Finding>;
    /// The kinds of finding this filter reports ([`Finding::rule`] is one of their ids). A
    /// filter that names none (the default) reports findings without a rule, and its removals
    /// carry the filter's id as their rule.
    fn rules(&self) -> &'static [Rule] {
        &[]
    }
    /// Whether every decision depends on the line's own text alone (not on its neighbours, its
    /// position or the profile). Such a filter finds nothing new when the pipeline cleans its own
    /// output again, so the fixed-point passes skip it.
    fn line_local(&self) -> bool {
        false
    }
}
