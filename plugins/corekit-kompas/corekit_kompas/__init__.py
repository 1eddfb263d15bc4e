"""corekit plugin for Kompas.com (kompas.com and its channels).

Kompas.com opens with 'JAKARTA, KOMPAS.com - ' (often wrapped: 'JAKARTA, KOMPAS.com' alone on
a line, then '-'), links 'Baca juga:' headlines glued to the marker, leaves photo captions with
the credit glued to them ('KOMPAS.com/RARINDRAXPeng X9', 'iQoo IndiaTampilan ...'), and closes
with a WhatsApp channel call to action split over lines ('Simak', 'breaking news', 'dan', ...)
or a '(Reporter: ... | Editor: ...)' line.
"""

from __future__ import annotations

import regex

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "kompas"
SOURCE = corekit.Source(id="kompas", name="Kompas.com", hosts=("kompas.com", "kompas.id"))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"^\p{Lu}[\p{Lu}\ .]{1,40},\ KOMPAS\.com\b", 0.95, hints=("KOMPAS.com",)),
        # The daily's dateline (Harian Kompas, kompas.id): 'JAKARTA, KOMPAS — '.
        "print-dateline": Evidence(r"^\p{Lu}[\p{Lu}\ .]{1,40},\ KOMPAS\s*[-–—]", 0.95, hints=("KOMPAS",)),
        # Wrapped or not: 'KOMPAS.com - ', 'KOMPAS.com' then '– Fenomena' on the next line.
        "masthead": Evidence(r"^KOMPAS\.com\s*[-–—]", 0.9, hints=("KOMPAS.com",)),
        # Kompas.com's own WhatsApp channel, in the call to action under its articles.
        "whatsapp": Evidence(
            r"whatsapp\.com/channel/0029VaFPbedBPzjZrk13HO3D", 0.9, hints=("0029VaFPbedBPzjZrk",)
        ),
    },
)

#: A credit glued to its caption: 'KOMPAS.com/RARINDRAXPeng X9', 'iQoo IndiaTampilan tampang ...'.
_GLUED_CREDIT = regex.compile(r"KOMPAS\.com/|\A[^\n]{2,40}?\p{Ll}\p{Lu}\p{Ll}")
_TERMINAL = (".", "!", "?", "”", '"', ":", ",", ";", ")")


def photo_caption(line: str) -> bool:
    """A caption line: a credit glued to the caption, and no final punctuation."""
    return (
        len(line) <= 150
        and line[0].isupper()
        and not line.endswith(_TERMINAL)
        and _GLUED_CREDIT.match(line) is not None
    )


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # The WhatsApp channel call to action, its link words split over lines, closes the article.
        Rule("whatsapp-channel", "trailer", r"Simak"),
        Rule("photo-caption", "line", test=photo_caption, max_len=200),
        # A credit alone under a photo: 'Dok. Freepik/Drazen Zigic', 'dok.XpengXpeng Indonesia'.
        Rule("photo-credit", "line", r"(?i:dok)\.\ ?\S[^\n]{0,60}(?<![.!?”\"])"),
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
