//! # boilerplate-block
//!
//! ## What it removes
//!
//! In a full-page dump (profile `page`), lines inside the article region that the block
//! classifier ([`crate::blocks::classify`]) calls *bad* and whose neighbours agree (jusText's
//! context step, [`crate::blocks::reclassify`]): short list items, link and handle runs, lines
//! without letters, digit runs, lists of capitalised names without function words, and short
//! lines sandwiched between such lines.
//!
//! ## Why is this noise?
//!
//! Share bars, tag lists, "related" link lists and ad slots interrupt the article even inside its
//! region. They are not prose: no function words, list markers, links, numbers.
//!
//! ## Example
//!
//! ```text
//! The mountain pass was closed on Monday after heavy snow blocked the road for many hours.
//! * Facebook
//! * Twitter
//! Crews expect to reopen it on Wednesday if the weather allows, the regional agency said.
//! ```
//!
//! loses the two list items.
//!
//! ## Known false positives
//!
//! - Short list items in the article itself (ingredients, a list of names) when the document is
//!   a page dump. Extracted articles (profile `article`) are never touched.
//! - Table rows made of numbers.

use crate::blocks::{Blocks, Class, Profile};
use crate::filter::{Context, Filter, Finding};

pub struct BoilerplateBlock;

impl Filter for BoilerplateBlock {
    fn id(&self) -> &'static str {
        "boilerplate-block"
    }

    fn summary(&self) -> &'static str {
        "In page dumps, non-prose lines (list items, links, digits, name lists) among non-prose neighbours"
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        if cx.profile != Profile::Page {
            return Vec::new();
        }
        let blocks = Blocks::of(cx);
        blocks
            .lines()
            .enumerate()
            .filter(|&(k, _)| blocks.classes[k] == Class::Bad)
            .map(|(k, line)| {
                let verdict = blocks.verdicts[k];
                let reason = if verdict.class == Class::Bad {
                    format!("not prose: {}", verdict.signal)
                } else {
                    format!("{} between non-prose lines", verdict.signal)
                };
                Finding::line(line, reason)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn removed_in_page(input: &str) -> Vec<String> {
        crate::filters::testing::removed_with_profile(&BoilerplateBlock, input, Profile::Page)
    }

    #[test]
    fn removes_share_bar_items_inside_the_article() {
        let page = "\
The mountain pass was closed on Monday after heavy snow blocked the road for many hours.
* Facebook
* Twitter
Crews expect to reopen it on Wednesday if the weather allows, the regional agency said.
";
        assert_eq!(removed_in_page(page), ["* Facebook", "* Twitter"]);
    }

    #[test]
    fn keeps_subheadings_and_one_line_paragraphs() {
        let page = "\
The mountain pass was closed on Monday after heavy snow blocked the road for many hours.
What drivers should know
He declined to comment.
Crews expect to reopen it on Wednesday if the weather allows, the regional agency said.
";
        assert!(removed_in_page(page).is_empty());
    }

    #[test]
    fn leaves_extracted_articles_alone() {
        let article = "The pass was closed on Monday after heavy snow blocked the road.\n* Chains are required\n";
        let doc = Document::parse(article);
        let removed = vec![false; doc.len()];
        let findings =
            BoilerplateBlock.check(&Context::with_profile(&doc, &removed, Profile::Article));
        assert!(findings.is_empty());
    }
}
