//! page-chrome's date-line patterns (see `DATE_LINE` in `src/filters/page_chrome/classify.rs`).

use super::slots::{alternation, trie_alternation};

/// Bullets and marks before a date line's label or date, for `(?xi)` patterns.
pub const DATE_LEAD: &str = r"[\s*•·▪►▶\#>»›|+\-–—]*";

/// A line that is only a date (with weekday, time, zone and reading time), after an optional
/// label ("Updated: …") or, when `labelled`, after a label.
///
/// The slots `months` and `weekdays` take the names of every language (`lang/*.toml`: names,
/// variants and abbreviations), `labels` the words that label a date line (`date_labels`:
/// "Updated", "Heute", "Publié le").
///
/// Digits are ASCII `[0-9]`: the month and weekday names are those of languages written with
/// them. Unicode `\d` (sixty-odd digit sets) made each lazy DFA state hold many more automaton
/// states, when this pattern ran on a lazy DFA.
pub fn date_line_pattern(
    labelled: bool,
    months: &[&str],
    weekdays: &[&str],
    labels: &[&str],
) -> String {
    let label = if labelled { "" } else { "?" };
    let month = alternation(months.iter().copied());
    let weekday = alternation(weekdays.iter().copied());
    let date_label = trie_alternation(labels.iter().copied());
    let zone = r"(?:gmt|utc|bst|cet|cest|mez|mesz|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|aest|aedt|jst|et|pt)
        (?:\ ?[+-][0-9]{1,2}(?::?[0-9]{2})?)?";
    let time = format!(
        r"[0-9]{{1,2}}[:.h][0-9]{{2}}(?::[0-9]{{2}})?\s*(?:[ap]\.?\ ?m\.?|uhr|h)?(?:\s*\(?{zone}\)?)?"
    );
    let date = format!(
        r"(?: [0-9]{{1,2}}(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?{month}\.?,?\s+(?:de\s+)?[0-9]{{4}}   # 12 November 2025
            | {month}\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}                            # November 12, 2025
            | {month}\.?\s+(?:de\s+)?[0-9]{{4}}                                                # November 2025
            | [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(?:[T\s][0-9]{{2}}:[0-9]{{2}}(?::[0-9]{{2}})?(?:z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?  # ISO
            | [0-9]{{4}}/[0-9]{{1,2}}/[0-9]{{1,2}}                                                   # 2025/11/12
            | [0-9]{{1,2}}[./-][0-9]{{1,2}}[./-](?:[0-9]{{4}}|[0-9]{{2}})                              # 12.11.2025
            | [0-9]+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago                      # relative
            | vor\s+[0-9]+\s+(?:minuten|stunden|tagen|wochen)
            | il\s+y\s+a\s+[0-9]+\s+(?:minutes?|heures?|jours?)
            | hace\s+[0-9]+\s+(?:minutos?|horas?|días?) )"
    );
    format!(
        r"(?xi)
        ^{DATE_LEAD}
        (?:{date_label}\s*[:：\-–—|]?\s*){label}                  # Updated: / Heute: / Publié le
        (?:{weekday}\.?,?\s+(?:the\s+|den\s+|le\s+|el\s+)?)?        # Mon, / Tuesday / Dienstag,
        {date}
        (?:(?:\s*[,|·•–—-]\s*|\s+)(?:at\s+|um\s+|à\s+|a\s+las\s+|alle\s+|às\s+|om\s+)?{time})?
        (?:\s*[,|·•–—-]\s*[0-9]+\s*(?:min(?:ute)?s?|minuten?)\.?(?:\s+(?:read|lesezeit|de\ lecture|de\ lectura|di\ lettura|leestijd))?)?
        [\s.,;:|]*$
        "
    )
}
