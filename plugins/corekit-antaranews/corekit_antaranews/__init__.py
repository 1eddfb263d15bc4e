"""corekit plugin for ANTARA News (antaranews.com).

ANTARA opens with 'JAKARTA (ANTARA) - ' and closes with 'Pewarta: ...', 'Editor: ...' and the
'Copyright © ANTARA' line; 'Baca juga:' headlines stand between paragraphs.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, byline_names, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "antaranews"
SOURCE = corekit.Source(id="antaranews", name="ANTARA News", hosts=("antaranews.com",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        # 'JAKARTA (ANTARA) -' opens the text; other outlets cite Antara, but not in this form at the head.
        "dateline": Evidence(r"\p{Lu}[\p{Lu}\ .]{1,40}\ \(ANTARA\)\ *[-–—]", 0.95, at_start=True),
        "footer": Evidence(r"Copyright\ ©\ ANTARA", 0.9, hints=("ANTARA",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "byline-end",
            "trailer",
            r"(?:Pewarta|Editor|Penerjemah)\s*:\s*[^\n]{2,80}",
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
