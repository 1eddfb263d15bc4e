"""corekit plugin for Bisnis.com (bisnis.com and its channels).

Bisnis.com opens with 'Bisnis.com, JAKARTA - ' (or an en or em dash), glues sentences at line
breaks it lost ('... ke Indonesia.CEO Upbit ...') and names a data source inline
('Sumber: Bloomberg').
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, byline_names, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "bisnis"
SOURCE = corekit.Source(id="bisnis", name="Bisnis.com", hosts=("bisnis.com",), reporter=("Bisnis",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"Bisnis\.com\s*,\s*\p{Lu}", 0.95, hints=("Bisnis.com",)),
        # Its 'Berita Populer' digests link every item with this phrase, in this order of words.
        "digest-link": Evidence(r"Selengkapnya\ baca\ di\ sini\.?", 0.55, hints=("Selengkapnya baca",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(Rule("editor", "trailer", r"(?i:editor)\s*:\s*[^\n]{2,60}", field="authors", parse=byline_names),),
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
