"""Reading a sample of one outlet's articles: a directory of ``.txt`` files or a JSONL file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import attrs

#: JSONL fields that may hold an article's text, in order of preference.
TEXT_FIELDS = ("raw_text", "text")


class SampleError(Exception):
    """A sample that cannot be read; ``str()`` says which file and why."""


@attrs.frozen
class Sample:
    """One article of the sample.

    Attributes:
        text: The page text as scraped.
        name: Where it came from (file name, or ``file:line`` for JSONL).
        title: The headline the record gives, if any.
        url: The page's URL, if the record gives one.
    """

    text: str
    name: str
    title: str | None = None
    url: str | None = None


def read_samples(path: str | Path) -> tuple[Sample, ...]:
    """Every article under ``path``, duplicates dropped (a page scraped twice must not count twice)."""
    path = Path(path)
    if path.is_dir():
        found = _read_dir(path)
    elif path.is_file():
        found = _read_jsonl(path)
    else:
        raise SampleError(f"{path}: no such file or directory")
    seen: set[str] = set()
    unique = []
    for sample in found:
        digest = hashlib.sha1(sample.text.strip().encode("utf-8")).hexdigest()
        if sample.text.strip() and digest not in seen:
            seen.add(digest)
            unique.append(sample)
    return tuple(unique)


def _read_dir(path: Path) -> list[Sample]:
    files = sorted(p for p in path.rglob("*.txt") if p.is_file() and not p.name.startswith("."))
    if not files:
        raise SampleError(f"{path}: directory holds no .txt files")
    return [Sample(text=p.read_text(encoding="utf-8-sig"), name=p.name) for p in files]


def _read_jsonl(path: Path) -> list[Sample]:
    samples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SampleError(f"{path}:{number}: not JSON ({exc.msg})") from None
            text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
            if text is None:
                raise SampleError(f"{path}:{number}: no text field ({' or '.join(TEXT_FIELDS)})")
            samples.append(
                Sample(
                    text=text, name=f"{path.name}:{number}", title=record.get("title"), url=record.get("url")
                )
            )
    return samples


def samples_from_records(records: list[dict[str, str]]) -> tuple[Sample, ...]:
    """Samples from records already in memory (the benchmark's rows)."""
    return tuple(
        Sample(text=r["raw_text"], name=str(r.get("id", i)), title=r.get("title"), url=r.get("url"))
        for i, r in enumerate(records)
    )
