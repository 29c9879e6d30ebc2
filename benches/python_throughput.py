"""CPU time of the Python package's `Cleaner.clean_batch` on a JSONL corpus loaded into Python,
next to `deboiler --jsonl` on the same file, interleaved, best of N rounds (docs/python.md).

    python benches/python_throughput.py /tmp/corpus.jsonl [--rounds 3] [--binary PATH]

Run it with the interpreter the package is installed in (a release build: `maturin develop
--release`). Only the cleaning is timed on the Python side (`time.process_time`, every thread of
the process); loading the corpus is not. The command line's CPU time (its children's rusage)
also holds reading, decoding, encoding and writing the JSON, which the Python side does not do.
Besides: `clean_batch` with every filter off (the binding's own work plus normalisation), and
the conversions a Spark or pandas batch adds around `clean_batch` (`Series.tolist()` and back),
which decide whether an Arrow path (`clean_arrow`) would pay.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import time

import deboiler


def cli_cpu(binary: str, corpus: str, jobs: int) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [binary, "--jsonl", "-q", f"-j{jobs}", corpus], stdout=subprocess.DEVNULL, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def py_cpu(run) -> tuple[float, float]:
    cpu, start = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--binary", default="target/release/deboiler")
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    size = os.path.getsize(args.corpus)
    text_bytes = sum(len(t.encode("utf-8")) for t in texts)
    cleaner = deboiler.Cleaner()
    bare = deboiler.Cleaner(only=[])
    expected = None

    def check(result):
        nonlocal expected
        if expected is None:
            expected = result
        assert result == expected

    import pandas as pd

    series = pd.Series(texts)
    cleaned = cleaner.clean_batch(texts[:2000], jobs=1)

    runs = {
        "deboiler --jsonl -j1": lambda: cli_cpu(args.binary, args.corpus, 1),
        "clean_batch jobs=1": lambda: py_cpu(lambda: check(cleaner.clean_batch(texts, jobs=1))),
        "deboiler --jsonl -j2": lambda: cli_cpu(args.binary, args.corpus, 2),
        "clean_batch jobs=None (2 threads)": lambda: py_cpu(lambda: check(cleaner.clean_batch(texts))),
        "clean_batch, no filter (only=[])": lambda: py_cpu(lambda: bare.clean_batch(texts, jobs=1)),
        "Series.tolist() + pd.Series(result)": lambda: py_cpu(
            lambda: (series.tolist(), pd.Series(cleaned * (len(texts) // 2000)))
        ),
    }
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.rounds):
        for name, run in runs.items():
            cpu, wall = run()
            if name not in best or cpu < best[name][0]:
                best[name] = (cpu, wall)
    print(
        f"{args.corpus}: {size / 1e6:.1f} MB of JSONL, {len(texts):,} documents, "
        f"{text_bytes / 1e6:.1f} MB of text; best of {args.rounds} rounds (CPU time)"
    )
    print(f"{'run':40} {'CPU s':>7} {'MB/s CPU':>9} {'wall s':>7}")
    for name, (cpu, wall) in best.items():
        print(f"{name:40} {cpu:7.2f} {size / 1e6 / cpu:9.1f} {wall:7.2f}")
    one = best["clean_batch jobs=1"][0] / best["deboiler --jsonl -j1"][0]
    two = best["clean_batch jobs=None (2 threads)"][0] / best["deboiler --jsonl -j2"][0]
    print(f"clean_batch CPU / CLI CPU: {one:.3f} on one thread, {two:.3f} on two")


if __name__ == "__main__":
    main()
