//! Follow requests and contact lines (`author-bio/follow-request`, `author-bio/contact-line`):
//! the patterns for social handles, email addresses and contact wording. The bio finder
//! ([`super::edge_bios`]) combines them with a role; they are apart because they are the one
//! place that knows how a person is reached.

use std::sync::LazyLock;

use regex::Regex;

use crate::matchers::regexes::{nfa_regex, RareRegex, Screened, TieredRegex};

/// A request to follow a person (not the site) on a social network.
pub(super) static FOLLOW: LazyLock<RareRegex> = LazyLock::new(|| {
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
pub(super) fn has_handle(line: &str) -> bool {
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

pub(super) static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|\(at\)").expect("valid regex")
});

/// Contact wording: how to reach the author.
pub(super) static CONTACT: Screened<RareRegex> = Screened::new(
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
pub(super) static CONTACT_LABEL: Screened<TieredRegex> = Screened::new(
    &["mail", "contact", "kontakt", "courriel", "correo"],
    || {
        r"(?i)^(?:e-?mail|contact|kontakt|courriel|correo(?:\ electrónico)?)\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|[\w.+-]+\s*\(at\)\s*[\w.-]+)$".into()
    },
    |pattern| nfa_regex(pattern).expect("valid regex"),
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a screened pattern holds one of its screen's literals.
    #[test]
    fn screens_cover_their_patterns() {
        CONTACT.assert_screen_covers();
        CONTACT_LABEL.assert_screen_covers();
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
        #[test]
        fn has_handle_agrees_with_the_regex(line in "[aZ9_@(. \t\u{a0}\u{3000}é\u{212a}]{0,10}") {
            let regex = Regex::new(r"(?:^|[\s(])@[A-Za-z0-9_]{2,}").unwrap();
            proptest::prop_assert_eq!(has_handle(&line), regex.is_match(&line));
        }
    }
}
