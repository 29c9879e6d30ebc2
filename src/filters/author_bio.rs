//! # author-bio
//!
//! ## What it removes
//!
//! Lines about who wrote the article rather than what it says:
//!
//! - **Bylines**, anywhere: a whole line that is `By`/`Von`/`Par`/`Por`/`Door`/`di` followed by
//!   one or more author names and nothing but byline furniture: "By Jane Doe", "By Jane Doe,
//!   Reuters", "By Jane Doe and John Roe | Updated 9:14 a.m.", "Von Max Mustermann",
//!   "Par Jean Dupont le 14.09.2020 à 11h46", "Por Juan Pérez / Ana Gómez", "By TOI staff".
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
//! A closing sentence introducing a journalist as part of the story ("Gershkovich is a
//! reporter for the Wall Street Journal.") is removed when it is the very last prose line. A
//! heading that is `Von`/`By` plus two capitalised words ("Von Kopf Bis Fuß") looks like a byline.
//!
//! Deliberately kept: "By the end of the year, prices rose.", "By contrast, …", "By Monday, …",
//! "Von wegen Entspannung", "Von Risiken und Nebenwirkungen" (single capitalised words joined by
//! `und` are not names), "Por otro lado, …"; role sentences in the middle of the article ("The
//! suspect's sister is a reporter for the local paper.") or quoted; "Follow us on Twitter"
//! (site chrome, not an author); emails inside running text.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::filter::{Context, Filter, Finding};
use crate::text::{ends_sentence, has_words, is_stopword, more_words_than, words, BoundaryRegex};

pub struct AuthorBio;

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
static NAME_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{}", name_unit())).expect("valid regex"));
static NEXT_NAME_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"(?:\s*,\s*|\s+(?:and|und|et|y|e|&)\s+|\s*/\s*)";
    Regex::new(&format!("^{sep}{}", name_unit())).expect("valid regex")
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

/// What may follow the names without a separator: a date, a time, a handle or a role.
static TAIL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
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

/// Why `line` is a byline, if it is one.
fn byline(full_line: &str) -> Option<String> {
    let line = without_byline_participle(full_line);
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
    // words (one alone may be an acronym, like "TOI").
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
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
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

/// The role is held at, for or with an organisation ("reporter for the Ledger").
static ROLE_AT: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(
        r"(?i)\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|producer|photographer|anchor|blogger|critic|author|publisher|redakteur|redakteurin|korrespondent|korrespondentin|reporterin|journalistin|autor|autorin|kolumnist|kolumnistin|journaliste|rédacteur|rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse|periodista|redactor|redactora|corresponsal|reportero|reportera|columnista|editora)s?\b[^.;]{0,60}?\b(?:at|for|of|with|on|bei|beim|für|im|der|des|à|au|aux|chez|pour|de|du|del|en|para)\b",
    )
    .expect("valid regex")
});

/// A request to follow a person (not the site) on a social network.
static FOLLOW: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(
        r"(?xi)
          \bfollow\s+(?P<whom>him|her|them|me|(?-i:\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))\s+on\s+
            (?:twitter|x|instagram|facebook|linkedin|bluesky|threads|mastodon|github|tiktok|youtube|substack)\b
        | \bfolg(?:en\ sie|e)\s+(?:ihm|ihr|mir)\s+auf\b
        | \bsuivez-(?:le|la|moi)\s+sur\b
        | \bsíg(?:ue|a)(?:lo|la|me)\s+en\b",
    )
    .expect("valid regex")
});

/// A social handle (`@name`), not an email address.
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s(])@[A-Za-z0-9_]{2,}").expect("valid regex"));

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|\(at\)").expect("valid regex")
});

/// Contact wording: how to reach the author.
static CONTACT: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(
        r"(?xi)
          \b(?:contact|email|e-mail|write\ to|reach)\s+(?:the\s+)?(?:author|reporter|writer|writers|him|her|them|(?-i:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))\s+(?:at|via|on)\b
        | \b(?:may|can)\ be\ reached\ (?:at|via|by)\b
        | \bsend\ (?:news\ )?tips\ to\b
        | \b(?:got|have)\ a\ (?:news\ )?tip\?
        | \bsie\ erreichen\ (?:die\ autorin|den\ autor|ihn|sie)\ (?:unter|per)\b
        | \be-mail\ an\ (?:die\ autorin|den\ autor)\b
        | \b(?:contacter|joindre)\ l['’]auteur
        | \bcontacto\ del\ autor\b",
    )
    .expect("valid regex")
});

/// A line that is only a contact label and an address: "Email: jane@example.com".
static CONTACT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:e-?mail|contact|kontakt|courriel|correo(?:\ electrónico)?)\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|[\w.+-]+\s*\(at\)\s*[\w.-]+)$",
    )
    .expect("valid regex")
});

static ABOUT_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:about\ the\ (?:authors?|writer)|author\ bio|über\ (?:den\ autor|die\ autorin|die\ autoren)|zum\ autor|zur\ autorin|à\ propos\ de\ l['’]auteur|sobre\ (?:el\ autor|la\ autora))\s*:?$",
    )
    .expect("valid regex")
});

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
type Bio = (Strength, &'static str);

/// Whether `line` is an author bio or contact line, how sure, and why.
fn bio(line: &str) -> Option<Bio> {
    let trimmed = line.trim();
    if !BIO_TRIGGERS.is_match(trimmed) || trimmed.starts_with(OPENING_QUOTES) {
        return None;
    }
    if more_words_than(trimmed, 80) {
        return None;
    }
    if CONTACT_LABEL.is_match(trimmed) {
        return Some((Strength::Strong, "contact line with an email address"));
    }
    let role = ROLE.is_match(trimmed);
    // "Follow Us On Twitter" is the site's own social chrome, not an author's.
    let follow = FOLLOW.captures(trimmed).is_some_and(
        |caps| !matches!(caps.name("whom"), Some(whom) if whom.as_str().eq_ignore_ascii_case("us")),
    );
    let contact = CONTACT.is_match(trimmed);
    let handle = HANDLE.is_match(trimmed);
    let email = EMAIL.is_match(trimmed);
    let beat = trimmed.contains("covering ") || trimmed.contains(" based in ");
    if role && (follow || contact || handle || email || beat) {
        return Some((
            Strength::Strong,
            "author bio: role at a publication plus a handle, contact or beat",
        ));
    }
    if follow && !more_words_than(trimmed, 30) {
        return Some((
            Strength::Strong,
            "request to follow a person or named account on social media",
        ));
    }
    if contact && (email || handle) && !more_words_than(trimmed, 40) {
        return Some((Strength::Strong, "how to contact the author"));
    }
    if role && ROLE_AT.is_match(trimmed) {
        return Some((Strength::Weak, "author bio: role at a publication"));
    }
    None
}

/// A live line of running text: at least 8 words and a sentence ending, and not page chrome
/// that a later filter removes ("Sign up for our newsletter to get the latest news.").
fn is_prose(cx: &Context, index: usize) -> bool {
    let line = cx.doc.line(index);
    ends_sentence(line) && has_words(line, 8) && cx.doc.chrome(index).is_none()
}

/// Farthest a bio may be from the edge (in prose lines) at any strength; [`bio`] is not even
/// tried further in, which skips its regexes on nearly every line of a long article.
const MAX_BIO_DISTANCE: usize = 3;

impl Filter for AuthorBio {
    fn id(&self) -> &'static str {
        "author-bio"
    }

    fn summary(&self) -> &'static str {
        "Bylines, and author bios, follow requests and contact lines at the document's edges"
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let live: Vec<usize> = cx.live_lines().collect();
        let prose: Vec<bool> = live.iter().map(|&i| is_prose(cx, i)).collect();
        let mut findings = Vec::new();
        // Lines that may be bios: neither a byline nor an "about the author" heading.
        let mut maybe_bio = vec![false; live.len()];
        for (k, &i) in live.iter().enumerate() {
            let line = cx.doc.line(i).trim();
            if let Some(why) = byline(line) {
                findings.push(Finding::line(i, why));
            } else if line.len() <= 40 && ABOUT_AUTHOR.is_match(line) {
                findings.push(Finding::line(i, "\"about the author\" heading"));
            } else {
                maybe_bio[k] = true;
            }
        }
        // Bios at the edges: (position in `live`, how many prose lines may lie outside it, why).
        let bios: Vec<(usize, usize, &str)> = bios_within_reach(cx, &live, &prose, &maybe_bio)
            .into_iter()
            .enumerate()
            .filter_map(|(k, tried)| {
                let (strength, why) = tried??;
                let limit = match strength {
                    Strength::Strong => MAX_BIO_DISTANCE,
                    Strength::Weak => 0,
                };
                Some((k, limit, why))
            })
            .collect();
        let distances = edge_bios(&prose, &bios);
        for (&(k, _, why), distance) in bios.iter().zip(distances) {
            if let Some(distance) = distance {
                findings.push(Finding::line(
                    live[k],
                    format!("{why} ({distance} prose lines from the edge)"),
                ));
            }
        }
        findings.sort_by_key(|finding| finding.lines.start);
        findings
    }
}

/// [`bio`] of the lines in `maybe_bio` that can be within reach of an edge, tried from each end
/// inward (`None` for the lines not tried). Only bios leave the prose count, so once more than
/// [`MAX_BIO_DISTANCE`] prose lines that are not bios lie between a line and an edge, that line
/// is out of reach from that edge whatever else is found.
fn bios_within_reach(
    cx: &Context,
    live: &[usize],
    prose: &[bool],
    maybe_bio: &[bool],
) -> Vec<Option<Option<Bio>>> {
    let mut tried = vec![None; live.len()];
    let mut scan = |inward: &mut dyn Iterator<Item = usize>| {
        let mut outside = 0;
        for k in inward {
            if outside > MAX_BIO_DISTANCE {
                break;
            }
            let found = *tried[k].get_or_insert_with(|| {
                maybe_bio[k]
                    .then(|| bio(cx.doc.line(live[k]).trim()))
                    .flatten()
            });
            if prose[k] && found.is_none() {
                outside += 1;
            }
        }
    };
    scan(&mut (0..live.len()));
    scan(&mut (0..live.len()).rev());
    tried
}

/// Which bio candidates sit at an edge, and how far from it: the number of prose lines between
/// the candidate and the nearer end of the document, not counting prose lines that are bios
/// removed themselves. Removing one bio can bring the next one within reach ("X is a reporter…"
/// above "Follow X on…"), so this repeats until nothing changes; cleaning the output again then
/// finds nothing more. `prose[k]` says whether live line `k` is prose; each bio is
/// `(k, limit, _)`.
fn edge_bios(prose: &[bool], bios: &[(usize, usize, &str)]) -> Vec<Option<usize>> {
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
            "by Troy L. Smith, Cleveland.com",
            "By Chris Porter @PorterWrites Nov 18, 2019, 11:47am EST",
            "By Tim Walker - Live Science Contributor 2019-11-19T12:48:14Z",
            "By TOI staff",
            "By The Associated Press",
            "By AP and TOI staff",
            "By Daniel | Published: 23. Juli 2017",
            "Von Max Mustermann",
            "von Marcus Berger , Justus von Daniels , Ulrich Stoll",
            "von Mathilda Kraus, Online-Redaktion Veröffentlicht: 26.12.2022",
            "Par Jean Dupont",
            "Par Nicolas Girard C. le 14.09.2020 à 11h46",
            "Por Juan Pérez",
            "Por Laura Jordán / Javier Urbina",
            "Written by Jane Doe, MS, RD on November 14, 2019",
            "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
            "Veröffentlicht von Max Mustermann am 23. Februar 2020",
            "Publié par Jean Dupont",
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
             POR ESO INFORMAR ES\n",
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
}
