//! Prompts that lead a longer line: teaser links, calls to action, follow prompts, cookie,
//! paywall and reprint notices and bare web addresses (`page-chrome/teaser-link`,
//! `call-to-action`, `cookie-notice`, `reprint-notice`, `link-only`). Their patterns live in
//! `src/patterns/prompts.rs`; this file holds the gate and the compiled rules.

use std::sync::{LazyLock, OnceLock};

use super::kind::Kind;
use crate::matchers::regexes::{nfa_regex, TieredRegex};
use crate::patterns::prompts::{
    CALL_TO_ACTION_PATTERN, COOKIE_PATTERN, FOLLOW_PATTERN, LINK_ONLY_PATTERN, PAYWALL_PATTERN,
    REPRINTS_PATTERN, TEASER_PATTERN,
};
use crate::prebuilt::{prebuilt_dense_dfa, DenseDfa};

/// The prompt rules in the order they are tried: what a match is, the pattern, and the most
/// words a matching line may have. The patterns are those of
/// [`PROMPTS`](crate::patterns::prompts::PROMPTS), in its order.
pub(super) const PROMPT_RULES: [(Kind, &str, Option<usize>); 7] = [
    (Kind::Teaser, TEASER_PATTERN, Some(25)),
    (Kind::CallToAction, CALL_TO_ACTION_PATTERN, Some(25)),
    (Kind::Follow, FOLLOW_PATTERN, Some(15)),
    (Kind::Cookie, COOKIE_PATTERN, Some(80)),
    (Kind::Paywall, PAYWALL_PATTERN, Some(35)),
    (Kind::Reprints, REPRINTS_PATTERN, Some(40)),
    (Kind::LinkOnly, LINK_ONLY_PATTERN, None),
];

/// The prompt rules' gates (`patterns::relax::relaxed`: no `\b`, no upper bounds) in one
/// DFA: nearly every line fails them all at its first word, in one search instead of seven, and
/// a line that passes names the few rules worth running. Compiled by `build.rs` from
/// `src/patterns/prompts.rs`, as every line of every document meets it.
pub(super) static PROMPT_GATES: LazyLock<DenseDfa> =
    LazyLock::new(|| prebuilt_dense_dfa!("prompt_gates"));

/// The prompt rules compiled for the NFA simulation ([`nfa_regex`]): only the rules whose gate
/// a line passes run, on about one line in a hundred. Lazy DFAs would save about 1% of the run
/// time and cost 1.2 MB of automata and caches, most of it per thread (measured). Each is
/// compiled when a line first passes its gate: a small document passes few of them.
static PROMPT_REGEXES: [OnceLock<TieredRegex>; PROMPT_RULES.len()] =
    [const { OnceLock::new() }; PROMPT_RULES.len()];

/// Prompt rule `index` compiled.
pub(super) fn prompt_regex(index: usize) -> &'static TieredRegex {
    PROMPT_REGEXES[index]
        .get_or_init(|| nfa_regex(PROMPT_RULES[index].1).expect("prompt regexes compile"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prebuilt_prompt_gates_match_like_the_relaxed_patterns() {
        use crate::patterns::prompts::PROMPTS;
        for (index, (_, pattern, _)) in PROMPT_RULES.iter().enumerate() {
            assert_eq!(*pattern, PROMPTS[index], "rule {index}");
        }
        let gates: Vec<String> = PROMPTS
            .iter()
            .map(|pattern| crate::matchers::regexes::relaxed(pattern).unwrap())
            .collect();
        let set = regex::RegexSet::new(&gates).unwrap();
        let lines = [
            "Read more: How sawmills adapt to the downturn",
            "» Lesen Sie auch: Der neue Plan",
            "Sign up for our newsletter",
            "Get the best stories in your inbox every morning",
            "Subscribe now to continue reading",
            "Follow us on Twitter",
            "We use cookies to improve your experience.",
            "WE USE COOKIES",
            "We use cookies, she said",
            "ORDER REPRINTS",
            "Listen: https://example.com/episode",
            "https://example.com/a/b",
            "Pour lire la suite de cet article",
            "This article is only available to subscribers",
            "Already a subscriber? Log in",
            "Related: the council's budget",
            "ſign up for the ſtory's newsletter",
            "The council approved the budget on Monday.",
            "",
            "  *  Read also › Another story",
        ];
        for line in lines {
            let matched = set.matches(line);
            let expected = (0..PROMPTS.len())
                .filter(|&i| matched.matched(i))
                .fold(0u64, |bits, i| bits | 1 << i);
            assert_eq!(PROMPT_GATES.matches(line), expected, "{line:?}");
            assert_eq!(PROMPT_GATES.is_match(line), set.is_match(line), "{line:?}");
        }
    }
}
