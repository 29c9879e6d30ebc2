//! Trains the line model on the benchmark pages and writes it where deboiler embeds it.
//!
//! ```text
//! cargo run --release --example train -- ../shared/bench/sh-dev.jsonl \
//!     ../shared/bench/tf-dev.jsonl ../shared/bench/ce-dev.jsonl.gz
//! ```
//!
//! Deterministic: the same data and parameters give the same file, byte for byte (training is
//! single-threaded per model, in a seeded order; the folds of the second stage come from a
//! fixed hash of each page's site). `--exclude DATASET` leaves out a page set (by file name,
//! e.g. `tf-dev`) or a ce source data set (e.g. `dragnet_data`). The defaults are the committed
//! model's; see `docs/model-card.md`.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context as _, Result};
use clap::Parser;

use deboiler::Cleaner;
use deboiler_lab::bench;
use deboiler_lab::cv::{self, fold_texts};
use deboiler_lab::dataset;
use deboiler_lab::settings::{TrainingArgs, FOLDS};

#[derive(Parser)]
#[command(about = "Trains deboiler's line model on benchmark page files")]
struct Args {
    /// Page files (sh, tf, ce; JSON Lines, optionally gzip).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Leave out a page set (its file name without extensions) or a ce source data set.
    #[arg(long, value_name = "DATASET")]
    exclude: Vec<String>,
    /// Where to write the model.
    #[arg(long, default_value = "src/model/line-model.bin")]
    out: PathBuf,
    #[command(flatten)]
    training: TrainingArgs,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let start = Instant::now();
    let mut pages = Vec::new();
    for path in &args.files {
        let mut set = bench::load_pages(path)?;
        if args.exclude.contains(&set.name) {
            continue;
        }
        set.records
            .retain(|r| r.dataset.as_ref().is_none_or(|d| !args.exclude.contains(d)));
        pages.push(set);
    }
    let data = dataset::build(&Cleaner::default(), &pages, FOLDS, &args.training.weights());
    let texts = fold_texts(&pages, FOLDS);
    let setup = args.training.setup();
    let model = cv::models(&data, &texts, &setup, false, true)
        .pop()
        .expect("the model trained on everything");
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "{} pages, {} labelled lines; model of {} bytes written to {} in {:.1} s",
        data.pages.len(),
        data.examples.iter().filter(|e| e.noise.is_some()).count(),
        bytes.len(),
        args.out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
