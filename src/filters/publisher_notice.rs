//! # publisher-notice
//!
//! ## What it removes
//!
//! Lines in which the publisher speaks to the reader about itself rather than about the story:
//!
//! - **subscription offers**: an imperative or a promise of delivery together with an issue
//!   count and a price ("Get *Magazine* delivered through your letterbox every month. 12 issues
//!   for £11.99."), free trial issues ("Jetzt 3 Ausgaben GRATIS erhalten!"), where to buy the
//!   current issue ("Die aktuelle Ausgabe … im Abo, als e-Paper … erhältlich");
//! - **newsletter and membership pitches**: a sentence that *starts* with "Sign up / Subscribe /
//!   Register" and names a newsletter or inbox (anywhere in the line, after at most a short
//!   lead-in: "There's plenty more where that came from. Sign up for …"); "If you enjoyed this
//!   article, … join / subscribe / support"; "Join *X*. Members get …"; "Enter your email address
//!   to …"; German pitches that name the newsletter and address the reader ("Mit unserem
//!   Newsletter erhalten Sie …", "… direkt in dein Postfach"); invitations to the outlet's own
//!   messaging channel ("¿Ya sabías que … tenemos canal de Telegram? Únete …");
//! - **newsletter fine print**: "By signing up, you agree to our privacy policy", "Mit der
//!   Anmeldung stimme ich … Datenschutzerklärung … zu", "Ich bin mit der Verarbeitung meiner
//!   Daten … einverstanden";
//! - **donation appeals** for the outlet itself: "Wir sind spendenfinanziert. Unterstütze auch du
//!   uns …", "Unterstütze *X* bereits mit 2,50!", "Support independent journalism: donate today";
//! - **listen / watch / app promos**: "Listen to *show* live at 12:45 and 17:45 weekdays - or
//!   listen back here.", "How to listen to *X* podcast", "… wherever you get your podcasts",
//!   "For the latest stories … download the *X* apps …";
//! - **letters invitations**: "We'd like to hear what you think … letters to the editor …";
//! - **standing notices**: affiliate disclosures ("We may earn a commission on purchases made
//!   through links in this article", or anywhere in a line that also says "Prices are subject to
//!   change"), the German liability line for external links ("… keine
//!   Haftung für die Inhalte externer Links"), "Dieser Beitrag gibt die Meinung des Autors wieder,
//!   nicht … die der Redaktion";
//! - **news-alert pitches**: browser-notification prompts ("Benachrichtigung aktivieren", "Turn on
//!   notifications", "Dürfen wir Sie … informieren?"), "Wir informieren Sie täglich …",
//!   "Verpasse keine News zu …", a short line ending in "… nichts mehr verpassen!";
//! - **privacy fine print of forms**: the reCAPTCHA notice, "Ich akzeptiere die
//!   Datenschutzbestimmungen …", "You can unsubscribe at any time", "Was passiert mit meinen
//!   Daten?";
//! - **consent placeholders of external embeds**: "Empfohlener redaktioneller Inhalt", "Ich bin
//!   damit einverstanden, dass mir externe Inhalte angezeigt werden", "… ohne dein Einverständnis
//!   keine Verbindung zu … her";
//! - **paywall and registration prompts**: "Kostenlos registrieren und weiterlesen", "Wählen Sie
//!   Ihren Zugang und lesen Sie weiter:", "Hier kostenlos anmelden", "Instant access to the full
//!   article PDF", "Subscription will auto renew", and "register to read on" in French, Spanish,
//!   Italian, Portuguese and Dutch;
//! - **notes on what a post is or who checked it**: "Bei diesem Beitrag handelt es sich um einen
//!   Gastbeitrag / ein Blog aus der Community", "Medically reviewed by …", "Fact checked by
//!   <name>" (the name alone), and the German affiliate-link note "Bei den Verlinkungen handelt es sich um Affiliate Links";
//! - **notices about the reader's browser**, starting the line: "Please enable JavaScript…",
//!   "Dieser Shop setzt voraus, dass Sie JavaScript …", "Your browser does not support the video
//!   tag.", "Tu navegador no soporta…"; in English only addressed to the reader ("… in your
//!   browser", "… to view the comments") or alone, since how-to articles explain JavaScript;
//! - **widget status strings**, matched as the whole line: "An error has occurred, please try
//!   again later.", "This article has been sent to …", "Please enter a valid email address";
//! - **machine timestamps**: a line that is only an ISO 8601 date-time with a `T` ("2019-11-19T08:57:40+01:00").
//!
//! Every rule needs two cues (the imperative *and* what is offered, the offer *and* its price,
//! the author's opinion *and* the editors' distance…), and they must start the line or a
//! sentence that follows at most a short lead-in. Lines where a quotation mark opens before the
//! cue are kept: a quoted sign-up prompt is reporting.
//!
//! ## Rules
//!
//! - `publisher-notice/subscription`: subscription offer (an offer with an issue count, price or
//!   sales channels)
//! - `publisher-notice/newsletter`: newsletter or membership pitch addressed to the reader
//! - `publisher-notice/fine-print`: sign-up form fine print (consent to the privacy policy)
//! - `publisher-notice/donation`: donation appeal for the publication itself
//! - `publisher-notice/listen`: listen, watch or app promotion of the publisher
//! - `publisher-notice/letters`: invitation to write a letter to the editor
//! - `publisher-notice/disclaimer`: standing notice (affiliate links, liability for external
//!   links, author's opinion not the editors')
//! - `publisher-notice/widget-status`: status message of a share or sign-up widget, on a line of
//!   its own
//! - `publisher-notice/news-alert`: news-alert pitch (browser notifications, daily briefing)
//!   addressed to the reader
//! - `publisher-notice/consent`: consent placeholder of an external embed
//! - `publisher-notice/paywall`: paywall or registration prompt
//! - `publisher-notice/browser`: notice about the reader's browser (JavaScript disabled, browser
//!   unsupported)
//! - `publisher-notice/machine-timestamp`: machine timestamp (ISO 8601 date-time) on a line of its
//!   own
//!
//! ## Why is this noise?
//!
//! These are the publisher's house ads and standing notices. Extractors keep them because they
//! sit inside the article container and read like prose, but they are the same on every article
//! of the site and say nothing about the story.
//!
//! ## Example
//!
//! ```text
//! The council approved the budget on Monday.
//! There's plenty more where that came from. Sign up for Example Daily to get the free newsletter delivered to your inbox.
//! Listen to City Hour live at 12:45 weekdays - or listen back here.
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
//! - An article about a publication that ends a paragraph with its own sign-up prompt loses that
//!   paragraph when the lead-in before the prompt is short (up to 30 words).
//! - A news story quoting a disclaimer verbatim, without quotation marks, at the start of a
//!   paragraph.
//!
//! Deliberately kept: disclaimers that the views expressed are the authors' own or that an
//! article is not investment advice, and "Have an *device*? Now you can hear *newsletter* …":
//! article annotators count them as part of the article (on the scrapinghub benchmark they are in
//! the gold text), so removing them costs more than it gains. Also kept: news about subscription prices ("The paper raised its price to £2 an issue
//! and lost 12,000 subscribers."), someone saying the views expressed are their own (in quotes, or
//! not at the start of the line), reporting that a company will support journalism, "Listen to the
//! full interview below.", a headline "How to listen to the eclipse", "He declined to comment.",
//! and letters to the editor mentioned in reporting.

use std::sync::{LazyLock, OnceLock};

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::matchers::regexes::RareRegex;
use crate::matchers::screen::RuleScreen;
use crate::patterns::notices::{self, pattern, Kind, Start, RULES};
use crate::prebuilt::literal_automaton;
use crate::text::{has_words, trim, word_count};

pub struct PublisherNotice;

const MACHINE_TIMESTAMP: Rule = Rule::new(
    "machine-timestamp",
    "machine timestamp (ISO 8601 date-time) on a line of its own",
);

/// The filter's rule for a kind of notice its patterns find.
const fn kind_rule(kind: Kind) -> Rule {
    Rule::new(kind.rule, kind.reason)
}

/// Longest lead-in allowed before a sentence-initial cue ("There's plenty more where that came
/// from. Sign up …").
const MAX_LEAD_IN_WORDS: usize = 30;

/// Each rule compiled ([`pattern`]). A rule's gate opens on fewer than 2% of the lines that
/// pass [`gate::PUBLISHER_NOTICE`] (0.5% on average, measured on 14 MB of pages), so the full regexes run without
/// the lazy DFA ([`RareRegex`]).
///
/// Start-up: a rule is compiled the first time [`SCREEN`] lets a line through to it
/// ([`compiled`]); a small document reaches a few of the rules, if any, and compiling all of
/// them would cost more than cleaning it.
static COMPILED: LazyLock<Vec<OnceLock<RareRegex>>> =
    LazyLock::new(|| RULES.iter().map(|_| OnceLock::new()).collect());

/// Rule `index` compiled.
fn compiled(index: usize) -> &'static RareRegex {
    COMPILED[index].get_or_init(|| {
        RareRegex::new(&pattern(&RULES[index])).expect("publisher-notice rule compiles")
    })
}

/// The rules a line can match, by their required literals: most lines that pass [`gate::PUBLISHER_NOTICE`] can
/// match only a few of the rules, and each rule tried costs a scan of the line. Compiled by
/// `build.rs` from `src/patterns/notices.rs`.
static SCREEN: LazyLock<RuleScreen> = LazyLock::new(|| {
    RuleScreen::new(
        literal_automaton!("notice_screen"),
        include_bytes!(concat!(env!("OUT_DIR"), "/notice_screen.rules")),
    )
});
/// Quotation marks: a cue inside a quotation is reporting, not the publisher speaking.
const QUOTES: [char; 8] = ['"', '“', '”', '„', '«', '»', '‟', '‹'];

/// Whether a sentence-initial cue at byte `at` starts the line or a sentence after a short
/// lead-in, and no quotation opens before it.
fn starts_sentence(line: &str, at: usize) -> bool {
    let before = &line[..at];
    if before.contains(QUOTES) {
        return false;
    }
    let lead = before.trim_end();
    if lead
        .trim_start_matches(|c: char| c.is_whitespace() || "*•·▪►▶#>»›|+-–—".contains(c))
        .is_empty()
    {
        return true;
    }
    // after a sentence end, a colon, or a separator of a widget row
    let ends = lead.ends_with(['.', '!', '?', ':', '|', '…']) && before.len() > lead.len();
    ends && !has_words(lead, MAX_LEAD_IN_WORDS + 1)
}

/// A line that is only an ISO 8601 date-time with its `T` (`2019-11-19T08:57:40+01:00`): what a
/// `<time datetime>` attribute leaves behind, never prose. Checked on bytes, without a regex.
fn is_machine_timestamp(line: &str) -> bool {
    let b = trim(line).as_bytes();
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    if !(16..=35).contains(&b.len()) || !digits(0..4) || b[4] != b'-' || !digits(5..7) {
        return false;
    }
    if b[7] != b'-' || !digits(8..10) || !matches!(b[10], b'T' | b't') || !digits(11..13) {
        return false;
    }
    if b[13] != b':' || !digits(14..16) {
        return false;
    }
    b[16..]
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b':' | b'.' | b'+' | b'-' | b'Z' | b'z'))
}

/// The rule by which `line` is a publisher notice (its summary says why), if it is one.
/// `gated` says whether it passed [`gate::PUBLISHER_NOTICE`].
fn notice_rule(line: &str, gated: bool) -> Option<Rule> {
    if is_machine_timestamp(line) {
        return Some(MACHINE_TIMESTAMP);
    }
    if !gated {
        return None;
    }
    let mut words = None;
    let candidates = SCREEN.candidates(line);
    for (index, rule) in RULES.iter().enumerate() {
        // A rule screened out cannot match (see `RuleScreen`).
        if candidates & (1 << index) == 0 {
            continue;
        }
        let regex = compiled(index);
        let found = match rule.start {
            Start::Line | Start::Anywhere => regex
                .find(line)
                .filter(|m| !line[..m.start()].contains(QUOTES)),
            Start::Sentence => regex
                .find_iter(line)
                .find(|m| starts_sentence(line, m.start())),
        };
        if found.is_none() {
            continue;
        }
        let count = *words.get_or_insert_with(|| word_count(line));
        if count <= rule.max_words {
            return Some(kind_rule(rule.kind));
        }
    }
    None
}

impl Filter for PublisherNotice {
    fn id(&self) -> &'static str {
        "publisher-notice"
    }

    fn summary(&self) -> &'static str {
        "The publisher's house ads and standing notices: subscription, newsletter, membership, donation and podcast/app pitches, letters invitations, disclaimers, widget messages, machine timestamps"
    }

    fn rules(&self) -> &'static [Rule] {
        const ALL: &[Rule] = &[
            kind_rule(notices::SUBSCRIPTION),
            kind_rule(notices::NEWSLETTER),
            kind_rule(notices::FINE_PRINT),
            kind_rule(notices::DONATION),
            kind_rule(notices::LISTEN),
            kind_rule(notices::LETTERS),
            kind_rule(notices::DISCLAIMER),
            kind_rule(notices::WIDGET),
            kind_rule(notices::NOTIFY),
            kind_rule(notices::CONSENT),
            kind_rule(notices::PAYWALL),
            kind_rule(notices::BROWSER),
            MACHINE_TIMESTAMP,
        ];
        ALL
    }

    fn line_local(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter_map(|index| {
                notice_rule(
                    cx.doc.line(index),
                    cx.passes(index, &gate::PUBLISHER_NOTICE),
                )
                .map(|rule| rule.line(index))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by, rules_fired};
    use proptest::strategy::Strategy;

    const BODY: &str = "The council approved the budget on Monday after a long debate.\n";

    fn removes(line: &str) {
        let input = format!("{BODY}{line}\n");
        assert_eq!(
            removed_by(&PublisherNotice, &input),
            [line],
            "should remove {line:?}"
        );
    }

    fn keeps(line: &str) {
        assert_keeps(&PublisherNotice, &format!("{BODY}{line}\n"));
    }

    #[test]
    fn rule_page_example() {
        let input = "The council approved the budget on Monday.\n\
            There's plenty more where that came from. Sign up for Example Daily to get the free newsletter delivered to your inbox.\n\
            Listen to City Hour live at 12:45 weekdays - or listen back here.\n";
        assert_eq!(
            removed_by(&PublisherNotice, input),
            [
                "There's plenty more where that came from. Sign up for Example Daily to get the free newsletter delivered to your inbox.",
                "Listen to City Hour live at 12:45 weekdays - or listen back here.",
            ]
        );
    }

    #[test]
    fn rules_compile_and_gate_covers_them() {
        assert_eq!(COMPILED.len(), RULES.len());
        for index in 0..RULES.len() {
            compiled(index);
        }
        // Every line a rule removes in these tests passed the gate; spot-check the gate itself.
        let gate = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(gate::PUBLISHER_NOTICE.patterns)
            .unwrap();
        assert!(gate.is_match("Get Example Monthly delivered through your letterbox"));
        assert!(!gate.is_match("He declined to comment."));
    }

    /// The screen build.rs compiled finds, for every line, the rules whose literals the line
    /// holds: the tables `rule_screen` reads from these rules, searched at run time.
    #[test]
    fn prebuilt_screen_is_that_of_these_rules() {
        let patterns: Vec<String> = RULES.iter().map(pattern).collect();
        let screen = crate::patterns::literals::rule_screen(patterns.iter().map(String::as_str));
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&screen.literals)
            .unwrap();
        let lines = [
            "Sign up for our newsletter to get the news in your inbox.",
            "Support our journalism: donate today",
            "LISTEN TO THE PODCAST",
            "Diese Ausgabe im Abo bestellen",
            "He declined to comment.",
            "ſubſcribe to the channel",
            "",
            "Enter your e-mail address below",
        ];
        for line in lines {
            let expected = automaton
                .find_overlapping_iter(line)
                .fold(screen.unscreened, |rules, found| {
                    rules | screen.rules_of[found.pattern().as_usize()]
                });
            assert_eq!(SCREEN.candidates(line), expected, "{line:?}");
        }
    }

    #[test]
    fn removes_subscription_offers() {
        for line in [
            "Get Example Cycling Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
            "Subscribe today: 6 issues for $10 and a free tote bag.",
            "Ihre Meinung zu diesem Thema zur Startseite Jetzt 3 Ausgaben GRATIS erhalten!",
            "Die aktuelle Ausgabe der Beispiel-Zeitschrift jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und online erhältlich.",
            "Lesen Sie das Beispiel Magazin. Einfach digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft:",
        ] {
            removes(line);
        }
    }

    #[test]
    fn keeps_news_about_subscriptions() {
        for line in [
            "The paper raised its price to £2 an issue and lost 12,000 subscribers last year.",
            "Readers who subscribe get 12 issues a year, the publisher said, and the price will rise to £40.",
            "Die aktuelle Ausgabe des Magazins ist ab Donnerstag am Kiosk erhältlich, teilte der Verlag mit.",
            "Wer die Zeitung im Abo bezieht, zahlt künftig zwei Euro mehr im Monat.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_newsletter_and_membership_pitches() {
        for line in [
            "There's plenty more where that came from. Sign up for Example Brief today to get the free daily newsletter delivered to your inbox daily.",
            "Start your day with the Morning Bell powered by Example Brief. Example Brief is the preferred reading material of finance professionals. Sign up for the free daily newsletter.",
            "If you enjoyed this article, we have a proposition for you: Join EXAMPLEPLUS. Members get all of our content (including the magazine), no paywalls or content meters.",
            "If you enjoyed this article, and were stimulated by its contents, we have a proposition for you: Join EXAMPLEPLUS.",
            "Get Example Post's Daily Edition by email and never miss our top stories Free Sign Up",
            "Mit unserem Newsletter erhalten Sie monatlich Informationen rund um das Urlaubsland und eine Auswahl exklusiver Angebote!",
            "Wenn du per E-Mail über Aktuelles aus dem Verein informiert werden willst, kannst du den Newsletter hier abonnieren.",
            "Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!",
            "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.",
            "Enter your email address to follow this blog and receive notifications of new posts by email.",
            "¿Ya sabías que en Ejemplo.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
            "¡Mira lo que tiene nuestro canal de YouTube!",
            "Zapraszamy też do subskrypcji tygodnika – www.example.pl i oglądania ciekawych audycji.",
            "Sie lesen gern Beispiel.com?",
            "Dir hat der Artikel gefallen? Jetzt teilen...",
        ] {
            removes(line);
        }
    }

    #[test]
    fn keeps_reporting_about_newsletters() {
        for line in [
            "She signed up for the newsletter in 2019 and has read it every morning since.",
            "“Sign up for our newsletter,” the banner on the ministry’s website read.",
            "Readers who sign up for the newsletter get it delivered to their inbox, the company said.",
            "The union urged members to register for the vote before Friday.",
            "Der Newsletter der Behörde erscheint monatlich und hat 20.000 Abonnenten.",
            "If you enjoyed this article, that is because the author spent ten years on the subject.",
            "The militia urged followers to join its Telegram channel.",
            "Sie lesen gern Krimis, sagt die Buchhändlerin, und am liebsten aus Skandinavien.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_sign_up_fine_print() {
        for line in [
            "By signing up, you agree to our Privacy Policy and Terms of Use.",
            "Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der Datenschutzerklärung zu.",
            "Mit der Registrierung akzeptieren Sie unsere Datenschutz- und Nutzungsbedingungen.",
            "Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. Nach Anmeldung geht mir eine E-Mail zur Zustimmung zu.",
        ] {
            removes(line);
        }
        keeps(
            "Mit der Anmeldung beim Einwohnermeldeamt beginnt für viele Zuzügler das neue Leben.",
        );
    }

    #[test]
    fn removes_donation_appeals() {
        for line in [
            "Wir sind spendenfinanziert. Unterstütze auch du uns langfristig mit einem Dauerauftrag!",
            "Unterstütze Beispielmag bereits mit 2,50!",
            "Ihr Beitrag hilft, unsere Berichterstattung noch weiter auszubauen und diese weiterhin kostenlos zur Verfügung zu stellen.",
            "Please support our journalism with a donation today.",
            "We need your help. Help us continue to spread the magic of words to readers everywhere. Donate",
        ] {
            removes(line);
        }
        for line in [
            "The foundation said it would support independent journalism in the region with $5 million.",
            "Die Stadt unterstützt den Verein mit 5.000 Euro im Jahr.",
            "Jede kleine Spende hilft den Menschen im Erdbebengebiet, sagte die Sprecherin.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_listen_and_app_promos() {
        for line in [
            "Listen to Example Beat live at 12:45 and 17:45 weekdays - or listen back here.",
            "How to listen to The Example Podcast",
            "Subscribe to Example Weekly wherever you get your podcasts.",
            "For the latest stories and breaking news updates download the Example News apps for iOS and Android.",
        ] {
            removes(line);
        }
        for line in [
            "Listen to the full interview below.",
            "How to listen to the eclipse",
            "Users can download the new app for iOS and Android from Monday, the company said.",
            "She listened to the radio live at 6 every morning as a child.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn each_pattern_finds_one_of_the_listed_rules() {
        let listed: Vec<&str> = PublisherNotice.rules().iter().map(|rule| rule.id).collect();
        for rule in RULES {
            assert!(listed.contains(&rule.kind.rule), "{}", rule.kind.rule);
        }
        for (line, rule) in [
            ("2019-11-19T08:57:40+01:00", "machine-timestamp"),
            ("Listen to Example Beat live at 12:45 and 17:45 weekdays - or listen back here.", "listen"),
            ("There's plenty more where that came from. Sign up for Example Daily to get the free newsletter delivered to your inbox.", "newsletter"),
            ("We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.", "letters"),
        ] {
            let input = format!("{BODY}{line}\n");
            assert_eq!(
                rules_fired(&PublisherNotice, &input),
                [(line.to_string(), format!("publisher-notice/{rule}"))]
            );
        }
    }

    #[test]
    fn removes_letters_invitations() {
        removes("The Example Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. Here are some tips.");
        removes("We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.");
        keeps("In a letter to the editor, she wrote that the committee was committed to publishing its findings.");
    }

    #[test]
    fn removes_standing_notices() {
        for line in [
            "Example may receive a commission on orders placed through this article.",
            "Follow @ExampleDeals on Twitter to keep up with the latest and greatest deals from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be available to all customers. Example may receive a commission on orders placed through this article.",
            "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links.",
            "Dieser Gastbeitrag gibt die Meinung des Autors wieder, nicht unbedingt die der Redaktion.",
        ] {
            removes(line);
        }
        for line in [
            // annotators keep these as article text (see the rule page)
            "Disclaimer: The views and investment tips expressed by experts on example.com are their own and not that of the website or its management.",
            "This article is not investment advice.",
            "Have an Example Speaker? Now you can hear The Example each morning.",
            "“The views expressed are my own and not those of my employer,” he said.",
            "He stressed that the views expressed were his own and not those of the government.",
            "Publishers may receive a commission on purchases made through links, the report found.",
            "Retailers warned that prices are subject to change as tariffs rise.",
            "The court held that the bank gave investment advice without a licence.",
            "Das Gericht sah keine Haftung für die Inhalte der Zeitung.",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_widget_strings_and_timestamps() {
        for line in [
            "An error has occurred, please try again later.",
            "This article has been sent to",
            "Something went wrong. Please try again.",
            "Please enter a valid email address.",
            "2019-11-19T08:57:40+01:00",
            "2024-03-01T12:00:00Z",
            "2024-03-01T12:00:00.123+0000",
        ] {
            removes(line);
        }
        for line in [
            "He declined to comment.",
            "Something went wrong.",
            "An error has occurred in the calculation, the agency said, and it will try again next year.",
            "2019-11-19",
            "2019-11-19 08:57 Council meets",
            "— Thank you, said the mayor.",
            "Budget Passes After Long Debate",
        ] {
            keeps(line);
        }
    }

    #[test]
    fn removes_news_alert_pitches_consent_placeholders_and_paywall_prompts() {
        for line in [
            "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren? Sie erhalten 2-5 Meldungen pro Tag.",
            "Turn on notifications",
            "Wir informieren Sie täglich (werktags) über die Topthemen des Tages.",
            "Verpasse keine News zu Hardware & Gadgets 💌",
            "2023 nichts mehr versäumen!",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "Ich akzeptiere die Datenschutzbestimmungen. Sie können sich jederzeit wieder aus dem Newsletter austragen.",
            "Was passiert mit meinen Daten?",
            "Empfohlener redaktioneller Inhalt",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
            "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
            "Kostenlos registrieren und weiterlesen",
            "Wählen Sie Ihren Zugang und lesen Sie weiter:",
            "HIER KOSTENLOS ANMELDEN »",
            "Immediate online access to all issues from 2019. Subscription will auto renew annually.",
            "Instant access to the full article PDF.",
        ] {
            removes(line);
        }
    }

    #[test]
    fn keeps_reporting_about_alerts_consent_and_registration() {
        assert_keeps(
            &PublisherNotice,
            "Die Stadt will die Bürger künftig per App über Unwetter informieren; wir informieren Sie täglich, sagte der Bürgermeister.\n\
             Wer die Warn-App nutzt, sollte die Benachrichtigungen aktivieren, rät das Amt.\n\
             Turn on notifications for the app under Settings, then choose which alerts you want to receive.\n\
             Browser-Benachrichtigungen aktivieren: So geht es in Chrome und Firefox\n\
             Seit der Geburt seiner Tochter will er nichts mehr verpassen.\n\
             „Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden“, heißt es im Dialog.\n\
             Die Teilnehmer können sich bis Freitag kostenlos anmelden und ihre Räder mitbringen.\n\
             Users said they could not turn on notifications after the update.\n\
             Die Spieler wollen in der Rückrunde nichts mehr verpassen, weil der Abstieg droht.\n",
        );
    }

    #[test]
    fn removes_browser_notices_and_registration_prompts_in_more_languages() {
        for line in [
            "Dieser Shop setzt voraus, dass Sie JavaScript aktiviert haben. Bitte aktivieren Sie JavaScript und laden Sie die Seite erneut.",
            "Please enable JavaScript to watch this video.",
            "Your browser does not support the video tag.",
            "Votre navigateur ne supporte pas la lecture de cette vidéo.",
            "Inscrivez-vous gratuitement pour lire la suite de cet article.",
            "Regístrate gratis para seguir leyendo",
            "Registrati gratuitamente per continuare a leggere",
        ] {
            removes(line);
        }
        assert_keeps(
            &PublisherNotice,
            "The bank said its app would no longer work if JavaScript is disabled, a change critics called needless.\n\
             Users whose browser does not support the new standard will see an error, the company said.\n\
             Enable JavaScript in Safari by opening Settings and switching on the option under Advanced.\n\
             JavaScript is disabled by default in the Tor Browser's safest mode, which breaks many websites.\n\
             Your browser does not support the new standard yet, so the page falls back to the old format.\n",
        );
    }

    #[test]
    fn removes_post_kind_review_and_affiliate_notes() {
        for line in [
            "Bei diesem Beitrag handelt es sich um ein Blog aus der Community",
            "Bei diesem Beitrag handelt es sich um einen Gastbeitrag.",
            "Medically reviewed by Jane Doe, MD",
            "Fact checked by John Roe",
            "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der API",
        ] {
            removes(line);
        }
        assert_keeps(
            &PublisherNotice,
            "The study was reviewed by an ethics board before it began.\n\
             Bei diesem Beitrag handelt es sich um eine Recherche über zwei Jahre.\n\
             Reviewed by the committee in March, the plan was approved.\n\
             Fact-checked by AFP, the video turned out to have been filmed in 2015 in another country.\n",
        );
    }

    proptest::proptest! {
        /// The screen keeps every rule that matches: lines made of the rules' cue words (in
        /// any case, also with the Kelvin sign and long s) and filler.
        #[test]
        fn screen_keeps_every_matching_rule(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(gate::PUBLISHER_NOTICE.patterns.to_vec()).prop_map(str::to_string),
                    proptest::sample::select(vec![
                        "Sign up for", "the newsletter", "inbox", "Jetzt 3 Ausgaben gratis erhalten",
                        "If you enjoyed this article", "join", "Members get", "Medically reviewed by",
                        "We may earn a commission", "Bitte", "2019-11-19T08:57:40", "ſign up",
                        "\u{212A}ostenlos", "UNTERSTÜTZE", "„", ". ", ", ", " ", "12 issues for £5",
                    ]).prop_map(str::to_string),
                    "[a-zA-Z .,!?:ſ\u{212A}ÜüäÄ£€0-9-]{0,12}",
                ],
                0..14,
            ),
            upper in proptest::bool::ANY,
        ) {
            let line = parts.join(" ");
            let line = if upper { line.to_uppercase() } else { line };
            let candidates = SCREEN.candidates(&line);
            for index in 0..RULES.len() {
                if compiled(index).find(&line).is_some() {
                    proptest::prop_assert!(candidates & (1 << index) != 0, "rule {index} on {line:?}");
                }
            }
        }
    }
}
