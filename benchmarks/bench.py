#!/usr/bin/env python3
"""corekit's speed, in one run: throughput, its regex floor, --jobs scaling, memory, start-up.

    python benchmarks/bench.py            # the default run, about ten minutes on 2 cores
    python benchmarks/bench.py --big      # more copies and repeats, for steadier figures

Figures:
- pipeline docs/s and MB/s on one core (in process, best of --repeat rounds, the pipeline and its
  floor, or the hooks, taking turns within each round) on the seeds and on
  the dev rows of <repo>/../shared/data/indonesian-news-dev.jsonl (``raw_text``; skipped if absent);
- the same for one compiled-regex scan (``regex.compile(r"\\w+").findall``) as a floor, and the ratio;
- the wall time and CPU seconds (main process, workers) of the real CLI with --jobs 1 and --jobs 2
  over a generated directory of seed copies, and the speed-up the CPU seconds allow on two free
  cores (a machine shared with other sessions, under autogroup scheduling, hides it in wall time):
  start-up (the CPU of a one-file run) is serial, the rest can be shared by the two workers,
  with the plugins as installed and with a stand-in workload plugin (regex passes per document) for
  the rules still being written, since the placeholder pipeline leaves workers almost nothing to do;
- peak RSS (ru_maxrss of a subprocess, workers included) streaming 1,000 vs 100,000 documents;
- the wall time of ``corekit --version`` and ``corekit clean <seed>`` against ``python -c pass``,
  with Python's bytecode caches written as a pip install writes them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
DEV = REPO.parent / "shared" / "data" / "indonesian-news-dev.jsonl"

# Streams a JSONL file through batch.process into a Sink on /dev/null, then reports peak RSS of
# itself and its (waited-for) workers. Records are read line by line: nothing holds the input.
MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, os, resource, sys
    from corekit.batch import Failure, process
    from corekit.model import Document
    from corekit.output import Sink

    path, jobs = sys.argv[1], int(sys.argv[2])

    def docs():
        with open(path, encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                yield Document(text=json.loads(line)["text"], path=f"doc{n}")

    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sink = Sink("jsonl", None, (), devnull)
        count = 0
        for outcome in process(docs(), jobs=jobs):
            count += 1
            if not isinstance(outcome, Failure):
                sink.write(outcome)
        sink.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"documents": count, "self_kb": own, "workers_kb": workers}))
    """
)


# Runs `corekit clean ARGS` in this process and writes the CPU seconds of the main process and of
# its (reaped) workers to REPORT, so the --jobs figures can be judged on a machine others load.
CLI_RUSAGE_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys
    from corekit.cli import main

    report, args = sys.argv[1], sys.argv[2:]
    try:
        main(["clean", *args], standalone_mode=False)
    finally:
        def cpu(who):
            usage = resource.getrusage(who)
            return usage.ru_utime + usage.ru_stime
        with open(report, "w") as handle:
            json.dump({"main": cpu(resource.RUSAGE_SELF), "workers": cpu(resource.RUSAGE_CHILDREN)}, handle)
    """
)


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, Python {platform.python_version()}, {platform.system()}"


def dev_texts() -> list[str]:
    if not DEV.is_file():
        return []
    texts = []
    with DEV.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("raw_text")
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def best_rates(
    texts: Sequence[str], works: Mapping[str, Callable[[str], object]], repeat: int, minimum: int
) -> dict[str, float]:
    """Seconds per pass over ``texts`` of each work: best of ``repeat`` rounds of ``minimum`` documents.

    The works take turns within each round: the VM's speed drifts by a fifth over minutes, and
    taking turns lets the drift fall on all of them alike, so their ratios hold.
    """
    passes = max(1, -(-minimum // len(texts)))
    best = dict.fromkeys(works, float("inf"))
    for _ in range(repeat):
        for name, work in works.items():
            start = time.perf_counter()
            for _ in range(passes):
                for text in texts:
                    work(text)
            best[name] = min(best[name], (time.perf_counter() - start) / passes)
    return best


def throughput(name: str, texts: Sequence[str], args: argparse.Namespace) -> dict[str, float]:
    import regex

    from corekit.model import Document
    from corekit.pipeline import run
    from corekit.plugins import default_plugin_manager

    pm = default_plugin_manager()
    words = regex.compile(r"\w+")
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = best_rates(
        texts,
        {"pipeline": lambda t: run(Document(text=t), pm=pm), "floor": words.findall},
        args.repeat,
        args.min_docs,
    )
    pipeline, floor = best["pipeline"], best["floor"]
    row = {
        "docs": len(texts),
        "avg_kb": mb * 1000 / len(texts),
        "docs_s": len(texts) / pipeline,
        "mb_s": mb / pipeline,
        "floor_docs_s": len(texts) / floor,
        "floor_mb_s": mb / floor,
        "ratio": pipeline / floor,
    }
    print(
        f"{name:<6} {len(texts):>5} docs ({row['avg_kb']:.1f} kB avg):"
        f" pipeline {row['docs_s']:>8,.0f} docs/s {row['mb_s']:6.1f} MB/s"
        f" | \\w+ floor {row['floor_docs_s']:>8,.0f} docs/s {row['floor_mb_s']:6.1f} MB/s"
        f" | pipeline/floor time {row['ratio']:.2f}x"
    )
    return row


def stages(texts: Sequence[str], args: argparse.Namespace) -> dict[str, float]:
    """Microseconds per document of each hook on ``texts``, and each one's share of the whole pipeline."""
    from corekit.model import Document
    from corekit.pipeline import run
    from corekit.plugins import default_plugin_manager

    pm = default_plugin_manager()
    hook = pm.hook
    done = {t: run(Document(text=t), pm=pm) for t in texts}
    docs = {t: Document(text=t) for t in texts}
    work: dict[str, Callable[[str], object]] = {
        "pipeline": lambda t: run(docs[t], pm=pm),
        "detect_source": lambda t: hook.detect_source(document=docs[t]),
        "strip_boilerplate": lambda t: hook.strip_boilerplate(document=docs[t], source=done[t].source),
        "normalize_names": lambda t: hook.normalize_names(
            document=docs[t], source=done[t].source, article=done[t].article, aliases={}
        ),
        "extract_quotes": lambda t: hook.extract_quotes(
            document=docs[t], source=done[t].source, article=done[t].article, names=done[t].names
        ),
    }
    us = {
        name: s / len(texts) * 1e6 for name, s in best_rates(texts, work, args.repeat, args.min_docs).items()
    }
    row = {f"{name}_us": value for name, value in us.items()}
    row.update({f"{name}_share": value / us["pipeline"] for name, value in us.items() if name != "pipeline"})
    print(
        f"stages on the seeds, us/doc: pipeline {us['pipeline']:.0f}; "
        + ", ".join(
            f"{name} {us[name]:.0f} ({row[name + '_share']:.0%})" for name in work if name != "pipeline"
        )
    )
    return row


def corekit_command() -> list[str]:
    script = Path(sys.executable).with_name("corekit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "corekit"]


def wall(command: Sequence[str], runs: int, **kwargs: object) -> float:
    """Best wall time of a whole process: other load on the machine only ever adds to it."""
    return min(timed(command, **kwargs)[0] for _ in range(runs))


def timed(command: Sequence[str], **kwargs: object) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, its children included) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def install_workload(tmp: Path, passes: int) -> dict[str, str]:
    """An installed plugin that scans each text ``passes`` times with a few patterns, standing in for
    the outlet, boilerplate, names and quotes rules still being written; returns the environment."""
    site = tmp / "site"
    site.mkdir()
    (site / "corekit_benchwork.py").write_text(
        textwrap.dedent(
            f"""
            import regex
            from corekit import hookimpl
            PATTERNS = [regex.compile(p) for p in (r"\\b[A-Z][a-z]+\\b", r"\\d+", r"[\\"“”]", r"\\w+an\\b")]

            @hookimpl
            def detect_source(document):
                for _ in range({passes}):
                    for pattern in PATTERNS:
                        pattern.findall(document.text)
                return None
            """
        ),
        encoding="utf-8",
    )
    info = site / "corekit_benchwork-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: corekit_benchwork\nVersion: 0\n")
    (info / "entry_points.txt").write_text("[corekit]\nbenchwork = corekit_benchwork\n")
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def scaling(tmp: Path, args: argparse.Namespace) -> dict[str, float]:
    folder = tmp / "copies"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(args.copies):
        (folder / f"{i:07d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    wrapper = tmp / "cli_rusage.py"
    wrapper.write_text(CLI_RUSAGE_SCRIPT, encoding="utf-8")
    figures: dict[str, float] = {}
    plain = dict(os.environ)
    plain.pop("PYTHONPATH", None)
    workload = install_workload(tmp, args.work_passes)
    for label, env in (("pipeline as installed", plain), (f"+ {args.work_passes}x4 regex passes", workload)):
        key = "workload" if env is workload else "plain"
        one = [
            sys.executable,
            str(wrapper),
            str(tmp / "rusage-one.json"),
            "-j",
            "1",
            str(folder / "0000000.txt"),
        ]
        # The CPU a run spends before its first document (imports, plugins, patterns) and on one:
        # serial in both runs, before any worker exists.
        serial = min(timed(one, stderr=subprocess.DEVNULL, env=env)[1] for _ in range(3))
        runs: dict[int, tuple[float, float, float]] = {}
        for jobs in (1, 2):
            report = tmp / f"rusage-{key}-{jobs}.json"
            clean = ["--format", "jsonl", "-j", str(jobs), str(folder)]
            command = [sys.executable, str(wrapper), str(report), *clean]
            best = None
            for _ in range(args.cli_repeat):
                elapsed, _cpu = timed(command, stderr=subprocess.DEVNULL, env=env)
                usage = json.loads(report.read_text())
                if best is None or elapsed < best[0]:
                    best = (elapsed, usage["main"], usage["workers"])
            assert best is not None
            runs[jobs] = best
        (wall1, main1, workers1), (wall2, main2, workers2) = runs[1], runs[2]
        cpu1, cpu2 = main1 + workers1, main2 + workers2
        # With two free cores, --jobs 2 can finish no sooner than its main process and no sooner
        # than its serial start-up plus half the rest of its CPU time: the bound the scheduler
        # would reach on an idle machine. (Without the start-up term it flattered short runs.)
        estimate = cpu1 / max(main2, serial + (cpu2 - serial) / 2)
        figures.update(
            {
                f"{key}_jobs1_s": wall1,
                f"{key}_jobs2_s": wall2,
                f"{key}_speedup": wall1 / wall2,
                f"{key}_jobs1_cpu_s": cpu1,
                f"{key}_jobs2_cpu_s": cpu2,
                f"{key}_jobs2_main_cpu_s": main2,
                f"{key}_startup_cpu_s": serial,
                f"{key}_speedup_from_cpu": estimate,
            }
        )
        n = args.copies
        print(
            f"CLI, {n:,} files, {label}: --jobs 1 {wall1:.2f} s ({n / wall1:,.0f} docs/s, {cpu1:.2f} s CPU),"
            f" --jobs 2 {wall2:.2f} s ({n / wall2:,.0f} docs/s, {cpu2:.2f} s CPU of which main {main2:.2f},"
            f" start-up {serial:.2f}):"
            f" speed-up {wall1 / wall2:.2f}x wall, {estimate:.2f}x from CPU on free cores;"
            f" load average {os.getloadavg()[0]:.1f}"
        )
    figures.update(machine_ceiling(tmp, folder, wrapper, plain, args))
    return figures


def machine_ceiling(
    tmp: Path, folder: Path, wrapper: Path, env: dict[str, str], args: argparse.Namespace
) -> dict[str, float]:
    """Two independent --jobs 1 runs over the two halves at once: what this machine gives two
    processes that share nothing, the ceiling for --jobs 2. On a VM whose cores are shared (or
    SMT siblings) each process's CPU time grows when both run, and --jobs 2 pays that too."""
    files = sorted(folder.iterdir())
    halves = []
    for i, part in enumerate((files[: len(files) // 2], files[len(files) // 2 :])):
        half = tmp / f"half{i}"
        half.mkdir()
        for file in part:
            os.link(file, half / file.name)
        halves.append(half)

    def command(i: int, half: Path) -> list[str]:
        return [
            sys.executable,
            str(wrapper),
            str(tmp / f"rusage-half{i}.json"),
            "--format",
            "jsonl",
            "-j",
            "1",
            str(half),
        ]

    alone = sum(
        timed(command(i, half), stderr=subprocess.DEVNULL, env=env)[1] for i, half in enumerate(halves)
    )
    start = time.perf_counter()
    procs = [
        subprocess.Popen(command(i, half), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        for i, half in enumerate(halves)
    ]
    for proc in procs:
        proc.wait()
    together_wall = time.perf_counter() - start
    together = sum(sum(json.loads((tmp / f"rusage-half{i}.json").read_text()).values()) for i in range(2))
    print(
        f"machine ceiling: two --jobs 1 runs on the halves at once took {together_wall:.2f} s and"
        f" {together:.2f} s CPU, {100 * (together / alone - 1):+.0f}% CPU over the same runs one at a time"
        f" ({alone:.2f} s): what sharing the cores costs here, before corekit does anything"
    )
    return {"halves_together_s": together_wall, "halves_cpu_s": together, "halves_alone_cpu_s": alone}


def memory(tmp: Path, args: argparse.Namespace) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    script = tmp / "memory.py"
    script.write_text(MEMORY_SCRIPT, encoding="utf-8")
    results = {}
    for n in (args.small, args.large):
        data = tmp / f"docs{n}.jsonl"
        with data.open("w", encoding="utf-8") as handle:
            for i in range(n):
                handle.write(json.dumps({"text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
        for jobs in (1, 2):
            command = [sys.executable, str(script), str(data), str(jobs)]
            out = subprocess.run(command, check=True, capture_output=True, text=True)
            row = json.loads(out.stdout)
            assert row["documents"] == n, row
            results[(n, jobs)] = max(row["self_kb"], row["workers_kb"]) / 1024
        data.unlink()
    for jobs in (1, 2):
        small, large = results[(args.small, jobs)], results[(args.large, jobs)]
        print(
            f"peak RSS, --jobs {jobs} (largest process): {args.small:,} docs {small:.1f} MB,"
            f" {args.large:,} docs {large:.1f} MB: {100 * (large / small - 1):+.1f}%"
        )
    return {f"rss_mb_{n}_j{j}": v for (n, j), v in results.items()}


def bytecode_env() -> dict[str, str]:
    """This environment, less anything that stops Python from caching compiled modules.

    ``pip install`` writes every module's bytecode, so a user's ``corekit`` never compiles Python
    source at start-up; with ``PYTHONDONTWRITEBYTECODE`` set (some CI images and sandboxes) or
    after an installer that skips it (uv's default) every run would, and the figure would measure
    that instead of corekit.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def startup(args: argparse.Namespace) -> dict[str, float]:
    runs = args.startup_runs
    env = bytecode_env()
    # One untimed run of each writes the bytecode caches a pip install would have written.
    for command in ([*corekit_command(), "--version"], [*corekit_command(), "clean", str(SEEDS[0])]):
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    base = wall([sys.executable, "-c", "pass"], runs, env=env)
    version = wall([*corekit_command(), "--version"], runs, env=env)
    clean = wall([*corekit_command(), "clean", str(SEEDS[0])], runs, env=env)
    # The text output skips names and quotes; the whole result is the other figure a user meets.
    whole = wall([*corekit_command(), "clean", "--format", "json", str(SEEDS[0])], runs, env=env)
    budget = 2 * base + 0.150
    print(
        f"start-up (best of {runs}): python -c pass {1000 * base:.0f} ms, corekit --version"
        f" {1000 * version:.0f} ms, corekit clean {SEEDS[0].name} {1000 * clean:.0f} ms"
        f" (target <= 2 x pass + 150 ms = {1000 * budget:.0f} ms), with --format json"
        f" {1000 * whole:.0f} ms"
    )
    return {
        "python_s": base,
        "version_s": version,
        "clean_s": clean,
        "clean_json_s": whole,
        "budget_s": budget,
    }


def build() -> str:
    """Which build of corekit runs: the two differ by about a third in speed (README, "Speed")."""
    import corekit.names.core

    compiled = (corekit.names.core.__file__ or "").endswith((".so", ".pyd"))
    return "compiled (COREKIT_MYPYC=1)" if compiled else "pure Python"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=15, help="rounds per throughput figure (best kept)")
    parser.add_argument("--min-docs", type=int, default=1000, help="documents per throughput round")
    parser.add_argument("--copies", type=int, default=5_000, help="files for the --jobs comparison")
    parser.add_argument("--cli-repeat", type=int, default=2, help="CLI runs per --jobs figure (best kept)")
    parser.add_argument("--small", type=int, default=1_000, help="documents in the small memory run")
    parser.add_argument("--large", type=int, default=100_000, help="documents in the large memory run")
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument(
        "--work-passes", type=int, default=3, help="regex passes per document in the simulated workload"
    )
    parser.add_argument("--big", action="store_true", help="5x the copies and rounds")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--only",
        default="throughput,stages,scaling,memory,startup",
        help="comma-separated sections to run (default: all)",
    )
    args = parser.parse_args(argv)
    if args.big:
        args.repeat, args.min_docs, args.copies, args.cli_repeat = 30, 5_000, 50_000, 3
    print(f"corekit benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {machine()}")
    print(f"corekit build: {build()}")
    # Other work on the machine skews every figure below, the --jobs speed-up most.
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    only = set(args.only.split(","))
    figures: dict[str, object] = {}
    if "throughput" in only:
        figures["seeds"] = throughput("seeds", [p.read_text(encoding="utf-8") for p in SEEDS], args)
        dev = dev_texts()
        if dev:
            figures["dev"] = throughput("dev", dev, args)
        else:
            print(f"dev rows: {DEV} not found, skipped")
    if "stages" in only:
        figures["stages"] = stages([p.read_text(encoding="utf-8") for p in SEEDS], args)
    tmp = Path(tempfile.mkdtemp(prefix="corekit-bench-"))
    try:
        if "scaling" in only:
            figures["scaling"] = scaling(tmp, args)
        if "memory" in only:
            figures["memory"] = memory(tmp, args)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if "startup" in only:
        figures["startup"] = startup(args)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
