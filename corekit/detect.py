"""Source detection every outlet plugin shares: the host first, then cheap text evidence.

An outlet plugin builds one :class:`Detector` at import and calls it from its
``detect_source`` hook::

    DETECTOR = Detector(SOURCE, plugin="kontan", evidence={
        "dateline": Evidence(r"KONTAN\\.CO\\.ID\\s*[-–—]", 0.95, hints=("KONTAN.CO.ID",)),
    })

The URL's host (or the container's site name) settles the source with
confidence 1.0. Without them the text decides, from a window at its head and
one at its tail only: detection runs for every plugin on every document. All
of an outlet's evidence is compiled into one alternation (``lastgroup`` says
which evidence hit), and that alternation only runs over a window holding
one of the evidence's literal hints (``str`` containment is far cheaper than
a regex scan); evidence that must open the text is matched there alone.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import ahocorasick
import attrs
import regex

from corekit.model import Document, Source, SourceMatch

#: How far from its hint a match of text evidence may reach (evidence is a line or two).
REACH = 200
#: What an outlet's reporter's voice is worth (see ``Source.reporter``): less than any evidence
#: of a plugin, since a page that copies another outlet's piece keeps its words.
REPORTER_CONFIDENCE = 0.53
#: The most names looked at in one text: one a text names that often decides by its first few.
_REPORTER_TRIES = 20


# Every plugin's detector asks for the host of the same URL: parse it once.
@functools.lru_cache(maxsize=64)
def host_of(url: str | None) -> str | None:
    """The lower-case host name of ``url`` (a scheme-less ``kontan.co.id/...`` too), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def host_matches(host: str | None, hosts: tuple[str, ...]) -> bool:
    """True when ``host`` is one of ``hosts`` or a subdomain of one (``nasional.kontan.co.id``)."""
    if not host:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)


def _confidence(instance: Evidence, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 < value < 1.0:
        raise ValueError("text evidence must claim more than 0 and less than 1.0: only the host is sure")


def _hints_or_start(instance: Evidence, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not value and not instance.at_start:
        raise ValueError("evidence needs literal hints, or at_start=True")


@attrs.frozen
class Evidence:
    """One kind of text evidence for an outlet.

    Attributes:
        pattern: A VERBOSE, MULTILINE regex.
        confidence: What a match is worth, below 1.0.
        hints: Literals (case as written) every match contains, within ``REACH`` characters of
            the match's ends; the pattern runs only around them.
        at_start: Match at the start of the text only (a dateline that opens the text).
    """

    pattern: str
    confidence: float = attrs.field(validator=_confidence)
    hints: tuple[str, ...] = attrs.field(default=(), validator=_hints_or_start)
    at_start: bool = False


@functools.lru_cache(maxsize=16)
def _opening(text: str, head: int) -> str:
    """The first ``head`` characters of ``text`` after its leading whitespace."""
    return text.lstrip()[:head]


# Every plugin's detector looks at the same document with (mostly) the same head and tail sizes:
# cut those windows once per document, not once per plugin. The key is the text itself, whose
# hash str caches, so a hit costs one dict probe.
@functools.lru_cache(maxsize=16)
def _windows(text: str, head: int, tail: int) -> tuple[str, ...]:
    """The head and tail windows of ``text``, or the text alone when they would overlap."""
    if len(text) <= head + tail:
        return (text,)
    return (text[:head], text[-tail:])


class _Registry:
    """Every detector built in this process, and where their hints stand in a text.

    Most hints are absent from most documents, and twenty detectors each looking for theirs cost
    more than the rest of detection: one Aho-Corasick pass over the widest head and tail windows
    any detector reads finds every hint of every detector, once per document; a detector whose
    hints are absent from its own windows (most of them) declines without touching the text.
    """

    def __init__(self) -> None:
        self.hints: frozenset[str] = frozenset()
        self.head = self.tail = 0
        self.version = 0  # changes whenever the hints or windows do, so old answers are not reused

    def add(self, hints: tuple[str, ...], head: int, tail: int) -> None:
        if not self.hints.issuperset(hints) or head > self.head or tail > self.tail:
            self.hints = self.hints | frozenset(hints)
            self.head, self.tail = max(self.head, head), max(self.tail, tail)
            self.version += 1

    def occurrences(self, text: str) -> dict[str, list[int]]:
        """Hint -> the start of each of its occurrences in the widest windows, in text order."""
        return _occurrences(text, self.hints, self.head, self.tail, self.version)


# Keyed by the text itself (its hash is cached by str): every detector asks about the same text.
@functools.lru_cache(maxsize=16)
def _occurrences(
    text: str, hints: frozenset[str], head: int, tail: int, version: int
) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    if not hints:
        return found
    spans: tuple[tuple[int, str], ...] = ((0, text),)
    if len(text) > head + tail:
        spans = ((0, text[:head]), (len(text) - tail, text[-tail:]))
    automaton = _hint_automaton(hints)
    for offset, window in spans:
        for end, hint in automaton.iter(window):
            found.setdefault(hint, []).append(offset + end - len(hint) + 1)
    return found


_REGISTRY = _Registry()


@functools.lru_cache(maxsize=4)
def _hint_automaton(hints: frozenset[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for hint in hints:
        automaton.add_word(hint, hint)
    automaton.make_automaton()
    return automaton


@functools.cache
def _compiled(source: str) -> regex.Pattern[str]:
    return regex.compile(source, regex.VERBOSE | regex.MULTILINE)


def _group(name: str) -> str:
    return name.replace("-", "_")  # evidence names may hold dashes; group names may not


@attrs.frozen
class Detector:
    """Claims documents for one outlet.

    Patterns are compiled on first use, not when the detector is built, so importing a plugin
    costs little and a process compiles only the evidence its documents' hints call for.
    :meth:`patterns` compiles and returns them all, for checks such as the regex budget.

    Attributes:
        source: The outlet.
        plugin: The plugin name put in the claims.
        evidence: Evidence name -> :class:`Evidence`.
        head: How many characters at the start of the text to search.
        tail: How many characters at the end of the text to search.
    """

    source: Source
    plugin: str
    evidence: dict[str, Evidence] = attrs.field(factory=dict)
    head: int = 800
    tail: int = 800
    _hints: tuple[str, ...] = attrs.field(init=False, default=(), eq=False, repr=False)
    _start: dict[str, Evidence] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _start_source: str = attrs.field(init=False, default="", eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        anywhere = {n: e for n, e in self.evidence.items() if not e.at_start}
        # Each hint once, in the order the evidence declares them (a repeated hint finds no more).
        hints = tuple(dict.fromkeys(h for e in anywhere.values() for h in e.hints))
        object.__setattr__(self, "_hints", hints)
        start = {n: e for n, e in self.evidence.items() if e.at_start}
        object.__setattr__(self, "_start", start)
        source = "|".join(f"(?P<{_group(n)}>{e.pattern})" for n, e in start.items())
        object.__setattr__(self, "_start_source", source)
        _REGISTRY.add(hints, self.head, self.tail)

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern this detector can run, by name (compiling what was not yet)."""
        found = {
            f"evidence:{name}": _compiled(e.pattern) for name, e in self.evidence.items() if not e.at_start
        }
        start = self._start_pattern()
        if start is not None:
            found["_start"] = start
        return found

    def _start_pattern(self) -> regex.Pattern[str] | None:
        return _compiled(self._start_source) if self._start_source else None

    def __call__(self, document: Document) -> SourceMatch | None:
        if host_matches(host_of(document.url), self.source.hosts):
            return self._claim(1.0, "host")
        site = (document.site_name or "").strip().lower()
        if site and site in {self.source.name.lower(), *self.source.hosts}:
            return self._claim(1.0, "site-name")
        text = document.text
        hits: list[str] = []
        if self._start:
            m = self._start_pattern().match(_opening(text, self.head))  # type: ignore[union-attr]
            if m is not None:
                hits.append(self._named(m.lastgroup))
        if self._hints:
            occurrences = _REGISTRY.occurrences(text)
            if any(hint in occurrences for hint in self._hints):
                hits.extend(self._near_hints(text, occurrences))
        if not hits:
            return None
        best = max(hits, key=lambda name: self.evidence[name].confidence)
        return self._claim(self.evidence[best].confidence, best)

    def _named(self, group: str | None) -> str:
        return next(name for name in self.evidence if _group(name) == group)

    def _near_hints(self, text: str, occurrences: dict[str, list[int]]) -> Iterator[str]:
        """Evidence names matched around the hints in each window: ±REACH of a hint's first few.

        The search around a hint is the leftmost match of any of the detector's evidence (the
        first declared wins at one position), found with one search per evidence: the regex
        module scans for a lone pattern's literals far faster than for an alternation's.
        """
        windows = _windows(text, self.head, self.tail)
        for window, offset in zip(windows, (0, len(text) - len(windows[-1])), strict=False):
            size = len(window)
            for hint in self._hints:
                starts = occurrences.get(hint)
                if not starts:
                    continue
                inside = [at - offset for at in starts if offset <= at and at - offset + len(hint) <= size]
                for at in inside[:3]:  # a few occurrences are enough to decide
                    name = self._leftmost(window, max(0, at - REACH), at + len(hint) + REACH)
                    if name is not None:
                        yield name

    def _leftmost(self, window: str, start: int, end: int) -> str | None:
        best: tuple[int, int, str] | None = None
        for order, (name, e) in enumerate(self.evidence.items()):
            if e.at_start:
                continue
            m = _compiled(e.pattern).search(window, start, end)
            if m is not None and (best is None or (m.start(), order) < best[:2]):
                best = (m.start(), order, name)
        return None if best is None else best[2]

    def _claim(self, confidence: float, evidence: str) -> SourceMatch:
        return claim(self.source, self.plugin, confidence, evidence)


def claim(source: Source, plugin: str, confidence: float, evidence: str) -> SourceMatch:
    """``plugin``'s claim that a document is ``source``'s, on ``evidence``."""
    return SourceMatch(
        id=source.id, name=source.name, confidence=confidence, plugin=plugin, evidence=evidence
    )


def reporter_claim(sources: Sequence[tuple[str, Source]], text: str) -> SourceMatch | None:
    """The claim for the first outlet of ``sources`` (plugin name, source) whose own reporter
    speaks in ``text`` (see ``Source.reporter``), in text order; None when none does.

    Meant for a document no plugin claimed: one pass over the whole text, where plugins read only
    its head and tail.
    """
    owners = {name: (plugin, source) for plugin, source in sources for name in source.reporter}
    if not owners:
        return None
    found = _hint_automaton(frozenset(owners)).iter(text)
    for end, name in itertools.islice(found, _REPORTER_TRIES):
        plugin, source = owners[name]
        if _voice(source).search(text, max(0, end - len(name) - 40), end + 41):
            return claim(source, plugin, REPORTER_CONFIDENCE, "own-reporter")
    return None


# The reporter spoken to, watching, keeping records or asking; not 'dikutip' or 'dilansir' (other
# outlets quote it so).
_VOICE_BEFORE = (
    r"(?:dihubungi|dikonfirmasi|dikontak|diwawancarai|ditemui|kepada|pantauan|catatan|wawancara)"
    r"(?:\ oleh)?\ "
)


@functools.lru_cache(maxsize=64)
def _voice(source: Source) -> regex.Pattern[str]:
    names = "|".join(regex.escape(n) for n in sorted(source.reporter, key=len, reverse=True))
    # A name may carry a region glued on ('TribunJakarta') and its domain; no more letters.
    name = rf"(?:{names})(?:\p{{Lu}}\p{{Ll}}+)?(?:\.(?:com|co\.id|id|co))?(?![\p{{L}}\d])"
    date = r"\d{1,2}(?:/\d{1,2}/|\ \p{L}+\ )\d{2,4}"
    return _compiled(rf"{_VOICE_BEFORE}{name}|{name}\ mencatat\b|\({name},\ {date}\)")
