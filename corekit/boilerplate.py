"""The Indonesian boilerplate rules common to many outlets, and the generic stripper.

Outlet plugins compose their own :class:`~corekit.rules.RuleSet` with
:data:`GENERIC` (``Engine(OUTLET, GENERIC)``), so an unknown outlet still
gets these and an outlet gets them too.
"""

from __future__ import annotations

import regex

from corekit import dates
from corekit.model import Article, Document
from corekit.rules import Engine, Rule, RuleSet


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words a Title-Case headline leaves in lower case (measured on the dev titles), plus the
#: demonstratives, which only sentences use in lower case: a run of these never ends a headline.
FUNCTION_WORDS = _words(
    """di dan yang ke dengan untuk dari hingga vs saat dalam pada bisa bagi atas tapi per atau oleh selama
    tak agar setelah soal karena jika kalau usai akan meski sebagai terhadap tentang melalui antara
    serta ala jadi ini itu pun lewat sejak sampai demi kepada via para si sang sebelum sesudah sesuai
    tanpa jelang akibat seperti bersama hanya masih lagi juga & - – —"""
)

#: Words that open a sentence but not a headline: discourse words and pronouns, and the
#: prepositions a Title-Case headline writes in lower case (so 'Pada' mid-run starts a sentence).
SENTENCE_STARTERS = _words(
    """diketahui sebelumnya sementara selain namun kemudian adapun menurut alhasil dus padahal sedangkan
    bahkan akibatnya mengutip melansir dilansir berdasarkan selanjutnya ia dia mereka pihaknya hal di ke
    dari dan yang untuk dengan pada dalam oleh bagi terhadap kepada atau"""
)

#: Role words that belong to the name after them: the sentence starts at 'Presiden', not 'Trump'.
ROLES = _words(
    """presiden wakil menteri ketua direktur gubernur kepala wali bupati ekonom analis pengamat juru
    jenderal kapolri kapolda pelatih"""
)

_OPEN_QUOTE = "“\""
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
_WORD = regex.compile(r"\S+")
_NUMBERED = regex.compile(r"\d{1,2}[.)]")
_WORDLIKE = regex.compile(r"\p{Lu}[\p{L}'’-]*")
_TRIM = "“”\"‘’'(),:;!?.«»"
#: Another marker right after a headline ends it (its own rule cuts it).
_NEXT_MARKER = regex.compile(
    r"""(?i:baca|lihat|simak)\s+juga\b|Cek\ Berita\ dan\ Artikel|(?:Foto|FOTO|Dok)/
    |(?:Editor|Reporter|Sumber)\s*:""",
    regex.VERBOSE,
)


def _lower_content(token: str) -> bool:
    """A word only a sentence writes in lower case (not a headline's function word, not 'ke-20')."""
    core = token.strip(_TRIM)
    if not core or not core[0].isalpha() or not core[0].islower():
        return False
    if _UPPER.search(core):  # iPhone, se-Inggris
        return False
    return core.lower() not in FUNCTION_WORDS and not regex.match(r"(?:ke|se)-", core)


def _capitalised(token: str) -> bool:
    """A word that can start a sentence: a capital, then letters with some lower case (not 'TKP', 'G7')."""
    core = token.strip(_TRIM)
    return _WORDLIKE.fullmatch(core) is not None and _LOWER.search(core) is not None


def _starter(token: str) -> bool:
    core = token.strip(_TRIM)
    return core[:1].isupper() and core.lower() in SENTENCE_STARTERS


def headline_end(text: str, pos: int, limit: int, max_words: int = 30) -> int:
    """Where the headline a ``Baca juga:`` marker links to ends, when the scraper glued the next sentence on.

    The headline is a Title-Case run. It ends before an opening double quote, a numbered list
    item, another marker, a word only a sentence starts with ('Sebelumnya,', a capitalised 'Pada'),
    or the sentence that follows: that sentence shows itself by its first lower-case content word
    and starts at the nearest capitalised word before it, skipping function words, numbers and
    acronyms ('Sesampainya di TKP KM 01 jalur' starts at 'Sesampainya'), and taking in a role
    word before a name ('Presiden Trump mengatakan').
    """
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, pos, limit)][: max_words + 1]
    for i, (start, token) in enumerate(tokens):
        if i == max_words:  # too long for a headline: cut the usual length, keep the rest
            return start
        glued = next((k for k, ch in enumerate(token) if ch in _OPEN_QUOTE), -1)
        if i > 0 and glued > 0 and token[glued - 1].isalnum():  # 'Dicabut“Sekalipun'
            return start + glued
        if i == 0:
            continue
        if glued == 0 or _NUMBERED.fullmatch(token) or _NEXT_MARKER.match(text, start):
            return start
        if i >= 2 and _starter(token):
            return start
        if _lower_content(token):
            k = i - 1
            while k > 0 and not _capitalised(tokens[k][1]):
                k -= 1
            while k > 1 and tokens[k - 1][1].strip(_TRIM).lower() in ROLES:
                k -= 1
            if k == 0:  # no sentence start found: the headline was one word; keep the rest
                return tokens[1][0]
            return tokens[k][0]
    return limit


_BYLINE_PART = regex.compile(
    r"(?i:(?P<label>reporter|editor|penulis|pewarta|redaktur|sumber|laporan\s+wartawan[^,:|]*)\s*[:,]?\s*)"
    r"(?P<name>[^|:()]+?)\s*(?=\||$|\)|(?i:reporter|editor)\s*:)"
)


def byline_names(text: str) -> tuple[str, ...]:
    """The people a byline names: ``Reporter: A | Editor: B`` -> (A, B); sources are not people."""
    names = []
    for m in _BYLINE_PART.finditer(text):
        if m["label"].lower() == "sumber":
            continue
        name = m["name"].strip(" .,-")
        if name and name not in names:
            names.append(name)
    return tuple(names)


CTA_WORDS = (
    "dapatkan berita", "klik disini", "klik di sini", "daftarlah", "berlangganan", "newsletter",
    "google news", "whatsapp channel", "saluran whatsapp", "ikuti kami", "ikuti berita",
    "unduh aplikasi", "download aplikasi", "kotak masuk anda",
)  # fmt: skip


_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*(?:\s|(?=\p{Lu}))")  # also glued: '... kata Dewi.Ikuti'
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?][\"”’)]*\s+\p{Lu}")


def call_to_action(line: str) -> bool:
    """A line whose first sentence is a sign-up, newsletter, Google News or WhatsApp call to action.

    A call to action glued after article sentences is left to the inline rules.
    """
    low = line.lower()
    first = min((i for word in CTA_WORDS if (i := low.find(word)) >= 0), default=-1)
    return first >= 0 and _SENTENCE_END.search(line, 0, first) is None


_CREDIT_AT_END = regex.compile(
    r"""(?:\((?:[^()]*/[^()]*|[^()]*\bvia\b[^()]*|(?i:foto|dok)[^()]*)\)  # (TASS/Sergei Bobylev via Kremlin)
    |\b(?i:foto|dok|ilustrasi)\s*[:/]\s*\S[^\n]{0,100})$                 # Foto/Sergei Bobylev/TASS
    """,
    regex.VERBOSE,
)


CREDIT_HINTS = ("foto", "dok", "ilustrasi", "/", "via")
COPYRIGHT_HINTS = ("©", "copyright", "hak cipta", "all rights reserved")


def photo_caption(line: str) -> bool:
    """A caption whose photo credit closes the line; only asked above the body."""
    low = line[-130:].lower()
    if not (line.endswith(")") or "foto" in low or "dok" in low or "ilustrasi" in low):
        return False  # cheap refusal: no credit word near the end
    start = max(0, len(line) - 130)
    return _CREDIT_AT_END.search(line, start) is not None


def copyright_line(line: str) -> bool:
    """'Copyright ©2025 SINDOnews.com All Rights Reserved', '2018 © Kontan.co.id ...'."""
    low = line.lower()
    return any(hint in low for hint in COPYRIGHT_HINTS)


def truncated_title(line: str) -> bool:
    """A headline cut short with an ellipsis: 'Jenderal Senior China...' (the page repeats it)."""
    return line.endswith(("...", "…")) and line[0].isupper() and line.count(" ") <= 8


def looks_like_title(line: str) -> bool:
    """The first line is the headline when it is short and not sentences or a dateline.

    Scrapers also put a lead ('Perpanjang SIM kini harus tes lagi. Bagaimana kalau ...?') or a
    dateline alone ('JAKARTA, KOMPAS.com') on the first line: those are the body's.
    """
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 220
        and not line.endswith((".", ",", ";", ":", ".”", '."', "-", "–", "—"))
        and _DATELINE.match(line) is None
        and _DATELINE_ALONE.match(line) is None
        and _INNER_SENTENCE_END.search(line) is None
        and (line[0].isupper() or line[0].isdigit())
    )


def looks_like_headline(line: str, min_words: int = 7) -> bool:
    """A related-article headline injected between paragraphs: Title Case, no final full stop.

    Real subheadings are short or sentence case (their content words are lower case), so they stay;
    Title-Case subheadings ('Daun Apa yang Bikin ASI Lancar?') are short too, hence seven words by
    default. An outlet known to inject short headlines (iNews) asks for fewer.
    """
    if line.endswith((".", ",", ";", ":", "”", '"', "'", ")")):
        return False
    words = line.split()
    if len(words) < min_words or not words[0][:1].isupper() or _READ_ALSO.match(line):
        return False
    if any(_lower_content(w) for w in words):
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitals >= 0.6 * len(words)


_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}\p{Lu}.\s]{1,40}(?:,\s*[^\s-–—]+)?\s*[-–—]")
# 'JAKARTA, KOMPAS.com', 'TANGERANG SELATAN', 'KOMPAS.com -', 'REPUBLIKA.CO.ID, YOGYAKARTA --'
_DATELINE_ALONE = regex.compile(
    r"""(?:\p{Lu}{2,}(?:\ \p{Lu}{2,})*(?:,\s*\S+)?|\S+\.(?i:com|co\.id|id)\b.*)\s*[-–—]*\s*$
    |\S+\.(?i:com|co\.id|id),""",
    regex.VERBOSE,
)

# Pieces the rules below share.
# A person's name: capitalised words with some lower case, so that a glued 'KONTAN.CO.ID' is not one.
NAME = r"\p{Lu}(?:[\p{Ll}'’-]+\.?|\.)(?:\ +(?:\p{Lu}(?:[\p{Ll}'’-]+\.?|\.)|bin|binti|van|de|al-\p{L}+))*"
LABELS = ("reporter", "editor", "penulis", "pewarta", "redaktur", "sumber", "kontributor")
LABEL = rf"(?i:{'|'.join(LABELS)})"
# 'Baca juga:', 'BACA JUGA -', and glued without a colon: 'Baca JugaJadi Lawan ...'.
# Glued to the word before only when capitalised ('A'lamBaca juga:'), never inside one ('terlihat pula').
READ_ALSO = r"""(?:(?<!\w)(?i:baca|lihat|simak)|Baca|Lihat|Simak|BACA|LIHAT|SIMAK)
    \s+(?i:juga|pula)(?:\b|(?=\p{Lu}))\s*(?:[:\-–—]\s*)?"""
_READ_ALSO = regex.compile(READ_ALSO, regex.VERBOSE)

# A whole byline line: labelled values of a few words each (a longer value is article text glued on).
BYLINE = rf"\(?(?:{LABEL}\s*:\s*[^\s|()]+(?:\ [^\s|()]+){{0,5}}(?:\s*\|\s*)?)+\)?"
BYLINE_INLINE = rf"(?:{LABEL}\s*:\s*[^|\n]{{1,60}}?\s*\|\s*)*{LABEL}\s*:\s*{NAME}(?:\s*\))?"
CREDIT_WORD = r"(?:\p{Lu}[\p{L}.]*|@[\p{Ll}\d_.]+)"  # a handle stops at a glued capital: '@ivan_gunawanLebih'
PHOTO_CREDIT = rf"(?<!\w)(?:Foto|FOTO|Dok)\s*/\s*{CREDIT_WORD}(?:[\ /]{CREDIT_WORD})*"
WHATSAPP = r"(?i:ikuti\ whatsapp\ channel)\ \p{Lu}\w+"
SCROLL = r"(?i:scroll\ to\ continue\ with\ content)"
ADVERTISEMENT = rf"(?i:advertisement|iklan|ads)(?:\s+{SCROLL})?|{SCROLL}"
# 'Laporan Wartawan TribunJakarta.com, Bima Putra': the reporter's line above a Tribun article.
REPORT_BY = rf"(?i:laporan)\s+(?:(?i:wartawan|reporter|kontributor)\s+)?[^,\n]{{1,50}}?,?\s+(?P<value>{NAME})"
COMMENT_FORM = r"(?i:leave\ a\ (?:reply|comment)|tinggalkan\ (?:balasan|komentar)).{0,40}"
TAGS = r"(?i:tags?|topik|kata\ kunci|tag\ terkait)\s*:.{0,300}"
BLOG = r"""(?i:posted\ (?:by|in|on)\b.{0,80}|leave\ a\ (?:reply|comment)|tinggalkan\ (?:balasan|komentar)
    |related(?:\ posts)?|komentar|\d+\ komentar)\s*:?"""
INSTAGRAM = r"View\ this\ post\ on\ Instagram|A\ post\ shared\ by\ [^()\n]{1,60}\(@[\w.]+\)"
READ_MORE = r"(?i:baca\ selengkapnya)\s*(?i:di\s*sini)?"
RELATED_LIST = r"""(?i:berita\ terkait|artikel\ terkait|rekomendasi|berita\ terkini|infografis|video\ terkait
    |terpopuler|berita\ populer|baca\ juga|lihat\ juga|topik|tags?|tag\ terkait|pilihan\ editor
    |artikel\ lainnya|berita\ lainnya|selengkapnya|menarik\ dibaca|baca\ berikutnya|berita\ selanjutnya
    |artikel\ selanjutnya|terbaru|berita\ terbaru|populer|paling\ banyak\ dibaca|video\ pilihan)\s*:?"""
SOCIAL = r"(?i:instagram|facebook|twitter|tiktok|youtube|x|threads|whatsapp)\s*:\s*\S+"
# '... 21:45 WIB | dilihat', 'Diperbarui: ...', 'Ahmad Islamy Jamil · Senin, 17 April 2023 - 06:50:00 WIB'
DATE_LABEL = r"""(?:(?i:diperbarui|diterbitkan|dipublikasikan|dipublikasi|terbit|published|updated
    |tanggal)\s*:?\s*)?"""
DATE_AUTHOR = rf"(?:(?>{NAME}(?:\s*,\s*{NAME})*)\s*[·•|\-–]\s*)?"  # atomic: a body line fails fast
# The time is optional: a date alone is page furniture too, but gives no published time.
DATE_LINE = DATE_AUTHOR + DATE_LABEL + dates.DATE + rf"(?:{dates.TIME})?" + r"(?:\s*[|·]\s*[\p{L} ]{1,20})*"
# '(mas)', '(rca/ful)', '(*/hbb)'; a bare '(*)' is the article's own end mark and stays.
EDITOR_INITIALS = r"\((?:\*/)?[a-z]{2,5}(?:/[a-z]{2,5})?\)\.?"

GENERIC = RuleSet(
    plugin="generic",
    rules=(
        # --- head: the lines above the first paragraph ---------------------------------------
        Rule("title", "head", test=looks_like_title, field="title", first=True),
        Rule("date", "head", DATE_LINE, field="published", parse=dates.parse),
        Rule("photo-caption", "head", test=photo_caption, max_len=500, hints=CREDIT_HINTS),
        Rule("byline", "head", BYLINE, field="authors", parse=byline_names),
        Rule("report-by", "head", REPORT_BY, field="authors"),
        # --- trailer: the first of these after the body ends the article ----------------------
        Rule("byline-end", "trailer", BYLINE, field="authors", parse=byline_names),
        Rule("related-list", "trailer", RELATED_LIST),
        Rule("copyright", "trailer", test=copyright_line, max_len=200, hints=COPYRIGHT_HINTS),
        Rule("tags", "trailer", TAGS),
        Rule("comment-form", "trailer", COMMENT_FORM),
        Rule("republished", "trailer", r"(?i:artikel\ ini\ telah\ (?:tayang|terbit)\ di)\b.{0,300}"),
        # --- line: drop wherever they stand ---------------------------------------------------
        Rule("loading", "line", r"(?i:loading)\s*(?:\.{2,}|…)?"),
        Rule("font-size", "line", r"A\ A\ A"),
        Rule("share", "line", r"(?i:bagikan|share|share\ this|bagikan\ artikel\ ini|like\ this)\s*:?"),
        Rule("advertisement", "line", ADVERTISEMENT),
        Rule("blog-furniture", "line", BLOG),
        Rule("truncated-title", "line", test=truncated_title, max_len=100, hints=("...", "…")),
        Rule("editor-initials", "line", EDITOR_INITIALS),
        Rule("call-to-action", "line", test=call_to_action, max_len=300, hints=CTA_WORDS),
        Rule("video-teaser", "line", r"(?i:simak\ video|tonton\ video|\[gambas:video).{0,200}"),
        Rule("hashtags", "line", r"\#\w+(?:[\s,]+\#\w+)*"),
        Rule("social-link", "line", SOCIAL),
        Rule("url", "line", r"https?://\S+"),
        Rule("rule-line", "line", r"[_\-=*~·•]{3,}"),
        Rule("comment-count", "line", r"[-–]\s*\d+|\d+\s+(?i:komentar|comments?)"),
        Rule("handle", "line", r"[\p{Ll}][\p{Ll}\d_.]{2,29}\d[\p{Ll}\d_.]*"),
        Rule("logo", "line", r"(?i:logo)\ \S+(?:\ \S+)?"),
        Rule("embed", "line", r"\[(?i:gambas):[^\]\n]{1,60}\]"),
        Rule("table-of-contents", "line", r"(?i:daftar\ isi)\s*:?"),
        Rule("related-headline", "line", test=looks_like_headline, max_len=200),
        # --- inline: cut out of the middle of a line ------------------------------------------
        Rule("read-also", "inline", READ_ALSO, extend=headline_end, prefixes=("baca", "lihat", "simak")),
        # Only the labels that open a glued byline in practice: each prefix costs a scan of the text.
        Rule("byline-inline", "inline", BYLINE_INLINE, field="authors", parse=byline_names,
             prefixes=("reporter", "editor", "sumber", "penulis")),
        Rule("photo-credit", "inline", PHOTO_CREDIT, prefixes=("foto", "dok")),
        Rule("google-news", "inline", r"(?i:cek\ berita\ dan\ artikel\ yang\ lain\ di\ google\ news)\.?",
             prefixes=("cek berita",)),
        Rule("whatsapp-channel", "inline", WHATSAPP, prefixes=("ikuti whatsapp",)),
        Rule("read-more", "inline", READ_MORE, prefixes=("baca",)),  # shares read-also's scan
        Rule("google-news-cta", "inline", r"Akses\ \S+\ di\ Google\ News[^\n]*", prefixes=("akses ",)),
        Rule("advertisement-inline", "inline", r"ADVERTISEMENT(?:\s+SCROLL\ TO\ CONTINUE\ WITH\ CONTENT)?",
             prefixes=("advertisement",)),
        Rule("loading-inline", "inline", r"(?i:loading)(?:\.{3}|…)", prefixes=("loading",)),
        # '...tewas.(jon)', '... China(wbs)': initials closing a line after punctuation or glued to a word.
        Rule("editor-initials-end", "inline", rf"(?<=[.!?\"”’)][^\S\n]*|[\p{{L}}\d]){EDITOR_INITIALS}$",
             prefixes=("(",)),
        # Two or more hashtags closing a line; one hashtag in a sentence is the article's (a campaign name).
        Rule("hashtags-inline", "inline", r"(?<![\w&])\#[\p{L}\d_]+(?:\s*\#[\p{L}\d_]+)+(?=\s*(?:\(|$))",
             prefixes=("#",)),
        Rule("instagram-embed", "inline", INSTAGRAM, prefixes=("view this post", "a post shared")),
    ),
)

_ENGINE = Engine(GENERIC)


def strip(document: Document, plugin: str = "generic") -> Article:
    """The article in ``document`` by the generic Indonesian rules alone.

    ``plugin`` names who asked, for ``Removed.plugin``; the generic rules are the same.
    """
    article = _ENGINE.strip(document)
    if plugin == GENERIC.plugin:
        return article
    import attrs  # noqa: PLC0415 - only this rare path needs it

    return attrs.evolve(article, removed=tuple(attrs.evolve(r, plugin=plugin) for r in article.removed))
