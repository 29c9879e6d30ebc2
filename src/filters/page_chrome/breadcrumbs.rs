//! Breadcrumb trails (`page-chrome/breadcrumb`): "Home > World > Americas". A line-level shape
//! check, kept apart from the classifier that calls it.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{ends_sentence, trim, word_count};

static BREADCRUMB_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:>|›|»|→|/|\||::)\s+").expect("separator regex"));

/// First crumbs that name a site's home page.
static HOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:home|homepage|home\ page|start|startseite|accueil|inicio|portada|início
            |página\ inicial|pagina\ iniziale|hoofdpagina)$",
    )
    .expect("home regex")
});

/// Whether `bytes` hold `>`, `/`, `|`, `:`, `›`, `»` or `→` (scanned as UTF-8 bytes).
fn has_separator_char(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(at, &byte)| match byte {
        b'>' | b'/' | b'|' | b':' => true,
        0xC2 => bytes.get(at + 1) == Some(&0xBB),
        0xE2 => matches!(bytes.get(at + 1..at + 3), Some([0x80, 0xBA] | [0x86, 0x92])),
        _ => false,
    })
}

/// "Home > World > Americas": short crumbs joined by separators. With a home word first any
/// separator counts; otherwise three or more capitalised crumbs joined by arrows (two in the top
/// zone).
pub(super) fn is_breadcrumb(line: &str, in_top_zone: bool) -> bool {
    let line = trim(line);
    // Cheap gate: a separator needs one of these characters.
    let separator_char = has_separator_char(line.as_bytes());
    if !separator_char || !BREADCRUMB_SEPARATOR.is_match(line) {
        return false;
    }
    let mut parts = 0;
    let mut first_is_home = false;
    for (i, part) in BREADCRUMB_SEPARATOR.split(line).enumerate() {
        let n = word_count(part);
        if n == 0 || n > 5 || (ends_sentence(part) && !part.ends_with(':')) {
            return false;
        }
        if i == 0 {
            first_is_home = HOME.is_match(part);
        }
        if !first_is_home
            && !part
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return false;
        }
        parts += 1;
    }
    if first_is_home {
        return parts >= 2;
    }
    let arrows_only = !line.contains(" / ") && !line.contains(" | ") && !line.contains(" :: ");
    arrows_only && (parts >= 3 || (parts == 2 && in_top_zone))
}
