//! Labelled lines: which lines of a benchmark page are article (content) and which are noise,
//! by deboiler's conventions.
//!
//! The labelling rule (documented in `docs/model-card.md`):
//!
//! 1. **From a gold text** (sh, ce). A line's tokens are the metric's (`\w+`). A line of four
//!    tokens or more is content when at least [`CONTENT_SHARE`] of its 4-token shingles occur
//!    in the gold, noise when at most [`NOISE_SHARE`] do, and unlabelled in between. A shorter
//!    line is content when its tokens are exactly those of a gold line, unlabelled when they
//!    occur as a run inside the gold (a word of the article, or a subheading the gold joined
//!    to its paragraph), and noise otherwise. A line without tokens is unlabelled (the metric
//!    ignores it).
//! 2. **From snippets** (tf). A line containing a `with` snippet is content, one containing a
//!    `without` snippet is noise (whitespace collapsed, as the metric does); a line with both,
//!    or neither, is unlabelled.
//! 3. **deboiler's conventions win.** A line that is a flattened tweet, a photo caption or
//!    credit, a byline, a bare dateline, or a share, newsletter or related-links prompt is
//!    noise whatever the gold says ([`convention`]); these are kinds the mission names, and
//!    some golds keep them (L3S-GN1 counts captions and bylines as content). The headline is
//!    content: on the sh pages, whose gold omits it, a line whose words are mostly the URL's
//!    slug is content.
//!
//! The patterns of rule 3 describe kinds of lines, never a site, person or outlet.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::bench::{Kind, Record};
use crate::metrics::{collapse_ws, tokens};

/// Shingle share at or above which a long line is content.
pub const CONTENT_SHARE: f64 = 0.6;
/// Shingle share at or below which a long line is noise.
pub const NOISE_SHARE: f64 = 0.2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Content,
    Noise,
}

/// A label and the part of the labelling rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled {
    pub label: Label,
    pub why: &'static str,
}

fn labelled(label: Label, why: &'static str) -> Option<Labelled> {
    Some(Labelled { label, why })
}

fn hash_tokens(tokens: &[&str]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for token in tokens {
        for byte in token.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// What a gold text is looked up by.
pub struct Gold {
    shingles: HashSet<u64>,
    lines: HashSet<u64>,
    /// The gold's tokens joined by U+0001, for run lookups of short lines.
    joined: String,
}

impl Gold {
    pub fn new(gold: &str) -> Self {
        let all = tokens(gold);
        let shingles = all.windows(4).map(hash_tokens).collect();
        let lines = gold
            .lines()
            .map(tokens)
            .filter(|t| !t.is_empty())
            .map(|t| hash_tokens(&t))
            .collect();
        Gold {
            shingles,
            lines,
            joined: join(&all),
        }
    }
}

fn join(tokens: &[&str]) -> String {
    let mut out = String::from('\u{1}');
    for token in tokens {
        out.push_str(token);
        out.push('\u{1}');
    }
    out
}

/// Labels one line against a gold text.
pub fn by_gold(line: &str, gold: &Gold) -> Option<Labelled> {
    let line_tokens = tokens(line);
    if line_tokens.is_empty() {
        return None;
    }
    if line_tokens.len() >= 4 {
        let windows = line_tokens.len() - 3;
        let found = line_tokens
            .windows(4)
            .filter(|w| gold.shingles.contains(&hash_tokens(w)))
            .count();
        let share = found as f64 / windows as f64;
        return if share >= CONTENT_SHARE {
            labelled(Label::Content, "gold: shingles found")
        } else if share <= NOISE_SHARE {
            labelled(Label::Noise, "gold: shingles missing")
        } else {
            None
        };
    }
    if gold.lines.contains(&hash_tokens(&line_tokens)) {
        labelled(Label::Content, "gold: a gold line")
    } else if gold.joined.contains(&join(&line_tokens)) {
        None
    } else {
        labelled(Label::Noise, "gold: short line not in gold")
    }
}

/// Labels one line by a page's snippets (whitespace already collapsed in `with`/`without`).
pub fn by_snippets(line: &str, with: &[String], without: &[String]) -> Option<Labelled> {
    let line = collapse_ws(line);
    if line.is_empty() {
        return None;
    }
    let has = |snippets: &[String]| {
        snippets
            .iter()
            .any(|s| !s.is_empty() && line.contains(s.as_str()))
    };
    match (has(with), has(without)) {
        (true, false) => labelled(Label::Content, "snippet: with"),
        (false, true) => labelled(Label::Noise, "snippet: without"),
        _ => None,
    }
}

macro_rules! regex {
    ($pattern:expr) => {{
        static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new($pattern).expect("valid"));
        &*RE
    }};
}

const MONTHS: &str = "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";

/// deboiler's conventions for kinds of lines that are noise whatever a gold says.
pub fn convention(line: &str) -> Option<&'static str> {
    let text = line.trim();
    if text.is_empty() {
        return None;
    }
    let words = text.split_whitespace().count();
    if text.contains("pic.twitter.com") || text.contains("https://t.co/") {
        return Some("convention: tweet");
    }
    if regex!(r"^[—–-]\s*[^(]{1,60}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$").is_match(text) {
        return Some("convention: tweet attribution");
    }
    if words <= 25
        && regex!(
            r"(?i)^\(?(photo|photograph|image|picture|foto|bild|credit|crédit)s?\s*(by|credit|:|/)"
        )
        .is_match(text)
    {
        return Some("convention: caption credit");
    }
    if words <= 25
        && regex!(r"(?i)\((photo|image|picture|foto|bild)[^)]{0,60}\)\s*$").is_match(text)
    {
        return Some("convention: caption credit");
    }
    if words <= 12
        && !text.ends_with(['.', '?', '!'])
        && regex!(
            r"^(By|BY|Von|VON|Par|PAR|Por|POR|Door|Av|Autor:|Author:|Written by|Posted by)\s+\p{Lu}"
        )
        .is_match(text)
    {
        return Some("convention: byline");
    }
    if words <= 8 {
        static DATE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(&date_pattern()).expect("valid"));
        if DATE.is_match(text) {
            return Some("convention: dateline");
        }
    }
    if words <= 6
        && regex!(r"(?i)^(share( this( article| story| post)?| on \w+)?|tweet|e-?mail|print|subscribe( now)?|sign up( for)?.*newsletter.*|newsletter|related( articles| stories| posts| content)?|read more|more from .*|follow us.*|advertisement|anzeige|werbung|teilen|drucken)\s*:?$")
            .is_match(text)
    {
        return Some("convention: share or related prompt");
    }
    None
}

fn date_pattern() -> String {
    format!(
        r"(?i)^((updated|published|posted|last updated|aktualisiert|veröffentlicht)\s*:?\s*)?(\w+day,?\s+)?((\d{{1,2}}\.?\s+)?({MONTHS})\.?\s+\d{{1,2}}(,|\.)?\s+\d{{4}}|\d{{1,2}}\.?\s+({MONTHS})\.?\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})([ ,|]+\d{{1,2}}[:.]\d{{2}}(\s*[ap]\.?m\.?)?(\s*\w{{2,4}})?)?$"
    )
}

/// The slug words of a URL's path, lower-cased (`/2019/11/new-york-probe` → new, york, probe).
pub fn slug_words(url: &str) -> HashSet<String> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split_once('/')
        .map_or("", |(_, path)| path);
    path.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !w.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect()
}

/// Whether a line reads as the page's headline: three or more words, most of them in the slug.
pub fn is_slug_headline(line: &str, slug: &HashSet<String>) -> bool {
    let words: Vec<String> = tokens(line).iter().map(|t| t.to_lowercase()).collect();
    if words.len() < 3 || words.len() > 25 || slug.len() < 3 {
        return false;
    }
    let found = words.iter().filter(|w| slug.contains(*w)).count();
    found * 10 >= words.len() * 6
}

/// Labels every line of one input of `record`, a page of a `kind` set, from its gold or
/// snippets (the lines as the cleaner sees them).
pub fn label_record(kind: Kind, record: &Record, lines: &[&str]) -> Vec<Option<Labelled>> {
    label_page(
        kind,
        lines,
        record.gold.as_deref(),
        record.with.as_deref().zip(record.without.as_deref()),
        &record.url,
    )
}

/// Labels every line of a page (the lines as the cleaner sees them).
pub fn label_page(
    kind: Kind,
    lines: &[&str],
    gold: Option<&str>,
    snippets: Option<(&[String], &[String])>,
    url: &str,
) -> Vec<Option<Labelled>> {
    let gold = gold.map(Gold::new);
    let snippets = snippets.map(|(with, without)| {
        let collapse = |s: &[String]| s.iter().map(|s| collapse_ws(s)).collect::<Vec<_>>();
        (collapse(with), collapse(without))
    });
    let slug = slug_words(url);
    lines
        .iter()
        .map(|line| {
            if let Some(why) = convention(line) {
                return labelled(Label::Noise, why);
            }
            if kind == Kind::Sh && is_slug_headline(line, &slug) {
                return labelled(Label::Content, "convention: headline");
            }
            match (&gold, &snippets) {
                (Some(gold), _) => by_gold(line, gold),
                (None, Some((with, without))) => by_snippets(line, with, without),
                (None, None) => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = "Council Approves Budget\nThe city council approved the new budget on Monday after a long debate.\nMembers said the vote was close.";

    #[test]
    fn gold_lines_are_content_and_strangers_noise() {
        let gold = Gold::new(GOLD);
        let label = |line: &str| by_gold(line, &gold).map(|l| l.label);
        assert_eq!(
            label("The city council approved the new budget on Monday after a long debate."),
            Some(Label::Content)
        );
        assert_eq!(label("Council Approves Budget"), Some(Label::Content));
        assert_eq!(
            label("Sign up for our daily newsletter and never miss a story"),
            Some(Label::Noise)
        );
        assert_eq!(label("Home"), Some(Label::Noise));
        // A word of the article alone: unlabelled.
        assert_eq!(label("Members"), None);
        assert_eq!(label("   "), None);
    }

    #[test]
    fn snippets_label_lines_that_hold_them() {
        let with = vec!["approved the new budget".to_string()];
        let without = vec!["Read more".to_string()];
        assert_eq!(
            by_snippets("The council  approved the new budget.", &with, &without).map(|l| l.label),
            Some(Label::Content)
        );
        assert_eq!(
            by_snippets("Read more", &with, &without).map(|l| l.label),
            Some(Label::Noise)
        );
        assert_eq!(by_snippets("Other line", &with, &without), None);
    }

    #[test]
    fn conventions_name_kinds_of_noise() {
        for line in [
            "The plan funds repairs. pic.twitter.com/Ab12Cd34",
            "— City Desk (@citydesk) November 10, 2025",
            "Photo: Jane Roe/Agency",
            "By Jane Roe November 19, 2019, 07:47 PM EST",
            "November 19, 2019",
            "Updated: 12.03.2021 14:05",
            "Share this article",
            "Related Stories",
        ] {
            assert!(convention(line).is_some(), "{line}");
        }
        for line in [
            "By the end of the year, prices had doubled.",
            "Photographs from the archive were shown at the museum for the first time since the war, and visitors queued.",
            "He declined to comment.",
            "Share prices fell sharply on Monday after the announcement.",
            "November was the wettest month on record.",
        ] {
            assert!(convention(line).is_none(), "{line}");
        }
    }

    #[test]
    fn slug_headline() {
        let slug =
            slug_words("https://example.com/2019/11/18/council-approves-new-budget-after-debate/");
        assert!(is_slug_headline(
            "Council approves new budget after debate",
            &slug
        ));
        assert!(!is_slug_headline("Members said the vote was close.", &slug));
    }
}
