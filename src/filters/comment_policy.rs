//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct CommentPolicy;

impl Filter for CommentPolicy {
    fn id(&self) -> &'static str {
        "comment-policy"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
