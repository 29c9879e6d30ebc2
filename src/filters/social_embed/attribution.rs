//! Tweet attributions and the text they credit (`social-embed/attribution`, `tweet-text`,
//! `timeline-heading`, `post-url`): the `— Name (@handle) date` line, the line ending in its
//! `t.co` link, the line or indented block above an attribution, timeline headings and bare post
//! addresses, with the length limits that keep article text out. Separate from the widgets of
//! other networks, which are single labelled lines.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::{indent, next_non_blank, prev_non_blank, Kind};
use crate::filter::Context;
use crate::matchers::regexes::{nfa_regex, TieredRegex};
use crate::text::{more_words_than, trim};

/// `— Name (@handle) date [a few more words]`, the attribution line of an embedded tweet (also
/// Bluesky and Mastodon embeds, whose handles contain dots).
///
/// It runs only on lines that start with a dash and hold `(@` ([`attribution_kind`]), so on the
/// NFA simulation alone ([`nfa_regex`]): its Unicode classes make the other engines' automata
/// slow to compile, which a process cleaning one small file would pay for.
static ATTRIBUTION: LazyLock<TieredRegex> = LazyLock::new(|| {
    nfa_regex(
        r"(?x)
        ^[—–―-]{1,2}\s*                      # the dash the embed puts before the author
        [^()]{0,80}?\s*                      # display name: any script, emoji, #tags
        \(@(?P<handle>[\w.]+)\)              # (@handle), at most HANDLE_MAX characters
        (?:\s*$|\s+                         # nothing more, or the date
        (?:
            (?P<month>\p{L}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}            # November 12, 2025
          | \d{1,2}\.?\s+(?:de\s+)?(?P<day_month>\p{L}+)\.?,?\s+(?:de\s+)?\d{4}  # 12 November 2025, 14. Juni 2018
          | \d{4}-\d{1,2}-\d{1,2}                                       # 2025-11-12
          | \d{1,2}[./]\d{1,2}[./]\d{2,4}                               # 12/11/2025, 12.11.2025
          | \d{4}年\d{1,2}月\d{1,2}日
        )
        (?P<rest>.*)$)
        ",
    )
    .expect("valid regex")
});

/// A line that ends with the link Twitter appends to a tweet. Nothing may follow the link but
/// the age a feed widget gives the post (`(by Name) @handle 7 hours ago`): a full stop after it
/// means a sentence that mentions the link. A feed widget also cuts a long post with `…` and
/// shows the start of its link (`… https://t.c`).
pub(super) static LINK_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:
            (?:
                https?://t\.co/[A-Za-z0-9]+…?          # https://t.co/AbC123, maybe truncated
              | (?:^|[^\w.])t\.co/[A-Za-z0-9]+…?       # t.co/AbC123 as a word of its own
              | (?:https?://)?pic\.(?:twitter|x)\.com/[A-Za-z0-9]+…?  # glued to a #tag too
            )
            (?:[^.!?]{0,60}?\d{1,3}\s?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)?
          | …\s*https?:(?://?(?:t(?:\.(?:c(?:o/?)?)?)?)?)?  # a cut post and the start of its link
        )
        \s*$
        ",
    )
    .expect("valid regex")
});

/// A line that is nothing but the address of one social media post: what an embed leaves when
/// its script did not run (WordPress and most CMSs embed a post from its bare URL).
pub(super) static POST_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:https?://)?(?:www\.|mobile\.|m\.)?
        (?:
            (?:twitter|x)\.com/(?P<user>\w+)/status(?:es)?/\d+   # user: at most 15 characters
          | instagram\.com/(?:p|reel|tv)/[\w-]+
          | youtube\.com/(?:watch\?v=|shorts/|embed/)[\w-]+
          | youtu\.be/[\w-]+
          | tiktok\.com/@[\w.]+/video/\d+
          | facebook\.com/[\w.-]+/(?:posts|videos)/[\w.-]+
        )
        \S*$                   # query string, trailing slash; nothing else (a date after
                                # the link means a list of sources, which is kept)
        ",
    )
    .expect("valid regex")
});

/// `Tweets by @handle`: the heading of an embedded timeline widget.
pub(super) static TIMELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^tweets\s+(?:by|von|de|par|di|door)\s+@?(?P<handle>[\w.]+)$")
        .expect("valid regex")
});

/// Longest line taken on its `t.co` link alone; the limit when the attribution follows directly.
pub(super) const LINK_LINE_MAX: usize = 420;
pub(super) const LINK_LINE_BEFORE_ATTRIBUTION_MAX: usize = 800;
/// Longest link-less line taken because the attribution follows it directly.
const ABOVE_LINE_MAX: usize = 300;
/// Limits of the indented embed block above an attribution.
const BLOCK_MAX_LINES: usize = 6;
const BLOCK_MAX_CHARS: usize = 600;
/// Longest handle in an attribution, a post credit or a timeline heading (Bluesky and Mastodon
/// handles contain dots and run longer than X's 15 characters).
///
/// Memory: the patterns match a handle of any length and the code checks this bound: a bounded
/// repetition of `\w` compiles to one copy of the Unicode word class per step, 2 MB of automata
/// per pattern for `{1,40}`.
pub(super) const HANDLE_MAX: usize = 40;
/// Shortest and longest month name in an attribution's date, also checked by the code: the
/// patterns match any run of letters, as no other date form starts with a letter, or follows a
/// day with one. A lower bound in the pattern (`\p{L}{3,}`) would compile three copies of the
/// Unicode letter class where one does.
const MONTH_MIN: usize = 3;
const MONTH_MAX: usize = 10;
/// Longest user name in an X/Twitter post address.
pub(super) const POST_URL_USER_MAX: usize = 15;
/// Words allowed after the date on an attribution line.
const ATTRIBUTION_REST_MAX_WORDS: usize = 20;

/// `Some(Kind::Attribution)` for a dated attribution line, `Some(Kind::UndatedAttribution)` for
/// `— Name (@handle)` alone.
pub(super) fn attribution_kind(line: &str) -> Option<Kind> {
    let line = trim(line);
    // What every match has: the leading dash and `(@`. Most lines lack them, so the pattern,
    // slow to compile for its Unicode classes, is only compiled for a document that has one.
    if !line.starts_with(['—', '–', '―', '-']) || !line.contains("(@") {
        return None;
    }
    let captures = ATTRIBUTION.captures(line)?;
    let group = |name: &str| captures.get_group_by_name(name).map(|span| &line[span]);
    if group("handle")?.chars().count() > HANDLE_MAX {
        return None;
    }
    let month = group("month").or(group("day_month"));
    if month.is_some_and(|month| !(MONTH_MIN..=MONTH_MAX).contains(&month.chars().count())) {
        return None;
    }
    match group("rest") {
        None => Some(Kind::UndatedAttribution),
        Some(rest) if !more_words_than(rest, ATTRIBUTION_REST_MAX_WORDS) => Some(Kind::Attribution),
        Some(_) => None,
    }
}

pub(super) fn is_attribution(kind: Kind) -> bool {
    matches!(kind, Kind::Attribution | Kind::UndatedAttribution)
}

/// Rule 3: the lines of an indented embed block above the attribution at `attribution`, when
/// the block is bounded above by a less indented line or by another attribution.
pub(super) fn indented_block_above(
    cx: &Context,
    kinds: &[Kind],
    attribution: usize,
) -> Option<Vec<usize>> {
    let depth = indent(cx.doc.line(attribution));
    if depth == 0 {
        return None;
    }
    // Below the embed the page must go on at another depth: when the text after the
    // attribution sits at the embed's own depth, article and embeds share one indentation and
    // the walk could cross an article paragraph between two embeds.
    if next_non_blank(cx, attribution).is_some_and(|next| indent(cx.doc.line(next)) == depth) {
        return None;
    }
    let mut block = Vec::new();
    let mut chars = 0;
    let mut cursor = attribution;
    loop {
        let index = prev_non_blank(cx, cursor)?;
        cursor = index;
        if cx.is_removed(index) {
            return None;
        }
        let line = cx.doc.line(index);
        let line_depth = indent(line);
        if line_depth < depth || is_attribution(kinds[index]) {
            break;
        }
        if line_depth > depth {
            return None;
        }
        chars += line.trim().chars().count();
        block.push(index);
        if block.len() > BLOCK_MAX_LINES || chars > BLOCK_MAX_CHARS {
            return None;
        }
    }
    (!block.is_empty()).then_some(block)
}

/// Rule 2: the line directly above the attribution, same paragraph and indentation.
pub(super) fn line_directly_above(
    cx: &Context,
    kinds: &[Kind],
    attribution: usize,
) -> Option<usize> {
    let index = attribution.checked_sub(1)?;
    let line = cx.doc.line(index);
    let trimmed = trim(line);
    let fits = !cx.doc.is_blank(index)
        && !cx.is_removed(index)
        && !is_attribution(kinds[index])
        && indent(line) == indent(cx.doc.line(attribution))
        && trimmed.chars().count() <= ABOVE_LINE_MAX
        && !trimmed.ends_with([':', '：']);
    fits.then_some(index)
}
