"""corekit plugin for Kompas.com (kompas.com and its channels).

Kompas.com opens with 'JAKARTA, KOMPAS.com - ' (often wrapped: 'JAKARTA, KOMPAS.com' alone on
a line, then '-'), links 'Baca juga:' headlines glued to the marker, leaves photo captions with
the credit glued to them ('KOMPAS.com/RARINDRAXPeng X9', 'iQoo IndiaTampilan ...'), and closes
with a WhatsApp channel call to action split over lines ('Simak', 'breaking news', 'dan', ...)
or a '(Reporter: ... | Editor: ...)' line.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.lazyre import lazy
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "kompas"
SOURCE = corekit.Source(
    id="kompas", name="Kompas.com", hosts=("kompas.com", "kompas.id"), reporter=("Kompas",)
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"^\p{Lu}[\p{Lu}\ .]{1,40},\ KOMPAS\.com\b", 0.95, hints=("KOMPAS.com",)),
        # The daily's dateline (Harian Kompas, kompas.id): 'JAKARTA, KOMPAS — '.
        # Its city in capitals or not, or after the name: 'Jakarta, Kompas - ', 'KOMPAS, BANYUWANGI — '.
        "print-dateline": Evidence(
            r"^\p{Lu}[\p{L}\ .]{1,40},\ (?:KOMPAS|Kompas)\s*[-–—]|^KOMPAS,\ \p{Lu}[\p{Lu}\ .]{1,40}[-–—]",
            0.95,
            hints=("KOMPAS", "Kompas"),
        ),
        # Wrapped or not: 'KOMPAS.com - ', 'KOMPAS.com' then '– Fenomena' on the next line.
        "masthead": Evidence(r"^KOMPAS\.com\s*[-–—]", 0.9, hints=("KOMPAS.com",)),
        # Kompas.com's own WhatsApp channel, in the call to action under its articles.
        "whatsapp": Evidence(
            r"whatsapp\.com/channel/0029VaFPbedBPzjZrk13HO3D", 0.9, hints=("0029VaFPbedBPzjZrk",)
        ),
    },
)

#: A credit glued to its caption: 'KOMPAS.com/RARINDRAXPeng X9', 'iQoo IndiaTampilan tampang ...':
#: up to four name-like words (each with a capital), the last glued to the caption's first word.
#: Each word is read once (its capital is the first one, the rest taken possessively) and a match
#: starts where a word starts: scanned over a long word or run of words it stays linear.
_GLUED_CREDIT = lazy(
    r"KOMPAS\.com/|(?<![\p{L}\d./])(?:[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\d./]*+\p{Lu}[\p{L}\d./]*+\ ){0,3}"
    r"[\p{L}\d./]*?\p{Ll}(?=\p{Lu}\p{Ll})"
)
_TERMINAL = (".", "!", "?", "”", '"', ":", ",", ";", ")")
_SENTENCE_BREAK = lazy(r"[.!?]\s")


def photo_caption(line: str) -> bool:
    """A caption line: a credit glued to a caption, which is a phrase, not sentences.

    Kompas splits sentences at links, so a fragment without a final stop is common; one that
    opens with ordinary words ('Siti mengatakan kepadaKompas.com bahwa') is not a credit.
    """
    return (
        len(line) <= 150
        and not line.endswith(_TERMINAL)
        and _SENTENCE_BREAK.search(line) is None
        and _GLUED_CREDIT.match(line) is not None
    )


#: A stock photo's credit, source and photographer, glued to its caption: 'Pexels/Andrea
#: PiacquadioApakah tidur enam jam cukup? ...'. A match starts where a word starts.
_STOCK_CREDIT = lazy(
    r"(?<![\p{L}\d./])\p{Lu}[\p{L}.]*+/\p{Lu}\p{L}*?(?:\ \p{Lu}\p{L}*?){0,3}\p{Ll}(?=\p{Lu}\p{Ll})"
)


def stock_photo_caption(line: str) -> bool:
    """A caption under a stock photo, its credit glued on: it may repeat the lead's question and
    answer, so one or two sentences, not a paragraph."""
    return _STOCK_CREDIT.match(line) is not None and len(_SENTENCE_BREAK.findall(line)) <= 1


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # The WhatsApp channel call to action, its link words split over lines, closes the article.
        Rule("whatsapp-channel", "trailer", r"Simak"),
        Rule("photo-caption", "line", test=photo_caption, max_len=200),
        Rule("photo-caption", "line", test=stock_photo_caption, max_len=250, hints=("/",)),
        # A credit alone under a photo: 'Dok. Freepik/Drazen Zigic', 'dok.XpengXpeng Indonesia'.
        Rule("photo-credit", "line", r"(?i:dok)\.\ ?\S[^\n]{0,60}(?<![.!?”\"])"),
        # A photo's credit and caption glued into a paragraph: 'Kompas.com/Mutia Fauzia Staf Ahli ...
        # di Surabaya, Kamis (13/12/2018).' A Kompas caption closes with the photo's date in brackets,
        # and holds no sentence end before it.
        Rule(
            "photo-caption-inline",
            "inline",
            r"(?<=\s)(?i:kompas\.com)/\p{Lu}(?:[^\n.!?]|[.!?](?!\s)){1,300}?\(\d{1,2}/\d{1,2}/\d{4}\)\.",
            prefixes=("kompas.com/",),
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
