"""corekit plugin for Liputan6.com (liputan6.com).

Liputan6.com glues its dateline to the first word ('Liputan6.com, JakartaSebanyak': the dateline
stays in the body), puts a bare 'Baca Juga' line (its headline already gone) and
'Advertisement' lines between paragraphs, and may close with a 'Penulis: ...' line.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, byline_names, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "liputan6"
SOURCE = corekit.Source(id="liputan6", name="Liputan6.com", hosts=("liputan6.com",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"Liputan6\.com,\s*\p{Lu}", 0.95, hints=("Liputan6.com",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "byline-end",
            "trailer",
            r"(?:Penulis|Reporter|Editor)\s*:\s*[^\n]{1,80}",
            field="authors",
            parse=byline_names,
        ),
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
