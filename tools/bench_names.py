"""Time ``find_names`` on the seed bodies: ``python tools/bench_names.py``.

Prints microseconds per body as CPU time, best of several rounds, so a busy
machine inflates the figure less than wall-clock time would.
"""

from __future__ import annotations

import json
import pathlib
import time

from corekit.names import find_names

GOLD = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "gold"


def main(rounds: int = 7, loops: int = 300) -> None:
    golds = sorted(GOLD.glob("*.json"))
    bodies = ["\n\n".join(json.loads(p.read_text(encoding="utf-8"))["body"]) for p in golds]
    for body in bodies:
        find_names(body)  # compile the gazetteer and patterns outside the timing
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(loops):
            for body in bodies:
                find_names(body)
        best = min(best, (time.process_time() - t0) / loops / len(bodies))
    size = sum(map(len, bodies)) / len(bodies)
    print(f"find_names: {best * 1e6:.1f} us per seed body ({size:.0f} chars), {1 / best:.0f} bodies/s")


if __name__ == "__main__":
    main()
