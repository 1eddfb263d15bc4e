"""The pipeline's handling of plugins that raise."""

from __future__ import annotations

import pytest

from corekit import Document, Source, SourceMatch, hookimpl
from corekit.pipeline import PluginError, clean, run


class Raises:
    @hookimpl
    def detect_source(self, document):
        return SourceMatch(id="boom", name="Boom", confidence=0.9, plugin="boom")

    @hookimpl
    def strip_boilerplate(self, document, source):
        raise ValueError("bad rule")


def test_raising_plugin_falls_back_to_generic_with_warning(pm):
    pm.register(Raises(), name="boom")
    result = run(Document(text="Satu paragraf.\n\nDua paragraf."), pm=pm)
    assert result.article.body == "Satu paragraf.\n\nDua paragraf."
    assert len(result.warnings) == 1
    assert "'boom'" in result.warnings[0] and "strip_boilerplate" in result.warnings[0]


def test_strict_turns_a_raising_plugin_into_an_error(pm):
    pm.register(Raises(), name="boom")
    with pytest.raises(PluginError, match="boom.*strip_boilerplate"):
        run(Document(text="Satu paragraf."), strict=True, pm=pm)


def test_clean_accepts_text_and_returns_the_json_contract(pm):
    data = clean("MOSKOW - Satu paragraf.", path="x.txt", pm=pm).to_dict()
    assert set(data) >= {
        "path",
        "source",
        "title",
        "published",
        "authors",
        "body",
        "quotes",
        "names",
        "removed",
    }
    assert set(data["source"]) == {"id", "name", "confidence", "plugin"}
    assert data["path"] == "x.txt" and data["body"] == "MOSKOW - Satu paragraf."


def test_merge_quotes_gives_overlaps_to_the_plugin_called_first():
    from corekit import Quote
    from corekit.pipeline import merge_quotes

    def q(start: int, end: int, speaker: str) -> Quote:
        return Quote(text="x" * (end - start), speaker=speaker, cue=None, start=start, end=end)

    outlet = (q(10, 20, "outlet"), q(40, 50, "outlet"))
    generic = (q(0, 5, "g"), q(15, 25, "g"), q(20, 40, "g"), q(45, 46, "g"), q(50, 60, "g"), q(5, 10, "g"))
    merged = merge_quotes([outlet, generic])
    assert [(m.start, m.end, m.speaker) for m in merged] == [
        (0, 5, "g"), (5, 10, "g"), (10, 20, "outlet"), (20, 40, "g"), (40, 50, "outlet"), (50, 60, "g"),
    ]  # fmt: skip
    assert merge_quotes([None, generic[:2], ()]) == (generic[0], generic[1])


def test_the_users_aliases_rename_quote_speakers_too():
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_cee98d3fd210ad8a.txt"
    text = seed.read_text(encoding="utf-8")
    plain = clean(text)
    assert {q.speaker for q in plain.quotes if q.kind == "direct"} == {"Vladimir Putin"}
    renamed = clean(text, aliases={"Putin": "Vladimir Vladimirovich Putin"})
    assert {q.speaker for q in renamed.quotes if q.kind == "direct"} == {"Vladimir Vladimirovich Putin"}
    assert "Vladimir Vladimirovich Putin" in {n.name for n in renamed.names}


class Records:
    """Answers no hook; notes which were called."""

    def __init__(self) -> None:
        self.called: list[str] = []

    @hookimpl
    def normalize_names(self, document, source, article, aliases):
        self.called.append("normalize_names")

    @hookimpl
    def extract_quotes(self, document, source, article, names):
        self.called.append("extract_quotes")


TEXT = "JAKARTA - Presiden Joko Widodo tiba. “Kami siap,” kata Joko Widodo.\n\nBaca Juga: Judul lain"


def test_mine_false_runs_detection_and_stripping_alone(pm):
    spy = Records()
    pm.register(spy, name="spy")
    full = run(Document(text=TEXT), pm=pm)
    assert spy.called == ["normalize_names", "extract_quotes"]
    assert full.names and full.quotes
    spy.called.clear()
    bare = run(Document(text=TEXT), mine=False, pm=pm)
    assert spy.called == []
    assert bare.names == () and bare.quotes == ()
    assert bare.article == full.article and bare.source == full.source


class Quiet:
    """An outlet plugin that finds nothing in the head or tail, and declares its reporter's name."""

    SOURCE = Source(id="quiet", name="Quiet", reporter=("Senyap",))

    @hookimpl
    def detect_source(self, document):
        return None


def test_a_document_no_plugin_claims_goes_to_the_outlet_whose_reporter_speaks(pm):
    pm.register(Quiet(), name="quiet")
    said = "Harga naik. “Stok cukup,” katanya saat dihubungi Senyap, Senin."
    assert run(Document(text=said), mine=False, pm=pm).source.id == "quiet"
    quoted = "Harga naik, seperti dikutip dari Senyap, Senin."
    assert run(Document(text=quoted), mine=False, pm=pm).source.id == "unknown"
    claimed = run(Document(text=said), mine=False, pm=pm, source="generic-forced")
    assert claimed.source.evidence == "forced"
