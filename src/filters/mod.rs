//! The filter registry: every filter, in the order the pipeline runs them.
//!
//! Site-boilerplate runs first when a site profile is given: it removes the page's template, so
//! that the region rules see the page's own lines. Phrase-level rules follow; then, for page
//! dumps, the block classifier's region and block rules; then publisher-notice, a phrase rule
//! placed after them because its lines read like prose and removing them first would move the
//! main-content region; the context rules that look at what is left (off-topic lines at the
//! edges, repeated lines) follow, then below-article, whose advice covers only lines no precise
//! rule took, and the line model, which reads every rule's verdict, runs
//! last. To add a filter, write `src/filters/<name>.rs` with a rule-page doc comment
//! and tests, then add it to [`ALL`] at the place it should run. A filter that outgrows one
//! file becomes a folder `src/filters/<name>/` whose `mod.rs` holds the rule page.

use crate::filter::Filter;

pub mod author_bio;
pub mod below_article;
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

static ALL: [&dyn Filter; 14] = [
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
    &below_article::BelowArticle,
    &line_model::LineModelStep,
];

/// Every filter, in pipeline order.
/// The source of every filter's file: its rule page is the `//!` comment it opens with, whose
/// first line is `# <id>`.
static SOURCES: [&str; 14] = [
    include_str!("author_bio/mod.rs"),
    include_str!("below_article.rs"),
    include_str!("caption_credit.rs"),
    include_str!("comment_policy.rs"),
    include_str!("copyright.rs"),
    include_str!("line_model.rs"),
    include_str!("main_content.rs"),
    include_str!("off_topic.rs"),
    include_str!("page_chrome/mod.rs"),
    include_str!("publisher_notice.rs"),
    include_str!("repeated_line.rs"),
    include_str!("site_boilerplate.rs"),
    include_str!("social_embed/mod.rs"),
    include_str!("widget.rs"),
];

/// A filter's rule page (what it removes, why it is noise, its rules, an example, known false
/// positives), as Markdown: the doc comment at the top of its file, for `deboiler --rule ID`.
/// `id` is a filter's id or one of its rules' (`author-bio/byline`), whose page is its filter's.
pub fn rule_page(id: &str) -> Option<String> {
    let id = match id.split_once('/') {
        Some((filter, rule)) => {
            by_id(filter)?.rules().iter().find(|r| r.id == rule)?;
            filter
        }
        None => id,
    };
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
    use crate::blocks::Profile;
    use crate::document::Document;
    use crate::filter::{Context, Filter, Finding};

    /// What `filter` finds in `doc` cleaned with `profile`, running alone. Every finding must
    /// name one of the filter's rules, as the pipeline asserts: a test that finds a line checks
    /// its rule is listed.
    fn findings(filter: &dyn Filter, doc: &Document, profile: Profile) -> Vec<Finding> {
        let removed = vec![false; doc.len()];
        let findings = filter.check(&Context::with_profile(doc, &removed, profile));
        for finding in &findings {
            crate::pipeline::debug_assert_listed(filter, finding);
        }
        findings
    }

    /// Texts of the lines `filter` would remove from `input`, running it alone.
    pub fn removed_by(filter: &dyn Filter, input: &str) -> Vec<String> {
        let mut lines = removed_with_profile(filter, input, Profile::Auto);
        lines.dedup();
        lines
    }

    /// Texts of the lines `filter` would remove from `input` cleaned with `profile`.
    pub fn removed_with_profile(filter: &dyn Filter, input: &str, profile: Profile) -> Vec<String> {
        let doc = Document::parse(input);
        findings(filter, &doc, profile)
            .into_iter()
            .flat_map(|finding| finding.lines)
            .map(|index| doc.line(index).to_string())
            .collect()
    }

    /// For each line `filter` would remove from `input` (running it alone), the line's text and
    /// the rule that found it, as `filter/rule`.
    pub fn rules_fired(filter: &dyn Filter, input: &str) -> Vec<(String, String)> {
        rules_fired_with_profile(filter, input, Profile::Auto)
    }

    /// [`rules_fired`] with `input` cleaned with `profile`.
    pub fn rules_fired_with_profile(
        filter: &dyn Filter,
        input: &str,
        profile: Profile,
    ) -> Vec<(String, String)> {
        let doc = Document::parse(input);
        findings(filter, &doc, profile)
            .into_iter()
            .flat_map(|finding| {
                let rule = format!("{}/{}", filter.id(), finding.rule.unwrap_or("(none)"));
                finding.lines.map(move |index| (index, rule.clone()))
            })
            .map(|(index, rule)| (doc.line(index).to_string(), rule))
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

    #[test]
    fn a_rule_id_gives_its_filters_page() {
        assert_eq!(rule_page("author-bio/byline"), rule_page("author-bio"));
        assert!(rule_page("author-bio/byline").is_some());
        assert_eq!(rule_page("author-bio/no-such-rule"), None);
        assert_eq!(rule_page("no-such-filter/byline"), None);
        assert_eq!(rule_page("author-bio/"), None);
    }

    #[test]
    fn every_filter_names_its_rules_in_kebab_case_once() {
        for filter in all() {
            assert!(!filter.rules().is_empty(), "{} lists no rules", filter.id());
            let mut seen = std::collections::HashSet::new();
            for rule in filter.rules() {
                let path = format!("{}/{}", filter.id(), rule.id);
                assert!(seen.insert(rule.id), "duplicate rule {path}");
                assert!(
                    !rule.id.is_empty()
                        && rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{path} is not kebab-case"
                );
                assert!(!rule.summary.is_empty(), "{path} has no summary");
            }
        }
    }

    /// The items of a page's list (`- …`, continuation lines joined), whitespace collapsed.
    fn list_items(page: &str) -> Vec<String> {
        let mut items: Vec<String> = Vec::new();
        let mut open = false;
        for line in page.lines() {
            if let Some(item) = line.strip_prefix("- ") {
                items.push(item.to_string());
                open = true;
            } else if open && line.starts_with("  ") {
                let last = items.last_mut().expect("an open item");
                last.push(' ');
                last.push_str(line.trim());
            } else {
                open = false;
            }
        }
        items
            .into_iter()
            .map(|item| item.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    /// A filter's rules (which every finding of it names: the pipeline asserts so in debug
    /// builds) are the rules its page lists, as `` `filter/rule`: summary ``, and the page
    /// lists no other rule of the filter.
    #[test]
    fn every_rule_page_lists_its_filters_rules() {
        for filter in all() {
            let page = rule_page(filter.id()).unwrap();
            let listed: Vec<String> = list_items(&page)
                .into_iter()
                .filter(|item| item.starts_with(&format!("`{}/", filter.id())))
                .collect();
            let rules: Vec<String> = filter
                .rules()
                .iter()
                .map(|rule| format!("`{}/{}`: {}", filter.id(), rule.id, rule.summary))
                .collect();
            assert_eq!(
                listed,
                rules,
                "{}: the page's Rules list and rules() differ",
                filter.id()
            );
        }
    }
}
