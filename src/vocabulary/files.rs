//! The language files of `lang/`: their schema, reading, checking, and the Rust source that
//! `build.rs` generates from them. `build.rs` includes this file, and so does the crate for its
//! test of the files (see [`crate::vocabulary`]).
//!
//! A file is `lang/<code>.toml` (`code` an ISO 639-1 code) or `lang/common.toml` (words of no
//! language, such as news agencies); each key is one of [`KEYS`] and holds an array of strings.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;
use std::path::Path;

/// How a key's entries are written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    /// Lower-case: the patterns that take them ignore case.
    Lower,
    /// As they appear in text, in each case a rule matches (`By`, `by`, `BY`).
    AsWritten,
    /// With a capital, the rest lower-case (`She`): a word that opens a sentence.
    Capitalised,
}

/// One key of the language files.
pub struct Key {
    /// The key, as written in the files.
    pub name: &'static str,
    /// How its entries are written.
    pub case: Case,
    /// Whether it belongs in `common.toml` (words of no language) rather than a language's file.
    pub common: bool,
    /// What the entries are and which rules read them.
    pub doc: &'static str,
}

const fn key(name: &'static str, doc: &'static str) -> Key {
    Key {
        name,
        case: Case::Lower,
        common: false,
        doc,
    }
}

/// The keys a file may hold, in the order of the generated constants.
pub const KEYS: &[Key] = &[
    key(
        "months",
        "Month names, as written in full: date lines (page-chrome), and words that are no name \
         in a byline (author-bio).",
    ),
    key(
        "month_variants",
        "Other spellings of the month names (without accents, regional): date lines.",
    ),
    key(
        "month_abbreviations",
        "Abbreviated month names, without their full stop: date lines.",
    ),
    key(
        "month_stems",
        "The starts of the month names, for a pattern that takes any word beginning with one: \
         the date after a byline's names (author-bio).",
    ),
    key(
        "weekdays",
        "Weekday names, as written in full: date lines, and words that are no name in a byline.",
    ),
    key(
        "weekday_variants",
        "Other spellings of the weekday names (without accents, regional): date lines.",
    ),
    key(
        "weekday_abbreviations",
        "Abbreviated weekday names, without their full stop: date lines.",
    ),
    key(
        "date_labels",
        "Words that label a date line (`updated on`, `publié le`), each spelling in full (a \
         space is one space): date lines.",
    ),
    key(
        "rights_phrases",
        "Rights-reserved phrases (`(all|some) rights reserved`): words separated by one space, \
         `(a|b)` a choice of words, `[a b]` optional words. copyright's rights-phrase rule, and \
         its gate.",
    ),
    key(
        "section_names",
        "Names of newspaper sections (`politics`, `middle east`): a line that is only one is a \
         section label in page-chrome's top zone.",
    ),
    key(
        "section_news_kinds",
        "Words that make a section name with `news` after them (`world news`): page-chrome.",
    ),
    key(
        "not_names",
        "Words that, capitalised, are never part of a name in a byline: articles, determiners, \
         pronouns, question words, holidays, and what `By` also opens (`by contrast`): \
         author-bio's bylines.",
    ),
    Key {
        name: "byline_leads",
        case: Case::AsWritten,
        common: false,
        doc: "The words a byline starts with, in each case it is matched in (`By`, `by`, `BY`): \
              author-bio's bylines.",
    },
    key(
        "byline_participles",
        "Participles that may come before a byline's lead word (`written` by, `publié` par): \
         author-bio's bylines.",
    ),
    Key {
        name: "bio_pronouns",
        case: Case::Capitalised,
        common: false,
        doc: "Third-person pronouns a bio may open with instead of the name, capitalised (`She`, \
              `Sie`): author-bio's author boxes.",
    },
    key(
        "advertisement_labels",
        "Advertisement labels (`anzeige`, `story continues below`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "skip_links",
        "Skip links (`skip to content`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "share_buttons",
        "Share and print buttons (`share this article`, `drucken`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "related_list_headings",
        "Headings of related-article and most-read lists (`related stories`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "read_more_prompts",
        "Reading prompts (`read more`, `weiterlesen`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "newsletter_buttons",
        "Newsletter and subscribe buttons (`sign up now`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "video_player_labels",
        "Labels of video players (`up next`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "navigation_controls",
        "Navigation controls (`back to top`, `menü`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "comment_prompts",
        "Comment-section prompts (`leave a comment`, `kommentare`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "comment_nouns",
        "Nouns a comment counter counts (`comments`, `responses`, `kommentare`): `137 comments` \
         or `3 Responses to “…”` opens the comment section (below-article).",
    ),
    key(
        "count_one_words",
        "The word for one in a counter (`one`, `ein`): `One comment` counts like `1 comment` \
         (below-article).",
    ),
    key(
        "comment_section_openers",
        "Whole lines, beyond the comment prompts, that open the comment section under an \
         article (`reader comments`, `join the discussion`): below-article.",
    ),
    key(
        "reply_buttons",
        "A comment's controls, each a whole line (`reply`, `antworten`): below a comment \
         section's opener they show a thread follows (below-article).",
    ),
    key(
        "commenter_says",
        "The verb after a commenter's name (`says`, `sagt`): `Jane says:` signs a comment \
         (below-article).",
    ),
    key(
        "page_header_labels",
        "Page-header and consent labels (`last updated`, `accept all cookies`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "account_controls",
        "Account controls (`sign in`, `anmelden`, `my account`), each a whole line in any case: page-chrome's button and label lines.",
    ),
    key(
        "site_links",
        "Links of a site's footer and header to its own pages: legal, privacy, contact, \
         advertising, help (`privacy policy`, `impressum`, `contact us`), each a whole line in \
         any case: page-chrome's button and label lines.",
    ),
    key(
        "more_from_leads",
        "Heads of a list of more stories from a source (`more from`, `mehr zum thema auf`): \
         a short line of one and a name is page-chrome's related-list heading.",
    ),
    key(
        "newsletter_words",
        "The word newsletter (`newsletter`, `nieuwsbrief`): a short line ending in one is \
         page-chrome's newsletter label (`Email Newsletters`).",
    ),
    key(
        "share_bar_connectors",
        "Small words between share words and names (`on`, `auf`): `Share on Pinterest` is \
         page-chrome's share bar.",
    ),
    key(
        "timestamp_joiners",
        "The word between a date and its clock time in a post's or comment's timestamp \
         (`at`, `um`): such a line is page-chrome's date line anywhere.",
    ),
    key(
        "stopwords",
        "Function words: they tell content words (names, nouns, verbs) from glue, and a high \
         share of them marks running prose (line features, the model, most rules).",
    ),
    Key {
        name: "agencies",
        case: Case::AsWritten,
        common: true,
        doc: "News and photo agencies as credits write them, matched in this case only (`AP`, \
              `Reuters`, `REUTERS`); a space is one space: caption-credit, and its gate.",
    },
    Key {
        name: "photo_libraries",
        case: Case::Lower,
        common: true,
        doc: "Picture libraries, which only appear in photo credits, never as a story's source \
              (`getty images`), matched in any case: caption-credit, and its gate.",
    },
    Key {
        name: "photo_agencies",
        case: Case::Lower,
        common: true,
        doc: "Other photo agencies and archives (`zuma press`), matched in any case: \
              caption-credit, and its gate.",
    },
    Key {
        name: "share_bar_names",
        case: Case::Lower,
        common: true,
        doc: "Names on share bars (`facebook`, `rss`), matched in any ASCII case: a line made only \
              of them and `share_bar_words` is page-chrome's share bar.",
    },
    key(
        "share_bar_words",
        "Share and print words of share bars (`teilen`), matched in any ASCII case: \
         page-chrome's share bar.",
    ),
];

/// The file of words of no language.
pub const COMMON: &str = "common";

/// One file of `lang/`: its code (`en`, or [`COMMON`]) and its lists, by key.
pub struct Language {
    /// The file's name without `.toml`.
    pub code: String,
    /// Each key the file holds, with its entries in the file's order.
    pub lists: BTreeMap<String, Vec<String>>,
}

impl Language {
    /// The entries of `key`; none when the file does not hold it.
    pub fn list(&self, key: &str) -> &[String] {
        self.lists.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The file `code.toml` read from `text`, or what is wrong with it. Every entry is checked:
/// a known key holding an array of strings, each trimmed, of one line, in its key's case, and
/// none twice; a declared list is not empty.
pub fn parse(code: &str, text: &str) -> Result<Language, Vec<String>> {
    let document: toml_edit::DocumentMut = text
        .parse()
        .map_err(|error| vec![format!("{code}.toml does not parse: {error}")])?;
    let mut problems = Vec::new();
    let common = code == COMMON;
    let two_letters = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    if !common && !two_letters {
        problems.push(format!(
            "{code}.toml: a language file is named by its two-letter code"
        ));
    }
    let mut lists = BTreeMap::new();
    for (name, item) in document.iter() {
        let Some(key) = KEYS.iter().find(|key| key.name == name) else {
            problems.push(format!("{code}.toml: unknown key `{name}`"));
            continue;
        };
        if key.common != common {
            let belongs = if key.common {
                "common.toml"
            } else {
                "a language's file"
            };
            problems.push(format!("{code}.toml: `{name}` belongs in {belongs}"));
        }
        let Some(array) = item.as_array() else {
            problems.push(format!("{code}.toml: `{name}` is not an array of strings"));
            continue;
        };
        let mut entries = Vec::new();
        let mut seen = HashSet::new();
        for value in array.iter() {
            let Some(entry) = value.as_str() else {
                problems.push(format!(
                    "{code}.toml: `{name}` holds a value that is not a string"
                ));
                continue;
            };
            let at = format!("{code}.toml: `{name}` entry {entry:?}");
            if entry.is_empty() || entry.trim() != entry || entry.contains("  ") {
                problems.push(format!("{at} is empty, untrimmed or has a double space"));
            }
            if entry.contains(['\n', '\r', '\t']) {
                problems.push(format!("{at} holds a line break or a tab"));
            }
            let mut letters = entry.chars();
            let capitalised = letters.next().is_some_and(char::is_uppercase)
                && letters.as_str().to_lowercase() == letters.as_str();
            match key.case {
                Case::Lower if entry.to_lowercase() != entry => {
                    problems.push(format!("{at} is not lower-case"));
                }
                Case::Capitalised if !capitalised => {
                    problems.push(format!("{at} is not capitalised"));
                }
                _ => {}
            }
            if !seen.insert(entry) {
                problems.push(format!("{at} is there twice"));
            }
            entries.push(entry.to_string());
        }
        if entries.is_empty() {
            problems.push(format!("{code}.toml: `{name}` is empty"));
        }
        lists.insert(name.to_string(), entries);
    }
    if problems.is_empty() {
        Ok(Language {
            code: code.to_string(),
            lists,
        })
    } else {
        Err(problems)
    }
}

/// Every file of `dir` (`*.toml`), by code, or what is wrong with them.
pub fn read(dir: &Path) -> Result<Vec<Language>, Vec<String>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| vec![format!("{} cannot be read: {error}", dir.display())])?;
    let mut paths: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut languages = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let code = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        match std::fs::read_to_string(&path) {
            Ok(text) => match parse(code, &text) {
                Ok(language) => languages.push(language),
                Err(mut wrong) => problems.append(&mut wrong),
            },
            Err(error) => problems.push(format!("{} cannot be read: {error}", path.display())),
        }
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

/// The entries of `keys` in every file, first keys then files in order, each once.
pub fn union<'a>(languages: &'a [Language], keys: &[&str]) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    keys.iter()
        .flat_map(|key| {
            languages
                .iter()
                .flat_map(move |language| language.list(key))
        })
        .map(String::as_str)
        .filter(|entry| seen.insert(*entry))
        .collect()
}

/// The Rust source of the crate's vocabulary: for each key, a constant of every file's entries
/// (`MONTHS`, each entry once) and a module per file with its own (`en::MONTHS`, empty when the
/// file does not hold the key).
pub fn generate(languages: &[Language]) -> String {
    let mut out = String::from("// Generated by build.rs from lang/*.toml: edit those files.\n\n");
    let codes: Vec<String> = languages
        .iter()
        .map(|language| format!("{:?}", language.code))
        .collect();
    writeln!(
        out,
        "/// The files of `lang/`, by name.\npub const FILES: [&str; {}] = [{}];\n",
        codes.len(),
        codes.join(", ")
    )
    .unwrap();
    let constant = |out: &mut String, key: &Key, entries: &[&str], indent: &str| {
        writeln!(out, "{indent}/// {}", key.doc).unwrap();
        let name = key.name.to_uppercase();
        let entries: Vec<String> = entries.iter().map(|entry| format!("{entry:?}")).collect();
        writeln!(
            out,
            "{indent}pub const {name}: &[&str] = &[{}];",
            entries.join(", ")
        )
        .unwrap();
    };
    for key in KEYS {
        constant(&mut out, key, &union(languages, &[key.name]), "");
    }
    for language in languages {
        writeln!(out, "\n/// The words of `lang/{}.toml`.", language.code).unwrap();
        writeln!(out, "pub mod {} {{", language.code).unwrap();
        for key in KEYS {
            let entries: Vec<&str> = language.list(key.name).iter().map(String::as_str).collect();
            constant(&mut out, key, &entries, "    ");
        }
        out.push_str("}\n");
    }
    out
}
