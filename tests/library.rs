//! The library as its users see it: only the crate root's items (no `__internals`), a caller's
//! own filter among the built-in ones.

use deboiler::{Cleaner, Context, Filter, Finding};

const ARTICLE: &str = "\
The council approved the new budget on Monday after a long debate.

Sponsored by the Harbour Savings Bank.

Members said the plan would fund repairs to three bridges.

© 2024 Example Daily. All rights reserved.
";

/// Removes lines that name a sponsor; remembers which lines the built-in filters had removed
/// when it ran.
struct Sponsored;

impl Filter for Sponsored {
    fn id(&self) -> &'static str {
        "sponsored"
    }

    fn summary(&self) -> &'static str {
        "Lines that name a sponsor"
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter(|&index| cx.doc.line(index).starts_with("Sponsored by "))
            .map(|index| Finding::line(index, "names a sponsor"))
            .collect()
    }
}

#[test]
fn a_user_filter_removes_lines_under_its_own_name() {
    let cleaned = Cleaner::default().with_filter(Sponsored).clean(ARTICLE);
    assert_eq!(
        cleaned.text,
        "The council approved the new budget on Monday after a long debate.\n\n\
         Members said the plan would fund repairs to three bridges.\n"
    );
    let removals: Vec<(&str, std::ops::Range<usize>, &str)> = cleaned
        .removals
        .iter()
        .map(|removal| (removal.filter, removal.lines.clone(), &*removal.reason))
        .collect();
    assert_eq!(removals[0], ("sponsored", 2..3, "names a sponsor"));
    assert_eq!(removals[1].0, "copyright", "{removals:?}");
    assert_eq!(
        &ARTICLE[cleaned.removals[0].bytes.clone()],
        "Sponsored by the Harbour Savings Bank."
    );
    // Without it, the line stays: no built-in filter removes it.
    assert!(Cleaner::default()
        .clean(ARTICLE)
        .text
        .contains("Sponsored by"));
}

/// Removes the sponsor line as [`Sponsored`] does, giving as its reason the lines removed before
/// it ran.
struct SeesRemovals;

impl Filter for SeesRemovals {
    fn id(&self) -> &'static str {
        "sees-removals"
    }

    fn summary(&self) -> &'static str {
        "Lines that name a sponsor, with the lines removed before"
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let removed: Vec<String> = (0..cx.doc.len())
            .filter(|&index| cx.is_removed(index))
            .map(|index| index.to_string())
            .collect();
        let reason = format!("removed before: {}", removed.join(","));
        Sponsored
            .check(cx)
            .into_iter()
            .map(|finding| Finding::lines(finding.lines, reason.as_str()))
            .collect()
    }
}

#[test]
fn a_user_filter_runs_after_the_built_in_filters_and_sees_their_removals() {
    let cleaned = Cleaner::default().with_filter(SeesRemovals).clean(ARTICLE);
    let own = cleaned
        .removals
        .iter()
        .find(|removal| removal.filter == "sees-removals")
        .expect("the user filter's removal");
    // Line 6 is the copyright line.
    assert_eq!(&*own.reason, "removed before: 6");
    assert_eq!(own.lines, 2..3);
}

#[test]
fn a_user_filter_keeps_cleaning_idempotent_and_survives_disable_and_only() {
    let cleaner = Cleaner::default()
        .only(&["copyright"])
        .unwrap()
        .with_filter(Sponsored);
    let once = cleaner.clean(ARTICLE).text;
    assert!(
        !once.contains("Sponsored by") && !once.contains("©"),
        "{once}"
    );
    assert_eq!(cleaner.clean(&once).text, once);
    // Its id is not a built-in one: `disable` refuses it rather than silently keeping it.
    assert!(Cleaner::default()
        .with_filter(Sponsored)
        .disable("sponsored")
        .is_err());
}
