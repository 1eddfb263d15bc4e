"""Quote extraction: the seeds' gold quotes, the marking rules and the attribution rules."""

from __future__ import annotations

import json
import pathlib

import pytest

from corekit.quotes import extract_quotes

REPO = pathlib.Path(__file__).resolve().parent.parent


def _shared() -> pathlib.Path | None:
    for p in (pathlib.Path("/work/shared"), REPO.parent / "shared"):
        if (p / "gold").is_dir():
            return p
    return None


SHARED = _shared()
needs_shared = pytest.mark.skipif(SHARED is None, reason="the shared seeds and gold are not here")


def _seed_golds() -> list[pathlib.Path]:
    return sorted((SHARED / "gold").glob("*.json")) if SHARED else []


def direct(body: str):
    return [q for q in extract_quotes(body) if q.kind == "direct"]


@needs_shared
@pytest.mark.parametrize("gold_path", _seed_golds(), ids=lambda p: p.stem)
def test_seed_quotes_match_gold(gold_path: pathlib.Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    body = "\n\n".join(gold["body"])
    got = [(q.text, q.speaker, q.cue, q.via) for q in extract_quotes(body) if q.kind == "direct"]
    want = [(q["text"], q["speaker"], q["cue"], q["via"]) for q in gold["quotes"]]
    assert got == want


@needs_shared
def test_offsets_index_the_body() -> None:
    for gold_path in _seed_golds():
        body = "\n\n".join(json.loads(gold_path.read_text(encoding="utf-8"))["body"])
        for q in extract_quotes(body):
            assert body[q.start : q.end] == q.text
