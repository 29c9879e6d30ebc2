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

mod attribution;
mod lines;
mod rules;
mod widgets;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::text::trim;
use attribution::{
    attribution_kind, indented_block_above, is_attribution, line_directly_above, HANDLE_MAX,
    LINK_END, LINK_LINE_BEFORE_ATTRIBUTION_MAX, LINK_LINE_MAX, POST_URL, POST_URL_USER_MAX,
    TIMELINE,
};
use lines::{bare, next_non_blank, Collector, Kind};
use rules::{
    ATTRIBUTION_LINE, CONSENT_PLACEHOLDER, FACEBOOK_CREDIT, INSTAGRAM_EMBED, POST_LINK,
    TIKTOK_CREDIT, TIMELINE_HEADING, TWEET_TEXT, YOUTUBE_PLAYER,
};
use widgets::{
    credit_rest_chars, take_instagram_caption, take_player_controls, CONSENT, FACEBOOK,
    INSTAGRAM_CREDIT, INSTAGRAM_LABEL, TIKTOK_SOUND, YOUTUBE,
};

pub struct SocialEmbed;

const LINK_REASON: &str = "tweet text ending in its t.co / pic.twitter.com link";
const ABOVE_REASON: &str =
    "tweet text: the line directly above a `— Name (@handle) date` attribution";
const BLOCK_REASON: &str =
    "tweet text: indented embed block above a `— Name (@handle) date` attribution";

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
