#!/usr/bin/env bash
# Peak memory of text mode on one large document, the figure behind the README's guarantee
# "a document costs at most twice its size": builds a page-dump text and an article text of
# about 30 and 200 MB from the benchmark files, cleans each with the release binary, and prints
# peak RSS (`/usr/bin/time -v`, KiB) against the input size. Not part of `cargo test`.
#
#     benches/memory.sh ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl
#
# Files go to $OUT (default /tmp/deboiler-memory). Takes about a minute on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
    echo "usage: benches/memory.sh BENCH.jsonl..." >&2
    exit 2
fi
out=${OUT:-/tmp/deboiler-memory}
mkdir -p "$out"
cargo build --release --quiet --example make_corpus
cargo build --release --quiet
corpus=./target/release/examples/make_corpus
for mb in 30 200; do
    "$corpus" --text --field dump --mb "$mb" "$@" > "$out/dump-$mb.txt" 2> /dev/null
    "$corpus" --text --distinct --field trafilatura --mb "$mb" "$@" > "$out/article-$mb.txt" 2> /dev/null
done
# The process alone: one small page (compiled patterns, caches, the binary).
head -c 1000000 "$out/dump-30.txt" > "$out/dump-1.txt"

printf '%-16s %10s %12s %12s %8s\n' file "input MB" "peak RSS MB" "output MB" "RSS/in"
for name in dump-1 dump-30 article-30 dump-200 article-200; do
    file="$out/$name.txt"
    report=$( { /usr/bin/time -v ./target/release/deboiler "$file" > "$out/$name.out"; } 2>&1 )
    kib=$(printf '%s\n' "$report" | awk -F': ' '/Maximum resident set size/ {print $2}')
    awk -v name="$name" -v in_bytes="$(stat -c %s "$file")" -v kib="$kib" \
        -v out_bytes="$(stat -c %s "$out/$name.out")" 'BEGIN {
        printf "%-16s %10.1f %12.1f %12.1f %8.2f\n", name, in_bytes / 1e6, kib * 1024 / 1e6,
            out_bytes / 1e6, kib * 1024 / in_bytes
    }'
done
