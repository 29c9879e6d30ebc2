//! One line classified by its own text ([`classify`]): phrases, share runs, date lines
//! (`page-chrome/date-line`), breadcrumbs and prompts, in the order they are tried; and the
//! per-document cache of it that other filters read ([`ChromeAnywhere`]). Apart from the filter
//! because both the filter and the top-zone scan need it.

use std::sync::LazyLock;

use super::breadcrumbs::is_breadcrumb;
use super::buttons::{is_share_run, phrase_group};
use super::kind::Kind;
use super::labels::{is_menu_entry, is_more_from, is_newsletter_label};
use super::prompts::{prompt_regex, PROMPT_GATES, PROMPT_RULES};
use super::vocabulary::{LIST_HEADING, PHRASE_GROUPS};
use crate::document::{Document, LineAnalysis};
use crate::prebuilt::{prebuilt_dfa, PrebuiltDfa};
use crate::text::{more_words_than, trim_start};

/// A line that is only a date, optionally labelled ("Updated: …"), and one that is labelled:
/// the patterns of `src/patterns/date_line.rs`, compiled at build time to sparse DFAs (see
/// [`PrebuiltDfa`]). A labelled date line is one where the optional label takes part in the
/// match: leading marks are never letters and every label, weekday and date starts with a
/// letter or digit, so every match skips the same marks, and then takes the label if it can.
///
/// Performance: on a lazy DFA the pattern, tried on every short line with a digit, was the
/// hottest after the gates, with about 1 MB of cache per thread; telling the label apart took a
/// search for the capture groups, about a hundred times a match.
pub(super) static DATE_LINE: LazyLock<PrebuiltDfa> = LazyLock::new(|| prebuilt_dfa!("date_line"));

pub(super) static LABELLED_DATE_LINE: LazyLock<PrebuiltDfa> =
    LazyLock::new(|| prebuilt_dfa!("labelled_date_line"));

/// Whether and why page-chrome removes a line wherever it stands (a button, share run, prompt,
/// call to action, cookie notice, labelled date or breadcrumb), kept with the document. Filters
/// that run earlier and count the article's prose read it (`doc.analysis::<ChromeAnywhere>(i)`)
/// so that a line this filter removes later does not count: otherwise cleaning the output
/// again could decide differently.
pub(crate) struct ChromeAnywhere;

impl LineAnalysis for ChromeAnywhere {
    type Table = Vec<Option<Kind>>;
    type Value = Option<Kind>;

    fn table(doc: &Document) -> Vec<Option<Kind>> {
        doc.per_line(|line| classify(line, false, false))
    }

    fn get(table: &Vec<Option<Kind>>, index: usize) -> Option<Kind> {
        table[index]
    }
}

/// Whether a line heads the related-article or most-read list after an article: where a page
/// dump's article has certainly ended. Prompts that also stand inside articles ("Read more",
/// "Lire aussi") are a separate phrase group and do not count.
pub fn is_list_heading(line: &str) -> bool {
    matches!(classify(line, false, false), Some(Kind::Phrase(group)) if PHRASE_GROUPS[usize::from(group)].0 == LIST_HEADING)
}

/// The index of [`LIST_HEADING`] in [`PHRASE_GROUPS`].
static LIST_HEADING_GROUP: LazyLock<u8> = LazyLock::new(|| {
    let at = PHRASE_GROUPS
        .iter()
        .position(|(name, _)| *name == LIST_HEADING);
    u8::try_from(at.expect("a related-list heading group")).expect("few groups")
});

/// Whether a date line is a post's or comment's timestamp: a joining word of
/// [`TIMESTAMP_JOINERS`](crate::vocabulary::TIMESTAMP_JOINERS) and then a clock time with a
/// colon (`November 19, 2019 at 11:32 am`). An event's date and time (`Saturday, June 14,
/// 7:30 pm`) and a date written with dots (`14.03.2006`) are not timestamps.
fn is_timestamp(line: &str) -> bool {
    crate::vocabulary::TIMESTAMP_JOINERS.iter().any(|joiner| {
        line.match_indices(joiner).any(|(at, _)| {
            let before = &line[..at];
            let after = &line[at + joiner.len()..];
            before.ends_with(' ')
                && after.starts_with(' ')
                && starts_with_clock_time(after.trim_start())
        })
    })
}

/// Whether `text` starts with `H:MM` or `HH:MM`.
fn starts_with_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let hour = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&hour)
        && bytes.get(hour) == Some(&b':')
        && bytes
            .get(hour + 1..hour + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
}

/// Classifies one line by its own text. `in_top_zone` and `last_line` allow bare dates.
pub(super) fn classify(line: &str, in_top_zone: bool, last_line: bool) -> Option<Kind> {
    // Every rule here is for short lines except the cookie banner; gate on length first. Every
    // rule needs a letter or a digit, so a blank line (page dumps are full of them) is not chrome.
    if line.len() > 600 || line.is_empty() {
        return None;
    }
    // Every rule skips leading whitespace: skipping the indentation once is only faster.
    let body = trim_start(line);
    if line.len() <= 120 {
        if let Some(group) = phrase_group(body) {
            return Some(Kind::Phrase(group));
        }
        if is_share_run(body) {
            return Some(Kind::ShareRun);
        }
        // Every date has a digit: most lines skip the automaton.
        if body.bytes().any(|b| b.is_ascii_digit()) && DATE_LINE.is_match(body) {
            if LABELLED_DATE_LINE.is_match(body) {
                return Some(Kind::LabelledDate);
            }
            if in_top_zone || last_line {
                return Some(Kind::BareDate);
            }
            if is_timestamp(body) {
                return Some(Kind::TimedDate);
            }
        }
        if is_breadcrumb(body, in_top_zone) {
            return Some(Kind::Breadcrumb);
        }
        if is_menu_entry(body) {
            return Some(Kind::MenuEntry);
        }
        if is_newsletter_label(body) {
            return Some(Kind::NewsletterLabel);
        }
        if is_more_from(body) {
            return Some(Kind::Phrase(*LIST_HEADING_GROUP));
        }
    }
    // The prompts are anchored at the start, so a non-matching line fails fast (`is_match` stops
    // there; `matches` would look for every gate's match); words are only counted for lines
    // that match.
    if !PROMPT_GATES.is_match(body) {
        return None;
    }
    let gates = PROMPT_GATES.matches(body);
    PROMPT_RULES
        .iter()
        .enumerate()
        .find(|&(index, (_, _, max_words))| {
            gates & 1 << index != 0
                && prompt_regex(index).is_match(body)
                && max_words.is_none_or(|max| !more_words_than(body, max))
        })
        .map(|(_, (kind, _, _))| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn prebuilt_date_dfas_match_like_the_patterns() {
        use crate::patterns::date_line::date_line_pattern;
        use crate::vocabulary::*;
        let months = [MONTHS, MONTH_VARIANTS, MONTH_ABBREVIATIONS].concat();
        let weekdays = [WEEKDAYS, WEEKDAY_VARIANTS, WEEKDAY_ABBREVIATIONS].concat();
        let pattern = |labelled| date_line_pattern(labelled, &months, &weekdays, DATE_LABELS);
        let date_line = Regex::new(&pattern(false)).unwrap();
        let labelled = Regex::new(&pattern(true)).unwrap();
        // The optional label as a named group: the prebuilt labelled DFA must match exactly
        // when the group takes part in the date line's match.
        let optional = pattern(false);
        let labels = crate::patterns::slots::trie_alternation(DATE_LABELS.iter().copied());
        let named = optional.replacen(&labels, &format!("(?P<label>{labels})"), 1);
        assert_ne!(named, optional);
        let captures = Regex::new(&named).unwrap();
        let lines = [
            "Updated: Nov 12, 2025",
            "  » Le 12 novembre 2025",
            "Le 12 novembre 2025 à 14h03",
            "Lundi le 12 novembre 2025",
            "Mon, 12 November 2025",
            "- Stand: 12.11.2025, 14:03 Uhr",
            "Date: 2025-11-12T14:03:00+01:00",
            "Today is Wednesday, November 12, 2025",
            "Heute: Mittwoch, 12. November 2025",
            "Posted 3 hours ago",
            "Published on November 12, 2025 | 5 min read",
            "12 November 2025, she said",
            "Updated: Nov ١٢, ٢٠٢٥",
            "",
        ];
        for line in lines {
            assert_eq!(
                DATE_LINE.is_match(line),
                date_line.is_match(line),
                "{line:?}"
            );
            assert_eq!(
                LABELLED_DATE_LINE.is_match(line),
                labelled.is_match(line),
                "{line:?}"
            );
            let label = captures
                .captures(line)
                .is_some_and(|caps| caps.name("label").is_some());
            assert_eq!(LABELLED_DATE_LINE.is_match(line), label, "{line:?}");
        }
    }

    #[test]
    fn date_lines_are_labelled_only_when_a_label_leads() {
        let kind = |line| classify(line, false, false);
        for line in [
            "Updated: Nov 12, 2025",
            "» Le 12 novembre 2025",
            "• Zuletzt aktualisiert am 12.11.2025, 14:03 Uhr",
            "Publicado el 12 de noviembre de 2025",
            "Today is Wednesday, November 12, 2025",
        ] {
            assert_eq!(kind(line), Some(Kind::LabelledDate), "{line:?}");
        }
        // A label word that is the weekday's article ("le") or not followed by a date.
        for line in [
            "12 November 2025",
            "Mon, 12 November 2025",
            "Lundi le 12 novembre 2025",
        ] {
            assert_eq!(kind(line), None, "{line:?}");
            assert_eq!(
                classify(line, true, false),
                Some(Kind::BareDate),
                "{line:?}"
            );
        }
        assert_eq!(kind("Date of the 2025 vote"), None);
    }
}
