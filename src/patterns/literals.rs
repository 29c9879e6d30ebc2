//! The literals a pattern's every match must hold, read from its syntax tree: the screens
//! that decide whether a line may match a pattern before it is compiled. Shared by the crate's
//! tests and `build.rs`.

use regex_syntax::ast::{Ast, RepetitionKind, RepetitionRange};
#[cfg(test)]
use regex_syntax::ast::{Flag, Flags, FlagsItemKind, GroupKind};

/// Strings (ASCII case ignored) one of which every match of `ast` contains, if known: the
/// longest literal run of a concatenation (or a part's own set), the union over alternatives.
///
/// Read from the syntax tree, before Unicode case folding (which is slow to compute): an
/// ASCII literal stands for itself in either case, and a non-ASCII one, which may match its
/// other cases, ends a run. The two non-ASCII characters that fold to ASCII letters are
/// screened apart (by their callers: `RuleScreen` in `src/matchers/screen.rs`,
/// `Screened` in `src/text.rs`).
pub fn required_literals(ast: &Ast) -> Option<Vec<Vec<u8>>> {
    match ast {
        Ast::Literal(literal) if literal.c.is_ascii() => Some(vec![vec![literal.c as u8]]),
        Ast::Group(group) => required_literals(&group.ast),
        Ast::Repetition(repetition) => at_least_once(&repetition.op.kind)
            .then(|| required_literals(&repetition.ast))
            .flatten(),
        Ast::Alternation(alternation) => {
            let mut union = Vec::new();
            for sub in &alternation.asts {
                union.extend(required_literals(sub)?);
            }
            Some(union)
        }
        Ast::Concat(concat) => {
            // Every part of a concatenation matches, so any part's set will do; adjacent ASCII
            // literals match as one run (inline flags match nothing and do not break it).
            let mut best: Option<Vec<Vec<u8>>> = None;
            let mut consider = |set: Vec<Vec<u8>>| {
                let shortest = |set: &[Vec<u8>]| set.iter().map(Vec::len).min().unwrap_or(0);
                if best.as_ref().is_none_or(|b| shortest(&set) > shortest(b)) {
                    best = Some(set);
                }
            };
            let mut run = Vec::new();
            for sub in &concat.asts {
                match sub {
                    Ast::Literal(literal) if literal.c.is_ascii() => run.push(literal.c as u8),
                    Ast::Flags(_) => {}
                    _ => {
                        if !run.is_empty() {
                            consider(vec![std::mem::take(&mut run)]);
                        }
                        if let Some(set) = required_literals(sub) {
                            consider(set);
                        }
                    }
                }
            }
            if !run.is_empty() {
                consider(vec![run]);
            }
            best
        }
        _ => None,
    }
}

/// Whether a repetition matches its operand at least once.
fn at_least_once(kind: &RepetitionKind) -> bool {
    match kind {
        RepetitionKind::OneOrMore => true,
        RepetitionKind::Range(range) => match range {
            RepetitionRange::Exactly(n) | RepetitionRange::AtLeast(n) => *n >= 1,
            RepetitionRange::Bounded(n, _) => *n >= 1,
        },
        RepetitionKind::ZeroOrOne | RepetitionKind::ZeroOrMore => false,
    }
}

/// Whether every match of `ast` holds one of `any_case` (ASCII letters in either case) or, in a
/// case-sensitive part of the pattern, one of `exact` (in its case): one of them is in every
/// literal run of some part that every match of each alternative matches. As for
/// [`required_literals`], a non-ASCII literal ends a run, and the non-ASCII characters that
/// case-fold to ASCII letters are left to the caller.
#[cfg(test)]
pub fn screen_covers(ast: &Ast, any_case: &[&str], exact: &[&str]) -> bool {
    Screen { any_case, exact }.covers(ast, false)
}

#[cfg(test)]
struct Screen<'l> {
    any_case: &'l [&'l str],
    exact: &'l [&'l str],
}

#[cfg(test)]
impl Screen<'_> {
    fn covers(&self, ast: &Ast, case_insensitive: bool) -> bool {
        self.covers_from(ast, case_insensitive).0
    }

    /// Whether every match of `ast` holds a literal, starting with `case_insensitive`; and the
    /// flag after `ast`: a flag set in a group's alternative holds to the group's end, in the
    /// alternatives that follow too (`x(?i)y|foo` matches `FOO`).
    fn covers_from(&self, ast: &Ast, case_insensitive: bool) -> (bool, bool) {
        match ast {
            Ast::Literal(literal) if literal.c.is_ascii() => (
                self.covers_run(&[literal.c as u8], case_insensitive),
                case_insensitive,
            ),
            Ast::Flags(flags) => (false, with_flags(&flags.flags, case_insensitive)),
            Ast::Group(group) => {
                let inner = match &group.kind {
                    GroupKind::NonCapturing(flags) => with_flags(flags, case_insensitive),
                    _ => case_insensitive,
                };
                (self.covers(&group.ast, inner), case_insensitive)
            }
            Ast::Repetition(repetition) => (
                at_least_once(&repetition.op.kind)
                    && self.covers(&repetition.ast, case_insensitive),
                case_insensitive,
            ),
            Ast::Alternation(alternation) => {
                let mut case_insensitive = case_insensitive;
                let mut all = true;
                for branch in &alternation.asts {
                    let (covered, after) = self.covers_from(branch, case_insensitive);
                    all &= covered;
                    case_insensitive = after;
                }
                (all, case_insensitive)
            }
            Ast::Concat(concat) => {
                // Any part that every match matches will do; adjacent ASCII literals are a run.
                let mut case_insensitive = case_insensitive;
                let mut covered = false;
                let mut run = Vec::new();
                for part in &concat.asts {
                    if let Ast::Literal(literal) = part {
                        if literal.c.is_ascii() {
                            run.push(literal.c as u8);
                            continue;
                        }
                    }
                    covered |= self.covers_run(&run, case_insensitive);
                    run.clear();
                    let (part_covered, after) = self.covers_from(part, case_insensitive);
                    covered |= part_covered;
                    case_insensitive = after;
                }
                covered |= self.covers_run(&run, case_insensitive);
                (covered, case_insensitive)
            }
            _ => (false, case_insensitive),
        }
    }

    fn covers_run(&self, run: &[u8], case_insensitive: bool) -> bool {
        let holds = |literal: &str, exact: bool| {
            run.windows(literal.len()).any(|window| {
                if exact {
                    window == literal.as_bytes()
                } else {
                    window.eq_ignore_ascii_case(literal.as_bytes())
                }
            })
        };
        self.any_case.iter().any(|literal| holds(literal, false))
            || !case_insensitive && self.exact.iter().any(|literal| holds(literal, true))
    }
}

/// The case-insensitive flag after `flags`, starting from `case_insensitive`.
#[cfg(test)]
fn with_flags(flags: &Flags, mut case_insensitive: bool) -> bool {
    let mut negated = false;
    for item in &flags.items {
        match item.kind {
            FlagsItemKind::Negation => negated = true,
            FlagsItemKind::Flag(Flag::CaseInsensitive) => case_insensitive = !negated,
            FlagsItemKind::Flag(_) => {}
        }
    }
    case_insensitive
}

/// A rule screen's tables (see `RuleScreen` in `src/matchers/screen.rs`): the literals, for each the
/// rules (bit `i` for rule `i`) that require it, and the rules without required literals.
pub struct RuleLiterals {
    pub literals: Vec<Vec<u8>>,
    pub rules_of: Vec<u64>,
    pub unscreened: u64,
}

/// The screen of up to 64 rules, `patterns` in rule order.
pub fn rule_screen<'p>(patterns: impl IntoIterator<Item = &'p str>) -> RuleLiterals {
    let mut literals: Vec<Vec<u8>> = Vec::new();
    let mut rules_of = Vec::new();
    let mut unscreened = 0;
    for (index, pattern) in patterns.into_iter().enumerate() {
        assert!(index < 64, "a rule screen holds at most 64 rules");
        let bit = 1u64 << index;
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(pattern)
            .expect("screened rule parses");
        match required_literals(&ast) {
            None => unscreened |= bit,
            Some(set) => {
                for literal in set {
                    match literals.iter().position(|l| *l == literal) {
                        Some(at) => rules_of[at] |= bit,
                        None => {
                            literals.push(literal);
                            rules_of.push(bit);
                        }
                    }
                }
            }
        }
    }
    // The only non-ASCII characters that case-fold to ASCII letters (Kelvin sign, long s): a
    // case-insensitive rule can match them where its ASCII literals are not found.
    for c in ['\u{212A}', '\u{17F}'] {
        literals.push(c.to_string().into_bytes());
        rules_of.push(u64::MAX);
    }
    RuleLiterals {
        literals,
        rules_of,
        unscreened,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers(pattern: &str, any_case: &[&str], exact: &[&str]) -> bool {
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(pattern)
            .unwrap();
        screen_covers(&ast, any_case, exact)
    }

    #[test]
    fn a_screen_covers_every_alternative_through_one_of_its_parts() {
        assert!(covers(r"(?i)\bfoo\s+bar|baz", &["bar", "baz"], &[]));
        assert!(covers(r"(?i)\bfoo\s+bar|baz", &["foo", "baz"], &[]));
        assert!(!covers(r"(?i)\bfoo\s+bar|baz", &["bar"], &[]));
        // A part that may be skipped, or a run cut by a class, covers nothing.
        assert!(!covers(r"fo(?:o)?", &["foo"], &[]));
        assert!(!covers(r"x{0,3}y", &["x"], &[]));
        assert!(!covers(r"a[bc]d", &["ad"], &[]));
        assert!(covers(r"(?:ab){2}", &["ab"], &[]));
        // An exact literal covers a case-sensitive part only.
        assert!(covers(r"Foo|(?i:bar)", &["bar"], &["Foo"]));
        assert!(!covers(r"(?i)Foo|bar", &["bar"], &["Foo"]));
        assert!(!covers(r"(?i:Foo)|bar", &["bar"], &["Foo"]));
        assert!(covers(r"(?i)(?-i:Foo)|bar", &["bar"], &["Foo"]));
        // A flag holds to the end of its group, in the alternatives after it too.
        assert!(!covers(r"x(?i)y|Foo", &["y"], &["Foo"]));
        assert!(covers(r"(?i)x(?-i)|Foo", &["x"], &["Foo"]));
        assert!(covers(r"(?:x(?i)y)|Foo", &["y"], &["Foo"]));
    }
}
