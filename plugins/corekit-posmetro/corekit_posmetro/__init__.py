"""corekit plugin for Posmetro (posmetro.co, posmetro.co.id and posmetromedan.com).

Posmetro opens with its masthead as the dateline ('POSMETRO MEDAN– ', 'BATAM, POSMETRO.CO :',
'Posmetro.co.id,INDRAMAYU –'), leaves left-to-right marks ('\u200e') as empty lines and closes
with editor initials ('(*/hbb)') or an editor line, sometimes glued ('Reporter: MelkyEditor: Oki').
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "posmetro"
SOURCE = corekit.Source(
    id="posmetro", name="Posmetro", hosts=("posmetro.co", "posmetro.co.id", "posmetromedan.com")
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        # 'POSMETRO MEDAN–', 'BATAM, POSMETRO.CO :', 'Posmetro.co.id,INDRAMAYU –', 'POSMETRO– '.
        "masthead": Evidence(r"\b(?i:posmetro)", 0.95, hints=("POSMETRO", "Posmetro")),
    },
)


def editor_name(text: str) -> tuple[str, ...]:
    """The editor a glued byline names: 'Reporter: MelkyEditor: Oki Budiman' -> ('Oki Budiman',)."""
    name = text[text.lower().rindex("editor") + len("editor") :].strip(" :")
    return (name,) if name else ()


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "editor",
            "trailer",
            r"(?i:(?:sumber|reporter)\s*:[^\n]{0,60}?)?(?i:editor)\s*:\s*[^\n]{2,60}",
            field="authors",
            parse=editor_name,
        ),
        Rule("invisible", "line", r"[\u200e\u200f\u200b\ufeff]+"),
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
