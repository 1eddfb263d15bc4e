#!/usr/bin/env python3
"""Does detection slow the pipeline in proportion to the number of outlet plugins?

    python benchmarks/plugins_bench.py              # best of 3 rounds over the dev rows
    python benchmarks/plugins_bench.py --repeat 5

Runs the same documents (the ``raw_text`` of ``<repo>/../shared/data/indonesian-news-dev.jsonl``,
else the seeds, without their URLs so detection must read the text) through plugin managers
built with ``allow=``: every installed outlet plugin, then each single outlet plugin alone. For
each it reports docs/s of ``detect_source`` alone and of the whole pipeline (detect, strip,
names, quotes), best of ``--repeat`` rounds on one core. With N plugins, detection costs N
detector calls per document, each a literal hint search over two 800-character windows; the
figure to look at is the ratio between all and one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path

from corekit.model import Document
from corekit.pipeline import run
from corekit.plugins import PluginManager, make_plugin_manager

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "indonesian-news-dev.jsonl"


def documents() -> list[Document]:
    if DEV.is_file():
        with DEV.open(encoding="utf-8") as f:
            return [Document(text=json.loads(line)["raw_text"]) for line in f if line.strip()]
    return [Document(text=p.read_text(encoding="utf-8")) for p in sorted((REPO / "seeds").glob("*.txt"))]


def best_rate(work: Callable[[], None], count: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return count / min(times)


def measure(pm: PluginManager, docs: Sequence[Document], repeat: int) -> tuple[float, float]:
    detect = pm.hook.detect_source

    def detect_all() -> None:
        for doc in docs:
            detect(document=doc)

    def pipeline_all() -> None:
        for doc in docs:
            run(doc, pm=pm)

    pipeline_all()  # warm caches (compiled patterns, lazy imports) outside the timing
    return best_rate(detect_all, len(docs), repeat), best_rate(pipeline_all, len(docs), repeat)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    docs = documents()
    outlets = sorted({ep.name for ep in entry_points(group="corekit")})
    print(f"{len(docs)} documents, {len(outlets)} outlet plugins installed: {', '.join(outlets)}")
    print(f"{'plugins':<24} {'detect docs/s':>14} {'pipeline docs/s':>16}")
    all_detect, all_pipeline = measure(make_plugin_manager(allow=outlets), docs, args.repeat)
    print(f"{'all ' + str(len(outlets)):<24} {all_detect:>14,.0f} {all_pipeline:>16,.0f}")
    singles = []
    for name in outlets:
        detect_rate, pipeline_rate = measure(make_plugin_manager(allow={name}), docs, args.repeat)
        singles.append((detect_rate, pipeline_rate))
        print(f"{'only ' + name:<24} {detect_rate:>14,.0f} {pipeline_rate:>16,.0f}")
    one_detect = statistics.median(d for d, _ in singles)
    one_pipeline = statistics.median(p for _, p in singles)
    print(f"\nall {len(outlets)} against one (median of the singles):")
    print(f"  detection {one_detect / all_detect:.1f}x slower")
    print(f"  pipeline  {one_pipeline / all_pipeline:.2f}x slower")


if __name__ == "__main__":
    main()
