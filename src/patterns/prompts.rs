//! page-chrome's prompt patterns: reading prompts, calls to action, follow and cookie lines,
//! paywalls, reprint notices and link-only lines (see `PROMPT_RULES` in
//! `src/filters/page_chrome/prompts.rs`). `build.rs` compiles their relaxed forms into one DFA, the gate
//! that screens every line; the crate compiles a full pattern when a line passes its gate.

/// "Read more: <title>" and translations: a reading prompt, a separator, then the teaser.
pub const TEASER_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: read\ more | read\ also | also\ read | related | related\ (?:article|articles|story|stories|content|coverage|post|posts|reading|link|links|video|videos)
          | see\ also | see\ more | more\ on\ this | recommended
          | you\ (?:may|might)\ also\ like
          | lesen\ sie\ auch | lesen\ sie\ mehr | mehr\ zum\ thema | mehr\ dazu | auch\ interessant | weiterlesen
          | das\ könnte\ (?:sie|dich)\ auch\ interessieren
          | lire\ aussi | à\ lire\ aussi | a\ lire\ aussi | à\ lire\ également | voir\ aussi | lire\ la\ suite
          | leer\ más | lee\ también | lea\ también | lea\ más | vea\ también | ver\ también
          | te\ puede\ interesar | le\ puede\ interesar | auch\ lesen
          | leggi\ anche | leia\ também | leia\ mais | veja\ também | lees\ ook | lees\ meer )
        \s* [:：»›>|–—] \s* \S   # a separator, then the teaser title
        ";

/// Newsletter and subscription calls to action: an imperative first, then what you get.
pub const CALL_TO_ACTION_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: sign\ up | sign-up | subscribe | register | join | get | receive
          | stay\ up\ to\ date | stay\ informed | stay\ in\ the\ loop | never\ miss
          | melden\ sie\ sich | abonnieren\ sie | jetzt | abonnez-vous | inscrivez-vous | recevez
          | suscríbete | suscribete | suscríbase | regístrate | iscriviti | ricevi | assine | inscreva-se | receba
          | schrijf\ je\ in | meld\ je\ aan | abonneer\ je | ontvang ) \b
        .*?
        \b (?: newsletters? | nieuwsbrief | boletín | boletim | infolettre | inbox | posteingang
             | e-?mail\ updates | daily\ briefing ) \b
        ";

/// Paywall prompts: what a page shows instead of the rest of the article.
pub const PAYWALL_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: to\ (?:view|read|continue\ reading|access)\ (?:the|this)\ (?:full\ )?(?:story|article)
          | subscribe\ (?:now\ )?to\ (?:continue|keep)\ reading
          | this\ (?:article|story|content)\ is\ (?:only\ )?(?:for|available\ (?:only\ )?to)\ (?:paying\ )?(?:subscribers|members)
          | (?:if\ you(?:'|’)re\ (?:seeing\ this\ message\ but\ you(?:'|’)re\ )?)?already\ a\ (?:subscriber|member)\b.*?(?:log\ ?in|sign\ ?in)
          | dieser\ (?:artikel|beitrag|inhalt)\ ist\ (?:nur\ |exklusiv\ )?für\ (?:abonnenten|abonnentinnen|abonnent)
          | (?:weiterlesen|jetzt\ weiterlesen)\ mit\ \S+
          | pour\ lire\ la\ suite(?:\ de\ cet\ article)?\s*$
          | pour\ accéder\ en\ illimité
          | subscribe\ (?:now\ )?to\ .+?\ for\ the\ full\ story
          | (?:cet\ article\ est\ )?réservé\ aux\ abonnés
          | (?:contenido|artículo)\ exclusivo\ para\ suscriptores
          | para\ (?:leer|seguir\ leyendo)\ (?:esta\ nota|este\ artículo|la\ nota\ completa)
          )";

/// Reprint and personal-use notices of news sites.
pub const REPRINTS_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: order\ reprints\s*$ | reprints\ (?:&|and)\ permissions\s*$
          | this\ copy\ is\ for\ your\ personal,?\ non-?commercial\ use\ only )";

/// A line that is only a web address, or a one-word label and a web address
/// (`Listen: https://…`). Links in running text are not touched.
pub const LINK_ONLY_PATTERN: &str = r"(?i)^\s*(?:[\p{L}]+\s*:\s*)?(?:https?://|www\.)\S+\s*$";

/// "Follow us on …" and translations.
pub const FOLLOW_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: follow\ us | like\ us\ on | find\ us\ on | connect\ with\ us
          | follow\ (?:\S+\ ){1,6}on\ (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b
          | follow\ (?:\S+\ ){1,4}coverage\ of\ .*\ (?:at|on)\ (?:https?://|www\.)
          | folgen\ sie\ uns | folge\ uns | suivez-nous | suivez\ nous | retrouvez-nous
          | síguenos | siguenos | seguici | siga-nos | sigam-nos | volg\ ons ) \b
        ";

/// Consent-banner formulas at the start of a line.
pub const COOKIE_PATTERN: &str = r"(?xi)
        ^[\s*•·▪►▶\#>»›|+\-–—]*
        (?: we\ use\ cookies | we\ and\ our\ partners\ use\ cookies
          | (?:this|our)\ (?:web)?site\ uses\ cookies
          | by\ (?:using|continuing\ to\ use|browsing)\ (?:this|our)\ (?:web)?site\b .*? \bcookies
          | wir\ (?:verwenden|nutzen|benutzen)\ cookies
          | diese\ (?:web)?seite\ (?:verwendet|nutzt|benutzt)\ cookies
          | diese\ website\ (?:verwendet|nutzt|benutzt)\ cookies
          | nous\ utilisons\ des\ cookies | ce\ site\ utilise\ des\ cookies
          | (?:utilizamos|usamos)\ cookies | este\ sitio(?:\ web)?\ (?:utiliza|usa)\ cookies
          | utilizziamo\ (?:i\ )?cookie | questo\ sito\ (?:utilizza|usa)\ (?:i\ )?cookie
          | este\ site\ (?:utiliza|usa)\ cookies
          | (?:wij|we)\ gebruiken\ cookies | deze\ (?:web)?site\ (?:gebruikt|maakt\ gebruik\ van)\ cookies )
        # then the end, a full stop, a bracket or a purpose clause: to, um, pour, para…
        (?: \s*$ | \s*[.(] | ,?\s+(?:to|and|on|for|so|that|own|third-party|und|um|zu|auf|pour|et|afin|sur|de|des|para|y|en|propias|propios|per|e|su|di|tecnici|om|op|voor)\b )
        ";

/// The patterns in the order of page-chrome's `PROMPT_RULES`: `build.rs` numbers the gate
/// DFA's patterns by it.
// Read by build.rs and by the tests that hold the crate to it.
#[cfg_attr(not(test), allow(dead_code))]
pub const PROMPTS: [&str; 7] = [
    TEASER_PATTERN,
    CALL_TO_ACTION_PATTERN,
    FOLLOW_PATTERN,
    COOKIE_PATTERN,
    PAYWALL_PATTERN,
    REPRINTS_PATTERN,
    LINK_ONLY_PATTERN,
];
