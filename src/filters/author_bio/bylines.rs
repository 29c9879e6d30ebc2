//! Bylines (`author-bio/byline`): "By" and author names, with only byline furniture after
//! them. A byline is recognised from the line alone, anywhere in the document, unlike the
//! other rules, which look at where a line sits; so it has its own file.

use std::sync::LazyLock;

use regex::Regex;

use super::vocabulary::{is_not_name, BYLINE_LEADS, BYLINE_PARTICIPLES, CLOCK_WORDS};
use crate::matchers::regexes::{nfa_regex, BoundaryRegex, TieredRegex};
use crate::patterns::slots::alternation;
use crate::text::{is_stopword, more_words_than, words};
use crate::vocabulary;

/// A byline is the lead word ([`BYLINE_LEAD`]), the names, then a tail (the rest of the line,
/// checked further). The names are one to seven units (a person, a staff credit or an agency)
/// joined by separators ([`NAME_UNIT`], then up to six [`NEXT_NAME_UNIT`]), or else one single
/// word ([`SINGLE_NAME`]).
///
/// Memory: as one regex, `unit(?:sep unit){0,6}`, the seven copies of the Unicode name classes
/// compiled to 4 MB of automata. Matching unit by unit finds the same names: the tail takes
/// anything, so that regex never backtracked into a unit it had matched, and took each unit
/// as the unit's own regex matches it at that point.
static BYLINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    let leads = alternation(BYLINE_LEADS.iter().copied());
    Regex::new(&format!(r"^{leads}\s+")).expect("valid regex")
});

const NAME_TOKEN: &str = r"\p{Lu}[\p{L}\p{M}'’.-]*";

/// Performance: the name regexes run only after [`BYLINE_LEAD`] (under 3,000 lines in 50 MB of pages)
/// and stop within the name, so they run on the NFA simulation alone ([`nfa_regex`]): 10 ms
/// against 8 ms with the lazy DFA, whose automata and per-thread caches for the bounded
/// repetitions of Unicode classes took 2.2 MB.
static NAME_UNIT: LazyLock<TieredRegex> =
    LazyLock::new(|| nfa_regex(&format!("^{}", name_unit())).expect("valid regex"));
static NEXT_NAME_UNIT: LazyLock<TieredRegex> = LazyLock::new(|| {
    let sep = r"(?:\s*,\s*|\s+(?:and|und|et|y|e|&)\s+|\s*/\s*)";
    nfa_regex(&format!("^{sep}{}", name_unit())).expect("valid regex")
});

static SINGLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:{NAME_TOKEN}|[\p{{Ll}}\d_.]+)")).expect("valid regex")
});

/// One name in a byline: a person, a staff credit or an agency.
fn name_unit() -> String {
    let token = NAME_TOKEN;
    let particle = r"(?:von|van|de|der|den|du|da|di|del|della|la|le|y|bin|ibn|al|ter|zu|dos|das|e)";
    let person = format!(r"{token}(?:\s+(?:{particle}\s+)*{token}){{1,3}}");
    let staff = r"(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?i:staff(?:\s+writers?|\s+reporters?)?|editors|editorial\s+staff|newsroom|online-redaktion|redaktion|rédaction|redacción|agencies|agencias|news\s+services?|wire\s+services)";
    let agency = r"(?:AP|AFP|Reuters|REUTERS|dpa|DPA|EFE|ANSA|APA|AAP|PA|UPI|JTA|KNA|epd|Bloomberg|CNN|BBC|Xinhua|Kyodo|Yonhap|TASS|Europa\s+Press|(?i:the\s+)?Associated\s+Press|Agence\s+France-Presse|Agencies)";
    format!(r"(?:{person}|{staff}|{agency})")
}

struct BylineParts<'a> {
    names: &'a str,
    /// The names are one single word, not name units.
    single: bool,
    tail: &'a str,
}

/// `line` split into a byline's names and tail, if it starts like one.
fn byline_parts(line: &str) -> Option<BylineParts<'_>> {
    let rest = &line[BYLINE_LEAD.find(line)?.end()..];
    let (names_end, single) = match NAME_UNIT.find(rest) {
        Some(first) => {
            let mut end = first.end();
            for _ in 0..6 {
                let Some(next) = NEXT_NAME_UNIT.find(&rest[end..]) else {
                    break;
                };
                end += next.end();
            }
            (end, false)
        }
        None => (SINGLE_NAME.find(rest)?.end(), true),
    };
    let (names, tail) = rest.split_at(names_end);
    // The tail was `.*$`, which stops at a line break.
    (!tail.contains('\n')).then_some(BylineParts {
        names,
        single,
        tail,
    })
}

/// What may follow the names without a separator: a date, a time, a handle or a role. Anchored
/// and tried on bylines only, so on the NFA simulation alone ([`nfa_regex`]). A date's month is
/// any word that starts like one (`month_stems` of `lang/*.toml`).
static TAIL_START: LazyLock<TieredRegex> = LazyLock::new(|| {
    let month_stems = alternation(vocabulary::MONTH_STEMS.iter().copied());
    nfa_regex(&format!(
        r"(?xi)^\s*(?:
          [,|•·—–-] | // | /
        | @\w
        | \d
        | :\s*\d                        # a date label read as part of the name
        | (?:on|am|le|el|il|em|op|at)\s+\d
        | (?:(?:on|le|el|il|em|op)\s+)?{month_stems}\w*\.?\s+\d
        | (?:updated|published|posted|aktualisiert|veröffentlicht|erstellt|mis\ à\ jour|publié|actualizado|publicado)\b
        | (?:\w+\s+){{0,2}}(?:columnist|correspondent|contributor|reporter|editor|writer|autor|autorin|redakteur\w*)\b
        | (?:foto|photo|bild)\s*:
        )"
    ))
    .expect("valid regex")
});

/// Staff and agency credits may start with "The" ("By The Associated Press", "By The Editors").
static THE_CREDIT: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(r"(?i)^the\s+(?:associated\s+press|editors|.*\bstaff)\b")
        .expect("valid regex")
});

/// `line` without a leading participle that introduces a byline ("Written by Jane Doe" →
/// "by Jane Doe").
fn without_byline_participle(line: &str) -> &str {
    let Some((first, rest)) = line.split_once(' ') else {
        return line;
    };
    let rest = rest.trim_start();
    let next = rest.split_whitespace().next().unwrap_or("");
    if !BYLINE_LEADS.contains(&next) {
        return line;
    }
    let first = first.to_lowercase();
    if BYLINE_PARTICIPLES.contains(&first.as_str()) {
        rest
    } else {
        line
    }
}

/// `line` without a leading time and date before a byline's lead word ("5:45 AM PST 11/19/2019
/// by Jane Doe" → "by Jane Doe"): tokens of digits and `: / . , -`, AM/PM and time zones, at
/// least one with a digit, and together a clock time or a full date ([`TIMESTAMP`]).
fn without_leading_timestamp(line: &str) -> &str {
    let mut rest = line.trim_start();
    let mut digits = false;
    loop {
        let token = rest.split_whitespace().next().unwrap_or("");
        if token.is_empty() || BYLINE_LEADS.contains(&token) {
            break;
        }
        let numeric = token.chars().any(|c| c.is_ascii_digit())
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '.' | ',' | '-'));
        let clock = !numeric && CLOCK_WORDS.iter().any(|w| token.eq_ignore_ascii_case(w));
        if !numeric && !clock {
            return line;
        }
        digits |= numeric;
        rest = rest[token.len()..].trim_start();
    }
    // A bare year is not a timestamp: "1921 by Henrietta Voss" is a line of a timeline.
    let stamp = &line[..line.len() - rest.len()];
    if digits && !rest.is_empty() && TIMESTAMP.is_match(stamp) {
        rest
    } else {
        line
    }
}

/// A clock time (`5:45`) or a full date with two separators (`11/19/2019`, `19.11.2019`,
/// `2019-11-19`).
static TIMESTAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d:\d|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}").expect("valid regex"));

/// Why `line` is a byline, if it is one.
pub(super) fn byline(line: &str) -> Option<String> {
    may_be_byline(line).then(|| parsed_byline(line)).flatten()
}

/// Cheap pre-check for [`byline`], which rejects nearly every line. It is a superset: the lead
/// word is the line's first token, or its second after a participle (one token, see
/// [`without_byline_participle`]), or comes after a time stamp, whose first token is a clock word
/// or starts with a digit or `: / . , -` (see [`without_leading_timestamp`]).
fn may_be_byline(line: &str) -> bool {
    let mut tokens = line.split_whitespace();
    let first = tokens.next().unwrap_or("");
    let second = tokens.next().unwrap_or("");
    BYLINE_LEADS.contains(&first)
        || BYLINE_LEADS.contains(&second)
        || first
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, ':' | '/' | '.' | ',' | '-'))
        || CLOCK_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// [`byline`] without its pre-check.
pub(super) fn parsed_byline(full_line: &str) -> Option<String> {
    let line = without_byline_participle(without_leading_timestamp(full_line));
    let lead = line.split_whitespace().next()?;
    if !BYLINE_LEADS.contains(&lead) || more_words_than(line, 30) {
        return None;
    }
    let BylineParts {
        names,
        single,
        tail,
    } = byline_parts(line)?;
    let allow_the = THE_CREDIT.is_match(names);
    let bad_word = words(names).any(|w| {
        let lower = w.to_lowercase();
        is_not_name(&lower) && !(allow_the && lower == "the")
    });
    // An all-caps slogan is not a name list: "POR ESO INFORMAR ES" has two shouted function
    // words (one alone may be an acronym, like "XYZ").
    let shouted_function_words = words(names)
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
        .filter(|w| is_stopword(&w.to_lowercase()))
        .count();
    if shouted_function_words >= 2 {
        return None;
    }
    if bad_word {
        return None;
    }
    if single && !tail.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let bad_tail = !TAIL_START.is_match(tail) || sentence_like(tail) || more_words_than(tail, 18);
    if !tail.trim().is_empty() && bad_tail {
        return None;
    }
    Some(format!("byline `{}`", full_line.trim()))
}

/// A tail that reads like the rest of a sentence: it ends like one, or function words dominate.
fn sentence_like(tail: &str) -> bool {
    let trimmed = tail.trim();
    if trimmed.ends_with(['.', '!', '?']) && !trimmed.ends_with(['m', 'M']) {
        // "… 9:14 a.m." and "… 4:18 P.M." are times, not sentence ends.
        let last = trimmed.trim_end_matches(['.', '!', '?']);
        if !last.ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    let (mut total, mut function, mut lower_content) = (0, 0, 0);
    for w in words(trimmed) {
        total += 1;
        let lower = w.to_lowercase();
        if is_stopword(&lower) {
            function += 1;
        } else if w.chars().all(char::is_lowercase) {
            lower_content += 1;
        }
    }
    // A clause has function words *and* lower-case content words ("the shelves were empty");
    // a date tail has only the former ("le 14.09.2020 à 11h46").
    function >= 2 && lower_content >= 2 && function * 3 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // Few random lines are bylines or roles: more cases than the default 256.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn byline_pre_check_rejects_no_byline(
            head in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\t", "\u{a0}", "Written", "WRITTEN", "posted", "Publié", "ÉCRIT", "5:45",
                "AM", "pst", "11/19/2019", "1921", "-", "Jane",
            ]), 0..5),
            lead in proptest::sample::select(vec!["by", "By", "Von", "di", "par", "x", ""]),
            tail in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\t", "\u{a0}", "Jane", "Doe", "Reuters", "staff", "|", "Updated", "on",
                "the", "9:14", "2019", ".", "and",
            ]), 0..8),
        ) {
            let line = format!("{}{lead}{}", head.concat(), tail.concat());
            proptest::prop_assert_eq!(byline(&line), parsed_byline(&line));
        }

    }
}
