"""corekit plugin for Tempo.co (tempo.co).

Tempo opens with 'TEMPO.CO, Jakarta - ' (often without spaces: 'TEMPO.CO,Jakarta-'); its magazine
and newsletter pieces open with a drop word in capitals ('PRESIDEN Prabowo ...', 'ALIH-alih') or
a rubric line ('PERJALANAN') and point to the weekly ('Mingguan Tempo'). Links are glued
('Baca Juga:Alasan MUI ...').
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "tempo"
SOURCE = corekit.Source(id="tempo", name="Tempo.co", hosts=("tempo.co",), reporter=("Tempo",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"TEMPO\.CO\s*,", 0.95, hints=("TEMPO.CO",)),
        # Magazine and newsletter pieces point to the weekly: 'Mingguan Tempo', 'laporan Tempo pekan ini'.
        # Tempo's advertorial rubric.
        "info-rubric": Evidence(r"^INFO\ (?:NASIONAL|BISNIS|TEMPO)\ *[-–—]", 0.9, at_start=True),
        # Magazine pieces open with the first word in capitals ('PRESIDEN Prabowo', 'ALIH-alih') or
        # with the rubric alone on the first line ('PERJALANAN').
        # '^' anchors it as Detector matches it: scanned from every position of a run of capitals,
        # '\p{Lu}{4,}' would be quadratic.
        "drop-word": Evidence(
            r"^(?:\p{Lu}{4,}(?:-\p{Ll}+)?\ \p{Lu}?\p{Ll}|\p{Lu}{4,20}\n)", 0.6, at_start=True
        ),
        "weekly": Evidence(
            r"(?:Mingguan\ ?|Majalah\ ?|Koran\ ?)Tempo|Tempo\ ?pekan\ ini", 0.85, hints=("Tempo",)
        ),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # The rubric above a magazine piece: one word in capitals ('PERJALANAN').
        Rule("rubric", "head", r"\p{Lu}{4,20}", first=True),
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
