//! The learned line model as users meet it: the embedded model loads, and with it on, the
//! near misses the mission names stay, in an extracted article and inside a page dump.

use deboiler::__internals::model::{registry_verdicts, LineModel};
use deboiler::{Cleaner, FinalNewline, Profile};

/// An extracted article's body: the lines every near-miss case is set into.
const BODY: &[&str] = &[
    "City council approves budget for bridge repairs",
    "",
    "The city council approved a budget of 40 million dollars on Monday to repair three bridges that engineers have called unsafe for heavy traffic.",
    "",
    "The vote followed months of debate over how the work would be paid for, and whether the city should borrow the money or raise local taxes instead.",
    "",
    "Residents who live near the bridges said they had waited years for the repairs and welcomed the decision, though some worried about the noise of construction.",
    "",
    "Work on the first bridge is expected to begin in the spring and to last about eighteen months, according to the city's transport department.",
];

/// Page chrome around an article, as a full-page text dump has it.
const CHROME_TOP: &[&str] = &[
    "Skip to main content",
    "  * Home",
    "  * News",
    "      * Local",
    "      * World",
    "  * Sport",
    "  * Business",
    "  * Weather",
    "  * Sign in",
    "",
];
const CHROME_BOTTOM: &[&str] = &[
    "",
    "    Related stories",
    "      * Mayor opens new library branch",
    "      * Storm closes two parks",
    "      * School board extends the academic year",
    "",
    "  * About us",
    "  * Contact",
    "  * Privacy policy",
    "  * Terms of use",
];

/// `lines` set into the article after its second paragraph.
fn article_with(lines: &[&str]) -> String {
    let mut out: Vec<&str> = BODY[..5].to_vec();
    for line in lines {
        out.push("");
        out.push(line);
    }
    out.extend_from_slice(&BODY[5..]);
    out.join("\n") + "\n"
}

fn page_with(lines: &[&str]) -> String {
    let article = article_with(lines);
    let mut out: Vec<String> = CHROME_TOP.iter().map(|l| l.to_string()).collect();
    // A dump indents the article as deep as its place in the page.
    out.extend(article.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!("    {l}")
        }
    }));
    out.extend(CHROME_BOTTOM.iter().map(|l| l.to_string()));
    out.join("\n") + "\n"
}

fn cleaner() -> Cleaner {
    Cleaner::default().final_newline(FinalNewline::Always)
}

/// Every line of `lines` is in the cleaned output, in both settings; the failure names the
/// line, the setting and the reason it was removed.
fn assert_kept(lines: &[&str]) {
    for (setting, input) in [
        ("article", article_with(lines)),
        ("page dump", page_with(lines)),
    ] {
        let cleaned = cleaner().clean(&input);
        let expected = if setting == "article" {
            Profile::Article
        } else {
            Profile::Page
        };
        assert_eq!(cleaned.profile, expected, "{setting}");
        let kept: Vec<&str> = cleaned.text.lines().collect();
        for line in lines {
            let why: Vec<String> = cleaned
                .removals
                .iter()
                .filter(|r| input[r.bytes.clone()].lines().any(|l| l.trim() == *line))
                .map(|r| format!("{}: {}", r.filter, r.reason))
                .collect();
            assert!(
                kept.iter().any(|k| k.trim() == *line),
                "{setting}: {line:?} was removed ({why:?})"
            );
        }
        for line in BODY.iter().filter(|l| !l.is_empty()) {
            assert!(
                kept.iter().any(|k| k.trim() == *line),
                "{setting}: body line {line:?} was removed"
            );
        }
    }
}

#[test]
fn the_embedded_model_loads_and_knows_every_filter() {
    let model = LineModel::try_embedded().expect("the committed model is valid");
    assert_eq!(
        model.verdict_names(),
        registry_verdicts().as_slice(),
        "retrain the model (cargo run --release --example train) after changing the filters"
    );
    assert!(model.stacked(), "the committed model has its second stage");
}

#[test]
fn the_model_removes_page_chrome_no_rule_lists() {
    let input = page_with(&[]);
    let cleaned = cleaner().clean(&input);
    for line in [
        "  * Sport",
        "  * Weather",
        "  * Privacy policy",
        "      * Storm closes two parks",
    ] {
        assert!(
            !cleaned.text.lines().any(|l| l == line),
            "{line:?} kept:\n{}",
            cleaned.text
        );
    }
    assert!(cleaned.removals.iter().any(|r| r.filter == "line-model"));
}

#[test]
fn keeps_prose_about_copyright_law() {
    assert_kept(&[
        "Under the new copyright law, all rights reserved by authors expire seventy years after their death, the court said.",
    ]);
}

#[test]
fn keeps_a_quote_that_starts_with_a_dash() {
    assert_kept(&[
        "— We will not stop until every bridge in this city is safe, the mayor told reporters on the steps of city hall.",
    ]);
}

#[test]
fn keeps_a_short_statement_of_fact() {
    assert_kept(&["He declined to comment."]);
}

/// A spacer line of a zero-width space shows nothing, but it is the article's line: kept, and
/// never scored as a line without words.
#[test]
fn keeps_a_line_of_invisible_characters() {
    assert_kept(&["\u{200b}", "\u{200b}\u{2060}"]);
}

#[test]
fn keeps_a_subheading() {
    assert_kept(&["What happens next"]);
}

#[test]
fn keeps_a_meal_plan_that_repeats_its_items() {
    assert_kept(&[
        "Monday: porridge with berries, lentil soup, grilled salmon with potatoes",
        "Tuesday: porridge with berries, lentil soup, chicken stir-fry with rice",
        "Wednesday: porridge with berries, lentil soup, vegetable curry with chickpeas",
    ]);
}

#[test]
fn keeps_the_same_interview_question_asked_twice() {
    let question = "What would you tell a young person who wants to start a business here?";
    let input = article_with(&[
        question,
        "Maria, 34: Start small, listen to your customers and do not borrow more than you can repay.",
        question,
        "Tom, 51: Find a mentor who has done it before, and keep your day job for the first year.",
    ]);
    let cleaned = cleaner().clean(&input);
    assert_eq!(
        cleaned.text.lines().filter(|l| *l == question).count(),
        2,
        "{:?}",
        cleaned.removals
    );
}

#[test]
fn explanations_give_the_score_and_the_features_in_words() {
    let input = page_with(&[]);
    let cleaned = cleaner().explain_reasons(true).clean(&input);
    let reason = &cleaned
        .removals
        .iter()
        .find(|r| r.filter == "line-model")
        .expect("a model removal")
        .reason;
    assert!(
        reason.starts_with("score 0.") || reason.starts_with("score 1.00"),
        "{reason}"
    );
    assert!(
        reason.contains(':') && reason.len() > "score 0.93".len(),
        "{reason}"
    );
    let terse = cleaner().clean(&input);
    let short = &terse
        .removals
        .iter()
        .find(|r| r.filter == "line-model")
        .unwrap()
        .reason;
    assert!(
        !short.contains(':'),
        "reasons are built only when asked: {short}"
    );
}

#[test]
fn disabling_the_model_leaves_the_rules_alone() {
    let input = page_with(&[]);
    let cleaned = cleaner().disable("line-model").unwrap().clean(&input);
    assert!(cleaned.removals.iter().all(|r| r.filter != "line-model"));
}

/// A web address alone on its line in an extracted article is as often the source the article
/// cites as a link list: page-chrome's advice does not lower the model's bar for it
/// (`FULL_BAR_RULES`), so an address the model is unsure of stays.
#[test]
fn keeps_a_cited_web_address_the_model_is_unsure_of() {
    let input = "The council approved the budget on Monday after a long debate about the harbour and the new bridge.\n\n\
        The finance committee said the plan funds repairs to three bridges and a new ferry terminal by 2027.\n\n\
        Sources:\n\n\
        http://www.example.org/2013/02/council-budget-harbour-bridge.html#ixzz2PpyAj3AN\n";
    let cleaned = cleaner().clean(input);
    assert_eq!(cleaned.profile, Profile::Article);
    assert!(
        cleaned
            .text
            .contains("http://www.example.org/2013/02/council-budget-harbour-bridge.html"),
        "{:?}",
        cleaned.removals
    );
}

#[test]
fn full_bar_and_standing_rules_are_rules_of_advisory_filters() {
    use deboiler::__internals::model::advice::{ADVISORY, FULL_BAR_RULES, STANDING_RULES};
    let cleaner = Cleaner::default();
    for &(filter, rule) in FULL_BAR_RULES.iter().chain(STANDING_RULES) {
        assert!(ADVISORY.contains(&filter), "{filter} is not advisory");
        let listed = cleaner
            .filters()
            .iter()
            .find(|f| f.id() == filter)
            .is_some_and(|f| f.rules().iter().any(|r| r.id == rule));
        assert!(listed, "{filter}/{rule} is not a rule of {filter}");
    }
}
