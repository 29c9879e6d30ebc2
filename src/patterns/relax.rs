//! Relaxed patterns: a superset of a pattern without word boundaries, for a gate that screens
//! lines before the full regex runs. Shared by the crate, which compiles gates when it first
//! needs them (`text.rs`), and `build.rs`, which compiles some of them ahead of time.

use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition,
};

/// A pattern that matches every line `pattern` matches, for a gate that runs on the fast engine
/// and stays small: the Unicode word-boundary assertions are dropped, bounded repetitions
/// lose their upper bound, and large classes take in every non-ASCII character (see `coarse`).
///
/// Memory: a bounded repetition compiles to one copy of its operand per step (`\w{1,40}` is
/// forty copies of the Unicode word class), and a bounded `.{0,160}` multiplies the lazy DFA's
/// states; `\w+` and `.*` are one copy each. A gate only needs to be a superset. The coarse
/// classes cut the gates' automata and caches by a third (measured on 14 MB of pages,
/// publisher-notice's and copyright's gates: 3.1 to 2.2 MB of automata, 6.8 to 4.8 MB of
/// caches per thread; RSS 55.7 to 52.8 MB at `-j1`), and the gates open on the same lines but
/// a handful.
///
/// An error is the parser's message.
// The crate itself calls it only in tests (build.rs is its main user).
#[cfg_attr(not(test), allow(dead_code))]
pub fn relaxed(pattern: &str) -> Result<String, String> {
    let hir = regex_syntax::Parser::new()
        .parse(pattern)
        .map_err(|error| error.to_string())?;
    Ok(relax(hir).to_string())
}

/// The relaxed form of a parsed pattern (see [`relaxed`]).
pub fn relax(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Look(look) if is_word_boundary(look) => Hir::empty(),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(repetition) => Hir::repetition(Repetition {
            max: repetition.max.filter(|&max| max <= 1),
            sub: Box::new(relax(*repetition.sub)),
            ..repetition
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(relax(*capture.sub)),
            ..capture
        }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(relax).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(relax).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Class(class) => Hir::class(coarse(class)),
    }
}

/// `class` with its non-ASCII part widened to every non-ASCII character when that part is
/// large (`\w`, `\p{L}`, `\s`, `[^.!?]`); a case-folded letter (`(?i)k` holds the Kelvin sign)
/// stays exact, so the gate keeps its literal prefilter.
///
/// Memory: a large Unicode class compiles to many UTF-8 states and splits the bytes into many
/// classes, and every lazy DFA state has a transition per byte class; one range from U+0080
/// to the end is a few states and a few byte classes.
fn coarse(class: Class) -> Class {
    const EXACT_RANGES: usize = 4;
    match class {
        Class::Unicode(mut unicode) => {
            let non_ascii = unicode
                .ranges()
                .iter()
                .filter(|r| !r.end().is_ascii())
                .count();
            if non_ascii > EXACT_RANGES {
                unicode.union(&ClassUnicode::new([ClassUnicodeRange::new(
                    '\u{80}',
                    char::MAX,
                )]));
            }
            Class::Unicode(unicode)
        }
        bytes => bytes,
    }
}

/// `\b`, `\B` and the `\b{start}`-style assertions, ASCII or Unicode: dropping any assertion
/// only relaxes a pattern.
fn is_word_boundary(look: Look) -> bool {
    !matches!(
        look,
        Look::Start | Look::End | Look::StartLF | Look::EndLF | Look::StartCRLF | Look::EndCRLF
    )
}
