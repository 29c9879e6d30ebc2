//! # off-topic
//!
//! ## What it removes
//!
//! Stray short lines at the edges of the article that belong to *other* stories: teaser
//! headlines, "watch" links and video titles that a scraper picked up from a sidebar or from the
//! next story on the page. Both rules look only at the **edge runs**: walking inward from the
//! start and from the end over live lines, the run of *edge candidates* (lines of at most 15
//! words that do not end like a sentence) stops at the first line that is clearly article text.
//! A run longer than six lines is a list or a table and is left alone. Within a run only
//! *headline-shaped* lines can go: three or more words, no `|`, `@`, URL, bracket or slash,
//! numbers only in a phrase with two function words or more ("10 things in tech you need to
//! know today", not a table row like "Tour dates June 2 Berlin arena"), not opened by a quote
//! mark, list marker or small letter and not ending with a comma or semicolon (the rest of a
//! sentence broken across lines), a colon only after a kicker of at most three words ("Video: …",
//! "Weekend Sports Roundup: …"), and not a name or signature (three capitalised words or fewer,
//! or capitalised words with a comma).
//!
//! 1. **No shared vocabulary.** A headline-shaped candidate with at least three content words
//!    (see [`crate::text::content_words`]; compared by a five-letter stem, so "storm" matches
//!    "storms") none of which occurs in the *core* of the text (every live line outside the edge
//!    runs) is about something else; so is, at the end, one of six content words or more that
//!    shares a single one (a long article meets a common word of another story's headline by
//!    chance; at the top a playful title may share one word only with its article).
//!    At the end every such line goes; at the start only those above a candidate that does
//!    share vocabulary (the article's own headline), so a lone headline is never removed.
//!    Words of Chinese, Japanese and Korean cannot be compared this way, and such a line ends
//!    like a sentence: a line mostly in those scripts (eight of their characters or more) among
//!    the last lines of a text with no such character anywhere else is unrelated too, unless
//!    the line above announces it with a colon (a quotation, a poem in the original).
//! 2. **Repeated teaser.** In the end run, two headline-shaped candidates that are near duplicates
//!    (at least two shared content words, covering 80% of the shorter line's content words) are a
//!    teaser and its repeat ("Video: bridge collapses in storm" / "Bridge collapses in storm");
//!    both go even if they share words with the article. At the start a repeated line is
//!    usually the page title followed by the same headline, so this rule is for the end only.
//!
//! Nothing is removed when the core has fewer than 20 distinct content words (too little to judge
//! by). The core is computed without the edge runs, so the decision for a line never depends on
//! lines this filter removes, and cleaning the output again changes nothing.
//!
//! ## Rules
//!
//! - `off-topic/unrelated-line`: a headline-shaped line at an edge sharing no content word with
//!   the article (rule 1)
//! - `off-topic/repeated-teaser`: a teaser headline and its near-duplicate repeat at the end
//!   (rule 2)
//!
//! ## Why is this noise?
//!
//! Pages list other stories around the article; a text extractor that ends the article one block
//! too late keeps their headlines. They have no terminal punctuation, they share no words with
//! the article, and they often come twice (the thumbnail caption and the link text).
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! The city council approved the new cycling lanes on Monday after a year of debate.
//! Construction will begin in April and last until the autumn, the mayor said.
//! Shop owners had warned that parking spaces would disappear.
//! Watch: Pop star cancels world tour
//! Pop star cancels world tour
//! ```
//!
//! After:
//!
//! ```text
//! The city council approved the new cycling lanes on Monday after a year of debate.
//! Construction will begin in April and last until the autumn, the mayor said.
//! Shop owners had warned that parking spaces would disappear.
//! ```
//!
//! ## Known false positives
//!
//! - A closing line without punctuation, in sentence case, that uses none of the article's
//!   words, e.g. a motto or slogan under an essay ("Keep walking and never look back"), or a
//!   book title under a review when it is not all capitalised.
//! - A last line with numbers in a phrase that uses none of the article's words, such as a
//!   shop's opening hours under a feature about it ("Open 7 days a week from 9 to 5").
//! - German closing quotes (`„…“`) are not recognised as sentence ends by
//!   [`crate::text::ends_sentence`]; such quoted lines are still kept because they open with a
//!   quote mark.
//!
//! Deliberately kept: the headline at the top (it shares words with the body, and is never removed
//! without a sharing line below it), any line ending with `.`, `!`, `?` or `:` ("He declined to
//! comment.", "The vote is scheduled for Friday."), subheadings in the middle (only the edge runs
//! are considered), credits, signatures, list items, table rows, lines with numbers and fewer
//! than two function words, and lines with fewer than three content words.

use std::collections::HashSet;

use aho_corasick::AhoCorasick;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::text::{
    content_words, ends_sentence, has_words, is_cjk, is_stopword, trim, word_count, words,
};

pub struct OffTopic;

const UNRELATED_LINE: Rule = Rule::new(
    "unrelated-line",
    "a headline-shaped line at an edge sharing no content word with the article (rule 1)",
);
const REPEATED_TEASER: Rule = Rule::new(
    "repeated-teaser",
    "a teaser headline and its near-duplicate repeat at the end (rule 2)",
);

/// Longest line (in words) that can be an edge candidate.
const MAX_CANDIDATE_WORDS: usize = 15;
/// Fewest content words a line needs before its vocabulary can be judged unrelated.
const MIN_UNRELATED_CONTENT: usize = 3;
/// Fewest content words a line needs to be judged unrelated while sharing one of them.
const MIN_CONTENT_FOR_ONE_SHARED: usize = 6;
/// Fewest shared content words that make two lines near duplicates.
const MIN_SHARED_CONTENT: usize = 2;
/// Longest edge run that is judged; a longer run of short lines is a list or a table.
const MAX_RUN: usize = 6;
/// Fewest distinct content stems the core needs to serve as the article's vocabulary.
const MIN_CORE_VOCABULARY: usize = 20;
/// Fewest function words ("of", "at", "to") a headline with numbers in it needs.
const MIN_FUNCTION_WORDS: usize = 2;
/// Characters of a content word that are compared (a crude stem: "storms" ~ "storm").
const STEM_CHARS: usize = 5;

impl Filter for OffTopic {
    fn id(&self) -> &'static str {
        "off-topic"
    }

    fn summary(&self) -> &'static str {
        "Short unpunctuated lines at the start or end that share no words with the article, and repeated teaser headlines at the end"
    }

    fn rules(&self) -> &'static [Rule] {
        &[UNRELATED_LINE, REPEATED_TEASER]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let live: Vec<usize> = cx.live_lines().collect();
        let is_candidate = |&index: &usize| is_candidate(cx.doc.line(index));
        let top = live.iter().take_while(|i| is_candidate(i)).count();
        if top == live.len() {
            return Vec::new(); // no article text at all: nothing to compare with
        }
        let bottom = live.iter().rev().take_while(|i| is_candidate(i)).count();
        let top_run = &live[..top];
        let end_run = &live[live.len() - bottom..];
        // Every removal is of a headline-shaped line in a judged run (at the start, one above
        // the anchor, so not the run's last line). Without one, skip building the vocabulary:
        // that is the costly part, and most documents end with a punctuated line.
        let judged_top = if top_run.len() <= MAX_RUN {
            &top_run[..top_run.len().saturating_sub(1)]
        } else {
            &[]
        };
        let judged_end = if end_run.len() <= MAX_RUN {
            end_run
        } else {
            &[]
        };
        if !judged_top
            .iter()
            .chain(judged_end)
            .any(|&i| is_headline_shaped(cx.doc.line(i)))
        {
            return foreign_tail(cx, &live);
        }
        let mut findings = foreign_tail(cx, &live);
        let core = &live[top..live.len() - bottom];
        let judged = [top_run, end_run]
            .into_iter()
            .filter(|run| run.len() <= MAX_RUN);
        let asked: HashSet<String> = judged
            .flatten()
            .flat_map(|&index| stems(cx.doc.line(index)))
            .collect();
        let Some(vocabulary) = core_vocabulary(cx, core, &asked) else {
            return findings;
        };
        if top_run.len() <= MAX_RUN {
            check_top(cx, top_run, &vocabulary, &mut findings);
        }
        if end_run.len() <= MAX_RUN {
            check_end(cx, end_run, &vocabulary, &mut findings);
        }
        // A CJK line at the end can be both unrelated and foreign: one finding.
        findings.sort_by_key(|finding| finding.lines.start);
        findings.dedup_by_key(|finding| finding.lines.start);
        findings
    }
}

/// The core's stems among `asked` (the stems of the judged edge lines, the only ones ever looked
/// up), or `None` when the core has fewer than [`MIN_CORE_VOCABULARY`] distinct stems.
///
/// Performance: stemming every word of the core is the costly part of this filter. Only the
/// first lines are stemmed to count [`MIN_CORE_VOCABULARY`] stems; after that a line is stemmed
/// only if it contains an asked stem as a substring (ASCII case ignored), which every line
/// holding that stem does when the stems are ASCII: lower-casing maps characters one to one
/// and only ASCII to ASCII, except for the Kelvin sign and the dotted capital I, so with either
/// of those (or a non-ASCII stem) every line is stemmed.
fn core_vocabulary(
    cx: &Context,
    core: &[usize],
    asked: &HashSet<String>,
) -> Option<HashSet<String>> {
    let exact_substrings = asked.iter().all(|stem| stem.is_ascii())
        && !core
            .iter()
            .any(|&index| cx.doc.line(index).contains(['\u{212A}', '\u{130}']));
    let finder = exact_substrings
        .then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(asked)
                .ok()
        })
        .flatten();
    let mut distinct: HashSet<String> = HashSet::new();
    let mut found = HashSet::new();
    for &index in core {
        let line = cx.doc.line(index);
        let counting = distinct.len() < MIN_CORE_VOCABULARY;
        let may_hold_asked = finder.as_ref().is_none_or(|finder| finder.is_match(line));
        if !counting && !may_hold_asked {
            continue;
        }
        for stem in stems(line) {
            if asked.contains(&stem) {
                found.insert(stem.clone());
            }
            if counting {
                distinct.insert(stem);
            }
        }
    }
    (distinct.len() >= MIN_CORE_VOCABULARY).then_some(found)
}

/// Lines mostly in a CJK script among the last lines (walking up over them and over edge
/// candidates, at most [`MAX_RUN`] lines), when no other line holds a CJK character and the
/// rest has [`MIN_CORE_WORDS`] words or more: a stray headline or teaser from another page.
fn foreign_tail(cx: &Context, live: &[usize]) -> Vec<Finding> {
    let line = |i: usize| cx.doc.line(i);
    let tail = live
        .iter()
        .rev()
        .take_while(|&&i| is_cjk_line(line(i)) || is_candidate(line(i)))
        .take(MAX_RUN + 1)
        .count();
    if tail > MAX_RUN {
        return Vec::new();
    }
    let (rest, tail) = live.split_at(live.len() - tail);
    if !tail.iter().any(|&i| is_cjk_line(line(i))) {
        return Vec::new();
    }
    let rest_words: usize = rest.iter().map(|&i| word_count(line(i))).sum();
    if rest_words < MIN_CORE_WORDS
        || rest
            .iter()
            .chain(tail)
            .any(|&i| !is_cjk_line(line(i)) && line(i).chars().any(is_cjk))
    {
        return Vec::new();
    }
    // A quotation or translation announced by the line above (`…in the original:`) stays.
    let announced = |position: usize| {
        position
            .checked_sub(1)
            .is_some_and(|above| line(live[above]).trim_end().ends_with([':', '：']))
    };
    tail.iter()
        .enumerate()
        .filter(|&(at, &i)| is_cjk_line(line(i)) && !announced(rest.len() + at))
        .map(|(_, &i)| {
            Finding::line(
                i,
                "line in a CJK script at the end of a text with none elsewhere",
            )
            .with_rule(UNRELATED_LINE)
        })
        .collect()
}

/// Fewest CJK characters of a [`is_cjk_line`].
const MIN_CJK_CHARS: usize = 8;
/// Fewest words the rest of a text needs before a CJK line at its end is judged.
const MIN_CORE_WORDS: usize = 50;

/// At least [`MIN_CJK_CHARS`] CJK characters, and no more other letters than CJK characters.
fn is_cjk_line(line: &str) -> bool {
    let (mut cjk, mut other) = (0usize, 0usize);
    for c in line.chars() {
        if is_cjk(c) {
            cjk += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
    }
    cjk >= MIN_CJK_CHARS && other <= cjk
}

/// Start: only unrelated lines above the last candidate that shares vocabulary (the headline).
fn check_top(cx: &Context, run: &[usize], vocabulary: &HashSet<String>, out: &mut Vec<Finding>) {
    let run_stems: Vec<Vec<String>> = run.iter().map(|&i| stems(cx.doc.line(i))).collect();
    let Some(anchor) = run_stems.iter().rposition(|s| shares(s, vocabulary)) else {
        return;
    };
    for pos in 0..anchor {
        if is_headline_shaped(cx.doc.line(run[pos]))
            && is_unrelated(&run_stems[pos], vocabulary, false)
        {
            out.push(
                Finding::line(
                    run[pos],
                    "short unpunctuated line above the headline sharing no content word with the article",
                )
                .with_rule(UNRELATED_LINE),
            );
        }
    }
}

/// End: unrelated lines, and near-duplicate pairs (a teaser headline and its repeat).
fn check_end(cx: &Context, run: &[usize], vocabulary: &HashSet<String>, out: &mut Vec<Finding>) {
    let shaped: Vec<bool> = run
        .iter()
        .map(|&i| is_headline_shaped(cx.doc.line(i)))
        .collect();
    let run_stems: Vec<Vec<String>> = run.iter().map(|&i| stems(cx.doc.line(i))).collect();
    for pos in 0..run.len() {
        if !shaped[pos] {
            continue;
        }
        let (rule, reason) = if is_unrelated(&run_stems[pos], vocabulary, true) {
            (
                UNRELATED_LINE,
                "short unpunctuated line at the end sharing no content word with the article",
            )
        } else if (0..run.len()).any(|other| {
            other != pos && shaped[other] && near_duplicates(&run_stems[pos], &run_stems[other])
        }) {
            (
                REPEATED_TEASER,
                "repeated teaser headline at the end (near-duplicate short lines)",
            )
        } else {
            continue;
        };
        out.push(Finding::line(run[pos], reason).with_rule(rule));
    }
}

/// A short line that does not end like a sentence.
fn is_candidate(line: &str) -> bool {
    !ends_sentence(line) && has_words(line, 1) && !has_words(line, MAX_CANDIDATE_WORDS + 1)
}

/// Distinct content-word stems of a line: lower-case, possessive `'s` dropped, first
/// [`STEM_CHARS`] characters.
fn stems(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in content_words(line) {
        let word = word
            .strip_suffix("’s")
            .or_else(|| word.strip_suffix("'s"))
            .unwrap_or(&word);
        let stem: String = word.chars().take(STEM_CHARS).collect();
        if !out.contains(&stem) {
            out.push(stem);
        }
    }
    out
}

fn shares(stems: &[String], vocabulary: &HashSet<String>) -> bool {
    stems.iter().any(|s| vocabulary.contains(s))
}

/// At least [`MIN_UNRELATED_CONTENT`] stems, none in the article's vocabulary; or, at the end,
/// for a line of [`MIN_CONTENT_FOR_ONE_SHARED`] stems or more, one: a longer headline about
/// something else meets a common word of a long article by chance ("companies", "program"). At
/// the top a playful title often shares one word only with its article.
fn is_unrelated(stems: &[String], vocabulary: &HashSet<String>, at_end: bool) -> bool {
    let shared = stems.iter().filter(|s| vocabulary.contains(*s)).count();
    stems.len() >= MIN_UNRELATED_CONTENT
        && (shared == 0 || (at_end && shared == 1 && stems.len() >= MIN_CONTENT_FOR_ONE_SHARED))
}

/// Looks like a headline rather than a list item, table row, credit, signature, quote, contact
/// detail or the rest of a sentence broken across lines: three or more words, no `|`, `@`, URL,
/// bracket or slash, numbers only in a phrase ([`reads_as_a_phrase`]), not opened by a quote
/// mark, list marker or small letter, not ending with a comma or semicolon, a colon only after
/// a kicker of at most three words ("Video: …"), and not a name or signature (at most three
/// capitalised words, or capitalised words with a comma: "Anna Maria Berger", "Anna Berger,
/// Graz").
fn is_headline_shaped(line: &str) -> bool {
    let line = trim(line);
    let count = line.split_whitespace().count();
    if count < 3
        || line.contains(|c: char| "|@()[]{}/\\<>=".contains(c))
        || (line.contains(char::is_numeric) && !reads_as_a_phrase(line))
        || line.contains("www.")
        || line.starts_with(|c: char| !c.is_alphanumeric() || c.is_lowercase())
        || line.ends_with([',', ';'])
    {
        return false;
    }
    let all_capitalised = line
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    if all_capitalised && (count <= 3 || line.contains(',')) {
        return false;
    }
    match line.split_once(':') {
        None => true,
        Some((kicker, rest)) => {
            kicker.split_whitespace().count() <= 3
                && !rest.contains(':')
                && rest.split_whitespace().count() >= 3
        }
    }
}

/// Whether a line with numbers in it reads as a phrase ("Ten things in tech you need to know
/// today", "Stadia falls short of 4K at launch") rather than a row of a list or table ("Tour
/// dates June 2 Berlin arena", "Bayern 2 Dortmund 1"): two function words or more.
fn reads_as_a_phrase(line: &str) -> bool {
    words(line)
        .filter(|word| is_stopword(&word.to_lowercase()))
        .nth(MIN_FUNCTION_WORDS - 1)
        .is_some()
}

/// At least two shared stems, covering 80% of the shorter line's stems.
fn near_duplicates(a: &[String], b: &[String]) -> bool {
    let shorter = a.len().min(b.len());
    let shared = a.iter().filter(|s| b.contains(s)).count();
    shared >= MIN_SHARED_CONTENT && shared * 5 >= shorter * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};

    const BODY: &str = "The city council approved the new cycling lanes on Monday after a year of debate.\n\
        Construction will begin in April on the main avenue and last until the autumn, the mayor said.\n\
        Shop owners had warned that parking spaces would disappear, but a survey found most customers arrive on foot or by bicycle.\n\
        The lanes will be separated from traffic by low concrete kerbs.\n";

    #[test]
    fn rule_page_example() {
        let input =
            "The city council approved the new cycling lanes on Monday after a year of debate.\n\
            Construction will begin in April and last until the autumn, the mayor said.\n\
            Shop owners had warned that parking spaces would disappear.\n\
            Watch: Pop star cancels world tour\nPop star cancels world tour\n";
        assert_eq!(
            removed_by(&OffTopic, input),
            [
                "Watch: Pop star cancels world tour",
                "Pop star cancels world tour"
            ]
        );
    }

    #[test]
    fn removes_unrelated_teasers_at_the_end() {
        let input =
            format!("{BODY}Watch: Pop star cancels world tour\nPop star cancels world tour\n");
        assert_eq!(
            removed_by(&OffTopic, &input),
            [
                "Watch: Pop star cancels world tour",
                "Pop star cancels world tour"
            ]
        );
        let fired = rules_fired(&OffTopic, &input);
        assert!(
            fired
                .iter()
                .all(|(_, rule)| rule == "off-topic/unrelated-line"),
            "{fired:?}"
        );
    }

    /// Teasers with numbers in them read as phrases, and a kicker can be a few words.
    #[test]
    fn removes_unrelated_teasers_with_numbers_or_a_longer_kicker() {
        for tail in [
            "10 things in tech you need to know today",
            "Pop star to play 3 extra shows in the spring",
            "Weekend Sports Roundup: Valley team wins the regional title",
        ] {
            assert_eq!(removed_by(&OffTopic, &format!("{BODY}{tail}\n")), [tail]);
        }
    }

    #[test]
    fn removes_repeated_teaser_even_when_it_shares_words() {
        let input = format!(
            "{BODY}Video: Cyclist hurt in crash on main avenue\nCyclist hurt in crash on main avenue\n"
        );
        assert_eq!(
            removed_by(&OffTopic, &input),
            [
                "Video: Cyclist hurt in crash on main avenue",
                "Cyclist hurt in crash on main avenue"
            ]
        );
        let fired = rules_fired(&OffTopic, &input);
        assert!(
            fired
                .iter()
                .all(|(_, rule)| rule == "off-topic/repeated-teaser"),
            "{fired:?}"
        );
    }

    #[test]
    fn removes_unrelated_lines_above_the_headline() {
        let input =
            format!("Celebrity chef opens seaside restaurant\nNew Cycling Lanes Approved\n{BODY}");
        assert_eq!(
            removed_by(&OffTopic, &input),
            ["Celebrity chef opens seaside restaurant"]
        );
    }

    #[test]
    fn works_in_other_languages() {
        let body = "Der Stadtrat hat am Montag die neuen Radwege nach einem Jahr Debatte genehmigt.\n\
            Die Bauarbeiten beginnen im April auf der Hauptstraße und dauern bis zum Herbst, sagte die Bürgermeisterin.\n\
            Ladenbesitzer hatten gewarnt, dass Parkplätze verschwinden würden, doch eine Umfrage zeigte, dass die meisten Kunden zu Fuß kommen.\n";
        let input = format!("{body}Sängerin sagt Welttournee ab\n");
        assert_eq!(
            removed_by(&OffTopic, &input),
            ["Sängerin sagt Welttournee ab"]
        );
    }

    #[test]
    fn keeps_the_headline_and_standfirst() {
        // The headline shares words ("cycling", "lanes") with the body.
        assert_keeps(
            &OffTopic,
            &format!("New Cycling Lanes Approved After Long Debate\n{BODY}"),
        );
        // A lone first line sharing nothing is still kept: no headline below it anchors the run.
        assert_keeps(&OffTopic, &format!("Why Nobody Wins\n{BODY}"));
    }

    #[test]
    fn keeps_punctuated_and_related_last_lines() {
        assert_keeps(&OffTopic, &format!("{BODY}He declined to comment.\n"));
        assert_keeps(
            &OffTopic,
            &format!("{BODY}The vote is scheduled for Friday.\n"),
        );
        // No terminal punctuation, but about the article.
        assert_keeps(
            &OffTopic,
            &format!("{BODY}More cycling lanes planned for next year\n"),
        );
        // A single content word is too little to judge.
        assert_keeps(&OffTopic, &format!("{BODY}Kontakt\n"));
    }

    #[test]
    fn keeps_subheadings_in_the_middle() {
        let input = format!("{BODY}Pop star cancels world tour\n{BODY}");
        assert_keeps(&OffTopic, &input);
    }

    #[test]
    fn keeps_everything_when_the_core_is_too_small() {
        assert_keeps(&OffTopic, "A short note.\nPop star cancels world tour\n");
        assert_keeps(
            &OffTopic,
            "Pop star cancels world tour\nAnother headline here\n",
        );
    }

    #[test]
    fn is_idempotent() {
        let input = format!(
            "Celebrity chef opens seaside restaurant\nNew Cycling Lanes Approved\n{BODY}\
             More cycling lanes planned for next year\nWatch: Pop star cancels world tour\nPop star cancels world tour\n"
        );
        let removed = removed_by(&OffTopic, &input);
        assert_eq!(removed.len(), 3, "{removed:?}");
        let cleaned: String = input
            .lines()
            .filter(|line| !removed.iter().any(|r| r == line))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_keeps(&OffTopic, &cleaned);
    }

    #[test]
    fn keeps_credits_signatures_lists_and_tables_at_the_end() {
        for tail in [
            "Anna Berger, Graz",
            "Maria Luisa Ortega",
            "Photos: Getty Images",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "„Das war ein schöner Abend“",
            "- Walnut veneer desk lamp",
            "| Team | Points |",
            "Tour dates June 2 Berlin arena",
            "Bayern 2 Dortmund 1",
            "Sunday 14 March at 7 pm",
            "Follow the author at www.example.org",
            "“We will be back next year”",
        ] {
            assert_keeps(&OffTopic, &format!("{BODY}{tail}\n"));
        }
    }

    #[test]
    fn keeps_long_runs_of_short_lines() {
        // Seven short lines after the article: a list, not stray teasers.
        let list = "Walnut veneer desk lamp\nOak frame mirror with brass hooks\nLinen curtains in sage green\n\
            Ceramic vase with matte glaze\nWool rug from hand-spun yarn\nCopper kettle with wooden handle\n\
            Stoneware mugs in four colours\n";
        assert_keeps(&OffTopic, &format!("{BODY}{list}"));
    }

    #[test]
    fn near_duplicate_needs_two_shared_words() {
        let a = stems("Storm hits coast");
        let b = stems("Coast guard rescues fishermen");
        assert!(!near_duplicates(&a, &b));
        assert!(near_duplicates(&stems("Video: storm hits coast"), &a));
    }

    /// A long headline about something else meets one common word of the article by chance;
    /// a short one sharing a word may be the article's own.
    #[test]
    fn a_long_unrelated_headline_may_share_one_word() {
        let tail = "Film festival adds companies to commercial lunar lander program";
        let body = format!("{BODY}The building program starts in the spring.\n");
        assert_eq!(removed_by(&OffTopic, &format!("{body}{tail}\n")), [tail]);
        assert_keeps(&OffTopic, &format!("{body}Lander program starts soon\n"));
        // At the top, a title sharing one word ("concrete") with its article stays; the same
        // line at the end goes.
        let title = "Invisible hailstorm threatens concrete satellites in orbit";
        let subtitle = "Cycling lanes approved after debate";
        assert_keeps(&OffTopic, &format!("{title}\n{subtitle}\n{body}"));
        assert_eq!(removed_by(&OffTopic, &format!("{body}{title}\n")), [title]);
    }

    #[test]
    fn keeps_the_rest_of_a_broken_sentence() {
        for tail in [
            "which were released online and are making the rounds on social media,",
            "and when that happens I always crave something hot and comforting",
        ] {
            assert_keeps(&OffTopic, &format!("{BODY}{tail}\n"));
        }
    }

    #[test]
    fn removes_a_cjk_line_at_the_end_of_a_text_without_any() {
        let tail = "先日、不正に改造した携帯電話を販売したとして男性が逮捕されました。";
        let input = format!("{BODY}{BODY}{tail}\nPop star cancels world tour\n");
        assert_eq!(
            removed_by(&OffTopic, &input),
            [tail, "Pop star cancels world tour"]
        );
        // In the middle it is a quotation, and a CJK text keeps its own lines.
        assert_keeps(&OffTopic, &format!("{BODY}{tail}\n{BODY}"));
        let cjk = "市議会は月曜日、一年にわたる議論の末、新しい自転車専用レーンを承認した。\n\
            工事は四月に始まり、秋まで続くと市長は述べた。\n";
        assert_keeps(&OffTopic, &format!("{cjk}{cjk}{cjk}{tail}\n"));
        // Too little text to judge by.
        assert_keeps(&OffTopic, &format!("A short note.\n{tail}\n"));
        // Announced by the line above: a quotation, a poem in the original.
        assert_keeps(
            &OffTopic,
            &format!("{BODY}{BODY}The mayor quoted a proverb in the original:\n{tail}\n"),
        );
    }
}
