//! # author-bio
//!
//! ## What it removes
//!
//! Lines about who wrote the article rather than what it says:
//!
//! - **Bylines**, anywhere: a whole line that is `By`/`Von`/`Par`/`Por`/`Door`/`di` followed by
//!   one or more author names and nothing but byline furniture: "By Jane Doe", "By Jane Doe,
//!   Reuters", "By Jane Doe and John Roe | Updated 9:14 a.m.", "Von Max Mustermann",
//!   "Par Jean Dupont le 14.09.2020 à 11h46", "Por Juan Pérez / Ana Gómez", "By XYZ staff";
//!   also after a leading time or full date ("5:45 AM PST 11/19/2019 by Jane Doe"), not after
//!   a bare year ("1921 by Henrietta Voss" is a line of a timeline).
//!   A name is 2–4 capitalised words (particles such as `von`, `de`, `van` allowed inside), a
//!   staff credit ("Editorial Staff", "Redaktion") or a news agency. A single-word name ("By
//!   Daniel") only counts when a date follows. After the names only a separator (`,` `|` `-`
//!   `•` `//`) with a short tail, or a date, time, `@handle` or role ("Staff Writer") may
//!   follow; a tail that reads like a sentence (ends with `.`/`!`/`?` or is mostly function
//!   words) rejects the line. Bylines are not limited to the edges: a line of that exact shape is
//!   never story prose, and in a full-page dump the article's byline sits after the menus, far
//!   from the document's first lines (lists of related stories repeat them further down).
//! - **Author bios and contact lines, at the edges only**: a line that starts with a name and
//!   says the person *is a reporter / editor / correspondent / columnist / writer … at, for or
//!   of* a publication ("X is the news editor of Y", "X ist Redakteurin bei Y", "X est
//!   journaliste à Y", "X es periodista de Y"), or *writes about / covers* a beat; a request to
//!   follow a person on a social network ("follow him on Twitter @x", "Folgen Sie ihr auf X");
//!   and contact lines ("Contact the author at …", "Email: name@example.com", "Reach him at …",
//!   "Have a tip? …", "Send tips to …"); and "About the author" headings.
//!
//! - **Author boxes and self-introductions after the article**: an author-box heading
//!   ("Author", "Autor", "Autoreninfo", "Über den Autor / die Autorin", "About the Author - …",
//!   or "Über Greta" / "About Jane 120 articles"), an optional name line, and the bio paragraph
//!   (6–100 words). "About the author" alone says the paragraph is a bio; a heading that names
//!   someone ("Autorin: Jane Doe") or a one-word heading ("Author") needs a paragraph about that
//!   person: it opens with the name ("Jane ist…", "Ich bin Jane, …"), goes on from the name line
//!   ("ist Partnerin…"), is a self-introduction, links to "alle Beiträge von …", or opens with a
//!   pronoun (or, with no name anywhere, with a name) and names writing work. A name line (2–4
//!   capitalised words) with an optional short role line, then a bio that opens with that name
//!   and a lower-case word and names *writing* work ("Jane writes about…", "Lena Hartmann ist
//!   Redakteurin…"), unless an earlier name line and paragraph about that person make the
//!   document a list of profiles. And a site owner's self-introduction: "I'm / Ich bin / Je
//!   suis / Soy / Sono / Eu sou / Ik ben / Jestem" (or "my name is" …) with a name and a word
//!   about the site itself (a blog, "this website", "diese Seite", "ich schreibe hier"), or
//!   after a greeting ("Hallo", "Hi", "Bonjour", "Hola", "Ciao" …) with a name, a site word, or
//!   an owner cue (author, founder, operator, a passion, an age): "Hallo, ich bin
//!   Gartenbloggerin…". A line that says "today" or "in this
//!   post" starts the story and is kept; so is a line with a speech tag ("…, explique-t-elle.",
//!   "…, sagt sie."), which quotes someone in the story.
//!   These go only when at least 3 prose lines (the article) lie before them and at most 3
//!   after, so an "about me" page keeps its text.
//!
//! **Edge**, precisely: count the *prose lines* (live lines of at least 8 words that end like
//! a sentence) before and after the candidate line. A bio with a second signal (a social
//! handle, a follow request, an email address or contact wording, or a beat: "covering …") is
//! at the edge when at most 3 prose lines lie between it and the start or the end of the
//! document; a bare role sentence ("X is a reporter for Y.") only when no prose line lies
//! between it and the start or end. Lines in the chrome around an article (menus, footers) are
//! rarely prose, and lines that page-chrome removes (a newsletter prompt) never count, so a bio
//! followed by a page footer still counts as the last paragraph. A bio that another bio hides
//! from the edge is at the edge once that one is removed, so both go. Bios
//! must be at most 80 words.
//!
//! ## Rules
//!
//! - `author-bio/byline`: a byline: `By` and author names, with only byline furniture after them
//! - `author-bio/about-heading`: "about the author" heading
//! - `author-bio/bio`: author bio at an edge: a person's role at a publication (with a handle,
//!   contact or beat when further in)
//! - `author-bio/follow-request`: request to follow a person or named account on social media, at
//!   an edge
//! - `author-bio/contact-line`: how to contact the author, or a contact line with an email
//!   address, at an edge
//! - `author-bio/author-box`: author box after the article: a heading or name line and a bio
//! - `author-bio/self-introduction`: site owner's self-introduction after the article
//!
//! ## Why is this noise?
//!
//! Bylines and author boxes are page furniture repeated on every article by the same writer;
//! they are not part of the story and benchmarks treat them as boilerplate.
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! By Maria Keller and Tom Price | Updated March 3, 2024
//!
//! The council approved the budget on Monday after a six-hour debate.
//!
//! Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller.
//! ```
//!
//! After:
//!
//! ```text
//! The council approved the budget on Monday after a six-hour debate.
//! ```
//!
//! ## Known false positives
//!
//! A closing sentence introducing a journalist as part of the story ("Novak is a
//! reporter for the Morning Ledger.") is removed when it is the very last prose line. A
//! heading that is `Von`/`By` plus two capitalised words ("Von Kopf Bis Fuß") looks like a byline.
//!
//! Deliberately kept: "By the end of the year, prices rose.", "By contrast, …", "By Monday, …",
//! "Von wegen Entspannung", "Von Risiken und Nebenwirkungen" (single capitalised words joined by
//! `und` are not names), "Por otro lado, …"; role sentences in the middle of the article ("The
//! suspect's sister is a reporter for the local paper.") or quoted; "Follow us on Twitter"
//! (site chrome, not an author); emails inside running text; "Ich bin Realist, und …" and "Ich
//! bin Mutter, 42 Jahre alt, …" (no greeting, no word about the site: German capitalises
//! nouns), "I am Ukrainian, and the authorities…" (cues are whole words), "Hi, I'm Jane, and
//! today I'll show you…", a profile list ("Maria is a software engineer…" names no writing
//! work; a list with an earlier name-and-paragraph entry is kept whole), a book review ending
//! with "Autorin: Jane Doe" and its verdict.

mod author_boxes;
mod bylines;
mod contact;
mod edge_bios;
mod rules;
mod self_introduction;
mod vocabulary;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::filters::page_chrome::ChromeAnywhere;
use crate::text::{ends_sentence, has_words, trim};
use author_boxes::closing_boxes;
use bylines::byline;
use edge_bios::{about_author_heading, bios_within_reach, edge_bios, Strength, MAX_BIO_DISTANCE};
use rules::{
    Why, ABOUT_HEADING, AUTHOR_BOX, BIO, BYLINE, CONTACT_LINE, FOLLOW_REQUEST, SELF_INTRODUCTION,
};

pub struct AuthorBio;

/// A live line of running text: at least 8 words and a sentence ending, and not page chrome
/// that a later filter removes ("Sign up for our newsletter to get the latest news.").
fn is_prose(cx: &Context, index: usize) -> bool {
    let line = cx.doc.line(index);
    ends_sentence(line) && has_words(line, 8) && cx.doc.analysis::<ChromeAnywhere>(index).is_none()
}

impl Filter for AuthorBio {
    fn id(&self) -> &'static str {
        "author-bio"
    }

    fn summary(&self) -> &'static str {
        "Bylines; author bios, follow requests and contact lines at the edges; author boxes and self-introductions after the article"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            BYLINE,
            ABOUT_HEADING,
            BIO,
            FOLLOW_REQUEST,
            CONTACT_LINE,
            AUTHOR_BOX,
            SELF_INTRODUCTION,
        ]
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        // Counted first: a page dump has hundreds of thousands of live lines, and a vector that
        // grows by doubling holds up to twice the room.
        let mut live = Vec::with_capacity(cx.live_lines().count());
        live.extend(cx.live_lines());
        // Every rule reads the trimmed text, some of them many times per line: trim it once.
        let text: Vec<&str> = live.iter().map(|&i| trim(cx.doc.line(i))).collect();
        let prose: Vec<bool> = live.iter().map(|&i| is_prose(cx, i)).collect();
        let mut findings = Vec::new();
        // Lines that may be bios: neither a byline nor an "about the author" heading.
        let mut maybe_bio = vec![false; live.len()];
        for (k, (&i, &line)) in live.iter().zip(&text).enumerate() {
            if let Some(why) = byline(line) {
                findings.push(Finding::line(i, why).with_rule(BYLINE));
            } else if line.len() <= 40 && about_author_heading(line) {
                findings.push(ABOUT_HEADING.line(i));
            } else {
                maybe_bio[k] = true;
            }
        }
        // Bios at the edges: (position in `live`, how many prose lines may lie outside it, why).
        let bios: Vec<(usize, usize, Why)> = bios_within_reach(&text, &prose, &maybe_bio)
            .into_iter()
            .map(|(k, (strength, why))| {
                let limit = match strength {
                    Strength::Strong => MAX_BIO_DISTANCE,
                    Strength::Weak => 0,
                };
                (k, limit, why)
            })
            .collect();
        let distances = edge_bios(&prose, &bios);
        for (&(k, _, (rule, why)), distance) in bios.iter().zip(distances) {
            if let Some(distance) = distance {
                findings.push(
                    Finding::line(
                        live[k],
                        format!("{why} ({distance} prose lines from the edge)"),
                    )
                    .with_rule(rule),
                );
            }
        }
        let taken: Vec<usize> = findings.iter().flat_map(|f| f.lines.clone()).collect();
        for (lines, (rule, why)) in closing_boxes(&text, &prose) {
            for k in lines {
                if !taken.contains(&live[k]) {
                    findings.push(Finding::line(live[k], why).with_rule(rule));
                }
            }
        }
        findings.sort_by_key(|finding| finding.lines.start);
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::filters::testing::{assert_keeps, removed_by};

    const BODY: &str = "The council approved the budget on Monday after a long debate.\n\n\
        Residents had asked for more money for parks and for the library.\n\n\
        The mayor said the new plan would be reviewed again next spring.\n\n\
        Opponents argued that the tax increase would hurt small businesses.\n\n\
        A final vote on the remaining items is expected later this month.\n";

    #[test]
    fn doc_example() {
        let input = "By Maria Keller and Tom Price | Updated March 3, 2024\n\n\
            The council approved the budget on Monday after a six-hour debate.\n\n\
            Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller.\n";
        assert_eq!(
            removed_by(&AuthorBio, input),
            [
                "By Maria Keller and Tom Price | Updated March 3, 2024",
                "Maria Keller is a reporter covering city hall for the Gazette. Follow her on X @mkeller."
            ]
        );
    }

    #[test]
    fn removes_bylines() {
        for line in [
            "By Jane Doe",
            "By Jane Doe, Reuters",
            "By Jane Doe and John Roe | Updated 9:14 a.m. EST",
            "By LISA MARTIN, MARY CLARE JONES and ERIC TAYLOR",
            "by Nora J. Finch, Example.com",
            "By Chris Porter @PorterWrites Nov 18, 2019, 11:47am EST",
            "By Tim Walker - Live Science Contributor 2019-11-19T12:48:14Z",
            "By XYZ staff",
            "By The Associated Press",
            "By AP and XYZ staff",
            "By Daniel | Published: 23. Juli 2017",
            "Von Max Mustermann",
            "von Marcus Berger , Justus von Daniels , Ulrich Stoll",
            "von Mathilda Kraus, Online-Redaktion Veröffentlicht: 26.12.2022",
            "Par Jean Dupont",
            "Par Nicolas Girard C. le 14.09.2020 à 11h46",
            "Por Juan Pérez",
            "Por Elena Ruiz / Pablo Marín",
            "Written by Jane Doe, MS, RD on November 14, 2019",
            "Posted by Jane Doe on November 19, 2019, 6:21 AM EST",
            "Veröffentlicht von Max Mustermann am 23. Februar 2020",
            "Publié par Jean Dupont",
            "5:45 AM PST 11/19/2019 by Jane Doe",
            "19.11.2019 von Max Mustermann",
        ] {
            let input = format!("Headline of the story\n\n{line}\n\n{BODY}");
            assert_eq!(removed_by(&AuthorBio, &input), [line], "for {line:?}");
        }
    }

    #[test]
    fn keeps_sentences_and_headings_that_start_like_bylines() {
        assert_keeps(
            &AuthorBio,
            "By the end of the year, prices rose.\n\n\
             By contrast, the suburbs grew.\n\n\
             By Monday, March 3, the shelves were empty.\n\n\
             By Christmas Eve, the shelves were empty.\n\n\
             By Friday, 12 people had died.\n\n\
             By The Numbers\n\n\
             Von Risiken und Nebenwirkungen\n\n\
             Von Rechts wegen\n\n\
             Von wegen Entspannung: Teuerung kostet Sparer Milliarden\n\n\
             Von den verschiedenen Heizsystemen ist die Gasheizung am beliebtesten.\n\n\
             Por otro lado, los locales no tienen ninguna competición.\n\n\
             Par ailleurs, l’opinion publique perçoit un changement.\n\n\
             by clicking Accept Cookies, you agree to our use of cookies.\n\n\
             Von Fans gefeiert : Publikumsliebling ist jetzt Manager!\n\n\
             Written by the end of the week, the report will go to the council.\n\n\
             Published by Penguin in 1998, the novel sold a million copies.\n\n\
             POR ESO INFORMAR ES\n\n\
             12:30 by the river, the crowd had gone.\n\n\
             2019 by Numbers\n\n\
             1921 by Henrietta Voss\n\n\
             1923 by Oskar Lindqvist\n",
        );
    }

    #[test]
    fn removes_bio_and_contact_at_the_end() {
        let bio = "Dana Whitfield is a senior correspondent at the Daily Ledger, follow her on Twitter @danawrites.";
        let input = format!("{BODY}\n{bio}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);

        let bio = "Ramsey Cole is a general assignment reporter covering the city's most powerful institutions.";
        let input = format!("{BODY}\n{bio}\n\nNewsletter\n\nPrivacy policy\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);

        let contact = "Contact the author at dana@example.com.";
        let input = format!("{BODY}\n{contact}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [contact]);

        let input = format!("{BODY}\nEmail: jwhite@example.org\n");
        assert_eq!(
            removed_by(&AuthorBio, &input),
            ["Email: jwhite@example.org"]
        );

        let follow = "Have a tip? Amy Parker may be reached at aparker@example.com. Follow her on Twitter @AmyP.";
        let input = format!(
            "{BODY}\n{follow}\n\nThe last paragraph of the page footer is long enough to count.\n"
        );
        assert_eq!(removed_by(&AuthorBio, &input), [follow]);
    }

    #[test]
    fn removes_bios_in_other_languages() {
        for bio in [
            "Anna Berger ist Redakteurin im Ressort Wirtschaft bei der Abendzeitung.",
            "Claire Martin est journaliste au service politique du Quotidien.",
            "Lucía Gómez es periodista de la sección de economía de El Diario.",
        ] {
            let input = format!("{BODY}\n{bio}\n");
            assert_eq!(removed_by(&AuthorBio, &input), [bio], "for {bio:?}");
        }
    }

    #[test]
    fn removes_weak_role_only_as_the_outermost_prose_line() {
        let bio = "Tom Reyes is a staff writer for the Ledger.";
        let input = format!("{BODY}\n{bio}\n");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);
        // One prose line after it: no longer the edge for a bare role sentence.
        let input = format!("{bio}\n\n{BODY}");
        assert_eq!(removed_by(&AuthorBio, &input), [bio]);
        let input =
            format!("Intro sentence that is long enough to count as prose.\n\n{bio}\n\n{BODY}");
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn keeps_role_sentences_in_the_middle() {
        let middle = "Maria Lopez is a reporter covering city hall for the Tribune; she met the suspect in 2019.";
        let input = format!("{BODY}\n{middle}\n\n{BODY}");
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn keeps_story_text_at_the_edges() {
        let input = format!(
            "{BODY}\n“She is a reporter for the Times,” her editor said.\n\n\
             Follow us on Twitter for updates.\n\n\
             The suspect's sister, who is a reporter, spoke to the press on Friday.\n\n\
             Users can follow the account on Twitter to get alerts about outages.\n\n\
             Readers can email questions to the newsroom through the website.\n"
        );
        assert_keeps(&AuthorBio, &input);
    }

    #[test]
    fn removes_about_the_author_heading() {
        let input = format!("{BODY}\nAbout the author\n\nÜber die Autorin\n");
        assert_eq!(
            removed_by(&AuthorBio, &input),
            ["About the author", "Über die Autorin"]
        );
    }

    /// Four prose lines of an article, then `tail`.
    fn after_article(tail: &str) -> String {
        format!("{BODY}\n{tail}\n")
    }

    #[test]
    fn each_kind_of_line_names_its_rule() {
        use crate::filters::testing::rules_fired;
        let rules_of = |input: &str| -> Vec<String> {
            rules_fired(&AuthorBio, input)
                .into_iter()
                .map(|(_, rule)| rule)
                .collect()
        };
        for (tail, rule) in [
            ("By Jane Doe, Reuters", "byline"),
            ("About the author", "about-heading"),
            ("Tom Reyes is a staff writer for the Ledger.", "bio"),
            ("Follow her on Twitter @danawrites.", "follow-request"),
            ("Contact the author at dana@example.com.", "contact-line"),
            (
                "I'm Jane, and this website is where I share what I learn about sourdough baking.",
                "self-introduction",
            ),
        ] {
            assert_eq!(
                rules_of(&after_article(tail)),
                [format!("author-bio/{rule}")],
                "{tail:?}"
            );
        }
        let boxed = "Author\n\nJane Fairley\n\n\
            Jane is the co-founder of a small studio and organises a yearly meetup for makers.";
        assert_eq!(
            rules_of(&after_article(boxed)),
            ["author-bio/author-box"; 3]
        );
    }

    #[test]
    fn removes_self_introductions_after_the_article() {
        for intro in [
            "Hallo, ich bin Gartenbloggerin, Kräuterbuchautorin und seit meiner Kindheit leidenschaftliche Gärtnerin.",
            "Ich bin Paula, und auf diesem Blog schreibe ich über Hochbeete, Kräuter und Kompost.",
            "Hi, ich bin Theo, der Gründer dieses Blogs. Hier erfährst du alles über Fahrradreisen.",
            "Hi! My name is Jane and I’ve been growing tomatoes on my balcony for six summers now.",
            "I'm Jane, and this website is where I share what I learn about sourdough baking.",
            "Bonjour, je suis Claire, passionnée de cuisine et autrice de ce blog.",
            "¡Hola! Soy Lucía, fundadora de este blog de viajes.",
            "Ich bin Frieda, Betreiberin dieser Seite. Ich schreibe hier über Mode in allen Größen.",
            "Ich bin Ole, und ich schreibe hier über alte Landmaschinen und ihre Motoren.",
        ] {
            assert_eq!(removed_by(&AuthorBio, &after_article(intro)), [intro], "{intro:?}");
        }
    }

    #[test]
    fn keeps_self_introductions_that_are_the_text_or_start_the_story() {
        // An "about me" page: the introduction is the text.
        let about = "Hi! Mein Name ist Ferdinand aka Ferdl. Ich nehme gern Hörspiele mit meinen Nachbarn auf.\n\n\
            Wir proben jeden Donnerstag im Keller und schneiden die Aufnahmen am Wochenende.\n\n\
            Alle Folgen stehen kostenlos im Netz, und das soll auch so bleiben, sagen wir immer.\n";
        assert_keeps(&AuthorBio, about);
        for line in [
            // The post itself, introduced by its author.
            "Hi, I'm Jane, and today I'll show you how to bake bread in a cast-iron pot.",
            // Interview answers and speakers in the story: German capitalises nouns ("Mutter",
            // "Hamburgerin"), and an age, a passion or the word "author" is no site.
            "Ich bin Realist, und ich glaube nicht, dass sich das schnell ändert.",
            "Ich bin Bernerin und habe eine kleine Tischlerei am Stadtrand gegründet.",
            "Ich bin Hamburgerin und hier aufgewachsen, deshalb kenne ich jede Ecke dieses Viertels.",
            "Ich bin Mutter, 42 Jahre alt, und ich habe Angst, dass wir uns die Miete bald nicht mehr leisten können.",
            "Ich bin Rentnerin und Autorin von zwei Büchern über die Geschichte des Viertels.",
            "I am Ukrainian, and the authorities have lost my residence papers twice this year.",
            "I'm Maria, 34 years old, and I still believe this neighbourhood can be saved.",
            "Sono Milano e Torino le città dove le autorità hanno approvato più progetti quest'anno.",
            // A greeting and a passion, but a speech tag: a quoted speaker.
            "Bonjour, je suis infirmière et je suis passionnée par mon métier depuis vingt ans, explique-t-elle.",
            "Hallo, ich bin Lotte, leidenschaftliche Imkerin seit zehn Jahren, sagt sie.",
            "“I am Jane, a blogger,” she told the court on Monday.",
            "I am glad that the council finally noticed the complaints about the broken lights.",
        ] {
            assert_keeps(&AuthorBio, &after_article(line));
        }
    }

    #[test]
    fn removes_author_boxes_after_the_article() {
        let boxed = "Author\n\nJane Fairley\n\n\
            Jane is the co-founder of a small studio and organises a yearly meetup for makers.";
        assert_eq!(
            removed_by(&AuthorBio, &after_article(boxed)),
            [
                "Author",
                "Jane Fairley",
                "Jane is the co-founder of a small studio and organises a yearly meetup for makers."
            ]
        );
        let boxed = "Lena Hartmann\n\nSenior Tech Writer\n\n\
            Lena writes about databases and web services for several developer magazines.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "Felix Amsel\n\n\
            Felix Amsel ist Redakteur im Ressort Digitales und schreibt über Datenschutz.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Über den Autor/ die Autorin\n\nAnna Berger\n\n\
            Anna Berger beschäftigt sich mit Datenschutz, Überwachung und Grundrechten.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed =
            "Über Greta\n\nHallo, ich bin Greta und schreibe hier über Brot, Sauerteig und Kuchen.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Autorin: Greta Sommer\n\n\
            Greta Sommer ist freie Journalistin und lebt mit ihrer Familie in Kassel.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        // The paragraph is about the person the heading or name line names.
        let boxed = "Über Greta 212 Artikel\n\nIch bin Greta, Katzenmama und Hobbyfotografin aus dem Allgäu.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Autor: Greta Sommer\n\n\
            Ich nähe Taschen aus alten Segeln und verschenke sie gern. Zeige alle Beiträge von Greta Sommer";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "AUTOR\n\nDr. Jane Doe\n\n\
            ist Partnerin einer Kanzlei in Kassel und berät vor allem im Mietrecht.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed =
            "AUTOR\n\nist Partnerin einer Kanzlei in Kassel und berät vor allem im Mietrecht.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
        let boxed = "Über den Autor\n\nJane Doe\n\n\
            Hat das Gärtnern von der Großmutter gelernt und zieht jedes Jahr zu viele Tomaten.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "Author\n\nJane Doe\n\n\
            Jane Doe (born 1970) writes about wine and food for several magazines.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 3);
        let boxed = "About the author\n\nShe has covered local politics for a decade and lives by the river.";
        assert_eq!(removed_by(&AuthorBio, &after_article(boxed)).len(), 2);
    }

    #[test]
    fn keeps_profiles_in_the_story_and_name_headings() {
        // A profile list: the name heading and its paragraph are the story (no work cue, or
        // not after the article).
        let profiles = "Jane Porter\n\nJane is the chief executive of the water utility and grew up in the valley.\n\n\
            Tom Reyes\n\nTom runs the bakery on Main Street with his two daughters.\n";
        assert_keeps(&AuthorBio, &after_article(profiles));
        // Jobs other than writing are what a profile says.
        for profile in [
            "Maria Lopez\n\nMaria is a software engineer who builds irrigation tools for small farms.",
            "Anna Berger\n\nAnna Berger arbeitet als Pflegerin im Klinikum und leitet dort eine Station.",
        ] {
            assert_keeps(&AuthorBio, &after_article(profile));
        }
        // The last entry of a profile list names writing work, but an earlier entry makes it a
        // list.
        let profiles = "Jane Porter\n\nJane is the chief executive of the water utility and grew up in the valley.\n\n\
            Tom Reyes\n\nTom writes a weekly column about gardening for the parish newsletter.\n";
        assert_keeps(&AuthorBio, &after_article(profiles));
        let early =
            "Jane Fairley\n\nJane is a journalist who co-founded a consultancy that trains editors.\n\n";
        assert_keeps(&AuthorBio, &format!("{early}{BODY}"));
        // "About <Name>" followed by story text about something else.
        assert_keeps(
            &AuthorBio,
            &after_article(
                "Über Berlin\n\nDie Stadt hat in diesem Jahr mehr Besucher gezählt als je zuvor.",
            ),
        );
        // A book review's closing details: the heading names the author, the paragraph is the
        // verdict on the book (even when it mentions "die Autorin").
        for review in [
            "Autorin: Jane Doe\n\nDer Roman ist klug gebaut, und die Autorin hält die Spannung bis zur letzten Seite.",
            "Autorin\n\nJane Doe\n\nDer Roman ist klug gebaut und hält die Spannung bis zur letzten Seite.",
            "Author\n\nThe novel is cleverly built and keeps its tension up to the very last page.",
        ] {
            assert_keeps(&AuthorBio, &after_article(review));
        }
    }
}
