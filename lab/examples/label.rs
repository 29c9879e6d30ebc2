//! Writes the labelled lines of benchmark pages as JSON Lines, one object per line of a page:
//! `{"set", "id", "url", "input", "line", "text", "label", "why"}` (`label` is `content`,
//! `noise` or null for an unlabelled line; `why` names the part of the labelling rule).
//!
//! ```text
//! cargo run --release --example label -- ../shared/bench/sh-dev.jsonl \
//!     ../shared/bench/tf-dev.jsonl ../shared/bench/ce-dev.jsonl.gz > labels.jsonl
//! cargo run --release --example label -- --sample 200 --seed 7 … > sample.jsonl
//! ```
//!
//! The labelling rule is documented in `lab/src/label.rs` and `docs/model-card.md`. With
//! `--sample N`, N labelled lines drawn at random (seeded), at most two from a page and input,
//! with three lines of context on either side, for checking labels by hand: spread over many
//! pages, so that one page's quirks do not make the sample.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Parser;
use serde_json::json;

use deboiler::Document;
use deboiler_lab::bench::{self, Input};
use deboiler_lab::folds::fnv1a;
use deboiler_lab::label::{label_record, Label};

#[derive(Parser)]
#[command(about = "Writes the labelled lines of benchmark page files as JSON Lines")]
struct Args {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Write only this many labelled lines, drawn at random, with context.
    #[arg(long)]
    sample: Option<usize>,
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

/// The finaliser of SplitMix64, so that neighbouring keys are far apart.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn main() -> Result<()> {
    let args = Args::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut drawn: Vec<(u64, u64, serde_json::Value)> = Vec::new();
    for path in &args.files {
        let set = bench::load_pages(path)?;
        for record in &set.records {
            for input in Input::BOTH {
                let doc = Document::parse(record.input(input));
                let lines: Vec<&str> = doc.lines().map(|l| l.text).collect();
                let labels = label_record(set.kind, record, &lines);
                for (index, (text, label)) in lines.iter().zip(&labels).enumerate() {
                    if text.is_empty() {
                        continue;
                    }
                    let mut object = json!({
                        "set": set.name,
                        "id": record.id,
                        "url": record.url,
                        "input": input.name(),
                        "line": index + 1,
                        "text": text.trim(),
                        "label": label.map(|l| match l.label {
                            Label::Content => "content",
                            Label::Noise => "noise",
                        }),
                        "why": label.map(|l| l.why),
                    });
                    match args.sample {
                        None => writeln!(out, "{object}")?,
                        Some(_) if label.is_some() => {
                            let context = |range: std::ops::Range<usize>| {
                                range
                                    .filter(|&i| !lines[i].is_empty())
                                    .map(|i| lines[i].trim())
                                    .collect::<Vec<_>>()
                            };
                            object["before"] = json!(context(index.saturating_sub(3)..index));
                            object["after"] =
                                json!(context(index + 1..(index + 4).min(lines.len())));
                            // A fixed pseudo-random key: the sample never depends on file order.
                            let page = mix(fnv1a(
                                format!("{}:{}:{}", args.seed, record.id, input.name()).as_bytes(),
                            ));
                            let key = mix(page ^ index as u64);
                            drawn.push((page, key, object));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    if let Some(n) = args.sample {
        // At most two lines of a page: its two with the lowest keys.
        drawn.sort_by_key(|(page, key, _)| (*page, *key));
        let mut kept = Vec::new();
        let mut previous = None;
        let mut taken = 0;
        for (page, key, object) in drawn {
            taken = if previous == Some(page) { taken + 1 } else { 0 };
            previous = Some(page);
            if taken < 2 {
                kept.push((key, object));
            }
        }
        kept.sort_by_key(|(key, _)| *key);
        for (_, object) in kept.into_iter().take(n) {
            writeln!(out, "{object}")?;
        }
    }
    Ok(())
}
