"""A test per hook, and a meta-test that every hook is tested and documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corekit import Article, Document, Mention, Name, Quote, SourceMatch, hookimpl, hookspecs
from corekit.pipeline import MIN_CONFIDENCE, run

REPO = Path(__file__).resolve().parent.parent
TEXT = "JAKARTA - Budi Santoso datang.\n\nBaca juga: Judul Lain\n\n“Kami siap bekerja keras,” kata Budi.\n"


class Outlet:
    """A minimal outlet plugin for ``example``."""

    SOURCE = None

    def __init__(self, confidence: float = 0.9) -> None:
        self.confidence = confidence

    @hookimpl
    def detect_source(self, document: Document) -> SourceMatch | None:
        if "JAKARTA -" not in document.text:
            return None
        return SourceMatch(id="example", name="Example", confidence=self.confidence, plugin="example")

    @hookimpl
    def strip_boilerplate(self, document: Document, source: SourceMatch) -> Article | None:
        if source.id != "example":
            return None
        return Article(body="outlet body", title="T")


def test_hook_detect_source(pm):
    assert run(Document(text=TEXT), pm=pm).source.id == "unknown"
    pm.register(Outlet(), name="example")
    match = run(Document(text=TEXT), pm=pm).source
    assert (match.id, match.plugin) == ("example", "example")
    assert run(Document(text="no dateline"), pm=pm).source.id == "unknown"


def test_hook_detect_source_ignores_weak_claims(pm):
    pm.register(Outlet(confidence=MIN_CONFIDENCE / 2), name="example")
    assert run(Document(text=TEXT), pm=pm).source.id == "unknown"


def test_hook_detect_source_best_claim_wins(pm):
    pm.register(Outlet(confidence=0.6), name="weak")

    class Strong:
        @hookimpl
        def detect_source(self, document):
            return SourceMatch(id="strong", name="Strong", confidence=0.95, plugin="strong")

    pm.register(Strong(), name="strong")
    assert run(Document(text=TEXT), pm=pm).source.id == "strong"


def test_hook_strip_boilerplate(pm):
    pm.register(Outlet(), name="example")
    result = run(Document(text=TEXT), pm=pm)
    assert result.article.body == "outlet body"
    # another source goes to the generic plugin
    generic = run(Document(text=TEXT), source="other", pm=pm)
    assert "Budi Santoso datang" in generic.article.body


def test_hook_normalize_names(pm):
    class Names:
        @hookimpl
        def normalize_names(self, document, source, article, aliases):
            start = article.body.index("Budi")
            mention = Mention(text="Budi", start=start, end=start + 4)
            return (Name(name=aliases.get("Budi", "Budi"), kind="person", mentions=(mention,)),)

    pm.register(Names(), name="names")
    result = run(Document(text=TEXT), aliases={"Budi": "Budi Santoso"}, pm=pm)
    found = {n.name: n for n in result.names}
    assert "Budi Santoso" in found
    mention = found["Budi Santoso"].mentions[0]
    assert result.article.body[mention.start : mention.end] == "Budi"


def test_hook_extract_quotes(pm):
    class Quotes:
        @hookimpl
        def extract_quotes(self, document, source, article, names):
            text = "Kami siap bekerja keras"
            start = article.body.index(text)
            return (Quote(text=text, speaker="Budi", cue="kata", start=start, end=start + len(text)),)

    pm.register(Quotes(), name="quotes")
    result = run(Document(text=TEXT), pm=pm)
    ours = [q for q in result.quotes if q.speaker == "Budi"]
    assert len(ours) == 1
    assert result.article.body[ours[0].start : ours[0].end] == ours[0].text
    # the generic plugin's overlapping quote, if any, gave way to the one called first
    assert not [
        q for q in result.quotes if q is not ours[0] and q.start < ours[0].end and ours[0].start < q.end
    ]


HOOKS = sorted(name for name in dir(hookspecs) if hasattr(getattr(hookspecs, name), "corekit_spec"))


def test_four_hooks():
    assert HOOKS == ["detect_source", "extract_quotes", "normalize_names", "strip_boilerplate"]


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented(hook):
    contributing = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert re.search(rf"^#+ .*`{hook}`", contributing, re.M), f"CONTRIBUTING.md has no heading for {hook}"
    assert getattr(hookspecs, hook).__doc__.strip()


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_tested(hook):
    assert f"test_hook_{hook}" in globals(), f"no test_hook_{hook} in tests/test_hooks.py"
