//! The filter registry: every filter, in the order the pipeline runs them.
//!
//! Site-boilerplate runs first when a site profile is given: it removes the page's template, so
//! that the region rules see the page's own lines. Phrase-level rules follow; then, for page
//! dumps, the block classifier's region and block rules; then publisher-notice, a phrase rule
//! placed after them because its lines read like prose and removing them first would move the
//! main-content region; the context rules that look at what is left (off-topic lines at the
//! edges, repeated lines) follow, and the line model, which reads every rule's verdict, runs
//! last. To add a filter, write `src/filters/<name>.rs` with a rule-page doc comment
//! and tests, then add it to [`ALL`] at the place it should run.

use crate::filter::Filter;

pub mod author_bio;
pub mod caption_credit;
pub mod comment_policy;
pub mod copyright;
pub mod line_model;
pub mod main_content;
pub mod off_topic;
pub mod page_chrome;
pub mod publisher_notice;
pub mod repeated_line;
pub mod site_boilerplate;
pub mod social_embed;
pub mod widget;

static ALL: [&dyn Filter; 13] = [
    &site_boilerplate::SiteBoilerplate,
    &social_embed::SocialEmbed,
    &copyright::Copyright,
    &comment_policy::CommentPolicy,
    &author_bio::AuthorBio,
    &caption_credit::CaptionCredit,
    &page_chrome::PageChrome,
    &main_content::MainContent,
    &publisher_notice::PublisherNotice,
    &widget::Widget,
    &off_topic::OffTopic,
    &repeated_line::RepeatedLine,
    &line_model::LineModelStep,
];

/// Every filter, in pipeline order.
/// The source of every filter's file: its rule page is the `//!` comment it opens with, whose
/// first line is `# <id>`.
static SOURCES: [&str; 13] = [
    include_str!("author_bio.rs"),
    include_str!("caption_credit.rs"),
    include_str!("comment_policy.rs"),
    include_str!("copyright.rs"),
    include_str!("line_model.rs"),
    include_str!("main_content.rs"),
    include_str!("off_topic.rs"),
    include_str!("page_chrome.rs"),
    include_str!("publisher_notice.rs"),
    include_str!("repeated_line.rs"),
    include_str!("site_boilerplate.rs"),
    include_str!("social_embed.rs"),
    include_str!("widget.rs"),
];

/// A filter's rule page (what it removes, why it is noise, an example, known false positives),
/// as Markdown: the doc comment at the top of its file, for `deboiler --rule ID`.
pub fn rule_page(id: &str) -> Option<String> {
    let title = format!("//! # {id}");
    let source = SOURCES
        .iter()
        .find(|source| source.lines().next() == Some(title.as_str()))?;
    let mut page = String::new();
    for line in source.lines().take_while(|line| line.starts_with("//!")) {
        let text = line.strip_prefix("//!").unwrap_or_default();
        page.push_str(text.strip_prefix(' ').unwrap_or(text));
        page.push('\n');
    }
    Some(page)
}

pub fn all() -> &'static [&'static dyn Filter] {
    &ALL
}

pub fn by_id(id: &str) -> Option<&'static dyn Filter> {
    ALL.iter().copied().find(|f| f.id() == id)
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for filter unit tests.
    use crate::document::Document;
    use crate::filter::{Context, Filter};

    /// Texts of the lines `filter` would remove from `input`, running it alone.
    pub fn removed_by(filter: &dyn Filter, input: &str) -> Vec<String> {
        let doc = Document::parse(input);
        let removed = vec![false; doc.len()];
        let mut lines: Vec<String> = filter
            .check(&Context::new(&doc, &removed))
            .into_iter()
            .flat_map(|finding| finding.lines)
            .map(|index| doc.line(index).to_string())
            .collect();
        lines.dedup();
        lines
    }

    /// Texts of the lines `filter` would remove from `input` cleaned with `profile`.
    pub fn removed_with_profile(
        filter: &dyn Filter,
        input: &str,
        profile: crate::blocks::Profile,
    ) -> Vec<String> {
        let doc = Document::parse(input);
        let removed = vec![false; doc.len()];
        filter
            .check(&Context::with_profile(&doc, &removed, profile))
            .into_iter()
            .flat_map(|finding| finding.lines)
            .map(|index| doc.line(index).to_string())
            .collect()
    }

    /// Asserts that `filter` removes nothing from `input`.
    pub fn assert_keeps(filter: &dyn Filter, input: &str) {
        let removed = removed_by(filter, input);
        assert!(removed.is_empty(), "{} removed {removed:?}", filter.id());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for filter in all() {
            let id = filter.id();
            assert!(seen.insert(id), "duplicate id {id}");
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(!filter.summary().is_empty());
        }
    }

    #[test]
    fn every_filter_has_a_rule_page_and_every_page_a_filter() {
        for filter in all() {
            let page = rule_page(filter.id()).unwrap_or_else(|| panic!("{}", filter.id()));
            assert!(page.starts_with(&format!("# {}\n", filter.id())));
            assert!(
                page.lines().count() > 5,
                "{}: a page, not a title",
                filter.id()
            );
        }
        for source in SOURCES {
            let id = source.lines().next().unwrap().trim_start_matches("//! # ");
            assert!(by_id(id).is_some(), "{id} has a page but is not registered");
        }
        assert_eq!(rule_page("no-such-filter"), None);
    }
}
