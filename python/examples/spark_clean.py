"""Clean the text of a JSONL corpus with Spark, two ways:

- in process: a pandas UDF that cleans each Arrow batch of the column with
  ``Cleaner.clean_batch`` (the package must be installed on the executors);
- through the command line: ``RDD.pipe`` sends each partition's JSON lines to
  ``deboiler --jsonl`` (the binary must be on the executors; the package is not needed).

Both give the same records as ``deboiler --jsonl corpus.jsonl`` (tests/test_spark.py).

    python examples/spark_clean.py corpus.jsonl cleaned/              # pandas UDF
    python examples/spark_clean.py corpus.jsonl cleaned/ --pipe deboiler   # RDD.pipe
"""

from __future__ import annotations

import argparse
import functools

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import StringType


@functools.lru_cache(maxsize=None)
def _cleaner():
    # One per Python worker, built on first use.
    import deboiler

    return deboiler.Cleaner()


@pandas_udf(StringType())
def clean_text(texts: pd.Series) -> pd.Series:
    """A column of strings, cleaned; nulls stay null. Spark runs one task per core, so each
    batch is cleaned on one thread (``jobs=1``)."""
    present = texts.notna()
    out = texts.copy()
    out[present] = _cleaner().clean_batch(texts[present].tolist(), jobs=1)
    return out


def clean_column(df: DataFrame, column: str = "text") -> DataFrame:
    """``df`` with ``column`` cleaned, every other column unchanged."""
    return df.withColumn(column, clean_text(F.col(column)))


def pipe_jsonl(spark: SparkSession, path: str, binary: str = "deboiler"):
    """The JSON lines of ``path``, each partition piped through ``deboiler --jsonl``: an RDD of
    cleaned JSON lines, in input order."""
    return spark.sparkContext.textFile(path).pipe(f"{binary} --jsonl -q -j 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSON Lines file or folder with a `text` field")
    parser.add_argument("out", help="output folder")
    parser.add_argument("--pipe", metavar="BINARY", help="use RDD.pipe with this deboiler binary")
    args = parser.parse_args()
    spark = SparkSession.builder.appName("deboiler").getOrCreate()
    if args.pipe:
        pipe_jsonl(spark, args.corpus, args.pipe).saveAsTextFile(args.out)
    else:
        clean_column(spark.read.json(args.corpus)).write.json(args.out)
    spark.stop()


if __name__ == "__main__":
    main()
