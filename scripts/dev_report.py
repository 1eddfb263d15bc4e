"""Report how the installed plugins do on the dev rows, per outlet: markers left, sentences lost,
wrong sources from the text alone, and removed lines that read like prose (to review by eye).

    python scripts/dev_report.py all            # every outlet, problems then the table
    python scripts/dev_report.py kompas -v      # one outlet, every removed piece with its rule
    python scripts/dev_report.py all --generic  # the generic plugin alone

The rows are ``../shared/data/indonesian-news-dev.jsonl``; the checks are ``corekit.testing``'s,
the same the tests assert.
"""

from __future__ import annotations

import sys

import regex

from corekit.model import Document
from corekit.testing import MARKERS, dev_rows, markers_left, sentences_lost

#: A removed piece this long that ends like a sentence is probably article text.
_PROSE = regex.compile(r"(?:\S+\s+){11,}\S*[.!?”\"]$")


def prose_removed(removed: tuple) -> list[tuple[str, str]]:
    """(rule, line) of removed lines that read like article sentences (to review: captions land here too)."""
    return [
        (r.rule, line)
        for r in removed
        for line in r.text.splitlines()
        if _PROSE.search(MARKERS.sub("", line).strip())
    ]


def main(outlet: str) -> None:
    from corekit.pipeline import run
    from corekit.plugins import make_plugin_manager

    pm = make_plugin_manager()
    generic = "--generic" in sys.argv
    if generic:
        pm = make_plugin_manager(entry_points=False)
    stats: dict[str, list[int]] = {}
    for i, row in enumerate(dev_rows(None if outlet == "all" else outlet) or ()):
        result = run(Document(text=row["raw_text"]), pm=pm, strict=True)
        article = result.article
        left = markers_left(article.body)
        lost = sentences_lost(Document(text=row["raw_text"]), article)
        prose = prose_removed(article.removed)
        wrong = not generic and result.source.id != row["outlet"]
        st = stats.setdefault(row["outlet"], [0, 0, 0, 0, 0])
        st[0] += 1
        st[1] += len(left)
        st[2] += len(lost)
        st[3] += wrong
        st[4] += len(prose)
        if left or lost or wrong or prose or "-v" in sys.argv:
            source = f"{result.source.id} ({result.source.evidence})"
            print(f"== {row['outlet']} #{i} source={source} {row['url']}")
            for m in left:
                print("   MARKER", repr(m))
            for s in lost:
                print("   LOST", repr(s[:120]))
            for rule, line in prose:
                print(f"   PROSE? [{rule}] {line[:150]!r}")
            if "-v" in sys.argv:
                for r in article.removed:
                    print(f"   - [{r.rule}] {r.text[:140]!r}")
    print(f"{'outlet':12} rows markers lost wrong-source prose-removed")
    for name, (n, left_n, lost_n, wrong_n, prose_n) in sorted(stats.items()):
        print(f"{name:12} {n:4} {left_n:7} {lost_n:4} {wrong_n:12} {prose_n:6}")


if __name__ == "__main__":
    main(sys.argv[1])
