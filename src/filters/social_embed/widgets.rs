//! Embed widgets of other networks (`social-embed/instagram`, `facebook-credit`,
//! `tiktok-credit`, `youtube-player`, `consent-placeholder`): labels, credits, player remnants
//! and consent placeholders, recognised by their fixed wording, and the caption or player
//! controls next to them.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::attribution::HANDLE_MAX;
use super::lines::{bare, next_non_blank, prev_non_blank, Collector, Kind};
use super::rules::{INSTAGRAM_EMBED, YOUTUBE_PLAYER};
use crate::filter::Context;

pub(super) static INSTAGRAM_LABEL: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) static INSTAGRAM_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) static FACEBOOK: LazyLock<Regex> = LazyLock::new(|| {
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

pub(super) static TIKTOK_SOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)♬\s*(?:original sound|originalton|son original|sonido original|suono originale|som original|origineel geluid|оригинальный звук)",
    )
    .expect("valid regex")
});

/// Whole-line YouTube player remnants (trailing punctuation stripped first).
pub(super) static YOUTUBE: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) static CONSENT: LazyLock<Regex> = LazyLock::new(|| {
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

/// The characters after the handle of an [`INSTAGRAM_CREDIT`] line, as if the handle were
/// capped at [`HANDLE_MAX`] characters: a longer handle's overflow counts too, and then the
/// character after the cap is a word character, so a closing `)` is not skipped.
pub(super) fn credit_rest_chars(credit: &Captures) -> usize {
    let handle = credit["handle"].chars().count();
    let rest = credit["rest"].chars().count();
    if handle <= HANDLE_MAX {
        rest
    } else {
        let close = credit.name("close").map_or(0, |m| m.len());
        handle - HANDLE_MAX + close + rest
    }
}

/// A short caption between an Instagram label and its `A post shared by` credit.
pub(super) fn take_instagram_caption(
    cx: &Context,
    kinds: &[Kind],
    label: usize,
    out: &mut Collector,
) {
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
pub(super) fn take_player_controls(cx: &Context, remnant: usize, out: &mut Collector) {
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
