//! # main-content
//!
//! ## What it removes
//!
//! In a full-page dump (profile `page`, see [`crate::blocks::detect_profile`]), every line
//! outside the *main-content region*: the densest run of prose in the document. Menus, headers,
//! "most read" and "related" lists, footers and link farms sit around the article, not inside it.
//!
//! Each live line gets a weight from its class ([`crate::blocks::classify`], after jusText-style
//! context re-classification): good prose counts its length in characters (at most 400, and less
//! for lines full of digits or links), near-good prose half of it, a short line costs a little
//! and a bad line (menu item, link, symbol run, list of names, timestamp, cookie notice) costs
//! its length, between 12 and 30. A short line costs the same when its neighbours make it good:
//! context decides whether it stays with the region, not how heavy the region is (otherwise a
//! teaser list between a promo blurb and the article weighs as prose). Lines at another
//! indentation than the bulk of the prose weigh less (dumps keep the page layout's indentation,
//! and the article body shares one level; the level is taken from lines good on their own). The region is the
//! run of lines with the largest total weight; on ties the longer run wins, so the region only
//! ever grows. When an earlier run weighs at least a quarter of the heaviest one, the earlier run
//! is the region: the article comes before comments, reader questions and footers, which can
//! outweigh a short article.
//!
//! The heading of a related-articles or most-read list ends the article, unless two good lines
//! at the article's indentation follow within a dozen lines: then it heads a box set into the
//! article, whose items go while the article around it stays. In site mode, a block of lines
//! the site repeats on its pages (its sharing bar, its comment form) ends the article too.
//!
//! ## Rules
//!
//! - `main-content/before-region`: a line before the main-content region
//! - `main-content/after-region`: a line after the main-content region
//! - `main-content/inline-list`: an item of a related-articles box set into the region
//!
//! ## Why is this noise?
//!
//! A page dump holds the article once and the site's furniture many times. Phrase rules cannot
//! list every menu of every site, but the furniture is made of short, function-word-poor lines
//! far from the prose, which is exactly what the region leaves out.
//!
//! ## Example
//!
//! ```text
//! * Home
//! * World
//! * Business
//! Storm closes mountain pass
//! The mountain pass was closed on Monday after heavy snow blocked the road for hours.
//! Crews expect to reopen it on Wednesday if the weather allows, the agency said.
//! Most read
//! * Ten tips for winter driving
//! * Ski resorts open early
//! ```
//!
//! keeps the two prose lines. The headline goes with the furniture: it is short and outside the
//! densest run (deboiler is tuned on benchmarks whose gold article excludes the headline).
//!
//! ## Known false positives
//!
//! - A prose paragraph separated from the article by a long stretch of furniture (say, a
//!   correction notice under the comments) falls outside the region.
//! - The headline, the standfirst when it is short, and a byline above the article are left out.
//! - Runs only on the `page` profile: extracted articles are never cut to a region.

use std::sync::Arc;

use crate::blocks::{Blocks, Class, Features, Profile, Signal};
use crate::filter::{Context, Filter, Finding, Rule};
use crate::filters::{comment_policy, page_chrome};

pub struct MainContent;

const BEFORE_REGION: Rule = Rule::new("before-region", "a line before the main-content region");
const AFTER_REGION: Rule = Rule::new("after-region", "a line after the main-content region");
const INLINE_LIST: Rule = Rule::new(
    "inline-list",
    "an item of a related-articles box set into the region",
);

/// What a short line (subheading, one-liner) costs, and the least a bad line costs.
const SHORT_COST: f64 = 12.0;
/// The most a bad line costs: a long menu or link list still separates two articles, but one
/// long junk line does not outweigh a paragraph.
const MAX_BAD_COST: f64 = 30.0;
/// Weight factor for prose at another indentation than the article body.
const OFF_INDENT_FACTOR: f64 = 0.3;
/// An earlier run of prose wins over the heaviest run when it weighs at least this share of it:
/// the article comes before the comments, the community questions and the footer's fine print,
/// which can outweigh a short article.
const EARLIER_REGION_SHARE: f64 = 0.25;
/// The prose before a comment section is the article when it weighs at least this share of the
/// heaviest run anywhere (a long discussion under a short article outweighs it easily).
const BEFORE_COMMENTS_SHARE: f64 = 0.1;
/// Most characters one line contributes to the region's weight.
const MAX_LINE_VALUE: f64 = 400.0;

impl Filter for MainContent {
    fn id(&self) -> &'static str {
        "main-content"
    }

    fn summary(&self) -> &'static str {
        "In page dumps, lines outside the densest run of prose (menus, footers, link lists)"
    }

    fn rules(&self) -> &'static [Rule] {
        &[BEFORE_REGION, AFTER_REGION, INLINE_LIST]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        if cx.profile != Profile::Page {
            return Vec::new();
        }
        let blocks = Blocks::of(cx.doc, || cx.live_lines());
        let indent = dominant_indent(&blocks);
        let breaks = section_breaks(cx, &blocks, indent);
        let Some(region) = densest_region(&blocks, &breaks, indent) else {
            return Vec::new();
        };
        let mut outside = Outside {
            first: blocks.line(region.start) + 1,
            last: blocks.line(region.end - 1) + 1,
            reasons: Vec::new(),
        };
        // Counted first: a page dump has hundreds of thousands of runs, and a vector that grows
        // by doubling holds up to twice the room.
        let mut count = 0;
        for_each_run_outside(&blocks, &region, |_| count += 1);
        let mut findings: Vec<Finding> = Vec::with_capacity(count);
        for_each_run_outside(&blocks, &region, |run| findings.push(outside.finding(run)));
        for (k, line) in blocks.lines().enumerate() {
            if !region.contains(&k) {
                continue;
            }
            if let Some(list) = breaks
                .inline_lists
                .iter()
                .find(|list| list.items.contains(&k))
            {
                findings.push(
                    Finding::line(
                        line,
                        format!(
                            "item of the list under `{}` (line {}) inside the main content region",
                            cx.doc.line(list.heading),
                            list.heading + 1
                        ),
                    )
                    .with_rule(INLINE_LIST),
                );
            }
        }
        findings
    }
}

/// Calls `found` with each run of consecutive lines outside `region` (live-line indices in
/// `blocks`) on one side of it and with one signal: a long menu makes one finding, not one per
/// line.
fn for_each_run_outside(
    blocks: &Blocks,
    region: &std::ops::Range<usize>,
    mut found: impl FnMut(Run),
) {
    let mut run: Option<Run> = None;
    for (k, line) in blocks.lines().enumerate() {
        if region.contains(&k) {
            continue;
        }
        let before = k < region.start;
        let signal = blocks.verdicts[k].signal;
        match &mut run {
            Some((lines, side, same))
                if lines.end == line && *side == before && *same == signal =>
            {
                lines.end = line + 1;
            }
            _ => {
                if let Some(done) = run.replace((line..line + 1, before, signal)) {
                    found(done);
                }
            }
        }
    }
    if let Some(done) = run {
        found(done);
    }
}

/// Document lines outside the region, whether they are before it, and their signal.
type Run = (std::ops::Range<usize>, bool, Signal);

/// Findings for the lines outside the region (lines `first`-`last`, 1-based). The reasons are
/// made once per side and signal and shared: a page dump has few of them and many runs.
struct Outside {
    first: usize,
    last: usize,
    reasons: Vec<((bool, Signal), Arc<str>)>,
}

impl Outside {
    fn finding(&mut self, (lines, before, signal): Run) -> Finding {
        let rule = if before { BEFORE_REGION } else { AFTER_REGION };
        let key = (before, signal);
        if let Some((_, reason)) = self.reasons.iter().find(|(known, _)| *known == key) {
            return Finding::lines(lines, reason.clone()).with_rule(rule);
        }
        let side = if before { "before" } else { "after" };
        let (first, last) = (self.first, self.last);
        let reason: Arc<str> =
            format!("{side} the main content region (lines {first}-{last}); line is {signal}")
                .into();
        self.reasons.push((key, reason.clone()));
        Finding::lines(lines, reason).with_rule(rule)
    }
}

/// Where the article has certainly ended: a line removed as comment-section chrome
/// ("Comments (12)", "34 responses to …", "Leave a reply") or as the heading of a related-articles
/// or most-read list, between two live lines. A list heading is no break when the article's
/// prose resumes within a few lines: that is a "Related" box set into the article, and only its
/// items go. When the document is cleaned with its site's profile, a block of the site's own
/// furniture between two live lines (at least [`SiteRule::region_break`] lines the site repeats,
/// such as a sharing bar or a comment form) is a break too: a page's template separates its
/// article from what follows it, and one repeated line (an "Advertisement" label) does not.
///
/// [`SiteRule::region_break`]: crate::site::SiteRule::region_break
struct Breaks {
    /// `before[k]`: a run cannot go on from line `k - 1` to line `k`.
    before: Vec<bool>,
    /// The first line after a comment-section heading: the comments, never the article when
    /// there is prose before them.
    comments_from: Option<usize>,
    inline_lists: Vec<InlineList>,
}

/// A related-articles box inside the article: its heading (a document line) and its items
/// (indices of live lines in `blocks`).
struct InlineList {
    heading: usize,
    items: std::ops::Range<usize>,
}

/// Most lines an inline list may hold before the article's prose resumes.
const INLINE_LIST_MAX_LINES: usize = 12;

fn section_breaks(cx: &Context, blocks: &Blocks, indent: Option<usize>) -> Breaks {
    let mut before = vec![false; blocks.len()];
    let mut comments_from = None;
    let mut inline_lists = Vec::new();
    let site_break = cx.site().map_or(0, |site| site.rule.region_break);
    for (k, (from, to)) in blocks.lines().zip(blocks.lines().skip(1)).enumerate() {
        let next = k + 1;
        if site_break > 0
            && (from + 1..to)
                .filter(|&i| cx.is_removed(i) && cx.is_site_boilerplate(i))
                .count()
                >= site_break
        {
            before[next] = true;
        }
        for i in from + 1..to {
            if !cx.is_removed(i) {
                continue;
            }
            if comment_policy::is_comment_chrome(cx, i) {
                before[next] = true;
                comments_from.get_or_insert(next);
            } else if page_chrome::is_list_heading(cx.doc.line(i)) {
                match prose_resumes(blocks, next, indent) {
                    Some(resume) => inline_lists.push(InlineList {
                        heading: i,
                        items: next..resume,
                    }),
                    None => before[next] = true,
                }
            }
        }
    }
    Breaks {
        before,
        comments_from,
        inline_lists,
    }
}

/// Where the article's prose resumes after a list heading: the first of two good lines in a row
/// at the article's indentation, within [`INLINE_LIST_MAX_LINES`] lines.
fn prose_resumes(blocks: &Blocks, from: usize, indent: Option<usize>) -> Option<usize> {
    (from..blocks.len())
        .take(INLINE_LIST_MAX_LINES + 1)
        .find(|&k| {
            blocks.verdicts[k].class == Class::Good
                && Some(blocks.features(k).indent) == indent
                && k + 1 < blocks.len()
                && blocks.verdicts[k + 1].class == Class::Good
        })
}

/// The dominant indentation of the prose: the indent with the most characters of lines that are
/// good on their own (before context re-classification) and stand next to another prose line.
/// A lone paragraph among menu items (a mega-menu's section blurb, a teaser) says nothing about
/// where the article is, however long it is.
fn dominant_indent(blocks: &Blocks) -> Option<usize> {
    dominant_indent_upto(blocks, blocks.len())
}

/// [`dominant_indent`] of the first `end` lines.
fn dominant_indent_upto(blocks: &Blocks, end: usize) -> Option<usize> {
    let is_prose = |k: usize| {
        matches!(
            blocks.verdicts.get(k).map(|verdict| verdict.class),
            Some(Class::Good | Class::NearGood)
        )
    };
    let mut by_indent: Vec<(usize, usize)> = Vec::new();
    for (k, verdict) in blocks.verdicts[..end].iter().enumerate() {
        let features = blocks.features(k);
        let has_prose_neighbour = (k > 0 && is_prose(k - 1)) || is_prose(k + 1);
        if verdict.class != Class::Good || !has_prose_neighbour {
            continue;
        }
        match by_indent
            .iter_mut()
            .find(|(indent, _)| *indent == features.indent)
        {
            Some((_, chars)) => *chars += features.chars,
            None => by_indent.push((features.indent, features.chars)),
        }
    }
    by_indent
        .into_iter()
        .max_by_key(|&(indent, chars)| (chars, std::cmp::Reverse(indent)))
        .map(|(indent, _)| indent)
}

/// A line's prose value: its length, capped so one long footer paragraph cannot outweigh an
/// article, and discounted for digits, links and e-mail addresses (contact blocks, listings).
fn prose_value(features: &Features) -> f64 {
    let chars = (features.chars as f64).min(MAX_LINE_VALUE);
    let digit_share = features.digits as f64 / (features.letters + features.digits).max(1) as f64;
    let link_penalty = 0.5f64.powi(features.links.min(4) as i32);
    chars * (1.0 - 3.0 * digit_share).max(0.1) * link_penalty
}

fn weight(blocks: &Blocks, k: usize, indent: Option<usize>) -> f64 {
    let features = &blocks.features(k);
    let chars = features.chars as f64;
    // Context re-classification decides whether a short line between prose lines stays with the
    // region, but a run of short lines (a teaser list between the video player and the article)
    // must not weigh as prose: short lines cost the same wherever they are.
    let base = match (blocks.verdicts[k].class, blocks.classes[k]) {
        (_, Class::Bad) => -chars.clamp(SHORT_COST, MAX_BAD_COST),
        (Class::Short, _) | (_, Class::Short) => -SHORT_COST,
        (_, Class::Good) => prose_value(features),
        (_, Class::NearGood) => prose_value(features) / 2.0,
    };
    if base > 0.0 && indent.is_some_and(|indent| indent != features.indent) {
        base * OFF_INDENT_FACTOR
    } else {
        base
    }
}

/// The main-content region, as a range of live-line indices in `blocks`.
fn densest_region(
    blocks: &Blocks,
    breaks: &Breaks,
    indent: Option<usize>,
) -> Option<std::ops::Range<usize>> {
    // Computed as needed rather than kept: a page dump has hundreds of thousands of lines.
    let weights =
        |end: usize, indent: Option<usize>| (0..end).map(move |k| weight(blocks, k, indent));
    let all = blocks.len();
    let (overall, _) = kadane(weights(all, indent), &breaks.before)?;
    // Above a comment section the article's indentation is measured on its own: a long
    // discussion at another level would otherwise set it.
    let before_comments = breaks.comments_from.and_then(|start| {
        let indent = dominant_indent_upto(blocks, start).or(indent);
        kadane(weights(start, indent), &breaks.before[..start])
            .is_some_and(|(score, _)| score >= BEFORE_COMMENTS_SHARE * overall)
            .then_some((start, indent))
    });
    let (end, indent) = before_comments.unwrap_or((all, indent));
    let breaks = &breaks.before[..end];
    let (score, best) = kadane(weights(end, indent), breaks)?;
    match kadane(weights(best.start, indent), &breaks[..best.start]) {
        Some((earlier_score, earlier)) if earlier_score >= EARLIER_REGION_SHARE * score => {
            Some(earlier)
        }
        _ => Some(best),
    }
}

/// Maximum-sum run of `weights` with its sum; on ties the longer run wins. No run goes over a
/// break (`breaks[k]`: a run cannot go on from line `k - 1` to line `k`).
fn kadane(
    weights: impl IntoIterator<Item = f64>,
    breaks: &[bool],
) -> Option<(f64, std::ops::Range<usize>)> {
    let mut best: Option<(f64, std::ops::Range<usize>)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    for (k, weight) in weights.into_iter().enumerate() {
        if sum < 0.0 || breaks[k] {
            sum = 0.0;
            start = k;
        }
        sum += weight;
        let longer = |range: &std::ops::Range<usize>| k + 1 - start > range.len();
        let better = match &best {
            None => sum > 0.0,
            Some((score, range)) => sum > *score || (sum == *score && longer(range)),
        };
        if better {
            best = Some((sum, start..k + 1));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::filters::testing::removed_by;

    fn removed_in_page(input: &str) -> Vec<String> {
        crate::filters::testing::removed_with_profile(&MainContent, input, Profile::Page)
    }

    const PAGE: &str = "\
* Home
* World
* Business
* Sport
* Culture
Storm closes mountain pass
    The mountain pass was closed on Monday after heavy snow blocked the road for many hours.
    Crews expect to reopen it on Wednesday if the weather allows, the regional agency said.
    Drivers were told to use the valley road, which adds about an hour to the trip.
Most read
* Ten tips for winter driving
* Ski resorts open early this year
* Contact
* Privacy
";

    #[test]
    fn keeps_the_prose_run_and_drops_the_furniture() {
        let removed = removed_in_page(PAGE);
        assert!(removed.contains(&"* Home".to_string()));
        assert!(removed.contains(&"Most read".to_string()));
        assert!(removed.contains(&"* Privacy".to_string()));
        assert!(!removed
            .iter()
            .any(|line| line.contains("mountain pass was closed")));
        assert!(!removed.iter().any(|line| line.contains("valley road")));
    }

    #[test]
    fn keeps_subheadings_and_short_paragraphs_inside_the_region() {
        let page = "\
* Home
* News
* Sport
* Weather
* Video
* Audio
* Shop
The council approved the new budget on Monday after a long and heated debate in the chamber.
What changes
He declined to comment.
Members said the plan would fund repairs to three bridges and two schools across the city.
* Contact
";
        let removed = removed_in_page(page);
        assert!(!removed.contains(&"What changes".to_string()));
        assert!(!removed.contains(&"He declined to comment.".to_string()));
        assert!(removed.contains(&"* Contact".to_string()));
    }

    #[test]
    fn does_nothing_to_extracted_articles() {
        let article = "The council approved the new budget on Monday after a long debate.\n\n\
            Read more\n\nMembers said the plan would fund repairs to three bridges.\n";
        let doc = Document::parse(article);
        assert_eq!(crate::blocks::detect_profile(&doc), Profile::Article);
        assert!(removed_by(&MainContent, article).is_empty());
    }

    #[test]
    fn region_is_the_maximum_sum_run_and_prefers_longer_ties() {
        let no_breaks = [false; 6];
        assert_eq!(
            kadane([-5.0, 3.0, -1.0, 4.0, -9.0, 2.0], &no_breaks),
            Some((6.0, 1..4))
        );
        assert_eq!(kadane([2.0, -2.0, 2.0], &no_breaks[..3]), Some((2.0, 0..3)));
        assert_eq!(kadane([-1.0, -2.0], &no_breaks[..2]), None);
        let broken = [false, false, false, true, false, false];
        assert_eq!(
            kadane([-5.0, 3.0, -1.0, 4.0, -9.0, 2.0], &broken),
            Some((4.0, 3..4))
        );
    }

    #[test]
    fn a_teaser_list_between_prose_lines_does_not_join_the_region() {
        let teasers: String = (0..12)
            .map(|n| format!("Airline warns staff about the protests, part {n}\n"))
            .collect();
        let page = format!(
            "{}Follow us on the messenger app to find out what is happening in the world as it unfolds.\n\
             {teasers}{}",
            "* Home\n* World\n* Business\n* Sport\n",
            PAGE.lines().skip(5).collect::<Vec<_>>().join("\n"),
        );
        let removed = removed_in_page(&page);
        assert!(removed.iter().any(|line| line.contains("messenger app")));
        assert!(removed.iter().any(|line| line.contains("part 11")));
        assert!(!removed.iter().any(|line| line.contains("valley road")));
    }

    #[test]
    fn lone_menu_blurbs_do_not_set_the_article_indent() {
        let blurb = "We connect experts, civil society and decision makers to foster an open dialogue about the future of the union and of the liberal order, in every member state and beyond.";
        let menu: String = (0..3)
            .map(|n| format!("  * Section {n}\n        {blurb}\n  * Topic {n}\n  * Region {n}\n  * Archive {n}\n  * Events {n}\n"))
            .collect();
        let page = format!(
            "{menu}Storm closes mountain pass\n{}",
            PAGE.lines().skip(6).collect::<Vec<_>>().join("\n")
        );
        let removed = removed_in_page(&page);
        assert!(removed.iter().any(|line| line.contains("open dialogue")));
        assert!(!removed.iter().any(|line| line.contains("valley road")));
        assert!(!removed
            .iter()
            .any(|line| line.contains("mountain pass was closed")));
    }

    const ARTICLE: &str = "* Home\n* News\n* Sport\n\
        The harbor bridge will close for three weeks while crews replace worn joints, officials said on Monday.\n\
        Drivers will be detoured along Route 9, which adds about fifteen minutes to a typical commute.\n";
    const COMMENT: &str = "I have been reading this paper for years and I think the council is wrong about the bridge, the ferry is no answer for people who work early shifts.";

    /// Cleans `ARTICLE`, then `between`, then `count` comments each led by `comment_lead`, as a
    /// page dump; asserts that the article stays and the comments go.
    fn assert_article_kept_and_comments_dropped(between: &str, comment_lead: &str, count: usize) {
        let mut page = format!("{ARTICLE}{between}");
        for user in 0..count {
            page.push_str(&format!(
                "{}{COMMENT}\n",
                comment_lead.replace("{user}", &user.to_string())
            ));
        }
        let cleaned = crate::Cleaner::default()
            .disable(crate::filters::line_model::ID)
            .unwrap()
            .profile(Profile::Page)
            .clean(&page)
            .text;
        assert!(cleaned.contains("harbor bridge"), "{cleaned}");
        assert!(!cleaned.contains("ferry is no answer"), "{cleaned}");
    }

    #[test]
    fn prefers_an_earlier_article_to_heavier_comments() {
        let menu: String = (0..30).map(|item| format!("* Section {item}\n")).collect();
        let between = format!(
            "Buses will follow the detour, and the ferry will add two early crossings on weekdays to ease the load.\n{menu}"
        );
        assert_article_kept_and_comments_dropped(&between, "* Reply\n", 6);
    }

    #[test]
    fn comment_section_heading_ends_the_region() {
        assert_article_kept_and_comments_dropped("Leave a Reply\n", "", 3);
    }

    #[test]
    fn short_article_is_kept_over_a_long_discussion_below_it() {
        assert_article_kept_and_comments_dropped(
            "12 responses to “Harbor bridge to close”\n",
            "reader{user} says:\n",
            12,
        );
    }

    /// Cleans a page with an article split by a "Related" box, then a most-read list.
    fn clean_page_with_box(box_items: &[&str]) -> String {
        crate::Cleaner::default()
            .disable(crate::filters::line_model::ID)
            .unwrap()
            .profile(Profile::Page)
            .clean(&page_with_box(box_items))
            .text
    }

    /// A page with an article split by a "Related" box, then a most-read list.
    fn page_with_box(box_items: &[&str]) -> String {
        let mut page = String::from("* Home\n* News\n* Sport\n");
        page.push_str("The harbor bridge will close for three weeks while crews replace worn joints, officials said on Monday.\n");
        page.push_str("Drivers will be detoured along Route 9, which adds about fifteen minutes to a typical commute.\n");
        page.push_str("Related\n");
        for item in box_items {
            page.push_str(&format!("{item}\n"));
        }
        page.push_str("The city expects the repairs to cost about four million dollars, most of it from a state grant.\n");
        page.push_str("Buses will follow the detour, and the ferry will add two early crossings on weekdays to ease the load.\n");
        page.push_str("Most read\n* Ten tips for winter driving\n* Ski resorts open early this year\n* Contact\n");
        page
    }

    #[test]
    fn each_kind_of_removal_names_its_rule() {
        let fired =
            crate::filters::testing::rules_fired_with_profile(&MainContent, PAGE, Profile::Page);
        let rule_of = |line: &str| {
            fired
                .iter()
                .find(|(text, _)| text == line)
                .map(|(_, rule)| rule.as_str())
        };
        assert_eq!(rule_of("* Home"), Some("main-content/before-region"));
        assert_eq!(rule_of("* Privacy"), Some("main-content/after-region"));
        // The box's heading is page-chrome's: the whole pipeline runs.
        let page = page_with_box(&["Harbor ferry fares to rise in spring"]);
        let cleaned = crate::Cleaner::default()
            .disable(crate::filters::line_model::ID)
            .unwrap()
            .profile(Profile::Page)
            .clean(&page);
        let item = cleaned
            .removals
            .iter()
            .find(|removal| {
                cleaned
                    .doc
                    .line(removal.lines.start)
                    .starts_with("Harbor ferry")
            })
            .unwrap();
        assert_eq!(item.rule_path(), "main-content/inline-list");
    }

    #[test]
    fn a_related_box_inside_the_article_does_not_end_it() {
        let cleaned = clean_page_with_box(&[
            "Harbor ferry fares to rise in spring",
            "Council approves new bike lanes downtown",
        ]);
        assert!(cleaned.contains("harbor bridge"), "{cleaned}");
        assert!(cleaned.contains("four million dollars"), "{cleaned}");
        assert!(cleaned.contains("early crossings"), "{cleaned}");
        assert!(!cleaned.contains("fares to rise"), "{cleaned}");
        assert!(!cleaned.contains("bike lanes"), "{cleaned}");
        assert!(!cleaned.contains("winter driving"), "{cleaned}");
    }

    #[test]
    fn a_long_list_after_a_related_heading_still_ends_the_article() {
        let items: Vec<String> = (0..14)
            .map(|n| format!("Teaser headline number {n} about the city"))
            .collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        let cleaned = clean_page_with_box(&items);
        assert!(cleaned.contains("harbor bridge"), "{cleaned}");
        assert!(!cleaned.contains("Teaser headline"), "{cleaned}");
        assert!(!cleaned.contains("four million dollars"), "{cleaned}");
    }

    #[test]
    fn comments_at_another_indent_do_not_set_the_article_indent() {
        assert_article_kept_and_comments_dropped("12 Comments\n", "        ", 12);
    }

    #[test]
    fn reason_names_the_region() {
        let doc = Document::parse(PAGE);
        let removed = vec![false; doc.len()];
        let findings = MainContent.check(&Context::with_profile(&doc, &removed, Profile::Page));
        assert!(findings[0]
            .reason
            .starts_with("before the main content region (lines 7-9)"));
    }
}
