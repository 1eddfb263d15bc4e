"""``corekit new-plugin`` and ``corekit learn --report``: what they write, and what they refuse."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corekit.cli import main
from corekit.model import Document, SourceMatch

sys.path.insert(0, str(Path(__file__).parent))
import learn_site as site  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def new_plugin(runner: CliRunner, dest: Path, *args: str):
    return runner.invoke(
        main, ["new-plugin", "contoh", "--host", "contohnews.co.id", "--dest", str(dest), *args]
    )


def import_plugin(target: Path, module: str):
    sys.path.insert(0, str(target))
    try:
        for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
            del sys.modules[name]
        return importlib.import_module(module)
    finally:
        sys.path.remove(str(target))


def test_new_plugin_learns_and_writes_the_whole_package(runner: CliRunner, tmp_path: Path) -> None:
    sample = site.write_dir(tmp_path / "pages")
    result = new_plugin(runner, tmp_path / "plugins", "--learn", str(sample), "--name", "Contoh News")
    assert result.exit_code == 0, result.output
    root = tmp_path / "plugins" / "corekit-contoh"
    written = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert {"pyproject.toml", "README.md", "corekit_contoh/__init__.py", "corekit_contoh/rules.py",
            "tests/test_contoh.py"} <= set(written)  # fmt: skip
    assert any(p.startswith("tests/fixtures/") and p.endswith(".json") for p in written)
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "corekit-contoh"' in pyproject and 'contoh = "corekit_contoh"' in pyproject
    rules = (root / "corekit_contoh" / "rules.py").read_text(encoding="utf-8")
    assert "# matched 24 of 24 articles: repeated line, e.g. 'SCROLL TO CONTINUE WITH CONTENT'" in rules
    assert 'Rule("baca-juga-link", "inline"' in rules
    assert "Learned from 24 articles" in (root / "README.md").read_text(encoding="utf-8")


def test_the_generated_plugin_works_as_written(runner: CliRunner, tmp_path: Path) -> None:
    assert new_plugin(runner, tmp_path, "--learn", str(site.write_dir(tmp_path / "pages"))).exit_code == 0
    plugin = import_plugin(tmp_path / "corekit-contoh", "corekit_contoh")
    text = site.article(101)  # an article the learner never saw
    claim = plugin.detect_source(document=Document(text=text))
    assert claim is not None and claim.id == "contoh" and claim.confidence < 1.0
    mine = SourceMatch(id="contoh", name="Contoh", confidence=0.9, plugin="contoh")
    article = plugin.strip_boilerplate(document=Document(text=text), source=mine)
    assert site.SCROLL not in article.body and "Baca juga" not in article.body
    assert article.body.startswith("CONTOHNEWS.CO.ID, ")  # the dateline stays with the first paragraph
    assert {r.plugin for r in article.removed} >= {"contoh"}


def test_without_a_sample_the_plugin_has_no_rules_yet(runner: CliRunner, tmp_path: Path) -> None:
    result = new_plugin(runner, tmp_path)
    assert result.exit_code == 0, result.output
    plugin = import_plugin(tmp_path / "corekit-contoh", "corekit_contoh")
    assert plugin.RULES.rules == () and plugin.SOURCE.hosts == ("contohnews.co.id",)
    assert plugin.SOURCE.reporter == (plugin.SOURCE.name,)  # 'katanya saat dihubungi Contoh'
    claim = plugin.detect_source(document=Document(text="x", url="https://contohnews.co.id/a"))
    assert claim is not None and claim.confidence == 1.0


def test_an_existing_plugin_is_never_overwritten(runner: CliRunner, tmp_path: Path) -> None:
    existing = tmp_path / "corekit-contoh"
    existing.mkdir()
    (existing / "mine.txt").write_text("hand work", encoding="utf-8")
    result = new_plugin(runner, tmp_path)
    assert result.exit_code == 2
    assert "already exists" in result.output
    assert [p.name for p in existing.iterdir()] == ["mine.txt"]


@pytest.mark.parametrize("bad", ["Contoh", "2news", "con-toh", "con_toh"])
def test_a_bad_plugin_name_is_refused(runner: CliRunner, tmp_path: Path, bad: str) -> None:
    result = runner.invoke(main, ["new-plugin", bad, "--host", "x.id", "--dest", str(tmp_path)])
    assert result.exit_code == 2 and "lower-case letters and digits" in result.output
    assert list(tmp_path.iterdir()) == []


def test_learn_report_prints_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    sample = site.write_jsonl(tmp_path / "rows.jsonl")
    before = sorted(tmp_path.rglob("*"))
    result = runner.invoke(main, ["learn", "--report", str(sample), "--host", "contohnews.co.id"])
    assert result.exit_code == 0, result.output
    assert "line   scroll-to-continue-with-content: repeated line; matched 24 of 24 articles" in result.output
    assert "inline baca-juga-link" in result.output and "masthead" in result.output
    assert sorted(tmp_path.rglob("*")) == before


def test_a_small_sample_is_warned_about(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["learn", "--report", str(site.write_dir(tmp_path / "p", n=5))])
    assert result.exit_code == 0
    assert "5 articles; learning wants 20 or more" in result.output


def test_an_unreadable_sample_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["learn", "--report", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output


# --- the generated package in a fresh environment -----------------------------------------------


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One generated plugin and this tree's core, installed together into one target directory."""
    base = tmp_path_factory.mktemp("fresh")
    sample = site.write_dir(base / "pages")
    result = CliRunner().invoke(
        main,
        ["new-plugin", "contoh", "--host", "contohnews.co.id", "--learn", str(sample), "--dest", str(base)],
    )
    assert result.exit_code == 0, result.output
    plugin, target = base / "corekit-contoh", base / "site"
    # The core goes in the same pip call, from this tree, so the plugin's 'corekit' requirement is
    # met here and never by the registry; --no-deps keeps the registry out of it altogether.
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    done = subprocess.run([*pip, str(REPO), str(plugin)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.fail(f"pip install failed:\n{done.stderr[-2000:]}")
    return plugin, target


@pytest.mark.slow
def test_the_generated_package_installs_and_passes_its_own_tests(installed: tuple[Path, Path]) -> None:
    plugin, target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(plugin / "tests")],
        cwd=plugin,  # its own directory, as tox runs a plugin's tests
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout
    # The core it ran against is the installed copy, not this tree.
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import corekit, corekit_contoh; print(corekit.__file__, corekit_contoh.__file__)",
        ],
        cwd=target.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.split() == [str(target / "corekit" / "__init__.py"),
                                    str(target / "corekit_contoh" / "__init__.py")]  # fmt: skip


@pytest.mark.parametrize("learned", [True, False], ids=["learned", "empty"])
def test_the_generated_code_is_lint_and_format_clean(
    runner: CliRunner, tmp_path: Path, learned: bool
) -> None:
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed here")
    args = ["--learn", str(site.write_dir(tmp_path / "pages"))] if learned else []
    assert new_plugin(runner, tmp_path / "out", *args).exit_code == 0
    root = tmp_path / "out" / "corekit-contoh"
    config = str(REPO / "pyproject.toml")
    # Import order depends on where the package sits (first- or third-party), so isort is left out.
    check = subprocess.run([ruff, "check", "--config", config, "--extend-ignore", "I", str(root)], text=True,
                           capture_output=True)  # fmt: skip
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        [ruff, "format", "--config", config, "--check", str(root)], text=True, capture_output=True
    )
    assert fmt.returncode == 0, fmt.stdout


def test_min_articles_is_configurable(runner: CliRunner, tmp_path: Path) -> None:
    sample = str(site.write_dir(tmp_path / "pages"))
    loose = runner.invoke(main, ["learn", "--report", sample, "--min-share", "0.01", "--min-articles", "13"])
    strict = runner.invoke(main, ["learn", "--report", sample, "--min-share", "0.01", "--min-articles", "19"])
    assert "editor-code" not in loose.output and "(and in at least 13)" in loose.output  # 12 of 24
    assert "baca-juga-link" in loose.output  # 18 of 24
    assert "baca-juga-link" not in strict.output and "scroll-to-continue-with-content" in strict.output
