"""``corekit clean --explain``: the input marked with what was removed and why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from corekit.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "004_5ef848cd26848bf9.txt"


def test_explain_marks_the_removed_pieces_with_their_rules() -> None:
    result = CliRunner().invoke(main, ["clean", "--explain", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "[-keren989-]{generic:handle}" in result.output
    assert "[-- 0-]{generic:comment-count}" in result.output
    assert "title: Panglima militer Tiongkok berjanji untuk memperkuat hubungan dengan Rusia" in result.output
    # The article itself is printed unmarked.
    assert "\nKepala pertahanan Tiongkok pada hari Selasa berjanji" in result.output


def test_explain_heads_each_of_several_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("A A A\nIsi satu.\n", encoding="utf-8")
    b.write_text("Isi dua.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", "--explain", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert f"== {a} ==" in result.output and f"== {b} ==" in result.output
    assert "[-A A A-]{generic:font-size}" in result.output


def test_explain_does_not_go_with_an_output_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["clean", "--explain", "-o", str(tmp_path), str(SEED)])
    assert result.exit_code == 2


def test_explain_runs_in_workers_in_input_order() -> None:
    # Each file's marked-up text is made where it is cleaned, so --explain spreads over --jobs.
    seeds = sorted(SEED.parent.glob("*.txt"))
    alone = [CliRunner().invoke(main, ["clean", "--explain", str(s)]).stdout for s in seeds]
    result = CliRunner().invoke(main, ["clean", "--explain", "-j", "2", *map(str, seeds)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(f"== {s} ==\n{text}" for s, text in zip(seeds, alone, strict=True))
