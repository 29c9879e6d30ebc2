//! TODO: rule page.

use crate::filter::{Context, Filter, Finding};

pub struct Copyright;

impl Filter for Copyright {
    fn id(&self) -> &'static str {
        "copyright"
    }

    fn summary(&self) -> &'static str {
        "TODO"
    }

    fn check(&self, _cx: &Context) -> Vec<Finding> {
        Vec::new()
    }
}
