//! Regexes that stay cheap where they run: compiled on first use behind a literal screen
//! ([`Screened`]), gated by a word-boundary-free DFA ([`BoundaryRegex`]), or run on the NFA
//! alone when they are rare ([`RareRegex`]).

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

pub use super::tiered::TieredRegex;

use regex::{CaptureMatches, Match, Regex};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{meta, Anchored, Input, MatchKind};
use regex_syntax::hir::{Hir, Look};

/// A pattern compiled the first time a line may match it: one that holds one of `literals`, of
/// which every match of the pattern holds one (ASCII letters in either case). Until then a line
/// is screened by a plain search for the literals; once compiled, the pattern alone decides.
///
/// Start-up: compiling a pattern costs more than cleaning a small file, and most documents hold
/// none of a rare pattern's literals. The literals are checked against the pattern's syntax
/// tree by a test (`assert_screen_covers`), not at run time, where parsing alone costs about as
/// much as a small file's cleaning. A long run compiles the pattern anyway after
/// [`SCREENED_CALLS`] screened lines: the screen, a search per literal, costs more a line than
/// the pattern, which an anchored pattern rejects within a few bytes.
pub struct Screened<R> {
    literals: &'static [&'static str],
    /// Literals of the pattern's case-sensitive parts, matched in their case.
    exact: &'static [&'static str],
    pattern: fn() -> String,
    compile: fn(&str) -> R,
    compiled: OnceLock<R>,
    /// Lines screened so far.
    screened: AtomicU32,
}

/// Lines a [`Screened`] pattern screens before it is compiled regardless: screening that many
/// costs less than compiling a pattern, and a small file has fewer.
pub const SCREENED_CALLS: u32 = 1000;

impl<R> Screened<R> {
    pub const fn new(
        literals: &'static [&'static str],
        pattern: fn() -> String,
        compile: fn(&str) -> R,
    ) -> Self {
        Screened::with_exact(literals, &[], pattern, compile)
    }

    /// A pattern with case-sensitive parts, whose literals `exact` are matched in their case.
    pub const fn with_exact(
        literals: &'static [&'static str],
        exact: &'static [&'static str],
        pattern: fn() -> String,
        compile: fn(&str) -> R,
    ) -> Self {
        Screened {
            literals,
            exact,
            pattern,
            compile,
            compiled: OnceLock::new(),
            screened: AtomicU32::new(0),
        }
    }

    /// The compiled pattern, or `None` when `text` cannot match it (and it is not compiled yet).
    pub fn get(&self, text: &str) -> Option<&R> {
        if let Some(compiled) = self.compiled.get() {
            return Some(compiled);
        }
        let exact = || {
            self.exact
                .iter()
                .any(|literal| memchr::memmem::find(text.as_bytes(), literal.as_bytes()).is_some())
        };
        let long_run = || self.screened.fetch_add(1, Ordering::Relaxed) >= SCREENED_CALLS;
        (may_contain(text, self.literals) || exact() || long_run()).then(|| self.compiled())
    }

    fn compiled(&self) -> &R {
        self.compiled
            .get_or_init(|| (self.compile)(&(self.pattern)()))
    }

    /// Checks that every match of the pattern holds one of the literals
    /// ([`crate::patterns::literals::screen_covers`]), and compiles it.
    #[cfg(test)]
    pub fn assert_screen_covers(&self) {
        let pattern = (self.pattern)();
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(&pattern)
            .expect("the pattern parses");
        for literal in self.literals {
            assert!(literal.is_ascii(), "{literal:?} is ASCII");
        }
        assert!(
            crate::patterns::literals::screen_covers(&ast, self.literals, self.exact),
            "a match of {pattern} may hold none of {:?} and {:?}",
            self.literals,
            self.exact
        );
        self.compiled();
    }
}

impl<R: IsMatch> Screened<R> {
    /// Whether the pattern matches `text` (compiled only when `text` may match).
    pub fn is_match(&self, text: &str) -> bool {
        self.get(text).is_some_and(|regex| regex.is_match(text))
    }
}

/// A compiled pattern that says whether it matches a text.
pub trait IsMatch {
    fn is_match(&self, text: &str) -> bool;
}

impl IsMatch for Regex {
    fn is_match(&self, text: &str) -> bool {
        Regex::is_match(self, text)
    }
}

impl IsMatch for meta::Regex {
    fn is_match(&self, text: &str) -> bool {
        meta::Regex::is_match(self, text)
    }
}

impl IsMatch for BoundaryRegex {
    fn is_match(&self, text: &str) -> bool {
        BoundaryRegex::is_match(self, text)
    }
}

impl IsMatch for TieredRegex {
    fn is_match(&self, text: &str) -> bool {
        TieredRegex::is_match(self, text)
    }
}

impl IsMatch for RareRegex {
    fn is_match(&self, text: &str) -> bool {
        RareRegex::is_match(self, text)
    }
}

/// Whether `text` holds one of `literals` (ASCII letters in either case), or a character that
/// case-folds to an ASCII letter (the long s and the Kelvin sign), which a case-insensitive
/// pattern matches where its literal has an `s` or a `k`.
fn may_contain(text: &str, literals: &[&str]) -> bool {
    let bytes = text.as_bytes();
    literals
        .iter()
        .any(|literal| contains_ignore_ascii_case(bytes, literal.as_bytes()))
        || text.contains(['\u{17F}', '\u{212A}'])
}

/// Whether `haystack` contains `needle`, ASCII letters in either case.
fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let candidates = memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        haystack,
    );
    for at in candidates {
        let after = &haystack[at + 1..];
        if after.len() >= rest.len() && after[..rest.len()].eq_ignore_ascii_case(rest) {
            return true;
        }
    }
    false
}

/// A regex with Unicode word boundaries (`\b`), searched behind a gate: the pattern
/// [`relaxed`].
///
/// Performance: the regex crate's fast engine (the lazy DFA) cannot evaluate a Unicode `\b` on
/// non-ASCII text and falls back to its slow NFA simulation, which then scans every line with a
/// non-ASCII character (most of the corpus). The gate has no `\b` and matches every line the
/// full regex matches, so a line the gate rejects cannot match, and the gate runs on the fast
/// engine (usually on its literal prefilter).
///
/// The gate doubles the pattern's memory (automata and per-thread caches), so it only pays on
/// a pattern searched on many lines. Behind a filter's literal gate (`matchers::gate`) or
/// another pre-check, a plain `Regex` is as fast (measured) and half the size.
pub struct BoundaryRegex {
    gate: GateRegex,
    regex: Regex,
}

impl BoundaryRegex {
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        Ok(BoundaryRegex {
            gate: GateRegex::new(pattern)?,
            regex: Regex::new(pattern)?,
        })
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.gate.is_match(haystack) && self.regex.is_match(haystack)
    }

    #[cfg(test)]
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        if !self.gate.is_match(haystack) {
            return None;
        }
        self.regex.find(haystack)
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        let open = self.gate.is_match(haystack);
        open.then(|| self.regex.find_iter(haystack))
            .into_iter()
            .flatten()
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> Option<CaptureMatches<'r, 'h>> {
        self.gate
            .is_match(haystack)
            .then(|| self.regex.captures_iter(haystack))
    }
}

/// A [`BoundaryRegex`] whose gate opens on few lines (a handful per thousand): the full regex
/// runs on the NFA simulation alone, and its matches are `regex_automata` matches (byte spans).
///
/// Memory: a `Regex` also builds a reverse NFA, a one-pass DFA and a lazy DFA for each pattern,
/// and every thread grows its own lazy DFA cache (forward and reverse) as the DFA visits new
/// states; a pattern run on a few lines gains no speed from them. Measured on publisher-notice's
/// 38 rules: 2.7 MB of automata and 4.1 MB of caches per thread, 1.1 MB and 0.8 MB without
/// them, in the same time (the gates still run on the lazy DFA). Nor does it need the literal
/// prefilter, which the gate has already run (0.3 MB less). A pattern whose gate opens on many
/// lines, or a hot one, belongs in a [`BoundaryRegex`].
///
/// Start-up: the full regex is compiled when its gate first opens, as most processes that
/// clean a few small files never open it. The pattern is parsed once, for the gate and the
/// regex, so a pattern that does not parse is an error of [`RareRegex::new`].
pub struct RareRegex {
    gate: GateRegex,
    regex: TieredRegex,
}

impl RareRegex {
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let hir = parse(pattern)?;
        Ok(RareRegex {
            gate: GateRegex::from_hir(&hir)?,
            regex: TieredRegex::from_hir(hir, nfa_config(false)),
        })
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.gate.is_match(haystack) && self.regex.is_match(haystack)
    }

    pub fn find(&self, haystack: &str) -> Option<regex_automata::Match> {
        if !self.gate.is_match(haystack) {
            return None;
        }
        self.regex.find(haystack)
    }

    pub fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = regex_automata::Match> + 'r
    where
        'h: 'r,
    {
        let open = self.gate.is_match(haystack);
        open.then(|| self.regex.find_iter(haystack))
            .into_iter()
            .flatten()
    }

    /// The capture groups of the leftmost match, if any.
    pub fn captures(&self, haystack: &str) -> Option<regex_automata::util::captures::Captures> {
        if !self.gate.is_match(haystack) {
            return None;
        }
        self.regex.captures(haystack)
    }
}

/// `pattern` compiled for the NFA simulation alone (the PikeVM, with the literal prefilter):
/// no lazy DFA and its per-thread caches, no reverse NFA, no one-pass DFA or backtracker, for a
/// pattern searched on few lines (a few thousand in 50 MB of pages). On tens of thousands of
/// lines the PikeVM costs time even for a pattern anchored at the start: author-bio's `ROLE`,
/// tried on 35,000 lines in 50 MB (before its pre-check on the first words), cost 1% more
/// instructions in all, which its 2.7 MB of automata and caches (4 MB at `-j2`) are worth.
/// page-chrome's date lines, tried on every short line with a digit, are worth neither: they
/// are a DFA compiled at build time (`crate::prebuilt`).
pub fn nfa_regex(pattern: &str) -> Result<TieredRegex, regex::Error> {
    Ok(TieredRegex::from_hir(parse(pattern)?, nfa_config(true)))
}

/// `pattern` parsed as the regex crate parses it; an error is the parser's message.
fn parse(pattern: &str) -> Result<Hir, regex::Error> {
    regex_automata::util::syntax::parse(pattern)
        .map_err(|error| regex::Error::Syntax(error.to_string()))
}

/// The NFA simulation alone, with the literal prefilter or without it.
fn nfa_config(prefilter: bool) -> meta::Config {
    meta::Config::new()
        .hybrid(false)
        .dfa(false)
        .onepass(false)
        .backtrack(false)
        .auto_prefilter(prefilter)
}

/// The [`relaxed`] `pattern` on the forward lazy DFA alone, with its literal prefilter: whether
/// a line can match.
///
/// Memory: a `Regex` also compiles a reverse NFA (to find where a match starts) and keeps a
/// cache per thread for each of its engines (the NFA simulation's is as large as the NFA),
/// none of which a yes-or-no search on the lazy DFA uses. Measured on publisher-notice's and
/// copyright's gates: 2.2 to 1.3 MB of automata, 4.8 to 3.8 MB of caches per thread, in the
/// same time.
struct GateRegex {
    dfa: DFA,
    /// The pattern is anchored at the start: the search stops where the DFA dies instead of
    /// trying every later position (which `^` would reject, but only after scanning the line).
    anchored: bool,
    caches: Pool<Cache, CacheFn>,
}

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

impl GateRegex {
    fn new(pattern: &str) -> Result<Self, regex::Error> {
        Self::from_hir(&parse(pattern)?)
    }

    /// The gate of a parsed pattern.
    fn from_hir(hir: &Hir) -> Result<Self, regex::Error> {
        let error = |error: String| regex::Error::Syntax(error);
        let hir = crate::patterns::relax::relax(hir.clone());
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().which_captures(WhichCaptures::None))
            .build_from_hir(&hir)
            .map_err(|e| error(e.to_string()))?;
        let prefilter = Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, &hir);
        let config = DFA::config()
            .specialize_start_states(prefilter.is_some())
            .prefilter(prefilter);
        let dfa = DFA::builder()
            .configure(config)
            .build_from_nfa(nfa)
            .map_err(|e| error(e.to_string()))?;
        let for_caches = dfa.clone();
        Ok(GateRegex {
            anchored: hir.properties().look_set_prefix().contains(Look::Start),
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
            dfa,
        })
    }

    fn is_match(&self, haystack: &str) -> bool {
        let mut input = Input::new(haystack).earliest(true);
        if self.anchored {
            input = input.anchored(Anchored::Yes);
        }
        // The relaxed pattern has no word boundary, so the DFA never quits; should it fail
        // anyway, the gate stays open and the full regex decides.
        self.dfa
            .try_search_fwd(&mut self.caches.get(), &input)
            .map_or(true, |found| found.is_some())
    }
}

/// A pattern that matches every line `pattern` matches, without word boundaries (see
/// `patterns::relax::relaxed`, which `build.rs` shares), for a gate that runs on the fast engine.
#[cfg(test)]
pub fn relaxed(pattern: &str) -> Result<String, regex::Error> {
    crate::patterns::relax::relaxed(pattern).map_err(regex::Error::Syntax)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_drops_word_boundaries_and_upper_bounds() {
        let gate = Regex::new(&relaxed(r"\b(?:a|b)\s+\\b\bc\b\w{2,3}x?").unwrap()).unwrap();
        assert!(gate.is_match(r"xa \bcwwwww"));
        assert!(!gate.is_match(r"a \bcw"));
        assert!(!gate.is_match(r"a bcww"));
        let gate = Regex::new(&relaxed(r"(?i)k\w+\s[^.!?]").unwrap()).unwrap();
        assert!(gate.is_match("\u{212A}ö\u{3000}x") && gate.is_match("kö€€"));
        // the case-folded `k` stays exact: `é` does not stand in for it
        assert!(!gate.is_match("k ab") && !gate.is_match("éö x"));
        let regex = BoundaryRegex::new(r"(?i)\bfoto\b").unwrap();
        assert!(regex.is_match("Foto: Müller"));
        assert!(!regex.is_match("Fotografie"));
        assert!(regex.is_match("Fotografie über Foto-Müll"));
    }

    /// Patterns of the kinds the filters gate: anchored after a lead, `\b` around alternatives,
    /// bounded gaps, case folding, Unicode classes and a named group.
    const GATED_PATTERNS: [&str; 5] = [
        r"(?i)\bfoto\b",
        r"(?xi)^[\s*•]*(?:read\ more|lire\ aussi)\s*[:»]\s*\S",
        r"(?i)\b(?:editor|autorin)s?\b[^.;]{0,12}?\b(?:at|für)\b",
        r"(?x)\bfollow\s+(?P<whom>\p{Lu}\p{L}+)\s+on\s+x\b",
        r"(?i)^\w{2,4}\s*:\s*\d{4}$",
    ];

    proptest::proptest! {
        #[test]
        fn gated_regexes_match_like_the_plain_regex(
            tokens in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", ":", "»", "*", "•", ".", ";", "Read", "more", "lire", "aussi", "Foto",
                "foto", "Fotos", "editor", "Autorin", "at", "für", "follow", "Jane", "Ölaf", "on",
                "x", "2024", "é", "\u{212a}", "ſ", "\u{3000}", "١٢",
            ]), 0..10),
        ) {
            let line = tokens.concat();
            for pattern in GATED_PATTERNS {
                let plain = Regex::new(pattern).unwrap();
                let expected = plain.find(&line).map(|m| m.range());
                proptest::prop_assert_eq!(
                    BoundaryRegex::new(pattern).unwrap().find(&line).map(|m| m.range()),
                    expected.clone()
                );
                let rare = RareRegex::new(pattern).unwrap();
                proptest::prop_assert_eq!(rare.is_match(&line), expected.is_some());
                proptest::prop_assert_eq!(rare.find(&line).map(|m| m.range()), expected.clone());
                let whom = |caps: regex_automata::util::captures::Captures| {
                    caps.get_group_by_name("whom").map(|span| span.range())
                };
                proptest::prop_assert_eq!(
                    rare.captures(&line).map(whom),
                    plain.captures(&line).map(|caps| caps.name("whom").map(|m| m.range()))
                );
            }
        }
    }
}
