"""Deciding which repeated pieces are the outlet's boilerplate, and checking them on the sample.

A piece becomes a rule when it occurs in at least ``min_share`` of the articles (and in at least
``min_articles``), and the rule is dropped again when, run over the sample, it cuts a sentence that
only one article has: repeated text is the site's, unique text is the article's.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs
import regex

from corekit.boilerplate import GENERIC
from corekit.learn import lines as L
from corekit.learn.patterns import generalise, has_site, key, leading_literal, literal
from corekit.learn.samples import Sample
from corekit.model import Document
from corekit.rules import Engine, Kind, Rule, RuleSet

#: How far a linked headline runs: to the end of its line, or as a Title-Case run
#: (``corekit.boilerplate.headline_end``) when the scraper glued the next sentence on.
Extent = Literal["line-end", "headline"]

#: A rest of line that a marker links to, not a sentence: short and without a final full stop.
MAX_LINK_WORDS = 30
#: Share of a marker's occurrences that must look like a link for the marker to count as one.
LINK_SHARE = 0.8
#: A marker line is followed by its headline on the next line in at least this share.
NEXT_LINE_SHARE = 0.6
#: The texts start with their title in at most this share: the generic title rule would eat the lead.
TITLE_FIRST_SHARE = 0.1
#: Where a masthead may stand, how many to keep, and in what share of the texts it must stand.
HEAD_WINDOW = 120
MAX_MASTHEADS = 3
MASTHEAD_SHARE = 0.2
_NAME_TOKEN = regex.compile(r"[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.?")
#: A headline capitalises at least this share of its words.
TITLE_CASE = 0.6
#: A sentence long enough that two articles sharing it by chance is implausible.
SENTENCE_WORDS = 6
#: A repeated piece that reads like an article sentence (a full stop, this many words) must repeat in
#: at least half the sample: a series of articles may share a paragraph, a site's footer is everywhere.
SENTENCE_LIKE_WORDS = 9
SENTENCE_LIKE_SHARE = 0.5
#: A sentence of article text ends in a full stop; a headline may end in '?' or '!' but rarely in '.'.
_SENTENCE = regex.compile(r"[^.!?\n]*?\S[^.!?\n]*?\.[\"”’']?(?=\s|$|\p{Lu}|[“\"])")
_WORD = regex.compile(r"\S+")
_DATELINE_PIECE = regex.compile(r"\p{Lu}[\p{L}.]*\s*[-–—,]?|[-–—:,]+")
_SLUG = regex.compile(r"[^a-z0-9]+")
_LINKED_WORD = regex.compile(r"[\"“'‘]?(?:\p{Lu}|\d)")


@attrs.frozen
class Learned:
    """One learned rule.

    Attributes:
        name: The rule's name, from what it matches.
        kind: ``line``, ``inline`` (see ``corekit.rules``).
        pattern: A VERBOSE pattern.
        support: In how many sample articles the piece occurs.
        total: How many articles the sample holds.
        example: The piece as written, for the reader.
        what: What kind of piece it is (``repeated line``, ``link marker`` ...).
        extend: For a link marker: how far its headline runs.
        prefixes: Inline rules: the lower-case literal a match starts with (the engine finds it first).
        max_len: Line rules: the longest line the rule may take.
    """

    name: str
    kind: Kind
    pattern: str
    support: int
    total: int
    example: str
    what: str
    extend: Extent | None = None
    prefixes: tuple[str, ...] = ()
    max_len: int = 200

    def rule(self) -> Rule:
        from corekit.boilerplate import headline_end

        extend = {"line-end": to_line_end, "headline": headline_end, None: None}[self.extend]
        if self.kind == "inline":
            return Rule(self.name, self.kind, self.pattern, extend=extend, prefixes=self.prefixes)
        return Rule(self.name, self.kind, self.pattern, max_len=self.max_len)


@attrs.frozen
class Evidence:
    """Text that tells this outlet's pages from others', for ``detect_source``.

    ``hints`` are literals (case as written) every match holds: detection runs the pattern only where
    one is (``corekit.detect.Evidence``).
    """

    name: str
    pattern: str
    confidence: float
    hints: tuple[str, ...]
    support: int
    total: int
    example: str


@attrs.frozen
class Disabled:
    """A generic rule that does harm on this outlet's sample, so its plugin leaves it out.

    Attributes:
        name: The generic rule's name.
        why: What it did, with the number of articles (``cut article sentences in 10 of 30 articles``).
        example: Text it would have dropped.
    """

    name: str
    why: str
    example: str


@attrs.frozen
class Lesson:
    """Everything learned from one sample."""

    total: int
    min_share: float
    rules: tuple[Learned, ...]
    evidence: tuple[Evidence, ...]
    disabled: tuple[Disabled, ...]


def to_line_end(text: str, pos: int, limit: int) -> int:
    """The headline a marker links runs to the end of its line."""
    return limit


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
    unique = _unique_sentences(texts)
    disabled = (*_harmful_generic(texts, unique), *_title_not_first(samples))
    generic = without(GENERIC, {d.name for d in disabled})
    candidates = _names(
        [
            *_whole_lines(stats, floor),
            *_phrases(stats, floor),
            *_prefixes(stats, floor),
            *_tails(stats, floor),
        ]
    )
    rules = _validated(candidates, texts, unique, plugin, generic)
    evidence = _evidence(stats, rules, floor, host)
    return Lesson(
        total=len(texts), min_share=min_share, rules=tuple(rules), evidence=evidence, disabled=disabled
    )


def without(ruleset: RuleSet, names: Iterable[str]) -> RuleSet:
    """``ruleset`` less the rules named."""
    drop = set(names)
    return RuleSet(plugin=ruleset.plugin, rules=tuple(r for r in ruleset.rules if r.name not in drop))


# --- what counts as article text ---------------------------------------------------------------


def sentences(text: str) -> Iterable[str]:
    """Sentences of at least ``SENTENCE_WORDS`` words."""
    for m in _SENTENCE.finditer(text):
        if len(m.group().split()) >= SENTENCE_WORDS:
            yield m.group().strip()


def _unique_sentences(texts: Sequence[str]) -> frozenset[str]:
    seen: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for sentence in sentences(text):
            seen[key(sentence)].add(i)
    return frozenset(k for k, articles in seen.items() if len(articles) == 1)


def _cuts_article(removed: str, unique: frozenset[str]) -> bool:
    return any(key(s) in unique for s in sentences(removed))


def _harm(
    ruleset: Sequence[RuleSet], texts: Sequence[str], unique: frozenset[str], plugin: str
) -> tuple[dict[str, set[int]], dict[str, str]]:
    """Rule name -> (articles where it cut a unique sentence, an example)."""
    engine = Engine(*ruleset)
    harmed: dict[str, set[int]] = defaultdict(set)
    examples: dict[str, str] = {}
    for i, text in enumerate(texts):
        for r in engine.strip(Document(text=text)).removed:
            if r.plugin == plugin and _cuts_article(r.text, unique):
                harmed[r.rule].add(i)
                examples.setdefault(r.rule, r.text)
    return harmed, examples


def _harmful_generic(texts: Sequence[str], unique: frozenset[str]) -> tuple[Disabled, ...]:
    """Generic rules that cut unique sentences in at least two articles and a tenth of the sample."""
    harmed, examples = _harm((GENERIC,), texts, unique, GENERIC.plugin)
    floor = max(2, math.ceil(0.1 * len(texts)))
    return tuple(
        Disabled(
            name=name,
            why=f"cut article sentences in {len(arts)} of {len(texts)} articles",
            example=_short(examples[name]),
        )
        for name, arts in sorted(harmed.items())
        if len(arts) >= floor
    )


def _title_not_first(samples: Sequence[Sample]) -> tuple[Disabled, ...]:
    """The generic title rule takes a short first line for the headline; where the records give the
    title and the site's texts do not start with it, that first line is the lead and must stay."""
    titled = [s for s in samples if s.title and s.title.strip()]
    if len(titled) < len(samples) / 2:
        return ()
    first = [s.text.strip().split("\n", 1)[0].strip() for s in titled]
    starts = sum(1 for s, line in zip(titled, first, strict=True) if key(line).startswith(key(s.title or "")))
    if starts > TITLE_FIRST_SHARE * len(titled):
        return ()
    why = f"the text starts with its title in {starts} of {len(titled)} articles"
    return (Disabled(name="title", why=why, example=_short(first[0])),)


def _validated(
    candidates: Sequence[Learned], texts: Sequence[str], unique: frozenset[str], plugin: str, generic: RuleSet
) -> list[Learned]:
    """The candidates less those that cut a sentence only one article has.

    An inline rule needs a literal start for the engine to find it; one without is dropped too.
    """
    candidates = [c for c in candidates if c.kind != "inline" or c.prefixes]
    ruleset = RuleSet(plugin=plugin, rules=tuple(c.rule() for c in candidates))
    harmed, _ = _harm((ruleset, generic), texts, unique, plugin)
    return [c for c in candidates if c.name not in harmed]


# --- candidates ---------------------------------------------------------------------------------


def _sentence_like(tally: L.Tally, total: int) -> bool:
    """Reads like an article sentence and does not repeat in half the sample."""
    surface = tally.surface.rstrip("”\"’' ")
    long = surface.endswith(".") and len(surface.split()) > SENTENCE_LIKE_WORDS
    return long and tally.support < SENTENCE_LIKE_SHARE * total


def _dateline_piece(tally: L.Tally) -> bool:
    """A place name or a dash on its own line at the top: a dateline the scraper split
    ('Jakarta' / '-' / 'BYD merilis ...'), which the body keeps with its first paragraph."""
    return tally.head >= tally.occurrences / 2 and _DATELINE_PIECE.fullmatch(tally.surface) is not None


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
                pattern=rf"(?<=(?<![^\n])[^\S\n]*{generalise(surface)}[^\S\n]*\n\s*)\S.{{0,250}}(?<![.])",
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
                pattern=rf"{_prefix_pattern(surface)}.{{0,250}}(?<![.])",
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
                example=f"{surface} {_short(tally.rests[0], 80)}",
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


# --- detection ----------------------------------------------------------------------------------


def _evidence(stats: L.Stats, rules: Sequence[Learned], floor: int, host: str | None) -> tuple[Evidence, ...]:
    """The site name opening most texts (the masthead in the dateline), and repeated lines that
    spell out the outlet's own name (a footer such as ``Ikuti Whatsapp Channel Republika``)."""
    found: list[Evidence] = []
    stem = (host or "").split(".")[0].casefold()
    support: Counter[str] = Counter()
    reach: dict[str, int] = defaultdict(int)
    for head in stats.heads:
        opening = _opening_names(head[:HEAD_WINDOW], stem)
        support.update(opening.keys())
        for name, at in opening.items():
            reach[name] = max(reach[name], at)
    for name, n in support.most_common(MAX_MASTHEADS):
        if n < max(floor, stats.total * MASTHEAD_SHARE):
            break
        found.append(
            Evidence(
                name="masthead" if not found else f"masthead-{len(found) + 1}",
                # As far into the line as the sample put it ('Reporter: X | Editor: Y KONTAN.CO.ID').
                pattern=rf"^[^\n]{{0,{reach[name] + 20}}}?(?<![\w.]){literal(name)}(?![\w])",
                confidence=0.9,
                hints=(name,),
                support=n,
                total=stats.total,
                example=name,
            )
        )
    for rule in rules:
        at = rule.example.casefold().find(stem) if len(stem) >= 3 else -1
        if at < 0 or rule.what not in {"repeated line", "repeated phrase glued into the text"}:
            continue
        found.append(
            Evidence(
                name=f"footer-{sum(1 for e in found if e.name.startswith('footer')) + 1}",
                pattern=_footer_pattern(rule),
                confidence=0.8,
                hints=(rule.example[at : at + len(stem)],),
                support=rule.support,
                total=rule.total,
                example=_short(rule.example),
            )
        )
    return tuple(found[:4])


def _footer_pattern(rule: Learned) -> str:
    """The footer as written (case and site name too); a repeated line must stand as a whole line,
    so that a sentence citing the outlet ('dikutip dari KOMPAS.com') is no evidence."""
    pattern = generalise(rule.example, ignore_case=False, sites=False)
    return rf"^[^\S\n]*{pattern}[^\S\n]*$" if rule.what == "repeated line" else pattern


def _opening_names(head: str, stem: str) -> dict[str, int]:
    """Names of the outlet at the head of a text, with where they stand: site names
    ('KOMPAS.com') and words spelling the outlet's own name ('POSMETRO MEDAN-')."""
    found: dict[str, int] = {}
    for m in _NAME_TOKEN.finditer(head):
        token = m.group().rstrip(".")
        if has_site(token) or (len(stem) >= 3 and stem in token.casefold()):
            found.setdefault(token, m.start())
    return found


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


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
