"""corekit plugin for Republika (republika.co.id and its regional and topic channels).

Republika opens with 'REPUBLIKA.CO.ID, JAKARTA -- ', glues 'Baca Juga' to the three headlines
it links and those to each other and to the next sentence ('Baca JugaJudul AJudul BJudul CAdapun
...'), and scatters 'Ikuti Whatsapp Channel Republika' and 'Loading...' through the text.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import FUNCTION_WORDS, GENERIC, headline_end, strip_with
from corekit.detect import Detector, Evidence
from corekit.lazyre import lazy
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "republika"
SOURCE = corekit.Source(
    id="republika",
    name="Republika",
    hosts=("republika.co.id", "republika.id"),
    reporter=("Republika",),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"REPUBLIKA\.CO\.ID\s*,", 0.95, hints=("REPUBLIKA.CO.ID",)),
        "whatsapp": Evidence(r"Ikuti\ Whatsapp\ Channel\ Republika", 0.95, hints=("Channel Republika",)),
    },
)

#: Where a scraper glued two texts together: a lower-case letter, digit or closing mark right
#: before a capital or an opening quote ('ServerTiket', 'Baru"Untuk', 'Kerja“Pemerintah').
_GLUED = lazy(r"(?<=[\p{Ll}\d)?!])[\p{Lu}\"“]")
_WORD = lazy(r"\S+")
#: A word only a sentence writes in lower case: a headline's function words ('di', 'dan') are not.
#: Fullmatched on one word; possessive runs and the lookbehind (a word starts after none of its
#: own characters) keep it linear when scanned too.
_SENTENCE_WORD = lazy(r"(?<![\"“(\p{Ll}-])[\"“(]*+\p{Ll}[\p{Ll}-]*+[,.;:!?”\")]*+")


def _first_sentence_word(text: str, pos: int, limit: int) -> int | None:
    for m in _WORD.finditer(text, pos, limit):
        word = m.group()
        if _SENTENCE_WORD.fullmatch(word) and word.strip('"“(,.;:!?”)').lower() not in FUNCTION_WORDS:
            return m.start()
    return None


def glued_headlines_end(text: str, pos: int, limit: int) -> int:
    """Where the glued 'Baca Juga' headlines end and the article's next sentence starts.

    The sentence shows itself by its first lower-case content word; it starts at the last glue
    point before that word which closes a headline of three words or more (so that a brand
    written 'InaWis' does not split 'Aplikasi InaWis itu ...').
    """
    word = _first_sentence_word(text, pos, limit)
    if word is None:
        return headline_end(text, pos, limit)
    points = [pos, *(m.start() for m in _GLUED.finditer(text, pos, word))]
    for i in range(len(points) - 1, 0, -1):
        if len(text[points[i - 1] : points[i]].split()) >= 3:
            return points[i]
    return headline_end(text, pos, limit)


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "read-also-glued",
            "inline",
            r"Baca\ Juga(?=\p{Lu})",
            extend=glued_headlines_end,
            prefixes=("baca juga",),
        ),
        Rule(
            "whatsapp-channel", "inline", r"Ikuti\ Whatsapp\ Channel\ Republika", prefixes=("ikuti whatsapp",)
        ),
        # The wire a story came from, on its own line ('sumber : Antara'); a line, not a trailer, as a
        # table inside the article may name its source the same way.
        Rule("source", "line", r"(?i:sumber)\s*:\s*[^\n]{1,60}"),
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
