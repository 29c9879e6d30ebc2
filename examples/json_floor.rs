//! The floor of any JSONL cleaner: read each line, decode it, change nothing, encode it again
//! and write it, with serde_json, on one thread. `benches/throughput.sh` runs it next to
//! `wc -w` and deboiler, so that deboiler's speed reads as a ratio to work every cleaner does.
//!
//! ```text
//! cargo run --release --example json_floor -- corpus.jsonl > /dev/null
//! ```

use std::io::{BufRead, BufReader, BufWriter, Write};

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: json_floor FILE.jsonl"))?;
    let input = BufReader::with_capacity(1 << 20, std::fs::File::open(&path)?);
    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(&line)?;
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
