"""The pipeline's handling of plugins that raise."""

from __future__ import annotations

import pytest

from corekit import Document, SourceMatch, hookimpl
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
