//! The word lists of the author-bio rules: words that cannot be names, byline lead words and
//! participles, clock words, role verbs, pronouns and quote marks. Kept apart from the patterns
//! so that the lists can be read and extended in one place, and shared by bylines, bios and
//! author boxes. The words of a language (words that are no name, month and weekday names,
//! byline lead words and participles, pronouns) come from its file, `lang/<code>.toml`; the role verbs stay with the
//! pattern they screen for (`ROLE` in `edge_bios.rs`).

use crate::vocabulary;

/// Whether `lowercase_word`, capitalised, cannot be part of a name: an article, determiner,
/// pronoun or question word (`not_names` of `lang/*.toml`), or a month or weekday name of
/// English, German, French or Spanish. Another language's names wait for a measured change of which bylines are
/// found: some are given names too (Dutch `mei`, Italian `domenica`).
pub(super) fn is_not_name(lowercase_word: &str) -> bool {
    use vocabulary::{de, en, es, fr};
    const CALENDARS: [&[&str]; 8] = [
        en::MONTHS,
        en::WEEKDAYS,
        de::MONTHS,
        de::WEEKDAYS,
        fr::MONTHS,
        fr::WEEKDAYS,
        es::MONTHS,
        es::WEEKDAYS,
    ];
    vocabulary::NOT_NAMES.contains(&lowercase_word)
        || CALENDARS
            .iter()
            .any(|names| names.contains(&lowercase_word))
}

/// The words a byline starts with, in the cases they are matched in (`byline_leads` of
/// `lang/*.toml`).
pub(super) const BYLINE_LEADS: &[&str] = vocabulary::BYLINE_LEADS;

/// Participles that may come before a byline's lead word: "Written by …", "Posted by …",
/// "Veröffentlicht von …", "Publié par …" (`byline_participles` of `lang/*.toml`).
pub(super) const BYLINE_PARTICIPLES: &[&str] = vocabulary::BYLINE_PARTICIPLES;

/// Words of a time stamp besides its digits: AM/PM and time zones.
pub(super) const CLOCK_WORDS: [&str; 14] = [
    "am", "pm", "a.m.", "p.m.", "uhr", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "cet",
    "cest",
];

/// The words [`ROLE`] may go on with after the name's first word: the verbs it names (a verb
/// before a role or a beat is always followed by whitespace).
pub(super) const ROLE_VERBS: [&str; 16] = [
    "is", "was", "has", "writes", "reports", "blogs", "covers", "ist", "war", "schreibt", "est",
    "était", "écrit", "es", "fue", "escribe",
];

/// Lines a quote or an attribution starts with are story text, not a bio.
pub(super) const OPENING_QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '\''];

/// Connectors after a name in a self-introduction: "I'm Jane and…", "Ich bin Max aka …".
pub(super) const AFTER_NAME: [&str; 10] =
    ["and", "und", "et", "y", "e", "en", "i", "aka", "&", "–"];

/// Third-person pronouns a bio may open with instead of the name ("Sie ist Journalistin…"),
/// capitalised (`bio_pronouns` of `lang/*.toml`).
pub(super) const BIO_PRONOUNS: &[&str] = vocabulary::BIO_PRONOUNS;
