"""Deciding which repeated pieces are the outlet's boilerplate.

A piece becomes a candidate rule when it occurs in at least ``min_share`` of the articles (and in at
least ``min_articles``); :mod:`corekit.learn.check` then drops any candidate that cuts a sentence only
one article has, and :mod:`corekit.learn.detection` learns the evidence ``detect_source`` claims by.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import attrs
import regex

from corekit.boilerplate import GENERIC
from corekit.learn import check
from corekit.learn import lines as L
from corekit.learn.detection import evidence
from corekit.learn.lesson import Extent, Learned, Lesson, short, without
from corekit.learn.patterns import generalise, has_site, key, leading_literal, literal
from corekit.learn.samples import Sample

#: A rest of line that a marker links to, not a sentence: short and without a final full stop.
MAX_LINK_WORDS = 30
#: Share of a marker's occurrences that must look like a link for the marker to count as one.
LINK_SHARE = 0.8
#: A marker line is followed by its headline on the next line in at least this share.
NEXT_LINE_SHARE = 0.6
#: A headline capitalises at least this share of its words.
TITLE_CASE = 0.6
#: A repeated piece that reads like an article sentence (a full stop, this many words) must repeat in
#: at least half the sample: a series of articles may share a paragraph, a site's footer is everywhere.
SENTENCE_LIKE_WORDS = 9
SENTENCE_LIKE_SHARE = 0.5
#: What a line a marker links must not end with: a full stop, even inside a closing quote.
NOT_A_SENTENCE_END = r"(?<!\.[\"”’']?)"
#: A line this short holding a site name, at the top of the text, is a masthead.
MASTHEAD_WORDS = 4
_DATELINE_PIECE = regex.compile(r"\p{Lu}[\p{L}.]*\s*[-–—,]?|[-–—:,]+")
_SLUG = regex.compile(r"[^a-z0-9]+")
_LINKED_WORD = regex.compile(r"[\"“'‘]?(?:\p{Lu}|\d)")


def learn(
    samples: Sequence[Sample],
    *,
    plugin: str = "learned",
    host: str | None = None,
    min_share: float = 0.1,
    min_articles: int = 3,
) -> Lesson:
    """What ``samples`` (one outlet's articles) repeat: rules, detection evidence, generic rules to skip."""
    texts = [s.text for s in samples]
    stats = L.count(texts)
    floor = max(min_articles, math.ceil(min_share * len(texts)))
    unique = check.unique_sentences(texts)
    disabled = (*check.harmful_generic(texts, unique), *check.title_not_first(samples))
    generic = without(GENERIC, {d.name for d in disabled})
    candidates = _names(
        [
            *_whole_lines(stats, floor),
            *_phrases(stats, floor),
            *_prefixes(stats, floor),
            *_tails(stats, floor),
        ]
    )
    rules = check.validated(candidates, texts, unique, plugin, generic)
    found = evidence(stats, rules, floor, host)
    return Lesson(
        total=len(texts),
        min_share=min_share,
        min_articles=min_articles,
        rules=tuple(rules),
        evidence=found,
        disabled=disabled,
    )


# --- candidates ---------------------------------------------------------------------------------


def _sentence_like(tally: L.Tally, total: int) -> bool:
    """Reads like an article sentence and does not repeat in half the sample."""
    surface = tally.surface.rstrip("”\"’' ")
    long = surface.endswith(".") and len(surface.split()) > SENTENCE_LIKE_WORDS
    return long and tally.support < SENTENCE_LIKE_SHARE * total


def _dateline_piece(tally: L.Tally) -> bool:
    """A place name, a dash or a short masthead on its own line at the top: a dateline the scraper
    split ('Jakarta' / '-' / 'BYD merilis ...', 'JAKARTA, KOMPAS.com' / '- ...'), which the body keeps
    with its first paragraph."""
    surface = tally.surface
    piece = _DATELINE_PIECE.fullmatch(surface) is not None or (
        has_site(surface) and len(surface.split()) <= MASTHEAD_WORDS
    )
    return piece and tally.head >= tally.occurrences / 2


def _whole_lines(stats: L.Stats, floor: int) -> Iterable[Learned]:
    for tally in _repeated(stats.lines, floor):
        surface = tally.surface
        if _sentence_like(tally, stats.total) or _dateline_piece(tally):
            continue
        yield Learned(
            name=surface,
            kind="line",
            pattern=generalise(surface),
            support=tally.support,
            total=stats.total,
            example=surface,
            what="repeated line",
            max_len=max(200, 2 * len(surface)),
        )
        after = _next_line_headlines(tally, stats)
        if after >= NEXT_LINE_SHARE * tally.occurrences:
            # The marker stands alone and the headline it links is the next line.
            yield Learned(
                name=f"after {surface}",
                kind="line",
                pattern=rf"(?<=(?<![^\n])[^\S\n]*{generalise(surface)}[^\S\n]*\n\s*)\S.{{0,250}}{NOT_A_SENTENCE_END}",
                support=tally.support,
                total=stats.total,
                example=next(n for n in tally.next_lines if n),
                what="headline on the line after a marker",
                max_len=260,
            )


def _next_line_headlines(tally: L.Tally, stats: L.Stats) -> int:
    """Lines after this one that read as a linked headline: short, Title Case, without a full stop,
    and not repeated themselves (a subheading is usually sentence case)."""
    return sum(
        1
        for n in tally.next_lines
        if n and _link_like(n) and _title_case(n) and stats.lines[key(n)].support == 1
    )


def _title_case(text: str) -> bool:
    words = text.split()
    return bool(words) and sum(1 for w in words if _LINKED_WORD.match(w)) >= TITLE_CASE * len(words)


def _phrases(stats: L.Stats, floor: int) -> Iterable[Learned]:
    for tally in _repeated(stats.phrases, floor):
        surface = tally.surface
        if tally.mid_line < tally.occurrences / 2 or _whole(stats, surface, floor):
            continue
        if len(surface.split()) < 2 or _sentence_like(tally, stats.total):
            continue
        yield Learned(
            name=surface,
            kind="inline",
            pattern=generalise(surface),
            support=tally.support,
            total=stats.total,
            example=surface,
            what="repeated phrase glued into the text",
            prefixes=_starts(surface),
        )


def _whole(stats: L.Stats, surface: str, floor: int) -> bool:
    tally = stats.lines.get(key(surface))
    return tally is not None and tally.support >= floor


def _prefix_pattern(surface: str) -> str:
    """A prefix ending in a word must end at a word's end: 'Baca' must not take 'Bacaan'; a capital
    may follow, as in 'Baca JugaHarga'."""
    return generalise(surface) + (r"(?![\p{Ll}\d])" if surface[-1:].isalnum() else "")


def _prefixes(stats: L.Stats, floor: int) -> Iterable[Learned]:
    kept: dict[str, tuple[L.Tally, Extent]] = {}
    for k, tally in stats.prefixes.items():
        if tally.support < floor or not (_label(tally.surface) or len(tally.surface.split()) >= 2):
            continue
        if all(_whole(stats, s, floor) for s in tally.segments):
            continue  # repeated lines already say it; a prefix also takes their rarer variants
        links = sum(1 for rest in tally.rests if _link_like(rest))
        glued = sum(1 for rest in tally.rests if _starts_headline(rest))
        if links >= LINK_SHARE * len(tally.rests):
            kept[k] = (tally, "line-end")
        elif (_label(tally.surface) or tally.glued >= LINK_SHARE * tally.occurrences) and (
            glued >= LINK_SHARE * len(tally.rests)
        ):
            kept[k] = (tally, "headline")
    # The longest prefix that keeps most of the support: 'Baca juga:' rather than 'Baca' ...
    kept = {
        k: v
        for k, v in kept.items()
        if not any(
            o != k and o.startswith(k) and t.support >= 0.8 * v[0].support for o, (t, _) in kept.items()
        )
    }
    for k, (tally, extent) in kept.items():
        # ... and no longer one where a shorter one already takes its lines ('Simak juga Video').
        if any(o != k and k.startswith(o) and e == extent for o, (_, e) in kept.items()):
            continue
        surface = tally.surface.rstrip()
        at_start = tally.line_start >= LINK_SHARE * tally.occurrences
        if tally.head >= tally.occurrences / 2 or (has_site(surface) and extent == "headline"):
            continue  # a dateline ('REPUBLIKA.CO.ID, JAKARTA --', 'JAKARTA -'): the body keeps it
        if at_start and extent == "line-end":
            yield Learned(
                name=f"{surface} link",
                kind="line",
                pattern=rf"{_prefix_pattern(surface)}.{{0,250}}{NOT_A_SENTENCE_END}",
                support=tally.support,
                total=stats.total,
                example=f"{surface} {tally.rests[0]}",
                what="marker and the headline it links, to the line end",
                max_len=len(surface) + 260,
            )
        else:
            yield Learned(
                name=f"{surface} link",
                kind="inline",
                pattern=_prefix_pattern(surface) + r"\s*",
                support=tally.support,
                total=stats.total,
                example=f"{surface} {short(tally.rests[0], 80)}",
                what="link marker glued into the text",
                extend=extent,
                prefixes=_starts(surface),
            )


def _tails(stats: L.Stats, floor: int) -> Iterable[Learned]:
    codes = stats.editor_codes
    if codes.support >= floor:
        yield Learned(
            name="editor-code",
            kind="inline",
            # After a sentence's end on its line, or on a line of its own.
            pattern=rf"(?:(?<=[.!?\"”’)][^\S\n]*)|(?<![^\n])){L.EDITOR_CODE}$",
            support=codes.support,
            total=stats.total,
            example=", ".join(s for s, _ in codes.surfaces.most_common(5)),
            what="editor's code closing the article, as a shape",
            prefixes=("(",),
        )
    for label, tally in stats.credits.items():
        captions = sum(1 for rest in tally.rests if _link_like(rest))
        if tally.support >= floor and captions >= LINK_SHARE * len(tally.rests):
            yield Learned(
                name=f"credit {label}",
                kind="line",
                pattern=rf".{{0,300}}?\((?i:{literal(label)}):\s[^()\n]{{1,80}}\)",
                support=tally.support,
                total=stats.total,
                example=f"{tally.rests[0]} ({tally.surface}: ...)",
                what="caption line ending in a credit",
                max_len=420,
            )


def _starts(surface: str) -> tuple[str, ...]:
    lead = leading_literal(surface)
    return (lead,) if lead else ()


def _repeated(tallies: dict[str, L.Tally], floor: int) -> list[L.Tally]:
    return sorted(
        (t for k, t in tallies.items() if t.support >= floor and k), key=lambda t: (-t.support, t.surface)
    )


def _link_like(rest: str) -> bool:
    """What a marker links to: some words, not too many, and no final full stop."""
    words = rest.split()
    return 0 < len(words) <= MAX_LINK_WORDS and not rest.rstrip("”\"’' ").endswith(".")


def _starts_headline(rest: str) -> bool:
    """A Title-Case run follows: two of the next three words start with a capital or a digit."""
    words = rest.split()[:3]
    return len(words) >= 2 and sum(1 for w in words if _LINKED_WORD.match(w)) >= 2


def _label(surface: str) -> bool:
    """A marker says it is one: it ends in a colon or a dash, or shouts ('BACA JUGA')."""
    stripped = surface.strip()
    return stripped.endswith((":", "-", "–", "—")) or (stripped.isupper() and len(stripped) > 3)


# --- naming -------------------------------------------------------------------------------------


def _names(candidates: Sequence[Learned]) -> list[Learned]:
    """Readable, unique rule names from what each rule matches."""
    taken: set[str] = set()
    named = []
    for c in candidates:
        words = _SLUG.sub(" ", c.name.casefold()).split()[:5]
        base = "-".join(words) or "symbols"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        named.append(attrs.evolve(c, name=name))
    return named
