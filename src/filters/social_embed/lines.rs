//! What the social-embed finders share: the kind of a line ([`Kind`]), indentation and bare
//! text, the neighbouring non-blank lines, and the [`Collector`] findings go into. Apart from
//! the filter (`mod.rs`) so that the finders need not import it.

use crate::filter::{Context, Finding, Rule};
use crate::text::{trim, trim_start};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Other,
    Attribution,
    /// `— Name (@handle)` with no date: still an embed credit, but weaker evidence, so the line
    /// above it is only taken on its link or by the indented-block rule.
    UndatedAttribution,
    LinkEnd,
    InstagramLabel,
    InstagramCredit,
    Facebook,
    TikTok,
    YouTube,
    Consent,
    Timeline,
    PostUrl,
}

pub(super) fn indent(line: &str) -> usize {
    line.len() - trim_start(line).len()
}

/// The line without surrounding blanks and trailing punctuation, for whole-line phrase matching.
pub(super) fn bare(line: &str) -> &str {
    trim(line)
        .trim_end_matches(['.', '!', ':', '…', '›', '»', '→'])
        .trim_end()
}

/// Collects findings, one per line, never twice and never a line an earlier filter took.
pub(super) struct Collector<'c, 'd, 'a> {
    pub(super) cx: &'c Context<'d, 'a>,
    pub(super) taken: Vec<bool>,
    pub(super) findings: Vec<Finding>,
}

impl Collector<'_, '_, '_> {
    pub(super) fn take(&mut self, index: usize, rule: Rule, reason: &str) {
        if !self.taken[index] && !self.cx.is_removed(index) {
            self.taken[index] = true;
            self.findings
                .push(Finding::line(index, reason).with_rule(rule));
        }
    }
}

/// Previous (or next) non-blank line, skipping blank lines; `None` at the document edge.
pub(super) fn prev_non_blank(cx: &Context, index: usize) -> Option<usize> {
    (0..index).rev().find(|&i| !cx.doc.is_blank(i))
}

pub(super) fn next_non_blank(cx: &Context, index: usize) -> Option<usize> {
    (index + 1..cx.doc.len()).find(|&i| !cx.doc.is_blank(i))
}
