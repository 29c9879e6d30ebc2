//! The [`Filter`] trait: a named rule that reports lines to remove, each with a reason.
//!
//! A filter only reads the document and reports; the pipeline decides ownership (the first filter
//! to remove a line owns it) and rendering.

use std::ops::Range;

use crate::blocks::{detect_profile, Profile};
use crate::document::Document;

/// What a filter sees: the document, its profile, and which lines earlier filters removed.
pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// [`Profile::Page`] or [`Profile::Article`], never `Auto`: resolved once per document.
    pub profile: Profile,
    removed: &'d [bool],
}

impl<'d, 'a> Context<'d, 'a> {
    /// A context whose profile is detected from the document.
    pub fn new(doc: &'d Document<'a>, removed: &'d [bool]) -> Self {
        Self::with_profile(doc, removed, detect_profile(doc))
    }

    pub fn with_profile(doc: &'d Document<'a>, removed: &'d [bool], profile: Profile) -> Self {
        let profile = match profile {
            Profile::Auto => detect_profile(doc),
            resolved => resolved,
        };
        Context {
            doc,
            profile,
            removed,
        }
    }

    pub fn is_removed(&self, line: usize) -> bool {
        self.removed[line]
    }

    /// Indices of non-blank lines that no earlier filter removed, in order.
    pub fn live_lines(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.doc.len()).filter(|&i| !self.removed[i] && !self.doc.lines()[i].is_blank())
    }
}

/// A filter's request to remove a range of lines, with a human-readable reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Indices into [`Document::lines`], end exclusive.
    pub lines: Range<usize>,
    pub reason: String,
}

impl Finding {
    pub fn line(index: usize, reason: impl Into<String>) -> Self {
        Finding {
            lines: index..index + 1,
            reason: reason.into(),
        }
    }

    pub fn lines(lines: Range<usize>, reason: impl Into<String>) -> Self {
        Finding {
            lines,
            reason: reason.into(),
        }
    }
}

pub trait Filter: Send + Sync {
    /// Stable kebab-case id, used by `--disable`, `--only` and in every report.
    fn id(&self) -> &'static str;
    /// One line saying what the filter removes.
    fn summary(&self) -> &'static str;
    /// Reports the lines to remove. Must not report a line that is already removed.
    fn check(&self, cx: &Context) -> Vec<Finding>;
}
