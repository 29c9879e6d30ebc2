//! # page-chrome
//!
//! ## What it removes
//!
//! Short lines that are the furniture of a web page rather than part of the article:
//!
//! - **buttons and labels**, matched as the *whole* line (a leading bullet or `#` and trailing
//!   `:`/`…`/`»` are tolerated): "Advertisement", "Anzeige", "Publicité", "Publicidad",
//!   "Skip to main content", "Share this article", "Tweet", "Print", "Email", "Copy link",
//!   "Read more", "Related articles", "Weiterlesen", "Mehr zum Thema", "Lire aussi",
//!   "Leer más", "Leggi anche", "Leia também", "Lees ook", "Subscribe", "Newsletter abonnieren",
//!   navigation controls ("Toggle navigation", "Menu", "Back to top") and comment-section
//!   prompts ("Leave a comment", "Schreibe einen Kommentar", "Kommentare")… in English, German,
//!   French, Spanish, Italian, Portuguese and Dutch;
//! - **runs of share buttons**: a line made only of network and button names, at least two of them
//!   ("Facebook Twitter LinkedIn WhatsApp", "Share | Tweet | Email");
//! - **teaser links** led by a reading prompt and a colon ("Read more: Why the bridge was closed",
//!   "Related post: …",
//!   "Lesen Sie auch: …", "Lire aussi : …"), up to 25 words;
//! - **calls to action**: "Sign up for our newsletter…", "Subscribe to our daily newsletter…",
//!   "Follow us on Facebook and Instagram", "Follow our full coverage of X at https://…" and their
//!   translations, up to 25 words, which must
//!   *start* with the imperative;
//! - **cookie notices** starting with a consent formula ("We use cookies…", "This website uses
//!   cookies…", "Accept all cookies", "Wir verwenden Cookies…", "Nous utilisons des cookies…");
//! - **date lines**: a line that is only a date, optionally with weekday, time, time zone and a
//!   reading time ("12 November 2025", "Mon, 12 Nov 2025 14:03 GMT", "2025-11-12",
//!   "12.11.2025"). With a label in front ("Updated: …", "Published …", "Today : …",
//!   "Heute: …", "Publié le …", "Actualizado el …") the line goes wherever it is; a bare date
//!   only in the top chrome zone (see below) or as the very last line (chrome and other bare
//!   dates below it do not count: they go too);
//! - **breadcrumbs**: "Home > World > Americas", "Home / News / Politics", "Startseite › Politik"
//!   (a home word first and any separator), or three or more short capitalised parts joined by
//!   `>`, `›`, `»` or `→` without a home word;
//! - **section labels** in the top chrome zone: a known section name on its own line ("World
//!   News", "Politics", "Sport", "Wirtschaft", "Économie", "Deportes"…), or any 1–3 word Title
//!   Case line whose neighbours above *and* below are page chrome (a date, a breadcrumb, another
//!   label) and that still has a non-chrome line (the headline) below it in the zone. A short
//!   headline between the site's date and the article's date ("Budget Showdown") is therefore
//!   kept: nothing below it could be the headline.
//!
//! The *top chrome zone* is the live lines before the first line of prose (a line ending like a
//! sentence with at least six words, or any line of 20+ words), holding at most six lines that
//! are not chrome themselves.
//!
//! ## Rules
//!
//! - `page-chrome/button-label`: a button or label alone on its line (an ad label, a share or
//!   print button, a read-more prompt, a navigation control, …; the reason names which)
//! - `page-chrome/share-run`: run of share-button names (`Facebook Twitter Email`)
//! - `page-chrome/teaser-link`: teaser link led by a reading prompt (`Read more: …`)
//! - `page-chrome/call-to-action`: newsletter, subscription, follow or paywall prompt
//! - `page-chrome/cookie-notice`: cookie consent notice
//! - `page-chrome/reprint-notice`: reprint or personal-use notice
//! - `page-chrome/link-only`: a web address alone on its line (or after a one-word label)
//! - `page-chrome/date-line`: labelled date line anywhere, or a bare date in the top chrome zone
//!   or as the last line
//! - `page-chrome/breadcrumb`: breadcrumb trail (`Home > Section > …`)
//! - `page-chrome/section-label`: section label in the top chrome zone (a known section name, or
//!   a short Title Case line between other chrome)
//!
//! ## Why is this noise?
//!
//! Scrapers that keep all the text of a page pick up navigation, share bars, ad slots, consent
//! banners and the date widget of the page header. None of it is written by the article's author
//! and all of it repeats across every page of a site.
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! Today : Mar 3, 2024
//! Business
//! 3 March 2024
//! Home > Business > Markets
//! Lumber Prices Climb for Third Week
//! Share this article
//! Lumber futures rose 4% on Friday as mills cut output.
//! Advertisement
//! Dealers expect prices to stay high into the summer.
//! Read more: How sawmills adapt to the downturn
//! ```
//!
//! After:
//!
//! ```text
//! Lumber Prices Climb for Third Week
//! Lumber futures rose 4% on Friday as mills cut output.
//! Dealers expect prices to stay high into the summer.
//! ```
//!
//! ## Known false positives
//!
//! - A one-word line that is a button label elsewhere ("Print", "Share", "Related") is removed
//!   even when an author used it as a heading; such headings carry no content of their own.
//! - A live blog whose entries are headed by labelled timestamps ("Updated 14:03 GMT …") loses
//!   those stamps.
//!
//! Deliberately kept: any longer sentence that merely contains these words ("She signed up for
//! the newsletter in 2019 and…", "Advertisement revenue fell 5%.", "Read more about the plan in
//! the report."), a headline at the top even when it is in Title Case (a label needs a known
//! section name or chrome on both sides and at most three words), bare dates in the middle of the
//! text (timelines), and pipe-separated lines such as table rows.

use std::sync::{LazyLock, OnceLock};

use regex::Regex;
use regex_automata::meta;
use rustc_hash::FxHashMap;

use crate::document::{Document, LineAnalysis};
use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::regexes::nfa_regex;
use crate::patterns::prompts::{
    CALL_TO_ACTION_PATTERN, COOKIE_PATTERN, FOLLOW_PATTERN, LINK_ONLY_PATTERN, PAYWALL_PATTERN,
    REPRINTS_PATTERN, TEASER_PATTERN,
};
use crate::prebuilt::{prebuilt_dense_dfa, prebuilt_dfa, DenseDfa, PrebuiltDfa};
use crate::text::{ends_sentence, has_words, more_words_than, trim, trim_start, word_count, words};

pub struct PageChrome;

impl Filter for PageChrome {
    fn id(&self) -> &'static str {
        "page-chrome"
    }

    fn summary(&self) -> &'static str {
        "Page furniture: share/print buttons, ad labels, 'Read more', newsletter and cookie prompts, breadcrumbs, header dates and section labels"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            BUTTON_LABEL,
            SHARE_RUN,
            TEASER_LINK,
            CALL_TO_ACTION,
            COOKIE_NOTICE,
            REPRINT_NOTICE,
            LINK_ONLY,
            DATE_LINES,
            BREADCRUMB,
            SECTION_LABEL,
        ]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        let live: Vec<usize> = cx.live_lines().collect();
        let zone_end = top_zone_len(cx, &live);
        let tail_start = footer_tail_start(cx, &live);
        let mut kinds: Vec<Option<Kind>> = live
            .iter()
            .enumerate()
            .map(|(pos, &index)| {
                let in_top_zone = pos < zone_end;
                let last_line = pos >= tail_start && !in_top_zone;
                if in_top_zone || last_line {
                    classify(cx.doc.line(index), in_top_zone, last_line)
                } else {
                    cx.doc.analysis::<ChromeAnywhere>(index)
                }
            })
            .collect();
        mark_section_labels(cx, &live, zone_end, &mut kinds);
        live.iter()
            .zip(&kinds)
            .filter_map(|(&index, kind)| {
                kind.map(|kind| Finding::line(index, kind.reason()).with_rule(kind.rule()))
            })
            .collect()
    }
}

/// Why a line is chrome; each variant names the signal that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An index into [`PHRASE_GROUPS`]: one byte keeps the per-line cache of a document small.
    Phrase(u8),
    ShareRun,
    Teaser,
    CallToAction,
    Follow,
    Cookie,
    Paywall,
    Reprints,
    LinkOnly,
    LabelledDate,
    BareDate,
    Breadcrumb,
    KnownSection,
    Label,
}

const BUTTON_LABEL: Rule = Rule::new(
    "button-label",
    "a button or label alone on its line (an ad label, a share or print button, a read-more prompt, a navigation control, …; the reason names which)",
);
const SHARE_RUN: Rule = Rule::new(
    "share-run",
    "run of share-button names (`Facebook Twitter Email`)",
);
const TEASER_LINK: Rule = Rule::new(
    "teaser-link",
    "teaser link led by a reading prompt (`Read more: …`)",
);
const CALL_TO_ACTION: Rule = Rule::new(
    "call-to-action",
    "newsletter, subscription, follow or paywall prompt",
);
const COOKIE_NOTICE: Rule = Rule::new("cookie-notice", "cookie consent notice");
const REPRINT_NOTICE: Rule = Rule::new("reprint-notice", "reprint or personal-use notice");
const LINK_ONLY: Rule = Rule::new(
    "link-only",
    "a web address alone on its line (or after a one-word label)",
);
const DATE_LINES: Rule = Rule::new(
    "date-line",
    "labelled date line anywhere, or a bare date in the top chrome zone or as the last line",
);
const BREADCRUMB: Rule = Rule::new("breadcrumb", "breadcrumb trail (`Home > Section > …`)");
const SECTION_LABEL: Rule = Rule::new(
    "section-label",
    "section label in the top chrome zone (a known section name, or a short Title Case line between other chrome)",
);

impl Kind {
    /// The rule whose kind of line this is.
    fn rule(self) -> Rule {
        match self {
            Kind::Phrase(_) => BUTTON_LABEL,
            Kind::ShareRun => SHARE_RUN,
            Kind::Teaser => TEASER_LINK,
            Kind::CallToAction | Kind::Follow | Kind::Paywall => CALL_TO_ACTION,
            Kind::Cookie => COOKIE_NOTICE,
            Kind::Reprints => REPRINT_NOTICE,
            Kind::LinkOnly => LINK_ONLY,
            Kind::LabelledDate | Kind::BareDate => DATE_LINES,
            Kind::Breadcrumb => BREADCRUMB,
            Kind::KnownSection | Kind::Label => SECTION_LABEL,
        }
    }

    fn reason(self) -> String {
        match self {
            Kind::Phrase(group) => {
                format!(
                    "{} on a line of its own",
                    PHRASE_GROUPS[usize::from(group)].0
                )
            }
            Kind::ShareRun => "run of share-button names (`Facebook Twitter Email`)".into(),
            Kind::Teaser => "teaser link led by a reading prompt (`Read more: …`)".into(),
            Kind::CallToAction => "newsletter/subscription call to action".into(),
            Kind::Follow => "social follow prompt (`Follow us on …`)".into(),
            Kind::Cookie => "cookie consent notice".into(),
            Kind::Paywall => "paywall or subscriber-login prompt".into(),
            Kind::Reprints => "reprint or personal-use notice".into(),
            Kind::LinkOnly => "a web address alone on its line (or after a one-word label)".into(),
            Kind::LabelledDate => "labelled date line (`Updated: …`, `Today : …`)".into(),
            Kind::BareDate => "standalone date line in the page header or footer".into(),
            Kind::Breadcrumb => "breadcrumb trail (`Home > Section > …`)".into(),
            Kind::KnownSection => "section label at the top (known section name)".into(),
            Kind::Label => {
                "short Title Case section label between other header chrome lines".into()
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Whole-line phrases

/// Leading bullets, quote marks of menus and markdown heading marks, and whitespace.
fn is_lead(c: char) -> bool {
    c.is_whitespace() || LEAD_MARKS.contains(&c)
}

const LEAD_MARKS: [char; 15] = [
    '*', '•', '·', '▪', '►', '▶', '#', '>', '»', '›', '|', '+', '-', '–', '—',
];

/// Trailing punctuation that buttons carry ("Read more…", "Related:", "Weiterlesen »"), and
/// whitespace.
fn is_trail(c: char) -> bool {
    c.is_whitespace() || TRAIL_MARKS.contains(&c)
}

const TRAIL_MARKS: [char; 15] = [
    ':', '：', '.', '…', '!', '»', '›', '>', '→', '-', '–', '—', '|', '+', '*',
];

/// Button and label texts, matched as the whole line (case-insensitive), `|`-separated. Each
/// group names the kind of chrome for the finding's reason.
const PHRASE_GROUPS: [(&str, &str); 10] = [
    (
        "advertisement label",
        "advertisement | advertisements | advertising | advert | ad | ads | sponsored | \
         sponsored content | paid content | paid post | promoted | story continues below | \
         story continues below advertisement | article continues below | \
         article continues below advertisement | continue reading below | \
         scroll to continue | scroll to continue with content | \
         advertisement - scroll to continue | advertisement scroll to continue | anzeige | \
         werbung | weiter nach der anzeige | artikel wird nach der anzeige fortgesetzt | \
         publicité | publicite | la suite après cette publicité | \
         la suite après la publicité | publicidad | continúa después de la publicidad | \
         pubblicità | pubblicita | publicidade | advertentie | reclame | reklama | \
         materiał sponsorowany | artykuł sponsorowany | реклама | affiliatelink | \
         affiliate link | affiliate-link | zum shop",
    ),
    (
        "skip link",
        "skip to content | skip to main content | skip to navigation | skip navigation | \
         skip to search | skip to footer | jump to content | jump to main content | \
         zum inhalt | zum inhalt springen | zum hauptinhalt | zum hauptinhalt springen | \
         direkt zum inhalt | aller au contenu | aller au contenu principal | \
         passer au contenu | passer au contenu principal | saltar al contenido | \
         saltar al contenido principal | ir al contenido | ir al contenido principal | \
         vai al contenuto | vai al contenuto principale | salta al contenuto | \
         salta al contenuto principale | ir para o conteúdo | ir para o conteúdo principal | \
         saltar para o conteúdo | naar de inhoud | naar de inhoud springen | \
         direct naar de inhoud | ga naar de inhoud | przejdź do treści | \
         перейти к содержанию",
    ),
    (
        "share/print button",
        "share | share this | share this article | share this story | share this post | \
         share this page | share article | share story | share on facebook | \
         share on twitter | share on x | share on linkedin | share on whatsapp | \
         share via email | share via e-mail | tweet | tweet this | print | print this | \
         print this article | print this page | print article | email | e-mail | \
         email this | email this article | copy link | copy the link | link copied | \
         copy url | save | save article | save for later | pin it | teilen | \
         artikel teilen | jetzt teilen | beitrag teilen | drucken | artikel drucken | \
         link kopieren | per e-mail teilen | per e-mail versenden | partager | \
         partager cet article | partager l'article | partager l’article | imprimer | \
         copier le lien | compartir | compartir artículo | compartir esta noticia | \
         imprimir | copiar enlace | copiar link | condividi | condividi articolo | stampa | \
         copia link | compartilhar | partilhar | delen | deel dit artikel | afdrukken | \
         kopieer link | teilen mit | diesen beitrag teilen | bewerten | artikel bewerten | sharen mit | \
         url zum kopieren | link zum kopieren | rezept drucken | seite drucken | \
         podziel się | udostępnij | drukuj | поделиться | распечатать",
    ),
    (
        LIST_HEADING,
        "related | related articles | related article | related stories | related story | \
         related content | related posts | related post | related news | related coverage | \
         related links | related reading | recommended | recommended for you | \
         recommended stories | recommended articles | you may also like | you might also like | \
         most read | most popular | most viewed | most shared | more stories | top stories | \
         latest news | more news | meistgelesen | meistgelesene artikel | ähnliche beiträge | \
         ähnliche artikel | das könnte sie auch interessieren | \
         das könnte dich auch interessieren | empfohlene beiträge | empfohlene artikel | \
         noticias relacionadas | otras noticias | te puede interesar | más noticias | \
         sur le même sujet | à lire également | potrebbe interessarti | meer nieuws | \
         weitere artikel | weitere beiträge | verwandte artikel | beliebte artikel | \
         artículos relacionados | lo más leído | articles similaires | les plus lus | \
         articoli correlati | più letti | artigos relacionados | notícias relacionadas | \
         mais lidas | gerelateerde artikelen | meest gelezen | zobacz także | zobacz też | \
         czytaj także | czytaj też | polecane | najczęściej czytane | podobne artykuły | \
         читайте также | смотрите также | похожие статьи | популярное | самое читаемое | \
         другие новости | polecamy | empfehlungen aus der redaktion | najnowsze artykuły | \
         beliebte beiträge | beliebte beiträge zum thema | am meisten gelesen | meistgelesene | \
         последние новости",
    ),
    (
        "read-more prompt",
        "more | read more | read more here | continue reading | keep reading | read the full story | \
         read the full article | read full story | read full article | related topics | \
         more on this story | more on this topic | see also | also read | read also | trending | \
         trending now | see more | don't miss | don’t miss | weiterlesen | mehr lesen | \
         mehr dazu | mehr zum thema | mehr themen | zum thema | auch interessant | \
         lesen sie auch | lesen sie mehr | das thema könnte dich auch interessieren | \
         das thema könnte sie auch interessieren | auch lesen | lea más | le puede interesar | \
         más sobre | lies auch | pour approfondir | también te puede interesar | next post | \
         previous post | next article | previous article | nächster beitrag | \
         vorheriger beitrag | article suivant | article précédent | lire aussi | lire la suite | \
         lire plus | à lire aussi | a lire aussi | voir aussi | leer más | leer mas | \
         lee también | lea también | vea también | ver también | leggi anche | leggi di più | \
         leggi tutto | continua a leggere | leia também | leia mais | veja também | saiba mais | \
         lees ook | lees meer | lees verder | meer lezen | czytaj więcej | czytaj dalej | \
         читать далее | подробнее | читать полностью",
    ),
    (
        "newsletter/subscribe button",
        "subscribe | subscribe now | subscribe today | sign up | sign up now | \
         sign up here | newsletter | newsletters | newsletter abonnieren | \
         jetzt abonnieren | jetzt newsletter abonnieren | abonnieren | \
         zum newsletter anmelden | s'abonner | s’abonner | abonnez-vous | je m'abonne | \
         je m’abonne | suscríbete | suscribete | suscríbase | suscribirse | iscriviti | \
         iscriviti alla newsletter | abbonati | assine | assine já | inscreva-se | \
         abonneren | abonneer nu | schrijf je in | zapisz się | subskrybuj | \
         подписаться | подпишитесь",
    ),
    (
        "video player label",
        "just watched | replay | more videos | must watch | watch now | play video | \
         now playing | up next | autoplay | video ad feedback",
    ),
    (
        "navigation control",
        "toggle navigation | navigation | main menu | menu | open menu | close menu | \
         main navigation | search | close | back to top | nach oben | zurück nach oben | \
         navigation öffnen | menü | suche | wird geladen | loading | inhaltsverzeichnis | table of contents | \
         sie sind aktuell nicht eingeloggt | sie sind nicht eingeloggt | search for | \
         suche nach | suchbegriff eingeben | enter search term | type to search | search this site | \
         search this website | diese website durchsuchen | rechercher sur le site | \
         zurück zur übersicht | zurück zur startseite | back to overview | back to home | \
         retour à l'accueil | retour à l’accueil | volver al inicio | schon registriert? hier einloggen | retour en haut | fermer | rechercher | \
         volver arriba | buscar | cerrar | torna su | cerca | chiudi | voltar ao topo | \
         pesquisar | fechar | naar boven | zoeken | sluiten | weiter | zurück | vorheriges | \
         nächstes | vorherige seite | nächste seite | explore further | empfohlen für dich | \
         für dich empfohlen | jetzt registrieren | kostenlos registrieren | inhalt | \
         infórmate más | informate más",
    ),
    (
        "comment-section prompt",
        "leave a comment | leave a reply | add a comment | post a comment | \
         write a comment | comments | recent comments | show comments | view comments | \
         no comments | schreibe einen kommentar | schreib einen kommentar | \
         einen kommentar schreiben | kommentar schreiben | kommentar hinterlassen | \
         kommentar verfassen | kommentar hinzufügen | kommentare | neueste kommentare | \
         die neuesten kommentare | keine kommentare | laisser un commentaire | \
         ajouter un commentaire | commentaires | deja tu comentario | dejá tu comentario | \
         deja un comentario | comentarios | lascia un commento | commenti | \
         deixe um comentário | deixe seu comentário | comentários | \
         laat een reactie achter | reacties",
    ),
    (
        "page-header label",
        "posted on | published on | last updated | updated | published | veröffentlicht am | \
         aktualisiert am | publié le | mis à jour le | publicado el | actualizado el | \
         accept all | reject all | accept all cookies | accept cookies | allow all cookies | \
         cookie settings | cookie policy | cookie preferences | manage cookies | \
         alle akzeptieren | alle cookies akzeptieren | cookie-einstellungen | \
         tout accepter | accepter tous les cookies | aceptar todas | \
         aceptar todas las cookies | aceptar cookies | accetta tutti | \
         accetta tutti i cookie | aceitar todos | aceitar cookies | alles accepteren | \
         alle cookies accepteren | cookies accepteren | privacy settings | manage privacy settings | \
         datenschutzeinstellungen | datenschutzeinstellungen verwalten | \
         datenschutz-einstellungen | paramètres de confidentialité | configuración de privacidad | \
         impostazioni privacy | privacy-instellingen",
    ),
];

/// Every phrase of [`PHRASE_GROUPS`], case-folded, with the first group that lists it.
///
/// Performance: a hash lookup of the line's core, where a set of anchored case-insensitive
/// regexes needed a lazy DFA of about 2.5 MB per worker thread and was the hottest pattern.
static PHRASES: LazyLock<FxHashMap<String, u8>> = LazyLock::new(|| {
    let mut phrases = FxHashMap::default();
    for (group, (_, list)) in PHRASE_GROUPS.iter().enumerate() {
        let group = u8::try_from(group).expect("fewer than 256 phrase groups");
        for phrase in list.split('|') {
            phrases.entry(fold_case(phrase.trim())).or_insert(group);
        }
    }
    phrases
});

/// Longest phrase in [`PHRASE_GROUPS`], in characters.
static MAX_PHRASE_CHARS: LazyLock<usize> = LazyLock::new(|| {
    PHRASE_GROUPS
        .iter()
        .flat_map(|(_, phrases)| phrases.split('|'))
        .map(|phrase| phrase.trim().chars().count())
        .max()
        .unwrap_or(0)
});

/// Bytes of the longest ASCII core [`phrase_group_ascii`] looks up (tested: every phrase fits).
const LONGEST_PHRASE_BYTES: usize = 64;

/// The group of the phrase that `line` is, once its leading [`is_lead`] and trailing
/// [`is_trail`] characters are set aside, in any letter case.
///
/// A phrase starts and ends with a letter (tested), so its line's core is the phrase itself.
/// Case folding keeps a core's length in characters, so a core longer than every phrase is
/// not looked up: most lines are far longer than any button.
fn phrase_group(line: &str) -> Option<u8> {
    let core = line.trim_start_matches(is_lead).trim_end_matches(is_trail);
    if core.is_empty() || core.len() > *MAX_PHRASE_CHARS && core.chars().count() > *MAX_PHRASE_CHARS
    {
        return None;
    }
    if core.is_ascii() {
        return phrase_group_ascii(core);
    }
    PHRASES.get(&fold_case(core)).copied()
}

/// [`phrase_group`] of an ASCII core: an ASCII letter folds to its ASCII lower case, so the core
/// is lower-cased on the stack. A core longer than the buffer is longer than every phrase.
fn phrase_group_ascii(core: &str) -> Option<u8> {
    let mut buffer = [0; LONGEST_PHRASE_BYTES];
    PHRASES.get(ascii_lowercase_in(core, &mut buffer)?).copied()
}

/// `text` with ASCII letters lower-cased, written to `buffer`; `None` when it does not fit.
fn ascii_lowercase_in<'b>(text: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let lower = buffer.get_mut(..text.len())?;
    lower.copy_from_slice(text.as_bytes());
    lower.make_ascii_lowercase();
    Some(std::str::from_utf8(lower).expect("ASCII case changes keep UTF-8 valid"))
}

/// `text` with every character replaced by one representative of its simple case folding
/// (the equivalence a case-insensitive regex uses): its lower case, and for the few letters
/// whose lower case is not their folding, the folding ("ſ" is "s", "ς" is "σ").
fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    match c {
        'ſ' => 's',
        'ς' => 'σ',
        'µ' => 'μ',
        '\u{1c80}' => 'в',
        '\u{1c81}' => 'д',
        '\u{1c82}' => 'о',
        '\u{1c83}' => 'с',
        '\u{1c84}' | '\u{1c85}' => 'т',
        '\u{1c86}' => 'ъ',
        '\u{1c87}' => 'ѣ',
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(single), None) => single,
                // "İ" lower-cases to two characters and folds to neither: it stays itself
                _ => c,
            }
        }
    }
}

/// Names on share bars (space-separated); a line made only of them is a share bar.
const SHARE_TOKENS: &str =
    "facebook twitter x linkedin whatsapp email e-mail mail pinterest reddit telegram print \
    share tumblr xing flipboard messenger instagram youtube tiktok threads bluesky mastodon \
    copy link sms pocket vk tweet teilen drucken partager imprimer compartir imprimir \
    condividi stampa delen compartilhar google+ rss url";

/// Each share-bar name with its position in [`SHARE_TOKENS`].
static SHARE_TOKEN_INDEX: LazyLock<FxHashMap<&str, usize>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for (position, token) in SHARE_TOKENS.split_whitespace().enumerate() {
        index.entry(token).or_insert(position);
    }
    index
});

/// Bytes of the longest name in [`SHARE_TOKENS`] (tested): a longer token is none of them.
const LONGEST_SHARE_TOKEN: usize = 16;

/// The position of `token` in [`SHARE_TOKENS`], in any ASCII letter case.
fn share_token(token: &str) -> Option<usize> {
    let mut buffer = [0; LONGEST_SHARE_TOKEN];
    SHARE_TOKEN_INDEX
        .get(ascii_lowercase_in(token, &mut buffer)?)
        .copied()
}

// ---------------------------------------------------------------------------------------------
// Prompts that lead a longer line

/// The prompt rules in the order they are tried: what a match is, the pattern, and the most
/// words a matching line may have. The patterns are those of
/// [`PROMPTS`](crate::patterns::prompts::PROMPTS), in its order.
const PROMPT_RULES: [(Kind, &str, Option<usize>); 7] = [
    (Kind::Teaser, TEASER_PATTERN, Some(25)),
    (Kind::CallToAction, CALL_TO_ACTION_PATTERN, Some(25)),
    (Kind::Follow, FOLLOW_PATTERN, Some(15)),
    (Kind::Cookie, COOKIE_PATTERN, Some(80)),
    (Kind::Paywall, PAYWALL_PATTERN, Some(35)),
    (Kind::Reprints, REPRINTS_PATTERN, Some(40)),
    (Kind::LinkOnly, LINK_ONLY_PATTERN, None),
];

/// The prompt rules' gates (`patterns::relax::relaxed`: no `\b`, no upper bounds) in one
/// DFA: nearly every line fails them all at its first word, in one search instead of seven, and
/// a line that passes names the few rules worth running. Compiled by `build.rs` from
/// `src/patterns/prompts.rs`, as every line of every document meets it.
static PROMPT_GATES: LazyLock<DenseDfa> = LazyLock::new(|| prebuilt_dense_dfa!("prompt_gates"));

/// The prompt rules compiled for the NFA simulation ([`nfa_regex`]): only the rules whose gate
/// a line passes run, on about one line in a hundred. Lazy DFAs would save about 1% of the run
/// time and cost 1.2 MB of automata and caches, most of it per thread (measured). Each is
/// compiled when a line first passes its gate: a small document passes few of them.
static PROMPT_REGEXES: [OnceLock<meta::Regex>; PROMPT_RULES.len()] =
    [const { OnceLock::new() }; PROMPT_RULES.len()];

/// Prompt rule `index` compiled.
fn prompt_regex(index: usize) -> &'static meta::Regex {
    PROMPT_REGEXES[index]
        .get_or_init(|| nfa_regex(PROMPT_RULES[index].1).expect("prompt regexes compile"))
}

// ---------------------------------------------------------------------------------------------
// Dates

/// A line that is only a date, optionally labelled ("Updated: …"), and one that is labelled:
/// the patterns of `src/patterns/date_line.rs`, compiled at build time to sparse DFAs (see
/// [`PrebuiltDfa`]). A labelled date line is one where the optional label takes part in the
/// match: leading marks are never letters and every label, weekday and date starts with a
/// letter or digit, so every match skips the same marks, and then takes the label if it can.
///
/// Performance: on a lazy DFA the pattern, tried on every short line with a digit, was the
/// hottest after the gates, with about 1 MB of cache per thread; telling the label apart took a
/// search for the capture groups, about a hundred times a match.
static DATE_LINE: LazyLock<PrebuiltDfa> = LazyLock::new(|| prebuilt_dfa!("date_line"));
static LABELLED_DATE_LINE: LazyLock<PrebuiltDfa> =
    LazyLock::new(|| prebuilt_dfa!("labelled_date_line"));

// ---------------------------------------------------------------------------------------------
// Breadcrumbs and section labels

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

/// Names of newspaper sections, matched as the whole line in the top chrome zone: the pattern of
/// `src/patterns/sections.rs`, compiled by `build.rs`, as the top lines of every document meet it.
static KNOWN_SECTION: LazyLock<PrebuiltDfa> = LazyLock::new(|| prebuilt_dfa!("known_section"));

/// Small words allowed in lower case inside a Title Case label.
const LABEL_CONNECTORS: &[&str] = &[
    "&", "and", "of", "the", "und", "et", "y", "e", "di", "de", "van",
];

// ---------------------------------------------------------------------------------------------

/// Whether and why page-chrome removes a line wherever it stands (a button, share run, prompt,
/// call to action, cookie notice, labelled date or breadcrumb), kept with the document. Filters
/// that run earlier and count the article's prose read it (`doc.analysis::<ChromeAnywhere>(i)`)
/// so that a line this filter removes later does not count: otherwise cleaning the output
/// again could decide differently.
pub(crate) struct ChromeAnywhere;

impl LineAnalysis for ChromeAnywhere {
    type Table = Vec<Option<Kind>>;
    type Value = Option<Kind>;

    fn table(doc: &Document) -> Vec<Option<Kind>> {
        doc.per_line(|line| classify(line, false, false))
    }

    fn get(table: &Vec<Option<Kind>>, index: usize) -> Option<Kind> {
        table[index]
    }
}

/// Whether a line heads the related-article or most-read list after an article: where a page
/// dump's article has certainly ended. Prompts that also stand inside articles ("Read more",
/// "Lire aussi") are a separate phrase group and do not count.
pub fn is_list_heading(line: &str) -> bool {
    matches!(classify(line, false, false), Some(Kind::Phrase(group)) if PHRASE_GROUPS[usize::from(group)].0 == LIST_HEADING)
}

const LIST_HEADING: &str = "related-list heading";

/// Classifies one line by its own text. `in_top_zone` and `last_line` allow bare dates.
fn classify(line: &str, in_top_zone: bool, last_line: bool) -> Option<Kind> {
    // Every rule here is for short lines except the cookie banner; gate on length first. Every
    // rule needs a letter or a digit, so a blank line (page dumps are full of them) is not chrome.
    if line.len() > 600 || line.is_empty() {
        return None;
    }
    // Every rule skips leading whitespace: skipping the indentation once is only faster.
    let body = trim_start(line);
    if line.len() <= 120 {
        if let Some(group) = phrase_group(body) {
            return Some(Kind::Phrase(group));
        }
        if is_share_run(body) {
            return Some(Kind::ShareRun);
        }
        // Every date has a digit: most lines skip the automaton.
        if body.bytes().any(|b| b.is_ascii_digit()) && DATE_LINE.is_match(body) {
            if LABELLED_DATE_LINE.is_match(body) {
                return Some(Kind::LabelledDate);
            }
            if in_top_zone || last_line {
                return Some(Kind::BareDate);
            }
        }
        if is_breadcrumb(body, in_top_zone) {
            return Some(Kind::Breadcrumb);
        }
    }
    // The prompts are anchored at the start, so a non-matching line fails fast (`is_match` stops
    // there; `matches` would look for every gate's match); words are only counted for lines
    // that match.
    if !PROMPT_GATES.is_match(body) {
        return None;
    }
    let gates = PROMPT_GATES.matches(body);
    PROMPT_RULES
        .iter()
        .enumerate()
        .find(|&(index, (_, _, max_words))| {
            gates & 1 << index != 0
                && prompt_regex(index).is_match(body)
                && max_words.is_none_or(|max| !more_words_than(body, max))
        })
        .map(|(_, (kind, _, _))| *kind)
}

/// A line made only of share-bar names, at least two different ones other than a lone `x`
/// (`x x x` is a table of ticks, `print x` is code).
fn is_share_run(line: &str) -> bool {
    let mut seen: [Option<usize>; 2] = [None, None];
    for token in line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | '/')) {
        let token = token.trim_matches(|c: char| matches!(c, ',' | ':' | '.' | '-' | '–' | '—'));
        if token.is_empty() {
            continue;
        }
        let Some(known) = share_token(token) else {
            return false;
        };
        if token.eq_ignore_ascii_case("x") || seen.contains(&Some(known)) {
            continue;
        }
        if seen[0].is_none() {
            seen[0] = Some(known);
        } else {
            seen[1] = Some(known);
        }
    }
    seen[1].is_some()
}

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
fn is_breadcrumb(line: &str, in_top_zone: bool) -> bool {
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

/// Number of live lines (from the start) that form the top chrome zone: everything before the
/// first line of prose, and at most [`TOP_ZONE_LINES`] lines that are neither chrome by their own
/// text nor label-shaped. Chrome lines do not count and do not end the zone even when they read
/// like prose ("Sign up for our newsletter to get the latest news."), so removing them does not
/// pull more lines into the zone when the output is cleaned again.
fn top_zone_len(cx: &Context, live: &[usize]) -> usize {
    let mut counted = 0;
    for (pos, &index) in live.iter().enumerate() {
        let line = cx.doc.line(index);
        let chrome = classify(line, true, false).is_some();
        if chrome {
            continue;
        }
        if is_prose(line) {
            return pos;
        }
        if !is_label_shaped(line) {
            counted += 1;
            if counted > TOP_ZONE_LINES {
                return pos;
            }
        }
    }
    live.len()
}

/// Position in `live` where the footer tail starts: the last live line plus any chrome and bare
/// date lines right above it. A bare date there counts as "the very last line": once the lines
/// below it are removed it is the last line, so it goes now rather than on a second cleaning.
fn footer_tail_start(cx: &Context, live: &[usize]) -> usize {
    let mut start = live.len();
    while start > 0 && classify(cx.doc.line(live[start - 1]), false, true).is_some() {
        start -= 1;
    }
    start.saturating_sub(usize::from(start == live.len()))
}

/// Most non-chrome lines the top zone may hold (headline, kicker, byline…).
const TOP_ZONE_LINES: usize = 6;

fn is_prose(line: &str) -> bool {
    has_words(line, 20) || ends_sentence(line) && has_words(line, 6)
}

/// Section labels in the top zone: known section names, then short Title Case lines with chrome
/// on both sides and a non-chrome line (the headline) further down the zone, repeated until
/// nothing changes (an unknown label next to a known one: "Americas", "Border Desk").
fn mark_section_labels(cx: &Context, live: &[usize], zone_end: usize, kinds: &mut [Option<Kind>]) {
    for pos in 0..zone_end {
        let line = trim(cx.doc.line(live[pos]));
        if kinds[pos].is_none() && KNOWN_SECTION.is_match(line) {
            kinds[pos] = Some(Kind::KnownSection);
        }
    }
    loop {
        let mut changed = false;
        for pos in 0..zone_end {
            if kinds[pos].is_some() || !is_label_shaped(cx.doc.line(live[pos])) {
                continue;
            }
            let before = pos > 0 && kinds[pos - 1].is_some();
            let after = pos + 1 < zone_end && kinds[pos + 1].is_some();
            let headline_below = (pos + 1..zone_end).any(|later| kinds[later].is_none());
            if before && after && headline_below {
                kinds[pos] = Some(Kind::Label);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// 1–3 words, each capitalised (or a small connector), no sentence punctuation.
fn is_label_shaped(line: &str) -> bool {
    let line = line.trim();
    if ends_sentence(line) || line.contains(',') {
        return false;
    }
    let mut n = 0;
    for word in line.split_whitespace() {
        n += 1;
        if n > 3 {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised && !LABEL_CONNECTORS.contains(&word) {
            return false;
        }
    }
    n > 0 && words(line).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};

    const BODY: &str = "The regional council voted on Tuesday to extend the night bus network to three more districts.\n\
        Officials said the change would cost about two million euros a year.\n";

    fn removes(line: &str) {
        let input = format!("{BODY}{line}\nThe first new routes start in March.\n");
        assert_eq!(
            removed_by(&PageChrome, &input),
            [line],
            "should remove {line:?}"
        );
    }

    fn keeps(line: &str) {
        let input = format!("{BODY}{line}\nThe first new routes start in March.\n");
        assert_keeps(&PageChrome, &input);
    }

    #[test]
    fn phrases_start_and_end_with_letters() {
        // `phrase_group` relies on it: no phrase begins with a lead or ends with a trail char.
        for phrase in PHRASE_GROUPS.iter().flat_map(|(_, p)| p.split('|')) {
            let phrase = phrase.trim();
            assert!(phrase.starts_with(char::is_alphabetic), "{phrase:?}");
            assert!(phrase.ends_with(char::is_alphabetic), "{phrase:?}");
            assert!(!phrase.starts_with(is_lead) && !phrase.ends_with(is_trail));
        }
        assert_eq!(phrase_group("  » Read MORE …"), phrase_group("read more"));
        assert!(phrase_group("read more").is_some());
        assert_eq!(phrase_group(BODY), None);
    }

    #[test]
    fn phrases_match_in_any_case_like_a_case_insensitive_regex() {
        let share = phrase_group("share");
        assert!(share.is_some());
        for line in ["SHARE", "Share:", "ſhare", "* SHARE »"] {
            assert_eq!(phrase_group(line), share, "{line:?}");
        }
        // "İ" folds to no ASCII letter, and a dotless "ı" is another letter
        assert_eq!(phrase_group("Prİnt"), None);
        assert_eq!(phrase_group("prınt"), None);
        assert!(phrase_group("PRINT").is_some());
        assert!(phrase_group("ПОДЕЛИТЬСЯ").is_some());
    }

    #[test]
    fn prebuilt_date_dfas_match_like_the_patterns() {
        use crate::patterns::date_line::date_line_pattern;
        let date_line = Regex::new(&date_line_pattern(false)).unwrap();
        let labelled = Regex::new(&date_line_pattern(true)).unwrap();
        // The optional label as a named group: the prebuilt labelled DFA must match exactly
        // when the group takes part in the date line's match.
        let optional = date_line_pattern(false);
        let named = optional.replacen("(?:(?:(?:last", "(?P<label>(?:(?:last", 1);
        assert_ne!(named, optional);
        let captures = Regex::new(&named).unwrap();
        let lines = [
            "Updated: Nov 12, 2025",
            "  » Le 12 novembre 2025",
            "Le 12 novembre 2025 à 14h03",
            "Lundi le 12 novembre 2025",
            "Mon, 12 November 2025",
            "- Stand: 12.11.2025, 14:03 Uhr",
            "Date: 2025-11-12T14:03:00+01:00",
            "Today is Wednesday, November 12, 2025",
            "Heute: Mittwoch, 12. November 2025",
            "Posted 3 hours ago",
            "Published on November 12, 2025 | 5 min read",
            "12 November 2025, she said",
            "Updated: Nov ١٢, ٢٠٢٥",
            "",
        ];
        for line in lines {
            assert_eq!(
                DATE_LINE.is_match(line),
                date_line.is_match(line),
                "{line:?}"
            );
            assert_eq!(
                LABELLED_DATE_LINE.is_match(line),
                labelled.is_match(line),
                "{line:?}"
            );
            let label = captures
                .captures(line)
                .is_some_and(|caps| caps.name("label").is_some());
            assert_eq!(LABELLED_DATE_LINE.is_match(line), label, "{line:?}");
        }
    }

    #[test]
    fn prebuilt_section_dfa_matches_like_the_pattern() {
        use crate::patterns::sections::KNOWN_SECTION_PATTERN;
        let regex = Regex::new(KNOWN_SECTION_PATTERN).unwrap();
        let lines = [
            "News",
            "WORLD NEWS",
            "U.S.",
            "u.s. news",
            "Middle East",
            "Économie",
            "ÉCONOMIE",
            "Actualités",
            "Santé",
            "Opinión",
            "News and views",
            "World News Today",
            "us",
            "",
            "Wiſſen",
        ];
        for line in lines {
            assert_eq!(
                KNOWN_SECTION.is_match(line),
                regex.is_match(line),
                "{line:?}"
            );
        }
        assert!(KNOWN_SECTION.is_match("Économie"));
    }

    #[test]
    fn prebuilt_prompt_gates_match_like_the_relaxed_patterns() {
        use crate::patterns::prompts::PROMPTS;
        for (index, (_, pattern, _)) in PROMPT_RULES.iter().enumerate() {
            assert_eq!(*pattern, PROMPTS[index], "rule {index}");
        }
        let gates: Vec<String> = PROMPTS
            .iter()
            .map(|pattern| crate::matchers::regexes::relaxed(pattern).unwrap())
            .collect();
        let set = regex::RegexSet::new(&gates).unwrap();
        let lines = [
            "Read more: How sawmills adapt to the downturn",
            "» Lesen Sie auch: Der neue Plan",
            "Sign up for our newsletter",
            "Get the best stories in your inbox every morning",
            "Subscribe now to continue reading",
            "Follow us on Twitter",
            "We use cookies to improve your experience.",
            "WE USE COOKIES",
            "We use cookies, she said",
            "ORDER REPRINTS",
            "Listen: https://example.com/episode",
            "https://example.com/a/b",
            "Pour lire la suite de cet article",
            "This article is only available to subscribers",
            "Already a subscriber? Log in",
            "Related: the council's budget",
            "ſign up for the ſtory's newsletter",
            "The council approved the budget on Monday.",
            "",
            "  *  Read also › Another story",
        ];
        for line in lines {
            let matched = set.matches(line);
            let expected = (0..PROMPTS.len())
                .filter(|&i| matched.matched(i))
                .fold(0u64, |bits, i| bits | 1 << i);
            assert_eq!(PROMPT_GATES.matches(line), expected, "{line:?}");
            assert_eq!(PROMPT_GATES.is_match(line), set.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn date_lines_are_labelled_only_when_a_label_leads() {
        let kind = |line| classify(line, false, false);
        for line in [
            "Updated: Nov 12, 2025",
            "» Le 12 novembre 2025",
            "• Zuletzt aktualisiert am 12.11.2025, 14:03 Uhr",
            "Publicado el 12 de noviembre de 2025",
            "Today is Wednesday, November 12, 2025",
        ] {
            assert_eq!(kind(line), Some(Kind::LabelledDate), "{line:?}");
        }
        // A label word that is the weekday's article ("le") or not followed by a date.
        for line in [
            "12 November 2025",
            "Mon, 12 November 2025",
            "Lundi le 12 novembre 2025",
        ] {
            assert_eq!(kind(line), None, "{line:?}");
            assert_eq!(
                classify(line, true, false),
                Some(Kind::BareDate),
                "{line:?}"
            );
        }
        assert_eq!(kind("Date of the 2025 vote"), None);
    }

    #[test]
    fn phrases_and_share_names_fit_their_lookup_buffers() {
        assert!(*MAX_PHRASE_CHARS <= LONGEST_PHRASE_BYTES);
        for token in SHARE_TOKENS.split_whitespace() {
            assert!(
                token.is_ascii() && token.len() <= LONGEST_SHARE_TOKEN,
                "{token:?}"
            );
        }
        let longest = PHRASE_GROUPS
            .iter()
            .flat_map(|(_, phrases)| phrases.split('|'))
            .map(str::trim)
            .filter(|phrase| phrase.is_ascii())
            .max_by_key(|phrase| phrase.len())
            .unwrap();
        assert!(
            phrase_group(&longest.to_uppercase()).is_some(),
            "{longest:?}"
        );
        assert!(is_share_run("   compartilhar | GOOGLE+ · Facebook"));
        assert!(!is_share_run("Facebook and Twitter"));
    }

    #[test]
    fn rule_page_example() {
        let input = "Today : Mar 3, 2024\nBusiness\n3 March 2024\nHome > Business > Markets\n\
            Lumber Prices Climb for Third Week\nShare this article\n\
            Lumber futures rose 4% on Friday as mills cut output.\nAdvertisement\n\
            Dealers expect prices to stay high into the summer.\n\
            Read more: How sawmills adapt to the downturn\n";
        assert_eq!(
            removed_by(&PageChrome, input),
            [
                "Today : Mar 3, 2024",
                "Business",
                "3 March 2024",
                "Home > Business > Markets",
                "Share this article",
                "Advertisement",
                "Read more: How sawmills adapt to the downturn",
            ]
        );
        let rules: Vec<String> = rules_fired(&PageChrome, input)
            .into_iter()
            .map(|(_, rule)| rule)
            .collect();
        assert_eq!(
            rules,
            [
                "page-chrome/date-line",
                "page-chrome/section-label",
                "page-chrome/date-line",
                "page-chrome/breadcrumb",
                "page-chrome/button-label",
                "page-chrome/button-label",
                "page-chrome/teaser-link",
            ]
        );
    }

    #[test]
    fn each_kind_of_line_names_its_rule() {
        for (line, rule) in [
            ("Facebook Twitter LinkedIn WhatsApp", "share-run"),
            ("Sign up for our newsletter", "call-to-action"),
            ("Follow us on Twitter", "call-to-action"),
            (
                "We use cookies to improve your experience.",
                "cookie-notice",
            ),
            ("ORDER REPRINTS", "reprint-notice"),
            ("https://example.com/a/b", "link-only"),
        ] {
            let input = format!("{BODY}{line}\nThe first new routes start in March.\n");
            assert_eq!(
                rules_fired(&PageChrome, &input),
                [(line.to_string(), format!("page-chrome/{rule}"))]
            );
        }
    }

    #[test]
    fn removes_ad_labels_in_many_languages() {
        for line in [
            "Advertisement",
            "ADVERTISEMENT",
            "Anzeige",
            "Publicité",
            "Publicidad",
            "Pubblicità",
            "- Advertisement -",
            "Story continues below advertisement",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_skip_links_and_buttons() {
        for line in [
            "Skip to content",
            "Skip to main content",
            "Zum Inhalt springen",
            "Share",
            "Share this article",
            "Tweet",
            "Print",
            "Email",
            "Copy link",
            "Artikel teilen",
            "Partager",
            "Compartir",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_navigation_and_comment_prompts() {
        for line in [
            "Toggle navigation",
            "Back to top",
            "Leave a comment",
            "Schreibe einen Kommentar",
            "Dejá tu comentario",
            "Kommentare",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_share_runs() {
        for line in [
            "Facebook Twitter LinkedIn WhatsApp",
            "Share | Tweet | Email",
            "Facebook · X · Copy link",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_read_more_and_related_prompts() {
        for line in [
            "Read more",
            "Read more:",
            "Read more…",
            "Related:",
            "Related articles",
            "## Related stories",
            "Weiterlesen",
            "Mehr zum Thema",
            "Mehr lesen...",
            "Lire aussi",
            "Lire la suite",
            "Leer más",
            "Leggi anche",
            "Leia também",
            "Lees ook",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_teaser_links() {
        for line in [
            "Read more: How the night bus network grew",
            "READ MORE: Council approves budget",
            "Related: Tram fares rise again",
            "Related post: Pickled beetroot with dill",
            "Lesen Sie auch: Warum die Stadt mehr Busse braucht",
            "Lire aussi : Les transports publics en chiffres",
            "Leer más: El metro amplía su horario",
            "Leia também: Prefeitura anuncia novas linhas",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_newsletter_and_follow_prompts() {
        for line in [
            "Sign up for our newsletter",
            "Subscribe to our newsletter",
            "Sign up for our daily newsletter to get the latest news delivered to your inbox.",
            "Newsletter abonnieren",
            "Suscríbete",
            "Abonnez-vous à notre newsletter",
            "Follow us on Facebook",
            "Follow us on Twitter and Instagram",
            "Folgen Sie uns auf Facebook",
            "Suivez-nous sur Twitter",
            "Síguenos en Instagram",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_cookie_notices() {
        for line in [
            "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
            "This website uses cookies",
            "Accept all cookies",
            "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
            "Nous utilisons des cookies pour améliorer votre expérience.",
            "Utilizamos cookies propias y de terceros.",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_labelled_dates_anywhere() {
        for line in [
            "Updated: Nov 12, 2025",
            "Published 12 November 2025",
            "Posted on January 22, 2014",
            "Last updated: Mon, 12 Nov 2025 14:03 GMT",
            "Aktualisiert am 12.11.2025, 14:03 Uhr",
            "Publié le 12 novembre 2025 à 14h03",
            "Actualizado el 12 de noviembre de 2025",
            "Stand: 12.11.2025",
        ] {
            removes(line);
        }
        // Dates are written with ASCII digits in the languages of the month names.
        keeps("Updated: Nov ١٢, ٢٠٢٥");
    }

    #[test]
    fn removes_header_chrome_but_keeps_headline() {
        let input =
            "Today : Mar 3, 2024\nBusiness\n3 March 2024\n\nLumber Prices Climb for Third Week\n\n\
            Lumber futures rose 4% on Friday as mills cut output across the region.\n";
        assert_eq!(
            removed_by(&PageChrome, input),
            ["Today : Mar 3, 2024", "Business", "3 March 2024"]
        );
    }

    #[test]
    fn removes_today_lines_in_several_languages() {
        for top in [
            "Today is Tuesday, 12 November 2025",
            "Heute: 12.11.2025",
            "Mon, 12 Nov 2025 14:03 GMT",
            "2025-11-12",
            "12.11.2025",
            "November 12, 2025",
            "Dienstag, 12. November 2025",
        ] {
            let input = format!("{top}\nBus Network Grows\n{BODY}");
            assert_eq!(removed_by(&PageChrome, &input), [top], "{top:?}");
        }
    }

    #[test]
    fn unknown_label_needs_chrome_on_both_sides() {
        // "Transit Desk" is sandwiched between two date lines: a label.
        let input =
            format!("Today: 12.11.2025\nTransit Desk\n12 November 2025\nBus Network Grows\n{BODY}");
        assert_eq!(
            removed_by(&PageChrome, &input),
            ["Today: 12.11.2025", "Transit Desk", "12 November 2025"]
        );
        // A short headline followed by its date is a headline, not a label.
        let input = format!("Mission Accomplished\nPublished 12 November 2025\n{BODY}");
        assert_eq!(
            removed_by(&PageChrome, &input),
            ["Published 12 November 2025"]
        );
        // Even between two dates, when no headline follows it in the header.
        let input =
            format!("Heute: 12.11.2025\nBudget Showdown\nUpdated 12 November 2025, 14:03\n{BODY}");
        assert_eq!(
            removed_by(&PageChrome, &input),
            ["Heute: 12.11.2025", "Updated 12 November 2025, 14:03"]
        );
    }

    #[test]
    fn removes_breadcrumbs() {
        for top in [
            "Home > World > Americas",
            "Home / News / Politics",
            "Startseite › Politik",
            "Accueil » Monde » Europe",
        ] {
            let input = format!("{top}\n{BODY}");
            assert_eq!(removed_by(&PageChrome, &input), [top], "{top:?}");
        }
        removes("News › Politics › Europe");
    }

    #[test]
    fn keeps_sentences_that_mention_chrome_words() {
        for line in [
            "She signed up for the newsletter in 2019 and has read it every morning since.",
            "Advertisement revenue fell 5%.",
            "Read more about the plan in the report published by the council.",
            "The company said it would print the ballots in Germany.",
            "He wrote on Twitter that the service would resume on Monday.",
            "Share prices fell sharply after the announcement.",
            "We use cookies, the baker joked, as a unit of currency in this office.",
            "Related to this, the mayor promised a review of all fares.",
            "Email was the main way the two sides communicated.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn keeps_headlines_and_mid_text_dates_and_tables() {
        // A Title Case headline at the top is kept, even when short.
        assert_keeps(&PageChrome, &format!("Night Buses Return\n{BODY}"));
        assert_keeps(
            &PageChrome,
            &format!("Night Buses Return to Three More Districts After Vote\n{BODY}"),
        );
        // A bare date in the middle of the text (a timeline) is kept.
        keeps("12 November 2025");
        keeps("March 2019");
        // Table rows and paths are not breadcrumbs.
        keeps("| Option | Value |");
        keeps("Price / Quality / Service");
        keeps("Version 1.2.3");
        // A subheading that is a known section name in the middle stays.
        keeps("Politics");
    }

    #[test]
    fn keeps_a_lone_network_name_and_prose_about_networks() {
        keeps("Facebook");
        keeps("Facebook Facebook");
        keeps("x x x");
        keeps("... print x");
        keeps("Twitter and Facebook both removed the video within hours.");
    }

    #[test]
    fn removes_paywall_prompts_but_keeps_reporting_about_paywalls() {
        let input = "\
The council approved the new budget on Monday after a long debate.
To view the full story, please subscribe to The Example Times.
If you're seeing this message but you're already a subscriber, you can log in for immediate access.
Dieser Artikel ist nur für Abonnenten verfügbar.
Réservé aux abonnés
The newspaper said subscribers to the full story would see the documents first.
";
        let removed = removed_by(&PageChrome, input);
        assert_eq!(removed.len(), 4, "{removed:?}");
        assert!(!removed.iter().any(|line| line.starts_with("The newspaper")));
    }

    #[test]
    fn removes_more_prompts_in_other_languages() {
        let input = "\
Der Stadtrat hat den neuen Haushalt am Montag nach langer Debatte beschlossen.
Teilen mit:
Auch lesen: Warum die Stadt mehr Busse braucht
Empfohlene Beiträge
Wird geladen
LE PUEDE INTERESAR: El Congreso aprueba la reforma
Pour lire la suite
Subscribe now to our weekend edition for the full story.
";
        assert_eq!(removed_by(&PageChrome, input).len(), 7);
        assert_keeps(
            &PageChrome,
            "Die Bürger können den Entwurf im Rathaus lesen und bewerten.\nThe page was loading slowly all day.\n",
        );
    }

    #[test]
    fn removes_link_lines_reprint_notices_and_follow_requests() {
        let input = "\
The council approved the new budget on Monday after a long debate.
https://www.example.com/news/council-budget-2025
Listen: http://po.st/episode-615
- Order Reprints
This copy is for your personal, non-commercial use only. To order copies, visit our reprints page.
Follow The Example Times Opinion section on Facebook and Instagram.
Follow AP's full coverage of the election at https://example.com/elections
SEE MORE: Council delays vote on parking fees
";
        assert_eq!(removed_by(&PageChrome, input).len(), 7);
        assert_keeps(
            &PageChrome,
            "The full report is at https://www.example.org/report and runs to 300 pages.\n\
             Follow the money, the investigators said on Monday.\n\
             Follow the coverage of the trial, the judge told jurors, and you will see bias.\n",
        );
    }

    #[test]
    fn removes_polish_and_russian_buttons_and_labels() {
        let input = "\
The council approved the new budget on Monday after a long debate.
Reklama
Podziel się
Czytaj dalej
Поделиться
Подпишитесь
Rezept drucken
";
        assert_eq!(removed_by(&PageChrome, input).len(), 6);
        assert_keeps(
            &PageChrome,
            "Reklama w telewizji kosztuje coraz więcej, mówią nadawcy.\nПодробнее о бюджете рассказал мэр.\n",
        );
    }

    #[test]
    fn list_headings_mark_the_end_of_an_article() {
        assert!(is_list_heading("Related Articles"));
        assert!(is_list_heading("  Most read"));
        assert!(is_list_heading("Das könnte Sie auch interessieren:"));
        for heading in [
            "Zobacz także:",
            "Читайте также",
            "Lo más leído",
            "Les plus lus",
        ] {
            assert!(is_list_heading(heading), "{heading}");
        }
        assert!(!is_list_heading("Polecane przez lekarzy leki są drogie."));
        assert!(!is_list_heading("Read more"));
        assert!(!is_list_heading("Related: the mayor's plan for the bridge"));
    }

    #[test]
    fn removes_video_player_labels_and_stay_informed_prompts() {
        let input = "\
The council approved the new budget on Monday after a long debate.
JUST WATCHED
Replay
More Videos ...
Stay up to date with the council. Subscribe to our newsletter.
";
        assert_eq!(removed_by(&PageChrome, input).len(), 4);
        assert_keeps(
            &PageChrome,
            "The mayor asked residents to stay up to date on the closures through the city website.\n",
        );
    }
}
