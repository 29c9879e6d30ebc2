//! # copyright
//!
//! ## What it removes
//!
//! Lines that *are* a copyright or rights notice:
//!
//! - lines that start with a copyright marker: `©`, `Copyright 2024 …`, `Copyright © …`,
//!   `Copyright: Name`, `Copyright Holder Name, 2020`, `(c) 2014 …`, `Urheberrecht © …`;
//! - lines built around a rights phrase: `All rights reserved`, `Alle Rechte vorbehalten`,
//!   `Tous droits réservés`, `Todos los derechos reservados`, `Tutti i diritti riservati`,
//!   `Riproduzione riservata`, `Todos os direitos reservados`, `Alle rechten voorbehouden`,
//!   `Wszelkie prawa zastrzeżone`, `Все права защищены` (also the `some rights reserved` forms);
//! - reproduction bans: `Do not reproduce without permission`, `No part of this publication may
//!   be reproduced …`, `This material may not be published, broadcast, rewritten or
//!   redistributed`, `Nachdruck nur mit Genehmigung`, `Reproduction interdite`, `Prohibida su
//!   reproducción`, `Vietata la riproduzione`, `Proibida a reprodução`, `Niets uit deze uitgave
//!   mag worden verveelvoudigd …`;
//! - a year next to a `©` in the middle of a short line: `Example Media © 2022`, `2020 © Example`;
//! - reprint and licence notices of up to 80 words, each with two cues: `This copy is for your
//!   personal, non-commercial use only.` with what governs or sells copies (`Subscriber
//!   Agreement`, `reprints`, `copies`); a Creative Commons grant that spells out the licence
//!   (`licensed under a Creative Commons Attribution 4.0 …`, `steht unter einer Creative Commons
//!   Namensnennung 3.0 … Lizenz`, `… unless stated otherwise`); `Materiał chroniony prawem
//!   autorskim - zasady przedruków …`.
//!
//! A line only goes when, after taking out the markers, years, rights phrases and reproduction
//! bans, what is left reads like a holder name or footer links, not a sentence: at most 8 words
//! with at most one function word (stopword). Lines that start with a marker may leave up to 15
//! words with at most 3 function words (and at most 40 % of them), since a holder like `© Federal
//! Ministry of Labour and Social Affairs` is longer but never prose.
//!
//! ## Rules
//!
//! - `copyright/leading-mark`: copyright notice: starts with `©` / `Copyright` / `(c)`, the rest
//!   is only holder, years and rights phrases
//! - `copyright/rights-phrase`: rights notice: `All rights reserved`-type phrase with only a
//!   holder and years around it
//! - `copyright/reproduction-ban`: rights notice: reproduction ban (`Do not reproduce without
//!   permission`, `No part of … may be reproduced`)
//! - `copyright/year-mark`: copyright notice: `©` next to a year, with only a holder around it
//! - `copyright/licence-notice`: reprint or licence notice (personal-use only, Creative Commons
//!   grant, reprint rules)
//!
//! ## Why is this noise?
//!
//! Rights notices are page furniture: the site footer or the syndication terms printed under the
//! story. They say nothing about the story itself and repeat on every page of the site.
//!
//! ## Example
//!
//! ```text
//! The council approved the budget on Monday.
//! © 2024 Example Media. All rights reserved. Do not reproduce without permission.
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
//! - A short heading made only of a rights phrase and a name, e.g. `All Rights Reserved – The
//!   Musical`, is removed.
//! - A photo credit that starts with `©` (`© Jane Doe/Agency`) is removed here rather than by
//!   `caption-credit`; it is noise either way.
//!
//! Deliberately kept: sentences that discuss copyright (`The court ruled that copyright in the
//! photographs belonged to the agency.`, `All rights reserved is a phrase that …`, `Das
//! Urheberrecht gilt auch im Internet.`), `Copyright law …` and `Copyright Office …` headlines, a
//! bare `Copyright` or `Urheberrecht` link, a caption ending in `© Agency / Photographer` without
//! a year (left to `caption-credit`), legal enumerations such as `(c) the defendant shall …`,
//! excerpt credits that start with other text (`Excerpted from … Copyright © 2018 by …`),
//! reporting that photos are `licensed under a Creative Commons licence` (no licence name or
//! version), and a quoted personal-use notice.

use std::ops::Range;
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::matchers::regexes::{nfa_regex, RareRegex, Screened, TieredRegex};
use crate::patterns::slots::phrase_pattern;
use crate::text::{has_words, is_stopword};
use crate::vocabulary;

pub struct Copyright;

const LEADING_MARK: Rule = Rule::new(
    "leading-mark",
    "copyright notice: starts with `©` / `Copyright` / `(c)`, the rest is only holder, years and rights phrases",
);
const RIGHTS_PHRASE: Rule = Rule::new(
    "rights-phrase",
    "rights notice: `All rights reserved`-type phrase with only a holder and years around it",
);
const REPRODUCTION_BAN: Rule = Rule::new(
    "reproduction-ban",
    "rights notice: reproduction ban (`Do not reproduce without permission`, `No part of … may be reproduced`)",
);
const YEAR_MARK: Rule = Rule::new(
    "year-mark",
    "copyright notice: `©` next to a year, with only a holder around it",
);
const LICENCE_NOTICE: Rule = Rule::new(
    "licence-notice",
    "reprint or licence notice (personal-use only, Creative Commons grant, reprint rules)",
);

/// Rights-reserved phrases: `rights_phrases` of every language (`lang/*.toml`), each as whole
/// words with any whitespace between them ([`phrase_pattern`]).
///
/// Performance: the regexes run only on lines that pass [`gate::COPYRIGHT`] (about 0.6% of lines), so
/// they are compiled without the lazy DFA ([`RareRegex`], [`nfa_regex`]): its per-thread
/// caches cost more memory than the few lines gain in speed. [`START_MARK`] (anchored at the
/// start) and [`NOTICE_TOKEN`] (whose gate would open on nearly every such line) need no gate.
static RIGHTS: LazyLock<RareRegex> = LazyLock::new(|| {
    let phrases: Vec<String> = vocabulary::RIGHTS_PHRASES
        .iter()
        .map(|phrase| phrase_pattern(phrase))
        .collect();
    RareRegex::new(&format!("(?i){}", phrases.join("|"))).expect("valid regex")
});

/// Reproduction bans, matched up to the end of their sentence.
///
/// A letter is `(?-i:[\p{L}\x{345}])` here and in [`LICENCE`]: the class `(?i)\p{L}` is
/// (tested), without case-folding the whole letter class when the pattern is compiled, half
/// the pattern's compile time.
static BAN: Screened<RareRegex> = Screened::new(
    &[
        "reproduc",
        "copied",
        "publish",
        "stored",
        "transmitted",
        "broadcast",
        "rewritten",
        "distributed",
        "permission",
        "nachdruck",
        "genehmigung",
        "zustimmung",
        "erlaubnis",
        "riproduzione",
        "proibida",
        "verveelvoudigd",
    ],
    || BAN_PATTERN.into(),
    |pattern| RareRegex::new(pattern).expect("valid regex"),
);

const BAN_PATTERN: &str = r"(?xi)
          \bno\s+part\s+of\s+this\s+(?-i:[\p{L}\x{345}])+(?:\s+(?-i:[\p{L}\x{345}])+)?\s+may\s+be\s+
            (?:reproduced|copied|republished|stored|transmitted)[^.]*\.?
        | \b(?:this|the)\s+(?:material|article|content|story|report|text|page|website|site
            |publication|video|photo|image)s?\s+may\s+not\s+be\s+
            (?:published|reproduced|broadcast|rewritten|redistributed|copied|distributed|republished)
            [^.]*\.?
        | \bdo\s+not\s+(?:reproduce|copy|republish|redistribute)\s+without\s+(?:prior\s+)?
            (?:written\s+)?permission\b\.?
        | \b(?:unauthori[sz]ed\s+)?reproduction\s+(?:in\s+whole\s+or\s+in\s+part\s+)?
            (?:without\s+(?:prior\s+)?(?:written\s+)?permission\s+)?(?:is\s+)?(?:strictly\s+)?
            (?:prohibited|forbidden|not\s+permitted)\b\.?
        | \bnachdruck\s+(?:(?-i:[\p{L}\x{345}])+\s+){0,3}(?:nur\s+mit\s+(?:(?-i:[\p{L}\x{345}])+\s+){0,2}genehmigung|verboten|untersagt)
            [^.]*\.?
        | \b(?:vervielfältigung|weiterverwendung|weiterverbreitung)\s+nur\s+mit\s+(?:(?-i:[\p{L}\x{345}])+\s+){0,3}
            (?:genehmigung|zustimmung|erlaubnis)[^.]*\.?
        | \b(?:toute\s+)?reproduction\s+(?:même\s+partielle\s+|totale\s+ou\s+partielle\s+)?
            (?:est\s+)?(?:strictement\s+)?interdite\b[^.]*\.?
        | \b(?:queda\s+)?prohibida\s+(?:su|la)\s+reproducción(?:\s+total\s+o\s+parcial)?\b[^.]*\.?
        | \b(?:è\s+)?vietata\s+la\s+riproduzione(?:\s+anche\s+parziale)?\b[^.]*\.?
        | \b(?:é\s+)?proibida\s+a\s+reprodução(?:\s+total\s+ou\s+parcial)?\b[^.]*\.?
        | \bniets\s+uit\s+deze\s+uitgave\s+mag\s+worden\s+verveelvoudigd[^.]*\.?
        ";

/// A notice at the start of the line (after bullets): `©`, `(c) 2014`, `Copyright ©`,
/// `Copyright 2024`, `Copyright:`, `Copyright by`, `Copyright Holder Name, 2020`.
static START_MARK: LazyLock<TieredRegex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)
        ^(?:
            ©
          | \(c\)\s*(?:©\s*)?(?:(?:19|20)\d{2}\b|by\b|von\b)
          | (?:copyright|urheberrecht)\s*
            (?:©|\(c\)|:|(?:19|20)\d{2}\b|by\b|von\b|par\b|por\b|di\b|door\b)
          | (?:copyright|urheberrecht)\s+
            (?-i:(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*,?\s+){1,4})   # capitalised holder words
            [-–,]?\s*(?:19|20)\d{2}\b                                 # then the year
        )
        ",
    )
    .expect("valid regex")
});

/// A `©` or `(c)` later in the line that still marks a notice because a year sits next to it
/// (or `© Copyright`): `Example Media © 2022`, `2020 © Example`, `Sports data © STATS 2018`.
static MID_MARK: LazyLock<RareRegex> = LazyLock::new(|| {
    RareRegex::new(
        r"(?xi)
          ©\s*(?:copyright\b|(?:19|20)\d{2}\b)
        | \b(?:19|20)\d{2}\s*©
        | \(c\)\s*(?:19|20)\d{2}\b
        | ©[^©]{1,40}?\b(?:19|20)\d{2}\W*$
        ",
    )
    .expect("valid regex")
});

/// Everything that belongs to the notice itself: markers and years. Words outside these spans
/// (and outside [`RIGHTS`] and [`BAN`] matches) are the residue that must look like a holder.
static NOTICE_TOKEN: LazyLock<TieredRegex> = LazyLock::new(|| {
    nfa_regex(
        r"(?xi)
          ©
        | \(c\)
        | \b(?:copyright|urheberrecht)\b
        | \b(?:19|20)\d{2}\b
        ",
    )
    .expect("valid regex")
});

/// Reprint and licence notices, each with two cues: a personal-use notice with what governs
/// or sells copies, a Creative Commons grant that spells out the licence (version, `BY`/`NC`
/// elements or "unless stated otherwise"), the Polish "protected by copyright – reprint rules".
static LICENCE: Screened<RareRegex> = Screened::new(
    &[
        "commercial",
        "creative",
        "lizenziert",
        "ffentlicht",
        "contenido",
        "chroniony",
    ],
    || LICENCE_PATTERN.into(),
    |pattern| RareRegex::new(pattern).expect("valid regex"),
);

const LICENCE_PATTERN: &str = r"(?xi)
          ^this\s+copy\s+is\s+for\s+your\s+personal,?\s+non-?commercial\s+use\s+only\b
            .*?\b(?:distribution|reprints?|copyright\s+law|subscriber\s+agreement|copies)\b
        | \b(?:licen[sc]ed|published|available)\s+under\s+(?:a|the)\s+creative[\s-]commons\b
            .*?(?:\b\d\.\d\b|(?-i:\bBY\b)|\battribution\b|\bnon-?commercial\b|\bsharealike\b
              |\bunless\s+(?:otherwise\s+)?(?:stated|noted|specified)\b|\bexcept\s+where\b)
        | ^(?:if\s+not\s+(?:explicitly\s+)?(?:stated|noted|specified)\s+otherwise|unless\s+(?:otherwise\s+)?(?:stated|noted)
            |except\s+where\s+otherwise\s+noted)\b.*?\blicen[sc]ed\s+under\s+(?:a|the)\s+creative[\s-]commons\b
        | \b(?:steht|stehen|ist|sind)\s+(?:(?-i:[\p{L}\x{345}])+\s+)*?unter\s+(?:einer|der)\s+(?:Lizenz\s+)?creative[\s-]commons\b
            .*?(?:\b\d\.\d\b|(?-i:\bBY\b)|\bNamensnennung\b|\bnicht\s*kommerziell|Lizenz\b)
        | \b(?:lizenziert|veröffentlicht)\s+unter\s+(?:einer|der)\s+creative[\s-]commons\b
        | \bcreative[\s-]commons[\s-]Lizenz\s+lizenziert\b
        | \bcontenidos?\s+bajo\s+licencia\s+creative\s+commons\b
        | ^materiał\s+chroniony\s+prawem\s+autorskim\b.*?\bprzedruk
        ";

/// Most words a reprint or licence notice has.
const LICENCE_MAX_WORDS: usize = 80;

/// Quotation marks: a licence grant inside a quotation is reporting.
const QUOTES: [char; 7] = ['"', '“', '”', '„', '«', '»', '‟'];

/// Whether `text` is a reprint or licence notice.
fn is_licence_notice(text: &str) -> bool {
    let Some(found) = LICENCE.get(text).and_then(|licence| licence.find(text)) else {
        return false;
    };
    !text[..found.start()].contains(QUOTES) && !has_words(text, LICENCE_MAX_WORDS + 1)
}

/// Bullets, pipes and quote marks that may precede a footer line.
const LEADING_JUNK: &[char] = &['*', '+', '-', '•', '·', '|', '>', '»', ' ', '\t'];

/// Residue limits (words outside the notice) for a line that does not start with a marker.
const STRICT_MAX_WORDS: usize = 8;
const STRICT_MAX_STOPWORDS: usize = 1;
/// Residue limits for a line that starts with a marker.
const LENIENT_MAX_WORDS: usize = 15;
const LENIENT_MAX_STOPWORDS: usize = 3;

/// Words of `text` outside `spans`, and how many of them are stopwords. Stops counting past
/// [`LENIENT_MAX_WORDS`] (no notice has more), so a long line costs linear time: the spans are
/// merged and searched, not scanned per word.
fn residue(text: &str, spans: &[Range<usize>]) -> (usize, usize) {
    let mut sorted = spans.to_vec();
    sorted.sort_by_key(|span| span.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    let inside = |at: usize| {
        let after = merged.partition_point(|span| span.start <= at);
        after > 0 && merged[after - 1].contains(&at)
    };
    let mut words = 0;
    let mut stopwords = 0;
    for (at, word) in text.unicode_word_indices() {
        if inside(at) {
            continue;
        }
        words += 1;
        if words > LENIENT_MAX_WORDS {
            break;
        }
        if is_stopword(&word.to_lowercase()) {
            stopwords += 1;
        }
    }
    (words, stopwords)
}

/// The rule by which `line` (which passed [`gate::COPYRIGHT`]) is a rights notice (its summary says why),
/// or `None` when it is not one.
fn notice_rule(line: &str) -> Option<Rule> {
    let text = line.trim_start_matches(LEADING_JUNK).trim_end();
    if is_licence_notice(text) {
        return Some(LICENCE_NOTICE);
    }
    // `©` at the start is the pattern's first alternative: such a line needs no compiled pattern.
    let starts_with_mark = text.starts_with('©') || START_MARK.is_match(text);
    // Each regex is searched once, for its spans: it matches exactly when it finds one.
    let mut spans: Vec<Range<usize>> = RIGHTS.find_iter(text).map(|m| m.range()).collect();
    let rights_spans = spans.len();
    if let Some(ban) = BAN.get(text) {
        spans.extend(ban.find_iter(text).map(|m| m.range()));
    }
    let has_rights = rights_spans > 0;
    let has_ban = spans.len() > rights_spans;
    if !(starts_with_mark || has_rights || has_ban || MID_MARK.is_match(text)) {
        return None;
    }
    spans.extend(NOTICE_TOKEN.find_iter(text).map(|m| m.range()));
    let (words, stopwords) = residue(text, &spans);
    let holder_like = if starts_with_mark {
        words <= LENIENT_MAX_WORDS
            && (stopwords <= STRICT_MAX_STOPWORDS
                || (stopwords <= LENIENT_MAX_STOPWORDS && stopwords * 10 <= words * 4))
    } else {
        words <= STRICT_MAX_WORDS && stopwords <= STRICT_MAX_STOPWORDS
    };
    if !holder_like {
        return None;
    }
    Some(if starts_with_mark {
        LEADING_MARK
    } else if has_rights {
        RIGHTS_PHRASE
    } else if has_ban {
        REPRODUCTION_BAN
    } else {
        YEAR_MARK
    })
}

impl Filter for Copyright {
    fn id(&self) -> &'static str {
        "copyright"
    }

    fn summary(&self) -> &'static str {
        "Copyright and rights notices: `© 2024 …`, `Copyright …`, `All rights reserved` and its translations, reproduction bans"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            LEADING_MARK,
            RIGHTS_PHRASE,
            REPRODUCTION_BAN,
            YEAR_MARK,
            LICENCE_NOTICE,
        ]
    }

    fn line_local(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter(|&index| cx.passes(index, &gate::COPYRIGHT))
            .filter_map(|index| notice_rule(cx.doc.line(index)).map(|rule| rule.line(index)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letter class the patterns spell out is the case-insensitive letter class.
    #[test]
    fn spelled_out_letter_class_is_the_case_insensitive_one() {
        use regex_syntax::hir::{Class, HirKind};
        let class = |pattern: &str| match regex_syntax::Parser::new()
            .parse(pattern)
            .unwrap()
            .into_kind()
        {
            HirKind::Class(Class::Unicode(class)) => class,
            other => panic!("{other:?}"),
        };
        assert_eq!(class(r"(?i)\p{L}"), class(r"(?-i:[\p{L}\x{345}])"));
    }

    /// Every match of a screened pattern holds one of its screen's literals.
    #[test]
    fn screens_cover_their_patterns() {
        BAN.assert_screen_covers();
        LICENCE.assert_screen_covers();
    }
    use crate::filters::testing::{assert_keeps, removed_by};

    fn assert_removes_each(lines: &[&str]) {
        for line in lines {
            assert_eq!(
                removed_by(&Copyright, line),
                [*line],
                "should remove {line:?}"
            );
        }
    }

    fn assert_keeps_each(lines: &[&str]) {
        for line in lines {
            assert_keeps(&Copyright, line);
        }
    }

    #[test]
    fn removes_notice_under_article() {
        let input = "The council approved the budget on Monday.\n\
            © 2024 Example Media. All rights reserved. Do not reproduce without permission.\n";
        assert_eq!(
            removed_by(&Copyright, input),
            ["© 2024 Example Media. All rights reserved. Do not reproduce without permission."]
        );
    }

    #[test]
    fn english_notices() {
        assert_removes_each(&[
            "©",
            "© 2019 Example News Network",
            "©2019 The Example Press. All rights reserved.",
            "Copyright 2019 Example News Now. All rights reserved.",
            "Copyright © 2018. All Rights Reserved.",
            "COPYRIGHT © 2023 Example Marketing GmbH",
            "Copyright: Jane Photographer",
            "Copyright Example Media, 2020",
            "copyright Example 2019 - ISSN: 2283-5474",
            "(c) 2014 example-shop.de",
            "* © 2020 The Example Times Company",
            "| © 2021 example.net | Imprint | Privacy |",
            "© Federal Ministry of Labour and Social Affairs",
            "© 2019 Example.com. All rights reserved (About Us).",
            "All rights reserved.",
            "ALL RIGHTS RESERVED",
            "Example Local © 2022. All rights reserved.",
            "2024 The Example, All Rights Reserved.",
            "Deutschlandradio © 2009-2020",
            "Sports data © STATS 2018",
            "Do not reproduce without permission.",
            "No part of this publication may be reproduced, stored in a retrieval system, or transmitted in any form or by any means, without the prior written permission of the publisher.",
            "Copyright 2023 Example Television Corp. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Reproduction in whole or in part without permission is prohibited.",
        ]);
    }

    #[test]
    fn other_language_notices() {
        assert_removes_each(&[
            // German
            "Alle Rechte vorbehalten",
            "© Beispiel Verlag 2017. Alle Rechte vorbehalten.",
            "© 2021 Alle Rechte vorbehalten.",
            "Copyright © 2016. Alle Rechte vorbehalten.",
            "Urheberrecht © 2020 Beispiel GmbH",
            "Nachdruck nur mit Genehmigung des Verlags.",
            "© Levente Beispiel, einige Rechte vorbehalten",
            // French
            "© 2020 Exemple. Tous droits réservés.",
            "© 2019 EXEMPLE BLOG TOUS DROITS RESERVES",
            "Reproduction interdite",
            "Toute reproduction même partielle est interdite.",
            // Spanish
            "Todos los derechos reservados 2022",
            "TODOS LOS DERECHOS RESERVADOS 2021",
            "© Derechos Reservados 2022",
            "Prohibida su reproducción total o parcial.",
            // Italian
            "© 2022 Esempio Srl - Tutti i diritti riservati",
            "Riproduzione riservata",
            "È vietata la riproduzione anche parziale.",
            // Portuguese
            "Todos os direitos reservados.",
            "Copyright Diários Exemplo - 2020.",
            "É proibida a reprodução total ou parcial.",
            // Dutch
            "© 2023 Voorbeeld Media. Alle rechten voorbehouden.",
            // Polish, Russian
            "2021 Przykład. WSZELKIE PRAWA ZASTRZEŻONE",
            "© 2020 Пример. Все права защищены.",
        ]);
    }

    #[test]
    fn keeps_prose_about_copyright() {
        assert_keeps_each(&[
            "The court ruled that copyright in the photographs belonged to the agency.",
            "All rights reserved is a phrase that originated in copyright law as part of notice requirements.",
            "Copyright law has struggled to keep up with generative models.",
            "Copyright Office rejects the 2023 application for a machine-made image",
            "Copyright",
            "Copyright Policy",
            "Urheberrecht",
            "Das Urheberrecht gilt auch im Internet und Creative Commons ist Urheberrecht pur.",
            "Der Hinweis „Alle Rechte vorbehalten“ hat in Deutschland keine rechtliche Wirkung.",
            "La mention « tous droits réservés » n'a aucune valeur juridique en France.",
            "La editorial sostiene que todos los derechos reservados pertenecen al autor.",
            "Secondo l'editore tutti i diritti riservati restano in capo alla famiglia.",
            "De uitgever zegt dat alle rechten voorbehouden blijven bij de fotograaf.",
            "The letter, an edited version of which is reproduced above, warns the minister.",
            "In short, your builds aren’t reproducible.",
            "Chloe Example will es wissen. © AFP / JANE PHOTOGRAPHER",
            "(c) the defendant shall pay the costs of the proceedings.",
            "He declined to comment.",
            "Excerpted from “A Book”. Copyright © 2018 by Jane Author. Used with permission of Example Books, New York. All rights reserved.",
        ]);
    }

    #[test]
    fn reprint_and_licence_notices() {
        assert_removes_each(&[
            "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please contact Example Reprints at 1-800-555-0100 or visit www.example.com.",
            "This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers visit https://www.example.com.",
            "If not explicitly specified otherwise, this work is licensed under a Creative Commons Attribution 2.0 Generic License",
            "All content is licensed under a Creative Commons Attribution 4.0 International License, unless stated otherwise.",
            "Example Insider by the Example Developers is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.",
            "Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung-NichtKommerziell-KeineBearbeitung 3.0 Unported Lizenz.",
            "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz.",
            "Contenidos bajo licencia Creative Commons (CC-BY-NC) salvo donde indique lo contrario.",
            "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
        ]);
    }

    #[test]
    fn keeps_reporting_about_licences_and_personal_use() {
        assert_keeps_each(&[
            "The photos are licensed under a Creative Commons licence, which lets anyone reuse them without paying.",
            "Creative Commons provides free, easy-to-use copyright licenses to make a simple and standardized way to share.",
            "2004 erhielt Creative Commons die Goldene Nica und wir starteten mit der CC 2.0 Lizenz in Österreich.",
            "“This copy is for your personal, non-commercial use only,” the notice read, and the agreement governs distribution.",
            "The drug is for personal, non-commercial use only, the regulator said.",
            "Photos published under a Creative Commons licence by the agency were shown at the trial.",
            "She said: “Work licensed under a Creative Commons Attribution 4.0 licence is free to reuse.”",
            "Materiał chroniony prawem autorskim był przedmiotem sporu w sądzie.",
        ]);
    }

    #[test]
    fn skips_lines_already_removed() {
        use crate::document::Document;
        use crate::filter::Context;
        let doc = Document::parse("© 2024 Example Media\nAll rights reserved.\n");
        let removed = [true, false];
        let findings = Copyright.check(&Context::new(&doc, &removed));
        assert_eq!(findings, [RIGHTS_PHRASE.line(1)]);
    }

    #[test]
    fn each_kind_of_notice_names_its_rule() {
        use crate::filters::testing::rules_fired;
        let input = "The council approved the budget on Monday.\n\
            © 2024 Example Media\n\
            Example Media. All rights reserved.\n\
            Do not reproduce without permission.\n\
            Example Media © 2022\n\
            This copy is for your personal, non-commercial use only. To order copies, see reprints.\n";
        let fired: Vec<String> = rules_fired(&Copyright, input)
            .into_iter()
            .map(|(_, rule)| rule)
            .collect();
        assert_eq!(
            fired,
            [
                "copyright/leading-mark",
                "copyright/rights-phrase",
                "copyright/reproduction-ban",
                "copyright/year-mark",
                "copyright/licence-notice",
            ]
        );
    }
}
