"""Turning command-line paths into documents, with a one-line reason for each bad one."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from corekit import html
from corekit.model import Document
from corekit.plugins import PluginManager

STDIN = "-"
#: What a directory is searched for (HTML pages are extracted, see corekit.html).
TEXT_SUFFIXES = (".txt", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")


class InputError(Exception):
    """An input that cannot be cleaned; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def expand(paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[str | InputError]:
    """Files in the order given: directories searched (sorted) for ``suffixes``, globs expanded,
    ``-`` kept."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in suffixes and p.is_file() and not p.name.startswith(".")
            )
            if not found:
                yield InputError(raw, f"directory holds no {'/'.join(suffixes)} files")
            yield from found
        elif not os.path.lexists(raw) and _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "no file matches this pattern")
            yield from expand(matches, suffixes)
        else:
            yield raw


def documents(
    paths: Iterable[str | InputError], *, input_format: str = "auto", pm: PluginManager | None = None
) -> Iterator[Document | InputError]:
    """A document per path from :func:`expand`, or the error that stopped it, in order.

    HTML pages (``input_format`` ``html``, or ``auto`` and sniffed) are extracted; see
    :func:`corekit.html.read_document`.
    """
    for path in paths:
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield html.read_document(read_text(path), path=path, input_format=input_format, pm=pm)
        except InputError as exc:
            yield exc
        except (html.HtmlError, html.MissingExtractor) as exc:
            yield InputError(path, str(exc))


def read_text(path: str) -> str:
    """The decoded text of a file (or stdin), or :class:`InputError` saying why not."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    return decode(path, data)


def decode(path: str, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary and undecodable data are refused."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(path, "empty: no text to clean")
    return text
