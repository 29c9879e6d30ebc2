//! What kind of chrome a line is ([`Kind`]), the page-chrome rules, and each kind's rule and
//! reason. Every finder returns a kind, so the kinds and rules sit apart from the filter
//! (`mod.rs`), which the finders would otherwise have to import.

use super::vocabulary::PHRASE_GROUPS;
use crate::filter::Rule;

/// Why a line is chrome; each variant names the signal that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An index into [`PHRASE_GROUPS`]: one byte keeps the per-line cache of a document small.
    Phrase(u8),
    ShareRun,
    Teaser,
    CallToAction,
    Follow,
    Cookie,
    Paywall,
    Reprints,
    LinkOnly,
    LabelledDate,
    BareDate,
    TimedDate,
    Breadcrumb,
    MenuEntry,
    NewsletterLabel,
    KnownSection,
    Label,
}

pub(super) const BUTTON_LABEL: Rule = Rule::new(
    "button-label",
    "a button or label alone on its line (an ad label, a share or print button, a read-more prompt, a navigation control, …; the reason names which)",
);
pub(super) const SHARE_RUN: Rule = Rule::new(
    "share-run",
    "run of share-button names (`Facebook Twitter Email`)",
);
pub(super) const TEASER_LINK: Rule = Rule::new(
    "teaser-link",
    "teaser link led by a reading prompt (`Read more: …`)",
);
pub(super) const CALL_TO_ACTION: Rule = Rule::new(
    "call-to-action",
    "newsletter, subscription, follow or paywall prompt",
);
pub(super) const COOKIE_NOTICE: Rule = Rule::new("cookie-notice", "cookie consent notice");

pub(super) const REPRINT_NOTICE: Rule =
    Rule::new("reprint-notice", "reprint or personal-use notice");

pub(super) const LINK_ONLY: Rule = Rule::new(
    "link-only",
    "a web address alone on its line (or after a one-word label)",
);
pub(super) const DATE_LINES: Rule = Rule::new(
    "date-line",
    "labelled date line or a post's timestamp anywhere, or a bare date in the top chrome zone or as the last line",
);
pub(super) const BREADCRUMB: Rule = Rule::new(
    "breadcrumb",
    "breadcrumb trail (`Home > Section > …`) or a menu entry with its arrows (`News › ‹`)",
);

pub(super) const SECTION_LABEL: Rule = Rule::new(
    "section-label",
    "section label in the top chrome zone (a known section name, or a short Title Case line between other chrome)",
);

impl Kind {
    /// The rule whose kind of line this is.
    pub(super) fn rule(self) -> Rule {
        match self {
            Kind::Phrase(_) => BUTTON_LABEL,
            Kind::ShareRun => SHARE_RUN,
            Kind::Teaser => TEASER_LINK,
            Kind::CallToAction | Kind::NewsletterLabel | Kind::Follow | Kind::Paywall => {
                CALL_TO_ACTION
            }
            Kind::Cookie => COOKIE_NOTICE,
            Kind::Reprints => REPRINT_NOTICE,
            Kind::LinkOnly => LINK_ONLY,
            Kind::LabelledDate | Kind::BareDate | Kind::TimedDate => DATE_LINES,
            Kind::Breadcrumb | Kind::MenuEntry => BREADCRUMB,
            Kind::KnownSection | Kind::Label => SECTION_LABEL,
        }
    }

    pub(super) fn reason(self) -> String {
        match self {
            Kind::Phrase(group) => {
                format!(
                    "{} on a line of its own",
                    PHRASE_GROUPS[usize::from(group)].0
                )
            }
            Kind::ShareRun => "run of share-button names (`Facebook Twitter Email`)".into(),
            Kind::Teaser => "teaser link led by a reading prompt (`Read more: …`)".into(),
            Kind::CallToAction => "newsletter/subscription call to action".into(),
            Kind::Follow => "social follow prompt (`Follow us on …`)".into(),
            Kind::Cookie => "cookie consent notice".into(),
            Kind::Paywall => "paywall or subscriber-login prompt".into(),
            Kind::Reprints => "reprint or personal-use notice".into(),
            Kind::LinkOnly => "a web address alone on its line (or after a one-word label)".into(),
            Kind::LabelledDate => "labelled date line (`Updated: …`, `Today : …`)".into(),
            Kind::BareDate => "standalone date line in the page header or footer".into(),
            Kind::TimedDate => {
                "date and time alone on a line (a post's or comment's timestamp)".into()
            }
            Kind::Breadcrumb => "breadcrumb trail (`Home > Section > …`)".into(),
            Kind::MenuEntry => "menu entry with its arrows (`News › ‹`)".into(),
            Kind::NewsletterLabel => "newsletter label (`Email Newsletters`)".into(),
            Kind::KnownSection => "section label at the top (known section name)".into(),
            Kind::Label => {
                "short Title Case section label between other header chrome lines".into()
            }
        }
    }
}
