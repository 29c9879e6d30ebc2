"""Clean a Hugging Face ``datasets`` column with ``Dataset.map(batched=True)``.

    python examples/datasets_clean.py corpus.jsonl cleaned.jsonl

Each batch is cleaned by ``Cleaner.clean_batch`` on all cores without holding the GIL; the
cleaner pickles, so ``num_proc`` and the map cache's fingerprint work too.
"""

from __future__ import annotations

import argparse

import deboiler
from datasets import Dataset, load_dataset


def clean_dataset(
    dataset: Dataset, column: str = "text", cleaner: deboiler.Cleaner | None = None, **map_args
) -> Dataset:
    """``dataset`` with ``column`` cleaned."""
    cleaner = cleaner or deboiler.Cleaner()
    return dataset.map(
        lambda batch: {column: cleaner.clean_batch(batch[column])}, batched=True, **map_args
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSON Lines file with a `text` field")
    parser.add_argument("out", help="the cleaned JSON Lines file")
    args = parser.parse_args()
    dataset = load_dataset("json", data_files=args.corpus, split="train")
    clean_dataset(dataset).to_json(args.out, force_ascii=False)


if __name__ == "__main__":
    main()
