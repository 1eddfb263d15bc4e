"""Issue 7: plugin isolation, atomic outputs, read-only inputs, resuming, exit codes, the catalogue batch."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from corekit import Document, hookimpl, hookspecs, output
from corekit.cli import main
from corekit.inputs import MIB
from corekit.pipeline import run
from corekit.plugins import make_plugin_manager

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
HOOKS = sorted(name for name in dir(hookspecs) if hasattr(getattr(hookspecs, name), "corekit_spec"))
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def corekit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corekit", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


#: The batch summary the CLI prints after more than one document (see corekit.progress.Tally).
SUMMARY = re.compile(r"corekit: (?:\d+ documents: |outlets: |failed \d+: )")


def reports(stderr: str) -> list[str]:
    """The stderr lines about single inputs (errors, warnings, skips): the summary left out."""
    return [line for line in stderr.splitlines() if not SUMMARY.match(line)]


def raising_plugin(hook: str) -> object:
    """A plugin whose ``hook`` raises; its other hooks are absent."""

    def broken(self, **kwargs):
        raise RuntimeError(f"boom in {hook}")

    # pluggy reads the argument names, so give the function the hook's own signature.
    spec = getattr(hookspecs, hook)
    args = spec.__code__.co_varnames[: spec.__code__.co_argcount]
    namespace: dict[str, object] = {}
    exec(f"def {hook}(self, {', '.join(args)}):\n    return broken(self)", {"broken": broken}, namespace)
    return type(f"Broken_{hook}", (), {hook: hookimpl(namespace[hook])})()


# -- a plugin that raises is isolated ---------------------------------------------------------


@pytest.mark.parametrize("hook", HOOKS)
def test_a_plugin_raising_in_any_hook_falls_back_to_generic(pm, hook):
    text = SEEDS[0].read_text(encoding="utf-8")
    expected = run(Document(text=text), pm=pm)
    pm.register(raising_plugin(hook), name="boom")
    result = run(Document(text=text), pm=pm)
    assert result.warnings == (f"plugin 'boom' failed in {hook}: RuntimeError: boom in {hook}",)
    assert (result.source, result.article, result.names, result.quotes) == (
        expected.source,
        expected.article,
        expected.names,
        expected.quotes,
    )


@pytest.mark.parametrize("hook", HOOKS)
def test_strict_makes_a_raising_plugin_fail_the_document_through_the_cli(monkeypatch, hook):
    pm = make_plugin_manager(entry_points=False)
    pm.register(raising_plugin(hook), name="boom")
    monkeypatch.setattr("corekit.cli.default_plugin_manager", lambda: pm)
    seed = str(SEEDS[0])

    lenient = CliRunner().invoke(main, ["clean", "--format", "jsonl", seed, str(SEEDS[1])])
    assert lenient.exit_code == 0, lenient.output
    assert f"corekit: warning: {seed}: plugin 'boom' failed in {hook}" in lenient.stderr

    strict = CliRunner().invoke(main, ["clean", "--format", "jsonl", "--strict", seed, str(SEEDS[1])])
    assert strict.exit_code == 1
    assert strict.exception is None or isinstance(strict.exception, SystemExit)
    lines = reports(strict.stderr)
    assert f"corekit: {seed}: plugin 'boom' failed in {hook}: RuntimeError: boom in {hook}" in lines
    assert len(lines) == 2 and "Traceback" not in strict.stderr


KILLER = """
import os, signal
from corekit import hookimpl

@hookimpl
def detect_source(document):
    # Every plugin's detect_source runs on every document, so this one always gets its chance.
    # Dies like a process killed mid-batch (OOM killer, a pulled plug): no cleanup runs.
    if os.environ.get("COREKIT_TEST_KILL") and "KILLME" in document.text:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("COREKIT_TEST_RAISE"):
        raise ValueError("detector exploded")
    return None
"""


@pytest.fixture
def fake_plugin_env(tmp_path) -> dict[str, str]:
    """An environment where a real installed plugin ``killer`` (entry point) is loaded."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "corekit_killer.py").write_text(KILLER, encoding="utf-8")
    info = site / "corekit_killer-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: corekit_killer\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[corekit]\nkiller = corekit_killer\n")
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def test_strict_as_a_real_process(fake_plugin_env):
    env = {**fake_plugin_env, "COREKIT_TEST_RAISE": "1"}
    lenient = corekit("clean", str(SEEDS[0]), env=env)
    assert lenient.returncode == 0
    assert "plugin 'killer' failed in detect_source: ValueError: detector exploded" in lenient.stderr
    strict = corekit("clean", "--strict", str(SEEDS[0]), env=env)
    assert strict.returncode == 1 and strict.stdout == ""
    expected = f"corekit: {SEEDS[0]}: plugin 'killer' failed in detect_source: ValueError: detector exploded"
    assert strict.stderr.strip() == expected


# -- outputs are atomic, inputs are never written ----------------------------------------------


class _DiskFull:
    """A file handle that takes a few bytes and then fails, as a full disk does."""

    def __init__(self, fd: int) -> None:
        self.handle = open(fd, "w", encoding="utf-8")  # noqa: SIM115 (closed in __exit__)

    def __enter__(self) -> _DiskFull:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, content: str) -> int:
        self.handle.write(content[:10])
        self.handle.flush()
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("existed", [False, True])
def test_a_failure_mid_write_leaves_no_partial_file(tmp_path, monkeypatch, existed):
    target = tmp_path / "out" / "a.txt"
    if existed:
        target.parent.mkdir()
        target.write_text("the complete old output\n", encoding="utf-8")
    monkeypatch.setattr(output.os, "fdopen", lambda fd, *a, **k: _DiskFull(fd))
    with pytest.raises(OSError, match="No space left"):
        output.write_atomic(target, "a long new output " * 100)
    if existed:
        assert target.read_text(encoding="utf-8") == "the complete old output\n"
    else:
        assert not target.exists()
    assert [p.name for p in target.parent.iterdir()] == (["a.txt"] if existed else [])


def test_a_failed_write_fails_that_document_only(tmp_path, monkeypatch):
    monkeypatch.setattr(output.os, "fdopen", lambda fd, *a, **k: _DiskFull(fd))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", "-o", str(out), str(SEEDS[0]), str(SEEDS[1])])
    assert result.exit_code == 1
    lines = reports(result.stderr)
    assert len(lines) == 2 and all("cannot write" in line and "No space left" in line for line in lines)
    assert list(out.iterdir()) == []


def test_two_inputs_with_one_stem_do_not_overwrite_each_other(tmp_path):
    for folder, words in (("x", "Isi pertama."), ("y", "Isi kedua.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(words, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", "-o", str(out), str(tmp_path / "x"), str(tmp_path / "y")])
    assert result.exit_code == 0, result.stderr  # each gets its own name (see corekit.output.output_names)
    assert (out / "x" / "a.txt").read_text(encoding="utf-8") == "Isi pertama.\n"
    assert (out / "y" / "a.txt").read_text(encoding="utf-8") == "Isi kedua.\n"


AUDIT = textwrap.dedent(
    """
    import os, sys
    watched = {os.path.realpath(p) for p in os.environ["COREKIT_WATCH"].split(os.pathsep)}
    WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def hook(event, args):
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            path, mode, flags = args
            writes = (mode is not None and set(str(mode)) & set("wax+")) or (flags or 0) & WRITE
        elif event in ("os.rename", "os.replace", "os.remove", "os.truncate", "os.chmod", "os.utime"):
            path, writes = args[1] if event in ("os.rename", "os.replace") else args[0], True
        else:
            return
        if writes and isinstance(path, (str, bytes)) and os.path.realpath(path) in watched:
            os.write(2, f"INPUT TOUCHED: {event} {path}\\n".encode())
            os._exit(99)

    sys.addaudithook(hook)
    from corekit.cli import main
    main()
    """
)


def snapshot(paths: list[Path]) -> dict[Path, tuple[int, str]]:
    return {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in paths}


def test_inputs_are_never_opened_for_writing(tmp_path):
    corpus = build_catalogue(tmp_path / "corpus", big=False)
    inputs = [p for p in corpus.rglob("*") if p.is_file() and not p.is_symlink()]
    for path in inputs:
        path.chmod(0o444)
    before = snapshot(inputs)
    env = {**os.environ, "COREKIT_WATCH": os.pathsep.join(map(str, inputs))}
    for args in (["-o", str(tmp_path / "out")], ["-o", str(corpus)]):
        proc = subprocess.run(
            [sys.executable, "-c", AUDIT, "clean", *args, str(corpus)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr  # bad inputs failed; 99 would mean an input was touched
        assert "INPUT TOUCHED" not in proc.stderr
    assert snapshot(inputs) == before


def test_the_audit_hook_catches_a_write(tmp_path):
    # The test above is only worth something if the hook fires: write to a watched file on purpose.
    victim = tmp_path / "victim.txt"
    victim.write_text("x", encoding="utf-8")
    code = AUDIT.replace("from corekit.cli import main\nmain()", f"open({str(victim)!r}, 'a')")
    env = {**os.environ, "COREKIT_WATCH": str(victim)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 99 and "INPUT TOUCHED" in proc.stderr


# -- an interrupted batch resumes with --skip-existing ----------------------------------------


def test_an_interrupted_batch_resumes_without_redoing_or_losing_work(tmp_path, fake_plugin_env):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name, seed in zip(("a", "b", "c"), SEEDS, strict=False):
        shutil.copy(seed, corpus / f"{name}.txt")
    with (corpus / "b.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nKILLME\n")

    # -j 1: the batch's own process dies, not a worker of it
    killed = corekit(
        "clean", "-j", "1", "-o", str(out), str(corpus), env={**fake_plugin_env, "COREKIT_TEST_KILL": "1"}
    )
    assert killed.returncode == -9
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]  # done before the kill, and nothing partial
    os.utime(out / "a.txt", ns=(1, 1))  # so that a rewrite would show

    resumed = corekit("clean", "-o", str(out), "--skip-existing", str(corpus), env=fake_plugin_env)
    assert resumed.returncode == 0, resumed.stderr
    assert reports(resumed.stderr) == ["corekit: skipped 1 input whose output already exists"]
    assert (out / "a.txt").stat().st_mtime_ns == 1
    fresh = tmp_path / "fresh"
    assert corekit("clean", "-o", str(fresh), str(corpus), env=fake_plugin_env).returncode == 0
    for name in ("a.txt", "b.txt", "c.txt"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes()

    again = corekit("clean", "-o", str(out), "--skip-existing", str(corpus))
    assert (again.returncode, again.stdout) == (0, "")
    assert reports(again.stderr) == ["corekit: skipped 3 inputs whose output already exists"]


def test_skip_existing_still_reports_bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", "-o", str(out), "--skip-existing", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"corekit: {tmp_path / 'empty.txt'}: empty file")


# -- exit codes ---------------------------------------------------------------------------------


def test_exit_0_when_every_document_was_cleaned():
    proc = corekit("clean", *map(str, SEEDS))
    assert (proc.returncode, reports(proc.stderr)) == (0, [])
    assert f"corekit: {len(SEEDS)} documents: {len(SEEDS)} cleaned, 0 failed" in proc.stderr


def test_exit_1_when_some_documents_failed(tmp_path):
    proc = corekit("clean", str(SEEDS[0]), str(tmp_path / "missing.txt"))
    assert proc.returncode == 1
    assert reports(proc.stderr) == [f"corekit: {tmp_path / 'missing.txt'}: no such file"]
    assert "Putin" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["clean"],
        ["clean", "--format", "xml", "x.txt"],
        ["clean", "--no-such-option", "x.txt"],
        ["clean", "--skip-existing", "x.txt"],
        ["clean", "--max-size", "0", "x.txt"],
        ["no-such-command"],
    ],
    ids=["no-files", "bad-format", "bad-option", "skip-without-output", "zero-size", "bad-command"],
)
def test_exit_2_on_a_usage_error(args):
    # In process (each a real process costs a second of imports); the one below is a real process.
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Error" in result.stderr


def test_exit_2_as_a_real_process():
    proc = corekit("clean", "--skip-existing", "x.txt")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "--skip-existing needs -o/--output-dir" in proc.stderr


def test_exit_2_when_the_output_dir_is_a_file(tmp_path):
    proc = corekit("clean", "-o", str(SEEDS[0]), str(SEEDS[1]))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


# -- the whole catalogue in one batch ------------------------------------------------------------

MOJIBAKE = "JAKARTA - Pemain AtlÃ©tico Madrid tiba di Jakarta.\n"
LATIN = "JAKARTA - Pemain Atlético Madrid tiba di Jakarta; Müller ikut.\n"
CP1252 = "JAKARTA - “Kami siap,” kata pelatih Atlético – tegas.\n"

#: name -> what a good document's output must contain
GOOD = {
    "utf8-bom.txt": "Atlético",
    "utf16le-bom.txt": "Atlético",
    "utf16be-bom.txt": "Atlético",
    "utf16le-nobom.txt": "Atlético",
    "utf16be-nobom.txt": "Atlético",
    "cp1252.txt": "“Kami siap,” kata pelatih Atlético – tegas.",
    "latin1.txt": "Atlético Madrid tiba di Jakarta; Müller",
    "mojibake.txt": "Pemain Atlético Madrid",
    "stray-nul.txt": "Pemain Atlético Madrid",
    "damaged-utf8.txt": "Pemain Atl\ufffdtico Madrid",
    "crlf.txt": "Atlético",
    "long-line.txt": "meninjau banjir",
}
#: HTML pages the html branch may clean or refuse: each gets an output or one line, no traceback
HTML_PAGES = {
    "nested.html": "<html><body>" + "<div>" * 10_000 + "<p>JAKARTA - Isi berita.</p>" + "</div>" * 10_000,
    "not-an-article.html": "<html><head><title>Masuk</title></head><body><nav><a href='/'>Beranda</a>"
    "</nav><form><input name='user'><button>Masuk</button></form></body></html>",
}
#: name -> the start of its one-line error
BAD = {
    "empty.txt": "empty file (0 bytes)",
    "blank.txt": "only whitespace",
    "binary.txt": "binary file",
    "garbage.txt": "not text:",
    "too-big.txt": "too large: 50.0 MiB",
    "broken-link.txt": "broken symbolic link",
}


def build_catalogue(root: Path, *, big: bool = True) -> Path:
    """Every catalogued input in one directory tree (generated here; nothing large is committed).

    ``big=False`` leaves out the 50 MiB file and the 5 MiB line, for tests about something else.
    """
    root.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, root / seed.name)
    text = LATIN
    files = {
        "utf8-bom.txt": codecs.BOM_UTF8 + text.encode(),
        "utf16le-bom.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16be-bom.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf16le-nobom.txt": text.encode("utf-16-le"),
        "utf16be-nobom.txt": text.encode("utf-16-be"),
        "cp1252.txt": CP1252.encode("cp1252"),
        "latin1.txt": LATIN.encode("latin-1"),
        "mojibake.txt": MOJIBAKE.encode(),
        "stray-nul.txt": (MOJIBAKE * 200).encode().replace(b"tiba", b"ti\x00ba", 1),
        "damaged-utf8.txt": (LATIN * 3).encode().replace("é".encode(), b"\xc3", 1),
        "crlf.txt": text.replace("\n", "\r\n").encode(),
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n  \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "garbage.txt": bytes(range(0x80, 0x100)) * 4,
    }
    sub = root / "nested"
    sub.mkdir()
    for name, data in files.items():
        (sub if name.startswith("utf16") else root / name).parent.mkdir(exist_ok=True)
        ((sub / name) if name.startswith("utf16") else (root / name)).write_bytes(data)
    for name, page in HTML_PAGES.items():
        (root / name).write_text(page, encoding="utf-8")
    (root / "broken-link.txt").symlink_to(root / "gone.txt")
    (root / "directory.txt").mkdir()  # a directory that looks like a file: searched, not read
    if big:
        line = ("Presiden meninjau banjir di Bekasi " * 160_000).encode()[: 5 * MIB]
        (root / "long-line.txt").write_bytes(line)
        with (root / "too-big.txt").open("wb") as handle:
            chunk = b"Presiden meninjau banjir di Bekasi.\n" * (MIB // 36)
            while handle.tell() < 50 * MIB:
                handle.write(chunk)
            handle.truncate(50 * MIB)
    if not IS_ROOT:
        unreadable = root / "unreadable.txt"
        unreadable.write_text(LATIN, encoding="utf-8")
        unreadable.chmod(0)
    return root


def test_a_batch_over_the_whole_catalogue(tmp_path):
    corpus = build_catalogue(tmp_path / "corpus")
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    try:
        proc = corekit("clean", "-o", str(out), str(corpus), str(empty), str(missing))
    finally:
        if not IS_ROOT:
            (corpus / "unreadable.txt").chmod(0o644)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr

    errors = [line for line in reports(proc.stderr) if not line.startswith("corekit: warning: ")]
    expected = {str(corpus / name): start for name, start in BAD.items()}
    expected[str(empty)] = "directory holds no .txt"
    expected[str(missing)] = "no such file"
    if not IS_ROOT:
        expected[str(corpus / "unreadable.txt")] = "permission denied"
    html_refused = set()
    for line in errors:
        assert line.startswith("corekit: ")
        path, _, reason = line.removeprefix("corekit: ").partition(": ")
        if Path(path).name in HTML_PAGES:
            html_refused.add(Path(path).name)
            continue
        assert reason.startswith(expected.pop(path)), line
    assert not expected
    assert len(errors) == len(BAD) + (2 if IS_ROOT else 3) + len(html_refused), proc.stderr

    # every good document was cleaned, and what decoding changed was reported
    written = {p.name: p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()}
    html_cleaned = {Path(name).stem + ".txt" for name in set(HTML_PAGES) - html_refused}
    assert sorted(written) == sorted([*GOOD, *(s.name for s in SEEDS), *html_cleaned])
    for name, phrase in GOOD.items():
        assert phrase in written[name], name
    for seed in SEEDS:
        assert len(written[seed.name]) > 500
    warnings = proc.stderr
    for name, note in (
        ("cp1252.txt", "not UTF-8: decoded as cp1252"),
        ("latin1.txt", "not UTF-8: decoded as"),
        ("mojibake.txt", "repaired mojibake with ftfy"),
        ("stray-nul.txt", "removed 1 NUL character"),
        ("damaged-utf8.txt", "1 byte not valid UTF-8 replaced with U+FFFD"),
        ("nested/utf16le-nobom.txt", "no byte-order mark: decoded as utf-16-le"),
    ):
        assert f"corekit: warning: {corpus / name}: {note}" in warnings, name
    assert "\x00" not in written["stray-nul.txt"]


# -- records and HTML (read by the html branch): these run once `--input-format` is on main --------


def _has_input_format() -> bool:
    return "--input-format" in CliRunner().invoke(main, ["clean", "--help"]).output


needs_input_format = pytest.mark.skipif(
    not _has_input_format(), reason="corekit clean --input-format (records, HTML) is not merged yet"
)


@needs_input_format
def test_bad_jsonl_lines_are_reported_and_good_ones_cleaned(tmp_path):
    good = {"url": "https://example.com/a", "text": "JAKARTA - Presiden meninjau banjir di Bekasi."}
    lines = [json.dumps(good), "this is not json", json.dumps({"url": "https://example.com/b"})]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = corekit("clean", "--input-format", "jsonl", str(records))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    errors = reports(proc.stderr)
    assert len(errors) == 2, proc.stderr
    assert errors[0].startswith(f"corekit: {records}:2") and "JSON" in errors[0]
    assert errors[1].startswith(f"corekit: {records}:3") and "text" in errors[1]
    assert "Presiden meninjau banjir di Bekasi." in proc.stdout


@needs_input_format
@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" * 10_000 + "<p>JAKARTA - Isi berita yang dalam.</p>" + "</div>" * 10_000,
        "<html><head><title>Masuk</title></head><body><nav><a href='/'>Beranda</a></nav>"
        "<form><input name='user'><button>Masuk</button></form></body></html>",
    ],
    ids=["10000-nested-elements", "not-an-article"],
)
def test_hostile_html_gets_a_result_or_one_line(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    # In process: the catalogue batch above runs both pages through a real process already.
    result = CliRunner().invoke(main, ["clean", "--input-format", "html", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 0:
        assert result.stdout.strip() or "warning" in result.stderr
    else:
        assert result.exit_code == 1
        assert [line for line in reports(result.stderr) if not line.startswith("corekit: warning:")] == [
            line for line in reports(result.stderr) if line.startswith(f"corekit: {path}: ")
        ]


@needs_input_format
def test_skip_existing_resumes_record_files_too(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name in ("a", "b"):
        record = {"url": f"https://example.com/{name}", "text": f"JAKARTA - Berita {name} tentang banjir."}
        (corpus / f"{name}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    first = CliRunner().invoke(main, ["clean", "-o", str(out), str(corpus / "a.jsonl")])
    assert first.exit_code == 0, first.output
    os.utime(out / "a.jsonl", ns=(1, 1))
    files = [str(corpus / "a.jsonl"), str(corpus / "b.jsonl")]
    resumed = CliRunner().invoke(main, ["clean", "-o", str(out), "--skip-existing", *files])
    assert resumed.exit_code == 0, resumed.output
    assert reports(resumed.stderr) == ["corekit: skipped 1 input whose output already exists"]
    assert (out / "a.jsonl").stat().st_mtime_ns == 1
    assert "Berita b tentang banjir." in (out / "b.jsonl").read_text(encoding="utf-8")


@needs_input_format
def test_a_windows_1252_page_is_decoded_before_extraction(tmp_path):
    page = tmp_path / "page.html"
    paragraph = (
        "JAKARTA - Pemain Atlético Madrid tiba di Jakarta untuk laga persahabatan melawan tim nasional "
        "Indonesia pada Senin malam. Pelatih mengatakan timnya siap bermain dengan kekuatan penuh."
    )
    page.write_bytes(f"<html><body><article><p>{paragraph}</p></article></body></html>".encode("cp1252"))
    result = CliRunner().invoke(main, ["clean", str(page)])
    assert result.exit_code == 0, result.output
    assert "Pemain Atlético Madrid" in result.stdout
    assert f"corekit: warning: {page}: not UTF-8: decoded as cp1252" in result.stderr
