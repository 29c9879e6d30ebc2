"""A datatrove pipeline step that cleans each document's text with deboiler.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from deboiler.datatrove import DeboilerCleaner

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/"), DeboilerCleaner(), JsonlWriter("clean/")],
        tasks=4,
    ).run()

Each document's ``metadata["deboiler"]`` gets what ``deboiler --jsonl --report-field deboiler``
adds: ``{"removed_lines": n, "profile": "article"|"page", "filters": {filter_id: lines}}``. The
step's stats count the removed lines, in all and per filter (``removed_lines/copyright``…).
Importing this module needs datatrove (``pip install datatrove``); the package does not.
"""

from __future__ import annotations

from collections.abc import Iterable

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from . import Cleaner

__all__ = ["DeboilerCleaner", "report"]


def report(cleaned) -> dict:
    """The ``--report-field`` object of a :class:`deboiler.Cleaned`: removed lines in all and
    per filter, and the profile."""
    counts: dict[str, int] = {}
    for removal in cleaned.removals:
        first, last = removal.lines
        counts[removal.filter] = counts.get(removal.filter, 0) + last - first + 1
    return {
        "removed_lines": sum(counts.values()),
        "profile": cleaned.profile,
        "filters": dict(sorted(counts.items())),
    }


class DeboilerCleaner(PipelineStep):
    """Cleans ``doc.text`` and records the removals in ``doc.metadata[metadata_key]``.

    ``disable``, ``only`` and ``profile`` are :class:`deboiler.Cleaner`'s options. A document
    left empty is kept (``drop_empty=True`` drops it and counts it as ``dropped_empty``).
    """

    name = "deboiler"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        only: Iterable[str] | None = None,
        profile: str = "auto",
        metadata_key: str = "deboiler",
        drop_empty: bool = False,
    ):
        super().__init__()
        self.cleaner = Cleaner(
            disable=list(disable), only=None if only is None else list(only), profile=profile
        )
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                cleaned = self.cleaner.clean(doc.text)
            summary = report(cleaned)
            doc.text = cleaned.text
            doc.metadata[self.metadata_key] = summary
            self.stat_update("removed_lines", value=summary["removed_lines"])
            for filter_id, lines in summary["filters"].items():
                self.stat_update(f"removed_lines/{filter_id}", value=lines)
            if self.drop_empty and not doc.text:
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(doc)
            yield doc
