//! # repeated-line
//!
//! ## What it removes
//!
//! A second copy of the text: a run of at least three long lines of prose that repeats, word
//! for word and in the same order, lines kept earlier in the document. The first copy stays;
//! the copied run goes.
//!
//! ## Rules
//!
//! - `repeated-line/second-copy`: repeats earlier lines word for word and in order (a second copy
//!   of the text)
//!
//! ## Why is this noise?
//!
//! Extractors and text dumps pick up the article more than once: from the page body and again
//! from its structured data, an AMP copy, a print view or a "continue reading" teaser. Such a
//! copy repeats paragraph after paragraph. An article does not say the same three long
//! paragraphs twice.
//!
//! ## Example
//!
//! ```text
//! The council approved the new budget on Monday after a long and heated debate in the chamber.
//! Members said the plan would fund repairs to three bridges and two schools across the city.
//! The mayor called the vote a turning point for a city that has put off repairs for a decade.
//! The council approved the new budget on Monday after a long and heated debate in the chamber.
//! Members said the plan would fund repairs to three bridges and two schools across the city.
//! The mayor called the vote a turning point for a city that has put off repairs for a decade.
//! ```
//!
//! loses the last three lines.
//!
//! ## Known false positives
//!
//! None known. A single repeated line stays, however long: the same interview question put to
//! several people, a pull quote, a refrain, a meal plan's dish on several days. Short lines
//! never count (a repeated heading, a table row), nor do lines mostly made of digits (results
//! tables). Lines in between that are short or not repeated end a run, so an article that
//! quotes two of its own sentences again keeps them.

use rustc_hash::FxHashMap;

use crate::blocks::Features;
use crate::filter::{Context, Filter, Finding, Rule};
use crate::text::trim;

pub struct RepeatedLine;

const SECOND_COPY: Rule = Rule::new(
    "second-copy",
    "repeats earlier lines word for word and in order (a second copy of the text)",
);

/// Fewest words a line needs before a repeat counts as a copy rather than a refrain.
const MIN_WORDS: usize = 12;

/// Fewest consecutive long lines, copied in order, that make a second copy of the text.
const MIN_RUN: usize = 3;

impl Filter for RepeatedLine {
    fn id(&self) -> &'static str {
        "repeated-line"
    }

    fn summary(&self) -> &'static str {
        "A second copy of the text: three or more long lines repeating earlier ones in order"
    }

    fn rules(&self) -> &'static [Rule] {
        &[SECOND_COPY]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        // The long lines in order, each with the position of its first copy among them.
        let mut first = FxHashMap::default();
        let mut long = Vec::new();
        for line in cx.live_lines() {
            let f = Features::of_line(cx.doc, line);
            if f.words < MIN_WORDS || f.digits * 4 > f.letters {
                continue;
            }
            let at = long.len();
            let copy_of = *first.entry(trim(cx.doc.line(line))).or_insert(at);
            long.push((line, copy_of));
        }
        let mut findings = Vec::new();
        let mut run_start = 0;
        for at in 0..=long.len() {
            let continues = at < long.len() && {
                let copy_of = long[at].1;
                // Only long lines are listed, so short or blank lines between copies do not
                // break a run; a long line that is not a copy does.
                copy_of < at && (at == run_start || long[at - 1].1 + 1 == copy_of)
            };
            if continues {
                continue;
            }
            if at - run_start >= MIN_RUN {
                for &(line, _) in &long[run_start..at] {
                    findings.push(SECOND_COPY.line(line));
                }
            }
            run_start = if at < long.len() && long[at].1 < at {
                at
            } else {
                at + 1
            };
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};

    const PARAGRAPHS: [&str; 3] = [
        "The council approved the new budget on Monday after a long and heated debate in the chamber.",
        "Members said the plan would fund repairs to three bridges and two schools across the city.",
        "The mayor called the vote a turning point for a city that has put off repairs for a decade.",
    ];

    #[test]
    fn removes_a_second_copy_of_the_text() {
        let text = PARAGRAPHS.join("\n\n");
        let input = format!("{text}\n\nShare this article\n\n{text}\n");
        assert_eq!(removed_by(&RepeatedLine, &input), PARAGRAPHS.to_vec());
        let fired = rules_fired(&RepeatedLine, &input);
        assert!(fired
            .iter()
            .all(|(_, rule)| rule == "repeated-line/second-copy"));
    }

    #[test]
    fn keeps_a_single_repeated_line_however_long() {
        // The same interview question put to two people, and a pull quote.
        let question =
            "What would you tell a young person who wants to start a business in this town today?";
        assert_keeps(
            &RepeatedLine,
            &format!(
                "{question}\n{}\n{question}\n{}\n{}\n",
                PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0]
            ),
        );
    }

    #[test]
    fn keeps_a_meal_plan_that_repeats_its_items() {
        let days = [
            "Breakfast: porridge made with oats, milk and a handful of berries, with a cup of tea on the side",
            "Lunch: a large bowl of lentil soup with wholemeal bread and a green salad with olive oil dressing",
        ];
        let mut input = String::new();
        for (day, dinner) in ["Monday", "Tuesday", "Wednesday"].iter().zip([
            "Dinner: grilled salmon with roasted potatoes, steamed broccoli and a squeeze of lemon juice",
            "Dinner: chicken stir-fry with peppers, onions and brown rice, finished with a little soy sauce",
            "Dinner: a vegetable curry with chickpeas and spinach served with basmati rice and yoghurt",
        ]) {
            input += &format!("{day}\n{}\n{}\n{dinner}\n", days[0], days[1]);
        }
        assert_keeps(&RepeatedLine, &input);
    }

    #[test]
    fn a_new_long_line_ends_a_run() {
        let input = format!(
            "{}\n{}\n{}\n{}\n{}\nA new paragraph that was never said before in this article at all, not once.\n{}\n",
            PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
        );
        assert_keeps(&RepeatedLine, &input);
    }

    #[test]
    fn keeps_repeated_rows_of_a_results_table() {
        let row =
            "Relay 4 x 100 m final 19.05.2007 41.2 s 12 points 3rd place 2 runners 1 team 2007";
        assert_keeps(
            &RepeatedLine,
            &format!("{row}\n{row}\n{row}\n{row}\n{row}\n{row}\n"),
        );
    }

    #[test]
    fn keeps_similar_but_different_paragraphs() {
        let changed: Vec<String> = PARAGRAPHS.iter().map(|p| p.replace("the", "a")).collect();
        assert_keeps(
            &RepeatedLine,
            &format!("{}\n{}\n", PARAGRAPHS.join("\n"), changed.join("\n")),
        );
    }
}
