"""Hugging Face datasets: `Dataset.map(batched=True)` with `clean_batch`
(`examples/datasets_clean.py`) gives `deboiler --jsonl`'s records."""

from __future__ import annotations

import json
import os

from conftest import SAMPLE, integration, run_cli

integration("datasets")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import datasets_clean  # noqa: E402  (examples/, on sys.path)
import deboiler  # noqa: E402
from datasets import load_dataset  # noqa: E402


def test_dataset_map_equals_the_command_line(deboiler_bin, tmp_path):
    expected = [json.loads(line) for line in run_cli(deboiler_bin, ["--jsonl", str(SAMPLE)]).splitlines()]
    dataset = load_dataset("json", data_files=str(SAMPLE), split="train", cache_dir=str(tmp_path))
    cleaned = datasets_clean.clean_dataset(dataset, batch_size=7)
    assert cleaned.to_list() == expected


def test_dataset_map_with_two_processes(tmp_path):
    dataset = load_dataset("json", data_files=str(SAMPLE), split="train", cache_dir=str(tmp_path))
    cleaner = deboiler.Cleaner(profile="page")
    cleaned = datasets_clean.clean_dataset(dataset, cleaner=cleaner, num_proc=2, batch_size=5)
    assert cleaned["text"] == cleaner.clean_batch(dataset["text"])


def test_example_script_writes_the_cleaned_corpus(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "cleaned.jsonl"
    env = dict(os.environ, HF_DATASETS_CACHE=str(tmp_path / "cache"))
    subprocess.run(
        [sys.executable, datasets_clean.__file__, str(SAMPLE), str(out)], check=True, env=env
    )
    with open(out, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    with open(SAMPLE, encoding="utf-8") as f:
        assert texts == [deboiler.clean(json.loads(line)["text"]) for line in f]
