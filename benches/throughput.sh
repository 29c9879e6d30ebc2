#!/usr/bin/env bash
# End-to-end throughput of the release binary on a JSONL corpus, next to two floors measured in
# the same run: `wc -w` (reading and splitting the bytes) and `examples/json_floor.rs` (serde_json
# decoding and re-encoding every line). The machine is shared, so the figures are CPU time
# (user + sys), the runs are interleaved, and each command's best of $ROUNDS rounds is kept;
# ratios to `wc -w` are what compares across machines. Not part of `cargo test`.
#
#     benches/throughput.sh corpus.jsonl        # e.g. from examples/make_corpus.rs
#
# ROUNDS (default 3) and JOBS (default "1 2", the -j values for deboiler) are read from the
# environment.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ]; then
    echo "usage: benches/throughput.sh CORPUS.jsonl" >&2
    exit 2
fi
corpus=$1
rounds=${ROUNDS:-3}
jobs=${JOBS:-"1 2"}
cargo build --release --quiet
cargo build --release --quiet --example json_floor
bytes=$(stat -c %s "$corpus")

# CPU seconds (user + sys) of one run of "$@", its output discarded; its wall time goes to the
# global `wall`.
cpu() {
    /usr/bin/time -f "%U %S %e" -o /tmp/deboiler-throughput.time "$@" > /dev/null 2>&1
    wall=$(awk '{ print $3 }' /tmp/deboiler-throughput.time)
    awk '{ printf "%.2f", $1 + $2 }' /tmp/deboiler-throughput.time
}

declare -A best best_wall
names=("wc -w" "serde_json read+write")
for j in $jobs; do names+=("deboiler -j$j"); done
for _ in $(seq "$rounds"); do
    for name in "${names[@]}"; do
        case $name in
            "wc -w") cpu wc -w "$corpus" > /tmp/deboiler-throughput.cpu ;;
            serde*) cpu ./target/release/examples/json_floor "$corpus" > /tmp/deboiler-throughput.cpu ;;
            deboiler*) cpu ./target/release/deboiler --jsonl "-j${name##*-j}" "$corpus" > /tmp/deboiler-throughput.cpu ;;
        esac
        t=$(cat /tmp/deboiler-throughput.cpu)
        if [ -z "${best[$name]:-}" ] || awk "BEGIN { exit !($t < ${best[$name]}) }"; then
            best[$name]=$t
        fi
        if [ -z "${best_wall[$name]:-}" ] || awk "BEGIN { exit !($wall < ${best_wall[$name]}) }"; then
            best_wall[$name]=$wall
        fi
    done
done
printf '%s, %.1f MB, best of %s rounds\n' "$corpus" "$(awk "BEGIN { print $bytes / 1e6 }")" "$rounds"
printf '%-24s %8s %10s %10s %8s\n' command "CPU s" "MB/s CPU" "× wc -w" "wall s"
for name in "${names[@]}"; do
    t=${best[$name]}
    awk -v n="$name" -v t="$t" -v b="$bytes" -v w="${best["wc -w"]}" -v e="${best_wall[$name]}" \
        'BEGIN { printf "%-24s %8.2f %10.1f %10.2f %8.2f\n", n, t, b / 1e6 / t, t / w, e }'
done
