"""Records in (JSONL, CSV) and out (JSONL): fields kept, errors by file and line, streaming."""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from corekit import records
from corekit.cli import main
from corekit.inputs import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = "JAKARTA - Harga beras naik lagi pekan ini.\n\nPedagang mengeluhkan pasokan yang seret."


def lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def write_jsonl(path: Path, rows: list[object | str]) -> Path:
    path.write_text(
        "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows), encoding="utf-8"
    )
    return path


def test_jsonl_records_keep_their_fields_and_gain_a_corekit_key(tmp_path: Path) -> None:
    data = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": 1, "text": ARTICLE, "lang": "id"},
            {"id": 2, "content": "Paragraf satu.\n\nParagraf dua.", "url": "https://kontan.co.id/x"},
        ],
    )
    result = CliRunner().invoke(main, ["clean", str(data)])
    assert result.exit_code == 0, result.stderr
    out = lines(result.stdout)
    assert [r["id"] for r in out] == [1, 2]
    assert out[0]["text"] == ARTICLE and out[0]["lang"] == "id"
    assert out[0]["corekit"]["body"] == ARTICLE  # type: ignore[index]
    assert out[0]["corekit"]["path"] == f"{data}:1"  # type: ignore[index]
    assert out[1]["corekit"]["body"] == "Paragraf satu.\n\nParagraf dua."  # type: ignore[index]
    assert out[1]["url"] == "https://kontan.co.id/x"


def test_bad_records_name_file_and_line_and_the_rest_go_on(tmp_path: Path) -> None:
    data = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": 1, "text": ARTICLE},
            "{not json",
            "",
            '"a string"',
            {"id": 5, "title": "no text"},
            {"id": 6, "text": ARTICLE},
        ],
    )
    result = CliRunner().invoke(main, ["clean", str(data)])
    assert result.exit_code == 1
    assert [r["id"] for r in lines(result.stdout)] == [1, 6]
    errors = [line for line in result.stderr.splitlines() if line.startswith(f"corekit: {data}:")]
    assert len(errors) == 3
    assert "corekit: 5 documents: 2 cleaned, 3 failed" in result.stderr  # the batch summary
    assert errors[0].startswith(f"corekit: {data}:2: not JSON")
    assert errors[1] == f"corekit: {data}:4: not a JSON object but str"
    assert errors[2] == f"corekit: {data}:5: no text field (looked for text, raw_text, content, html)"


def test_html_field_is_extracted_as_a_page(tmp_path: Path) -> None:
    page = (FIXTURES / "kontan.html").read_text(encoding="utf-8")
    data = write_jsonl(tmp_path / "pages.jsonl", [{"doc": "k", "html": page}])
    result = CliRunner().invoke(main, ["clean", str(data)])
    assert result.exit_code == 0, result.stderr
    [record] = lines(result.stdout)
    assert record["html"] == page
    body = record["corekit"]["body"]  # type: ignore[index]
    assert "Bank Indonesia (BI) memutuskan" in body and "Copyright" not in body


def test_text_field_and_url_field_options(tmp_path: Path) -> None:
    data = write_jsonl(
        tmp_path / "in.jsonl", [{"isi": ARTICLE, "text": "not this", "link": "https://x.id/a"}]
    )
    runner = CliRunner()
    result = runner.invoke(main, ["clean", "--text-field", "isi", "--url-field", "link", str(data)])
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout)[0]["corekit"]["body"] == ARTICLE  # type: ignore[index]
    missing = runner.invoke(main, ["clean", "--text-field", "nope", str(data)])
    assert missing.exit_code == 1 and f"{data}:1: no text field (looked for nope)" in missing.stderr


def test_csv_records_with_a_large_html_cell(tmp_path: Path) -> None:
    import csv

    page = (FIXTURES / "detik.html").read_text(encoding="utf-8")
    padded = page.replace("</head>", "<!--" + "x" * 200_000 + "--></head>")  # past csv's 128 KiB default
    data = tmp_path / "in.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "html", "url"])
        writer.writerow(["a", padded, "https://news.detik.com/x"])
        writer.writerow(["b", "", ""])
    result = CliRunner().invoke(main, ["clean", str(data)])
    assert result.exit_code == 1
    [record] = lines(result.stdout)
    assert record["id"] == "a"
    assert "Kali Ciliwung meluap" in record["corekit"]["body"]  # type: ignore[index]
    row_b = 3 + padded.count("\n")  # the line row b starts on: past every line of the page in row a
    assert result.stderr.splitlines()[0] == f"corekit: {data}:{row_b}: field 'html' holds no text"


def test_stdin_jsonl(tmp_path: Path) -> None:
    stdin = json.dumps({"text": ARTICLE}) + "\nnot json\n"
    result = CliRunner().invoke(main, ["clean", "--input-format", "jsonl", "-"], input=stdin)
    assert result.exit_code == 1
    assert lines(result.stdout)[0]["corekit"]["body"] == ARTICLE  # type: ignore[index]
    assert result.stderr.startswith("corekit: <stdin>:2: not JSON")


def test_output_dir_gets_one_jsonl_per_input(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"text": ARTICLE}])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["clean", "-o", str(out), str(data)])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in out.iterdir()] == ["in.jsonl"]
    assert len(lines((out / "in.jsonl").read_text(encoding="utf-8"))) == 2
    again = CliRunner().invoke(main, ["clean", "-o", str(tmp_path), str(data)])
    assert again.exit_code == 1 and "would overwrite an input" in again.stderr
    assert len(data.read_text(encoding="utf-8").splitlines()) == 2  # the input is untouched


def test_records_and_pages_do_not_mix(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    result = CliRunner().invoke(main, ["clean", str(data), str(FIXTURES / "kontan.html")])
    assert result.exit_code == 2 and "cannot mix" in result.output


def test_jsonl_is_read_one_line_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    def endless() -> Iterator[bytes]:
        yield (json.dumps({"text": ARTICLE}) + "\n").encode()
        raise AssertionError("read past the first record before it was used")

    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=endless()))
    run = records.RecordRun(["-"], "jsonl")
    first = next(run.documents())
    assert not isinstance(first, InputError)
    assert first.text == ARTICLE and first.path == "<stdin>:1"


def test_a_written_record_is_no_longer_held(tmp_path: Path) -> None:
    from corekit.pipeline import run as run_pipeline
    from corekit.plugins import make_plugin_manager

    data = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}] * 3)
    pm = make_plugin_manager(entry_points=False)
    sink = records.RecordRun([str(data)], "auto", pm=pm, stream=open(tmp_path / "o.jsonl", "w"))  # noqa: SIM115
    for document in sink.documents():
        assert not isinstance(document, InputError)
        assert len(sink.pending) == 1
        assert sink.write(run_pipeline(document, pm=pm)) is None
        assert sink.pending == {}
    sink.close()


def test_record_format_by_suffix() -> None:
    assert records.record_format("a.JSONL", "auto") == "jsonl"
    assert records.record_format("a.csv", "auto") == "csv"
    assert records.record_format("a.txt", "auto") is None
    assert records.record_format("a.txt", "jsonl") == "jsonl"
    assert records.record_format("a.jsonl", "text") is None


def test_a_page_in_a_text_field_is_sniffed_and_extracted(tmp_path: Path) -> None:
    page = (FIXTURES / "liputan6.html").read_text(encoding="utf-8")
    data = write_jsonl(tmp_path / "in.jsonl", [{"content": page, "url": "https://m.liputan6.com/x"}])
    result = CliRunner().invoke(main, ["clean", str(data)])
    assert result.exit_code == 0, result.stderr
    out = lines(result.stdout)[0]["corekit"]
    assert "Kementerian Kesehatan mencatat" in out["body"]  # type: ignore[index]
    assert "<p>" not in out["body"] and "Baca Juga" not in out["body"]  # type: ignore[index]
