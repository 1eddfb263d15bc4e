"""corekit plugin for KapanLagi.com (kapanlagi.com).

KapanLagi opens with 'Kapanlagi.com - ' or nothing, puts 'Advertisement' lines and image credits
('(credit: mydramalist.com)', 'Ilustrasi ... (Image by myanimelist.net)') between paragraphs,
links 'baca juga:' / 'simak juga' headlines glued into the text, asks readers to follow its
WhatsApp channel and closes with the editors' initials '(kpl/khs)'. A photo page ('berita-foto') is
its teaser alone: a few short paragraphs run together on one line.
"""

from __future__ import annotations

import regex

import corekit
from corekit import hookimpl
from corekit.boilerplate import GENERIC, headline_end, strip_with
from corekit.detect import Detector, Evidence
from corekit.lazyre import lazy
from corekit.model import Article, Document, SourceMatch
from corekit.rules import Engine, Rule, RuleSet

PLUGIN = "kapanlagi"
SOURCE = corekit.Source(
    id="kapanlagi",
    name="KapanLagi.com",
    hosts=("kapanlagi.com",),
    reporter=("KapanLagi",),
)

DETECTOR = Detector(
    SOURCE,
    plugin=PLUGIN,
    # A photo page's single paragraph runs up to about 1,000 characters; the start window takes it whole.
    head=1000,
    evidence={
        "masthead": Evidence(r"(?i:kapanlagi\.com)", 0.95, hints=("apanLagi", "apanlagi")),
        "editor-initials": Evidence(r"\(kpl/\p{Ll}+\)", 0.95, hints=("(kpl/",)),
        # The site's sign-off and its name for its readers.
        # A photo page is one paragraph that ends by inviting the reader to the pictures:
        # 'Simak selengkapnya berikut ini!', 'Yuk lihat momennya berikut ini.', 'Penasaran kan?'.
        # Matched at the start only (one attempt, not a scan): the paragraph is the whole text.
        # The line is read once, possessively, and its end looked at behind: backtracking over it
        # for the invitation cost time growing faster than the line.
        "gallery-teaser": Evidence(
            r"^[^\n]*+(?<=\b(?i:simak|yuk|berikut|penasaran)\b[^\n]{0,120}[.!?][^\S\n]*)\s*+\Z",
            0.55,
            at_start=True,
        ),
        # A photo page's teaser without the invitation: two or three short paragraphs run together on
        # one line ('... dari publik.Terkait reaksi netizen ...'), under 1,000 characters in all, and
        # no dateline: it opens on its subject. Weakest of all claims: SINDOnews' short texts run
        # their paragraphs together too, but open with its dateline or hold its read-also box, which
        # weigh more. '\A', not '^': the length check reads to the end of the text, so it must be
        # tried at one position only.
        "photo-teaser": Evidence(
            r"""\A(?=(?s:.){100,999}+\Z)(?=[^\n]++\s*+\Z)(?!\p{Lu}[\p{Lu}\ ]{2,40}[-–—])
                [^\n]*?\p{Ll}{3}[.!?]\p{Lu}\p{Ll}{2}""",
            0.51,
            at_start=True,
        ),
        # The KLY sister-site promotion closing a photo page ('Baca juga berita lainnya di Liputan6.com.');
        # Liputan6.com's own pages carry its dateline, which weighs more.
        "sister-site": Evidence(
            r"Baca\ juga\ berita\ lainnya\ di\ Liputan6\.com\.?\s*\Z", 0.55, hints=("lainnya di",)
        ),
        "tagline": Evidence(
            r"Kalau\ bukan\ sekarang,\ KapanLagi\?|\bKLovers\b", 0.9, hints=("KapanLagi?", "KLovers")
        ),
    },
)

# Two headlines glued into one run: 'Denny CaknanRia Ricis', 'Kok Bisa? Ternyata', 'Dunia Nyata!Lepas',
# and where a headline ends or starts with a number: 'Perusahaan Baja4 Member BTS', '27 Juni 2025G-Dragon'.
_GLUED = lazy(r"[\p{Ll}\d]\p{Lu}|\p{Ll}\d|[?!)]\ ?\p{Lu}")


# The markers of the two related-list rules below, one pattern each.
_BERITA_LAINNYA = r"Berita\ Lainnya"
_BACA_LAINNYA = (
    r"(?i:yuk\ baca\ (?:juga|artikel\ lainnya)|baca\ (?:berita|artikel(?:\ menarik)?)\ lainnya):?"
)
# A line that holds nothing before the headlines but one of them: the marker opens its line.
_MARKER = lazy(rf"(?:{_BERITA_LAINNYA}|{_BACA_LAINNYA})", regex.VERBOSE)


def related_end(text: str, pos: int, limit: int) -> int:
    """Where the headlines a 'Berita Lainnya' / 'Yuk baca juga:' marker links to end.

    The marker is followed by four or five headlines glued into one run ('... Denny CaknanRia
    Ricis Tak Hitung ...'), too long for one headline. When the marker opens its line, or the run
    after it holds two such joins, and the line does not end like a sentence, all of it goes;
    otherwise the marker links one headline.
    """
    rest = text[pos:limit].rstrip()
    opens_line = _MARKER.fullmatch(text[text.rfind("\n", 0, pos) + 1 : pos].strip()) is not None
    if not rest.endswith((".", '."', ".”")) and (opens_line or len(_GLUED.findall(rest)) >= 2):
        return limit
    return headline_end(text, pos, limit)


RULES = RuleSet(
    plugin=PLUGIN,
    rules=(
        Rule("editor-initials", "trailer", r"\(kpl/[a-z]{2,5}\)"),
        # A caption ending in '(credit: ...)' / '(Image by ...)' is the generic image-credit rule's.
        Rule("image-credit-plain", "line", r"(?i:foto|credit)\s*:\s*[^\n]{2,60}"),
        Rule("more-articles", "line", r"(?i:yuk\ baca\ artikel\ lainnya)[^\n]{0,40}"),
        Rule(
            "related-inline",
            "inline",
            _BERITA_LAINNYA + r"(?=\p{Lu})",
            extend=related_end,
            prefixes=("berita lainnya",),
        ),
        # The same list closing the article's last paragraph: 'KapanLagi?Yuk baca juga:15 Seleb ...'.
        Rule(
            "related-list-inline",
            "inline",
            _BACA_LAINNYA + r"(?=\s?[\p{Lu}\d])",
            extend=related_end,
            prefixes=("yuk baca", "baca berita lainnya", "baca artikel"),
        ),
        # The sign-off and the one or two inviting sentences before it: 'Ikuti kabar terbaru
        # selebriti hanya di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?', 'Simak selengkapnya yuk!',
        # 'Masih banyak rekomendasi drama ... kapanlagi.com loh. Karena, kalau bukan sekarang, KapanLagi?'.
        Rule(
            "sign-off",
            "inline",
            r"""(?:(?:Ikuti|Yuk|Temukan|Simak|Ingin|Dapatkan|Masih\ banyak)\b(?:[^.!?\n]|\.(?i:com))
            {0,160}?[.!?][^\S\n]*){0,2}(?:Karena,\ )?(?i:k)alau\ bukan\ sekarang,\ KapanLagi\?""",
            prefixes=(
                "ikuti", "yuk", "temukan", "simak", "ingin", "dapatkan", "masih banyak",
                "kalau bukan sekarang", "karena, kalau bukan sekarang",
            ),
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
