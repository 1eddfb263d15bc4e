"""Rendering results and writing them out without ever touching an input."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

if TYPE_CHECKING:
    from corekit.batch import Cleaned
    from corekit.model import Result

FORMATS = ("text", "json", "jsonl")
SUFFIX = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}


def render(result: Result, fmt: str) -> str:
    """One document in ``fmt``; the text form is the body alone."""
    if fmt == "text":
        return result.article.body + "\n"
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"


def output_path(out_dir: Path, input_path: str, fmt: str) -> Path:
    """Where ``-o DIR`` puts the output for ``input_path``."""
    name = "stdin" if input_path == "-" else Path(input_path).stem
    return out_dir / (name + SUFFIX[fmt])


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _whole(result: Result | Cleaned) -> Result:
    """The whole result; a :class:`Cleaned` one always comes with its rendering."""
    if not hasattr(result, "to_dict"):
        raise TypeError(f"{result!r} is rendered already: pass its text to write()")
    return cast("Result", result)


class Sink:
    """Where results go: stdout in the chosen format, or one file per input under ``out_dir``.

    Refuses (returns a reason) rather than overwrite an input file.
    """

    def __init__(self, fmt: str, out_dir: Path | None, inputs: Iterable[str], stream: TextIO) -> None:
        self.fmt, self.out_dir, self.stream = fmt, out_dir, stream
        named = {p for p in inputs if p != "-"}
        self.many = len(named) > 1
        # Resolving costs syscalls per input; only -o DIR needs it, to refuse overwriting an input.
        self.inputs = {Path(p).resolve() for p in named} if out_dir is not None else set()
        self._array: list[dict[str, object]] = []
        self._written: dict[Path, str] = {}

    def done(self, input_path: str) -> bool:
        """Whether ``input_path`` already has its output under ``out_dir`` (``--skip-existing``).

        Outputs are only ever renamed into place whole (:func:`write_atomic`), so one that
        exists is complete and an interrupted run can resume from it.
        """
        if self.out_dir is None or input_path == "-":
            return False
        return output_path(self.out_dir, input_path, self.fmt).is_file()

    @property
    def renders(self) -> bool:
        """Whether :meth:`write` uses ``render(result, fmt)``, which a worker can do ahead."""
        return not (self.out_dir is None and self.fmt == "json" and self.many)

    def write(self, result: Result | Cleaned, rendered: str | None = None) -> str | None:
        """Emit one result (``rendered``: its ``render(result, fmt)``, if done already); return
        why it was not written, or None."""
        path = result.path or "-"
        if self.out_dir is not None:
            target = output_path(self.out_dir, path, self.fmt)
            if target.resolve() in self.inputs:
                return f"output {target} would overwrite an input; not written"
            if target in self._written:  # two inputs with one stem: keep the first, say so
                return f"output {target} already holds {self._written[target]}; not written"
            try:
                write_atomic(target, rendered if rendered is not None else render(_whole(result), self.fmt))
            except OSError as exc:  # a full disk or a read-only directory fails this document only
                return f"cannot write {target}: {exc.strerror or exc}"
            self._written[target] = path
        elif self.fmt == "json" and self.many:
            self._array.append(_whole(result).to_dict())
        else:
            if self.fmt == "text" and self.many:
                self.stream.write(f"==> {path} <==\n")
            self.stream.write(rendered if rendered is not None else render(_whole(result), self.fmt))
        return None

    def close(self) -> None:
        if self._array:
            self.stream.write(json.dumps(self._array, ensure_ascii=False, indent=2) + "\n")
        self.stream.flush()
