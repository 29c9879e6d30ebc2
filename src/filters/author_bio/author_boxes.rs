//! Author boxes after the article (`author-bio/author-box`): a heading or name line, then a
//! bio paragraph about that person; and the scan of the document's tail for boxes and
//! self-introductions. Separate from the edge bios, which are single lines found by their
//! wording rather than by a heading.

use std::sync::LazyLock;

use regex::Regex;

use super::edge_bios::MAX_BIO_DISTANCE;
use super::rules::{Why, AUTHOR_BOX, SELF_INTRODUCTION};
use super::self_introduction::{intro, intro_name_of};
use super::vocabulary::{BIO_PRONOUNS, OPENING_QUOTES};
use crate::matchers::regexes::{nfa_regex, TieredRegex};
use crate::text::{ends_sentence, has_words, is_stopword, more_words_than};

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
static BOX_CUE: LazyLock<TieredRegex> = LazyLock::new(|| {
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
pub(super) fn closing_boxes(
    text: &[&str],
    prose: &[bool],
) -> Vec<(std::ops::RangeInclusive<usize>, Why)> {
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
