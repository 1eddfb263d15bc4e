"""Turning command-line paths into documents, with a one-line reason for each bad one.

Decoding (charset-normalizer, ftfy) and HTML are imported where a file is first read, not with
this module: the command line imports it for its constants, and ``--help`` should not pay for them.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from corekit.decoding import Decoded
    from corekit.model import Document
    from corekit.plugins import PluginManager

STDIN = "-"
#: What a directory is searched for (HTML pages are extracted, see corekit.html).
TEXT_SUFFIXES = (".txt", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")
MIB = 1024 * 1024
#: The default input size limit. A news article is a few KiB; anything past this is not one
#: (a dump, a log, a stray binary), and refusing it up front keeps memory and time bounded.
MAX_BYTES = 10 * MIB


class InputError(Exception):
    """An input that cannot be cleaned; ``str()`` is the one-line message naming the file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def expand(paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[str | InputError]:
    """Files in the order given: directories searched (sorted) for ``suffixes``, globs expanded,
    ``-`` kept."""
    for path, _ in expand_rooted(paths, suffixes):
        yield path


def expand_rooted(
    paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES
) -> Iterator[tuple[str | InputError, str | None]]:
    """:func:`expand`, each file with the directory argument it was found in (None for a file
    named or matched by a glob), which ``-o DIR`` mirrors (see :func:`corekit.output.output_names`)."""
    for raw in paths:
        if raw == STDIN:
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in suffixes
                and not p.name.startswith(".")
                # a broken symlink is kept so that it is reported, not silently skipped
                and (p.is_file() or (p.is_symlink() and not p.exists()))
            )
            if not found:
                yield InputError(raw, f"directory holds no {'/'.join(suffixes)} files"), None
            for file in found:
                yield file, raw
        elif not os.path.lexists(raw) and _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "no file matches this pattern"), None
            yield from expand_rooted(matches, suffixes)
        else:
            yield raw, None


def documents(
    paths: Iterable[str | InputError],
    *,
    input_format: str = "auto",
    pm: PluginManager | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document | InputError]:
    """A document per path from :func:`expand`, or the error that stopped it, in order.

    HTML pages (``input_format`` ``html``, or ``auto`` and sniffed) are extracted; see
    :func:`corekit.html.read_document`. What decoding changed (encoding detected, mojibake
    repaired, NULs dropped) goes into ``Document.notes``.
    """
    for path in paths:
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield read_document(path, input_format=input_format, pm=pm, max_bytes=max_bytes)
        except InputError as exc:
            yield exc


def read_document(
    path: str, *, input_format: str = "auto", pm: PluginManager | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """The document of one file (see :func:`documents`), or :class:`InputError` saying why not."""
    import attrs

    from corekit import html

    decoded = read_decoded(path, max_bytes=max_bytes)
    try:
        document = html.read_document(decoded.text, path=path, input_format=input_format, pm=pm)
    except (html.HtmlError, html.MissingExtractor) as exc:
        raise InputError(path, str(exc)) from None
    return attrs.evolve(document, notes=decoded.notes + document.notes)


def read_text(path: str, *, max_bytes: int = MAX_BYTES) -> str:
    """The decoded text of a file (or stdin), or :class:`InputError` saying why not."""
    return read_decoded(path, max_bytes=max_bytes).text


def read_decoded(path: str, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """The decoded file (or stdin) with notes on what decoding changed, or :class:`InputError`."""
    return _decode(path, read_bytes(path, max_bytes=max_bytes))


def read_bytes(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The raw bytes of a file (or stdin), at most ``max_bytes``; opened for reading only."""
    if path == STDIN:
        return _bounded(path, sys.stdin.buffer, max_bytes)
    try:
        # stat first: opening a FIFO would block until a writer comes.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file")
        if info.st_size > max_bytes:
            raise InputError(path, _too_large(info.st_size, max_bytes))
        with open(path, "rb") as handle:
            return _bounded(path, handle, max_bytes)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(path, f"broken symbolic link (to {os.readlink(path)})") from None
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def _bounded(path: str, handle: BinaryIO, max_bytes: int) -> bytes:
    # One byte past the limit tells "exactly at the limit" from "over it" without reading it all.
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(path, _too_large(None, max_bytes))
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    limit = f"{max_bytes / MIB:g} MiB"
    if size is None:
        return f"too large: over the {limit} limit (--max-size)"
    return f"too large: {size / MIB:.1f} MiB, over the {limit} limit (--max-size)"


def decode(path: str, data: bytes) -> str:
    """The text of ``data`` (see :mod:`corekit.decoding`), or :class:`InputError` naming ``path``."""
    return _decode(path, data).text


def _decode(path: str, data: bytes) -> Decoded:
    from corekit.decoding import NotText, decode_bytes

    try:
        return decode_bytes(data)
    except NotText as exc:
        raise InputError(path, str(exc)) from None
