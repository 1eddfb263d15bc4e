"""Who the people in a body are, as far as quote attribution needs to know.

The names module (``corekit.names``) is the real entity finder; its ``Name`` objects are used
when the caller passes them. This index is the small private fallback the quote finder needs
on its own: capitalised runs, split into a role (``Menteri Pertahanan Rusia``) and a name
(``Sergei Shoigu``), a short mention (``Shoigu``) mapped to the fullest name the body writes.

Everything is lazy: a paragraph's runs are read only when a quote needs to look there, and a
name is looked up only where it occurs (``str.find``), so the cost follows the number of quotes
rather than the length of the body.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from corekit.lazyre import Patterns
from corekit.model import Name
from corekit.names.lexicon import DAYS, GIVEN_NAMES, MONTHS, NOUN_HEADS, ROMAN_NUMERALS, TRAILING_HEADS
from corekit.names.persons import (
    closes_a_body,
    common_in_body,
    introduced,
    name_word,
    occurrences,
    speaks_alone,
    title_case_line,
)
from corekit.names.words import english, indonesian, term
from corekit.quotes._lexicon import (
    AFTER_CUES,
    AGENCIES,
    BEFORE_CUES,
    NAME_PREFIXES,
    NOT_NAMES,
    ORG_WORDS,
    PASSIVE_CUES,
    PERSON_TITLES,
    PLACES,
    ROLE_SHORT,
    SENTENCE_WORDS,
    VIEW_CUES,
)

_WORD = (
    r"(?:(?:Prof|Dr|Ir|Hj|H|KH|Drs|Dra|St|Jr|Sr|Mr|Mrs|Ms)\.|\p{Lu}\.(?=[ ]\p{Lu})"
    r"|\p{Lu}[\p{L}\p{M}\p{N}’'`\-]*(?:\.(?:com|co|id|net|org)\b)?)"
)
# A short form may hold a dotted abbreviation ('(Ka. KPLP)'); without the dot the bracket broke the
# run, and a speaker after 'ujar Kepala ... (Ka. KPLP), Nama' was lost.
_PAREN = r"\((?:\p{Lu}[\p{L}\p{N}\-]*)(?:\.?[ ]\p{Lu}[\p{L}\p{N}\-]*){0,3}\)"
# A capitalised run: words joined by single spaces, name particles and a bracketed acronym
# (``Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo``) kept inside.
_P = Patterns(
    # Every run opens with a capital or a bracket: the look-ahead, tried first, lets a scan over a
    # paragraph pass every other character cheaply.
    RUN=(
        rf"(?=[\p{{Lu}}(])(?<![\p{{L}}\p{{N}}])(?:{_WORD}|{_PAREN})"
        rf"(?:[ ](?:(?:bin|binti|van|von|der|den|de|al|el|la|of)[ ])?"
        rf"(?:{_WORD}|{_PAREN}|\d{{1,3}}(?=[ ]\p{{Lu}})))*"
    ),
    AGE=r"[ ]?\(\d{1,3}\)",
    # A capitalised name and its age closing the text before a comma: 'Ipah (40)'.
    AGED_NAME=r"\p{Lu}\p{Ll}+[ ]\(\d{1,3}\)$",
    SAPAAN=r",[ ]sapaan(?:[ ]akrab)?[ ]",
    CLAUSE_END=r"[.!?](?:[ ]|$)|\n|[“”\"]",
    # A sentence's end before the next one, within a paragraph.
    STOP=r"[.!?][\"”’)]*[ \t]+(?=[\p{Lu}\"“])",
)
_SENTENCE_MARKS = frozenset('.!?:“”"')
# Word sets instead of patterns: the checks below look at one or a few words next to a name.
CUE_WORDS = frozenset(AFTER_CUES) | {c + "nya" for c in AFTER_CUES} | {"menurut", "Menurut", "menurutnya"}
VERB_WORDS = frozenset(BEFORE_CUES) - frozenset(VIEW_CUES)
# Verbs of opinion the speech-verb list does not hold, after which a name speaks next ('... Rimawan
# Pradiptyo juga menyoroti ...').
_OPINION_VERBS = frozenset(
    ("menjabarkan", "membenarkan", "menyoroti", "mengkritik", "menyayangkan", "mengingatkan")
)
# Between a cue and a name: the name came with the speaker, it did not speak.
_COMPANY = frozenset(("yang", "bersama", "didampingi", "dengan", "serta"))
# Words in front of a mention that make it an object, not the one speaking.
_OBJECT_WORDS = frozenset(
    {
        "kepada",
        "terhadap",
        "dengan",
        "untuk",
        "bagi",
        "menemui",
        "bertemu",
        "menyambut",
        "menerima",
        "mengunjungi",
        "menghubungi",
        "menelepon",
        "melawan",
        "tentang",
        "soal",
        "atas",
        # After a locative it is a place: ``tim di Sugapa akan mengungkapkan``.
        "di",
        "ke",
        "dari",
        "bersama",
        "didampingi",
        "mendampingi",
        "informasi",
        # A publication or a source quoted, not a speaker: ``ujar Sergio Ramos dikutip Mundo Deportivo``.
        "dikutip",
        "mengutip",
        "dilansir",
        "melansir",
        "dikabarkan",
        "diberitakan",
        # An occasion: ``ditemui di sela Peringatan Isra Miraj``.
        "sela",
        # A site: ``pabrik di kawasan industri Nam Dinh Vu``, a place the names module may read as a person.
        "kawasan",
        "industri",
        # A possessor: ``pembakaran rumah Chaerul``, ``istri Ferdy Sambo``.
        "rumah",
        "kediaman",
        "istri",
        "suami",
        "anak",
        "keluarga",
        "milik",
        "akun",
        # What someone said or did, answered by another: ``Musk menanggapi wawancara Navarro``.
        "wawancara",
        "kebijakan",
        "unggahan",
        "kritik",
        "tudingan",
        "tuduhan",
        "klaim",
    }
)
# Media that say what they report: a name set off by commas after one is its own ('surat kabar
# terkemuka Austria, Kronen Zeitung'), not a person's.
_MEDIA = frozenset(("kabar", "koran", "harian", "majalah", "tabloid", "situs", "laman", "portal", "televisi"))
# Looking back for who a '-nya' cue means, a name after 'pada' or 'dalam' is no subject either
# ('pada Serat Centhini, ... yang menceritakan').
_LATEST_OBJECT_WORDS = _OBJECT_WORDS | {"pada", "dalam"}
# Prepositions: the name after one is no subject of the verb that follows it.
_PREPOSITIONS = frozenset(("dari", "di", "ke", "pada", "dalam", "untuk", "bagi", "dengan", "bersama"))
# Words before a role that make its holder an object or a possessor ('langkah Presiden Prabowo
# mencabut izin': the President's move, told by someone else). Not prepositions: in a role they
# open a body's name ('Pengamat dari Universitas Lampung X').
_ROLE_OBJECT_WORDS = (_OBJECT_WORDS - _PREPOSITIONS - {"tentang", "soal", "atas", "informasi", "sela"}) | {
    "langkah",
    "keputusan",
    # ... and company: 'Hakim sependapat dengan Jaksa Penuntut Umum', 'bersama Kepala Dinas X'.
    "dengan",
    "bersama",
}
# Words that go on with a list after its comma: 'Bidang Politik, Hukum, dan Keamanan'.
_LISTING = frozenset(("dan", "serta", "atau"))
# Verbs whose object is who says it: 'mengutip Menteri Pertahanan X', 'menurut Ketua KPU X'.
_SOURCE_VERBS = frozenset(("menurut", "mengutip", "melansir"))
# Words before a role after which its holder is no subject of the clause's verb. Not 'dengan': a
# subheading glued to the paragraph ends on it ('Diangkut dengan Hercules CEO Torch X
# mengatakan'); not a source verb, whose object is who says it.
_OWNER_OR_OBJECT = _ROLE_OBJECT_WORDS - _SOURCE_VERBS - {"dengan"}
# Words that give the person before them a role: what follows is that role.
_AS_ROLE = frozenset(("selaku", "sebagai"))
_LOWER_TITLES = frozenset(w.lower() for w in PERSON_TITLES if len(w) > 2)
# Conjunctions opening a clause inside another's sentence.
_SUBORDINATORS = frozenset(
    ("karena", "sebab", "sehingga", "jika", "kalau", "apabila", "ketika", "saat", "setelah")
)
_PASSIVE_WORDS = frozenset(PASSIVE_CUES) - {"pernyataan", "ucapan", "penjelasan", "keterangan"}
_first = operator.itemgetter(0)
# Words between a verb and a name closing its sentence that make the name no object: an agent
# ('oleh'), a copula, one named ('bernama').
_NOT_AN_OBJECT = frozenset(("oleh", "adalah", "ialah", "yakni", "yaitu", "merupakan", "bernama", "yang"))


# Cue words that close a compound noun after these words: 'tanggung jawab' (responsibility) and
# 'tanya jawab' (questions and answers) are no 'jawab' (answered): 'tanggung jawab Kemendagri'
# names no speaker.
_NOUN_BEFORE_CUE = {"jawab": frozenset(("tanggung", "tanya"))}


def _in_compound_noun(word: str, before: str) -> bool:
    """Whether the cue ``word`` closes a compound noun with the word ``before`` it."""
    return before in _NOUN_BEFORE_CUE.get(word, ())


def _a_term(name: str) -> bool:
    """Whether the names module reads ``name`` as a term, not a person: English words, or Indonesian
    root words, alone or first (``english``, ``term``)."""
    tokens = name.split()
    return english(tokens) or term(tokens)


def _cued(body: str, pos: int) -> bool:
    """Whether a cue word stands right before ``pos`` (``kata Putin``, ``Menurut Putin``)."""
    word = _word_before(body, pos)
    return word in CUE_WORDS and not _in_compound_noun(word, _word_before(body, pos - len(word) - 1))


def _word_before(body: str, pos: int) -> str:
    j = pos
    while j > 0 and body[j - 1] == " ":
        j -= 1
    # Mostly the word runs back to a space: find it in C and check it is all letters.
    k = body.rfind(" ", max(0, j - 40), j) + 1
    word = body[k:j]
    if k > 0 and word.isalpha():
        return word
    k = j
    while k > 0 and body[k - 1].isalpha():
        k -= 1
    return body[k:j]


def _word_start(body: str, end: int) -> int:
    """Where the word ending at ``end`` starts: after the last space or line break before it."""
    space = body.rfind(" ", 0, end)
    # A line break counts only after that space: searching the whole body for one would walk
    # back over the paragraph for every word.
    newline = body.rfind("\n", space + 1, end)
    return max(space, newline) + 1


def _word_after(body: str, pos: int) -> str:
    n = len(body)
    while pos < n and body[pos] in " ,":
        pos += 1
    k = pos
    while k < n and body[k].isalpha():
        k += 1
    return body[pos:k]


def _aged_apposition(body: str, end: int) -> bool:
    """Whether an age and a lower-case apposition follow a name ending at ``end`` ('Naufal (20),
    salah satu pengunjung,'): the way an article introduces someone it names by one word."""
    age = _P.AGE.match(body, end)
    if age is None:
        return False
    after = age.end()
    return body[after : after + 2] == ", " and body[after + 2 : after + 3].islower()


def _one_of(body: str, pos: int) -> bool:
    """Whether 'salah satu' or 'salah seorang' and a lower-case word follow a name ending at
    ``pos`` ('Ruli, salah satu peserta, ...'): the way an article introduces one of a group by
    a single name."""
    if body[pos : pos + 2] != ", ":
        return False
    words = body[pos + 2 : pos + 40].split(" ", 3)
    return len(words) > 2 and words[0] == "salah" and words[1] in ("satu", "seorang") and words[2].islower()


def _speaks_for_a_body(body: str, pos: int) -> bool:
    """Whether a body's capitalised name, then a speech verb, follow ``pos`` (after 'dari'): 'Darwis
    dari Green of Borneo Kalimantan Utara menambahkan' is a person speaking for the body."""
    words = body[pos : pos + 120].split(None, 9)
    k = 0
    while k < len(words) - 1 and (words[k][:1].isupper() or words[k] in ("of", "&", "-")):
        k += 1
    if k == 0:
        return False
    if words[k] in ("juga", "pun"):
        k += 1
    return k < len(words) and words[k].strip(",") in VERB_WORDS


def _apposition(body: str, pos: int) -> bool:
    # ``Tri Maharini, dokter emergensi ...``: a lower-case role in apposition.
    if body[pos : pos + 2] != ", ":
        return False
    words = body[pos + 2 : pos + 40].split(" ", 3)
    if words[:1] == ["sang"] and words[1:2] and words[1].islower():
        return True  # 'Sigit, sang vokalis, ...': 'sang' describes a person by what they are
    if words[:1] == ["selaku"]:
        return True  # 'Dimas, selaku pengelola kolam, ...': the office someone holds
    if words[:2] == ["salah", "satu"]:
        words = words[2:]
    elif words[:1] == ["seorang"]:
        words = words[1:]
    first = words[0].strip(",") if words else ""
    return first in _LOWER_TITLES or _bare(first) in PERSON_TITLES


_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "den", "de", "al", "el", "la", "of"})
_ROLE_CONNECT = frozenset(PERSON_TITLES | ORG_WORDS | PLACES | NOT_NAMES)


def _bare(word: str) -> str:
    return word.rstrip(".")


def _a_neighbourhood(run: _Run) -> bool:
    """Whether ``run`` opens with a neighbourhood's number ('RW 002 Duri Kepa', 'RT 3 Kampung
    Baru'): the name after it is the place's."""
    words = run.words
    return len(words) > 2 and words[0][2] in ("RT", "RW") and words[1][2].isdigit()


def _nya_adverb(word: str) -> bool:
    """Whether ``word``, ending in -nya, is long enough to be an adverb opening a sentence before a
    name ('Awalnya IL', 'Rupanya Budi'): three letters at least before the -nya, which short names
    ('Sonya', 'Dhanya') do not have."""
    return len(word) >= 7 and word[1:].islower()


def _is_acronym(word: str) -> bool:
    # Two capitals are a person's initials (``Mahfud MD``, ``Bambang PS Brodjonegoro``); the
    # two-letter institutions are listed in ORG_WORDS.
    w = word.strip("()")
    return len(w) >= 3 and w.isupper() and w.isalpha()


def _a_date(body: str, run: _Run) -> bool:
    """A day, or a month followed by a number or a bracket: the date after a cue, no speaker
    ('katanya Senin (9/6/2025)', 'imbuhnya Juli 2025'; but 'lanjut Juni' names a person)."""
    words = [_bare(w) for _, _, w in run.words]
    if len(words) != 1:
        return False
    after = body[run.end : run.end + 2]
    return words[0] in DAYS or words[0] in MONTHS and (after == " (" or after[1:].isdigit())


@functools.lru_cache(maxsize=1 << 16)
def _role_word(word: str) -> bool:
    b = _bare(word)
    if b.isdigit() or b == "of" or b in ROMAN_NUMERALS or "." in b:
        # ``Daop 1``, ``Head of Communication``, ``Wilayah IV``, and a site (``Startupindonesia.co``):
        # only a domain puts a dot inside a word of a run.
        return True
    if b in _ROLE_CONNECT or word in _ROLE_CONNECT or _is_acronym(word) or word.startswith("("):
        return True
    # ``Yogyakarta-Solo``, ``Wahdi-Qomaru``: capitalised compounds are routes and tickets, not people.
    if any(c.isdigit() for c in b):
        return True  # ``Cobid-19``, ``H-1``: codes and dates
    return "-" in b and any(part[:1].isupper() for part in b.split("-")[1:])


@attrs.frozen
class Person:
    """A mention of a person: ``start``/``end`` cover the name part, ``role`` the title before it."""

    start: int
    end: int
    name: str
    role: str | None
    canonical: str
    speaking: bool = False


class _Run(NamedTuple):
    # A NamedTuple, not attrs: thousands are made per second and only read.
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]
    tail: int  # index of the first name word; len(words) when the run is all role


def _run_of(body: str, start: int, end: int, seen: dict[str, bool]) -> _Run | None:
    # ``seen`` caches _common() for this body.
    # RUN joins its words by single spaces, so splitting on them gives the words back; only a
    # bracketed name with spaces (``(KAI Commuter)``) is glued together again.
    words: list[tuple[int, int, str]] = []
    pos = start
    text = body[start:end]
    if " " not in text:
        words.append((start, end, text))  # most runs are one word: 'Putin', 'Presiden'
    elif "(" not in text:
        for w in text.split(" "):
            e = pos + len(w)
            words.append((pos, e, w))
            pos = e + 1
    else:
        for w in text.split(" "):
            if words and words[-1][2].startswith("(") and not words[-1][2].endswith(")"):
                words[-1] = (words[-1][0], pos + len(w), words[-1][2] + " " + w)
            else:
                words.append((pos, pos + len(w), w))
            pos += len(w) + 1
    if ". " in text:
        for k in range(len(words) - 1):
            w, nxt = words[k][2], words[k + 1][2]
            if (
                len(w) == 2
                and w[1] == "."
                and (
                    nxt.endswith("nya")
                    or f" {nxt.lower()} " in body
                    or body[words[k][0] - 1 : words[k][0]] == "\n"
                )
            ):
                # The dot after a letter ended a sentence ('di platform X. Lainnya mengatakan',
                # 'juara Grup C. Pasukan ...') or labels a list item ('\nC. Meminta semua ...'): the
                # speaker is after it. An initial stands before a name ('Jay Y. Lee').
                words = words[k + 1 :]
                break
    # A capitalised word that opens a sentence is often a common word: drop it when the body
    # also writes it in lower case or it is a known sentence opener.
    s = words[0][0]
    before = body[max(0, s - 3) : s]
    if s == 0 or "\n" in before or before.rstrip(" ")[-1:] in _SENTENCE_MARKS:
        first = _bare(words[0][2])
        if (
            first in SENTENCE_WORDS
            or (first not in _ROLE_CONNECT and f" {first.lower()} " in body)
            or (first.endswith("nya") and (len(words) == 1 or _nya_adverb(first)))
            or (first.startswith("Di") and first.endswith("kan") and first[2:].islower())
        ):
            # ... or a passive verb opening the sentence: 'Dilanjutkan GM, ...'.
            words = words[1:]
    if words and words[-1][2].endswith(".") and len(_bare(words[-1][2])) > 1:
        # ``Putin.`` at a sentence end: the period is not part of the name.
        s, e, w = words[-1]
        words[-1] = (s, e - 1, w[:-1])
    if len(words) >= 3 and _nickname_closes(words):
        words = words[:-1]
    if not words:
        return None
    tail = len(words)
    last = _bare(words[-1][2]) if tail >= 2 else ""  # read only for a run of two words or more
    if (
        tail >= 2
        and last in ORG_WORDS
        and last not in TRAILING_HEADS  # 'Kobe University' is a body's name whole
        and last not in PERSON_TITLES
        and last not in PLACES
        and not _role_word(words[-2][2])
        and not _common_in(body, words[-2][2], seen)
    ):
        tail -= 1  # ``Tubagus Utama``: an institutional word closing a name is part of it
    while tail > 0:
        w = words[tail - 1][2]
        if _role_word(w) or (len(w) >= 4 and w[1:].islower() and _common_in(body, w, seen)):
            break
        tail -= 1
    return _Run(words[0][0], words[-1][1], tuple(words), tail)


# Words that open the full name of a body and never a person's (``Asosiasi Penyelenggara Jasa
# Internet Indonesia``), unlike the institutional words inside a name (``Budi Karya``).
_BODY_HEADS = frozenset((
    "Asosiasi", "Pusat", "Badan", "Lembaga", "Kementerian", "Dinas", "Komisi", "Yayasan", "Koalisi",
    "Aliansi", "Perhimpunan", "Himpunan", "Serikat", "Direktorat", "Departemen", "Institut", "Universitas",
))
# Words that end or fill a firm's name and no person's (``jelas Mirae Asset Sekuritas Indonesia``).
_FIRM_WORDS = frozenset((
    "Sekuritas", "Securities", "Tbk", "Group", "Holdings", "Capital", "Asset", "Persero", "Airlines",
    "Airways", "Air", "Corp", "Inc", "Ltd",
))
# Short forms that open a firm's name when a name follows: a bus company, 'perusahaan otobus'
# ('agen tiket PO Bintang Kencana'). Alone they may be a person's initials ('PO mengaku').
_FIRM_HEADS = frozenset(("PO",))


def _a_body_run(run: _Run) -> bool:
    """Whether a run of institutional words is a body's or a firm's full name."""
    return run.words[0][2] in _BODY_HEADS or any(_bare(w) in _FIRM_WORDS for _, _, w in run.words)


# Honorifics a nickname opens with: ``Mochamad Irfan Yusuf (Gus Irfan)``.
_NICK_HONORIFICS = frozenset(("Gus", "Cak", "Kang", "Mas", "Bang", "Ning", "Abah", "Buya", "Kiai", "Kyai"))


def _nickname_closes(words: list[tuple[int, int, str]]) -> bool:
    """Whether the run ends in a bracketed nickname of the name before it. Kept, it made the run
    end in no name: a role before it lost the speaker, a cue before it named 'X (Gus Y)'."""
    last = words[-1][2]
    if not (last.startswith("(") and last.endswith(")")):
        return False
    inner = last[1:-1].split(" ")
    if inner[0] in _NICK_HONORIFICS:
        return True
    # An acronym repeats no word; a short form of the name ends in one of its words ('Budi Santoso
    # (Pak Budi)'), a body's short form in its own ('Bank Rakyat Indonesia (Bank BRI)').
    return len(inner) >= 2 and inner[-1] in {w for _, _, w in words[:-1]}


_ABBREV = frozenset({"Prof", "Dr", "Ir", "Hj", "H", "KH", "Drs", "Dra", "St", "Jr", "Sr", "Mr", "Mrs", "Ms"})


def _joins_run(word: str) -> bool:
    """Whether ``word`` would be inside a capitalised run with the word after it."""
    if word in _PARTICLES or word.isdigit():
        return True
    if word[:1] == "(":
        return word.endswith(")")
    if not word[:1].isupper():
        return False
    last = word[-1]
    if last.isalnum() or last in "’'`-":
        return True
    return last == "." and (len(word) == 2 or word[:-1] in _ABBREV)


def _common_in(body: str, word: str, seen: dict[str, bool]) -> bool:
    hit = seen.get(word)
    if hit is None:
        hit = seen[word] = _common(body, word)
    return hit


def _common(body: str, word: str) -> bool:
    """A capitalised word the body also writes in lower case (``Tradisional``, ``Pasar``) is a
    common word inside an institution's name, not part of a person's name."""
    return len(word) >= 4 and word[1:].islower() and common_in_body(body, word)


def _plain_full(name: str) -> bool:
    """A full name as people have them: up to three words, no hyphen. Longer ones, and pairs
    like 'Eri Cahyadi-Armuji', are as often a body glued to a name ('Indo Premier Sekuritas Mino')."""
    return "-" not in name and name.count(" ") <= 2


def _shorter_suffix(ours: str | None, theirs: str | None) -> str | None:
    """Ours, unless the names module's name is ours without leading words (``Sakino`` for our
    ``Karangbenda Sakino``): a word it left out of the name is most often a place or an office."""
    if ours and theirs and len(theirs) < len(ours) and ours.endswith(" " + theirs):
        dropped = ours[: -len(theirs) - 1].split()
        if not any(len(w) <= 2 or w in NAME_PREFIXES for w in dropped):
            return theirs
    if ours and theirs and ours.startswith(theirs) and ours[len(theirs) : len(theirs) + 1].islower():
        # The names module cut off a word a scraper glued to the name ('Dadang Supriatnamengimbau').
        return theirs
    if ours and theirs and ours != theirs:
        last, their_last = ours.rsplit(" ", 1)[-1], theirs.rsplit(" ", 1)[-1]
        if last.startswith(their_last) and last[len(their_last) :].islower():
            # ... also in a run that holds only part of the name ('Rastantybersyukur' for 'Febby
            # Rastanty').
            return theirs
        if ours.startswith(theirs + " ") and all(
            w.isupper() and len(w) <= 4 for w in ours[len(theirs) + 1 :].replace(".", "").split()
        ):
            # An academic degree closing the run ('Ilyas MA'): the names module's name is without it.
            return theirs
    if ours and theirs and " " not in ours and ours in theirs.split() and _plain_full(theirs):
        # A lone word the names module joined to a full name at this very mention ('Indah' of
        # 'Indah Putri Andriani-Suaib Mansur'): it found one person the word can be, and says so.
        return theirs
    if (
        ours
        and theirs
        and ours.count(" ") >= 2
        and ours.rsplit(" ", 1)[1] == theirs.split(" ", 1)[0]
        and " " in theirs
        and _plain_full(theirs)
    ):
        # Our run took words before the name that the names module left out of it, and it knows
        # the name goes on: a subheading glued inline ('Pemerintah Diminta Tetap Waspada Bahlil
        # menyebut', the names module's 'Bahlil Lahadalia').
        return theirs
    if ours and theirs and theirs.endswith(" " + ours):
        # ... and theirs where it only adds initials, name prefixes or given names that a
        # title list took for a title ('M Fadil Imran', 'I Gusti Putu ...', 'Imam Syafii'), or a
        # month the names module read as a given name by the name after it ('Juni Prasetyo Nugroho').
        extra = theirs[: -len(ours) - 1].split()
        if len(extra) <= 2 and all(
            len(w) <= 2 or w in NAME_PREFIXES or w in GIVEN_NAMES or w in MONTHS for w in extra
        ):
            return theirs
    if ours and theirs and " " in ours and len(theirs) > len(ours):
        # ... and theirs where it only adds a middle initial the short form leaves out ('Dedie A
        # Rachim' for 'ucap Dedie Rachim'): the fullest name is the canonical one.
        inner = theirs.split()
        if inner[0] == ours.split()[0] and [w for w in inner if len(w.rstrip(".")) > 1] == ours.split():
            return theirs
    return ours or theirs


def _role_end(role: str) -> str:
    """The last word of ``role`` longer than two letters, past at most one of two ('UK', 'RI')."""
    words = role.split()
    last = words[-1].strip("()")
    if len(last) <= 2 and len(words) > 2:
        last = words[-2].strip("()")
    return last


def _name_after_body(words: list[str], k: int) -> int:
    """Where a name starts in ``words`` written right after a body's head word, when the article
    shortens the person to ``words[k]``, a word with more of the name after it: 'Universitas
    Pelita Harapan Manlian Ronald A Simanjuntak' ... 'ujar Manlian'. The body's name comes first;
    a given name or a name prefix before ``k`` opens the person's ('Universitas Terbuka Ahmad Rizal
    Fauzi' ... 'kata Rizal'). A short form that ends the name proves nothing: Indonesians go
    by a family name as often ('Kementerian Komdigi Alexander Sabar' ... 'kata Sabar')."""
    for j in range(k):
        if words[j] in GIVEN_NAMES or words[j] in NAME_PREFIXES:
            return j
    return k


def _two_people(fulls: Iterable[str]) -> bool:
    """Whether the full names hold two of which neither is the other with more written around it
    ('Budi Karya' in 'Budi Karya Sumadi', 'Wanda Hamidah' in a glued 'Wanda Hamidahdan')."""
    distinct = sorted(set(fulls), key=len)
    return any(a not in b for i, a in enumerate(distinct) for b in distinct[i + 1 :])


def _run_text(run: _Run) -> str:
    return " ".join(w for _, _, w in run.words)


def _tail(run: _Run) -> str:
    return " ".join(w for _, _, w in run.words[run.tail :])


def _bounded(body: str, i: int, j: int) -> bool:
    return (i == 0 or not body[i - 1].isalnum()) and (j >= len(body) or not body[j].isalnum())


class People:
    """Person mentions of one body, found on demand, each with its canonical name."""

    def __init__(
        self,
        body: str,
        paras: tuple[tuple[int, int], ...],
        quoted: tuple[tuple[int, int], ...] = (),
        names: Sequence[Name] = (),
    ) -> None:
        self.body = body
        self.paras = paras
        self._run = _P.RUN  # read once: it runs many times per body
        self.para_starts = [s for s, _ in paras]
        self.quoted = quoted
        self.quote_opens = [o for o, _ in quoted]
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._around: dict[int, tuple[_Run, _Run | None] | None] = {}
        self._run_cache: dict[int, _Run | None] = {}
        self._common_cache: dict[str, bool] = {}
        self._persons: dict[tuple[int, int], Person | None] = {}
        self._lookup: dict[str, tuple[str, bool]] = {}
        # A short form two people share ('Budi' for 'Budi Gunadi Sadikin' and 'Budi Setiyadi'):
        # where each full name stands, for the one written last before a mention.
        self._shared: dict[str, list[tuple[int, str]]] = {}
        self._person_names: frozenset[str] = frozenset()
        self._role_ends: frozenset[str] = frozenset()
        self._headlines: dict[int, bool] = {}  # line start -> title case, for title_case_line
        # The names module's person mentions: (start, end, canonical), by start.
        self._named: list[tuple[int, int, str]] = []
        self._named_starts: list[int] = []
        self._first_named: dict[str, int] = {}  # canonical -> where the names module first found them
        self._things: list[tuple[int, int]] = []
        self._thing_starts: list[int] = []
        # The names module's people with a role: (first mention's start, role, canonical).
        self._roles: list[tuple[int, str, str]] = []
        # The names module's mentions with a word their person's name lacks: nicknames ('Gus Irfan').
        self._nicknames: dict[str, str] = {}
        # Whether the names module read this body: then a run it took for no person has its verdict.
        self._judged = bool(names)
        if names:
            self._use_names(names)

    # --- runs -----------------------------------------------------------------------------

    def _para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _para_spans(self, k: int) -> list[tuple[int, int]]:
        """Where the capitalised runs of paragraph ``k`` stand; each is read (``_run_of``) only
        when a search gets to it, and a search for the latest speaker mostly stops early."""
        got = self._spans.get(k)
        if got is None:
            s, e = self.paras[k]
            # concurrent=False: by default a scan lets go of the GIL and takes it back around each
            # run it finds (see names.persons._runs); a str cannot change meanwhile.
            got = self._spans[k] = [m.span() for m in self._run.finditer(self.body, s, e, concurrent=False)]
        return got

    def _span_run(self, span: tuple[int, int]) -> _Run | None:
        start = span[0]
        cache = self._run_cache
        if start in cache:
            return cache[start]
        run = cache[start] = self._read_run(start, span[1])
        return run

    def _read_run(self, start: int, end: int) -> _Run | None:
        """The run of ``body[start:end]``; its name starts past the last place or organisation
        the names module found in it ('Koordinator Basarnas Pos SAR Jepara Wisnu', 'Universitas
        Pelita Harapan Manlian ...'): those are the role's."""
        run = _run_of(self.body, start, end, self._common_cache)
        if run is not None and run.tail == len(run.words) and 0 < run.words[-1][2].find("-") <= 3:
            # A capital after a hyphen reads as a route or a ticket ('Yogyakarta-Solo', 'Eri
            # Cahyadi-Armuji'); after a particle of two or three letters, where the names module
            # found a person's mention closing the run, a name ('Rayan Ait-Nouri', 'Al-Ghazali').
            named = self._named_closing(run)
            if named is not None:
                k = next((k for k, w in enumerate(run.words) if w[0] == named[0]), None)
                run = run if k is None else run._replace(tail=k)
        if run is None or run.tail >= len(run.words) - 1:
            return run
        words = run.words
        if self._things:
            for k in range(len(words) - 2, run.tail - 1, -1):
                # Not two capitals: 'AP' in 'Arnold AP Ritiauw' are initials, whatever agency they name.
                if len(words[k][2]) > 2 and self._is_thing(words[k][0], words[k][1]):
                    run = run._replace(tail=k + 1)
                    break
        lead = self._body_lead(run) if run.tail < len(words) - 1 else 0
        return run._replace(tail=run.tail + lead) if lead else run

    def _ends_elsewhere(self, phrase: str, here: int) -> bool:
        """Whether the body writes ``phrase`` somewhere other than at ``here`` with no capitalised
        word after it, and not as a person the names module found: a whole name of its own, not
        the start of a longer one nor a person's short form ('Tifany Jane' for 'Tifany Jane
        Effendy')."""
        body = self.body
        return any(
            i != here
            and not (body[j : j + 1] == " " and body[j + 1 : j + 2].isupper())
            and not self._named_from(i)
            for i, j in occurrences(body, phrase)
        )

    def _named_end(self, pos: int) -> int:
        """Where the names module's person mention holding ``pos`` ends; ``pos`` if none does."""
        i = bisect.bisect_right(self._named_starts, pos) - 1
        return self._named[i][1] if i >= 0 and self._named[i][1] > pos else pos

    def _named_from(self, pos: int) -> bool:
        """Whether a person mention of the names module starts at ``pos``."""
        i = bisect.bisect_left(self._named_starts, pos)
        return i < len(self._named_starts) and self._named_starts[i] == pos

    def _body_lead(self, run: _Run) -> int:
        """How many first words of the run's name (two words or more) are a body's name that the
        article also writes on its own, so the role's: 'Masjid Istiqlal Abu Hurairah Abdul Salam'
        beside 'pengurus Masjid Istiqlal tengah ...'; 'Labuhan Jambu Sanawiyah' beside 'Labuhan
        Jambu, Kabupaten ...'; 'Marketplace Bukalapak Kurnia Rosyada' where another person's role
        is 'CEO Bukalapak'. A given name or a name prefix opens the person's name whatever else
        the article writes ('Syarif Hidayatullah')."""
        words, tail = run.words, run.tail
        n = len(words) - tail
        first = _bare(words[tail][2])
        if first in GIVEN_NAMES or first in NAME_PREFIXES:
            return 0
        body = self.body
        start = words[tail][0]
        # Two words or more on their own elsewhere: a name that long is seldom shortened so.
        for m in range(n - 1, 1, -1):
            if self._ends_elsewhere(body[start : words[tail + m - 1][1]], start):
                return m
        # Leaving a name of two words or more: up to the last word that closes another person's
        # role ...
        for k in range(n - 3, -1, -1):
            if _bare(words[tail + k][2]) in self._role_ends:
                return k + 1
        # ... or one word that ends an organisation's name elsewhere with the word before it here
        # (no title: 'kata Gubernur Anies.' is the person's short form).
        if (
            n >= 3
            and tail
            and _bare(words[tail - 1][2]) not in PERSON_TITLES
            and self._ends_elsewhere(body[words[tail - 1][0] : words[tail][1]], words[tail - 1][0])
        ):
            return 1
        return 0

    def at(self, pos: int) -> _Run | None:
        """The capitalised run that starts at ``pos``."""
        run = self._run_starting(pos)
        return run if run is not None and run.start == pos else None

    def clause(self, start: int, end: int, last: bool = True) -> tuple[Person | None, bool]:
        """The last (or with ``last=False`` the first) person named between ``start`` and ``end``
        (a short clause) who is not an object there, and whether any capitalised name stood
        there at all (an organisation or a country).

        Only one person is wanted, so names are looked up from that end and no further than the
        first person found: a lookup is the costly part.
        """
        runs = []
        cache = self._run_cache
        body = self.body
        for m in self._run.finditer(body, start, end, concurrent=False):
            k = m.start()
            if k in cache:
                run = cache[k]
            else:
                run = cache[k] = self._read_run(k, m.end())
            if run is not None:
                runs.append(run)
        order = range(len(runs) - 1, -1, -1) if last else range(len(runs))
        found = None
        for i in order:
            p = self._person(runs[i], runs[i - 1] if i else None)
            if p is None or self.is_object(p) or self._object_run(runs, i):
                continue
            if last and i and self._in_apposition(runs, i):
                continue
            if not last or p.canonical in self._person_names or not self._person_names:
                return p, True
            # The last capitalised words may close the speaker's role ('Yusak Billy, ... Sales
            # Director PT Honda Prospect Motor menyatakan'): a person the names module found
            # earlier in the clause is the subject; failing one, these words are.
            found = found or p
        if found is None and runs and last:
            found = self._named_subject(start, end)
        return found, bool(runs)

    def _named_subject(self, start: int, end: int) -> Person | None:
        """The one person the names module found between ``start`` and ``end`` when the runs there
        read as none ('Kepala Basarnas Kendari, Amiruddin AS, mengungkapkan', 'Budi Gunadi Sadikin
        (MenkesBudi) mengatakan'): initials or a glued acronym spoil the run, not the mention."""
        i = bisect.bisect_left(self._named_starts, start)
        inside = [n for n in self._named[i:] if n[0] < end and n[1] <= end]
        if len({c for _, _, c in inside}) != 1:
            return None
        s, e, canonical = inside[0]
        # As a subject it opens the clause or follows its role or an apposition's comma; not a
        # verb's or a preposition's object ('mengenalkan Moana', 'Green of Borneo').
        lead = self.body[start:s].rstrip()
        if lead and not lead.endswith(",") and not _word_before(self.body, s)[:1].isupper():
            return None
        if self._role_of_an_object(start, s):
            return None
        return Person(s, e, self.body[s:e], None, canonical)

    def _role_of_an_object(self, start: int, s: int) -> bool:
        """Whether the capitalised words before ``s`` (a role, glued to the name or not) follow a
        word that makes their holder an object or a possessor ('Perusahaan milik Presiden Amerika
        SerikatDonald Trump ini, menyatakan': the firm speaks, not its owner)."""
        # Only the clause's last few words: a role is short, and the clause may be long.
        for word in reversed(self.body[max(start, s - 120) : s].split()[-8:]):
            if not word[:1].isupper() and not word.startswith("("):
                return word in _OWNER_OR_OBJECT
        return False

    def _containing(self, pos: int) -> tuple[_Run, _Run | None] | None:
        """The run around ``pos`` and the run just before it, read from the text around ``pos``."""
        # A quarter of the calls ask about a position asked before (a name and its nickname,
        # a role, a name looked up as a speaker and as a subject).
        try:
            return self._around[pos]
        except KeyError:
            found = self._around[pos] = self._read_around(pos)
            return found

    def _read_around(self, pos: int) -> tuple[_Run, _Run | None] | None:
        body = self.body
        k = pos
        starts = [pos]
        # Walk left over capitalised words (and name particles) to where the run starts.
        while k >= 2 and body[k - 1] == " " and not body[k - 2].isspace():
            ws = _word_start(body, k - 1)
            word = body[ws : k - 1]
            if _joins_run(word):
                k = ws
                starts.append(k)
            else:
                break
        # A particle or a number cannot open a run (``pada 14 Januari Kepala Dinas ...``): try
        # the next word to the right until a run through ``pos`` comes out.
        for k in reversed(starts):
            run = self._run_starting(k)
            if run is not None and run.start <= pos < run.end:
                break
        else:
            return None
        prev = None
        if body[run.start - 2 : run.start] in {", ", ". "}:
            j = run.start - 2
            ws = j
            while ws > 0 and not body[ws - 1].isspace():
                ws -= 1
            if body[ws : ws + 1].isupper():
                back = ws
                while back >= 2 and body[back - 1] == " " and body[back - 2 : back - 1].isalpha():
                    wb = _word_start(body, back - 1)
                    if not body[wb : wb + 1].isupper():
                        break
                    back = wb
                prev = self._run_starting(back)
        return run, prev

    def _run_starting(self, k: int) -> _Run | None:
        if k in self._run_cache:
            return self._run_cache[k]
        m = self._run.match(self.body, k)
        run = self._read_run(m.start(), m.end()) if m else None
        self._run_cache[k] = run
        return run

    # --- evidence and names ---------------------------------------------------------------

    def _evidence(self, run: _Run, prev: _Run | None) -> bool:
        body = self.body
        role = run.words[: run.tail]
        if any(_bare(w) in PERSON_TITLES for _, _, w in role):
            return True
        if (
            prev is not None
            and prev.tail >= len(prev.words)
            and run.start - prev.end <= 3
            and body[prev.end : run.start].strip() in {",", ".", ""}
            and any(_bare(w) in PERSON_TITLES for _, _, w in prev.words)
        ):
            # ``Menteri Pertahanan China, Li Shangfu``: the title stands apart from the name.
            return True
        if _P.AGE.match(body, run.end) or _apposition(body, run.end) or _one_of(body, run.end):
            return True
        if _cued(body, run.start):
            return True
        after = _word_after(body, run.end)
        if after == "dari":
            return _speaks_for_a_body(body, body.find("dari", run.end) + 4)
        return after in VERB_WORDS

    def lookup(self, name: str) -> tuple[str, bool]:
        """(fullest name the body writes for ``name``, whether that is a person)."""
        hit = self._lookup.get(name)
        if hit is not None:
            return hit
        body = self.body
        words = name.split()
        anchor = words[0]
        best = name
        person = False
        fulls: list[tuple[int, str]] = []
        i = body.find(anchor)
        while i >= 0:
            j = i + len(anchor)
            if _bounded(body, i, j) and not self._in_quote(i):
                glued = (i >= 2 and body[i - 1] == " " and body[i - 2].isalnum()) or (
                    body[j : j + 1] == " " and body[j + 1 : j + 2].isupper()
                )
                found = self._containing(i) if glued or not person else None
                if found is not None:
                    run, prev = found
                    tw = [w for _, _, w in run.words[run.tail :]]
                    if len(tw) > len(words) and title_case_line(body, i, self._headlines):
                        # A headline or subheading capitalises every word ('Nadiem Makarim Buka
                        # Suara'): there the name ends where the names module ends it.
                        end = self._named_end(i)
                        tw = [w for s, e, w in run.words[run.tail :] if e <= end]
                    for k in range(len(tw) - len(words) + 1):
                        if tw[k : k + len(words)] == words:
                            if (
                                0 < k < len(tw) - len(words)
                                and run.tail
                                and _bare(run.words[run.tail - 1][2]) in NOUN_HEADS
                            ):
                                tw = tw[_name_after_body(tw, k) :]
                            if len(tw) > len(best.split()):
                                best = " ".join(tw)
                            if len(tw) > len(words):
                                fulls.append((i, " ".join(tw)))
                            person = person or self._evidence(run, prev)
                            break
            i = body.find(anchor, j)
        # Only people the names module found, whose names open with the short form: 'Kunjungan
        # Belousov' is no second Belousov, 'Orangtua Intan' no second Intan.
        fulls = [(i, f) for i, f in fulls if f in self._person_names and f.startswith(name + " ")]
        if _two_people(f for _, f in fulls):
            # Nor a moniker after a body the article names ('Ridho Slank' after 'band Slank'). Read
            # only now: it scans the body for each word, and most short forms name one person.
            fulls = [(i, f) for i, f in fulls if not any(self._a_body(w) for w in f.split()[len(words) :])]
            if _two_people(f for _, f in fulls):
                self._shared[name] = fulls
        if best == name and len(words) == 1:
            # ``Castro, sapaan Herdiansyah``: the article says whose nickname it is.
            k = body.find(f"{anchor}, sapaan ")
            if k >= 0:
                m = _P.SAPAAN.match(body, k + len(anchor))
                nick = self._run_starting(m.end()) if m else None
                if nick is not None and nick.tail < len(nick.words) and _tail(nick) != name:
                    best, person = self.lookup(_tail(nick))
        if best == name:
            # A nickname the names module joined to its person: 'Tjokorda Oka Artha Ardana
            # Sukawati, yang biasa disapa Tjok Ace', 'Mochamad Irfan Yusuf (Gus Irfan)'.
            full = self._nicknames.get(name)
            if full is not None:
                best, person = self.lookup(full)
        if best == name and len(words) == 1 and len(anchor) >= 5:
            best, person = self._nickname(anchor, best, person)
        if best == name and len(words) == 1:
            # A given name that is a common word here too ('kata Hari', 'tutur Lalu'): this
            # module's runs never open with it, the names module's one person may.
            owners = [p for p in self._person_names if p.startswith(name + " ") and _plain_full(p)]
            if len(owners) == 1:
                best, person = owners[0], True
        best = self._trim(best)
        best = self._named_alone(best)
        result = (best, person and best not in AGENCIES)
        self._lookup[name] = result
        return result

    def _named_alone(self, full: str) -> str:
        """The names module's person that ends ``full`` when ``full`` is none of its people and the
        words before that person close a body's name the article writes elsewhere with another word
        after them ('RSUP Dr M Djamil Gustafianof' beside 'RSUP Dr M Djamil Padang'): the
        hospital's namesake is no part of its spokesman's name, though the 'Dr' made it a run."""
        fw = full.split()
        if len(fw) < 2 or full in self._person_names:
            return full
        for k in range(1, len(fw)):
            tail = " ".join(fw[k:])
            if tail in self._person_names:
                if len(fw[k - 1]) > 2 and self._alone(fw[k - 1], fw[k], before=False):
                    return tail
                break
        return full

    def _a_body(self, word: str) -> bool:
        """Whether the body writes ``word`` somewhere after a lower-case word that is no cue and
        before no capitalised word: as a body or a thing is written ('band Slank,')."""
        body = self.body
        i = body.find(word)
        while i >= 0:
            j = i + len(word)
            if (
                _bounded(body, i, j)
                and _word_before(body, i)[:1].islower()
                and not _cued(body, i)
                and not body[j + 1 : j + 2].isupper()
            ):
                return True
            i = body.find(word, j)
        return False

    def canonical_near(self, name: str, pos: int) -> str | None:
        """The fullest person name for ``name`` at ``pos``: of two people sharing the short form,
        the one written last before ``pos`` ('lanjut Budi' after 'Budi Setiyadi menambahkan')."""
        ours = self.canonical(name)
        shared = self._shared.get(name)
        if shared is None:
            return ours
        before = [full for i, full in shared if i < pos]
        return self._trim(before[-1] if before else shared[0][1])

    def _nickname(self, word: str, best: str, person: bool) -> tuple[str, bool]:
        """``Risma`` for ``Tri Rismaharini``, ``Jokowi`` for ``Joko Widodo``: a short form made of
        the start of one name word, or of one word and the start of the next."""
        body = self.body
        probes = [word] + [f"{word[:k]} {word[k].upper()}{word[k + 1 :]}" for k in range(3, len(word) - 1)]
        for probe in probes:
            i = body.find(probe)
            while i >= 0:
                after = body[i + len(probe) : i + len(probe) + 1]
                if (i == 0 or not body[i - 1].isalnum()) and after.isalpha():
                    found = self._containing(i)
                    if found is not None and found[0].tail < len(found[0].words):
                        run, prev = found
                        if run.words[run.tail][0] <= i:
                            full = _tail(run)
                            if len(full.split()) >= 2:
                                return full, person or self._evidence(run, prev) or self.lookup(full)[1]
                i = body.find(probe, i + 1)
        return best, person

    def _trim(self, full: str) -> str:
        """``Tokopedia William Tanuwijaya`` -> ``William Tanuwijaya`` when the body says ``William``.

        The words before the short form go when one of them also stands elsewhere on its own
        (an organisation, a place); name words before it (``Mochamad Ardian``) never do.
        """
        fw = full.split()
        if len(fw) < 3:
            return full
        for i in range(1, len(fw) - 1):
            if fw[i] == fw[i - 1]:
                # A doubled given name ('Gun Gun Heryanto'): each half stands without the other
                # beside it, yet neither names a body before the person.
                continue
            if not self._alone(fw[i], fw[i - 1], before=True):
                continue  # never written without the word before it
            alone = [j for j in range(i) if len(fw[j]) > 2 and self._alone(fw[j], fw[j + 1], before=False)]
            if alone:
                # From the word after the last one written alone: a word between it and the short
                # form that the body never writes alone is the name's ('Balongan Ely Chandra ...').
                return " ".join(fw[alone[-1] + 1 :])
        return full

    def _alone(self, word: str, other: str, before: bool) -> bool:
        """Whether ``word`` occurs without ``other`` next to it (before or after it), and,
        for a word after which the name would be cut, never as a speaker itself."""
        body = self.body
        alone = False
        i = body.find(word)
        while i >= 0:
            j = i + len(word)
            if _bounded(body, i, j):
                if before:
                    if _word_before(body, i) != other:
                        alone = True
                else:
                    if _word_after(body, j) in VERB_WORDS or _cued(body, i):
                        return False  # ``Listyo memastikan``: a name the article speaks by
                    if not body.startswith(" " + other, j):
                        alone = True
            i = body.find(word, j)
        return alone

    def canonical(self, name: str) -> str | None:
        """The fullest person name the body gives for ``name``."""
        if name in AGENCIES:
            return None
        return self.lookup(name)[0]

    def _use_names(self, names: Sequence[Name]) -> None:
        # The names module's person mentions count as evidence that a run is a person. The names
        # themselves are not taken over: on PFSA-ID dev its canonical forms were the wrong ones
        # more often than this module's (0.85 vs 0.87 speaker accuracy), see the report.
        # This runs for every body, over every mention: the lists grow by comprehension, which
        # costs less per mention than extending them by a generator, and the people are
        # gathered a name at a time, not a mention at a time.
        things, named = self._things, self._named
        person_names = set()
        for n in names:
            if n.kind != "person" or n.name in AGENCIES:
                # Its organisations and places tell us what is no person (``Pertamina memastikan``).
                things += [(m.start, m.end) for m in n.mentions]
                continue
            # Only where each mention is and whose it is: a plain tuple, one per mention.
            canonical = n.name
            named += [(m.start, m.end, canonical) for m in n.mentions]
            if n.mentions:
                person_names.add(canonical)
            if n.role:
                self._roles.append((n.mentions[0].start, n.role, canonical))
            words = frozenset(canonical.split())
            for text in {m.text for m in n.mentions}:  # a name is mostly mentioned in few spellings
                if not words.issuperset(text.split()):
                    self._nicknames[text] = canonical
        self._person_names = frozenset(person_names)
        # The last word of a role of two words or more names a body ('Bukalapak' in 'CEO
        # Bukalapak', 'Perbarindo' in '... Rakyat Indonesia (Perbarindo)'), unless it is a title or
        # an initial, or the name is one word: the role may have cut off its first ('Kepala Dinas
        # Kesehatan DIY Pembajun' for Setyaningastutie). A country's code after it is the body's
        # branch: the word before it ('Deloitte' in '... Perdagangan Deloitte UK').
        self._role_ends = frozenset(
            last
            for n in names
            if n.kind == "person" and n.role and " " in n.role and " " in n.name
            for last in (_role_end(n.role),)
            if len(last) > 2 and last[:1].isupper() and last not in PERSON_TITLES
        )
        self._named.sort(key=_first)
        self._named_starts = [p[0] for p in self._named]
        for at, _, canonical in self._named:
            self._first_named.setdefault(canonical, at)
        self._things.sort()
        self._thing_starts = [s for s, _ in self._things]

    def _thing_at(self, start: int) -> bool:
        """Whether an organisation or a place of the names module starts at ``start``."""
        i = bisect.bisect_left(self._thing_starts, start)
        return i < len(self._thing_starts) and self._thing_starts[i] == start

    def thing_at(self, start: int) -> bool:
        """Whether the names module holds an organisation or a place starting at ``start``."""
        return self._thing_at(start)

    def _is_thing(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._thing_starts, end) - 1
        return i >= 0 and self._things[i][1] > start

    # --- mentions -------------------------------------------------------------------------

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def _person(self, run: _Run, prev: _Run | None) -> Person | None:
        # A fifth of the calls repeat one: each quote's speaker search walks back over the same runs.
        key = (run.start, prev.start if prev is not None else -1)
        try:
            return self._persons[key]
        except KeyError:
            found = self._persons[key] = self._read_person(run, prev)
            return found

    def _read_person(self, run: _Run, prev: _Run | None) -> Person | None:
        if run.tail >= len(run.words):
            return self._named_in_role(run) or self._given_name_speaking(run)
        name = _tail(run)
        if name in AGENCIES:
            return None
        canonical, person = self.lookup(name)
        if name in self._shared:
            canonical = self.canonical_near(name, run.start) or canonical
        theirs = self.canonical_at(run.words[run.tail][0], run.end)
        if theirs is None and (self._is_thing(run.words[run.tail][0], run.end) or _a_term(name)):
            # What the names module holds for an organisation or a place, or would hold for a term
            # ('White Cheese', 'Cipta Karya'), speaks for nobody.
            return None
        if theirs is None and any(_bare(w) in _FIRM_WORDS for _, _, w in run.words[run.tail :]):
            return None  # 'oleh Lion Air', 'Mirae Asset Sekuritas': a firm's name, no person's
        if theirs is None and run.words[run.tail][2] in _FIRM_HEADS and len(run.words) > run.tail + 1:
            return None
        if theirs is None and name in self._role_ends:
            # The body another person's role closes on ('Ketua Umum Perhimpunan ... (Perbarindo)
            # Joko Suyanto' / 'Perbarindo memperkirakan'): an organisation, whatever verb follows.
            return None
        if not person and not self._evidence(run, prev) and theirs is None:
            return None
        if theirs is None and (self._names_deny(run, canonical) or self._a_medium(run.start)):
            return None
        role = " ".join(w for _, _, w in run.words[: run.tail]).rstrip(",") or None
        canonical = _shorter_suffix(canonical, theirs) or canonical
        return Person(run.words[run.tail][0], run.end, name, role, canonical)

    def _given_name_speaking(self, run: _Run) -> Person | None:
        """A lone word read as no name (a month, a common word) before a speech verb, that opens
        the name of the names module's one person ('Juli menerangkan' for Juli Oktarina): that
        person, as a cue before it makes them ('ucap Juli')."""
        if len(run.words) != 1:
            return None
        body = self.body
        nxt = _word_after(body, run.end)
        if nxt in ("juga", "pun", "kembali", "lalu", "kemudian"):  # 'Juni juga menegaskan'
            nxt = _word_after(body, run.end + 1 + len(nxt))
        if nxt not in VERB_WORDS:
            return None
        start, end, word = run.words[0]
        owners = [p for p in self._person_names if p.startswith(word + " ") and _plain_full(p)]
        return Person(start, end, word, None, owners[0]) if len(owners) == 1 else None

    def _names_deny(self, run: _Run, canonical: str) -> bool:
        """Whether the names module, having read the body and found no person at ``run``'s name,
        rules that name out where this fallback would take it: no word of the fullest name the body
        writes is one a name has ('PLT Mensos Sementara', 'Pejabat Pelaksana Teknis Kegiatan'); one
        name word after a body's head word is the body's place or namesake ('Polda Sutleng
        menyebutkan', 'Jalan Ir Juanda'), unless the article lets it speak alone; or it makes a term
        with the word before it ('Kemenkeu Negeri Jiran'). A person the names module found elsewhere
        under that name stays one, and so does a name a word like 'bernama' introduces."""
        if not self._judged or canonical in self._person_names:
            return False
        if introduced(self.body, run.words[run.tail][0]):
            return False  # 'analis bernama Dan menyebut': whatever the word is, it names a person
        words = canonical.split()
        if not any(name_word(_bare(w)) for w in words) or words[-1] in TRAILING_HEADS:
            return True  # no name's word, or a body's English head closing it ('... Securities')
        if run.tail == 0 or len(run.words) - run.tail != 1:
            return False
        head, name = _bare(run.words[run.tail - 1][2]), _bare(run.words[run.tail][2])
        if indonesian((head, name)):
            return True
        # A body's head word before it, over the words of the body's kind or a title ('Dinas
        # Pendidikan X', 'Jalan Ir X'), as the names module reads a run closing on one name word.
        for k in range(run.tail - 1, max(-1, run.tail - 4), -1):
            word = _bare(run.words[k][2])
            if closes_a_body(word):
                return not speaks_alone(self.body, name)
            if name_word(word):
                break
        return False

    def _a_medium(self, start: int) -> bool:
        """Whether the run at ``start`` stands in commas after a medium it names ('Laporan surat
        kabar terkemuka Austria, Kronen Zeitung, menyebut'): a newspaper, a site, a channel."""
        body = self.body
        if body[start - 2 : start] != ", ":
            return False
        lead = body[max(0, start - 60) : start - 2]
        return not _MEDIA.isdisjoint(lead.rpartition(",")[2].lower().split()[-4:])

    def _named_closing(self, run: _Run) -> tuple[int, int, str] | None:
        """The names module's person mention (start, end, canonical) that closes ``run``, where
        the run may name its speaker."""
        i = bisect.bisect_left(self._named_starts, run.end) - 1
        if i < 0 or self._named[i][1] != run.end or self._named[i][0] < run.start:
            return None
        if _word_before(self.body, run.start) in _AS_ROLE:
            # 'Saiful Tomi selaku Ketua Tim Pemenangan Paslon Wahdi-Qomaru': the role of the
            # person before, whoever it names.
            return None
        return self._named[i]

    def _named_in_role(self, run: _Run) -> Person | None:
        """The names module's person whose mention closes ``run``, a run this module reads as all
        role: a surname that is also a title ('Lucky Hakim', 'Bupati Indramayu, Lucky Hakim')."""
        named = self._named_closing(run)
        if named is None:
            return None
        start, end, canonical = named
        role = " ".join(w for s, _, w in run.words if s < start).rstrip(",") or None
        return Person(start, end, self.body[start:end], role, canonical)

    def is_object(self, p: Person) -> bool:
        return _word_before(self.body, p.start) in _OBJECT_WORDS

    def _in_apposition(self, runs: list[_Run], i: int) -> bool:
        """Whether run ``i`` stands in a lower-case apposition set off by commas after an earlier
        person of ``runs`` ('Aziz Yanuari, kuasa hukum FPI dan Rizieq Shihab, menyatakan', 'Ipah
        (40), tetangga Purwanto, mengatakan'): it describes the subject, it is not the subject."""
        body = self.body
        run = runs[i]
        if not body.startswith(", ", run.end):
            return False
        comma = body.rfind(", ", runs[0].start, run.start)
        if comma < 0 or not body[comma + 2 : comma + 3].islower() or _word_after(body, comma + 1) in _LISTING:
            return False  # not the last part of a role listed with commas: 'Politik, Hukum, dan Keamanan'
        for j in range(i):
            end = runs[j].end
            age = _P.AGE.match(body, end)
            if (age.end() if age else end) == comma:
                return self._person(runs[j], runs[j - 1] if j else None) is not None
        return False

    def _object_run(self, runs: list[_Run], i: int) -> bool:
        """Whether the word before run ``i`` of ``runs``, its role included, makes the person an
        object: one who came along ('Kapolsek X, didampingi Kanit Reskrim Y mengatakan') or one an
        active verb acts on ('netizen mulai "menjodoh-jodohkan" X dan Y, menyebut'), not the
        subject; and one joined by 'dan' to such an object."""
        body = self.body
        j = runs[i].start
        while j > 0 and body[j - 1] in " \"“”":
            j -= 1
        word = body[body.rfind(" ", max(0, j - 40), j) + 1 : j].strip("\"“”")  # 'menjodoh-jodohkan'
        if word in ("didampingi", "bertemu"):
            return True
        if runs[i].tail and word in _OWNER_OR_OBJECT:
            # A role after a possessor's or an object's word ('Perusahaan milik Presiden X ini,
            # menyatakan'): its holder is not the subject; before the bare name ``is_object`` sees it.
            return True
        if word in ("dan", "serta"):
            return i > 0 and runs[i - 1].end == j - len(word) - 1 and self._object_run(runs, i - 1)
        if word.startswith("di") and word.isalpha() and _word_before(body, j - len(word)) == "yang":
            # The agent of a relative clause ('rapat yang dipimpin Presiden X, ..., mengungkapkan'):
            # the clause describes something; its subject spoke before it.
            return True
        # Not a preposition: in a role it opens the body's name ('Pengamat dari Universitas
        # Lampung X', 'Ahli di Phillip Futures X'), and the person after it is the subject.
        return (
            len(word) > 5
            and word.startswith("me")
            and word not in _SOURCE_VERBS
            and word.replace("-", "").isalpha()
            and word.islower()
        )

    def first_named_after(self, start: int) -> tuple[int, int, str] | None:
        """The first person mention of the names module starting at or after ``start``: (start,
        end, canonical)."""
        i = bisect.bisect_left(self._named_starts, start)
        return self._named[i] if i < len(self._named) else None

    def named_ending_at(self, end: int) -> str | None:
        """The person whose mention of the names module, the last to start before ``end``, ends
        there."""
        i = bisect.bisect_left(self._named_starts, end) - 1
        return self._named[i][2] if i >= 0 and self._named[i][1] == end else None

    def _person_between(self, start: int, end: int) -> bool:
        """Whether the names module found a person's mention wholly inside [start, end)."""
        i = bisect.bisect_left(self._named_starts, start)
        return i < len(self._named) and self._named[i][1] <= end

    def _speaking_at(self, start: int, end: int, next_start: int) -> bool:
        # A mention next to a cue (``kata Putin``, ``Putin mengatakan``, ``Menurut Putin``) is one
        # of the article's speakers; ``katanya`` goes back to these before any other mention.
        body = self.body
        lo = max(0, start - 80)
        words = body[lo:start].split()[-9:]
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w.strip(",:") in CUE_WORDS and not _in_compound_noun(w, words[k - 1] if k else ""):
                # Unless the cue already has its person: ``Menurut Kusnawan, Blue Water Express
                # beroperasi`` makes Kusnawan the speaker, not the boat company after him; nor when
                # the name is company after it: ``ujar Presiden, yang datang bersama Menko PMK ...``.
                cue_end = body.rfind(w, lo, start) + len(w)
                if not self._person_between(cue_end, start) and _COMPANY.isdisjoint(
                    body[cue_end:start].split()
                ):
                    return True
                break
        before = _word_before(body, start)
        if before == "oleh":
            before = _word_before(body, start - len(" oleh"))
        if before in _PASSIVE_WORDS:
            return True  # ``Hal senada disampaikan Rizki Rifai``
        comma = body.rfind(", ", max(0, start - 60), start)
        if (
            comma > 0
            and body[comma + 2 : comma + 3].islower()
            and "." not in body[comma:start]
            and not (_word_before(body, comma) in ORG_WORDS and _word_after(body, comma + 1) in _LOWER_TITLES)
        ):
            # Inside an apposition: ``Aziz Yanuari, kuasa hukum FPI dan Rizieq Shihab, ...``. After
            # a body's name, a title opens the person ('Kandidat doktor Medical Science Kobe
            # University, dokter Adam Prabata, mengatakan').
            return False
        if body[end : end + 2] == ", " and (
            body[end + 2 : end + 3].islower() or _word_after(body, end) in PERSON_TITLES
        ):
            # The apposition after the name does not end its clause, in lower case or opening with
            # a title: 'Abdian Saputra, Koordinator Ekajaya Fast Boat, juga menyampaikan ...'.
            next_start = len(body)
        # The subject of an active me- verb (``Ridwan Kamil mengapresiasi ...``) is the one the
        # next ``katanya`` most likely means, as much as one next to a speech verb; ber- verbs
        # are as often said of things (``Blue Water Express beroperasi``).
        nxt = _word_after(body, end)
        if nxt in ("juga", "pun", "lalu", "kemudian", "pun", "sendiri"):
            nxt = _word_after(body, end + body[end:].find(nxt) + len(nxt))
        if (
            len(nxt) > 4
            and nxt.startswith("me")
            and body[end : end + 1] in (" ", ",")
            and _word_before(body, start) not in _SUBORDINATORS
        ):
            # Not inside a clause a conjunction makes part of another's sentence: '... keberatan
            # Rajiun karena Rusman Emba mengumumkan ...' is what the sentence's speaker reported.
            return True
        if nxt in _OPINION_VERBS:
            return True
        limit = min(len(body), end + 160, next_start)
        stop = _P.CLAUSE_END.search(body, end, limit)
        return any(w.strip(",:") in VERB_WORDS for w in body[end : stop.start() if stop else limit].split())

    def _candidates(self, spans: list[tuple[int, int]], pos: int) -> Iterator[tuple[_Run, _Run | None]]:
        """The runs before ``pos`` that may name a speaker, each with the run before it, last
        first: a generator, because the search mostly stops at the first or second."""
        body = self.body
        i = len(spans) - 1
        while i >= 0 and spans[i][0] >= pos:
            i -= 1  # a run starts at or after its span: none from here on comes before ``pos``
        run, i = self._run_back(spans, i)
        while run is not None:
            prev, i = self._run_back(spans, i)
            if run.start < pos and (
                run.tail < len(run.words)
                or _cued(body, run.start)
                or (_run_text(run) in ROLE_SHORT and _word_after(body, run.end) in VERB_WORDS)
            ):
                yield run, prev
            run = prev

    def _run_back(self, spans: list[tuple[int, int]], i: int) -> tuple[_Run | None, int]:
        """The run of the last span from ``i`` back that reads as one, and the index before it."""
        while i >= 0:
            run = self._span_run(spans[i])
            i -= 1
            if run is not None:
                return run, i
        return None, -1

    def latest_subject(
        self,
        pos: int,
        avoid: str | None = None,
        reach: int = 12,
        spoken_of: frozenset[str] = frozenset(),
        pronoun: bool = False,
    ) -> str | None:
        """The person most recently mentioned before ``pos`` as a speaker, else as a subject.

        Mentions inside quotes and objects (``kepada X``) do not count, nor ``avoid`` (the
        addressee of the quote being attributed), nor the people in ``spoken_of`` (those the
        quote itself names: a speaker seldom names themself). With ``pronoun`` (the verb at
        ``pos`` has 'ia' or 'dia' for subject), a person of the sentence right before outranks a
        speaker of an earlier paragraph, as one just introduced does.
        """
        fallback = None
        fresh = -1  # the paragraph of a fallback the article has just introduced, else -1
        k = self._para_index(pos)
        for kk in range(k, max(-1, k - reach), -1):
            next_start = pos
            for run, prev in self._candidates(self._para_spans(kk), pos):
                if run.tail >= len(run.words):
                    # ``ujar Presiden``, ``Mensos mengatakan``: a bare role that speaks is the person
                    # holding it.
                    next_start = run.start
                    who = None if self._in_quote(run.start) else self.speaker_of_run(run)
                    if who is not None and who != avoid and who not in spoken_of:
                        return fallback if kk < fresh else who
                    continue
                start = run.words[run.tail][0]
                ns = next_start
                if _word_before(self.body, run.start) not in _PREPOSITIONS:
                    # A name after a preposition is no subject of its own: 'Klaus Weyerstrass dari
                    # lembaga riset IHS berbasis di Wina mengatakan' is Klaus's verb.
                    next_start = start
                if (
                    self._in_quote(start)
                    or _word_before(self.body, start) in _LATEST_OBJECT_WORDS
                    or (run.tail and _word_before(self.body, run.start) in _ROLE_OBJECT_WORDS)
                    or self._listed_with_an_object(run.start)
                ):
                    continue
                if self._apposed_to_aged(run):
                    continue  # 'Ipah (40), tetangga Purwanto, mengatakan': Ipah speaks, not Purwanto
                if _a_neighbourhood(run):
                    continue  # 'warga RW 002 Duri Kepa': a place, no one speaking
                # Cheap local signs first; a name is looked up only when it may be the answer.
                speaking = self._speaking_at(start, run.end, ns) or (
                    # ``Menurut Wakil Kepala ... Sabana Atmojo``, ``Hal ini disampaikan Senior
                    # Manager ... Saroyo Utomo``: the cue stands before the role.
                    run.tail > 0
                    and (_cued(self.body, run.start) or _word_before(self.body, run.start) in _PASSIVE_WORDS)
                )
                if not speaking and self._object_closing_sentence(run.start, run.end):
                    continue
                if not speaking and fallback is not None:
                    if fresh < 0 and self._introduced(run, start, fallback):
                        # The person of a later mention is introduced here: they are the one just
                        # introduced, not a speaker of the paragraphs before.
                        fresh = kk
                    continue
                p = self._person(run, prev)
                if p is None or p.canonical == avoid or p.canonical in spoken_of:
                    continue
                if speaking:
                    # One the article has just introduced outranks a speaker of an earlier paragraph
                    # ('... Bank DBS Taimur Baig optimistis, ...' / '"...," katanya').
                    return fallback if kk < fresh else p.canonical
                fallback = p.canonical
                just_before = pronoun and kk == k and self._sentence_before(run.end, pos)
                fresh = kk if just_before or self._introduced(run, start, p.canonical) else -1
        return fallback

    def _apposed_to_aged(self, run: _Run) -> bool:
        """Whether ``run`` closes a lower-case apposition set off by commas after a name and its
        age ('Ipah (40), tetangga Purwanto, mengatakan'), which ``_in_apposition`` rules out of a
        clause: the verb after it is the aged person's."""
        body = self.body
        if not body.startswith(", ", run.end):
            return False
        comma = body.rfind(", ", max(0, run.start - 40), run.start)
        if comma < 0 or not body[comma + 2 : comma + 3].islower() or _word_after(body, comma + 1) in _LISTING:
            return False
        return _P.AGED_NAME.search(body, max(0, comma - 40), comma) is not None

    def _listed_with_an_object(self, start: int) -> bool:
        """Whether the name at ``start`` follows 'dan' or 'serta' after a name that is an object
        ('menyarankan keluarga Rehan dan Yudha mengirimkan permohonan'): the second is one too."""
        body = self.body
        joint = _word_before(body, start)
        if joint not in _LISTING:
            return False
        end = start - len(joint) - 2  # where the word before the joint ends
        for _ in range(4):  # back over the first name's words
            ws = _word_start(body, end)
            if ws >= end or not body[ws : ws + 1].isupper():
                return False
            if _word_before(body, ws) in _LATEST_OBJECT_WORDS:
                return True
            end = ws - 1
        return False

    def _object_closing_sentence(self, start: int, end: int) -> bool:
        """Whether the mention (its role included) ``start``..``end`` closes a sentence after an
        active verb with nothing passive between: the verb's object or its apposition ('X (45),
        ..., mengaku sebagai keponakan Bupati Bogor periode 1990-1995, Haji Darsono.'), no subject
        a later 'ia' or '-nya' points to. An agent after a passive verb ('disampaikan oleh Y.')
        or a copula ('Salah satunya adalah Y.') may be. Only a mention no verb makes a speaker
        asks, and most close no sentence."""
        body = self.body
        if body[end : end + 1] != "." or body[end + 1 : end + 2] not in ("", " ", "\n"):
            return False
        # The sentence's start: past the last stop before the mention, found with str.rfind.
        low = max(0, start - 200)
        low = max(low, *(body.rfind(c, low, start) + 1 for c in ".!?\n"))
        for word in reversed(body[low:start].split()):
            w = word.strip(",")
            if w in _NOT_AN_OBJECT or w.startswith(("di", "ter")) or w in CUE_WORDS:
                return False
            if len(w) > 4 and w.startswith("me") and w.isalpha() and w.islower():
                return True
        return False

    def _sentence_before(self, end: int, pos: int) -> bool:
        """Whether the mention ending at ``end`` stands in the sentence right before the one of
        ``pos`` ('..., Sastra Winara. Mewakili masyarakat, ia mengungkapkan'): 'ia' points to
        it, not to whoever spoke a paragraph before."""
        between = self.body[end:pos]
        return len(between) < 200 and len(_P.STOP.findall(between)) == 1

    def _introduced(self, run: _Run, start: int, canonical: str) -> bool:
        """Whether the mention at ``start`` introduces its person: the first the names module found,
        of two name words or more, with a role before it, an apposition's comma beside it or an age
        after it; or of one, with an age and an apposition after it ('Naufal (20), salah satu
        pengunjung, ...')."""
        body = self.body
        aged = _aged_apposition(body, run.end) or _one_of(body, run.end)
        if len(canonical.split()) < 2 and not aged:
            return False
        if self._first_named.get(canonical) != start:
            return False
        if aged or run.tail > 0 or body[run.end : run.end + 2] == ", " or body[start - 2 : start] == ", ":
            return True
        # A full name with an age the first time ('Wulan Kartika (27) mengayuh ...'): the article
        # brings someone new on, whose 'katanya' follows.
        return _P.AGE.match(body, run.end) is not None

    def by_role(self, role: str, pos: int) -> str | None:
        """The person the body gave ``role`` (``Presiden``), the latest before ``pos`` first."""
        who = self._by_role(role, pos)
        if who is None and role in ROLE_SHORT:
            who = self._by_role(ROLE_SHORT[role], pos)
        if who is None and self._roles:
            who = self._by_named_role(role, pos)
        return who

    def _by_named_role(self, role: str, pos: int) -> str | None:
        """The person the names module gave ``role``: the same ('Kalaksa BPBD Kabupaten Mojokerto,
        Yoie Afrida ...'), with a short form spelt out ('Wabup Indramayu' for 'Wakil Bupati
        Indramayu'), or holding it in brackets ('Direktur ... (Dirreskrimum) Polda Jabar'). When
        several people hold it, the one whose first mention comes last before ``pos``."""
        first, _, rest = role.partition(" ")
        forms = {role, f"{ROLE_SHORT[first]} {rest}".rstrip()} if first in ROLE_SHORT else {role}
        found: list[tuple[int, str]] = []
        for start, theirs, canonical in self._roles:
            if any(theirs == f or theirs.startswith(f + " ") or f"({f})" in theirs for f in forms):
                found.append((start, canonical))
        if len({c for _, c in found}) == 1:
            return found[0][1]
        before = [c for s, c in found if s < pos]
        return before[-1] if before else None

    def _by_role(self, role: str, pos: int) -> str | None:
        body = self.body
        exact: list[Person] = []
        loose: list[Person] = []
        i = body.find(role)
        while i >= 0:
            j = i + len(role)
            if _bounded(body, i, j):
                found = self._containing(i)
                if found is not None and found[0].start == i:
                    p = self._person(*found)
                    if p is not None and p.role:
                        if p.role == role:
                            exact.append(p)
                        elif p.role.startswith(role + " "):
                            loose.append(p)
            i = body.find(role, j)
        for group in (exact, loose):
            before = [p for p in group if p.start < pos]
            if before:
                return before[-1].canonical
            if group:
                return group[0].canonical
        return None

    def speaker_of_run(self, run: _Run) -> str | None:
        """The canonical person a run at a speaker slot names (``Presiden Putin``, ``Presiden``)."""
        if _a_date(self.body, run):
            return None
        denied = False
        if run.tail < len(run.words):
            name = _tail(run)
            if name in AGENCIES:
                return None
            theirs = self.canonical_at(run.words[run.tail][0], run.end)
            if theirs is None and run.tail == 0 and name in self._role_ends:
                # 'tulis Deloitte' where a person's role ends on Deloitte: the firm. After a title
                # it is the place of an office ('pungkas Camat Tanjung Morawa'), read below.
                return None
            ours = self.canonical_near(name, run.start)
            denied = theirs is None and ours is not None and self._names_deny(run, ours)
            if theirs is not None or not (denied or self._is_thing(run.words[run.tail][0], run.end)):
                return _shorter_suffix(ours, theirs)
            # The names module holds the words for a place or a body, or reads them as no name:
            # the run is a bare role ('pungkas Camat Tanjung Morawa', 'kata Kepala Puskesmas X').
        last = run.words[-1][2]
        if _bare(last) in PERSON_TITLES:
            # A title closing the run heads nothing: when the names module found a person ending
            # in it here, it is a name word ('kata Lucky Hakim': 'Hakim' is a judge elsewhere).
            theirs = self.canonical_at(run.start, run.end)
            if theirs is not None and " " in theirs and f" {_run_text(run)}".endswith(f" {theirs}"):
                return theirs
        if len(run.words) >= 2 and _bare(run.words[-2][2]) in PERSON_TITLES:
            # A title before a given name that is a common word here too ('tutur Mayjen Tugas' for
            # Tugas Ratmono): the names module's one person whose name opens with it.
            owners = [p for p in self._person_names if p.startswith(_bare(last) + " ") and _plain_full(p)]
            if len(owners) == 1:
                return owners[0]
        role = " ".join(w for _, _, w in run.words).rstrip(",")
        if role in AGENCIES:
            return None
        who = self.by_role(role, run.start)
        if (
            who is None
            and not denied
            and not any(_bare(w) in PERSON_TITLES for _, _, w in run.words)
            and not self._thing_at(run.start)
        ):
            # Every word looked institutional, yet it stands where a speaker stands (``Budi Karya``);
            # not an acronym alone, a body's ('tulis SGX di situs resminya').
            if all(_is_acronym(w) for _, _, w in run.words):
                full, person = self.lookup(role)
                return full if person else self._initials_of(role)
            if len(run.words) >= 2 and _a_body_run(run) and not self.lookup(role)[1]:
                return None  # 'menurut Pusat Informasi Harga Pangan Strategis': a body, no one's name
            return self.canonical(role) or role
        return who

    def named_in(self, start: int, end: int) -> frozenset[str]:
        """The people the names module found mentioned inside ``start``..``end``, less one a
        speaker introduces as themself ('Halo Jakmania, saya Mauricio Souza')."""
        i = bisect.bisect_left(self._named_starts, start)
        found = set()
        while i < len(self._named) and self._named[i][0] < end:
            at, _, canonical = self._named[i]
            if _word_before(self.body, at).lower() not in ("saya", "aku"):
                found.add(canonical)
            i += 1
        return frozenset(found)

    def _initials_of(self, acronym: str) -> str | None:
        """The one person the names module found whose initials ``acronym`` is, an honorific's
        letter before them allowed ('SBY', 'KDM' for Kang Dedi Mulyadi); None for a body's
        ('SGX', 'MTI', 'OECD')."""
        found = {
            name
            for name in self._person_names
            if " " in name and "".join(w[0] for w in name.split()) in (acronym, acronym[1:])
        }
        return found.pop() if len(found) == 1 else None

    def canonical_at(self, start: int, end: int) -> str | None:
        """The canonical name of a names-module mention overlapping ``start``..``end``."""
        if not self._named:
            return None
        i = bisect.bisect_left(self._named_starts, end) - 1
        if i >= 0 and self._named[i][1] > start:
            return self._named[i][2]
        return None
