"""deboiler strips boilerplate and noise from scraped article text.

Flattened social embeds, copyright lines, comment-policy footers, author bios, photo credits,
page chrome and stray lines from other stories go; the rest of the text is returned unchanged
but for whitespace normalisation, and every removal says which filter and rule made it and why.

>>> import deboiler
>>> deboiler.clean("Rain fell all day.\\n\\n\\u00a9 2024 Valley Gazette. All rights reserved.\\n")
'Rain fell all day.\\n'

Strings follow the library's rule: the result ends with a newline only when the input did,
line ends become LF, and only whitespace is normalised (as ``deboiler --jsonl`` does to a field).

This package links the Rust library; it never runs the ``deboiler`` command.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._deboiler import Cleaned, Cleaner, Removal, __version__, filters

__all__ = [
    "Cleaned",
    "Cleaner",
    "Removal",
    "__version__",
    "clean",
    "clean_batch",
    "explain",
    "filters",
]


def clean(
    text: str,
    *,
    disable: Iterable[str] = (),
    only: Iterable[str] | None = None,
    profile: str = "auto",
) -> str:
    """Return ``text`` cleaned.

    ``disable`` turns filters off and ``only`` runs only the given ones (filter ids, as
    ``deboiler --list-filters`` prints them; :func:`filters` lists them); ``profile`` is
    ``"auto"`` (detected per document), ``"article"`` (extracted article text) or ``"page"``
    (a full-page dump). An unknown id or profile raises ``ValueError``, a non-string
    ``TypeError``.

    To clean many documents, build one :class:`Cleaner` and call :meth:`Cleaner.clean_batch`.
    """
    return _cleaner(disable, only, profile).clean_text(text)


def clean_batch(
    texts: Sequence[str],
    *,
    jobs: int | None = None,
    disable: Iterable[str] = (),
    only: Iterable[str] | None = None,
    profile: str = "auto",
) -> list[str]:
    """Clean many documents on ``jobs`` threads (all cores when ``None``), without holding the
    GIL; the texts come back in input order. Same options as :func:`clean`."""
    return _cleaner(disable, only, profile).clean_batch(texts, jobs)


def explain(
    text: str,
    *,
    disable: Iterable[str] = (),
    only: Iterable[str] | None = None,
    profile: str = "auto",
) -> list[dict]:
    """The removals :func:`clean` makes in ``text``, as dicts: the ``removals`` of
    ``deboiler --explain --format json``, each with ``filter``, ``rule`` (``filter/rule``),
    ``lines`` (first and last, 1-based), ``bytes`` (UTF-8 offsets, end exclusive), ``reason``
    and ``text`` (the removed input)."""
    return _cleaner(disable, only, profile).explain(text)


def _cleaner(disable: Iterable[str], only: Iterable[str] | None, profile: str) -> Cleaner:
    if isinstance(disable, str) or isinstance(only, str):
        raise TypeError("disable and only take a list of filter ids, not a str")
    return Cleaner(
        disable=list(disable),
        only=None if only is None else list(only),
        profile=profile,
    )
