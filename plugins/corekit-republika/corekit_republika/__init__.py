"""corekit plugin for Republika (republika.co.id and its regional and topic channels).

Republika opens with 'REPUBLIKA.CO.ID, JAKARTA -- ', glues 'Baca Juga' to the three headlines
it links and those to each other and to the next sentence ('Baca JugaJudul AJudul BJudul CAdapun
...'; the generic read-also-glued rule cuts them, as any site's), and scatters 'Ikuti Whatsapp
Channel Republika' and 'Loading...' through the text.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "republika"
SOURCE = corekit.Source(
    id="republika",
    name="Republika",
    hosts=("republika.co.id", "republika.id"),
    reporter=("Republika",),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"REPUBLIKA\.CO\.ID\s*,", 0.95, hints=("REPUBLIKA.CO.ID",)),
        "whatsapp": Evidence(r"Ikuti\ Whatsapp\ Channel\ Republika", 0.95, hints=("Channel Republika",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "whatsapp-channel", "inline", r"Ikuti\ Whatsapp\ Channel\ Republika", prefixes=("ikuti whatsapp",)
        ),
        # The wire a story came from, on its own line ('sumber : Antara'); a line, not a trailer, as a
        # table inside the article may name its source the same way.
        Rule("source", "line", r"(?i:sumber)\s*:\s*[^\n]{1,60}"),
    ),
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
