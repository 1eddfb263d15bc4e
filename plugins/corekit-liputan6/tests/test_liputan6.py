"""Tests of corekit-liputan6; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import corekit_liputan6 as plugin
import pytest

from corekit.audit import audit
from corekit.model import Document, SourceMatch
from corekit.testing import dev_row_failures, dev_rows, fixture, markers_left

FIXTURES = Path(__file__).parent / "fixtures"
MINE = SourceMatch(id="liputan6", name=plugin.SOURCE.name, confidence=0.9, plugin="liputan6")
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
URLS = ("https://www.liputan6.com/health/read/1/judul",)
#: Of this outlet's dev rows, the share its detector must claim from the text alone.
TEXT_ACCURACY = 0.95


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("liputan6") == "corekit_liputan6"


@pytest.mark.parametrize("url", URLS)
def test_the_host_makes_it_certain(url: str) -> None:
    claim = plugin.detect_source(document=Document(text="Isi berita.", url=url))
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("liputan6", 1.0, "host")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_fixture_is_claimed_from_its_text_and_stripped_to_its_article(path: Path) -> None:
    document, expected = fixture(path)
    claim = plugin.detect_source(document=document)
    assert claim is not None and claim.id == "liputan6"
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


CEK_FAKTA_FOOTER = (
    "Melawan hoaks sama saja melawan pembodohan. Itu yang mendasari kami membuat KanalCek Fakta"
    " Liputan6.compada 2018 dan hingga kini aktif memberikan literasi media pada masyarakat luas.",
    "Sejak 2 Juli 2018,Cek Fakta Liputan6.combergabung dalamInternational Fact Checking Network(IFCN)"
    " dan menjadi partner Facebook.",
    "Jika Anda memiliki informasi seputar hoaks yang ingin kami telusuri dan verifikasi, silahkan"
    " menyampaikan di email cekfakta.liputan6@kly.id.",
    "Ingin lebih cepat mendapat jawaban? Hubungi Chatbot WhatsApp Liputan6 Cek Fakta di 0811-9787-670.",
)
CEK_FAKTA_BODY = (
    "Liputan6.com, Jakarta Beredar klaim bahwa tiga titik bergaris di grup WhatsApp tanda peretasan.",
    "Hasil penelusuran Cek Fakta Liputan6.com, klaim tersebut tidak benar.",
)


@pytest.mark.parametrize(
    "footer",
    [CEK_FAKTA_FOOTER, CEK_FAKTA_FOOTER[1:], CEK_FAKTA_FOOTER[:0:-1]],
    ids=["whole", "without-the-motto", "reordered"],
)
def test_the_cek_fakta_desk_footer_goes_and_the_verdict_stays(footer: tuple[str, ...]) -> None:
    document = Document(text="\n".join(CEK_FAKTA_BODY + footer))
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body.split("\n\n") == list(CEK_FAKTA_BODY)
    assert {r.rule for r in article.removed} <= {"cek-fakta-footer", "cek-fakta-footer-line"}
    assert audit(document, article) == []


# --- the real rows of this outlet in the shared dev set (skipped where it is absent) -------------


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    found = dev_rows("liputan6", Path(__file__).parent)
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
