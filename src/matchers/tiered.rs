//! Regexes compiled for the text they meet: first for lines in the Latin script and common
//! punctuation, which most lines are, and in full only when a line holds another character.
//!
//! Start-up: compiling a pattern's Unicode classes is most of what a fresh process spends on
//! a small file. `\p{L}` is about 660 ranges of characters, compiled to UTF-8 states each time
//! it occurs in a pattern (a bounded repetition copies it); its common part is about 30 ranges.
//! Figures in `docs/performance.md#start-up`.
//!
//! Exactness: on a text whose every character is [common](is_common), a pattern whose classes
//! are cut to the common characters ([`restrict`]) matches exactly where the full pattern does,
//! with the same groups: each class matches one character of the text, which is common, and
//! literals, look-arounds (Unicode `\b` included, which the NFA simulation evaluates on the text
//! itself) and the structure are unchanged. A test checks both tiers against each other on
//! random text.

use std::sync::OnceLock;

use regex_automata::util::captures::Captures;
use regex_automata::{meta, Match};
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition,
};

/// The common characters: Latin with its diacritics and IPA (U+0000–U+036F), and general
/// punctuation, currency and letterlike symbols (U+2000–U+214F: dashes, curly quotes, `…`,
/// `€`, `™`).
const COMMON: [(char, char); 2] = [('\0', '\u{36F}'), ('\u{2000}', '\u{214F}')];

/// Whether every character of `text` is common, so that the common tier decides for it.
pub fn is_common(text: &str) -> bool {
    text.is_ascii()
        || text.chars().all(|c| {
            COMMON
                .iter()
                .any(|&(start, end)| (start..=end).contains(&c))
        })
}

/// `hir` with every Unicode class cut to the common characters (see the module's doc), or
/// `None` when no class holds another character, so that one regex serves every text.
pub fn restrict(hir: &Hir) -> Option<Hir> {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let common = |range: &ClassUnicodeRange| {
                COMMON
                    .iter()
                    .any(|&(start, end)| start <= range.start() && range.end() <= end)
            };
            if class.ranges().iter().all(common) {
                return None;
            }
            let mut class = class.clone();
            class.intersect(&ClassUnicode::new(
                COMMON
                    .iter()
                    .map(|&(start, end)| ClassUnicodeRange::new(start, end)),
            ));
            Some(Hir::class(Class::Unicode(class)))
        }
        HirKind::Repetition(repetition) => restrict(&repetition.sub).map(|sub| {
            Hir::repetition(Repetition {
                min: repetition.min,
                max: repetition.max,
                greedy: repetition.greedy,
                sub: Box::new(sub),
            })
        }),
        HirKind::Capture(capture) => restrict(&capture.sub).map(|sub| {
            Hir::capture(Capture {
                index: capture.index,
                name: capture.name.clone(),
                sub: Box::new(sub),
            })
        }),
        HirKind::Concat(subs) => restrict_all(subs).map(Hir::concat),
        HirKind::Alternation(subs) => restrict_all(subs).map(Hir::alternation),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => None,
    }
}

/// The restricted `subs`, the unchanged ones as they are, or `None` when none changed.
fn restrict_all(subs: &[Hir]) -> Option<Vec<Hir>> {
    let restricted: Vec<Option<Hir>> = subs.iter().map(restrict).collect();
    restricted.iter().any(Option::is_some).then(|| {
        restricted
            .into_iter()
            .zip(subs)
            .map(|(new, old)| new.unwrap_or_else(|| old.clone()))
            .collect()
    })
}

/// A pattern for the NFA simulation (see [`super::regexes::nfa_regex`]), compiled per tier
/// when a text of that tier first needs it.
pub struct TieredRegex {
    hir: Hir,
    config: meta::Config,
    common: OnceLock<meta::Regex>,
    full: OnceLock<meta::Regex>,
}

impl TieredRegex {
    /// A parsed pattern; nothing is compiled yet.
    pub fn from_hir(hir: Hir, config: meta::Config) -> Self {
        TieredRegex {
            hir,
            config,
            common: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// The regex that decides for `haystack`, compiled on first use.
    fn regex(&self, haystack: &str) -> &meta::Regex {
        let build = |hir: &Hir| {
            meta::Regex::builder()
                .configure(self.config.clone())
                .build_from_hir(hir)
                .expect("a parsed pattern compiles")
        };
        let full = || self.full.get_or_init(|| build(&self.hir));
        if is_common(haystack) {
            self.common.get_or_init(|| match restrict(&self.hir) {
                Some(restricted) => build(&restricted),
                // The same regex: it shares the compiled automata.
                None => full().clone(),
            })
        } else {
            full()
        }
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.regex(haystack).is_match(haystack)
    }

    pub fn find(&self, haystack: &str) -> Option<Match> {
        self.regex(haystack).find(haystack)
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match> + 'r
    where
        'h: 'r,
    {
        self.regex(haystack).find_iter(haystack)
    }

    /// The capture groups of the leftmost match, if any.
    pub fn captures(&self, haystack: &str) -> Option<Captures> {
        let regex = self.regex(haystack);
        let mut captures = regex.create_captures();
        regex.captures(haystack, &mut captures);
        captures.is_match().then_some(captures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATTERNS: [&str; 5] = [
        r"(?x)^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]+$",
        r"(?i)\b(?:foto|bild)\s*:\s*(?P<who>\w+(?:\s+\w+)?)",
        r"(?xi)\bno\s+part\s+of\s+this\s+(?-i:[\p{L}\x{345}])+\s+may\s+be\s+\S+[^.]*\.?",
        r"(?i)^[^()]{0,20}?\(@(?P<handle>\w{1,15})\)\s*(?P<rest>.*)$",
        r"\d{1,2}\.\s*\p{L}+\s+\d{4}|[[:alpha:]]+\s+\W+$",
    ];

    /// Texts of common characters only, and a few that hold others.
    fn texts() -> Vec<String> {
        let pieces = [
            "Foto: Anna Berg",
            "FOTO : ÉMILE ZOLA",
            "no part of this Ǳournal may be copied",
            "No Part Of This Book May Be stored, at all.",
            "— Jan Nowak (@jnowak) 3 maja 2024",
            "Łukasz Żuławski",
            "Anna-Lena O’Brien",
            "12. März 2024",
            "ſtraße K",
            "x – y …",
            "Ωmega Δelta",
            "Иван Петров",
            "東京 (@tokyo) now",
            "ﬁne print",
            "İstanbul Ünal",
            "",
            " ",
            "\u{a0}Zoë\u{2009}Brontë",
            "Ǆemal Đurić",
            "a\u{301}b",
        ];
        let mut texts: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        for a in pieces {
            for b in pieces {
                texts.push(format!("{a} {b}"));
            }
        }
        texts
    }

    #[test]
    fn both_tiers_match_alike_on_common_text_and_the_full_one_decides_the_rest() {
        for pattern in PATTERNS {
            let config = meta::Config::new().hybrid(false).dfa(false);
            let hir = regex_automata::util::syntax::parse(pattern).unwrap();
            let tiered = TieredRegex::from_hir(hir, config.clone());
            let full = meta::Regex::builder()
                .configure(config)
                .build(pattern)
                .unwrap();
            let mut common = 0;
            for text in texts() {
                common += usize::from(is_common(&text));
                let spans = |regex: &meta::Regex| {
                    let mut captures = regex.create_captures();
                    regex.captures(&text, &mut captures);
                    (0..captures.group_len())
                        .map(|group| captures.get_group(group))
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    spans(tiered.regex(&text)),
                    spans(&full),
                    "{pattern} on {text:?}"
                );
                let found: Vec<_> = tiered.find_iter(&text).collect();
                assert_eq!(found, full.find_iter(&text).collect::<Vec<_>>());
            }
            assert!(common > 100 && tiered.common.get().is_some());
            assert!(tiered.full.get().is_some());
        }
    }

    #[test]
    fn common_text_is_latin_and_punctuation() {
        assert!(is_common("Zoë O’Brien – Łódź … 20 €"));
        assert!(!is_common("Иван"));
        assert!(!is_common("→"));
        assert!(!is_common("ﬁ"));
    }
}
