"""corekit plugin for Suara.com (suara.com).

Suara.com opens with 'Suara.com - ' and links 'Baca Juga:' headlines between paragraphs.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, RuleSet

PLUGIN = "suara"
SOURCE = corekit.Source(id="suara", name="Suara.com", hosts=("suara.com",), reporter=("Suara.com",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"Suara\.com\ *[-–—]", 0.95, hints=("Suara.com",)),
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
