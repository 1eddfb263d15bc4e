"""normalize_text: the scraper repairs made before a Document is built, each with a note."""

from __future__ import annotations

import pytest

from corekit.normalize import normalize_text
from corekit.pipeline import clean


def test_clean_text_is_untouched_and_gets_no_note() -> None:
    text = "JAKARTA - Harga “cabai” naik — kata pedagang.\n\nParagraf kedua."
    assert normalize_text(text) == (text, ())


def test_no_break_spaces_become_plain_spaces() -> None:
    text, notes = normalize_text("REPUBLIKA.CO.ID,\u00a0JAKARTA\u00a0-- Isi\u202fberita.")
    assert text == "REPUBLIKA.CO.ID, JAKARTA -- Isi berita."
    assert notes == ("replaced 3 no-break or fixed-width space(s) with a plain space",)


@pytest.mark.parametrize("mark", ["\u200b", "\u200e", "\ufeff", "\u2060"])
def test_zero_width_and_direction_marks_and_boms_go(mark: str) -> None:
    text, notes = normalize_text(f"{mark}Polisi{mark} menangkap pelaku.\n{mark}\nKalimat kedua.")
    assert text == "Polisi menangkap pelaku.\n\nKalimat kedua."
    assert len(notes) == 1 and "zero-width" in notes[0]


def test_mojibake_is_repaired() -> None:
    pytest.importorskip("ftfy")
    text, notes = normalize_text("Pemain AtlÃ©tico Madrid itu berkata â€œsiapâ€\x9d.")
    assert text == "Pemain Atlético Madrid itu berkata “siap”."
    assert notes == ("repaired mojibake (UTF-8 read as a single-byte encoding)",)


def test_real_accents_are_not_mojibake() -> None:
    text = "Pemain Atlético Madrid dan pelatih Jürgen berlatih di São Paulo."
    assert normalize_text(text) == (text, ())


def test_clean_can_normalize_first_and_says_so() -> None:
    raw = "JAKARTA\u00a0- Polisi\u200b menangkap pelaku pencurian.\nPelaku kini ditahan."
    plain = clean(raw)
    assert "\u200b" in plain.article.body
    result = clean(raw, normalize=True)
    assert result.article.body == "JAKARTA - Polisi menangkap pelaku pencurian.\n\nPelaku kini ditahan."
    assert any("no-break" in w for w in result.warnings) and any("zero-width" in w for w in result.warnings)
