//! The social-embed filter's rules. The filter (`mod.rs`) lists them and the widget finders
//! name them in their findings, so they sit apart from both.

use crate::filter::Rule;

pub(super) const ATTRIBUTION_LINE: Rule = Rule::new(
    "attribution",
    "tweet attribution line `— Name (@handle) date`",
);
pub(super) const TWEET_TEXT: Rule = Rule::new(
    "tweet-text",
    "tweet text: ending in its `t.co` link, directly above its attribution, or an indented embed block above it",
);
pub(super) const TIMELINE_HEADING: Rule = Rule::new(
    "timeline-heading",
    "Twitter timeline widget heading `Tweets by @handle`",
);
pub(super) const INSTAGRAM_EMBED: Rule = Rule::new(
    "instagram",
    "Instagram embed label, credit, and the caption between them",
);
pub(super) const FACEBOOK_CREDIT: Rule = Rule::new(
    "facebook-credit",
    "Facebook embed credit `Posted by Name on <date>` / `on Facebook`",
);
pub(super) const TIKTOK_CREDIT: Rule = Rule::new(
    "tiktok-credit",
    "TikTok embed credit with its `♬` sound note",
);
pub(super) const YOUTUBE_PLAYER: Rule = Rule::new(
    "youtube-player",
    "YouTube player remnant, and player controls next to it",
);
pub(super) const CONSENT_PLACEHOLDER: Rule = Rule::new(
    "consent-placeholder",
    "consent placeholder standing in for a social media embed",
);
pub(super) const POST_LINK: Rule = Rule::new(
    "post-url",
    "bare link to a social media post, left where its embed was",
);
