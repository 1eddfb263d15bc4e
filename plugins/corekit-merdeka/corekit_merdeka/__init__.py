"""corekit plugin for Merdeka.com (merdeka.com).

Merdeka.com opens with 'Merdeka.com - ' and, like the other KLY sites, puts 'Advertisement'
and 'Baca Juga' lines between paragraphs.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, RuleSet

PLUGIN = "merdeka"
SOURCE = corekit.Source(
    id="merdeka",
    name="Merdeka.com",
    hosts=("merdeka.com",),
    reporter=("merdeka.com", "Merdeka.com"),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"Merdeka\.com\ *[-–—]", 0.95, hints=("Merdeka.com",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(),
)

ENGINE = Engine(RULES, GENERIC.without("title"))


@hookimpl
def detect_source(document: Document) -> SourceMatch | None:
    return DETECTOR(document)


@hookimpl
def strip_boilerplate(document: Document, source: SourceMatch) -> Article | None:
    if source.id != SOURCE.id:
        return None
    return strip_with(ENGINE, document, PLUGIN)
