"""Spark in local mode: the pandas UDF (`examples/spark_clean.py`) and the `RDD.pipe` recipe
with the binary both give `deboiler --jsonl`'s records, field for field."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLE, SEEDS, integration, jsonl_bytes, read_jsonl, run_cli, seed_texts

integration("pyspark")

import spark_clean  # noqa: E402  (examples/, on sys.path)

COLUMNS = ["id", "url", "kind", "text"]


def corpora() -> dict[str, list[dict]]:
    seeds = [
        {"id": p.name, "url": None, "kind": "seed", "text": t}
        for p, t in zip(SEEDS, seed_texts())
    ]
    return {"sample": read_jsonl(SAMPLE), "seeds": seeds}


@pytest.mark.parametrize("name", ["sample", "seeds"])
def test_pandas_udf_equals_the_command_line(spark, deboiler_bin, name):
    records = corpora()[name]
    expected = [json.loads(line) for line in run_cli(deboiler_bin, ["--jsonl"], jsonl_bytes(records)).splitlines()]
    rows = [(i, *(r[c] for c in COLUMNS)) for i, r in enumerate(records)]
    df = spark.createDataFrame(rows, "n long, id string, url string, kind string, text string").repartition(2)
    cleaned = spark_clean.clean_column(df).orderBy("n").collect()
    assert [{c: row[c] for c in COLUMNS} for row in cleaned] == expected


def test_pandas_udf_keeps_nulls(spark):
    df = spark.createDataFrame([(1, None), (2, "short\u00a0")], "n long, text string")
    cleaned = spark_clean.clean_column(df).orderBy("n").collect()
    assert [row["text"] for row in cleaned] == [None, "short"]


def test_rdd_pipe_recipe_equals_the_command_line(spark, deboiler_bin, tmp_path):
    path = tmp_path / "corpus.jsonl"
    records = corpora()["sample"] + corpora()["seeds"]
    path.write_bytes(jsonl_bytes(records))
    expected = run_cli(deboiler_bin, ["--jsonl", str(path)]).splitlines()
    piped = spark_clean.pipe_jsonl(spark, str(path), deboiler_bin).collect()
    assert piped == expected
    assert [json.loads(line) for line in piped] == [json.loads(line) for line in expected]
