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
//!   navigation controls ("Toggle navigation", "Menu", "Back to top"), comment-section
//!   prompts ("Leave a comment", "Schreibe einen Kommentar", "Kommentare"), account controls
//!   ("Log in", "Sign in", "My account", "Anmelden") and links of a site's header and footer to
//!   its own pages ("Privacy policy", "Terms of use", "Contact us", "Impressum")… in the
//!   languages of `lang/` (single words that head a section of an article, "Privacy",
//!   "Disclaimer", "Contact", are not listed); also a heading of more stories from a source
//!   ("More from Sportsnet", "Mehr zum Thema auf …");
//! - **runs of share buttons**: a line made only of network and button names, at least two of them
//!   ("Facebook Twitter LinkedIn WhatsApp", "Share | Tweet | Email", "Share on Pinterest");
//! - **teaser links** led by a reading prompt and a colon ("Read more: Why the bridge was closed",
//!   "Related post: …",
//!   "Lesen Sie auch: …", "Lire aussi : …"), up to 25 words;
//! - **calls to action**: "Sign up for our newsletter…", "Subscribe to our daily newsletter…",
//!   "Follow us on Facebook and Instagram", "Follow our full coverage of X at https://…" and their
//!   translations, up to 25 words, which must
//!   *start* with the imperative; and newsletter labels, at most four words ending in the word
//!   newsletter ("Email Newsletters", "The Daily Ledger Newsletter");
//! - **cookie notices** starting with a consent formula ("We use cookies…", "This website uses
//!   cookies…", "Accept all cookies", "Wir verwenden Cookies…", "Nous utilisons des cookies…");
//! - **date lines**: a line that is only a date, optionally with weekday, time, time zone and a
//!   reading time ("12 November 2025", "Mon, 12 Nov 2025 14:03 GMT", "2025-11-12",
//!   "12.11.2025"). With a label in front ("Updated: …", "Published …", "Today : …",
//!   "Heute: …", "Publié le …", "Actualizado el …") the line goes wherever it is, and so does a
//!   post's or comment's timestamp, a date joined to its clock time by a word such as "at"
//!   ("November 19, 2019 at 11:32 am"; an event's "June 14, 7:30 pm" stays);
//!   a bare date only in the top chrome zone (see below) or as the very last line (chrome and
//!   other bare dates below it do not count: they go too);
//! - **breadcrumbs**: "Home > World > Americas", "Home / News / Politics", "Startseite › Politik"
//!   (a home word first and any separator), or three or more short capitalised parts joined by
//!   `>`, `›`, `»` or `→` without a home word; and a menu entry with its arrows, one to four
//!   words, capitalised, then one or two arrows ("Local Businesses › ‹", "Home ›");
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
//! - `page-chrome/date-line`: labelled date line or a post's timestamp anywhere, or a bare date
//!   in the top chrome zone or as the last line
//! - `page-chrome/breadcrumb`: breadcrumb trail (`Home > Section > …`) or a menu entry with its
//!   arrows (`News › ‹`)
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
//! - A live blog whose entries are headed by labelled timestamps ("Updated 14:03 GMT …") or by
//!   timestamps like a comment's ("November 5, 2024 at 8:14 pm") loses those stamps.
//! - An article heading that is a site link's words ("Terms of Use" in an article about a
//!   service's terms) is advice to the line model, which keeps it unless the rest of the line's
//!   evidence agrees.
//!
//! Deliberately kept: any longer sentence that merely contains these words ("She signed up for
//! the newsletter in 2019 and…", "Advertisement revenue fell 5%.", "Read more about the plan in
//! the report."), a headline at the top even when it is in Title Case (a label needs a known
//! section name or chrome on both sides and at most three words), bare dates in the middle of the
//! text (timelines), and pipe-separated lines such as table rows.

mod breadcrumbs;
mod buttons;
mod classify;
mod kind;
mod labels;
mod prompts;
mod section_labels;
mod vocabulary;

use crate::filter::{Context, Filter, Finding, Rule};
use classify::classify;
pub use classify::is_list_heading;
pub(crate) use classify::ChromeAnywhere;
use kind::{
    Kind, BREADCRUMB, BUTTON_LABEL, CALL_TO_ACTION, COOKIE_NOTICE, DATE_LINES, LINK_ONLY,
    REPRINT_NOTICE, SECTION_LABEL, SHARE_RUN, TEASER_LINK,
};
use section_labels::{footer_tail_start, mark_section_labels, top_zone_len};

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

#[cfg(test)]
mod tests {
    use super::*;
    use super::{buttons::*, vocabulary::*};
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
        for phrase in PHRASE_GROUPS.iter().flat_map(|(_, p)| p.iter()) {
            assert!(phrase.starts_with(char::is_alphabetic), "{phrase:?}");
            assert!(phrase.ends_with(char::is_alphabetic), "{phrase:?}");
            assert!(!phrase.starts_with(is_lead) && !phrase.ends_with(is_trail));
        }
        assert_eq!(phrase_group("  » Read MORE …"), phrase_group("read more"));
        assert!(phrase_group("read more").is_some());
        assert_eq!(phrase_group(BODY), None);
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

    #[test]
    fn removes_account_controls_and_site_links() {
        for line in [
            "Log In",
            "Sign in",
            "Subscribe Sign In",
            "My Account",
            "Privacy Policy",
            "Terms of Service",
            "Contact Us",
            "Impressum",
            "Datenschutzerklärung",
            "Mentions légales",
            "Política de privacidad",
            "Zaloguj się",
        ] {
            removes(line);
        }
        let fired = rules_fired(&PageChrome, &format!("{BODY}Sign In\n"));
        assert_eq!(fired[0].1, "page-chrome/button-label");
        // Single words that head a section of an article, and sentences about the same things.
        for line in [
            "Privacy",
            "Disclaimer",
            "Register",
            "Contact",
            "FAQ",
            "You can sign in with your library card.",
            "The privacy policy changed in May.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_menu_entries_newsletter_labels_and_more_from_headings() {
        for (line, rule) in [
            ("Local Businesses › ‹", "breadcrumb"),
            ("Home ›", "breadcrumb"),
            ("Email Newsletters", "call-to-action"),
            ("Daily Ledger Newsletters", "call-to-action"),
            ("More from Sportsnet", "button-label"),
            ("Mehr zum Thema auf example.de", "button-label"),
            ("Share on Pinterest", "share-run"),
        ] {
            let fired = rules_fired(&PageChrome, &format!("{BODY}{line}\n"));
            let expected = format!("page-chrome/{rule}");
            assert_eq!(fired, [(line.to_string(), expected)], "{line:?}");
        }
        assert!(is_list_heading("More from Sportsnet"));
        for line in [
            "More from the interview follows below.",
            "How one town built a newsletter empire",
            "The vote is on Friday. »",
            "The Paid Newsletter",
            "Häufige Fragen",
            "Más en detalle",
            "Share prices fell on Monday.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_timestamps_anywhere_but_keeps_bare_dates_in_the_middle() {
        removes("November 19, 2019 at 11:32 am");
        removes("19.11.2019 um 14:03 Uhr");
        keeps("November 19, 2019");
        // An event's date and time, and dates with dots, are not timestamps.
        keeps("Saturday, June 14, 2025, 7:30 pm");
        keeps("14.03.2006");
        keeps("The meeting on November 19, 2019 at 11:32 am ended early.");
    }
}
