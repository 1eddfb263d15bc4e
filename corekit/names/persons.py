"""Rule-based person mentions: capitalized runs, titles stripped into roles.

A run is a sequence of capitalized words separated by single spaces. Each word
is a title, a role word, a gazetteer place or organisation, a common word, or
a name token. The name tokens in a run are the person's name; the title and
role words before them (or in a comma apposition before or after) are the role.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from corekit.names.gazetteer import Entry, Hit, Surfaces, match_at, starts
from corekit.names.lexicon import (
    ADDRESS_FORMS,
    COMPLEMENT_HEADS,
    CUE_VERBS,
    DOTTED_TITLES,
    FIRM_HEADS,
    GIVEN_NAMES,
    KIND_WORDS,
    MONTHS,
    NOUN_HEADS,
    ORG_TITLES,
    PARTICLES,
    RANKS,
    ROLE_WORDS,
    ROMAN_NUMERALS,
    SPELLED_OUT_HEADS,
    STOP_WORDS,
    TITLE_CASE_LOWER,
    TITLES,
    TRAILING_HEADS,
)
from corekit.names.words import an_noun, english_common, prefixed, root_words, term, village, wordlike

# A capitalized word (letters, digits, inner hyphens and apostrophes, and a
# trailing dot judged later), as the separator of a split: one C call cuts the
# body into [text before, word, gap, word, gap, ...], so the run loop reads each
# word and the gap after it without a match object or offsets per word. Name
# particles ("bin", "van") are found in those gaps: an alternation here doubles the cost. A capital
# after two lower-case letters or more that open a word starts one too: a scraper glued the name to
# the word before it ('bersamaRatna Galih', 'dariLiam Gallagher'); not 'iPhone' nor 'McDonald'.
_WORD_SPLIT = regex.compile(r"((?:\b|(?<=\b\p{Ll}{2,}))\p{Lu}[\w’'\-]*\.?)")

# Unit kinds. INIT: two capitals, initials inside a name ("Mahfud MD") or an acronym.
# Every unit carries one of these very objects, so the hot loops compare
# kinds with ``is``.
TITLE, ROLE, NOUN, STOP, NAME = "title", "role", "noun", "stop", "name"
OTHER, PART, INIT = "other", "part", "init"
# Only in the word cache: a gazetteer surface glued to the word after it.
GLUED = "glued"
_HAJI = frozenset(("H", "H.", "Hj", "Hj."))
# Academic titles: they honour the holder's degree, not the office ('Rektor Unair Prof').
_ACADEMIC = frozenset(("Prof", "Prof.", "Dr", "Dr.", "dr", "dr.", "Ir", "Ir.", "Drs", "Drs.", "Dra", "Dra."))
# Stop words that are names too, after a name word: 'Ahmad Ramadhan', 'Nur Fitri', 'Muhammad
# Muslim', 'La Ode Proyek'; a compass word that is a surname too ('Alfatih Timur', 'Timur
# Pradopo'), a place's last word after a place, which is no name word ('Jawa Timur').
_NAME_STOP_WORDS = frozenset(("Ramadhan", "Ramadan", "Fitri", "Muslim", "Proyek", "Timur"))
# Only in _runs: a month right before a capitalised word, a name's first word or a date's.
MONTH = "month"

# Shapes of Indonesian common nouns that are capitalized inside organisation
# names ("Percepatan Penanganan", "Koordinasi"): pe-/ke- ... -an, and -asi.
# Agent nouns pe(ng|ny|m)- ("Pengusaha", "Pemilih") and -logi borrowings too.
_COMMON_SHAPE = regex.compile(r"(?:Pe|Ke)\p{Ll}{4,}an|\p{Lu}\p{Ll}{3,}(?:asi|logi)|Pe(?:ng|ny|m)\p{Ll}{4,}")
# Two words a scraper glued into one ('IlegalTongam', 'BIRDJusuf', 'WhatsApp'): a capital after
# three lower-case letters, or a capital word after an acronym. No name is written so; 'McDonald',
# 'DiCaprio' and 'LaBeouf' have one or two letters before theirs. A known place glued in front
# ('JakartaPramono') is split off before this (_GLUED_LEAD).
_GLUED = regex.compile(r"\p{Ll}{3}\p{Lu}|\p{Lu}{2}\p{Lu}\p{Ll}")
# A ministry's short form ("Kemenhub", "Kemenkopolhukam"), or a regional office's ("Dinkes",
# "Dishub", "Disdukcapil"), or a bank's one-word name ("Bundesbank", "Rabobank"): no person's name
# is spelt so. Role material, like "Kementerian".
_ORG_SHAPE = regex.compile(
    r"Kemen\p{Ll}{2,}|Din(?:kes|sos|as)|Dis(?:hub|dik|dikbud|dukcapil|naker|nakertrans|pora|par|parekraf"
    r"|parbud|kominfo|perindag|perkim|pertan|tan|bun|hut|kes|sos|damkar|pupr)|\p{Lu}\p{Ll}{2,}bank"
)
# Inflected words that open a sentence ("Diketahui", "Tadinya", "Mengingatkan"):
# capitalized only because they come first.
_INFLECTED = regex.compile(
    r"\p{Lu}\p{Ll}{2,}nya|Di\p{Ll}{3,}(?:kan|i)|Me[mn]g?\p{Ll}{3,}(?:kan|i)|Ber\p{Ll}{3,}(?:an|kan)"
    r"|Ter\p{Ll}{3,}(?:kan|i)|Se\p{Ll}{3,}nya|Ke-\d+|\p{Lu}\p{Ll}{2,}pun"
)

# How every inflected word ends, or the ordinal opens: a C call settles most words (names that end
# otherwise) before the pattern is asked.
_INFLECTED_ENDS = ("nya", "i", "an", "pun")


def _inflected(word: str) -> bool:
    """Whether ``word`` is an inflected word (``_INFLECTED``)."""
    shaped = word.endswith(_INFLECTED_ENDS) or word.startswith("Ke-")
    return shaped and _INFLECTED.fullmatch(word) is not None


# A whole word: a set probe on it (CUE_VERBS, the plain titles below) replaces an
# alternation of those words followed by a word boundary, and compiles in no time.
_TOKEN = regex.compile(r"\w+")
# A speech verb (CUE_VERBS) right after a lone capitalized word marks it as a speaker
# ("Salehudin mengatakan"); so does a cue word right before it ("kata Alamsyah").
_CUE_BEFORE = (
    "kata ", "ujar ", "tutur ", "menurut ", "Menurut ", "jelas ", "imbuh ", "terang ", "ucap ",
    "ungkap ", "papar ", "sebut ", "tegas ", "tambah ", "lanjut ", "pungkas ", "tandas ", "sambung ",
    "timpal ", "tukas ",
)  # fmt: skip
# How the speech verbs open ('me', 'be'): most words after a name open otherwise, and a C call says
# so before the pattern cuts the word out.
_CUE_HEADS = tuple(sorted({verb[:2] for verb in CUE_VERBS}))
# What may stand in a role phrase after its title.
_ROLE_KINDS = frozenset((TITLE, ROLE, OTHER, NOUN))

_SENTENCE_END = frozenset(".!?\n“”\"'‘’:;(—–-")
_PARTICLE_GAPS = frozenset(f" {p} " for p in PARTICLES)
_ROLE_JOINTS = frozenset((" dan ", " serta ", " & ", " and ", " of ", " for "))

# A unit is (start, end, text, kind): plain tuples, as one is made for every
# capitalized word of every article.
Unit = tuple[int, int, str, str]


class PersonMention(NamedTuple):
    """A person candidate before names are grouped."""

    start: int
    end: int
    # Before the tokens, so that the first three fields are the (start, end, role) of the output.
    role: str | None
    tokens: tuple[str, ...]
    # A multi-word name in running text (not a headline) may start a person;
    # a weak one may only join a person found elsewhere. Lone names are
    # always weak here: confirm_lone decides for those left over.
    strong: bool


def _sentence_initial(body: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    return i < 0 or body[i] in _SENTENCE_END


def common_in_body(body: str, word: str) -> bool:
    """True when the article also writes ``word`` in lower case as a word of its own: then it is a
    common word. Not inside a handle or an address ('Instagram khofifah.ip', 'cekfakta.com'): a dot
    counts as the word's end only where no letter or digit follows it."""
    needle = " " + word.lower()
    n = len(needle)
    i = body.find(needle)
    while i >= 0:
        j = i + n
        after = body[j : j + 1]
        if (
            after in _WORD_ENDS
            and (after != "." or not body[j + 1 : j + 2].isalnum())
            and not _speaker_tag(body, i, after)
        ):
            return True
        i = body.find(needle, j)
    return False


_WORD_ENDS = frozenset(("", " ", ",", "."))


def _speaker_tag(body: str, space: int, after: str) -> bool:
    """Whether the word after ``space`` names who spoke, closing a speech tag ('ucap leboeuf.'): a
    name written in lower case by slip, no common word. Not after 'menurut' ('menurut data,')."""
    return after in _TAG_ENDS and body.endswith(_TAG_VERBS, 0, space + 1)


_TAG_ENDS = frozenset((",", "."))
_TAG_VERBS = tuple(cue for cue in _CUE_BEFORE if cue not in ("menurut ", "Menurut "))


def common_term(body: str, m: PersonMention) -> bool:
    """Whether ``m`` is made of Indonesian root words alone (``indonesian``) or opens with a common
    English word (``english_lead``), and nothing marks it as a person: no cue at it, none of its
    words speaking elsewhere ('kata Akmal' for 'Akmal Malik'), no age after it ('Jaja Jamal (57)').
    The signs of a person are looked for only when the words read as a term."""
    return (
        term(m.tokens)
        and not cued(body, m.start, m.end)
        and not (body.startswith(_AGE_OPENS, m.end) and _AGE.match(body, m.end))
        and not any(_spoken(body, t) for t in m.tokens)
        and not _running_mate(body, m.start)
    )


def _running_mate(body: str, start: int) -> bool:
    """Whether the name at ``start`` is the second of a running pair a hyphen joins to a full name
    ('Sri Muslimatun-Amin Purnama'): a person, whatever its words read as."""
    if body[start - 1 : start] != "-":
        return False
    words = body[max(0, start - 40) : start - 1].split(" ")[-2:]
    return len(words) == 2 and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)


# An age in brackets after a name ('Jaja Jamal (57)'): only people are given one. Not three digits: a
# count ('Lebak Bulus (107)').
_AGE = regex.compile(r" ?\(\d{1,2}\)")
# How it opens: most names have no bracket after them, and a C call says so before the pattern.
_AGE_OPENS = ("(", " (")


def glued_english(body: str, m: PersonMention) -> bool:
    """Whether ``m``, glued to the lower-case word before it (a link or italics a scraper ran
    together), holds a common English word and no role: an English term in italics ('layanan jangka
    panjang atauLong-Term Care', 'dramaBe Passionately'), not a linked name ('bersamaRatna Galih')."""
    if m.role is not None or not _glued_to_word(body, m.start):
        return False
    common = english_common()
    return any(len(t) >= 4 and t.lower() in common for t in m.tokens)


def spaced(body: str) -> str:
    """``body`` with its no-break spaces as spaces. Scraped text joins words with them ('Dedi\xa0
    Mulyadi', 'kata\xa0Kapolda'); one character for one, so every offset into the copy is one into
    ``body``, and a caller slices what it reports from ``body`` as given."""
    return body.replace("\xa0", " ") if "\xa0" in body else body


# Each distinct word as matched -> (its text less a sentence-final dot, how many characters that
# drops, its kind, where gazetteer surfaces may start in it, and the entry the word is when it is
# a whole surface no longer one starts with: 'China', 'Jakarta', 'DPR'). A word recurs across
# articles ("Presiden", "Jakarta", "Namun"): one dict probe replaces the dot test, the
# classification and the gazetteer lookup on every later occurrence.
_Info = tuple[str, int, str, tuple[tuple[int, Surfaces], ...], Entry | None]
_WORDS: dict[str, _Info] = {}


# A place or a body a scraper glued to the next word ('JakartaPramono', 'IndonesiaHari'), or its
# known short form ('ASPete', 'PSSIErick'; eight capitals at most, so a search stays linear): the
# gazetteer surface comes off as a hit of its own.
_GLUED_LEAD = regex.compile(r"(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,8})(?=\p{Lu}\p{Ll}{2})")


def _word_info(raw: str) -> _Info:
    lead = _GLUED_LEAD.match(raw)
    if lead:
        surfaces = starts(lead.group())
        if surfaces and surfaces[0][0] == 0 and surfaces[0][1][-1][0] == lead.group():
            # (the rest of the word, how long the surface is, GLUED, -, the surface's entry)
            info: _Info = (raw[lead.end() :], lead.end(), GLUED, (), surfaces[0][1][-1][1])
            _WORDS[raw] = info
            return info
    if raw[-1] == "." and len(raw) != 2 and raw not in DOTTED_TITLES:
        # The dot ends a sentence, not an abbreviation or an initial.
        text, cut = raw[:-1], 1
    elif raw[-1] == "-":
        # A dash glued to the word ('Marc Marquez- ...', 'Yusrinal-'): no part of the name.
        text = raw.rstrip("-")
        cut = len(raw) - len(text)
    else:
        text, cut = raw, 0
    surfaces = starts(raw)
    # Most hits are one word that is a surface itself: the hit is certain, no need to look.
    whole = len(surfaces) == 1 and surfaces[0][0] == 0 and surfaces[0][1][0][0] == text
    info = (text, cut, _classify(text), surfaces, surfaces[0][1][0][1] if whole else None)
    if len(_WORDS) > 50_000:
        _WORDS.clear()  # names are unbounded; keep the cache from growing without end
    _WORDS[raw] = info
    return info


def dropped_alone(word: str) -> bool:
    """Whether ``find_persons`` drops ``word`` written alone: a common noun's, a role's or a stop
    word's ('Hari', 'Agung', 'Juli'), though a name may open with it ('Hari Arifianto')."""
    return (_WORDS.get(word) or _word_info(word))[2] in _DROPPED_ALONE


_DROPPED_ALONE = frozenset((NOUN, ROLE, STOP))


def _classify(text: str) -> str:
    word = text.rstrip(".")
    if word in TITLES or text in DOTTED_TITLES:
        kind = TITLE
    elif word in ROLE_WORDS:
        kind = ROLE
    elif word in NOUN_HEADS:
        kind = NOUN
    elif word in STOP_WORDS:
        kind = STOP
    elif len(word) == 2 and word.isupper() and word.isalpha() and word not in ROMAN_NUMERALS:
        kind = INIT
    elif (
        len(word) > 1
        and word.isupper()
        or word[0].isdigit()
        or word[-1].isdigit()
        or "-" in word
        and _CODE_TAIL.search(word)
    ):
        # Acronyms are organisations or codes, not given names; a glued caption or page number
        # ('Hui13', 'Antarklub2025') is no name either, nor a word with an acronym after its
        # hyphen ('Hasil-KWK', a form's code).
        kind = STOP
    elif _GLUED.search(word) or word.endswith(_POSSESSIVE):
        # An English possessive names a shop or a brand ('Rusto’s Tempeh', 'Baker’s Gram'), not a
        # person.
        kind = STOP
    elif _COMMON_SHAPE.fullmatch(word) or _ORG_SHAPE.fullmatch(word) or _agent_noun(word):
        kind = ROLE
    elif word[-3:] == "kan" and _kan_verb(word):
        # A verb in a title-cased law's or headline's words ('UU tentang Kemerdekaan Menyampaikan
        # Pendapat'): no name's word.
        kind = STOP
    else:
        kind = NAME
    return kind


def _kan_verb(word: str) -> bool:
    """Whether ``word`` is meN- or di- before a root word and -kan ('Menyampaikan', 'Dilaksanakan').
    Only -kan: given names end in -i after such an opening ('Mentari', 'Dianti')."""
    stem = word[:-3].lower()
    roots = root_words()
    if stem[:2] == "di":
        return stem[2:] in roots
    for prefix, leads in _NASAL_ROOTS:
        if stem.startswith(prefix):
            rest = stem[len(prefix) :]
            return any(lead + rest in roots for lead in leads)
    return False


def _agent_noun(word: str) -> bool:
    """Whether ``word`` is 'pe-' before a root word of four letters or more, an agent noun naming a
    trade ('Petambak', 'Pedagang', 'Peternak'). Not before 'r', which opens names so ('Pereda',
    the Batak 'Perangin-angin'), nor a root word whole ('Pelangi', a name too)."""
    if word[:2] != "Pe" or not word[2:3].islower() or word[2] == "r" or word in GIVEN_NAMES:
        return False
    roots = root_words()
    return word[2:].lower() in roots and word.lower() not in roots


_POSSESSIVE = ("’s", "'s")
_CODE_TAIL = regex.compile(r"\p{Ll}-\p{Lu}{2,}$")


def name_word(word: str) -> bool:
    """Whether this module may read ``word`` as a word of a person's name: a name word or an
    initial, or a given name its lexicon also holds for a role or a common word ('Agung'). A
    title, a role word, a body's head word or a common word alone ('Sementara', 'Teknis Kegiatan')
    is never one, wherever it stands."""
    kind = _classify(word)
    return kind is NAME or kind is INIT or word in GIVEN_NAMES


def body_head(word: str) -> bool:
    """Whether ``word`` is a body's head word ('Komando', 'Universitas', 'Himpunan'): it opens a
    body's name, never a person's."""
    return _classify(word) is NOUN or word in NOUN_HEADS


def closes_a_body(head: str) -> bool:
    """Whether one name word right after ``head`` is the body's own name or place, not its
    holder's name: after a body's head word ('Polda Sulteng', 'Puskesmas Cilincing') or a title
    that heads a body ('CEO Tesla'), as find_persons reads it."""
    if head in GIVEN_NAMES:
        return False  # 'Hari' heads a day's name and opens a person's ('Putut Hari Satyaka')
    return _classify(head) is NOUN or head in NOUN_HEADS or head in BODY_TITLES


def speaks_alone(body: str, word: str) -> bool:
    """Whether the article lets ``word`` speak on its own somewhere ('kata Widyastuti')."""
    return _spoken(body, word)


def introduced(body: str, start: int) -> bool:
    """Whether a word that introduces a person's name stands right before ``start`` ('analis
    bernama Dan'): a name follows, whatever else the word is."""
    return _introduced(body, start)


def _a_role(run: Sequence[Unit]) -> bool:
    """Whether ``run`` is a title and its words with no name among them: a short form in brackets
    after it is the office's ('Wakil Menteri Luar Negeri (Wamenlu) Anis Matta'), not a nickname.
    Role words may open it before the title: an acting office ('Pelaksana Tugas Direktur ...')."""
    first = run[0][3]
    if first is ROLE:
        return any(u[3] is TITLE for u in run) and all(u[3] is not NAME for u in run)
    return first is TITLE and all(u[3] is not NAME for u in run)


def token_before(body: str, start: int) -> str:
    """What stands between the space right before ``start`` and the space before it: the word with
    any punctuation on it ('dia,'), or "" where no space stands right before ``start``. (Not
    ``_word_before``, which takes the letters and digits alone.)"""
    if body[start - 1 : start] != " ":
        return ""
    return body[body.rfind(" ", 0, start - 1) + 1 : start - 1]


def _after_a_word(body: str, start: int) -> bool:
    """Whether the word at ``start`` follows a lower-case word, or 'Namun', inside its sentence."""
    word = token_before(body, start)
    return word[:1].islower() and word.isalpha() or word == "Namun"


def _doubled_word(word: str) -> bool:
    """Whether ``word`` doubles a common word, whole ('Cita-cita') or after a prefix its second half
    leaves off ('Berkali-kali', 'Bertubi-tubi'): an adverb that opens a sentence, no name."""
    head, _, tail = word.partition("-")
    if len(head) > 1 and tail == head.lower():
        return True
    return len(tail) >= 3 and tail.islower() and len(head) > len(tail) and head.endswith(tail)


def _runs(body: str) -> tuple[list[list[Unit]], list[Hit]]:
    """Capitalized runs of ``body``, and its gazetteer hits (sorted, disjoint).

    Words inside a gazetteer hit count as OTHER: a place or organisation is
    role material, never a name. An empty run between two runs marks a comma
    apposition ("Menteri Pertahanan China, Li Shangfu").
    """
    runs: list[list[Unit]] = []
    run: list[Unit] = []
    hits: list[Hit] = []
    known = _WORDS.get
    # concurrent=False: by default regex lets go of the GIL and takes it back around each word it
    # finds, which cost a sixth of the split; a str cannot change meanwhile, and the scan is short.
    parts = iter(_WORD_SPLIT.split(body, concurrent=False))
    pos = len(next(parts))
    # What separates the last word of ``run`` from the next word (the dot or dash
    # cut off that word first).
    link = ""
    reach = 0  # the end of the last gazetteer hit
    glued = 0  # the end of letters glued to an initial ('A.H', 'S.Pd'): one unit, see _glued_letters
    initials = False
    given: set[str] = set()  # the words of _NAME_STOP_WORDS read as a given name so far
    for raw, after in zip(parts, parts, strict=True):
        start = pos
        pos += len(raw)
        text, cut, kind, surfaces, whole = known(raw) or _word_info(raw)
        if start < glued:
            if initials:
                # Letters glued to an initial before a name: one unit with it ('A.H Sagala').
                run[-1] = (run[-1][0], pos - cut, run[-1][2] + text, NAME)
            link = raw[-cut:] + after if cut else after
            pos += len(after)
            continue
        if not after and len(raw) == 2 and raw[1] == "." and body[pos : pos + 1].isupper():
            glued = _glued_letters(body, pos)
            initials = glued > 0
            if initials:
                kind = NAME
            elif glued:
                # A degree after a name ('S.H.', 'M.Pd'): no name's word, nor is what is glued to it.
                glued = -glued
                kind = STOP
        if kind is GLUED:
            if start >= reach:
                hits.append((start, start + cut, whole))  # type: ignore[arg-type]
                reach = start + cut
            if run and link == " ":
                # Inside a run the place or body is the office's last word ('Wali Kota BandungDarmo
                # Sutejo'), and what is glued to it follows as after a space. Opening one it is a
                # dateline ('Liputan6.com, JakartaManajer ...'), no office's.
                run.append((start, start + cut, raw[:cut], OTHER))
            start += cut
            text, cut, kind, surfaces, whole = known(text) or _word_info(text)
        end = pos - cut
        pos += len(after)
        if whole is not None:
            if start >= reach:
                hits.append((start, end, whole))
                reach = end
        else:
            for offset, candidates in surfaces:
                if start + offset >= reach:
                    hit = match_at(body, start + offset, candidates)
                    if hit:
                        hits.append(hit)
                        reach = hit[1]
        if start < reach < end and body[reach].isupper():
            # A known place's last word glued to the next word ('Gubernur Jawa BaratHerman
            # Suryatman'): the place's part goes in the run, and the rest is read as a word of its own.
            run.append((start, reach, body[start:reach], OTHER))
            rest = raw[reach - start :]
            start = reach
            text, cut, kind, surfaces, whole = known(rest) or _word_info(rest)
            end = start + len(text)
        if (
            start < reach
            and hits[-1][:2] == (start, end)
            and _initials_inside(run, link, text, after, body, pos)
        ):
            # A known short form between two words of a name is the name's initials ('Brigadir
            # Jenderal Arnold AP Ritiauw'), not the body ('AP', the agency).
            hits.pop()
            reach = start
            kind = NAME
        if start < reach:
            kind = OTHER
        elif cut == 1 and after.startswith(_DOMAIN_NAMES) and _DOMAIN.match(after):
            # The dot opens a domain: a site or a firm ('Head of Startupindonesia.co Erwin Arifin').
            kind = STOP
        elif after[:1] == "/" and after[1:2].isdigit():
            # A letter code before a number opens a document's ('Nomor Kep/667/V/2025', 'Maklumat
            # Kapolri Nomor Mak/3/IX/2020'); a pair of names has a capital after the slash.
            kind = STOP
        if link == " (" and run and after[:1] == ")" and (kind is not NAME or _a_role(run)):
            # A short form in brackets goes on with the role it ends ('Presiden Amerika Serikat (AS)
            # Donald Trump', '... Kementerian Dalam Negeri (Kemendagri) Akmal Malik', 'Direktur
            # Direktorat Reserse Kriminal Umum (Dirreskrimum) Polda Jabar ...'); a name in
            # brackets is a nickname ('Joko Widodo (Jokowi)').
            # A body's head word keeps its kind there ('Rumah Sakit Umum Pusat (RSUP) Dr Sardjito').
            run.append((start - 1, end + 1, text, NOUN if kind is NOUN else OTHER))
            link = after[1:]
            continue
        if (
            kind is NOUN
            and text in GIVEN_NAMES
            and link == after == " "
            and run
            and run[-1][3] is NAME
            and _next_is_name(body, pos)
        ):
            # A head word that is a given name too, between two name words, is the name's ('Putut
            # Hari Satyaka'), not a day's ('Hari Kartini' follows no name word).
            kind = NAME
        if kind is NOUN and text in _GIVEN_HEADS and link != " " and after == " ":
            # A head word that is a given name too, opening a name with an age after it, is the
            # given name ('Topan Saputra (29)'): no storm nor award has an age.
            kind = NAME if _AGED_NAME.match(body, pos) else kind
        if kind is STOP and link == " " and run:
            if _initials_after_rank(run, text, after, body, pos):
                # Three capitals right after a rank or a corps are a name's initials ('Kolonel (Czi)
                # IGN Suriastawa', 'Kompol IGP Wirawan'): a rank stands right before its holder's name.
                kind = NAME
            elif 2 < len(text) <= 8 and text.isupper() and _a_role(run):
                # An acronym the gazetteer does not know, inside a title's words, is the body's:
                # 'Kepala BKPM Bahlil Lahadalia'. Elsewhere it ends the run.
                kind = OTHER
        if kind is STOP:
            if text in _NAME_STOP_WORDS and (
                _names_before(run, link) or run and run[-1][3] is NAME and _spoken(body, text)
            ):
                # Holy days and months that close a name after a given name or two name words
                # ('Komisaris Besar Ahmad Ramadhan'); not 'Jelang Ramadhan'. After one name word
                # when the article lets the word speak alone ('Kepala Puskesmas Pamulang Fitri' ...
                # 'ucap Fitri'): a given name after a place there.
                kind = NAME
                given.add(text)
            elif not run and text in given and _lone_given_name(body, start, pos - cut):
                # Alone, a word read so is the given name there too ('Namun Fitri mengaku', 'ucap
                # Fitri'); the holy day has its head word before it ('Idul Fitri').
                kind = NAME
            elif (
                text == "Dan"
                and after == " "
                and body[pos : pos + 1].isupper()
                and _after_a_word(body, start)
            ):
                # Inside a sentence a capitalised 'Dan' before a capitalised word is a given name
                # ('Namun Dan Ives, kepala penelitian ...'), not 'and'.
                kind = NAME
            elif text in _NAME_FUNCTION_WORDS and _inside_a_titled_name(body, run, link, pos, after):
                kind = NAME
                if not _titled(run, len(run)):
                    # After an office in lower case the words before are its body's ('analis
                    # Wedbush Dan Ives'): the name starts here.
                    runs.append(run)
                    run = []
            elif (
                text == "Jun"
                and link == " "
                and run
                and run[-1][3] is NAME
                and not (after == " " and body[pos : pos + 1].isdigit())
            ):
                # June's short form is written in a date only ('12 Jun 2025'); after a name word and
                # before no year it is a Korean or Chinese name's syllable ('Nam Gi Jun', 'Wang Jun').
                kind = NAME
            elif text in MONTHS and after == " " and not body[start - 2 : start - 1].isdigit():
                # A month right before a capitalised word, in no date, opens a name: 'Direktur TBS
                # Energi Utama Juli Oktarina'. find_persons decides on the word after it.
                kind = MONTH
            else:
                # A common word ends the run: nothing on either side of it can be
                # one name or one role. Dropping it here saves work on every
                # sentence-initial "Dia", "Namun", "Senin".
                if run:
                    runs.append(run)
                    run = []
                continue
        if run:
            if link == " ":
                run.append((start, end, text, kind))
            elif link in _PARTICLE_GAPS:
                run.append((start - len(link) + 1, start - 1, link[1:-1], PART))
                run.append((start, end, text, kind))
            elif link in _DOCTOR_GAPS and _namesake_head(run):
                # 'RSUD dr Soetomo', 'Rumah Sakit Tentara dr Hardjanto': a hospital or a street named
                # after a doctor, who is not there. The lower-case title heads that name.
                run.append((start - len(link) + 1, start - 1, link.strip(), NOUN))
                run.append((start, end, text, kind))
            elif link in _ROLE_JOINTS and kind is not NAME and _a_role(run):
                # 'Menteri Kelautan dan Perikanan Edhy Prabowo': the office goes on over 'dan'.
                run.append((start, end, text, kind))
            elif link == " of " and run[-1][3] is TITLE:
                # 'CEO of Upbit Asia Pasifik, Alex Kim': after an English title the name 'of'
                # leads to is the firm's, and the office goes on over it.
                run.append((start, end, text, kind))
            else:
                runs.append(run)
                if len(link) == 2 and link[0] == ",":
                    runs.append([])
                run = [(start, end, text, kind)]
        else:
            run = [(start, end, text, kind)]
        link = raw[-cut:] + after if cut else after
    if run:
        runs.append(run)
    return runs, hits


# Letters glued after an initial's dot: capitals ('A.H.', 'S.H.') or a degree's tail ('S.Pd',
# 'M.Kom', 'S.I.Kom'); not a given name ('M.Nasir'). Four at most, so a scan stays linear.
_GLUED_LETTERS = regex.compile(
    r"(?:(?:\p{Lu}|Pd|Si|Sos|Kom|Ag|Hum|Kes|Psi|Kep|Ked|Farm|Hut|Pt|Pi|Sn|Sc|Eng|Th|Tr|Ak|Gz|IP|IK|AP|Ars)"
    r"(?![\w’'\-])\.?){1,4}"
)


def _glued_letters(body: str, pos: int) -> int:
    """Where the letters glued at ``pos`` to an initial ('A.' + 'H Sagala') end, for initials before
    a name; the negated end for a degree after one ('S.' + 'H., M.H.', 'S.' + 'Pd, ...'); 0 for a
    name glued to its initial ('M.Nasir')."""
    m = _GLUED_LETTERS.match(body, pos)
    if not m:
        return 0
    end = m.end()
    if body[end : end + 1] == " " and body[end + 1 : end + 2].isupper() and all(
        c.isupper() or c == "." for c in m.group()
    ):
        return end
    return -end


# Corps written after a rank ('Kolonel (Czi)', 'Letkol Inf').
_CORPS = frozenset(
    ("Inf", "Kav", "Arm", "Arh", "Czi", "Cpn", "Cpm", "Chk", "Pnb", "Psk", "Cba", "Ckm", "Ctp", "Cku")
)


def _initials_inside(run: Sequence[Unit], link: str, text: str, after: str, body: str, pos: int) -> bool:
    """Whether ``text``, two or three capitals, stands between a rank's holder's first name word and
    a name word after it, inside one run: a name's middle initials. Elsewhere two words of a body
    may stand around its short form ('Lending BRI Wibawa', 'GeNose UGM Kuwat')."""
    return (
        link == " "
        and bool(run)
        and len(run) > 1
        and run[-1][3] is NAME
        and run[-2][2] in _NAME_RANKS
        and 1 < len(text) < 4
        and text.isalpha()
        and text.isupper()
        and after == " "
        and body[pos : pos + 1].isupper()
        and body[pos + 1 : pos + 2].islower()
        and _next_is_name(body, pos)
    )


def _next_is_name(body: str, pos: int) -> bool:
    """Whether the word at ``pos`` reads as a name's word, not a title, a role or a common word."""
    space = body.find(" ", pos, pos + 40)
    raw = body[pos : space if space > 0 else pos + 40].rstrip(",.;:)")
    return bool(raw) and (_WORDS.get(raw) or _word_info(raw))[2] is NAME


def _initials_after_rank(run: Sequence[Unit], text: str, after: str, body: str, pos: int) -> bool:
    """Whether ``text``, three capitals, follows a rank or a corps and comes before a capitalised
    word: initials opening a name. Not after the 'Jenderal' of an office, whose body follows it
    ('Direktur Jenderal AHU', 'Sekretaris Jenderal DPP')."""
    last = run[-1][2]
    if last == "Jenderal" and len(run) > 1 and run[-2][3] is TITLE:
        return False
    return (
        len(text) == 3
        and text.isalpha()
        and text.isupper()
        and (last in _NAME_RANKS or last in _CORPS)
        and after == " "
        and body[pos : pos + 1].isupper()
    )


# Words a Roman numeral grades or counts ('Kelas I', 'Eselon I', 'Komisi I').
_NUMBERED = frozenset(
    ("Kelas", "Tipe", "Golongan", "Eselon", "Tingkat", "Kuartal", "Triwulan", "Semester", "Tahap", "Komisi")
)

_DOCTOR_GAPS = frozenset((" dr ", " dr. "))
# Head words of a hospital's or a street's name, which a doctor's name may close.
_NAMESAKE_HEADS = frozenset(
    ("RS", "RSU", "RSUD", "RSUP", "RSJ", "RSIA", "RSPAD", "RSAU", "RSAL", "Sakit", "Jalan", "Jl", "Jln")
)


_STREET_HEADS = frozenset(("Jalan", "Jl", "Jln"))


def _namesake_head(run: Sequence[Unit]) -> bool:
    """Whether ``run`` is a hospital's or a street's head word and common words after it ('RSUD',
    'Rumah Sakit Umum Daerah'); not a title's ('Kepala Dinas Kesehatan Sulut dr Debie Kalalo'), nor
    a place's after it ('RSUD Kota Bekasi')."""
    for k in range(len(run) - 1, -1, -1):
        u = run[k]
        if u[2] in _NAMESAKE_HEADS:
            return True
        if u[3] is not NOUN and u[3] is not ROLE:
            return False
    return False


def _after_a_namesake(run: Sequence[Unit], i: int) -> bool:
    """Whether ``run[i]`` follows a doctor's title right after a hospital's or a street's head word
    ('RSUP Dr', 'Rumah Sakit Umum Pusat Dr'), with an office's words before them ('Kepala Humas RSUP
    Dr', 'Pejabat ... Dokumentasi RSUP Dr')."""
    if i < 3 or run[i - 1][3] is not TITLE:
        return False
    for k in range(i - 2, 0, -1):
        if run[k][2] in _NAMESAKE_HEADS:
            return run[k - 1][3] is TITLE or run[k - 1][3] is ROLE
        if run[k][3] is not NOUN and run[k][3] is not ROLE:
            return False
    return False


# A Roman numeral with a full stop.
_NUMERAL_STOP = regex.compile(r"[IVX]+\.")


def _lone_given_name(body: str, start: int, end: int) -> bool:
    """Whether the word at ``start``, a holy day's word the article has read as a given name before,
    with no capitalised word before it here, is that name: a speaker here, or after punctuation or
    a joining word ('dan Fitri mengaku'); not after a noun ('umat Muslim')."""
    if cued(body, start, end):
        return True
    before = token_before(body, start)
    return before == "" or before in _NAME_LEADS or before[-1:] in ",."


# The words a name may follow in a clause, when it is no object of a noun.
_NAME_LEADS = frozenset(("dan", "bahwa", "tetapi", "namun", "Namun", "sementara", "Sementara", "oleh"))


def _place_in_a_name(body: str, run: Sequence[Unit], k: int, hits: Sequence[Hit]) -> bool:
    """Whether ``run[k]``, a gazetteer word with name words on both sides, is a place of one word
    that stands inside a name a title or a rank opens ('Romo Markus Solo Kewuta')."""
    if not k or run[k - 1][3] is not NAME:
        return False
    hit = place_at(hits, run[k][0])
    if hit is None or hit[1] != run[k][1]:
        return False
    first = k - 1
    while first and run[first - 1][3] is NAME:
        first -= 1
    # The article calls them by the first name alone ('Romo Markus mengaku'): a firm's name or a
    # typo'd title before a region is not ('CEO Upbit Apac Alex Kim', 'Wakil Gubenur Jatim Emil').
    return first > 0 and run[first - 1][3] is TITLE and _spoken(body, run[first][2])


def _courtesy_trimmed(role: str | None) -> str | None:
    """``role`` without the forms of address or Haji at its end or, before a title, at its start: courtesy,
    not office ('Presiden RI Bapak Prabowo', 'Bapak Ketua KPK Bapak Setyo'). Alone one stays the
    role; 'Ibu' opens one too ('Ibu Negara')."""
    if not role or " " not in role:
        return role
    words = role.split(" ")
    # 'H' and 'Hj' (Haji) honour the pilgrim as 'Bapak' honours the man ('Wawako Pagar Alam Hj').
    # Academic titles at the end too ('Kepala Dinas Kesehatan dr', 'Rektor UBSI Prof Dr Ir').
    while len(words) > 1 and (words[-1] in _ADDRESS_ONLY or words[-1] in _HAJI or words[-1] in _ACADEMIC):
        words.pop()
    if len(words) > 1 and words[0] in _COURTESY_LEADS and words[1][:1].isupper():
        del words[0]
    return " ".join(words)


_COURTESY_LEADS = frozenset(("Bapak", "Pak", "Bpk", "Sdr", "Sdri", "Tuan"))


# Function words that are name words too ('Dan Ives', 'Jama Kita Purba').
_NAME_FUNCTION_WORDS = frozenset(("Dan", "Kita"))


def _inside_a_titled_name(body: str, run: Sequence[Unit], link: str, pos: int, after: str) -> bool:
    """Whether a capitalised function word after ``run`` (the next word at ``pos``) goes on
    with a name: after a name word that follows a title or an office in lower case ('Kompol Jama
    Kita Purba', 'analis Wedbush Dan Ives'), and before a capitalised word that is no title nor
    role word ('Gubernur Jakarta Dan Bandung' stays two places)."""
    if not (link == " " and run and run[-1][3] is NAME and after == " " and body[pos : pos + 1].isupper()):
        return False
    nxt = _TOKEN.match(body, pos)
    if nxt is None or nxt.group() in TITLES or nxt.group() in ROLE_WORDS or nxt.group() in STOP_WORDS:
        return False
    return _titled(run, len(run)) or token_before(body, run[0][0]).lower() in _PLAIN_TITLE_SET


# Words that close a firm's or a group's name ('PT Infovesta Utama', 'PT Astra International Tbk').
_BODY_ENDS = frozenset(
    ("Utama", "Tbk", "Persero", "Group", "Grup", "Holding", "Holdings", "Internasional", "International")
)

# A domain after a word's dot ('Startupindonesia.co', 'Tirto.id', 'Kumparan.com').
_DOMAIN = regex.compile(r"(?:com|co|id|net|org|tv)\b")
# Its names, for a C call that settles the many dots followed by no domain before the pattern.
_DOMAIN_NAMES = ("com", "co", "id", "net", "org", "tv")

_UNIT_BEFORE = frozenset((TITLE, NOUN, ROLE))


def _office_building(body: str, run: Sequence[Unit], k: int) -> bool:
    """Whether the title at ``k`` heads a region and follows 'kantor' ('Kantor Camat Kuranji',
    'kantor Bupati Sleman'): the building's, and the word after it names the region, not the holder."""
    if run[k][2] not in ORG_TITLES:
        return False
    before = run[k - 1][2] if k else token_before(body, run[k][0])
    return before in _OFFICE_BUILDINGS


_OFFICE_BUILDINGS = frozenset(("Kantor", "kantor"))

# Titles of a region's head, which the region's name follows ('Camat Cilandak', 'Lurah Grogol').
_REGION_TITLES = frozenset(
    ("Camat", "Lurah", "Bupati", "Gubernur", "Kapolsek", "Kapolres", "Kapolda", "Kapolresta")
)
_COMPASS = frozenset(("Selatan", "Utara", "Barat", "Timur", "Tengah"))


def _region_named(body: str, runs: Sequence[list[Unit]], ri: int, run: Sequence[Unit]) -> bool:
    """Whether the one word closing ``run`` after a region's title is that region's name: a compass
    word follows it ('Lurah Grogol Selatan Asep Subahan'), or, after a comma, a known place ('Camat
    Cilandak, Jakarta Selatan', 'Camat Neglasari, Kabupaten Tangerang'). Alone it is most often the
    holder's one name ('Camat Syahrizal')."""
    if len(run) < 2 or run[-2][2] not in _REGION_TITLES:
        return False
    end = run[-1][1]
    nxt = _TOKEN.match(body, end + 1)
    if body[end : end + 1] == " " and nxt is not None and nxt.group() in _COMPASS:
        return True
    if body[end : end + 2] != ", " or ri + 2 >= len(runs) or runs[ri + 1]:
        return False
    first = runs[ri + 2][0]
    return first[0] == end + 2 and (first[3] is OTHER or first[2] in COMPLEMENT_HEADS)


def _names_before(run: Sequence[Unit], link: str) -> bool:
    """Whether ``run`` ends, right before the next word, in a given name or two name words."""
    return (
        link == " "
        and bool(run)
        and run[-1][3] is NAME
        and (run[-1][2] in GIVEN_NAMES or len(run) > 1 and run[-2][3] is NAME)
    )


# Titles that head a body or a unit of one ('CEO Tesla', 'Ketua Media'). Not those of a region's
# or a force's head: the word after 'Bupati', 'Camat' or 'Kapolres' that is no known place is most
# often the holder's one name ('Wakil Bupati Syaefudin', 'Camat Syahrizal').
BODY_TITLES = ORG_TITLES - {
    "Bupati", "Gubernur", "Camat", "Lurah", "Rektor", "Dekan", "Kapolda", "Kapolres", "Kapolsek",
    "Pangdam", "Dandim", "Danrem", "Kajati", "Kajari", "Kadis", "Sekda",
}  # fmt: skip


# Forms of address: a role that is one alone says less than an office ('Mbah Tupon').
_ADDRESS_ONLY = ADDRESS_FORMS | {"Pak", "Bu", "Ibu", "Bapak", "Bpk", "Tuan", "Nyonya", "Sdr", "Sdri"}


def _titled(run: Sequence[Unit], k: int) -> bool:
    """Whether a title stands in ``run`` before unit ``k``."""
    return any(u[3] is TITLE for u in run[:k])


def _is_head(u: Unit) -> bool:
    """Whether ``u`` is a body's head word: a noun head, or one the role words hold too
    ('Universitas', 'Polres')."""
    return u[3] is NOUN or u[2] in NOUN_HEADS


def _has_head(units: Sequence[Unit]) -> bool:
    """Whether a body's head word stands in ``units``."""
    return any(_is_head(u) for u in units)


def _holder_apposed(body: str, runs: list[list[Unit]], ri: int, run: Sequence[Unit], i: int, j: int) -> bool:
    """Whether the name words ``run[i:j]`` after a title end its name words, and the office's holder
    stands in the apposition: a full name (two name words or more) after a comma, a rank or two
    before it and the body's acronym before the comma maybe ('Juru Kampanye FWI, Anggi Putra
    Prayoga', 'Kapolres Lingga, AKBP Pahala Martua Nababan'); or one before the run's comma, with
    the sentence going on in lower case after it ('Mulyarasti Soehoed, Head of Marketing Glico
    Wings, mengungkapkan'). Name words closing the run right after a title may be a person the
    title relates to ('staf Presiden Prabowo Subianto, Kani Dwi Haryani'): there only one is taken.
    After a rank they are a name ('Kapolres AKBP Hendra, ...'). Not when the words have a person's
    own signs: a given name first, or one of them speaking alone elsewhere ('kata Widyastuti'); a
    cue after the run's comma is its holder's."""
    before = run[i - 1]
    if (
        not _titled(run, i)
        or any(u[3] is NAME for u in run[j:])
        or (j == len(run) and j - i > 1 and before[3] is TITLE)
        or before[2] in _NAME_RANKS
        or not _RELATIONAL_TITLES.isdisjoint(u[2] for u in run[:i])
    ):
        return False
    if not (_holder_after(body, runs, ri, run) or _holder_before(body, runs, ri, run)):
        return False
    words = [u[2] for u in run[i:j] if u[3] is NAME]
    return words[0] not in GIVEN_NAMES and not any(_spoken(body, w) for w in words)


# Titles that relate their holder to another person, who follows them: 'Kuasa Hukum Rahmad
# Mas’ud, ...', 'Ajudan Presiden Prabowo, ...'.
_RELATIONAL = ("kuasa", "pengacara", "advokat", "staf", "ajudan", "asisten")
_RELATIONAL_TITLES = frozenset(w.capitalize() for w in _RELATIONAL)


def _holder_after(body: str, runs: Sequence[list[Unit]], ri: int, run: Sequence[Unit]) -> bool:
    """Whether a full name follows ``run`` in apposition (``_holder_apposed``)."""
    holder = runs[ri + 1] if ri + 1 < len(runs) else None
    if holder == [] and ri + 2 < len(runs):
        holder = runs[ri + 2]
    if not holder:
        return False
    k = 0
    if _ACRONYM_GAP.fullmatch(body, run[-1][1], holder[0][0]):
        # The body's acronym broke the run, which goes on with the role: 'Kepala Makroekonom Bahana
        # TCW Investment Management Budi Hikmat'.
        while k < len(holder) and holder[k][3] in _ROLE_KINDS:
            k += 1
    elif not _APPOSITION_GAP.fullmatch(body, run[-1][1], holder[0][0]):
        return False
    while k < len(holder) and holder[k][2].rstrip(".") in _NAME_RANKS:
        k += 1
    if k + 1 < len(holder) and holder[k][3] is NAME and holder[k + 1][3] is NAME:
        return True
    # One name word closed by a comma holds a one-word body or place ('Lurah Sawang, Azman, ...').
    return k + 1 == len(holder) and holder[k][3] is NAME and body[holder[k][1] : holder[k][1] + 1] == ","


def _holder_before(body: str, runs: Sequence[list[Unit]], ri: int, run: Sequence[Unit]) -> bool:
    """Whether a full name precedes ``run`` in apposition, the sentence going on in lower case after
    the run's comma (``_holder_apposed``)."""
    end = run[-1][1]
    if ri < 2 or runs[ri - 1] or body[end : end + 2] != ", " or not body[end + 2 : end + 3].islower():
        return False
    holder = runs[ri - 2]
    # A name with no title: in a list of officers each has one ('..., Menko Kemaritiman Luhut
    # Panjaitan, Menko Perekonomian Airlangga Hartarto, dan ...').
    return len(holder) > 1 and all(u[3] is NAME or u[3] is PART for u in holder)


# What stands between a role and its holder in apposition: a comma, the body's acronym before it
# maybe ('Juru Kampanye FWI, Anggi', 'Direktur PT Kedoya Adyaraya Tbk (RSGK), Armen').
_APPOSITION_GAP = regex.compile(r"(?: \(?\p{Lu}[\p{Lu}\d]{1,7}\)?)?, ")
_ACRONYM_GAP = regex.compile(r" \p{Lu}[\p{Lu}\d]{1,7} ")
# What follows most runs, and never one in apposition: a lower-case word, a full stop.
_NO_APPOSITION = frozenset(" " + c for c in "abcdefghijklmnopqrstuvwxyz") | {".", ". ", ".\n", "\n"}


def _role_text(body: str, units: Sequence[Unit]) -> str | None:
    """The role phrase: from the first title to the end of ``units``, when only role material
    follows; with the English words that grade the title right before it ('General Manager',
    'Senior Vice President', 'Division Head')."""
    for i, u in enumerate(units):
        if u[3] is TITLE:
            for r in units[i + 1 :]:
                if r[3] not in _ROLE_KINDS:
                    return None
            while i and units[i - 1][2] in _GRADES:
                i -= 1
            return body[units[i][0] : units[-1][1]].rstrip(".")
    return None


# English words before a title that say which one: they belong to the office ('Corporate
# Secretary').
_GRADES = frozenset(
    (
        "Senior", "General", "Executive", "Division", "Vice", "Deputy", "Assistant", "Regional", "Managing",
        "Area", "Corporate",
    )
)  # fmt: skip


def _role_run(body: str, runs: Sequence[list[Unit]], k: int) -> str | None:
    """The role of the run at ``k`` when it is a role alone (titles, role words, places; no name)."""
    if k < 0 or k >= len(runs):
        return None
    run = runs[k]
    if run and run[0][2] in _UNIT_OFFICES and all(u[3] in _ROLE_KINDS for u in run[1:]):
        return body[run[0][0] : run[-1][1]].rstrip(".")
    if not run or run[0][3] is not TITLE:
        return None
    return _role_text(body, run)


def _role_after(body: str, runs: Sequence[list[Unit]], k: int) -> str | None:
    """The role of the run at ``k`` after a name's comma (``_role_run``), unless a comma and a name
    follow it: then it is that name's, in a list of offices and holders ('Gubernur Jakarta, Pramono
    Anung, Wakil Bupati, Pak Ade')."""
    if k + 2 < len(runs) and not runs[k + 1] and any(u[3] is NAME for u in runs[k + 2]):
        run = runs[k]
        if run and body[run[-1][1] : run[-1][1] + 2] == ", ":
            return None
    return _role_run(body, runs, k)


# Words that open an office on their own in apposition ('Humas Basarnas Kendari, Wahyudi'): not
# titles, which would cut 'Kepala Biro Humas ...' in two.
_UNIT_OFFICES = frozenset(("Humas", "Bintara"))


def title_case_line(body: str, start: int, cache: dict[int, bool]) -> bool:
    """True when the line holding ``start`` capitalizes nearly every word (a headline or subheading).

    There capitals say nothing (verbs are capitalized too: "Xi Jinping
    Diundang Zelensky"), so a name there may only join a person found in
    running text. ``cache`` maps line starts to answers within one body.
    """
    ls = body.rfind("\n", 0, start) + 1
    known = cache.get(ls)
    if known is not None:
        return known
    le = body.find("\n", start)
    if le < 0:
        le = len(body)
    if body.count(" ", ls, le) > 20:
        # Most lines are long paragraphs: no need to look at their words.
        cache[ls] = False
        return False
    words = body[ls:le].split()
    # Headlines are short; a long sentence full of organisation names is not one.
    # Title case leaves function words ("di", "dan", "untuk") in lower case;
    # a lower-case content word means an ordinary sentence. So does a full stop, a comma or an
    # open bracket at the end: a scraper cuts sentences into lines ('Kompol Fauzan Thohari, Selasa
    # (10/6/2025).', '... Mochamad Irfan Yusuf (').
    cache[ls] = answer = (
        3 <= len(words) <= 16
        and not words[-1].endswith((".", ",", "("))
        and not any(w[0].islower() and len(w) > 4 and w not in TITLE_CASE_LOWER for w in words)
    )
    return answer


_PLAIN_TITLES = sorted(
    {t.lower() for t in TITLES if len(t) > 3 and t[1:].islower()}
    # 'model' in lower case lists car models as often ('model Formo Max, Confero').
    - {"bapak", "tuan", "nyonya", "juara", "model"}
    - {t.lower() for t in ADDRESS_FORMS}
    | {"juru bicara", "kuasa hukum", "wali kota", "pakar", "pengajar", "guru besar", "ahli"},
    key=len,
    reverse=True,
)
# One- and two-word titles ("wali kota", "co-founder"): a set probe per word of a
# window replaces two alternations of all of them (16 ms to compile at import).
_PLAIN_TITLE_SET = frozenset(_PLAIN_TITLES)
# The words a plain title can start with ("wali" for "wali kota").
_PLAIN_TITLE_FIRST = frozenset(regex.split(r"[ -]", t)[0] for t in _PLAIN_TITLES)
# What a role written in running text may not cross.
# Searched from the right: only the last break before the name matters.
_ROLE_BREAK = regex.compile(r"[,.;:!?“”\"()\n]", regex.REVERSE)
# The rest of a role after its title, up to what it may not cross.
_ROLE_TAIL = regex.compile(r"[^,.;:!?“”\"()\n]{0,80}")


def _title_at(text: str, word: regex.Match[str]) -> int | None:
    """Where the plain title starting with ``word`` ends, or None: the two-word form first."""
    end = word.end()
    low = word.group().lower()
    # A two-word title opens with one of _PLAIN_TITLE_FIRST: most words do not, and the next word
    # is then not cut out.
    if low in _PLAIN_TITLE_FIRST and end < len(text) and text[end] in " -":
        nxt = _TOKEN.match(text, end + 1)
        if nxt and f"{word.group()}{text[end]}{nxt.group()}".lower() in _PLAIN_TITLE_SET:
            return nxt.end()
    return end if low in _PLAIN_TITLE_SET else None


def _title_spans(text: str, pos: int) -> list[tuple[int, int]]:
    """The plain titles in ``text`` from ``pos``, as whole words, left to right, not overlapping."""
    spans: list[tuple[int, int]] = []
    # Scans over many words hold the GIL (concurrent=False, see _runs): a tenth of their cost.
    if _PLAIN_TITLE_FIRST.isdisjoint(_TOKEN.findall(text[pos:].lower(), concurrent=False)):
        return spans  # most windows hold no title: one C pass says so
    reach = pos
    for word in _TOKEN.finditer(text, pos, concurrent=False):
        if word.start() < reach:
            continue  # the second word of a two-word title
        end = _title_at(text, word)
        if end is not None:
            spans.append((word.start(), end))
            reach = end
    return spans


def _apposed_before(body: str, start: int) -> str | None:
    """What stands before ", " and ``start`` from the last plain title of its sentence on, a role or
    a clause ("wakil ketua komisi militer pusat china, Zhang Youxia"), or None."""
    if body[start - 2 : start] != ", ":
        return None
    window = body[max(0, start - 100) : start - 2]
    office = _last_office(window[: len(window) - _short_form_tail(window)])
    lead = window[: office[0]].rstrip().rpartition(" ")[2] if office else ""
    if office is None or lead in _PLURAL or lead in _MEETING:
        # 'para pemimpin dunia ..., Trump': many hold that office, not the one named after it; 'jumpa
        # wartawan ..., Suharso': the press the name met, not its office.
        return None
    return window[_graded(window, _office_over_a_body(window, office[0])) :].strip()


def _short_form_tail(window: str) -> int:
    """How long the body's short form in brackets that ends ``window`` is, with the space before it
    ('Direktur Eksekutif Center of Economic and Law Studies (Celios)'), or 0: the office is looked
    for before it, as a bracket ends a role's words otherwise."""
    if not window.endswith(")"):
        return 0
    k = window.rfind(" (")
    inside = window[k + 2 :].strip(" )")
    if k < 0 or " " in inside or inside.islower() or not inside[:1].isalpha():
        return 0  # no short form: words, a date ('Rabu (7/5/2025)')
    # A body's name is capitalised; a field of study is not ('guru sekolah dasar (PGSD)').
    return len(window) - k if window[:k].rpartition(" ")[2][:1].isupper() else 0


# From a comma on, the rest of a list of a body's fields: capitalised words, commas, then 'dan' and
# the last field ('..., Hukum, dan Keamanan').
_FIELD_LIST = regex.compile(r"(?:, \p{Lu}[\w\-]*)*,? dan \p{Lu}[\w\-]*")
# The same inside an office, where a field may have a few words ('Menteri Desa, Pembangunan Daerah
# Tertinggal dan Transmigrasi'): a name's mention is never tested against it, only a role's comma.
# A field has no '-nya': 'Bupati Bogor, Rudy Susmanto dan Wakilnya' names two people, no office.
_OFFICE_FIELDS = regex.compile(
    r"(?:, \p{Lu}[\w\-]*(?: \p{Lu}[\w\-]*){0,3})*,? (?:dan|&|and) (?!\p{Lu}[\w\-]*nya\b)\p{Lu}[\w\-]*"
)

# Words that make the title after them plural.
_PLURAL = frozenset(("para", "sejumlah", "beberapa", "banyak", "berbagai"))
# A meeting with those the office names ('jumpa wartawan', 'temu wartawan'): they are the audience.
_MEETING = frozenset(("jumpa", "temu"))


def _last_office(window: str) -> tuple[int, int] | None:
    """Where in ``window`` the office its sentence names last starts, and where its last title word
    ends: the last title word, with the titles right before it ("wakil ketua ..."), not the
    sentence's first title word."""
    br_m = _ROLE_BREAK.search(window)
    while br_m is not None:
        if br_m.group() == ")":
            # A body's short form in brackets goes on in the office ('Komisi Pemilihan Umum (KPU)
            # Manado'): the words before it are looked at too.
            tail = _short_form_tail(window[: br_m.end()])
            if not tail:
                break
            br_m = _ROLE_BREAK.search(window, 0, br_m.end() - tail)
        elif (
            br_m.group() == ","
            and window[br_m.start() - 1 : br_m.start()].isalpha()
            and _OFFICE_FIELDS.match(window, br_m.start())
        ):
            # A body that lists its fields ('Menteri Koordinator Bidang Politik, Hukum, dan
            # Keamanan'): its commas are inside the office.
            br_m = _ROLE_BREAK.search(window, 0, br_m.start())
        else:
            break
    hits = _title_spans(window, br_m.end() if br_m else 0)
    if not hits:
        return None
    k = len(hits) - 1
    while k and window[hits[k - 1][1] : hits[k][0]] == " ":
        k -= 1
    return hits[k][0], hits[-1][1]


def _graded(text: str, at: int) -> int:
    """Where the office whose first title starts at ``at`` starts with the English words that grade
    the title before it ('General Manager', 'Senior Vice President'), as in ``_role_text``. Only
    the role's text takes them: what stands before the office is read before them."""
    while True:
        # The word before, on its own line too ('...\n\nManaging Director').
        word = text[:at].rstrip(" ").rpartition(" ")[2].rpartition("\n")[2]
        if word not in _GRADES or text[at - 1 : at] != " ":
            return at
        at -= len(word) + 1


def _plain_role(body: str, start: int, end: int) -> str | None:
    """A role in a comma apposition written in running text, before or after the name.

    "wakil ketua komisi militer pusat china, Zhang Youxia" and "Syarifudin,
    kuasa hukum Rajiun," carry their roles in lower case, outside any
    capitalized run.
    """
    role = _apposed_before(body, start) if body[start - 2 : start] == ", " else None
    at = start - len(role) - 2 if role else 0
    if role and not body.startswith(",", end) and _CITED.search(body, max(0, at - 40), at):
        # 'Menurut majelis hakim, Zarof ...': the office is whom the sentence cites, and the name
        # after its comma opens what they said; a holder in apposition is closed by a comma
        # ('Menurut pengamat politik, Budi, ...').
        role = None
    # A demonstrative may close it ('Ketua LSM itu, Ando Manarisip'); inside it, or with a verb, a
    # clause ends there ('Lucky Hakim menjelaskan, Sopiah ...', 'aktris ... itu hadir bersama sang
    # kekasih, Arya Vasco'): its words are no office of the name after it.
    if role and _clause_at(role.removesuffix(" itu").removesuffix(" ini"), _CLAUSE_BEFORE) is None:
        return role
    if body.startswith(" (", end):
        # The age in brackets after the name comes before its apposition ('Yudi (27), warga ...').
        age = _AGE_AFTER.match(body, end)
        end = age.end() if age else end
    if body[end : end + 2] == ", ":
        # 'one of' before the title says the same of the name ('Rita (44), salah satu warga ...').
        one_of = _ONE_OF.match(body, end + 2)
        at = one_of.end() if one_of else end + 2
        word = _TOKEN.match(body, at)
        if not one_of and word and word.group() == "sang":
            # 'the' before a title names the same ('Sigit, sang vokalis, ...'); before kin it points
            # at another ('Haryono, sang istri'), and kin is no title.
            at = word.end() + 1
            word = _TOKEN.match(body, at)
        title_end = _title_at(body, word) if word else None
        if title_end is None and word and word.group().lower() in _WHAT_PEOPLE_ARE:
            return _closed_apposition(body, at, word.end())
        if title_end is not None:
            tail = _ROLE_TAIL.match(body, title_end)
            role = body[at : tail.end() if tail else title_end]
            if _clause_at(role, _CLAUSE_WORDS) is None:
                return role.strip()
            # The next clause goes on in it with its verb: the role ends before the verb and the
            # words that lead to it ('mantan dokter bedah yang beralih profesi ...', 'analis ...
            # Sekuritas mengatakan'). A title alone before them is that clause's subject ('kata
            # Temmy, warga mempermasalahkan ...'), no role.
            role = role[: _clause_at(role, _CLAUSE_LEADS)].strip()
            if len(role) > title_end - at and not _subject_last(body, role):
                return role
    return None


def _closed_apposition(body: str, at: int, word_end: int) -> str | None:
    """The words from ``at`` to the comma that closes them, when they hold no clause: what an
    ordinary person is ('Yudi, pedagang daging di Pasar Minggu, ...'). Without the comma the words
    often open the next clause ('kata Tabrani, pengunjung ... belum banyak'), so none then."""
    tail = _ROLE_TAIL.match(body, word_end)
    end = tail.end() if tail else word_end
    if not body.startswith(",", end):
        return None
    role = body[at:end].strip()
    return role if _clause_at(role, _CLAUSE_WORDS) is None else None


# What ordinary people are, said of them in apposition ('Noval, pengunjung pasar,'): no title
# before a name ('peserta Penerima Upah', 'nelayan asal Medang Deras, Batubara'), so only here.
_WHAT_PEOPLE_ARE = frozenset(
    (
        "pengunjung", "peserta", "pedagang", "mahasiswa", "pelajar", "sopir", "pengemudi", "nelayan",
        "petani", "buruh", "karyawan", "pegawai", "relawan", "pendamping", "pegiat", "penumpang",
    )
)  # fmt: skip

# 'A', 'one of', 'as' before an apposed title ('Dimas, selaku Ketua RT, ...'). 'sang' is asked
# apart: before kin it points at another ('Haryono, sang istri').
_ONE_OF = regex.compile(r"(?:seorang|salah (?:satu|seorang)|selaku) ")


# 'Menurut' and up to two words before an office ('Menurut majelis hakim'): a source cited.
_CITED = regex.compile(r"(?<![\w])[Mm]enurut(?: \w+){0,2} $")


# Head words that are given names too: a storm's, an award's, a palace's ('Topan', 'Bintang', 'Puri').
_GIVEN_HEADS = frozenset(("Topan", "Bintang", "Puri"))
# One or two name words and an age of one or two digits in brackets ('Saputra (29)'); a count of
# three digits follows places in a list ('Kelurahan Cipayung (246)').
_AGED_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \(\d{1,2}\)")


# An age in brackets right after a name.
_AGE_AFTER = regex.compile(r" \(\d{1,3}\)")


def _subject_last(body: str, role: str) -> bool:
    """Whether ``role`` ends in a name the article lets speak alone: that name is the subject of the
    clause the words after the comma open, and those words its office ('presenter Ruben Onsu,
    penyanyi sekaligus pengusaha Sarwendah kembali ...' ... 'ujar Sarwendah')."""
    last = role.rpartition(" ")[2]
    return last[:1].isupper() and not last.isupper() and _spoken(body, last)


def _role_before(body: str, start: int, end: int, floor: int, alone: bool) -> str | None:
    """An office written right before the name at ``start`` with words outside the role lexicon:
    from the last title of the sentence (with the titles right before it) up to the name, when no
    clause stands between ('Pelatih Timnas Indonesia Patrick Kluivert', 'juru bicara Kementerian
    Luar Negeri Lin Jian', 'Menteri Koordinator bidang Perekonomian Airlangga'). Not past the last
    person found (``floor``): a title before that person is theirs. A title that relates its
    holder to someone else points at the name after it instead ('kuasa hukum Mbah Tupon', 'mantan
    suami Kim Kardashian'): no role then. Nor after a preposition ('analis di Bank of America'):
    the words after it name a place or a body. One word ``alone`` after a capitalised word of the
    office may end the body's name ('Kepala Kodim 0510 Tigaraksa'): only right after a title or a
    word in lower case is it a name. The name ends at ``end``."""
    word = token_before(body, start).lower()
    # A body's short form in brackets may close the office ('Ketua Umum Asosiasi Produsen Serat
    # Indonesia (APSyFI) Redma Gita Wirawasta'): the office is looked for before it.
    short = len(word) + 1 if word[:1] == "(" and word[-1:] == ")" else 0
    if short:
        word = word[1:-1]
    if (
        not word.isalnum()
        or word in _NOT_IN_ROLE
        or word in _RELATED
        or word[:2] in _VERB_OPENINGS
        and _AFFIXED_VERB.fullmatch(word)
    ):
        # Most names follow a cue, a function word or a verb: no office ends there.
        return None
    window = body[max(0, start - 150, floor) : start - 1]
    office = _last_office(window[: len(window) - short])
    if office is None:
        return None
    at, title_end = office
    at = _office_over_a_body(window, at)
    head = window[:at].rstrip().rpartition(" ")[2]
    if head[:1].isupper() and body_head(head):
        # The title is a word of a body's name whose office stands out of reach ('... Direktorat
        # Jenderal Pengelolaan ...'): its words alone are no office.
        return None
    role = window[_graded(window, at) :].rstrip()
    words = _TOKEN.findall(role, concurrent=False)
    if words[-1] in _PLACE_LEADS or _GLUED.search(role):
        return None
    if window[:at].endswith(", ") and body[end : end + 1] == ",":
        # Between commas after a name the words are that name's role: 'Sarkat (44), anggota
        # pengurus RW 002 Duri Kepa, mengatakan'.
        return None
    if len(words) > 1 and words[-1] in STOP_WORDS and words[-2] in NOUN_HEADS:
        # A body's head and a common word ('Universitas Katolik'): its name goes on in the words
        # after them.
        return None
    if alone and title_end != len(window) and not words[-1][0].islower():
        return None
    lower = 0
    for n, word in enumerate(words):
        low = word.lower()
        if low == "dan" and _joins_a_body(words, n):
            continue
        if low == "pada" and n + 1 < len(words) and words[n + 1] in SPELLED_OUT_HEADS:
            # The body the office is in ('Direktur Jenderal Ketenagalistrikan pada Kementerian ...'),
            # not a time ('pada Senin').
            continue
        if low in _RELATED or low in _NOT_IN_ROLE:
            return None
        if word[0].islower():
            lower += 1
            if _finite(word) or _AFFIXED_STATE.match(word):
                return None
            if word in _PLACE_LEADS and n + 1 < len(words) and words[n + 1][0].islower():
                # 'di kediamannya': a place phrase of a clause, no body's name.
                return None
    # A long stretch in lower case is a sentence ('President @realDonaldTrump has elevated ...').
    return role if lower <= 4 else None


def _joins_a_body(words: Sequence[str], n: int) -> bool:
    """Whether 'dan' at ``n`` in an office's ``words`` joins two capitalised words of one body's
    name ('Pangan dan Hortikultura'), as a capitalised run's own role does (``_ROLE_JOINTS``)."""
    return 0 < n < len(words) - 1 and words[n - 1][:1].isupper() and words[n + 1][:1].isupper()


def _role_floor(body: str, out: list[PersonMention], start: int) -> int:
    """Where an office before the name at ``start`` may start: past the last person found. Words of
    a body's name that joins its fields are no persons ('Dinas Tanaman Pangan dan Hortikultura Jabar',
    'Research and Consulting (SMRC)', 'Bidang Politik, Hukum, dan Keamanan'): the office before them
    may go on to the name, and find_persons drops them if it does."""
    k = len(out)
    while k and _a_field_of_a_body(body, out[k - 1], start):
        k -= 1
    return out[k - 1].end if k else 0


def _a_field_of_a_body(body: str, m: PersonMention, start: int) -> bool:
    """Whether ``m`` is words of a body's name that goes on to ``start``: the office's own words, a
    field after a capitalised word and 'dan', inside a list of fields or opening one, or one word
    inside the name."""
    rest: int | None
    joint = _JOINT_BEFORE.search(body, max(0, m.start - 5), m.start)
    if (
        m.role is not None
        and body.startswith(" ", m.end)
        and body[m.end + 1 : m.end + 2].isupper()
        and any(len(w.strip("()")) > 2 for w in body[m.end : start].split())
    ):
        # The office's own words read as its holder, its body's name going on after them
        # ('Koordinator Nasional Destructive Fishing Watch (DFW) Indonesia', 'Direktur PT Kembar Bina
        # Usaha'): the holder is the name after the body. Not a holder's initials before the rest
        # of the name ('Brigadir Jenderal Arnold AP Ritiauw').
        rest = m.end
    elif joint:
        # After 'dan' or an English body's 'of', 'on' ('Center of Reform on Economics (CORE)'), two
        # words too ('Pekerjaan Umum dan Bina Marga'), none of them named as a speaker.
        joined = m.role is None and (len(m.tokens) == 1 and not m.strong or not cued(body, m.start, m.end))
        rest = m.end if joined and body[: joint.start()].rpartition(" ")[2][:1].isupper() else None
    elif body.startswith(" dan ", m.end):
        # Opening two fields ('Pembinaan Narapidana dan Latihan Kerja ...', 'Seksi Pasca Panen dan
        # Pengolahan ...').
        fields = _FIELD_LIST.match(body, m.end)
        rest = fields.end() if fields else None
    elif len(m.tokens) != 1:
        return False
    elif body[m.start - 2 : m.start] == ", " and body[m.start - 3 : m.start - 2].isalpha():
        fields = _FIELD_LIST.match(body, m.start - 2) if not m.strong else None
        rest = fields.end() if fields else None
    elif body.startswith(", ", m.end):
        # Opening a list of fields.
        fields = _FIELD_LIST.match(body, m.end)
        rest = fields.end() if fields else None
    elif not m.strong and m.role is None and _opens_a_body(token_before(body, m.start), body, m.end):
        # Or one word inside the body's name ('Federasi Serikat Pekerja Metal Indonesia'), or opening
        # it after an office in lower case, its town after it ('pemain Persma Manado').
        rest = m.end
    elif not m.strong and body[m.start - 2 : m.start] == " (" and body.startswith(")", m.end):
        # Or its short form in brackets ('Perkumpulan Dayak Meratus (Kumdatus) Kalsel').
        rest = m.end + 1
    else:
        return False
    return rest is not None and _BODY_REST.fullmatch(body, rest, start) is not None


def _opens_a_body(before: str, body: str, end: int) -> bool:
    """Whether the word before a lone name word (``before``) puts it inside a body's name: a
    capitalised word, or a title in lower case with more capitalised words after the name word."""
    if before[:1].isupper():
        return True
    return before in _PLAIN_TITLE_SET and body.startswith(" ", end) and body[end + 1 : end + 2].isupper()


# 'dan', or an English body's joints, between two capitalised words of a body's name.
_JOINT_BEFORE = regex.compile(r" (?:dan|and|of|on|for) $")
# What may stand between that word and the name: more of the body's name, its short form, the
# words that join its fields.
_BODY_REST = regex.compile(r"(?: \p{Lu}[\w\-]*| \([^()\s]+\)| (?:dan|and|of|on|for|&)(?= \p{Lu}))* ")


def _office_over_a_body(window: str, at: int) -> int:
    """Where the office starting at ``at`` in ``window`` really starts: a title right after a body's
    head word is a word of the body's name ('Ikatan Ahli Kesehatan Masyarakat', 'Persatuan Dokter
    Gigi'), and the office is the one before the body ('Ketua Satuan Tugas ... Ikatan Ahli ...')."""
    while True:
        head = window[:at].rstrip().rpartition(" ")[2]
        if not head[:1].isupper() or not body_head(head):
            return at
        earlier = _last_office(window[: at - len(head) - 1])
        if earlier is None:
            return at
        at = earlier[0]


# Prepositions that lead to a place or a body.
_PLACE_LEADS = frozenset(("di", "dari", "ke", "of", "for", "at", "and"))
# Words that relate the person named after them to someone else: the role is not that person's.
_RELATED = frozenset(_RELATIONAL) | frozenset(
    (
        "suami", "istri", "isteri", "anak", "ayah", "ibu", "bapak", "kakak", "adik", "putra", "putri",
        "cucu", "keluarga", "kekasih", "pacar", "teman", "sahabat", "rekan", "mertua", "menantu", "ipar",
        "paman", "bibi", "nenek", "kakek", "saudara", "sepupu", "orang", "tunangan", "idola", "penggemar",
        "fans", "korban", "lawan",
    )
)  # fmt: skip
# Words that end an office before a name: it goes on over none of them ('bersama', 'oleh', 'yang').
_NOT_IN_ROLE = frozenset(
    (
        "dan", "serta", "atau", "oleh", "dengan", "kepada", "untuk", "bagi", "bersama", "seperti", "yakni",
        "yaitu", "adalah", "ialah", "merupakan", "yang", "itu", "ini", "tersebut", "pada", "saat", "ketika",
        "sejak", "karena", "bahwa", "juga", "akan", "telah", "sudah", "tidak", "belum", "masih", "hingga",
        "sampai", "antara", "termasuk", "lalu", "kemudian", "namun", "tetapi", "tapi", "kata", "ujar",
        "tutur", "ucap", "sebut", "ungkap", "jelas", "tegas", "menurut", "hadir", "tiba", "usai", "seusai",
        "setelah", "sebelum", "melawan", "kontra", "versus", "vs", "atas", "terhadap", "tentang", "dalam",
        "kerap", "sering", "selalu", "pernah", "sempat", "kita", "kami",
    )
)  # fmt: skip
# ber- and ter- words of a clause ('bertemu', 'terpilih') end it too.
_AFFIXED_STATE = regex.compile(r"(?:ber|ter)\p{Ll}{3,}")


# Words that make a role a clause: speech verbs and verbs that stand alone ('ungkap', 'hadir', 'tiba'),
# a copula, 'bahwa' and the 'dalam' of where it was said ('Direktur Medco dalam keterangannya').
# Before the name, a demonstrative too: 'tersangka itu Bibit', 'Komisaris sebelumnya itu ...';
# after it one closes the role ('Oni, gitaris band itu, menulis ...').
_CLAUSE_WORDS = CUE_VERBS | {
    "ungkap",
    "hadir",
    "tiba",
    "dalam",
    "bahwa",
    "adalah",
    "yaitu",
    "ialah",
    "merupakan",
    # A negation or a modal has a verb after it ('kata Alfatih, warga tak hanya bisa berdonasi').
    "tak", "bisa", "hanya", "harus", "perlu",
}  # fmt: skip
# An aspect word makes one too: 'Meski RSDC Wisma Atlet sudah punya ruang ICU, Arifin ...'.
# And 'seperti', 'termasuk' or 'antara lain' open a list whose next item is the name after the
# comma ('firma terkemuka seperti KPMG, PwC', 'pasangan calon antara lain Budi-Rina, Darmo-Sri').
_CLAUSE_BEFORE = _CLAUSE_WORDS | {"itu", "ini", "sudah", "telah", "akan", "belum", "sedang"}
_CLAUSE_BEFORE |= {"seperti", "termasuk", "antara", "antaranya"}
# Company ('Presiden ... bersama Ibu Negara dan putra bungsu, Kaesang'): the office before it is
# the first person's; the one in apposition is named by the words after it alone.
_CLAUSE_BEFORE |= {"bersama", "beserta"}
# And the words that lead up to a clause's verb after a role.
_CLAUSE_LEADS = _CLAUSE_WORDS | {
    "yang", "juga", "sudah", "telah", "tidak", "akan", "masih", "belum", "kini", "kembali", "tinggal",
    "pun", "sempat", "sedang", "lalu",
}  # fmt: skip
# A verb with meN- or di- and a suffix ('menyampaikan', 'menilai', 'diungkapkan'). Not ber-: a
# role holds adjectives so ('negara berkembang', 'pemain bertahan').
_AFFIXED_VERB = regex.compile(r"(?:me(?:ng|ny|m|n)?|di)\p{Ll}{3,}(?:kan|i)")
# meN- before a root word, its first letter dropped or not ('memimpin', 'menulis', 'membuat').
_NASAL_ROOTS = (("meng", ("", "k")), ("meny", ("s",)), ("mem", ("", "p")), ("men", ("", "t")), ("me", ("",)))
# meN- words that are no finite verb: an adjective in a body's name ('sekolah menengah').
_NOT_VERBS = frozenset(("menengah",))


def _clause_at(role: str, stops: frozenset[str]) -> int | None:
    """Where the first verb or word of ``stops`` stands in ``role``, past its title, or None. A
    title is no verb ('menteri')."""
    for word in _TOKEN.finditer(role, concurrent=False):
        w = word.group()
        if w in stops or w[:2] in _VERB_OPENINGS and _finite(w):
            return word.start()
    return None


_VERB_OPENINGS = frozenset(("me", "di"))


def _finite(word: str) -> bool:
    """Whether a lower-case ``word`` is a verb with meN- or di- ('menjelaskan', 'memimpin',
    'diungkapkan'), not a title ('menteri') nor an adjective ('menengah')."""
    if word in _PLAIN_TITLE_SET or word in _NOT_VERBS:
        return False
    if _AFFIXED_VERB.fullmatch(word):
        return True
    if word[:2] != "me":
        return False
    roots = root_words()
    for prefix, leads in _NASAL_ROOTS:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            return any(lead + rest in roots for lead in leads)
    return False


def cued(body: str, start: int, end: int) -> bool:
    """A speech verb right after the name (a comma or 'yang' between allowed: 'perwakilan nelayan
    Azhar yang menyebutkan'), or a cue word right before it."""
    at = end + 1 if body.startswith(",", end) else end + 5 if body.startswith(" yang ", end) else end
    if body.startswith(" ", at) and body.startswith(_CUE_HEADS, at + 1):
        verb = _TOKEN.match(body, at + 1)
        if verb and verb.group() in CUE_VERBS:
            return True
    return _cue_before(body, start)


def _cue_before(body: str, start: int) -> bool:
    """Whether a cue word stands right before ``start`` ('kata Alamsyah', 'Menurut Alamsyah')."""
    if body[max(0, start - 9) : start].endswith(_CUE_BEFORE):
        return True
    # 'Kata' opening a sentence is the cue ('Kata Arnold kepada wartawan'); inside one it may be a
    # name's word ('bahasa isyarat Kata Kolok').
    return body.startswith("Kata ", start - 5) and _sentence_initial(body, start - 5)


def _name_start(
    body: str, run: Sequence[Unit], prefix: Sequence[Unit], i: int, j: int, runs: Sequence[Sequence[Unit]]
) -> tuple[int, bool]:
    """Where the name really starts in ``run[i:j]``: past a place or body that belongs to the role.

    The words the article also writes alone (one-word ``runs``) are name
    tokens ("Terawan" in "Menteri Kesehatan Terawan Agus Putranto"), never cut off
    by the role's own words; ``_past_body`` may cut further on evidence of a body or place.
    """
    names = [k for k in range(i, j) if run[k][3] is NAME]
    if len(names) < 2:
        return i, False
    cut = _role_cut(body, run, prefix, names, runs)
    cut = _past_body(body, run, prefix, names, runs, cut)
    return (names[cut], True) if cut else (i, False)


# Ranks and degrees: they stand right before a name. Not forms of address, which may stand before
# a wife's name and her husband's ('Ibu Iriana Joko Widodo').
_NAME_RANKS = RANKS - _ADDRESS_ONLY - {"Mantan", "Eks"}


def _role_cut(
    body: str, run: Sequence[Unit], prefix: Sequence[Unit], names: list[int], runs: Sequence[Sequence[Unit]]
) -> int:
    """How many of the name tokens ``names`` (indices into ``run``) the role's own words take."""
    if prefix and prefix[-1][2] in COMPLEMENT_HEADS and run[names[0]][2] not in GIVEN_NAMES:
        # "Wali Kota Cirebon Nashrudin Azis": Cirebon completes the role; a given name does not
        # ("Menteri Kesehatan Budi Gunadi Sadikin"), nor a word the article makes a subject alone
        # ('... Bidang Ekonomi Wilayah dan Kota Diding Sakri. Diding merujuk ...').
        first = run[names[0]][2]
        if (
            _region_word(body, run, names, runs)
            and not _spoken(body, first)
            and not any(
                len(r) == 1 and r[0][2] == first and r[0][3] is NAME and _VERB_AFTER.match(body, r[0][1])
                for r in runs
            )
        ):
            return 1
    if len(names) >= 3 and run[names[0]][2] not in GIVEN_NAMES:
        # "Ketua KPU Indramayu Ahmad Toni Fatoni": the name starts at a given name. Not after a
        # rank or an honorific, which stands right before a name ("AKBP Rio Wahyu Anggoro").
        ranked = prefix and prefix[-1][2] in _NAME_RANKS
        # With no title before the run, only a first word that reads as a word may be a body's
        # ('Tangan Dedi Mulyadi', 'Electoral Integrity Ferry ...'); one that reads as a name opens
        # the name ('Fikri Nur Fakhmi (29)', 'Saif Ali Khan').
        named = not prefix and not wordlike(run[names[0]][2])
        # Right after a known place or body the body's name has closed: the name starts there
        # ('Kepala DPMPTSP DKI Jakarta Benni Agus Candra').
        placed = names[0] > 0 and run[names[0] - 1][3] is OTHER
        for n, k in enumerate(names[1:] if not (ranked or named or placed or _wife(prefix)) else (), 1):
            if run[k][2] in GIVEN_NAMES:
                # Asked for here only: few runs get this far, so the set is not built per body.
                lone = {r[0][2] for r in runs if len(r) == 1 and r[0][3] is NAME}
                if any(run[c][2] in lone for c in names[:n]):
                    break
                if all(len(run[c][2].rstrip(".")) == 1 for c in names[:n]):
                    # Initials before the given name are the name's ('M Ali Ridho'), no body's.
                    break
                return n
        if named and not ranked and run[names[0]][2][1:].islower():
            # A word that reads as a name may still be a body's ('Universitas Katolik Parahyangan
            # Asep Warlan Yusuf'): where a given name after it speaks alone ('ucap Asep') and it
            # does not, the name starts at the given name. (A brand in camel case goes to the role
            # in core's _past_a_body.)
            for n, k in enumerate(names[1:-1], 1):
                word = run[k][2]
                if word in GIVEN_NAMES and _spoken(body, word):
                    return 0 if any(_spoken(body, run[c][2]) for c in names[:n]) else n
        if prefix and not ranked and _has_head(prefix):
            # A venue's or a body's name of two words or more goes on after its head word in the
            # role up to the word the article lets speak alone ('Kepala Terminal Terpadu Pulo
            # Gebang Afif Muhroji' ... 'kata Afif'), when no word before it does. One word before
            # it is the person's first name more often ('Sufmi Dasco Ahmad' ... 'kata Dasco').
            for n, k in enumerate(names[2:-1], 2):
                if _spoken(body, run[k][2]):
                    return 0 if any(_spoken(body, run[c][2]) for c in names[:n]) else n
        if prefix and prefix[-1][2] in ORG_TITLES:
            # "CEO Bukalapak Rachmat Kaimuddin": the title's body comes first.
            return 1
    return 0


def _wife(prefix: Sequence[Unit]) -> bool:
    """Whether ``prefix`` ends in a married woman's address or office, whose name goes on with her
    husband's ('Ibu Negara Iriana Joko Widodo', 'Nyonya ...'): a given name inside it is his."""
    if not prefix:
        return False
    last = prefix[-1][2]
    return last in _WIFE_ADDRESS or last == "Negara" and len(prefix) > 1 and prefix[-2][2] == "Ibu"


_WIFE_ADDRESS = frozenset(("Nyonya", "Ny", "Ny.", "Ibu"))


def _region_word(body: str, run: Sequence[Unit], names: list[int], runs: Sequence[Sequence[Unit]]) -> bool:
    """Whether the first name word after a region's head ('Wali Kota', 'Desa') is the region's.

    A region the article names again stands somewhere without the next word ('warga Kota
    Cirebon'). A word only ever written with the rest is the holder's given name, where the name
    has three words ('Wali Kota Iman Irdian Saragih') or the article shortens it to its last
    ('Wali Kota Elke Kahr' ... 'Kahr menambahkan'); two words always together and never shortened
    are a region's two-word name ('warga Desa Toto Makmur, Kecamatan ...').
    """
    follow = " " + run[names[1]][2]
    if any(not body.startswith(follow, e) for _, e in occurrences(body, run[names[0]][2])):
        return True
    if len(names) > 2:
        return False
    last = run[names[1]][2]
    return not any(len(r) == 1 and r[0][2] == last for r in runs)


# Lower-case words after which a capitalized run starts with a place or a body, not a
# person: "Konsul Jenderal RI di Chicago ...", "Vice President of Marketplace Bukalapak ...",
# and the ampersand inside a firm's name ("Direktur HICON Law & Policy Strategic ...").
_PLACE_BEFORE = (" di ", " of ", " & ")


# A verb right after a word makes it a subject, and a lone first name is one more often than a
# body is ("Bhima mendesak", "Piter memprediksi"): such a use is no evidence of an organisation.
_VERB_AFTER = regex.compile(r" (?:me|ber|ter)\p{Ll}{3,}")


def _stands_alone(before: str) -> bool:
    """Whether words after ``before`` stand on their own: after a lower-case word or punctuation,
    or after a body's head word ("PT Kimia Farma"); not after a title ("Jenderal Zhang") nor
    inside a longer capitalised run ("dari China Anwar juga")."""
    return not before[:1].isupper() or before in NOUN_HEADS and before not in TITLES


def occurrences(body: str, words: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every whole-word occurrence of ``words`` in ``body``."""
    i = body.find(words)
    while i >= 0:
        e = i + len(words)
        if (i == 0 or not body[i - 1].isalnum()) and (e == len(body) or not body[e].isalnum()):
            yield i, e
        i = body.find(words, e)


def _apart(body: str, words: str, role_end: str) -> bool:
    """Whether ``words`` stand somewhere in ``body`` as an organisation or a place does: as a whole
    phrase not followed by a capitalized word (the person's name) or a verb, standing alone
    (``_stands_alone``) and not where a speaker stands ("kata Hasan", "Hasan mengatakan")."""
    return any(
        not (body[e : e + 1] == " " and body[e + 1 : e + 2].isupper())
        and not _VERB_AFTER.match(body, e)
        and not cued(body, i, e)
        and _stands_alone(_word_before(body, i))
        # After the very role again ("Sekretaris Kabinet Pramono Anung dan ..."): the person.
        and not (role_end and body.endswith(role_end, 0, i))
        for i, e in occurrences(body, words)
    )


def _an_acronym_s_thing(body: str, run: Sequence[Unit]) -> bool:
    """Whether two capitals and the one name word after them, right after a lower-case word that
    is no title, name a thing: a firm's or a body's acronym and its name ('dorongan EV Maruti',
    'tim cadangan RB Bragantino', 'atau PP Tunas'). Initials open a person's name after a title
    or a rank, or where the name speaks ('kata HM Rasyid', 'ujar Rasyid')."""
    word = token_before(body, run[0][0])
    return (
        word.isalpha()
        and word.islower()
        and word.capitalize() not in TITLES
        and word not in _RELATED
        and word not in _PERSON_NOUNS
        and not cued(body, run[0][0], run[-1][1])
        and not _spoken(body, run[-1][2])
    )


# Nouns for a person that stand before a name with initials as before any ('putra AM Hendrawan',
# 'nama AR Widodo', 'pilot MZ Darmaji'), besides kin (_RELATED).
_PERSON_NOUNS = frozenset(
    (
        "nama", "bernama", "pilot", "kopilot", "mendiang", "almarhum", "almarhumah", "tersangka", "terdakwa",
        "terpidana", "pelaku", "saksi", "tokoh", "pahlawan", "sosok", "pria", "wanita", "perempuan",
    )
)  # fmt: skip


def _spoken(body: str, word: str) -> bool:
    """Whether ``word`` stands somewhere as a speaker on its own ("kata Dickie", "Dickie mengatakan").

    Not as the last word of a longer name ("wilayah Boven Digoel, menyatakan").
    """
    return any(_after_title_or_alone(body, i) and cued(body, i, e) for i, e in occurrences(body, word))


def _word_before(body: str, i: int) -> str:
    """The word right before ``i`` across one space ("" after punctuation or a line break)."""
    if i < 2 or body[i - 1] != " ":
        return ""
    k = i - 1
    while k > 0 and body[k - 1].isalnum():
        k -= 1
    return body[k : i - 1]


def _after_title_or_alone(body: str, i: int) -> bool:
    """Whether the word at ``i`` opens a name: no capitalized word before it, a title ("Pak Zhang"),
    or a common word that opens a sentence ("Menurut Wiryo", "Namun Wiryo"), which no name holds."""
    before = _word_before(body, i)
    return not before[:1].isupper() or before in TITLES or before in STOP_WORDS


def _past_body(
    body: str,
    run: Sequence[Unit],
    prefix: Sequence[Unit],
    names: list[int],
    runs: Sequence[Sequence[Unit]],
    cut: int,
) -> int:
    """Move the start of the name past more words of the body or place the role names.

    "Kepala Puskesmas Cempaka Putih Dicky Alsadik", "Direktur Utama Kimia Farma Verdi
    Budidarmo", "Kepala Subdirektorat ... Kemenperin Mediarman": the run glues the body to the
    person. Indonesians often go by a middle name ("Sufmi Dasco Ahmad" is "Dasco"), so a short
    form used later proves nothing alone: a word is cut off only with evidence that it is an
    organisation or a place, and never a common given name nor a word the article lets speak.
    """
    texts = [run[k][2] for k in names]
    n = len(texts)

    def may_cut(c: int) -> bool:
        return not any(w in GIVEN_NAMES or _spoken(body, w) for w in texts[cut:c])

    start = run[names[0]][0]
    after_place = not prefix and body[max(0, start - 4) : start].endswith(_PLACE_BEFORE)
    # The role names a body here: a title that heads one ("Direktur Utama", "CEO"), the body's
    # own head word ("Bank", "Universitas", "Kabupaten") right before the name tokens, or the
    # body's acronym in brackets ("Asosiasi Peternak Sapi Indonesia (Aspin) Boyolali Suparno").
    heads = (
        cut > 0
        or after_place
        or (not prefix and body[max(0, start - 2) : start] == ") ")
        or any(u[2] in ORG_TITLES for u in prefix)
        or (bool(prefix) and prefix[-1][2] in NOUN_HEADS)
    )
    if not heads or prefix and prefix[-1][3] is TITLE and prefix[-1][2] not in ORG_TITLES:
        # Right after a rank or an office that names no body ("Jenderal Zhang Youxia"),
        # the person starts at once.
        return cut
    # The words before the cut stand elsewhere on their own as a body or place does
    # ("Terminal Pulo Gebang, Jakarta Timur", "PT Kimia Farma,"). The first such cut wins:
    # a person's own short form ("lanjut, Frans,") stands alone too, and must stay in the name.
    # A word the article also writes alone as a short form ("Anwar juga meminta", "Najmul juga
    # mengimbau") is the person's, unless a word after it is written alone too ("Investree" and
    # "kata Dickie"): then the article shortens the person to that one.
    lone = {r[0][2] for r in runs if len(r) == 1 and r[0][3] is NAME}
    # The role's last two words as written, with the space before the name.
    role_end = body[prefix[-2 if len(prefix) > 1 else -1][0] : prefix[-1][1]] + " " if prefix else ""
    for c in range(n - 1, cut, -1):
        if _firm_closed(body, texts[:c]):
            # The firm's whole name stands elsewhere between its form and its closing word, the
            # role glues it on without them ('Vice President of Communication Astra Agro Lestari
            # Tofan Mahdi'): longest first, as a shorter part of it may stand apart too.
            return c
    for c in range(cut + 1, n):
        if c - cut > 1 < n - c and village(texts[cut:c]) and may_cut(c) and not lone.isdisjoint(texts[c:]):
            # A village's name of two words or more glued before a full name the article shortens to
            # a word after it is the body's place ('Terminal Terpadu Pulo Gebang Afif Muhroji' ...
            # 'Afif'), as a regency is.
            return c
        if texts[c - 1] in lone and lone.isdisjoint(texts[c:]):
            continue
        if may_cut(c) and any(_apart(body, " ".join(texts[s:c]), role_end) for s in range(c)):
            return c
        if prefix and prefix[-1][2] in _FIRM_FORMS and _firm_whole(body, prefix[-1][2], texts[cut:c]):
            # The firm's whole name stands elsewhere after its form ('PT Indra Karya, BUMN ...'): a
            # given name in it is the firm's ('Direktur PT Indra Karya Milfan Rantawi').
            return c
    # Right after the body's head word or a place preposition, the name starts at the short
    # form the article later uses ("Universitas Sam Ratulangi Flora Pricilia Kalalo" ... "Flora").
    # Not a head word inside a known place ('Presiden Amerika Serikat Donald Trump' ... 'Trump').
    if cut == 0 and (after_place or prefix and prefix[-1][3] is not OTHER and prefix[-1][2] in NOUN_HEADS):
        if prefix and prefix[-1][2] in COMPLEMENT_HEADS and not _region_word(body, run, names, runs):
            return cut
        for c in range(cut + 1, n):
            # A holy-day word is no lone run; it counts where it speaks ('ucap Fitri').
            if (texts[c] in lone or texts[c] in _NAME_STOP_WORDS and _spoken(body, texts[c])) and may_cut(c):
                return c
    return cut


# A firm's legal form before its name.
_FIRM_FORMS = frozenset(("PT", "CV"))


def _firm_whole(body: str, form: str, words: Sequence[str]) -> bool:
    """Whether ``words`` stand somewhere after ``form`` as a firm's whole name: a comma, a full stop
    or a lower-case word after them ('PT Indra Karya, BUMN ...'), and no word of them speaks."""
    name = f"{form} {' '.join(words)}"
    return any(
        body[e : e + 1] in ",." or body[e : e + 1] == " " and body[e + 1 : e + 2].islower()
        for _, e in occurrences(body, name)
    ) and not any(_spoken(body, w) for w in words)


def _firm_closed(body: str, words: Sequence[str]) -> bool:
    """Whether ``words`` stand somewhere between 'PT' and a word closing a firm's name ('PT Astra
    Agro Lestari Tbk'), and no word of them speaks: a firm's name, a given name in it or not. A
    comma or a stop after them would not do: 'Dirut PT Aneka Sakti Bakti Budi Harto.' closes a
    person's name."""
    return any(
        body[e : e + 1] == " " and body[e + 1 : e + 13].split(" ", 1)[0] in _BODY_ENDS
        for _, e in occurrences(body, f"PT {' '.join(words)}")
    ) and not any(_spoken(body, w) for w in words)


def field_in_a_list(body: str, m: PersonMention) -> bool:
    """Whether a lone word after an office's words is a field in a list inside a body's name, which
    goes on past it with 'dan' and another field ('Departemen Literasi, Inklusi Keuangan, dan
    Komunikasi', 'Subdirektorat Industri Kayu dan Rotan Industri', 'Bidang Pengendalian Penduduk dan
    Permukiman'), not the office's holder. A holder's list goes on with a title or a name ('Kepala
    Dinas Kesehatan Budi dan Kepala Dinas Sosial ...', 'Budi dan Rina')."""
    if len(m.tokens) != 1 or m.role is None or m.tokens[0] in GIVEN_NAMES:
        return False
    if _classify(m.role.rpartition(" ")[2]) not in _FIELD_KINDS:
        return False  # after a title or a rank: its holder's name ('Kompol Budi')
    nxt = _LIST_GOES_ON.match(body, m.end)
    if nxt is None or not all(_classify(w) is ROLE for w in nxt.group(1).split()):
        return False
    field, after = nxt.group(2), nxt.group(3)
    if field in GIVEN_NAMES or _spoken(body, m.tokens[0]):
        return False  # a holder the article lets speak ('Direktur Utama Budi dan Direksi ...', 'kata Budi')
    kind = _classify(field)
    if kind is ROLE or kind is NOUN:
        return True
    # A common word as the next field, when the body's name goes on after it ('Kayu dan Rotan
    # Industri Hasil Hutan', 'Ekonomika dan Bisnis Universitas Gadjah Mada').
    return kind is NAME and after is not None and _classify(after) in _FIELD_KINDS and wordlike(field)


_FIELD_KINDS = frozenset((ROLE, NOUN))
# What follows a field in a list: more words of it ('Inklusi Keuangan'), 'dan' or 'serta' and the
# next field, and the word after that.
_LIST_GOES_ON = regex.compile(
    r"((?: \p{Lu}\p{Ll}+){0,4}),? (?:dan|serta) (\p{Lu}[\p{L}\-]*)(?: (\p{Lu}[\p{L}\-]*))?"
)


def confirm_lone(body: str, m: PersonMention, lines: dict[int, bool]) -> bool:
    """A lone name that joins nobody is a person when a role, a speech cue, an age ('Dani (29)'), a
    word that introduces a name ('bernama Avis', 'atas nama Aditia') or a doctor's title ('dr
    Algazali') backs it, outside headlines;
    or a running pair's ticket word does (strong: 'Pasangan Romanus Mbaraka-Riduwan')."""
    return (
        m.strong
        or m.role is not None
        or cued(body, m.start, m.end)
        or body.startswith(_AGE_OPENS, m.end)
        and _AGE.match(body, m.end) is not None
        or _introduced(body, m.start)
        or body.endswith(_DOCTOR_LEADS, 0, m.start)
        and not _namesake_before(body, body.rfind(" dr", 0, m.start))
        or body.startswith(" dari ", m.end)
        and _speaks_from_a_body(body, m.end)
        and not wordlike(m.tokens[0])
        or body[m.start - 2 : m.start] == ", "
        and _after_a_clause(body, m.start)
    ) and not title_case_line(body, m.start, lines)


# A doctor's title in lower case before a name ('Kendari dr Algazali'): the capitalised run missed
# it. One after a hospital's or a street's head word joins that name instead (``_DOCTOR_GAPS``).
_DOCTOR_LEADS = (" dr ", " dr. ")


def _speaks_from_a_body(body: str, end: int) -> bool:
    """Whether 'dari', a body's capitalised name and a speech verb follow ``end`` ('Reynaldi dari
    PT House of Rattan mengatakan'): the name before them speaks. (A common word there is no name:
    'Pihak dari PT ... mengatakan'.)"""
    after = _FROM_A_BODY.match(body, end)
    return after is not None and after.group(1) in CUE_VERBS


# 'dari' and a body's capitalised name, its joining words too ('PT House of Rattan'), then a word.
_FROM_A_BODY = regex.compile(r" dari (?:\p{Lu}[\w&.’'\-]*(?: (?:of|and|&|de))? ){1,6}(\p{Ll}+)")


def _namesake_before(body: str, end: int) -> bool:
    """Whether the capitalised words right before ``end`` hold a hospital's or a street's head word
    ('RSUD Kota Bekasi' before 'dr Chasbullah'): the doctor named after them is its namesake."""
    for word in reversed(body[max(0, end - 60) : end].split(" ")):
        if not word[:1].isupper():
            return False
        if word in _NAMESAKE_HEADS:
            return True
    return False


def _after_a_clause(body: str, start: int) -> bool:
    """Whether a clause with a title that took no role stands before ", " and ``start``: it still
    puts a person there ('Lucky Hakim menjelaskan, Sopiah ...', 'Tiga tersangka itu Bibit,
    Triono'), unless it ends in a place the name goes on from ('dirawat di Rumah Bob Bazar,
    Kalianda')."""
    clause = _apposed_before(body, start)
    return clause is not None and not any(w in clause for w in _PLACE_WORDS)


# Prepositions of place inside a clause.
_PLACE_WORDS = (" di ", " ke ", " dari ")


def _introduced(body: str, start: int) -> bool:
    """Whether a word that introduces a person's name stands before ``start`` ('seseorang bernama
    Syawaluddin', 'atas nama Aditia'); not a street's or a ship's ('jalanan bernama ...')."""
    for lead in _NAMED_BEFORE:
        if body.startswith(lead, start - len(lead)):
            return _word_before(body, start - len(lead)) not in _NAMED_THINGS
    # A relative and a comma before it name a family member ('mendampingi putrinya, Nadia,').
    word = token_before(body, start)
    return word[-1:] == "," and word[:-1] in _KIN


_NAMED_BEFORE = ("bernama ", "atas nama ", "alias ", "dipanggil ", "inisial ")
# A relative of someone the sentence names, with '-nya' ('putrinya, Nadia', 'suaminya, Drajad').
_KIN = frozenset(
    f"{kin}nya"
    for kin in (
        "anak", "putri", "putra", "istri", "suami", "ibu", "ayah", "adik", "kakak", "cucu", "menantu",
        "mertua", "keponakan", "sepupu", "kekasih", "pacar", "tunangan", "nenek", "kakek", "paman", "bibi",
    )
)  # fmt: skip
# What else goes by a name ('jalanan bernama Dreierschuetzengasse', 'kapal bernama ...').
_NAMED_THINGS = KIND_WORDS | {"jalanan", "kapal", "akun", "perusahaan", "hewan", "kucing", "anjing", "badai"}


def _after_of(body: str, start: int) -> bool:
    """Whether 'of' after a capitalised word stands right before ``start`` ('House of Rattan')."""
    return body.endswith(" of ", 0, start) and token_before(body, start - 3)[:1].isupper()


def _model_name(body: str, start: int) -> bool:
    """Whether the run at ``start`` follows a brand written in camel case and a number: it names
    the model ('iPhone 16 Pro Max', 'iPad 11 Air'); a ballot number ('nomor urut 01 Wahdi') comes
    after a lower-case word."""
    if not body[start - 2 : start - 1].isdigit():
        return False
    number = token_before(body, start)
    brand = token_before(body, start - len(number) - 1)
    return brand[:1].islower() and not brand.islower() and brand.isalpha()


def _initials_given(body: str) -> frozenset[str]:
    """The capitals the article gives as someone's initials ('saksi berinisial HU') and writes again:
    that person wherever they stand alone, not a body's acronym, so a later 'ia' may be theirs.
    Initials given once are a passer-by in a list of victims or suspects, too faint to take a
    pronoun from the one who tells of them."""
    out = set()
    i = body.find("inisial ")
    while i >= 0:
        word = _TOKEN.match(body, i + 8)
        if word and 1 < len(w := word.group()) < 5 and w.isupper() and w.isalpha() and _again(body, w):
            out.add(w)
        i = body.find("inisial ", i + 8)
    return frozenset(out)


_NO_INITIALS: frozenset[str] = frozenset()


def _again(body: str, word: str) -> bool:
    return next(itertools.islice(occurrences(body, word), 1, None), None) is not None


def _past_initials_with_age(body: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the acronyms the article gives an age after: a suspect's or a victim's
    initials ('pelaku AS (32) dan MT (32)'), not the country; every such acronym there is theirs
    ('AS yang duduk di belakang'). Spelt-out names stay ('taksi di Amerika Serikat')."""
    aged = {
        body[s:e]
        for s, e, _ in hits
        if e - s <= 3 and body.startswith(" (", e) and _AGE.match(body, e) and body[s:e].isupper()
    }
    if not aged:
        return hits  # most articles
    return [h for h in hits if body[h[0] : h[1]] not in aged]


def find_persons(body: str) -> tuple[list[PersonMention], list[Hit]]:
    """Person candidates in body order, and the gazetteer hits (start, end, entry), sorted, disjoint."""
    runs, hits = _runs(body)
    hits = _past_initials_with_age(body, hits)
    out: list[PersonMention] = []
    last = len(runs) - 1
    lines: dict[int, bool] = {}
    initials = _initials_given(body) if "inisial " in body else _NO_INITIALS
    for ri, run in enumerate(runs):
        n = len(run)
        if n == 1:
            u = run[0]
            # Most runs are one word that is no name (a place, an acronym): the first test drops them.
            if (
                (u[3] is not NAME and u[2] not in initials)
                or len(u[2]) < 2
                or u[2] in TRAILING_HEADS
                or _inflected(u[2])
                or _after_of(body, u[0])
                or _model_name(body, u[0])
            ):
                # An inflected word alone ('Diberitakan') is a verb, wherever it stands; the head
                # word of an English name alone ('Futures') is that name's, and so is the word
                # after its 'of' ('PT House of Rattan').
                continue
            # A lone capitalized word: a short form, or a name with a role in
            # a comma apposition on either side.
            roles = []
            if ri >= 2 and not runs[ri - 1]:
                before = _role_run(body, runs, ri - 2)
                if before:
                    roles.append(before)
            if ri + 2 <= last and not runs[ri + 1]:
                after = _role_after(body, runs, ri + 2)
                if after:
                    roles.append(after)
            role = _courtesy_trimmed(", ".join(roles) or _plain_role(body, u[0], u[1]))
            # Whether a lone name is backed (confirm_lone) is decided only if
            # it joins no full name: most short forms do, and the check costs.
            out.append(PersonMention(u[0], u[1], role, (u[2],), False))
            continue
        if not n or _model_name(body, run[0][0]):
            continue
        # Sentence-initial capitals say nothing: drop a first word the article also writes in lower
        # case ("Kunjungan Li ..."), or a noun made of a root word and -an ("Sundulan Kamada",
        # "Unggahan Chika Jessica").
        first = run[0]
        if first[3] is NAME and "-" in first[2] and _doubled_word(first[2]):
            # A doubled common word opening a run ('Cita-cita Setinggi', 'Kapal-kapal Carrack'); a
            # Batak clan name closes a name ('Rita Nurhaida Butar-butar').
            run = [(first[0], first[1], first[2], STOP), *run[1:]]
        elif (
            first[3] is NAME
            and _sentence_initial(body, first[0])
            and (
                _inflected(first[2])
                or common_in_body(body, first[2])
                or an_noun(first[2])
                or prefixed(first[2])
            )
        ):
            run = [(first[0], first[1], first[2], STOP), *run[1:]]
        last_u = run[-1]
        if last_u[2] in _NAME_TITLES and run[-2][3] is NAME:
            # A title or role word closing a name, with nothing after it to head, is the name's:
            # 'Arif Rahman Hakim', 'Dendi Pratama'.
            run = [*run[:-1], (last_u[0], last_u[1], last_u[2], NAME)]
        for k, u in enumerate(run):
            kind = u[3]
            if kind is MONTH:
                # A month only opens a name ('Juli Oktarina'), not a title ('sejak Juni Presiden').
                run[k] = (u[0], u[1], u[2], NAME if k + 1 < n and run[k + 1][3] is NAME else STOP)
                continue
            if kind is INIT:
                # Initials only next to a name token; elsewhere an acronym.
                near = (k and run[k - 1][3] is NAME) or (k + 1 < n and run[k + 1][3] is NAME)
                if near and not k and _an_acronym_s_thing(body, run):
                    near = False
                run[k] = (u[0], u[1], u[2], NAME if near else STOP)
                continue
            if k + 1 == n or run[k + 1][3] is not NAME:
                continue  # every reading below needs a name word right after
            if kind is OTHER:
                if _place_in_a_name(body, run, k, hits):
                    # A one-word town between the name words of a titled person is their name's
                    # ('Romo Markus Solo Kewuta'): a place closes a name, it does not sit inside one.
                    run[k] = (u[0], u[1], u[2], NAME)
                    del hits[bisect.bisect_left(hits, (u[0],))]
                continue
            text = u[2]
            if text in _HAJI and (not k or run[k - 1][3] is not NAME):
                # 'H' opening a name is Haji, a title ('Drs Tgk H Ilyas'); inside one, an initial.
                run[k] = (u[0], u[1], text, TITLE)
            elif kind is ROLE and (not k or run[k - 1][3] is OTHER) and text in GIVEN_NAMES:
                # First, or after a place or a body, a role word that is a given name opens the
                # name: 'PLN Unit Induk Distribusi Jabar Agung Nugraha', ', Agung Dwi Wahyu Widodo,'.
                # After a title it is the role's: 'Jaksa Agung'.
                run[k] = (u[0], u[1], text, NAME)
            elif text == "I" and k and run[k - 1][2] in _NUMBERED:
                # After a word that takes a grade, 'I' is the Roman one ('Kantor Imigrasi Kelas I
                # Tempat Pemeriksaan Imigrasi'), not the Balinese name's opening ('I Made Sidia').
                run[k] = (u[0], u[1], text, ROLE)
            elif kind is TITLE and len(text) == 2 and text.isupper() and k and run[k - 1][2] in _NAME_RANKS:
                # Right after a rank, two capitals are initials ('Iptu PM Tambunan'): no office
                # ('PM', prime minister) stands between a rank and its holder's name.
                run[k] = (u[0], u[1], text, NAME)
            elif text == "Ajun":
                # 'Ajun' grades a rank ('Ajun Komisaris Polisi'); before a name word it opens the
                # name ('Ajun Parhusip').
                run[k] = (u[0], u[1], text, NAME)
            elif text == "Lalu" and not _sentence_initial(body, u[0]):
                # Inside a sentence, 'Lalu' before a name is the Sasak noble title that opens a
                # Lombok name ('Lalu Kusnawan'), not 'then' nor the 'Lalu Lintas' of traffic.
                run[k] = (u[0], u[1], text, NAME)
            elif (
                text == "Hari"
                and (k and _titled(run, k) or _spoken(body, text))
                and not common_in_body(body, run[k + 1][2])
            ):
                # After a title, or where 'Hari' alone speaks ('ujar Hari'), 'Hari' before a name
                # opens it ('Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono', 'VP
                # Marketing Xpeng Indonesia Hari Arifianto'); elsewhere it is a day ('Hari Kartini',
                # 'Hari Ulang Tahun').
                run[k] = (u[0], u[1], text, NAME)
            elif (
                u[1] - u[0] == 2
                and text[1] == "."
                and (
                    _inflected(run[k + 1][2])
                    or common_in_body(body, run[k + 1][2])
                    or body[u[0] - 1 : u[0]] in ("\n", "")
                )
            ):
                # The dot after a letter ended a sentence, whose first word is a common one: 'juara
                # Grup C. Pasukan Hajime Moriyase', 'platform X. Lainnya'; or, opening a line, it
                # labels a list item ('B. Berharap semua ...'). An initial stands before a name
                # ('Jay Y. Lee').
                run[k] = (u[0], u[1], text, STOP)
                run[k + 1] = (*run[k + 1][:3], STOP)
        i = 0
        blocked_by_noun = False
        # A known place or organisation closes the name of a body its head word opened ('PT Sasa
        # Inti Minahasa Selatan Ardhian Herdyanto'): a full name after it is the person's.
        after_body = named = bare = False
        seg_from = 0  # where the material before the current name starts
        while i < n:
            kind = run[i][3]
            if kind is TITLE:
                # Not titles right after the head word: the body is named after someone ('RSUP Dr.
                # Kariadi', 'Jalan Jenderal Sudirman', 'Jalan Ir H Juanda'), who is not there. Nor
                # after a hospital's kind words ('Rumah Sakit Umum Pusat Dr Sardjito').
                if not (
                    blocked_by_noun
                    and (run[i - 1][3] is NOUN or run[i - 1][3] is TITLE or _namesake_head(run[:i]))
                ):
                    blocked_by_noun = after_body = False
            elif kind is NOUN and (run[i][2] in _STREET_HEADS or _role_text(body, run[seg_from:i]) is None):
                # A street opens a place's name even after an office a scraper glued to it ('kantor
                # Wali Kota Medandi Jalan Kapten Maulana Lubis'): no office has a street in it.
                blocked_by_noun, after_body, named = True, False, False
            elif kind is OTHER and blocked_by_noun:
                # Right after the head word, the place may open the body's own name ('PT Minahasa
                # Cahaya Lestari'): then the name after it needs a sign of a person. After the
                # body's field a place closes the name ('Stasiun Klimatologi Bogor Leni Jantika
                # Haswan'); a body goes on with it ('RSPAD ... Angkatan Darat (RSPAD) Gatot Soebroto').
                opens = run[i - 1][3] is NOUN or place_at(hits, run[i][0]) is None
                blocked_by_noun, after_body, bare = False, True, not named and opens
            elif blocked_by_noun and named and run[i][2] in _BODY_ENDS:
                # A firm's closing word ends its name: 'PT Infovesta Utama Wawan Hendrayana'. Two
                # name words after it are a person's, as after a place.
                blocked_by_noun, after_body, bare = False, True, False
            if kind is not NAME:
                i += 1
                continue
            j = i + 1
            while j < n and (run[j][3] is NAME or run[j][3] is PART and j + 1 < n and run[j + 1][3] is NAME):
                j += 1
            # Three name words at least: a firm's and a person's ('Samuel Sekuritas Sharlita Malik').
            # The head may open the name words too, after a body's word or an acronym that ended the
            # run ('East Ventures Willson Cuaca', 'Alpha JWC Venture Terry Tse').
            heads = range(j - 2, i - 1, -1)
            head = -1 if j - i < 3 else next((k for k in heads if run[k][2] in FIRM_HEADS), -1)
            if head >= 0:
                # A body's English head word inside the name words closes the body's name, and the
                # person follows ('Analis Indo Premier Sekuritas Mino').
                for k in range(i, head + 1):
                    run[k] = (run[k][0], run[k][1], run[k][2], OTHER)
                if head == i and blocked_by_noun:
                    # The head closes the name a body's word opened ('East Ventures'): two name
                    # words after it are a person's, as after a place.
                    blocked_by_noun, after_body, bare = False, True, False
                named = True
                i = head + 1
                continue
            if not blocked_by_noun and j == n and j - i > 1 and _after_a_namesake(run, i):
                # An office's body named after a doctor ('Kepala Humas RSUP Dr M Djamil'): the
                # namesake's words go to the role up to the holder the article lets speak alone.
                speaker = _speaker_after_a_body(body, run, i, j)
                if speaker > i:
                    for k in range(i, speaker):
                        run[k] = (run[k][0], run[k][1], run[k][2], OTHER)
                    i = speaker
            if blocked_by_noun or (
                after_body
                and (
                    j - i < 2
                    or bare
                    and run[i][2] not in GIVEN_NAMES
                    and not cued(body, run[i][0], run[j - 1][1])
                )
            ):
                speaker = _speaker_after_a_body(body, run, i, j) if j == n else -1
                if speaker < 0:
                    named = True
                    i = seg_from = j
                    continue
                i = speaker
            if (
                j == i + 1
                and i
                and j < n
                and run[j][3] is not TITLE
                and run[i - 1][3] in _UNIT_BEFORE
                and run[i - 1][2] not in _NAME_RANKS
                and not _spoken(body, run[i][2])
            ):
                # One word between a title or a unit and more of the role names a unit, not a
                # person: 'Kepala Pusdalops BNPB Bambang Surya Putra', 'Kasat Polairud Polres
                # Bintan', 'Kepala Dinas Tanaman Pangan'. After a rank or a degree it is a name ('Drs Tgk
                # H Ilyas MA').
                run[i] = (run[i][0], run[i][1], run[i][2], OTHER)
                named = True
                i = j
                continue
            if (
                j == n
                and i
                and run[i - 1][3] is not OTHER
                and _is_head(run[i - 1])
                and run[i][2] not in GIVEN_NAMES
                and _place_apposed(body, hits, run[-1][1])
                and not any(_spoken(body, u[2]) for u in run[i:j])
            ):
                # Name words closing the run right after a body's head word, with its town in
                # commas after them, are the body's name: 'Sejarawan Universitas Sanata Dharma,
                # Yogyakarta, mengatakan'. A person's town goes in a role, not after the name.
                named = True
                i = seg_from = j
                continue
            if j < n and (run[j][2] in TRAILING_HEADS or _firm_closes(run, j)):
                # An English name of a body closes with its head word ('Medical Science Kobe
                # University', 'Imperial College'): the words before it are the body's.
                named = True
                i = seg_from = j
                continue
            if (
                j < n
                and run[j][3] is TITLE
                and any(p[3] is TITLE for p in run[seg_from:i])
                and (
                    any(u[3] is NAME for u in run[j + 1 :])
                    or j == i + 1
                    and run[i][2].lower() in english_common()
                )
            ):
                # Between two titles stands the first one's place or body, not a person:
                # 'Kapolsek Cilandak Kompol Multazam Lisendra', 'Wawako Pagar Alam Hj Bertha'; or
                # an English word of the title ('Chief Commercial Officer').
                for k in range(i, j):
                    run[k] = (run[k][0], run[k][1], run[k][2], OTHER)
                i = j
                continue
            if j < n and (run[j][3] is OTHER or run[j][2] in _VILLAGE_HEADS) and _has_head(run[seg_from:i]):
                # Between a body's head word and a place stands the body's name, and goes in the
                # role of a person after them: 'PT Sasa Inti Minahasa Selatan', 'Forum Peduli
                # Hijau Bungo', 'Kelompok Konservasi Penyu Nagaraja Cilacap'. So it does before a
                # village's or a district's head word, the place's name after it ('Pimpinan Dayah
                # Babul Ilmi Gampong Kiran').
                for k in range(i, j):
                    run[k] = (run[k][0], run[k][1], run[k][2], OTHER)
                named = True
                i = j
                continue
            if (
                j == i + 1 == n
                and (
                    _is_head(run[i - 1])
                    or run[i - 1][2] in BODY_TITLES
                    or _office_building(body, run, i - 1)
                    or _region_named(body, runs, ri, run)
                )
                and not _spoken(body, run[i][2])
            ):
                # One word right after a body's head word, or a title that heads a body, closes the
                # run: the body's own name or place ('Kepala Puskesmas Cilincing', 'Kasat Narkoba
                # Polres Binjai', 'CEO Tesla'), not its head's name, unless the article lets that
                # word speak ('kata Widyastuti').
                break
            if (
                i
                and body[run[-1][1] : run[-1][1] + 2] not in _NO_APPOSITION
                and _holder_apposed(body, runs, ri, run, i, j)
            ):
                # The words after a title name its body or place when the office's holder stands
                # in the apposition: 'Kepala Pengembangan Bisnis Upbit Indonesia, Resna Raniadi',
                # 'Kapolres Lingga, AKBP Pahala Martua Nababan'. They go in that holder's role.
                for k in range(i, j):
                    run[k] = (run[k][0], run[k][1], run[k][2], OTHER)
                runs[ri] = run
                named = True
                i = j
                continue
            prefix = run[seg_from:i]
            i, moved = _name_start(body, run, prefix, i, j, runs)
            roles = []
            if ri >= 2 and not runs[ri - 1] and all(p[3] is TITLE for p in prefix):
                before = _role_run(body, runs, ri - 2)
                if before:
                    roles.append(before)
            own = _role_text(body, prefix)
            if own:
                if moved:
                    own = body[body.index(own, prefix[0][0]) : run[i - 1][1]]
                if roles:
                    # Only ranks and titles stand between the comma and the name ('Kapolres
                    # Lingga, AKBP Pahala'): they go on with the office, as in 'Kapolda Riau Irjen
                    # Pol'; a comma between them would read as a second role.
                    roles[-1] = f"{roles[-1]} {own}"
                else:
                    roles.append(own)
            if j == n and ri + 2 <= last and not runs[ri + 1]:
                after = _role_after(body, runs, ri + 2)
                if after:
                    roles.append(after)
            role = ", ".join(roles)
            if not role or role in _ADDRESS_ONLY or role in _HAJI:
                # A form of address, or Haji, says less than an office in the apposition ('korban
                # mafia tanah di Bantul, Mbah Tupon', 'Ketua PD Al Washliyah Kota Tebing Tinggi, H.
                # M. Ghazali Saragi').
                # The address may stand in the apposition before, with no title in this run ('Aa’, Li A').
                start = prefix[0][0] if role and prefix else run[i][0]
                role = _plain_role(body, start, run[j - 1][1]) or role or None
            if not role and j == n:
                # Only for a name that closes its run: capitalised words after it make it a body's
                # name ('pemain Persma Manado', 'ekonom Morgan Stanley Asia').
                floor = _role_floor(body, out, run[i][0])
                # One word the article lets speak alone is a holder's name, not the end of the body's
                # ('... Kabupaten Bekasi Alamsyah' ... 'ucap Alamsyah').
                alone = (
                    j - i == 1
                    and not _spoken(body, run[i][2])
                    # Nor one a speech verb follows right after a known place or body ('... Kemenkumham
                    # Yunaedi mengatakan'): the body's name ended there.
                    and not (i and run[i - 1][3] is OTHER and cued(body, run[i][0], run[i][1]))
                )
                role = _role_before(body, run[i][0], run[j - 1][1], floor, alone)
                if role and out and floor < out[-1].end:
                    at = body.rfind(role, floor, run[i][0])
                    while out and out[-1].start > at and out[-1].end > floor:
                        out.pop()  # a word of the office's body, no person (_role_floor)
            tokens = tuple([u[2] for u in run[i:j] if u[3] is NAME or u[3] is PART])
            if len(tokens) == 1 and (len(tokens[0]) == 1 or tokens[0] in TRAILING_HEADS):
                # One letter is a numbering, no one's name: 'Wilayah I Kabupaten Bogor', 'Grup C';
                # nor is an English name's head word ('PT Doo Financial Futures').
                if i and run[i - 1][3] is OTHER and len(tokens[0]) > 1:
                    _lent_name(hits, run[i - 1][1])
                i = seg_from = j
                continue
            start, end = run[i][0], run[j - 1][1]
            if len(tokens) > 1 and run[j - 1][2] == tokens[-1] and _NUMERAL_STOP.fullmatch(tokens[-1]):
                # A ruler's numeral closing a sentence ('... Sultan Hamengku Buwono X. Dalam ...'): the
                # stop is the sentence's, not an initial's.
                tokens, end = (*tokens[:-1], tokens[-1][:-1]), end - 1
            role = _courtesy_trimmed(role)
            strong = (role is not None or len(tokens) > 1 or cued(body, start, end)) and not title_case_line(
                body, start, lines
            )
            out.append(PersonMention(start, end, role, tokens, strong))
            i = seg_from = j
    out = _no_holder_in_role(body, _past_a_term(body, out))
    return _split_pairs(body, _unglue(body, _glued_inside(body, out))), hits


def _past_a_term(body: str, out: list[PersonMention]) -> list[PersonMention]:
    """``out`` with a name of three words or more cut past its first words where the article writes
    those alone as a term of its own, twice or more, and the rest alone too ('ketangguhan Muay Thai
    Worapon' ... 'Muay Thai' ... 'Worapon'): a sport, a style or a brand before a name, not its
    words, nor a person where it stands alone. Only a name with no role: a title before it says the
    run is that person's. The rest keeps the backing the whole had."""
    terms: set[tuple[str, ...]] = set()
    for n, m in enumerate(out):
        if len(m.tokens) < 3 or m.role is not None:
            continue
        for k in range(1, len(m.tokens)):
            if len(m.tokens[k - 1]) < 3 or not m.tokens[k - 1][1:].islower():
                break  # a term's words, not a code's letters ('V HV Modelista')
            if k == 1:
                continue
            head = " ".join(m.tokens[:k])
            if not body.startswith(head + " ", m.start):
                break
            rest = " ".join(m.tokens[k:])
            after = " " + m.tokens[k]
            alone = sum(1 for _, e in occurrences(body, head) if not body.startswith(after, e))
            if alone >= 2 and any(not body.endswith(head + " ", 0, s) for s, _ in occurrences(body, rest)):
                out[n] = PersonMention(m.start + len(head) + 1, m.end, None, m.tokens[k:], m.strong)
                terms.add(m.tokens[:k])
                break
    if terms:
        out = [m for m in out if m.tokens not in terms or m.role is not None]
    return out


def _no_holder_in_role(body: str, out: list[PersonMention]) -> list[PersonMention]:
    """``out`` with no role after a name's comma that holds another titled person's full name: those
    words are that person's office, the subject of the next clause ('Senada dengan Mino, Analis
    Senior Samuel Sekuritas Muhammad Alfatih menilai'), not the first name's."""
    for n, m in enumerate(out):
        role = m.role
        if role is None or not body.startswith(", ", m.end) or not body.startswith(role, m.end + 2):
            continue
        if role.partition(" ")[0].lower() in _RELATED:
            continue  # an office over someone else names them ('Kuasa Hukum Rahmad ...')
        end = m.end + 2 + len(role)
        if _cue_before(body, m.start) and _clause_goes_on(body, end):
            # After a cue and its name the comma opens the reported clause, whose subject the words
            # are when it goes on past them ('Menurut Rahmat, Gubernur Jabar awalnya mengatakan',
            # 'Menurut Ilham, anggota KPU yang lainnya ...'); an apposition closes ('kata Budi,
            # pakar ... (ISIS), proyek ...').
            out[n] = m._replace(role=None)
            continue
        for later in itertools.islice(out, n + 1, None):
            if later.start >= end:
                break
            if (
                later.role is not None
                and len(later.tokens) > 1
                and later.end <= end
                and later.tokens[-1] not in TRAILING_HEADS
                and later.tokens[-1] not in FIRM_HEADS
            ):
                # (Not a firm's name read as a titled person: 'Analis Senior Kresna Sekuritas'.)
                out[n] = m._replace(role=None)
                break
    return out


def _clause_goes_on(body: str, end: int) -> bool:
    """Whether a clause's verb or the words that lead to one follow ``end`` after a space ('...
    awalnya mengatakan', '... sudah', '... yang lainnya', '... meminta', '... berpesan'), not the
    words of a circumstance ('... dalam risetnya', '... saat dihubungi')."""
    word = _TOKEN.match(body, end + 1) if body.startswith(" ", end) else None
    if word is None:
        return False
    w = word.group()
    if w in _CLAUSE_LEADS and w != "dalam" or _BER_VERB.fullmatch(w):
        return True
    if w[:2] in _VERB_OPENINGS and _finite(w):
        return True
    # An adverb in -nya ('awalnya', 'sebelumnya') opens the clause too.
    return w[-3:] == "nya" and w[:1].islower() and w not in _NOT_IN_ROLE


# A verb with ber- ('berpesan', 'berharap'): after a cued name's comma a clause goes on with it.
_BER_VERB = regex.compile(r"ber\p{Ll}{4,}")


def place_at(hits: Sequence[Hit], start: int) -> Hit | None:
    """The gazetteer hit starting at ``start`` (``hits`` sorted), if it is a place."""
    k = bisect.bisect_left(hits, (start,))
    if k < len(hits) and hits[k][0] == start and hits[k][2].kind == "place":
        return hits[k]
    return None


# The head words of a village's or a district's name, which an address opens with.
_VILLAGE_HEADS = frozenset(
    ("Desa", "Dusun", "Kampung", "Kampong", "Gampong", "Nagari", "Jorong", "Korong", "Pekon", "Huta",
     "Kelurahan", "Kecamatan", "Kabupaten")
)  # fmt: skip
# core asks them of a lone name's role ('Warga Desa Duri' + 'Kepa').
VILLAGE_HEADS = _VILLAGE_HEADS


def _speaker_after_a_body(body: str, run: Sequence[Unit], i: int, j: int) -> int:
    """Where a person's name starts among the name words ``run[i:j]`` closing the run after a body's
    words, or -1: at the last word with one more after it that the article lets speak alone
    ('Ketapang Indah Hotel Pungky Kusuma' ... 'ujar Pungky'), when a title stands before in the run
    or a cue at it ('PT Eigerindo Multi Produk Industri Zafrullah Sunyaruri menuturkan'). A street
    named after someone has neither ('Jalan Ahmad Yani' ... 'kata Ahmad').

    After a place named after a doctor, an officer's one name may close the run ('Kepala Humas
    RSUP Dr M Djamil Gustafianof' ... 'kata Gustafianof'): the title before the doctor's opens
    the namesake, and an office before them both says a holder follows."""
    if j - i > 1 and _after_a_namesake(run, i):
        word = run[j - 1][2]
        if word[1:].islower() and _spoken(body, word):
            return j - 1
    for k in range(j - 2, i - 1, -1):
        word = run[k][2]
        if word[1:].islower() and _spoken(body, word):
            return k if _titled(run, i) or cued(body, run[k][0], run[j - 1][1]) else -1
    return -1


def _firm_closes(run: Sequence[Unit], j: int) -> bool:
    """Whether role words from ``j`` on close in a firm's head word ('Mirae Asset Sekuritas',
    'Schroder Investment Management Fund'): the name words before them are the firm's."""
    k = j
    while k < len(run) and run[k][3] is ROLE:
        k += 1
    return j < k < len(run) and run[k][2] in FIRM_HEADS


def _place_apposed(body: str, hits: Sequence[Hit], end: int) -> bool:
    """Whether a known place stands between commas right after ``end`` (', Yogyakarta,')."""
    if body[end : end + 2] != ", ":
        return False
    hit = place_at(hits, end + 2)
    return hit is not None and body[hit[1] : hit[1] + 1] == ","


def _lent_name(hits: list[Hit], end: int) -> None:
    """Drop the place hit ending at ``end``, in place: it only lends its name to the event, club or
    firm whose English head word follows ('Indonesia Open', 'Thailand Masters', 'Bali United')."""
    k = bisect.bisect_left(hits, (end,)) - 1
    if k >= 0 and hits[k][1] == end and hits[k][2].kind == "place":
        del hits[k]


# A word a scraper glued to the name before it: an affixed verb or adverb ('Ronaldomengirimkan',
# 'Supriatnamengimbau', 'Mbappedikabarkan', 'Dewikembali'). It and _GLUED_VERB are matched at one
# position of a word only: ``\G`` keeps a scan over a long run of letters from retrying them at
# every 'me' and 'di' (quadratic).
_GLUED_TAIL = regex.compile(r"\G(?<=\p{Ll}{3})(?:me|di|ber|ter|se|ke)\p{Ll}{5,}$")
_GLUED_WORDS = CUE_VERBS | {"kembali", "sempat", "sebagai", "harus"}
# A verb with both its affixes ('mengirimkan', 'dikabarkan', 'menjalani') ends no name, written
# alone or not.
_GLUED_VERB = regex.compile(r"\G(?<=\p{Ll}{3})(?:me|di|ber|ter|per)\p{Ll}{3,}(?:kan|i)$")
# The prefixes either of them opens with.
_GLUED_PREFIXES = ("me", "di", "ber", "ter", "per", "se", "ke")


def _unglue(body: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions whose last word ends in a word glued to it, cut before that word: a speech verb,
    'kembali', 'sempat', 'sebagai', a verb with both affixes ('mengirimkan'), a prefixed word
    of seven letters or more that the article also writes on its own, or a short function word
    ('yang', 'untuk') after a word the article writes alone. Name endings are no such
    words ('Prawiranegara': 'negara' has no prefix; 'Parameswari': 'meswari' stands nowhere alone).
    A known place with a short word glued to it is dropped ('Jawa Baratuntuk')."""
    out = mentions
    for m in mentions:
        last = m.tokens[-1]
        if len(last) < 5 or not last[-1].islower():
            continue
        glued_in = _glued_to_word(body, m.start)
        if len(last) < 6 and not glued_in:
            continue
        linked = not glued_in and _glued_to_an_office(body, m.start)
        cut = _glued_at(body, last) if len(last) >= 9 else 0
        if not cut:
            cut = _glued_function_word(body, last)
        if not cut and _glued_after_a_place(m.tokens, last):
            # What is left is the place, no person.
            out = [k for k in out if k is not m]
            continue
        if not cut and (glued_in or linked):
            # Glued to the word before it, the name was a link or in italics: the word after it is
            # most likely glued too ('dariLiam Gallagheryang', 'penyidikanMarcella Santosodi').
            cut = _glued_tail(last)
            if linked:
                # After an office's place a short word is likelier the name's own ending ('Sukardi'),
                # and the name the article writes alone tells where it ends ('Mulyadilangsung').
                cut = (
                    _cut_where_written_alone(body, last)
                    or (cut if len(last) - cut >= 4 else 0)
                    or _common_tail(body, m.tokens[0], last)
                )
        if not cut and len(last) >= 7 and (last[-3:] in _SUFFIXES or _affix_inside(last)):
            # Most names hold no suffix nor prefix of a common word: two C calls say so.
            cut = _glued_word(body, last)
        if cut:
            if out is mentions:
                out = list(mentions)
            end = m.end - len(last) + cut
            out[out.index(m)] = PersonMention(m.start, end, m.role, (*m.tokens[:-1], last[:cut]), m.strong)
    return out


def _glued_inside(body: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions with a short word a scraper glued inside them cut there: after a glued 'dan' two
    people ('pernikahanAl Ghazalidan Alyssa Daguise'), after another word the name alone, the
    sentence going on after it ('Mauricio Souzaakhirnya Menuju'). Names end so too ('Ramdan
    Denny', 'Dadan Hidayat'): only where the name is glued to the word before it as well (a link),
    or the article writes the part before the glued word on its own."""
    out: list[PersonMention] | None = None
    for n, m in enumerate(mentions):
        # Most mentions hold no inner word ending so: a set probe a word says so.
        if len(m.tokens) > 1 and any(t[-3:] in _GLUED_FUNCTION_ENDS for t in m.tokens[:-1]):
            parts = _cut_inside(body, m)
            if parts[0] is not m:
                out = out if out is not None else mentions[:n]
                out.extend(parts)
                continue
        if out is not None:
            out.append(m)
    return mentions if out is None else out


def _cut_inside(body: str, m: PersonMention) -> tuple[PersonMention, ...]:
    """``m`` cut at a short word glued inside it (``_glued_inside``): one mention or two."""
    tokens = m.tokens
    for t in range(len(tokens) - 1):
        word = tokens[t]
        if word[-3:] not in _GLUED_FUNCTION_ENDS:
            continue  # most words: one set probe
        cut = _glued_function_end(word)
        if not cut:
            continue
        left = " ".join((*tokens[:t], word[:cut]))
        if body[m.start : m.end] != " ".join(tokens) or not (
            _glued_to_word(body, m.start) or _written_alone(body, left, m.start)
        ):
            break
        first = PersonMention(m.start, m.start + len(left), m.role, (*tokens[:t], word[:cut]), m.strong)
        if word[cut:] != "dan":
            return (first,)
        right = m.start + len(left) + len(word) - cut + 1
        return first, PersonMention(right, m.end, None, tokens[t + 1 :], m.strong)
    return (m,)


def _glued_function_end(word: str) -> int:
    """Where a short word of ``_GLUED_FUNCTION_WORDS`` glued to the end of ``word`` starts, after
    three letters or more in lower case before it, or 0."""
    for tail in _GLUED_FUNCTION_WORDS:
        cut = len(word) - len(tail)
        if cut >= 3 and word.endswith(tail) and word[cut - 1].islower():
            return cut
    return 0


def _glued_at(body: str, word: str) -> int:
    """Where a glued word starts in ``word``, or 0. A prefixed word ('Bagnaiamenatap') or a doubled
    one ('Sharabaru-baru') is cut off where the article writes it alone, or the name without it."""
    roots = root_words()
    for k in range(3, len(word) - 4):
        tail = word[k:]
        if not word[k - 1].islower():
            continue
        # Most tails open with no prefix and hold no hyphen: a C call says so before the patterns,
        # tried at every letter of a long word, are asked.
        prefix = word.startswith(_GLUED_PREFIXES, k)
        if (
            tail in _GLUED_WORDS
            or prefix
            and len(tail) >= 9
            and _GLUED_VERB.match(word, k)
            or (
                prefix and len(tail) >= 7 and _GLUED_TAIL.match(word, k)
                or "-" in tail and _DOUBLED.fullmatch(tail)
            )
            and (f" {tail} " in body or _written_alone(body, word[:k], -1))
            # A root word the article writes alone after a name it writes alone ('Copilot
            # Visionhadir'); not a name's own ending ('Rismaharini').
            or tail in roots
            and f" {tail} " in body
            and _written_alone(body, word[:k], -1)
        ):
            return k
    return 0


def _glued_word(body: str, word: str) -> int:
    """Where a common word of four letters or more glued to a name starts in ``word``, or 0: a root
    with a suffix or a prefix ('ungkapkan', 'akhirnya', 'terbuka'), or a short word scrapers glue
    ('punya', 'milik'), when the name stands alone elsewhere in the article and this glued form
    nowhere else ('Francesco Bagnaiaterbuka', 'Joan Mirpunya', 'Cut Syifaungkapkan'). Not a bare
    root: the root list holds rare words that end names ('Risma|harini', 'Wei|long')."""
    suffixed = word[-3:] in _SUFFIXES
    roots = root_words()
    for k in range(3, len(word) - 3):
        if not word[k - 1].islower():
            continue
        if (
            suffixed
            and word[k:-3] in roots
            or word[k : k + 3] in _PREFIXES_3
            and (word[k + 3 :] in roots or suffixed and word[k + 3 : -3] in roots)
            or word[k:] in _GLUED_COMMON
        ):
            if _written_alone(body, word[:k], -1) and body.count(word) == 1:
                return k
            return 0  # the longest word decides; most names have none
    return 0


_SUFFIXES = frozenset(("nya", "kan", "lah"))
_PREFIXES_3 = frozenset(("ter", "ber", "per"))
_GLUED_COMMON = ("punya", "milik")
# Where a glued word may start: a prefix, or a short word of ``_GLUED_COMMON``.
_AFFIX_INSIDE = regex.compile(r"ter|ber|per|punya$|milik$")


def _affix_inside(word: str) -> bool:
    """Whether a glued word may start inside ``word`` past its third letter (``_AFFIX_INSIDE``). Each
    prefix holds 'er' and each short word closes the word: two C calls settle most names."""
    may = word.find("er", 4) >= 0 or word.endswith(_GLUED_COMMON)
    return may and _AFFIX_INSIDE.search(word, 3) is not None


# A doubled word ('baru-baru', 'tiba-tiba'), glued to a name by a scraper.
_DOUBLED = regex.compile(r"(\p{Ll}{3,})-\1")


# Short words a scraper glues to the name before them ('Wang Anyulahir', 'Jawa Baratuntuk',
# 'Stasiun Rangkasbitung Ultimateyang'). Names end so too ('Jordan', 'Mancini', 'Dayang'), so one
# is cut off only where the article also writes the rest on its own ('Wang Anyu menjadi ...').
_GLUED_FUNCTION_WORDS = (
    "yang", "untuk", "itu", "ini", "dan", "akan", "juga", "dengan", "dari", "pada", "dalam",
    "tersebut", "telah", "sudah", "akhirnya", "lahir", "kata", "ujar",
)  # fmt: skip


# Their last three letters: most words end otherwise, and one set probe settles them.
_GLUED_FUNCTION_ENDS = frozenset(t[-3:] for t in _GLUED_FUNCTION_WORDS)


def _glued_to_word(body: str, start: int) -> bool:
    """Whether a lower-case word is glued to ``start`` ('dariLiam'); not a place ('JakartaPramono')."""
    if start == 0 or not body[start - 1].islower():
        return False
    i = start - 1
    while i > 0 and body[i - 1].isalpha():
        i -= 1
    return body[i].islower()


def _cut_where_written_alone(body: str, word: str) -> int:
    """Where a root word glued to the end of ``word`` starts when the article writes the part before
    it alone ('Mulyadilangsung', 'Mulyadi' elsewhere), or 0; the longest such part first."""
    roots = root_words()
    for k in range(len(word) - 4, 2, -1):
        if word[k - 1].islower() and word[k:] in roots and _written_alone(body, word[:k], -1):
            return k
    return 0


def _common_tail(body: str, first: str, word: str) -> int:
    """Where a root word of four letters or more glued to the end of a linked name's last ``word``
    starts ('Suryatmanbuka'), or 0: only where the article calls the person by the ``first`` name
    alone and writes ``word`` nowhere else, and not at a word names end in ('Purnama|sari')."""
    if len(word) < 9 or not _written_alone(body, first, -1) or body.count(word) > 1:
        return 0
    roots = root_words()
    for k in range(5, len(word) - 3):
        tail = word[k:]
        if word[k - 1].islower() and tail in roots and tail not in _NAME_ENDINGS:
            return k
    return 0


# Root words that close Indonesian names: never cut off one as glued.
_NAME_ENDINGS = frozenset(
    (
        "sari", "putra", "putri", "jaya", "wijaya", "dewi", "sakti", "rahayu", "kusuma", "lestari",
        "utama", "mulia", "indah", "asih", "bakti", "darma", "surya", "wangsa", "negara", "buana",
        "wati", "ningsih", "nata", "atmaja", "kesuma", "laksana", "perkasa", "santosa", "sentosa",
        "sejati", "cahaya", "pertiwi", "kencana", "permana", "pratama", "wardana", "gunawan",
    )
)  # fmt: skip


def _glued_to_an_office(body: str, start: int) -> bool:
    """Whether the name at ``start`` is glued to a capitalised word that ends an office in a run
    ('Menteri Pertahanan ASPete Hegsethjuga', 'Gubernur DKI JakartaPramono'): a link, glued on
    both sides. Not a dateline's town opening the text ('Liputan6.com, JakartaHari')."""
    if start == 0 or not body[start - 1].isalpha():
        return False
    i = body.rfind(" ", 0, start)
    return i > 0 and body[i - 1].isalpha() and body[body.rfind(" ", 0, i) + 1 : i][:1].isupper()


# Words a scraper glues after a link or italics ('Gallagheryang', 'Santosodi', 'Vanenburgusai').
_TAIL_WORDS = frozenset(_GLUED_FUNCTION_WORDS) | {
    "di", "ke", "usai", "saat", "sejak", "selaku", "sebelum", "setelah", "sesudah", "milik", "musim",
    "pekan", "bersama", "kepada", "hingga", "serta", "atau", "karena", "bahwa", "menjadi", "sebagai",
    "masih", "belum", "bukan", "pun", "lalu", "kini", "tidak", "sendiri", "tujuan", "ketika", "kala",
}  # fmt: skip


def _glued_tail(word: str) -> int:
    """Where the longest glued word at the end of ``word`` starts, or 0: one of ``_TAIL_WORDS`` or a
    prefixed word ('menghasilkan', 'bersyukur'), after three letters or more of the name."""
    for k in range(3, len(word) - 1):
        if word[k - 1].islower() and (
            word[k:] in _TAIL_WORDS or word.startswith(_GLUED_PREFIXES, k) and _GLUED_TAIL.match(word, k)
        ):
            return k
    return 0


def _glued_cuts(word: str) -> Iterator[int]:
    """Where a short function word may be glued to the end of ``word`` ('Baratuntuk'), each cut
    leaving three letters or more, the last lower-case."""
    if word[-3:] not in _GLUED_FUNCTION_ENDS:
        return
    for tail in _GLUED_FUNCTION_WORDS:
        cut = len(word) - len(tail)
        if cut >= 3 and word.endswith(tail) and word[cut - 1].islower():
            yield cut


def _glued_function_word(body: str, word: str) -> int:
    """Where a short word glued to the end of ``word`` starts, or 0."""
    return next((cut for cut in _glued_cuts(word) if _written_alone(body, word[:cut], -1)), 0)


def _glued_after_a_place(tokens: Sequence[str], word: str) -> int:
    """Where a short word glued to ``word`` starts when what is before it closes a known place's
    name ('Jawa Baratuntuk'), or 0: the gazetteer vouches for the cut where the article never
    writes 'Barat' alone."""
    for cut in _glued_cuts(word):
        name = " ".join((*tokens[:-1], word[:cut]))
        places = (s for _, surfaces in starts(tokens[0]) for s in surfaces)
        if any(surface == name and entry.kind == "place" for surface, entry in places):
            return cut
    return 0


# Titles and role words (ranks, 'Direktur Utama') that are family names too ('Lukman Hakim', 'Arif
# Rahman Hakim', 'Dendi Pratama', 'Jaka Utama'); and a cape's head word, a Batak and Malay family
# name ('Chairul Tanjung', 'Akbar Tanjung'), which closes no place's name.
_NAME_TITLES = frozenset(
    ("Hakim", "Raja", "Ratu", "Sultan", "Pratama", "Utama", "Madya", "Muda", "Agung", "Tanjung")
)


# A running pair ('Eri Cahyadi-Armuji', 'Prabowo Subianto-Gibran Rakabuming Raka'): the hyphen
# between two capitalised name words, each of three letters or more, an apostrophe's among them
# ('Rahmad Mas’ud-Thohari Aziz').
_PAIR = regex.compile(r"(?<=[\p{L}’']\p{L}{2})-(?=\p{Lu}\p{Ll}{2})")


def _split_pairs(body: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Two people where a mention is a running pair: two or more words on each side of the hyphen
    ('Anies Baswedan-Muhaimin Iskandar'), a part after it written on its own elsewhere ('kata
    Armuji'), two first names that each open a full name elsewhere ('Vonnie-Hendry'), or a ticket
    word before it ('pasangan', 'paslon'). A hyphenated name ('Jodie
    Turner-Smith', 'Karl-Heinz Rummenigge') has one word on a side and its second half never
    stands alone: it stays one person."""
    out: list[PersonMention] = []
    for m in mentions:
        # Most mentions hold no hyphen: one C call says so before the pattern is asked.
        hyphen = _PAIR.search(body, m.start, m.end) if body.find("-", m.start, m.end) > 0 else None
        if hyphen is None:
            out.append(m)
            continue
        cut = hyphen.start()
        left, right = body[m.start : cut].split(), body[cut + 1 : m.end].split()
        if left and left[-1] in _HYPHEN_PREFIXES:
            # A prefix before the hyphen makes one word of it ('Domestic Non-Deliverable Forward').
            out.append(m)
            continue
        # A ticket word says both sides are people, one word each or not.
        ticket = _after_a_ticket_word(body, m.start)
        if not (
            len(left) > 1
            and len(right) > 1
            or ticket
            or _written_alone(body, right[0], cut + 1)
            or len(left) == 1 == len(right)
            and _opens_a_name(body, left[0], m)
            and _opens_a_name(body, right[0], m)
        ):
            out.append(m)
            continue
        out.append(PersonMention(m.start, cut, m.role, tuple(left), m.strong or ticket or len(left) > 1))
        out.append(PersonMention(cut + 1, m.end, None, tuple(right), m.strong or ticket or len(right) > 1))
    return out


def _opens_a_name(body: str, word: str, m: PersonMention) -> bool:
    """Whether ``word`` opens a longer capitalised name somewhere outside ``m`` ('Vonnie Anneke
    Panambunan' for the pair 'Vonnie-Hendry')."""
    return any(
        (i < m.start or i >= m.end) and body[e : e + 1] == " " and body[e + 1 : e + 2].isupper()
        for i, e in occurrences(body, word)
    )


# Prefixes written with a hyphen before a capitalised word ('Non-Deliverable', 'Pasca-Pilkada'): no
# one's name. Not 'Pro', which goes before a person's ('relawan Pro-Jokowi').
_HYPHEN_PREFIXES = frozenset(
    (
        "Non", "Pra", "Pasca", "Pre", "Post", "Multi", "Semi", "Antar", "Inter", "Sub", "Ultra", "Neo",
        "Trans",
    )
)  # fmt: skip

# Words that name a running pair in an election ('Pasangan Romanus Mbaraka-Riduwan', 'paslon
# nomor urut 01 Wahdi-Qomaru Zaman'): the hyphen there joins two people, whatever their length.
_TICKET_WORDS = ("pasangan", "paslon", "nomor urut")


def _after_a_ticket_word(body: str, start: int) -> bool:
    """Whether a ticket word stands in the sentence within a few words before ``start``."""
    window = body[max(0, start - 40) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    window = window[cut + 1 :].lower()
    return any(w in window for w in _TICKET_WORDS)


def _written_alone(body: str, word: str, skip: int) -> bool:
    """Whether ``word`` stands somewhere in ``body`` as a word of its own, not after a hyphen."""
    return any(i != skip and body[i - 1 : i] != "-" for i, _ in occurrences(body, word))


def best_role(roles: Sequence[str]) -> str | None:
    """The most telling role: a real office beats a bare rank, a longer one a shorter one."""
    best: str | None = None
    best_key = (-1, -1)
    for role in roles:
        words = role.replace(",", " ").replace(".", " ").split()
        informative = any(w not in RANKS for w in words)
        key = (int(informative), len(words))
        if key > best_key:
            best, best_key = role, key
    return best
