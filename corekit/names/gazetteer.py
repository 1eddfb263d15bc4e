"""The built-in gazetteer: places, organisations and well-known people.

Country and region names come from CLDR (``data/territories_id.tsv``, made by
``tools/gen_territories.py``), Indonesia's provinces, regencies and cities from
the official codes (``data/regions_id.tsv``, made by ``tools/gen_regions.py``);
``data/gazetteer.toml`` adds the spellings Indonesian news uses. Matching is
case-sensitive and on whole words only, so ``AS`` in ``upaya AS`` matches but
``as`` and ``kelas`` never do.

Every surface starts with a capital letter, and the person scan
(``corekit.names.persons``) already visits every capitalised word of a body. So
the surfaces are indexed by their first word, and that scan looks each word up
in one dict probe: a separate pass of an Aho-Corasick automaton over the whole
body cost a fifth of ``find_names`` for the thirty-odd hits an article has.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from importlib import resources

import attrs
import regex

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
# The surfaces that share a first word, longest first, with their entries.
Surfaces = tuple[tuple[str, Entry], ...]

# The first word of a surface, and every place in a capitalised word where a
# surface may start: the word itself, or a capitalised part after a hyphen or
# an apostrophe ("Rusia-Ukraina", "AS’"), which are whole words to a reader.
_KEY = regex.compile(r"\b\p{Lu}\w*")


@attrs.frozen
class Gazetteer:
    """The compiled gazetteer: the first-word index plus the lookup tables it came from."""

    # first word -> the surfaces that start with it, longest first
    index: Mapping[str, Surfaces]
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


def _regions() -> list[list[str]]:
    """Each region's kind, its name and the other spellings of it (``Toli-Toli``, ``Tolitoli``)."""
    return [
        line.split("\t")[1:]
        for line in _read_text("regions_id.tsv").splitlines()
        if line and not line.startswith("#")
    ]


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
    for level, canonical, *variants in _regions():
        # Last and never over an earlier entry: the curated spellings win ('Jakarta' for 'DKI Jakarta').
        entry = surfaces.get(canonical) or Entry(canonical, "place")
        for surface in (canonical, *variants):
            if surface in surfaces:
                continue
            if level == "district":
                surfaces[surface] = entry  # no dateline shouts a district
            else:
                add(surface, entry)
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
    grouped: dict[str, list[tuple[str, Entry]]] = {}
    for surface, entry in surfaces.items():
        key = _KEY.match(surface)
        # Only "eSwatini" (CLDR) starts in lower case; gazetteer.toml adds "Eswatini".
        if key:
            grouped.setdefault(key.group(), []).append((surface, entry))
    index = {k: tuple(sorted(v, key=lambda se: -len(se[0]))) for k, v in grouped.items()}
    kinds = {entry.canonical: entry.kind for entry in surfaces.values()}
    return Gazetteer(index=index, surfaces=surfaces, kinds=kinds, people=people)


def starts(word: str) -> tuple[tuple[int, Surfaces], ...]:
    """Where in a capitalised ``word`` a surface may start: (offset, surfaces) for each capitalised part."""
    index = gazetteer().index
    return tuple((m.start(), index[m.group()]) for m in _KEY.finditer(word) if m.group() in index)


def match_at(body: str, at: int, surfaces: Surfaces) -> Hit | None:
    """The longest of ``surfaces`` that ``body`` has at ``at``, if it ends a word there."""
    for surface, entry in surfaces:
        if body.startswith(surface, at):
            end = at + len(surface)
            if end < len(body) and (body[end].isalnum() or body[end] == "_") and not _camel_glued(body, end):
                # Only the longest is tried, as a reader would: "Korea Utaranya" is not "Korea".
                return None
            return (at, end, entry)
    return None


def _camel_glued(body: str, end: int) -> bool:
    """Whether a capital glued to a surface's last word at ``end`` opens the next word, a scraper's
    link glued to it ('Jawa BaratHerman'); the surface's last word is whole then. Only surfaces of
    two words or more meet it here: a one-word surface glued so is a word of its own to the index."""
    return body[end].isupper() and body[end - 1].islower() and body[end + 1 : end + 2].islower()
