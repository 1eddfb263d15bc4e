"""corekit plugin for kumparan (kumparan.com).

kumparan writes its own name in lower case ('kepada kumparan', 'kumparanBISNIS'), has no
fixed dateline, and links 'Baca juga:' headlines between paragraphs.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, RuleSet

PLUGIN = "kumparan"
SOURCE = corekit.Source(id="kumparan", name="kumparan", hosts=("kumparan.com",), reporter=("kumparan",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        # kumparan writes its name in lower case, also glued to its channels (kumparanBISNIS).
        "name": Evidence(r"\bkumparan(?:\p{Lu}+|\.com)?\b", 0.75, hints=("kumparan",)),
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
