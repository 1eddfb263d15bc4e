"""The Indonesian boilerplate rules common to many outlets, and the generic stripper.

Outlet plugins compose their own :class:`~corekit.rules.RuleSet` with
:data:`GENERIC` (``Engine(OUTLET, GENERIC)``), so an unknown outlet still
gets these and an outlet gets them too.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator

import attrs
import regex

from corekit import dates
from corekit.lazyre import lazy
from corekit.model import Article, Document, Removed
from corekit.rules import _LINES, Engine, Rule, RuleSet


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

#: Words that open a sentence but not a headline: discourse words and pronouns, the
#: prepositions a Title-Case headline writes in lower case (so 'Pada' mid-run starts a sentence),
#: and the imperatives a tune-in call opens with ('... di Mimpi Amira | Saksikan Layar Drama ...').
SENTENCE_STARTERS = _words(
    """diketahui sebelumnya sementara selain namun kemudian adapun menurut alhasil dus padahal sedangkan
    bahkan akibatnya mengutip melansir dilansir berdasarkan selanjutnya ia dia mereka pihaknya hal di ke
    dari dan yang untuk dengan pada dalam oleh bagi terhadap kepada atau saksikan tonton simak"""
)

#: Words that open a listicle's closing line, which sums up what came before: no headline opens so,
#: though the line may be Title Case ('Demikian Chord Gitar dan Lirik Lagu Batak ...').
CLOSING_WORDS = _words("demikian demikianlah begitulah")

#: Role words that belong to the name after them: the sentence starts at 'Presiden', not 'Trump'.
#: The business pages write the English titles ('Chief Economist PT Bank ..., Banjaran Surya').
ROLES = _words(
    """presiden wakil menteri ketua direktur gubernur kepala wali bupati ekonom analis pengamat juru
    jenderal kapolri kapolda pelatih chief economist analyst ceo cfo coo cto head vp director"""
)

_OPEN_QUOTE = '“"'
#: How a sentence ends; a headline does not end so (it may end in '?' or '!').
_SENTENCE_ENDS = (".", ".”", '."', ".’")
_LOWER = lazy(r"\p{Ll}")
_UPPER = lazy(r"\p{Lu}")
_WORD = lazy(r"\S+")
_NUMBERED = lazy(r"\d{1,2}[.)]")
_WORDLIKE = lazy(r"\p{Lu}[\p{L}'’-]*")
_TRIM = "“”\"‘’'(),:;!?.«»"
#: Another marker right after a headline ends it (its own rule cuts it).
_NEXT_MARKER = lazy(
    r"""(?i:baca|lihat|simak)\s+juga\b|Cek\ Berita\ dan\ Artikel|(?:Foto|FOTO|Dok)/
    |(?:Editor|Reporter|Sumber)\s*:|(?:Langkah|Cara|Tahap|Step)\ \d{1,2}\s*:
    # A schedule's day and date, or a clock time ('... Naik Podium Sabtu, 14 Juni 202500:25 WIB:'): a
    # headline does not hold them, and a schedule has no lower-case word to find its start by.
    |(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),\ \d{1,2}\ \p{Lu}
    |\d{1,2}[.:]\d{2}\ ?(?:WIB|WITA|WIT)\b
    # A site's photo credit ('... Incar Pelajar SMA Kompas.com/Mutia Fauzia Staf Ahli ...'): the
    # caption follows, not the headline. ``\G``: tried where a word starts, never scanned for.
    |\G[\w-]++(?:\.[\w-]++)*?\.(?i:com|co\.id|id)/(?=\p{Lu})""",
    regex.VERBOSE,
)


# An ordinal's prefix ('ke-20', 'se-Asia'): a literal, so str.startswith, not a regex call per word.
_ORDINAL_PREFIXES = ("ke-", "se-")


def _lower_content(token: str) -> bool:
    """A word only a sentence writes in lower case (not a headline's function word, not 'ke-20')."""
    core = token.strip(_TRIM)
    if not core or not core[0].isalpha() or not core[0].islower():
        return False
    low = core.lower()
    # A capital in an ASCII word (most words, read for every line) is one lower() changes: the
    # regex, dear for one word, only for the others.
    if (low != core) if core.isascii() else _UPPER.search(core):  # iPhone, se-Inggris
        return False
    return low not in FUNCTION_WORDS and not core.startswith(_ORDINAL_PREFIXES)


def _capitalised(token: str) -> bool:
    """A word that can start a sentence: a capital, then letters with some lower case (not 'TKP', 'G7')."""
    core = token.strip(_TRIM)
    return _WORDLIKE.fullmatch(core) is not None and _LOWER.search(core) is not None


def _starter(token: str, words: frozenset[str] = SENTENCE_STARTERS) -> bool:
    """Whether ``token`` is one of ``words`` capitalised: a word only a sentence starts with, or a
    preposition a Title-Case headline capitalises (``PREPOSITIONS``)."""
    core = token.strip(_TRIM)
    return core[:1].isupper() and core.lower() in words


def headline_end(text: str, pos: int, limit: int, max_words: int = 30) -> int:
    """Where the headline a ``Baca juga:`` marker links to ends, when the scraper glued the next sentence on.

    The headline is a Title-Case run. It ends before an opening double quote, a numbered list
    item, another marker, a word only a sentence starts with ('Sebelumnya,', a capitalised 'Pada'),
    or the sentence that follows: that sentence shows itself by its first lower-case content word
    and starts at the nearest capitalised word before it, skipping function words, numbers and
    acronyms ('Sesampainya di TKP KM 01 jalur' starts at 'Sesampainya'), and taking in a role
    word before a name ('Presiden Trump mengatakan').

    A marker that opens its own line, on a line that does not end like a sentence, links the
    whole line: 'Baca juga: Kapal Menuju Ashdod, 12 Aktivis termasuk Greta akan Ditahan'.
    """
    line_start = text.rfind("\n", 0, pos) + 1
    ends_sentence = text[pos:limit].rstrip().endswith(_SENTENCE_ENDS)
    if (
        _READ_ALSO.fullmatch(text, line_start, pos)
        and not ends_sentence
        and len(text[pos:limit].split()) <= max_words
    ):
        return limit
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, pos, limit)][: max_words + 1]
    if (
        len(tokens) <= max_words
        and not ends_sentence
        and not any(_lower_content(t) for _, t in tokens)
        and not any(
            _OPEN_QUOTE.find(t[:1]) >= 0 or _NUMBERED.fullmatch(t) or _NEXT_MARKER.match(text, s)
            for s, t in tokens[1:]
        )
    ):
        # Nothing but the headline's words to the end of the line: no sentence follows it ('...
        # Hewan Kurban Menurut Syariat Islam').
        return limit
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
        if i >= 2 and _starter(token) and not _titled_phrase(tokens, i):
            return start
        if _lower_content(token):
            k = i - 1
            while k > 0 and not _capitalised(tokens[k][1]):
                k -= 1
            while k > 1 and tokens[k - 1][1].strip(_TRIM).lower() in ROLES:
                k -= 1
            if k > 1 and _collective_before_place(tokens, k):
                k -= 1  # '... Malapetaka | Bangsa Mesir kuno memuja', not '... Malapetaka Bangsa | Mesir'
            if k == 0:  # no sentence start found: the headline was one word; keep the rest
                return tokens[1][0]
            if k + 1 < i and tokens[k][1].lower() in _UNITS and tokens[k - 1][1][-1:].isdigit():
                k += 1  # a figure keeps its unit: '... Kredit Sritex Rp3,6 Triliun | CLIK, sebagai'
            if tokens[k][1].endswith(","):
                k = _opening_before_comma(tokens, k)
                while k > 1 and tokens[k - 1][1].strip(_TRIM).lower() in ROLES:
                    k -= 1
            start, token = tokens[_known_name_start(text, tokens, k)]
            return start + _glued_opener(token)
    return limit


def _glued_opener(token: str) -> int:
    """Where in ``token`` a sentence glued to the headline's last word opens ('Dini|Sejak'): after
    a lower-case letter, a capitalised word only a sentence opens with; else 0. A brand written in
    camel case ('WhatsApp', 'TikTok') opens with no such word, and stays whole."""
    for m in _GLUED.finditer(token, 1):
        word = token[m.start() :].strip(_TRIM)
        if token[m.start() - 1].islower() and word.lower() in _GLUED_OPENERS:
            return m.start()
    return 0


#: How far before a name in commas its role may stand: a title and a company's full name
#: ('Chief Economist PT Bank Syariah Indonesia Tbk (BSI), Banjaran Surya Indrastomo,').
_ROLE_REACH = 12


def _opening_before_comma(tokens: list[tuple[int, str]], k: int) -> int:
    """Where a sentence starts whose first words before ``k`` close with a comma.

    It opens with a place or a time ('Di Jakarta Selatan, polisi ...') a few words back, or with a
    role and a body before the name ('Direktur Jenderal AHU, Widodo, dalam ...'). The role may
    stand further back over a company's name; that run is capitalised words, so a lower-case
    headline word stops the search there.
    """
    for j in range(k - 1, max(1, k - _ROLE_REACH), -1):
        word = tokens[j][1]
        near = j > k - 4
        if word.lower() in ROLES or near and _starter(word, PREPOSITIONS):
            return j
        if not near and not (word[:1].isupper() or word[:1] == "("):
            break
    return k


def _known_name_start(text: str, tokens: list[tuple[int, str]], k: int) -> int:
    """``k``, or the word before it where a multi-word name the gazetteer knows starts and runs
    over ``k``: the cut never splits 'Sri | Mulyani' or 'Gedung | Putih'."""
    names = _multiword_names()
    for j in range(k - 1, max(0, k - 3), -1):
        start = tokens[j][0]
        for name in names.get(tokens[j][1], ()):
            end = start + len(name)
            if end > tokens[k][0] and text.startswith(name, start) and not text[end : end + 1].isalnum():
                return j
    return k


@functools.lru_cache(maxsize=1)
def _multiword_names() -> dict[str, tuple[str, ...]]:
    """The gazetteer's names of two words or more (places, organisations, people), by first word."""
    from corekit.names.gazetteer import gazetteer  # built on first use: most texts never ask

    found = gazetteer()
    by_first: dict[str, list[str]] = {}
    for name in (*found.surfaces, *found.people):
        first, blank, _ = name.partition(" ")
        if blank:
            by_first.setdefault(first, []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}


#: Collective nouns that belong to the place after them, as a sentence opens: 'Bangsa Mesir kuno',
#: 'Warga Gaza', 'Pemerintah China'.
COLLECTIVES = _words("bangsa warga rakyat masyarakat penduduk pemerintah")


def _collective_before_place(tokens: list[tuple[int, str]], k: int) -> bool:
    """Whether the word before ``k`` is a collective noun that opens the sentence with the place at
    ``k``. A headline may end in one too, after a preposition or a count ('... Disalurkan kepada
    Warga | Aceh kembali dilanda banjir', '... Rumah 300 Warga'), or before a word that is no place
    ('... Beban Pemerintah | Pemikiran akan ...'): those stay the headline's."""
    before = tokens[k - 2][1].strip(_TRIM).lower()
    if tokens[k - 1][1].lower() not in COLLECTIVES or before in FUNCTION_WORDS or before[:1].isdigit():
        return False
    from corekit.names.gazetteer import gazetteer  # built on first use: most texts never ask

    entry = gazetteer().surfaces.get(tokens[k][1].strip(_TRIM))
    return entry is not None and entry.kind == "place"


_UNITS = frozenset(("ribu", "juta", "miliar", "triliun", "persen"))
#: Prepositions a Title-Case headline capitalises ('Dampak Tarif Trump Minim Terhadap Inflasi').
PREPOSITIONS = _words("di ke dari untuk dengan pada dalam oleh bagi terhadap kepada")


def _titled_phrase(tokens: list[tuple[int, str]], i: int) -> bool:
    """Whether the capitalised preposition at ``i`` goes on with two capitalised words or acronyms,
    as in a headline ('... Minim Terhadap Inflasi Domestik', '... Positif Ke Ekonomi RI'); a
    sentence that opens with one has a lower-case word, a date or a number within two ('Di lain
    sisi', 'Pada Rabu (9/4),', 'Dalam RUPST perdana')."""
    if not _starter(tokens[i][1], PREPOSITIONS) or i + 2 >= len(tokens):
        return False
    nxt, then = tokens[i + 1][1], tokens[i + 2][1]
    if (
        nxt.endswith(",")
        or nxt.strip(_TRIM).lower() in _TIME_WORDS
        or not _WORDLIKE.fullmatch(nxt.strip(_TRIM))
    ):
        return False  # 'Di Jakarta, polisi ...', 'Pada Senin lalu ...'
    # A function word after one capitalised word ends the headline there ('... Anjlok Paling Dalam
    # | Indonesia juga terkena'): the sentence starts further on.
    core = then.strip(_TRIM)
    return _WORDLIKE.fullmatch(core) is not None or core.lower() in FUNCTION_WORDS


_TIME_WORDS = frozenset((*dates.DAYS, *dates.MONTHS, "hari", "tahun", "bulan", "pekan", "minggu"))


_BYLINE_PART = lazy(
    r"(?i:(?P<label>reporter(?:\s+magang)?|editor|penyunting|penulis|pewarta|redaktur|kontributor|sumber"
    r"|laporan\s+wartawan[^,:|]*)\s*[:,]?\s*)"
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
    "dapatkan berita", "klik disini", "klik di sini", "klik\xa0di sini", "klik\xa0disini", "daftarlah",
    "berlangganan", "newsletter", "google news", "whatsapp channel", "saluran whatsapp", "ikuti kami",
    "ikuti berita", "unduh aplikasi", "download aplikasi", "kotak masuk anda",
    # 'Dapatkan update berita pilihan ... Mari bergabung di Grup Telegram': the group is named in the
    # second sentence, and 'grup Telegram' alone is a story's ('disebar lewat grup Telegram').
    "dapatkan update berita",
    # Kompas.com's WhatsApp-channel call on one line names the channel in its second sentence.
    "simak breaking news",
    # The words turned round: 'Gabung ke Channel WhatsApp Kabarmu'; the story's 'lewat channel
    # Telegram miliknya' neither opens with a call nor speaks to the reader.
    "channel whatsapp", "kanal whatsapp", "channel telegram",
)  # fmt: skip


#: An embedded tweet closes with its picture link, then maybe its author's line: '... (via
#: France).pic.twitter.com/kWrI9KVoqX', '... pic.twitter.com/Q1w2 — Name (@handle) June 10, 2025'.
_TWEET_END = lazy(r"pic\.twitter\.com/\w+(?:\s*[—–-]\s*[^\n]{1,120})?$")


def embedded_tweet(line: str) -> bool:
    """A tweet the page embeds: its text ends in its picture link (and the author's line); the
    article's own sentence never does."""
    return _TWEET_END.search(line) is not None


#: Where a share button sends the page.
_SHARE_TARGET = (
    r"(?i:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|e-?mail|(?:salin|copy)\ link)"
)
_SHARE_ROW = lazy(
    rf"(?:(?i:bagikan|share)\s*:?\s*)?{_SHARE_TARGET}(?:(?:\s*[|,·•/]\s*|\s+){_SHARE_TARGET})+"
    r"|(?i:salin|copy)\ (?i:link|tautan)"
)
SHARE_HINTS = ("facebook", "twitter", "whatsapp", "telegram", "linkedin", "salin ", "copy link")


def share_buttons(line: str) -> bool:
    """The share buttons' labels on a line: 'Facebook Twitter WhatsApp Salin Link', 'Bagikan:
    Facebook | X', 'Salin tautan'. Two names at least: one alone may be a list's item. A test on the
    lines holding a hint: the names in the body's one alternation cost every process's first document."""
    return _SHARE_ROW.fullmatch(line) is not None


# The page's counters, its pages' numbers and its links between pages, which no sentence is:
# 'Dibaca 1.234 kali', 'Waktu baca 3 menit', '3 menit membaca', 'Halaman: 1 2 3', '1 2 3
# Selanjutnya', 'Sebelumnya', 'Lihat Semua', 'Muat lebih banyak'; and its buttons' labels: 'Lihat
# Selengkapnya' under a folded text, the audio player's 'Dengarkan berita ini', 'Ukuran Font',
# 'Halaman 2 >'.
_PAGE_FURNITURE = lazy(
    r"""(?:dibaca|dilihat)\s*:?\s*\d[\d.,]*(?:\ ?(?:kali|x))?
    |(?:waktu|lama)\ baca\s*:?\s*\d{1,2}\ ?(?:menit|min)
    |\d{1,2}\ ?(?:menit|min)\ (?:membaca|baca)
    |(?:halaman\s*:?\s*)?\d{1,2}(?:\ \d{1,2})+(?:\ (?:selanjutnya|berikutnya|next)\s*[>»›]*)?
    |(?:[<«‹]\s*)?(?:selanjutnya|sebelumnya|berikutnya|next|prev|previous|lihat\ semua|muat\ lebih\ banyak
      |load\ more)\s*[>»›]*
    |lihat\ selengkapnya|dengarkan(?:\ berita(?:\ ini)?)?|ukuran\ (?:font|huruf|teks)|link\ copied
    |tautan\ disalin|bookmark|play\ audio|show\ (?:more|less)|lanjut(?:kan)?\ baca
    |halaman\ \d{1,2}\s*[>»›]+""",
    regex.VERBOSE | regex.IGNORECASE,
)
PAGE_FURNITURE_HINTS = (
    "dibaca", "dilihat", "baca", "halaman", "selanjutnya", "sebelumnya", "berikutnya", "next", "prev",
    "lihat semua", "muat lebih", "load more", "selengkapnya", "dengarkan", "ukuran", "copied", "disalin",
    "bookmark", "play audio", "show more", "show less", "lanjut",
)  # fmt: skip


def page_furniture(line: str) -> bool:
    """A counter of the page, its pages' numbers or a link to another page. A test on short lines
    holding a hint: in the body's alternation the branches cost every process's first document more."""
    m = _PAGE_FURNITURE.fullmatch(line)
    # Numbers alone are a table's row, not the pages': they need 'Halaman' or the link after them.
    return m is not None and not line.replace(" ", "").isdigit()


_SENTENCE_END = lazy(r"[.!?][\"”’)]*(?:\s|(?=\p{Lu}))")  # also glued: '... kata Dewi.Ikuti'
_INNER_SENTENCE_END = lazy(r"\p{Ll}{2}[.!?][\"”’)]*\s+\p{Lu}")
# A call-to-action word starts a word: 'mengunduh aplikasi JMO' is an article's how-to, not a CTA.
_CTA = lazy(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in CTA_WORDS) + ")", regex.IGNORECASE)


def call_to_action(line: str) -> bool:
    """A line whose first sentence is a sign-up, newsletter, Google News or WhatsApp call to action.

    A call to action glued after article sentences is left to the inline rules.
    """
    m = _CTA.search(line)
    if m is None:
        return False
    # A short line that starts in lower case is the tail of a call to action split over lines
    # ('kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel :').
    if len(line) <= 160 and line[0].islower():
        return True
    # One past the call's start: the glued case's lookahead reads the call's capital ('tenang.Ikuti').
    return _SENTENCE_END.search(line, 0, m.start() + 1) is None and _addresses_reader(line)


#: Who a call to action speaks to, or where it sends: the reader, the site, the link.
_READER = lazy(
    r"(?<!\w)(?:anda|kamu|kami|ponselmu|gawaimu|di\ ?sini|kotak\ masuk)(?!\w)|\w\.(?:com|co\.id)\b",
    regex.IGNORECASE,
)
_CALL_MARKS = " \t([*•>-–—"


def _addresses_reader(line: str) -> bool:
    """A call opens with its verb ('Ikuti ...', '(Ayo ikuti ...') or speaks to the reader: a sentence
    that names a call's words ('warga yang berlangganan internet', 'lewat Google News') does neither.
    A quote's 'kami' is its speaker's."""
    if _CALL_OPENING.match(line.lstrip(_CALL_MARKS)):
        return True
    return '"' not in line and "“" not in line and _READER.search(line) is not None


_CREDIT_AT_END = lazy(
    # The lookahead first settles that the bracket closes the line, so each '(' costs one scan to
    # the next bracket: without it a '(' followed by a long run of '/' retried every one (quadratic).
    r"""(?:\((?=[^()]*+\)$)(?:[^()]*?/|[^()]*?\bvia\b|(?i:foto|dok))[^()]*+\)  # (TASS/Sergei via Kremlin)
    |\b(?i:foto|dok|ilustrasi)\s*[:/]\s*\S[^\n]{0,100})$                        # Foto/Sergei Bobylev/TASS
    """,
    regex.VERBOSE,
)


CREDIT_HINTS = ("foto", "dok", "ilustrasi", "/", "via")
COPYRIGHT_HINTS = ("©", "copyright", "hak cipta", "all rights reserved")


def photo_caption(line: str) -> bool:
    """A caption whose photo credit closes the line; only asked above the body.

    A line the dateline opens ('JAKARTA - ...') is the article's first paragraph, whatever credit
    it holds: when it is the only one, its close is the head's last line too."""
    low = line[-130:].lower()
    if not (line.endswith(")") or "foto" in low or "dok" in low or "ilustrasi" in low):
        return False  # cheap refusal: no credit word near the end
    if _DATELINE.match(line) is not None:
        return False
    m = _CREDIT_AT_END.search(line, max(0, len(line) - 130))
    return m is not None and _DESK_INITIALS.fullmatch(m.group()) is None


# The notice, not the words: the sign, the reservation, or the word with its year. A paragraph about
# copyright law ('melanggar Undang-Undang Hak Cipta') is the article's, and the rule ends the article.
_COPYRIGHT = lazy(
    r"""©|all\ rights?\ reserved|hak\ cipta\ dilindungi\ undang
    |(?:copyright|hak\ cipta)\s*(?:[©@]|\(c\))?\s*\d{4}
    |^copyright(?:\W+\w+){0,4}\W*$""",
    regex.VERBOSE | regex.IGNORECASE,
)


def copyright_line(line: str) -> bool:
    """'Copyright ©2025 SINDOnews.com All Rights Reserved', '2018 © Kontan.co.id ...', 'Copyright
    2008 - 2023 PT. Kompas Cyber Media', 'Hak cipta dilindungi undang-undang'."""
    return _COPYRIGHT.search(line) is not None


def truncated_teaser(line: str) -> bool:
    """A long teaser cut inside a word ('... di Daisy Jones & The Six, tayan...'): a video or
    product card's blurb the page truncates. A writer's ellipsis follows a whole word, and a
    sentence that trails off is seldom so long, so only a cut word past 150 characters counts."""
    if len(line) < 150:
        return False
    m = _CUT_WORD.search(line)
    if m is None:
        return False
    from corekit.names.words import english_common, root_words  # the word lists load on first use

    word = m.group(1).lower()
    return word not in root_words() and word not in english_common()


_CUT_WORD = lazy(r"(?<![\w-])(\p{L}{1,8})(?:\.\.\.|…)$")


# A photo credit glued to its caption (a line rule's pattern, matched at a line's start only).
GLUED_CAPTION = r"""(?:(?i:foto|ilustrasi)\s*:|(?i:dok)\s*[:.])\s*[^\n]{1,60}?\p{Ll}(?=\p{Lu})[^\n]{0,200}
    |[\w-]+\.(?i:com|co\.id|id)(?=\p{Lu}\p{Ll})[^\n]{0,200}
    |\p{Lu}{3,}(?:\ \p{Lu}+)*/\p{Lu}[\p{Lu}\ .]*?\p{Lu}(?=\p{Lu}\p{Ll})[^\n]{0,200}"""


# The start of a line that opens with a credit glued to the caption's first word: 'Dok. Hyundai
# MotorTVS Motor dan ...', and a site's credit that names its source: 'Tokopedia/kompas.comVario 110, ...'.
# Only matched at a line's start: ``\G`` keeps a scan from retrying the word run at every position.
_GLUED_CREDIT_START = lazy(
    r"\G(?:[\w.-]++/)?[\w-]+\.(?i:com|co\.id|id)(?=\p{Lu}\p{Ll})|\G(?i:dok)\s*[:.]\s*[^\n]{1,60}?\p{Ll}(?=\p{Lu})"
)
GLUED_CREDIT_HINTS = ("dok", ".com", ".co.id", ".id")
#: Two more credits glued to a caption, tests on the lines that hold their hint rather than line
#: patterns: read on every line, the run of words before 'Ilustrasi' cost strip an eighth more.
#: A stock photo's source and photographer ('Pexels/Andrea PiacquadioApakah tidur ...'): the caption
#: may repeat the lead's question and answer, so a sentence or two, never a paragraph. Not a site's
#: credit ('Beritaku.com/Rina Lestari'): its sentences may be the article's. And any credit glued to an
#: illustration's caption, a phrase: 'iQoo IndiaIlustrasi layar iQoo ...'.
_STOCK_CAPTION = lazy(
    r"""\p{Lu}\p{L}*+/\p{Lu}\p{Ll}++(?:\ \p{Lu}\p{Ll}++){0,3}(?=\p{Lu}\p{Ll})
    [^\n.!?]{1,150}(?:[.!?]\ [^\n.!?]{1,150})?[.!?]?""",
    regex.VERBOSE,
)
_GLUED_ILLUSTRATION = lazy(r"(?:[\p{L}\d.]++\ ){0,3}[\p{L}\d.]*?\p{Ll}Ilustrasi\ [^\n.!?]{1,200}")


def stock_photo_caption(line: str) -> bool:
    return _STOCK_CAPTION.fullmatch(line) is not None


def glued_illustration(line: str) -> bool:
    return _GLUED_ILLUSTRATION.fullmatch(line) is not None


def long_glued_caption(line: str) -> bool:
    """A caption whose credit is glued to its first word, past what ``GLUED_CAPTION`` reads: over
    its 200 characters, or a site's credit after its source.

    A caption may repeat the article's lead, so it runs long, but it is one sentence: a paragraph
    of sentences after a glued dateline ('Liputan6.comSebanyak ...') is the article's.
    """
    m = _GLUED_CREDIT_START.match(line)
    return m is not None and _INNER_SENTENCE_END.search(line, m.end()) is None  # not 'Dok. Hyundai'


#: A caption's credit closing its line, in brackets or the news agency's: '... kota. (FOTO: Dok.
#: Humas)', '... (Dok. Pribadi)', '... [Foto: Andi]', '... Senin (9/6/2025). ANTARA FOTO/Budi
#: Santoso/aww.', '... (ANTARA/Budi Santoso)'. No sentence end in the credit, so article text after
#: it keeps the line.
_CLOSING_CREDIT = lazy(
    r"""[(\[](?:(?:Foto|FOTO)\s*:|(?i:dok)\.)\s*[^\n()\[\]]{1,60}[)\]]
    |(?:ANTARA\ FOTO|ANTARA|FOTO)/\p{Lu}[^\n.!?]{0,80}\.?|\(ANTARA(?:\ FOTO)?/\p{Lu}[^\n()]{0,60}\)""",
    regex.VERBOSE,
)
CLOSING_CREDIT_HINTS = ("(foto", "[foto", "(dok", "foto/", "antara/")
_CAPTION_MAX = 150


def caption_closing_credit(line: str) -> bool:
    """A caption of a phrase or a sentence whose photo credit closes the line: the credit starts at
    the line's last bracket, 'ANTARA' or 'FOTO/', with up to a caption's length of text before it."""
    for at in (line.rfind(" ("), line.rfind(" ["), line.rfind(" ANTARA"), line.rfind(" FOTO/")):
        if 0 < at <= _CAPTION_MAX and _CLOSING_CREDIT.fullmatch(line, at + 1) is not None:
            return True
    return False


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
        # words[0], not line[0]: str.split() also treats U+001C..U+001F as blanks, and the body
        # strips them, so a title test on the raw first character would change on a second clean.
        and _opens_like_a_title(words[0])
    )


def _opens_like_a_title(word: str) -> bool:
    # A headline may open with the quote it reports: '"Kami Butuh Bantuan," Kata Warga ...'.
    first = word.lstrip(_OPEN_QUOTE)[:1] or word[0]
    return first.isupper() or first.isdigit()


def looks_like_headline(line: str, min_words: int = 7, max_lower: int = 0) -> bool:
    """A related-article headline injected between paragraphs: Title Case, no final full stop.

    Real subheadings are short or sentence case (their content words are lower case), so they stay;
    Title-Case subheadings ('Daun Apa yang Bikin ASI Lancar?') are short too, hence seven words by
    default. An outlet known to inject short headlines (iNews) asks for fewer; where the place says
    a headline stands (under a bare 'Baca juga:'), ``max_lower`` lower-case words may pass.
    """
    if line.endswith((".", ",", ";", ":", "”", '"', "'", ")")):
        return False
    if line.count("(") != line.count(")"):  # a sentence a link split: 'Presiden Partai Keadilan Sejahtera ('
        return False
    words = line.split()
    if len(words) < min_words or not words[0][:1].isupper() or _READ_ALSO.match(line):
        return False
    if words[0].lower() in CLOSING_WORDS:
        return False
    if (sum(map(_lower_content, words)) > max_lower) if max_lower else any(map(_lower_content, words)):
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitals >= 0.6 * len(words)


_REAL_WORD = lazy(r"\p{L}{3,}")


def injected_headline(line: str) -> bool:
    """:func:`looks_like_headline` with four words or more of three letters or more: a line of
    chords ('Dmaj7    E     C#m7   F#m E F#m E') is capitalised throughout too."""
    if not looks_like_headline(line):
        return False
    return sum(1 for w in line.split() if _REAL_WORD.fullmatch(w.strip(_TRIM))) >= 4


# 'Berita LainnyaRia Ricis ...', 'Baca berita lainnya:10 Aktris ...', 'Yuk baca artikel lainnyaSinopsis':
# the marker of a related list with its headlines glued on, a colon or a capital right after it.
RELATED_RUN = r"""(?:(?:(?i:yuk\ )?(?i:baca)\ )?(?i:berita|artikel)\ (?i:menarik\ )?(?i:lainnya)
    |(?i:yuk\ baca\ juga))(?:\s*:\s*|(?=[\p{Lu}\d]))(?=[\p{Lu}\d'"‘“])"""
_RELATED_RUN = lazy(RELATED_RUN, regex.VERBOSE)


def related_run(line: str) -> bool:
    """A line opening on a related list's marker with the headlines glued after it. A paragraph
    opening on the same words ('Berita lainnya: Polisi menutup ...') ends like a sentence."""
    m = _RELATED_RUN.match(line)
    return m is not None and not line.endswith((".", '."', ".”"))


#: What a related headline's line may open with: a bullet, or a link's arrow ('>> Judul', '» Judul').
BULLETS = ("•", "●", "»", "›", ">>")


def bullet_headline(line: str) -> bool:
    """'• Raffi Ahmad Libatkan Anak Angkat ...': a related article's headline behind a bullet, read as
    :func:`injected_headline` reads one without. The article's own list is sentence case."""
    bullet = next((b for b in BULLETS if line.startswith(b)), None)
    return bullet is not None and injected_headline(line[len(bullet) :].lstrip(" \xa0"))


# Matched at a line's start only: ``\G`` keeps a scan from retrying the bounded run everywhere.
_DATELINE = lazy(r"\G\p{Lu}[\p{Lu}\p{Lu}.\s]{1,40}(?:,\s*[^\s-–—]+)?\s*[-–—]")
# 'JAKARTA, KOMPAS.com', 'TANGERANG SELATAN', 'KOMPAS.com -', 'REPUBLIKA.CO.ID, YOGYAKARTA --'
# Only ever matched at a line's start: ``\G`` keeps a scan from retrying at every position. The
# capitals and the tail are possessive (what they give back could never match what follows them)
# and the masthead lazy and atomic (wherever it ends, the rest of the line decides alike), so one
# start costs linear time too.
_DATELINE_ALONE = lazy(
    r"""\G(?:(?:\p{Lu}{2,}+(?:\ \p{Lu}{2,}+)*+(?:,\s*\S+)?|(?>\S+?\.(?i:com|co\.id|id)\b).*+)\s*+[-–—]*+\s*+$
    |\S+?\.(?i:com|co\.id|id),)""",
    regex.VERBOSE,
)

# Pieces the rules below share.
# A person's name: capitalised words with some lower case, so that a glued 'KONTAN.CO.ID' is not one.
NAME = r"\p{Lu}(?:[\p{Ll}'’-]+\.?|\.)(?:\ +(?:\p{Lu}(?:[\p{Ll}'’-]+\.?|\.)|bin|binti|van|de|al-\p{L}+))*"
# 'reporter magang': an intern's credit under a KLY story ('Reporter Magang: Sinta Mawarni').
LABELS = ("reporter", "reporter magang", "editor", "penulis", "pewarta", "redaktur", "sumber", "kontributor")
LABEL = "(?i:" + "|".join(label.replace(" ", r"\ ") for label in LABELS) + ")"  # VERBOSE patterns hold it
# 'Baca juga:', 'BACA JUGA -', and glued without a colon: 'Baca JugaJadi Lawan ...'.
# Glued to the word before only when capitalised ('A'lamBaca juga:'), never inside one ('terlihat pula').
# In lower case it is a marker only with a colon or a dash, or glued to a capital ('simak
# jugaRekomendasi ...'): '... namanya dan baca pula di surat kabar' is the verb.
# The KLY sites call it out: 'Yuk baca juga:'. The older marker has no 'juga': '(Baca: ...)', a
# capital and a colon, where a sentence may start ('bertuliskan Baca: Jendela Dunia' is a quote).
# The word before the look-behind: read first, the look-behind's run of blanks is read at every
# position of a long blank run (quadratic with regex 2026.12).
READ_ALSO = r"""(?:(?i:yuk)\ )?
    (?:(?:(?<!\w)(?i:baca|lihat|simak)(?<!baca|lihat|simak)|Baca|Lihat|Simak|BACA|LIHAT|SIMAK)
    \s+(?i:juga|pula)(?:\b|(?=\p{Lu}))\s*(?:[:\-–—]\s*)?
    |(?<!\w)(?:baca|lihat|simak)\s+(?i:juga|pula)(?:\s*[:\-–—]\s*|(?=\p{Lu}))
    |(?=Baca|BACA)(?<=^|[\n(\[.!?"”’)][^\S\n]*)(?:Baca|BACA)\ ?:\s*)"""
_READ_ALSO = lazy(READ_ALSO, regex.VERBOSE)

#: Where a scraper glued two texts together: a lower-case letter, digit or closing mark right
#: before a capital or an opening quote ('ServerTiket', 'Baru"Untuk', 'Kerja“Pemerintah').
_GLUED = lazy(r"(?<=[\p{Ll}\d)?!])[\p{Lu}\"“]")
#: The words a sentence glued to a headline may open with, which no camel-case brand ends in.
_GLUED_OPENERS = SENTENCE_STARTERS | FUNCTION_WORDS
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

# A whole byline line: labelled values of a few words each (a longer value is article text glued on).
BYLINE = rf"\(?(?:{LABEL}\s*:\s*[^\s|()]+(?:\ [^\s|()]+){{0,5}}(?:\s*\|\s*)?)+\)?"
# A wire credit may shout its name ('sumber : ANTARA'): one upper-case word, alone.
# Not in brackets inside a sentence, which cite a source ('naik 0,4 persen (Sumber: BPS) dan'); in
# brackets after the last sentence, the brackets go too: '... kata dia. (Penulis: Ayu Lestari)'.
BYLINE_INLINE = (
    rf"""(?:(?<=[.!?"”’][^\S\n]*)\((?={LABEL})|(?<!\([^\S\n]*))"""
    rf"(?:{LABEL}\s*:\s*[^|\n]{{1,60}}?\s*\|\s*)*{LABEL}\s*:\s*(?:{NAME}|\p{{Lu}}{{2,}}(?![\w-]))"
    # A source's year after it ('Sumber: Bursa Efek Indonesia, 2019').
    r"(?:,\ \d{4}(?!\d))?(?:\s*\))?"
)
# A source alone, no other label glued on ('Sumber: RandomEditor: Oki Budiman' names the editor).
SOURCE_ONLY = r"\(?(?i:sumber)\s*:[^:\n]*$"
_SOURCE_LINE = lazy(r"\(?(?i:sumber)\s*:\s*[^\s|():]+(?:\ [^\s|():]+){0,5}\)?")


def source_credit(line: str) -> bool:
    """'Sumber: Badan Pangan Nasional' on a line of its own: under a table too, so not a trailer."""
    return _SOURCE_LINE.fullmatch(line) is not None


CREDIT_WORD = r"(?:\p{Lu}[\p{L}.]*|@[\p{Ll}\d_.]+)"  # a handle stops at a glued capital: '@ivan_gunawanLebih'
# The news agency's own credit, which every outlet prints under its pictures, names the agency
# first and closes with the desk's initials: 'ANTARA FOTO/Budi Santoso/aww.'.
PHOTO_CREDIT = (
    rf"(?<!\w)(?:ANTARA\ )?(?:Foto|FOTO|Dok)\s*/\s*{CREDIT_WORD}(?:[\ /]{CREDIT_WORD})*"
    r"(?:/[\p{Ll}\d]{2,5}(?!\w)\.?)?"
)
WHATSAPP = r"(?i:ikuti\ whatsapp\ channel)\ \p{Lu}\w+"
# detik's ad break, and its sister sites' wording: 'SCROLL TO RESUME CONTENT'.
SCROLL = r"(?i:scroll\ to\ (?:continue\ with|resume)\ content)"
# A sponsor's label over the text: 'Sponsored', 'Konten Promosi'.
ADVERTISEMENT = (
    rf"(?i:advertisement|iklan|ads)(?:\s+{SCROLL})?|{SCROLL}"
    r"|(?i:sponsored|konten\ (?:promosi|sponsor|bersponsor)|artikel\ bersponsor)"
)
# 'Laporan Idris Ismail I Pidie': a regional desk names reporter and place, its bar scraped as a
# capital I. Read as REPORT_BY, the place would be the author, so REPORT_BY leaves that shape to
# REPORT_BY_PLACE. Some pages put a teaser line above it, so it is taken wherever it stands: no
# article sentence is 'Laporan', a name, a bar and a place.
_PLACE_BAR = r"\ [I|]\ \p{Lu}"
REPORT_BY_PLACE = rf"(?i:laporan)\ (?P<value>{NAME}){_PLACE_BAR}[\p{{L}}\ ]{{0,30}}"
# 'Laporan Wartawan TribunJakarta.com, Bima Putra': the reporter's line above a Tribun article.
REPORT_BY = (
    rf"(?i:laporan)\s+(?!{NAME}{_PLACE_BAR})(?:(?i:wartawan|reporter|kontributor)\s+)?[^,\n]{{1,50}}?,?\s+"
    rf"(?P<value>{NAME})"
)
# An opinion column's author line above it, which the title test would take for the headline:
# 'Oleh: Dr Budi Santoso MA', 'Oleh : Ustaz Rahmat Hidayat, Pengasuh Pesantren ...' (the colon: a
# paragraph opens 'Oleh karena itu'), or the author, his degrees and what he does: 'Dr Hamdani M
# Syam MA, Dosen ...'. The degree before the comma and the occupation after it: a headline has a
# name and a post ('Prof Budi, Guru Besar yang ...') or the court ('... Temui MA, Ketua KY ...').
DEGREE = r"""(?:M\.?A|M\.?Si|M\.?Sc|M\.?Pd|M\.?Hum|M\.?Kom|M\.?Ag|M\.?H|S\.?H|S\.?E|S\.?Sos|S\.?Pd
    |S\.?Ag|S\.?IP|S\.?Kom|Lc|Ph\.?D|MBA)\.?"""
COLUMNISTS = ("Dosen", "Pengamat", "Peneliti", "Guru Besar", "Mahasiswa", "Alumnus", "Alumni", "Praktisi",
              "Pegiat", "Pemerhati", "Akademisi", "Analis", "Ekonom", "Staf Pengajar", "Pengajar")
COLUMNIST = "(?:" + "|".join(word.replace(" ", r"\ ") for word in COLUMNISTS) + ")"
COLUMNIST_NAME = r"\p{Lu}[\p{L}'’.-]*(?:\ \p{Lu}[\p{L}'’.-]*){0,6}?"  # 'Dr Hamdani M Syam'
OPINION_BY = rf"""(?i:oleh)\ ?:\ *(?P<value>[^,\n]{{2,60}}?)(?:,\ [^\n]{{1,200}})?
    |(?P<value>{COLUMNIST_NAME}(?:,?\ {DEGREE})+),\ {COLUMNIST}\b[^\n]{{0,200}}"""
OPINION_HINTS = ("oleh", *(word.lower() for word in COLUMNISTS))
COMMENT_FORM = r"(?i:leave\ a\ (?:reply|comment)|tinggalkan\ (?:balasan|komentar)).{0,40}"
# Not a sentence, which ends the article's paragraph, not the article: 'Topik: ketahanan pangan
# menjadi bahasan utama forum itu.'
TAGS = r"(?i:tags?|topik|kata\ kunci|tag\ terkait)\s*:.{0,300}(?<![.!?][\"”’)]?)"
BLOG = r"""(?i:posted\ (?:by|in|on)\b.{0,80}|leave\ a\ (?:reply|comment)|tinggalkan\ (?:balasan|komentar)
    |related(?:\ posts)?|komentar|\d+\ komentar|(?:kirim|tulis)\ komentar)\s*:?"""
BLOG_HINTS = ("posted", "leave a", "tinggalkan", "related", "komentar")
# An Instagram embed's text, in English or in the Indonesian locale.
INSTAGRAM = r"""View\ this\ post\ on\ Instagram|Lihat\ postingan\ ini\ di\ Instagram
    |(?:A\ post\ shared\ by|Sebuah\ kiriman\ dibagikan\ oleh)\ [^()\n]{1,60}\(@[\w.]+\)"""
#: A Google News / WhatsApp channel call to action glued to the end of the last paragraph:
#: 'Akses TribunJakarta.com di Google News atau WhatsApp Channel TribunJakarta.com. Pastikan ...'.
CTA_AT_END = r"""(?:Akses|Baca\ berita|Ikuti\ (?:berita|kami|saluran)|Dapatkan\ (?:berita|update)
    |Simak\ berita)\ [^\n]{0,80}?(?i:google\ news|whatsapp\ channel|saluran\ whatsapp)[^\n]{0,200}$"""
EMBED_POINTER = r"""(?:Simak|Saksikan|Tonton|Lihat)\ (?:juga\ )?
    (?:trailer|teaser|cuplikan|tayangan|klip|unggahan|postingan|video   # 'Saksikan video di bawah ini:'
    |(?:komentar|pernyataan|wawancara|keterangan)\ lengkap)
    \b[^\n.!?]{0,100}?\ (?:di\ bawah\ ini|berikut(?:\ ini)?)[.:!]?
    # A story split over pages: 'Simak berita selengkapnya di halaman berikutnya.'
    |(?i:simak|baca)\ [^\n.!?]{0,40}?\ di\ halaman\ (?:berikutnya|selanjutnya)[.:!]?"""
READ_MORE = r"(?i:baca\ selengkapnya)\s*(?i:di\s*sini)?"
_READ_HERE_CALL = r"\ (?i:baca|cek|klik|simak|lihat)\ (?:\p{Ll}+\ ){0,3}?(?i:di\ ?sini)(?:\ \p{Ll}+(?=[.!]))?"
READ_HERE = (
    rf"(?:,\ ?(?i:selengkapnya){_READ_HERE_CALL}(?=[.!]|$)"
    rf"|(?<=[.!?\"”]\s*|^)(?i:selengkapnya){_READ_HERE_CALL}[.!]?)"
)
RELATED_LIST = r"""(?i:berita\ terkait|artikel\ terkait|rekomendasi|berita\ terkini|infografis|video\ terkait
    |terpopuler|berita\ populer|topik|tags?|tag\ terkait|pilihan\ editor
    |artikel\ lainnya|berita\ lainnya|selengkapnya|menarik\ dibaca|baca\ berikutnya|berita\ selanjutnya
    |artikel\ selanjutnya|terbaru|berita\ terbaru|populer|paling\ banyak\ dibaca|video\ pilihan)\s*:?"""
# More headers of the other stories' block: 'Rekomendasi untuk Anda', 'Berita Terpopuler', 'Topik
# Terkait', 'Artikel Sebelumnya'. Few lines hold their words: hinted, they leave the alternation.
# Not 'berita pilihan', a line of Kompas's WhatsApp call split over lines ('Simak / breaking news /
# dan / berita pilihan / kami langsung di ponselmu').
RELATED_HEADER = r"""(?i:(?:berita|artikel|video)\ (?:terpopuler|terkini|rekomendasi|sebelumnya)
    |(?:rekomendasi|pilihan)\ (?:untuk\ anda|untukmu|buat\ kamu|redaksi)|topik\ terkait|next\ article
    |trending\ topic)\s*:?"""
# Two words each: one alone ('terkini', 'pilihan') stands in most texts, and would compile it on
# every process's first document.
RELATED_HEADER_HINTS = (
    *(f"{kind} {what}" for kind in ("berita", "artikel", "video")
      for what in ("terpopuler", "terkini", "rekomendasi", "sebelumnya")),
    *(f"{what} {whom}" for what in ("rekomendasi", "pilihan") for whom in ("untuk", "buat", "redaksi")),
    "topik terkait", "next article", "trending topic",
)  # fmt: skip
IMAGE_CREDIT = r"(?:[^\n]{0,150}?\ )?\((?i:credit|image)(?:\ by)?\s*:?\s*[^()\n]{2,80}\)"
SOCIAL = r"(?i:instagram|facebook|twitter|tiktok|youtube|x|threads|whatsapp)\s*:\s*\S+"
# '... 21:45 WIB | dilihat', 'Diperbarui: ...', 'Ahmad Islamy Jamil · Senin, 17 April 2023 - 06:50:00 WIB'
DATE_LABEL = r"""(?:(?i:diperbarui|diterbitkan|dipublikasikan|dipublikasi|terbit|published|updated
    |tanggal|diposting|diunggah|posted)\s*:?\s*)?"""
# Before the date the writer's name or the site's: 'Warta.com - 08/11/2023, 22:38 WIB', a channel's
# 'wartaNews | Rabu, ...'.
_DATE_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|id)|\p{Ll}+\p{Lu}\p{L}*"
# Atomic, so a body line fails fast; the site first, or a name would keep 'Warta.' of 'Warta.com'.
DATE_AUTHOR = rf"(?:(?>{_DATE_SITE}|{NAME}(?:\s*,\s*{NAME})*)\s*[·•|\-–]\s*)?"
# The time is optional: a date alone is page furniture too, but gives no published time. After it
# the page's counters: '| dilihat', '| Dibaca 1.234 kali', '· 3 menit baca'.
DATE_LINE = (
    DATE_AUTHOR + DATE_LABEL + dates.DATE + rf"(?:{dates.TIME})?" + r"(?:\s*[|·]\s*[\p{L}\d.\ ]{1,24})*"
)
# '(mas)', '(rca/ful)', '(*/hbb)'; a bare '(*)' is the article's own end mark and stays.
# One editor's initials; a digit may tell two editors apart: '(ahs/nu2)'.
INITIALS = r"[a-z][a-z\d]{1,4}"
# Not a figure's basis nor 'and so on' glued to a word ('580 persen year-on-year(yoy).').
NOT_INITIALS = r"(?!(?:yoy|qoq|mom|mtm|ytd|dll|dsb|dst)\))"
EDITOR_INITIALS = rf"\((?:\*/)?{NOT_INITIALS}{INITIALS}(?:/{INITIALS})?\)\.?"
# Merdeka.com's in square brackets: '[noe]', '[rka/dwi]'. A line of their own only: in a sentence
# square brackets hold the writer's insertion into a quote ('Agustus [lalu],” terang Widodo').
EDITOR_INITIALS_SQUARE = rf"\[{INITIALS}(?:/{INITIALS})?\]"
#: The desk's initials closing a story ('(rdh/ant)'): a slash in brackets, but no photo's credit.
_DESK_INITIALS = lazy(rf"\((?:\*/)?{INITIALS}(?:/{INITIALS})+\)")
# A name in a credit: up to five capitalised words ('Fajar Alfaridho Herman', 'Wan').
CREDIT_NAME = r"\p{Lu}[\p{Ll}'’.]*(?:\ \p{Lu}[\p{Ll}'’.]*){0,4}"
# A news agency's credit in capitals, which CREDIT_NAME (mixed case) leaves: '(ANT)', '(AFP/Reuters)'.
# The agencies by name: a line of another abbreviation in brackets may be the article's.
WIRE_AGENCIES = ("ANTARA", "ANT", "AFP", "AP", "DPA", "TASS", "UPI", "XINHUA", "REUTERS", "BERNAMA", "KYODO",
                 "YONHAP")  # fmt: skip
WIRE_CREDIT = rf"\((?:\*/)?(?:{'|'.join(WIRE_AGENCIES)})(?:\ ?/\ ?(?:\p{{Lu}}{{2,8}}|{CREDIT_NAME}))*\)"
# What such a credit starts with: a bracket alone stands in most texts, and would compile the rule
# on every process's first document.
WIRE_HINTS = ("(*/", *(f"({agency.lower()}" for agency in WIRE_AGENCIES))
REPUBLISHED = r"(?i:(?:artikel|berita)\ ini\ (?:telah|sudah)\ (?:tayang|terbit|dimuat)\ di)\b"
SITE = r"[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|id)"  # a site's name: 'tribun-medan.com', 'KOMPAS.COM'
# The site's call to read more of it closing the last paragraph, and what follows on the line (a
# slogan: 'Kalau bukan sekarang, KapanLagi?'): 'Ikuti kabar terbaru selebriti hanya di Kapanlagi.com.',
# 'Masih banyak rekomendasi ... dengan membaca artikel kapanlagi.com loh.', maybe after a question
# that leads in ('Ingin baca update terbaru selebriti lainnya? Yuk baca di KapanLagi.com.'). About
# reading its news, and no government or campus site: there the article sends its reader for the
# service itself ('Baca panduan lengkapnya di laman spmb.jakarta.go.id.').
SITE_CALL = rf"""(?:(?<![^\n])|(?<=[.!?"”’)][^\S\n]*))
    (?:(?:Ingin|Mau)\ baca\b[^.!?\n]{{0,80}}\?[^\S\n]*)?
    (?:Ikuti|Temukan|Yuk|Masih\ banyak)\b
    (?=[^.!?\n]{{0,160}}?(?i:berita|artikel|kabar|update|ulasan|baca))
    [^.!?\n]{{0,160}}?\ (?:di|dari|artikel)\ (?![\w-]+(?:\.[\w-]+)*\.(?i:go|ac|sch|mil)\.id)
    {SITE}(?:\ \p{{Ll}}+)?[.!](?:[^\S\n]+[^\n]{{1,60}})?$"""

# Sections joined by an arrow, or by a slash after the home page's link; a headline holds neither.
_BREADCRUMBS = lazy(
    r"""(?i:home|beranda|indeks|index)\ ?[>»›/|]\ ?[^\n]{1,150}
    |[^\n>»›]{1,40}(?:\ [>»›]\ [^\n>»›]{1,80}){1,5}""",
    regex.VERBOSE,
)
BREADCRUMB_HINTS = (">", "»", "›", "home", "beranda", "indeks", "index")


def breadcrumbs(line: str) -> bool:
    """The page's path above the headline: 'Beranda > Daerah > Jawa Tengah', 'Home / Berita'. A test
    on the lines holding a hint: in the head's alternation it cost every process's first document."""
    return _BREADCRUMBS.fullmatch(line) is not None


GENERIC = RuleSet(
    plugin="generic",
    rules=(
        # --- head: the lines above the first paragraph ---------------------------------------
        # Before the title test, which would read the path as the headline.
        Rule("breadcrumbs", "head", test=breadcrumbs, max_len=200, hints=BREADCRUMB_HINTS),
        Rule("title", "head", test=looks_like_title, field="title", first=True),
        Rule("date", "head", DATE_LINE, field="published", parse=dates.parse),
        Rule("photo-caption", "head", test=photo_caption, max_len=500, hints=CREDIT_HINTS),
        Rule("byline", "head", BYLINE, field="authors", parse=byline_names),
        # Hinted: these three are the dearest patterns to compile of the head's, and few lines
        # hold their words; in the alternation every process's first line would compile them.
        Rule("report-by-place", "line", REPORT_BY_PLACE, field="authors", max_len=90, hints=("laporan",)),
        Rule("report-by", "head", REPORT_BY, field="authors", hints=("laporan",)),
        Rule("byline", "head", OPINION_BY, field="authors", hints=OPINION_HINTS),
        # --- trailer: the first of these after the body ends the article ----------------------
        # A source alone ('Sumber: BPS') may stand under a table with the article going on below:
        # it goes as a line of its own, and only a byline naming a writer ends the article.
        Rule("byline-end", "trailer", rf"(?!{SOURCE_ONLY}){BYLINE}", field="authors", parse=byline_names),
        # The editor's credit under the Indonesian word: 'Penyunting: Dedi Kurnia'. Not in LABELS,
        # which every byline pattern of the alternation holds: hinted, it is compiled alone.
        Rule(
            "byline-end",
            "trailer",
            rf"(?i:penyunting)\s*:\s*{NAME}",
            field="authors",
            parse=byline_names,
            hints=("penyunting",),
        ),
        Rule("related-list", "trailer", RELATED_LIST),
        Rule("related-list", "trailer", RELATED_HEADER, hints=RELATED_HEADER_HINTS),
        Rule("copyright", "trailer", test=copyright_line, max_len=200, hints=COPYRIGHT_HINTS),
        Rule("tags", "trailer", TAGS),
        Rule("comment-form", "trailer", COMMENT_FORM),
        Rule("republished", "trailer", rf"{REPUBLISHED}.{{0,300}}"),
        # --- line: drop wherever they stand ---------------------------------------------------
        Rule("loading", "line", r"(?i:loading)\s*(?:\.{2,}|…)?"),
        Rule("font-size", "line", r"A\ A\ A"),
        Rule(
            "share",
            "line",
            r"""(?i:bagikan|share|share\ this|bagikan\ artikel\ ini|like\ this)\s*:?
            # A share button's label: 'Share on Facebook', 'Bagikan ke WhatsApp'.
            |(?i:share\ (?:on|to|via)|bagikan\ (?:ke|lewat|via))
            \ (?i:facebook|twitter|x|whatsapp|telegram|line|linkedin|email)""",
            hints=("bagikan", "share", "like this"),
        ),
        Rule("share", "line", test=share_buttons, max_len=120, hints=SHARE_HINTS),
        Rule("source-credit", "line", test=source_credit, max_len=80, hints=("sumber",)),
        # Hinted, as the three above: rare words, patterns dear to compile.
        Rule(
            "advertisement",
            "line",
            ADVERTISEMENT,
            hints=("advertisement", "iklan", "ads", "scroll to", "sponsor", "promosi"),
        ),
        Rule("blog-furniture", "line", BLOG, hints=BLOG_HINTS),
        # A market story's closing note: 'Disclaimer: Berita ini bukan ajakan membeli atau menjual
        # saham ...'. The label and colon open it; a sentence about a disclaimer does not.
        Rule("disclaimer", "line", r"(?i:disclaimer)\s*:\s*[^\n]{10,600}", hints=("disclaimer",)),
        Rule("truncated-title", "line", test=truncated_title, max_len=100, hints=("...", "…")),
        Rule("editor-initials", "line", EDITOR_INITIALS),
        Rule("editor-initials", "line", EDITOR_INITIALS_SQUARE),
        # The reporter's or the site's credit on a line of its own: '(Randy Wirayudha)',
        # '(Tribunnews.com/Garudea Prabawati)', '(cr3/tribun-medan.com)', '(TRIBUNPEKANBARU.COM)',
        # and a story two sites share: '( TRIBUNLAMPUNG.CO.ID / KOMPAS.COM )'.
        Rule(
            "reporter-credit",
            "line",
            rf"""\((?:\*/|[\w.-]+\.(?i:com|co\.id|id)/|\ )?{CREDIT_NAME}\ ?\)
            |\(\ ?(?:{INITIALS}/)?{SITE}(?:\ ?/\ ?{SITE})*\ ?\)""",
        ),
        # ... and a news agency's in capitals: '(ANT)', '(AFP/Reuters)'. Hinted: out of the alternation.
        Rule("reporter-credit", "line", WIRE_CREDIT, hints=WIRE_HINTS),
        # A photo's credit on a line of its own: 'Foto: Netflix.', 'Dok. Freepik/Drazen Zigic',
        # 'Ilustrasi: Freepik', and a site's credit with the caption glued on ('KOMPAS.com/RARINDRAXpeng X9',
        # 'KOMPAS.com/GilangChery Tiggo 7 PHEV'). After a name in mixed case, only a line with no sentence
        # end: a caption is a phrase, and where sentences follow the credit the text is the article's.
        Rule(
            "photo-credit-line",
            "line",
            r"""(?:(?i:foto|ilustrasi)\s*:|(?i:dok)\s*[:.])\s*[^\n]{2,80}
            |\((?:(?i:foto|ilustrasi)\s*:|(?i:dok)\s*[:.])\s*[^\n()]{2,80}\)    # '(Foto: Istimewa)'
            |(?i:sumber\ (?:foto|gambar)|kredit\ foto)\s*:\s*[^\n]{2,80}           # not 'Kredit: Rp 5 juta'
            |[\w-]+\.(?i:com|co\.id|id)/(?:\p{Lu}{3,}[^\n]{0,120}|\p{Lu}[^\n.!?]{1,120})""",
        ),
        # ... and a picture's or a chart's under other labels: 'Gambar: Freepik', 'Infografis: Tim
        # Grafis', 'Photo by Name on Unsplash'. Rare words: hinted, out of the alternation.
        Rule(
            "photo-credit-line",
            "line",
            r"(?i:gambar|grafis|infografis)\s*:\s*[^\n]{2,80}|(?i:photo\ by)\ [^\n.!?]{2,80}",
            hints=("gambar", "grafis", "photo by"),
        ),
        # A caption closing with its labelled credit between paragraphs: 'Chery Fulwin A8. Foto: Doc.
        # Carnewschina'. The credit holds no sentence end, so article text after it keeps the line.
        Rule(
            "photo-caption-line",
            "line",
            r"[^\n]{1,150}?\ (?:Foto|FOTO)\s*:\s*(?:(?i:dok|doc)\.\ ?)?[\p{Lu}@][^\n.!?:]{0,60}",
        ),
        # The same credit in brackets, and the agency's: a test on the lines holding their hint, as
        # more branches after the run above cost strip a tenth more on every line.
        Rule("photo-caption-line", "line", test=caption_closing_credit, hints=CLOSING_CREDIT_HINTS),
        # A credit glued to a caption, which may repeat the lead: 'Dok. AdidasBeberapa produk ...',
        # 'freepik.comTerdapat beberapa cara ...', 'UNSPLASH/ADEM AYTerdapat ...'. Up to 200 characters,
        # as the other line patterns: reading longer lines cost every paragraph 3% more of strip.
        Rule("photo-caption-glued", "line", GLUED_CAPTION),
        # The rest in Python, on the lines holding a credit's hint only: no line pattern reads past
        # 200 characters.
        Rule("photo-caption-glued", "line", test=long_glued_caption, max_len=500, hints=GLUED_CREDIT_HINTS),
        Rule("photo-caption-glued", "line", test=stock_photo_caption, max_len=320, hints=("/",)),
        Rule("photo-caption-glued", "line", test=glued_illustration, max_len=300, hints=("ilustrasi",)),
        Rule("call-to-action", "line", test=call_to_action, max_len=300, hints=CTA_WORDS),
        Rule("embedded-tweet", "line", test=embedded_tweet, max_len=450, hints=("pic.twitter.com",)),
        # 'Tonton juga "..." di sini:' and 'Tonton juga video: ...' (detik) too.
        Rule("video-teaser", "line", r"(?i:simak\ video|tonton\ (?:video|juga\b)|\[gambas:video).{0,200}"),
        # A pointer to an embedded clip or post the text does not hold: 'Simak trailer ... di bawah
        # ini:', 'Simak komentar lengkap sang pelatih di bawah ini.'. Not 'Simak ulasannya berikut
        # ini', which opens the article's own list.
        Rule("embed-pointer", "line", EMBED_POINTER),
        # Any other embed the CMS leaves as a placeholder: '[Gambas:Instagram]', '[Gambas:Twitter]'.
        Rule("embed", "line", r"\[(?i:gambas):[^\]\n]{1,60}\]"),
        # The link to the full story on a teaser: 'Baca selengkapnya di sini.' (glued: 'selengkapnyadi').
        # An image line: a caption closing with its credit, or the credit alone ('(credit: mydramalist.com)',
        # 'Ilustrasi Poster Anime (Image by myanimelist.net)'). Not '(sumber: BPS)': a sentence may
        # close by citing its source.
        Rule("image-credit", "line", IMAGE_CREDIT),
        # An illustration's caption closing with its credit in brackets: 'Ilustrasi taman kota
        # (Shutterstock)'. A phrase, maybe with its full stop: a sentence of the article that opens
        # on the word goes on past its stop ('Ilustrasi itu dibuat warga. Hasilnya ...').
        Rule("image-credit", "line", r"Ilustrasi\ [^\n().!?]{1,150}?\.?\ ?\(\p{Lu}[^()\n]{1,60}\)"),
        # 'Scroll ke bawah untuk membaca berita': the mobile pages' cue under the lead photo.
        Rule("scroll-cue", "line", r"(?i:scroll\ ke\ bawah\ untuk\ (?:membaca|melanjutkan))[^\n]{0,40}"),
        # The link to the photo's own page under it (Kompas): 'Lihat Foto'.
        Rule("photo-link", "line", r"(?i:lihat\ foto)"),
        Rule("read-more-line", "line", r"(?i:(?:baca|simak)\ sel[ae]ngkapnya)\s*(?i:di\s*sini)?\.?"),
        # A story split over pages: the link to the next one on a line of its own.
        Rule(
            "next-page",
            "line",
            r"""(?i:(?:baca\ )?halaman\ (?:selanjutnya|berikutnya)|lanjutkan\ membaca)\s*[:>»›.]*
            |(?i:halaman)\ \d{1,2}\ (?i:dari|of)\ \d{1,2}                      # 'Halaman 2 dari 3'""",
        ),
        Rule("page-furniture", "line", test=page_furniture, max_len=40, hints=PAGE_FURNITURE_HINTS),
        # A link's call on a line of its own: 'Baca kisah inspiratif kandidat polisi teladan di sini',
        # 'Cek jadwal lengkapnya disini!'. An article's sentence does not open with the order.
        Rule(
            "link-call",
            "line",
            r"(?:Baca|Simak|Klik|Cek|Lihat|Tonton|Dengarkan|Kunjungi|Yuk)\ \p{Ll}[^\n.!?]{0,80}?"
            r"\s(?i:di\s?sini)[.!:]?",
        ),
        # A related story's headline behind another marker than 'Baca juga': 'Berita Terkait: ...',
        # 'Artikel Terkait - ...', 'Baca Artikel Lainnya: ...', 'Jangan Lewatkan: ...', 'READ MORE:
        # ...'. A headline holds no full stop: 'Berita terkait: polisi menutup jalan itu.' is a
        # sentence. Few lines hold the words: a hint keeps it out of the alternation.
        Rule(
            "read-also",
            "line",
            r"""(?i:(?:berita|artikel)\ terkait|baca\ (?:(?:berita|artikel)\ )?lainnya|jangan\ lewatkan
            |read\ more)\s*[:\-–—>»]+\s*[^\n.!?]{5,150}[!?]?""",
            hints=("terkait", "lainnya", "lewatkan", "read more"),
        ),
        # ... and one that names what it links first and clicks last: 'Saksikan laganya dengan klikdi
        # sini.', 'Jadwal dan Link Laga: A vs Bdengan klik tautan di sini.'. A quoted message that says
        # it ('berbunyi, "... klik di sini."') is the story's. Few lines click: a hint keeps it cheap.
        Rule(
            "link-call",
            "line",
            r"[^\n\"“”]{0,120}?(?i:klik)\s?(?:(?i:tautan|link)\ )?(?i:di\s?sini)\s?[.!]?",
            hints=("klik",),
        ),
        Rule("hashtags", "line", r"\#\w+(?:[\s,]+\#\w+)*"),
        Rule("social-link", "line", SOCIAL),
        Rule("url", "line", r"https?://\S+"),
        # Invisible marks a CMS leaves on a line of their own (left-to-right marks, zero-width spaces):
        # str.strip() keeps them, so the line read as a paragraph.
        Rule("invisible", "line", r"[\u200b-\u200f\u2060\ufeff][\s\u200b-\u200f\u2060\ufeff]*"),
        Rule("rule-line", "line", r"[_\-=*~·•]{3,}"),
        # '- 0' under a commenter's handle; '-11' alone is a table's figure (a goal difference).
        Rule("comment-count", "line", r"[-–]\s+\d+|\d+\s+(?i:komentar|comments?)"),
        Rule("handle", "line", r"[\p{Ll}][\p{Ll}\d_.]{2,29}\d[\p{Ll}\d_.]*"),
        Rule("logo", "line", r"(?i:logo)\ \S+(?:\ \S+)?"),
        Rule("table-of-contents", "line", r"(?i:daftar\ isi)\s*:?"),
        Rule("related-headline", "line", test=injected_headline, max_len=200),
        Rule("bullet-headline", "line", test=bullet_headline, max_len=200, hints=BULLETS),
        # A syndicated story's note under other words than REPUBLISHED's: 'Konten ini telah tayang
        # di ...', 'Tulisan ini sudah tayang sebelumnya di ...'. The line alone: hinted, it stays out
        # of the alternation.
        Rule(
            "republished",
            "line",
            r"(?i:(?:konten|tulisan)\ ini\ (?:telah|sudah)\ (?:tayang|terbit|dimuat)(?:\ sebelumnya)?\ di)\ "
            r"[^\n]{1,300}",
            hints=("tayang", "terbit", "dimuat"),
        ),
        # A call to read the site's other stories on a line of its own: 'Simak berita lainnya di
        # Kabarmu.com.', 'Baca artikel menarik lainnya di ...'. The order opens it, no headline follows.
        Rule(
            "read-elsewhere",
            "line",
            r"(?:Baca|Simak|Cek|Lihat|Temukan)\ (?i:juga\ )?(?i:berita|artikel)\ "
            r"(?i:(?:menarik|terbaru|terkini)\ )?(?i:lainnya)\ (?i:di|hanya\ di)\ [^\n]{1,60}",
            hints=("lainnya",),
        ),
        Rule("related-run", "line", test=related_run, max_len=1500, hints=("lainnya", "yuk baca juga")),
        # --- inline: cut out of the middle of a line ------------------------------------------
        # 'Baca juga berita lainnya di Liputan6.com.' glued to the last sentence: a call to read the
        # site, no headline after it. Before read-also, which would cut 'Baca juga berita' alone.
        Rule(
            "read-elsewhere",
            "inline",
            r"(?i:baca\ juga\ (?:berita|artikel)\ (?:menarik\ )?lainnya\ di)\ [^\n]{1,60}$",
            prefixes=("baca juga berita", "baca juga artikel"),
        ),
        # The related list glued to the last sentence: what follows its marker to the line's end,
        # unless that ends like a sentence.
        Rule(
            "related-run-inline",
            "inline",
            rf"(?<=[.!?][\"”’]?[^\S\n]*){RELATED_RUN}[^\n]*+(?<![.][\"”]?)$",
            prefixes=("berita lainnya", "artikel lainnya", "artikel menarik", "baca ", "yuk baca "),
        ),
        # 'Baca JugaJudul AJudul BAdapun ...': the marker glued to the headlines it links, and those to
        # each other and to the next sentence (Republika's scraper); a headline run past the usual
        # length, so the glue points, not the words, say where each ends.
        Rule(
            "read-also-glued",
            "inline",
            r"(?:Baca|BACA)\ (?:Juga|juga|JUGA)(?=\p{Lu})",
            extend=glued_headlines_end,
            prefixes=("baca juga",),
        ),
        Rule(
            "read-also",
            "inline",
            # A bracket opening right before the marker holds it and its headline (the headline's
            # last word takes the closing one): '(Baca juga: Pasar Murah Dibuka Lagi) Warga antre.'
            rf"[(\[]?{READ_ALSO}",
            extend=headline_end,
            prefixes=(
                "baca", "lihat", "simak", "yuk baca ",
                "(baca", "[baca", "(lihat", "[lihat", "(simak", "[simak",
            ),  # fmt: skip
        ),
        # Only the labels that open a glued byline in practice: each prefix costs a scan of the text.
        Rule(
            "byline-inline",
            "inline",
            BYLINE_INLINE,
            field="authors",
            parse=byline_names,
            prefixes=(
                "reporter", "editor", "sumber", "penulis", "(reporter", "(editor", "(sumber", "(penulis",
            ),  # fmt: skip
        ),
        Rule("photo-credit", "inline", PHOTO_CREDIT, prefixes=("foto", "dok", "antara foto")),
        Rule(
            "google-news",
            "inline",
            r"(?i:cek\ berita\ dan\ artikel\ yang\ lain\ di\ google\ news)\.?",
            prefixes=("cek berita",),
        ),
        Rule("whatsapp-channel", "inline", WHATSAPP, prefixes=("ikuti whatsapp",)),
        # 'Akses TribunJakarta.com di Google News atau WhatsApp Channel ...' glued after the last sentence.
        Rule(
            "call-to-action-end",
            "inline",
            CTA_AT_END,
            prefixes=("akses ", "baca", "ikuti", "dapatkan", "simak"),
        ),
        Rule(
            "site-call",
            "inline",
            SITE_CALL,
            # Two words where the verb is a common word's tail ('keinginan', 'mengikuti'): each hit
            # sends its line down the slower path of the inline rules. 'Baca', 'Simak' and 'Dapatkan'
            # open calls the other rules take ('Baca juga berita lainnya di ...', Google News).
            prefixes=(
                "ingin baca", "mau baca", "ikuti kabar", "ikuti berita", "ikuti terus", "ikuti update", "yuk",
                "temukan berbagai", "temukan berita", "temukan kabar", "temukan artikel", "masih banyak",
            ),  # fmt: skip
        ),
        Rule("read-more", "inline", READ_MORE, prefixes=("baca",)),  # shares read-also's scan
        # 'pidana.Selengkapnya baca di sini.Otoritas', 'defisit, selengkapnya baca di sini.', 'Selengkapnya
        # cek di sini klovers.': a link's call inside a paragraph; the sentence around it stays.
        Rule("read-here", "inline", READ_HERE, prefixes=(", selengkapnya", ",selengkapnya", "selengkapnya")),
        Rule("google-news-cta", "inline", r"Akses\ \S+\ di\ Google\ News[^\n]*", prefixes=("akses ",)),
        # The ad slot's labels inside a line: 'ADVERTISEMENT', the break's 'SCROLL TO CONTINUE WITH
        # CONTENT', and 'Advertisement' glued between two sentences ('antre.AdvertisementWarga'), where
        # no film of that name stands.
        Rule(
            "advertisement-inline",
            "inline",
            r"""ADVERTISEMENT(?:\s+SCROLL\ TO\ CONTINUE\ WITH\ CONTENT)?
            |SCROLL\ TO\ (?:CONTINUE\ WITH|RESUME)\ CONTENT|(?<=[.!?"”])Advertisement(?=\p{Lu})""",
            prefixes=("advertisement", "scroll to"),
        ),
        Rule("loading-inline", "inline", r"(?i:loading)(?:\.{3}|…)", prefixes=("loading",)),
        # '...tewas.(jon)', '... China(wbs)': initials closing a line after punctuation or glued to a word.
        Rule(
            "editor-initials-end",
            "inline",
            rf"(?<=[.!?\"”’)][^\S\n]*|[\p{{L}}\d]){EDITOR_INITIALS}$",
            prefixes=("(",),
        ),
        # The reporter's name closing the last sentence: '... jelasnya. (Edi Suwiknyo)', '(*/Ria)',
        # '(TribunPadang.com/Fajar Alfaridho Herman)', '( Wan)'. Capitalised words only and no digits,
        # so '(QS Al-Ma'idah Ayat 114)' and '(Straight for the heart)' stay; so does the end mark
        # '(*)', which the PFSA-ID gold keeps in Kompas bodies.
        Rule(
            "reporter-credit-end",
            "inline",
            rf"(?<=[.!?\"”’][^\S\n]*)\((?:\*/|[\w.]+\.(?i:com|co\.id|id)/|\ )?{CREDIT_NAME}\)$",
            prefixes=("(",),
        ),
        # ... and an agency's in capitals: '... katanya. (ANT)'. Its own rule, tried only where an
        # agency's bracket stands: in the one above, every bracket of a text compiled it.
        Rule(
            "reporter-credit-end",
            "inline",
            rf"(?<=[.!?\"”’][^\S\n]*){WIRE_CREDIT}$",
            prefixes=WIRE_HINTS,
        ),
        # A syndicated story's note glued to its last sentence; the trailer rule takes it on its own line.
        Rule(
            "republished-inline",
            "inline",
            rf"{REPUBLISHED}[^\n]{{0,300}}$",
            prefixes=("artikel ini", "berita ini"),
        ),
        # Two or more hashtags closing a line; one hashtag in a sentence is the article's (a campaign name).
        Rule(
            "hashtags-inline",
            "inline",
            r"(?<![\w&])\#[\p{L}\d_]+(?:\s*\#[\p{L}\d_]+)+(?=\s*(?:\(|$))",
            prefixes=("#",),
        ),
        Rule(
            "instagram-embed",
            "inline",
            INSTAGRAM,
            prefixes=("view this post", "a post shared", "lihat postingan", "sebuah kiriman"),
        ),
    ),
)

_ENGINE = Engine(GENERIC)
#: The generic rules less the two that read Indonesian house style, for text in another language:
#: there a Title-Case line is a subheading, not an injected headline, and the first line a lede.
_ENGINE_OTHER_LANGUAGE = Engine(GENERIC.without("related-headline", "title"))
_LETTERS = lazy(r"\p{L}+")
_INDONESIAN = _words(
    "yang dan di dengan untuk dari dalam ini itu tidak akan pada juga ke karena ada oleh bahwa"
)
_ENGLISH = _words("the and of to in is that for with on was are be by this as at from it has have")


def looks_indonesian(text: str) -> bool:
    """Whether the text may be Indonesian: unless it clearly reads as English, it is taken to be.

    Clearly English: at least five of its commonest words are English and they outnumber the
    Indonesian ones two to one, so a short Indonesian snippet with a stray 'by' stays Indonesian.
    """
    # Counted in C, each word lowered once: two Python passes over every word cost more than
    # finding them. Not concurrent: the regex module would let go of the GIL and take it back
    # around each word's match, which costs a third of the search.
    counts = Counter(map(str.lower, _LETTERS.findall(text, 0, 4000, concurrent=False)))
    english = sum(counts.get(word, 0) for word in _ENGLISH)
    indonesian = sum(counts.get(word, 0) for word in _INDONESIAN)
    return english < 5 or english <= 2 * indonesian


_LINE = _LINES  # a line's content without its edge blanks, as the engine reads lines


_COUNT = lazy(r"\d{1,3}\ (?=\p{Lu})")


def drop_linked_headlines(document: Document, article: Article, plugin: str) -> Article:
    """Also drop the headline a bare 'Baca juga:' line links on the line below it (detik, Kompas).

    A line rule sees one line, so the engine cuts the marker and keeps the headline under it
    unless that is a long Title-Case run. Here the line right after a marker that stood alone
    goes too when it reads as a headline: Title Case, no final full stop, no unclosed bracket
    (liputan6's bare 'Baca Juga' is followed by article text, which this leaves alone).
    """
    text = document.text
    extra: list[Removed] = []
    for r in article.removed:
        if r.rule != "read-also" or not _READ_ALSO.fullmatch(r.text):
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        line_end = text.find("\n", r.end)
        if line_end < 0 or text[line_start : r.start].strip() or text[r.end : line_end].strip():
            continue  # the marker shared its line: the inline rule already cut its headline
        for start, end in _linked_lines(text, line_end + 1, article.removed):
            extra.append(Removed(text=text[start:end], start=start, end=end, rule="read-also", plugin=plugin))
    return _with_removed(document, article, extra)


#: A list item's mark: '- Judul', '• Judul', '* Judul'.
_BULLET = lazy(r"(?:[-–•*·]|>>)\s+")


def _linked_lines(text: str, pos: int, removed: tuple[Removed, ...]) -> list[tuple[int, int]]:
    """The headlines under a bare marker from ``pos``: the line right below, or the run of bulleted
    lines there ('- Judul A', '- Judul B'), each reading as a headline."""
    found: list[tuple[int, int]] = []
    while True:
        m = _LINE.match(text, pos)
        if m is None or "\n" in text[pos : m.start(1)]:
            return found
        start, end = m.span(1)
        if any(o.start < end and start < o.end for o in removed):
            return found
        bullet = _BULLET.match(text, start, end)
        if bullet is None and found:
            return found  # a bare line ends the list
        # A linked listicle may open with its count ('3 Target MU Berikutnya ...'); only here,
        # under the marker, is that no numbered subheading of the article itself.
        line = text[bullet.end() if bullet else start : end]
        if not _linked_headline(_COUNT.sub("", line, count=1)):
            return found
        found.append((start, end))
        if bullet is None:
            return found  # one bare headline, as the page links one
        pos = text.find("\n", end) + 1
        if not pos:
            return found


def _linked_headline(line: str) -> bool:
    """Whether the line under a bare marker reads as the headline it links: Title Case, or mostly
    capitalised with a lower-case word or two ('PKS Dekati Anies Lagi, Pengamat: Belum Punya Figur
    Nasional yang Menjual buat Pemilu 2029'), and no more than a headline's length."""
    return len(line.split()) <= 25 and looks_like_headline(line, min_words=3, max_lower=2)


#: Words too common to tie a subheading to its paragraph.
_COMMON = FUNCTION_WORDS | _words("tidak lebih telah sudah adalah bahwa ada")


def _content_words(line: str, common_nouns: bool = False) -> set[str]:
    """The line's words of four letters or more, less the commonest; with ``common_nouns``, only
    those it writes in lower case (not 'Rusia', 'Presiden')."""
    words = (t.strip(_TRIM) for t in line.split())
    if common_nouns:
        words = (w for w in words if w[:1].islower())
    return {w for w in map(str.lower, words) if len(w) >= 4 and w.isalpha()} - _COMMON


#: Longer than a subheading a table of contents lists.
_TOC_ENTRY_MAX = 150


def drop_listed_subheadings(document: Document, article: Article, plugin: str) -> Article:
    """Drop the entries of a 'Daftar Isi' block that the head rules left: the lines right under it
    that the article prints again, whole, further down, as the subheadings they link to.

    detik lists its subheadings above the split dateline; its head rule takes the Title-Case ones,
    but a sentence-case entry ('Jadwal Kualifikasi ... zona Asia babak ketiga - Matchday 10') reads
    like a sentence a link split. Only its copy further down tells it is listed; the dateline's
    city ('Jakarta') has none, and the entries end there.
    """
    toc = next((r for r in article.removed if r.rule == "table-of-contents"), None)
    if toc is None:
        return article  # most texts: no table of contents
    text = document.text
    extra: list[Removed] = []
    for m in _LINE.finditer(text, toc.end):
        start, end = m.span(1)
        taken = next((r for r in article.removed if r.start <= start and end <= r.end), None)
        if taken is not None:
            if taken.rule == "title" and _printed_again(text, taken.text, end):
                article = _entry_not_title(article, taken)
            continue  # an entry a head rule took
        line = m.group(1)
        if len(line) > _TOC_ENTRY_MAX or line.endswith(_SENTENCE_ENDS) or not _printed_again(text, line, end):
            break
        extra.append(Removed(text=line, start=start, end=end, rule="table-of-contents-entry", plugin=plugin))
    return _with_removed(document, article, extra)


def _entry_not_title(article: Article, entry: Removed) -> Article:
    """The article without the title the head rule read off the first entry under 'Daftar Isi':
    the text carries no headline of its own there (detik), and the entry is listed, not the title."""
    relabelled = attrs.evolve(entry, rule="table-of-contents-entry")
    removed = tuple(relabelled if r is entry else r for r in article.removed)
    return attrs.evolve(article, title=None, removed=removed)


def _printed_again(text: str, line: str, pos: int) -> bool:
    """Whether ``line`` stands again as a whole line of ``text`` after ``pos``."""
    at = text.find(line, pos)
    while at >= 0:
        end = at + len(line)
        line_end = text.find("\n", end)
        after = text[end:] if line_end < 0 else text[end:line_end]
        if not text[text.rfind("\n", 0, at) + 1 : at].strip() and not after.strip():
            return True
        at = text.find(line, end)
    return False


def keep_subheadings(document: Document, article: Article, plugin: str) -> Article:
    """Give back a 'related-headline' line that is the article's own Title-Case subheading.

    A line rule sees one line: a long Title-Case subheading ('Klaim JHT Lebih Cepat dengan Sameday
    Service dan e-KYC') reads like a headline injected between paragraphs. Only its neighbours tell
    them apart: a subheading names what the next line or two go on about, a word they write in
    lower case ('klaim', 'sameday'), and stands alone. An injected headline is about another story
    or shares only names with them ('Rusia', 'Presiden China': a related story is about the same
    people), or is one of a run of headlines (a headline printed twice is a run too), or stands
    under a bare marker. A line closing with a photo credit is a caption either way.
    """
    if not any(r.rule == "related-headline" for r in article.removed):
        return article  # most texts: nothing to look at
    text = document.text
    lines = [m.span(1) for m in _LINE.finditer(text)]
    index = {start: k for k, (start, _) in enumerate(lines)}
    headline_starts = {r.start for r in article.removed if r.rule == "related-headline"}
    # The lines the article keeps, none wholly inside a removed piece: a trailer's lines do not tie
    # a headline, or cleaning the body again, without them, would judge it otherwise; and a
    # subheading stands after a paragraph (before any, a Title-Case line is the headline, which a
    # second clean would take as the title).
    gone = [(g.start, g.end) for g in article.removed]
    staying = [(a, b) for a, b in lines if not any(s <= a and b <= e for s, e in gone)]
    staying_starts = [a for a, _ in staying]
    kept: list[Removed] = []
    for r in article.removed:
        k = index.get(r.start)
        if r.rule != "related-headline" or not k or lines[k][1] != r.end:
            continue
        next_start = lines[k + 1][0] if k + 1 < len(lines) else -1
        in_run = lines[k - 1][0] in headline_starts or next_start in headline_starts
        if in_run or _READ_ALSO.fullmatch(text, *lines[k - 1]) or photo_caption(r.text):
            continue
        at = bisect.bisect_left(staying_starts, r.start)
        if not at:
            continue
        after = " ".join(text[a:b] for a, b in staying[at : at + 2])
        if _content_words(r.text) & _content_words(after, common_nouns=True):
            kept.append(r)
    if not kept:
        return article
    removed = tuple(r for r in article.removed if r not in kept)
    return attrs.evolve(article, body="\n\n".join(_kept_paragraphs(text, removed)), removed=removed)


def drop_repeated_headlines(document: Document, article: Article, plugin: str) -> Article:
    """Drop a headline-like line printed twice in a row: a video or related-article widget's title.

    detik prints its video teaser's title twice above the editors' initials; an article never
    repeats a line that does not end like a sentence.
    """
    paragraphs = article.body.split("\n\n")
    if all(a != b for a, b in zip(paragraphs, paragraphs[1:], strict=False)):
        return article  # most texts: no line printed twice in a row, and no line need be read
    text = document.text
    # The lines as the body has them: furniture cut between two copies leaves them in a row.
    lines = list(_kept_lines(text, article.removed))
    extra: list[Removed] = []
    dropped: set[int] = set()
    for k in range(len(lines) - 1):
        line = lines[k][1]
        if line != lines[k + 1][1] or len(line) > 200 or line.endswith(_SENTENCE_ENDS):
            continue
        if not line[0].isupper():
            continue
        if len(line.split()) < 3:  # a table's column head repeats by rows ('M', 'M'): the article's own
            continue
        for j in (k, k + 1):
            if j not in dropped:
                dropped.add(j)
                extra.extend(
                    Removed(text=text[a:b], start=a, end=b, rule="repeated-title", plugin=plugin)
                    for a, b in lines[j][0]
                )
    return _with_removed(document, article, extra)


# A tag of a tag list: a short keyphrase in lower case ('viktor gyokeres', 'liga inggris 2024/2025').
_TAG = lazy(r"[\p{Ll}\d][\p{Ll}\d'’&./-]*(?:\ [\p{Ll}\d][\p{Ll}\d'’&./-]*){0,6}")


def _is_tag(line: str) -> bool:
    # With a letter: a column of numbers closing a table ('9', '1', '3') is the article's.
    return _TAG.fullmatch(line) is not None and not line.endswith(".") and _LOWER.search(line) is not None


def drop_tag_list(document: Document, article: Article, plugin: str) -> Article:
    """Drop the tag list closing a text: lines at its end, each a short phrase in lower case (and a
    line or two of promotion below them); two or more, or one that is a name the article writes
    ('natasha wilona' after 'Natasha Wilona').

    detik closes every article with its tags, one to a line ('viktor gyokeres', 'sporting cp').
    A line rule cannot tell one from a link's text that a scraper put on a line of its own in
    mid-sentence ('mendatangkan'); only a run of them with nothing but furniture after is a list.
    """
    last = article.body.rsplit("\n\n", _PROMO_LINES)
    if not any(_is_tag(p) for p in last):
        return article  # most texts: none of the last paragraphs is one, and no line need be read
    tags: list[regex.Match[str]] = []
    promo: list[regex.Match[str]] = []
    for line in reversed(list(_LINE.finditer(document.text))):
        start, end = line.span(1)
        if any(r.start <= start and end <= r.end for r in article.removed):
            continue  # furniture already cut ('(ahs/nu2)')
        if not _is_tag(line.group(1)):
            if not tags and len(promo) < _PROMO_LINES and _PROMO.fullmatch(line.group(1)):
                promo.append(line)
                continue
            break
        tags.append(line)
    if not tags or len(tags) + len(promo) >= len([p for p in article.body.split("\n\n") if p.strip()]):
        return article  # nothing but such lines is no article to close
    if len(tags) == 1 and " ".join(w.capitalize() for w in tags[0].group(1).split()) not in article.body:
        return article  # one such line is a tag only as the lower-case form of a name the article writes
    extra = [
        Removed(text=m.group(1), start=m.start(1), end=m.end(1), rule=rule, plugin=plugin)
        for rule, lines in (("tag-list", tags), ("promo-after-tags", promo))
        for m in lines
    ]
    return _with_removed(document, article, extra)


# After the tags, a site may close with a promotion of its own ('Hoegeng Awards 2025'): a line or
# two, short and without a sentence's end, below a tag list and nothing else.
_PROMO_LINES = 2
_PROMO = lazy(r"[^\n.!?]{3,60}")


def _with_removed(document: Document, article: Article, extra: list[Removed]) -> Article:
    if not extra:
        return article
    removed = tuple(sorted((*article.removed, *extra), key=lambda r: r.start))
    return attrs.evolve(article, body="\n\n".join(_kept_paragraphs(document.text, removed)), removed=removed)


def _kept_paragraphs(text: str, removed: tuple[Removed, ...]) -> list[str]:
    """Per line, the pieces outside every removed span, stripped and joined by a space (the audit's rule)."""
    return [paragraph for _, paragraph in _kept_lines(text, removed)]


def _kept_lines(text: str, removed: tuple[Removed, ...]) -> Iterator[tuple[list[tuple[int, int]], str]]:
    """Per line with text left: where its pieces outside every removed span stand (stripped), and
    the paragraph they make."""
    spans = iter(removed)
    span = next(spans, None)
    for line in _LINE.finditer(text):
        start, end = line.span(1)
        pieces, pos = [], start
        while span is not None and span.start < end:
            if span.end > pos:
                pieces.append((pos, max(pos, span.start)))
                pos = max(pos, span.end)
            if span.end <= end:
                span = next(spans, None)
            else:
                break
        pieces.append((pos, end))
        kept = []
        for a, b in pieces:
            piece = text[a:b]
            stripped = piece.strip()
            if stripped:
                a += len(piece) - len(piece.lstrip())
                kept.append((a, a + len(stripped)))
        if kept:
            yield kept, " ".join(text[a:b] for a, b in kept)


# A paragraph this long is the article's own once: printed again, it is a scraper's second copy.
_REPEAT_MIN_WORDS = 6


def _glued_copy(paragraphs: list[str], k: int) -> bool:
    """Whether paragraph ``k`` holds copies of the paragraphs right after it: two or more, or one
    that is most of it (the text of a page printed on one line before its paragraphs)."""
    line = paragraphs[k]
    held = covered = 0
    for later in paragraphs[k + 1 :]:
        if len(later) < 30 or len(later) >= len(line) or later not in line:
            break
        held += 1
        covered += len(later)
    return held >= 2 or held == 1 and covered >= 0.8 * len(line)


def drop_repeated_paragraphs(document: Document, article: Article, plugin: str) -> Article:
    """Drop a scraper's second copy of the article's paragraphs.

    Scrapers read a paragraph twice where a page nests it (kapanlagi: each paragraph of a listicle
    twice in a row), or print the whole text on one line, sentences glued, before its paragraphs
    (republika). A writer may say one sentence twice, but never repeats two paragraphs of six
    words or more word for word: then every later copy goes ('repeated-paragraph'), and so does a
    line made of the paragraphs after it ('glued-copy'); the first copy and the separate
    paragraphs stay.
    """
    while True:
        # Copies nest ('A B C' over 'A B' over 'A'): a line's neighbours change as copies go.
        cleaner = _drop_copies(document, article, plugin)
        if cleaner is article:
            return article
        article = cleaner


def _drop_copies(document: Document, article: Article, plugin: str) -> Article:
    paragraphs = article.body.split("\n\n")
    n = len(paragraphs)
    glued = {
        k
        for k in range(n - 1)
        if 30 <= len(paragraphs[k + 1]) < len(paragraphs[k])
        and paragraphs[k + 1] in paragraphs[k]
        and _glued_copy(paragraphs, k)
    }
    if not glued and len(set(paragraphs)) == n:
        return article  # most texts: no paragraph twice, none holding the next
    seen: set[str] = set()
    copies: list[tuple[str, list[tuple[int, int]]]] = []
    for k, (pieces, paragraph) in enumerate(_kept_lines(document.text, article.removed)):
        if k in glued:
            copies.append(("glued-copy", pieces))
        # A line opening in lower case is a link's text a scraper put on a line of its own in
        # mid-sentence ('... sebelum matchday 10 | kualifikasi Piala Dunia 2026 zona Asia | di babak'):
        # the writer may link the same words twice; a copied paragraph opens like one.
        elif paragraph in seen and len(paragraph.split()) >= _REPEAT_MIN_WORDS and not paragraph[0].islower():
            copies.append(("repeated-paragraph", pieces))
        else:
            seen.add(paragraph)
    if len(copies) < 2 and not glued:
        return article  # one sentence said twice is the writer's ('Nilainya Rp 600.000 per bulan.')
    extra = [
        Removed(text=document.text[a:b], start=a, end=b, rule=rule, plugin=plugin)
        for rule, pieces in copies
        for a, b in pieces
    ]
    return _with_removed(document, article, extra)


#: The verb a call to action opens with, which the link texts a scraper split it at follow.
_CALL_OPENING = lazy(
    r"(?:Simak|Ikuti|Dapatkan|Baca|Klik|Akses|Follow|Download|Unduh|Gabung|Yuk|Cek|Kunjungi|Ayo|Segera"
    r"|Berlangganan|Daftar|Daftarkan|Jangan\ lupa|Mari|Subscribe)\b"
)
_CALL_FRAGMENT_MAX = 40  # a link's text alone on its line: a few words
_CALL_FRAGMENTS = 6
_CALL_CLOSE_MAX = 160
_LINE_ENDS_SENTENCE = lazy(r"[.!?:][\"”’)]*$")


def drop_split_calls_to_action(document: Document, article: Article, plugin: str) -> Article:
    """Also drop the rest of a call to action a scraper split at its links.

    The call-to-action rule takes the line with the call's words when it opens in lower case, the
    tail of a sentence ('kami langsung di ponselmu. Pilih saluran ... WhatsApp Channel :'); the link
    texts above it ('Simak' / 'breaking news' / 'dan' / 'berita pilihan') and the close of its
    sentence below the link ('. Pastikan kamu sudah install aplikasi WhatsApp ya.') stayed. The
    lines above go back to the paragraph before, only when they are short and the first opens
    with a call's verb: an article's sentence a link split does not open like an order.
    """
    tails = [r for r in article.removed if r.rule == "call-to-action" and r.text[:1].islower()]
    if not tails:
        return article  # most texts: no call to action split over lines
    text = document.text
    lines = [m.span(1) for m in _LINE.finditer(text)]
    index = {start: k for k, (start, _) in enumerate(lines)}
    extra: list[Removed] = []
    for tail in tails:
        k = index.get(tail.start)
        if k is None:
            continue
        extra += _call_opening(text, lines, k, article.removed, plugin)
        extra += _call_close(text, lines, k, article.removed, plugin)
    return _with_removed(document, article, extra)


def _untouched(span: tuple[int, int], removed: tuple[Removed, ...]) -> bool:
    return not any(r.start < span[1] and span[0] < r.end for r in removed)


def _call_opening(
    text: str, lines: list[tuple[int, int]], k: int, removed: tuple[Removed, ...], plugin: str
) -> list[Removed]:
    """The link texts above line ``k`` back to the line that ends a sentence, if a call opens them."""
    above: list[tuple[int, int]] = []
    for j in range(k - 1, max(-1, k - 1 - _CALL_FRAGMENTS), -1):
        span = lines[j]
        line = text[span[0] : span[1]]
        if _LINE_ENDS_SENTENCE.search(line):
            break
        if len(line) > _CALL_FRAGMENT_MAX or not _untouched(span, removed):
            return []
        above.append(span)
    else:
        return []  # more lines than a call's links, or the text's first line: no call's opening
    if not above or not _CALL_OPENING.match(text, above[-1][0]):
        return []
    return [Removed(text=text[a:b], start=a, end=b, rule="call-to-action", plugin=plugin) for a, b in above]


def _call_close(
    text: str, lines: list[tuple[int, int]], k: int, removed: tuple[Removed, ...], plugin: str
) -> list[Removed]:
    """The first line left below line ``k`` when it goes on with the call's sentence ('. Pastikan ...')."""
    for span in lines[k + 1 :]:
        if _untouched(span, removed):
            line = text[span[0] : span[1]]
            if line[0] in ".," and len(line) <= _CALL_CLOSE_MAX:
                return [Removed(text=line, start=span[0], end=span[1], rule="call-to-action", plugin=plugin)]
            return []
        if not any(r.start <= span[0] and span[1] <= r.end for r in removed):
            return []  # a line partly kept: the article goes on
    return []


def drop_truncated_teasers(document: Document, article: Article, plugin: str) -> Article:
    """Drop a long paragraph cut inside a word (:func:`truncated_teaser`). Not a line rule: every
    paragraph is longer than the line rules' tests read, and few end in an ellipsis at all."""
    if "..." not in article.body and "…" not in article.body:
        return article  # most texts: one C scan says so
    text = document.text
    extra = [
        Removed(text=text[a:b], start=a, end=b, rule="truncated-teaser", plugin=plugin)
        for pieces, line in _kept_lines(text, article.removed)
        if truncated_teaser(line)
        for a, b in pieces
    ]
    return _with_removed(document, article, extra)


def strip_with(engine: Engine, document: Document, plugin: str) -> Article:
    """``engine.strip(document)``, then the steps that need the neighbouring line or a whole
    paragraph, which a rule cannot see: :func:`keep_subheadings`, :func:`drop_listed_subheadings`,
    :func:`drop_linked_headlines`, :func:`drop_split_calls_to_action`,
    :func:`drop_repeated_paragraphs`, :func:`drop_repeated_headlines`,
    :func:`drop_tag_list` and :func:`drop_truncated_teasers`.
    """
    article = keep_subheadings(document, engine.strip(document), plugin)
    article = drop_listed_subheadings(document, article, plugin)
    article = drop_linked_headlines(document, article, plugin)
    article = drop_split_calls_to_action(document, article, plugin)
    article = drop_repeated_paragraphs(document, article, plugin)
    article = drop_repeated_headlines(document, article, plugin)
    return drop_truncated_teasers(document, drop_tag_list(document, article, plugin), plugin)


def strip(document: Document, plugin: str = "generic") -> Article:
    """The article in ``document`` by the generic Indonesian rules alone.

    ``plugin`` names who asked, for ``Removed.plugin``; the generic rules are the same.
    """
    engine = _ENGINE if looks_indonesian(document.text) else _ENGINE_OTHER_LANGUAGE
    article = strip_with(engine, document, GENERIC.plugin)
    if plugin == GENERIC.plugin:
        return article
    return attrs.evolve(article, removed=tuple(attrs.evolve(r, plugin=plugin) for r in article.removed))
