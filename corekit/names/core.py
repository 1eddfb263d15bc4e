"""``find_names``: gazetteer hits and person mentions grouped under canonical names."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Mapping, Sequence

import regex

from corekit.linebreaks import Joined, paragraphs
from corekit.model import Name, NameKind
from corekit.names import _build
from corekit.names.aliases import scan_aliases
from corekit.names.gazetteer import Entry, Gazetteer, Hit, gazetteer
from corekit.names.lexicon import (
    AL_BODIES,
    DOTTED_TITLES,
    GIVEN_NAMES,
    KIND_WORDS,
    LEADING_HEADS,
    NICKNAME_HONORIFICS,
    NOUN_HEADS,
    PARTICLES,
    RANKS,
    SPELLED_OUT_HEADS,
    TITLES,
    TRAILING_HEADS,
)
from corekit.names.persons import (
    BODY_TITLES,
    VILLAGE_HEADS,
    PersonMention,
    best_role,
    body_head,
    common_in_body,
    common_term,
    confirm_lone,
    cued,
    dropped_alone,
    field_in_a_list,
    find_persons,
    glued_english,
    occurrences,
    place_at,
    spaced,
    speaks_alone,
    token_before,
)
from corekit.names.words import (
    english,
    english_abstract,
    english_common,
    root_words,
    typos,
    village,
    wordlike,
)


class _Person:
    """A person being assembled; mutable only inside one ``find_names`` call.

    A plain class, not attrs: mypyc (the compiled build, ``setup.py``) rejects ``attrs.field``."""

    def __init__(self, canonical: str, tokens: frozenset[str], mentions: list[PersonMention]) -> None:
        self.canonical = canonical
        self.tokens = tokens
        self.mentions = mentions


def _known_full(g: Gazetteer, name: str) -> str | None:
    full = g.people.get(name)
    return full if full and len(full.split()) > len(name.split()) else None


def _common_phrase(body: str, tokens: Sequence[str]) -> bool:
    """True when a capitalised run is a phrase of common words, not a name: the article also
    writes its last word and at least half of its words in lower case ('Jaminan Kredit', 'Sepak
    Bola', 'Lapang Cuaca'). A surname is seldom a common word, so 'Cinta Laura' stays a name.
    """
    words = [t for t in tokens if t not in PARTICLES]
    if not words or not common_in_body(body, words[-1]):
        return False
    return 2 * sum(common_in_body(body, w) for w in words) >= len(words)


def _not_a_person(body: str, m: PersonMention) -> bool:
    """Whether a candidate is something else: after a kind word ('bahasa Mandarin'), English words,
    a quoted title, an English term in italics. The character before it decides which of the last
    two to ask: most candidates follow a space."""
    # The word before it, asked once: a lower-case kind word there as a word of its own ('program
    # Car Free Day'; not the end of 'Pengacara David Tobing'), or an open mark glued to it. A
    # newspaper's kind is two words ('surat kabar Maariv'); 'kabar' alone is news of someone.
    word = token_before(body, m.start)
    if (
        word in KIND_WORDS
        or (word == "kabar" and token_before(body, m.start - 6) == "surat")
        or english(m.tokens)
        or (m.tokens[0] in _FOREIGN_FIRST and _foreign_body(m.tokens))
        or (m.role is not None and field_in_a_list(body, m))
        or (m.tokens[0] == "Eng" and _engineer_s_title(body, m))
        or m.tokens in _WEATHER
        or (word in _KODAM_TITLES and m.tokens in _KODAMS)
        or (word == "di" and _a_place_s_name(body, m))
        or (word[:1] in _DIGITS and _an_amount(word))
        or _after_an_english_word(body, m.start, word)
        or _in_a_named_title(body, m.start)
        or _a_term_s_word(body, word, m)
        or (len(m.tokens) == 1 and m.role is not None and _a_village_s_end(m.role, m.tokens[0]))
    ):
        return True
    if len(m.tokens[-1]) <= 2 and _lettered(m.tokens):
        return True
    if body.count("-", m.start, m.end) > 1:
        # Three places or more joined by dashes are a route ('Cinere-Fatmawati-Blok M-Senayan'); a
        # pair of people or a double-barrelled name has one dash.
        return True
    if body[m.end + 1 : m.end + 2] in _DIGITS and body[m.end] == " ":
        # A number right after it: a model, an event's year, a vehicle, a level ('Long Xing 601',
        # 'All England 2024', 'Bio Safety Level 3'). A person's age stands in brackets.
        return True
    last = m.tokens[-1]
    if len(last) > 1 and last.isupper() and _ROMAN_AFTER.match(body, m.end):
        # A unit's short form and its numeral close it ('Kilang Pertamina Balongan RU VI'): a unit,
        # no person; a ruler's numeral follows a name word ('Paus Yohanes Paulus II').
        return True
    before = body[m.start - 1 : m.start]
    if before == "/":
        return _after_a_unit_s_number(body, m.start - 1)
    if before in _OPEN_MARKS or before == " " and word[:1] in _OPEN_MARKS:
        return _quoted(body, m) or _a_work_s_title(body, m)
    if before == "(":
        return _a_body_s_short_form(body, m.start)
    return before.islower() and glued_english(body, m)


_DIGITS = frozenset("0123456789")
_ROMAN_AFTER = regex.compile(r" [IVX]{1,5}(?![\w’'\-])")


def _a_term_s_word(body: str, word: str, m: PersonMention) -> bool:
    """Whether the capitalised common word before a run with no role and the run's first word are
    a term the article also writes in lower case ('Pabrik ... Bahan Bakar Fordow' and 'bahan
    bakar', 'Gunung Api Raung', 'Bank Syariah Mandiri'): the run goes on a thing's name, no given
    name opens it. Titles are no such word ('Menteri Budi' ... 'menteri budi daya')."""
    return (
        m.role is None
        and word[:1].isupper()
        and word.isalpha()
        and word not in TITLES
        and word.lower() in root_words()
        and common_in_body(body, f"{word} {m.tokens[0]}")
    )


def _a_village_s_end(role: str, word: str) -> bool:
    """Whether a lone name's role ends in a village's head and the first word of a village the name
    ends ('Warga Dusun I Desa Duri' + 'Kepa'): the role was the address, the name its last word."""
    rest, _, last = role.rpartition(" ")
    return rest.rpartition(" ")[2] in VILLAGE_HEADS and village((last, word))


def _after_a_unit_s_number(body: str, slash: int) -> bool:
    """Whether the slash at ``slash`` follows a number, Arabic or Roman: a military unit's or a
    decree's name or code comes after it ('Korem 132/Tadulako', 'Kodam XVII/Cenderawasih',
    'Nomor 1138/Menkes'), no person. Two people a slash joins have names on both sides."""
    start = slash
    while start and body[start - 1].isalnum():
        start -= 1
    number = body[start:slash]
    return bool(number) and (number.isdigit() or set(number) <= _ROMAN)


_ROMAN = frozenset("IVXL")


def _an_amount(word: str) -> bool:
    """Whether ``word`` is a number with a decimal or a thousands mark: before a capitalised word it
    counts things or sizes an engine ('10.000 Frostbite Yakoo', '2.0 G HV'), a product or a model's
    trim, no person. Not a time of day ('pukul 09.00 Anies tiba')."""
    if not word[-1:].isdigit() or not word.replace(".", "").replace(",", "").isdigit():
        return False
    hours, dot, minutes = word.partition(".")
    if dot and len(hours) <= 2 and len(minutes) == 2:
        return False
    return "." in word or "," in word


def _a_body_s_short_form(body: str, start: int) -> bool:
    """Whether the bracket opening at ``start`` follows a body's long name: it holds the body's
    short form ('Himpunan Wiraswasta Nasional Minyak dan Gas (Hiswana Migas)', 'Komando Pasukan
    Katak (Kopaska)'), no person. A person in brackets follows a title or a name ('Gubernur (Ridwan
    Kamil)', 'Xu Zhi (Liu Haocun)'). A head word among the capitalised words and their joining
    words right before decides: the long name may follow a title ('Anggota Himpunan ...')."""
    if body[start - 2 : start - 1] != " ":
        return False
    for word in reversed(body[max(0, start - _LONG_NAME) : start - 2].split(" ")):
        if word[:1].isupper() and word[-1:].isalnum():
            if body_head(word):
                return True
        elif word not in _JOINING:
            return False
    return False


# How far back a body's long name may start, and the lower-case words inside one.
_LONG_NAME = 160
_JOINING = frozenset(("dan", "untuk", "serta", "&", "of", "and", "for"))


def _engineer_s_title(body: str, m: PersonMention) -> bool:
    """Whether ``m`` is the 'Eng' of the registration an engineer writes after the name with the
    degrees ('Mochamad Wahyudi, M.Kom, MM, IPU, ASEAN Eng'), no name; 'Eng Hian' is one."""
    return m.tokens == ("Eng",) and body.endswith(_ENGINEER_REGISTERS, 0, m.start)


_ENGINEER_REGISTERS = ("ASEAN ", "APEC ")
# The warm and the cold phase of the Pacific ('El Nino', 'La Nina'): weather, not a woman named Nina.
_WEATHER = frozenset((("El", "Nino"), ("El", "Niño"), ("La", "Nina"), ("La", "Niña")))


def _a_place_s_name(body: str, m: PersonMention) -> bool:
    """Whether ``m``, right after 'di', names where something is: a place, a venue, a firm ('di
    Ecopark Ancol', 'kepala strategi di Sumitomo Mitsui'). A person there has a role or speaks
    in the article ('Kepala Dinas Kesehatan di Sri Nowo Retno' ... 'kata Retno'), a slip for 'dr'."""
    return m.role is None and not any(speaks_alone(body, t) for t in m.tokens)


# The titles at the head of a military region command (Kodam) and the commands' names: after the
# title the name is the command's ('Pangdam Jaya', 'Pangdam Iskandar Muda'), the holder follows with
# a rank. Any other word after it is the holder's one name ('Pangdam Rendrawan').
_KODAM_TITLES = frozenset(("Pangdam", "Wapangdam", "Kasdam", "Irdam", "Kapendam"))
_KODAMS = frozenset(
    tuple(name.split())
    for name in (
        "Iskandar Muda", "Bukit Barisan", "Sriwijaya", "Jaya", "Siliwangi", "Diponegoro", "Brawijaya",
        "Udayana", "Tanjungpura", "Mulawarman", "Merdeka", "Hasanuddin", "Pattimura", "Kasuari",
        "Cenderawasih", "Tuanku Tambusai", "Tuanku Imam Bonjol", "Radin Inten", "Tambun Bungai",
        "Palaka Wira", "Mandala Trikora", "Lambung Mangkurat", "Jayakarta",
    )
)  # fmt: skip


def _after_an_english_word(body: str, start: int, word: str) -> bool:
    """Whether the name at ``start`` goes on an English one, by the word before it: the article
    'The', a title between maybe ('The Asian Parent', 'Hotel The St. Regis', 'The F Thing'), or a
    joining word after a capitalised word ('Trade in Endangered Species', 'Fair and Reciprocal
    Plan', 'Black and White Cheese', 'Currency, and Equities Outlook'): a brand's, a venue's or a
    title's, not a person's. Indonesian joins two people with 'dan'. ``word`` is the word before
    ``start`` (``token_before``), which the caller has read already."""
    if word in _ENGLISH_JOINTS:
        before = token_before(body, start - len(word) - 1).lstrip("“\"‘'")
        return before[:1].isupper()
    if word in DOTTED_TITLES:
        word = token_before(body, start - len(word) - 1)
    return word == "The"


_ENGLISH_JOINTS = frozenset(("and", "in", "of", "for", "with", "on", "at", "to"))


def _a_work_s_title(body: str, m: PersonMention) -> bool:
    """Whether ``m`` opens a quoted title before its colon ('bukunya, “Jaman Woneng: Wabah Sampar di
    Priangan”', 'bertema “Reviu Periodik IV: Perspektif HAM ...”'), not a person; speech that opens
    with a name goes on in lower case."""
    opened = m.start > 0 and body[m.start - 1] in _OPEN_MARKS
    return opened and _TITLE_COLON.match(body, m.end) is not None


# What closes the head of a title in a quotation: a colon, a volume's numeral before it maybe.
_TITLE_COLON = regex.compile(r"(?: [IVX]{1,4})?:")


def _in_a_named_title(body: str, start: int) -> bool:
    """Whether ``start`` lies inside the quoted name a talk, a video or an event is given
    ('diskusi bertajuk “Puncak, Mengapa Diminati Meski Macet Menanti”', 'video berjudul “Tentang
    Artis TV Masuk ke Youtube”'): title-cased words of a title, no person."""
    if not _names_a_title(body):
        return False  # most bodies: no talk or video named in quotes, one cached probe per candidate
    lo = max(0, start - _TITLE_REACH)
    opened = max(body.rfind("“", lo, start), body.rfind('"', lo, start))
    if opened < 0 or body.find("\n", opened, start) >= 0:
        return False  # most candidates: no quotation opens shortly before them
    if body.find("”", opened, start) >= 0:
        return False
    return token_before(body, opened) in _NAMING_WORDS


# The words that give a quoted name to what they follow, and how far back its quotation may open.
_NAMING_WORDS = frozenset(("bertajuk", "berjudul", "bertema", "bertemakan"))
_TITLE_REACH = 200


@functools.lru_cache(maxsize=1)
def _names_a_title(body: str) -> bool:
    """Whether ``body`` holds a word of ``_NAMING_WORDS`` at all: asked for every candidate, answered
    once per body ('bertema' also finds 'bertemakan')."""
    return "bertajuk" in body or "berjudul" in body or "bertema" in body


def _foreign_body(tokens: Sequence[str]) -> bool:
    """Whether a candidate opens as a foreign club's, side's or place's name does: with an article
    ('Los Blancos', 'Les Bleus'), or 'Al' or 'El' before a club's word ('Al Hilal')."""
    first = tokens[0]
    return first in LEADING_HEADS or first in _AL and len(tokens) == 2 and tokens[1] in AL_BODIES


_AL = frozenset(("Al", "El", "Al-", "El-"))
# One set probe settles most candidates before the call.
_FOREIGN_FIRST = LEADING_HEADS | _AL


def _placed(body: str, m: PersonMention, hits: Sequence[Hit]) -> bool:
    """Whether ``m`` is a town, a district or a venue, with no role: before a comma and the next
    part of an address, or after 'di', 'ke' or 'dari' and before a comma and a place the gazetteer
    knows ('di Pangkalan Bun, Kalimantan Tengah', 'di Dabo Singkep, Kabupaten Lingga', 'Marina
    Bay Sands, Singapura')."""
    if not body.startswith(", ", m.end):
        return False  # most candidates: two cheap looks say so
    if m.role is not None:
        return _next_in_an_address(body, m, hits)
    if (
        body[m.end + 2 : m.end + 3] in "KD"
        and _ADDRESS_AFTER.match(body, m.end + 2)
        and not cued(body, m.start, m.end)
    ):
        # A district, a village or a town comes next in an address ('RW 10 Kedung Jumbleng,
        # Kelurahan Argasunya', 'Pelabuhan Pantai Indah, Barek Motor Kijang, Kecamatan Bintan
        # Timur'); not after 'kata Asep, Kabupaten Bogor ...'.
        return True
    if not body[max(0, m.start - 5) : m.start].endswith(_PLACE_LEADS):
        return False
    return place_at(hits, m.end + 2) is not None


def _among_places(body: str, m: PersonMention, hits: Sequence[Hit], named: set[int]) -> bool:
    """Whether ``m``, with no role and no cue, closes a list of places and venues: two items before
    it, or one in a list of three, are opened by a body's head word or known to the gazetteer, and
    none is a full name (``named``, where candidates of two words or more start): 'di Jalan
    Sudirman, Thamrin, Kuningan, Gatot Soebroto.', 'Taman Ragunan, Museum MH Thamrin, dan Sea World
    Ancol'. A holder named after a body and its town is no list's ('peneliti Universitas
    Airlangga, Surabaya, Windhu Purnomo, menyarankan'), nor are two people ('ilmuwan Amerika
    Serikat, Alfred Einstein dan J Robert Oppenheimer')."""
    if not (body.endswith(", ", 0, m.start) or body.endswith(" dan ", 0, m.start)):
        return False  # most candidates
    if m.role is not None or not _last_item(body, m.start, m.end) or cued(body, m.start, m.end):
        return False
    start = max(body.rfind(". ", 0, m.start), body.rfind("\n", 0, m.start), m.start - _LIST_REACH)
    items = placed = 0
    end = body.rfind(",", 0, m.start) if body[m.start - 2] == "," else m.start - 5  # ', ', ' dan '
    if body[end - 1] == ",":
        end -= 1  # ', dan '
    # Items before the last are parted by commas ('dan' inside a body's name parts no items).
    for sep in reversed(list(_LIST_SEPARATOR.finditer(body, start + 1, end))):
        if _ITEM.fullmatch(body, sep.end(), end) is None:
            break  # words in lower case: the clause before the list
        if sep.end() in named:
            return False
        items += 1
        placed += _a_place_item(body, sep.end(), hits)
        end = sep.start()
    # The first item closes the words before the list ('perkantoran di Jalan Sudirman').
    head = _last_run(body, start + 1, end)
    if head >= 0:
        if _first_word(body, head) in TITLES:
            return False  # an office and its address: the name after them is its holder's
        items += 1
        placed += _a_place_item(body, head, hits)
    return placed >= 2 or placed == 1 and items >= 2


def _last_run(body: str, start: int, end: int) -> int:
    """Where the capitalised words that end ``body[start:end]`` start, or -1."""
    at = -1
    while end > start:
        space = body.rfind(" ", start, end)
        word = max(space + 1, start)
        if not body[word : word + 1].isupper():
            break
        at, end = word, space
    return at


def _a_place_item(body: str, at: int, hits: Sequence[Hit]) -> bool:
    """Whether the list item at ``at`` is a place or a venue: a body's head word opens it, or the
    gazetteer knows it."""
    return body_head(_first_word(body, at)) or place_at(hits, at) is not None


def _first_word(body: str, at: int) -> str:
    word = _TOKEN_AT.match(body, at)
    return word.group() if word else ""


# How far back a list may start, and what parts its items.
_LIST_REACH = 200
_TOKEN_AT = regex.compile(r"[^\s,.]+")


def _last_item(body: str, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` may close a list: 'dan' before them, or the sentence
    ends after them. A name before a verb is the subject after an address ('Sekda Kota Cirebon, Jawa
    Barat, Agus Mulyadi terkonfirmasi'), one between commas an apposition ('peneliti di Baltimore,
    Maryland, Anita Naik, D.O.')."""
    return body.endswith(" dan ", 0, start) or body.startswith(".", end)


_LIST_SEPARATOR = regex.compile(r", (?:dan |serta )?")
# A list item: capitalised words and the words that join them in a name, six at most.
_ITEM = regex.compile(r"\p{Lu}[\w.’'\-]*(?: (?:\p{Lu}[\w.’'\-]*|&|of|and|de)){0,5}")


def _next_in_an_address(body: str, m: PersonMention, hits: Sequence[Hit]) -> bool:
    """Whether a lone word with a role from the apposition before it is the next part of the address
    that role ends in: between commas, before a place the gazetteer knows ('pemimpin Pondok
    Pesantren Al Hidayah, Cicalengka, Jawa Barat', 'warga Karah, Jambangan, Surabaya'). An office's
    holder named so has no town after the name, and a cue makes one a speaker anyway."""
    if len(m.tokens) != 1 or body[m.start - 2 : m.start] != ", " or cued(body, m.start, m.end):
        return False
    return place_at(hits, m.end + 2) is not None


# The next part of an address: a district, a village, a regency or a town.
# The short forms may go without their dot ('RT 9/RW 4, Pd Klp, Kec Duren Sawit').
_ADDRESS_AFTER = regex.compile(r"(?:Kecamatan|Kelurahan|Kabupaten|Kota|Desa|Kec\.?|Kab\.?|Kel\.?)[ ]")
# ... or after a comma, inside an address ('Jalan Dukuh V, Dukuh, Kramat Jati, Jakarta Timur').
_PLACE_LEADS = (" di ", " ke ", "dari ", ", ")


def _past_a_body(body: str, m: PersonMention, persons: Sequence[PersonMention]) -> PersonMention:
    """``m`` without the words of a body before the name, moved to its role. Two signs, for a
    candidate of three words or more whose first is no given name:

    - a later word stands alone as a person elsewhere ('kata Iola' for 'Pantau Gambut Iola Abas'),
      and the words before it read as common words or a brand;
    - the first word closes a body's name elsewhere in the article ('Kilang Pertamina Balongan'
      for 'Balongan Endra Setiawan'): there it follows a name word that is no title, the second
      word does not follow it, and no person candidate holds it.
    """
    tokens = m.tokens
    if len(tokens) < 3 or len(tokens[0]) < 4 or tokens[0] in GIVEN_NAMES:
        return m  # most candidates; and a Chinese name's short first word ('Lin Yu Sen') recurs
    if body.endswith(" atau ", 0, m.start) and _short_for_before(body, m.start - 6, tokens[0]):
        # 'Bupati Bolaang Mongondow Timur atau Boltim Sehan Salim Landjar': the first word is the
        # region's short form the article gives after 'atau', glued before the holder's name.
        return m._replace(start=m.start + len(tokens[0]) + 1, tokens=tokens[1:])
    first, second = tokens[0], tokens[1]
    lone = {p.tokens[0] for p in persons if len(p.tokens) == 1}
    for k in range(1, len(tokens) - 1):
        if tokens[k] in lone:
            # The article calls them by a later word ('jelas Budi' after 'Perencana keuangan
            # OneShildt Budi Raharjo', 'kata Iola' after 'Pantau Gambut Iola Abas'), and the words
            # before it read as words or a brand, not a name.
            if all(_a_word(t) for t in tokens[:k]):
                for _ in range(k):
                    m = _without_first(m)
                return m
            break
    at = body.find(first)
    while at >= 0:
        end = at + len(first)
        if (
            at != m.start
            and _inside_a_name(body, at, end)
            and not body.startswith(" " + second, end)
            and not any(p.start < at < p.end for p in persons)  # 'Mbah Tupon' is a person's
            # Where it speaks it is the person's short form ('Kata Arnold ...'), no body's word.
            and not cued(body, at, end)
        ):
            return _without_first(m)
        at = body.find(first, end)
    return m


def _short_for_before(body: str, end: int, word: str) -> bool:
    """Whether ``word`` is made of the openings of the capitalised words that end at ``end``, the
    first of them opening it, as a region's short form is ('Boltim' for 'Bolaang Mongondow Timur',
    'Jabar' for 'Jawa Barat')."""
    words = body[max(0, end - _SHORT_FOR_REACH) : end].split(" ")[-4:]
    while words and not words[0][:1].isupper():
        words.pop(0)
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    low = [w.lower() for w in words]
    # The region's name may follow a title ('Bupati Bolaang Mongondow Timur'): any of the words
    # may open it, two of them at least.
    return any(_made_of_openings(word.lower(), low, 0, k, first=True) for k in range(len(low) - 1))


_SHORT_FOR_REACH = 60


def _made_of_openings(word: str, words: Sequence[str], i: int, k: int, first: bool = False) -> bool:
    """Whether ``word[i:]`` is openings of ``words[k:]`` in order (words may be left out), the
    first from ``words[k]`` when ``first``."""
    if i == len(word):
        return not first
    for kk in range(k, k + 1 if first else len(words)):
        w = words[kk]
        for n in range(min(len(w), len(word) - i), 0, -1):
            if word.startswith(w[:n], i) and _made_of_openings(word, words, i + n, kk + 1):
                return True
    return False


def _past_an_english_name(m: PersonMention) -> PersonMention:
    """``m`` without the words of a body's English name before the person's, moved to its role:
    up to an English abstract noun with two words or more after it that are no English words
    ('Yayasan Sumba Hospitality Radempta Bato'). Whole, the candidate would read as English and
    be dropped. Not before a particle, which goes on with the body's name ('Monument van
    Traditionele Houten Vissersboot')."""
    tokens = m.tokens
    if len(tokens) < 3:
        return m  # most candidates
    for k in range(len(tokens) - 3, -1, -1):
        if english_abstract(tokens[k]):
            if tokens[k + 1] in PARTICLES:
                return m
            common = english_common()
            if any(len(t) >= 4 and t.lower() in common or english_abstract(t) for t in tokens[k + 1 :]):
                return m
            for _ in range(k + 1):
                m = _without_first(m)
            return m
    return m


def _a_word(token: str) -> bool:
    """Whether a capitalised word reads as a common word or a brand ('Pantau', 'OneShildt'), not a
    given name."""
    return token not in GIVEN_NAMES and (wordlike(token) or not token[1:].islower())


def _without_first(m: PersonMention) -> PersonMention:
    """``m`` with its first word moved to the end of its role."""
    first = m.tokens[0]
    role = f"{m.role} {first}" if m.role else first
    return m._replace(start=m.start + len(first) + 1, role=role, tokens=m.tokens[1:])


def _inside_a_name(body: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` stands alone as a word, after a capitalised word that
    is no title ('Pertamina Balongan', not 'Presiden Joko')."""
    word = token_before(body, start)
    return (
        not body[end : end + 1].isalnum() and word[:1].isupper() and word[1:].isalpha() and word not in TITLES
    )


def _reads_as_a_name(body: str, m: PersonMention) -> bool:
    """Whether a full candidate that joins no one is a person's name: with a role, unless its words
    read as a term and the role names a body, not its holder ('Ketua Rukun Tetangga'); without one,
    unless they are common words here, a term or a village's name ('Pulo Gebang', and its east,
    'Pulo Gebang Timur': the compass word reads as a surname after name words)."""
    if m.role is not None:
        return (_ranked(m.role) or not common_term(body, m)) and not _written_lower(body, m.tokens)
    return (
        not _common_phrase(body, m.tokens)
        and not common_term(body, m)
        and not village(m.tokens[:-1] if m.tokens[-1] == "Timur" else m.tokens)
        and not _a_route(body, m.tokens)
    )


def _a_route(body: str, tokens: Sequence[str]) -> bool:
    """Whether the article also joins the two words of ``tokens`` by a dash, either way round: the
    two ends of a road or a line ('Kalideres Tambun' ... 'Tambun-Kalideres'), which no one writes
    of a person's two names."""
    if len(tokens) != 2:
        return False
    a, b = tokens
    return any(body.find(x + dash + y) >= 0 for x, y in ((a, b), (b, a)) for dash in "-–—")


def _written_lower(body: str, tokens: Sequence[str]) -> bool:
    """Whether the article also writes the words of ``tokens``, two or more, as one phrase in lower
    case: a term after a title that names a trade ('Himpunan Pengusaha Alas Kaki' ... 'usaha alas
    kaki'), not its holder. Words that are common one by one ('Hari Putra') seldom come so together."""
    return len(tokens) > 1 and common_in_body(body, " ".join(tokens))


def _ranked(role: str) -> bool:
    """Whether ``role`` holds a rank or a form of address ('... Brigadir Jenderal TNI Candra
    Wijaya'), or ends in a title whose holder, not a body, comes next ('Kapolda Andika Perkasa';
    not 'Ketua Rukun Tetangga', 'Direktur PT Kembar Bina'): then words that read as a term are a
    name."""
    words = role.split()
    last = words[-1]
    return (last in TITLES and last not in BODY_TITLES) or not RANKS.isdisjoint(words)


def _lettered(tokens: Sequence[str]) -> bool:
    """Whether a candidate is a word and a letter ('Formula E', 'Serie A', 'Grup B'), or letters alone
    (a song's chords, 'C. A. D.'). Not a ruler's numeral ('Hamengku Buwono X'), nor a surname's
    initial after two name words ('Dwi Hariyawan S')."""
    if len(tokens) < 2 or len(tokens[-1].rstrip(".")) != 1:
        return False
    if len(tokens) == 2:
        return tokens[-1].rstrip(".") not in _REGNAL
    return all(len(t.rstrip(".")) == 1 for t in tokens)


_REGNAL = frozenset("IVX")
_OPEN_MARKS = frozenset("‘'\"“")
_CLOSE_MARKS = frozenset("’'\"”")


def _quoted(body: str, m: PersonMention) -> bool:
    """Whether ``m`` is all a quotation holds: a title, a campaign or a slogan ('kampanye ‘Original
    Forever’'), not a person. The closing mark may be glued into the last word, as an apostrophe
    is in a name ('Rian D’Masiv')."""
    if body[m.start - 1 : m.start] not in _OPEN_MARKS or m.start == 0:
        # Or a common first word after the mark was dropped off the run ('kampanye ‘Ada Aja
        # Idenya’'): the quotation opens one word earlier.
        first = token_before(body, m.start)
        if not (first[:1] in _OPEN_MARKS and first[1:2].isupper() and first[2:].isalpha()):
            return False
    if body[m.end - 1] in _CLOSE_MARKS or body[m.end : m.end + 1] in _CLOSE_MARKS:
        return True
    # Or the first words of a title in Title Case ('lagu “Ku Rela Kau Pilih Dia”'); speech that
    # opens with a name goes on in lower case ('“Budi Santoso itu orang baik,” kata ...').
    if body[m.end : m.end + 1] != " ":
        return False
    close = next((i for i in range(m.end, min(len(body), m.end + 60)) if body[i] in _CLOSE_MARKS), -1)
    words = body[m.end + 1 : close].split(" ") if close > 0 else ()
    return bool(words) and all(w[:1].isupper() for w in words)


# A short form in capitals standing as a word ('BLE', not 'Bapak').
_ACRONYM = regex.compile(r"\p{Lu}{2,8}(?![\w-])")


def _spelled_out(body: str, m: PersonMention) -> bool:
    """Whether the acronym in brackets right after ``m`` is made of its words' initials ('Giant Sea
    Wall (GSW)', 'Makan Bergizi Gratis (MBG)', 'Sustainable Palm Oil (RSPO)'): a term, a programme
    or a body spelled out, not a person. A person's initials name no one else ('Parlautan
    Banjarnahor (PBN)' stays)."""
    if len(m.tokens) < 2:
        return False
    if body[m.start - 1 : m.start] == "(" and body[m.start - 2 : m.start - 1] == " ":
        # Or the other way round: 'mobil CBU (Completely Built Up)'.
        space = body.rfind(" ", 0, m.start - 2)
        acronym = body[space + 1 : m.start - 2]
        if len(acronym) < 2 or not acronym.isupper():
            return False
        if acronym == "".join(t[0] for t in m.tokens).upper():
            return True
        # A place the run left out may close the bracket: 'PT BWI (Bumi Wiralodra Indramayu)'.
        close = body.find(")", m.end, m.end + 40)
        words = body[m.start : close].split() if close > 0 else ()
        return len(words) > len(m.tokens) and acronym == "".join(w[0] for w in words).upper()
    if body.startswith(" atau ", m.end):
        # 'Batam Logistic Ecosystem atau BLE': the short form after 'atau' as in brackets.
        short = _ACRONYM.match(body, m.end + 6)
        capitals = short.group() if short else ""
    elif body[m.end : m.end + 2] != " (":
        return False
    else:
        close = body.find(")", m.end + 2, m.end + 12)
        capitals = "".join(c for c in body[m.end + 2 : close] if c.isupper()) if close > 0 else ""
    if len(capitals) < 2:
        return False
    words = [w for t in m.tokens for w in t.split("-") if w]
    # An acronym among the words gives all its letters ('Green SM (GSM)').
    letters = "".join(t if t.isupper() else t[0] for t in m.tokens)
    return (
        capitals.endswith("".join(t[0] for t in m.tokens).upper())
        or capitals.endswith("".join(w[0] for w in words).upper())
        or capitals.endswith(letters.upper())
    )


def _group_persons(body: str, mentions: Sequence[PersonMention], g: Gazetteer) -> list[_Person]:
    people: list[_Person] = []
    # Full names first, longest first, so a short form can join a full name
    # the article gives earlier or later.
    # Weak ones (from headlines) last, so they can only join.
    multi = sorted(
        (m for m in mentions if len(m.tokens) > 1), key=lambda m: (not m.strong, -len(m.tokens), m.start)
    )
    holders = {m.start for m in multi if m.strong}
    for m in multi:
        toks = frozenset(m.tokens)
        cands = [p for p in people if toks <= p.tokens]
        if len(cands) > 1:
            # The husband, once his wife's name and his own are both in: not hers.
            cands = [p for p in cands if not (_a_wife(p) and _husband_s_name(p, m, mentions))]
        if (
            len(cands) == 1
            and (m.role is not None or _a_wife(cands[0]))
            and _husband_s_name(cands[0], m, mentions)
        ):
            cands = []
        if len(cands) == 1:
            cands[0].mentions.append(m)
        elif (
            not cands
            and m.strong
            and m.tokens[-1] not in TRAILING_HEADS
            and not _body_before_holder(body, m, holders)
            and _reads_as_a_name(body, m)
        ):
            people.append(_Person(" ".join(m.tokens), toks, [m]))
        # More than one candidate: two people could match, so abstain.
    _join_variants(people, mentions)
    _join_name_and_body(people)
    # The people who hold each word, in order: one probe per short form, not a scan of everyone.
    owners: dict[str, list[_Person]] = {}
    for p in people:
        _own(owners, p)
    pending: list[PersonMention] = []
    for m in sorted((m for m in mentions if len(m.tokens) == 1), key=lambda m: m.start):
        tok = m.tokens[0]
        cands = owners.get(tok, [])
        full = g.people.get(tok)
        if cands and full and full != tok:
            # A well-known short form the article also gives in full is that person, though a
            # relative carries it as a word ('Jokowi' beside 'Joko Widodo' and 'Iriana Jokowi').
            known = next((p for p in people if p.canonical == full), None)
            if known is not None:
                known.mentions.append(m)
                continue
        if cands and any(_a_wife(p) for p in cands):
            # A word of a wife's name after her own is her husband's ('Jokowi' beside 'Ibu Negara
            # Iriana Jokowi').
            cands = [p for p in cands if not _a_wife(p) or p.canonical.partition(" ")[0] == tok]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            continue
        if cands:
            continue  # ambiguous: two different people share this token
        if full:
            known = next((p for p in people if p.canonical == full), None)
            if known is None:
                people.append(_own(owners, _Person(full, frozenset(full.split()), [m])))
            else:
                known.mentions.append(m)
            continue
        if len(tok) >= 5:
            # A short form cut from one person's word ('Risma' for 'Tri Rismaharini').
            cut = [p for p in people if any(len(t) > len(tok) and t.startswith(tok) for t in p.tokens)]
            if len(cut) == 1:
                cut[0].mentions.append(m)
                continue
        if len(tok) >= 6:
            # A person's word misspelt once, one letter off ('Simanjuntak' for 'Jhonny Simanjutak');
            # two off are as often two names ('Mursidi', 'Marsudi').
            # (The first letters compared inline: most words differ there, and a call costs.)
            respelled = [p for p in people if any(t[0] == tok[0] and _one_typo(tok, t) for t in p.tokens)]
            if not respelled:
                # Or a doubled letter moved ('Subarraman' for 'Rob Subbaraman'): two letters off, but
                # no relatives are told apart by which letter is doubled.
                respelled = [p for p in people if any(_redoubled(tok, t) for t in p.tokens)]
            if not respelled:
                respelled = [p for p in people if any(_article_dropped(tok, t) for t in p.tokens)]
            if len(respelled) == 1:
                respelled[0].mentions.append(m)
                continue
        pending.append(m)
    # A lone name nobody else accounts for ("Salehudin mengatakan"): one
    # backed mention makes it a person, and its bare mentions join it.
    lines: dict[int, bool] = {}
    lone: dict[str, _Person] = {}
    for m in pending:
        tok = m.tokens[0]
        # A lone word the article also writes in lower case is a common word ('Haji', 'Asuransi'), and
        # so is a common English word ('Specialty', 'Inter'); a short form of a full name is not
        # asked ('Lucky' for 'Lucky Hakim').
        if (
            tok not in lone
            and confirm_lone(body, m, lines)
            and not common_in_body(body, tok)
            and not (len(tok) >= 4 and tok.lower() in english_common())
            and not _body_before_holder(body, m, holders)
            and not _short_form_of_a_body(body, tok, people)
            and not _written_as_a_place(body, tok)
        ):
            lone[tok] = _Person(tok, frozenset((tok,)), [])
            people.append(lone[tok])
    for m in pending:
        if m.tokens[0] in lone:
            lone[m.tokens[0]].mentions.append(m)
    _join_nicknames(body, people)
    _join_spellings(people)
    _cued_short_forms(body, people)
    for p in people:
        # The article gave only a short form of a well-known person ("Putin").
        full = _known_full(g, p.canonical)
        if full:
            p.canonical = full
    out = []
    bodies: list[str] | None = None
    for p in people:
        if p.canonical not in g.people and not any(m.role for m in p.mentions):
            if any(_spelled_out(body, m) for m in p.mentions) or _a_firm(body, p.canonical):
                continue
            if bodies is None:
                bodies = _bodies_in_roles(people)  # asked for the few people with no role only
            if _in_a_body_role(p.canonical, bodies):
                continue
        out.append(p)
    return out


def _join_name_and_body(people: list[_Person]) -> None:
    """Put a person of two words with no role, the second a word of the body in one other person's
    role and the first a word of that person's name, under that person, in place: the name and the
    band or the firm it goes by ('Ridho Slank' for 'Gitaris band Slank, Ridho Hafiedz')."""
    if len(people) < 2:
        return
    for p in list(people):
        words = p.canonical.split()
        if len(words) != 2 or len(p.tokens) != 2 or any(m.role for m in p.mentions):
            continue
        first, body_word = words
        hosts = [
            q
            for q in people
            if q is not p
            and first in q.tokens
            and body_word not in q.tokens
            and any(m.role and body_word in m.role.split() for m in q.mentions)
        ]
        if len(hosts) == 1:
            hosts[0].mentions.extend(p.mentions)
            hosts[0].mentions.sort(key=operator.attrgetter("start"))
            people.remove(p)


def _cued_short_forms(body: str, people: list[_Person]) -> None:
    """Add to a person of two words or more the speaker's mentions of one of their words the scan
    dropped as a common word ('kata Hari' for 'Hari Arifianto', 'ujar Agung', 'ucap Juli' for 'Juli
    Oktarina'), in place: cued, alone, and no one else's word."""
    words = [(t, p) for p in people if len(p.tokens) > 1 for t in p.tokens if len(t) > 2 and dropped_alone(t)]
    if not words:
        return  # most articles: no one's name holds such a word
    taken = {m.start for p in people for m in p.mentions}
    for t, p in words:
        if sum(t in q.tokens for q in people) != 1:
            continue
        for i, e in occurrences(body, t):
            if i in taken or token_before(body, i)[:1].isupper() or body[e + 1 : e + 2].isupper():
                continue
            if cued(body, i, e):
                p.mentions.append(PersonMention(i, e, None, (t,), False))
        p.mentions.sort(key=operator.attrgetter("start"))


def _husband_s_name(p: _Person, m: PersonMention, mentions: Sequence[PersonMention]) -> bool:
    """Whether ``m``, with a role of its own, is the man whose name closes a wife's ('Kustini Sri
    Purnomo' ... 'Bupati Sleman, Sri Purnomo'): her name is one word more, and that word, no common
    given name, is what the article calls her alone ('Kustini'). A man's name is not shortened by
    dropping his first word and keeping the rest ('Muhammad Rizieq Shihab', 'Rizieq Shihab')."""
    words = p.canonical.split()
    first = words[0]
    return (
        len(words) == len(m.tokens) + 1
        and tuple(words[1:]) == m.tokens
        and first not in GIVEN_NAMES
        and (_a_wife(p) or any(k.tokens == (first,) for k in mentions))
    )


def _a_wife(p: _Person) -> bool:
    """Whether the article gives ``p`` a married woman's office or address ('Ibu Negara Iriana Joko
    Widodo', 'Nyonya ...'): the words after her own name are her husband's."""
    return any(m.role is not None and m.role.startswith(_WIFE_ROLES) for m in p.mentions)


_WIFE_ROLES = ("Ibu", "Nyonya", "Ny ", "Ny.")


def _own(owners: dict[str, list[_Person]], p: _Person) -> _Person:
    """``p``, entered in ``owners`` under each of its words."""
    for t in p.tokens:
        owners.setdefault(t, []).append(p)
    return p


def _bodies_in_roles(people: Sequence[_Person]) -> list[str]:
    """The roles of the people whose title heads a body ('ekonom Morgan Stanley Asia', 'peneliti
    ... Universitas Sam Ratulangi')."""
    roles = {m.role for p in people for m in p.mentions if m.role}
    return [r for r in roles if r.split(" ", 1)[0].capitalize() in BODY_TITLES]


def _in_a_body_role(name: str, roles: Sequence[str]) -> bool:
    """Whether ``name`` stands in one of ``roles`` as a body's name: after the title or a capitalised
    word ('ekonom Morgan Stanley', 'Universitas Sam Ratulangi'); not in a clause a role took in
    ('Komisaris sebelumnya itu Murniaty Santoso')."""
    for role in roles:
        at = role.find(name)
        end = at + len(name)
        # A word of its own ('Head of R&D Republika' holds 'D Republika' too).
        if at > 0 and role[at - 1] in " &/" and (end == len(role) or not role[end].isalnum()):
            before = role[:at].rstrip(" ").rsplit(" ", 1)[-1]
            if before[:1].isupper() or before.capitalize() in BODY_TITLES:
                return True
    return False


def _body_before_holder(body: str, m: PersonMention, holders: set[int]) -> bool:
    """Whether a candidate after a title names the body whose holder follows a comma: 'Direktur
    Eksekutif Celios, Bhima Yudhistira', 'Koordinator Legal dan Humas PT Hutama Karya, Iwan'
    (the role is the holder's, the candidate a body)."""
    if m.role is None or body[m.end : m.end + 1] != ",":
        return False
    after = m.end + 2 if body[m.end + 1 : m.end + 2] == " " else m.end + 1
    words = m.role.split()
    return after in holders and not (BODY_TITLES.isdisjoint(words) and NOUN_HEADS.isdisjoint(words))


def _written_as_a_place(body: str, tok: str) -> bool:
    """Whether the article writes ``tok`` right after 'di' or an island's or a region's head word
    somewhere, and never lets it speak: a place ('warga Bangkalan, Madura' ... 'berada di Madura',
    'Division Head Area Kundur' ... 'di Pulau Kundur'), not a person. Not after 'Kota', which ends
    'Wali Kota' too."""
    if not any(body.find(lead + tok) >= 0 for lead in _PLACE_HEADS):
        return False  # most lone names
    spots = list(occurrences(body, tok))
    return any(body[i - len(lead) : i] == lead for i, _ in spots for lead in _PLACE_HEADS) and not any(
        cued(body, i, e) for i, e in spots
    )


_PLACE_HEADS = (" di ", " Pulau ", " Kecamatan ", " Kabupaten ", " Kelurahan ", " Desa ")


def _short_form_of_a_body(body: str, tok: str, people: Sequence[_Person]) -> bool:
    """Whether the article gives ``tok`` in brackets after a name that is no person's: a body's
    short form ('Perhimpunan Bank Perkreditan Rakyat Indonesia (Perbarindo)'), not a nickname
    ('Joko Widodo (Jokowi)')."""
    at = body.find(f" ({tok})")
    if at < 0:
        return False  # most lone names
    ends = {m.end for p in people for m in p.mentions}
    while at >= 0:
        if at not in ends and body[at - 1 : at].isalpha():
            return True
        at = body.find(f" ({tok})", at + 1)
    return False


def _a_firm(body: str, name: str) -> bool:
    """Whether the article writes ``name`` as a company's elsewhere: 'PT Musim Mas', 'CV Maju Jaya'."""
    return any(f"{form} {name}" in body for form in _FIRM_FORMS if form in body)


_FIRM_FORMS = ("PT", "PT.", "CV", "CV.")


def _join_spellings(people: list[_Person]) -> None:
    """Put the people whose names differ only in spaces, hyphens or case under the first, in place:
    one person written two ways ('Zhao Jinmai' and 'Zhao Jin Mai', 'Rian D'Masiv' and 'Rian
    D'masiv'), or with an initial for the first name ('M Ahmadi' and 'Muhammad Ahmadi'), or
    initials for the first words ('HB X' and 'Hamengku Buwono X')."""
    if len(people) < 2:
        return
    first: dict[str, _Person] = {}
    for p in list(people):
        key = p.canonical.replace(" ", "").replace("-", "").lower()
        q = first.setdefault(key, p)
        if q is not p:
            q.mentions.extend(p.mentions)
            q.tokens = q.tokens | p.tokens
            people.remove(p)
    for p in list(people):
        # An initial for the first name ('M Ahmadi', 'M. Ahmadi') is the one person the article
        # writes in full with that letter ('Muhammad Ahmadi').
        words = p.canonical.split()
        if len(words) < 2 or len(words[0].rstrip(".")) != 1:
            continue
        letter, rest = words[0][0], words[1:]
        full = [
            q
            for q in people
            if q is not p
            and q.canonical.split()[1:] == rest
            and q.canonical[0] == letter
            and len(q.canonical.split()[0]) > 2
        ]
        if len(full) == 1:
            full[0].mentions.extend(p.mentions)
            people.remove(p)
    for p in list(people):
        # An initial for one middle name ('Joko S Tjandra') is the one person the article writes
        # with that name in full ('Joko Soegiarto Tjandra').
        words = p.canonical.split()
        inner = [i for i in range(1, len(words) - 1) if len(words[i].rstrip(".")) == 1]
        if len(inner) != 1:
            continue
        i = inner[0]
        full = [q for q in people if q is not p and _spells_out(words, i, q.canonical.split())]
        if len(full) == 1:
            full[0].mentions.extend(p.mentions)
            people.remove(p)
    for p in list(people):
        # Initials for the first words ('HB X' for 'Hamengku Buwono X'), the rest the same.
        words = p.canonical.split()
        initials = words[0]
        if len(words) < 2 or not 1 < len(initials) < 4 or not initials.isupper() or not initials.isalpha():
            continue
        k = len(initials)
        full = [
            q
            for q in people
            if q is not p
            and q.canonical.split()[k:] == words[1:]
            and "".join(w[0] for w in q.canonical.split()[:k]) == initials
        ]
        if len(full) == 1:
            full[0].mentions.extend(p.mentions)
            people.remove(p)


def _spells_out(words: Sequence[str], i: int, full: Sequence[str]) -> bool:
    """Whether ``full`` is ``words`` with the initial at ``i`` written out."""
    return (
        len(full) == len(words)
        and full[:i] == words[:i]
        and full[i + 1 :] == words[i + 1 :]
        and len(full[i]) > 2
        and full[i][0] == words[i][0]
    )


def _join_variants(people: list[_Person], mentions: Sequence[PersonMention]) -> None:
    """Put a person the article spells two ways under one of them (``_spelling_key``), in place: all
    words the same but one, which differs by a typo or an old spelling ('Cristian' and 'Christian
    Chivu', 'Gatot Soebroto' and 'Subroto'), when the article also writes a shared word alone
    ('Chivu'). Without that short form nothing is lost by keeping them apart, and two relatives
    ('Budi Santoso', 'Budi Susanto') may share a surname."""
    if len(people) < 2:
        return
    words = [p.tokens for p in people]
    if len(frozenset().union(*words)) == sum(map(len, words)):
        return  # most articles: no two people share a word
    lone = {m.tokens[0] for m in mentions if len(m.tokens) == 1}
    # The people who share each word written alone: most articles have no word two people share.
    # A word doubled or undoubled ('Zainuddin Amali', 'Zainudin Amali') needs no short form: no
    # relatives are told apart by a doubled letter.
    owners: dict[str, list[_Person]] = {}
    for p in people:
        for t in p.tokens:
            owners.setdefault(t, []).append(p)
    for t, group in owners.items():
        for p, q in itertools.combinations(group, 2):
            if len(p.tokens ^ q.tokens) != 2 or p not in people or q not in people:
                continue
            a, b = p.canonical.split(), q.canonical.split()
            odd = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
            if (
                len(a) == len(b)
                and len(odd) == 1
                and (_respelled(*odd[0]) if t in lone else _undoubled(odd[0][0]) == _undoubled(odd[0][1]))
            ):
                keep, drop = (q, p) if _spelling_key(q, people) > _spelling_key(p, people) else (p, q)
                keep.mentions.extend(drop.mentions)
                keep.mentions.sort(key=operator.attrgetter("start"))
                keep.tokens = keep.tokens | drop.tokens
                people.remove(drop)


def _spelling_key(p: _Person, people: list[_Person]) -> tuple[int, int, int]:
    """Which of two spellings names a person: the one written more often; then the longer, as a
    letter dropped is the commoner slip ('Aziz Yanuar' once, 'Aziz Yanuari' once); then the first
    (``people`` holds the first full name first)."""
    return len(p.mentions), len(p.canonical), -people.index(p)


def _respelled(a: str, b: str) -> bool:
    """Whether two words of four letters or more are one word spelled two ways: one letter apart,
    two for long words, after the old spelling's 'oe' and 'dj' ('Soebroto', 'Djoko')."""
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    a, b = _modern(a), _modern(b)
    most = 2 if min(len(a), len(b)) >= 7 else 1
    return abs(len(a) - len(b)) <= most and typos(a, b) <= most


def _one_typo(a: str, b: str) -> bool:
    """Whether two words of the same first letter are one typo apart."""
    return a[0] == b[0] and abs(len(a) - len(b)) < 2 and typos(a.lower(), b.lower()) == 1


def _redoubled(a: str, b: str) -> bool:
    """Whether two words of the same length and first letter differ only in which letters are
    doubled."""
    return a[0] == b[0] and len(a) == len(b) and a != b and _undoubled(a) == _undoubled(b)


def _article_dropped(tok: str, word: str) -> bool:
    """Whether ``tok`` is ``word`` without the Arabic article fused on ('Muzzamil' for
    'Almuzzammil'): writers drop it as often as they double its letters differently."""
    return word.startswith("Al") and len(word) > len(tok) and _undoubled(word[2:]) == _undoubled(tok)


def _modern(word: str) -> str:
    return word.lower().replace("oe", "u").replace("dj", "j")


def _undoubled(word: str) -> str:
    """``word`` in its modern spelling with every doubled letter written once ('Zainuddin')."""
    return _DOUBLED.sub(r"\1", _modern(word))


_DOUBLED = regex.compile(r"(\p{L})\1+")


def _bracketed(body: str, start: int, end: int) -> int | None:
    """Where the text before the bracket around ``start``..``end`` ends ('Yusuf (  Gus Irfan  )', a
    scraper's line breaks inside it too), or None when no bracket holds just that."""
    i = start
    while i > 0 and body[i - 1].isspace():
        i -= 1
    k = end
    while k < len(body) and body[k].isspace():
        k += 1
    if i < 2 or body[i - 1] != "(" or body[k : k + 1] != ")":
        return None
    i -= 1
    while i > 0 and body[i - 1].isspace():
        i -= 1
    return i


# 'Castro, sapaan Herdiansyah', 'Waled Kiran sapaan akrab Tgk H Muniruddin M Diah'.
_SAPAAN = regex.compile(r",?[ ]sapaan(?:[ ]akrab)?[ ]")
# What stands between a name and the nickname after it: ', yang akrab disapa ', ' atau yang
# biasa disapa ' ('Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace'), ' alias '
# ('Satria Johanda alias Wanda (25)').
_NICKNAME_LEAD = regex.compile(
    r",?(?:(?:[ ]atau)?(?:[ ]yang)?(?:[ ](?:akrab|biasa|karib|sering))?[ ]disapa|[ ]alias)[ ]$"
)
_NICKNAME_ENDS = ("disapa ", " alias ")


def _join_nicknames(body: str, people: list[_Person]) -> None:
    """Put a nickname's mentions under the person the article says goes by it ('Tjokorda Oka Artha
    Ardana Sukawati, yang biasa disapa Tjok Ace'), or gives in brackets after the name, sharing a
    word with it or opening with an honorific ('Mochamad Irfan Yusuf (Gus Irfan)', 'Zaini Abdullah
    (Abu Doto)'), or names right after it ('Castro, sapaan Herdiansyah'), in place. An alias is a
    nickname too ('Satria Johanda alias Wanda')."""
    ends = {m.end: p for p in people for m in p.mentions}
    starts = {m.start: p for p in people for m in p.mentions} if " sapaan " in body else {}
    for q in list(people):
        for m in q.mentions:
            # Most mentions close no bracket: one C search says so.
            opened = _bracketed(body, m.start, m.end) if body.find(")", m.end, m.end + 5) >= 0 else None
            if opened is not None:
                p = ends.get(opened)
                if p is not None and not (
                    p.tokens & q.tokens or q.canonical.split()[0] in NICKNAME_HONORIFICS
                ):
                    # A character and the actor who plays them ('Sam Witwicky (Shia LaBeouf)').
                    p = None
            elif body.endswith(_NICKNAME_ENDS, 0, m.start):
                lead = _NICKNAME_LEAD.search(body, max(0, m.start - 40), m.start)
                p = ends.get(lead.start()) if lead is not None else None
            elif starts and (sapaan := _SAPAAN.match(body, m.end)):
                # 'kata Castro, sapaan Herdiansyah': the nickname first, the person's name after, a
                # title or two between ('sapaan akrab Tgk H Muniruddin M Diah').
                after = sapaan.end()
                p = next((starts[k] for k in range(after, after + 12) if k in starts), None)
            else:
                continue
            if p is not None and p is not q:
                p.mentions.extend(q.mentions)
                people.remove(q)
                break


# A raw mention: start, end, role.
_Span = tuple[int, int, str | None]
# An entity being assembled: its kind and raw mentions.
_Raw = dict[str, tuple[NameKind, list[_Span]]]
# A PersonMention's (start, end, role), its first three fields, in one C call.
_SPAN = operator.itemgetter(slice(3))


def find_names(body: str, aliases: Mapping[str, str] | None = None) -> tuple[Name, ...]:
    """People, places and organisations in ``body``, one Name per entity, in order of first mention.

    ``aliases`` (surface -> canonical) is the user's table and wins: a mention
    with that surface, or containing it, goes to the user's canonical name,
    and a person goes there with all their mentions.
    """
    text, body = body, spaced(body)  # each mention's text is sliced from ``text``
    # A sentence a scraper broke at its links is read whole ('kata' / 'Kapolsek Bojongsari' /
    # 'Kompol Fauzan Thohari, Selasa.'), so a role before the break goes with the name after it;
    # most bodies have none and are read as they are. Only a sentence: a list's lines joined
    # would read as one name.
    joined = Joined.of(body, paragraphs(body), sentences=True)
    if joined is not None:
        body = joined.text
    g = gazetteer()
    persons, hits = find_persons(body)
    persons = [_past_an_english_name(m) for m in persons]
    named = {m.start for m in persons if len(m.tokens) > 1}
    persons = [
        m
        for m in persons
        if not (_not_a_person(body, m) or _placed(body, m, hits) or _among_places(body, m, hits, named))
    ]
    persons = [_past_a_body(body, m, persons) for m in persons]
    raw: _Raw = {}
    roles: dict[str, str | None] = {}
    for p in _group_persons(body, persons, g):
        entry = raw.get(p.canonical)
        if entry is None:
            entry = raw[p.canonical] = ("person", [])
        entry[1].extend(map(_SPAN, p.mentions))
        roles[p.canonical] = best_role([r for _, _, r in entry[1] if r])
    if _OUTLET in body:
        hits = [h for h in hits if not _after_outlet(body, h)]
    if _LISTED in body:
        hits = [h for h in hits if not _a_ticker(body, h)]
    if "Pol" in body or "Kepolisian" in body:
        hits = [_police_unit(body, h, hits) for h in hits]
    if " (" in body:
        people = [span[:2] for kind, spans in raw.values() if kind == "person" for span in spans]
        hits = _spelled_out_bodies(body, hits, people, g)
    for start, end, e in hits:
        entry = raw.get(e.canonical)
        if entry is None:
            entry = raw[e.canonical] = (e.kind, [])
        entry[1].append((start, end, None))
    if aliases:
        _apply_aliases(body, aliases, g, raw, roles)
    mentions, name = _build.mentions, _build.name
    out = []
    for canonical, (kind, spans) in raw.items():
        if not spans:
            continue
        spans.sort()
        if joined is not None:
            spans = _in_the_body(joined, spans)
        out.append(name(canonical, kind, roles.get(canonical), mentions(text, spans)))
    out.sort(key=_first_start)
    return tuple(out)


def _in_the_body(joined: Joined, spans: list[_Span]) -> list[_Span]:
    """``spans`` in the joined copy as spans of the body. A mention across a join keeps the line
    breaks the body has there in its text: its offsets are where a user finds and marks it in
    the body, and ``body[start:end] == text`` holds for every mention; the name and the role,
    read from the copy, have single spaces. The copy keeps the order of the body's positions."""
    out = []
    for start, end, role in spans:
        start, end = joined.span(start, end)
        out.append((start, end, role))
    return out


def _after_outlet(body: str, hit: Hit) -> bool:
    """Whether ``hit`` is a region a news outlet glued to its name ('dilansir detikBali',
    'dikutip detikJatim'): no place the article is about."""
    start = hit[0]
    return hit[2].kind == "place" and body.endswith(_OUTLET, 0, start)


# The outlet that glues a region to its name; most articles never write it.
_OUTLET = "detik"


def _spelled_out_bodies(
    body: str, hits: list[Hit], people: Sequence[tuple[int, int]], g: Gazetteer
) -> list[Hit]:
    """``hits`` with the bodies the article spells out before their short form in brackets, whose
    capitals are the long name's initials ('Perhimpunan Hotel dan Restoran Indonesia (PHRI)',
    'Badan Pengelola Transportasi Jabodetabek (BPTJ)'): an organisation named so, the short form
    its alias wherever it stands. The gazetteer's bodies are its own; a long name with a person in
    it (``people``, the persons' spans) is left alone."""
    found: list[Hit] = []
    spelled: dict[str, Entry] = {}
    redefined: dict[str, Entry | None] = {}
    for m in _SHORT_FORM.finditer(body):
        short = m.group(1)
        if short in g.surfaces:
            if short not in redefined and _own_short_form(body, m.start(), short, g):
                redefined[short] = g.surfaces.get(body[_initials_start(body, m.start(), short) : m.start()])
            continue
        if len(short) < 3:
            continue
        start = _long_name_start(body, m.start(), short)
        if start < 0 or body[start : m.start()] in g.surfaces or _on_a_person(people, start, m.start()):
            continue
        entry = spelled.get(short)
        if entry is None:
            # The first time: the short form's mentions are the body's wherever they stand.
            entry = spelled[short] = Entry(body[start : m.start()], "org")
            found.extend((i, e, entry) for i, e in occurrences(body, short) if not _on_a_person(people, i, e))
        found.append((start, m.start(), entry))
    if redefined:
        hits = _as_redefined(body, hits, redefined, g)
    if not found:
        return hits
    found.sort(key=operator.itemgetter(0))
    kept = [h for h in hits if not any(f[0] < h[1] and h[0] < f[1] for f in found)]
    return sorted(kept + found, key=operator.itemgetter(0))


def _own_short_form(body: str, end: int, short: str, g: Gazetteer) -> bool:
    """Whether the words before a gazetteer's short form in brackets spell it out as something else
    ('Ogan Komering Ilir (OKI)', a regency, not the Islamic body; 'paritas daya beli (PPP)', no
    party): another entry of the gazetteer, or words in lower case that share no word with the
    entry's name. Capitalised words of no entry may be its English name ('World Health
    Organization (WHO)'), and words in lower case that share one its name written small."""
    start = _initials_start(body, end, short)
    if start < 0:
        return False
    long, entry = body[start:end], g.surfaces[short]
    other = g.surfaces.get(long)
    if other is not None:
        return other.canonical != entry.canonical
    if not long.islower():
        return False
    return not set(_WORD.findall(long)) & set(_WORD.findall(entry.canonical.lower()))


def _initials_start(body: str, end: int, short: str) -> int:
    """Where the words right before ``end`` whose initials, in either case, are ``short``'s letters
    (joining words aside) start, or -1."""
    at, count = end, 0
    while count < len(short):
        space = body.rfind(" ", 0, at)
        word = body[space + 1 : at]
        if space < 0 or not word.isalpha():
            return -1
        if word not in _JOINING:
            if word[0].upper() != short[len(short) - 1 - count]:
                return -1
            count += 1
        at = space
    return at + 1


def _as_redefined(
    body: str, hits: list[Hit], redefined: Mapping[str, Entry | None], g: Gazetteer
) -> list[Hit]:
    """``hits`` with the short forms the article spells out as something else read as that: the
    gazetteer's other entry it names, or nothing the gazetteer knows."""
    out: list[Hit] = []
    for h in hits:
        short = body[h[0] : h[1]]
        if short in redefined and h[2] is g.surfaces[short]:
            entry = redefined[short]
            if entry is not None:
                out.append((h[0], h[1], entry))
            continue
        out.append(h)
    return out


# A word of a name, for the words two spellings share.
_WORD = regex.compile(r"\p{L}{3,}")


def _on_a_person(people: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in people)


def _long_name_start(body: str, end: int, short: str) -> int:
    """Where the long name that ends at ``end`` and ``short`` stands for starts, or -1: the words
    right before, whose initials are the short form's letters (joining words aside), opened by a
    body's head word."""
    words: list[tuple[int, str]] = []  # (start, word), last first
    at = end
    while at > 0 and len(words) < _LONG_NAME_WORDS:
        space = body.rfind(" ", 0, at)
        word = body[space + 1 : at]
        if not word or not (word[:1].isupper() or word in _JOINING):
            break
        words.append((space + 1, word))
        at = space
    count = 0
    for k, (i, word) in enumerate(words):
        if word in _JOINING:
            continue
        count += 1
        if count == len(short):
            # As many words back as the short form has letters: the long name's first is its head.
            initials = "".join(w[0] for _, w in reversed(words[: k + 1]) if w not in _JOINING)
            head = word in SPELLED_OUT_HEADS or words[0][1] in _ENGLISH_HEADS or _after_a_firm_form(words, k)
            return i if initials == short and head else -1
    return -1


def _after_a_firm_form(words: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether a firm's legal form stands right before the long name's first word, ``words[k]``
    ('PT Honda Prospect Motor (HPM)'): a firm is named so, whatever its first word; the name is
    the firm's without the form, as the gazetteer's are ('Kereta Api Indonesia')."""
    return k + 1 < len(words) and words[k + 1][1] in _FIRM_FORMS


# An English body's name closes with its head word ('Indonesian Mining Association (IMA)', 'Washington
# State University (WSU)': a place opens the name and is no place of the article there).
_ENGLISH_HEADS = frozenset(
    (
        "Association", "Institute", "Center", "Centre", "Council", "Foundation", "Agency", "Organization",
        "Organisation", "Federation", "Union", "Society", "Commission", "Committee", "Bureau", "Bank",
        "Fund", "Board", "Authority", "Alliance", "University", "College", "School", "Academy", "Museum",
        "Hospital",
    )
)  # fmt: skip


# A body's short form in brackets: three capitals or more, or two for a gazetteer's ('MA').
_SHORT_FORM = regex.compile(r" \((\p{Lu}{2,10})\)")
_LONG_NAME_WORDS = 14


def _a_ticker(body: str, hit: Hit) -> bool:
    """Whether ``hit`` is a listed firm's stock code in brackets that spells a place ('PT Jaya Agra
    Wattie Tbk (JAWA)'): no place the article is about. A firm's own code stays its alias."""
    return hit[2].kind == "place" and body.endswith(_TICKER_OPENS, 0, hit[0])


# A listed firm's name ends so, and its stock code follows in brackets.
_LISTED = "Tbk"
_TICKER_OPENS = ("Tbk (", "Tbk ( ", "Tbk. (")


def _police_unit(body: str, hit: Hit, hits: Sequence[Hit]) -> Hit:
    """``hit``, or the police unit it names when a unit's head word stands right before the place
    ('Polres Tebing Tinggi', 'Polda Sumut', 'Kepolisian Resor Metro Depok'): an organisation
    named in its long form after the place's canonical name ('Kepolisian Daerah Sumatera Utara'),
    so short and long forms are one. 'Kapolres Tebing Tinggi' heads one and names none."""
    start, end, entry = hit
    if entry.kind != "place":
        return hit
    metro = body.endswith(_METRO, 0, start)
    at = start - len(_METRO) if metro else start
    unit = next((u for u in _POLICE_HEADS if _written_before(body, u[0], at)), None)
    if unit is None:
        return hit
    head, long = unit
    # A city's unit beside the regency's has 'Kota' after the place ('Polres Malang Kota'); not
    # the word that opens the next place ('Polsek Medan Baru Kota Medan').
    kota = (
        body.startswith(_KOTA, end)
        and not body[end + len(_KOTA) : end + len(_KOTA) + 1].isalnum()
        and place_at(hits, end + len(_KOTA) + 1) is None
    )
    name = f"{long} {_METRO if metro else ''}{entry.canonical}{_KOTA if kota else ''}"
    return (at - len(head), end + len(_KOTA) if kota else end, Entry(name, "org"))


def _written_before(body: str, head: str, at: int) -> bool:
    """Whether the words ``head`` stand right before ``at`` on their own ('Polres', not 'Kapolres')."""
    return body.endswith(head, 0, at) and not body[at - len(head) - 1 : at - len(head)].isalnum()


_METRO, _KOTA = "Metro ", " Kota"
# A police unit's head words, short and long, with the long form they stand for.
_POLICE_HEADS = (
    ("Kepolisian Resor Kota Besar ", "Kepolisian Resor Kota Besar"),
    ("Kepolisian Resor Kota ", "Kepolisian Resor Kota"),
    ("Kepolisian Resor ", "Kepolisian Resor"),
    ("Kepolisian Daerah ", "Kepolisian Daerah"),
    ("Kepolisian Sektor ", "Kepolisian Sektor"),
    ("Polrestabes ", "Kepolisian Resor Kota Besar"),
    ("Polresta ", "Kepolisian Resor Kota"),
    ("Polres ", "Kepolisian Resor"),
    ("Polda ", "Kepolisian Daerah"),
    ("Polsek ", "Kepolisian Sektor"),
)


def _first_start(name: Name) -> int:
    return name.mentions[0].start


def _apply_aliases(
    body: str, aliases: Mapping[str, str], g: Gazetteer, raw: _Raw, roles: dict[str, str | None]
) -> None:
    def target(name: str, fallback: NameKind) -> list[tuple[int, int, str | None]]:
        entry = raw.get(name)
        if entry is None:
            entry = raw[name] = (g.kinds.get(name, fallback), [])
        return entry[1]

    def move_entity(src: str, dst: str) -> None:
        if src == dst or src not in raw:
            return
        kind, spans = raw[src]
        target(dst, kind).extend(spans)
        spans.clear()
        if roles.get(src) and not roles.get(dst):
            roles[dst] = roles[src]

    # The user's table names an entity's canonical: rename the whole entity.
    for name in list(raw):
        if name in aliases:
            move_entity(name, aliases[name])
    owner = sorted((s, e, name) for name, (_, spans) in raw.items() for s, e, _ in spans)
    starts = [s for s, _, _ in owner]
    for start, end, canonical in scan_aliases(body, aliases):
        hit = _overlap(owner, starts, start, end)
        if hit is None:
            target(canonical, "person").append((start, end, None))
            continue
        src = hit[2]
        kind, spans = raw[src]
        if src == canonical or not any(s == hit[0] for s, _, _ in spans):
            continue  # already the user's name, or already moved with its person
        if kind == "person":
            # A person's short and full forms are one person: move them all.
            move_entity(src, canonical)
            continue
        moved = [m for m in spans if m[0] == hit[0]]
        spans[:] = [m for m in spans if m[0] != hit[0]]
        target(canonical, kind).extend(moved)


def _overlap(
    owner: list[tuple[int, int, str]], starts: list[int], start: int, end: int
) -> tuple[int, int, str] | None:
    """The mention in ``owner`` (sorted, disjoint) overlapping [start, end), if any."""
    i = bisect.bisect_right(starts, start) - 1
    for k in (i, i + 1):
        if 0 <= k < len(owner) and owner[k][0] < end and start < owner[k][1]:
            return owner[k]
    return None
