"""Rendering results and writing them out without ever touching an input."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

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
