"""Render what the cleaner removed: the input with every removed piece marked and named.

``corekit clean --explain FILE`` prints this. Plain text marks a removed
piece as ``[-piece-]{plugin:rule}``; with colour the piece is red and struck
through and the rule is dimmed, so the kept article reads normally.
"""

from __future__ import annotations

from collections import Counter

from corekit.model import Article, Document, SourceMatch

_RED, _DIM, _STRIKE, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[9m", "\x1b[0m"


def mark(document: Document, article: Article, color: bool = False) -> str:
    """``document.text`` with each of ``article.removed`` marked where it stands."""
    text = document.text
    out: list[str] = []
    pos = 0
    for r in sorted(article.removed, key=lambda r: r.start):
        if r.start < pos:  # overlapping spans are a bug elsewhere; show the text once
            continue
        out.append(text[pos : r.start])
        tag = f"{{{r.plugin}:{r.rule}}}"
        if color:
            out.append(f"{_RED}{_STRIKE}{r.text}{_RESET}{_DIM}{tag}{_RESET}")
        else:
            out.append(f"[-{r.text}-]{tag}")
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def render(
    document: Document, article: Article, source: SourceMatch | None = None, color: bool = False
) -> str:
    """The marked input, then what was kept and a count of removals per rule."""
    lines = []
    if source is not None:
        lines.append(f"source: {source.id} ({source.name}, {source.confidence:.2f} by {source.plugin}"
                     f"{', ' + source.evidence if source.evidence else ''})")
    lines.append(f"title: {article.title}")
    lines.append(f"published: {article.published}")
    lines.append(f"authors: {', '.join(article.authors) or '-'}")
    lines.append("")
    lines.append(mark(document, article, color=color).rstrip("\n"))
    lines.append("")
    counts = Counter(f"{r.plugin}:{r.rule}" for r in article.removed)
    paragraphs = article.body.split("\n\n") if article.body else []
    words = len(article.body.split())
    removed = len(article.removed)
    lines.append(f"kept {words} words in {len(paragraphs)} paragraphs; removed {removed} pieces:")
    lines.extend(f"  {n:3d}  {rule}" for rule, n in counts.most_common())
    return "\n".join(lines) + "\n"
