//! Throughput of the line model's step alone on one core: its own features (layout, words and
//! word pairs, neighbours) and both stages' scoring, given what the rules computed (the lines'
//! block features and verdicts). MB/s of document text.
//!
//! `DEBOILER_BENCH_JSONL=../shared/bench/sh-dev.jsonl cargo bench --bench model`
//! (`DEBOILER_BENCH_FIELD`, default `dump`); without it, the seed articles and fixtures.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use deboiler::__internals::model::{DocumentInputs, LineModel, ADVISORY};
use deboiler::Cleaner;
use deboiler::Document;

fn documents() -> Vec<String> {
    if let Some(docs) = common::jsonl_documents() {
        return docs;
    }
    let mut docs = Vec::new();
    for dir in ["tests/fixtures/seeds", "tests/fixtures/pages"] {
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            docs.push(std::fs::read_to_string(entry.expect("entry").path()).expect("fixture"));
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let texts = documents();
    let docs: Vec<Document> = texts.iter().map(|t| Document::parse(t)).collect();
    let cleaner = Cleaner::default();
    let inputs: Vec<DocumentInputs> = docs.iter().map(|d| cleaner.model_inputs(d)).collect();
    let model = LineModel::embedded();
    let names = model.verdict_names();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("line model");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("features and both stages", |b| {
        b.iter(|| {
            let mut removed = 0usize;
            for input in &inputs {
                let fresh = DocumentInputs::new(
                    input.lines.clone(),
                    input.features.clone(),
                    model.model_verdicts(input.verdicts.clone()),
                    input.profile,
                );
                let view = fresh.view();
                let scores = model.score_document(&view, |i| {
                    let v = fresh.verdicts[i];
                    v == 0 || ADVISORY.contains(&names[usize::from(v)])
                });
                removed += scores.last.iter().filter(|s| **s >= 0.5).count();
            }
            removed
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
