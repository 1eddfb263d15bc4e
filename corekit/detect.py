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
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import ahocorasick
import attrs
import regex

from corekit.model import Document, Source, SourceMatch

#: How far from its hint a match of text evidence may reach (evidence is a line or two).
REACH = 200


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


# Every plugin's detector looks at the same document with (mostly) the same
# head and tail sizes: cut those windows once per document, not once per
# plugin (``text.lstrip()`` alone copies the whole text). The key is the text
# itself, whose hash str caches, so a hit costs one dict probe.
@functools.lru_cache(maxsize=16)
def _opening(text: str, head: int) -> str:
    """The first ``head`` characters of ``text`` after its leading whitespace."""
    return text.lstrip()[:head]


@functools.lru_cache(maxsize=16)
def _windows(text: str, head: int, tail: int) -> tuple[str, ...]:
    """The head and tail windows of ``text``, or the text alone when they would overlap."""
    if len(text) <= head + tail:
        return (text,)
    return (text[:head], text[-tail:])


# The hints of every detector built so far. Most hints are absent from most
# documents, and twenty detectors each calling ``str.find`` per hint per window
# cost more than the rest of detection: one Aho-Corasick pass per window says
# which of them occur at all, and a detector then looks only for those.
_ALL_HINTS: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def _hint_automaton(hints: frozenset[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for hint in hints:
        automaton.add_word(hint, hint)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=32)
def _present(window: str, hints: frozenset[str]) -> frozenset[str]:
    """Those of ``hints`` that occur in ``window``."""
    if not hints:
        return hints
    return frozenset(hint for _, hint in _hint_automaton(hints).iter(window))


def _alternation(evidence: dict[str, Evidence]) -> regex.Pattern[str] | None:
    if not evidence:
        return None
    source = "|".join(f"(?P<{name.replace('-', '_')}>{e.pattern})" for name, e in evidence.items())
    return regex.compile(source, regex.VERBOSE | regex.MULTILINE)


@attrs.frozen
class Detector:
    """Claims documents for one outlet.

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
    _anywhere: regex.Pattern[str] | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _start: regex.Pattern[str] | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _hints: tuple[str, ...] = attrs.field(init=False, default=(), eq=False, repr=False)
    _groups: dict[str, str] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        anywhere = {n: e for n, e in self.evidence.items() if not e.at_start}
        start = {n: e for n, e in self.evidence.items() if e.at_start}
        object.__setattr__(self, "_anywhere", _alternation(anywhere))
        object.__setattr__(self, "_start", _alternation(start))
        object.__setattr__(self, "_hints", tuple(h for e in anywhere.values() for h in e.hints))
        global _ALL_HINTS
        if not _ALL_HINTS.issuperset(self._hints):
            _ALL_HINTS = _ALL_HINTS | frozenset(self._hints)
        # Evidence names may hold dashes; group names may not.
        object.__setattr__(self, "_groups", {name.replace("-", "_"): name for name in self.evidence})

    def __call__(self, document: Document) -> SourceMatch | None:
        if host_matches(host_of(document.url), self.source.hosts):
            return self._claim(1.0, "host")
        site = (document.site_name or "").strip().lower()
        if site and site in {self.source.name.lower(), *self.source.hosts}:
            return self._claim(1.0, "site-name")
        text = document.text
        hits: list[str] = []
        if self._start is not None:
            m = self._start.match(_opening(text, self.head))
            if m is not None:
                hits.append(self._groups[m.lastgroup])
        if self._anywhere is not None:
            for window in _windows(text, self.head, self.tail):
                hits.extend(self._near_hints(window))
        if not hits:
            return None
        best = max(hits, key=lambda name: self.evidence[name].confidence)
        return self._claim(self.evidence[best].confidence, best)

    def _near_hints(self, window: str) -> Iterator[str]:
        """Evidence names matched around the hints in ``window``: the regex scans only ±REACH of each."""
        pattern = self._anywhere
        assert pattern is not None
        present = _present(window, _ALL_HINTS)
        for hint in self._hints:
            if hint not in present:
                continue
            at = window.find(hint)
            for _ in range(3):  # a few occurrences are enough to decide
                if at < 0:
                    break
                m = pattern.search(window, max(0, at - REACH), at + len(hint) + REACH)
                if m is not None:
                    yield self._groups[m.lastgroup]
                at = window.find(hint, at + 1)

    def _claim(self, confidence: float, evidence: str) -> SourceMatch:
        return SourceMatch(
            id=self.source.id,
            name=self.source.name,
            confidence=confidence,
            plugin=self.plugin,
            evidence=evidence,
        )
