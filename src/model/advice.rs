//! Which rules' removals are advice to the line model, and which stand: per filter
//! ([`ADVISORY`]) and, inside an advisory filter, per rule ([`FULL_BAR_RULES`],
//! [`STANDING_RULES`]).

/// The rules whose removals are advice to the model when it runs: they judge layout and
/// context, where the model, which reads their verdicts, is measured to decide better. The
/// other rules name the mission's kinds of noise precisely; their removals stand.
pub const ADVISORY: &[&str] = &["page-chrome", "main-content", "below-article"];

/// Rules (filter, rule) of the [`ADVISORY`] filters whose advice does not lower an extracted article's bar
/// ([`super::Thresholds::article_advised`]): a web address alone on its line is as often the source an
/// article cites as a link list, so the model judges it as any other article line (the
/// cross-validated trade-off is in the model card, "Model and training").
pub const FULL_BAR_RULES: &[(&str, &str)] = &[("page-chrome", "link-only")];

/// Rules (filter, rule) of the [`ADVISORY`] filters whose removals stand like a named rule's:
/// each names a kind of noise, not a layout, and on the development pages the lines they
/// remove are noise by deboiler's conventions wherever a gold says (a teaser for another story
/// led by a reading prompt, a breadcrumb trail, a newsletter or follow prompt). The model still
/// scores and learns from their lines as from any advice (see [`super::verdict_stands`]):
/// dropped from training, they cost sh dumps 0.005 in site-grouped CV.
pub const STANDING_RULES: &[(&str, &str)] = &[
    ("page-chrome", "teaser-link"),
    ("page-chrome", "breadcrumb"),
    ("page-chrome", "call-to-action"),
];

/// What the line model makes of a rule's removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The removal stands; the model reads it as a verdict.
    Stands,
    /// Advice: the model decides, with the lower bar of an advised line in extracted articles.
    Lowers,
    /// Advice that keeps the model's full bar ([`FULL_BAR_RULES`]).
    FullBar,
}

impl Advice {
    /// The advice of a removal by `rule` of `filter`.
    pub fn of(filter: &str, rule: &str) -> Advice {
        if !ADVISORY.contains(&filter) || STANDING_RULES.contains(&(filter, rule)) {
            Advice::Stands
        } else if FULL_BAR_RULES.contains(&(filter, rule)) {
            Advice::FullBar
        } else {
            Advice::Lowers
        }
    }
}
