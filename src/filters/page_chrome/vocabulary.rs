//! The word lists of page-chrome: the button and label phrases by group (from the language
//! files, `lang/*.toml`), the marks around them, share-bar names and the small words of a
//! section label. Kept apart from the matching code so that the lists can be read and extended
//! in one place.

use crate::vocabulary;

pub(super) const LEAD_MARKS: [char; 15] = [
    '*', '•', '·', '▪', '►', '▶', '#', '>', '»', '›', '|', '+', '-', '–', '—',
];

pub(super) const TRAIL_MARKS: [char; 15] = [
    ':', '：', '.', '…', '!', '»', '›', '>', '→', '-', '–', '—', '|', '+', '*',
];

/// The phrase group of the headings of related-article and most-read lists.
pub(super) const LIST_HEADING: &str = "related-list heading";

/// Button and label texts, matched as the whole line (case-insensitive), from the language
/// files (`lang/*.toml`, one key per group). Each group names the kind of chrome for the
/// finding's reason; a phrase of two groups belongs to the first.
pub(super) const PHRASE_GROUPS: [(&str, &[&str]); 12] = [
    ("advertisement label", vocabulary::ADVERTISEMENT_LABELS),
    ("skip link", vocabulary::SKIP_LINKS),
    ("share/print button", vocabulary::SHARE_BUTTONS),
    (LIST_HEADING, vocabulary::RELATED_LIST_HEADINGS),
    ("read-more prompt", vocabulary::READ_MORE_PROMPTS),
    (
        "newsletter/subscribe button",
        vocabulary::NEWSLETTER_BUTTONS,
    ),
    ("video player label", vocabulary::VIDEO_PLAYER_LABELS),
    ("navigation control", vocabulary::NAVIGATION_CONTROLS),
    ("comment-section prompt", vocabulary::COMMENT_PROMPTS),
    ("page-header label", vocabulary::PAGE_HEADER_LABELS),
    ("account control", vocabulary::ACCOUNT_CONTROLS),
    ("site link", vocabulary::SITE_LINKS),
];

/// Names on share bars (`share_bar_names` of `lang/common.toml`) and the share words of each
/// language (`share_bar_words`, `teilen`); a line made only of them is a share bar.
pub(super) fn share_tokens() -> impl Iterator<Item = &'static str> {
    let names = vocabulary::SHARE_BAR_NAMES.iter();
    names.chain(vocabulary::SHARE_BAR_WORDS).copied()
}

/// Small words allowed in lower case inside a Title Case label.
pub(super) const LABEL_CONNECTORS: &[&str] = &[
    "&", "and", "of", "the", "und", "et", "y", "e", "di", "de", "van",
];
