//! Author bios at the edges of the article (`author-bio/bio`, and the follow and contact lines
//! of [`super::contact`]), and "about the author" headings: which lines are bios, and which of
//! them lie close enough to the start or end of the document to go. Separate from the author
//! boxes, which are found after the article by their heading or name line.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::contact::{has_handle, CONTACT, CONTACT_LABEL, EMAIL, FOLLOW};
use super::rules::{Why, BIO, CONTACT_LINE, FOLLOW_REQUEST};
use super::vocabulary::{OPENING_QUOTES, ROLE_VERBS};
use crate::matchers::regexes::{nfa_regex, RareRegex, TieredRegex};
use crate::text::more_words_than;

/// A line that starts with a person's name and gives their role at a publication.
///
/// Performance: anchored at the start, the search fails within the first few words of nearly
/// every line, so the NFA simulation alone ([`nfa_regex`]) costs little more than the lazy DFA
/// (33 against 24 ms for the 35,000 lines tried in 50 MB of pages, compiling included; 1% of
/// the run), and its bounded repetitions of Unicode classes made the lazy DFA's automata and
/// per-thread cache 2.9 MB.
pub(super) static ROLE: LazyLock<TieredRegex> = LazyLock::new(|| {
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

/// [`ROLE`] behind a cheap pre-check on the first words, which rejects most lines: prose goes
/// on in lower case ("The council approved…").
///
/// The pre-check is a superset of the regex. Each name word is `\p{Lu}` (so
/// `char::is_uppercase`) and a run of letters, marks and `'’.-`, then whitespace or `(`, none of
/// which the run holds: so it is a whole whitespace-delimited token, or the token holds a `(`.
/// After at most four of them comes a `(` or a verb of [`ROLE_VERBS`], as a whole token (each
/// verb is followed by whitespace).
pub(super) fn role(line: &str) -> bool {
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

pub(super) static ABOUT_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:about\ the\ (?:authors?|writer)|author\ bio|über\ (?:den\ autor|die\ autorin|die\ autoren)|zum\ autor|zur\ autorin|à\ propos\ de\ l['’]auteur|sobre\ (?:el\ autor|la\ autora))\s*:?$",
    )
    .expect("valid regex")
});

/// [`ABOUT_AUTHOR`] behind a look at the first character, which rejects most short lines (menu
/// items). The regex is anchored, and each of its phrases starts with `a`, `ü`, `z`, `à` or `s`
/// in any case: one of these characters (`ſ` is the other case of `s`).
pub(super) fn about_author_heading(line: &str) -> bool {
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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Strength {
    /// A role sentence alone: only the outermost prose line.
    Weak,
    /// Two signals (role + handle/follow/contact/beat), or a follow/contact line.
    Strong,
}

/// How sure a bio is, and why.
type Bio = (Strength, Why);

/// Whether the trimmed line `trimmed` is an author bio or contact line, how sure, and why.
pub(super) fn bio(trimmed: &str) -> Option<Bio> {
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

/// Farthest a bio may be from the edge (in prose lines) at any strength; [`bio`] is not even
/// tried further in, which skips its regexes on nearly every line of a long article.
pub(super) const MAX_BIO_DISTANCE: usize = 3;

/// The bios ([`bio`]) among the lines in `maybe_bio` that can be within reach of an edge, tried
/// from each end inward, by position. Only bios leave the prose count, so once more than
/// [`MAX_BIO_DISTANCE`] prose lines that are not bios lie between a line and an edge, that line
/// is out of reach from that edge whatever else is found. Per line only whether it was tried is
/// kept (a byte), and the bios found apart: a long page has few.
pub(super) fn bios_within_reach(
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
pub(super) fn edge_bios(prose: &[bool], bios: &[(usize, usize, Why)]) -> Vec<Option<usize>> {
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

    proptest::proptest! {
        // Few random lines are bylines or roles: more cases than the default 256.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

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

    }
}
