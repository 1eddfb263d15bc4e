"""corekit plugin for Tribunnews and the Tribun Network (tribunnews.com, its regional
subdomains and the network's own regional sites: serambinews.com, sripoku.com, ...).

Tribun pages may open with 'Laporan Wartawan TribunJakarta.com, Name' and a masthead dateline
('TRIBUNNEWS.COM, JAKARTA - ', 'SURYAMALANG.COM, MOJOKERTO - '), end with editor initials '(don)'
or a credit '(Tribunnews.com/Name)', 'Artikel ini telah tayang di ...', and the regional site's
Google News / WhatsApp calls to action.
"""

from __future__ import annotations

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, looks_like_headline, strip_with
from corekit.detect import Detector, Evidence
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "tribunnews"
SOURCE = corekit.Source(
    id="tribunnews",
    name="Tribunnews",
    hosts=(
        "tribunnews.com",
        "tribunnewswiki.com",
        "serambinews.com",
        "sripoku.com",
        "bangkapos.com",
        "posbelitung.co",
        "pos-kupang.com",
        "banjarmasinpost.co.id",
        "surya.co.id",
        "wartakotalive.com",
        "tribunbatam.id",
        "tribunjabar.id",
        "tribunpontianak.co.id",
        "tribunlampung.co.id",
        "tribunkaltim.co",
        "tribunmanado.co.id",
    ),
    reporter=("Tribunnews", "Tribun"),
)

#: The Tribun Network's regional mastheads, as they open a dateline.
MASTHEADS = r"""tribun[\p{L}-]*|surya(?:malang)?|wartakotalive|serambinews|sripoku|pos-kupang|bangkapos
    |posbelitung|banjarmasinpost"""
MASTHEAD_HINTS = ("TRIBUN", "Tribun", "tribun", "SURYA", "WARTAKOTA", "SERAMBI", "SRIPOKU", "POS-KUPANG",
                  "BANGKAPOS", "POSBELITUNG", "BANJARMASINPOST")  # fmt: skip

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    evidence={
        # The network's mastheads open the dateline: TRIBUNNEWS.COM, TRIBUN-MEDAN.com, SURYAMALANG.COM.
        "masthead": Evidence(
            rf"(?:^|,\s*)(?i:{MASTHEADS})\.(?i:com|co\.id|co|id)\b", 0.95, hints=MASTHEAD_HINTS
        ),
        "reporter": Evidence(r"^Laporan\ (?i:wartawan|reporter)\ ", 0.9, hints=("Laporan ",)),
        "credit": Evidence(
            r"\((?i:tribun)[\p{L}-]*\.(?i:com|id|co\.id)\b[^)\n]*\)", 0.9, hints=("Tribun", "TRIBUN")
        ),
    },
)


def bullet_headline(line: str) -> bool:
    """'• Raffi Ahmad Libatkan Anak Angkat Lily Saat Kurban, Netizen Terharu': a related article's
    headline between paragraphs, behind a bullet. A list of the article's own is sentence case."""
    return line[:1] in "•●" and looks_like_headline(line[1:].lstrip(" \xa0"), min_words=5)


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        # 'Laporan Wartawan TribunJakarta.com, Bima Putra' is the generic report-by rule's; the
        # regional short form names reporter and place: 'Laporan Idris Ismail I Pidie'.
        Rule("reporter-short", "head", r"Laporan\ \p{Lu}[^\n]{2,60}?\ I\ \p{Lu}[\p{L}\ ]{2,30}"),
        # The writer's credit closes the article: '(Tribunnews.com/Garudea P)', '(cr3/tribun-medan.com)'.
        Rule(
            "credit",
            "trailer",
            r"\(\s*(?:[\w*]+/)?(?i:tribun|surya|warta|serambi|sripoku|pos-?kupang)[^()\n]{0,80}\)",
        ),
        Rule("ai-note", "line", r"Konten\ ini\ disempurnakan\ menggunakan\ Kecerdasan\ Buatan\ \(AI\)\.?"),
        Rule("slogan", "line", r"!+\s*Membaca\ Bagi\ Pikiran[^\n]{0,60}"),
        Rule("region-list", "trailer", r"Kumpulan\ Artikel\ [\p{L}\ ]{2,40}"),
        Rule("bullet-headline", "line", test=bullet_headline, max_len=250, hints=("•", "●")),
    ),
)

# Tribun links related articles only with 'Baca juga:'; its Title-Case lines between paragraphs
# are the article's subheadings ('Manfaat JPO Sangat Besar bagi Siswa, Sekolah Wajibkan Lewat Jembatan').
ENGINE = Engine(RULES, GENERIC.without("related-headline"))


@hookimpl
def detect_source(document: Document) -> SourceMatch | None:
    return DETECTOR(document)


@hookimpl
def strip_boilerplate(document: Document, source: SourceMatch) -> Article | None:
    if source.id != SOURCE.id:
        return None
    return strip_with(ENGINE, document, PLUGIN)
