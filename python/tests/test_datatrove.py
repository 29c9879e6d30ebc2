"""datatrove: `DeboilerCleaner` through `LocalPipelineExecutor` on a small JSONL
(`examples/datatrove_clean.py`) gives `deboiler --jsonl --report-field deboiler`'s text and
report for every document."""

from __future__ import annotations

import json
import shutil

from conftest import SAMPLE, integration, read_jsonl, run_cli

integration("datatrove")

import datatrove_clean  # noqa: E402  (examples/, on sys.path)


def test_local_executor_cleans_and_reports_like_the_command_line(deboiler_bin, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "sample.jsonl")
    out = tmp_path / "clean"
    datatrove_clean.executor(str(raw), str(out), str(tmp_path / "logs")).run()

    expected = {}
    for line in run_cli(deboiler_bin, ["--jsonl", "--report-field", "deboiler", str(SAMPLE)]).splitlines():
        record = json.loads(line)
        expected[record["id"]] = record
    written = []
    for path in sorted(out.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            written += [json.loads(line) for line in f]
    # datatrove's reader skips a document whose text is empty.
    nonempty = {r["id"] for r in read_jsonl(SAMPLE) if r["text"]}
    assert sorted(doc["id"] for doc in written) == sorted(nonempty)
    for doc in written:
        by_cli = expected[doc["id"]]
        assert doc["text"] == by_cli["text"]
        assert doc["metadata"]["deboiler"] == by_cli["deboiler"]
        assert doc["metadata"]["url"] == by_cli["url"]
        assert doc["metadata"]["kind"] == by_cli["kind"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if s["name"].startswith("✂️ - FORMAT: deboiler"))
    assert step["stats"]["removed_lines"]["total"] == sum(
        r["deboiler"]["removed_lines"] for r in expected.values()
    )
