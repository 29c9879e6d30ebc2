//! # repeated-line
//!
//! ## What it removes
//!
//! A long line of prose that repeats, word for word, a line kept earlier in the document. The
//! first copy stays; later copies go.
//!
//! ## Why is this noise?
//!
//! Extractors and text dumps pick up the article more than once: from the page body and again
//! from its structured data, an AMP copy, a print view or a "continue reading" teaser. Pull
//! quotes repeat a sentence of the article in a box beside it. An article does not say the same
//! twenty-word paragraph twice.
//!
//! ## Example
//!
//! ```text
//! The council approved the new budget on Monday after a long and heated debate in the chamber.
//! Members said the plan would fund repairs to three bridges and two schools across the city.
//! The council approved the new budget on Monday after a long and heated debate in the chamber.
//! ```
//!
//! loses the third line.
//!
//! ## Known false positives
//!
//! None known. Short lines are never touched, so the chorus of a song, a refrain, a repeated
//! heading ("Update") or a table row survives. Lines mostly made of digits (results tables)
//! are not touched either.

use rustc_hash::FxHashSet;

use crate::filter::{Context, Filter, Finding};
use crate::text::trim;

pub struct RepeatedLine;

/// Fewest words a line needs before a repeat counts as a copy rather than a refrain.
const MIN_WORDS: usize = 12;

impl Filter for RepeatedLine {
    fn id(&self) -> &'static str {
        "repeated-line"
    }

    fn summary(&self) -> &'static str {
        "A long line of prose that repeats an earlier line word for word"
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let mut seen = FxHashSet::default();
        let mut findings = Vec::new();
        for line in cx.live_lines() {
            let f = cx.doc.feature(line);
            if f.words < MIN_WORDS || f.digits * 4 > f.letters {
                continue;
            }
            if !seen.insert(trim(cx.doc.line(line))) {
                findings.push(Finding::line(
                    line,
                    "repeats an earlier line word for word (a second copy of the text)",
                ));
            }
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by};

    const PARAGRAPH: &str =
        "The council approved the new budget on Monday after a long and heated debate in the chamber.";

    #[test]
    fn removes_the_second_copy_of_a_paragraph() {
        let input = format!(
            "{PARAGRAPH}\nMembers said the plan would fund repairs to three bridges and schools.\n  {PARAGRAPH}\n"
        );
        assert_eq!(
            removed_by(&RepeatedLine, &input),
            vec![format!("  {PARAGRAPH}")]
        );
    }

    #[test]
    fn keeps_a_repeated_chorus_and_short_headings() {
        assert_keeps(
            &RepeatedLine,
            "Update\nAnd we sing along until the morning comes\nThe band played on.\n\
             Update\nAnd we sing along until the morning comes\n",
        );
    }

    #[test]
    fn keeps_repeated_rows_of_a_results_table() {
        assert_keeps(
            &RepeatedLine,
            "Relay 4 x 100 m final 19.05.2007 41.2 s 12 points 3rd place 2 runners 1 team 2007\n\
             Relay 4 x 100 m final 19.05.2007 41.2 s 12 points 3rd place 2 runners 1 team 2007\n",
        );
    }

    #[test]
    fn keeps_two_similar_but_different_paragraphs() {
        assert_keeps(
            &RepeatedLine,
            &format!("{PARAGRAPH}\n{}\n", PARAGRAPH.replace("Monday", "Tuesday")),
        );
    }
}
