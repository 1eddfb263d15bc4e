"""Tests of corekit-kapanlagi; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import corekit_kapanlagi as plugin
import pytest

from corekit.audit import audit
from corekit.model import Document, SourceMatch
from corekit.testing import dev_row_failures, dev_rows, fixture, markers_left

FIXTURES = Path(__file__).parent / "fixtures"
MINE = SourceMatch(id="kapanlagi", name=plugin.SOURCE.name, confidence=0.9, plugin="kapanlagi")
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
URLS = ("https://www.kapanlagi.com/showbiz/x.html",)
#: Of this outlet's dev rows, the share its detector must claim from the text alone.
TEXT_ACCURACY = 0.95


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("kapanlagi") == "corekit_kapanlagi"


@pytest.mark.parametrize("url", URLS)
def test_the_host_makes_it_certain(url: str) -> None:
    claim = plugin.detect_source(document=Document(text="Isi berita.", url=url))
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("kapanlagi", 1.0, "host")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_fixture_is_claimed_from_its_text_and_stripped_to_its_article(path: Path) -> None:
    document, expected = fixture(path)
    claim = plugin.detect_source(document=document)
    assert claim is not None and claim.id == "kapanlagi"
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


#: A made-up photo-page teaser: two short paragraphs run together on one line, no invitation.
TEASER = (
    "Penyanyi Rina Putri sempat mencuri perhatian penonton usai tampil di sebuah festival musik. "
    "Penampilannya ramai diperbincangkan warganet.Terkait komentar itu, Rina memilih untuk tidak "
    "ambil pusing dan tetap bersyukur atas kesempatan tampil."
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A list of glued headlines on its own line, or closing the last paragraph: all of it goes.
        ("\nBerita LainnyaRia Ricis Buka Suara Soal Evan WMD Denny CaknanRia Ricis Tak Hitung Budget", ""),
        (" Yuk baca juga:15 Seleb Korea Jadi Duta, Siapa?Ella Gross Tidak CantikGrup K-Pop Impian", ""),
        (" Baca berita lainnya:10 Aktris Tercantik di Dunia Versi IMDb10 Aktor Hollywood yang Mirip", ""),
        (" Baca artikel menarik lainnya:Potret Son Sukku Punya Warisan Baja4 Member BTS Selesai Wamil", ""),
        # The sign-off and the invitation before it.
        (" Ikuti kabar terbaru selebriti hanya di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?", ""),
        (" Simak selengkapnya yuk! Kalau bukan sekarang, KapanLagi?", ""),
        (
            " Masih banyak rekomendasi drama yang bisa KLovers ketahui lagi dengan membaca artikel"
            " kapanlagi.com loh. Karena, kalau bukan sekarang, KapanLagi?",
            "",
        ),
        # A marker of three words opening its line links the whole line, lower-case words and all.
        ("\nYuk baca juga: Bikin Haru, Ini Momen Ria Ricis dan Moana di hari pertama sekolah", ""),
        # One headline glued before the next sentence: only the headline goes.
        (" Yuk baca juga: Ria Ricis Buka Suara Dia datang ke sana kemarin.", " Dia datang ke sana kemarin."),
    ],
)
def test_glued_related_headlines_and_the_sign_off_go(tail: str, kept: str) -> None:
    lead = "Kapanlagi.com - Oki Setiana Dewi angkat bicara soal kabar adiknya, katanya."
    document = Document(text=lead + tail)
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body == lead + kept
    assert audit(document, article) == []


def test_a_photo_teaser_run_together_on_one_line_is_claimed_weakly() -> None:
    claim = plugin.detect_source(document=Document(text=TEASER))
    assert claim is not None
    assert (claim.id, claim.evidence) == ("kapanlagi", "photo-teaser")
    assert 0.5 <= claim.confidence < 0.55  # below every other outlet's evidence


@pytest.mark.parametrize(
    "text",
    [
        TEASER.replace("warganet.Terkait", "warganet. Terkait"),  # one paragraph: nothing run together
        TEASER.replace("warganet.Terkait", "warganet.\nTerkait"),  # paragraphs on their own lines
        TEASER + " Rina kembali tampil pekan depan." * 30,  # an article's length, not a teaser's
        "JAKARTA - " + TEASER,  # a dateline: SINDOnews' short texts run their paragraphs together too
        "Harga naik.Sebab itu.",  # too short to be a teaser
    ],
)
def test_other_one_line_texts_are_not_photo_teasers(text: str) -> None:
    assert plugin.detect_source(document=Document(text=text)) is None


# --- the real rows of this outlet in the shared dev set (skipped where it is absent) -------------


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    found = dev_rows("kapanlagi", Path(__file__).parent)
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
