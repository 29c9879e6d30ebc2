//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct PageChrome;

impl Filter for PageChrome {
    fn id(&self) -> &'static str {
        "page-chrome"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
