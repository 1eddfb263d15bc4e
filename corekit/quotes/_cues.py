"""Finding the attribution cues: small patterns compiled on first use, and word sets.

Each test is anchored at a known position (just after a closing mark, just before an opening
one, at a sentence start), so finding a quote's cue costs one look, not a scan per cue word.
The cue words after a mark and before one are looked up in sets, not matched as alternations of
some hundred words: those took 25 ms to compile in every process, longer than a short run spends
on its quotes. INDIRECT and NEXT keep theirs (see there); all compile on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from corekit.lazyre import Patterns
from corekit.quotes._lexicon import (
    AFTER_CUES,
    AGENCIES,
    AGENCY_SPELLINGS,
    BEFORE_CUES,
    ORG_WORDS,
    PASSIVE_CUES,
    PERSON_TITLES,
    PLACES,
)


def _alt(words: Iterable[str]) -> str:
    # Longest first so that ``katakan`` is not read as ``kata``.
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


AFTER_SET = frozenset(AFTER_CUES)
# The cues of speech that may stand between two commas inside a sentence, and those that may
# open one: the plainest 'said' words only, for many others ('ingat', 'harap', 'pesan') are
# ordinary words after a comma too.
ASIDE_CUES: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "tegas", "tambah", "imbuh", "ungkap", "papar", "urai",
    "terang", "lanjut", "sambung", "beber", "jelas", "sebut",
)  # fmt: skip
OPENING_CUES: tuple[str, ...] = ("Kata", "Lanjut", "Tambah")
# Passive speech verbs that open a sentence before who said it ('Dijelaskan Irmansyah, ...',
# 'Disampaikan juga oleh GM, ...', 'Dijelaskannya, ...').
PASSIVE_OPENERS: tuple[str, ...] = (
    "Dikatakan", "Dijelaskan", "Ditambahkan", "Disampaikan", "Diungkapkan", "Ditegaskan",
    "Dituturkan", "Dipaparkan", "Diterangkan", "Dilanjutkan",
    # What the speaker grants: 'Diakui Syarif, di beberapa titik masih ...'; its agent must be
    # a name or 'nya', so 'Diakui atau tidak, ...' reads no speech.
    "Diakui",
)  # fmt: skip
# Speech verbs whose clause may follow with no comma: 'Dia mengatakan polisi masih ...'.
CLAUSE_CUES: tuple[str, ...] = (
    "mengatakan", "menuturkan", "menilai", "mengaku", "menyebut", "menyebutkan", "menegaskan",
    "berpendapat", "bilang",
)  # fmt: skip
# Verbs that report what was said only before 'bahwa' ('Dia mencatat bahwa China ...'); before a
# comma they give a body's figures ('Kemendag mencatat, ...').
# So do denials ('tak menampik bahwa ...' admits it): before a comma 'menepis' and 'menampik' are a
# goalkeeper's parry as often ('Kiper X sigap menepis, tetapi bola ...').
BAHWA_CUES: tuple[str, ...] = ("mencatat", "menampik", "menepis", "menyangkal")
# Speech verbs that take a clause with no comma only when a word that opens one follows; an
# assurance and a confirmation too ('memastikan stok beras akan cukup', 'membenarkan pihaknya
# sudah menerima surat').
OPENER_CUES: tuple[str, ...] = (
    "menjelaskan", "mengungkapkan", "menyampaikan", "menyatakan", "menerangkan", "mengungkap", "mengklaim",
    "memastikan", "membenarkan",
)  # fmt: skip
_CLAUSE_OPENERS = (
    "pihaknya", "ada", "tidak", "belum", "sudah", "telah", "akan", "masih", "jika", "kalau",
    "apabila", "dirinya", "ia", "dia", "mereka", "kami", "kita", "saat ini",
    # the bodies a spokesman speaks of ('menyatakan pemerintah akan ...', 'menyampaikan polisi datang ...')
    "pemerintah", "polisi",
)  # fmt: skip
# Words after such a verb that open no clause said: a thing said, a setting, a manner.
_NOT_A_CLAUSE = (
    "bahwa", "kepada", "pada", "dalam", "saat", "di", "ketika", "usai", "seusai", "dengan", "melalui",
    "dan", "atau", "serta",  # 'menghormati kebebasan berpendapat dan menyampaikan ...'
    "lewat", "via", "secara", "kemarin", "hari", "sebelumnya", "dikutip", "seperti", "hal", "itu",
    "ini", "demikian", "begitu", "sesuatu", "apa", "apapun", "yang", "sebagai", "terhadap",
    "tentang", "soal", "mengenai", "sendiri", "lagi", "kembali", "juga", "pula", "hal-hal",
    # what 'menyebut' and 'menegaskan' take as a thing: 'menyebut nama', 'menegaskan komitmennya'
    "nama", "namanya", "komitmen", "komitmennya", "niat", "niatnya", "pentingnya", "mengapa",
    "sikap", "sikapnya", "dukungan", "dukungannya", "peran", "perannya", "eksistensi",
    "eksistensinya", "pesan", "pengakuan", "posisi", "posisinya", "kesiapan", "kesiapannya",
    "harapan", "harapannya",
)  # fmt: skip
# Words no short subject before an auxiliary holds: a relative clause, a cause, a purpose, an object.
_NOT_IN_SUBJECT = (
    "yang", "karena", "agar", "supaya", "untuk", "dan", "atau", "dengan", "bagi", "kepada", "pada", "di",
    "ke", "dari", "bahwa", "apa", "jika", "kalau", "sepanjang", "selama", "asal", "asalkan", "sehingga",
)  # fmt: skip
_AUXILIARIES = (
    "akan", "telah", "sudah", "masih", "bisa", "dapat", "harus", "perlu", "tidak", "tak", "belum",
    "merupakan", "menjadi", "sedang",
)  # fmt: skip
# 'hal itu' (or 'ini', 'tersebut') as the subject of a clause, not the thing said: an auxiliary, or
# 'berpotensi', follows ('bilang hal tersebut berpotensi berdampak ...'); not 'tidak lama', a time
# ('mengatakan hal itu tidak lama setelah rapat').
_MATTER_AS_SUBJECT = (
    rf"hal[ \t](?:itu|ini|tersebut)[ \t](?!t(?:idak|ak)[ \t]lama)(?:{_alt(_AUXILIARIES)}|berpotensi)[ \t]"
)
BEFORE_SET = frozenset(BEFORE_CUES)
# Words opening the time or the setting a speech verb may take before 'bahwa' ('mengatakan pada
# Senin bahwa'); 'kepada' takes the one spoken to, before 'bahwa' or a comma.
SETTING_WORDS: tuple[str, ...] = (
    "pada", "dalam", "di", "melalui", "lewat", "saat", "ketika", "usai", "seusai",
)  # fmt: skip
# Pronouns a speech verb may follow after the closing mark: ``," ia menambahkan``.
_INVERTED_SUBJECTS = frozenset({"ia", "dia", "beliau"})
# Words a cue after the closing mark may take in front of it: ``," demikian kata X``.
_LEADS = frozenset({"demikian", "begitu", "lanjut", "tambah"})
_AFTER_OTHER = frozenset({"menurut", "menurutnya", "ditambahkan", "ditambahkannya"})
# The speech verbs that stand after a closing mark only behind a pronoun (``," ia menambahkan``):
# their speaker is the latest subject, not a name after them.
INVERTED_CUES = BEFORE_SET - AFTER_SET - _AFTER_OTHER
# What the words between a cue and the opening mark may not hold: the clause would have ended.
_MID_STOP = frozenset('.!?“”"\n')


def _by_ending(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    # Cue words by their last three letters, longest first: a word in the clause is tested
    # against the few cues that can end it, not against them all.
    table: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        table.setdefault(w[-3:], []).append(w)
    return {k: tuple(v) for k, v in table.items()}


_BEFORE_ENDING = _by_ending(BEFORE_CUES)
_AFTER_ENDING = _by_ending(AFTER_CUES)
_AGENCY_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _a in sorted(AGENCIES, key=len, reverse=True):
    _AGENCY_BY_FIRST[_a[0]] = (*_AGENCY_BY_FIRST.get(_a[0], ()), _a)


P = Patterns(
    # Right after the closing mark: ``," kata Putin``, ``" ujarnya.``, ``," demikian kata X``: the
    # words are read here and tested against the cue sets. It is only ever matched right after
    # a mark, never after a space: the look-behind and the possessive runs keep a scan over a
    # long run of spaces linear.
    AFTER=r"(?<![ \t])[ \t]*+[,.]?[ \t]*+(\p{L}++)",
    # The word after a lead word; the look-behind keeps a scan over a run of spaces linear.
    NEXT_WORD=r"(?<![ \t])[ \t]++(\p{L}++)",
    # A sentence that names who said the quote just before it: ``Demikian disampaikan X``,
    # ``Hal itu diungkapkan oleh X``. Rarely needed, so its word list may stay a pattern.
    NEXT=(
        rf"(?:Demikian|Begitu|Hal[ ](?:itu|tersebut|ini)|Pernyataan[ ](?:itu|tersebut|ini)|Itu|Ucapan"
        rf"[ ](?:itu|tersebut)|Kalimat[ ](?:itu|tersebut))(?![\p{{L}}])[^.!?\n]{{0,60}}?"
        rf"(?P<cue>{_alt(PASSIVE_CUES)})(?![\p{{L}}])"
    ),
    # ``seperti dikutip AFP``, ``dilansir dari Reuters``, ``mengutip Reuters``: the agency after
    # it is looked up in AGENCIES.
    VIA=(
        # Opening the sentence too: 'Mengutip Reuters, X mengatakan ...'.
        r"(?:[Dd]ikutip|[Dd]ilansir|[Mm]engutip|[Mm]elansir|dilaporkan|kutip|lansir|laporan|diberitakan|memberitakan"
        # Sports and wire copy cite its source as news told: 'seperti dikabarkan Football Espana'.
        r"|dikabarkan|diwartakan)"
        # A scraper may glue the agency to the verb ('dilansirAntara', 'dari lamanCNA').
        r"(?:[ \t]+(?:dari|oleh))?(?:[ \t]+(?:laman|situs))?(?:[ \t]+|(?=\p{Lu}))"
    ),
    # A medium the agency list does not hold, cited by name: 'dilansir dari Crash', 'dikutip Mundo
    # Deportivo', 'melansir Livescience'. Up to four capitalised words; not a day or a month.
    MEDIUM=(
        r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli"
        r"|Agustus|September|Oktober|November|Desember)(?![\p{L}]))"
        r"\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*+(?:[ ]\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*+){0,3}"
    ),
    ADDRESSEE=r"(?<![\p{L}])kepada[ \t]+",
    # Spoken 'ke' for 'kepada' before a capital ('celetuk warga ke Gibran'); mostly a place.
    ADDRESSEE_KE=r"(?<![\p{L}])ke[ \t]+(?=\p{Lu})",
    # 'Kantor Berita Emirates (WAM)', 'kantor berita resmi Xinhua': an agency called so.
    NEWS_AGENCY=r"[Kk]antor[ ][Bb]erita(?:[ ]resmi)?[ ]+",
    # 'penyiar Tolo News', 'media lokal Sina', 'harian Kompas': a medium called by what it is.
    MEDIUM_NOUN=(
        r"(?:penyiar|stasiun[ ]televisi|televisi|surat[ ]kabar|harian|koran|majalah|tabloid|media)"
        r"(?:[ ](?:lokal|setempat))?[ ]+"
    ),
    # A stop a scraper glued to the next sentence: '... Tolo News.Negosiasi'.
    GLUED_SENTENCE=r"\.(?=\p{Lu}\p{Ll})",
    SHORT_FORM=r"[ ]\((\p{Lu}[\p{Lu}\d-]{1,9})\)",
    # Reported speech: ``X mengatakan, ...``, ``X mengatakan bahwa ...``, ``Menurut X, ...``. The
    # speech verbs stay an alternation here (2 ms to compile): with any word as the cue, a search
    # would restart the text at every word before a comma.
    INDIRECT=(
        # Wire copy puts the day or the occasion between the verb and 'bahwa' ('mengatakan pada Senin
        # (16/6) bahwa', 'menegaskan dalam pernyataannya bahwa'); before a comma such a phrase may
        # as well close the sentence, so only 'bahwa' takes it.
        rf"(?:(?<![\p{{L}}])(?P<cue>{_alt(BEFORE_CUES)})(?P<mid>(?:[ \t]+kepada[ \t]+[^,.\n“”\"]{{1,60}}?"
        rf"|[ \t]+(?:{_alt(SETTING_WORDS)})[ \t]+[^,.\n“”\"]{{1,60}}?(?=[ \t]+bahwa[ \t])"
        # A weekday, though, closes no sentence: it may stand before the comma too ('mengatakan
        # pada hari Sabtu (12/4/2025), ...').
        r"|[ \t]+pada[ \t]+(?:hari[ \t]+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
        r"(?:[ \t]*\([\d/]{3,12}\))?(?=[ \t]*,))?)"
        rf"(?:[ \t]*,[ \t]*(?:bahwa[ \t]+)?|[ \t]+bahwa[ \t]+)"
        # Verbs that report speech only before 'bahwa': 'Dia mencatat bahwa ...' ('BPS mencatat,
        # ...' gives figures).
        rf"|(?<![\p{{L}}])(?P<cue>{_alt(BAHWA_CUES)})(?P<mid>)[ \t]+bahwa[ \t]+"
        # 'X mengatakan <clause>', neither comma nor 'bahwa' between: only a verb that takes a
        # clause, and not before a thing said ('mengatakan hal serupa', 'mengatakan itu') or the
        # reporter's setting ('mengatakan saat ditemui, ...').
        # Not the noun of a right or a freedom: 'kebebasan berpendapat warga', 'hak berpendapat rakyat'.
        rf"|(?<![\p{{L}}])(?<!(?i:kebebasan|hak)[ \t])(?P<cue>{_alt(CLAUSE_CUES)})(?P<mid>)[ \t]+"
        # 'saat ini' and 'saat itu' open a clause as a time ('mengatakan saat ini polisi ...').
        # Nor 'hal itu' as a subject, an auxiliary after it ('mengatakan hal itu tidak menjadi soal').
        rf"(?!(?!saat[ \t]i(?:ni|tu)[ \t]|{_MATTER_AS_SUBJECT})(?:{_alt(_NOT_A_CLAUSE)})(?![\p{{L}}\-]))"
        r"(?=[“\"]?\p{L})"
        # Verbs as often followed by a thing ('menjelaskan cara kerja', 'mengungkapkan rasa
        # syukur'): only before a word that opens a clause ('menjelaskan pihaknya masih ...').
        rf"|(?<![\p{{L}}])(?P<cue>{_alt(OPENER_CUES)})(?P<mid>)[ \t]+"
        rf"(?=(?:{_alt(_CLAUSE_OPENERS)})[ \t]"
        # or before a subject of up to three words and an auxiliary ('menerangkan aturan itu juga
        # bisa ...'): no thing said ('rasa senangnya karena bisa'), no relative clause ('cara kerja
        # mesin yang bisa').
        rf"|(?!(?:{_alt(_NOT_A_CLAUSE)}|rasa|apa|cara)(?![\p{{L}}\-]))"
        rf"(?:(?!(?:{_alt(_NOT_IN_SUBJECT)})[ ])\p{{Ll}}[\p{{Ll}}-]*+[ ]){{1,3}}"
        rf"(?:juga[ ])?(?:{_alt(_AUXILIARIES)})[ ])"
        # 'Menurut X,' opening a sentence (its stop glued on or not, after a word or a date's
        # bracket: '(13/12).Menurut'), 'menurut X,' after a comma,
        # and 'Menurutnya,'. Two spaces may follow the stop, as some scrapes keep them.
        rf"|(?:(?:(?<=^|\n|[.!?][ \t]+|(?<=[\p{{Ll}})])[.!?])(?P<cue>Menurut)|(?<=,[ \t])(?P<cue>menurut))"
        # An office may run long before the name ('Menurut Ketua Umum Asosiasi ... (APTRI) X,'); a
        # colon ends no speaker ('Menurut dokumen perintah eksekutif: ...').
        # 'Menurutnya' opening a sentence may drop its comma before the clause ('Menurutnya
        # industri itu ...'); not 'Menurutnya sendiri' nor an adverb and its comma ('Menurutnya pula, ...').
        rf"(?:(?P<mid>nya|[ \t][^,.:\n“”\"]{{1,100}}?),[ \t]*"
        r"|(?<=Menurut)(?P<mid>nya)[ \t]+(?!sendiri)(?=\p{Ll}+[ \t])(?!\p{Ll}+,)))"
        # A cue set between commas ('Karena itu, lanjutnya, ...', 'Dalam hal ini, kata Kompol X,
        # ...') or opening a sentence ('Kata dia, ...'): its speaker is 'nya', a pronoun or a
        # capitalised name or title, so that 'kata tetangga' or 'sebut saja' read no speech.
        rf"|(?:(?<=,[ \t])(?P<cue>{_alt(ASIDE_CUES)})|(?<=^|\n|[.!?][ \t]+|(?<=[\p{{Ll}})])[.!?])"
        rf"(?P<cue>{_alt(OPENING_CUES)}))"
        rf"(?P<mid>nya|[ \t](?:dia|ia|beliau)|[ \t]\p{{Lu}}[^,.\n“”\"]{{0,60}}?),[ \t]*"
        # A passive verb opening the sentence, then its agent: 'Dijelaskan (juga) (oleh) Andri, ...'.
        rf"|(?<=^|\n|[.!?][ \t]+)(?P<cue>{_alt(PASSIVE_OPENERS)})(?:[ \t]+juga)?(?:[ \t]+oleh)?"
        rf"(?P<mid>nya|[ \t]\p{{Lu}}[^,.\n“”\"]{{0,60}}?),[ \t]*)"
        # The text runs to the first sentence end (one character at least), possessively: a lazy
        # ``[^“”"\n]+?`` tested the look-ahead at every character (8-12 us a match). A scraper
        # may drop the space after a sentence's stop ('ke rumah sakit.Selain itu'): a stop between
        # a lower-case letter, a figure or a percent sign ('naik 19%.Selain') and a capitalised
        # word ends it too, as does one before a subheading in capitals glued on with it
        # ('pasokannya.CHEVRONChevron Corp'); not a decimal, nor 'PK.2/2018'.
        # A term in quote marks inside it goes on with it: 'langkah yang "tepat" dan ...'.
        # It may open with such a term too: 'Brik mengatakan “kekalahan” itu akan ...'. The stop of
        # 'No.' before a figure ('Jalan Merdeka No. 3', 'Permendag No. 68/2020') ends nothing.
        r"(?P<text>(?:[^“”\"\n]|[“\"][^“”\"\n.!?]{1,40}[”\"](?=[ \t,;:)]))"
        r"(?:[^“”\"\n.!?]++|[.!?](?![ \t]|$|\n|(?<=[\p{Ll}\d)%].)\p{Lu}+\p{Ll}|[“\"])"
        r"|(?<=(?<![\p{L}])No)\.(?=[ \t]\d)"
        r"|(?<=[ \t(])[“\"][^“”\"\n.!?]{1,40}[”\"](?=[\s,;:).!?]))*+)"
        r"(?=[.!?](?:[ \t]|$|\n|(?<=[\p{Ll}\d)%].)\p{Lu}+\p{Ll}|[“\"])|\n|$)"
    ),
    SENTENCE_END=r"[.!?](?=[ \t]+[\p{Lu}“\"]|\s*$|\n)|\n",
    # The dot of a short form just opened in brackets ('ujar Kepala Lapas (Ka. KPLP), Nama') ends no
    # clause: the speaker after the cue stands behind it.
    CLAUSE_STOP=r"[.!?](?<!\(\p{Lu}\p{Ll}{0,3}\.)(?=[ \t]|$)|\n|[“”\"]",
    WORD_CHAR=r"\w",
)


def _after_word(word: str) -> bool:
    if word in AFTER_SET or word in _AFTER_OTHER:
        return True
    return word.endswith("nya") and word[:-3] in AFTER_SET


def after_cue(body: str, pos: int, endpos: int) -> tuple[str, int] | None:
    """The cue right after a closing mark at ``pos`` (``," kata Putin``): (cue, where it ends)."""
    m = P.AFTER.match(body, pos, endpos)
    if m is None:
        return None
    w = m.group(1)
    end = m.end()
    if w in _LEADS:
        m2 = P.NEXT_WORD.match(body, end, endpos)
        if m2 is not None and _after_word(m2.group(1)):
            end2 = m2.end()
            if end2 >= endpos or not body[end2].isnumeric():
                return m2.group(1), end2
    if _after_word(w) and (end >= endpos or not body[end].isnumeric()):
        return w, end
    if w in _INVERTED_SUBJECTS:
        # '," ia menambahkan.': a translation puts the pronoun before a speech verb.
        m2 = P.NEXT_WORD.match(body, end, endpos)
        if m2 is not None and m2.group(1) in INVERTED_CUES:
            return m2.group(1), m2.end()
    glued = next((k for k in range(2, len(w)) if w[k].isupper()), 0)
    if glued and w[:glued].islower() and _after_word(w[:glued]):
        # A scraper glued the cue to the name after it ('kataMenkes Budi').
        return w[:glued], m.start(1) + glued
    return None


def _suffix(body: str, start: int, end: int, table: dict[str, tuple[str, ...]]) -> str | None:
    """The longest cue in ``table`` that ``body[start:end]`` ends with (a cue may end a longer word)."""
    if end - 3 < start:
        return None
    for cue in table.get(body[end - 3 : end], ()):
        at = end - len(cue)
        if at >= start and body.startswith(cue, at):
            if at > start and body[at - 1].isalpha() and _prefixed(body, at):
                # Not glued to a name but made another word ('Peraturan Menteri tersebut, "...').
                return None
            return cue
    return None


def _prefixed(body: str, at: int) -> bool:
    """Whether the word ending at ``at`` is the prefix 'ter' alone: 'tersebut' (that), 'terungkap'
    (it came out) say no one spoke. A passive cue keeps its 'di' ('Hal itu dikatakan, "...')."""
    return body.startswith("ter", at - 3) and (at == 3 or not body[at - 4].isalpha())


def before_cue(body: str, start: int, end: int) -> tuple[str, int, int, int, bool] | None:
    """The cue closing the clause ``body[start:end]`` before an opening mark.

    ``Putin mengatakan, "``, ``kata Li: "``, ``Menurut dia, "``: a cue, then at most 120 (80)
    characters without a sentence end, then ``,``, ``:`` or ``bahwa``. Read from the right: the
    cue nearest the mark wins, a speech verb before a ``kata``-cue, both before ``menurut``.
    Returns (cue, cue start, words-between start, words-between end, whether it is a ``-nya`` cue).
    """
    e = end
    if e > start and body[e - 1] == "\n":
        e -= 1  # as ``$`` does, the clause may end before a line break
    while e > start and body[e - 1] in " \t":
        e -= 1
    ends = []
    b = -1
    if e > start and body[e - 1] in ",:":
        b = e - 1
    elif e - 5 >= start and body.startswith("bahwa", e - 5) and not _word_char(body, e - 6):
        b = e - 5
    if b >= 0:
        while b > start and body[b - 1] in " \t":
            b -= 1
        ends.append(b)
    ends.append(e)
    for b in ends:
        found = _before_at(body, start, end, b)
        if found is not None:
            return found
    return None


def _word_char(body: str, i: int) -> bool:
    # What ``\b`` calls a word character (marks count, ``²`` does not): rare enough to ask regex.
    return i >= 0 and P.WORD_CHAR.match(body, i, i + 1) is not None


def _cue_end(body: str, start: int, end: int, c: int) -> bool:
    # A cue ends at ``c`` when a letter stands before it and none after it.
    return c > start and body[c - 1].isalpha() and (c >= end or not body[c].isalpha())


def _cue_ends_before(body: str, start: int, end: int, b: int, reach: int) -> Iterator[int]:
    """Where a cue may end, from ``b`` back at most ``reach`` characters, never across a stop."""
    c = b
    low = max(start, b - reach)
    while True:
        if _cue_end(body, start, end, c):
            yield c
        if c <= low or body[c - 1] in _MID_STOP:
            return
        c -= 1


def _before_at(body: str, start: int, end: int, b: int) -> tuple[str, int, int, int, bool] | None:
    # A speech verb up to 120 characters before ``b``.
    for c in _cue_ends_before(body, start, end, b, 120):
        cue = _suffix(body, start, c, _BEFORE_ENDING)
        if cue is not None:
            return cue, c - len(cue), c, b, False
    # A ``kata``-cue (``kata Li:``, ``katanya,``) up to 80 characters before it.
    for c in _cue_ends_before(body, start, end, b, 80):
        if c - 3 >= start and body.startswith("nya", c - 3):
            cue = _suffix(body, start, c - 3, _AFTER_ENDING)
            if cue is not None:
                return cue + "nya", c - 3 - len(cue), c, b, True
        cue = _suffix(body, start, c, _AFTER_ENDING)
        if cue is not None:
            return cue, c - len(cue), c, b, False
    # ``Menurut X,``: a space and 1 to 80 characters after it.
    c = b
    low = max(start + 7, b - 81)
    while c > low and body[c - 1] not in _MID_STOP:
        c -= 1
        if c < b - 1 and body[c] in " \t" and body[c - 7 : c] in ("Menurut", "menurut"):
            return body[c - 7 : c], c - 7, c, b, False
    return None


def agency_at(body: str, pos: int, endpos: int) -> str | None:
    """The news agency named at ``pos`` (a whole word), the longest that fits."""
    if pos >= endpos:
        return None
    for name in _AGENCY_BY_FIRST.get(body[pos], ()):
        end = pos + len(name)
        if (
            end <= endpos
            and body.startswith(name, pos)
            and (end >= endpos or not body[end].isalpha() or body.startswith(_DAYS, end))
        ):
            return AGENCY_SPELLINGS.get(name, name)
    site = _SITE.match(body, pos, endpos)
    return site.group() if site else None


# A day glued to the agency before it: 'dikutip dariCNBCRabu (11/6)'.
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# A news site by its address or a detik regional desk: 'dikutip TribunJakarta.com', 'dilansir
# detikJogja'. Its runs are bounded: scanned over a long word, the pattern stays linear.
_SITE = regex.compile(
    r"(?:detik\p{Lu}\p{Ll}{1,20}|detikcom|\p{Lu}[\p{L}\d]{0,30}+\.(?:com|co\.id))(?![\p{L}\d])"
)


def via(body: str, start: int, end: int) -> str | None:
    """The agency a passage is cited from: ``seperti dikutip AFP``, ``dilansir dari Reuters``."""
    pos = start
    while True:
        m = P.VIA.search(body, pos, end)
        if m is None:
            return None
        found = (
            agency_at(body, m.end(), end)
            or _news_agency(body, m.end(), end)
            or _medium_at(body, m.start(), m.end(), end)
        )
        if found is not None:
            return found
        pos = m.start() + 1


def _news_agency(body: str, pos: int, end: int) -> str | None:
    """An agency named as such: 'dikutip Kantor Berita Austria (APA)' by its short form in
    brackets, 'dilansir dari kantor berita Reuters' as the agency list knows it. Without either,
    'Kantor Berita Austria' names a country, no agency."""
    m = P.NEWS_AGENCY.match(body, pos, end)
    if m is None:
        return _medium_called(body, pos, end)
    known = agency_at(body, m.end(), end)
    if known is not None:
        return known
    name = P.MEDIUM.match(body, m.end(), end)
    short = P.SHORT_FORM.match(body, name.end(), end) if name else None
    return short.group(1) if short else None


def _medium_called(body: str, pos: int, end: int) -> str | None:
    """A medium called by what it is: 'dikutip penyiar Tolo News', 'dilansir dari media lokal
    Sina'. Not a country ('media Jepang') nor a platform ('media sosialnya')."""
    m = P.MEDIUM_NOUN.match(body, pos, end)
    if m is None:
        return None
    name = P.MEDIUM.match(body, m.end(), end)
    if name is None or body[name.end() : name.end() + 1].isalpha():
        return None
    found = name.group()
    first = found.partition(" ")[0]
    if first in PLACES or first in _NOT_MEDIUM or first in _PLATFORMS:
        return None
    glued = P.GLUED_SENTENCE.search(found)
    return found[: glued.start()] if glued else found  # 'Tolo News.Negosiasi sedang ...'


# The verbs that name the medium a passage was taken from. Not 'mengutip', whose object is as
# often the person quoted ('mengutip pernyataan Menteri ...'), nor 'laporan' or 'diberitakan'.
_TAKEN_FROM = ("dikutip", "dilansir", "melansir", "lansir", "kutip", "dikabarkan", "diwartakan")
# First words of a capitalised run that make it an office or a title, not a medium: 'dikutip
# Kantor Berita Austria', 'dilansir Badan ...'.
_NOT_MEDIUM = ORG_WORDS | PERSON_TITLES
# Social platforms: where the speaker posted, not an agency or a medium that reported it.
_PLATFORMS = frozenset((
    "Instagram", "YouTube", "Youtube", "TikTok", "Tiktok", "Twitter", "Facebook", "Threads", "X",
    "WhatsApp",
))  # fmt: skip


def _medium_at(body: str, verb: int, pos: int, end: int) -> str | None:
    """A medium named by capitalised words right after 'dikutip (dari)' and the like."""
    if not body.startswith(_TAKEN_FROM, verb):
        return None
    m = P.MEDIUM.match(body, pos, end)
    if m is None or m.group().partition(" ")[0] in _NOT_MEDIUM or m.group().endswith("nya"):
        return None  # 'dikutip dari Reutersnya': a word of Indonesian, no name
    if m.group().partition(" ")[0] in _PLATFORMS:
        return None  # 'dikutip dari Instagram @x': the speaker's own post, no medium citing it
    if body[m.end() : m.end() + 1].isalpha():
        return None  # cut off where the passage searched ends: not the whole name
    return m.group()
