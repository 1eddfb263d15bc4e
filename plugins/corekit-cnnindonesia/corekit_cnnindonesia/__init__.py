"""corekit plugin for CNN Indonesia (cnnindonesia.com).

CNN Indonesia opens with 'Jakarta, CNN Indonesia -- ', shares detik's 'SCROLL TO CONTINUE WITH
CONTENT' and 'ADVERTISEMENT' slots and '[Gambas:Video CNN]' embeds, and closes with editor
initials '(fby/agt)'.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "cnnindonesia"
SOURCE = corekit.Source(
    id="cnnindonesia",
    name="CNN Indonesia",
    hosts=("cnnindonesia.com",),
    reporter=("CNN Indonesia", "CNNIndonesia"),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"CNN\ Indonesia\ *--", 0.95, hints=("CNN Indonesia",)),
        "video-embed": Evidence(r"\[Gambas:Video\ CNN\]", 0.9, hints=("Gambas:Video CNN",)),
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
