"""Shared fixtures: paths, the sample records, and the `deboiler` binary for the comparisons.

The package never runs the binary; to prove it, every directory holding a `deboiler`
executable is taken off `PATH` before any test runs. The comparisons with the command line
build the binary themselves (`cargo build --release`, with the original `PATH`) or take the
one named by `DEBOILER_BIN`, and call it by its full path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = FIXTURES / "sample.jsonl"
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
EXAMPLES = ROOT / "python" / "examples"

ORIGINAL_PATH = os.environ.get("PATH", "")
os.environ["PATH"] = os.pathsep.join(
    d
    for d in ORIGINAL_PATH.split(os.pathsep)
    if d and not os.access(os.path.join(d, "deboiler"), os.X_OK)
)

# The examples are modules the tests import; Spark's Python workers import them too.
sys.path.insert(0, str(EXAMPLES))
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in [str(EXAMPLES), os.environ.get("PYTHONPATH", "")] if p
)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    return read_jsonl(SAMPLE)


@pytest.fixture(scope="session")
def deboiler_bin() -> str:
    """The command line, for comparisons only: `DEBOILER_BIN`, or built from this clone."""
    explicit = os.environ.get("DEBOILER_BIN")
    if explicit:
        return explicit
    env = dict(os.environ, PATH=ORIGINAL_PATH)
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--bin", "deboiler"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    binary = target / "release" / "deboiler"
    assert binary.is_file(), f"cargo built no {binary}"
    return str(binary)


def run_cli(binary: str, args: list[str], stdin: bytes | None = None) -> str:
    """Runs the binary and returns its standard output; it must succeed."""
    done = subprocess.run(
        [binary, "-q", *args], input=stdin, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout.decode("utf-8")


def jsonl_bytes(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def integration(module: str):
    """Imports an integration's package: skips the test when it is missing, unless
    `DEBOILER_REQUIRE_INTEGRATIONS=1` (set by `.ci/run`), where a missing one fails."""
    if os.environ.get("DEBOILER_REQUIRE_INTEGRATIONS") == "1":
        return __import__(module)
    return pytest.importorskip(module)


@pytest.fixture(scope="session")
def spark():
    """One local Spark session for every Spark test: its start-up takes seconds."""
    integration("pyspark")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("deboiler-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
