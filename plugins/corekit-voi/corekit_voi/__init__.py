"""corekit plugin for VOI (voi.id).

A VOI page is the title, a photo caption ending in a parenthesised credit
(``(TASS/Sergei Bobylev via Kremlin)``), the ``Bagikan:`` share widget, then
the article under a ``JAKARTA -`` dateline.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "voi"
SOURCE = corekit.Source(id="voi", name="VOI", hosts=("voi.id",), reporter=("VOI",))

# The share widget right above a 'JAKARTA - ' dateline.
SHARE_DATELINE = r"^Bagikan:\s*\n\s*\p{Lu}[\p{Lu}\ .]{2,40}\ [-–—]\ "

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "share-dateline": Evidence(SHARE_DATELINE, 0.9, hints=("Bagikan:",)),
        "name": Evidence(r"\b(?:VOI|voi)\.id\b", 0.85, hints=("VOI.id", "voi.id")),
    },
)

CAPTION = r".{3,400}?\((?:[^()]*/[^()]*|[^()]*\b(?i:via|foto|dok|ilustrasi)\b[^()]*)\)"

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # The caption line under the title: any line above the body that ends in a credit in brackets.
        Rule("photo-caption", "head", CAPTION),
        Rule("share", "line", r"Bagikan:"),
    ),
)

ENGINE = Engine(RULES, GENERIC)


@hookimpl
def detect_source(document: Document) -> SourceMatch | None:
    return DETECTOR(document)


@hookimpl
def strip_boilerplate(document: Document, source: SourceMatch) -> Article | None:
    if source.id != SOURCE.id:
        return None
    return ENGINE.strip(document)
