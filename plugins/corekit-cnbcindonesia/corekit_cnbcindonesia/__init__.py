"""corekit plugin for CNBC Indonesia (cnbcindonesia.com).

CNBC Indonesia opens with 'Jakarta, CNBC Indonesia - ', shares detik's 'SCROLL TO CONTINUE WITH
CONTENT' and 'ADVERTISEMENT' slots and '[Gambas:Video CNBC]' embeds, and closes with editor
initials '(mij/mij)'.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "cnbcindonesia"
SOURCE = corekit.Source(
    id="cnbcindonesia",
    name="CNBC Indonesia",
    hosts=("cnbcindonesia.com",),
    reporter=("CNBC Indonesia", "CNBCIndonesia"),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"CNBC\ Indonesia\ *[-–—]", 0.95, hints=("CNBC Indonesia",)),
        "video-embed": Evidence(r"\[Gambas:Video\ CNBC\]", 0.9, hints=("Gambas:Video CNBC",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(Rule("editor-initials", "trailer", r"\((?:[a-z]{2,5}/)+[a-z]{2,5}\)"),),
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
