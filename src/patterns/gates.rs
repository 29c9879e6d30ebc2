//! The literals of the filters' gates (see `Gate` in `src/matchers/gate.rs`): a line that contains none
//! of a gate's literals cannot match its filter's rules. `build.rs` compiles all of them into one
//! automaton that finds, in one pass over a line, every gate it passes, and lists them for the
//! crate ([`source`]). A gate that mirrors a list of the vocabulary (`lang/*.toml`) takes its
//! literals from the list ([`all`]); only the others are written here.

use super::slots::{phrase_parts, Part};

/// The literals of social-embed's gate (`SOCIAL_EMBED` in `src/matchers/gate.rs`).
pub const SOCIAL_EMBED: &[&str] = &[
    "(@",
    "t.co/",
    "… http",
    "…http",
    "pic.twitter.com/",
    "pic.x.com/",
    "twitter.com/",
    "x.com/",
    "youtu.be/",
    "tiktok.com/",
    "instagram",
    "threads",
    "♬",
    "youtube",
    "video",
    "vídeo",
    "vidéo",
    "playback",
    "watch history",
    "sharing information",
    "posted by",
    "gepostet von",
    "facebook",
    "tweets ",
    "externen inhalt",
    "external content",
    "contenu externe",
    "contenido externo",
    "contenuto esterno",
    "conteúdo externo",
    "externe inhoud",
];

/// The literals of copyright's gate besides its rights phrases (see [`rights_phrase_literals`]):
/// markers, reproduction bans and licence notices.
pub const COPYRIGHT_MARKS: &[&str] = &[
    "©",
    "(c)",
    "copyright",
    "urheberrecht",
    "reprodu",
    "riproduz",
    "nachdruck",
    "vervielf",
    "verveelvoudig",
    "non-commercial use",
    "noncommercial use",
    "creative commons",
    "creative-commons",
    "prawem autorskim",
];

/// The literals of copyright's gate for the rights phrases of the vocabulary (`rights_phrases`,
/// see [`phrase_parts`]): each phrase's last two words, without its optional words, for every
/// choice. The gate's automaton ignores the case of ASCII letters only, so a literal is cut
/// before its first other letter (`droits r`), or, when it starts with one, written in lower
/// case, upper case and with a capital (`права защищены`, `ПРАВА ЗАЩИЩЕНЫ`, `Права защищены`).
pub fn rights_phrase_literals(phrases: &[&str]) -> Vec<String> {
    let mut literals = Vec::new();
    for phrase in phrases {
        let parts = phrase_parts(phrase).unwrap_or_else(|problem| panic!("{problem}"));
        let required: Vec<&[&str]> = parts
            .iter()
            .filter_map(|part| match part {
                Part::Word(word) => Some(std::slice::from_ref(word)),
                Part::Choice(words) => Some(words.as_slice()),
                Part::Optional(_) => None,
            })
            .collect();
        let mut last_two: Vec<String> = vec![String::new()];
        for words in &required[required.len().saturating_sub(2)..] {
            last_two = last_two
                .iter()
                .flat_map(|start| words.iter().map(move |word| format!("{start} {word}")))
                .collect();
        }
        for literal in last_two {
            let literal = literal.trim_start();
            match literal.find(|c: char| !c.is_ascii()) {
                None => literals.push(literal.to_string()),
                Some(0) => {
                    let mut capital = literal.chars();
                    let first = capital.next().into_iter().flat_map(char::to_uppercase);
                    literals.push(literal.to_string());
                    literals.push(literal.to_uppercase());
                    literals.push(first.chain(capital).collect());
                }
                Some(at) => literals.push(literal[..at].to_string()),
            }
        }
    }
    literals
}

/// The literals of comment-policy's triggers (`COMMENT_POLICY` in `src/matchers/gate.rs`).
pub const COMMENT_POLICY: &[&str] = &[
    "comment",
    "komment",
    "coment",
    "koment",
    "reactie",
    "reageren",
    "discuss",
    "diskut",
    "réagir",
    "reagir",
    "reply",
    "conversation",
    "conversación",
    "discusión",
    "disqus",
    "akismet",
    "will not be published",
    "responses to",
    "thoughts on",
    "thought on",
    "replies to",
    "antworten zu",
    "gedanken zu",
    "réponses à",
    "wird nicht veröffentlicht",
    "community guidelines",
    "community standards",
    "community rules",
    "house rules",
    "netiquette",
    "moderation",
    "normas de participación",
];

/// The literals of caption-credit's triggers (`CAPTION_CREDIT` in `src/matchers/gate.rs`).
///
/// The agency names here and in [`CAPTION_CREDIT_ACRONYMS`] are a subset of the agencies of
/// `lang/common.toml`, which the filter's patterns take: a gate drawn from the whole lists lets
/// more lines reach the rules (a lone `Flickr` in a list of social links is then an agency
/// credit: 24 more removals in the ce-dev page dumps), so it waits for a measured change.
pub const CAPTION_CREDIT: &[&str] = &[
    "/",
    "|",
    "©",
    " via ",
    "photo",
    "foto",
    "bild",
    "image",
    "imagen",
    "picture",
    "credit",
    "crédit",
    "crédito",
    "courtesy",
    "cortesía",
    "getty",
    "reuters",
    "shutterstock",
    "istock",
    "imago",
    "alliance",
    "keystone",
    "anadolu",
    "xinhua",
    "bloomberg",
    "kyodo",
    "yonhap",
];

/// The literals of caption-credit's agency acronyms, matched in their case (`CAPTION_CREDIT_ACRONYMS` in `src/matchers/gate.rs`).
pub const CAPTION_CREDIT_ACRONYMS: &[&str] = &[
    "AP",
    "AFP",
    "EPA",
    "EFE",
    "dpa",
    "DPA",
    "ANSA",
    "ANP",
    "APA",
    "AAP",
    "PA ",
    "KNA",
    "epd",
    "ddp",
    "dts",
    "GEPA",
    "BELGA",
    "NTB",
    "UPI",
    "IANS",
    "PTI",
    "TASS",
    "LUSA",
    "Lusa",
    "Belga",
    "Télam",
    "Notimex",
    "Ritzau",
    "Sputnik",
    "Europa Press",
];

/// The literals of publisher-notice's gate (`PUBLISHER_NOTICE` in `src/matchers/gate.rs`).
pub const PUBLISHER_NOTICE: &[&str] = &[
    // subscriptions
    "issues for",
    "issue for",
    "letterbox",
    "delivered to your",
    "ausgaben",
    "ausgabe",
    "im abo",
    "als abo",
    "einzelheft",
    // newsletters, membership, channels
    "sign up",
    "sign-up",
    "subscribe",
    "register",
    "newsletter",
    "inbox",
    "postfach",
    "enjoyed this",
    "liked this",
    "enjoy this",
    "members get",
    "your email",
    "your e-mail",
    "e-mail-adresse",
    "signing up",
    "subscribing",
    "anmeldung",
    "registrierung",
    "verarbeitung meiner daten",
    "canal",
    "channel",
    "kanal",
    "zapraszamy",
    "lesen gern",
    "gefallen?",
    // donations
    "spende",
    "beitrag hilft",
    "unterstütz",
    "support",
    "donat",
    "help us",
    // listen, watch, apps
    "listen",
    "podcast",
    "download",
    // letters
    "letter",
    "hear what you think",
    // affiliate and liability notices
    "commission",
    "subject to change",
    "provision",
    "handelt es sich um affiliate",
    "handelt es sich um sogenannte affiliate",
    "bei diesem beitrag handelt",
    "bei diesem artikel handelt",
    "bei diesem text handelt",
    "medically reviewed",
    "fact-checked by",
    "fact checked by",
    "vorgaben der",
    "haftung",
    "meinung des",
    "meinung der",
    // widget strings
    "try again",
    "been sent",
    "valid email",
    "valid e-mail",
    "fehler ist aufgetreten",
    "gültige e-mail",
    // notification prompts, news alerts
    "benachrichtig",
    "notification",
    "notifica",
    "dürfen wir sie",
    "dürfen wir dich",
    "powiadomienia",
    "wir informieren",
    "verpass",
    "nichts mehr verpass",
    "nichts mehr versäum",
    // privacy fine print, embed consent
    "recaptcha",
    "ich akzeptiere",
    "unsubscribe",
    "meinen daten",
    "damit einverstanden, dass mir",
    "einverständnis keine",
    "redaktioneller inhalt",
    "externen inhalt",
    // paywalls
    "registrieren und",
    "ihren zugang",
    "lesen sie weiter",
    "kostenlos anmelden",
    "online access",
    "instant access",
    "auto renew",
    "auto-renew",
    "inscrivez-vous",
    "regístrate",
    "registrati",
    "cadastre",
    "registreer",
    "lire la suite",
    "seguir leyendo",
    "continuare a leggere",
    "continuar lendo",
    "lees verder",
    // browser notices
    "javascript",
    "browser",
    "navigateur",
    "navegador",
];

/// The words of the vocabulary (`lang/*.toml`) that gates take literals from.
pub struct Vocabulary<'a> {
    /// `rights_phrases` of every language.
    pub rights_phrases: &'a [&'a str],
}

/// The gates, in the order of `GATES` in `src/matchers/gate.rs` (the automaton numbers the
/// literals in this order): their names, for [`source`].
pub const NAMES: [&str; 6] = [
    "SOCIAL_EMBED",
    "COPYRIGHT",
    "COMMENT_POLICY",
    "CAPTION_CREDIT",
    "CAPTION_CREDIT_ACRONYMS",
    "PUBLISHER_NOTICE",
];

/// Every gate's literals, in the order of [`NAMES`]. A literal drawn from the vocabulary goes
/// when it holds another literal of its gate, which it would only repeat.
pub fn all(vocabulary: &Vocabulary) -> Vec<Vec<String>> {
    let with = |written: &[&str], drawn: Vec<String>| {
        let mut literals: Vec<String> = written.iter().map(|l| l.to_string()).collect();
        for literal in drawn {
            let lower = literal.to_ascii_lowercase();
            if !literals
                .iter()
                .any(|kept| lower.contains(&kept.to_ascii_lowercase()))
            {
                literals.push(literal);
            }
        }
        literals
    };
    vec![
        with(SOCIAL_EMBED, Vec::new()),
        with(
            COPYRIGHT_MARKS,
            rights_phrase_literals(vocabulary.rights_phrases),
        ),
        with(COMMENT_POLICY, Vec::new()),
        with(CAPTION_CREDIT, Vec::new()),
        with(CAPTION_CREDIT_ACRONYMS, Vec::new()),
        with(PUBLISHER_NOTICE, Vec::new()),
    ]
}

/// The Rust source of the gates' literals (`gates` from [`all`]): a constant per gate, named as
/// in [`NAMES`], and `ALL`, every gate in that order.
pub fn source(gates: &[Vec<String>]) -> String {
    let mut out =
        String::from("// Generated by build.rs from src/patterns/gates.rs and lang/*.toml.\n");
    for (name, literals) in NAMES.iter().zip(gates) {
        let literals: Vec<String> = literals.iter().map(|l| format!("{l:?}")).collect();
        out.push_str(&format!(
            "\n/// The literals of the `{name}` gate.\npub const {name}: &[&str] = &[{}];\n",
            literals.join(", ")
        ));
    }
    out.push_str(&format!(
        "\n/// Every gate's literals, in the order of `GATES` in `src/matchers/gate.rs`.\npub const ALL: [&[&str]; {}] = [{}];\n",
        NAMES.len(),
        NAMES.join(", ")
    ));
    out
}
