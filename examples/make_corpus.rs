//! Builds a throughput corpus: repeats the documents of benchmark JSONL files until the output
//! reaches a size, as `{"id": …, "text": …}` lines.
//!
//! ```text
//! cargo run --release --example make_corpus -- --field dump --mb 200 \
//!     ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl > /tmp/corpus.jsonl
//! ```

use std::io::{BufRead, BufWriter, Write};

fn main() -> anyhow::Result<()> {
    let mut field = String::from("dump");
    let mut megabytes = 200usize;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--field" => field = args.next().expect("--field VALUE"),
            "--mb" => megabytes = args.next().expect("--mb N").parse()?,
            _ => inputs.push(arg),
        }
    }
    anyhow::ensure!(
        !inputs.is_empty(),
        "usage: make_corpus [--field F] [--mb N] FILE.jsonl..."
    );
    let mut texts = Vec::new();
    for path in &inputs {
        for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
            let value: serde_json::Value = serde_json::from_str(&line?)?;
            if let Some(text) = value.get(&field).and_then(|v| v.as_str()) {
                texts.push(text.to_string());
            }
        }
    }
    anyhow::ensure!(!texts.is_empty(), "no `{field}` strings in the inputs");
    let target = megabytes << 20;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut written, mut id) = (0usize, 0usize);
    while written < target {
        for text in &texts {
            let line = serde_json::json!({"id": id, "text": text}).to_string();
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            written += line.len() + 1;
            id += 1;
            if written >= target {
                break;
            }
        }
    }
    out.flush()?;
    eprintln!("{id} documents, {:.1} MB", written as f64 / 1e6);
    Ok(())
}
