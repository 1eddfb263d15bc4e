"""The catalogue of bad inputs (docs/bad-inputs.md), one test each, at the reading layer."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from corekit.decoding import Decoded, NotText, decode_bytes
from corekit.inputs import MIB, InputError, documents, expand, read_bytes, read_decoded

TEXT = "JAKARTA - Pemain Atlético Madrid tiba di Jakarta.\n\n“Kami siap,” kata pelatih.\n"
ASCII = "JAKARTA - Presiden meninjau banjir di Bekasi.\n\nWarga mengungsi ke masjid.\n"


def reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(InputError) as info:
        read_decoded(str(path), **kwargs)
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: {info.value.reason}"
    assert "\n" not in str(info.value)
    return info.value.reason


def write(tmp_path: Path, data: bytes, name: str = "in.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_utf8_is_taken_as_is():
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert decoded == Decoded(text=TEXT, encoding="utf-8", notes=())


def test_crlf_line_endings_are_kept():
    text = TEXT.replace("\n", "\r\n")
    assert decode_bytes(text.encode()).text == text


def test_empty_file(tmp_path):
    assert reason(write(tmp_path, b"")) == "empty file (0 bytes): no text to clean"


@pytest.mark.parametrize("blank", [b" ", b"\n\n\n", b" \t\r\n \n", "\u00a0\u3000\n".encode()])
def test_whitespace_only(tmp_path, blank):
    assert reason(write(tmp_path, blank)) == "only whitespace: no text to clean"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00\x00" * 10,
        bytes(range(256)) * 16,
        b"\x7fELF\x02\x01\x01" + bytes(500),
    ],
    ids=["png", "pdf", "all-bytes", "elf"],
)
def test_binary_file(tmp_path, data):
    assert reason(write(tmp_path, data)).startswith("binary file")


def test_control_characters_without_nuls_are_binary(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in b"\t\n\r\x0b\x0c") * 100
    assert reason(write(tmp_path, data)) == "binary file (control characters), not text"


def test_invalid_utf8_bytes_in_utf8_text_are_replaced_and_noted():
    data = TEXT.encode("utf-8")
    cut = data.index("“".encode()) + 1  # a truncated three-byte quote mark
    decoded = decode_bytes(data[:cut] + data[cut + 2 :])
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text and "Atlético" in decoded.text
    assert decoded.notes == (f"1 byte not valid UTF-8 replaced with U+FFFD (first at offset {cut - 1})",)


def test_bytes_that_are_no_text_encoding_are_refused(tmp_path):
    data = bytes(range(0x80, 0x100)) * 8  # no NULs, no valid UTF-8, no Western text
    assert reason(write(tmp_path, data)).startswith("not text: neither UTF-8 nor a Western encoding")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_bom_settles_the_encoding_and_is_dropped(codec):
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
        "utf-8": codecs.BOM_UTF8,
    }[codec]
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded == Decoded(text=TEXT, encoding=codec, notes=())


def test_broken_text_after_a_bom_is_refused(tmp_path):
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1]  # odd length: half a code unit
    expected = "not valid utf-16-le text after a utf-16-le byte-order mark"
    assert reason(write(tmp_path, data)).startswith(expected)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.text == TEXT and decoded.encoding == codec
    assert decoded.notes == (f"no byte-order mark: decoded as {codec}",)


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_single_byte_text_is_detected(codec):
    text = ASCII + "Pemain Atlético dan Müller makan di café yang naïf.\n"
    if codec == "cp1252":
        text += "Harga naik 5‰ – “mahal” katanya.\n"  # bytes 0x80-0x9f: cp1252 only
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.notes == (f"not UTF-8: decoded as {decoded.encoding} (detected by charset-normalizer)",)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Pemain AtlÃ©tico Madrid tiba.", "Pemain Atlético Madrid tiba."),
        ("â€œKami siap,â€\x9d kata pelatih.", "“Kami siap,” kata pelatih."),
        ("Thomas MÃ¼ller dan JosÃ© Mourinho.", "Thomas Müller dan José Mourinho."),
        # UTF-8 read as Latin-1: the quote marks become C1 control characters, still not binary
        ("“Kami siap,” kata pelatih.".encode().decode("latin-1") * 20, "“Kami siap,” kata pelatih." * 20),
    ],
)
def test_mojibake_is_repaired_and_noted(broken, fixed):
    decoded = decode_bytes(f"{ASCII}{broken}\n".encode())
    assert decoded.text == f"{ASCII}{fixed}\n"
    assert len(decoded.notes) == 1 and decoded.notes[0].startswith("repaired mojibake with ftfy (")


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        'Tanda kutip "lurus" dan ‘melengkung’ tetap; ﬁ ligatur, ＡＢＣ lebar penuh.\n',
        "Baris Windows\r\nberakhir CRLF.\r\n",
        "Suhu 30°C, Rp 5.000, ±10%, © 2023, “kutip” — em dash, … elipsis, ½, é è ê ë, A ¬ B.\n",
        "Kombinasi: Cafe\u0301 tidak dinormalisasi ke NFC.\n",
    ],
)
def test_text_that_is_not_mojibake_is_left_alone(text):
    assert decode_bytes(text.encode()) == Decoded(text=text, encoding="utf-8", notes=())


def test_stray_nul_bytes_are_dropped_and_noted():
    data = (ASCII * 20).encode().replace(b"Bekasi", b"Bek\x00asi", 1)
    decoded = decode_bytes(data)
    assert decoded.text == ASCII * 20
    assert decoded.notes == ("removed 1 NUL character",)


def test_many_nul_bytes_are_binary(tmp_path):
    data = ASCII.encode().replace(b" ", b"\x00 ")
    assert reason(write(tmp_path, data)) == "binary file (NUL bytes), not text"


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 50 MiB on disk costs nothing
        handle.truncate(50 * MIB)
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    assert reason(path) == "too large: 50.0 MiB, over the 10 MiB limit (--max-size)"
    assert not opened
    assert reason(path, max_bytes=MIB).endswith("over the 1 MiB limit (--max-size)")


def test_size_limit_holds_for_stdin_too(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (MIB + 1))))
    with pytest.raises(InputError, match=r"^-: too large: over the 1 MiB limit"):
        read_bytes("-", max_bytes=MIB)


def test_file_exactly_at_the_limit_is_read(tmp_path):
    path = write(tmp_path, b"kata " * (MIB // 5) + b"x" * (MIB % 5))
    assert len(read_bytes(str(path), max_bytes=MIB)) == MIB


def test_five_mib_single_line_is_read(tmp_path):
    line = ("Presiden Joko Widodo meninjau banjir di Bekasi " * 110_000)[: 5 * MIB]
    decoded = read_decoded(str(write(tmp_path, line.encode())))
    assert decoded.text == line and not decoded.notes


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a chmod 000 file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, TEXT.encode())
    path.chmod(0)
    try:
        assert reason(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    # The real test above skips as root; the message must not depend on who runs it.
    path = write(tmp_path, TEXT.encode())

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", deny)
    assert reason(path) == "permission denied"


def test_directory(tmp_path):
    assert reason(tmp_path) == "is a directory"


def test_missing_path(tmp_path):
    assert reason(tmp_path / "nope.txt") == "no such file"


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert reason(link) == f"broken symbolic link (to {tmp_path / 'gone.txt'})"


def test_broken_symlink_in_a_directory_is_reported_not_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    outcomes = list(documents(expand([str(tmp_path)])))
    assert [type(o).__name__ for o in outcomes] == ["Document", "InputError"]
    assert "broken symbolic link" in str(outcomes[1])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert reason(fifo) == "not a regular file"


def test_documents_carry_the_decoding_notes(tmp_path):
    path = write(tmp_path, b"Pemain Atl\xe9tico tiba di Jakarta pada Senin pagi.\n")
    (document,) = documents([str(path)])
    assert not isinstance(document, InputError)
    assert document.text == "Pemain Atlético tiba di Jakarta pada Senin pagi.\n"
    assert document.notes and "charset-normalizer" in document.notes[0]


def test_not_text_is_the_reason_without_a_path():
    with pytest.raises(NotText, match=r"^empty file"):
        decode_bytes(b"")
