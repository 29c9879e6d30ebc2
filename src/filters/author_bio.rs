//! # author-bio
//!
//! ## What it removes
//!
//! Lines about who wrote the article rather than what it says:
//!
//! - **Bylines**, anywhere: a whole line that is `By`/`Von`/`Par`/`Por`/`Door`/`di` followed by
//!   one or more author names and nothing but byline furniture: "By Jane Doe", "By Jane Doe,
//!   Reuters", "By Jane Doe and John Roe | Updated 9:14 a.m.", "Von Max Mustermann",
//!   "Par Jean Dupont le 14.09.2020 à 11h46", "Por Juan Pérez / Ana Gómez", "By XYZ staff";
//!   also after a leading time or full date ("5:45 AM PST 11/19/2019 by Jane Doe"), not after
//!   a bare year ("1921 by Henrietta Voss" is a line of a timeline).
//!   A name is 2–4 capitalised words (particles such as `von`, `de`, `van` allowed inside), a
//!   staff credit ("Editorial Staff", "Redaktion") or a news agency. A single-word name ("By
//!   Daniel") only counts when a date follows. After the names only a separator (`,` `|` `-`
//!   `•` `//`) with a short tail, or a date, time, `@handle` or role ("Staff Writer") may
//!   follow; a tail that reads like a sentence (ends with `.`/`!`/`?` or is mostly function
//!   words) rejects the line. Bylines are not limited to the edges: a line of that exact shape is
//!   never story prose, and in a full-page dump the article's byline sits after the menus, far
//!   from the document's first lines (lists of related stories repeat them further down).
//! - **Author bios and contact lines, at the edges only**: a line that starts with a name and
//!   says the person *is a reporter / editor / correspondent / columnist / writer … at, for or
//!   of* a publication ("X is the news editor of Y", "X ist Redakteurin bei Y", "X est
//!   journaliste à Y", "X es periodista de Y"), or *writes about / covers* a beat; a request to
//!   follow a person on a social network ("follow him on Twitter @x", "Folgen Sie ihr auf X");
//!   and contact lines ("Contact the author at …", "Email: name@example.com", "Reach him at …",
//!   "Have a tip? …", "Send tips to …"); and "About the author" headings.
//!
//! - **Author boxes and self-introductions after the article**: an author-box heading
//!   ("Author", "Autor", "Autoreninfo", "Über den Autor / die Autorin", "About the Author - …",
//!   or "Über Greta" / "About Jane 120 articles"), an optional name line, and the bio paragraph
//!   (6–100 words). "About the author" alone says the paragraph is a bio; a heading that names
//!   someone ("Autorin: Jane Doe") or a one-word heading ("Author") needs a paragraph about that
//!   person: it opens with the name ("Jane ist…", "Ich bin Jane, …"), goes on from the name line
//!   ("ist Partnerin…"), is a self-introduction, links to "alle Beiträge von …", or opens with a
//!   pronoun (or, with no name anywhere, with a name) and names writing work. A name line (2–4
//!   capitalised words) with an optional short role line, then a bio that opens with that name
//!   and a lower-case word and names *writing* work ("Jane writes about…", "Lena Hartmann ist
//!   Redakteurin…"), unless an earlier name line and paragraph about that person make the
//!   document a list of profiles. And a site owner's self-introduction: "I'm / Ich bin / Je
//!   suis / Soy / Sono / Eu sou / Ik ben / Jestem" (or "my name is" …) with a name and a word
//!   about the site itself (a blog, "this website", "diese Seite", "ich schreibe hier"), or
//!   after a greeting ("Hallo", "Hi", "Bonjour", "Hola", "Ciao" …) with a name, a site word, or
//!   an owner cue (author, founder, operator, a passion, an age): "Hallo, ich bin
//!   Gartenbloggerin…". A line that says "today" or "in this
//!   post" starts the story and is kept; so is a line with a speech tag ("…, explique-t-elle.",
//!   "…, sagt sie."), which quotes someone in the story.
//!   These go only when at least 3 prose lines (the article) lie before them and at most 3
//!   after, so an "about me" page keeps its text.
//!
//! **Edge**, precisely: count the *prose lines* (live lines of at least 8 words that end like
//! a sentence) before and after the candidate line. A bio with a second signal (a social
//! handle, a follow request, an email address or contact wording, or a beat: "covering …") is
//! at the edge when at most 3 prose lines lie between it and the start or the end of the
//! document; a bare role sentence ("X is a reporter for Y.") only when no prose line lies
//! between it and the start or end. Lines in the chrome around an article (menus, footers) are
//! rarely prose, and lines that page-chrome removes (a newsletter prompt) never count, so a bio
//! followed by a page footer still counts as the last paragraph. A bio that another bio hides
//! from the edge is at the edge once that one is removed, so both go. Bios
//! must be at most 80 words.
//!
//! ## Rules
//!
//! - `author-bio/byline`: a byline: `By` and author names, with only byline furniture after them
//! - `author-bio/about-heading`: "about the author" heading
//! - `author-bio/bio`: author bio at an edge: a person's role at a publication (with a handle,
//!   contact or beat when further in)
//! - `author-bio/follow-request`: request to follow a person or named account on social media, at
//!   an edge
//! - `author-bio/contact-line`: how to contact the author, or a contact line with an email
//!   address, at an edge
//! - `author-bio/author-box`: author box after the article: a heading or name line and a bio
//! - `author-bio/self-introduction`: site owner's self-introduction after the article
//!
//! ## Why is this noise?
//!
//! Bylines and author boxes are page furniture repeated on every article by the same writer;
//! they are not part of the story and benchmarks treat them as boilerplate.
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! By Maria Keller and Tom Price | Updated March 3, 2024
//!
//! The council approved the budget on Monday after a six-hour debate.
//!
//! Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller.
//! ```
//!
//! After:
//!
//! ```text
//! The council approved the budget on Monday after a six-hour debate.
//! ```
//!
//! ## Known false positives
//!
//! A closing sentence introducing a journalist as part of the story ("Novak is a
//! reporter for the Morning Ledger.") is removed when it is the very last prose line. A
//! heading that is `Von`/`By` plus two capitalised words ("Von Kopf Bis Fuß") looks like a byline.
//!
//! Deliberately kept: "By the end of the year, prices rose.", "By contrast, …", "By Monday, …",
//! "Von wegen Entspannung", "Von Risiken und Nebenwirkungen" (single capitalised words joined by
//! `und` are not names), "Por otro lado, …"; role sentences in the middle of the article ("The
//! suspect's sister is a reporter for the local paper.") or quoted; "Follow us on Twitter"
//! (site chrome, not an author); emails inside running text; "Ich bin Realist, und …" and "Ich
//! bin Mutter, 42 Jahre alt, …" (no greeting, no word about the site: German capitalises
//! nouns), "I am Ukrainian, and the authorities…" (cues are whole words), "Hi, I'm Jane, and
//! today I'll show you…", a profile list ("Maria is a software engineer…" names no writing
//! work; a list with an earlier name-and-paragraph entry is kept whole), a book review ending
//! with "Autorin: Jane Doe" and its verdict.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use regex_automata::meta;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::filters::page_chrome::ChromeAnywhere;
use crate::matchers::regexes::{nfa_regex, BoundaryRegex, RareRegex, Screened};
use crate::text::{ends_sentence, has_words, is_stopword, more_words_than, trim, words};

pub struct AuthorBio;

const BYLINE: Rule = Rule::new(
    "byline",
    "a byline: `By` and author names, with only byline furniture after them",
);
const ABOUT_HEADING: Rule = Rule::new("about-heading", "\"about the author\" heading");
const BIO: Rule = Rule::new(
    "bio",
    "author bio at an edge: a person's role at a publication (with a handle, contact or beat when further in)",
);
const FOLLOW_REQUEST: Rule = Rule::new(
    "follow-request",
    "request to follow a person or named account on social media, at an edge",
);
const CONTACT_LINE: Rule = Rule::new(
    "contact-line",
    "how to contact the author, or a contact line with an email address, at an edge",
);
const AUTHOR_BOX: Rule = Rule::new(
    "author-box",
    "author box after the article: a heading or name line and a bio",
);
const SELF_INTRODUCTION: Rule = Rule::new(
    "self-introduction",
    "site owner's self-introduction after the article",
);

/// Why a line goes: the rule that found it, and the reason in words.
type Why = (Rule, &'static str);

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
    Regex::new(r"^(?:By|by|BY|Von|von|VON|Par|par|PAR|Por|por|POR|Door|door|di)\s+")
        .expect("valid regex")
});
const NAME_TOKEN: &str = r"\p{Lu}[\p{L}\p{M}'’.-]*";
/// Performance: the name regexes run only after [`BYLINE_LEAD`] (under 3,000 lines in 50 MB of pages)
/// and stop within the name, so they run on the NFA simulation alone ([`nfa_regex`]): 10 ms
/// against 8 ms with the lazy DFA, whose automata and per-thread caches for the bounded
/// repetitions of Unicode classes took 2.2 MB.
static NAME_UNIT: LazyLock<meta::Regex> =
    LazyLock::new(|| nfa_regex(&format!("^{}", name_unit())).expect("valid regex"));
static NEXT_NAME_UNIT: LazyLock<meta::Regex> = LazyLock::new(|| {
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
/// and tried on bylines only, so on the NFA simulation alone ([`nfa_regex`]).
static TAIL_START: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)^\s*(?:
          [,|•·—–-] | // | /
        | @\w
        | \d
        | :\s*\d                        # a date label read as part of the name
        | (?:on|am|le|el|il|em|op|at)\s+\d
        | (?:(?:on|le|el|il|em|op)\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|janv|févr|avr|juil|sept|déc|ene|abr|ago|dic)\w*\.?\s+\d
        | (?:updated|published|posted|aktualisiert|veröffentlicht|erstellt|mis\ à\ jour|publié|actualizado|publicado)\b
        | (?:\w+\s+){0,2}(?:columnist|correspondent|contributor|reporter|editor|writer|autor|autorin|redakteur\w*)\b
        | (?:foto|photo|bild)\s*:
        )",
    )
    .expect("valid regex")
});

/// Capitalised words that cannot be part of a name: articles, determiners, pronouns, question
/// words, and month and weekday names (English, German, French, Spanish).
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "my",
    "your",
    "his",
    "her",
    "its",
    "their",
    "all",
    "some",
    "any",
    "no",
    "every",
    "each",
    "what",
    "how",
    "when",
    "where",
    "why",
    "who",
    "which",
    "now",
    "then",
    "there",
    "here",
    "one",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "mit",
    "für",
    "und",
    "auf",
    "aus",
    "bei",
    "nach",
    "zu",
    "le",
    "la",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "el",
    "los",
    "las",
    "una",
    "unos",
    "este",
    "esta",
    "lo",
    "su",
    "sus",
    "qué",
    "cómo",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "christmas",
    "easter",
    "contrast",
    "comparison",
    "far",
    "default",
];

/// Staff and agency credits may start with "The" ("By The Associated Press", "By The Editors").
static THE_CREDIT: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(r"(?i)^the\s+(?:associated\s+press|editors|.*\bstaff)\b")
        .expect("valid regex")
});

/// The words a byline starts with.
const BYLINE_LEADS: [&str; 15] = [
    "By", "by", "BY", "Von", "von", "VON", "Par", "par", "PAR", "Por", "por", "POR", "Door",
    "door", "di",
];

/// Participles that may come before a byline's lead word: "Written by …", "Posted by …",
/// "Veröffentlicht von …", "Publié par …".
const BYLINE_PARTICIPLES: [&str; 14] = [
    "written",
    "posted",
    "published",
    "geschrieben",
    "veröffentlicht",
    "verfasst",
    "erstellt",
    "publié",
    "écrit",
    "escrito",
    "publicado",
    "scritto",
    "pubblicato",
    "geschreven",
];

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

/// Words of a time stamp besides its digits: AM/PM and time zones.
const CLOCK_WORDS: [&str; 14] = [
    "am", "pm", "a.m.", "p.m.", "uhr", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "cet",
    "cest",
];

/// A clock time (`5:45`) or a full date with two separators (`11/19/2019`, `19.11.2019`,
/// `2019-11-19`).
static TIMESTAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d:\d|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}").expect("valid regex"));

/// Why `line` is a byline, if it is one.
fn byline(line: &str) -> Option<String> {
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
fn parsed_byline(full_line: &str) -> Option<String> {
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
        NOT_NAMES.contains(&lower.as_str()) && !(allow_the && lower == "the")
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

/// A line that starts with a person's name and gives their role at a publication.
///
/// Performance: anchored at the start, the search fails within the first few words of nearly
/// every line, so the NFA simulation alone ([`nfa_regex`]) costs little more than the lazy DFA
/// (33 against 24 ms for the 35,000 lines tried in 50 MB of pages, compiling included; 1% of
/// the run), and its bounded repetitions of Unicode classes made the lazy DFA's automata and
/// per-thread cache 2.9 MB.
static ROLE: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?x)
        ^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*   # the name, 1-4 words
        (?:\s*\([^)]{1,80}\))?\s+                                    # optional (email)
        (?:
          # English: is a (senior) reporter at / for / of / covering
          (?:is|was|has\ been)\ (?:a|an|the)\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){0,5}
          (?i:reporter|correspondent|editor|editor-in-chief|writer|columnist|journalist|contributor
            |producer|photographer|photojournalist|anchor|blogger|critic|author|publisher|freelancer|intern)s?
          \b
        | (?:writes|reports|blogs)\ (?:about|on|for)\b
        | covers\ \p{Ll}
        # German
        | (?:ist|war)\s+(?:[\p{L}-]+\s+){0,4}
          (?:Redakteur|Redakteurin|Korrespondent|Korrespondentin|Reporter|Reporterin|Journalist|Journalistin
            |Autor|Autorin|Kolumnist|Kolumnistin|Volontär|Volontärin|Chefredakteur|Chefredakteurin
            |Ressortleiter|Ressortleiterin|Fotograf|Fotografin|Redaktionsleiter|Redaktionsleiterin)\b
        | schreibt\ (?:für|über)\b
        # French
        | (?:est|était)\s+(?:[\p{L}'’-]+\s+){0,4}
          (?:journaliste|rédacteur|rédactrice|correspondant|correspondante|reporter|chroniqueur|chroniqueuse
            |éditorialiste|photographe|auteur|autrice|auteure)\b
        | écrit\ (?:pour|sur)\b
        # Spanish
        | (?:es|fue)\s+(?:[\p{L}-]+\s+){0,4}
          (?:periodista|redactor|redactora|corresponsal|reportero|reportera|columnista|editor|editora
            |fotógrafo|fotógrafa|autor|autora)\b
        | escribe\ (?:para|sobre)\b
        )",
    )
    .expect("valid regex")
});

/// The words [`ROLE`] may go on with after the name's first word: the verbs it names (a verb
/// before a role or a beat is always followed by whitespace).
const ROLE_VERBS: [&str; 16] = [
    "is", "was", "has", "writes", "reports", "blogs", "covers", "ist", "war", "schreibt", "est",
    "était", "écrit", "es", "fue", "escribe",
];

/// [`ROLE`] behind a cheap pre-check on the first words, which rejects most lines: prose goes
/// on in lower case ("The council approved…").
///
/// The pre-check is a superset of the regex. Each name word is `\p{Lu}` (so
/// `char::is_uppercase`) and a run of letters, marks and `'’.-`, then whitespace or `(`, none of
/// which the run holds: so it is a whole whitespace-delimited token, or the token holds a `(`.
/// After at most four of them comes a `(` or a verb of [`ROLE_VERBS`], as a whole token (each
/// verb is followed by whitespace).
fn role(line: &str) -> bool {
    let may_match = line
        .split_whitespace()
        .take(5)
        .enumerate()
        .find_map(|(i, token)| {
            if i > 0 && (ROLE_VERBS.contains(&token) || token.starts_with('(')) {
                Some(true)
            } else if i == 4 || !token.starts_with(char::is_uppercase) {
                Some(false)
            } else {
                token.contains('(').then_some(true)
            }
        });
    may_match == Some(true) && ROLE.is_match(line)
}

/// The role is held at, for or with an organisation ("reporter for the Ledger").
///
/// Like [`FOLLOW`] and [`CONTACT`], a [`RareRegex`]: its gate opens on few of the lines [`bio`]
/// tries, so the full regex needs no lazy DFA.
static ROLE_AT: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?i)\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|producer|photographer|anchor|blogger|critic|author|publisher|redakteur|redakteurin|korrespondent|korrespondentin|reporterin|journalistin|autor|autorin|kolumnist|kolumnistin|journaliste|rédacteur|rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse|periodista|redactor|redactora|corresponsal|reportero|reportera|columnista|editora)s?\b[^.;]{0,60}?\b(?:at|for|of|with|on|bei|beim|für|im|der|des|à|au|aux|chez|pour|de|du|del|en|para)\b",
    )
    .expect("valid regex")
});

/// A request to follow a person (not the site) on a social network.
static FOLLOW: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
          \bfollow\s+(?P<whom>him|her|them|me|(?-i:\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))\s+on\s+
            (?:twitter|x|instagram|facebook|linkedin|bluesky|threads|mastodon|github|tiktok|youtube|substack)\b
        | \bfolg(?:en\ sie|e)\s+(?:ihm|ihr|mir)\s+auf\b
        | \bsuivez-(?:le|la|moi)\s+sur\b
        | \bsíg(?:ue|a)(?:lo|la|me)\s+en\b",
    )
    .expect("valid regex")
});

/// Whether `line` holds a social handle (`@name`), not an email address: an `@` at the start
/// or after whitespace or `(`, then at least two ASCII letters, digits or underscores.
///
/// Memory: the regex `(?:^|[\s(])@[A-Za-z0-9_]{2,}` this replaces took 0.1 MB of automata for
/// a byte check. `char::is_whitespace` is the Unicode `White_Space` property, as `\s` is.
fn has_handle(line: &str) -> bool {
    line.match_indices('@').any(|(at, _)| {
        let after_space = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
        let name = line.as_bytes()[at + 1..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
            .count();
        after_space && name >= 2
    })
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|\(at\)").expect("valid regex")
});

/// Contact wording: how to reach the author.
static CONTACT: Screened<RareRegex> = Screened::new(
    &[
        "contact",
        "mail",
        "write to",
        "reach",
        "tips to",
        "tip?",
        "sie erreichen ",
        "joindre",
    ],
    || {
        r"(?xi)
          \b(?:contact|email|e-mail|write\ to|reach)\s+(?:the\s+)?(?:author|reporter|writer|writers|him|her|them|(?-i:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))\s+(?:at|via|on)\b
        | \b(?:may|can)\ be\ reached\ (?:at|via|by)\b
        | \bsend\ (?:news\ )?tips\ to\b
        | \b(?:got|have)\ a\ (?:news\ )?tip\?
        | \bsie\ erreichen\ (?:die\ autorin|den\ autor|ihn|sie)\ (?:unter|per)\b
        | \be-mail\ an\ (?:die\ autorin|den\ autor)\b
        | \b(?:contacter|joindre)\ l['’]auteur
        | \bcontacto\ del\ autor\b".into()
    },
    |pattern| RareRegex::new(pattern).expect("valid regex"),
);

/// A line that is only a contact label and an address: "Email: jane@example.com". Anchored, it
/// fails within the first word of nearly every line, so it runs on the NFA simulation alone
/// ([`nfa_regex`]), as [`ROLE`] does.
static CONTACT_LABEL: Screened<meta::Regex> = Screened::new(
    &["mail", "contact", "kontakt", "courriel", "correo"],
    || {
        r"(?i)^(?:e-?mail|contact|kontakt|courriel|correo(?:\ electrónico)?)\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|[\w.+-]+\s*\(at\)\s*[\w.-]+)$".into()
    },
    |pattern| nfa_regex(pattern).expect("valid regex"),
);

static ABOUT_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:about\ the\ (?:authors?|writer)|author\ bio|über\ (?:den\ autor|die\ autorin|die\ autoren)|zum\ autor|zur\ autorin|à\ propos\ de\ l['’]auteur|sobre\ (?:el\ autor|la\ autora))\s*:?$",
    )
    .expect("valid regex")
});

/// [`ABOUT_AUTHOR`] behind a look at the first character, which rejects most short lines (menu
/// items). The regex is anchored, and each of its phrases starts with `a`, `ü`, `z`, `à` or `s`
/// in any case: one of these characters (`ſ` is the other case of `s`).
fn about_author_heading(line: &str) -> bool {
    line.starts_with(['a', 'A', 'ü', 'Ü', 'z', 'Z', 'à', 'À', 's', 'S', 'ſ'])
        && ABOUT_AUTHOR.is_match(line)
}

/// Cheap pre-check for bios and contact lines: a linking verb, a beat verb, a follow or contact
/// word, or an `@`.
static BIO_TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            " is ",
            " was ",
            " has been ",
            " ist ",
            " war ",
            " est ",
            " était ",
            " es ",
            " fue ",
            " writes ",
            " reports ",
            " blogs ",
            " covers ",
            " schreibt ",
            " écrit ",
            " escribe ",
            "follow",
            "folg",
            "suivez",
            "sígue",
            "síga",
            "contact",
            "reach",
            "mail",
            "tip",
            "kontakt",
            "courriel",
            "correo",
            "erreichen",
            "joindre",
            "@",
            "(at)",
        ])
        .expect("valid patterns")
});

/// Lines a quote or an attribution starts with are story text, not a bio.
const OPENING_QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '\''];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Strength {
    /// A role sentence alone: only the outermost prose line.
    Weak,
    /// Two signals (role + handle/follow/contact/beat), or a follow/contact line.
    Strong,
}

/// How sure a bio is, and why.
type Bio = (Strength, Why);

/// Whether the trimmed line `trimmed` is an author bio or contact line, how sure, and why.
fn bio(trimmed: &str) -> Option<Bio> {
    if !BIO_TRIGGERS.is_match(trimmed) || trimmed.starts_with(OPENING_QUOTES) {
        return None;
    }
    let contact_label = CONTACT_LABEL.is_match(trimmed);
    let role = role(trimmed);
    // "Follow Us On Twitter" is the site's own social chrome, not an author's.
    let follow = FOLLOW.captures(trimmed).is_some_and(|caps| {
        !matches!(caps.get_group_by_name("whom"), Some(whom) if trimmed[whom].eq_ignore_ascii_case("us"))
    });
    let contact = CONTACT.is_match(trimmed);
    // Every verdict below needs one of these four. The word count comes after them: segmenting a
    // long line costs more than the anchored or gated regexes, and few lines get past them.
    if !(contact_label || role || follow || contact) || more_words_than(trimmed, 80) {
        return None;
    }
    if contact_label {
        return Some((
            Strength::Strong,
            (CONTACT_LINE, "contact line with an email address"),
        ));
    }
    let handle = has_handle(trimmed);
    let email = EMAIL.is_match(trimmed);
    let beat = trimmed.contains("covering ") || trimmed.contains(" based in ");
    if role && (follow || contact || handle || email || beat) {
        return Some((
            Strength::Strong,
            (
                BIO,
                "author bio: role at a publication plus a handle, contact or beat",
            ),
        ));
    }
    if follow && !more_words_than(trimmed, 30) {
        return Some((
            Strength::Strong,
            (
                FOLLOW_REQUEST,
                "request to follow a person or named account on social media",
            ),
        ));
    }
    if contact && (email || handle) && !more_words_than(trimmed, 40) {
        return Some((
            Strength::Strong,
            (CONTACT_LINE, "how to contact the author"),
        ));
    }
    if role && ROLE_AT.is_match(trimmed) {
        return Some((Strength::Weak, (BIO, "author bio: role at a publication")));
    }
    None
}

/// A live line of running text: at least 8 words and a sentence ending, and not page chrome
/// that a later filter removes ("Sign up for our newsletter to get the latest news.").
fn is_prose(cx: &Context, index: usize) -> bool {
    let line = cx.doc.line(index);
    ends_sentence(line) && has_words(line, 8) && cx.doc.analysis::<ChromeAnywhere>(index).is_none()
}

/// Farthest a bio may be from the edge (in prose lines) at any strength; [`bio`] is not even
/// tried further in, which skips its regexes on nearly every line of a long article.
const MAX_BIO_DISTANCE: usize = 3;

impl Filter for AuthorBio {
    fn id(&self) -> &'static str {
        "author-bio"
    }

    fn summary(&self) -> &'static str {
        "Bylines; author bios, follow requests and contact lines at the edges; author boxes and self-introductions after the article"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            BYLINE,
            ABOUT_HEADING,
            BIO,
            FOLLOW_REQUEST,
            CONTACT_LINE,
            AUTHOR_BOX,
            SELF_INTRODUCTION,
        ]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        // Counted first: a page dump has hundreds of thousands of live lines, and a vector that
        // grows by doubling holds up to twice the room.
        let mut live = Vec::with_capacity(cx.live_lines().count());
        live.extend(cx.live_lines());
        // Every rule reads the trimmed text, some of them many times per line: trim it once.
        let text: Vec<&str> = live.iter().map(|&i| trim(cx.doc.line(i))).collect();
        let prose: Vec<bool> = live.iter().map(|&i| is_prose(cx, i)).collect();
        let mut findings = Vec::new();
        // Lines that may be bios: neither a byline nor an "about the author" heading.
        let mut maybe_bio = vec![false; live.len()];
        for (k, (&i, &line)) in live.iter().zip(&text).enumerate() {
            if let Some(why) = byline(line) {
                findings.push(Finding::line(i, why).with_rule(BYLINE));
            } else if line.len() <= 40 && about_author_heading(line) {
                findings.push(ABOUT_HEADING.line(i));
            } else {
                maybe_bio[k] = true;
            }
        }
        // Bios at the edges: (position in `live`, how many prose lines may lie outside it, why).
        let bios: Vec<(usize, usize, Why)> = bios_within_reach(&text, &prose, &maybe_bio)
            .into_iter()
            .map(|(k, (strength, why))| {
                let limit = match strength {
                    Strength::Strong => MAX_BIO_DISTANCE,
                    Strength::Weak => 0,
                };
                (k, limit, why)
            })
            .collect();
        let distances = edge_bios(&prose, &bios);
        for (&(k, _, (rule, why)), distance) in bios.iter().zip(distances) {
            if let Some(distance) = distance {
                findings.push(
                    Finding::line(
                        live[k],
                        format!("{why} ({distance} prose lines from the edge)"),
                    )
                    .with_rule(rule),
                );
            }
        }
        let taken: Vec<usize> = findings.iter().flat_map(|f| f.lines.clone()).collect();
        for (lines, (rule, why)) in closing_boxes(&text, &prose) {
            for k in lines {
                if !taken.contains(&live[k]) {
                    findings.push(Finding::line(live[k], why).with_rule(rule));
                }
            }
        }
        findings.sort_by_key(|finding| finding.lines.start);
        findings
    }
}

// ---------------------------------------------------------------------------------------------
// Author boxes and self-introductions after the article

/// A first-person self-introduction: an optional greeting, "I'm / my name is" and the rest.
///
/// The cues checked after it ([`SITE_CUE`], [`STORY_START`], [`PERSONAL_CUE`]) run on a few
/// hundred lines in 50 MB of pages, so they run on the NFA simulation alone ([`nfa_regex`]).
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        (?P<greeting>[^\p{L}]*(?:hallo|hello|hi|hey|hej|moin|servus|huhu|bonjour|salut|coucou|hola|ciao|olá|oi|hoi
          |cześć|witajcie|witaj|welcome|willkommen|bienvenue|bienvenid[oa]s?|benvenut[oi]|bem-vind[oa]s?|welkom)\b)?
        [^\p{L}]*
        (?:ich\ bin|mein\ name\ ist|i['’]m|i\ am|my\ name\ is|je\ suis|je\ m['’]appelle|moi\ c['’]est|soy|me\ llamo
          |mi\ nombre\ es|sono|mi\ chiamo|eu\ sou|me\ chamo|o\ meu\ nome\ é|meu\ nome\ é|ik\ ben|mijn\ naam\ is
          |jestem|nazywam\ się|mam\ na\ imię)
        \s+(?P<rest>.+)$",
    )
    .expect("valid regex")
});

/// Openers of [`INTRO`], searched in a line's first bytes before the regex runs.
static INTRO_GATE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "ich bin",
            "mein name",
            "i'm ",
            "i’m ",
            "i am ",
            "my name",
            "je suis",
            "je m'",
            "je m’",
            "moi c",
            "soy ",
            "me llamo",
            "mi nombre",
            "sono ",
            "mi chiamo",
            "eu sou",
            "me chamo",
            "meu nome",
            "ik ben",
            "mijn naam",
            "jestem",
            "nazywam",
            "mam na imi",
        ])
        .expect("valid patterns")
});

/// What a site owner says about the site itself: the blog ("Foodblog", "dieses Blogs"), this
/// site or website. With a name, this alone marks a self-introduction.
static SITE_CUE: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)\b\w*blog\w*
        |\b(?:diese[rsmn]?|meine[rsmn]?|unsere[rsmn]?)\s+(?:seite|website|webseite|homepage|internetseite)\b
        |\b(?:this|my|our)\s+(?:site|website|homepage)\b
        |\b(?:ce|mon|notre)\s+site\b|\b(?:este|mi|meu|nuestro)\s+(?:sitio|site|web)\b
        |\b(?:questo|il\ mio)\s+sito\b|\b(?:deze|mijn|onze)\s+(?:site|website)\b
        |\b(?:tej|mojej|naszej)\s+stron(?:ie|y)\b
        |\b(?:schreibe|blogge)\s+(?:ich\s+)?hier\b|\bi\s+(?:write|blog)\s+here\b|\bj['’]écris\s+ici\b
        |\bescribo\s+aquí\b|\bscrivo\s+qui\b|\bschrijf\s+ik\s+hier\b",
    )
    .expect("valid regex")
});

/// What a site owner says about themselves, but a speaker in a story may say too: being an
/// author, founder or operator, a passion, an age. Counts only after a greeting ("Hallo, ich
/// bin …").
static PERSONAL_CUE: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)\b\w*(?:autor(?:in|a|ka)?|author|auteure?|autrice|autore)\b
        |\b(?:co-?)?(?:gründer\w*|founder|fondat\w*|fundador\w*|oprichter|założyciel\w*|betreiber\w*
          |inhaber\w*|owner|creator)\b
        |\bjahre\s+(?:alt|jung)\b|\byears\s+old\b|\b\d+\s+(?:ans|años|anni|anos|jaar|lat)\b
        |\b(?:leidenschaftlich\w*|passionate|passionn[ée]\w*|apasionad\w*|appassionat\w*|apaixonad\w*
          |gepassioneerd|pasjonat\w*)",
    )
    .expect("valid regex")
});

/// A speech tag: the line quotes someone in the story ("…, explique-t-elle.", "…, sagt sie.").
static SPEECH_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?xi)[,–—]\s*(?:
          (?:she|he|they)\s+(?:said|says|explains|explained|added|adds|recalls|recalled|told\s+\w+)
        | (?:said|says|explains|explained|added)\s+(?:she|he)
        | (?:sagt|sagte|erzählt|erzählte|erklärt|erklärte|meint|meinte|berichtet|berichtete)\s+(?:sie|er)
        | (?:explique|raconte|confie|ajoute|précise|poursuit|témoigne)-t-(?:elle|il)
        | (?:dit|explique|raconte|confie|ajoute|précise|poursuit|témoigne)-(?:elle|il)
        | (?:dice|dijo|explica|explicó|cuenta|contó|afirma|afirmó)(?:\s+(?:ella|él))?
        | (?:spiega|racconta|ha\ detto|afferma)
        | (?:diz|disse|conta|afirma)
        | (?:zegt|vertelt)\s+(?:ze|zij|hij)
        | (?:mówi|powiedziała|powiedział|opowiada)
        )(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*(?:[.!?:;"”»]|$)"#,
    )
    .expect("valid regex")
});

/// Words that start the article itself rather than a box about its author: "Hi, I'm Jane and
/// today I'll show you…".
static STORY_START: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)\b(?:heute|today|tonight|aujourd['’]hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś
        |in\ diesem\ (?:artikel|beitrag|video|post)|in\ this\ (?:post|article|video|episode)
        |dans\ cet\ (?:article|épisode)|en\ este\ (?:artículo|post|vídeo))\b",
    )
    .expect("valid regex")
});

/// Connectors after a name in a self-introduction: "I'm Jane and…", "Ich bin Max aka …".
const AFTER_NAME: [&str; 10] = ["and", "und", "et", "y", "e", "en", "i", "aka", "&", "–"];

/// The name a self-introduction gives ("Paula" in "Ich bin Paula, leidenschaftliche
/// Gärtnerin…"): one to three capitalised words ended by a comma, a full stop or a connector.
fn intro_name(rest: &str) -> Option<String> {
    let mut name = Vec::new();
    for token in rest.split_whitespace().take(4) {
        if !name.is_empty() && AFTER_NAME.contains(&token.to_lowercase().as_str()) {
            return Some(name.join(" "));
        }
        let bare = token.trim_end_matches([',', '.', '!', ';']);
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || bare.chars().count() < 2 || is_stopword(&bare.to_lowercase()) {
            return None;
        }
        name.push(bare);
        if bare.len() != token.len() {
            return Some(name.join(" "));
        }
    }
    None
}

/// The name a self-introduction gives, with or without an owner cue: "Ich bin Jane, …" under
/// a box heading or name line that names Jane.
fn intro_name_of(line: &str) -> Option<String> {
    if line.starts_with(OPENING_QUOTES) || SPEECH_TAG.is_match(line) {
        return None;
    }
    intro_name(INTRO.captures(line)?.name("rest")?.as_str())
}

/// Whether `line` is a site owner's self-introduction, and the name it gives.
fn intro(line: &str) -> Option<Option<String>> {
    let cut = (0..=line.len().min(40))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    let head = &line[..cut];
    if !INTRO_GATE.is_match(head) || line.starts_with(OPENING_QUOTES) {
        return None;
    }
    if more_words_than(line, 120) {
        return None;
    }
    // INTRO runs on the lazy DFA, the cues below mostly on the NFA simulation: INTRO first.
    let caps = INTRO.captures(line)?;
    if STORY_START.is_match(line) || SPEECH_TAG.is_match(line) {
        return None;
    }
    let rest = caps.name("rest")?.as_str();
    let greeting = caps.name("greeting").is_some();
    // German capitalises nouns, so "Ich bin Mutter, …" gives a "name" too: without a greeting,
    // only a word about the site itself makes it an owner's introduction.
    let site = || SITE_CUE.is_match(line);
    let name = intro_name(rest);
    let introduced = if greeting {
        name.is_some() || site() || PERSONAL_CUE.is_match(line)
    } else {
        name.is_some() && site()
    };
    introduced.then_some(name)
}

/// The heading of an author box: "Autor", "Über den Autor / die Autorin", "Autoreninfo",
/// "About the Author - Jane Doe".
static BOX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:about\ the\ (?:authors?|writer)|author\ bio|über\ (?:den\ autor|die\ autorin|die\ autoren)
          (?:\s*/\s*die\ autorin)?|zum\ autor|zur\ autorin|autoreninfo|à\ propos\ de\ l['’]auteur
          |sobre\ (?:el\ autor|la\ autora|o\ autor|a\ autora)|l['’]autore|over\ de\ auteur|o\ autorze
          |author|authors|autor|autorin|autoren|auteur|autore|autora|autorka)
        (?:\s*[:\-–—|]\s*[^:]*)?$",
    )
    .expect("valid regex")
});

/// "Über Greta", "About Jane 120 articles": a box heading that names the person.
static ABOUT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?i:über|about|à\ propos\ de|sobre|su|over|o)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?
        (?:\s+\d+\s+(?i:artikel|beiträge|articles|posts|articoli|artículos|artigos|artykułów))?$",
    )
    .expect("valid regex")
});

/// Writing work in a third-person bio of an author box: "Jane writes about…", "Lena Hartmann
/// ist Redakteurin…". Other jobs ("is a software engineer", "arbeitet als Pflegerin") are what a
/// profile in the story says.
///
/// Performance: tried on under a thousand paragraphs in 50 MB of pages, so it runs on the NFA
/// simulation alone ([`nfa_regex`]): 26 ms against 39 ms with the lazy DFA, compiling
/// included, and 1.5 MB less of automata and per-thread cache.
static BOX_CUE: LazyLock<meta::Regex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)\b(?:
          writes|wrote|(?:co-?)?authors?|authored|journalists?|editors?|reporters?|bloggers?
          |columnists?|correspondents?|contributing\ writer|staff\ writer|freelance\ writer
        | schreibt|schrieb|\w*autor(?:in|en|innen)?|\w*journalist(?:in|en|innen)?|\w*redakteur(?:in|e|en|innen)?
          |\w*reporter(?:in|innen)?|\w*blogger(?:in|innen)?|\w*kolumnist(?:in|en|innen)?
          |\w*korrespondent(?:in|en|innen)?|\w*schriftsteller(?:in|innen)?
        | écrit|auteure?s?|autrices?|journalistes?|rédact(?:eur|rice)s?|blogueu(?:r|se)s?|chroniqueu(?:r|se)s?
          |correspondante?s?
        | escribe|escribió|autora?s?|periodistas?|redactora?s?|editora?s?|reporter[oa]s?|bloguer[oa]s?
          |columnistas?|corresponsal(?:es)?
        | scrive|autore|autrice|giornalist[aie]|redattor[ei]|redattrice|editorialist[aie]|corrispondent[ei]
        | escreve|escreveu|jornalistas?|redator(?:a|es)?|repórter|colunistas?|correspondentes?
        | schrijft|schreef|auteurs?|journalisten|redacteur(?:en)?|verslaggever(?:s)?|columnisten
        | pisze|autork[aie]|dziennikar\w*|redaktor\w*|felietonist\w*|korespondent\w*|bloger\w*
        )\b",
    )
    .expect("valid regex")
});

/// Third-person pronouns a bio may open with instead of the name ("Sie ist Journalistin…").
const BIO_PRONOUNS: [&str; 16] = [
    "She", "He", "They", "Sie", "Er", "Elle", "Il", "Ella", "Él", "Lei", "Lui", "Ela", "Ele",
    "Zij", "Hij", "Ona",
];

/// Whether `paragraph` opens with a third-person pronoun and a lower-case word.
fn opens_with_pronoun(paragraph: &str) -> bool {
    paragraph.split_once(' ').is_some_and(|(first, rest)| {
        BIO_PRONOUNS.contains(&first) && rest.starts_with(char::is_lowercase)
    })
}

/// A trimmed line that is only a person's name: two to four capitalised words (particles and
/// "Dr." allowed), no digits, no punctuation but hyphens and dots.
///
/// One pass over the words, which stops at the first that is not a name word (a digit is not
/// one: it is not alphabetic).
fn is_name_line(line: &str) -> bool {
    if line.len() > 50 {
        return false;
    }
    let mut count = 0;
    for t in line.split_whitespace() {
        count += 1;
        let particle = matches!(
            t,
            "von" | "van" | "de" | "der" | "den" | "da" | "di" | "del" | "la" | "le" | "zu"
        );
        let word = t
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'));
        if count > 4 || !(word && (particle || t.chars().next().is_some_and(char::is_uppercase))) {
            return false;
        }
    }
    count >= 2
}

/// A short role line between a name and the bio ("Senior Tech Writer").
fn is_role_line(line: &str) -> bool {
    let line = line.trim();
    !more_words_than(line, 5)
        && !ends_sentence(line)
        && line.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `paragraph` opens with the person `name` (full or first name) and a lower-case word:
/// "Jane is…", "Lena Hartmann ist…".
fn opens_with_name(paragraph: &str, name: &str) -> bool {
    let first = name
        .split_whitespace()
        .find(|t| !t.ends_with('.'))
        .unwrap_or(name);
    [name, first].iter().any(|lead| {
        paragraph
            .strip_prefix(lead)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase() || c == '('))
    })
}

/// A paragraph that goes on with the sentence its name line started: "Dr. Jane Doe" /
/// "ist Partnerin der Kanzlei…" (or a name the extractor dropped: "Autor" / "ist …").
fn continues_name(paragraph: &str) -> bool {
    let first = paragraph.split_whitespace().next().unwrap_or("");
    [
        "is", "was", "has", "ist", "war", "hat", "est", "était", "es", "fue", "è", "é", "jest",
        "was",
    ]
    .contains(&first)
}

/// Author-box chrome: a link to the author's other posts ("Zeige alle Beiträge von …").
static ALL_POSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)\b(?:(?:zeige\ )?alle\ beiträge\ von|(?:view\ )?all\ posts\ by|more\ posts\ by
        |(?:voir\ )?tous\ les\ articles\ de|(?:ver\ )?todas\ las\ entradas\ de|tutti\ gli\ articoli\ di)\b",
    )
    .expect("valid regex")
});

/// A paragraph that may be a bio: 6 to 100 words, not a quotation.
fn bio_sized(paragraph: &str) -> bool {
    has_words(paragraph, 6)
        && !more_words_than(paragraph, 100)
        && !paragraph.starts_with(OPENING_QUOTES)
}

/// Author boxes and self-introductions (ranges of positions in `text`, the trimmed live lines,
/// and why) that close the document: at most [`MAX_BIO_DISTANCE`] prose lines after them, and
/// at least [`MIN_PROSE_BEFORE_BOX`] before, so that an "about me" page keeps its text.
fn closing_boxes(text: &[&str], prose: &[bool]) -> Vec<(std::ops::RangeInclusive<usize>, Why)> {
    let line = |k: usize| text[k];
    let mut boxes: Vec<(std::ops::RangeInclusive<usize>, Why)> = Vec::new();
    // Only the tail can hold a closing box: from the line with at most BOX_SCAN_PROSE prose lines
    // after it, less the heading and name lines a box may have before its bio.
    let mut after = 0;
    let mut tail = text.len();
    while tail > 0 && after + usize::from(prose[tail - 1]) <= BOX_SCAN_PROSE {
        tail -= 1;
        after += usize::from(prose[tail]);
    }
    let first_profile = std::cell::OnceCell::new();
    let profile_before = |k: usize| {
        first_profile
            .get_or_init(|| first_profile_end(&line, text.len()))
            .is_some_and(|end| end < k)
    };
    let mut k = tail.saturating_sub(3);
    while k < text.len() {
        let found = author_box(&line, text.len(), k, &profile_before);
        match found {
            Some((end, why)) => {
                boxes.push((k..=end, why));
                k = end + 1;
            }
            None => k += 1,
        }
    }
    let in_box = |j: usize| boxes.iter().any(|(range, _)| range.contains(&j));
    let counted: Vec<bool> = (0..text.len()).map(|j| prose[j] && !in_box(j)).collect();
    boxes
        .iter()
        .filter(|(range, _)| {
            let before = counted[..*range.start()].iter().filter(|&&p| p).count();
            let after = counted[range.end() + 1..].iter().filter(|&&p| p).count();
            after <= MAX_BIO_DISTANCE && before >= MIN_PROSE_BEFORE_BOX
        })
        .cloned()
        .collect()
}

/// Prose lines an author box or self-introduction needs before it: the article it closes.
const MIN_PROSE_BEFORE_BOX: usize = 3;

/// Prose lines after it beyond which a line is not tried as the start of a closing box: the
/// [`MAX_BIO_DISTANCE`] allowed, plus room for the bios of two more boxes below it. Trying every
/// line of a page dump would cost two regexes per short line.
const BOX_SCAN_PROSE: usize = MAX_BIO_DISTANCE + 6;

/// Whether a line's first word may start an author-box heading (cheap check before the regexes).
fn may_head_box(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([':', '-', '–', '—', '|']);
    [
        "about",
        "author",
        "authors",
        "autor",
        "autorin",
        "autoren",
        "autoreninfo",
        "über",
        "Über",
        "zum",
        "zur",
        "à",
        "À",
        "sobre",
        "l'autore",
        "l’autore",
        "over",
        "o",
        "auteur",
        "autore",
        "autora",
        "autorka",
        "su",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(first))
}

/// An author box or self-introduction starting at live position `k`: its last position, and why.
fn author_box<'l>(
    line: &impl Fn(usize) -> &'l str,
    len: usize,
    k: usize,
    profile_before: &impl Fn(usize) -> bool,
) -> Option<(usize, Why)> {
    let text = line(k);
    if text.len() <= 60
        && may_head_box(text)
        && (BOX_HEADING.is_match(text) || ABOUT_NAME.is_match(text))
    {
        let named = heading_name(text);
        let mut j = k + 1;
        let mut name = None;
        if j < len && is_name_line(line(j)) {
            name = Some(line(j));
            j += 1;
        }
        if j < len && bio_sized(line(j)) {
            let paragraph = line(j);
            // A heading that names someone ("Autorin: Jane Doe" over a book review's verdict) or
            // a one-word heading ("Author") is a box only when the paragraph is about that
            // person; "About the author" says so itself.
            let needs_evidence = named.is_some() || !text.contains(char::is_whitespace);
            let names: Vec<&str> = [name, named.as_deref()].into_iter().flatten().collect();
            // The cheap checks first: BOX_CUE runs on the NFA simulation.
            let about_them = || {
                names.iter().any(|n| opens_with_name(paragraph, n))
                    || continues_name(paragraph)
                    || intro(paragraph).is_some()
                    || intro_name_of(paragraph)
                        .is_some_and(|n| names.iter().any(|m| m.starts_with(&n)))
                    || ALL_POSTS.is_match(paragraph)
                    || ((opens_with_pronoun(paragraph)
                        || (names.is_empty() && opens_with_any_name(paragraph)))
                        && BOX_CUE.is_match(paragraph))
            };
            if !needs_evidence || about_them() {
                return Some((
                    j,
                    (
                        AUTHOR_BOX,
                        "author box after the article: heading, name and bio",
                    ),
                ));
            }
        }
        return None;
    }
    if is_name_line(text) && k + 1 < len {
        let j = bio_after_name(line, len, k);
        let paragraph = line(j);
        let intro_names_them = || intro_name_of(paragraph).is_some_and(|n| text.starts_with(&n));
        let third_person = || opens_with_name(paragraph, text) && BOX_CUE.is_match(paragraph);
        // The profile check last: it scans the whole document (once).
        if bio_sized(paragraph) && (intro_names_them() || third_person()) && !profile_before(k) {
            return Some((
                j,
                (AUTHOR_BOX, "author box after the article: name and bio"),
            ));
        }
    }
    if intro(text).is_some() {
        return Some((
            k,
            (
                SELF_INTRODUCTION,
                "site owner's self-introduction after the article",
            ),
        ));
    }
    None
}

/// The live position of the paragraph after the name line at `k`, past an optional short role
/// line ("Senior Tech Writer").
fn bio_after_name<'l>(line: &impl Fn(usize) -> &'l str, len: usize, k: usize) -> usize {
    let j = k + 1;
    if j + 1 < len && is_role_line(line(j)) && !opens_with_name(line(j), line(k)) {
        j + 1
    } else {
        j
    }
}

/// Where the first profile entry ends: a name line followed by a paragraph about that person.
/// A name line after such an entry is the last entry of a list of profiles, not an author box.
/// Computed once per document (each name line in a footer asking again was quadratic).
fn first_profile_end<'l>(line: &impl Fn(usize) -> &'l str, len: usize) -> Option<usize> {
    (0..len).find_map(|i| {
        let name = line(i);
        if !is_name_line(name) {
            return None;
        }
        let j = bio_after_name(line, len, i);
        (j < len && opens_with_name(line(j), name) && bio_sized(line(j))).then_some(j)
    })
}

/// The person an author-box heading names: "Jane Doe" in "Autorin: Jane Doe", "About the
/// Author - Jane Doe" or "Über Jane".
fn heading_name(heading: &str) -> Option<String> {
    let tail = if ABOUT_NAME.is_match(heading) {
        let rest = heading.split_once(char::is_whitespace)?.1.trim_start();
        rest.strip_prefix("propos de ").unwrap_or(rest)
    } else {
        heading.split_once([':', '-', '–', '—', '|'])?.1
    };
    let name: Vec<&str> = tail
        .split_whitespace()
        .take_while(|t| t.starts_with(char::is_uppercase))
        .take(4)
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// Whether `paragraph` opens with one to three capitalised words that are not function words,
/// then a lower-case word: "Jane Doe is…", not "Der Roman ist…".
fn opens_with_any_name(paragraph: &str) -> bool {
    for (capitalised, token) in paragraph.split_whitespace().take(4).enumerate() {
        if token.starts_with(char::is_lowercase) {
            return capitalised > 0;
        }
        let bare = token.trim_end_matches([',', '.']);
        if !token.starts_with(char::is_uppercase)
            || bare.len() != token.len()
            || is_stopword(&bare.to_lowercase())
        {
            return false;
        }
    }
    false
}

/// The bios ([`bio`]) among the lines in `maybe_bio` that can be within reach of an edge, tried
/// from each end inward, by position. Only bios leave the prose count, so once more than
/// [`MAX_BIO_DISTANCE`] prose lines that are not bios lie between a line and an edge, that line
/// is out of reach from that edge whatever else is found. Per line only whether it was tried is
/// kept (a byte), and the bios found apart: a long page has few.
fn bios_within_reach(
    text: &[&str],
    prose: &[bool],
    maybe_bio: &[bool],
) -> std::collections::BTreeMap<usize, Bio> {
    let mut tried = vec![false; text.len()];
    let mut found = std::collections::BTreeMap::new();
    let mut scan = |inward: &mut dyn Iterator<Item = usize>| {
        let mut outside = 0;
        for k in inward {
            if outside > MAX_BIO_DISTANCE {
                break;
            }
            if !tried[k] {
                tried[k] = true;
                if let Some(bio) = maybe_bio[k].then(|| bio(text[k])).flatten() {
                    found.insert(k, bio);
                }
            }
            if prose[k] && !found.contains_key(&k) {
                outside += 1;
            }
        }
    };
    scan(&mut (0..text.len()));
    scan(&mut (0..text.len()).rev());
    found
}

/// Which bio candidates sit at an edge, and how far from it: the number of prose lines between
/// the candidate and the nearer end of the document, not counting prose lines that are bios
/// removed themselves. Removing one bio can bring the next one within reach ("X is a reporter…"
/// above "Follow X on…"), so this repeats until nothing changes; cleaning the output again then
/// finds nothing more. `prose[k]` says whether live line `k` is prose; each bio is
/// `(k, limit, _)`.
fn edge_bios(prose: &[bool], bios: &[(usize, usize, Why)]) -> Vec<Option<usize>> {
    let mut removed = vec![false; prose.len()];
    loop {
        let kept_prose = |k: usize| prose[k] && !removed[k];
        let total = (0..prose.len()).filter(|&k| kept_prose(k)).count();
        // Kept prose lines before each live line.
        let mut before = vec![0; prose.len()];
        let mut seen = 0;
        for (k, slot) in before.iter_mut().enumerate() {
            *slot = seen;
            seen += usize::from(kept_prose(k));
        }
        let distances: Vec<Option<usize>> = bios
            .iter()
            .map(|&(k, limit, _)| {
                let after = total - before[k] - usize::from(kept_prose(k));
                Some(before[k].min(after)).filter(|&nearest| nearest <= limit)
            })
            .collect();
        let mut changed = false;
        for (&(k, _, _), distance) in bios.iter().zip(&distances) {
            if distance.is_some() && !removed[k] {
                removed[k] = true;
                changed = true;
            }
        }
        if !changed {
            return distances;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a screened pattern holds one of its screen's literals.
    #[test]
    fn screens_cover_their_patterns() {
        CONTACT.assert_screen_covers();
        CONTACT_LABEL.assert_screen_covers();
    }
    use crate::filters::testing::{assert_keeps, removed_by};

    const BODY: &str = "The council approved the budget on Monday after a long debate.\n\n\
        Residents had asked for more money for parks and for the library.\n\n\
        The mayor said the new plan would be reviewed again next spring.\n\n\
        Opponents argued that the tax increase would hurt small businesses.\n\n\
        A final vote on the remaining items is expected later this month.\n";

    #[test]
    fn doc_example() {
        let input = "By Maria Keller and Tom Price | Updated March 3, 2024\n\n\
            The council approved the budget on Monday after a six-hour debate.\n\n\
            Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller.\n";
        assert_eq!(
            removed_by(&AuthorBio, input),
            [
                "By Maria Keller and Tom Price | Updated March 3, 2024",
                "Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller."
            ]
        );
    }

    #[test]
    fn removes_bylines() {
        for line in [
            "By Jane Doe",
            "By Jane Doe, Reuters",
            "By Jane Doe and John Roe | Updated 9:14 a.m. EST",
            "By LISA MARTIN, MARY CLARE JONES and ERIC TAYLOR",
            "by Nora J. Finch, Example.com",
            "By Chris Porter @PorterWrites Nov 18, 2019, 11:47am EST",
            "By Tim Walker - Live Science Contributor 2019-11-19T12:48:14Z",
            "By XYZ staff",
            "By The Associated Press",
            "By AP and XYZ staff",
            "By Daniel | Published: 23. Juli 2017",
            "Von Max Mustermann",
            "von Marcus Berger , Justus von Daniels , Ulrich Stoll",
            "von Mathilda Kraus, Online-Redaktion Veröffentlicht: 26.12.2022",
            "Par Jean Dupont",
            "Par Nicolas Girard C. le 14.09.2020 à 11h46",
            "Por Juan Pérez",
            "Por Elena Ruiz / Pablo Marín",
            "Written by Jane Doe, MS, RD on November 14, 2019",
            "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
            "Veröffentlicht von Max Mustermann am 23. Februar 2020",
            "Publié par Jean Dupont",
            "5:45 AM PST 11/19/2019 by Jane Doe",
            "19.11.2019 von Max Mustermann",
        ] {
            let input = format!("Headline of the story\n\n{line}\n\n{BODY}");
            assert_eq!(removed_by(&AuthorBio, &input), [line], "for {line:?}");
        }
    }

    #[test]
    fn keeps_sentences_and_headings_that_start_like_bylines() {
        assert_keeps(
            &AuthorBio,
            "By the end of the year, prices rose.\n\n\
             By contrast, the suburbs grew.\n\n\
             By Monday, March 3, the shelves were empty.\n\n\
             By Christmas Eve, the shelves were empty.\n\n\
             By Friday, 12 people had died.\n\n\
             By The Numbers\n\n\
             Von Risiken und Nebenwirkungen\n\n\
             Von Rechts wegen\n\n\
             Von wegen Entspannung: Teuerung kostet Sparer Milliarden\n\n\
             Von den verschiedenen Heizsystemen ist die Gasheizung am beliebtesten.\n\n\
             Por otro lado, los locales no tienen ninguna competición.\n\n\
             Par ailleurs, l’opinion publique perçoit un changement.\n\n\
             by clicking Accept Cookies, you agree to our use of cookies.\n\n\
             Von Fans gefeiert : Publikumsliebling ist jetzt Manager!\n\n\
             Written by the end of the week, the report will go to the council.\n\n\
             Published by Penguin in 1998, the novel sold a million copies.\n\n\
             POR ESO INFORMAR ES\n\n\
             12:30 by the river, the crowd had gone.\n\n\
             2019 by Numbers\n\n\
             1921 by Henrietta Voss\n\n\
             1923 by Oskar Lindqvist\n",
        );
    }

    #[test]
    fn removes_bio_and_contact_at_the_end() {
        let bio = "Dana Whitfield is a senior correspondent at the Daily Ledger, follow her on Twitter @danawrites.";
        let input = format!("{BODY}\n{bio}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);

        let bio = "Ramsey Cole is a general assignment reporter covering the city's most powerful institutions.";
        let input = format!("{BODY}\n{bio}\n\nNewsletter\n\nPrivacy policy\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);

        let contact = "Contact the author at dana@example.com.";
        let input = format!("{BODY}\n{contact}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [contact]);

        let input = format!("{BODY}\nEmail: jwhite@example.org\n");
        assert_eq!(
            removed_by(&AuthorBio, &input),
            ["Email: jwhite@example.org"]
        );

        let follow = "Have a tip? Amy Parker may be reached at aparker@example.com. Follow her on Twitter @AmyP.";
        let input = format!(
            "{BODY}\n{follow}\n\nThe last paragraph of the page footer is long enough to count.\n"
        );
        assert_eq!(removed_by(&AuthorBio, &input), [follow]);
    }

    #[test]
    fn removes_bios_in_other_languages() {
        for bio in [
            "Anna Berger ist Redakteurin im Ressort Wirtschaft bei der Abendzeitung.",
            "Claire Martin est journaliste au service politique du Quotidien.",
            "Lucía Gómez es periodista de la sección de economía de El Diario.",
        ] {
            let input = format!("{BODY}\n{bio}\n");
            assert_eq!(removed_by(&AuthorBio, &input), [bio], "for {bio:?}");
        }
    }

    #[test]
    fn removes_weak_role_only_as_the_outermost_prose_line() {
        let bio = "Tom Reyes is a staff writer for the Ledger.";
        let input = format!("{BODY}\n{bio}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);
        // One prose line after it: no longer the edge for a bare role sentence.
        let input = format!("{bio}\n\n{BODY}");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);
        let input =
            format!("Intro sentence that is long enough to count as prose.\n\n{bio}\n\n{BODY}");
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn keeps_role_sentences_in_the_middle() {
        let middle = "Maria Lopez is a reporter covering city hall for the Tribune; she met the suspect in 2019.";
        let input = format!("{BODY}\n{middle}\n\n{BODY}");
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn keeps_story_text_at_the_edges() {
        let input = format!(
            "{BODY}\n“She is a reporter for the Times,” her editor said.\n\n\
             Follow us on Twitter for updates.\n\n\
             The suspect's sister, who is a reporter, spoke to the press on Friday.\n\n\
             Users can follow the account on Twitter to get alerts about outages.\n\n\
             Readers can email questions to the newsroom through the website.\n"
        );
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn removes_about_the_author_heading() {
        let input = format!("{BODY}\nAbout the author\n\nÜber die Autorin\n");
        assert_eq!(
            removed_by(&AuthorBio, &input),
            ["About the author", "Über die Autorin"]
        );
    }

    /// Four prose lines of an article, then `tail`.
    fn after_article(tail: &str) -> String {
        format!("{BODY}\n{tail}\n")
    }

    #[test]
    fn each_kind_of_line_names_its_rule() {
        use crate::filters::testing::rules_fired;
        let rules_of = |input: &str| -> Vec<String> {
            rules_fired(&AuthorBio, input)
                .into_iter()
                .map(|(_, rule)| rule)
                .collect()
        };
        for (tail, rule) in [
            ("By Jane Doe, Reuters", "byline"),
            ("About the author", "about-heading"),
            ("Tom Reyes is a staff writer for the Ledger.", "bio"),
            ("Follow her on Twitter @danawrites.", "follow-request"),
            ("Contact the author at dana@example.com.", "contact-line"),
            (
                "I'm Jane, and this website is where I share what I learn about sourdough baking.",
                "self-introduction",
            ),
        ] {
            assert_eq!(
                rules_of(&after_article(tail)),
                [format!("author-bio/{rule}")],
                "{tail:?}"
            );
        }
        let boxed = "Author\n\nJane Fairley\n\n\
            Jane is the co-founder of a small studio and organises a yearly meetup for makers.";
        assert_eq!(
            rules_of(&after_article(boxed)),
            ["author-bio/author-box"; 3]
        );
    }

    #[test]
    fn removes_self_introductions_after_the_article() {
        for intro in [
            "Hallo, ich bin Gartenbloggerin, Kräuterbuchautorin und seit meiner Kindheit leidenschaftliche Gärtnerin.",
            "Ich bin Paula, und auf diesem Blog schreibe ich über Hochbeete, Kräuter und Kompost.",
            "Hi, ich bin Theo, der Gründer dieses Blogs. Hier erfährst du alles über Fahrradreisen.",
            "Hi! My name is Jane and I’ve been growing tomatoes on my balcony for six summers now.",
            "I'm Jane, and this website is where I share what I learn about sourdough baking.",
            "Bonjour, je suis Claire, passionnée de cuisine et autrice de ce blog.",
            "¡Hola! Soy Lucía, fundadora de este blog de viajes.",
            "Ich bin Frieda, Betreiberin dieser Seite. Ich schreibe hier über Mode in allen Größen.",
            "Ich bin Ole, und ich schreibe hier über alte Landmaschinen und ihre Motoren.",
        ] {
            assert_eq!(removed_by(&AuthorBio, &after_article(intro)), [intro], "{intro:?}");
        }
    }

    #[test]
    fn keeps_self_introductions_that_are_the_text_or_start_the_story() {
        // An "about me" page: the introduction is the text.
        let about = "Hi! Mein Name ist Ferdinand aka Ferdl. Ich nehme gern Hörspiele mit meinen Nachbarn auf.\n\n\
            Wir proben jeden Donnerstag im Keller und schneiden die Aufnahmen am Wochenende.\n\n\
            Alle Folgen stehen kostenlos im Netz, und das soll auch so bleiben, sagen wir immer.\n";
        assert_keeps(&AuthorBio, about);
        for line in [
            // The post itself, introduced by its author.
            "Hi, I'm Jane, and today I'll show you how to bake bread in a cast-iron pot.",
            // Interview answers and speakers in the story: German capitalises nouns ("Mutter",
            // "Hamburgerin"), and an age, a passion or the word "author" is no site.
            "Ich bin Realist, und ich glaube nicht, dass sich das schnell ändert.",
            "Ich bin Bernerin und habe eine kleine Tischlerei am Stadtrand gegründet.",
            "Ich bin Hamburgerin und hier aufgewachsen, deshalb kenne ich jede Ecke dieses Viertels.",
            "Ich bin Mutter, 42 Jahre alt, und ich habe Angst, dass wir uns die Miete bald nicht mehr leisten können.",
            "Ich bin Rentnerin und Autorin von zwei Büchern über die Geschichte des Viertels.",
            "I am Ukrainian, and the authorities have lost my residence papers twice this year.",
            "I'm Maria, 34 years old, and I still believe this neighbourhood can be saved.",
            "Sono Milano e Torino le città dove le autorità hanno approvato più progetti quest'anno.",
            // A greeting and a passion, but a speech tag: a quoted speaker.
            "Bonjour, je suis infirmière et je suis passionnée par mon métier depuis vingt ans, explique-t-elle.",
            "Hallo, ich bin Lotte, leidenschaftliche Imkerin seit zehn Jahren, sagt sie.",
            "“I am Jane, a blogger,” she told the court on Monday.",
            "I am glad that the council finally noticed the complaints about the broken lights.",
        ] {
            assert_keeps(&AuthorBio, &after_article(line));
        }
    }

    #[test]
    fn removes_author_boxes_after_the_article() {
        let boxed = "Author\n\nJane Fairley\n\n\
            Jane is the co-founder of a small studio and organises a yearly meetup for makers.";
        assert_eq!(
            removed_by(&AuthorBio, &after_article(boxed)),
            [
                "Author",
                "Jane Fairley",
                "Jane is the co-founder of a small studio and organises a yearly meetup for makers."
            ]
        );
        let boxed = "Lena Hartmann\n\nSenior Tech Writer\n\n\
            Lena writes about databases and web services for several developer magazines.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "Felix Amsel\n\n\
            Felix Amsel ist Redakteur im Ressort Digitales und schreibt über Datenschutz.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Über den Autor/ die Autorin\n\nAnna Berger\n\n\
            Anna Berger beschäftigt sich mit Datenschutz, Überwachung und Grundrechten.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed =
            "Über Greta\n\nHallo, ich bin Greta und schreibe hier über Brot, Sauerteig und Kuchen.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Autorin: Greta Sommer\n\n\
            Greta Sommer ist freie Journalistin und lebt mit ihrer Familie in Kassel.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        // The paragraph is about the person the heading or name line names.
        let boxed = "Über Greta 212 Artikel\n\nIch bin Greta, Katzenmama und Hobbyfotografin aus dem Allgäu.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Autor: Greta Sommer\n\n\
            Ich nähe Taschen aus alten Segeln und verschenke sie gern. Zeige alle Beiträge von Greta Sommer";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "AUTOR\n\nDr. Jane Doe\n\n\
            ist Partnerin einer Kanzlei in Kassel und berät vor allem im Mietrecht.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed =
            "AUTOR\n\nist Partnerin einer Kanzlei in Kassel und berät vor allem im Mietrecht.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Über den Autor\n\nJane Doe\n\n\
            Hat das Gärtnern von der Großmutter gelernt und zieht jedes Jahr zu viele Tomaten.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "Author\n\nJane Doe\n\n\
            Jane Doe (born 1970) writes about wine and food for several magazines.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "About the author\n\nShe has covered local politics for a decade and lives by the river.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
    }

    #[test]
    fn keeps_profiles_in_the_story_and_name_headings() {
        // A profile list: the name heading and its paragraph are the story (no work cue, or
        // not after the article).
        let profiles = "Jane Porter\n\nJane is the chief executive of the water utility and grew up in the valley.\n\n\
            Tom Reyes\n\nTom runs the bakery on Main Street with his two daughters.\n";
        assert_keeps(&AuthorBio, &after_article(profiles));
        // Jobs other than writing are what a profile says.
        for profile in [
            "Maria Lopez\n\nMaria is a software engineer who builds irrigation tools for small farms.",
            "Anna Berger\n\nAnna Berger arbeitet als Pflegerin im Klinikum und leitet dort eine Station.",
        ] {
            assert_keeps(&AuthorBio, &after_article(profile));
        }
        // The last entry of a profile list names writing work, but an earlier entry makes it a
        // list.
        let profiles = "Jane Porter\n\nJane is the chief executive of the water utility and grew up in the valley.\n\n\
            Tom Reyes\n\nTom writes a weekly column about gardening for the parish newsletter.\n";
        assert_keeps(&AuthorBio, &after_article(profiles));
        let early =
            "Jane Fairley\n\nJane is a journalist who co-founded a consultancy that trains editors.\n\n";
        assert_keeps(&AuthorBio, &format!("{early}{BODY}"));
        // "About <Name>" followed by story text about something else.
        assert_keeps(
            &AuthorBio,
            &after_article(
                "Über Berlin\n\nDie Stadt hat in diesem Jahr mehr Besucher gezählt als je zuvor.",
            ),
        );
        // A book review's closing details: the heading names the author, the paragraph is the
        // verdict on the book (even when it mentions "die Autorin").
        for review in [
            "Autorin: Jane Doe\n\nDer Roman ist klug gebaut, und die Autorin hält die Spannung bis zur letzten Seite.",
            "Autorin\n\nJane Doe\n\nDer Roman ist klug gebaut und hält die Spannung bis zur letzten Seite.",
            "Author\n\nThe novel is cleverly built and keeps its tension up to the very last page.",
        ] {
            assert_keeps(&AuthorBio, &after_article(review));
        }
    }

    #[test]
    fn handles_start_the_line_or_follow_a_space_or_parenthesis() {
        let regex = Regex::new(r"(?:^|[\s(])@[A-Za-z0-9_]{2,}").unwrap();
        for line in [
            "@jane",
            "Follow @jane_doe",
            "(@ab)",
            "x@ab",
            "@a",
            "mail\u{3000}@ab",
            "é@ab é\u{a0}@a1",
            "jane@example.com @",
            "",
        ] {
            assert_eq!(has_handle(line), regex.is_match(line), "{line:?}");
        }
    }

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

        #[test]
        fn about_author_pre_check_rejects_no_heading(
            lead in proptest::sample::select(vec!["", " ", "x", "«"]),
            phrase in proptest::sample::select(vec![
                "About the author", "ABOUT THE WRITER", "about the authors", "Author bio",
                "AUTHOR BIO", "Über den Autor", "ÜBER DIE AUTORIN", "über die autoren", "Zum Autor",
                "ZUR AUTORIN", "À propos de l’auteur", "à propos de l'auteur", "Sobre el autor",
                "ſobre la autora", "SOBRE LA AUTORA", "Over the author",
            ]),
            tail in proptest::collection::vec(proptest::sample::select(vec![" ", ":", "\t", "x"]), 0..3),
        ) {
            let line = format!("{lead}{phrase}{}", tail.concat());
            proptest::prop_assert_eq!(about_author_heading(&line), ABOUT_AUTHOR.is_match(&line));
        }

        #[test]
        fn role_pre_check_rejects_no_role(
            name in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", "\t", "\u{a0}", "Jane", "Doe", "O’Neil", "Dr.", "É", "x", "(",
                "(jane@example.com)", ")",
            ]), 0..7),
            rest in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\t", "is a reporter", "was the editor", "has been a", "writes about",
                "ist Redakteurin", "écrit pour", "es periodista", "covers", "politics", "for",
                "Jane", "(",
            ]), 0..5),
        ) {
            let line = format!("{}{}", name.concat(), rest.concat());
            proptest::prop_assert_eq!(role(&line), ROLE.is_match(&line));
        }

        #[test]
        fn has_handle_agrees_with_the_regex(line in "[aZ9_@(. \t\u{a0}\u{3000}é\u{212a}]{0,10}") {
            let regex = Regex::new(r"(?:^|[\s(])@[A-Za-z0-9_]{2,}").unwrap();
            proptest::prop_assert_eq!(has_handle(&line), regex.is_match(&line));
        }
    }
}
