"""Rule-based person mentions: capitalized runs, titles stripped into roles.

A run is a sequence of capitalized words separated by single spaces. Each word
is a title, a role word, a gazetteer place or organisation, a common word, or
a name token. The name tokens in a run are the person's name; the title and
role words before them (or in a comma apposition before or after) are the role.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from corekit.names.lexicon import DOTTED_TITLES, NOUN_HEADS, PARTICLES, RANKS, ROLE_WORDS, STOP_WORDS, TITLES

# A capitalized word (letters, digits, inner hyphens and apostrophes, a
# trailing dot we judge later), or a lowercase name particle between two.
_WORD = regex.compile(
    r"(?<![\p{L}\p{N}_])(?:\p{Lu}[\p{L}\p{M}\p{N}]*(?:[’'\-][\p{L}\p{M}\p{N}]+)*\.?"
    r"|(?:" + "|".join(sorted(PARTICLES)) + r")(?= \p{Lu}))(?![\p{L}\p{N}])"
)

# Unit kinds.
TITLE, ROLE, NOUN, STOP, NAME, OTHER = "title", "role", "noun", "stop", "name", "other"

_SENTENCE_END = frozenset(".!?\n“”\"'‘’:;(—–-")


@attrs.frozen
class Unit:
    start: int
    end: int
    text: str
    kind: str


@attrs.frozen
class PersonMention:
    """A person candidate before names are grouped."""

    start: int
    end: int
    tokens: tuple[str, ...]
    role: str | None
    titled: bool


def _sentence_initial(body: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    return i < 0 or body[i] in _SENTENCE_END


def _common_in_body(body: str, word: str) -> bool:
    """True when the article also writes ``word`` in lower case: then it is a common word."""
    low = word.lower()
    return any(f" {low}{tail}" in body for tail in (" ", ",", "."))


def _units(body: str, blocked: Sequence[tuple[int, int]]) -> list[list[Unit]]:
    """Capitalized runs of ``body``; words inside ``blocked`` spans count as OTHER."""
    runs: list[list[Unit]] = []
    run: list[Unit] = []
    prev_end = -1
    bi = 0
    nb = len(blocked)
    for m in _WORD.finditer(body):
        start, end = m.span()
        text = m.group()
        if text.endswith(".") and text not in DOTTED_TITLES and len(text) != 2:
            # The dot ends a sentence, not an abbreviation or an initial.
            end -= 1
            text = text[:-1]
        while bi < nb and blocked[bi][1] <= start:
            bi += 1
        if bi < nb and blocked[bi][0] < end:
            kind = OTHER
        else:
            word = text.rstrip(".")
            if word in TITLES or text in DOTTED_TITLES:
                kind = TITLE
            elif word in ROLE_WORDS:
                kind = ROLE
            elif word in NOUN_HEADS:
                kind = NOUN
            elif word in STOP_WORDS or word.islower() and word not in PARTICLES:
                kind = STOP
            elif len(word) > 1 and word.isupper() or word[0].isdigit():
                # Acronyms are organisations or codes, not given names.
                kind = STOP
            else:
                kind = NAME
        gap = body[prev_end:start] if prev_end >= 0 else None
        if run and gap == " ":
            run.append(Unit(start, end, text, kind))
        else:
            if run:
                runs.append(run)
            # A comma apposition ("Menteri Pertahanan China, Li Shangfu") is
            # remembered as an empty marker run between the two.
            if run and gap == ", ":
                runs.append([])
            run = [Unit(start, end, text, kind)]
        prev_end = end
    if run:
        runs.append(run)
    return runs


def _role_text(body: str, units: Sequence[Unit]) -> str | None:
    """The role phrase: from the first title to the end of ``units``, when only role material follows."""
    for i, u in enumerate(units):
        if u.kind == TITLE:
            rest = units[i:]
            if all(r.kind in (TITLE, ROLE, OTHER, NOUN) for r in rest):
                return body[u.start : rest[-1].end].rstrip(".")
            return None
    return None


def _is_role_run(run: Sequence[Unit]) -> bool:
    return bool(run) and any(u.kind == TITLE for u in run) and all(u.kind != NAME for u in run)


def find_persons(body: str, blocked: Sequence[tuple[int, int]]) -> list[PersonMention]:
    """Person candidates in body order; ``blocked`` holds gazetteer and alias spans (sorted)."""
    runs = _units(body, blocked)
    out: list[PersonMention] = []
    for ri, run in enumerate(runs):
        if not run:
            continue
        # Sentence-initial capitals say nothing: drop a first word the
        # article also writes in lower case ("Kunjungan Li ...").
        first = run[0]
        if first.kind == NAME and _sentence_initial(body, first.start) and _common_in_body(body, first.text):
            run = [Unit(first.start, first.end, first.text, STOP), *run[1:]]
        i = 0
        n = len(run)
        blocked_by_noun = False
        seg_from = 0  # where the material before the current name starts
        while i < n:
            u = run[i]
            if u.kind == TITLE:
                blocked_by_noun = False
            elif u.kind == NOUN and _role_text(body, run[seg_from:i]) is None:
                blocked_by_noun = True
            if u.kind != NAME:
                i += 1
                continue
            j = i
            while j < n and (run[j].kind == NAME or run[j].text in PARTICLES and j + 1 < n
                             and run[j + 1].kind == NAME):
                j += 1
            if blocked_by_noun:
                i = j
                seg_from = j
                continue
            name_units = run[i:j]
            roles: list[str] = []
            prefix = run[seg_from:i]
            own = _role_text(body, prefix)
            at_start = all(p.kind == TITLE for p in prefix)
            if at_start and ri >= 2 and not runs[ri - 1] and _is_role_run(runs[ri - 2]):
                before = _role_text(body, runs[ri - 2])
                if before:
                    roles.append(before)
            if own:
                roles.append(own)
            if j == n and ri + 2 < len(runs) and not runs[ri + 1] and _is_role_run(runs[ri + 2]):
                after = _role_text(body, runs[ri + 2])
                if after and runs[ri + 2][0].kind == TITLE:
                    roles.append(after)
            tokens = tuple(t.text for t in name_units if t.text not in PARTICLES)
            out.append(
                PersonMention(
                    start=name_units[0].start,
                    end=name_units[-1].end,
                    tokens=tuple(t.text for t in name_units),
                    role=", ".join(roles) or None,
                    titled=bool(roles),
                )
            )
            del tokens
            i = j
            seg_from = j
    return out


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
