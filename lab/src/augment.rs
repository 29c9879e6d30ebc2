//! Injected pages: synthetic training pages that teach the model what a stray line looks like
//! inside a clean article.
//!
//! An extracted article (`trafilatura` input) rarely holds noise, so the benchmark pages alone
//! teach the model that almost every line of an article is content, and it leaves the page
//! chrome, other stories' headlines and footers that an extractor did leave in. Each injected
//! page is one page's extracted article without its noise lines (its body, labels kept), with
//! three to eight noise lines of *other sites* set into it, each as its own paragraph, at the
//! top, at the end or between two paragraphs; the injected lines are labelled noise.
//!
//! Noise lines are the lines labelled noise (see [`crate::label`]) of both inputs of every page,
//! of at most [`MAX_WORDS`] words (longer ones are mostly readers' comments and other stories'
//! paragraphs, which read as prose and would teach the model that prose is noise), that no
//! standing rule removes. They are drawn from pages of the **same fold** as the body, so a
//! cross-validation fold's model never sees a line of its test fold this way. Deterministic: the
//! draws come from a generator seeded by the page's id.

use std::collections::HashSet;

use rayon::prelude::*;

use deboiler::__internals::model::verdict_stands;
use deboiler::Cleaner;
use deboiler::Document;

use crate::bench::{Input, Kind, PageSet, Record};
use crate::dataset::{judged_page, merge, Dataset};
use crate::folds::{fnv1a, fold_of};
use crate::label::{label_record, Label, Labelled};
use crate::train::Rng;

/// Longest noise line (in whitespace-separated words) that is injected.
pub const MAX_WORDS: usize = 30;
/// Fewest lines a body needs.
pub const MIN_BODY_LINES: usize = 3;

/// What one page gives: its extracted article's body and its noise lines.
struct Source {
    kind: Kind,
    fold: u8,
    site: String,
    id: String,
    /// The body's lines in order (blank lines included, runs of them as one) with their labels.
    body: Vec<(String, Option<Labelled>)>,
    noise: Vec<String>,
}

fn source(cleaner: &Cleaner, set: &PageSet, record: &Record, folds: usize) -> Source {
    let mut body: Vec<(String, Option<Labelled>)> = Vec::new();
    let mut noise = Vec::new();
    for input in Input::BOTH {
        let doc = Document::parse(record.input(input));
        let inputs = cleaner.model_inputs(&doc);
        let labels = label_record(set.kind, record, &inputs.lines);
        for (i, line) in inputs.lines.iter().enumerate() {
            let is_noise = labels[i].is_some_and(|l| l.label == Label::Noise);
            if line.is_empty() {
                if input == Input::Trafilatura && body.last().is_some_and(|(l, _)| !l.is_empty()) {
                    body.push((String::new(), None));
                }
                continue;
            }
            if verdict_stands(inputs.verdicts[i]) {
                continue;
            }
            if is_noise {
                if line.split_whitespace().count() <= MAX_WORDS {
                    noise.push(line.trim().to_string());
                }
            } else if input == Input::Trafilatura {
                body.push((line.to_string(), labels[i]));
            }
        }
    }
    Source {
        kind: set.kind,
        fold: fold_of(&record.site(), folds) as u8,
        site: record.site(),
        id: format!("{}:{}", set.name, record.id),
        body,
        noise,
    }
}

/// One injected page per page of `sets` whose body has at least [`MIN_BODY_LINES`] lines, each
/// weighing `weight` times its data set's weight.
pub fn pages(
    cleaner: &Cleaner,
    sets: &[PageSet],
    folds: usize,
    weight: impl Fn(Kind) -> f32 + Sync,
) -> Dataset {
    let sources: Vec<Source> = sets
        .iter()
        .flat_map(|set| set.records.iter().map(move |record| (set, record)))
        .collect::<Vec<_>>()
        .par_iter()
        .map(|&(set, record)| source(cleaner, set, record, folds))
        .collect();
    // Each fold's noise lines, once each, with the site they came from.
    let mut pools: Vec<Vec<(&str, &str)>> = vec![Vec::new(); folds.max(1)];
    let mut seen = HashSet::new();
    for source in &sources {
        for line in &source.noise {
            if seen.insert((source.fold, line.as_str())) {
                pools[usize::from(source.fold)].push((source.site.as_str(), line.as_str()));
            }
        }
    }
    let parts: Vec<Dataset> = sources
        .par_iter()
        .filter_map(|source| {
            let lines = inject(source, &pools[usize::from(source.fold)])?;
            let text = lines
                .iter()
                .map(|(line, _)| line.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let labels: Vec<Option<Labelled>> = lines.iter().map(|&(_, label)| label).collect();
            Some(judged_page(
                cleaner,
                source.kind,
                Input::Trafilatura,
                &text,
                |parsed| {
                    assert_eq!(parsed.len(), labels.len(), "one parsed line per line");
                    labels
                },
                source.fold,
                weight(source.kind),
            ))
        })
        .collect();
    merge(parts)
}

/// The body of `source` with noise lines of other sites from `pool` set into it, or `None` when
/// the body is too short or the pool has nothing to give.
fn inject(source: &Source, pool: &[(&str, &str)]) -> Option<Vec<(String, Option<Labelled>)>> {
    let lines = source
        .body
        .iter()
        .filter(|(line, _)| !line.is_empty())
        .count();
    if lines < MIN_BODY_LINES || pool.is_empty() {
        return None;
    }
    let mut rng = Rng::new(fnv1a(source.id.as_bytes()));
    let mut body: Vec<(String, Option<Labelled>)> = source
        .body
        .iter()
        .skip_while(|(line, _)| line.is_empty())
        .cloned()
        .collect();
    while body.last().is_some_and(|(line, _)| line.is_empty()) {
        body.pop();
    }
    let paragraphs = body.iter().any(|(line, _)| line.is_empty());
    let count = 3 + rng.below(6);
    let noise = Labelled {
        label: Label::Noise,
        why: "injected",
    };
    for _ in 0..count {
        let Some(line) = (0..16)
            .map(|_| pool[rng.below(pool.len())])
            .find(|(site, _)| *site != source.site)
            .map(|(_, line)| line.to_string())
        else {
            continue;
        };
        // Where: a paragraph boundary (or, in a text without blank lines, a line boundary),
        // the top and the end twice as likely as any one boundary in the middle.
        let boundaries: Vec<usize> = (1..body.len())
            .filter(|&i| !paragraphs || body[i - 1].0.is_empty())
            .collect();
        let at = match rng.below(5) {
            0 | 1 => 0,
            2 | 3 => body.len(),
            _ if boundaries.is_empty() => body.len(),
            _ => boundaries[rng.below(boundaries.len())],
        };
        let mut insert = vec![(line, Some(noise))];
        if paragraphs {
            if at == body.len() {
                insert.insert(0, (String::new(), None));
            } else {
                insert.push((String::new(), None));
            }
        }
        body.splice(at..at, insert);
    }
    Some(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(site: &str, paragraphs: bool) -> Source {
        let content = Labelled {
            label: Label::Content,
            why: "test",
        };
        let mut body = Vec::new();
        for i in 0..6 {
            if paragraphs && i > 0 {
                body.push((String::new(), None));
            }
            body.push((format!("Sentence {i} of the article."), Some(content)));
        }
        Source {
            kind: Kind::Sh,
            fold: 0,
            site: site.to_string(),
            id: format!("sh:{site}"),
            body,
            noise: Vec::new(),
        }
    }

    #[test]
    fn injects_other_sites_lines_as_paragraphs_and_keeps_the_body_in_order() {
        let pool = [
            ("a.example", "Own site's menu"),
            ("b.example", "Sign in"),
            ("c.example", "Pop star cancels world tour"),
        ];
        let page = source("a.example", true);
        let lines = inject(&page, &pool).expect("a body of six lines");
        assert_eq!(lines, inject(&page, &pool).unwrap(), "deterministic");
        let injected: Vec<&str> = lines
            .iter()
            .filter(|(_, label)| label.is_some_and(|l| l.why == "injected"))
            .map(|(line, _)| line.as_str())
            .collect();
        assert!((3..=8).contains(&injected.len()), "{injected:?}");
        assert!(!injected.contains(&"Own site's menu"));
        let body: Vec<&str> = lines
            .iter()
            .filter(|(line, label)| !line.is_empty() && label.is_some_and(|l| l.why == "test"))
            .map(|(line, _)| line.as_str())
            .collect();
        let original: Vec<&str> = page
            .body
            .iter()
            .filter(|(line, _)| !line.is_empty())
            .map(|(line, _)| line.as_str())
            .collect();
        assert_eq!(body, original);
        // Each injected line is a paragraph of its own.
        for (at, (line, label)) in lines.iter().enumerate() {
            if label.is_some_and(|l| l.why == "injected") {
                let blank = |i: Option<usize>| {
                    i.and_then(|i| lines.get(i))
                        .is_none_or(|(l, _)| l.is_empty())
                };
                assert!(
                    blank(at.checked_sub(1)) && blank(Some(at + 1)),
                    "{line:?} in {lines:?}"
                );
            }
        }
        // Too short a body, or nothing to draw: no page.
        let mut short = source("a.example", false);
        short.body.truncate(2);
        assert!(inject(&short, &pool).is_none());
        assert!(inject(&page, &[]).is_none());
    }
}
