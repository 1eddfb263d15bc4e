"""Running the pipeline over a stream of documents, turning every failure into a record."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from corekit.inputs import InputError
from corekit.model import Document, Result
from corekit.pipeline import PluginError, run
from corekit.plugins import PluginManager


@attrs.frozen(kw_only=True)
class Failure:
    """A document that could not be cleaned.

    Attributes:
        path: The input it came from.
        reason: One line saying why.
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def process(
    documents: Iterable[Document | InputError],
    *,
    pm: PluginManager,
    source: str | None = None,
    aliases: Mapping[str, str] | None = None,
    strict: bool = False,
) -> Iterator[Result | Failure]:
    """One outcome per input, in input order; a bad input never stops the stream."""
    for document in documents:
        if isinstance(document, InputError):
            yield Failure(path=document.path, reason=document.reason)
            continue
        try:
            yield run(document, source=source, aliases=aliases, strict=strict, pm=pm)
        except PluginError as exc:
            yield Failure(path=document.path or "-", reason=str(exc))
