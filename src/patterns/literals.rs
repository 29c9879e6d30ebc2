//! The literals a pattern's every match must hold, read from its syntax tree: the screens
//! that decide whether a line may match a pattern before it is compiled. Shared by the crate's
//! tests and `build.rs`.

use regex_syntax::ast::{Ast, RepetitionKind, RepetitionRange};

/// Strings (ASCII case ignored) one of which every match of `ast` contains, if known: the
/// longest literal run of a concatenation (or a part's own set), the union over alternatives.
///
/// Read from the syntax tree, before Unicode case folding (which is slow to compute): an
/// ASCII literal stands for itself in either case, and a non-ASCII one, which may match its
/// other cases, ends a run. The two non-ASCII characters that fold to ASCII letters are
/// screened apart (by their callers: `RuleScreen` in `src/filter.rs`,
/// `Screened` in `src/text.rs`).
pub fn required_literals(ast: &Ast) -> Option<Vec<Vec<u8>>> {
    match ast {
        Ast::Literal(literal) if literal.c.is_ascii() => Some(vec![vec![literal.c as u8]]),
        Ast::Group(group) => required_literals(&group.ast),
        Ast::Repetition(repetition) => {
            let at_least_once = match &repetition.op.kind {
                RepetitionKind::OneOrMore => true,
                RepetitionKind::Range(range) => match range {
                    RepetitionRange::Exactly(n) | RepetitionRange::AtLeast(n) => *n >= 1,
                    RepetitionRange::Bounded(n, _) => *n >= 1,
                },
                RepetitionKind::ZeroOrOne | RepetitionKind::ZeroOrMore => false,
            };
            at_least_once
                .then(|| required_literals(&repetition.ast))
                .flatten()
        }
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

/// A rule screen's tables (see `RuleScreen` in `src/filter.rs`): the literals, for each the
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
