#!/usr/bin/env bash
# Byte-identical output check for refactors: cleans every dev input (sh, tf, ce, noise; each
# field, each profile, --explain, --site-boilerplate) and the seed articles with BINARY, and
# compares each output with the one saved in BASELINE_DIR, or saves them there. Not part of
# `cargo test`; the dev files are read only from the folder given.
#
#     benches/same_output.sh target/release/deboiler ../shared/bench /tmp/base save   # before
#     benches/same_output.sh target/release/deboiler ../shared/bench /tmp/base        # after
#
# Prints `same NAME` or `DIFF NAME` per output; exits 1 when any differs.
set -uo pipefail
if [ $# -lt 3 ]; then
    echo "usage: benches/same_output.sh BINARY BENCH_DIR BASELINE_DIR [save]" >&2
    exit 2
fi
bin=$(realpath "$1")
bench=$2
base=$3
mode=${4:-check}
seeds="$(dirname "$0")/../tests/fixtures/seeds"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
zcat "$bench/ce-dev.jsonl.gz" > "$out/ce.jsonl.in"
for corpus in sh tf ce noise; do
    file=$bench/$corpus-dev.jsonl
    [ "$corpus" = ce ] && file=$out/ce.jsonl.in
    fields="dump trafilatura"
    [ "$corpus" = noise ] && fields=input
    for field in $fields; do
        for profile in auto article page; do
            "$bin" -q -j2 --jsonl --field "$field" --profile "$profile" "$file" \
                > "$out/$corpus-$field-$profile.out" 2> /dev/null
        done
        "$bin" -q -j2 --jsonl --field "$field" --explain "$file" > "$out/$corpus-$field.explain" 2> /dev/null
        "$bin" -q -j2 --jsonl --field "$field" --site-boilerplate "$file" \
            > "$out/$corpus-$field-site.out" 2> /dev/null
    done
done
rm "$out/ce.jsonl.in"
for seed in "$seeds"/*.txt; do
    name=$(basename "$seed")
    "$bin" -q "$seed" > "$out/seed-$name.out"
    "$bin" -q --explain --format json "$seed" > "$out/seed-$name.json"
done
if [ "$mode" = save ]; then
    mkdir -p "$base"
    cp "$out"/* "$base"/
    echo "saved $(ls "$out" | wc -l) outputs in $base"
    exit 0
fi
status=0
for file in "$out"/*; do
    name=$(basename "$file")
    if cmp -s "$file" "$base/$name"; then
        echo "same $name"
    else
        echo "DIFF $name"
        status=1
    fi
done
exit $status
