"""The seeds through the whole pipeline with the outlet plugins installed: the scorer's target.

Skipped where the outlet plugins are not installed (the core alone cannot name the outlets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corekit.audit import audit
from corekit.model import Document
from corekit.pipeline import clean
from corekit.plugins import default_plugin_manager

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLD = sorted((SEEDS / "gold").glob("*.json"))
OUTLETS = ("sindonews", "inews", "voi", "kontan")


@pytest.fixture(scope="module")
def pm():
    manager = default_plugin_manager()
    loaded = {name for name, _ in manager.list_name_plugin()}
    missing = [o for o in OUTLETS if o not in loaded]
    if missing:
        pytest.skip(f"outlet plugins not installed: {', '.join(missing)}")
    return manager


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_matches_gold(path: Path, pm) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    document = Document(text=(SEEDS / gold["file"]).read_text(encoding="utf-8"), path=gold["file"])
    result = clean(document, pm=pm)
    assert result.source.id == gold["source"]
    if gold["source"] != "unknown":
        assert result.source.confidence < 1.0  # from the text alone
    assert result.article.title == gold["title"]
    assert result.article.published == gold["published"]
    assert result.article.body.split("\n\n") == gold["body"]
    assert audit(document, result.article) == []
