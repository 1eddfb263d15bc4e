"""Common English and Indonesian words, and what a candidate made of them is: a term, not a name.

The lists are generated ahead of time into ``corekit/data`` (``tools/gen_english.py`` from SCOWL,
``tools/gen_indonesian.py`` from PySastrawi's root words, ``tools/gen_regions.py`` the village
names) and read once, on the first candidate that asks.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from importlib import resources

from corekit.names.lexicon import GIVEN_NAMES, NICKNAME_HONORIFICS

# English abstract nouns and adjectives, left in English inside an Indonesian article
# ('Polymerase Chain Reaction', 'Online Single Submission', 'Emergency Medical Team'): no name
# is spelt so. Eight letters or more, so 'Clement' stays a name, and not the Batak 'Nasution'.
_ENGLISH_ENDINGS = ("tion", "sion", "ment", "ity", "ical", "ness", "ship", "ency", "ancy")


def english(tokens: Sequence[str]) -> bool:
    """Whether a candidate's words are English, not a person's name: one of them an abstract noun
    or adjective ('Polymerase Chain Reaction', 'Online Single Submission'), or, two words or more,
    all common words that are no one's name ('Welcoming Dinner', 'Fighting Fish', 'Free Trade
    Zones'; not 'Will Smith'), or holding a common English -ing word ('Branding'). Words of three
    letters or fewer count for no common word: they are as often Chinese names ('Ma Long'). This
    runs on every candidate of every article: plain loops, and str.endswith with a tuple, in C."""
    common = english_common()
    for t in tokens:
        if len(t) >= 8 and t.endswith(_ENGLISH_ENDINGS) and t[1:].islower() and t != "Nasution":
            return True
        if len(t) >= 6 and t.endswith("ing") and t[1:].islower() and t.lower() in common:
            # A common English -ing word ('Branding', 'Training', 'Getting Out'): the list holds
            # none that is a surname ('Sterling', 'Manning'), and the surnames in -ing are not
            # English words ('Tobing', 'Ginting', 'Jinping').
            return True
    if len(tokens) < 2:
        return False
    words = 0
    for t in tokens:
        if len(t) < 4:
            if t.isupper() and t.isalpha():
                continue  # an acronym among English words ('AI Visual Artist') is no name's
            break
        if t.lower() not in common:
            break  # most candidates: at the first word
        words += 1
    else:
        return words >= 2
    return False


def english_abstract(word: str) -> bool:
    """Whether ``word`` is an English abstract noun or adjective ('Hospitality', 'Communication'), as
    ``english`` reads one."""
    return len(word) >= 8 and word.endswith(_ENGLISH_ENDINGS) and word[1:].islower() and word != "Nasution"


def indonesian(tokens: Sequence[str]) -> bool:
    """Whether a candidate of two words or more is made of Indonesian root words alone ('Pinjam
    Pakai', 'Tingkat Komponen', 'Samurai Biru', 'Hang Seng'): a term, a heading or a nickname, not a
    person. Many names are root words too ('Budi', 'Wahyu', 'Indah'), so this says nothing of a
    candidate with a role, which callers check, nor of one holding a known given name. A closing
    letter ('Tipe A') counts for a root word, an opening one does not ('M Arifin'), nor does a word
    of two or three letters ('Gu Man'). A root word with the noun suffix -an counts ('Layanan
    Unggulan'), as one behind ter-, ber- or di- does."""
    if len(tokens) < 2 or len(tokens[0]) == 1:
        return False
    common = root_words()
    for t in tokens:
        if len(t) == 1:
            continue
        if len(t) < 4 or t in GIVEN_NAMES or t.lower() not in common and not prefixed(t) and not an_noun(t):
            return False
    return True


def prefixed(word: str) -> bool:
    """Whether ``word`` is a root word behind the prefix ter-, ber-, di- or meng- ('Terbaik',
    'Bergizi', 'Terlihat', 'Dibuka', 'Mengintip'): a verb or an adjective. The root has four
    letters or more, so names that open alike stay ('Diana', 'Dimas', 'Bertha')."""
    if word[:4] == "Meng":
        # 'Mengintip', 'Menggali': meng- before a root; the Chinese name 'Meng' has no root after it.
        root = word[4:]
    elif word[:3] in _PREFIXES or word[:2] == "Di":
        root = word[2 if word[1] == "i" else 3 :]
    else:
        return False
    return word not in GIVEN_NAMES and root.lower() in root_words()  # the list's roots: 4 letters or more


_PREFIXES = frozenset(("Ter", "Ber"))


def an_noun(word: str) -> bool:
    """Whether ``word`` is a root word with the noun suffix -an ('Sundulan', 'Tendangan', 'Unggahan').
    Names end so too, from no root word ('Setiawan', 'Ridwan') or from a short one ('Hasan',
    'Abdian')."""
    return (
        len(word) >= 7
        and word.endswith("an")
        and word not in GIVEN_NAMES
        and word[:-2].lower() in root_words()
    )


def english_lead(tokens: Sequence[str]) -> bool:
    """Whether a candidate of two words or more opens with a common English word of four letters or
    more ('Circuit Gilles Villeneuve', 'Household Goods Retailer', 'Qualifying Pre'): a product, a
    venue or a term. Not with a given name, a nickname's honorific ('Bang Yos'), or a word of two or
    three letters among its words ('Song Wei Long')."""
    first = tokens[0]
    if (
        len(tokens) < 2
        or len(first) < 4
        or first in NICKNAME_HONORIFICS
        or first.lower() not in english_common()
    ):
        return False
    return not any(t in GIVEN_NAMES or 1 < len(t) < 4 for t in tokens)


def term(tokens: Sequence[str]) -> bool:
    """Whether a candidate reads as a term, unless something marks a person: Indonesian root words
    alone (``indonesian``) or a common English word first (``english_lead``)."""
    return indonesian(tokens) or english_lead(tokens)


def wordlike(word: str) -> bool:
    """Whether ``word`` is a common English word or an Indonesian root word (in lower case)."""
    low = word.lower()
    return low in english_common() or low in root_words()


def village(tokens: Sequence[str]) -> bool:
    """Whether a candidate is the name of a village ('Labuan Bajo', 'Duri Kepa', 'Pasir Mulya')."""
    if len(tokens) < 2:
        return False
    name = " ".join(tokens).lower()
    names = _villages()
    i = bisect.bisect_left(names, name)
    return i < len(names) and names[i] == name


@functools.cache
def _villages() -> list[str]:
    # 25,000 names: a sorted list searched by halves loads in half the time a set's hashing takes,
    # and every document asks a few times at most.
    names = _lines("villages_id.txt")
    names.sort()  # already sorted but for the header; Timsort checks that in one pass
    return names


def english_common() -> frozenset[str]:
    """Common English words that are no one's name, lower case."""
    return _word_list("english_common.txt")


def root_words() -> frozenset[str]:
    """Indonesian root words (kata dasar) of four letters or more, lower case."""
    return _word_list("indonesian_common.txt")


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    # Read once, on the first candidate that asks. A header line ('# ...') is never a word, so it
    # may stay in the set.
    return frozenset(_lines(name))


def _lines(name: str) -> list[str]:
    """The lines of ``corekit/data/<name>``, less the empty one after the last newline."""
    text = resources.files("corekit").joinpath("data", name).read_text(encoding="utf-8")
    return text.splitlines()


def typos(a: str, b: str) -> int:
    """How many typos apart two words are: letters added, dropped or changed, and two neighbours
    swapped, each one (the optimal string alignment distance)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        above, row = row, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
        before = above
    return row[-1]
