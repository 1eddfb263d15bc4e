"""Check an Article against its Document: the invariant every stripper must keep.

Every non-blank character of the input is either in the body or inside a
removed span; removed spans are verbatim, in input order and disjoint; the
body is exactly what is left: per line the pieces outside removed spans,
stripped and joined by one space, lines as paragraphs joined by a blank line.
Tests of every plugin call :func:`audit`.
"""

from __future__ import annotations

from corekit.model import Article, Document


def audit(document: Document, article: Article) -> list[str]:
    """What is wrong with ``article`` as a cleaning of ``document`` (empty when all is well)."""
    text = document.text
    problems: list[str] = []
    last_end = 0
    for r in article.removed:
        if text[r.start : r.end] != r.text:
            problems.append(f"removed text is not verbatim at {r.start}:{r.end} ({r.rule})")
        if r.start < last_end:
            problems.append(f"removed span {r.start}:{r.end} ({r.rule}) overlaps or is out of order")
        if not r.text.strip():
            problems.append(f"removed span {r.start}:{r.end} ({r.rule}) is blank")
        last_end = max(last_end, r.end)
    mask = bytearray(len(text))
    for r in article.removed:
        mask[r.start : r.end] = b"\x01" * (r.end - r.start)
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        pieces: list[str] = []
        piece: list[str] = []
        for i, ch in enumerate(line, pos):
            if mask[i]:
                if piece:
                    pieces.append("".join(piece))
                    piece = []
            else:
                piece.append(ch)
        if piece:
            pieces.append("".join(piece))
        kept = [p.strip() for p in pieces if p.strip()]
        if kept:
            paragraphs.append(" ".join(kept))
        pos += len(line) + 1
    expected = "\n\n".join(paragraphs)
    if expected != article.body:
        problems.append(f"body is not the input less the removed spans: expected {expected[:200]!r}...")
    return problems
