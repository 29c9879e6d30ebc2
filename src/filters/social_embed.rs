//! # social-embed
//!
//! ## What it removes
//!
//! The text that embedded social media posts leave behind when a page is flattened to text:
//!
//! - **X/Twitter**: the attribution line `— Name (@handle) Month D, YYYY` (any of the dashes
//!   `— – ― -`, and the date forms `November 12, 2025`, `Nov. 12, 2025`, `12 November 2025`,
//!   `14. Juni 2018`, `12 de noviembre de 2025`, `2025-11-12`, `12/11/2025`, `2025年11月12日`,
//!   optionally followed by a few words such as a time; also `— Name (@handle)` with no date at
//!   all); the tweet text that ends with its `https://t.co/…` or `pic.twitter.com/…`
//!   (`pic.x.com/…`) link; and the tweet text just above an attribution line (see "How the tweet text is found" below). Also a timeline widget
//!   heading `Tweets by @handle`.
//! - **Instagram / Threads**: the label `View this post on Instagram` (and its German, French,
//!   Spanish, Italian, Portuguese and Dutch versions), `View on Instagram`, `View on Threads`, the
//!   credit `A post shared by Name (@handle)` (optionally `on Apr 21, 2019 at 4:40am PDT`; also
//!   `Ein Beitrag geteilt von …`, `Une publication partagée par …`, …), and a short caption
//!   sitting between the label and the credit.
//! - **Facebook**: the embedded post credit `Posted by Name on Facebook` or
//!   `Posted by Name on Tuesday, November 5, 2019`.
//! - **TikTok**: the credit line with the sound note, `@user caption ♬ original sound - user`.
//! - **YouTube**: player remnants that are a whole line: `Watch on YouTube`, `Video unavailable`,
//!   `This video is private`, `If playback doesn't begin shortly, try restarting your device.`,
//!   `Dieses Video auf YouTube ansehen`, `Vidéo non disponible`, …; and player controls
//!   (`Watch later`, `Share`, `Copy link`, `Tap to unmute`, `0:00 / 0:00`, …) only when they sit
//!   next to such a remnant.
//! - A line that is nothing but the address of one post (`https://twitter.com/user/status/123…`,
//!   `instagram.com/p/…`, `youtube.com/watch?v=…`, `youtu.be/…`, TikTok videos, Facebook posts):
//!   what a CMS leaves when the embed script did not run.
//! - Consent placeholders that stand in for a social embed: `An dieser Stelle findet Ihr einen
//!   externen Inhalt von Instagram, …`, `Mit dem Laden des Beitrags akzeptieren Sie die
//!   Datenschutzerklärung von Facebook.`
//!
//! ### How the tweet text is found
//!
//! The attribution line is unambiguous; the text above it is not, because nothing marks where
//! the article stops and the tweet starts. A line counts as tweet text when one of these holds:
//!
//! 1. it ends with a `t.co` / `pic.twitter.com` link (nothing after the link, not even a full
//!    stop, but the post's age in a feed widget: `… https://t.co/Ab12 @handle 7 hours ago`), or
//!    a feed widget cut it with `…` before the start of its link (`… https://t.c`), and it is
//!    at most 420 characters long (a tweet is 280 characters plus link display
//!    text), or 800 when the attribution line follows directly;
//! 2. it is the line directly above the attribution line, with no blank line between them and
//!    the same indentation, at most 300 characters long, and it does not end with `:` (a line
//!    like `He posted on social media:` introduces the embed and belongs to the article). The
//!    attribution must carry a date: above a bare `— Name (@handle)` only rules 1 and 3 apply.
//!    Only that one line is taken: a multi-line tweet without a link keeps its upper lines, since
//!    they cannot be told apart from the article paragraph before it;
//! 3. in indented page dumps, where the embed is nested deeper than the article: the attribution
//!    is indented, and walking up from it every line has exactly its indentation until a line
//!    with *less* indentation (the article) or another attribution line is reached, within 6
//!    lines and 600 characters, and the first line *below* the attribution is not at the
//!    embed's depth either (when it is, article and embeds share one indentation and the walk
//!    could cross an article paragraph sitting between two embeds). The lines walked over are
//!    the tweet. If the walk meets a line indented deeper, reaches the top of the document, or
//!    exceeds the limits, nothing is taken.
//!
//! When no rule applies (for example the tweet text is missing and the line above is the
//! article's last paragraph, longer than a tweet or separated by a blank line), only the
//! attribution line goes.
//!
//! ## Rules
//!
//! - `social-embed/attribution`: tweet attribution line `— Name (@handle) date`
//! - `social-embed/tweet-text`: tweet text: ending in its `t.co` link, directly above its
//!   attribution, or an indented embed block above it
//! - `social-embed/timeline-heading`: Twitter timeline widget heading `Tweets by @handle`
//! - `social-embed/instagram`: Instagram embed label, credit, and the caption between them
//! - `social-embed/facebook-credit`: Facebook embed credit `Posted by Name on <date>` / `on
//!   Facebook`
//! - `social-embed/tiktok-credit`: TikTok embed credit with its `♬` sound note
//! - `social-embed/youtube-player`: YouTube player remnant, and player controls next to it
//! - `social-embed/consent-placeholder`: consent placeholder standing in for a social media embed
//! - `social-embed/post-url`: bare link to a social media post, left where its embed was
//!
//! ## Why is this noise?
//!
//! An embed is rendered by a script; once flattened, its text is out of context: the author
//! line, dates, link stubs and player buttons interrupt the article, and the tweet text usually
//! repeats what the article already quotes or paraphrases in its own words.
//!
//! ## Example
//!
//! ```text
//! The mayor announced the closure on Tuesday, writing on social media:
//! The bridge will stay closed until further notice. Please use the ferry. https://t.co/Ab12Cd34Ef
//! — Jane Roe (@janeroe) March 4, 2025
//! Residents reacted angrily.
//! ```
//!
//! becomes
//!
//! ```text
//! The mayor announced the closure on Tuesday, writing on social media:
//! Residents reacted angrily.
//! ```
//!
//! ## Known false positives
//!
//! - A real article line directly above an attribution line (no blank line between) is taken
//!   when the tweet text itself was lost, as long as it is at most 300 characters and does not
//!   end with `:`. Longer paragraphs and introductions are kept.
//! - A prose line ending with a bare `t.co` link and no final punctuation is taken, and so is
//!   one whose `t.co` link is followed by an age in digits and nothing else ("… 3 days ago").
//! - A bare YouTube or Instagram address on a line of its own is taken even when the author put
//!   it there as a plain link (for instance in a reader comment).
//!
//! Deliberately kept: prose that quotes a tweet (`He wrote on X: “…”`), sentences that mention a
//! `t.co` link and go on, a link followed by a full stop, a post address with other text or a
//! date on its line (`Source: https://…`, lists of sources), profile addresses, share buttons
//! (`Tweet`, `Share on Facebook`, left to other filters), the word `Share` or `Info` unless next to a YouTube player
//! remnant, and a `♬` that is not a TikTok sound credit.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use regex_automata::meta;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::matchers::regexes::nfa_regex;
use crate::text::{more_words_than, trim, trim_start};

pub struct SocialEmbed;

/// `— Name (@handle) date [a few more words]`, the attribution line of an embedded tweet (also
/// Bluesky and Mastodon embeds, whose handles contain dots).
///
/// It runs only on lines that start with a dash and hold `(@` ([`attribution_kind`]), so on the
/// NFA simulation alone ([`nfa_regex`]): its Unicode classes make the other engines' automata
/// slow to compile, which a process cleaning one small file would pay for.
static ATTRIBUTION: LazyLock<meta::Regex> = LazyLock::new(|| {
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
static LINK_END: LazyLock<Regex> = LazyLock::new(|| {
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

static INSTAGRAM_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:
            view\ this\ (?:post|photo|video|reel)\ on\ instagram
          | view\ (?:more\ )?on\ (?:instagram|threads)
          | sieh\ dir\ diesen\ beitrag\ auf\ instagram\ an
          | diesen\ beitrag\ auf\ instagram\ ansehen
          | voir\ cette\ publication\ sur\ instagram
          | ver\ esta\ publicación\ en\ instagram
          | visualizza\ questo\ post\ su\ instagram
          | ver\ (?:essa|esta)\ (?:foto|publicação)\ no\ instagram
          | (?:dit\ bericht\ bekijken|bekijk\ dit\ bericht)\ op\ instagram
        )$
        ",
    )
    .expect("valid regex")
});

/// `A post shared by Name (@handle) on Apr 21, 2019 at 4:40am PDT` and translations.
static INSTAGRAM_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:
            an?\ (?:post|photo|video|reel)\ (?:shared|posted)\ by
          | ein\ beitrag\ geteilt\ von
          | une\ publication\ partagée\ par
          | una\ publicación\ compartida\ (?:por|de)
          | un\ post\ condiviso\ da
          | uma\ publicação\ (?:compartilhada|partilhada)\ por
          | een\ bericht\ gedeeld\ door
        )
        \s+[^()]{0,80}?\(?@(?P<handle>[\w.]+)(?P<close>\))?   # Name (@handle), or just @handle
        (?P<rest>.*)$                                       # on <date> at <time>
        ",
    )
    .expect("valid regex")
});

/// Facebook's embedded-post credit: `Posted by Name on Facebook` or `… on Tuesday, November 5,
/// 2019` (weekday, comma, date with a year).
static FACEBOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:posted\ by|gepostet\ von)\s+[^.!?:]{1,80}?\s+(?:on|am|auf)\s+
        (?:
            facebook
          | \p{L}{5,12},\s+[^,]{3,20},?\s+(?:19|20)\d{2}.{0,30}   # Tuesday, November 5, 2019
        )$
        ",
    )
    .expect("valid regex")
});

static TIKTOK_SOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)♬\s*(?:original sound|originalton|son original|sonido original|suono originale|som original|origineel geluid|оригинальный звук)",
    )
    .expect("valid regex")
});

/// Whole-line YouTube player remnants (trailing punctuation stripped first).
static YOUTUBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:
            watch\ (?:this\ video\ )?on\ youtube
          | (?:this\ )?video\ (?:is\ )?(?:unavailable|private|no\ longer\ available)
          | if\ playback\ doesn['’]t\ begin\ shortly.*
          | videos\ you\ watch\ may\ be\ added\ to\ the\ tv['’]s\ watch\ history.*
          | an\ error\ occurred\ while\ retrieving\ sharing\ information.*
          | playback\ on\ other\ websites\ has\ been\ disabled.*
          | (?:dieses\ video\ )?auf\ youtube\ ansehen
          | (?:dieses\ )?video\ (?:ist\ )?nicht\ (?:mehr\ )?verfügbar
          | regarder\ (?:cette\ vidéo\ )?sur\ youtube
          | (?:cette\ )?vidéo\ (?:non\ disponible|indisponible|n['’]est\ pas\ disponible)
          | ver\ en\ youtube
          | (?:este\ )?v[ií]deo\ no\ (?:está\ )?disponible
          | guarda\ su\ youtube
          | (?:questo\ )?video\ non\ (?:è\ )?disponibile
          | assistir\ no\ youtube
          | (?:este\ )?vídeo\ (?:indisponível|não\ está\ disponível)
          | (?:bekijken|bekijk)\ op\ youtube
          | video\ niet\ beschikbaar
        )$
        ",
    )
    .expect("valid regex")
});

/// Player controls: noise only next to a [`YOUTUBE`] remnant.
static PLAYER_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        ^(?:
            watch\ later | share | copy\ link | info | shopping | tap\ to\ unmute
          | more\ videos | include\ playlist | watch\ on | you['’]re\ signed\ out
          | cancel | confirm | youtube | später\ ansehen | teilen | link\ kopieren
          | weitere\ videos | regarder\ plus\ tard | partager | copier\ le\ lien
          | \d{1,2}:\d{2}(?:\ /\ \d{1,2}:\d{2})?
        )$
        ",
    )
    .expect("valid regex")
});

/// Consent placeholders shown instead of an embed until the reader agrees to load it.
static CONSENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?:
            (?:externen?\ inhalte?s?|external\ content|contenu\ externe|contenido\ externo
              |contenuto\ esterno|conteúdo\ externo|externe\ inhoud)
            \s+(?:von|from|de|du|di|van)
          | datenschutzerklärung\ von
        )
        \s+(?:instagram|twitter|x|youtube|facebook|tiktok|threads|bluesky)\b
        ",
    )
    .expect("valid regex")
});

/// A line that is nothing but the address of one social media post: what an embed leaves when
/// its script did not run (WordPress and most CMSs embed a post from its bare URL).
static POST_URL: LazyLock<Regex> = LazyLock::new(|| {
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
static TIMELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^tweets\s+(?:by|von|de|par|di|door)\s+@?(?P<handle>[\w.]+)$")
        .expect("valid regex")
});

const ATTRIBUTION_LINE: Rule = Rule::new(
    "attribution",
    "tweet attribution line `— Name (@handle) date`",
);
const TWEET_TEXT: Rule = Rule::new(
    "tweet-text",
    "tweet text: ending in its `t.co` link, directly above its attribution, or an indented embed block above it",
);
const TIMELINE_HEADING: Rule = Rule::new(
    "timeline-heading",
    "Twitter timeline widget heading `Tweets by @handle`",
);
const INSTAGRAM_EMBED: Rule = Rule::new(
    "instagram",
    "Instagram embed label, credit, and the caption between them",
);
const FACEBOOK_CREDIT: Rule = Rule::new(
    "facebook-credit",
    "Facebook embed credit `Posted by Name on <date>` / `on Facebook`",
);
const TIKTOK_CREDIT: Rule = Rule::new(
    "tiktok-credit",
    "TikTok embed credit with its `♬` sound note",
);
const YOUTUBE_PLAYER: Rule = Rule::new(
    "youtube-player",
    "YouTube player remnant, and player controls next to it",
);
const CONSENT_PLACEHOLDER: Rule = Rule::new(
    "consent-placeholder",
    "consent placeholder standing in for a social media embed",
);
const POST_LINK: Rule = Rule::new(
    "post-url",
    "bare link to a social media post, left where its embed was",
);

const LINK_REASON: &str = "tweet text ending in its t.co / pic.twitter.com link";
const ABOVE_REASON: &str =
    "tweet text: the line directly above a `— Name (@handle) date` attribution";
const BLOCK_REASON: &str =
    "tweet text: indented embed block above a `— Name (@handle) date` attribution";

/// Longest line taken on its `t.co` link alone; the limit when the attribution follows directly.
const LINK_LINE_MAX: usize = 420;
const LINK_LINE_BEFORE_ATTRIBUTION_MAX: usize = 800;
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
const HANDLE_MAX: usize = 40;
/// Shortest and longest month name in an attribution's date, also checked by the code: the
/// patterns match any run of letters, as no other date form starts with a letter, or follows a
/// day with one. A lower bound in the pattern (`\p{L}{3,}`) would compile three copies of the
/// Unicode letter class where one does.
const MONTH_MIN: usize = 3;
const MONTH_MAX: usize = 10;
/// Longest user name in an X/Twitter post address.
const POST_URL_USER_MAX: usize = 15;
/// Words allowed after the date on an attribution line.
const ATTRIBUTION_REST_MAX_WORDS: usize = 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Other,
    Attribution,
    /// `— Name (@handle)` with no date: still an embed credit, but weaker evidence, so the line
    /// above it is only taken on its link or by the indented-block rule.
    UndatedAttribution,
    LinkEnd,
    InstagramLabel,
    InstagramCredit,
    Facebook,
    TikTok,
    YouTube,
    Consent,
    Timeline,
    PostUrl,
}

fn indent(line: &str) -> usize {
    line.len() - trim_start(line).len()
}

/// The line without surrounding blanks and trailing punctuation, for whole-line phrase matching.
fn bare(line: &str) -> &str {
    trim(line)
        .trim_end_matches(['.', '!', ':', '…', '›', '»', '→'])
        .trim_end()
}

/// `Some(Kind::Attribution)` for a dated attribution line, `Some(Kind::UndatedAttribution)` for
/// `— Name (@handle)` alone.
fn attribution_kind(line: &str) -> Option<Kind> {
    let line = trim(line);
    // What every match has: the leading dash and `(@`. Most lines lack them, so the pattern,
    // slow to compile for its Unicode classes, is only compiled for a document that has one.
    if !line.starts_with(['—', '–', '―', '-']) || !line.contains("(@") {
        return None;
    }
    let mut captures = ATTRIBUTION.create_captures();
    ATTRIBUTION.captures(line, &mut captures);
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

/// The characters after the handle of an [`INSTAGRAM_CREDIT`] line, as if the handle were
/// capped at [`HANDLE_MAX`] characters: a longer handle's overflow counts too, and then the
/// character after the cap is a word character, so a closing `)` is not skipped.
fn credit_rest_chars(credit: &Captures) -> usize {
    let handle = credit["handle"].chars().count();
    let rest = credit["rest"].chars().count();
    if handle <= HANDLE_MAX {
        rest
    } else {
        let close = credit.name("close").map_or(0, |m| m.len());
        handle - HANDLE_MAX + close + rest
    }
}

fn is_attribution(kind: Kind) -> bool {
    matches!(kind, Kind::Attribution | Kind::UndatedAttribution)
}

/// Kind of a line that passed [`gate::SOCIAL_EMBED`].
fn classify(line: &str) -> Kind {
    let trimmed = trim(line);
    let bare = bare(line);
    if let Some(kind) = attribution_kind(trimmed) {
        kind
    } else if LINK_END.is_match(trimmed) {
        Kind::LinkEnd
    } else if INSTAGRAM_LABEL.is_match(bare) {
        Kind::InstagramLabel
    } else if INSTAGRAM_CREDIT
        .captures(trimmed)
        .is_some_and(|c| credit_rest_chars(&c) <= 60)
    {
        Kind::InstagramCredit
    } else if trimmed.chars().count() <= 160 && FACEBOOK.is_match(trimmed) {
        Kind::Facebook
    } else if trimmed.contains('♬')
        && trimmed.chars().count() <= 400
        && (trimmed.starts_with('@') || TIKTOK_SOUND.is_match(trimmed))
    {
        Kind::TikTok
    } else if YOUTUBE.is_match(bare) {
        Kind::YouTube
    } else if trimmed.chars().count() <= 300 && CONSENT.is_match(trimmed) {
        Kind::Consent
    } else if TIMELINE
        .captures(bare)
        .is_some_and(|c| c["handle"].chars().count() <= HANDLE_MAX)
    {
        Kind::Timeline
    } else if POST_URL.captures(trimmed).is_some_and(|c| {
        c.name("user")
            .is_none_or(|user| user.as_str().chars().count() <= POST_URL_USER_MAX)
    }) {
        Kind::PostUrl
    } else {
        Kind::Other
    }
}

/// Collects findings, one per line, never twice and never a line an earlier filter took.
struct Collector<'c, 'd, 'a> {
    cx: &'c Context<'d, 'a>,
    taken: Vec<bool>,
    findings: Vec<Finding>,
}

impl Collector<'_, '_, '_> {
    fn take(&mut self, index: usize, rule: Rule, reason: &str) {
        if !self.taken[index] && !self.cx.is_removed(index) {
            self.taken[index] = true;
            self.findings
                .push(Finding::line(index, reason).with_rule(rule));
        }
    }
}

/// Previous (or next) non-blank line, skipping blank lines; `None` at the document edge.
fn prev_non_blank(cx: &Context, index: usize) -> Option<usize> {
    (0..index).rev().find(|&i| !cx.doc.is_blank(i))
}

fn next_non_blank(cx: &Context, index: usize) -> Option<usize> {
    (index + 1..cx.doc.len()).find(|&i| !cx.doc.is_blank(i))
}

/// Rule 3: the lines of an indented embed block above the attribution at `attribution`, when
/// the block is bounded above by a less indented line or by another attribution.
fn indented_block_above(cx: &Context, kinds: &[Kind], attribution: usize) -> Option<Vec<usize>> {
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
fn line_directly_above(cx: &Context, kinds: &[Kind], attribution: usize) -> Option<usize> {
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

impl Filter for SocialEmbed {
    fn id(&self) -> &'static str {
        "social-embed"
    }

    fn summary(&self) -> &'static str {
        "Flattened social media embeds: tweet text and `— Name (@handle) date` lines, Instagram, Facebook, TikTok and YouTube remnants"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            ATTRIBUTION_LINE,
            TWEET_TEXT,
            TIMELINE_HEADING,
            INSTAGRAM_EMBED,
            FACEBOOK_CREDIT,
            TIKTOK_CREDIT,
            YOUTUBE_PLAYER,
            CONSENT_PLACEHOLDER,
            POST_LINK,
        ]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let doc = cx.doc;
        let mut kinds = vec![Kind::Other; doc.len()];
        let mut any = false;
        for index in cx.live_lines() {
            if cx.passes(index, &gate::SOCIAL_EMBED) {
                kinds[index] = classify(doc.line(index));
            }
            any |= kinds[index] != Kind::Other;
        }
        if !any {
            return Vec::new();
        }

        let mut out = Collector {
            cx,
            taken: vec![false; doc.len()],
            findings: Vec::new(),
        };
        for index in 0..doc.len() {
            match kinds[index] {
                Kind::Other => {}
                Kind::Attribution | Kind::UndatedAttribution => {
                    out.take(index, ATTRIBUTION_LINE, ATTRIBUTION_LINE.summary);
                    if let Some(block) = indented_block_above(cx, &kinds, index) {
                        for line in block {
                            out.take(line, TWEET_TEXT, BLOCK_REASON);
                        }
                    } else if let Some(line) = line_directly_above(cx, &kinds, index) {
                        // Without a date, only the link rule and the block rule find the text.
                        if kinds[index] == Kind::UndatedAttribution && kinds[line] != Kind::LinkEnd
                        {
                            continue;
                        }
                        let reason = if kinds[line] == Kind::LinkEnd {
                            LINK_REASON
                        } else {
                            ABOVE_REASON
                        };
                        out.take(line, TWEET_TEXT, reason);
                    }
                }
                Kind::LinkEnd => {
                    let length = doc.line(index).trim().chars().count();
                    let attribution_follows =
                        next_non_blank(cx, index).is_some_and(|next| is_attribution(kinds[next]));
                    let limit = if attribution_follows {
                        LINK_LINE_BEFORE_ATTRIBUTION_MAX
                    } else {
                        LINK_LINE_MAX
                    };
                    if length <= limit {
                        out.take(index, TWEET_TEXT, LINK_REASON);
                    }
                }
                Kind::InstagramLabel => {
                    out.take(
                        index,
                        INSTAGRAM_EMBED,
                        "Instagram embed label `View this post on Instagram`",
                    );
                    take_instagram_caption(cx, &kinds, index, &mut out);
                }
                Kind::InstagramCredit => out.take(
                    index,
                    INSTAGRAM_EMBED,
                    "Instagram embed credit `A post shared by Name (@handle)`",
                ),
                Kind::Facebook => out.take(index, FACEBOOK_CREDIT, FACEBOOK_CREDIT.summary),
                Kind::TikTok => out.take(index, TIKTOK_CREDIT, TIKTOK_CREDIT.summary),
                Kind::YouTube => {
                    out.take(
                        index,
                        YOUTUBE_PLAYER,
                        "YouTube player remnant (`Watch on YouTube`, `Video unavailable`, …)",
                    );
                    take_player_controls(cx, index, &mut out);
                }
                Kind::Consent => out.take(index, CONSENT_PLACEHOLDER, CONSENT_PLACEHOLDER.summary),
                Kind::Timeline => out.take(index, TIMELINE_HEADING, TIMELINE_HEADING.summary),
                Kind::PostUrl => out.take(index, POST_LINK, POST_LINK.summary),
            }
        }
        out.findings.sort_by_key(|f| f.lines.start);
        out.findings
    }
}

/// A short caption between an Instagram label and its `A post shared by` credit.
fn take_instagram_caption(cx: &Context, kinds: &[Kind], label: usize, out: &mut Collector) {
    let mut between = Vec::new();
    let mut chars = 0;
    let mut cursor = label;
    while let Some(index) = next_non_blank(cx, cursor) {
        cursor = index;
        if kinds[index] == Kind::InstagramCredit {
            for line in between {
                out.take(
                    line,
                    INSTAGRAM_EMBED,
                    "Instagram caption between the embed label and its credit",
                );
            }
            return;
        }
        if cx.is_removed(index) || kinds[index] != Kind::Other {
            return;
        }
        chars += cx.doc.line(index).trim().chars().count();
        between.push(index);
        if between.len() > 4 || chars > 800 {
            return;
        }
    }
}

/// Player controls (`Share`, `Watch later`, …) in the run of lines around a YouTube remnant.
fn take_player_controls(cx: &Context, remnant: usize, out: &mut Collector) {
    const REASON: &str = "YouTube player control next to a player remnant";
    let is_control = |i: usize| !cx.is_removed(i) && PLAYER_CONTROL.is_match(bare(cx.doc.line(i)));
    let mut cursor = remnant;
    while let Some(index) = prev_non_blank(cx, cursor).filter(|&i| is_control(i)) {
        out.take(index, YOUTUBE_PLAYER, REASON);
        cursor = index;
    }
    cursor = remnant;
    while let Some(index) = next_non_blank(cx, cursor).filter(|&i| is_control(i)) {
        out.take(index, YOUTUBE_PLAYER, REASON);
        cursor = index;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by};

    fn removed(input: &str) -> Vec<String> {
        removed_by(&SocialEmbed, input)
    }

    #[test]
    fn each_kind_of_remnant_names_its_rule() {
        use crate::filters::testing::rules_fired;
        let tweet = "The mayor announced the closure on Tuesday, writing on social media:\n\
            The bridge will stay closed. https://t.co/Ab12Cd34Ef\n\
            — Jane Roe (@janeroe) March 4, 2025\n";
        assert_eq!(
            rules_fired(&SocialEmbed, tweet),
            [
                (
                    "The bridge will stay closed. https://t.co/Ab12Cd34Ef".to_string(),
                    "social-embed/tweet-text".to_string()
                ),
                (
                    "— Jane Roe (@janeroe) March 4, 2025".to_string(),
                    "social-embed/attribution".to_string()
                ),
            ]
        );
        for (line, rule) in [
            ("Tweets by @janeroe", "timeline-heading"),
            ("View this post on Instagram", "instagram"),
            (
                "Posted by City Fire Department on Tuesday, November 5, 2019",
                "facebook-credit",
            ),
            (
                "@janeroe the bridge at dawn ♬ original sound - janeroe",
                "tiktok-credit",
            ),
            ("Watch on YouTube", "youtube-player"),
            (
                "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Facebook.",
                "consent-placeholder",
            ),
            ("https://www.instagram.com/p/CMe36CjDPBh/", "post-url"),
        ] {
            let input = format!("Residents reacted angrily.\n{line}\n");
            assert_eq!(
                rules_fired(&SocialEmbed, &input),
                [(line.to_string(), format!("social-embed/{rule}"))]
            );
        }
    }

    #[test]
    fn handles_and_user_names_have_their_length_limits() {
        let handle = |n: usize| "h".repeat(n);
        let attribution = |n| format!("— Jane Roe (@{}) March 4, 2025", handle(n));
        assert!(classify(&attribution(40)) == Kind::Attribution);
        assert!(classify(&attribution(41)) == Kind::Other);
        let dated = |date: &str| format!("— Jane Roe (@janeroe) {date}");
        assert!(classify(&dated("Septembers 4, 2025")) == Kind::Attribution);
        assert!(classify(&dated("Septemberss 4, 2025")) == Kind::Other);
        assert!(classify(&dated("4 de Septembers de 2025")) == Kind::Attribution);
        assert!(classify(&dated("4 de Septemberss de 2025")) == Kind::Other);
        assert!(classify(&dated("4. Septemberss 2025")) == Kind::Other);
        assert!(classify(&dated("Sep 4, 2025")) == Kind::Attribution);
        assert!(classify(&dated("Se 4, 2025")) == Kind::Other);
        assert!(classify(&dated("4 de Sep de 2025")) == Kind::Attribution);
        assert!(classify(&dated("4 de Se de 2025")) == Kind::Other);
        assert!(classify(&dated("4 de 2025")) == Kind::Other);
        assert!(classify(&dated("4. Se 2025")) == Kind::Other);
        assert!(classify(&format!("Tweets by @{}", handle(40))) == Kind::Timeline);
        assert!(classify(&format!("Tweets by @{}", handle(41))) == Kind::Other);
        let post = |n| format!("https://twitter.com/{}/status/123", handle(n));
        assert!(classify(&post(15)) == Kind::PostUrl);
        assert!(classify(&post(16)) == Kind::Other);
        // A handle over the limit counts its overflow as the rest of an Instagram credit (60).
        let credit = |n, rest: &str| format!("A post shared by Jane (@{}){rest}", handle(n));
        assert!(classify(&credit(40, &"x".repeat(59))) == Kind::InstagramCredit);
        assert!(classify(&credit(49, &"x".repeat(50))) == Kind::InstagramCredit);
        assert!(classify(&credit(50, &"x".repeat(50))) == Kind::Other);
    }

    #[test]
    fn tweet_with_link_and_attribution() {
        let input = "The mayor announced the closure on Tuesday, writing on social media:\n\
            The bridge will stay closed until further notice. Please use the ferry. https://t.co/Ab12Cd34Ef\n\
            — Jane Roe (@janeroe) March 4, 2025\n\
            Residents reacted angrily.\n";
        assert_eq!(
            removed(input),
            [
                "The bridge will stay closed until further notice. Please use the ferry. https://t.co/Ab12Cd34Ef",
                "— Jane Roe (@janeroe) March 4, 2025",
            ]
        );
    }

    #[test]
    fn pic_twitter_link_and_other_dashes_and_dates() {
        let input = "Fans gathered outside the stadium.\n\
            What a night in the capital! pic.twitter.com/Xy98Zw76\n\
            – City FC (@CityFC) 12 November 2025\n\
            Later the club confirmed the signing.\n";
        assert_eq!(
            removed(input),
            [
                "What a night in the capital! pic.twitter.com/Xy98Zw76",
                "– City FC (@CityFC) 12 November 2025",
            ]
        );
        for line in [
            "- Jane Roe (@janeroe) 2025-11-12",
            "― Jane Roe (@janeroe) Nov 12, 2025",
            "— Jane Roe (@janeroe) Nov. 12, 2025",
            "— Max Muster (@maxmuster) 14. Juni 2018",
            "— Ana Pérez (@anaperez) 12 de noviembre de 2025",
            "— Jane Roe 🏳️‍🌈 (@jane_roe) November 12, 2025 at 3:05 PM",
            "— Jane Roe (@jane.bsky.social) 12/11/2025",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
    }

    #[test]
    fn spanish_tweet_truncated_before_link() {
        let input = "El ministro respondió horas después.\n\
            Hemos decidido suspender la cooperación mientras continúen los ataques. La decisión… https://t.co/QwErTy1234\n\
            — Ministro Ejemplo (@ministro) November 11, 2025\n";
        assert_eq!(removed(input).len(), 2);
        assert!(!removed(input).contains(&"El ministro respondió horas después.".to_string()));
    }

    #[test]
    fn tweet_without_link_directly_above_attribution() {
        let input = "Musk had already hinted at the plan.\n\
            Even in a robotaxi future, the cars will only be used a third of the week.\n\
            — Some Founder (@founder) November 4, 2023\n";
        assert_eq!(
            removed(input),
            [
                "Even in a robotaxi future, the cars will only be used a third of the week.",
                "— Some Founder (@founder) November 4, 2023",
            ]
        );
    }

    #[test]
    fn introduction_line_and_long_paragraph_above_attribution_are_kept() {
        // The tweet text is missing: the line above is the article's introduction.
        let intro = "The minister posted on social media:\n\
            — Jane Roe (@janeroe) March 4, 2025\n";
        assert_eq!(removed(intro), ["— Jane Roe (@janeroe) March 4, 2025"]);

        // A paragraph longer than a tweet is the article, not the tweet.
        let paragraph = "The minister responded within hours. ".repeat(10);
        let long = format!(
            "{}\n— Jane Roe (@janeroe) March 4, 2025\n",
            paragraph.trim()
        );
        assert_eq!(removed(&long), ["— Jane Roe (@janeroe) March 4, 2025"]);

        // A blank line between: another paragraph, not the tweet.
        let separated = "Residents were furious about the decision.\n\n\
            — Jane Roe (@janeroe) March 4, 2025\n";
        assert_eq!(removed(separated), ["— Jane Roe (@janeroe) March 4, 2025"]);
    }

    #[test]
    fn indented_embed_block_in_page_dump() {
        let input = "        The reaction online was swift.\n\
            \n\
            \x20         Hey everyone, the whole point of this campaign is awareness. #thanks\n\
            \n\
            \x20         ⬇️⬇️⬇️https://t.co/hopPjqa95w\n\
            \n\
            \x20         — Governor Example (@govexample) November 18, 2019\n\
            \n\
            \x20       Still, this is not the first slogan to go wrong.\n";
        assert_eq!(
            removed(input),
            [
                "          Hey everyone, the whole point of this campaign is awareness. #thanks",
                "          ⬇️⬇️⬇️https://t.co/hopPjqa95w",
                "          — Governor Example (@govexample) November 18, 2019",
            ]
        );
    }

    #[test]
    fn indented_block_at_article_depth_is_kept() {
        // Same indentation as the article: the block's top cannot be found, keep the text.
        let input = "        First article paragraph about the project and its funding.\n\
            \n\
            \x20       Second paragraph, which is still the article.\n\
            \n\
            \x20       — Some Founder (@founder) November 4, 2023\n";
        assert_eq!(
            removed(input),
            ["        — Some Founder (@founder) November 4, 2023"]
        );
    }

    #[test]
    fn undated_attribution_takes_only_linked_text() {
        let input = "“We will not give up,” she wrote.\n\
            — Jane Roe (@janeroe)\n\
            Great day at the lake https://t.co/Zz11Yy22\n\
            — John Doe (@johndoe)\n";
        assert_eq!(
            removed(input),
            [
                "— Jane Roe (@janeroe)",
                "Great day at the lake https://t.co/Zz11Yy22",
                "— John Doe (@johndoe)",
            ]
        );
    }

    #[test]
    fn article_line_between_embeds_at_same_depth_is_kept() {
        // Article and embeds share one indentation: the intro line between two embeds stays.
        let input = "            He tweeted he was honored to be there:\n\
            \n\
            \x20           Honored to be there today. https://t.co/AbCdEf12\n\
            \n\
            \x20           — Some Rabbi (@rabbi) January 7, 2020\n\
            \n\
            \x20           Here is a short clip of the judge walking in:\n\
            \n\
            \x20           The new justice heads into the courtroom.\n\
            \n\
            \x20           — Some Reporter (@reporter) January 6, 2020\n\
            \n\
            \x20           The ceremony ended with a song.\n";
        let gone = removed(input);
        assert!(!gone.iter().any(|l| l.contains("short clip")), "{gone:?}");
        assert!(
            !gone.iter().any(|l| l.contains("honored to be there:")),
            "{gone:?}"
        );
        assert_eq!(gone.len(), 3, "{gone:?}");
    }

    #[test]
    fn bare_post_addresses() {
        for line in [
            "https://twitter.com/janeroe/status/1522266202730639361",
            "https://x.com/janeroe/status/1522266202730639361?s=20",
            "https://www.instagram.com/p/CMe36CjDPBh/",
            "https://www.youtube.com/watch?v=DXk05ySH5x0",
            "youtu.be/O6C2t6GtNDI?t=191",
            "https://www.tiktok.com/@dancer.jo/video/7212345678901234567",
            "https://www.facebook.com/ExampleBakery/posts/2800731780195723",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
        assert_keeps(
            &SocialEmbed,
            "Source: https://twitter.com/janeroe/status/1522266202730639361\n\
             https://www.youtube.com/watch?v=EwzUX6lSfHU 20.05.2019\n\
             https://twitter.com/janeroe\n\
             https://www.instagram.com/examplebakery/\n",
        );
    }

    #[test]
    fn attribution_with_long_glued_text_is_kept() {
        let glued = format!(
            "— Jane Roe (@janeroe) March 4, 2025 {}",
            "The council met again on Friday to discuss the budget. ".repeat(4)
        );
        assert_keeps(&SocialEmbed, &glued);
    }

    /// A sidebar's feed of posts: each with its link and its age, or cut short with `…` and
    /// the start of its link.
    #[test]
    fn feed_widget_posts_with_their_age_or_cut_short() {
        let input = "The council met on Monday to discuss the budget for the coming year.\n\
            #Budget Very good summary: https://t.co/UaKKAtvolT (by Anna Berg) @annaberg7hours ago\n\
            Surfing the local news I found this article: https://t.co/SFNU9GoKSH20days ago\n\
            Die Stadt feiert heute ihr neues Rathaus mit einem Fest für alle… https://t.c\n\
            Kosten senken durch neue Schnittstellen: jede zweite Bank plant mehr.… https:/\n\
            The mayor said the vote would follow in two weeks.\n";
        assert_eq!(
            removed_by(&SocialEmbed, input),
            [
                "#Budget Very good summary: https://t.co/UaKKAtvolT (by Anna Berg) @annaberg7hours ago",
                "Surfing the local news I found this article: https://t.co/SFNU9GoKSH20days ago",
                "Die Stadt feiert heute ihr neues Rathaus mit einem Fest für alle… https://t.c",
                "Kosten senken durch neue Schnittstellen: jede zweite Bank plant mehr.… https:/",
            ]
        );
        assert_keeps(
            &SocialEmbed,
            "He shared the link https://t.co/abc123 three days ago, and it spread.\n\
             The post https://t.co/abc123 was deleted 2 days ago.\n\
             The list goes on… https://example.org/more\n",
        );
    }

    #[test]
    fn prose_mentioning_twitter_or_tco_is_kept() {
        assert_keeps(
            &SocialEmbed,
            "He wrote on X: “We will not back down, whatever it costs.”\n\
             Twitter wraps every link in https://t.co/abc123 style addresses, which hides the destination.\n\
             The shortened address looked like https://t.co/abc123.\n\
             She has 40,000 followers on Twitter (@janeroe) and posts daily.\n\
             He declined to comment.\n",
        );
    }

    #[test]
    fn instagram_label_caption_and_credit() {
        let input = "Architecture and art\n\
            View this post on Instagram\n\
            Sunset over the vineyard #provence\n\
            A post shared by Example Winery (@examplewinery) on Apr 21, 2019 at 4:40am PDT\n\
            We found the place by chance.\n";
        assert_eq!(
            removed(input),
            [
                "View this post on Instagram",
                "Sunset over the vineyard #provence",
                "A post shared by Example Winery (@examplewinery) on Apr 21, 2019 at 4:40am PDT",
            ]
        );
    }

    #[test]
    fn instagram_in_other_languages() {
        for line in [
            "Sieh dir diesen Beitrag auf Instagram an",
            "Ein Beitrag geteilt von Beispiel Magazin (@beispielmagazin)",
            "Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:31 Uhr",
            "Voir cette publication sur Instagram",
            "Une publication partagée par Marie (@marie)",
            "Ver esta publicación en Instagram",
            "Una publicación compartida de Ana (@ana_p)",
            "Visualizza questo post su Instagram",
            "Un post condiviso da Luca (@luca)",
            "Ver essa foto no Instagram",
            "Dit bericht bekijken op Instagram",
            "View on Instagram",
            "View on Threads",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
    }

    #[test]
    fn instagram_in_prose_is_kept() {
        assert_keeps(
            &SocialEmbed,
            "She confirmed the separation on Instagram.\n\
             A post shared by the singer (who has 3 million followers) went viral.\n\
             Follow us on Instagram for more recipes.\n",
        );
    }

    #[test]
    fn facebook_tiktok_and_timeline() {
        for line in [
            "Posted by City Fire Department on Tuesday, November 5, 2019",
            "Posted by Example Bakery on Facebook",
            "@dancer.jo Sunday practice #dance ♬ original sound - Jo",
            "Training day ♬ Originalton - Max",
            "Tweets by @ExampleNews",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
        assert_keeps(
            &SocialEmbed,
            "Posted by Alex Example, Project Marketing\n\
             Posted by Michael Example on November 19, 2019, 6:21 AM EST\n\
             Spring is in the air. ♪♬\n\
             The video was posted on TikTok by a teenager.\n\
             Tweets by politicians were analysed by the team.\n",
        );
    }

    #[test]
    fn youtube_remnants_and_adjacent_controls() {
        let input = "The band played live in the studio.\n\
            Video unavailable\n\
            Watch on YouTube\n\
            Share\n\
            Watch later\n\
            The tour starts in May.\n";
        assert_eq!(
            removed(input),
            [
                "Video unavailable",
                "Watch on YouTube",
                "Share",
                "Watch later"
            ]
        );
        for line in [
            "Dieses Video auf YouTube ansehen",
            "Video nicht verfügbar",
            "Vidéo non disponible",
            "Ver en YouTube",
            "Video non disponibile",
            "Bekijken op YouTube",
            "If playback doesn't begin shortly, try restarting your device.",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
    }

    #[test]
    fn lone_player_words_and_youtube_prose_are_kept() {
        assert_keeps(
            &SocialEmbed,
            "Share\n\
             Info\n\
             The video was unavailable for several hours.\n\
             You can watch the full interview on YouTube.\n",
        );
    }

    #[test]
    fn consent_placeholders() {
        for line in [
            "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.",
            "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Facebook.",
            "At this point you will find external content from YouTube that complements the article.",
        ] {
            assert_eq!(removed(line), [line], "{line}");
        }
        assert_keeps(
            &SocialEmbed,
            "The regulator said external content from partners must be labelled.\n",
        );
    }

    #[test]
    fn long_line_ending_with_link_is_kept_without_attribution() {
        let long = format!(
            "{} https://t.co/Ab12Cd34Ef",
            "The committee published its findings after a long review. ".repeat(9)
        );
        assert_keeps(&SocialEmbed, &long);
    }
}
