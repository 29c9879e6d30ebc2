//! Builds a benchmark corpus: repeats the documents of benchmark JSONL files until the output
//! reaches a size, as `{"id": …, "text": …}` lines, or with `--text` as one plain text document
//! (the documents one after another, each ending with a newline).
//!
//! ```text
//! cargo run --release --example make_corpus -- --field dump --mb 200 \
//!     ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl > /tmp/corpus.jsonl
//! cargo run --release --example make_corpus -- --text --distinct --field trafilatura --mb 200 \
//!     ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl > /tmp/article.txt
//! ```
//!
//! `--sites N` adds a `url` field that spreads document i over N hosts
//! (`https://site{i mod N}.example/{i}`), for measuring `--site-boilerplate`:
//!
//! ```text
//! cargo run --release --example make_corpus -- --field dump --mb 200 --sites 500 \
//!     ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl > /tmp/sites.jsonl
//! ```
//!
//! `--distinct` starts every line longer than 40 characters with `In year N, `, N counting the
//! repetitions, so that no copy repeats an earlier one: otherwise cleaning one large document
//! made of copies removes the copies as repeated lines, and the output stays small.

use std::io::{BufRead, BufWriter, Write};

fn main() -> anyhow::Result<()> {
    let mut field = String::from("dump");
    let mut megabytes = 200usize;
    let mut text_mode = false;
    let mut distinct = false;
    let mut sites = 0usize;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--field" => field = args.next().expect("--field VALUE"),
            "--mb" => megabytes = args.next().expect("--mb N").parse()?,
            "--text" => text_mode = true,
            "--distinct" => distinct = true,
            "--sites" => sites = args.next().expect("--sites N").parse()?,
            _ => inputs.push(arg),
        }
    }
    anyhow::ensure!(
        !inputs.is_empty(),
        "usage: make_corpus [--field F] [--mb N] [--text] [--distinct] [--sites N] FILE.jsonl..."
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
    for repetition in 0.. {
        for text in &texts {
            let text = if distinct {
                vary(text, repetition)
            } else {
                text.clone()
            };
            let record = if text_mode {
                let newline = if text.ends_with('\n') { "" } else { "\n" };
                format!("{text}{newline}")
            } else if sites > 0 {
                let url = format!("https://site{}.example/{id}", id % sites);
                serde_json::json!({"id": id, "url": url, "text": text}).to_string() + "\n"
            } else {
                serde_json::json!({"id": id, "text": text}).to_string() + "\n"
            };
            out.write_all(record.as_bytes())?;
            written += record.len();
            id += 1;
            if written >= target {
                out.flush()?;
                eprintln!("{id} documents, {:.1} MB", written as f64 / 1e6);
                return Ok(());
            }
        }
    }
    unreachable!("the loop ends when the target size is reached")
}

/// `text` with `In year N, ` before each line longer than 40 characters.
fn vary(text: &str, repetition: usize) -> String {
    let year = 1000 + repetition;
    text.split('\n')
        .map(|line| {
            if line.chars().count() > 40 {
                format!("In year {year}, {line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
