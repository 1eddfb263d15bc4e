"""Time ``find_names`` on the seed bodies: ``python tools/bench_names.py [--parts]``.

Prints microseconds per body as CPU time, best of several rounds, so a busy
machine inflates the figure less than wall-clock time would. ``--parts`` also
times the steps inside it (capitalised-word split, runs with the gazetteer
lookups, person rules, grouping), each alone on the same bodies; what is left of the
total is building the output.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import time
from collections.abc import Callable

from corekit.names import find_names

GOLD = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "gold"


def best(bodies: list[str], fn: Callable[[str], object], rounds: int, loops: int) -> float:
    """Seconds of CPU per body, best of ``rounds`` rounds of ``loops`` passes."""
    result = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(loops):
            for body in bodies:
                fn(body)
        result = min(result, (time.process_time() - t0) / loops / len(bodies))
    return result


def parts(bodies: list[str], rounds: int, loops: int) -> dict[str, float]:
    from corekit.names import core, gazetteer, persons

    g = gazetteer.gazetteer()
    found = {b: persons.find_persons(b)[0] for b in bodies}
    steps: dict[str, Callable[[str], object]] = {
        "word split": persons._WORD_SPLIT.split,
        "runs (split and gazetteer included)": persons._runs,
        "find_persons (runs included)": persons.find_persons,
        "group persons": lambda b: core._group_persons(b, found[b], g),
    }
    return {name: best(bodies, fn, rounds, loops) for name, fn in steps.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", action="store_true", help="also time the steps inside find_names")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--loops", type=int, default=300)
    args = parser.parse_args(argv)
    golds = sorted(GOLD.glob("*.json"))
    bodies = ["\n\n".join(json.loads(p.read_text(encoding="utf-8"))["body"]) for p in golds]
    for body in bodies:
        find_names(body)  # compile the gazetteer and patterns outside the timing
    total = best(bodies, find_names, args.rounds, args.loops)
    size = sum(map(len, bodies)) / len(bodies)
    print(f"find_names: {total * 1e6:.1f} us per seed body ({size:.0f} chars), {1 / total:.0f} bodies/s")
    if args.parts:
        for name, seconds in parts(bodies, args.rounds, max(1, args.loops // 3)).items():
            print(f"  {name}: {seconds * 1e6:.1f} us ({seconds / total:.0%})")


if __name__ == "__main__":
    main()
