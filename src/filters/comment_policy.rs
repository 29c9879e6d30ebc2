//! # comment-policy
//!
//! ## What it removes
//!
//! The comment section that follows an article, line by line:
//!
//! - calls to join it: "Join the discussion!", "Leave a comment", "Leave a Reply", "Post a
//!   comment", "Be the first to comment", "Kommentar schreiben", "Diskutieren Sie mit",
//!   "Laisser un commentaire", "Réagir", "Deja un comentario";
//! - its state and controls: "Comments are closed", "Show comments", "Loading comments…",
//!   "You must be logged in to post a comment", "Kommentare sind geschlossen";
//! - counters and headings: "12 comments", "Comments (12)", "Kommentare: 3", "Commentaires",
//!   "Recent comments", also as one field of a short post-meta line
//!   ("6. November 2023 | 3 Kommentare") or at the end of a teaser ("Council approves budget
//!   16 comments"), and a counter naming the post without quotation marks
//!   ("2 Kommentare zu Neue Regeln für Balkonkraftwerke"; digits only, and not German "Antworten",
//!   which heads FAQ headlines);
//! - the same calls, sign-in prompts and form labels in Spanish, Portuguese, Italian, Dutch and
//!   Polish ("Iniciar sesión para comentar", "Faça login para comentar", "Dodaj komentarz",
//!   "Treść komentarza");
//! - the comment form's fine print: "Save my name, email, and website in this browser…",
//!   "Notify me of follow-up comments by email", "This site uses Akismet…", the Disqus
//!   JavaScript notice;
//!   moderation notices in Portuguese, Italian, Dutch and Polish count as well ("ATENÇÃO:
//!   Comentários … não serão aprovados pelo moderador.");
//! - moderation policy sentences addressed to the reader: "We welcome thoughtful and respectful
//!   comments. Hateful language … will be removed.", "For more details, please see our Comment
//!   Policy.", "Bitte lies unsere Kommentar-Regeln, bevor Du einen Kommentar verfasst."
//!
//! Chrome lines must match *as a whole line* (after bullets and trailing punctuation such as `!`,
//! `:`, `»` are stripped; a line repeating one phrase, "Kommentar anzeigen Kommentar anzeigen",
//! counts once). A policy sentence needs all of: a word for comments, a policy signal (a policy
//! noun such as "comment policy"/"community guidelines"/"Netiquette", moderation wording such
//! as "moderated"/"will be removed"/"reserve the right", or tone wording such as
//! "respectful"/"off-topic" together with a request such as "we welcome"/"please"), words
//! addressed to the reader ("we", "our", "you", "please", "Sie", "nous", "usted"…), at most 60
//! words, and no quotation marks.
//!
//! ## Rules
//!
//! - `comment-policy/chrome`: comment-section chrome matched as the whole line (a call to join,
//!   a counter or heading, a control, the form's fine print)
//! - `comment-policy/count-title`: comment-list heading naming the post
//! - `comment-policy/trailing-count`: teaser or post-meta line ending with its comment count
//! - `comment-policy/moderation-policy`: comment moderation policy addressed to the reader
//! - `comment-policy/sign-in`: asks the reader to sign in to comment
//! - `comment-policy/meta-field`: post-meta line with a comment field
//!
//! ## Why is this noise?
//!
//! The comment section is site furniture: the same calls to action and house rules follow every
//! article on the site and say nothing about the story.
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! The council will vote on the proposal next month.
//!
//! Join the Discussion!
//!
//! We welcome thoughtful and respectful comments. Personal attacks will be removed.
//!
//! 3 comments
//! ```
//!
//! After:
//!
//! ```text
//! The council will vote on the proposal next month.
//! ```
//!
//! ## Known false positives
//!
//! A heading that is only "Comment" or "Kommentar" is removed; on some sites that word labels an
//! opinion piece rather than the comment section, which is still a label, not article text.
//!
//! Deliberately kept: sentences that merely mention comments ("The mayor did not respond to
//! requests for comment.", "Comments made by the minister drew criticism.", "He declined to
//! comment."), reporting about moderation written in the third person ("Facebook said it would
//! remove comments that violate its community standards."), quoted statements, and a blogger's
//! own prose about the comments under their post (no policy signal, or not a whole-line match).

use std::sync::LazyLock;

use regex::Regex;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::matchers::regexes::RareRegex;
use crate::prebuilt::{prebuilt_dfa, PrebuiltDfa};
use crate::text::{more_words_than, trim};

pub struct CommentPolicy;

const CHROME_LINE: Rule = Rule::new(
    "chrome",
    "comment-section chrome matched as the whole line (a call to join, a counter or heading, a control, the form's fine print)",
);
const COUNT_TITLE_LINE: Rule = Rule::new("count-title", "comment-list heading naming the post");
const TRAILING_COUNT_LINE: Rule = Rule::new(
    "trailing-count",
    "teaser or post-meta line ending with its comment count",
);
const MODERATION_POLICY: Rule = Rule::new(
    "moderation-policy",
    "comment moderation policy addressed to the reader",
);
const SIGN_IN: Rule = Rule::new("sign-in", "asks the reader to sign in to comment");
const META_FIELD: Rule = Rule::new("meta-field", "post-meta line with a comment field");

/// Bullets and list markers before the phrase, punctuation and arrows after it.
static LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[*+•·◦▪‣±←↓→»›>|#–—×-]+\s*|o\s+)+").expect("valid regex"));
static TRAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s*(?:\(\+\)|[!.:;?…*+→▸›»↣|←↓-]))+\s*$").expect("valid regex")
});

/// A whole line of comment-section chrome (matched against the trimmed core of the line): the
/// pattern of `src/patterns/comment_chrome.rs`, compiled at build time (see [`PrebuiltDfa`]).
///
/// Performance: the pattern runs on the cores of the 2% of lines that pass [`gate::COMMENT_POLICY`], and
/// their variety makes a lazy DFA build thousands of states: its cache grew to 2.6 MB per
/// thread, and capped at 256 KB it was cleared so often that the pattern cost about 60,000
/// instructions a line (3% of the run on 14 MB of page dumps). The whole DFA is 130 KB.
static CHROME: LazyLock<PrebuiltDfa> = LazyLock::new(|| prebuilt_dfa!("comment_chrome"));

/// Whole lines of comment-section chrome that end in free text of bounded length (a post's
/// title, a service name): the phrase, then the `tail` group, and the most characters the tail
/// may have. A line matches when one rule matches and its tail is short enough.
///
/// Memory: inside [`CHROME`] these were `.{0,N}` repetitions, which compile to one copy of `.`
/// per step and multiply the lazy DFA's states (2 MB of automata, 4 MB of caches per thread).
/// A lazy `(?P<tail>.*?)` before a word finds the word's first occurrence, so the shortest gap.
static TAILED_CHROME: LazyLock<Vec<(Regex, usize)>> = LazyLock::new(|| {
    [
        (r"notify\ me\ (?:of|via\ e-?mail\ if)\ (?P<tail>.*?)comment.*", 40),
        (r"your\ email\ address\ will\ not\ be\ published(?P<tail>.*)", 60),
        (r"you\ are\ commenting\ using\ your\ (?P<tail>.+?)\ account.*", 40),
        (
            r"(?:\d+|one|two|three)\ (?:comments?|replies|responses|thoughts?)\ (?:to|on)\ [“\x22«‘'](?P<tail>.+)",
            200,
        ),
        (
            r"(?:\d+|ein|eine)\ (?:kommentare?|antworten|gedanken)\ (?:zu|auf)\ [„“\x22«‘'](?P<tail>.+)",
            200,
        ),
        (
            r"(?:\d+|une)\ (?:réponses?|commentaires?)\ (?:à|sur)\ [«“\x22'](?P<tail>.+)",
            200,
        ),
        (
            r"(?:schreibe|schreib|schreiben\ sie|hinterlasse|hinterlassen\ sie|verfasse|verfassen\ sie)
              \ (?:jetzt\ |doch\ )?(?:einen|deinen|ihren|den\ ersten)\ kommentar\ zu\ (?P<tail>.+)",
            80,
        ),
        (r"(?:ihr|dein)\ kommentar\ (?:wird|wurde|konnte)\ (?P<tail>.*)", 60),
        (r"kommentare\ (?:geschlossen|deaktiviert)\ für\ (?P<tail>.+)", 120),
        (
            r"(?:keine|noch\ keine|bisher\ keine|bisher\ noch\ keine)\ kommentare(?:\ vorhanden)?
              \ (?:zu|für|for)\ (?P<tail>.+)",
            120,
        ),
        (r"es\ sind\ keine\ kommentare\ (?P<tail>.*?)vorhanden.*", 40),
        (r"(?:deine|ihre)\ e-?mail-?adresse\ wird\ nicht\ veröffentlicht(?P<tail>.*)", 60),
        (r"speichern\ sie\ meinen\ namen(?P<tail>.*?)kommentar.*", 80),
        (
            r"para\ comentar\ (?:las\ noticias\ |esta\ noticia\ |este\ artículo\ )?
              (?:debes|debe|tienes\ que|tiene\ que)
              \ (?:iniciar\ sesión|estar\ registrado|registrarte|registrarse)\b(?P<tail>.*)",
            80,
        ),
        (
            r"um\ (?:hier\ )?(?:kommentieren|kommentare\ schreiben)\ zu\ können,?\ müssen\ sie\ (?P<tail>.+)",
            40,
        ),
        (r"(?:twój|twoj)\ komentarz\ (?:został|czeka)\ (?P<tail>.+)", 60),
    ]
    .into_iter()
    .map(|(rule, max)| {
        let regex = Regex::new(&format!("(?xi)^(?:{rule})$")).expect("valid regex");
        (regex, max)
    })
    .collect()
});

/// A word naming comments or the discussion under an article, in the languages covered.
static COMMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:comment(?:s|ing|er|ers)?|kommentar\w*|commentaires?|comentarios?|comentários?|commenti|commento|reacties|komentarz\w*)\b",
    )
    .expect("valid regex")
});

/// A named policy: "comment policy", "community guidelines", "Netiquette"…
static POLICY_NOUN: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
        \b(?:comment(?:ing)?\ (?:policy|policies|guidelines|rules)
        | community\ (?:guidelines|standards|rules)
        | house\ rules
        | moderation\ (?:policy|guidelines)
        | netiquette
        | kommentar-?(?:richtlinien|regeln)
        | kommentarregeln
        | diskussionsregeln
        | moderationsrichtlinien
        | charte\ (?:de\ modération|des\ commentaires)
        | normas\ de\ (?:participación|la\ comunidad)
        )\b",
    )
    .expect("valid regex")
});

/// Moderation wording: comments being moderated, removed or held for review.
static MODERATION: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
        \b(?:moderated | moderating | moderation | moderators? | moderiert | Moderator(?:en|in)?
        | modéré[se]* | modération | moderados? | moderación
        | (?:will|may|can|could)\ be\ (?:removed|deleted|edited|hidden)
        | reserve\ the\ right
        | (?:entfernt|gelöscht|freigeschaltet|überprüft|geprüft)\ werden
        | (?:wird|werden)\ (?:entfernt|gelöscht|freigeschaltet|überprüft|geprüft)
        | entfernen\ (?:kann|können|wird|werden)
        | seront\ (?:supprimés|modérés|retirés)
        | serán\ (?:eliminados|borrados|moderados)
        | moderador(?:es)? | moderatore | moderatori
        | (?:não|nao)\ serão\ (?:aprovados|publicados|aceitos)
        | no\ serán\ (?:aprobados|publicados)
        | non\ (?:saranno|verranno)\ (?:pubblicati|approvati)
        | (?:zullen|worden)\ (?:verwijderd|geweigerd)
        | (?:zostaną|będą)\ (?:usunięte|usuwane)
        )\b",
    )
    .expect("valid regex")
});

/// Tone wording of house rules.
static TONE: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
        \b(?:respectful | thoughtful | civil | civility | constructive | on[-\ ]topic | off[-\ ]topic
        | abusive | hateful | offensive | obscene | defamatory
        | respektvoll | sachlich | beleidigend\w* | respectueu\w* | injurieu\w* | respetuos\w* | ofensiv\w*
        )\b",
    )
    .expect("valid regex")
});

/// A request or welcome addressed to commenters.
static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:welcome|encourage|request|requests|ask|please|keep|bitte|veuillez|merci\ de|por\ favor|le\ rogamos)\b",
    )
    .expect("valid regex")
});

/// Words addressing the reader (or speaking as the site).
///
/// Performance: most lines hold one of these words, so no gate screens them, and on a line with
/// a non-ASCII character the Unicode `\b` sends the search to the NFA simulation (about 100,000
/// instructions a line): callers test it after every rarer condition. The rare patterns
/// ([`POLICY_NOUN`], [`MODERATION`], [`TONE`], [`SIGN_IN_TO_COMMENT`]) are [`RareRegex`]es.
static READER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?i:we|our|us|you|your|please|bitte|wir|unser\w*|du|dein\w*|euer|eure\w*|nous|notre|nos|vous|votre|vos|nosotros|nuestr\w*|usted\w*|por\ favor
          |você|vocês|nosso|nossa|nossos|nossas|voi|vostro|vostra|nostro|nostra|nostri|jullie|uw|onze|prosimy|państwa|nasz\w*
          |atenção|atención|attenzione|achtung|uwaga|let\ op)\b
        | \b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b",
    )
    .expect("valid regex")
});

/// Signing in to comment, in the languages where "comment" is not also a public-consultation
/// verb ("Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein."). The gap between the
/// two words is lazy and unbounded (a bounded `.{0,80}` costs megabytes of automata); the caller
/// caps the line at 25 words.
static SIGN_IN_TO_COMMENT: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
        \b(?:kommentar\w*|kommentieren|diskussion|commentaire|commenter|comentario|comentar)
        .*?
        \b(?:einloggen|eingeloggt|logge|loggen|anmelden|angemeldet|melde|registrieren|registriert|connecté|connectez|iniciar\ sesión|inicia\ sesión|registrarte|regístrate)\b
        | \b(?:einloggen|eingeloggt|logge|loggen|anmelden|angemeldet|melde|registrieren|connecté|connectez|iniciar\ sesión|inicia\ sesión|registrarte|regístrate)
        .*?
        (?:kommentar\w*|kommentieren|diskussion|commentaire|commenter|comentario|comentar)\b",
    )
    .expect("valid regex")
});

/// The heading of a comment list naming the post without quotation marks ("2 Kommentare zu
/// Neue Regeln für Balkonkraftwerke", "14 comments on Why the bridge matters"). Only the word
/// "comments" counts: "responses", "replies", "thoughts" and "Antworten" also make headlines
/// ("10 réponses à vos questions sur la réforme", "5 Antworten zu den wichtigsten Fragen"), and
/// this line ends the article in a page dump. Counts in words ("Three thoughts on the budget")
/// are headlines too.
static COUNT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\d+\s+
        (?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|komentarz[ey]?|reacties)
        \s+(?:to|on|zu|à|sur|a|en|para|em|su|do|op)\s+\S",
    )
    .expect("valid regex")
});

/// A teaser or post-meta line that ends with its comment count ("Council approves budget 16
/// comments", "New, 6 comments", "19.6.2007 9:40 Uhr Anna Berg 71 Kommentare"): a list of other
/// posts, or the meta line above one. A sentence about comments ends with punctuation.
static TRAILING_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)\S[\s,]+\d{1,6}\s+
        (?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|komentarz[ey]?|reacties)$",
    )
    .expect("valid regex")
});

/// Quotation marks: a quoted statement about comments is reporting, not house rules.
const QUOTES: [char; 7] = ['"', '“', '”', '„', '«', '»', '‟'];

/// Fields of a post-meta line ("6. November 2023 | 3 Kommentare").
static META_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[|·•]\s+").expect("valid regex"));

/// The line without leading bullets and trailing punctuation.
fn core(line: &str) -> &str {
    let start = LEAD.find(line).map_or(0, |m| m.end());
    let rest = &line[start..];
    let end = TRAIL.find(rest).map_or(rest.len(), |m| m.start());
    rest[..end].trim()
}

/// Collapses a phrase repeated to fill the line ("Kommentar anzeigen Kommentar anzeigen").
fn collapse_repeats(core: &str) -> Option<String> {
    let words: Vec<&str> = core.split(' ').collect();
    let n = words.len();
    (1..n)
        .filter(|period| n % period == 0)
        .find(|&period| (period..n).all(|i| words[i] == words[i % period]))
        .map(|period| words[..period].join(" "))
}

fn is_chrome(core: &str) -> bool {
    if core.is_empty() {
        return false;
    }
    if is_chrome_phrase(core) {
        return true;
    }
    collapse_repeats(core).is_some_and(|once| is_chrome_phrase(&once))
}

fn is_chrome_phrase(text: &str) -> bool {
    CHROME.is_match(text)
        || TAILED_CHROME.iter().any(|(rule, max)| {
            rule.captures(text)
                .is_some_and(|found| found["tail"].chars().count() <= *max)
        })
}

/// Why a line is a moderation-policy sentence, if it is one.
fn policy_signal(line: &str) -> Option<&'static str> {
    if more_words_than(line, 60) || line.contains(QUOTES) {
        return None;
    }
    let names_policy = POLICY_NOUN.is_match(line);
    // A named comment policy stands in for the word "comment" in a short pointer to it.
    let about_comments =
        COMMENT_WORD.is_match(line) || (names_policy && !more_words_than(line, 25));
    if !about_comments {
        return None;
    }
    let signal = if names_policy {
        "names the comment policy or community rules"
    } else if MODERATION.is_match(line) {
        "says comments are moderated or removed"
    } else if TONE.is_match(line) && REQUEST.is_match(line) {
        "asks commenters for a respectful tone"
    } else {
        return None;
    };
    // Last: most lines hold one of its words, and it is slow on non-ASCII text (see `READER`).
    READER.is_match(line).then_some(signal)
}

/// A short post-meta line with one field that is comment chrome ("By Kay | 24 Comments").
fn meta_field(line: &str) -> Option<&str> {
    if more_words_than(line, 25) || !META_SEPARATOR.is_match(line) {
        return None;
    }
    let fields: Vec<&str> = META_SEPARATOR.split(line).collect();
    if fields.iter().any(|field| more_words_than(field, 10)) {
        return None;
    }
    fields.into_iter().find(|field| is_chrome(core(field)))
}

/// Why `line` (which passed [`gate::COMMENT_POLICY`]) is comment-section chrome or policy, if it is.
/// Whether a line is comment-section chrome (a heading, counter, call to action or notice):
/// where a comment section begins in a page dump.
pub fn is_comment_chrome(cx: &Context, line: usize) -> bool {
    cx.passes(line, &gate::COMMENT_POLICY) && reason(cx.doc.line(line)).is_some()
}

/// The rule by which `line` is comment-section chrome or policy, and why, if it is.
fn reason(line: &str) -> Option<(Rule, String)> {
    let line = trim(line);
    let trimmed = core(line);
    if is_chrome(trimmed) {
        return Some((CHROME_LINE, format!("comment-section chrome `{trimmed}`")));
    }
    if COUNT_TITLE.is_match(line) && !line.ends_with(['.', '!', ',']) && !more_words_than(line, 20)
    {
        return Some((COUNT_TITLE_LINE, COUNT_TITLE_LINE.summary.to_string()));
    }
    if let Some(signal) = policy_signal(line) {
        return Some((
            MODERATION_POLICY,
            format!("comment moderation policy addressed to the reader ({signal})"),
        ));
    }
    if !more_words_than(line, 25)
        && !line.contains(QUOTES)
        && SIGN_IN_TO_COMMENT.is_match(line)
        && READER.is_match(line)
    {
        return Some((SIGN_IN, SIGN_IN.summary.to_string()));
    }
    if let Some(field) = meta_field(line) {
        return Some((
            META_FIELD,
            format!("post-meta line with comment field `{}`", core(field)),
        ));
    }
    // Last: a post-meta line with a comment field ends with its count too, and names its rule.
    (TRAILING_COUNT.is_match(line) && !more_words_than(line, 20))
        .then(|| (TRAILING_COUNT_LINE, TRAILING_COUNT_LINE.summary.to_string()))
}

impl Filter for CommentPolicy {
    fn id(&self) -> &'static str {
        "comment-policy"
    }

    fn summary(&self) -> &'static str {
        "Comment-section calls to action, counters, form fine print and moderation-policy notices"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            CHROME_LINE,
            COUNT_TITLE_LINE,
            TRAILING_COUNT_LINE,
            MODERATION_POLICY,
            SIGN_IN,
            META_FIELD,
        ]
    }

    fn line_local(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter(|&i| cx.passes(i, &gate::COMMENT_POLICY))
            .filter_map(|i| {
                reason(cx.doc.line(i)).map(|(rule, why)| Finding::line(i, why).with_rule(rule))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::testing::{assert_keeps, removed_by};

    use crate::patterns::comment_chrome::CHROME_PATTERN;

    #[test]
    fn the_build_time_dfa_matches_like_the_pattern() {
        let regex = Regex::new(CHROME_PATTERN).unwrap();
        let lines = [
            "Leave a comment",
            "LEAVE A REPLY",
            "leave a comment below",
            "Comments",
            "3 Comments",
            "٣ comments",
            "Kommentare (12)",
            "Kommentare werden geladen …",
            "There are 4 comments on this story",
            "Diesen Kommentar auf Facebook teilen",
            "Zaloguj się, aby dodać komentarz",
            "Comment",
            "Comments are closed.",
            "comments are closed for now",
            "The comments section is a mess",
            "Leave a comment, she said",
            "",
            "ſhare your thoughts in the comments",
            "Log in om te reageren",
        ];
        for line in lines {
            assert_eq!(CHROME.is_match(line), regex.is_match(line), "{line:?}");
        }
        assert!(CHROME.is_match("Leave a comment"));
        assert!(!CHROME.is_match("The comments section is a mess"));
    }

    fn removes(line: &str) {
        let input = format!("The council approved the budget on Monday.\n\n{line}\n");
        assert_eq!(removed_by(&CommentPolicy, &input), [line], "for {line:?}");
    }

    #[test]
    fn bounded_tails_of_chrome_phrases() {
        let x = |n: usize| "x".repeat(n);
        let cases = [
            (format!("Notify me of {} comments", x(27)), true),
            (format!("Notify me of {} comments", x(41)), false),
            (
                format!("Your email address will not be published{}", x(60)),
                true,
            ),
            (
                format!("Your email address will not be published{}", x(61)),
                false,
            ),
            (
                format!("You are commenting using your {} account", x(40)),
                true,
            ),
            (
                format!("You are commenting using your {} account", x(41)),
                false,
            ),
            (format!("3 thoughts on “{}", x(200)), true),
            (format!("3 thoughts on “{}", x(201)), false),
            (format!("Schreibe einen Kommentar zu {}", x(80)), true),
            (format!("Schreibe einen Kommentar zu {}", x(81)), false),
            (format!("Keine Kommentare vorhanden für {}", x(120)), true),
            (format!("Keine Kommentare vorhanden für {}", x(121)), false),
            (format!("Es sind keine Kommentare {}vorhanden", x(40)), true),
            (
                format!("Es sind keine Kommentare {}vorhanden", x(41)),
                false,
            ),
            (
                format!("Speichern Sie meinen Namen{}Kommentar", x(80)),
                true,
            ),
            (
                format!("Speichern Sie meinen Namen{}Kommentar", x(81)),
                false,
            ),
            (format!("Para comentar debes registrarte {}", x(79)), true),
            (format!("Para comentar debes registrarte {}", x(80)), false),
        ];
        for (line, chrome) in cases {
            assert_eq!(is_chrome(&line), chrome, "{line:?}");
        }
    }

    #[test]
    fn each_kind_of_line_names_its_rule() {
        use crate::filters::testing::rules_fired;
        let input = "The council will vote on the proposal next month.\n\
            Join the Discussion!\n\
            2 Kommentare zu Neue Regeln für Balkonkraftwerke\n\
            We welcome thoughtful and respectful comments. Personal attacks will be removed.\n\
            Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.\n\
            By Kay | 24 Comments\n\
            Council approves new cycling lanes 16 comments\n";
        let fired: Vec<String> = rules_fired(&CommentPolicy, input)
            .into_iter()
            .map(|(_, rule)| rule)
            .collect();
        assert_eq!(
            fired,
            [
                "comment-policy/chrome",
                "comment-policy/count-title",
                "comment-policy/moderation-policy",
                "comment-policy/sign-in",
                "comment-policy/meta-field",
                "comment-policy/trailing-count",
            ]
        );
    }

    #[test]
    fn doc_example() {
        let input = "The council will vote on the proposal next month.\n\n\
            Join the Discussion!\n\n\
            We welcome thoughtful and respectful comments. Personal attacks will be removed.\n\n\
            3 comments\n";
        assert_eq!(
            removed_by(&CommentPolicy, input),
            [
                "Join the Discussion!",
                "We welcome thoughtful and respectful comments. Personal attacks will be removed.",
                "3 comments"
            ]
        );
    }

    #[test]
    fn removes_calls_to_join_the_discussion() {
        for line in [
            "Join the discussion!",
            "Want to join the discussion?",
            "Leave a Comment",
            "Leave a Reply",
            "LEAVE A REPLY Cancel reply",
            "Post a comment",
            "Be the first to comment",
            "* Show comments",
            "View the discussion thread.",
            "Loading comments...",
            "Log in to comment",
            "You must be logged in to post a comment.",
            "Comments are closed.",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_counters_and_headings() {
        for line in [
            "12 comments",
            "Comments (12)",
            "Comments",
            "One Comment",
            "Recent Comments",
            "Kommentare: 3",
            "+ 51 Kommentare",
            "61 commentaires",
            "Comentarios (4)",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_comment_form_fine_print() {
        for line in [
            "Save my name, email, and website in this browser for the next time I comment.",
            "Notify me of follow-up comments by email.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Your email address will not be published. Required fields are marked *",
            "Deine E-Mail-Adresse wird nicht veröffentlicht.",
            "Para comentar debes registrarte y completar los datos generales.",
            "34 responses to “ Council delays the vote on parking fees ”",
            "5 thoughts on “Why the bridge matters”",
            "3 Kommentare zu „Die neue Brücke“",
            "Please enable JavaScript to view the comments powered by Disqus.",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_german_french_spanish_equivalents() {
        for line in [
            "Kommentar schreiben",
            "Schreibe einen Kommentar",
            "Hinterlassen Sie einen Kommentar",
            "Diskutieren Sie mit ▸",
            "Kommentare sind geschlossen.",
            "Noch keine Kommentare zu Neue Regeln für Balkonkraftwerke",
            "Kommentar anzeigen Kommentar anzeigen",
            "Du musst angemeldet sein, um einen Kommentar abzugeben.",
            "Laisser un commentaire",
            "Réagir",
            "Les commentaires sont fermés.",
            "Deja un comentario",
            "Dejá tu comentario",
            "Lascia un commento",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_moderation_policy_sentences() {
        for line in [
            "We welcome civil and respectful comments. Personal attacks and spam will be removed.",
            "To learn more, please read our community guidelines.",
            "Please note: comments are moderated and may take a few hours to appear.",
            "Beachten Sie, dass die Redaktion beleidigende Kommentare entfernen kann und wird.",
            "Bitte lies unsere Kommentar-Regeln, bevor Du einen Kommentar verfasst.",
            "Nous vous rappelons que les commentaires injurieux seront supprimés.",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_sign_in_to_comment_prompts() {
        removes("Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.");
        removes("Zum Verfassen von Kommentaren bitte anmelden oder registrieren.");
        removes("If you would like to add a comment, please register or log in");
        // A public-consultation notice in English is article text, not a sign-in prompt.
        assert_keeps(
            &CommentPolicy,
            "Residents who want to comment on the plan must register with the city clerk by Friday.\n",
        );
    }

    #[test]
    fn removes_post_meta_line_with_comment_counter() {
        removes("6. November 2023 | 3 Kommentare");
        removes("Veröffentlicht unter Allgemein | Hinterlasse einen Kommentar");
    }

    #[test]
    fn keeps_article_sentences_about_comments() {
        assert_keeps(
            &CommentPolicy,
            "The mayor did not respond to requests for comment.\n\n\
             Comments made by the minister drew criticism.\n\n\
             He declined to comment.\n\n\
             No comment.\n\n\
             Facebook said it would remove comments that violate its community standards.\n\n\
             “We will remove hateful comments within an hour,” the company said.\n\n\
             Our reporters read thousands of comments on the ministry's site, many of them abusive.\n\n\
             Beschimpfungen akzeptiere ich aber nicht unter den Kommentaren.\n\n\
             Wenn sie Dir gefallen, hinterlasse einfach hier oder auf Twitter einen Kommentar.\n\n\
             Comment un travail d’un tel amateurisme a-t-il pu avoir un impact aussi fort ?\n\n\
             Die Vertreter der Gemeinden diskutierten auch über die kalte Nahwärme.\n\n\
             Discussion\n\n\
             Commentary\n\n\
             Foreign minister condemns senator’s ‘shocking’ comment on embassy\n\n\
             The consultation received more than 1,200 comments.\n\n\
             By Friday the petition had drawn 400 comments, most of them in favour.\n",
        );
    }

    #[test]
    fn removes_teasers_and_meta_lines_ending_with_their_comment_count() {
        let input = "The council approved the budget on Monday after a long debate.\n\
            Council approves new cycling lanes 16 comments\n\
            New, 6 comments\n\
            19.6.2007 9:40 Uhr Anna Berg 71 Kommentare\n";
        assert_eq!(
            removed_by(&CommentPolicy, input),
            [
                "Council approves new cycling lanes 16 comments",
                "New, 6 comments",
                "19.6.2007 9:40 Uhr Anna Berg 71 Kommentare"
            ]
        );
    }

    #[test]
    fn keeps_long_meta_like_lines() {
        assert_keeps(
            &CommentPolicy,
            "The report, published on Monday | a Tuesday update followed, drew 300 comments from residents across the county who said the new rules were unfair to renters.\n",
        );
    }

    #[test]
    fn removes_sign_in_prompts_and_form_labels_in_more_languages() {
        for line in [
            "Kommentieren Sie hier",
            "Please log in here to leave a comment.",
            "Share or comment on this article:",
            "Das Kommentieren dieses Artikels wurde deaktiviert.",
            "Um kommentieren zu können, müssen Sie Abonnent sein.",
            "← Ältere Kommentare",
            "Iniciar Sesión para comentar",
            "Los comentarios en esta sección son exclusivos para suscriptores. Suscríbase aquí.",
            "Para comentar las noticias debes iniciar sesión con el usuario y contraseña elegidos.",
            "Dodaj komentarz",
            "komentarze (0)",
            "Komentarze Liczba komentarzy: 6",
            "Treść komentarza",
            "× Twój komentarz został przekazany do moderacji.",
            "Musisz być zalogowany, aby dodać komentarz.",
            "Faça login para comentar",
            "Accedi per commentare",
            "Log in om te reageren",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_moderation_notices_in_portuguese_italian_dutch_polish() {
        for line in [
            "ATENÇÃO: Comentários com textos ofensivos ou que faltem com respeito não serão aprovados pelo moderador.",
            "I commenti offensivi non saranno pubblicati dal nostro moderatore.",
            "Let op: reacties die beledigend zijn worden verwijderd.",
            "Prosimy o kulturalne komentarze, obraźliwe wpisy zostaną usunięte.",
        ] {
            removes(line);
        }
        assert_keeps(
            &CommentPolicy,
            "O moderador do debate pediu calma aos candidatos.\n\n\
             Il moderatore ha chiesto ai candidati di non interrompersi.\n",
        );
    }

    #[test]
    fn removes_comment_list_headings_without_quotes() {
        removes("2 Kommentare zu Neue Regeln für Balkonkraftwerke");
        removes("14 comments on Why the bridge matters");
        removes("3 commentaires sur Les transports publics en chiffres");
        assert_keeps(
            &CommentPolicy,
            "5 Antworten zu den wichtigsten Fragen rund um das Heizungsgesetz\n\n\
             10 réponses à vos questions sur la réforme des retraites\n\n\
             3 responses to the most common objections\n\n\
             Three thoughts on the budget\n\n\
             120 comments on the proposal were sent to the council by residents.\n\n\
             Kommentieren Sie hier nicht, sagte der Sprecher, sondern im Forum des Vereins.\n\n\
             Sie können den Entwurf bis Freitag kommentieren und dafür ein Formular nutzen.\n",
        );
    }
}
