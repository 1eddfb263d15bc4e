"""The built-in gazetteer: places, organisations and well-known people.

Country and region names come from CLDR (``data/territories_id.tsv``, made by
``tools/gen_territories.py``); ``data/gazetteer.toml`` adds the spellings
Indonesian news uses. Everything is matched in one pass of an Aho-Corasick
automaton built once per process, case-sensitively and on whole words only,
so ``AS`` in ``upaya AS`` matches but ``as`` and ``kelas`` never do.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from importlib import resources
from typing import Any

import ahocorasick
import attrs

from corekit.model import NameKind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


@attrs.frozen
class Entry:
    """What a surface form in the gazetteer stands for."""

    canonical: str
    kind: NameKind


# One gazetteer match in a body: (start, end, entry); a plain tuple, as
# dozens are made per article.
Hit = tuple[int, int, Entry]


@attrs.frozen
class Gazetteer:
    """The compiled gazetteer: the automaton plus the lookup tables it came from."""

    automaton: Any
    surfaces: Mapping[str, Entry]
    # canonical name -> kind, so a user alias to ``China`` comes out as a place
    kinds: Mapping[str, NameKind]
    # well-known person: short or other form -> canonical full name
    people: Mapping[str, str]


def _read_text(name: str) -> str:
    return resources.files("corekit").joinpath("data", name).read_text(encoding="utf-8")


def _territories() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _read_text("territories_id.tsv").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t", 1)
            out[code] = name
    return out


def build_surfaces() -> tuple[dict[str, Entry], dict[str, str]]:
    """Surface form -> entry for places and orgs, and the well-known people table."""
    curated = tomllib.loads(_read_text("gazetteer.toml"))
    surfaces: dict[str, Entry] = {}

    def add(surface: str, entry: Entry) -> None:
        surfaces[surface] = entry
        # Datelines shout the city ("MOSKOW - ..."); abbreviations are already upper case.
        upper = surface.upper()
        if entry.kind == "place" and len(surface) > 3 and upper != surface:
            surfaces.setdefault(upper, entry)

    overrides = curated.get("territory", {})
    territories = _territories()
    # Curated overrides come last so that a variant claimed by a country
    # (``Amerika`` for Amerika Serikat) beats CLDR's continent of that name.
    for code, name in territories.items():
        canonical = overrides.get(code, {}).get("name", name)
        add(name, Entry(canonical, "place"))
        add(canonical, Entry(canonical, "place"))
    for code, spec in overrides.items():
        canonical = spec.get("name", territories.get(code, code))
        entry = Entry(canonical, "place")
        add(canonical, entry)
        for variant in spec.get("variants", ()):
            add(variant, entry)
    sections: tuple[tuple[str, NameKind], ...] = (("place", "place"), ("org", "org"))
    for section, kind in sections:
        for canonical, variants in curated.get(section, {}).items():
            entry = Entry(canonical, kind)
            add(canonical, entry)
            for variant in variants:
                add(variant, entry)
    people: dict[str, str] = {}
    for canonical, variants in curated.get("person", {}).items():
        people[canonical] = canonical
        for variant in variants:
            people[variant] = canonical
    return surfaces, people


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, compiled on first use."""
    surfaces, people = build_surfaces()
    automaton = ahocorasick.Automaton()
    for surface, entry in surfaces.items():
        automaton.add_word(surface, (len(surface), entry))
    automaton.make_automaton()
    kinds = {entry.canonical: entry.kind for entry in surfaces.values()}
    return Gazetteer(automaton=automaton, surfaces=surfaces, kinds=kinds, people=people)


def scan(body: str) -> list[Hit]:
    """Whole-word gazetteer matches in ``body``, leftmost-longest, not overlapping."""
    hits: list[Hit] = []
    n = len(body)
    reach = 0
    # iter_long already gives leftmost-longest, non-overlapping matches; a
    # match inside a longer word ("AS" in "ASN") is dropped by the boundary test.
    for last, (length, entry) in gazetteer().automaton.iter_long(body):
        start, end = last + 1 - length, last + 1
        if start < reach:
            continue
        if start > 0:
            ch = body[start - 1]
            if ch.isalnum() or ch == "_":
                continue
        if end < n:
            ch = body[end]
            if ch.isalnum() or ch == "_":
                continue
        hits.append((start, end, entry))
        reach = end
    return hits
