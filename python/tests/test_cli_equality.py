"""The package against the command line, field for field: `deboiler --jsonl` (cleaned text,
`--report-field`, `--explain`) and text mode's `--explain --format json`, on the seed articles
and on the JSONL sample (`fixtures/sample.jsonl`: small pages of the scrapinghub
article-extraction benchmark, MIT licence, as dumps and as trafilatura output, and edge cases).
"""

from __future__ import annotations

import json

import deboiler
import pytest
from conftest import SAMPLE, SEEDS, jsonl_bytes, read_jsonl, run_cli, seed_texts


def seed_records() -> list[dict]:
    return [{"name": p.name, "text": t} for p, t in zip(SEEDS, seed_texts())]


@pytest.fixture(scope="module", params=["seeds", "sample"])
def records(request) -> list[dict]:
    return seed_records() if request.param == "seeds" else read_jsonl(SAMPLE)


@pytest.mark.parametrize("options", [[], ["--profile", "page"], ["--disable", "line-model"]])
def test_jsonl_output_equals_the_package_field_for_field(deboiler_bin, records, options):
    out = run_cli(deboiler_bin, ["--jsonl", *options], jsonl_bytes(records))
    produced = [json.loads(line) for line in out.splitlines()]
    kwargs = {}
    if options[:1] == ["--profile"]:
        kwargs["profile"] = options[1]
    if options[:1] == ["--disable"]:
        kwargs["disable"] = [options[1]]
    cleaned = deboiler.Cleaner(**kwargs).clean_batch([r["text"] for r in records])
    assert len(produced) == len(records)
    for record, by_cli, text in zip(records, produced, cleaned):
        assert by_cli == {**record, "text": text}


def test_jsonl_file_output_equals_the_package(deboiler_bin):
    out = run_cli(deboiler_bin, ["--jsonl", str(SAMPLE)])
    records = read_jsonl(SAMPLE)
    assert [json.loads(line) for line in out.splitlines()] == [
        {**r, "text": deboiler.clean(r["text"])} for r in records
    ]


def test_jsonl_explain_equals_the_packages_removals(deboiler_bin, records):
    out = run_cli(deboiler_bin, ["--jsonl", "--explain"], jsonl_bytes(records))
    cleaner = deboiler.Cleaner()
    reports = [json.loads(line) for line in out.splitlines()]
    assert len(reports) == len(records)
    removed_somewhere = False
    for number, (record, report) in enumerate(zip(records, reports), start=1):
        cleaned = cleaner.clean(record["text"])
        assert report == {
            "line": number,
            "profile": cleaned.profile,
            "removals": [r.to_dict() for r in cleaned.removals],
        }
        assert report["removals"] == cleaner.explain(record["text"])
        removed_somewhere |= bool(report["removals"])
    assert removed_somewhere


def test_report_field_counts_equal_the_packages_removals(deboiler_bin, records):
    out = run_cli(deboiler_bin, ["--jsonl", "--report-field", "deboiler"], jsonl_bytes(records))
    cleaner = deboiler.Cleaner()
    for record, line in zip(records, out.splitlines()):
        report = json.loads(line)["deboiler"]
        cleaned = cleaner.clean(record["text"])
        counts: dict[str, int] = {}
        for r in cleaned.removals:
            counts[r.filter] = counts.get(r.filter, 0) + r.lines[1] - r.lines[0] + 1
        assert report == {
            "removed_lines": sum(counts.values()),
            "profile": cleaned.profile,
            "filters": counts,
        }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_text_mode_explain_json_equals_explain(deboiler_bin, seed):
    report = json.loads(run_cli(deboiler_bin, ["--explain", "--format", "json", str(seed)]))
    text = seed.read_text(encoding="utf-8")
    assert report["removals"] == deboiler.explain(text)
    assert report["profile"] == deboiler.Cleaner().clean(text).profile
    # A file ends with a newline; a string keeps its end. The removals are the same.
    cleaned = run_cli(deboiler_bin, [str(seed)])
    assert cleaned == deboiler.clean(text) or cleaned == deboiler.clean(text) + "\n"
