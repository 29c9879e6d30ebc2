//! A site owner's self-introduction after the article (`author-bio/self-introduction`): "Hallo,
//! ich bin Jane, …" with a word about the site or an owner cue. Apart from the author boxes
//! because it is first-person and needs its own cues (greetings, site words, speech tags), which
//! the author boxes also use to check a paragraph under a heading.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::vocabulary::{AFTER_NAME, OPENING_QUOTES};
use crate::matchers::regexes::{nfa_regex, TieredRegex};
use crate::text::{is_stopword, more_words_than};

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
static SITE_CUE: LazyLock<TieredRegex> = LazyLock::new(|| {
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
static PERSONAL_CUE: LazyLock<TieredRegex> = LazyLock::new(|| {
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
static STORY_START: LazyLock<TieredRegex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)\b(?:heute|today|tonight|aujourd['’]hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś
        |in\ diesem\ (?:artikel|beitrag|video|post)|in\ this\ (?:post|article|video|episode)
        |dans\ cet\ (?:article|épisode)|en\ este\ (?:artículo|post|vídeo))\b",
    )
    .expect("valid regex")
});

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
pub(super) fn intro_name_of(line: &str) -> Option<String> {
    if line.starts_with(OPENING_QUOTES) || SPEECH_TAG.is_match(line) {
        return None;
    }
    intro_name(INTRO.captures(line)?.name("rest")?.as_str())
}

/// Whether `line` is a site owner's self-introduction, and the name it gives.
pub(super) fn intro(line: &str) -> Option<Option<String>> {
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
