//! `--site-boilerplate`: site mode measured on the pages of hosts with several pages.
//!
//! For each page set and input field, the pages are grouped by host ([`Record::site`]) and a
//! site profile is counted from the set's own pages of that input (a profile is built from the
//! same kind of text it cleans: dumps for dumps, extractions for extractions). The pages of hosts
//! with at least 3 (and at least 2) pages are then scored by six systems: deboiler with and
//! without site mode, the site filter alone, identity, and the naive baseline (drop the
//! lines on at least half of a host's pages and at least 2) applied to deboiler's and to the
//! identity output.
//!
//! `--site-cv` tunes the rule ([`SiteRule`]) in site-grouped cross-validation: the hosts are
//! split into folds ([`folds::fold_of`]); for each fold the rule is chosen on the other folds'
//! pages (best mean F1 over the inputs among the rules whose recall drops by at most
//! [`RECALL_SLACK`] on every input, the best mean F1 if none) and scored on the fold's pages.

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::Result;
use rayon::prelude::*;

use deboiler::{Cleaner, SiteProfile, SiteRule};
use deboiler_lab::bench::{Input, Kind, PageSet, Record};
use deboiler_lab::folds;
use deboiler_lab::metrics::{sh_score, ShCounts, TfCounts};

use super::{print_table, score, scored_sets, DocScore, Row};

/// The recall a tuned rule may lose against deboiler without site mode (the bound).
pub const RECALL_SLACK: f64 = 0.003;
const FOLDS: usize = 5;

/// The profile of one page set and input: every page counted under its host.
fn profile_of(records: &[Record], input: Input) -> SiteProfile {
    SiteProfile::build(records.iter().map(|r| (r.site(), r.input(input))))
}

/// Pages per host in the whole file.
fn host_sizes(records: &[Record]) -> HashMap<String, usize> {
    let mut sizes = HashMap::new();
    for record in records {
        *sizes.entry(record.site()).or_insert(0) += 1;
    }
    sizes
}

/// The naive baseline of the issue: drops the lines of `text` that occur on at least half of
/// the host's pages and on at least 2.
fn naive(profile: &SiteProfile, site: &str, text: &str) -> String {
    let Some(group) = profile.group(site) else {
        return text.to_string();
    };
    let pages = group.pages();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let count = group.pages_with(line).unwrap_or(0);
        if !(count >= 2 && 2 * count >= pages) {
            out.push_str(line);
        }
    }
    out
}

pub fn report(cleaner: &Cleaner, pages: PageSet, inputs: &[Input], cv: bool) -> Result<()> {
    let sizes = host_sizes(&pages.records);
    let profiles: Vec<(Input, SiteProfile)> = inputs
        .iter()
        .map(|&input| (input, profile_of(&pages.records, input)))
        .collect();
    let multi = sizes.values().filter(|&&n| n >= 3).count();
    println!(
        "\n{} · site mode · {} hosts with 3 or more pages ({} pages)",
        pages.name,
        multi,
        sizes.values().filter(|&&n| n >= 3).sum::<usize>()
    );
    let all_records = pages.records.clone();
    for set in scored_sets(pages) {
        for (input, profile) in &profiles {
            let site_cleaner = cleaner.clone().with_site_profile(profile.clone());
            let site_only = Cleaner::default()
                .only(&["site-boilerplate"])?
                .with_site_profile(profile.clone());
            for min_pages in [3, 2] {
                let records: Vec<&Record> = set
                    .records
                    .iter()
                    .filter(|r| sizes[&r.site()] >= min_pages)
                    .collect();
                if records.is_empty() {
                    continue;
                }
                println!(
                    "\n{} · {} · pages of hosts with ≥{min_pages} pages · {} docs",
                    set.name,
                    input.name(),
                    records.len()
                );
                let outputs: Vec<[String; 4]> = records
                    .par_iter()
                    .map(|r| {
                        let text = r.input(*input);
                        let site = r.site();
                        [
                            cleaner.clean(text).text,
                            site_cleaner.clean_in_group(text, Some(&site)).text,
                            site_only.clean_in_group(text, Some(&site)).text,
                            text.to_string(),
                        ]
                    })
                    .collect();
                let column =
                    |name: &'static str, f: &dyn Fn(&Record, &[String; 4]) -> String| Row {
                        name,
                        scores: records
                            .iter()
                            .zip(&outputs)
                            .map(|(r, o)| score(set.kind, r, &f(r, o)))
                            .collect(),
                    };
                let rows = [
                    column("deboiler", &|_, o| o[0].clone()),
                    column("deb+site", &|_, o| o[1].clone()),
                    column("deb+naive", &|r, o| naive(profile, &r.site(), &o[0])),
                    column("identity", &|_, o| o[3].clone()),
                    column("site only", &|_, o| o[2].clone()),
                    column("id+naive", &|r, o| naive(profile, &r.site(), &o[3])),
                ];
                print_table(set.kind, &rows);
            }
        }
    }
    if cv {
        cross_validate(cleaner, &all_records, &profiles, &sizes)?;
    }
    Ok(())
}

/// Precision, recall and F1 of a set of per-document scores, by the set's own metric.
fn aggregate(scores: &[&DocScore]) -> (f64, f64, f64) {
    match scores.first() {
        Some(DocScore::Tf(_)) => {
            let mut c = TfCounts::default();
            for s in scores {
                if let DocScore::Tf(counts) = s {
                    c += *counts;
                }
            }
            (c.precision(), c.recall(), c.f1())
        }
        _ => {
            let counts: Vec<ShCounts> = scores
                .iter()
                .filter_map(|s| match s {
                    DocScore::Sh(c) => Some(*c),
                    DocScore::Tf(_) => None,
                })
                .collect();
            let s = sh_score(&counts);
            (s.precision, s.recall, s.f1)
        }
    }
}

/// The rules tried in cross-validation: the share and page count of the rule, the copy guard
/// on or off, and the size of the template block that ends a dump's main-content region.
fn grid() -> Vec<SiteRule> {
    let mut rules = Vec::new();
    for min_pages in [2, 3] {
        for min_share in [0.2, 0.3, 0.5] {
            for copy_share in [-1.0, 0.1] {
                for region_break in [0, 4, 5, 6] {
                    rules.push(SiteRule {
                        min_pages,
                        min_share,
                        copy_share,
                        region_break,
                        ..SiteRule::default()
                    });
                }
            }
        }
    }
    rules
}

fn cross_validate(
    cleaner: &Cleaner,
    records: &[Record],
    profiles: &[(Input, SiteProfile)],
    sizes: &HashMap<String, usize>,
) -> Result<()> {
    let kind = records.first().map(|r| r.kind()).transpose()?;
    let records: Vec<&Record> = records
        .iter()
        .filter(|r| r.human_gold() && sizes[&r.site()] >= 3)
        .collect();
    let rules = grid();
    println!(
        "\nsite-grouped cross-validation · {FOLDS} folds · {} pages of hosts with ≥3 pages · {} rules",
        records.len(),
        rules.len()
    );
    // scores[input][rule + 1][doc]; index 0 is deboiler without site mode.
    let mut scores: Vec<Vec<Vec<DocScore>>> = Vec::new();
    for (input, profile) in profiles {
        let site_cleaner = cleaner.clone().with_site_profile(profile.clone());
        let mut per_rule = vec![records
            .par_iter()
            .map(|r| {
                score(
                    kind.unwrap_or(Kind::Ce),
                    r,
                    &cleaner.clean(r.input(*input)).text,
                )
            })
            .collect::<Vec<_>>()];
        for rule in &rules {
            let ruled = site_cleaner.clone().site_rule(*rule);
            per_rule.push(
                records
                    .par_iter()
                    .map(|r| {
                        let text = ruled.clean_in_group(r.input(*input), Some(&r.site())).text;
                        score(kind.unwrap_or(Kind::Ce), r, &text)
                    })
                    .collect(),
            );
        }
        scores.push(per_rule);
    }
    let fold_of: Vec<usize> = records
        .iter()
        .map(|r| folds::fold_of(&r.site(), FOLDS))
        .collect();
    let figures = |input: usize, rule: usize, docs: &dyn Fn(usize) -> bool| {
        let chosen: Vec<&DocScore> = scores[input][rule]
            .iter()
            .enumerate()
            .filter(|(d, _)| docs(*d))
            .map(|(_, s)| s)
            .collect();
        aggregate(&chosen)
    };
    // The rule with the best mean F1 over the inputs on the pages `in_training` accepts, among
    // the rules whose recall on dumps drops by at most RECALL_SLACK (pooled, or on each training
    // fold when `per_fold`), as the target bounds it; the best mean F1 when none does.
    let pick = |in_training: &dyn Fn(usize) -> bool, per_fold: bool| -> usize {
        let groups: Vec<Vec<usize>> = if per_fold {
            (0..FOLDS)
                .map(|f| {
                    (0..records.len())
                        .filter(|&d| in_training(d) && fold_of[d] == f)
                        .collect()
                })
                .filter(|docs: &Vec<usize>| !docs.is_empty())
                .collect()
        } else {
            vec![(0..records.len()).filter(|&d| in_training(d)).collect()]
        };
        let recall = |input: usize, rule: usize, docs: &[usize]| {
            figures(input, rule, &|d| docs.contains(&d)).1
        };
        let mut best: Option<(bool, f64, usize)> = None;
        for rule in 1..=rules.len() {
            let bounded = profiles
                .iter()
                .enumerate()
                .filter(|(_, (input, _))| *input == Input::Dump);
            let feasible = bounded.map(|(i, _)| i).all(|input| {
                groups
                    .iter()
                    .all(|docs| recall(input, rule, docs) >= recall(input, 0, docs) - RECALL_SLACK)
            });
            let f1 = (0..profiles.len())
                .map(|input| figures(input, rule, in_training).2)
                .sum::<f64>()
                / profiles.len() as f64;
            if best.is_none_or(|(bf, bf1, _)| (feasible, f1) > (bf, bf1)) {
                best = Some((feasible, f1, rule));
            }
        }
        best.map_or(0, |(_, _, rule)| rule)
    };
    println!("\nevery rule on all pages (P R F1 per input), and recall/F1 of dumps per fold");
    for rule in 0..=rules.len() {
        let mut line = String::new();
        for input in 0..profiles.len() {
            let (p, r, f) = figures(input, rule, &|_| true);
            let _ = write!(line, "{p:.3} {r:.3} {f:.3} | ");
        }
        if let Some(dump) = profiles.iter().position(|(input, _)| *input == Input::Dump) {
            for fold in 0..FOLDS {
                let (_, r, f) = figures(dump, rule, &|d| fold_of[d] == fold);
                let _ = write!(line, "{r:.3}/{f:.3} ");
            }
        }
        let name = if rule == 0 {
            "without site mode".to_string()
        } else {
            format!("{:?}", rules[rule - 1])
        };
        println!("{line}| {name}");
    }
    for per_fold in [false, true] {
        println!(
            "\nrecall bound checked {}",
            if per_fold {
                "on each training fold"
            } else {
                "on the training pages pooled"
            }
        );
        let mut held_out: Vec<usize> = vec![0; records.len()];
        for fold in 0..FOLDS {
            let rule = pick(&|d| fold_of[d] != fold, per_fold);
            let pages = fold_of.iter().filter(|&&f| f == fold).count();
            println!(
                "fold {fold}: {pages} pages, rule chosen on the others: {:?}",
                rules[rule - 1]
            );
            for (d, &f) in fold_of.iter().enumerate() {
                if f == fold {
                    held_out[d] = rule;
                }
            }
        }
        let on_all = pick(&|_| true, per_fold);
        for (i, (input, _)) in profiles.iter().enumerate() {
            let without: Vec<&DocScore> = scores[i][0].iter().collect();
            let cv: Vec<&DocScore> = held_out
                .iter()
                .enumerate()
                .map(|(d, &rule)| &scores[i][rule][d])
                .collect();
            let dev: Vec<&DocScore> = scores[i][on_all].iter().collect();
            for (name, docs) in [
                ("without site mode", without),
                ("cross-validated", cv),
                ("rule chosen on all (dev)", dev),
            ] {
                let (p, r, f) = aggregate(&docs);
                println!(
                    "{:<12} {name:<26} P {p:.3} R {r:.3} F1 {f:.3}",
                    input.name()
                );
            }
        }
        println!("rule chosen on all pages: {:?}", rules[on_all - 1]);
    }
    Ok(())
}
