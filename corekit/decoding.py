"""Bytes to text: find the encoding, refuse what is not text, repair mojibake, say what was done.

The rules, in order (docs/bad-inputs.md has the catalogue and its tests):

1. No bytes, or only whitespace: refused, there is nothing to clean.
2. A byte-order mark settles the encoding (UTF-8, UTF-16, UTF-32); the mark is dropped.
3. UTF-16 without a mark is recognised by its zero bytes (ASCII-heavy text, as Indonesian is).
4. Many NUL bytes or control characters: a binary file, refused. A few NULs in real text are
   dropped, with a note.
5. Valid UTF-8 is taken as is. UTF-8 with a few bad bytes (a truncated download) keeps its good
   text; each bad byte becomes U+FFFD, with a note.
6. Anything else goes to charset-normalizer, limited to the Western single-byte encodings an
   Indonesian page can really be in; unlimited, it names e.g. cp775 for short Latin-1 text.
7. ftfy repairs mojibake (``AtlÃ©tico`` -> ``Atlético``) with every other fix switched off, so
   quotes, widths, ligatures, line breaks and normalization stay as written.

Every change past plain decoding is recorded as a one-line note, which the pipeline reports
as a warning of the result.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

import attrs

#: Single-byte encodings tried when the data is not UTF-8 (Latin-1 text decodes the same as cp1252).
WESTERN = ("cp1252", "latin_1", "iso8859_15")
#: How much of the data the binary and UTF-16 sniffers look at.
SAMPLE = 65536
#: Above this share of NUL bytes the data is binary, below it the NULs are stray.
MAX_NUL_SHARE = 0.01
#: Above this share of control characters (other than whitespace) the data is binary.
MAX_CONTROL_SHARE = 0.05

_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: C0 control characters other than the whitespace ones (tab, line feed, VT, FF, CR), and DEL.
#: Not the C1 controls U+0080-U+009F: in decoded text those are mojibake (UTF-8 read as
#: Latin-1, ``â\x80\x9c`` for ``“``), which ftfy repairs, not a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: What ``surrogateescape`` turns an undecodable byte into, and any non-ASCII character.
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: ftfy's "common", "start_punctuation" and "end_punctuation" characters (ftfy.badness). Every
#: pattern of its mojibake test needs some other non-ASCII character, so text without one is
#: left as it is by the repair below, and ftfy (~50 ms to import) is not loaded for it.
_BENIGN = "\xa0\xad·´–—―…’¡«¿©΄΅‘‚“„•‹\uf8ff®»˝”›™"
_MAYBE_MOJIBAKE = re.compile(f"[^\\x00-\\x7f{_BENIGN}]")


@functools.cache
def _ftfy_config() -> Any:
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


class NotText(Exception):
    """The data cannot be cleaned; ``str()`` is the one-line reason (without the path)."""


@attrs.frozen
class Decoded:
    """Text decoded from bytes.

    Attributes:
        text: The decoded text, line endings untouched.
        encoding: The codec that decoded it.
        notes: Each change made past plain decoding, one line each.
    """

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` by the rules in the module doc, or raise :class:`NotText`."""
    if not data:
        raise NotText("empty file (0 bytes): no text to clean")
    notes: list[str] = []
    text, encoding = _decode(data, notes)
    text = _drop_stray_nuls(text, notes)
    if not text.strip():
        raise NotText("only whitespace: no text to clean")
    text = _repair_mojibake(text, notes)
    return Decoded(text=text, encoding=encoding, notes=tuple(notes))


def _decode(data: bytes, notes: list[str]) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise NotText(
                    f"not valid {codec} text after a {codec} byte-order mark "
                    f"(bad byte at offset {exc.start + len(bom)})"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        notes.append(f"no byte-order mark: decoded as {utf16}")
        return data.decode(utf16), utf16
    sample = data[:SAMPLE]
    if sample.count(0) > MAX_NUL_SHARE * len(sample):
        raise NotText("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc, notes)
    _refuse_control_heavy(text)
    return text, "utf-8"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is mostly zero, as in ASCII-heavy UTF-16."""
    sample = data[: SAMPLE - SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.3 * pairs and others <= 0.01 * pairs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _control_share(text) <= MAX_CONTROL_SHARE:
                return codec
    return None


def _not_utf8(data: bytes, exc: UnicodeDecodeError, notes: list[str]) -> tuple[str, str]:
    escaped = data.decode("utf-8", errors="surrogateescape")
    _refuse_control_heavy(escaped)
    bad = len(_ESCAPED.findall(escaped))
    good = len(_NON_ASCII.findall(escaped)) - bad
    if good >= bad:
        # Mostly real UTF-8: keep it and mark the damage, rather than misread it all as cp1252.
        text = data.decode("utf-8", errors="replace")
        _refuse_control_heavy(text)
        notes.append(
            f"{bad} byte{'s' if bad != 1 else ''} not valid UTF-8 replaced with U+FFFD "
            f"(first at offset {exc.start})"
        )
        return text, "utf-8"
    from charset_normalizer import from_bytes  # here: most inputs are UTF-8 and never need it

    best = from_bytes(data, cp_isolation=list(WESTERN)).best()
    if best is None:
        raise NotText(f"not text: neither UTF-8 nor a Western encoding (bad byte at offset {exc.start})")
    text = str(best)
    _refuse_control_heavy(text)
    notes.append(f"not UTF-8: decoded as {best.encoding} (detected by charset-normalizer)")
    return text, best.encoding


def _control_share(text: str) -> float:
    sample = text[:SAMPLE]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _refuse_control_heavy(text: str) -> None:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary file (control characters), not text")


def _drop_stray_nuls(text: str, notes: list[str]) -> str:
    count = text.count("\x00")
    if not count:
        return text
    notes.append(f"removed {count} NUL character{'s' if count != 1 else ''}")
    return text.replace("\x00", "")


def _repair_mojibake(text: str, notes: list[str]) -> str:
    if not _MAYBE_MOJIBAKE.search(text):  # ftfy would find nothing to repair; skip its import
        return text
    import ftfy

    fixed, steps = ftfy.fix_and_explain(text, config=_ftfy_config())
    if fixed == text:
        return text
    how = ", ".join(f"{action} {arg}" for action, arg in steps or ())
    notes.append(f"repaired mojibake with ftfy ({how})")
    return fixed
