"""The command line, through click's runner and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corekit.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


SEED_IDS = [p.stem for p in seed_files()]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("seed", seed_files(), ids=SEED_IDS)
def test_clean_each_seed(runner, seed):
    result = runner.invoke(main, ["clean", str(seed)])
    assert result.exit_code == 0, result.output
    assert len(result.output) > 500


def test_json_contract(runner):
    seed = seed_files()[0]
    data = json.loads(runner.invoke(main, ["clean", "--format", "json", str(seed)]).output)
    assert data["path"] == str(seed)
    assert isinstance(data["body"], str) and data["body"]
    for removed in data["removed"]:
        text = seed.read_text(encoding="utf-8")
        assert text[removed["start"] : removed["end"]] == removed["text"]
        assert removed["rule"] and removed["plugin"]


def test_jsonl_one_line_per_document(runner):
    result = runner.invoke(main, ["clean", "--format", "jsonl", str(SEEDS)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert [json.loads(line)["path"] for line in lines] == [str(p) for p in seed_files()]


def test_stdin(runner):
    result = runner.invoke(main, ["clean", "-"], input="JAKARTA - Satu paragraf dari stdin.\n")
    assert result.exit_code == 0
    assert "Satu paragraf dari stdin." in result.output


def test_bad_inputs_get_one_line_errors_and_the_batch_goes_on(runner, tmp_path):
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    missing = tmp_path / "missing.txt"
    seed = seed_files()[1]
    result = runner.invoke(main, ["clean", str(missing), str(empty_dir), str(binary), str(seed)])
    assert result.exit_code == 1
    errors, summary = result.stderr.splitlines()[:3], result.stderr.splitlines()[3:]
    assert summary[0] == "corekit: 4 documents: 1 cleaned, 3 failed"
    for bad, line in zip((missing, empty_dir, binary), errors, strict=True):
        assert line.startswith(f"corekit: {bad}: ")
    assert "Putin" in result.stdout  # the good file after the bad ones was still cleaned


def test_output_dir_writes_one_file_per_input(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["clean", "--format", "json", "-o", str(out), str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(p.stem + ".json" for p in seed_files())


def test_output_dir_never_overwrites_an_input(runner, tmp_path):
    source = tmp_path / "article.txt"
    source.write_text("JAKARTA - Isi artikel asli.\n", encoding="utf-8")
    result = runner.invoke(main, ["clean", "-o", str(tmp_path), str(source)])
    assert result.exit_code == 1
    assert "would overwrite an input" in result.stderr
    assert source.read_text(encoding="utf-8") == "JAKARTA - Isi artikel asli.\n"


def test_source_option_skips_detection(runner):
    data = json.loads(
        runner.invoke(main, ["clean", "--format", "json", "--source", "xyz", str(seed_files()[0])]).output
    )
    assert data["source"]["id"] == "xyz" and data["source"]["confidence"] == 1.0


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "corekit" in result.output


def test_as_a_real_process():
    seed = seed_files()[2]
    proc = subprocess.run(
        [sys.executable, "-m", "corekit", "clean", "--format", "json", str(seed)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["path"] == str(seed)
    missing = subprocess.run(
        [sys.executable, "-m", "corekit", "clean", "/no/such/file.txt"], capture_output=True, text=True
    )
    assert missing.returncode == 1
    assert missing.stderr.strip() == "corekit: /no/such/file.txt: no such file"
