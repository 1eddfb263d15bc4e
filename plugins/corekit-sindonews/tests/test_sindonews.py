"""Tests of corekit-sindonews; they run from the plugin's own directory with only corekit installed."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import corekit_sindonews as plugin
import pytest
import regex

from corekit.audit import audit
from corekit.boilerplate import FUNCTION_WORDS
from corekit.model import Document, SourceMatch
from corekit.testing import dev_rows, markers_left, sentences_lost

FIXTURES = Path(__file__).parent / "fixtures"
OTHER = SourceMatch(id="other", name="Other", confidence=0.9, plugin="other")
#: Of this outlet's dev rows, the share its detector must claim from the text alone.
TEXT_ACCURACY = 0.95
MINE = SourceMatch(id="sindonews", name=plugin.SOURCE.name, confidence=0.9, plugin="sindonews")


def fixture(name: str) -> tuple[Document, dict[str, Any]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return Document(text=text), expected


def test_the_entry_point_names_the_module() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="corekit")}
    assert found.get("sindonews") == "corekit_sindonews"


def test_source() -> None:
    assert plugin.SOURCE.id == "sindonews"
    assert "sindonews.com" in plugin.SOURCE.hosts


def test_the_seed_is_detected_from_its_text() -> None:
    document, _ = fixture("seed")
    claim = plugin.detect_source(document=document)
    assert claim is not None
    assert claim.id == "sindonews"
    assert 0.5 <= claim.confidence < 1.0  # the text alone never makes it certain


def test_the_host_makes_it_certain() -> None:
    claim = plugin.detect_source(
        document=Document(text="Isi berita.", url="https://nasional.sindonews.com/read/1")
    )
    assert claim is not None
    assert (claim.id, claim.confidence, claim.evidence) == ("sindonews", 1.0, "host")


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


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # The read-also box glued to the sentence before it.
        ("Laga berlangsung di Osaka.Baca Juga: Jepang Juara Grup Pelatih menerima kekalahan.", "read-also"),
        # A read-also link inside a paragraph, after a drop capital (which alone is Okezone's mark).
        (
            "SUNANAmpel berasal dari Cempa. Baca juga: Kisah Sunan Ampel Keduanya menyebut Aceh.",
            "inline-read-also",
        ),
        # The editor's initials glued to the last sentence.
        ("Jepang unggul 5-0 pada babak kedua.(sto)\n", "closing-code"),
        ("Streaming di VISION+ #Formula1(yov)", "closing-code"),
    ],
)
def test_the_house_style_names_the_outlet(text: str, evidence: str) -> None:
    claim = plugin.detect_source(document=Document(text=text))
    assert claim is not None
    assert (claim.id, claim.evidence) == ("sindonews", evidence)
    assert 0.5 <= claim.confidence < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Kebijakan itu berlaku tahun depan. Baca Juga: Trump Tunda Tarif Impor",  # Kontan's, spaced
        "Baca juga: Presiden Tinjau Banjir\nIsi berita.",  # a line of its own
        "Banjir melanda Dusun Klanting, pungkasnya. (don)",  # initials after a space
        "Kata dia (Budi).",
    ],
)
def test_read_also_and_initials_in_other_styles_are_declined(text: str) -> None:
    assert plugin.detect_source(document=Document(text=text)) is None


#: SINDOnews' text runs its paragraphs together: the dateline's line goes on past 600 characters.
RUN_ON = "JAKARTA - Indeks saham ditutup turun pada sesi pertama.Siang ini, volume saham naik." + (
    " Sebanyak 395 saham harganya turun dan 177 saham harganya naik." * 12
)


@pytest.mark.parametrize(
    "text",
    [
        RUN_ON,
        "LAMPUNG SELATAN  -  Kecelakaan maut terjadi di Jalan Tol.",  # a short text, all one line
        "JAKARTA - Kecelakaan maut terjadi di Jalan Tol.\n",
    ],
)
def test_a_bare_dateline_over_run_on_paragraphs_is_sindonews(text: str) -> None:
    claim = plugin.detect_source(document=Document(text=text))
    assert claim is not None
    assert (claim.id, claim.evidence) == ("sindonews", "dateline")


def test_a_bare_dateline_over_paragraphs_on_their_own_lines_is_declined() -> None:
    # Okezone's market report under the same dateline: the first paragraph ends its line.
    text = "JAKARTA - Indeks saham ditutup turun pada sesi pertama.\nSiang ini, volume saham naik."
    assert plugin.detect_source(document=Document(text=text)) is None
    assert plugin.detect_source(document=Document(text=RUN_ON.replace("naik.", "naik.\n", 1))) is None


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
    assert {r.plugin for r in article.removed} <= {"sindonews", "generic"}


def test_boilerplate_glued_into_one_line_is_cut_and_the_sentences_kept() -> None:
    document, expected = fixture("one-line")
    article = plugin.strip_boilerplate(document=document, source=MINE)
    assert article.body.split("\n\n") == expected["body"]
    assert audit(document, article) == []


# --- the real rows of this outlet in the shared dev set (skipped where it is absent) -------------

#: The markers the outlet issue names, beside the shared list every plugin is held to.
ISSUE_MARKERS = regex.compile(r"(?i:baca\s+juga|lihat\s+juga)|Editor\s*:|Reporter\s*:|Google\ News")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    found = dev_rows("sindonews", Path(__file__).parent)
    if not found:
        pytest.skip("the shared dev set is not here")
    return found


def test_dev_rows_keep_no_marker_and_lose_no_sentence(rows: list[dict[str, Any]]) -> None:
    failures = []
    for row in rows:
        document = Document(text=row["raw_text"])
        article = plugin.strip_boilerplate(document=document, source=MINE)
        left = markers_left(article.body) + ISSUE_MARKERS.findall(article.body)
        failures += [(row["url"], "marker", m) for m in left]
        failures += [(row["url"], "lost", s) for s in sentences_lost(document, article)]
        failures += [(row["url"], "audit", p) for p in audit(document, article)]
        failures += [
            (row["url"], "sentence cut with the headline", r.text)
            for r in article.removed
            if r.rule == "read-also" and sentence_words(r.text)
        ]
    assert failures == []


def test_dev_rows_are_detected_from_their_text(rows: list[dict[str, Any]]) -> None:
    claims = [plugin.detect_source(document=Document(text=row["raw_text"])) for row in rows]
    mine = [c for c in claims if c is not None and c.id == "sindonews" and c.confidence >= 0.5]
    assert all(c.confidence < 1.0 for c in mine)
    assert len(mine) >= TEXT_ACCURACY * len(rows)


def test_dev_rows_are_detected_from_their_url(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        claim = plugin.detect_source(document=Document(text="", url=row["url"]))
        assert claim is not None and claim.confidence == 1.0, row["url"]


def sentence_words(text: str) -> list[str]:
    """Lower-case content words in a cut linked headline: a headline is Title Case, a sentence is not."""
    words = text.split()[2:]  # past the marker
    lower = [w for w in words if w[:1].islower() and not regex.search(r"\p{Lu}", w)]
    return [w for w in lower if w.strip(",.:;!?").lower() not in FUNCTION_WORDS]


def test_sindonews_rules_take_the_caption_and_the_sign_up() -> None:
    document, _ = fixture("seed")
    article = plugin.strip_boilerplate(document=document, source=MINE)
    mine = {(r.rule, r.plugin) for r in article.removed}
    assert {("photo-caption", "sindonews"), ("sign-up", "sindonews")} <= mine
    assert ("editor-initials", "generic") in mine
