#!/usr/bin/env python3
"""Start-up cost: a fresh release process cleaning one small file, the case of a shell loop
over many files. Runs the binary N times per input, one process at a time, and prints the
median and the fastest wall time, and the median CPU time (user + system, from the kernel's
accounting of the child), in milliseconds.

    cargo build --release
    python3 benches/startup.py                   # the first 8 KB of the seed articles
    python3 benches/startup.py -n 50 FILE...     # other inputs
    python3 benches/startup.py --bin OTHER_BINARY

On a machine shared with other work the wall time is the noisier figure; the CPU time holds.
Optional: not part of `cargo test`.
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_once(binary, path):
    """Wall and CPU seconds of one `binary path > /dev/null`."""
    start = time.perf_counter()
    child = subprocess.Popen([binary, path], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{binary} {path}: exit status {status}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=30)
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "deboiler"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()

    files = args.files
    if not files:
        seeds = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
        article = b"".join(seed.read_bytes() for seed in seeds)[:8192]
        handle = tempfile.NamedTemporaryFile(prefix="article-8k-", suffix=".txt", delete=False)
        handle.write(article)
        handle.close()
        files = [handle.name]

    print(f"{'input':<36} {'runs':>5} {'wall ms med':>12} {'wall ms min':>12} {'cpu ms med':>11}")
    try:
        for path in files:
            run_once(args.bin, path)  # page cache
            samples = [run_once(args.bin, path) for _ in range(args.runs)]
            walls = [wall * 1000 for wall, _ in samples]
            cpus = [cpu * 1000 for _, cpu in samples]
            name = pathlib.Path(path).name if args.files else "8 KB article (seeds)"
            print(
                f"{name:<36} {args.runs:>5} {statistics.median(walls):>12.1f} "
                f"{min(walls):>12.1f} {statistics.median(cpus):>11.1f}"
            )
    finally:
        if not args.files:
            os.unlink(files[0])


if __name__ == "__main__":
    main()
