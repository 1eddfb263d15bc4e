"""corekit plugin for detik.com (detikNews, detikHot, detikSport, detikOto, detikFinance, ...).

detik splits the dateline over lines ('Jakarta', '-', then the first sentence) and every link
onto its own line, puts 'SCROLL TO CONTINUE WITH CONTENT' and 'ADVERTISEMENT' between
paragraphs, a bare 'Baca juga:' line above the linked headline, a 'Daftar Isi' block of the
subheadings above the dateline, 'Simak Video' / 'Lihat juga Video' / 'Tonton juga' teasers and a
'[Gambas:Video 20detik]' embed, and closes with the editors' initials '(mrp/krs)' followed by
the article's tags in lower case.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import FUNCTION_WORDS, GENERIC, INITIALS, strip_with
from corekit.detect import Detector, Evidence
from corekit.lazyre import lazy
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "detik"
SOURCE = corekit.Source(id="detik", name="detik", hosts=("detik.com",), reporter=("detikcom", "detik"))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    # The ad slot comes after the third paragraph: a wider head window reaches it.
    head=2000,
    evidence={
        # The video embed names the outlet's own video channel: '[Gambas:Video 20detik]'.
        "video-embed": Evidence(r"\[Gambas:Video\ 20detik\]", 0.9, hints=("20detik",)),
        "channel": Evidence(
            r"\bdetik(?:com|news|hot|sport|oto|finance|travel|inet|health|food|edu|jatim|jabar)\b",
            0.85,
            hints=("detik",),
        ),
        # Nobody else splits the dateline over lines: 'Jakarta', '-', then the first sentence.
        "split-dateline": Evidence(
            r"(?:Daftar\ Isi\n(?:.*\n){0,12}?)?\p{Lu}[\p{L} ]{2,30}\n-\n", 0.7, at_start=True
        ),
        "read-also-line": Evidence(r"^Baca\ juga:$", 0.6, hints=("Baca juga:",)),
        # The ad slot of the detik network; CNN and CNBC Indonesia share it but carry their own datelines.
        "scroll": Evidence(r"^SCROLL\ TO\ CONTINUE\ WITH\ CONTENT$", 0.6, hints=("SCROLL TO CONTINUE",)),
    },
)

_TERMINAL = (".", "!", "?", "”", '"', ":", ",", ";")
_NUMBERED = lazy(r"\d{1,2}\.\ ")


def toc_entry(line: str) -> bool:
    """A 'Daftar Isi' entry: a Title-Case subheading of three words or more, or a numbered one.

    A head line with a lower-case content word is a sentence a link split instead
    ('Pemerintah menyampaikan evakuasi', 'WNI di Iran', 'dimulai hari ini.').
    """
    words = line.split()
    if not 3 <= len(words) <= 15 or line.endswith(_TERMINAL):
        return False
    if _NUMBERED.match(line):
        return True
    return not any(w[0].islower() and w.lower() not in FUNCTION_WORDS for w in words)


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # The editors' initials close the article; only the tags follow them.
        Rule("editor-initials", "trailer", rf"\((?:{INITIALS}/)+{INITIALS}\)"),
        # The subheadings a 'Daftar Isi' block lists above the dateline (a lone city line is the dateline).
        Rule("table-of-contents-entry", "head", test=toc_entry, max_len=150),
        # A photo between paragraphs: caption, then credit ('Chery Fulwin A8. Foto: Doc. Carnewschina').
        Rule("photo-caption", "line", r"[^\n]{3,150}?\.\ ?Foto:\ ?[^\n]{2,80}"),
        Rule("video-title", "line", r"Video:?\ \p{Lu}[^\n]{5,150}(?<![.!?”\"])"),
        # The Hoegeng Awards campaign box detik runs under police stories.
        Rule("campaign", "line", r"Hoegeng\ Awards\ \d{4}|Baca\ kisah\ inspiratif\ [^\n]{0,80}"),
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
