"""Wall time of Spark in local mode cleaning a JSONL corpus, next to `deboiler --jsonl -j2` on
the same file: the pandas UDF and the `RDD.pipe` recipe of `python/examples/spark_clean.py`, and
Spark reading and writing the same JSON without cleaning (its own floor). Interleaved rounds,
best of each; every run writes its output to a temporary folder (docs/python.md).

    python benches/spark_throughput.py /tmp/corpus.jsonl [--rounds 2] [--cores 2] [--binary PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python" / "examples"))
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in [str(ROOT / "python" / "examples"), os.environ.get("PYTHONPATH", "")] if p
)
os.environ["PYSPARK_PYTHON"] = sys.executable


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--binary", default=str(ROOT / "target" / "release" / "deboiler"))
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    corpus = str(Path(args.corpus).resolve())

    import spark_clean
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(f"local[{args.cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    schema = "id long, text string"
    size = os.path.getsize(corpus)
    out = Path(tempfile.mkdtemp(prefix="deboiler-spark-"))
    try:
        runs = {
            f"deboiler --jsonl -j{args.cores}": lambda: subprocess.run(
                [binary, "--jsonl", "-q", f"-j{args.cores}", corpus, "-o", str(out / "cli.jsonl")],
                check=True,
            ),
            "Spark read + write JSON, no cleaning": lambda: spark.read.schema(schema)
            .json(corpus)
            .write.json(str(out / "floor")),
            "Spark pandas UDF (clean_batch)": lambda: spark_clean.clean_column(
                spark.read.schema(schema).json(corpus)
            ).write.json(str(out / "udf")),
            "Spark RDD.pipe (the binary)": lambda: spark_clean.pipe_jsonl(
                spark, corpus, binary
            ).saveAsTextFile(str(out / "pipe")),
        }
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            for name, run in runs.items():
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                wall = timed(run)
                best[name] = min(wall, best.get(name, wall))
        print(f"{corpus}: {size / 1e6:.1f} MB, local[{args.cores}], best of {args.rounds} (wall time)")
        for name, wall in best.items():
            print(f"{name:40} {wall:7.2f} s {size / 1e6 / wall:7.1f} MB/s")
    finally:
        spark.stop()
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
