"""Repair what scrapers break in text, before the pipeline sees it: a pure function with notes.

The pipeline keeps the body verbatim from ``Document.text`` so that every offset holds; a
repair therefore happens before the :class:`~corekit.model.Document` is built, never inside a
plugin, and what it changed is said in a note (the pipeline reports notes as warnings).

Repaired, because each has exactly one right reading:

- mojibake, UTF-8 read as cp1252 or Latin-1 (``AtlÃ©tico`` -> ``Atlético``), by ftfy with
  every other fix off, so quotes, widths and line breaks stay as written (skipped, with a
  note, where ftfy is not installed);
- no-break and other fixed-width spaces (U+00A0, U+2007, U+202F, ...) -> a plain space;
- zero-width and direction marks (U+200B-U+200F, U+2060, U+FEFF as a BOM or stray) -> removed.

Not touched: quotes and dashes (the rules read them as written), line breaks (paragraphs),
letter case and Unicode normalization form.
"""

from __future__ import annotations

import regex

try:  # the hardening work makes ftfy a dependency; until then it is optional here
    import ftfy
except ImportError:  # pragma: no cover - exercised only without ftfy installed
    ftfy = None  # type: ignore[assignment,unused-ignore]

#: Spaces of fixed width a scraper copies from HTML (``&nbsp;``) or typography.
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
#: Characters with no width: zero-width space/non-joiner/joiner, LRM/RLM, word joiner, BOM.
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u2060\ufeff]")
#: The start of a mojibake sequence: a cp1252/Latin-1 reading of a UTF-8 lead byte.
_MOJIBAKE_HINT = regex.compile(r"[ÃÂâÅÄ][\u0080-\u00ff\u2010-\u203a\u20ac\u0152-\u0178\u02c6\u02dc]")


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with the repairs in the module doc, and one note per kind of repair made."""
    notes: list[str] = []
    if _MOJIBAKE_HINT.search(text):
        if ftfy is None:
            notes.append("looks like mojibake, but ftfy is not installed: left as is")
        else:
            fixed = ftfy.fix_encoding(text)
            if fixed != text:
                notes.append("repaired mojibake (UTF-8 read as a single-byte encoding)")
                text = fixed
    count = len(_SPACES.findall(text))
    if count:
        notes.append(f"replaced {count} no-break or fixed-width space(s) with a plain space")
        text = _SPACES.sub(" ", text)
    count = len(_INVISIBLE.findall(text))
    if count:
        notes.append(f"removed {count} zero-width or direction mark(s) (incl. byte-order marks)")
        text = _INVISIBLE.sub("", text)
    return text, tuple(notes)
