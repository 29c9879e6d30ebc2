//! The noise test (`noise-dev.jsonl`): real noise lines injected into clean article bodies.
//!
//! Metric of the data README: every line whitespace-normalised (runs of whitespace to one
//! space, trimmed), blank lines ignored, output and case compared as multisets. A body line
//! missing from the output is lost; an injected line absent from what is left of the output
//! after the body's own copies are taken was removed. Recall is over injected lines, loss over
//! body lines, and a case is exact when the output's lines are the body's lines.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context as _, Result};
use serde::Deserialize;

use crate::bench::read_file;
use crate::metrics::collapse_ws;

#[derive(Deserialize, Debug, Clone)]
pub struct Injected {
    pub text: String,
    pub category: String,
    #[serde(default)]
    pub pos: String,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Case {
    pub case: usize,
    #[serde(default)]
    pub url: String,
    pub input: String,
    pub injected: Vec<Injected>,
    pub gold_lines: Vec<String>,
}

pub fn load(path: &Path) -> Result<Vec<Case>> {
    read_file(path)?
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: bad case", path.display(), index + 1))
        })
        .collect()
}

/// Counts of one or more cases.
#[derive(Debug, Clone, Default)]
pub struct NoiseCounts {
    /// Per category: (removed, injected).
    pub categories: BTreeMap<String, (usize, usize)>,
    pub body_lines: usize,
    pub lost: usize,
    pub cases: usize,
    pub exact: usize,
}

impl NoiseCounts {
    pub fn add(&mut self, other: &NoiseCounts) {
        for (category, (removed, injected)) in &other.categories {
            let entry = self.categories.entry(category.clone()).or_default();
            entry.0 += removed;
            entry.1 += injected;
        }
        self.body_lines += other.body_lines;
        self.lost += other.lost;
        self.cases += other.cases;
        self.exact += other.exact;
    }

    pub fn recall(&self) -> f64 {
        let (removed, injected) = self
            .categories
            .values()
            .fold((0, 0), |(r, i), (cr, ci)| (r + cr, i + ci));
        removed as f64 / injected.max(1) as f64
    }

    pub fn category_recall(&self, category: &str) -> Option<f64> {
        let (removed, injected) = self.categories.get(category)?;
        Some(*removed as f64 / (*injected).max(1) as f64)
    }

    pub fn loss(&self) -> f64 {
        self.lost as f64 / self.body_lines.max(1) as f64
    }

    pub fn exact_share(&self) -> f64 {
        self.exact as f64 / self.cases.max(1) as f64
    }
}

fn multiset<'a>(lines: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for line in lines {
        let line = collapse_ws(line);
        if !line.is_empty() {
            *counts.entry(line).or_insert(0) += 1;
        }
    }
    counts
}

/// Scores one output against its case.
pub fn score(case: &Case, output: &str) -> NoiseCounts {
    let mut left = multiset(output.lines());
    let mut counts = NoiseCounts {
        cases: 1,
        ..NoiseCounts::default()
    };
    let body = multiset(case.gold_lines.iter().map(String::as_str));
    let mut exact = true;
    for (line, &wanted) in &body {
        counts.body_lines += wanted;
        let have = left.get(line).copied().unwrap_or(0);
        counts.lost += wanted.saturating_sub(have);
        exact &= have == wanted;
        if have > 0 {
            left.insert(line.clone(), have - wanted.min(have));
        }
    }
    exact &= left.values().all(|&count| count == 0);
    for injected in &case.injected {
        let line = collapse_ws(&injected.text);
        let entry = counts
            .categories
            .entry(injected.category.clone())
            .or_default();
        entry.1 += 1;
        match left.get_mut(&line) {
            Some(count) if *count > 0 => *count -= 1,
            _ => entry.0 += 1,
        }
    }
    counts.exact = usize::from(exact);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        Case {
            case: 0,
            url: String::new(),
            input: String::new(),
            injected: vec![
                Injected {
                    text: "© 2020 Site".into(),
                    category: "copyright".into(),
                    pos: "end".into(),
                },
                Injected {
                    text: "Share  this".into(),
                    category: "chrome".into(),
                    pos: "mid".into(),
                },
            ],
            gold_lines: vec!["Body one.".into(), "".into(), "Body two.".into()],
        }
    }

    #[test]
    fn removed_noise_lost_body_and_exact_cases() {
        let all = score(&case(), "Body one.\n\nBody two.\n");
        assert_eq!((all.recall(), all.lost, all.exact), (1.0, 0, 1));
        let kept_noise = score(&case(), "Body one.\nShare this\nBody two.\n© 2020 Site\n");
        assert_eq!(kept_noise.recall(), 0.0);
        assert_eq!(kept_noise.exact, 0);
        let identity = score(&case(), "Body one.\n© 2020 Site\nShare this\nBody two.\n");
        assert_eq!((identity.recall(), identity.exact), (0.0, 0));
        let lost = score(&case(), "Body two.\n  Share   this \n");
        assert_eq!(lost.lost, 1);
        assert_eq!(lost.category_recall("copyright"), Some(1.0));
        assert_eq!(lost.category_recall("chrome"), Some(0.0));
        assert_eq!(lost.body_lines, 2);
    }

    #[test]
    fn a_noise_line_equal_to_a_body_line_counts_only_its_extra_copy() {
        let mut case = case();
        case.injected[1].text = "Body one.".into();
        assert_eq!(score(&case, "Body one.\nBody two.\n").recall(), 1.0);
        let twice = score(&case, "Body one.\nBody one.\nBody two.\n");
        assert_eq!(twice.category_recall("chrome"), Some(0.0));
    }
}
