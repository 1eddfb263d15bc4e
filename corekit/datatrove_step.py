"""corekit as a datatrove pipeline step, so one job runs on datatrove's local, Slurm or Ray executors.

Needs the ``datatrove`` extra (``pip install 'corekit[datatrove]'``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from corekit.datatrove_step import CorekitClean

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/", text_key="raw_text"), CorekitClean(timeout=10), JsonlWriter("clean/")],
        tasks=8,
    ).run()

Each document's ``text`` is replaced by the cleaned body; the rest of the result (source, title,
published, authors, quotes, names, removed, warnings) goes to ``metadata["corekit"]``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from datatrove.data import Document as TroveDocument
from datatrove.pipeline.base import PipelineStep

from corekit.batch import Failure, Options, clean_one
from corekit.model import Document
from corekit.plugins import default_plugin_manager

#: Where the result goes in ``metadata``.
METADATA_KEY = "corekit"


class CorekitClean(PipelineStep):
    """Clean and mine every document with corekit's plugins.

    Args:
        source: A source id to use instead of detection.
        aliases: Surface form -> canonical name table.
        strict: Fail a document when a plugin raises, instead of falling back to generic.
        timeout: Seconds one document may take (enforced with SIGALRM in the task's process).
        keep_failed: Pass a failed document on untouched, with ``metadata["corekit_error"]``,
            instead of dropping it.
    """

    name = "corekit clean"
    type = "🧹 - CLEAN"

    def __init__(
        self,
        *,
        source: str | None = None,
        aliases: Mapping[str, str] | None = None,
        strict: bool = False,
        timeout: float | None = None,
        keep_failed: bool = False,
    ) -> None:
        super().__init__()
        self.options = Options(source=source, aliases=dict(aliases or {}), strict=strict, timeout=timeout)
        self.keep_failed = keep_failed

    def run(
        self, data: Iterator[TroveDocument] | None, rank: int = 0, world_size: int = 1
    ) -> Iterator[TroveDocument]:
        if data is None:
            return
        pm = default_plugin_manager()  # once per task process, never per document
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                outcome = clean_one(_document(doc), pm, self.options)
            if isinstance(outcome, Failure):
                self.stat_update("failed")
                if self.keep_failed:
                    doc.metadata[f"{METADATA_KEY}_error"] = outcome.reason
                    yield doc
                continue
            result = outcome.to_dict()
            doc.text = result.pop("body")
            result.pop("path")
            doc.metadata[METADATA_KEY] = result
            self.stat_update(f"source_{outcome.source.id}")
            self.stat_update("forwarded")
            self.update_doc_stats(doc)
            yield doc


def _document(doc: TroveDocument) -> Document:
    """The corekit view of a datatrove document: what the reader put in metadata helps detection."""
    meta: dict[str, Any] = doc.metadata
    authors = meta.get("authors") or meta.get("author") or ()
    return Document(
        text=doc.text,
        path=str(doc.id),
        url=_str(meta.get("url")),
        title=_str(meta.get("title")),
        published=_str(meta.get("published")),
        authors=(authors,) if isinstance(authors, str) else tuple(map(str, authors)),
        site_name=_str(meta.get("site_name")),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
