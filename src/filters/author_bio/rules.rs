//! The author-bio filter's rules, and the reason type its finders return: each finder names
//! the rule that found a line, so the rules sit apart from the filter (`mod.rs`), which the
//! finders would otherwise have to import, and from any one finder.

use crate::filter::Rule;

pub(super) const BYLINE: Rule = Rule::new(
    "byline",
    "a byline: `By` and author names, with only byline furniture after them",
);
pub(super) const ABOUT_HEADING: Rule = Rule::new("about-heading", "\"about the author\" heading");

pub(super) const BIO: Rule = Rule::new(
    "bio",
    "author bio at an edge: a person's role at a publication (with a handle, contact or beat when further in)",
);
pub(super) const FOLLOW_REQUEST: Rule = Rule::new(
    "follow-request",
    "request to follow a person or named account on social media, at an edge",
);
pub(super) const CONTACT_LINE: Rule = Rule::new(
    "contact-line",
    "how to contact the author, or a contact line with an email address, at an edge",
);
pub(super) const AUTHOR_BOX: Rule = Rule::new(
    "author-box",
    "author box after the article: a heading or name line and a bio",
);
pub(super) const SELF_INTRODUCTION: Rule = Rule::new(
    "self-introduction",
    "site owner's self-introduction after the article",
);

/// Why a line goes: the rule that found it, and the reason in words.
pub(super) type Why = (Rule, &'static str);
