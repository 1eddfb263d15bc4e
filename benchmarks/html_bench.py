"""trafilatura alone vs corekit on the same HTML pages: extraction quality and time.

Data: the 181 English pages of the ScrapingHub article-extraction benchmark (MIT),
read from ``../shared/data/aeb`` next to the repository (never copied in); the
script says so and exits 0 where it is absent.

Quality is the benchmark's own measure: precision, recall and F1 of the
predicted article body against ``articleBody``, over shingles of 4 word tokens
(``--ngram 1`` gives plain token P/R/F1), normalised per page and averaged over
pages. Time: every page runs through each system in turn, ``--repeat`` times,
and the fastest run per page and system is summed, so that load from other
processes on the machine disturbs the ratio as little as possible; each round
starts with another system.

Systems:

- ``trafilatura``: ``bare_extraction`` with corekit's options (text plus metadata,
  no comments): the extraction corekit asks of trafilatura, done alone.
- ``corekit``: ``corekit.html.to_document`` (head read, hints, trafilatura), then
  source detection and the boilerplate hook: what ``corekit clean page.html`` does
  before names and quotes.
- ``trafilatura.extract``: for reference, the call the benchmark's own runner makes
  (text only, no metadata).
- ``corekit + names, quotes`` (``--whole``): the whole ``corekit clean``, for information.

Run: ``python benchmarks/html_bench.py [--repeat 3] [--ngram 4] [--limit N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "aeb"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def counts(true: str, pred: str, n: int) -> tuple[float, float, float]:
    """tp, fp, fn over shingles, normalised so that a long page weighs no more than a short one."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision, mean recall, and the F1 of those means (the benchmark's convention)."""

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)

    p = statistics.mean(precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(recall(*r) for r in rows if r[0] + r[2] > 0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def load(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((data / "html").glob("*.html.gz"))[:limit]:
        key = path.name.split(".")[0]
        pages.append((key, gzip.decompress(path.read_bytes()).decode("utf-8"), truth[key]["articleBody"]))
    return pages


def systems(whole: bool) -> dict[str, Callable[[str], str]]:
    import trafilatura

    from corekit.html import HtmlError, to_document
    from corekit.html.extract import OPTIONS
    from corekit.pipeline import best_source, run
    from corekit.plugins import default_plugin_manager

    pm = default_plugin_manager()

    def trafilatura_alone(page: str) -> str:
        result = trafilatura.bare_extraction(page, **OPTIONS)
        return getattr(result, "text", None) or ""

    def corekit(page: str) -> str:
        try:
            document = to_document(page, pm=pm)
        except HtmlError:
            return ""
        source = best_source(pm.hook.detect_source(document=document))
        return pm.hook.strip_boilerplate(document=document, source=source).body

    def extract(page: str) -> str:
        return trafilatura.extract(page, include_comments=False) or ""

    def corekit_whole(page: str) -> str:
        try:
            return run(to_document(page, pm=pm), pm=pm).article.body
        except HtmlError:
            return ""

    found = {"trafilatura": trafilatura_alone, "corekit": corekit, "trafilatura.extract": extract}
    return {**found, "corekit + names, quotes": corekit_whole} if whole else found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per page and system; the fastest counts")
    parser.add_argument("--ngram", type=int, default=4, help="shingle size (1: plain tokens)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--whole", action="store_true", help="also time the whole run (names and quotes too)")
    parser.add_argument("--data", type=Path, default=DATA, help="the benchmark's folder [../shared/data/aeb]")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").is_file():
        print(f"skipped: {args.data} is not here (the benchmark data is never copied into the repository)")
        return 0
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura logs every page it finds thin
    pages = load(args.data, args.limit)
    run = systems(args.whole)
    for fn in run.values():  # warm up imports and caches outside the clock
        fn(pages[0][1])
    best = {name: [float("inf")] * len(pages) for name in run}
    outputs: dict[str, list[str]] = {name: [""] * len(pages) for name in run}
    names = list(run)
    for round_ in range(args.repeat):
        # Each round starts with another system, so that none always runs on a page first (cold).
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for i, (_, page, _) in enumerate(pages):
            for name in order:
                fn = run[name]
                start = time.perf_counter()
                outputs[name][i] = fn(page)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    print(f"{len(pages)} pages from {args.data}, {args.ngram}-token shingles, fastest of {args.repeat} runs")
    print(f"{'system':<26}{'precision':>10}{'recall':>10}{'F1':>10}{'time s':>10}{'vs trafilatura':>16}")
    base = sum(best["trafilatura"])
    for name in run:
        p, r, f1 = scores(
            [counts(truth, out, args.ngram) for (_, _, truth), out in zip(pages, outputs[name], strict=True)]
        )
        total = sum(best[name])
        print(f"{name:<26}{p:>10.3f}{r:>10.3f}{f1:>10.3f}{total:>10.2f}{total / base:>15.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
