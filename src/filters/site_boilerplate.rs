//! # site-boilerplate
//!
//! ## What it removes
//!
//! A line that many pages of the document's site repeat: the site's header, menu, footer,
//! newsletter box, sharing prompts and disclaimers. It runs only when the document is cleaned as
//! a member of a group with a site profile ([`crate::Cleaner::clean_in_group`],
//! `deboiler --site-boilerplate`); otherwise it finds nothing.
//!
//! A line goes when it occurs on at least [`SiteRule::min_pages`](crate::site::SiteRule::min_pages) pages of its group (2) and on
//! at least [`SiteRule::min_share`](crate::site::SiteRule::min_share) of them (half). These values, and the region break below,
//! were chosen in cross-validation grouped by site on the benchmark pages of hosts with several
//! pages (`docs/site-boilerplate.md`); a share of a half also keeps a line that only some of the
//! site's pages show (a section's own box, a headline linked from a few pages). It runs first, before the phrase rules and
//! the main-content region: a page dump whose template is gone shows the region its article,
//! not a prose-like footer, and a block of template lines in a row
//! ([`SiteRule::region_break`](crate::site::SiteRule::region_break), 4) ends the region, as a comment section or a list of other
//! stories starts after the page's sharing bar or comment form.
//!
//! A page that repeats other pages' prose is a copy (a duplicate, a re-crawl, the same story
//! under two addresses), not furniture: when at least [`COPY_MIN_LINES`] of its prose lines
//! would go and its own prose (prose lines on no other page) is at most
//! [`SiteRule::copy_share`](crate::site::SiteRule::copy_share) of theirs, only the lines on more pages than any of those prose
//! lines go. Two copies of one story in a group keep their text; the site's menu, on every page,
//! still goes.
//!
//! ## Rules
//!
//! - `site-boilerplate/repeated-on-pages`: a line on at least the rule's number and share of the
//!   pages of its site
//!
//! ## Why is this noise?
//!
//! A site's furniture is written once and printed on every page, in the site's own words and
//! language, which no phrase list can know. An article is written once and printed on one page.
//! Counting pages, not phrases, finds each site's furniture whatever it says.
//!
//! ## Example
//!
//! On a site of 20 pages, 14 of which end with
//!
//! ```text
//! Sign up for our morning briefing and never miss a story.
//! ```
//!
//! that line goes from each of them, with the reason `repeated on 14 of 20 pages of example.com`.
//!
//! ## Known false positives
//!
//! - A headline or a teaser paragraph that other pages of the site show as a link, when at
//!   least half of the site's pages do (small sites whose pages all link to each other).
//! - Text a site repeats on purpose and a reader wants on every page (a standing correction, a
//!   series introduction).
//!
//! ## Near misses
//!
//! A line on 9 of 20 pages stays (45 %, below the share); a line on 1 of 2 pages stays (one
//! page is not a pattern); two copies of one story keep their text (the copy guard above). On a site of one page, in a document without a group, and for a line
//! the profile's memory cap stopped counting, nothing goes.

use crate::blocks::Features;
use crate::filter::{Context, Filter, Finding, Rule};

pub struct SiteBoilerplate;

const REPEATED_ON_PAGES: Rule = Rule::new(
    "repeated-on-pages",
    "a line on at least the rule's number and share of the pages of its site",
);

/// Fewest repeated prose lines that make a page a copy rather than a page with a repeated
/// disclaimer or prompt (see [`SiteRule::copy_share`](crate::site::SiteRule::copy_share)): a site's prose furniture is one to three
/// lines, a copied article has paragraphs.
pub const COPY_MIN_LINES: usize = 3;

impl Filter for SiteBoilerplate {
    fn id(&self) -> &'static str {
        "site-boilerplate"
    }

    fn summary(&self) -> &'static str {
        "A line repeated on many pages of the same site (with --site-boilerplate)"
    }

    fn rules(&self) -> &'static [Rule] {
        &[REPEATED_ON_PAGES]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let Some(site) = cx.site() else {
            return Vec::new();
        };
        let rule = &site.rule;
        let pages = site.group.pages();
        let mut found = Vec::new();
        let mut own = Vec::new();
        for line in cx.live_lines() {
            let Some(count) = site.pages_with(cx.doc.line(line)) else {
                continue;
            };
            if rule.removes(count, pages) {
                found.push((line, count));
            } else if count <= 1 {
                own.push(line);
            }
        }
        // The copy guard reads the lines' features only when enough lines would go.
        if found.len() >= COPY_MIN_LINES {
            let prose = |line: usize| {
                let feature = Features::of_line(cx.doc, line);
                (feature.words >= rule.prose_words).then_some(feature.chars)
            };
            let repeated: Vec<(usize, u32)> = found
                .iter()
                .filter_map(|&(line, count)| Some((prose(line)?, count)))
                .collect();
            if repeated.len() >= COPY_MIN_LINES {
                let repeated_chars: usize = repeated.iter().map(|&(chars, _)| chars).sum();
                let own_chars: usize = own.iter().filter_map(|&line| prose(line)).sum();
                if own_chars as f64 <= rule.copy_share * repeated_chars as f64 {
                    let copies = repeated.iter().map(|&(_, count)| count).max().unwrap_or(0);
                    found.retain(|&(_, count)| count > copies);
                }
            }
        }
        found
            .into_iter()
            .map(|(line, count)| {
                Finding::line(
                    line,
                    format!(
                        "repeated on {count} of {pages} pages of {}",
                        site.group.name()
                    ),
                )
                .with_rule(REPEATED_ON_PAGES)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::{Cleaner, SiteProfile};

    const MENU: &str = "* Home\n* World\n* Business";
    const FOOTER: &str = "Sign up for our morning briefing and never miss a story from the valley.";

    /// A page of `site` with its template around `story`.
    fn page(story: &str) -> String {
        format!("{MENU}\n\n{story}\n\n{FOOTER}\n")
    }

    fn story(n: usize) -> String {
        format!(
            "The council met on day {n} and approved repairs to bridge number {n}.\n\
             Members said the work on bridge {n} would start within a month of the vote."
        )
    }

    /// The lines site-boilerplate alone removes from `page`, in a group of `pages`.
    fn removed(pages: &[String], page: &str) -> Vec<String> {
        let profile = SiteProfile::build(pages.iter().map(|p| ("example.com", p.as_str())));
        let cleaner = Cleaner::default()
            .only(&["site-boilerplate"])
            .unwrap()
            .with_site_profile(profile);
        let cleaned = cleaner.clean_in_group(page, Some("example.com"));
        cleaned
            .removals
            .iter()
            .flat_map(|r| r.lines.clone())
            .map(|i| cleaned.doc.line(i).to_string())
            .collect()
    }

    #[test]
    fn removes_the_template_and_names_the_count() {
        let pages: Vec<String> = (0..4).map(|n| page(&story(n))).collect();
        assert_eq!(
            removed(&pages, &pages[2]),
            ["* Home", "* World", "* Business", FOOTER]
        );
        let profile = SiteProfile::build(pages.iter().map(|p| ("example.com", p.as_str())));
        let cleaned = Cleaner::default()
            .with_site_profile(profile)
            .clean_in_group(&pages[2], Some("example.com"));
        assert_eq!(
            &*cleaned.removals[0].reason,
            "repeated on 4 of 4 pages of example.com"
        );
        assert_eq!(
            cleaned.removals[0].rule_path(),
            "site-boilerplate/repeated-on-pages"
        );
        assert_eq!(cleaned.text, story(2) + "\n");
    }

    #[test]
    fn a_line_on_fewer_than_the_share_of_pages_stays() {
        // On 5 of 10 pages: half, goes; on 4 of 10: stays (a section's own box).
        let mut pages: Vec<String> = (0..10).map(|n| story(n) + "\n").collect();
        for page in &mut pages[..5] {
            page.push_str("Read our guide to the valley's bridges.\n");
        }
        for page in &mut pages[5..9] {
            page.push_str("Subscribe to the valley digest.\n");
        }
        assert_eq!(
            removed(&pages, &pages[0]),
            ["Read our guide to the valley's bridges."]
        );
        assert!(removed(&pages, &pages[5]).is_empty());
    }

    #[test]
    fn one_page_or_no_group_removes_nothing() {
        let pages = vec![page(&story(1))];
        assert!(removed(&pages, &pages[0]).is_empty());
        let profile = SiteProfile::build([("example.com", page(&story(1)))]);
        let cleaner = Cleaner::default().with_site_profile(profile);
        for group in [None, Some("other.example")] {
            let cleaned = cleaner.clean_in_group(&pages[0], group);
            assert!(cleaned
                .removals
                .iter()
                .all(|r| r.filter != "site-boilerplate"));
        }
    }

    #[test]
    fn a_copied_story_keeps_its_text_but_loses_the_menu() {
        let long = |n: usize| {
            (0..4)
                .map(|p| {
                    format!(
                        "Paragraph {p} of story {n} tells at length how the valley council voted on the bridges."
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        // Story 1 twice (a duplicate), stories 2 to 5 once: the menu is on 6 of 6 pages, the
        // copied paragraphs on 2 of 6 (above the share, but the page is a copy).
        let mut pages: Vec<String> = (1..=5).map(|n| format!("{MENU}\n{}\n", long(n))).collect();
        pages.push(pages[0].clone());
        assert_eq!(
            removed(&pages, &pages[0]),
            ["* Home", "* World", "* Business"]
        );
        // Alone in their group, two copies keep everything: nothing is on more pages than the
        // story itself.
        let twins = vec![pages[0].clone(), pages[0].clone()];
        assert!(removed(&twins, &twins[0]).is_empty());
    }

    #[test]
    fn a_repeated_disclaimer_is_not_a_copy() {
        // Two prose lines the site repeats (fewer than COPY_MIN_LINES) on a page without prose
        // of its own: furniture, not a copy.
        let disclaimer = "The views expressed here are the author's own and not those of the valley paper.\n\
                          Share this story with your friends and family on the social network of your choice.";
        let pages: Vec<String> = (0..3)
            .map(|n| format!("Photo {n}\n{disclaimer}\n"))
            .collect();
        assert_eq!(removed(&pages, &pages[1]).len(), 2);
    }
}
