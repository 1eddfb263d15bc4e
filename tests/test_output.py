"""Output names under ``-o DIR``: unique, predictable, mirroring the input tree (issue #7)."""

from __future__ import annotations

import os

import pytest

from corekit.output import output_names


def test_a_file_argument_keeps_its_name_and_a_directory_its_tree():
    names = output_names(
        ["x.txt", "corpus/a/y.txt", "corpus/z.html", "-"],
        {"corpus/a/y.txt": "corpus", "corpus/z.html": "corpus"},
    )
    assert names == {"x.txt": "x", "corpus/a/y.txt": "a/y", "corpus/z.html": "z", "-": "stdin"}


def test_one_name_in_two_folders_takes_the_folders():
    assert output_names(["a/x.txt", "b/x.txt"]) == {"a/x.txt": "a/x", "b/x.txt": "b/x"}
    deep = ["/data/2024/jan/x.txt", "/data/2024/feb/x.txt", "/data/2024/feb/y.txt"]
    assert output_names(deep) == {deep[0]: "jan/x", deep[1]: "feb/x", deep[2]: "y"}


def test_two_directory_arguments_with_one_file_name_each():
    names = output_names(["in/a/x.txt", "in/b/x.txt"], {"in/a/x.txt": "in/a", "in/b/x.txt": "in/b"})
    assert names == {"in/a/x.txt": "a/x", "in/b/x.txt": "b/x"}


def test_one_stem_two_extensions_keep_their_extensions():
    names = output_names(["d/x.txt", "d/x.html"], {"d/x.txt": "d", "d/x.html": "d"})
    assert names == {"d/x.txt": "x.txt", "d/x.html": "x.html"}


def test_names_do_not_depend_on_the_order_of_the_inputs():
    paths = ["a/x.txt", "b/x.txt", "b/x.html", "c.txt"]
    assert output_names(paths) == output_names(list(reversed(paths)))


def test_a_name_still_taken_gets_a_number_in_input_order():
    # b/x.txt's folder-qualified name is what the file argument "b/x" (no extension) is called too.
    names = output_names(["a/x.txt", "b/x.txt", "q/b/x"], {"q/b/x": "q"})
    assert names == {"a/x.txt": "a/x", "b/x.txt": "b/x", "q/b/x": "b/x-2"}
    assert len(set(names.values())) == len(names)


def test_one_file_spelled_twice_is_one_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    names = output_names(["d/x.txt", "./d/x.txt", os.path.abspath("d/x.txt")], {"d/x.txt": "d"})
    assert set(names.values()) == {"x"}


def test_stdin_and_a_file_called_stdin():
    assert output_names(["-", "stdin.txt"]) == {"-": "stdin", "stdin.txt": "stdin-2"}


@pytest.mark.parametrize("count", [2, 5])
def test_many_same_named_files_are_all_apart(count):
    paths = [f"d{i}/sub/x.txt" for i in range(count)]
    names = output_names(paths)
    assert sorted(names.values()) == sorted(f"d{i}/sub/x" for i in range(count))


def test_a_file_met_twice_is_named_as_first_met(tmp_path):
    from click.testing import CliRunner

    from corekit.cli import main

    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "sub" / "x.txt").write_text("JAKARTA - Isi berita.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [
        "clean",
        "-j",
        "1",
        "-o",
        str(out),
        str(tmp_path / "corpus"),
        str(tmp_path / "corpus" / "sub" / "x.txt"),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    assert [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()] == ["sub/x.txt"]
