//! publisher-notice's rules (see `src/filters/publisher_notice.rs`): `build.rs` reads the
//! literals every match of each rule holds from these patterns, for the screen that tells which
//! rules a line may match; the crate compiles a rule when a line first passes its screen.

/// One rule: the kind of notice it finds, its pattern, whether the match must start the line
/// (after bullets) rather than any sentence, and the most words the line may have.
pub struct Rule {
    pub kind: Kind,
    pub pattern: &'static str,
    pub start: Start,
    pub max_words: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The match starts the line (after bullets); the pattern is anchored with `^`.
    Line,
    /// The match starts the line or a sentence after a short lead-in (publisher-notice's
    /// `MAX_LEAD_IN_WORDS`).
    Sentence,
    /// The match may stand anywhere in the line: for cues that address the reader by themselves
    /// ("kannst du den Newsletter … abonnieren") or that end the line.
    Anywhere,
}

/// A kind of notice: the filter's rule id for it (`publisher-notice/<rule>`) and the reason
/// `--explain` gives.
#[derive(Clone, Copy)]
pub struct Kind {
    pub rule: &'static str,
    pub reason: &'static str,
}

/// Bullets and menu marks before a notice.
const LEAD: &str = r"^[\s*•·▪►▶\#>»›|+\-–—]*";

pub const SUBSCRIPTION: Kind = Kind {
    rule: "subscription",
    reason: "subscription offer (an offer with an issue count, price or sales channels)",
};
pub const NEWSLETTER: Kind = Kind {
    rule: "newsletter",
    reason: "newsletter or membership pitch addressed to the reader",
};
pub const FINE_PRINT: Kind = Kind {
    rule: "fine-print",
    reason: "sign-up form fine print (consent to the privacy policy)",
};
pub const DONATION: Kind = Kind {
    rule: "donation",
    reason: "donation appeal for the publication itself",
};
pub const LISTEN: Kind = Kind {
    rule: "listen",
    reason: "listen, watch or app promotion of the publisher",
};
pub const LETTERS: Kind = Kind {
    rule: "letters",
    reason: "invitation to write a letter to the editor",
};
pub const DISCLAIMER: Kind = Kind {
    rule: "disclaimer",
    reason: "standing notice (affiliate links, liability for external links, author's opinion not the editors')",
};
pub const WIDGET: Kind = Kind {
    rule: "widget-status",
    reason: "status message of a share or sign-up widget, on a line of its own",
};
pub const NOTIFY: Kind = Kind {
    rule: "news-alert",
    reason: "news-alert pitch (browser notifications, daily briefing) addressed to the reader",
};
pub const CONSENT: Kind = Kind {
    rule: "consent",
    reason: "consent placeholder of an external embed",
};
pub const PAYWALL: Kind = Kind {
    rule: "paywall",
    reason: "paywall or registration prompt",
};
pub const BROWSER: Kind = Kind {
    rule: "browser",
    reason: "notice about the reader's browser (JavaScript disabled, browser unsupported)",
};

pub static RULES: &[Rule] = &[
    // ---- subscription offers
    Rule {
        kind: SUBSCRIPTION,
        // an imperative, then an issue count with a price or a delivery promise
        pattern: r"(?xi)
            (?:get|subscribe|order|buy|try|receive)\b .*?
            (?: \b(?:\d+|three|six|twelve)\s+issues?\s+for\s+(?:just\s+|only\s+)?[£$€]\s?\d
              | \bdelivered\s+(?:to|through|straight\s+to)\s+your\s+(?:door|doorstep|letterbox|mailbox|home) )",
        start: Start::Sentence,
        max_words: 60,
    },
    Rule {
        kind: SUBSCRIPTION,
        // free trial issues: "Jetzt 3 Ausgaben GRATIS erhalten!", "3 Ausgaben kostenlos testen"
        pattern: r"(?xi)
            (?:jetzt\s+)?\d+\s+(?:Ausgaben|Hefte)\s+(?:gratis|kostenlos|kostenfrei)\s+
            (?:erhalten|testen|lesen|sichern|bestellen)\b[\s.!]*$",
        start: Start::Anywhere,
        max_words: 40,
    },
    Rule {
        kind: SUBSCRIPTION,
        // where the current issue is sold: at least the subscription and one more channel
        pattern: r"(?xi)
            ^(?:die\s+|unsere\s+)?(?:aktuelle|neue|neueste)\s+Ausgabe\b .*?
            (?: \b(?:im|als)\s+Abo\b .*? \b(?:e-?Paper|Kiosk|Bahnhofskiosk|App|digital)\b
              | \b(?:e-?Paper|Kiosk|Bahnhofskiosk|App|digital)\b .*? \b(?:im|als)\s+Abo\b )",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: SUBSCRIPTION,
        // "… bestellen Sie es im Shop als Abo oder Einzelheft"
        pattern: r"(?x)
            \b(?i:bestellen|abonnieren|lesen|testen)\s+Sie\b .*? \b(?i:als|im)\s+(?i:Abo|Einzelheft)\b",
        start: Start::Sentence,
        max_words: 40,
    },
    // ---- newsletter and membership pitches
    Rule {
        kind: NEWSLETTER,
        // a sentence starting with the imperative that names a newsletter or an inbox
        pattern: r"(?xi)
            (?:sign\s+up|sign-up|subscribe|register)\s+(?:now\s+|today\s+|here\s+)?(?:for|to|and|now|today|here)\b
            [^.!?]{0,140}
            \b(?:newsletters?|inbox|daily\s+edition|daily\s+briefing|e-?mail\s+updates)\b",
        start: Start::Sentence,
        max_words: 60,
    },
    Rule {
        kind: NEWSLETTER,
        // "Get the Daily Edition by email and never miss our top stories"
        pattern: r"(?xi)
            (?:get|receive)\b .*? \b(?:by|via)\s+e-?mail\b .*?
            \b(?:never\s+miss|sign\s+up|free)\b",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: NEWSLETTER,
        // "If you enjoyed this article, … join / subscribe / support / become a member"
        pattern: r"(?xi)
            (?:if\s+you\s+(?:enjoyed|liked|value|appreciated?|found\s+value\s+in)
              |did\s+you\s+(?:enjoy|like))
            \s+(?:this|our|the)\s+(?:article|story|piece|post|journalism|reporting|work|content)\b
            .*?
            \b(?:join|subscribe|support|donate|become\s+a|sign\s+up|members?|membership|proposition|contribut\w*)\b",
        start: Start::Line,
        max_words: 90,
    },
    Rule {
        kind: NEWSLETTER,
        // "Join X. Members get all of our content …"
        pattern: r"(?xi)
            (?:join|become\s+a\s+(?:member|subscriber|supporter))\b [^.!?]{1,60} [.!:]\s+
            (?:members|subscribers|supporters)\s+(?:get|receive|enjoy|have)\b",
        start: Start::Sentence,
        max_words: 90,
    },
    Rule {
        kind: NEWSLETTER,
        // German reader address with the newsletter: "Mit unserem Newsletter erhalten Sie …",
        // "… kannst du den Newsletter hier abonnieren."
        pattern: r"(?x)
            (?: \b(?i:mit\s+unserem|unseren|unser)\s+(?i:Newsletter)\b .*? \b(?:erhalten\s+Sie|erhältst\s+du|bekommen\s+Sie|bekommst\s+du)\b
              | \b(?:kannst\s+du|können\s+Sie)\b .*? \b(?i:Newsletter)\b .*? \b(?i:abonnieren|bestellen|anmelden)\b
              | \b(?i:Newsletter)\b .*? \b(?:abonnieren\s+Sie|bestellen\s+Sie|melden\s+Sie\s+sich|abonniere|bestelle|melde\s+dich)\b )",
        start: Start::Anywhere,
        max_words: 50,
    },
    Rule {
        kind: NEWSLETTER,
        // "… die wichtigsten News direkt in dein Postfach!"
        pattern: r"(?x)\b(?i:direkt|jede\s+Woche|jeden\s+(?:Tag|Morgen|Freitag))\s+(?i:in)\s+(?:dein|deinen|Ihr|Ihren)\s+(?i:E-Mail-)?(?i:Postfach|Posteingang)\b",
        start: Start::Anywhere,
        max_words: 40,
    },
    Rule {
        kind: NEWSLETTER,
        // a sign-up form's prompt
        pattern: r"(?xi)
            (?:enter\s+your\s+e-?mail(?:\s+address)?\s+(?:to|below|here|and)
              | (?:gib|trage)\s+(?:hier\s+)?deine\s+E-?Mail(?:-Adresse)?\s+ein
              | geben\s+Sie\s+(?:hier\s+)?Ihre\s+E-?Mail(?:-Adresse)?\s+ein )\b",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: NEWSLETTER,
        // the outlet's own messaging channel: "tenemos canal de Telegram? Únete …"
        pattern: r"(?xi)
            (?: \b(?:nuestro|tenemos|our|unse?ren?)\s+(?:canal|channel|Kanal)\b .*?
                \b(?:únete|unete|suscríbete|join|subscribe|folge|abonniere|abonnieren\s+Sie)\b
              | \b(?:únete|unete|suscríbete|mira|join|subscribe\s+to|folge|abonniere)\b .*?
                \b(?:nuestro|our|unse?ren?)\s+(?:canal|channel|Kanal)\b )",
        start: Start::Anywhere,
        max_words: 40,
    },
    Rule {
        kind: NEWSLETTER,
        // Polish: "Zapraszamy (też) do subskrypcji / prenumeraty …"
        pattern: r"(?xi)zapraszamy\b .*? \bdo\s+(?:subskrypcji|prenumeraty|zapisu|zapisania\s+się)\b",
        start: Start::Line,
        max_words: 50,
    },
    Rule {
        kind: NEWSLETTER,
        // "Sie lesen gern X?" / "Dir hat der Artikel gefallen? Jetzt teilen …": the lead-in of
        // a support or share pitch, on a short line
        pattern: r"(?x)
            (?: (?:Sie\s+lesen|Du\s+liest)\s+gerne?\s+\S+\?
              | (?:Dir|Ihnen)\s+(?:hat|haben)\s+(?:der|dieser|unser)\s+(?:Artikel|Beitrag|Text)\s+gefallen\?\s*
                (?i:jetzt|dann)\b )",
        start: Start::Line,
        max_words: 12,
    },
    // ---- sign-up fine print
    Rule {
        kind: FINE_PRINT,
        pattern: r"(?xi)
            (?: by\s+(?:signing\s+up|subscribing|registering|submitting\s+your\s+e-?mail)
              | mit\s+(?:der|meiner|Ihrer|deiner)\s+(?:Anmeldung|Registrierung)
              | ich\s+bin\s+mit\s+der\s+Verarbeitung\s+meiner\s+Daten )\b
            .*?
            \b(?:privacy\s+policy|privacy\s+notice|terms|Datenschutz\w*|Nutzungsbedingungen|einverstanden)\b",
        start: Start::Line,
        max_words: 80,
    },
    Rule {
        kind: FINE_PRINT,
        // the reCAPTCHA notice of a form, in the languages it is printed in
        pattern: r"(?xi)
            (?: this\s+site\s+is\s+protected\s+by\s+reCAPTCHA
              | diese\s+(?:Seite|Website)\s+ist\s+durch\s+reCAPTCHA\s+geschützt
              | ce\s+site\s+est\s+protégé\s+par\s+(?:le\s+)?reCAPTCHA
              | este\s+sitio\s+está\s+protegido\s+por\s+reCAPTCHA )\b",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: FINE_PRINT,
        // "Ich akzeptiere die Datenschutzbestimmungen …", "You can unsubscribe at any time."
        pattern: r"(?xi)
            (?: ich\s+akzeptiere\s+die\s+Datenschutz\w*
              | you\s+(?:can|may)\s+unsubscribe\s+at\s+any\s+time
              | Sie\s+können\s+sich\s+jederzeit\s+(?:wieder\s+)?(?:vom|aus\s+dem)\s+Newsletter\s+(?:abmelden|austragen)
              | was\s+passiert\s+mit\s+meinen\s+Daten\?\s*$ )",
        start: Start::Line,
        max_words: 80,
    },
    // ---- news alerts
    Rule {
        kind: NOTIFY,
        pattern: r"(?xi)
            (?: (?: (?:Browser-?|Push-?)?Benachrichtigung(?:en)?\s+aktivieren
                  | (?:turn\s+on|allow|enable)\s+(?:push\s+|browser\s+|desktop\s+)?notifications
                  | activer\s+les\s+notifications | activar\s+(?:las\s+)?notificaciones
                  | attiva\s+(?:le\s+)?notifiche | ativar\s+(?:as\s+)?notificações
                  | włącz\s+powiadomienia )
                # the button alone: `Benachrichtigungen aktivieren: So geht es in Chrome` is a how-to
                [\s.!»›>→]*$
              | (?:(?:Browser-?|Push-?)?Benachrichtigung(?:en)?\s+aktivieren\s+)?dürfen\s+wir\s+(?:Sie|dich)\b[^.!?]*\b(?:benachrichtigen|informieren)\?
              | wir\s+informieren\s+(?:Sie|dich|euch)\s+(?:täglich|regelmäßig|wöchentlich|werktags|kostenlos|immer)\b
              | verpass(?:e|en\s+Sie)\s+(?:keine|nie\s+wieder)\s+(?:News|Neuigkeiten|Nachrichten|Artikel|Beiträge|Angebote|Ausgabe)\b )",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: NOTIFY,
        // a short line ending in "… nichts mehr verpassen!", addressed to the reader or
        // exclaimed ("Seit der Geburt seiner Tochter will er nichts mehr verpassen." is a story)
        pattern: r"(?x)
            (?: \b(?:Sie|Du|du|Dir|dir|Euch|euch)\b.*?\b(?i:nichts\s+mehr\s+(?:verpassen|versäumen))\b[\s.!]*$
              | \b(?i:nichts\s+mehr\s+(?:verpassen|versäumen))\s*!+\s*$ )",
        start: Start::Anywhere,
        max_words: 12,
    },
    // ---- embed consent placeholders
    Rule {
        kind: CONSENT,
        pattern: r"(?xi)
            (?: ich\s+bin\s+damit\s+einverstanden,?\s+dass\s+mir\s+externe\s+Inhalte\s+angezeigt\s+werden
              | empfohlener\s+redaktioneller\s+Inhalt\s*$
              | an\s+dieser\s+Stelle\s+(?:finden\s+Sie|findest\s+du)\s+(?:einen\s+)?externen\s+Inhalt
              | [^.!?]*\bohne\s+(?:dein|Ihr)\s+Einverständnis\s+keine\s+Verbindung\s+zu\b )",
        start: Start::Line,
        max_words: 70,
    },
    // ---- paywall and registration prompts
    Rule {
        kind: PAYWALL,
        pattern: r"(?xi)
            (?: (?:jetzt\s+)?(?:kostenlos\s+)?registrieren\s+und\s+weiterlesen
              | registrieren\s+Sie\s+sich\s+(?:jetzt\s+)?kostenlos\s+und\s+lesen\s+Sie\s+weiter
              | wählen\s+Sie\s+Ihren\s+Zugang\s+und\s+lesen\s+Sie\s+weiter
              | (?:hier\s+|jetzt\s+)?kostenlos\s+anmelden[\s.!»›>]*$
              | immediate\s+online\s+access\s+to\s+(?:all\s+)?issues
              | instant\s+access\s+to\s+the\s+full\s+article
              | subscription\s+will\s+auto[-\s]?renew
              | inscrivez-vous\s+(?:gratuitement\s+)?pour\s+lire\s+la\s+suite
              | regístrate\s+(?:gratis\s+)?para\s+seguir\s+leyendo
              | registrati\s+(?:gratuitamente\s+|gratis\s+)?per\s+continuare\s+a\s+leggere
              | cadastre-se\s+(?:gratuitamente\s+|grátis\s+)?para\s+continuar\s+lendo
              | registreer\s+(?:je\s+)?(?:gratis\s+)?en\s+lees\s+verder )",
        start: Start::Line,
        max_words: 30,
    },
    // ---- browser notices
    Rule {
        kind: BROWSER,
        pattern: r"(?xi)
            (?: (?: (?:please\s+)?enable\s+javascript | javascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)
                  | (?:you\s+need\s+to|you\s+must)\s+enable\s+javascript
                  | (?:your|this)\s+browser\s+(?:does\s+not|doesn['’]t)\s+support
                  | your\s+browser\s+is\s+(?:out\s+of\s+date|outdated|not\s+supported) )
                # addressed to the reader or alone: `Enable JavaScript in Safari by opening
                # Settings` and `JavaScript is disabled by default in …` are how-to prose
                (?: [\s.!]*$ | \s+(?:in|on)\s+your\s+(?:browser|device)
                  | [\s,]+(?:to|in\s+order\s+to)\s+(?:view|use|see|watch|display|continue|play|access|read|comment|load)\b
                  | \s+(?:the\s+)?(?:video|audio|iframe|html5|canvas)\b | [\s,.]+please\b )
              | bitte\s+aktivieren\s+Sie\s+JavaScript | JavaScript\s+ist\s+(?:deaktiviert|nicht\s+aktiviert)
              | (?:dieser\s+Shop|diese\s+(?:Seite|Website))\s+setzt\s+voraus,?\s+dass\s+Sie\s+JavaScript
              | veuillez\s+activer\s+(?:le\s+)?JavaScript | por\s+favor,?\s+(?:activa|habilita|active|habilite)\s+(?:el\s+)?JavaScript
              | Ihr\s+Browser\s+(?:ist\s+veraltet|unterstützt\s+(?:kein|nicht))
              | votre\s+navigateur\s+(?:ne\s+supporte\s+pas|est\s+obsolète|n['’]est\s+pas\s+à\s+jour)
              | tu\s+navegador\s+(?:no\s+(?:soporta|admite)|está\s+desactualizado) )\b",
        start: Start::Line,
        max_words: 40,
    },
    // ---- donation appeals
    Rule {
        kind: DONATION,
        pattern: r"(?x)
            (?: \b(?i:wir\s+sind\s+spendenfinanziert)\b
              | \b(?i:unterstütze|unterstützt|unterstützen\s+Sie)\s+(?i:auch\s+du\s+|jetzt\s+|bitte\s+)?
                (?:uns|unsere\s+(?i:Arbeit|Redaktion|Berichterstattung)|unabhängigen\s+Journalismus)\b
              | \b(?i:unterstütze)\s+\S+\s+(?i:bereits\s+|schon\s+)?(?i:mit|ab)\s+(?:[€$£]\s?)?\d
              | \b(?i:Ihr|dein)\s+(?i:Beitrag|Spende)\s+(?i:hilft|ermöglicht)\b .*? \b(?i:unsere|uns)\b
              | \b(?i:ihre|deine)\s+Spende\s+(?i:hilft|ermöglicht)\s+uns\b )",
        start: Start::Sentence,
        max_words: 60,
    },
    Rule {
        kind: DONATION,
        pattern: r"(?xi)
            (?:please\s+)?
            (?: support\s+(?:us|our|independent|quality) | help\s+us\s+(?:continue|keep|fund)
              | donate\s+to\s+(?:us|our) | consider\s+(?:supporting|donating\s+to|a\s+donation\s+to)\s+(?:us|our|independent) )
            \b .*?
            \b(?:journalism|reporting|newsroom|work|mission|donate|donation|contribution)\b",
        start: Start::Sentence,
        max_words: 60,
    },
    // ---- listen, watch, apps
    Rule {
        kind: LISTEN,
        // "Listen to X live at 12:45 and 17:45 weekdays - or listen back here."
        pattern: r"(?xi)
            (?:listen|tune\s+in)\b .*?
            \b(?:live\s+(?:at|on|from)\s+\d|weekdays|weeknights|every\s+(?:weekday|morning|evening)|listen\s+(?:back|again)\s+(?:here|on|via))\b",
        start: Start::Line,
        max_words: 30,
    },
    Rule {
        kind: LISTEN,
        // "How to listen to X podcast": a short heading with both cues
        pattern: r"(?xi)how\s+to\s+(?:listen|subscribe)\s+to\s+.{1,60}\bpodcasts?\b[\s.:!]*$",
        start: Start::Line,
        max_words: 12,
    },
    Rule {
        kind: LISTEN,
        pattern: r"(?xi)
            (?:listen|subscribe|follow)\b .*? \bwherever\s+you\s+(?:get|listen\s+to|find)\s+(?:your\s+)?podcasts\b",
        start: Start::Sentence,
        max_words: 40,
    },
    Rule {
        kind: LISTEN,
        // "For the latest stories … download the X apps …", "Download our app …"
        pattern: r"(?xi)
            (?: for\s+(?:the\s+)?latest\b .*? \bdownload\s+(?:the|our)\b .*? \bapps?\b
              | download\s+our\b .*? \bapps?\b )",
        start: Start::Line,
        max_words: 40,
    },
    // ---- letters
    Rule {
        kind: LETTERS,
        pattern: r"(?xi)
            (?:we(?:'|’)d|we\s+would|we)\s+(?:like|love|want)\s+to\s+hear\s+(?:what\s+you\s+think|from\s+you)\b
            .*?
            \b(?:letters?\s+to\s+the\s+editor|e-?mail|write\s+to|here\s+are\s+some\s+tips)\b",
        start: Start::Sentence,
        max_words: 80,
    },
    // ---- disclaimers
    Rule {
        kind: DISCLAIMER,
        // affiliate disclosures naming this article or its links
        pattern: r"(?xi)
            \b(?:we|\p{Lu}[\p{L}.]*)\s+(?:may|might|will|can)\s+(?:receive|earn|get|make)\s+(?:a\s+)?(?:small\s+)?
            (?:commission|share\s+of\s+(?:sales|revenue)|affiliate\s+commission)\b .*?
            \b(?:this\s+(?:article|page|post|story)|our\s+(?:links|site)|(?:affiliate\s+)?links\s+(?:on|in)\s+this)\b",
        start: Start::Sentence,
        max_words: 80,
    },
    Rule {
        kind: DISCLAIMER,
        // a deals post's fine print: two notice sentences, wherever they stand in the line
        pattern: r"(?xi)
            \bprices\s+(?:are\s+)?subject\s+to\s+change\b .*?
            \bmay\s+(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?commission\b",
        start: Start::Anywhere,
        max_words: 90,
    },
    Rule {
        kind: DISCLAIMER,
        pattern: r"(?xi)
            (?: \b(?:erhalten|bekommen)\s+wir\s+(?:eine\s+)?(?:kleine\s+)?Provision\b
              | \bkeine\s+Haftung\s+für\s+(?:die\s+)?Inhalte\s+(?:externer|verlinkter|fremder)\b )",
        start: Start::Anywhere,
        max_words: 80,
    },
    Rule {
        kind: DISCLAIMER,
        // "… / Bei den Verlinkungen handelt es sich um Affiliate Links / …"
        pattern: r"(?xi)
            \bbei\s+den\s+(?:Verlinkungen|Links|mit\s+\S+\s+gekennzeichneten\s+Links)\s+handelt\s+es\s+sich\s+um\s+(?:sogenannte\s+)?Affiliate",
        start: Start::Anywhere,
        max_words: 60,
    },
    Rule {
        kind: DISCLAIMER,
        // what kind of post this is: "Bei diesem Beitrag handelt es sich um einen Gastbeitrag"
        pattern: r"(?xi)
            bei\s+diesem\s+(?:Beitrag|Artikel|Text)\s+handelt\s+es\s+sich\s+um\s+(?:einen\s+|ein\s+|eine\s+)?
            (?:Blog|Gastbeitrag|Gastartikel|Leserbeitrag|Leserbrief|Community-Beitrag|Pressemitteilung|Werbung
              |Anzeige|bezahlte\w*|gesponserte\w*|Advertorial)\b",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: DISCLAIMER,
        // a health site's review note: "Medically reviewed by …"
        pattern: r"(?xi) medically\s+reviewed\s+by\b",
        start: Start::Line,
        max_words: 40,
    },
    Rule {
        kind: DISCLAIMER,
        // "Fact-checked by Jane Doe": a name and nothing else ("Fact-checked by AFP, the video
        // turned out to be old" reports a check)
        pattern: r"(?xi) fact[-\s]checked\s+by\s+(?-i:\p{Lu})[^,;:.]*\.?\s*$",
        start: Start::Line,
        max_words: 8,
    },
    Rule {
        kind: DISCLAIMER,
        // "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion."
        pattern: r"(?xi)
            (?:hinweis\s*:\s*)?(?:dieser|der)\s+(?:Beitrag|Artikel|Text|Gastbeitrag|Kommentar)\b .*?
            \bMeinung\s+(?:des|der)\s+(?:Autors|Autorin|Verfassers|Verfasserin|Autoren|Autor\*innen|Gastautors)\b
            .*? \b(?:Redaktion|nicht\s+(?:zwingend|unbedingt|notwendigerweise))\b",
        start: Start::Line,
        max_words: 60,
    },
    // ---- widget status strings (whole lines)
    Rule {
        kind: WIDGET,
        pattern: r"(?xi)
            (?: (?:an\s+)?(?:unexpected\s+|unknown\s+)?error\s+(?:has\s+)?occurred[.,!]?\s+(?:please\s+)?try\s+again(?:\s+later)?
              | something\s+went\s+wrong[.,!]?\s+(?:please\s+)?try\s+again(?:\s+later)?
              | (?:ein\s+)?(?:unerwarteter\s+)?Fehler\s+ist\s+aufgetreten[.,!]?\s+bitte\s+versuchen\s+Sie\s+es\s+(?:später\s+)?(?:noch\s+einmal|erneut)(?:\s+später)?
              | this\s+(?:article|story|page|link)\s+has\s+been\s+sent\s+to\b.*?
              | (?:your\s+)?(?:e-?mail|message|article)\s+(?:has\s+been|was)\s+sent(?:\s+successfully)?
              | please\s+(?:enter|provide)\s+a\s+valid\s+e-?mail(?:\s+address)?
              | bitte\s+geben\s+Sie\s+eine\s+gültige\s+E-?Mail(?:-Adresse)?\s+ein )
            [\s.!:…]*$",
        start: Start::Line,
        max_words: 25,
    },
];

/// Each rule's pattern, `^`-anchored after [`LEAD`] when it must start the line.
pub fn pattern(rule: &Rule) -> String {
    let (flags, body) = split_flags(rule.pattern);
    let body = body.trim_start();
    let body = body.strip_prefix('^').unwrap_or(body);
    match rule.start {
        Start::Line => format!("{flags}{LEAD}(?:{body})"),
        Start::Sentence | Start::Anywhere => format!("{flags}(?:{body})"),
    }
}

/// A leading inline-flag group (`(?xi)`) and the rest of the pattern.
fn split_flags(pattern: &str) -> (&str, &str) {
    if pattern.starts_with("(?") {
        if let Some(end) = pattern.find(')') {
            let flags = &pattern[..=end];
            if flags[2..end].chars().all(|c| c.is_ascii_alphabetic()) {
                return (flags, &pattern[end + 1..]);
            }
        }
    }
    ("", pattern)
}
