"""Time detection and stripping on the seeds: ``python benchmarks/strip_speed.py [SEED_DIR]``.

Prints microseconds per seed (best of several runs, CPU time) for each outlet
plugin's engine on its own seed and for the generic rules, and the time of
every installed plugin's ``detect_source`` per document. Compare with the
pipeline's budget of 200 us per document (5,000 docs/s on one core).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from corekit import boilerplate
from corekit.model import Document
from corekit.plugins import default_plugin_manager


def best(call, number: int = 100, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(number):
            call()
        times.append((time.process_time() - start) / number * 1e6)
    return min(times)


def main() -> None:
    seeds = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[1] / "seeds")
    pm = default_plugin_manager()
    engines = {name: getattr(plugin, "ENGINE", None) for name, plugin in pm.list_name_plugin()}
    for path in sorted(seeds.glob("*.txt")):
        document = Document(text=path.read_text(encoding="utf-8"))
        claim = max(pm.hook.detect_source(document=document), key=lambda c: c.confidence)
        engine = engines.get(claim.id) or boilerplate._ENGINE
        strip = best(lambda: engine.strip(document))  # noqa: B023 - timed right here
        detect = best(lambda: pm.hook.detect_source(document=document))  # noqa: B023
        print(f"{path.name:32s} {claim.id:10s} strip {strip:7.1f} us  detect(all plugins) {detect:6.1f} us")
    calibration = best(lambda: sum(range(1000)), number=1000)
    print(f"calibration: sum(range(1000)) takes {calibration:.1f} us on this host")


if __name__ == "__main__":
    main()
