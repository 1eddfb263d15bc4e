"""corekit plugin for Kontan (kontan.co.id).

Kontan articles open with ``Reporter: X | Editor: Y`` (or ``Sumber: Reuters |
Editor: Y``) glued to the ``KONTAN.CO.ID - JAKARTA.`` dateline, link
``Baca Juga:`` headlines mid-line, end with ``Cek Berita dan Artikel yang lain
di Google News``; KONTAN TV pages end with hashtags, social links,
``Video Terkait`` and the copyright line.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "kontan"
SOURCE = corekit.Source(id="kontan", name="Kontan", hosts=("kontan.co.id",), reporter=("Kontan",))

FOOTER = r"©\s*(?i:kontan\.co\.id)|(?i:kontan\.co\.id)\s+(?i:all\s+rights)"

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"KONTAN\.CO\.ID\s*[-–—]", 0.95, hints=("KONTAN.CO.ID",)),
        # The copyright line; a bare 'Kontan.co.id' is how other outlets cite Kontan.
        "footer": Evidence(FOOTER, 0.9, hints=("©",)),
        "hashtag": Evidence(r"\#kontan(?:tv|news)?\b", 0.9, hints=("#kontan",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule("not-found", "line", r"Konten\ tidak\ ditemukan\.?"),
        Rule("hashtags", "trailer", r"\#kontan\w*(?:[\s,]+\#\w+)*.*"),
        Rule("video-related", "trailer", r"Video\ Terkait"),
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
