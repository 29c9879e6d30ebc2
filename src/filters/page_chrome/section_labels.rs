//! The top chrome zone and the section labels in it (`page-chrome/section-label`): where the
//! page's header ends, where the footer tail starts, and which short Title Case lines between
//! other chrome are section names. These look at a line's neighbours, not at the line alone,
//! so they are apart from the classifier.

use std::sync::LazyLock;

use super::classify::classify;
use super::kind::Kind;
use super::vocabulary::LABEL_CONNECTORS;
use crate::filter::Context;
use crate::prebuilt::{prebuilt_dfa, PrebuiltDfa};
use crate::text::{ends_sentence, has_words, trim, words};

/// Names of newspaper sections, matched as the whole line in the top chrome zone: the pattern of
/// `src/patterns/sections.rs` with the section names of `lang/*.toml`, compiled by `build.rs`,
/// as the top lines of every document meet it.
pub(super) static KNOWN_SECTION: LazyLock<PrebuiltDfa> =
    LazyLock::new(|| prebuilt_dfa!("known_section"));

/// Number of live lines (from the start) that form the top chrome zone: everything before the
/// first line of prose, and at most [`TOP_ZONE_LINES`] lines that are neither chrome by their own
/// text nor label-shaped. Chrome lines do not count and do not end the zone even when they read
/// like prose ("Sign up for our newsletter to get the latest news."), so removing them does not
/// pull more lines into the zone when the output is cleaned again.
pub(super) fn top_zone_len(cx: &Context, live: &[usize]) -> usize {
    let mut counted = 0;
    for (pos, &index) in live.iter().enumerate() {
        let line = cx.doc.line(index);
        let chrome = classify(line, true, false).is_some();
        if chrome {
            continue;
        }
        if is_prose(line) {
            return pos;
        }
        if !is_label_shaped(line) {
            counted += 1;
            if counted > TOP_ZONE_LINES {
                return pos;
            }
        }
    }
    live.len()
}

/// Position in `live` where the footer tail starts: the last live line plus any chrome and bare
/// date lines right above it. A bare date there counts as "the very last line": once the lines
/// below it are removed it is the last line, so it goes now rather than on a second cleaning.
pub(super) fn footer_tail_start(cx: &Context, live: &[usize]) -> usize {
    let mut start = live.len();
    while start > 0 && classify(cx.doc.line(live[start - 1]), false, true).is_some() {
        start -= 1;
    }
    start.saturating_sub(usize::from(start == live.len()))
}

/// Most non-chrome lines the top zone may hold (headline, kicker, byline…).
const TOP_ZONE_LINES: usize = 6;

fn is_prose(line: &str) -> bool {
    has_words(line, 20) || ends_sentence(line) && has_words(line, 6)
}

/// Section labels in the top zone: known section names, then short Title Case lines with chrome
/// on both sides and a non-chrome line (the headline) further down the zone, repeated until
/// nothing changes (an unknown label next to a known one: "Americas", "Border Desk").
pub(super) fn mark_section_labels(
    cx: &Context,
    live: &[usize],
    zone_end: usize,
    kinds: &mut [Option<Kind>],
) {
    for pos in 0..zone_end {
        let line = trim(cx.doc.line(live[pos]));
        if kinds[pos].is_none() && KNOWN_SECTION.is_match(line) {
            kinds[pos] = Some(Kind::KnownSection);
        }
    }
    loop {
        let mut changed = false;
        for pos in 0..zone_end {
            if kinds[pos].is_some() || !is_label_shaped(cx.doc.line(live[pos])) {
                continue;
            }
            let before = pos > 0 && kinds[pos - 1].is_some();
            let after = pos + 1 < zone_end && kinds[pos + 1].is_some();
            let headline_below = (pos + 1..zone_end).any(|later| kinds[later].is_none());
            if before && after && headline_below {
                kinds[pos] = Some(Kind::Label);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// 1–3 words, each capitalised (or a small connector), no sentence punctuation.
fn is_label_shaped(line: &str) -> bool {
    let line = line.trim();
    if ends_sentence(line) || line.contains(',') {
        return false;
    }
    let mut n = 0;
    for word in line.split_whitespace() {
        n += 1;
        if n > 3 {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised && !LABEL_CONNECTORS.contains(&word) {
            return false;
        }
    }
    n > 0 && words(line).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn prebuilt_section_dfa_matches_like_the_pattern() {
        use crate::patterns::sections::known_section_pattern;
        use crate::vocabulary::{SECTION_NAMES, SECTION_NEWS_KINDS};
        let regex = Regex::new(&known_section_pattern(SECTION_NEWS_KINDS, SECTION_NAMES)).unwrap();
        let lines = [
            "News",
            "WORLD NEWS",
            "U.S.",
            "u.s. news",
            "Middle East",
            "Économie",
            "ÉCONOMIE",
            "Actualités",
            "Santé",
            "Opinión",
            "News and views",
            "World News Today",
            "us",
            "",
            "Wiſſen",
        ];
        for line in lines {
            assert_eq!(
                KNOWN_SECTION.is_match(line),
                regex.is_match(line),
                "{line:?}"
            );
        }
        assert!(KNOWN_SECTION.is_match("Économie"));
    }
}
