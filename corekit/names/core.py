"""``find_names``: gazetteer hits and person mentions grouped under canonical names."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs

from corekit.model import Mention, Name, NameKind
from corekit.names.aliases import scan_aliases
from corekit.names.gazetteer import Gazetteer, gazetteer, scan
from corekit.names.persons import PersonMention, best_role, find_persons


@attrs.define
class _Person:
    """A person being assembled; mutable only inside one ``find_names`` call."""

    canonical: str
    tokens: frozenset[str]
    mentions: list[PersonMention] = attrs.field(factory=list)


def _known_full(g: Gazetteer, name: str) -> str | None:
    full = g.people.get(name)
    return full if full and len(full.split()) > len(name.split()) else None


def _group_persons(mentions: Sequence[PersonMention], g: Gazetteer) -> list[_Person]:
    people: list[_Person] = []
    # Full names first, longest first, so a short form can join a full name
    # the article gives earlier or later.
    multi = sorted((m for m in mentions if len(m.tokens) > 1), key=lambda m: (-len(m.tokens), m.start))
    for m in multi:
        toks = frozenset(m.tokens)
        cands = [p for p in people if toks <= p.tokens]
        if len(cands) == 1:
            cands[0].mentions.append(m)
        elif not cands:
            people.append(_Person(" ".join(m.tokens), toks, [m]))
        # More than one candidate: two people could match, so abstain.
    # A titled short form ("Jenderal Zhang") is better evidence than a bare one.
    singles = sorted((m for m in mentions if len(m.tokens) == 1), key=lambda m: (not m.titled, m.start))
    for m in singles:
        tok = m.tokens[0]
        cands = [p for p in people if tok in p.tokens]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            continue
        if cands:
            continue  # ambiguous: two different people share this token
        full = g.people.get(tok)
        if full:
            known = next((p for p in people if p.canonical == full), None)
            if known is None:
                people.append(_Person(full, frozenset(full.split()), [m]))
            else:
                known.mentions.append(m)
        elif m.titled:
            people.append(_Person(tok, frozenset((tok,)), [m]))
        # An untitled lone capitalized word with nothing to join is not a person.
    for p in people:
        # The article gave only a short form of a well-known person ("Putin").
        full = _known_full(g, p.canonical)
        if full:
            p.canonical = full
    return people


@attrs.define
class _Entity:
    name: str
    kind: NameKind
    mentions: list[Mention] = attrs.field(factory=list)


def _overlapping(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> int | None:
    """Index of a span in ``spans`` (sorted, disjoint) overlapping [start, end), or None."""
    i = bisect.bisect_right(starts, start) - 1
    for k in (i, i + 1):
        if 0 <= k < len(spans) and spans[k][0] < end and start < spans[k][1]:
            return k
    return None


def find_names(body: str, aliases: Mapping[str, str] | None = None) -> tuple[Name, ...]:
    """People, places and organisations in ``body``, one Name per entity, in order of first mention.

    ``aliases`` (surface -> canonical) is the user's table and wins: a mention
    with that surface, or containing it, goes to the user's canonical name,
    and a person goes there with all their mentions.
    """
    g = gazetteer()
    hits = scan(body)
    persons = find_persons(body, [(h.start, h.end) for h in hits])
    entities: dict[str, _Entity] = {}
    # (start, end, entity name) of every mention, for the alias pass.
    owner: dict[tuple[int, int], str] = {}

    def entity(name: str, kind: NameKind) -> _Entity:
        e = entities.get(name)
        if e is None:
            e = entities[name] = _Entity(name, kind)
        return e

    roles: dict[str, str | None] = {}
    for p in _group_persons(persons, g):
        e = entity(p.canonical, "person")
        for m in p.mentions:
            e.mentions.append(Mention(text=body[m.start : m.end], start=m.start, end=m.end, role=m.role))
            owner[(m.start, m.end)] = e.name
        roles[e.name] = best_role([m.role for m in p.mentions if m.role])
    for h in hits:
        e = entity(h.entry.canonical, h.entry.kind)
        e.mentions.append(Mention(text=body[h.start : h.end], start=h.start, end=h.end))
        owner[(h.start, h.end)] = e.name
    if aliases:
        _apply_aliases(body, aliases, g, entities, owner, roles)
    out = []
    for e in entities.values():
        if not e.mentions:
            continue
        mentions = tuple(sorted(e.mentions, key=lambda m: (m.start, m.end)))
        out.append(Name(name=e.name, kind=e.kind, role=roles.get(e.name), mentions=mentions))
    out.sort(key=lambda n: n.mentions[0].start)
    return tuple(out)


def _apply_aliases(
    body: str,
    aliases: Mapping[str, str],
    g: Gazetteer,
    entities: dict[str, _Entity],
    owner: dict[tuple[int, int], str],
    roles: dict[str, str | None],
) -> None:
    spans = sorted(owner)
    starts = [s for s, _ in spans]

    def target(name: str, fallback: NameKind) -> _Entity:
        e = entities.get(name)
        if e is None:
            e = entities[name] = _Entity(name, g.kinds.get(name, fallback))
        return e

    def move_entity(src: _Entity, dst_name: str) -> None:
        if src.name == dst_name:
            return
        dst = target(dst_name, src.kind)
        dst.mentions.extend(src.mentions)
        src.mentions.clear()
        if roles.get(src.name) and not roles.get(dst_name):
            roles[dst_name] = roles[src.name]

    # The user's table names an entity's canonical: rename the whole entity.
    for name in list(entities):
        if name in aliases:
            move_entity(entities[name], aliases[name])
    for start, end, canonical in scan_aliases(body, aliases):
        k = _overlapping(spans, starts, start, end)
        if k is None:
            target(canonical, "person").mentions.append(Mention(text=body[start:end], start=start, end=end))
            continue
        span = spans[k]
        src = entities.get(aliases.get(owner[span], owner[span])) or entities.get(owner[span])
        if src is None or src.name == canonical:
            continue
        if src.kind == "person":
            # A person's short and full forms are one person: move them all.
            move_entity(src, canonical)
            continue
        moved = [m for m in src.mentions if (m.start, m.end) == span]
        src.mentions[:] = [m for m in src.mentions if (m.start, m.end) != span]
        target(canonical, src.kind).mentions.extend(moved)
