"""Clean a folder of JSONL files with datatrove: read, clean with ``DeboilerCleaner`` (each
document's removals counted in ``metadata["deboiler"]``), write.

    python examples/datatrove_clean.py raw/ cleaned/ [--tasks 4]
"""

from __future__ import annotations

import argparse

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from deboiler.datatrove import DeboilerCleaner


def executor(
    input_folder: str, output_folder: str, logging_dir: str, tasks: int = 1, workers: int = -1
) -> LocalPipelineExecutor:
    return LocalPipelineExecutor(
        pipeline=[
            JsonlReader(input_folder, glob_pattern="*.jsonl"),
            DeboilerCleaner(),
            JsonlWriter(output_folder, compression=None),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=logging_dir,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="folder of JSON Lines files with a `text` field")
    parser.add_argument("output", help="output folder")
    parser.add_argument("--tasks", type=int, default=1)
    parser.add_argument("--logs", default="logs/deboiler")
    args = parser.parse_args()
    executor(args.input, args.output, args.logs, tasks=args.tasks).run()


if __name__ == "__main__":
    main()
