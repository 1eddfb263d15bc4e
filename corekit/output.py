"""Rendering results and writing them out without ever touching an input."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
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


STDIN = "-"


def output_path(out_dir: Path, input_path: str, fmt: str, names: Mapping[str, str] | None = None) -> Path:
    """Where ``-o DIR`` puts the output for ``input_path`` (``names``: from :func:`output_names`)."""
    name = (names or {}).get(input_path) or _base(input_path, None)
    return out_dir / (name + SUFFIX[fmt])


def output_names(paths: Iterable[str], roots: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Each input's output name under ``-o DIR``, without the format's suffix: unique, and made
    from the inputs alone (not from the order they finish in), so a resumed run finds them again.

    1. A file found in a directory argument keeps its path below that directory (``x.txt`` in
       ``corpus/a/`` from ``corpus`` is ``a/x``); a file named on the command line (or matched by a
       glob) keeps its name (``x``); stdin is ``stdin``.
    2. Inputs that would share a name take their paths below the deepest directory holding them
       all (``a/x.txt`` and ``b/x.txt``: ``a/x`` and ``b/x``); where that is not enough (``x.txt``
       and ``x.html``) they keep their extension too (``x.txt``, ``x.html``).
    3. A name still taken (rare: one input's mirrored path is another's name) gets ``-2``, ``-3``,
       ... in input order.

    Args:
        paths: The input files (see :func:`corekit.inputs.expand_rooted`).
        roots: The directory argument each path was found in, if any.
    """
    roots = roots or {}
    paths = list(paths)
    first: dict[str, str] = {}  # one entry per file, under the first spelling it came with
    for path in paths:
        first.setdefault(_identity(path), path)
    names = {path: _base(path, roots.get(path)) for path in first.values()}
    groups: dict[str, list[str]] = {}
    for path, name in names.items():
        groups.setdefault(name, []).append(path)
    for group in groups.values():
        if len(group) > 1:
            names.update(_apart([p for p in group if p != STDIN]))
    taken: set[str] = set()
    for path, name in names.items():
        unique, n = name, 1
        while unique in taken:
            n += 1
            unique = f"{name}-{n}"
        taken.add(unique)
        names[path] = unique
    # Every spelling of one file (``corpus/x.txt``, ``./corpus/x.txt``) gets that file's name.
    return {path: names[first[_identity(path)]] for path in paths}


def _identity(path: str) -> str:
    return STDIN if path == STDIN else os.path.abspath(path)


def _base(path: str, root: str | None) -> str:
    if path == STDIN:
        return "stdin"
    relative = PurePath(os.path.relpath(path, root)) if root else PurePath(PurePath(path).name)
    return _stem(relative).as_posix()


def _stem(path: PurePath) -> PurePath:
    return path.with_name(path.stem) if path.suffix else path


def _apart(group: list[str]) -> dict[str, str]:
    """Names for inputs that would share one: their paths below the directory holding them all,
    and their extensions too where those paths still meet."""
    if not group:
        return {}
    absolute = [os.path.abspath(p) for p in group]
    common = os.path.commonpath([os.path.dirname(a) for a in absolute])
    below = [PurePath(os.path.relpath(a, common)) for a in absolute]
    names = {p: _stem(b).as_posix() for p, b in zip(group, below, strict=True)}
    counts = Counter(names.values())
    for path, relative in zip(group, below, strict=True):
        if counts[names[path]] > 1:
            names[path] = relative.as_posix()
    return names


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: a run to stdout never needs it (shutil, random; a few ms of start-up)

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

    def __init__(
        self,
        fmt: str,
        out_dir: Path | None,
        inputs: Iterable[str],
        stream: TextIO,
        roots: Mapping[str, str | None] | None = None,
    ) -> None:
        self.fmt, self.out_dir, self.stream = fmt, out_dir, stream
        inputs = list(inputs)
        named = {p for p in inputs if p != STDIN}
        self.many = len(named) > 1
        # Resolving costs syscalls per input; only -o DIR needs it, to refuse overwriting an input.
        self.inputs = {Path(p).resolve() for p in named} if out_dir is not None else set()
        self.names = output_names(inputs, roots) if out_dir is not None else {}
        self._array: list[dict[str, object]] = []
        self._written: dict[Path, str] = {}

    def done(self, input_path: str) -> bool:
        """Whether ``input_path`` already has its output under ``out_dir`` (``--skip-existing``).

        Outputs are only ever renamed into place whole (:func:`write_atomic`), so one that
        exists is complete and an interrupted run can resume from it.
        """
        if self.out_dir is None or input_path == "-":
            return False
        return output_path(self.out_dir, input_path, self.fmt, self.names).is_file()

    @property
    def renders(self) -> bool:
        """Whether :meth:`write` uses ``render(result, fmt)``, which a worker can do ahead."""
        return not (self.out_dir is None and self.fmt == "json" and self.many)

    def write(self, result: Result | Cleaned, rendered: str | None = None) -> str | None:
        """Emit one result (``rendered``: its ``render(result, fmt)``, if done already); return
        why it was not written, or None."""
        path = result.path or "-"
        if self.out_dir is not None:
            target = output_path(self.out_dir, path, self.fmt, self.names)
            if target.resolve() in self.inputs:
                return f"output {target} would overwrite an input; not written"
            earlier = self._written.get(target)
            if earlier is not None and _identity(earlier) != _identity(path):  # names are unique: a bug
                return f"output {target} already holds {earlier}; not written"
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
