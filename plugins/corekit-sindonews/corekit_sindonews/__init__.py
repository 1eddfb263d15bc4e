"""corekit plugin for SINDOnews (sindonews.com).

SINDOnews pages carry a ``Rabu, 08 November 2023 - 22:38 WIB`` date line,
a bare ``MOSKOW -`` dateline, ``loading...`` / ``A A A`` widgets, a photo
caption ending in a ``Foto/...`` credit, ``Baca Juga:`` / ``BACA JUGA -`` /
``Lihat Juga:`` links glued into the text, editor initials ``(mas)`` and a
footer of related lists and the copyright line.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC
from corekit.detect import Detector, Evidence, claim
from corekit.lazyre import lazy
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "sindonews"
SOURCE = corekit.Source(
    id="sindonews",
    name="SINDOnews",
    hosts=("sindonews.com", "sindonews.id"),
    reporter=("SINDOnews", "Sindonews"),
)

DAY = r"(?i:senin|selasa|rabu|kamis|jumat|sabtu|minggu)"
DATE_LINE = rf"^{DAY},\ \d{{1,2}}\ \p{{L}}+\ \d{{4}}\ -\ \d{{1,2}}:\d{{2}}\ WIB\s*$"

FOOTER = r"(?:SINDOnews|sindonews|Sindonews)\.(?:com|id)"

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "footer": Evidence(FOOTER, 0.95, hints=("SINDOnews", "indonews")),
        # Only SINDOnews joins date and time with a spaced hyphen.
        "date-line": Evidence(DATE_LINE, 0.8, hints=(" WIB",)),
        # The inline read-also box comes out glued to the sentence before it ('2025.Baca Juga: ...'):
        # other outlets that print 'Baca Juga:' keep a space or a line break before it.
        "read-also": Evidence(
            r"BACA\ JUGA\ -|^Lihat\ Juga:|(?<=[.!?”\"])Baca\ Juga:",
            0.6,
            hints=("BACA JUGA -", "Lihat Juga:", "Baca Juga:"),
        ),
        # 'Baca juga:' inside a paragraph, after a sentence ('... Sunan Ampel. Baca juga: Kesaktian'):
        # shared with Kompas and Kontan, whose datelines weigh more; it outweighs a drop capital
        # (Okezone's, which never prints a read-also link).
        "inline-read-also": Evidence(r"(?<=[.!?”\"]\ )Baca\ juga:", 0.59, hints=(". Baca juga:",)),
        # A bare capital city and a spaced hyphen opening the text, no outlet name: weak, others do it
        # too. SINDOnews text comes with its paragraphs run together ('ke level 7.198.Siang ini'):
        # the dateline's line runs on for 600 characters, or to the end of a short text. Okezone,
        # which prints the same dateline now and then, keeps each paragraph on a line of its own
        # (a first paragraph alone on its line is shorter: Okezone's, Liputan6's, at most ~520).
        "dateline": Evidence(
            r"^(?<!\p{Lu})\p{Lu}{3,}(?:\ \p{Lu}{3,}){0,2}\ {1,2}-\ {1,2}(?=\S)"
            r"(?=[^\n]{600}|[^\n]{0,599}+\s*+\Z)",
            0.55,
            at_start=True,
        ),
    },
)

_CREDIT = lazy(r"\ (?:Foto|FOTO|Dok)/\S[^\n]{0,120}$")


def photo_caption(line: str) -> bool:
    """The caption under the photo ends with its credit: '... di Moskow. Foto/Sergei Bobylev/TASS'."""
    return _CREDIT.search(line, max(0, len(line) - 130)) is not None


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule("sign-up", "line", r"Dapatkan\ berita\ terkini\ dan\ kejutan\ menarik\ dari\ SINDOnews.{0,200}"),
        Rule("photo-caption", "head", test=photo_caption, hints=("foto/", "dok/"), max_len=500),
    ),
)

ENGINE = Engine(RULES, GENERIC)


#: The editor's initials glued to the last sentence close the text: '... menjadi 5-0.(sto)'. Posmetro
#: does the same, but its masthead (0.95) is in every text; the claim is the weakest one.
_CLOSING_CODE = lazy(r"\S\(\p{Ll}{2,5}\)\s*\Z")
CLOSING_CODE_CONFIDENCE = 0.52


def _closing_code(text: str) -> SourceMatch | None:
    tail = text[-20:]
    if ")" not in tail or _CLOSING_CODE.search(tail) is None:
        return None
    return claim(SOURCE, PLUGIN, CLOSING_CODE_CONFIDENCE, "closing-code")


@hookimpl
def detect_source(document: Document) -> SourceMatch | None:
    # Detector answers for the host and for the head and tail windows; the closing code is a
    # check on the last characters alone, which Detector's hints cannot single out.
    return DETECTOR(document) or _closing_code(document.text)


@hookimpl
def strip_boilerplate(document: Document, source: SourceMatch) -> Article | None:
    if source.id != SOURCE.id:
        return None
    return ENGINE.strip(document)
