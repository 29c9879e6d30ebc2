//! Prints a fingerprint of the line model's scores of every document of JSONL files, one line a
//! document: work on the model's speed must leave every score bit for bit as it was, and two
//! builds' outputs compared with `diff` show any document whose scores moved.
//!
//! ```text
//! cargo run --release --example model_scores -- --field dump ../shared/bench/*.jsonl > before.txt
//! ```
//!
//! A document's fingerprint hashes the bits of both stages' scores of every line, with the
//! rules' verdicts as the pipeline's first pass computes them ([`Cleaner::model_inputs`]), and
//! the names the explanation gives for the line scored highest.

use std::io::{BufRead, Write};

use deboiler::__internals::model::features::Scratch;
use deboiler::__internals::model::{LineModel, ADVISORY};
use deboiler::Cleaner;
use deboiler::Document;

fn main() -> anyhow::Result<()> {
    let mut field = String::from("dump");
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--field" => field = args.next().expect("--field VALUE"),
            _ => inputs.push(arg),
        }
    }
    anyhow::ensure!(
        !inputs.is_empty(),
        "usage: model_scores [--field F] FILE.jsonl..."
    );
    let cleaner = Cleaner::default();
    let model = LineModel::embedded();
    let names = model.verdict_names();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for path in &inputs {
        for (number, line) in std::io::BufReader::new(std::fs::File::open(path)?)
            .lines()
            .enumerate()
        {
            let value: serde_json::Value = serde_json::from_str(&line?)?;
            let Some(text) = value.get(&field).and_then(|v| v.as_str()) else {
                continue;
            };
            let doc = Document::parse(text);
            let inputs = cleaner.model_inputs(&doc);
            let view = inputs.view();
            let scores = model.score_document(&view, |i| {
                let v = inputs.verdicts[i];
                v == 0 || ADVISORY.contains(&names[usize::from(v)])
            });
            let mut hash = Fnv::default();
            for (first, last) in scores.first.iter().zip(&scores.last) {
                hash.add(&first.to_bits().to_le_bytes());
                hash.add(&last.to_bits().to_le_bytes());
            }
            let highest = (0..scores.last.len())
                .filter(|&i| !scores.last[i].is_nan())
                .max_by(|&a, &b| scores.last[a].total_cmp(&scores.last[b]));
            if let Some(index) = highest {
                for (contribution, name) in model.explain(&view, index, &mut Scratch::default(), 5)
                {
                    hash.add(&contribution.to_bits().to_le_bytes());
                    hash.add(name.as_bytes());
                }
                if let Some(around) = model.explain_stack(&view, &scores, index) {
                    hash.add(around.as_bytes());
                }
            }
            writeln!(
                out,
                "{path}:{} {} lines {:016x}",
                number + 1,
                scores.last.len(),
                hash.0
            )?;
        }
    }
    Ok(())
}

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
