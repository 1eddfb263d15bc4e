"""corekit plugin for Okezone (okezone.com).

Okezone opens with a capital city glued to a dash ('JAKARTA– ', 'JAKARTA-Raffi'), seldom spaced
('JAKARTA - '), or a drop capital glued to the next word ('JADWALdrawing'), mostly keeps each
paragraph on a line of its own, and closes with the editor's name in brackets on its own line
('(Randy Wirayudha)'), sometimes also glued to the last sentence.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "okezone"
SOURCE = corekit.Source(id="okezone", name="Okezone", hosts=("okezone.com",), reporter=("Okezone",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "name": Evidence(r"\b(?i:okezone)\b", 0.9, hints=("Okezone", "okezone", "OKEZONE")),
        # The city and a dash without a space on one side: 'JAKARTA– Peneliti', 'JAKARTA-Raffi',
        # 'KIEV -Selama' (SINDOnews spaces both sides; a spaced en dash is weaker evidence).
        "dateline": Evidence(
            r"^\p{Lu}[\p{Lu}.\ -]{0,30}?\p{Lu}(?:[-–](?=\s|\p{Lu})|\s[-–](?=\S))", 0.6, at_start=True
        ),
        "dateline-en-dash": Evidence(r"^\p{Lu}[\p{Lu}.\ -]{0,30}?\p{Lu}\s–\s", 0.56, at_start=True),
        # Now and then the hyphen is spaced both sides ('JAKARTA - Indeks'), as SINDOnews spaces it;
        # but SINDOnews text runs its paragraphs together, while Okezone's first paragraph ends on
        # its own line, within 600 characters, and the article goes on below it. That layout is the
        # scraped text's, not the outlet's (a SINDOnews page extracted with its line breaks looks the
        # same), so it is the weakest claim: any SINDOnews mark, down to its closing code, outweighs
        # it. No dot in the city: 'TRIBUNNEWSBOGOR.COM - ' is a masthead.
        "dateline-spaced": Evidence(
            r"^\p{Lu}[\p{Lu}\ -]{0,30}?\p{Lu}\ -\ (?=\S)(?=[^\n]{0,599}\n\s*\S)", 0.51, at_start=True
        ),
        # The drop capital: the first word in capitals glued to the next ('JADWALdrawing', 'MEDIAJerman').
        # '^' anchors these as Detector matches them: scanned from every position of a run of
        # capitals, '\p{Lu}{3,}' would be quadratic.
        "drop-cap": Evidence(r"^\p{Lu}{3,}(?=\p{Ll}|\p{Lu}\p{Ll})", 0.58, at_start=True),
        # The editor's full name in brackets closes the article: '(Randy Wirayudha)'.
        "editor": Evidence(r"^\((?:\p{Lu}\p{Ll}+\ ?){2,4}\)$\s*\Z", 0.6, hints=(")",)),
    },
)

#: The editor's full name in brackets: '(Mochamad Rezhatama Herdanu)', '(Fahmi Firdaus )'.
EDITOR = r"\((?:\p{Lu}\p{Ll}+\ ?){2,4}\)"

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule("editor", "trailer", EDITOR),
        Rule("editor-end", "inline", rf"(?<=[.!?\"”’)])\s*{EDITOR}$", prefixes=("(",)),
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
