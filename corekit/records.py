"""Records in (JSONL, CSV) and records out (JSONL), so corekit drops into a data pipeline.

Each input record is one document: its text comes from a text field (or an
HTML field, extracted as a page), its URL from a URL field. Each output line
is the input record with every one of its own fields kept and corekit's
result (``Result.to_dict()``) added under the ``corekit`` key; an existing
``corekit`` key is replaced. Nothing is loaded whole: files and stdin are read
a line (a CSV row) at a time, and a record stays in memory only until its
result is written.

A bad record (not JSON, not an object, no text field) becomes a one-line
error naming the file and line (``data.jsonl:12: ...``); the rest go on.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from corekit.inputs import STDIN, TEXT_SUFFIXES, InputError
from corekit.output import output_path

if TYPE_CHECKING:  # the command line imports this module for its constants: keep it light
    from corekit.model import Document, Result
    from corekit.plugins import PluginManager

RECORD_FORMATS = ("jsonl", "csv")
INPUT_FORMATS = ("auto", "text", "html", *RECORD_FORMATS)
#: Tried in order when no ``--text-field`` is given.
TEXT_FIELDS = ("text", "raw_text", "content", "html")
#: A field by this name holds a page even when it does not start like one.
HTML_FIELD = "html"
URL_FIELD = "url"
RESULT_KEY = "corekit"
SUFFIXES = {"jsonl": (".jsonl",), "csv": (".csv",)}


def suffixes_for(input_format: str) -> tuple[str, ...]:
    """What a directory is searched for under ``input_format`` (``auto`` never picks up records,
    so that a run's own JSONL output in the same tree is not read back as input)."""
    if input_format in SUFFIXES:
        return SUFFIXES[input_format]
    if input_format == "html":
        from corekit.html import HTML_SUFFIXES

        return HTML_SUFFIXES
    if input_format == "text":
        return (".txt",)
    return TEXT_SUFFIXES


def record_format(path: str, input_format: str) -> str | None:
    """``jsonl`` or ``csv`` when ``path`` is a record file under ``input_format``, else None."""
    if input_format in RECORD_FORMATS:
        return input_format
    if input_format == "auto":
        for fmt, suffixes in SUFFIXES.items():
            if path.lower().endswith(suffixes):
                return fmt
    return None


def _where(path: str, line: int) -> str:
    return f"{'<stdin>' if path == STDIN else path}:{line}"


def _open(path: str) -> IO[bytes]:
    if path == STDIN:
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the reader that iterates it
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def read_jsonl(path: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """(line number, record or error) per non-blank line, one line in memory at a time."""
    handle = _open(path)
    try:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                value = json.loads(line)
            except UnicodeDecodeError as exc:
                yield number, InputError(_where(path, number), f"not UTF-8 (bad byte at column {exc.start})")
                continue
            except json.JSONDecodeError as exc:
                yield number, InputError(_where(path, number), f"not JSON: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(value, dict):
                kind = type(value).__name__
                yield number, InputError(_where(path, number), f"not a JSON object but {kind}")
                continue
            yield number, value
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def read_csv(path: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """(line number, row) per CSV row after the header, one row in memory at a time."""
    import csv  # here: most runs read no CSV

    # A page in a cell easily passes csv's default 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    handle = _open(path)
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(text)
        start = 2
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                # A CSV cannot be resynchronised after a bad byte: report it and stop this file.
                reason = f"not UTF-8 ({exc.reason}); rest of file skipped"
                yield start, InputError(_where(path, start), reason)
                return
            except csv.Error as exc:
                yield start, InputError(_where(path, start), f"bad CSV: {exc}")
                start = reader.line_num + 1
                continue
            yield start, {k: v for k, v in row.items() if k is not None}
            start = reader.line_num + 1
    finally:
        if handle is sys.stdin.buffer:
            text.detach()
        else:
            text.close()


class RecordRun:
    """Documents from record files, and the writer that joins each result back to its record.

    Has the same ``write``/``close`` face as :class:`corekit.output.Sink`.
    """

    def __init__(
        self,
        paths: Iterable[str | InputError],
        input_format: str,
        *,
        text_field: str | None = None,
        url_field: str = URL_FIELD,
        pm: PluginManager | None = None,
        out_dir: Path | None = None,
        stream: TextIO | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.input_format = input_format
        self.text_fields = (text_field,) if text_field else TEXT_FIELDS
        self.url_field = url_field
        self.pm = pm
        self.out_dir = out_dir
        self.names = dict(names or {})  # see corekit.output.output_names
        self.stream = stream or sys.stdout
        self.inputs = {Path(p).resolve() for p in self.paths if isinstance(p, str) and p != STDIN}
        # Records waiting for their result, keyed by 'file:line' (the document's path).
        self.pending: dict[str, tuple[str, dict[str, Any]]] = {}
        self.outputs: dict[Path, tuple[TextIO, str]] = {}

    def documents(self) -> Iterator[Document | InputError]:
        """One document (or error) per record, in file then line order."""
        for path in self.paths:
            if isinstance(path, InputError):
                yield path
                continue
            fmt = record_format(path, self.input_format) or "jsonl"
            rows = read_csv(path) if fmt == "csv" else read_jsonl(path)
            try:
                for number, row in rows:
                    if isinstance(row, InputError):
                        yield row
                        continue
                    where = _where(path, number)
                    try:
                        document = self.document(row, where)
                    except InputError as exc:
                        yield exc
                        continue
                    self.pending[where] = (path, row)
                    yield document
            except InputError as exc:
                yield exc

    def document(self, record: dict[str, Any], where: str) -> Document:
        """The document for one record; :class:`InputError` when it has no usable text."""
        field = next((f for f in self.text_fields if f in record), None)
        if field is None:
            raise InputError(where, f"no text field (looked for {', '.join(self.text_fields)})")
        text = record[field]
        if not isinstance(text, str) or not text.strip():
            raise InputError(where, f"field {field!r} holds no text")
        url = record.get(self.url_field)
        url = url if isinstance(url, str) and url.strip() else None
        fmt = "html" if field == HTML_FIELD else "auto"
        from corekit import html

        try:
            return html.read_document(text, path=where, url=url, input_format=fmt, pm=self.pm)
        except (html.HtmlError, html.MissingExtractor) as exc:
            raise InputError(where, str(exc)) from None

    #: Records are written with the result merged in, so workers have nothing to render ahead.
    renders = False

    def write(self, result: Result, rendered: str | None = None) -> str | None:
        """Write the result's record with corekit's answer added; return why not, or None."""
        path, record = self.pending.pop(result.path or "", ("-", None))
        if record is None:
            return "no record for this result"
        line = json.dumps({**record, RESULT_KEY: result.to_dict()}, ensure_ascii=False) + "\n"
        if self.out_dir is None:
            self.stream.write(line)
            return None
        target = output_path(self.out_dir, path, "jsonl", self.names)
        if target.resolve() in self.inputs:
            return f"output {target} would overwrite an input; not written"
        if target not in self.outputs:
            target.parent.mkdir(parents=True, exist_ok=True)
            import tempfile  # here: only -o needs it

            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            self.outputs[target] = (os.fdopen(fd, "w", encoding="utf-8"), tmp)
        self.outputs[target][0].write(line)
        return None

    def forget(self, path: str) -> None:
        """Drop the record of a document that failed (its error is reported, not written)."""
        self.pending.pop(path, None)

    def close(self) -> None:
        """Flush stdout, or move each finished output file into place (a reader never sees half)."""
        for target, (handle, tmp) in self.outputs.items():
            handle.close()
            os.replace(tmp, target)
        self.outputs.clear()
        self.stream.flush()
