"""Batches: order under --jobs, time limits, worker crashes, bounded streaming, summary, progress bar."""

from __future__ import annotations

import collections
import io
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corekit import Document, hookimpl, plugins
from corekit.batch import Failure, Options, Unread, clean_one, process, process_rendered
from corekit.cli import main
from corekit.inputs import InputError
from corekit.model import Result
from corekit.output import render
from corekit.plugins import default_plugin_manager
from corekit.pool import WINDOW_PER_WORKER, Pool
from corekit.progress import Bar, Tally

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Misbehaving plugin, keyed on a word in the text: a Python loop and a regex backtracking for ages,
# which the alarm interrupts; a call stuck where no signal gets through (as C code would be); and a
# worker that dies outright.
SLOW = """
import os, signal, time
from corekit import hookimpl

@hookimpl
def detect_source(document):
    if "LOOPFOREVER" in document.text:
        while True:
            pass
    if "STUCKINC" in document.text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    if "CRASHNOW" in document.text:
        os._exit(3)
    if "REGEXTRAP" in document.text:
        import regex  # catastrophic backtracking: 2**60 ways to split the a's

        regex.compile(r"(a|aa)+$").match("a" * 60 + "b")
    return None
"""


@pytest.fixture
def slow_site(tmp_path, monkeypatch):
    """The plugin above as an installed distribution, found through its entry point."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "corekit_fakeslow.py").write_text(SLOW, encoding="utf-8")
    info = site / "corekit_fakeslow-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: corekit_fakeslow\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[corekit]\nfakeslow = corekit_fakeslow\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    plugins.default_plugin_manager.cache_clear()
    yield site
    plugins.default_plugin_manager.cache_clear()


def corpus(tmp_path: Path, *bad: str) -> Path:
    """Seeds under numbered names, with a bad document after the second one."""
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds] * 2
    for word in bad:
        texts.insert(2, f"JAKARTA - {word} berita ini macet.\n")
    for i, text in enumerate(texts):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["clean", *args])
    return result.exit_code, result.stdout, result.stderr


def test_jobs_2_output_equals_jobs_1(tmp_path):
    folder = corpus(tmp_path)
    missing = str(tmp_path / "missing.txt")
    one = run_cli("--format", "jsonl", "-j", "1", str(folder), missing, str(SEEDS))
    two = run_cli("--format", "jsonl", "-j", "2", str(folder), missing, str(SEEDS))
    assert one[0] == two[0] == 1  # the missing file fails, the rest go on
    assert one[1] == two[1]
    paths = [json.loads(line)["path"] for line in two[1].splitlines()]
    assert paths == sorted(map(str, folder.glob("*.txt"))) + sorted(map(str, SEEDS.glob("*.txt")))


def test_jobs_2_equals_jobs_1_as_processes(tmp_path):
    folder = corpus(tmp_path)

    def clean(jobs: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "corekit", "clean", "--format", "jsonl", "-j", jobs, str(folder)]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    one, two = clean("1"), clean("2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout and one.stdout.count("\n") == 10
    assert "10 documents: 10 cleaned, 0 failed" in two.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("trap", ["LOOPFOREVER", "REGEXTRAP"])
def test_a_document_over_the_limit_fails_and_the_batch_goes_on(slow_site, tmp_path, jobs, trap):
    folder = corpus(tmp_path, trap)
    code, out, err = run_cli("--format", "jsonl", "-j", jobs, "--timeout", "0.5", str(folder))
    assert code == 1
    assert f"{folder / '002.txt'}: timed out after 0.5 s" in err
    assert len(out.splitlines()) == 10
    assert "11 documents: 10 cleaned, 1 failed" in err
    assert "failed 1: timed out after 0.5 s" in err


def test_a_worker_stuck_where_signals_cannot_reach_is_stopped(slow_site, tmp_path):
    folder = corpus(tmp_path, "STUCKINC")
    code, out, err = run_cli("--format", "jsonl", "-j", "2", "--timeout", "2", str(folder))
    assert code == 1
    assert f"{folder / '002.txt'}: timed out after 2 s (worker stopped)" in err
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [str(p) for p in sorted(folder.glob("*.txt")) if p.name != "002.txt"]


def test_a_worker_that_dies_fails_its_document_only(slow_site, tmp_path):
    folder = corpus(tmp_path, "CRASHNOW")
    code, out, err = run_cli("--format", "jsonl", "-j", "2", "--timeout", "30", str(folder))
    assert code == 1
    assert f"{folder / '002.txt'}: worker process died (exit code 3)" in err
    assert len(out.splitlines()) == 10


def test_process_takes_any_iterable_and_keeps_order(pm):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs = [Document(text=f"{texts[i % 5]}\nbaris {i}\n", path=f"doc{i}") for i in range(150)]
    items = [*docs[:70], InputError("bad", "not UTF-8 text"), *docs[70:]]
    one = list(process(iter(items), pm=pm, jobs=1))
    two = list(process(iter(items), pm=pm, jobs=2))
    assert one == two
    assert [o.path for o in two] == [d.path for d in items]
    assert two[70] == Failure(path="bad", reason="not UTF-8 text")


def test_input_is_read_lazily_in_a_bounded_window(pm):
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(5000):
            pulled += 1
            yield Document(text=f"JAKARTA - Paragraf nomor {i}.\n", path=str(i))

    outcomes = process(stream(), pm=pm, jobs=2)
    for _ in range(10):
        assert isinstance(next(outcomes), Result)
    assert pulled <= 10 + 2 * WINDOW_PER_WORKER
    outcomes.close()


def test_a_plugin_manager_passed_in_reaches_the_workers(pm):
    class Tagger:
        @hookimpl(tryfirst=True)
        def strip_boilerplate(self, document, source):
            from corekit.model import Article

            return Article(body="TAGGED " + document.text)

    pm.register(Tagger(), name="tagger")
    docs = [Document(text=f"teks {i}", path=str(i)) for i in range(20)]
    bodies = [o.article.body for o in process(docs, pm=pm, jobs=2, timeout=10) if isinstance(o, Result)]
    assert bodies == [f"TAGGED teks {i}" for i in range(20)]


def test_summary_lines():
    tally = Tally()
    for reason in ("no such file", "no such file", "timed out after 1 s"):
        tally.failure(reason)
    assert tally.summary() == (
        "3 documents: 0 cleaned, 3 failed",
        "failed 2: no such file",
        "failed 1: timed out after 1 s",
    )


def test_summary_counts_outlets_and_failures(tmp_path):
    code, _, err = run_cli("-j", "2", str(SEEDS), str(tmp_path / "gone.txt"))
    assert code == 1
    lines = [line.removeprefix("corekit: ") for line in err.splitlines()]
    outlets = collections.Counter(
        json.loads(gold.read_text(encoding="utf-8"))["source"] for gold in (SEEDS / "gold").glob("*.json")
    )
    if not [info for info in default_plugin_manager().info() if info.sources]:  # no outlet plugin installed
        outlets = collections.Counter(unknown=5)
    by_outlet = ", ".join(f"{k} {v}" for k, v in sorted(outlets.items()))
    assert lines[-3:] == [
        "6 documents: 5 cleaned, 1 failed",
        f"outlets: {by_outlet}",
        "failed 1: no such file",
    ]


def test_one_document_prints_no_summary():
    code, _, err = run_cli(str(sorted(SEEDS.glob("*.txt"))[0]))
    assert code == 0 and err == ""


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal():
    assert not Bar(io.StringIO()).enabled
    terminal = FakeTerminal()
    bar = Bar(terminal, total=3)
    assert bar.enabled
    for _ in range(3):
        bar.update()
    bar.close()
    assert "0/3" in terminal.getvalue() and "doc/s" in terminal.getvalue()


def test_no_progress_bar_when_stderr_is_not_a_terminal():
    _, _, err = run_cli("-j", "2", str(SEEDS))
    assert "\r" not in err and "doc/s" not in err and "it/s" not in err


def test_the_alarm_stops_a_python_loop_in_this_process(pm):
    class Looper:
        @hookimpl(tryfirst=True)
        def strip_boilerplate(self, document, source):
            while True:
                pass

    pm.register(Looper(), name="looper")
    outcome = clean_one(Document(text="teks", path="a.txt"), pm, Options(timeout=0.2))
    # Not swallowed by the pipeline's fallback for broken plugins: a timeout is not a plugin error.
    assert outcome == Failure(path="a.txt", reason="timed out after 0.2 s")


def test_closing_the_stream_early_stops_the_workers(pm):
    outcomes = process((Document(text=f"teks {i}", path=str(i)) for i in range(10_000)), pm=pm, jobs=2)
    next(outcomes)
    outcomes.close()
    assert not multiprocessing.active_children()


def test_workers_killed_from_outside_are_replaced_and_the_batch_ends(pm):
    docs = [Document(text=f"teks {i}", path=str(i)) for i in range(300)]
    with Pool(2, pm, Options()) as pool:
        outcomes = (outcome for outcome, _ in pool.map(docs))
        head = [next(outcomes) for _ in range(5)]
        for worker in pool.workers:
            worker.process.kill()
            worker.process.join()
        rest = list(outcomes)
    assert [o.path for o in head + rest] == [d.path for d in docs]
    failed = [o for o in rest if isinstance(o, Failure)]
    assert len(failed) <= 2
    assert all(f.reason == "worker process died (exit code -9)" for f in failed)


def test_start_up_leaves_heavy_modules_for_later():
    # Start-up time is a target (see benchmarks/bench.py): one file must not pay for the pool, the
    # progress bar or the HTML extractor.
    code = "import sys, corekit.cli; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in ("corekit.pool", "tqdm", "trafilatura", "datatrove", "multiprocessing"):
        assert heavy not in loaded.split(), heavy


def test_progress_bar_counts_on_past_its_total():
    terminal = FakeTerminal()
    bar = Bar(terminal, total=1)  # one file that holds many records
    for _ in range(3):
        bar.update()
    assert bar._bar.n == 3 and bar._bar.total is None
    bar.close()


@pytest.mark.parametrize("fmt", ["text", "jsonl", "json"])
def test_workers_render_what_the_main_process_would(pm, fmt):
    docs = [Document(text=p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(SEEDS.glob("*.txt"))]
    pairs = list(process_rendered(docs, fmt=fmt, pm=pm, jobs=2))
    results = list(process(docs, pm=pm))
    assert [text for _, text in pairs] == [render(result, fmt) for result in results]
    # What comes back with the text is the little the command line needs of each result.
    assert [(c.path, c.source, c.warnings) for c, _ in pairs] == [
        (r.path, r.source, r.warnings) for r in results
    ]


def test_workers_read_the_files_they_are_given(pm, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    seeds = sorted(SEEDS.glob("*.txt"))
    items = [Unread(str(seeds[0])), Unread(str(tmp_path / "bad.txt")), Unread(str(seeds[1]))]
    outcomes = list(process(items, pm=pm, jobs=2))
    assert [type(o).__name__ for o in outcomes] == ["Result", "Failure", "Result"]
    assert outcomes[1] == Failure(
        path=str(tmp_path / "bad.txt"), reason="empty file (0 bytes): no text to clean"
    )
    assert outcomes[2] == next(
        process([Document(text=seeds[1].read_text(encoding="utf-8"), path=str(seeds[1]))], pm=pm)
    )


def test_a_replaced_worker_does_not_repeat_output_as_a_real_process(slow_site, tmp_path):
    # A worker forked mid-run inherits the unflushed part of stdout; it must not write it again.
    folder = corpus(tmp_path, "STUCKINC", "CRASHNOW")
    command = [sys.executable, "-m", "corekit", "clean", "-j", "2", "--timeout", "2", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    headers = [line for line in done.stdout.splitlines() if line.startswith("==> ")]
    expected = [p for p in sorted(folder.glob("*.txt")) if p.name not in ("002.txt", "003.txt")]
    assert headers == [f"==> {p} <==" for p in expected]
