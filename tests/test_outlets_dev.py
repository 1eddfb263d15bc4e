"""The outlet plugins and the generic fallback on the team's dev rows (``../shared``; skipped where absent).

For every outlet: no known marker left in a body, no input sentence missing from body and removed
spans together, the body accounted for by the audit, the source named from the text alone, and
from the URL with certainty; cleaning a body again changes nothing. With the generic plugin
alone, no marker is left either.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from corekit.audit import audit
from corekit.model import Article, Document, SourceMatch
from corekit.pipeline import best_source
from corekit.plugins import PluginManager, make_plugin_manager
from corekit.testing import dev_rows, markers_left, sentences_lost

REPO = Path(__file__).resolve().parent.parent

#: From the text alone, per outlet: the rows that carry no mark of their outlet at all (a photo
#: page's single teaser paragraph, a magazine column) are the misses; see the per-outlet floor.
#: 575 of 580 (0.991): the issue asks 0.99. The five misses carry no mark of their own outlet: a Tempo
#: column and newsletter title (one paragraph, no dateline, no sign-off), Kontan's 'Konten tidak
#: ditemukan' (no article), a Serambi (Tribunnews) opinion column and an Okezone TV promotion (which
#: SINDOnews, in the same MNC group, runs too). Two marks are read off the layout: an Okezone market
#: report under SINDOnews' spaced 'JAKARTA - ' dateline is Okezone's by its paragraphs on lines of
#: their own (SINDOnews' run together), and a KapanLagi photo teaser is its short paragraphs run
#: together on one line, with no dateline.
TEXT_ACCURACY = 0.99
TEXT_ACCURACY_PER_OUTLET = 0.9


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    found = dev_rows(None, REPO)
    if found is None:
        pytest.skip("../shared is not here")
    return found


@pytest.fixture(scope="module")
def everything() -> PluginManager:
    return make_plugin_manager()


def clean(pm: PluginManager, document: Document) -> tuple[SourceMatch, Article]:
    """Detection and stripping alone: names and quotes are not what these tests are about."""
    match = best_source(pm.hook.detect_source(document=document))
    return match, pm.hook.strip_boilerplate(document=document, source=match)


def outlets(rows: list[dict[str, Any]]) -> list[str]:
    return sorted({row["outlet"] for row in rows})


def need_plugins(pm: PluginManager, names: list[str]) -> None:
    missing = [name for name in names if not pm.has_plugin(name)]
    if missing:
        pytest.skip(f"outlet plugins not installed: {missing}")


def test_every_outlet_keeps_no_marker_and_loses_no_sentence(rows, everything) -> None:
    need_plugins(everything, outlets(rows))
    failures = []
    for row in rows:
        document = Document(text=row["raw_text"])
        _, article = clean(everything, document)
        for problem in (
            *(f"marker left: {m!r}" for m in markers_left(article.body)),
            *(f"sentence lost: {s[:80]!r}" for s in sentences_lost(document, article)),
            *audit(document, article),
        ):
            failures.append((row["outlet"], row["url"], problem))
    assert failures == []


@pytest.mark.parametrize("plugins", ["outlets", "generic alone"])
def test_cleaning_a_body_again_changes_nothing(rows, everything, plugins) -> None:
    pm = everything if plugins == "outlets" else make_plugin_manager(entry_points=False)
    if plugins == "outlets":
        need_plugins(pm, outlets(rows))
    changed = []
    for row in rows:
        match, once = clean(pm, Document(text=row["raw_text"]))
        twice = pm.hook.strip_boilerplate(document=Document(text=once.body), source=match)
        if twice.body != once.body:
            changed.append((row["outlet"], row["url"]))
    assert changed == []


def test_the_source_is_named_from_the_text_alone(rows, everything) -> None:
    need_plugins(everything, outlets(rows))
    right, total = Counter(), Counter()
    taken = []
    for row in rows:
        match = best_source(everything.hook.detect_source(document=Document(text=row["raw_text"])))
        total[row["outlet"]] += 1
        right[row["outlet"]] += match.id == row["outlet"]
        if match.id not in (row["outlet"], "unknown"):
            taken.append((row["outlet"], match.id, match.evidence))
        assert match.confidence < 1.0  # the text alone is never certain
    low = {o: right[o] / total[o] for o in total if right[o] / total[o] < TEXT_ACCURACY_PER_OUTLET}
    assert low == {}
    assert sum(right.values()) / sum(total.values()) >= TEXT_ACCURACY
    # A wrong outlet is worse than none (the generic rules then clean it): no row is claimed by another.
    assert taken == []


#: A market report under a bare spaced dateline, its first paragraph on a line of its own.
SPACED = "JAKARTA - Indeks saham ditutup turun pada sesi pertama.\nSiang ini, volume saham naik."


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (SPACED, "okezone"),  # paragraphs on their own lines
        (SPACED.replace("\n", "") + " Saham naik." * 60, "sindonews"),  # run together
        (SPACED + " Saham naik.(abd)", "sindonews"),  # SINDOnews' closing code outweighs the layout
    ],
)
def test_a_spaced_dateline_is_told_apart_by_what_comes_with_it(everything, text, outlet) -> None:
    need_plugins(everything, ["okezone", "sindonews"])
    assert best_source(everything.hook.detect_source(document=Document(text=text))).id == outlet


def test_the_url_settles_the_source(rows, everything) -> None:
    need_plugins(everything, outlets(rows))
    for row in rows:
        document = Document(text=row["raw_text"], url=row["url"])
        match = best_source(everything.hook.detect_source(document=document))
        assert (match.id, match.confidence) == (row["outlet"], 1.0), row["url"]


def test_the_generic_plugin_alone_removes_every_marker(rows) -> None:
    generic = make_plugin_manager(entry_points=False)
    failures = []
    for row in rows:
        document = Document(text=row["raw_text"])
        _, article = clean(generic, document)
        failures.extend((row["outlet"], row["url"], m) for m in markers_left(article.body))
        failures.extend((row["outlet"], row["url"], p) for p in audit(document, article))
    assert failures == []
