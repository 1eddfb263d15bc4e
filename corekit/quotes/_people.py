"""Who the people in a body are, as far as quote attribution needs to know.

The names module (``corekit.names``) is the real entity finder; its ``Name`` objects are used
when the caller passes them. This index is the small private fallback the quote finder needs
on its own: capitalised runs, split into a role (``Menteri Pertahanan Rusia``) and a name
(``Sergei Shoigu``), a short mention (``Shoigu``) mapped to the fullest name the body writes.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from corekit.model import Name
from corekit.quotes._lexicon import (
    AFTER_CUES,
    AGENCIES,
    BEFORE_CUES,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_TITLES,
    PLACES,
    SENTENCE_WORDS,
)

_WORD = (
    r"(?:(?:Prof|Dr|Ir|Hj|H|KH|Drs|Dra|St|Jr|Sr|Mr|Mrs|Ms)\.|\p{Lu}\.(?=[ ]\p{Lu})"
    r"|\p{Lu}[\p{L}\p{M}\p{N}’'`\-]*)"
)
_PAREN = r"\((?:\p{Lu}[\p{L}\p{N}\-]*)(?:[ ]\p{Lu}[\p{L}\p{N}\-]*){0,3}\)"
# A capitalised run: words joined by single spaces, name particles and a bracketed acronym
# (``Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo``) kept inside.
RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_WORD}|{_PAREN})"
    rf"(?:[ ](?:(?:bin|binti|van|von|der|den|de|al|el|la)[ ])?(?:{_WORD}|{_PAREN}))*"
)
WORD_IN_RUN = regex.compile(rf"{_WORD}|{_PAREN}")
LOWER_WORDS = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\-]*(?![\p{L}\p{N}])")
_OPENS_SENTENCE = regex.compile(r"[.!?:“”\"][ ]*$")
AGE = regex.compile(r"[ ]?\(\d{1,3}\)")
_CUE_BEFORE_RUN = regex.compile(
    r"(?<![\p{{L}}])(?:(?:{})(?:nya)?|[Mm]enurut)[ ]+$".format(
        "|".join(sorted(AFTER_CUES, key=len, reverse=True))
    )
)
_CUE_NEAR_BEFORE = regex.compile(
    r"(?<![\p{{L}}])(?:(?:{})(?:nya)?|[Mm]enurut)[ ]+(?:\S+[ ]+){{0,8}}$".format(
        "|".join(sorted(AFTER_CUES, key=len, reverse=True))
    )
)
_VERB_ANY = regex.compile(
    r"(?<![\p{{L}}])(?:{})(?![\p{{L}}])".format("|".join(sorted(BEFORE_CUES, key=len, reverse=True)))
)
_CLAUSE_END = regex.compile(r"[.!?](?:[ ]|$)|\n|[“”\"]")
# ``Tri Maharini, dokter emergensi ...``: a lower-case role in apposition.
_APPOSITION = regex.compile(
    r",[ ](?:salah[ ]satu[ ]|seorang[ ])?(?:{})(?![\p{{L}}])".format(
        "|".join(sorted({w.lower() for w in PERSON_TITLES if len(w) > 2}, key=len, reverse=True))
    )
)
_VERB_AFTER_RUN = regex.compile(
    r"[ ]*,?[ ]*(?:{})\b".format("|".join(sorted(BEFORE_CUES, key=len, reverse=True)))
)
# Words in front of a mention that make it an object, not the one speaking.
_OBJECT_BEFORE = regex.compile(
    r"(?:kepada|terhadap|dengan|untuk|bagi|menemui|bertemu|menyambut|menerima|mengunjungi|"
    r"menghubungi|menelepon|melawan|tentang|soal|atas)[ ]+$"
)
_ROLE_CONNECT = frozenset(PERSON_TITLES | ORG_WORDS | PLACES | NOT_NAMES)


def _bare(word: str) -> str:
    return word.rstrip(".")


def _is_acronym(word: str) -> bool:
    # Two capitals are a person's initials (``Mahfud MD``, ``Bambang PS Brodjonegoro``); the
    # two-letter institutions are listed in ORG_WORDS.
    w = word.strip("()")
    return len(w) >= 3 and w.isupper() and w.isalpha()


def _role_word(word: str) -> bool:
    b = _bare(word)
    if b in _ROLE_CONNECT or word in _ROLE_CONNECT or _is_acronym(word) or word.startswith("("):
        return True
    # ``Yogyakarta-Solo``, ``Wahdi-Qomaru``: capitalised compounds are routes and tickets, not people.
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


@attrs.frozen
class _Run:
    start: int
    end: int
    words: tuple[tuple[int, int, str], ...]
    tail: int  # index of the first name word; len(words) when the run is all role


def _split_runs(body: str, lower: frozenset[str]) -> list[_Run]:
    runs = []
    for m in RUN.finditer(body):
        words = [(w.start(), w.end(), w.group()) for w in WORD_IN_RUN.finditer(body, m.start(), m.end())]
        # A capitalised word that opens a sentence is often a common word: drop it when the
        # body also writes it in lower case or it is a known sentence opener.
        if words:
            s = words[0][0]
            before = body[max(0, s - 3) : s]
            sentence_start = s == 0 or "\n" in before or _OPENS_SENTENCE.search(before)
            first = _bare(words[0][2])
            if sentence_start and (
                first in SENTENCE_WORDS or (first.lower() in lower and first not in _ROLE_CONNECT)
            ):
                words = words[1:]
        while words and words[-1][2].endswith(".") and len(_bare(words[-1][2])) > 1:
            # ``Putin.`` at a sentence end: the period is not part of the name.
            s, e, w = words[-1]
            words[-1] = (s, e - 1, w[:-1])
            break
        if not words:
            continue
        tail = len(words)
        while tail > 0 and not _role_word(words[tail - 1][2]):
            tail -= 1
        runs.append(_Run(words[0][0], words[-1][1], tuple(words), tail))
    # A word the body also writes at the end of a run of its own (``Masjid Istiqlal``, ``di Gili``)
    # is a place or an organisation, not the first name of the person after it.
    enders = {r.words[-1][2] for r in runs if len(r.words) > 1}
    out = []
    for r in runs:
        tail = r.tail
        while len(r.words) - tail >= 3 and r.words[tail][2] in enders:
            tail += 1
        out.append(r if tail == r.tail else attrs.evolve(r, tail=tail))
    return out


class People:
    """Person mentions of one body, in body order, each with its canonical name."""

    def __init__(self, body: str, names: Sequence[Name] = ()) -> None:
        self.body = body
        lower = frozenset(LOWER_WORDS.findall(body))
        self.runs = _split_runs(body, lower)
        self.run_at = {r.start: r for r in self.runs}
        self.run_starts = [r.start for r in self.runs]
        self._known: dict[str, str] = {}
        self._full: tuple[str, ...] = ()
        self._uni: Counter[str] = Counter()
        self._bi: Counter[tuple[str, str]] = Counter()
        self._firsts: set[str] = set()
        self.mentions: list[Person] = []
        self._build_fallback()
        if names:
            self._merge_names(names)
        self.mentions.sort(key=lambda p: p.start)
        self.starts = [p.start for p in self.mentions]
        self.mentions = [self._mark_speaking(i, p) for i, p in enumerate(self.mentions)]

    def _mark_speaking(self, i: int, p: Person) -> Person:
        # A mention next to a cue (``kata Putin``, ``Putin mengatakan``, ``Menurut Putin``) is one
        # of the article's speakers; ``katanya`` goes back to these before any other mention.
        body = self.body
        if _CUE_NEAR_BEFORE.search(body, max(0, p.start - 80), p.start):
            return attrs.evolve(p, speaking=True)
        stop = _CLAUSE_END.search(body, p.end, min(len(body), p.end + 160))
        limit = stop.start() if stop else min(len(body), p.end + 160)
        if i + 1 < len(self.mentions):
            limit = min(limit, self.mentions[i + 1].start)
        if _VERB_ANY.search(body, p.end, limit):
            return attrs.evolve(p, speaking=True)
        return p

    # --- fallback index -------------------------------------------------------------------

    def _evidence(self, run: _Run, prev: _Run | None) -> bool:
        body = self.body
        role = run.words[: run.tail]
        if any(_bare(w) in PERSON_TITLES for _, _, w in role):
            return True
        if (
            prev is not None
            and prev.tail >= len(prev.words)
            and body[prev.end : run.start].strip() in {",", ".", ""}
            and run.start - prev.end <= 3
            and any(_bare(w) in PERSON_TITLES for _, _, w in prev.words)
        ):
            # ``Menteri Pertahanan China, Li Shangfu``: the title stands apart from the name.
            return True
        if AGE.match(body, run.end) or _APPOSITION.match(body, run.end):
            return True
        if _CUE_BEFORE_RUN.search(body, max(0, run.start - 16), run.start):
            return True
        return bool(_VERB_AFTER_RUN.match(body, run.end))

    def _build_fallback(self) -> None:
        # Every name-like tail is a candidate full form (``Devie Rahmawati`` for a later ``Devie``);
        # only names with some evidence of being a person (a title, an age, a cue) are persons.
        seen: dict[str, None] = {}
        evidence = []
        prev = None
        for run in self.runs:
            if run.tail < len(run.words):
                name = " ".join(w for _, _, w in run.words[run.tail :])
                if name not in AGENCIES:
                    seen[name] = None
                    if self._evidence(run, prev):
                        evidence.append(name)
            prev = run
        self._full = tuple(sorted(seen, key=lambda n: -len(n.split())))
        uni: Counter[str] = Counter()
        bi: Counter[tuple[str, str]] = Counter()
        for run in self.runs:
            ws = [w for _, _, w in run.words]
            uni.update(ws)
            bi.update(zip(ws, ws[1:], strict=False))
        self._uni, self._bi = uni, bi
        self._firsts = {n.split()[0] for n in seen}
        persons = {self.canonical(n) for n in evidence}
        for run in self.runs:
            if run.tail >= len(run.words):
                continue
            name = " ".join(w for _, _, w in run.words[run.tail :])
            canonical = self.canonical(name)
            if canonical not in persons:
                continue
            role = " ".join(w for _, _, w in run.words[: run.tail]) or None
            self.mentions.append(
                Person(run.words[run.tail][0], run.end, name, role.rstrip(",") if role else None, canonical)
            )

    def canonical(self, name: str) -> str | None:
        """The fullest person name the body gives for ``name``, or None if it is no known person."""
        hit = self._known.get(name)
        if hit is not None:
            return hit
        if name in AGENCIES:
            return None
        words = name.split()
        best = None
        for full in self._full:
            fw = full.split()
            if len(fw) < len(words) or (best is not None and len(fw) <= len(best.split())):
                continue
            for i in range(len(fw) - len(words) + 1):
                if fw[i : i + len(words)] == words:
                    if best is None or len(fw) > len(best.split()):
                        best = full
                    break
        if best is not None:
            best = self._trim(best)
            self._known[name] = best
        return best

    def _trim(self, full: str) -> str:
        """``Tokopedia William Tanuwijaya`` -> ``William Tanuwijaya`` when the body says ``William``.

        The words before the short form go when one of them also stands elsewhere on its own
        (an organisation, a place); name words before it (``Mochamad Ardian``) never do.
        """
        fw = full.split()
        for i in range(1, len(fw) - 1 if len(fw) > 2 else 1):
            if fw[i] not in self._firsts:
                continue
            if any(self._uni[fw[j]] > self._bi[(fw[j], fw[j + 1])] for j in range(i)):
                return " ".join(fw[i:])
        return full

    def _merge_names(self, names: Sequence[Name]) -> None:
        # The names module knows better: its canonical names replace ours where mentions overlap.
        spans: list[tuple[int, int, str, str | None]] = []
        for n in names:
            if n.kind != "person" or n.name in AGENCIES:
                continue
            for m in n.mentions:
                spans.append((m.start, m.end, n.name, m.role or n.role))
                self._known.setdefault(m.text, n.name)
            self._known.setdefault(n.name, n.name)
        self._full = tuple(sorted({*self._full, *self._known.values()}, key=lambda n: -len(n.split())))
        spans.sort()
        starts = [s[0] for s in spans]
        kept = []
        for p in self.mentions:
            i = bisect.bisect_right(starts, p.end) - 1
            hit = None
            while i >= 0 and spans[i][1] > p.start:
                if spans[i][0] < p.end:
                    hit = spans[i]
                    break
                i -= 1
            kept.append(attrs.evolve(p, canonical=hit[2]) if hit else p)
        covered = {(p.start, p.end) for p in kept}
        for s, e, canonical, role in spans:
            if (s, e) not in covered and not any(p.start < e and s < p.end for p in kept):
                kept.append(Person(s, e, self.body[s:e], role, canonical))
        self.mentions = kept

    # --- queries --------------------------------------------------------------------------

    def at(self, pos: int) -> _Run | None:
        """The capitalised run that starts at ``pos``."""
        return self.run_at.get(pos)

    def runs_in(self, start: int, end: int) -> list[_Run]:
        lo = bisect.bisect_left(self.run_starts, start)
        hi = bisect.bisect_left(self.run_starts, end)
        return self.runs[lo:hi]

    def in_span(self, start: int, end: int) -> list[Person]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def is_object(self, p: Person) -> bool:
        return bool(_OBJECT_BEFORE.search(self.body, max(0, p.start - 40), p.start))

    def latest_subject(
        self, pos: int, skip: tuple[tuple[int, int], ...] = (), avoid: str | None = None
    ) -> str | None:
        """The person most recently mentioned before ``pos`` as a subject.

        Mentions inside ``skip`` spans (other quotes) and objects (``kepada X``) do not count,
        nor ``avoid`` (the addressee of the quote being attributed).
        """
        i = bisect.bisect_left(self.starts, pos) - 1
        fallback = None
        while i >= 0:
            p = self.mentions[i]
            i -= 1
            if p.canonical == avoid or any(s <= p.start < e for s, e in skip):
                continue
            if self.is_object(p):
                continue
            if p.speaking:
                return p.canonical
            if fallback is None:
                fallback = p.canonical
        return fallback

    def by_role(self, role: str, pos: int) -> str | None:
        """The person the body gave ``role`` (``Presiden``), the latest before ``pos`` first."""
        exact = [p for p in self.mentions if p.role and p.role == role]
        loose = [p for p in self.mentions if p.role and p.role.startswith(role + " ")]
        for group in (exact, loose):
            before = [p for p in group if p.start < pos]
            if before:
                return before[-1].canonical
            if group:
                return group[0].canonical
        return None

    def speaker_of_run(self, run: _Run) -> str | None:
        """The canonical person a run at a speaker slot names (``Presiden Putin``, ``Presiden``)."""
        if run.tail < len(run.words):
            name = " ".join(w for _, _, w in run.words[run.tail :])
            if name in AGENCIES:
                return None
            return self.canonical_at(run.words[run.tail][0], run.end) or self.canonical(name) or name
        role = " ".join(w for _, _, w in run.words).rstrip(",")
        if role in AGENCIES:
            return None
        who = self.by_role(role, run.start)
        if who is None and not any(_bare(w) in PERSON_TITLES for _, _, w in run.words):
            # Every word looked institutional, yet it stands where a speaker stands (``Budi Karya``).
            return self.canonical(role) or role
        return who

    def canonical_at(self, start: int, end: int) -> str | None:
        for p in self.in_span(start, end):
            return p.canonical
        return None
