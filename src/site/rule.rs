//! When a line counts as its site's boilerplate, and what the filters see of a document's site.

use super::profile::{line_key, SiteGroup};

/// When a line counts as its site's boilerplate. The default is the rule measured on the
/// benchmarks (see the module documentation); the fields are public for experiments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SiteRule {
    /// Fewest pages of its group a line must occur on.
    pub min_pages: u32,
    /// Least share of its group's pages a line must occur on.
    pub min_share: f64,
    /// Lines of at least this many words are prose, for the copy guard.
    pub prose_words: usize,
    /// A page whose own prose is at most this share of its prose that would go is a copy of
    /// other pages (negative: no page is).
    pub copy_share: f64,
    /// In page dumps, at least this many lines of site boilerplate in a row end the main-content
    /// region (0: never).
    pub region_break: usize,
}

impl Default for SiteRule {
    fn default() -> Self {
        SiteRule {
            min_pages: 2,
            min_share: 0.5,
            prose_words: 12,
            copy_share: 0.1,
            region_break: 4,
        }
    }
}

impl SiteRule {
    /// Whether a line on `count` of its group's `pages` pages is boilerplate.
    pub fn removes(&self, count: u32, pages: u32) -> bool {
        count >= self.min_pages && f64::from(count) >= self.min_share * f64::from(pages)
    }
}

/// The document's group and the rule, as the pipeline hands them to the filters.
#[derive(Debug, Clone, Copy)]
pub struct SiteView<'p> {
    pub group: SiteGroup<'p>,
    pub rule: SiteRule,
}

impl SiteView<'_> {
    /// On how many of the group's pages the (normalised) line occurs, if it was counted.
    pub fn pages_with(&self, line: &str) -> Option<u32> {
        line_key(line).and_then(|key| self.group.pages_with_key(key))
    }
}
