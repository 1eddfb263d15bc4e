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


def clashing_corpus(root: Path) -> Path:
    """Inputs whose stems meet: x.txt in two folders, and x.txt beside x.html."""
    for name in ("a/x.txt", "b/x.txt", "b/x.html", "b/deep/y.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"JAKARTA - Isi {name}.\n", encoding="utf-8")
    return root


def written(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()
    }


def test_output_names_mirror_the_tree_and_never_clash(runner, tmp_path):
    corpus, out = clashing_corpus(tmp_path / "corpus"), tmp_path / "out"
    result = runner.invoke(main, ["clean", "-j", "1", "-o", str(out), str(corpus / "a"), str(corpus / "b")])
    assert result.exit_code == 0, result.stderr
    assert written(out) == {
        "a/x.txt": "JAKARTA - Isi a/x.txt.\n",
        "b/x.txt.txt": "JAKARTA - Isi b/x.txt.\n",
        "b/x.html.txt": "JAKARTA - Isi b/x.html.\n",
        "deep/y.txt": "JAKARTA - Isi b/deep/y.txt.\n",
    }


def test_output_names_as_a_real_process_with_skip_existing(tmp_path):
    corpus, out = clashing_corpus(tmp_path / "corpus"), tmp_path / "out"
    files = [str(corpus / "a" / "x.txt"), str(corpus / "b" / "x.txt")]
    command = [sys.executable, "-m", "corekit", "clean", "--format", "jsonl", "-j", "2", "-o", str(out)]
    first = subprocess.run([*command, *files], capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    outputs = written(out)
    assert sorted(outputs) == ["a/x.jsonl", "b/x.jsonl"]
    assert json.loads(outputs["b/x.jsonl"])["path"] == files[1]
    # A resumed run names the outputs alike, so it finds both and redoes neither.
    again = subprocess.run([*command, "--skip-existing", *files], capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert "skipped 2 inputs whose output already exists" in again.stderr
    assert written(out) == outputs


def test_record_files_with_one_stem_get_one_output_each(runner, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        record = {"text": f"JAKARTA - Berita {folder} tentang banjir."}
        (tmp_path / folder / "r.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    files = [str(tmp_path / "a" / "r.jsonl"), str(tmp_path / "b" / "r.jsonl")]
    result = runner.invoke(main, ["clean", "-o", str(out), *files])
    assert result.exit_code == 0, result.stderr
    outputs = written(out)
    assert sorted(outputs) == ["a/r.jsonl", "b/r.jsonl"]
    assert "Berita b" in json.loads(outputs["b/r.jsonl"])["corekit"]["body"]


def test_mirrored_outputs_still_never_overwrite_an_input(runner, tmp_path):
    corpus = clashing_corpus(tmp_path / "corpus")
    before = written(corpus)
    result = runner.invoke(main, ["clean", "-o", str(corpus / "a"), str(corpus / "a")])
    assert result.exit_code == 1
    assert f"output {corpus / 'a' / 'x.txt'} would overwrite an input" in result.stderr
    assert written(corpus) == before


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


def test_quotes_table_lists_speaker_cue_and_words(runner):
    result = runner.invoke(main, ["quotes", "--direct-only", str(SEEDS / "002_2093672d2c33194d.txt")])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    gold = json.loads((SEEDS / "gold" / "002_2093672d2c33194d.json").read_text(encoding="utf-8"))
    assert [(r[0], r[1].split(" [via")[0]) for r in rows] == [
        (q["speaker"], q["cue"]) for q in gold["quotes"]
    ]
    assert rows[0][1].endswith("[via Reuters]")


def test_quotes_json_and_a_bad_file(runner, tmp_path):
    result = runner.invoke(
        main,
        ["quotes", "--format", "jsonl", str(SEEDS / "003_81b7b7d9cd8b0e5a.txt"), str(tmp_path / "no.txt")],
    )
    assert result.exit_code == 1
    record = json.loads(result.stdout.splitlines()[0])
    assert record["quotes"][0]["speaker"] == "Andrei Belousov"
    assert result.stderr.startswith(f"corekit: {tmp_path / 'no.txt'}: ")


def test_aliases_file_wins_in_names_and_speakers(runner, tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text("surface,canonical\nPutin,Vladimir Vladimirovich Putin\n", encoding="utf-8")
    out = runner.invoke(main, ["clean", "--format", "json", "--aliases", str(table), str(seed_files()[0])])
    data = json.loads(out.stdout)
    assert {q["speaker"] for q in data["quotes"]} == {"Vladimir Vladimirovich Putin"}
    people = {n["name"] for n in data["names"] if n["kind"] == "person"}
    assert "Vladimir Vladimirovich Putin" in people and "Vladimir Putin" not in people


# What a command imports is what it costs at start-up; these must not pay for the pipeline.
LOADS_NOTHING_HEAVY = """
import sys
from corekit.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = {"pluggy", "attrs", "ftfy", "charset_normalizer", "regex", "trafilatura", "tqdm",
         "importlib.metadata", "corekit.pipeline", "corekit.plugins", "corekit.decoding"}
print("loaded:", *sorted(heavy & set(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["clean", "--help"], ["quotes", "--help"]])
def test_version_and_help_import_no_pipeline(args):
    proc = subprocess.run(
        [sys.executable, "-c", LOADS_NOTHING_HEAVY, *args], capture_output=True, text=True, check=True
    )
    assert proc.stderr.strip() == "loaded:"


def test_importing_corekit_loads_only_the_package():
    code = "import sys, corekit; print(sorted(m for m in sys.modules if m.startswith('corekit')))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "['corekit']"
    # ... and the public names are still there, on first use.
    code = "import corekit; print(corekit.clean('JAKARTA - Isi berita.').article.body, corekit.Document)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("JAKARTA - Isi berita. <class 'corekit.model.Document'>")
