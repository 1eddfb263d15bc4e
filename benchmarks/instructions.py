#!/usr/bin/env python3
"""Instructions per document of the pipeline and of each hook on the seeds, counted by callgrind.

    python benchmarks/instructions.py              # needs valgrind (Debian: apt-get install valgrind)
    python benchmarks/instructions.py --rounds 40

Wall-clock figures on a shared VM drift by a third from hour to hour; an instruction count does not:
callgrind gives the same count for the same code and input whatever else the machine does. So this is
the figure to compare two versions of the code by (run it in each checkout, or with PYTHONPATH set to
each), while benchmarks/bench.py gives the speed a user sees.

Each work runs in a process of its own under callgrind twice, once warming up alone and once with
--rounds passes over the seeds after the warm-up; the difference, over the documents of those passes,
is the count per document, start-up and first-use compiles left out.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
WORKS = ("pipeline", "detect_source", "strip_boilerplate", "normalize_names", "extract_quotes")

# argv: work, passes, seed paths. One warm-up pass, then ``passes`` more.
CHILD = textwrap.dedent(
    """
    import sys
    from corekit.model import Document
    from corekit.pipeline import run
    from corekit.plugins import default_plugin_manager
    from corekit import rules

    work, passes, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    # The steady state of a long run: lines pick their rules from the first, where a fresh engine
    # matches its first lines against all of them (rules._Lines.COLD), which would put the compiles
    # of the switch inside the counted passes.
    rules._Lines.COLD = 0
    pm = default_plugin_manager()
    hook = pm.hook
    docs = [Document(text=open(p, encoding="utf-8").read()) for p in paths]
    done = [run(d, pm=pm) for d in docs]
    calls = {
        "pipeline": lambda d, r: run(d, pm=pm),
        "detect_source": lambda d, r: hook.detect_source(document=d),
        "strip_boilerplate": lambda d, r: hook.strip_boilerplate(document=d, source=r.source),
        "normalize_names": lambda d, r: hook.normalize_names(
            document=d, source=r.source, article=r.article, aliases={}
        ),
        "extract_quotes": lambda d, r: hook.extract_quotes(
            document=d, source=r.source, article=r.article, names=r.names
        ),
    }
    call = calls[work]
    for _ in range(passes + 1):
        for d, r in zip(docs, done):
            call(d, r)
    """
)

_COLLECTED = re.compile(r"Collected : (\d+)")


def count(script: Path, work: str, passes: int) -> int:
    """Instructions callgrind counts for the whole child process."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(script),
            work,
            str(passes),
            *map(str, SEEDS),
        ],
        capture_output=True,
        text=True,
        check=True,
        # String hashes are salted per process; a fixed seed makes the count repeat exactly.
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count for {work}: {done.stderr[-300:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the seeds to count")
    parser.add_argument("--only", default=",".join(WORKS), help="comma-separated works")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="corekit-instr-") as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        per_doc = {}
        for work in args.only.split(","):
            extra = count(script, work, args.rounds) - count(script, work, 0)
            per_doc[work] = extra / (args.rounds * len(SEEDS))
    shares = ", ".join(
        f"{work} {n / 1e6:.2f} M"
        + (f" ({n / per_doc['pipeline']:.0%})" if "pipeline" in per_doc and work != "pipeline" else "")
        for work, n in per_doc.items()
    )
    print(
        f"instructions per seed document (callgrind, {args.rounds} passes over {len(SEEDS)} seeds): {shares}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
