"""Ray Data: ``map_batches`` with ``clean_batch`` (`examples/ray_clean.py`) gives
`deboiler --jsonl`'s records, field for field."""

from __future__ import annotations

import json

from conftest import SAMPLE, integration, read_jsonl, run_cli

integration("ray")

import ray  # noqa: E402
import ray_clean  # noqa: E402  (examples/, on sys.path)


def test_map_batches_equals_the_command_line(deboiler_bin):
    expected = [json.loads(line) for line in run_cli(deboiler_bin, ["--jsonl", str(SAMPLE)]).splitlines()]
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        dataset = ray.data.from_items(read_jsonl(SAMPLE))
        cleaned = ray_clean.clean_dataset(dataset, batch_size=8).take_all()
    finally:
        ray.shutdown()
    assert cleaned == expected
