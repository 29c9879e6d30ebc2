//! # widget
//!
//! ## What it removes
//!
//! Lines printed by a blog's or news site's widgets around the post, matched as the whole line:
//!
//! - **share buttons**: a short line ending in the note that the button opens a new window, as
//!   WordPress sharing buttons print it in the languages covered ("Click to share on Facebook
//!   (Opens in new window)", "Klicken, um auf X zu teilen (Wird in neuem Fenster geöffnet)",
//!   "Cliquez pour partager sur LinkedIn (ouvre dans une nouvelle fenêtre)"); a request to share
//!   *this* post ("Share this post", "Teile diesen Beitrag auf Social Media", "Diese Geschichte
//!   teilen", "Partagez cet article"), optionally with where to share it ("on Facebook"), never
//!   with whom ("Share this video with your children." is advice); a share counter alone
//!   ("197 Shares", "1.2K shares"; "1,250,000 shares" is a figure);
//! - **tag lists**: a tag label and a colon, then nothing or short items without a sentence end
//!   ("Tags: python, docker", "Schlagwörter:", "Etiquetas:", "Filed under: Politics |",
//!   "getaggt mit: …"), each item at most six words, 60 words in all. Category labels are left
//!   alone ("Kategorie: Beste Fernsehshow" heads an award list);
//!   "Tags" glued to a list of at least four comma-separated items counts too ("Tagscalendar
//!   2018, race results, …": a text dump prints the label and its links without a space);
//! - **blog post footers and comment-list entries**: "This entry was posted in … Bookmark the
//!   permalink.", "Erstellt am … und abgelegt unter …", "Kommentare und Pings sind derzeit nicht
//!   erlaubt", "Both comments and trackbacks are currently closed" (anywhere in a line of at most
//!   80 words), a short line with two post-meta labels ("Veröffentlicht: … Abgelegt unter: … |
//!   Tags: …"), and "Pingback: <title> | <blog>" lines;
//! - **update times** alone on a line: "Updated at 1:23 p.m.", "Aktualisiert um 14:03 Uhr";
//! - **reading-time labels**: "5 min read", "Lesezeit: 3 Minuten", "5 Minuten Lesezeit",
//!   "Tempo de leitura: 1 minuto", "21 minutes - 4312 words";
//! - **tagged teasers**: a link to a related story ending in an upper-case tag of its kind in
//!   brackets, as tabloids list them inside articles ("Storm hits the coast [VIDEO]",
//!   "Minister's reply to the row [INSIGHT]"), at most 25 words. Only media and teaser tags
//!   count: `[MAP]`, `[UPDATE]` or `[LIVE]` also end an article's own lines.
//!
//! The filter runs after the main-content region is found: in a page dump these lines separate
//! the article from the comments and link lists below it, and removing them first would let the
//! region run on into those.
//!
//! ## Rules
//!
//! - `widget/share`: share widget (`Click to share on X (Opens in new window)`, `Share this
//!   post`, `197 Shares`)
//! - `widget/tag-list`: tag list of a post (`Tags: a, b, c`, `Schlagwörter:`)
//! - `widget/pingback`: pingback or trackback in the comment list
//! - `widget/post-footer`: blog platform's post footer (`This entry was posted in … Bookmark the
//!   permalink.`)
//! - `widget/post-meta`: post-meta line with two labels (`Abgelegt unter: … | Tags: …`)
//! - `widget/update-time`: update time alone on its line (`Updated at 1:23 p.m.`)
//! - `widget/reading-time`: reading-time label (`5 min read`, `Lesezeit: 3 Minuten`)
//! - `widget/tagged-teaser`: related-story teaser tagged with its kind (`… [VIDEO]`)
//!
//! ## Why is this noise?
//!
//! They are controls and metadata of the publishing software, the same under every post, and
//! no part of what the author wrote.
//!
//! ## Example
//!
//! ```text
//! The council approved the budget on Monday.
//! Tags: budget, council
//! * Click to share on Facebook (Opens in new window)
//! Storm closes the coastal road [VIDEO]
//! ```
//!
//! becomes
//!
//! ```text
//! The council approved the budget on Monday.
//! ```
//!
//! ## Known false positives
//!
//! A heading "Tags:" in an article about tagging, and a list of related links the author made
//! ending in "[VIDEO]". Deliberately kept: sentences about sharing ("Share prices fell.", "She
//! asked readers to share this article with friends."), tag labels followed by a sentence
//! ("Tags: the new system lets users label photos."), "Tag 1: Ankunft in Rom" (German "Tag" is
//! a day), "Kategorie:" lines, a reading time inside a sentence ("It takes 5 min to read the
//! report."), and "[sic]" or other brackets at the end of a quote.

use std::sync::LazyLock;

use regex::Regex;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::regexes::{BoundaryRegex, Screened};
use crate::text::{more_words_than, trim};

pub struct Widget;

impl Filter for Widget {
    fn id(&self) -> &'static str {
        "widget"
    }

    fn summary(&self) -> &'static str {
        "Share buttons, tag lists, reading-time labels and tagged teaser links"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            SHARE,
            TAG_LIST_LINE,
            PINGBACK_LINE,
            POST_FOOTER_LINE,
            POST_META,
            UPDATE_TIME,
            READING_TIME_LABEL,
            TAGGED_TEASER_LINE,
        ]
    }

    fn line_local(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter_map(|i| widget(cx.doc.line(i)).map(|rule| rule.line(i)))
            .collect()
    }
}

const SHARE: Rule = Rule::new(
    "share",
    "share widget (`Click to share on X (Opens in new window)`, `Share this post`, `197 Shares`)",
);
const TAG_LIST_LINE: Rule = Rule::new(
    "tag-list",
    "tag list of a post (`Tags: a, b, c`, `Schlagwörter:`)",
);
const PINGBACK_LINE: Rule = Rule::new("pingback", "pingback or trackback in the comment list");
const POST_FOOTER_LINE: Rule = Rule::new(
    "post-footer",
    "blog platform's post footer (`This entry was posted in … Bookmark the permalink.`)",
);
const POST_META: Rule = Rule::new(
    "post-meta",
    "post-meta line with two labels (`Abgelegt unter: … | Tags: …`)",
);
const UPDATE_TIME: Rule = Rule::new(
    "update-time",
    "update time alone on its line (`Updated at 1:23 p.m.`)",
);
const READING_TIME_LABEL: Rule = Rule::new(
    "reading-time",
    "reading-time label (`5 min read`, `Lesezeit: 3 Minuten`)",
);
const TAGGED_TEASER_LINE: Rule = Rule::new(
    "tagged-teaser",
    "related-story teaser tagged with its kind (`… [VIDEO]`)",
);

/// The note that a share button opens a new window, as WordPress sharing buttons print it in
/// their languages: "Click to share on Facebook (Opens in new window)".
static NEW_WINDOW_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)\(\s*(?: opens\ in\ (?:a\ )?new\ (?:window|tab)
          | wird\ in\ (?:einem\ )?neue[mn]\ fenster\ geöffnet | öffnet\ (?:sich\ )?in\ (?:einem\ )?neue[mn]\ fenster
          | s['’]ouvre\ dans\ une\ nouvelle\ fenêtre | ouvre\ dans\ une\ nouvelle\ fenêtre
          | se\ abre\ en\ una\ (?:nueva\ )?ventana(?:\ nueva)?
          | si\ apre\ in\ una\ nuova\ finestra
          | abre\ (?:em|numa)\ (?:uma\ )?nova\ janela
          | opent\ in\ (?:een\ )?nieuw\ venster | wordt\ geopend\ in\ (?:een\ )?nieuw\ venster
          | otwiera\ się\ w\ nowym\ oknie )\s*\)\s*$",
    )
    .expect("new-window regex compiles")
});

/// "Share this post", "Teile diesen Beitrag auf Social Media", "Diese Geschichte teilen".
static SHARE_PROMPT: Screened<Regex> = Screened::new(
    &[
        "share",
        "teile",
        "teilt",
        "partage",
        "compart",
        "rtelo",
        "condividi",
        "partilhe",
        "deel",
        "udost",
    ],
    || {
        let thing = r"(?:article|story|post|page|recipe|video|beitrag|artikel|geschichte|rezept|seite|inhalt
            |recette|artículo|noticia|receta|articolo|notizia|ricetta|artigo|notícia|receita|matéria
            |bericht|verhaal|recept|artykuł|wpis|przepis)";
        format!(
            r"(?xi)^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: (?:share|teile|teilt|teilen\ sie|partagez|partager|comparte|compartir|compártelo|condividi|compartilhe|partilhe|deel|udostępnij)
            \ (?:this|diesen|dieses|diese|den|die|das|cet|cette|ce|este|esta|questo|questa|dit|deze|ten|tę|ten)\ {thing}
            (?:\ (?:on|auf|in|via|sur|en|su|no|nas|op|na|w)\ [^.!?]+)?
          | (?:diese[ns]?|den|das)\ {thing}\ teilen
          | inhalt\ teilen )
        [\s:：.…!»›>→\-–—|+*]*$"
        )
    },
    |pattern| Regex::new(pattern).expect("share prompt regex compiles"),
);

/// A share counter alone: "197 Shares", "1.2K shares".
static SHARE_COUNT: Screened<Regex> = Screened::new(
    &[
        "shares",
        "partages",
        "compartidos",
        "condivisioni",
        "mal geteilt",
    ],
    || {
        r"(?i)^\s*(?:\d+|\d+(?:[.,]\d+)?\s*[km])\s+(?:shares|partages|compartidos|condivisioni|mal\ geteilt)\s*$".into()
    },
    |pattern| Regex::new(pattern).expect("share count regex compiles"),
);

/// A post's tag list: a tag label, a colon and short items, or the label alone. Category
/// labels are left out ("Kategorie: Beste Fernsehshow" heads award lists).
static TAG_LIST: Screened<Regex> = Screened::new(
    &[
        "tag",
        "filed under",
        "schlagw",
        "stichw",
        "abgelegt unter",
        "tiquettes",
        "mots",
        "etiquetas",
        "palabras clave",
        "palavras-chave",
        "parole chiave",
        "trefwoorden",
        "tematy",
    ],
    || {
        r"(?xi)^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: tags | tagged(?:\ with)? | filed\ under | schlagwörter | schlagworte | stichwörter | stichworte
          | getaggt\ mit | abgelegt\ unter | étiquettes | mots[-\ ]clés | etiquetas | palabras\ clave
          | palavras-chave | parole\ chiave | trefwoorden | tagi | tematy )
        \s*[:：]\s*(?P<items>.*)$".into()
    },
    |pattern| Regex::new(pattern).expect("tag list regex compiles"),
);

/// A pingback or trackback in a blog's comment list: "Pingback: <post title> | <blog>".
static PINGBACK: Screened<Regex> = Screened::new(
    &["pingback", "trackback"],
    || r"(?i)^[\s*•·\-–—]*(?:pingback|trackback)\s*:".into(),
    |pattern| Regex::new(pattern).expect("pingback regex compiles"),
);

/// The sentences of a blog platform's post footer ("This entry was posted in News and tagged
/// budget. Bookmark the permalink.", "Erstellt am … und abgelegt unter …. Kommentare und Pings
/// sind derzeit nicht erlaubt.").
static POST_FOOTER: Screened<BoundaryRegex> = Screened::new(
    &[
        "this entry",
        "permalink",
        "both comments and ",
        "kommentare ",
        "und abgelegt unter",
        "ce billet a ",
        "esta entrada fue publicada en",
        " stata pubblicata in",
        "dit bericht is geplaatst in",
    ],
    || {
        r"(?xi)
          ^this\ entry\ was\ (?:posted|filed)\ (?:in|on|by|under)\b
        | \bbookmark\ the\ permalink\b
        | \blesezeichen\ (?:für|auf)\ den\ permalink\b | \bpermalink\ (?:als\ lesezeichen|setzen)\b
        | \bboth\ comments\ and\ (?:trackbacks|pings)\ are\ (?:currently\ )?closed\b
        | \byou\ can\ follow\ any\ responses\ to\ this\ entry\b
        | \bkommentare\ und\ pings\ sind\ (?:derzeit\ )?(?:nicht\ erlaubt|geschlossen|deaktiviert)\b
        | \bkommentare\ zu\ diese[nm]?\ eintrag\ im\ rss\b
        | ^(?:erstellt|veröffentlicht|geschrieben)\ (?:am\ )?.*?\bund\ abgelegt\ unter\b
        | ^ce\ billet\ a\ été\ publié\ dans\b | ^esta\ entrada\ fue\ publicada\ en\b
        | ^questa\ voce\ è\ stata\ pubblicata\ in\b | ^dit\ bericht\ is\ geplaatst\ in\b"
            .into()
    },
    |pattern| BoundaryRegex::new(pattern).expect("post footer regex compiles"),
);

/// Labels of a post-meta line; two of them on one short line make it one ("Veröffentlicht:
/// 05.01.2020 Abgelegt unter: Fotografie | Tags: Abendhimmel 5 Kommentare").
static META_LABEL: Screened<BoundaryRegex> = Screened::new(
    &[
        "tags",
        "schlagw",
        "filed under",
        "abgelegt unter",
        "categor",
        "kategorie",
        "posted in",
        "ffentlicht ",
    ],
    || {
        r"(?i)(?:\btags|\bschlagwörter|\bfiled\ under|\babgelegt\ unter|\bcategor(?:y|ies)|\bkategorien?|\bposted\ in|\bveröffentlicht\ (?:in|unter))\s*:".into()
    },
    |pattern| BoundaryRegex::new(pattern).expect("meta label regex compiles"),
);

/// "Tags" glued to its first tag, as text dumps print a label and its links without a space
/// ("Tagscalendar 2018, race results, …"): only with at least four comma-separated items.
static GLUED_TAGS: Screened<Regex> = Screened::new(
    &["tags"],
    || r"^(?:Tags|TAGS)(?P<items>\p{Ll}.*)$".into(),
    |pattern| Regex::new(pattern).expect("glued tags regex compiles"),
);

/// A time alone with an update label: "Updated at 1:23 p.m.", "Aktualisiert um 14:03 Uhr".
static LABELLED_TIME: Screened<Regex> = Screened::new(
    &[
        "updated",
        "posted",
        "publi",
        "pubblicato",
        "aktualisiert",
        "ffentlicht",
        " jour",
        "actualizado",
        "aggiornato",
        "atualizado",
        "bijgewerkt",
        "gepubliceerd",
        "zaktualizowano",
        "opublikowano",
    ],
    || {
        r"(?xi)^(?:last\ )?(?:updated|posted|published|aktualisiert|veröffentlicht|mis\ à\ jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano)
        (?:\ at|\ um|\ à|\ a\ las|\ alle|\ às|\ om|\ o)?\s*:?\s*
        \d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\ ?m\.?|uhr|h)?(?:\s*\(?[a-z]{2,4}\)?)?\s*$".into()
    },
    |pattern| Regex::new(pattern).expect("labelled time regex compiles"),
);

/// "Tempo de leitura: 1 minuto", "5 Minuten Lesezeit", "3 min read", "21 minutes - 4312 words".
static READING_TIME: Screened<Regex> = Screened::new(
    &[
        "min",
        "read",
        "time",
        "lesezeit",
        "lesedauer",
        "lecture",
        "lectura",
        "leitura",
        "lettura",
        "leestijd",
        "czytania",
    ],
    || {
        let minutes = r"(?:ca\.\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min\.?|mins\.?|minutes?|minuten|minuti|minutos?|minuty|minut)";
        let label = r"(?:reading\ time|read\ time|time\ to\ read|lesezeit|lesedauer|temps\ de\ lecture|durée\ de\ lecture
            |tiempo\ de\ lectura|tempo\ de\ leitura|tempo\ di\ lettura|leestijd|czas\ czytania)";
        format!(
            r"(?xi)^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: {label}\s*[:：]?\s*{minutes}
          | {minutes}\s+(?:read|lesezeit|lesedauer|leestijd)
          | (?:ca\.\s*)?\d+\s*min\.?\s+(?:de\ lecture|de\ lectura|de\ leitura|di\ lettura|czytania)
          | {minutes}\s*[-–|·,]\s*[\d.,]+\s*(?:words|wörter|mots|palabras|parole|palavras|woorden|słów) )
        [\s.]*$"
        )
    },
    |pattern| Regex::new(pattern).expect("reading time regex compiles"),
);

/// A teaser tagged as a kind of link at its end, as tabloids list related stories: "China
/// furious at Macron's jibe [INSIGHT]", "Storm hits the coast [VIDEO]".
static TAGGED_TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s\[(?:VIDEO|VIDEOS|INSIGHT|REACTION|PICTURES|PICS|PHOTOS|GALLERY|POLL|REVEALED|INTERVIEW|FOTOS|BILDER)\]\s*\|?\s*$",
    )
    .expect("tagged teaser regex compiles")
});

/// The rule by which `line` is a widget line (its summary says why), if it is one.
fn widget(line: &str) -> Option<Rule> {
    if line.len() > 300 {
        return None;
    }
    let trimmed = trim(line);
    if trimmed.ends_with(')') && NEW_WINDOW_NOTE.is_match(trimmed) && !more_words_than(trimmed, 15)
    {
        return Some(SHARE);
    }
    if trimmed.len() <= 120 && SHARE_PROMPT.is_match(trimmed) {
        return Some(SHARE);
    }
    let starts_with_digit = trimmed.starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit && trimmed.len() <= 40 && SHARE_COUNT.is_match(trimmed) {
        return Some(SHARE);
    }
    if let Some(caps) = TAG_LIST
        .get(trimmed)
        .and_then(|regex| regex.captures(trimmed))
    {
        let items = caps.name("items").map_or("", |m| m.as_str());
        if is_tag_items(items) {
            return Some(TAG_LIST_LINE);
        }
    }
    if let Some(caps) = GLUED_TAGS
        .get(trimmed)
        .and_then(|regex| regex.captures(trimmed))
        .filter(|_| !trimmed.starts_with("Tagsüber"))
    {
        let items = caps.name("items").map_or("", |m| m.as_str());
        if items.matches(',').count() >= 3 && is_tag_items(items) {
            return Some(TAG_LIST_LINE);
        }
    }
    if PINGBACK.is_match(trimmed) && !more_words_than(trimmed, 40) {
        return Some(PINGBACK_LINE);
    }
    if POST_FOOTER.is_match(trimmed) && !more_words_than(trimmed, 80) {
        return Some(POST_FOOTER_LINE);
    }
    if has_two_meta_labels(trimmed) && !more_words_than(trimmed, 40) {
        return Some(POST_META);
    }
    let has_digit = trimmed.bytes().any(|b| b.is_ascii_digit());
    if has_digit && trimmed.len() <= 50 && LABELLED_TIME.is_match(trimmed) {
        return Some(UPDATE_TIME);
    }
    if trimmed.len() <= 80 && has_digit && READING_TIME.is_match(trimmed) {
        return Some(READING_TIME_LABEL);
    }
    if trimmed.ends_with([']', '|'])
        && TAGGED_TEASER.is_match(trimmed)
        && !more_words_than(trimmed, 25)
    {
        return Some(TAGGED_TEASER_LINE);
    }
    None
}

/// Two different post-meta labels: "Category: Best Film | Category: Best Director" is an award
/// list, not a post footer.
fn has_two_meta_labels(line: &str) -> bool {
    let Some(meta_label) = META_LABEL.get(line) else {
        return false;
    };
    let mut labels = meta_label
        .find_iter(line)
        .map(|m| m.as_str().trim_end_matches([':', '：', ' ']).to_lowercase());
    let Some(first) = labels.next() else {
        return false;
    };
    labels.any(|label| label != first)
}

/// Tag items: nothing, or short items (at most six words each, 60 words in all) that do not
/// end like a sentence.
fn is_tag_items(items: &str) -> bool {
    let items = items.trim();
    if items.is_empty() {
        return true;
    }
    if more_words_than(items, 60) || items.ends_with(['.', '!', '?']) {
        return false;
    }
    items
        .split([',', '|', ';', '·', '•', '/'])
        .all(|item| !more_words_than(item, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a screened pattern holds one of its screen's literals.
    #[test]
    fn screens_cover_their_patterns() {
        SHARE_PROMPT.assert_screen_covers();
        SHARE_COUNT.assert_screen_covers();
        TAG_LIST.assert_screen_covers();
        GLUED_TAGS.assert_screen_covers();
        PINGBACK.assert_screen_covers();
        POST_FOOTER.assert_screen_covers();
        META_LABEL.assert_screen_covers();
        LABELLED_TIME.assert_screen_covers();
        READING_TIME.assert_screen_covers();
    }
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};

    const BODY: &str = "The council approved the budget on Monday after a long debate.\n";

    fn removes(line: &str) {
        let input = format!("{BODY}{line}\nThe first new routes start in March.\n");
        assert_eq!(
            removed_by(&Widget, &input),
            [line],
            "should remove {line:?}"
        );
    }

    #[test]
    fn each_kind_of_line_names_its_rule() {
        for (line, rule) in [
            (
                "* Click to share on Facebook (Opens in new window)",
                "share",
            ),
            ("Tags: budget, council", "tag-list"),
            (
                "Pingback: Why the bridge matters | The Transit Blog",
                "pingback",
            ),
            (
                "This entry was posted in News and tagged budget. Bookmark the permalink.",
                "post-footer",
            ),
            (
                "Veröffentlicht: 05.01.2020 Abgelegt unter: Fotografie | Tags: Abendhimmel",
                "post-meta",
            ),
            ("Updated at 1:23 p.m.", "update-time"),
            ("5 min read", "reading-time"),
            (
                "Storm closes the coastal road for a week [VIDEO]",
                "tagged-teaser",
            ),
        ] {
            let input = format!("{BODY}{line}\n");
            assert_eq!(
                rules_fired(&Widget, &input),
                [(line.to_string(), format!("widget/{rule}"))]
            );
        }
    }

    #[test]
    fn doc_example() {
        let input = "The council approved the budget on Monday.\nTags: budget, council\n\
            * Click to share on Facebook (Opens in new window)\nStorm closes the coastal road [VIDEO]\n";
        assert_eq!(removed_by(&Widget, input).len(), 3);
    }

    #[test]
    fn removes_share_buttons_in_several_languages() {
        for line in [
            "* Click to share on Twitter (Opens in new window)",
            "* Click to email this to a friend (Opens in new window)",
            "* Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
            "Cliquez pour partager sur LinkedIn(ouvre dans une nouvelle fenêtre)",
            "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
            "Klik om te delen op Facebook (Wordt geopend in een nieuw venster)",
            "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
            "Share this post",
            "Teile diesen Beitrag auf Social Media.",
            "Diese Geschichte teilen",
            "Partagez cet article !",
            "Condividi questo articolo",
            "197 Shares",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_tag_lists_and_reading_times() {
        for line in [
            "Tags: python, docker, getting started",
            "Tags:",
            "Etiquetas:",
            "Filed under: Politics |",
            "Schlagwörter: Klima, Energie, Berlin",
            "Mots-clés : transports, métro",
            "5 min read",
            "Lesezeit: 3 Minuten",
            "5 Minuten Lesezeit",
            "Tempo de leitura: 1 minuto",
            "Tempo di lettura: 3 minuti",
            "21 minutes - 4312 words",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_tagged_teasers() {
        removes("Minister hits back at critics over the bridge plan [INSIGHT]|");
        removes("Storm closes the coastal road for a week [VIDEO]");
    }

    #[test]
    fn keeps_prose_and_near_misses() {
        assert_keeps(
            &Widget,
            "Share prices fell sharply after the announcement.\n\
             She asked readers to share this article with their friends and family.\n\
             Share this article with anyone who still thinks the bridge is safe, the mayor said.\n\
             Tags: the new system lets users label their photos.\n\
             Tag 1: Ankunft in Rom\n\
             Kategorie: Beste Fernsehshow\n\
             It takes 5 min to read the report.\n\
             \"We will not stop,\" he said [sic]\n\
             The report [PDF] is online.\n\
             The minister (who opens in new window displays) spoke.\n\
             5 Minuten später war alles vorbei.\n",
        );
    }

    #[test]
    fn keeps_lines_shaped_like_widgets_in_articles() {
        removes("1.2K shares");
        removes("5 min de lecture");
        assert_keeps(
            &Widget,
            "* 30 minutes reading\n\
             - 30 minutos de lectura\n\
             Tagsüber 25 Grad, nachts 12 Grad, morgens Nebel, abends Gewitter\n\
             Share this video with your children.\n\
             Teilen Sie diesen Artikel mit Ihrer Ärztin.\n\
             1,250,000 shares\n\
             Category: Best Film | Category: Best Director\n\
             The route runs from the harbour to the old town and back [MAP]\n\
             Talks resume on Monday [UPDATE]\n",
        );
    }

    #[test]
    fn removes_glued_tag_labels_and_update_times() {
        removes("Tagscalendar 2018, race results, night races, race tracks in the south");
        removes("Updated at 1:23 p.m.");
        removes("Aktualisiert um 14:03 Uhr");
        assert_keeps(
            &Widget,
            "Tagsüber war es warm, abends kühl, nachts kalt.\n\
             Tagsüber, abends und nachts\n\
             Updated at 1:23 p.m. with comments from the mayor.\n",
        );
    }

    #[test]
    fn removes_post_footers_and_pingbacks() {
        removes("This entry was posted in News and tagged budget. Bookmark the permalink. Both comments and trackbacks are currently closed.");
        removes("Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials. Kommentare und Pings sind derzeit nicht erlaubt.");
        removes("Veröffentlicht: 05.01.2020 Abgelegt unter: Fotografie | Tags: Abendhimmel, Gegenlicht 5 Kommentare");
        removes("Pingback: Why the bridge matters | The Transit Blog");
        assert_keeps(
            &Widget,
            "This entry was a mistake, the clerk said of the record.\n\
             The pingback feature was removed from the software in 2019.\n\
             Die Kategorie: Beste Fernsehshow ging an eine Quizsendung.\n",
        );
    }
}
