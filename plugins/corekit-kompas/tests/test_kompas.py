"""Tests of corekit-kompas; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import corekit_kompas as plugin
import pytest

import corekit
from corekit.audit import audit
from corekit.model import Document, SourceMatch
from corekit.testing import dev_row_failures, dev_rows, fixture, markers_left

FIXTURES = Path(__file__).parent / "fixtures"
MINE = SourceMatch(id="kompas", name=plugin.SOURCE.name, confidence=0.9, plugin="kompas")
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
URLS = ("https://megapolitan.kompas.com/read/2025/06/10/1/judul", "https://www.kompas.com/tren/read/1/x")
#: Of this outlet's dev rows, the share its detector must claim from the text alone.
TEXT_ACCURACY = 0.95


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("kompas") == "corekit_kompas"


@pytest.mark.parametrize("url", URLS)
def test_the_host_makes_it_certain(url: str) -> None:
    claim = plugin.detect_source(document=Document(text="Isi berita.", url=url))
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("kompas", 1.0, "host")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_fixture_is_claimed_from_its_text_and_stripped_to_its_article(path: Path) -> None:
    document, expected = fixture(path)
    claim = plugin.detect_source(document=document)
    assert claim is not None and claim.id == "kompas"
    assert 0.5 <= claim.confidence < 1.0  # the text alone never makes it certain
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body.split("\n\n") == expected["body"]
    assert audit(document, article) == []
    assert markers_left(article.body) == []


def test_other_texts_are_declined() -> None:
    document = Document(
        text="Isi berita biasa tanpa tanda apa pun.\nParagraf kedua.", url="https://example.com/a"
    )
    assert plugin.detect_source(document=document) is None
    assert plugin.strip_boilerplate(document=document, source=OTHER) is None


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("JAKARTA, KOMPAS — Pemerintah menambah anggaran.", "print-dateline"),
        ("Jakarta, Kompas - Anak-anak muda menjalankan usaha.", "print-dateline"),
        ("KOMPAS, BANYUWANGI — Sekretaris daerah meninjau lokasi.", "print-dateline"),
    ],
)
def test_the_daily_is_claimed_from_its_dateline(text: str, evidence: str) -> None:
    claim = plugin.detect_source(document=Document(text=text))
    assert claim is not None and (claim.id, claim.evidence) == ("kompas", evidence)


def test_a_text_its_reporter_speaks_in_goes_to_kompas() -> None:
    said = "Stok beras aman. " * 60 + "“Cukup,” katanya saat dihubungi Kompas, Kamis."
    assert plugin.detect_source(document=Document(text=said)) is None  # not in the head or tail
    source = corekit.clean(said, mine=False).source
    assert (source.id, source.evidence) == ("kompas", "own-reporter")


# --- the real rows of this outlet in the shared dev set (skipped where it is absent) -------------


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    found = dev_rows("kompas", Path(__file__).parent)
    if not found:
        pytest.skip("the shared dev set is not here")
    return found


def test_dev_rows_keep_no_marker_and_lose_no_sentence(rows: list[dict]) -> None:
    assert dev_row_failures(plugin.strip_boilerplate, MINE, rows) == []


def test_dev_rows_are_claimed_from_their_text(rows: list[dict]) -> None:
    claims = [plugin.detect_source(document=Document(text=row["raw_text"])) for row in rows]
    mine = [c for c in claims if c is not None and c.confidence >= 0.5]
    assert all(c.confidence < 1.0 for c in mine)
    assert len(mine) >= TEXT_ACCURACY * len(rows)


def test_dev_rows_are_claimed_from_their_url(rows: list[dict]) -> None:
    for row in rows:
        claim = plugin.detect_source(document=Document(text="", url=row["url"]))
        assert claim is not None and claim.confidence == 1.0, row["url"]


def test_a_credit_and_caption_glued_into_a_paragraph_are_cut() -> None:
    # Old Kompas pages glue the photo's credit and caption, closing with the photo's date, into
    # the paragraph; the sentences on both sides stay.
    text = (
        "SURABAYA, KOMPAS.com - Pasar kosmetik halal tumbuh. Baca juga: Wardah Incar Pelajar SMA"
        " Kompas.com/Mutia Fauzia Staf Ahli Menteri Amalia Adininggar ketika ditemui di Surabaya, Kamis"
        " (13/12/2018).  Amalia menjelaskan, pangsa pasar kosmetik halal besar."
    )
    document = Document(text=text)
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body == (
        "SURABAYA, KOMPAS.com - Pasar kosmetik halal tumbuh. Amalia menjelaskan, pangsa pasar kosmetik"
        " halal besar."
    )
    assert [r.rule for r in article.removed] == ["read-also", "photo-caption-inline"]
    assert audit(document, article) == []


def test_a_stock_photo_caption_with_its_credit_glued_on_goes() -> None:
    # It repeats the lead's question and answer; a badminton pair ('Sabar/Reza gagal meraih ...')
    # opens a line with a slash too, but glues no capital to a word.
    lead = "KOMPAS.com - Apakah tidur enam jam cukup? Jawabannya tidak untuk sebagian besar orang."
    pair = "Sabar/Reza gagal meraih gelar di Thailand Masters pekan lalu."
    caption = (
        "Pexels/Andrea PiacquadioApakah tidur enam jam cukup? Jawabannya tidak untuk sebagian besar"
        " orang dewasa."
    )
    document = Document(text=f"{lead}\nBaca juga:\n{caption}\n{pair}")
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body == f"{lead}\n\n{pair}"
    assert audit(document, article) == []
