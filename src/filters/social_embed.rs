//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct SocialEmbed;

impl Filter for SocialEmbed {
    fn id(&self) -> &'static str {
        "social-embed"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
