//! # below-article
//!
//! ## What it removes
//!
//! In an extracted article (profile `article`), what the page set below the article: its
//! comment section, and a closing list of other stories. Both are found by the line that opens
//! them, below at least 80 words of kept text (the article comes first).
//!
//! - **Comment section**: the opener and every line below it. The opener is, as a whole line
//!   (after bullets, braces and trailing punctuation), either a counter ("2 Comments", "3
//!   Kommentare", "1,204 comments", "{ 7 comments… read them below or add one }", "46 Comments
//!   on “Can buyers be wrong?”", "Comments (12)"), or, when a comment's signature shows within
//!   the next four lines, a prompt or heading of the section ("Leave a Reply", "Reader
//!   comments", "Commentaires"). A
//!   signature is a short line with a clock time or a date with its year ("Posted by: Sam |
//!   March 3, 2024 at 09:14 AM"), a name with its verb ("Jane Roe says:"), or a reply button
//!   alone ("Reply", "Antworten"). A heading the line above announces with a colon is quoted,
//!   not an opener.
//! - **Closing list of other stories**: the heading of a related-articles list or a reading
//!   prompt of page-chrome's lists, as a whole line ("You may also like…", "Related stories",
//!   "See also", "Don't miss"), when every kept line from it to the end of the text (or to the
//!   comment section) is another such heading or a headline: three to twenty words, opening
//!   with a capital or a digit after its list marks, not ending with a full stop, and not a
//!   numbered item, a clock time or a work with its author ("The Road by Cormac McCarthy").
//!   A comment section's opener without a signed comment below counts as such a heading.
//!
//! The removals are **advice to the line model** (see [`crate::model::ADVISORY`]): the model
//! removes an advised line that scores at least the advised bar and keeps the rest. Without
//! the model the removals stand.
//!
//! ## Rules
//!
//! - `below-article/comment-section`: the comment section under the article: its opening line
//!   and what follows
//! - `below-article/story-list`: a closing list of other stories: its heading and its items
//!
//! ## Why is this noise?
//!
//! Readers' comments and teasers for other stories are not the article: extractors that keep
//! them append them to the story, where a thread's replies, names and dates outweigh a short
//! article. A rule cannot tell a reader's comment or a teaser from the article's last paragraph
//! by its words; where the section begins can be told.
//!
//! ## Example
//!
//! ```text
//! The council approved the budget on Monday after a long debate about repairs.
//! …
//! 2 Comments
//! Great news for the town, finally!
//! Posted by: Sam | March 3, 2024 at 09:14 AM
//! ```
//!
//! advises the last three lines.
//!
//! ## Known false positives
//!
//! The model confirms nearly all of this advice, so the rule's guards are what keep real
//! text: a page that keeps signed comments as content (a forum thread, a mailbag with dated
//! letters under "Your comments") loses them, and so does a closing list of headline-shaped
//! lines under a list heading that the author wrote (chapter titles under "Related reading").
//! Page dumps are left to the model and main-content: there, advice on the tail of a short
//! page made the model's second stage take the article's last paragraphs with it.
//!
//! Deliberately kept: a "Comments", "Discussion" or "Responses" section with no signed
//! comment below it (a consultation's summary, a paper's discussion), "3. Responses", a
//! counter quoted by the line above, "No comments." in an interview, a box of teasers set into
//! the story, reading lists, rankings, schedules and product boxes.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Features, Profile};
use crate::filter::{Context, Filter, Finding, Rule};
use crate::patterns::slots::alternation;
use crate::text::trim;
use crate::vocabulary::{
    COMMENTER_SAYS, COMMENT_NOUNS, COMMENT_PROMPTS, COMMENT_SECTION_OPENERS, COUNT_ONE_WORDS,
    MONTHS, MONTH_ABBREVIATIONS, MORE_FROM_LEADS, READ_MORE_PROMPTS, RELATED_LIST_HEADINGS,
    REPLY_BUTTONS,
};

pub struct BelowArticle;

const COMMENT_SECTION: Rule = Rule::new(
    "comment-section",
    "the comment section under the article: its opening line and what follows",
);
const STORY_LIST: Rule = Rule::new(
    "story-list",
    "a closing list of other stories: its heading and its items",
);

/// Fewest words of kept text above an opener: the article comes before its comments.
const MIN_WORDS_ABOVE: usize = 80;

/// Longest line (in bytes) that can open the thread: a counter with a post's title at most.
const MAX_OPENER_BYTES: usize = 300;

/// Lines below a plain opener within which a comment's signature must show.
const SIGNATURE_WINDOW: usize = 4;

/// Most words of a line that signs a comment (a name with its date, `Jane says:`).
const MAX_SIGNATURE_WORDS: usize = 14;

/// Bullets, braces and marks before an opener, as a regex class repeated.
const LEAD: &str = r"[\s{(\[*\#•·|>»›–—-]*";

/// Punctuation, closing braces and arrows after an opener, as a regex class repeated.
const TRAIL: &str = r"[\s:.!)}\]|»›…]*";

/// A comment counter, which needs no signature below it: a number or the word for one and
/// a noun a counter counts, alone or with words after a break ("{ 7 comments… read them below
/// or add one }"), the post's title ("46 Comments on “Can buyers be wrong?”") or a prompt
/// ("126 Comments Add A Comment"); or a heading of the section with its count ("Comments
/// (12)").
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r#"(?xi)^{LEAD}
        (?:
            {count}\s+{nouns}
            (?: \s*(?:…|\.\.\.)[^.!?]{{0,60}} | \s+\w{{1,3}}\s+[“"«„‘'].+ | \s*:?\s*{phrases} )?
          | {phrases}\s*\(\s*\d+\s*\)
        )
        {TRAIL}$"#,
        count = count(),
        nouns = alternation(COMMENT_NOUNS.iter().copied()),
        phrases = phrases(),
    );
    Regex::new(&pattern).expect("valid regex")
});

/// A prompt or heading of the comment section, which opens it when a comment's signature
/// follows ("Leave a Reply", "Reader comments", "Kommentare").
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r#"(?xi)^{LEAD}{phrases}{TRAIL}$"#, phrases = phrases(),);
    Regex::new(&pattern).expect("valid regex")
});

/// The comment section's prompts and headings of the language files.
fn phrases() -> String {
    alternation(
        COMMENT_PROMPTS
            .iter()
            .chain(COMMENT_SECTION_OPENERS)
            .copied(),
    )
}

/// A comment counter's number: digits in groups of three ("1,204"), or the word for one. The
/// space after it in the patterns keeps out a numbered heading ("3. Responses").
fn count() -> String {
    let ones = alternation(COUNT_ONE_WORDS.iter().copied());
    format!(r"(?:\d{{1,3}}(?:[.,\ ]\d{{3}})*|{ones})")
}

/// A line that signs a comment, as threads print them: a clock time or a date with its year
/// (`Posted by: Sam | March 3, 2024 at 09:14 AM`, `12/03/2024`), `Jane says:`, or a reply
/// button alone.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    let months = alternation(MONTHS.iter().chain(MONTH_ABBREVIATIONS).copied());
    let says = alternation(COMMENTER_SAYS.iter().copied());
    let replies = alternation(REPLY_BUTTONS.iter().copied());
    let pattern = format!(
        r"(?xi)
        \b\d{{1,2}}:\d{{2}}\b
        | \b{months}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b
        | \b\d{{1,2}}\.?\s+{months}\.?,?\s+\d{{4}}\b
        | \b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b
        | \b\d{{4}}-\d{{2}}-\d{{2}}\b
        | \b{says}\s*:\s*$
        | ^[\s\[(]*{replies}[\s\])↓→»›]*$"
    );
    Regex::new(&pattern).expect("valid regex")
});

/// The heading of a list of other stories, matched against the trimmed line. A heading that
/// ends with a full stop is an answer ("More."), not a heading.
static LIST_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let headings = alternation(
        RELATED_LIST_HEADINGS
            .iter()
            .chain(READ_MORE_PROMPTS)
            .chain(MORE_FROM_LEADS)
            .copied(),
    );
    let pattern = format!(r"(?xi)^[\s*\#•·|>»›–—-]*{headings}(?:\s*(?:\.\.\.|[:!…|»›→-]))*$");
    Regex::new(&pattern).expect("valid regex")
});

/// A numbered item, a clock time, or a work with its author ("The Road by Cormac
/// McCarthy"): a ranking, a schedule or a reading list, not headlines of other stories.
static NOT_A_HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}[.)]\s|\d{1,2}[:.]\d{2}\b)|\sby\s+\p{Lu}").expect("valid regex")
});

/// Fewest and most words of a headline in a list of other stories.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// Whether `line` (trimmed) reads as a story's headline in a list: three to twenty words,
/// opening with a capital or a digit after its list marks, not ending with a full stop (a
/// headline may ask a question), and no numbered item, time or author's work.
fn is_listed_headline(line: &str, words: usize) -> bool {
    let item = line.trim_start_matches(|c: char| "-–—*•·>»›|".contains(c) || c.is_whitespace());
    HEADLINE_WORDS.contains(&words)
        && item
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"‘'".contains(c))
        && !item.trim_end().ends_with(['.', ':', ';'])
        && !NOT_A_HEADLINE.is_match(item)
}

/// The lines of a document as this filter reads them: trimmed text, and words when kept.
struct Lines<'c, 'd, 'a> {
    cx: &'c Context<'d, 'a>,
}

impl Lines<'_, '_, '_> {
    fn text(&self, line: usize) -> &str {
        trim(self.cx.doc.line(line))
    }

    fn live(&self, line: usize) -> bool {
        !self.cx.is_removed(line) && !self.cx.doc.is_blank(line)
    }

    fn words(&self, line: usize) -> usize {
        Features::of_line(self.cx.doc, line).words
    }

    /// The next `n` lines after `line` that are not blank (removed ones count: a rule may
    /// have taken a comment's signature).
    fn next_lines(&self, line: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        (line + 1..self.cx.doc.len())
            .filter(|&next| !self.cx.doc.is_blank(next))
            .take(n)
    }

    /// The last line above `line` that is not blank.
    fn previous_line(&self, line: usize) -> Option<usize> {
        (0..line).rev().find(|&above| !self.cx.doc.is_blank(above))
    }

    /// Whether `line` opens the comment section: a counter, or a heading with a comment's
    /// signature in the next lines; not quoted by the line above (which would end with `:`).
    fn opens_comments(&self, line: usize) -> bool {
        let text = self.text(line);
        if text.len() > MAX_OPENER_BYTES || self.is_quoted(line) {
            return false;
        }
        COUNTER.is_match(text)
            || HEADING.is_match(text)
                && self.next_lines(line, SIGNATURE_WINDOW).any(|next| {
                    self.words(next) <= MAX_SIGNATURE_WORDS && SIGNATURE.is_match(self.text(next))
                })
    }

    /// Whether the line above `line` announces it with a colon (`The post read:`).
    fn is_quoted(&self, line: usize) -> bool {
        self.previous_line(line)
            .is_some_and(|above| self.text(above).ends_with(':'))
    }

    /// Whether `line` heads a list of other stories that runs to the end of the text (or to
    /// the comment section): a box set into the article has the story go on below it. A
    /// comment section's opener with only headlines below it heads such a list too.
    fn heads_closing_list(&self, line: usize) -> bool {
        let text = self.text(line);
        if text.len() > MAX_OPENER_BYTES || !(LIST_HEADING.is_match(text) || HEADING.is_match(text))
        {
            return false;
        }
        let mut items = 0;
        for next in line + 1..self.cx.doc.len() {
            if !self.live(next) {
                continue;
            }
            if self.opens_comments(next) {
                break;
            }
            let text = self.text(next);
            if LIST_HEADING.is_match(text) {
                continue;
            }
            if !is_listed_headline(text, self.words(next)) {
                return false;
            }
            items += 1;
        }
        items > 0
    }
}

impl Filter for BelowArticle {
    fn id(&self) -> &'static str {
        "below-article"
    }

    fn summary(&self) -> &'static str {
        "The comment section and a closing list of other stories below an article, from the line that opens them (advice to the model)"
    }

    fn rules(&self) -> &'static [Rule] {
        &[COMMENT_SECTION, STORY_LIST]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        if cx.profile != Profile::Article {
            return Vec::new();
        }
        let lines = Lines { cx };
        let mut above = 0;
        let mut findings = Vec::new();
        let mut in_list = false;
        for line in 0..cx.doc.len() {
            if above >= MIN_WORDS_ABOVE && lines.opens_comments(line) {
                findings.extend(
                    (line..cx.doc.len())
                        .filter(|&line| lines.live(line))
                        .map(|line| COMMENT_SECTION.line(line)),
                );
                break;
            }
            if !in_list && above >= MIN_WORDS_ABOVE && lines.heads_closing_list(line) {
                in_list = true;
            }
            if in_list && lines.live(line) {
                findings.push(STORY_LIST.line(line));
            }
            if !cx.is_removed(line) {
                above += lines.words(line);
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};

    /// About 90 words of article.
    const ARTICLE: &str = "The council approved the new budget on Monday after a long and heated debate in the chamber that ran late into the night.\n\
Members said the plan would fund repairs to three bridges and two schools across the city, and add money for the library.\n\
The mayor called the vote a turning point for a city that has put off repairs for a decade and more.\n\
Opponents said the plan relied on optimistic forecasts of tax revenue and would leave the city exposed if the economy slowed next year.\n";

    #[test]
    fn removes_the_thread_below_a_counter() {
        for opener in [
            "2 Comments",
            "{ 137 comments… read them below or add one }",
            "46 Comments on “Can buyers be wrong?”",
            "One Response to “Council approves budget”",
            "126 Comments Add A Comment",
            "3 Kommentare",
            "12 commentaires",
            "Comments (12)",
            "1,204 comments",
            "Leave a Reply",
            "Reader comments",
            "You can follow this conversation by subscribing to the comment feed for this post.",
        ] {
            let input = format!(
                "{ARTICLE}{opener}\nGreat news for the town, finally!\nPosted by: Sam | March 3, 2024 at 09:14 AM\n"
            );
            let removed = removed_by(&BelowArticle, &input);
            assert_eq!(removed.len(), 3, "{opener}: {removed:?}");
            assert_eq!(removed[0], opener);
        }
        let input = format!("{ARTICLE}2 Comments\nGreat news!\n");
        assert!(rules_fired(&BelowArticle, &input)
            .iter()
            .all(|(_, rule)| rule == "below-article/comment-section"));
    }

    #[test]
    fn removes_a_closing_list_of_other_stories() {
        let input = format!(
            "{ARTICLE}You may also like...\nWho will make the Rock Hall next year?\nBand takes over fan vote\n"
        );
        assert_eq!(
            removed_by(&BelowArticle, &input),
            [
                "You may also like...",
                "Who will make the Rock Hall next year?",
                "Band takes over fan vote"
            ]
        );
        assert!(rules_fired(&BelowArticle, &input)
            .iter()
            .all(|(_, rule)| rule == "below-article/story-list"));
    }

    #[test]
    fn keeps_the_story_below_a_box_set_into_it() {
        let input = format!("{ARTICLE}DON'T MISS\nBand takes over fan vote [VIDEO]\n{ARTICLE}");
        assert_keeps(&BelowArticle, &input);
    }

    #[test]
    fn keeps_reading_lists_rankings_and_answers() {
        for tail in [
            "See also\nThe Road to Serfdom by Friedrich Hayek\nThe Wealth of Nations by Adam Smith\n",
            "Most popular\n1. Emma and Oliver\n2. Sophia and Noah\n",
            "Latest news\n09:14 Council opens the budget debate\n",
            "More.\nThe council will vote again next month on the rest\n",
        ] {
            assert_keeps(&BelowArticle, &format!("{ARTICLE}{tail}"));
        }
    }

    #[test]
    fn a_heading_opens_the_thread_only_above_a_signed_comment() {
        // The agency's summary under "Comments", a numbered "Responses" section, a quoted
        // counter, an interviewee's "No comments.": no comment is signed below them.
        for tail in [
            "Comments\nThe agency received 312 comments, most of them from residents of the valley.\nIt will publish its response in May.\n",
            "3. Responses\nMost respondents favoured the second option, the survey found.\n",
            "The post had a single line under it:\n3 comments\nIt was deleted an hour later by the account's owner.\n",
            "Did the council consult you?\nNo comments.\nWhy not?\nBecause nobody asked the residents at all.\n",
        ] {
            assert_keeps(&BelowArticle, &format!("{ARTICLE}{tail}"));
        }
        let teasers = format!("{ARTICLE}142 COMMENTS\nMan stabbed to death on a late train\n");
        assert_eq!(removed_by(&BelowArticle, &teasers).len(), 2);
        let signed =
            format!("{ARTICLE}Comments\nGreat news for the town!\nJane Roe says:\nAbout time.\n");
        assert_eq!(removed_by(&BelowArticle, &signed).len(), 4);
    }

    #[test]
    fn a_product_box_is_no_list_of_stories() {
        let input = format!("{ARTICLE}Don't Miss\nApple AirPods\n$139.00\nBuy Now\n");
        assert_keeps(&BelowArticle, &input);
    }

    #[test]
    fn needs_an_article_above() {
        assert_keeps(
            &BelowArticle,
            "Storm closes pass\n2 Comments\nThe mountain pass was closed on Monday after heavy snow.\n",
        );
    }

    #[test]
    fn keeps_prose_about_comments() {
        for line in [
            "12 comments were received during the consultation, most of them from residents.",
            "He declined to comment.",
            "Comments made by the minister drew criticism from the opposition.",
            "3 responses to the survey were discarded because they were incomplete.",
            "Discussion",
            "Responses",
        ] {
            assert_keeps(
                &BelowArticle,
                &format!("{ARTICLE}{line}\nThe city will publish the figures next week.\n"),
            );
        }
    }
}
