//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct AuthorBio;

impl Filter for AuthorBio {
    fn id(&self) -> &'static str {
        "author-bio"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
