"""corekit plugin for Liputan6.com (liputan6.com).

Liputan6.com glues its dateline to the first word ('Liputan6.com, JakartaSebanyak': the dateline
stays in the body), puts a bare 'Baca Juga' line (its headline already gone) and
'Advertisement' lines between paragraphs, and may close with a 'Penulis: ...' line. Its Cek Fakta
articles close with the desk's own footer: who it is ('Melawan hoaks sama saja melawan
pembodohan...'), its IFCN membership, and where to send a hoax (email, WhatsApp chatbot).
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, byline_names, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "liputan6"
SOURCE = corekit.Source(id="liputan6", name="Liputan6.com", hosts=("liputan6.com",), reporter=("Liputan6",))

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        "dateline": Evidence(r"Liputan6\.com,\s*\p{Lu}", 0.95, hints=("Liputan6.com",)),
    },
)

RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule(
            "byline-end",
            "trailer",
            r"(?:Penulis|Reporter|Editor)\s*:\s*[^\n]{1,80}",
            field="authors",
            parse=byline_names,
        ),
        # The Cek Fakta desk's footer opens with its motto; whatever follows is the footer too.
        Rule(
            "cek-fakta-footer",
            "trailer",
            r"Melawan\s+hoaks\s+sama\s+saja\s+melawan\s+pembodohan\b.*",
            max_len=400,
        ),
        # Its other lines, should a page keep them apart or in another order.
        Rule(
            "cek-fakta-footer-line",
            "line",
            r"""(?:Sejak\s[^\n]{0,20}\d{4},?\s*Cek\s*Fakta\s*Liputan6\.com\s*bergabung
                 |Jika\s+Anda\s+memiliki\s+informasi\s+seputar\s+hoaks
                 |Ingin\s+lebih\s+cepat\s+mendapat\s+jawaban\?\s*Hubungi\s+Chatbot)\b.*""",
            max_len=400,
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
