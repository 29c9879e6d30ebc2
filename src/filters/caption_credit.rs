//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct CaptionCredit;

impl Filter for CaptionCredit {
    fn id(&self) -> &'static str {
        "caption-credit"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
