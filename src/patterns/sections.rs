//! page-chrome's section names (see `KNOWN_SECTION` in `src/filters/page_chrome/section_labels.rs`).

use super::slots::alternation;

/// Names of newspaper sections, as the whole line: a kind of news (`section_news_kinds` of
/// `lang/*.toml`) and `news`, or a section name of any language (`section_names`).
pub fn known_section_pattern(news_kinds: &[&str], names: &[&str]) -> String {
    let news_kinds = alternation(news_kinds.iter().copied());
    let names = alternation(names.iter().copied());
    format!(r"(?xi)^(?:{news_kinds}\ news|{names})$")
}
