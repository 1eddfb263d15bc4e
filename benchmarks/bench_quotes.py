"""Time extract_quotes per body: CPU microseconds, best of several rounds.

    bench_quotes.py [SHARED_DIR]

Seeds use their gold body; PFSA-ID dev bodies are the .txt files. Names are passed as the pipeline
passes them, but only extract_quotes is timed.
"""

from __future__ import annotations

import json
import pathlib
import sys
import time

from corekit.names import find_names
from corekit.quotes import extract_quotes


def per_body_us(bodies: list[tuple[str, tuple]], rounds: int = 5, repeat: int = 20) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeat):
            for body, names in bodies:
                extract_quotes(body, names)
        best = min(best, (time.process_time() - start) / (repeat * len(bodies)))
    return best * 1e6


def main() -> None:
    shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared")
    seeds = ["\n\n".join(json.loads(p.read_text())["body"]) for p in sorted((shared / "gold").glob("*.json"))]
    pfsa = [p.read_text() for p in sorted((shared / "data" / "pfsa-id-dev").glob("*.txt"))]
    for label, texts, repeat in (("seeds", seeds, 40), ("pfsa-id-dev", pfsa, 1)):
        if not texts:
            continue
        with_names = [(t, tuple(find_names(t))) for t in texts]
        without = [(t, ()) for t in texts]
        avg = sum(map(len, texts)) / len(texts)
        print(
            f"{label}: {len(texts)} bodies, {avg:.0f} chars avg, "
            f"{per_body_us(with_names, repeat=repeat):.0f} us/body with names, "
            f"{per_body_us(without, repeat=repeat):.0f} us/body without"
        )


if __name__ == "__main__":
    main()
