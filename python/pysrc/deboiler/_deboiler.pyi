"""Type stubs of the extension module; the package re-exports these names."""

from collections.abc import Iterable, Sequence
from typing import Literal

__version__: str

class Removal:
    """One removal: which filter and rule removed which lines of the input, and why."""

    filter: str
    """The id of the filter that removed the lines (``"copyright"``)."""
    rule: str
    """The rule that found them, as ``filter/rule`` (``"copyright/leading-mark"``)."""
    lines: tuple[int, int]
    """First and last removed line, 1-based, inclusive."""
    bytes: tuple[int, int]
    """The removed span as UTF-8 byte offsets into the input, end exclusive."""
    chars: tuple[int, int]
    """The removed span as string indices, end exclusive: ``input[a:b] == removal.text``."""
    reason: str
    """Why the lines were removed, in words."""
    text: str
    """The removed lines as they were in the input, with the line ends between them."""
    def to_dict(self) -> dict:
        """The removal as ``deboiler --explain --format json`` writes it (without ``chars``)."""

class Cleaned:
    """The result of cleaning one document."""

    text: str
    """The cleaned text."""
    profile: Literal["article", "page"]
    """The profile the document was cleaned with."""
    removals: list[Removal]
    """Every removal, ordered by first line; no line is in two."""

class Cleaner:
    """A configured pipeline. Build it once and reuse it; it is safe to share between threads.

    ``disable`` turns filters off, ``only`` runs only the given ones (filter ids; see
    :func:`filters`), ``profile`` is ``"auto"``, ``"article"`` or ``"page"``. An unknown id or
    profile raises ``ValueError``.
    """

    def __init__(
        self,
        *,
        disable: Sequence[str] = ...,
        only: Sequence[str] | None = None,
        profile: Literal["auto", "article", "page"] = "auto",
    ) -> None: ...
    @property
    def filters(self) -> list[str]:
        """The ids of the filters this cleaner runs, in pipeline order."""
    @property
    def profile(self) -> Literal["auto", "article", "page"]:
        """The profile given."""
    def clean(self, text: str) -> Cleaned:
        """Clean one document: the text, the profile and the removals with their reasons."""
    def clean_text(self, text: str) -> str:
        """The cleaned text of one document, without the removals (faster than ``clean``)."""
    def clean_batch(self, texts: Iterable[str], jobs: int | None = None) -> list[str]:
        """Clean many documents on ``jobs`` threads (all cores when ``None``), without holding
        the GIL; the texts come back in input order. A non-string item raises ``TypeError``
        naming its index."""
    def explain(self, text: str) -> list[dict]:
        """The removals of ``text`` as ``deboiler --explain --format json`` gives them."""

def filters() -> list[tuple[str, str]]:
    """The built-in filters in pipeline order, as ``(id, summary)`` pairs."""
