//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct OffTopic;

impl Filter for OffTopic {
    fn id(&self) -> &'static str {
        "off-topic"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
