"""Tests of corekit-suara; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import corekit_suara as plugin
import pytest

from corekit.audit import audit
from corekit.model import Document, SourceMatch
from corekit.testing import fixture, markers_left

FIXTURES = Path(__file__).parent / "fixtures"
MINE = SourceMatch(id="suara", name=plugin.SOURCE.name, confidence=0.9, plugin="suara")
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
URLS = ("https://www.suara.com/news/2025/06/10/x",)


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("suara") == "corekit_suara"


@pytest.mark.parametrize("url", URLS)
def test_the_host_makes_it_certain(url: str) -> None:
    claim = plugin.detect_source(document=Document(text="Isi berita.", url=url))
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("suara", 1.0, "host")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_fixture_is_claimed_from_its_text_and_stripped_to_its_article(path: Path) -> None:
    document, expected = fixture(path)
    claim = plugin.detect_source(document=document)
    assert claim is not None and claim.id == "suara"
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
