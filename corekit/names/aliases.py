"""The user's alias table: reading it from a file and finding its surfaces in a body."""

from __future__ import annotations

import csv
import functools
import io
import pathlib
import sys
from collections.abc import Mapping

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


def load_aliases(path: str | pathlib.Path) -> dict[str, str]:
    """Read a surface -> canonical table from a TOML or CSV file.

    TOML: an ``[aliases]`` table, or string keys at the top level.
    CSV: two columns ``surface,canonical``; a first row ``surface,canonical``
    (any case) is taken as a header and skipped.
    """
    path = pathlib.Path(path)
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".toml":
        data = tomllib.loads(text)
        table = data.get("aliases", data)
        if not isinstance(table, dict):
            raise ValueError(f"{path}: [aliases] must be a table")
        return {str(k): v for k, v in table.items() if isinstance(v, str)}
    out: dict[str, str] = {}
    for i, row in enumerate(csv.reader(io.StringIO(text))):
        cells = [c.strip() for c in row]
        if len(cells) < 2 or not cells[0] or cells[0].startswith("#"):
            continue
        if i == 0 and (cells[0].lower(), cells[1].lower()) == ("surface", "canonical"):
            continue
        out[cells[0]] = cells[1]
    return out


@functools.lru_cache(maxsize=32)
def _pattern(surfaces: tuple[str, ...]) -> regex.Pattern[str]:
    # One alternation, longest first, compiled once per distinct table.
    alternation = "|".join(regex.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}\p{N}_])(?:" + alternation + r")(?![\p{L}\p{N}_])")


def scan_aliases(body: str, aliases: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, canonical) for every whole-word occurrence of a user surface form."""
    surfaces = tuple(sorted(s for s in aliases if s.strip()))
    if not surfaces:
        return []
    return [(m.start(), m.end(), aliases[m.group()]) for m in _pattern(surfaces).finditer(body)]
