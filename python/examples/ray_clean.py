"""Clean a JSONL corpus with Ray Data: ``map_batches`` with ``Cleaner.clean_batch``.

    python examples/ray_clean.py corpus.jsonl cleaned/

Batches are Arrow tables (``batch_format="pyarrow"``), so other columns, nulls included, pass
through untouched. Ray runs one task per CPU, so each batch is cleaned on one thread
(``jobs=1``).
"""

from __future__ import annotations

import argparse

import deboiler
import pyarrow as pa
import ray


class CleanBatch:
    """A ``map_batches`` callable: cleans the ``column`` of each batch."""

    def __init__(self, column: str = "text"):
        self.column = column
        self.cleaner = deboiler.Cleaner()

    def __call__(self, batch: pa.Table) -> pa.Table:
        texts = batch.column(self.column).to_pylist()
        present = [i for i, t in enumerate(texts) if t is not None]
        cleaned = self.cleaner.clean_batch([texts[i] for i in present], jobs=1)
        for i, text in zip(present, cleaned):
            texts[i] = text
        index = batch.schema.get_field_index(self.column)
        return batch.set_column(index, self.column, pa.array(texts, pa.string()))


def clean_dataset(dataset: ray.data.Dataset, column: str = "text", **map_args) -> ray.data.Dataset:
    """``dataset`` with ``column`` cleaned."""
    return dataset.map_batches(CleanBatch(column), batch_format="pyarrow", **map_args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSON Lines file or folder with a `text` field")
    parser.add_argument("out", help="output folder")
    args = parser.parse_args()
    clean_dataset(ray.data.read_json(args.corpus)).write_json(args.out)


if __name__ == "__main__":
    main()
