"""corekit plugin for iNews.id (inews.id).

iNews.id opens with a ``MOSKOW, iNews.id –`` dateline, injects related
headlines between paragraphs with no marker at all (Title-Case lines without
final punctuation), and closes with an ``Editor:`` line followed by the region
menu (``- Sumatra``, ``- Jawa``, ...).
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, looks_like_headline
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "inews"
SOURCE = corekit.Source(id="inews", name="iNews.id", hosts=("inews.id",), reporter=("iNews",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"^\p{Lu}[\p{Lu}\ .]{1,40},\ iNews\.id\s*[-–—]", 0.95, hints=(", iNews.id",)),
        "name": Evidence(r"\b(?:iNews|INEWS|inews)\.id\b", 0.85, hints=("iNews.id", "INEWS.ID", "inews.id")),
        "region-menu": Evidence(r"^-\ Sumatra\s*\n-\ Jawa\s*\n-\ Kalimantan", 0.7, hints=("- Sumatra",)),
    },
)


def _injected_headline(line: str) -> bool:
    # iNews injects short headlines too, so a lower bar than the generic rule's.
    return looks_like_headline(line, min_words=4)


REGION = r"-\ (?:Sumatra|Jawa|Kalimantan|Sulawesi|Papua|Bali|Kepulauan\ .{1,30})"

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule("region-menu", "trailer", REGION),
        Rule("injected-headline", "line", test=_injected_headline, max_len=200),
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
