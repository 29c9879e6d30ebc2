//! Quality benchmark: measures how much closer to the article deboiler brings scraped text.
//!
//! ```text
//! cargo run --release --example quality -- ../shared/bench/sh-dev.jsonl \
//!     ../shared/bench/tf-dev.jsonl ../shared/bench/ce-dev.jsonl.gz ../shared/bench/noise-dev.jsonl
//! cargo run --release --example quality -- ../shared/bench/sh-dev.jsonl --input dump \
//!     --worst 10 --worst-out /tmp/worst
//! cargo run --release --example quality -- ../shared/bench/ce-dev.jsonl.gz --site-boilerplate \
//!     --site-cv
//! ```
//!
//! Each data file is JSON Lines (gzip allowed); its kind comes from the fields: `gold` → the
//! shingle metric (sh; ce when it has `gold_kind`, scored apart for human and Readability
//! golds), `with`/`without` → the snippet metric (tf), `injected` → the noise test. See
//! `lab/src/metrics.rs`, `lab/src/noise.rs` and the data README for the exact definitions. For
//! every input field (`dump`, `trafilatura`) a table compares three systems: `identity` (input
//! unchanged), `c4` (the C4 line filter baseline) and `deboiler` (`Cleaner::default()`, minus
//! any `--disable`d filters). `--site-boilerplate` measures site mode instead (see `site.rs`).

mod site;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use clap::{Parser, ValueEnum};

use std::sync::Arc;

use deboiler::__internals::model::LineModel;
use deboiler::{Cleaned, Cleaner};
use deboiler_lab::bench::{self, Input, Kind, PageSet, Record};
use deboiler_lab::cv::{self, fold_texts};
use deboiler_lab::dataset;
use deboiler_lab::folds::fold_of;
use deboiler_lab::metrics::{self, c4_filter, sh_score, tf_check, GoldIndex, ShCounts, TfCounts};
use deboiler_lab::noise::{self, NoiseCounts};
use deboiler_lab::settings::{TrainingArgs, FOLDS};

#[derive(Parser)]
#[command(about = "Scores identity, the C4 line filter and deboiler on benchmark JSONL files")]
struct Args {
    /// Benchmark files (JSON Lines, optionally gzip); the kind is detected from the fields.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Which input field to clean.
    #[arg(long, value_enum, default_value_t = InputArg::Both)]
    input: InputArg,
    /// Write the N documents deboiler scores worst on (per file and input) to --worst-out.
    #[arg(long, value_name = "N", default_value_t = 0, requires = "worst_out")]
    worst: usize,
    /// Directory for --worst reports; one subdirectory per file and input.
    #[arg(long, value_name = "DIR")]
    worst_out: Option<PathBuf>,
    /// Also write every document's score per system as TSV to this file (for diffing runs):
    /// `score` is the per-document F1 (sh) or the error count FP+FN (tf), then raw counts.
    #[arg(long, value_name = "FILE")]
    per_doc: Option<PathBuf>,
    /// Run deboiler without this filter (repeatable), for ablations.
    #[arg(long, value_name = "FILTER")]
    disable: Vec<String>,
    /// Also score the line model in site-grouped cross-validation with this many folds: a
    /// model per fold, trained on the page files given (pooled) without the fold's sites.
    #[arg(long, value_name = "FOLDS", default_value_t = 0)]
    cv: usize,
    /// Also score the labelling: keep the lines not labelled noise (an upper bound for a model
    /// trained on those labels).
    #[arg(long)]
    oracle: bool,
    /// Replace the embedded model by one trained here on all the page files given.
    #[arg(long)]
    retrain: bool,
    /// Write the model trained with `--retrain` to this file.
    #[arg(long, value_name = "FILE", requires = "retrain")]
    save_model: Option<PathBuf>,
    /// Measure site mode on the pages of hosts with several pages (see `site.rs`) instead of
    /// the usual tables.
    #[arg(long)]
    site_boilerplate: bool,
    /// With --site-boilerplate: tune the site rule in site-grouped cross-validation.
    #[arg(long, requires = "site_boilerplate")]
    site_cv: bool,
    #[command(flatten)]
    training: TrainingArgs,
}

/// The cleaners under test: the default one, and with `--cv` one per fold.
struct Systems {
    cleaner: Cleaner,
    folds: Vec<Cleaner>,
}

impl Systems {
    fn fold_cleaner(&self, url: &str, id: &str) -> Option<&Cleaner> {
        if self.folds.is_empty() {
            return None;
        }
        let site = bench::host(url).unwrap_or_else(|| format!("page:{id}"));
        Some(&self.folds[fold_of(&site, self.folds.len())])
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputArg {
    Dump,
    Trafilatura,
    Both,
}

/// Per-document result of one system.
#[derive(Clone, Copy)]
enum DocScore {
    Sh(ShCounts),
    Tf(TfCounts),
}

fn score(kind: Kind, record: &Record, output: &str) -> DocScore {
    match kind {
        Kind::Sh | Kind::Ce => DocScore::Sh(ShCounts::compare(
            output,
            record.gold.as_deref().unwrap_or(""),
        )),
        Kind::Tf => DocScore::Tf(
            tf_check(
                output,
                record.with.as_deref().unwrap_or(&[]),
                record.without.as_deref().unwrap_or(&[]),
            )
            .counts,
        ),
    }
}

/// How bad one document is for the worst list: lower is worse.
fn badness_key(score: &DocScore) -> f64 {
    match score {
        DocScore::Sh(counts) => counts.f1(),
        DocScore::Tf(counts) => -(counts.errors() as f64),
    }
}

fn describe(score: &DocScore) -> String {
    match score {
        DocScore::Sh(c) => format!(
            "F1 {:.3} (P {} R {}; shingles tp {} fp {} fn {})",
            c.f1(),
            opt3(c.precision()),
            opt3(c.recall()),
            c.tp,
            c.fp,
            c.fn_
        ),
        DocScore::Tf(c) => format!(
            "errors {} (FP {} FN {}; TP {} TN {})",
            c.errors(),
            c.fp,
            c.fn_,
            c.tp,
            c.tn
        ),
    }
}

fn opt3(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

/// One row of a table.
struct Row {
    name: &'static str,
    scores: Vec<DocScore>,
}

/// The lines of `text` that the labelling does not call noise.
fn oracle_text(kind: Kind, record: &Record, text: &str) -> String {
    let doc = deboiler::Document::parse(text);
    let lines: Vec<&str> = doc.lines().map(|l| l.text).collect();
    let labels = deboiler_lab::label::label_record(kind, record, &lines);
    let mut out = String::new();
    for (line, label) in lines.iter().zip(labels) {
        if label.is_none_or(|l| l.label == deboiler_lab::label::Label::Content) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// F1 per source data set of the ce pages, for each system.
fn print_by_dataset(records: &[Record], rows: &[Row]) {
    let mut datasets: Vec<&str> = records
        .iter()
        .filter_map(|r| r.dataset.as_deref())
        .collect();
    datasets.sort();
    datasets.dedup();
    let mut line = format!("{:<10}", "F1 by set");
    for dataset in &datasets {
        let n = records
            .iter()
            .filter(|r| r.dataset.as_deref() == Some(dataset))
            .count();
        let _ = write!(
            line,
            " {:>14}",
            format!("{}({n})", &dataset[..dataset.len().min(9)])
        );
    }
    println!("{line}");
    for row in rows {
        let mut line = format!("{:<10}", row.name);
        for dataset in &datasets {
            let counts: Vec<ShCounts> = records
                .iter()
                .zip(&row.scores)
                .filter(|(r, _)| r.dataset.as_deref() == Some(dataset))
                .filter_map(|(_, s)| match s {
                    DocScore::Sh(c) => Some(*c),
                    DocScore::Tf(_) => None,
                })
                .collect();
            let _ = write!(line, " {:>14.3}", sh_score(&counts).f1);
        }
        println!("{line}");
    }
}

fn print_table(kind: Kind, rows: &[Row]) {
    match kind {
        Kind::Sh | Kind::Ce => {
            println!("{:<10} {:>6} {:>6} {:>6}", "system", "P", "R", "F1");
            for row in rows {
                let counts: Vec<ShCounts> = row
                    .scores
                    .iter()
                    .map(|s| match s {
                        DocScore::Sh(c) => *c,
                        DocScore::Tf(_) => unreachable!("sh table"),
                    })
                    .collect();
                let s = sh_score(&counts);
                println!(
                    "{:<10} {:>6.3} {:>6.3} {:>6.3}",
                    row.name, s.precision, s.recall, s.f1
                );
            }
        }
        Kind::Tf => {
            println!(
                "{:<10} {:>6} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6} {:>6}",
                "system", "P", "R", "F1", "acc", "TP", "FP", "FN", "TN"
            );
            for row in rows {
                let mut c = TfCounts::default();
                for s in &row.scores {
                    match s {
                        DocScore::Tf(counts) => c += *counts,
                        DocScore::Sh(_) => unreachable!("tf table"),
                    }
                }
                println!(
                    "{:<10} {:>6.3} {:>6.3} {:>6.3} {:>6.3}   {:>6} {:>6} {:>6} {:>6}",
                    row.name,
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.accuracy(),
                    c.tp,
                    c.fp,
                    c.fn_,
                    c.tn
                );
            }
        }
    }
}

fn main() -> Result<()> {
    let args = Args::parse();
    let mut cleaner = Cleaner::default();
    for id in &args.disable {
        cleaner = cleaner.disable(id)?;
    }
    let inputs: &[Input] = match args.input {
        InputArg::Dump => &[Input::Dump],
        InputArg::Trafilatura => &[Input::Trafilatura],
        InputArg::Both => &Input::BOTH,
    };
    let mut pages = Vec::new();
    let mut noise_files = Vec::new();
    for path in &args.files {
        if bench::is_noise_file(path)? {
            noise_files.push(path);
        } else {
            pages.push(bench::load_pages(path)?);
        }
    }
    let thresholds = args.training.thresholds();
    let mut model: Option<LineModel> = None;
    let mut folds = Vec::new();
    if args.cv > 0 || args.retrain {
        let start = Instant::now();
        // Stacking needs folds even for the model trained on everything.
        let fold_count = if args.cv > 0 { args.cv } else { FOLDS };
        let data = dataset::build(&cleaner, &pages, fold_count, &args.training.weights());
        eprintln!(
            "{} judged lines, {} labelled ({} noise), in {:.1} s",
            data.examples.len(),
            data.examples.iter().filter(|e| e.noise.is_some()).count(),
            data.examples
                .iter()
                .filter(|e| e.noise == Some(true))
                .count(),
            start.elapsed().as_secs_f64()
        );
        let texts = fold_texts(&pages, fold_count);
        let setup = args.training.setup();
        let mut trained = cv::models(&data, &texts, &setup, args.cv > 0, args.retrain);
        if args.retrain {
            let all = (*trained.pop().expect("the model trained on all")).clone();
            if let Some(path) = &args.save_model {
                fs::write(path, all.to_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            model = Some(all);
        }
        folds = trained
            .into_iter()
            .map(|model| cleaner.clone().with_line_model(model))
            .collect();
        eprintln!("trained in {:.1} s", start.elapsed().as_secs_f64());
    }
    let model = match model {
        Some(model) => Some(model),
        None => match LineModel::try_embedded() {
            Ok(mut model) => {
                let untrained = model.untrained_filters();
                if !untrained.is_empty() {
                    eprintln!(
                        "warning: the embedded line model was trained without {}: it reads \
                         their lines as lines no rule removes (retrain it: `--example train`)",
                        untrained.join(", ")
                    );
                }
                model.thresholds = thresholds;
                Some(model)
            }
            Err(error) => {
                eprintln!(
                    "warning: {error}; the deboiler row runs without the line model \
                     (train it: `--example train`)"
                );
                None
            }
        },
    };
    let cleaner = match model {
        Some(model) => cleaner.with_line_model(Arc::new(model)),
        None => cleaner.disable("line-model")?,
    };
    if args.site_boilerplate {
        for set in pages {
            site::report(&cleaner, set, inputs, args.site_cv)?;
        }
        return Ok(());
    }
    let systems = Systems { cleaner, folds };
    let mut per_doc = String::from("file\tinput\tsystem\tid\tscore\ttp\tfp\tfn\ttn\n");
    for set in pages {
        for set in scored_sets(set) {
            for &input in inputs {
                run(&args, &systems, &set, input, &mut per_doc)?;
            }
        }
    }
    for path in noise_files {
        run_noise(&args, &systems, path)?;
    }
    if let Some(out) = &args.per_doc {
        fs::write(out, per_doc).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}

/// The page sets scored apart: ce's Readability pages (whose "gold" is another extractor's
/// output) are kept out of the human-gold figures.
fn scored_sets(set: PageSet) -> Vec<PageSet> {
    if set.kind != Kind::Ce {
        return vec![set];
    }
    let (human, readability): (Vec<Record>, Vec<Record>) =
        set.records.into_iter().partition(Record::human_gold);
    [(human, "human gold"), (readability, "readability gold")]
        .into_iter()
        .filter(|(records, _)| !records.is_empty())
        .map(|(records, label)| PageSet {
            name: format!("{} ({label})", set.name),
            kind: set.kind,
            records,
        })
        .collect()
}

/// The noise test: removed-noise recall (overall and per category), body-line loss and exact
/// cases, for the three systems.
fn run_noise(args: &Args, systems: &Systems, path: &Path) -> Result<()> {
    let cleaner = &systems.cleaner;
    let cases = noise::load(path)?;
    let disabled = if args.disable.is_empty() {
        String::new()
    } else {
        format!(" · deboiler without {}", args.disable.join(", "))
    };
    println!(
        "\n{} · {} cases · noise test{disabled}",
        bench::short_name(path),
        cases.len()
    );
    let rows: [(&str, &System); 4] = [
        ("identity", &|_, text: &str| text.to_string()),
        ("c4", &|_, text: &str| c4_filter(text)),
        ("deboiler", &|_, text: &str| cleaner.clean(text).text),
        ("cv", &|case: &noise::Case, text: &str| {
            systems
                .fold_cleaner(&case.url, &case.case.to_string())
                .map_or_else(String::new, |cleaner| cleaner.clean(text).text)
        }),
    ];
    let mut categories: Vec<String> = Vec::new();
    for case in &cases {
        for injected in &case.injected {
            if !categories.contains(&injected.category) {
                categories.push(injected.category.clone());
            }
        }
    }
    categories.sort();
    let mut head = format!(
        "{:<10} {:>6} {:>7} {:>6}",
        "system", "recall", "loss", "exact"
    );
    for category in &categories {
        let _ = write!(head, " {:>8}", abbreviate(category));
    }
    println!("{head}");
    for (name, system) in rows {
        if name == "cv" && systems.folds.is_empty() {
            continue;
        }
        let mut total = NoiseCounts::default();
        for case in &cases {
            total.add(&noise::score(case, &system(case, &case.input)));
        }
        let mut row = format!(
            "{name:<10} {:>6.3} {:>5.2}% {:>6.3}",
            total.recall(),
            total.loss() * 100.0,
            total.exact_share()
        );
        for category in &categories {
            let _ = write!(
                row,
                " {:>8.3}",
                total.category_recall(category).unwrap_or(f64::NAN)
            );
        }
        println!("{row}");
    }
    if let Some(dir) = &args.worst_out {
        let cleaner = systems
            .folds
            .is_empty()
            .then_some(cleaner)
            .into_iter()
            .collect::<Vec<_>>();
        let report = noise_report(&cases, |case| {
            cleaner.first().copied().map_or_else(
                || {
                    systems
                        .fold_cleaner(&case.url, &case.case.to_string())
                        .expect("folds")
                        .clean(&case.input)
                },
                |cleaner| cleaner.clean(&case.input),
            )
        });
        fs::create_dir_all(dir)?;
        let path = dir.join(format!("{}-report.txt", sanitize(&bench::short_name(path))));
        fs::write(&path, report)?;
        println!(
            "lost body lines and kept noise written to {}",
            path.display()
        );
    }
    Ok(())
}

/// Every lost body line (with the filter and reason that removed it) and every kept noise
/// line, case by case, of the cross-validated system if there is one, else deboiler's.
fn noise_report<'c>(
    cases: &'c [noise::Case],
    clean: impl Fn(&'c noise::Case) -> Cleaned<'c>,
) -> String {
    let mut out = String::new();
    for case in cases {
        let cleaned = clean(case);
        let mut owner: Vec<Option<(&str, &str)>> = vec![None; cleaned.doc.len()];
        for removal in &cleaned.removals {
            for index in removal.lines.clone() {
                owner[index] = Some((removal.filter, &removal.reason));
            }
        }
        let body: std::collections::HashSet<String> = case
            .gold_lines
            .iter()
            .map(|l| metrics::collapse_ws(l))
            .collect();
        let noise: std::collections::HashMap<String, &str> = case
            .injected
            .iter()
            .map(|i| (metrics::collapse_ws(&i.text), i.category.as_str()))
            .collect();
        let mut lines = String::new();
        for (index, line) in cleaned.doc.lines().enumerate() {
            let text = metrics::collapse_ws(line.text);
            if text.is_empty() {
                continue;
            }
            match (owner[index], body.contains(&text), noise.get(&text)) {
                (Some((filter, reason)), true, _) => {
                    let _ = writeln!(lines, "  LOST  {text}\n        {filter}: {reason}");
                }
                (None, false, Some(category)) => {
                    let _ = writeln!(lines, "  KEPT  [{category}] {text}");
                }
                _ => {}
            }
        }
        if !lines.is_empty() {
            let _ = writeln!(out, "case {} {}\n{lines}", case.case, case.url);
        }
    }
    out
}

/// A cleaner under test: input text to output text.
type System<'a> = dyn Fn(&noise::Case, &str) -> String + 'a;

/// A category's name cut to a table column.
fn abbreviate(category: &str) -> &str {
    &category[..category.len().min(8)]
}

fn run(
    args: &Args,
    systems: &Systems,
    set: &PageSet,
    input: Input,
    per_doc: &mut String,
) -> Result<()> {
    let (file, kind, records) = (&set.name, set.kind, &set.records[..]);
    let cleaner = &systems.cleaner;
    let metric = match kind {
        Kind::Sh | Kind::Ce => "shingle metric",
        Kind::Tf => "snippet metric",
    };
    let disabled = if args.disable.is_empty() {
        String::new()
    } else {
        format!(" · deboiler without {}", args.disable.join(", "))
    };
    println!(
        "\n{file} · {} · {} docs · {metric}{disabled}",
        input.name(),
        records.len()
    );

    let mut clean_time = Duration::ZERO;
    let mut identity = Vec::with_capacity(records.len());
    let mut c4 = Vec::with_capacity(records.len());
    let mut deboiler = Vec::with_capacity(records.len());
    let mut cv = Vec::new();
    let mut oracle = Vec::new();
    let mut removed_by: HashMap<&'static str, usize> = HashMap::new();
    let mut total_lines = 0usize;
    for record in records {
        let text = record.input(input);
        identity.push(score(kind, record, text));
        c4.push(score(kind, record, &c4_filter(text)));
        let start = Instant::now();
        let cleaned = cleaner.clean(text);
        clean_time += start.elapsed();
        total_lines += cleaned.doc.len();
        for removal in &cleaned.removals {
            *removed_by.entry(removal.filter).or_insert(0) += removal.lines.len();
        }
        deboiler.push(score(kind, record, &cleaned.text));
        if args.oracle {
            oracle.push(score(kind, record, &oracle_text(kind, record, text)));
        }
        if let Some(fold_cleaner) = systems.fold_cleaner(&record.url, &record.id) {
            cv.push(score(kind, record, &fold_cleaner.clean(text).text));
        }
    }
    let rows = [
        Row {
            name: "identity",
            scores: identity,
        },
        Row {
            name: "c4",
            scores: c4,
        },
        Row {
            name: "deboiler",
            scores: deboiler,
        },
        Row {
            name: "oracle",
            scores: oracle,
        },
        Row {
            name: "cv",
            scores: cv,
        },
    ];
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|row| !row.scores.is_empty())
        .collect();
    let rows = &rows[..];
    print_table(kind, rows);
    if kind == Kind::Ce {
        print_by_dataset(records, rows);
    }
    for row in rows {
        for (record, score) in records.iter().zip(&row.scores) {
            let (value, tp, fp, fn_, tn) = match score {
                DocScore::Sh(c) => (format!("{:.6}", c.f1()), c.tp, c.fp, c.fn_, String::new()),
                DocScore::Tf(c) => (c.errors().to_string(), c.tp, c.fp, c.fn_, c.tn.to_string()),
            };
            let _ = writeln!(
                per_doc,
                "{file}\t{}\t{}\t{}\t{value}\t{tp}\t{fp}\t{fn_}\t{tn}",
                input.name(),
                row.name,
                record.id
            );
        }
    }

    let removed: usize = removed_by.values().sum();
    let mut line = format!("deboiler removed {removed} of {total_lines} lines:");
    for filter in cleaner.filters() {
        let _ = write!(
            line,
            " {} {},",
            filter.id(),
            removed_by.get(filter.id()).copied().unwrap_or(0)
        );
    }
    line.pop();
    println!("{line}");
    println!(
        "deboiler cleaning time: {:.1} ms",
        clean_time.as_secs_f64() * 1000.0
    );

    if args.worst > 0 {
        let dir = args
            .worst_out
            .as_ref()
            .expect("clap requires --worst-out")
            .join(format!("{}-{}", sanitize(file), input.name()));
        // With --cv, the worst documents of the cross-validated model, each cleaned by its fold's.
        let judged = rows.last().expect("rows");
        let pick = |record: &Record| {
            systems
                .fold_cleaner(&record.url, &record.id)
                .unwrap_or(cleaner)
        };
        write_worst(
            args.worst, &dir, &pick, kind, records, input, &rows[0], judged,
        )?;
        println!(
            "worst {} documents written to {}",
            args.worst,
            dir.display()
        );
    }
    Ok(())
}

/// Writes one report per worst document: score, diff, removals with reasons, and what the
/// metric saw (lines kept/removed against the gold, or the snippets that failed).
#[allow(clippy::too_many_arguments)]
fn write_worst<'c>(
    n: usize,
    dir: &Path,
    cleaner: &dyn Fn(&Record) -> &'c Cleaner,
    kind: Kind,
    records: &[Record],
    input: Input,
    identity: &Row,
    deboiler: &Row,
) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    // Reports from an earlier run would mix with these; remove only files named like ours.
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if is_report_name(&name) {
            fs::remove_file(&path)?;
        }
    }
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by(|&a, &b| {
        badness_key(&deboiler.scores[a])
            .total_cmp(&badness_key(&deboiler.scores[b]))
            .then_with(|| records[a].id.cmp(&records[b].id))
    });
    for (rank, &index) in order.iter().take(n).enumerate() {
        let record = &records[index];
        let cleaned = cleaner(record).clean(record.input(input));
        let report = worst_report(
            kind,
            record,
            input,
            &identity.scores[index],
            &deboiler.scores[index],
            &cleaned,
        );
        let name = format!("{:03}-{}.txt", rank + 1, sanitize(&record.id));
        fs::write(dir.join(&name), report)
            .with_context(|| format!("cannot write {}", dir.join(&name).display()))?;
    }
    Ok(())
}

fn is_report_name(name: &str) -> bool {
    name.len() > 8
        && name.ends_with(".txt")
        && name.as_bytes()[..3].iter().all(u8::is_ascii_digit)
        && name.as_bytes()[3] == b'-'
}

fn sanitize(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn worst_report(
    kind: Kind,
    record: &Record,
    input: Input,
    identity: &DocScore,
    deboiler: &DocScore,
    cleaned: &Cleaned,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "id: {}", record.id);
    let _ = writeln!(out, "url: {}", record.url);
    let _ = writeln!(out, "input: {}", input.name());
    let _ = writeln!(out, "deboiler: {}", describe(deboiler));
    let _ = writeln!(out, "identity: {}", describe(identity));
    let removed: usize = cleaned.removals.iter().map(|r| r.lines.len()).sum();
    let _ = writeln!(
        out,
        "removed {removed} of {} lines in {} removals",
        cleaned.doc.len(),
        cleaned.removals.len()
    );

    // Which filter removed each input line, if any.
    let mut owner: Vec<Option<&'static str>> = vec![None; cleaned.doc.len()];
    for removal in &cleaned.removals {
        for index in removal.lines.clone() {
            owner[index] = Some(removal.filter);
        }
    }
    match kind {
        Kind::Sh | Kind::Ce => {
            let gold = GoldIndex::new(record.gold.as_deref().unwrap_or(""));
            let mut kept_noise = String::new();
            let mut removed_gold = String::new();
            for (index, line) in cleaned.doc.lines().enumerate() {
                let Some(in_gold) = gold.contains_line(line.text) else {
                    continue;
                };
                let text = line.text.trim_start();
                match (owner[index], in_gold) {
                    (None, false) => {
                        let _ = writeln!(kept_noise, "{:>5} | {text}", index + 1);
                    }
                    (Some(filter), true) => {
                        let _ = writeln!(removed_gold, "{:>5} | {filter}: {text}", index + 1);
                    }
                    _ => {}
                }
            }
            let _ = writeln!(
                out,
                "\n== removed lines that are in the gold (lost article text) ==\n{removed_gold}"
            );
            let _ = writeln!(
                out,
                "== kept lines not in the gold (remaining noise; heuristic: the line's tokens \
                 are not a contiguous run of the gold's) ==\n{kept_noise}"
            );
        }
        Kind::Tf => {
            let check = tf_check(
                &cleaned.text,
                record.with.as_deref().unwrap_or(&[]),
                record.without.as_deref().unwrap_or(&[]),
            );
            let lines: Vec<String> = cleaned
                .doc
                .lines()
                .map(|line| metrics::collapse_ws(line.text))
                .collect();
            // Where a snippet sits in the input: the lines containing it, with their owners.
            let locate = |snippet: &str| -> String {
                let snippet = metrics::collapse_ws(snippet);
                let found: Vec<String> = lines
                    .iter()
                    .enumerate()
                    .filter(|(_, line)| line.contains(&snippet))
                    .map(|(index, _)| match owner[index] {
                        Some(filter) => format!("line {} removed by {filter}", index + 1),
                        None => format!("line {} kept", index + 1),
                    })
                    .collect();
                if found.is_empty() {
                    format!("{snippet}\n      (not within one input line)")
                } else {
                    format!("{snippet}\n      ({})", found.join("; "))
                }
            };
            let _ = writeln!(out, "\n== `with` snippets missing from the output (FN) ==");
            for snippet in &check.missing {
                let _ = writeln!(out, "  {}", locate(snippet));
            }
            let _ = writeln!(out, "\n== `without` snippets left in the output (FP) ==");
            for snippet in &check.leaked {
                let _ = writeln!(out, "  {}", locate(snippet));
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "== removals (line: filter: reason) ==");
    out.push_str(&deboiler::__internals::report::explain_text(
        "line", cleaned,
    ));
    let _ = writeln!(
        out,
        "\n== diff: input (whitespace-normalised per line) → deboiler output =="
    );
    out.push_str(&removal_diff(&record.id, cleaned));
    out
}

/// Unified diff of the input against the cleaned text. The input lines are taken after
/// deboiler's per-line whitespace normalisation, so the diff shows removals (and collapsed blank
/// lines) rather than every trimmed trailing space.
fn removal_diff(name: &str, cleaned: &Cleaned) -> String {
    let mut before = String::with_capacity(cleaned.doc.input().len());
    for line in cleaned.doc.lines() {
        before.push_str(line.text);
        before.push('\n');
    }
    similar::TextDiff::from_lines(&before, &cleaned.text)
        .unified_diff()
        .context_radius(2)
        .header(name, &format!("{name} (cleaned)"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worst_order_puts_low_f1_and_many_errors_first() {
        let good = DocScore::Sh(ShCounts {
            tp: 9,
            fp: 1,
            fn_: 0,
        });
        let bad = DocScore::Sh(ShCounts {
            tp: 1,
            fp: 9,
            fn_: 0,
        });
        assert!(badness_key(&bad) < badness_key(&good));
        let few = DocScore::Tf(TfCounts {
            tp: 3,
            fp: 1,
            fn_: 0,
            tn: 2,
        });
        let many = DocScore::Tf(TfCounts {
            tp: 1,
            fp: 2,
            fn_: 2,
            tn: 1,
        });
        assert!(badness_key(&many) < badness_key(&few));
    }

    #[test]
    fn report_names_are_recognised_and_ids_sanitised() {
        assert!(is_report_name("001-abc.txt"));
        assert!(!is_report_name("notes.txt"));
        assert!(!is_report_name("001.txt"));
        assert_eq!(sanitize("a/b c:d-e_f"), "a_b_c_d-e_f");
    }
}
