//! Throughput of the cleaning pipeline on one core (library only, no I/O), in MB/s.
//!
//! `cargo bench --bench clean`. The input is the seed articles plus a synthetic full-page dump;
//! set `DEBOILER_BENCH_JSONL=path.jsonl` (and optionally `DEBOILER_BENCH_FIELD`, default `dump`)
//! to measure real pages instead, e.g. `../shared/bench/sh-dev.jsonl`.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use deboiler::Cleaner;

fn documents() -> Vec<String> {
    if let Some(docs) = common::jsonl_documents() {
        return docs;
    }
    let mut docs: Vec<String> = std::fs::read_dir("tests/fixtures/seeds")
        .expect("seed fixtures")
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
        .collect();
    let menu = "Home\nWorld\nPolitics\nBusiness\nSkip to content\nAdvertisement\n";
    let footer = "\nShare this article\nSign up for our newsletter\n© 2024 Example Media. All rights reserved.\n";
    docs.push(format!("{menu}\n{}{footer}", docs.join("\n")));
    docs
}

fn bench(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let cleaner = Cleaner::default();
    let mut group = c.benchmark_group("clean");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("pipeline", |b| {
        b.iter(|| {
            docs.iter()
                .map(|doc| cleaner.clean(doc).text.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
