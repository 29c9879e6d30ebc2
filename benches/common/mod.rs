//! What the benches share: the documents of a benchmark JSONL file, when one is named.

/// The `DEBOILER_BENCH_FIELD` field (default `dump`) of every line of the JSON Lines file named
/// by `DEBOILER_BENCH_JSONL`, or `None` when the variable is not set.
pub fn jsonl_documents() -> Option<Vec<String>> {
    let path = std::env::var("DEBOILER_BENCH_JSONL").ok()?;
    let field = std::env::var("DEBOILER_BENCH_FIELD").unwrap_or_else(|_| "dump".into());
    Some(
        std::fs::read_to_string(path)
            .expect("read DEBOILER_BENCH_JSONL")
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|value| value.get(&field)?.as_str().map(String::from))
            .collect(),
    )
}
