"""Tests of corekit-voi; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import corekit_voi as plugin
import pytest

from corekit.audit import audit
from corekit.model import Document, SourceMatch

FIXTURES = Path(__file__).parent / "fixtures"
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
MINE = SourceMatch(id="voi", name=plugin.SOURCE.name, confidence=0.9, plugin="voi")


def fixture(name: str) -> tuple[Document, dict[str, Any]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return Document(text=text), expected


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("voi") == "corekit_voi"


def test_source() -> None:
    assert plugin.SOURCE.id == "voi"
    assert "voi.id" in plugin.SOURCE.hosts


def test_the_seed_is_detected_from_its_text() -> None:
    document, _ = fixture("seed")
    claim = plugin.detect_source(document=document)
    assert claim is not None
    assert claim.id == "voi"
    assert 0.5 <= claim.confidence < 1.0  # the text alone never makes it certain


def test_the_host_makes_it_certain() -> None:
    claim = plugin.detect_source(document=Document(text="Isi berita.", url="https://voi.id/read/1"))
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("voi", 1.0, "host")


@pytest.mark.parametrize(
    "document",
    [
        Document(text="Isi berita biasa tanpa tanda apa pun.", url="https://example.com/a"),
        # A wire story republished on a blog (like seed 004): nothing names an outlet.
        Document(text="Panglima militer berjanji\nkeren989\n- 0\nKepala pertahanan berjanji."),
    ],
)
def test_other_texts_are_declined(document: Document) -> None:
    assert plugin.detect_source(document=document) is None


def test_strip_declines_another_source() -> None:
    document, _ = fixture("seed")
    assert plugin.strip_boilerplate(document=document, source=OTHER) is None


def test_the_seed_is_stripped_to_the_gold_article() -> None:
    document, expected = fixture("seed")
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body.split("\n\n") == expected["body"]
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert audit(document, article) == []
    assert {r.plugin for r in article.removed} <= {"voi", "generic"}


def test_the_caption_under_the_title_and_the_share_widget_go() -> None:
    document, _ = fixture("seed")
    article = plugin.strip_boilerplate(document=document, source=MINE)
    rules = [(r.rule, r.plugin) for r in article.removed]
    assert rules == [("title", "generic"), ("photo-caption", "voi"), ("share", "voi")]
