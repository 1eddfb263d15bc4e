"""What every outlet plugin's tests check, shared so that sixteen test suites do not copy it.

Plain functions, no pytest: a plugin's tests call them and assert on what they return. The dev
rows are the team's ``shared/data/indonesian-news-dev.jsonl``, never copied into a repository;
:func:`dev_rows` returns None where it is absent so the caller can skip.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex

from corekit.audit import audit
from corekit.model import Article, Document, SourceMatch

DEV_ROWS = Path("data") / "indonesian-news-dev.jsonl"

#: Boilerplate no body may keep, whichever plugin cleaned it (the gold README's removed list). A bare
#: '(*)' is not here: the PFSA-ID gold keeps it as the article's own end mark.
MARKERS = regex.compile(
    r"""SCROLL\ TO\ CONTINUE\ WITH\ CONTENT
    |^(?i:advertisement)$|ADVERTISEMENT
    |(?i:baca\ juga)
    |^(?i:simak\ video)|\[Gambas:|(?i:lihat\ juga\ video)
    |^Daftar\ Isi$
    |(?i:(?:artikel|berita)\ ini\ telah\ (?:tayang|terbit|dimuat)\ di)
    |(?i:di\ google\ news)|(?i:whatsapp\ channel)|(?i:saluran\ whatsapp)
    |(?<=[.!?"”’)]\s?|^)\((?:\*/?)?[a-z][a-z\d]{1,4}(?:/[a-z][a-z\d]{1,4})?\*?\)\.?$
    |View\ this\ post\ on\ Instagram|A\ post\ shared\ by
    |(?i:scroll\ ke\ bawah\ untuk\ membaca)|^(?i:simak\ selengkapnya)|^(?i:tonton\ juga)""",
    regex.VERBOSE | regex.MULTILINE,
)
_SENTENCE = regex.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", regex.MULTILINE)


def shared_dirs(start: Path) -> Iterable[Path]:
    """``shared`` beside every folder from ``start`` up: the repository's, or a worktree's parent's."""
    for folder in (start, *start.parents):
        yield folder / "shared"


def dev_rows(outlet: str | None, start: Path | None = None) -> list[dict[str, Any]] | None:
    """The dev rows of ``outlet`` (all with None), or None where the shared data is not here."""
    for shared in shared_dirs((start or Path.cwd()).resolve()):
        path = shared / DEV_ROWS
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                rows = [json.loads(line) for line in f if line.strip()]
            return [row for row in rows if outlet is None or row["outlet"] == outlet]
    return None


def fixture(path: Path) -> tuple[Document, dict[str, Any]]:
    """A fixture ``name.txt`` and what it must come out as, ``name.json``."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return Document(text=path.read_text(encoding="utf-8"), url=expected.get("url")), expected


def markers_left(body: str) -> list[str]:
    """The boilerplate markers still in ``body``."""
    return [m.group() for m in MARKERS.finditer(body)]


def sentences_lost(document: Document, article: Article) -> list[str]:
    """Input sentences whose text outside every removed span is missing from the body.

    Nothing may disappear without a record: what no rule removed must be in the body.
    """
    text, body = document.text, article.body
    spans = sorted((r.start, r.end) for r in article.removed)
    lost = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        pieces, pos = [], start
        for a, b in spans:
            if b <= pos or a >= end:
                continue
            pieces.append(text[pos : max(pos, a)])
            pos = max(pos, b)
        pieces.append(text[pos:end])
        if any(p.strip() and p.strip() not in body for p in pieces):
            lost.append(m.group().strip())
    return lost


def dev_row_failures(
    strip: Callable[..., Article | None], source: SourceMatch, rows: Iterable[dict[str, Any]]
) -> list[tuple[str, str, object]]:
    """What ``strip`` (a plugin's ``strip_boilerplate``) gets wrong on dev rows, as (url, what, detail).

    A marker left in the body, an input sentence missing from it, or a break of the audit
    (a character in neither the body nor a removed span). An empty list is the pass.
    """
    failures: list[tuple[str, str, object]] = []
    for row in rows:
        document = Document(text=row["raw_text"])
        article = strip(document=document, source=source)
        assert article is not None, f"{source.id} declined its own source"
        failures += [(row["url"], "marker", m) for m in markers_left(article.body)]
        failures += [(row["url"], "lost", s) for s in sentences_lost(document, article)]
        failures += [(row["url"], "audit", p) for p in audit(document, article)]
    return failures
