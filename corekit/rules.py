"""A small rules engine every boilerplate stripper shares.

A :class:`Rule` is a named pattern (``regex`` module, VERBOSE) or, for shapes a
pattern cannot say readably, a named test. Four kinds:

``head``
    A whole line before the first body paragraph: title, date, byline,
    caption lines. May capture a field.
``line``
    A whole line anywhere: dropped (``loading...``, ``A A A``, calls to action).
``trailer``
    A whole line after some body: it and everything below it are dropped
    (``Berita Terkait``, ``Editor: ...`` followed by menus, copyright).
``inline``
    A span inside a line: cut out, the text on both sides kept. ``extend``
    moves the end of the cut past what the marker links to (the headline
    after ``Baca juga:``), which a pattern alone cannot find.

A :class:`RuleSet` is one plugin's rules; an :class:`Engine` composes rule
sets (an outlet's first, then the generic ones), compiles each kind into ONE
alternation per process, and uses ``lastgroup`` to know which rule hit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

import attrs
import regex

from corekit.model import Article, Document, Removed

Kind = Literal["head", "line", "trailer", "inline"]
Field = Literal["title", "published", "authors"]
KINDS: tuple[Kind, ...] = ("head", "line", "trailer", "inline")

#: ``extend(text, match_end, line_end) -> cut_end``
Extend = Callable[[str, int, int], int]


def _one_of_pattern_or_test(instance: Rule, attribute: attrs.Attribute[Any], value: Any) -> None:
    if (instance.pattern is None) == (instance.test is None):
        raise ValueError(f"rule {instance.name!r} needs exactly one of pattern and test")


@attrs.frozen
class Rule:
    """One named way to recognise boilerplate.

    Attributes:
        name: Shown in ``Removed.rule`` and ``--explain``.
        kind: ``head``, ``line``, ``trailer`` or ``inline`` (see the module doc).
        pattern: A VERBOSE regex; line kinds must match the whole stripped line.
            A named group ``value`` narrows what a field rule captures.
        test: Instead of a pattern, a predicate on the stripped line (line kinds only).
        field: ``title``, ``published`` or ``authors``: what the matched text gives.
        parse: Turns the captured text into the field value (a string; a tuple for authors).
        extend: Inline rules only: where the cut really ends.
        first: Head rules only: try on the first non-blank line alone.
    """

    name: str
    kind: Kind = attrs.field(validator=attrs.validators.in_(KINDS))
    pattern: str | None = attrs.field(default=None, validator=_one_of_pattern_or_test)
    test: Callable[[str], bool] | None = None
    field: Field | None = None
    parse: Callable[[str], Any] | None = None
    extend: Extend | None = None
    first: bool = False


@attrs.frozen
class RuleSet:
    """One plugin's rules, in priority order."""

    plugin: str
    rules: tuple[Rule, ...]


@attrs.frozen
class _Entry:
    rule: Rule
    plugin: str


@attrs.frozen
class _Compiled:
    """One kind's pattern rules as a single alternation, plus its test rules."""

    pattern: regex.Pattern[str] | None
    entries: tuple[_Entry, ...]  # indexed by the group number suffix in ``r<i>``
    tests: tuple[_Entry, ...]


def _compile(entries: Sequence[_Entry]) -> _Compiled:
    patterned = tuple(e for e in entries if e.rule.pattern is not None)
    tests = tuple(e for e in entries if e.rule.test is not None)
    if not patterned:
        return _Compiled(pattern=None, entries=(), tests=tests)
    # Each rule becomes group r<i>; the outer group closes last, so lastgroup names the rule
    # even when the rule has inner groups (``value`` may repeat: the regex module allows it).
    source = "|".join(f"(?P<r{i}>{e.rule.pattern})" for i, e in enumerate(patterned))
    return _Compiled(pattern=regex.compile(source, regex.VERBOSE), entries=patterned, tests=tests)


_LINES = regex.compile(r"[^\S\n]*+(\S(?:[^\n]*\S)?)")  # group 1: a line's content without edge blanks
_EDGE = regex.compile(r"\S(?:.*\S)?", regex.DOTALL)


@attrs.define
class _State:
    text: str
    paragraphs: list[str] = attrs.Factory(list)
    removed: list[Removed] = attrs.Factory(list)
    title: str | None = None
    published: str | None = None
    authors: list[str] = attrs.Factory(list)

    def drop(self, start: int, end: int, entry: _Entry) -> None:
        m = _EDGE.search(self.text, start, end)
        if m is not None:
            rule, plugin = entry.rule.name, entry.plugin
            start, end = m.span()
            self.removed.append(Removed(text=m.group(), start=start, end=end, rule=rule, plugin=plugin))

    def capture(self, entry: _Entry, value: str) -> None:
        rule = entry.rule
        parsed = rule.parse(value) if rule.parse is not None else value.strip()
        if not parsed:
            return
        if rule.field == "authors":
            names = (parsed,) if isinstance(parsed, str) else tuple(parsed)
            self.authors.extend(n for n in names if n not in self.authors)
        elif rule.field == "title" and self.title is None:
            self.title = parsed
        elif rule.field == "published" and self.published is None:
            self.published = parsed


class Engine:
    """Composed, compiled rule sets; :meth:`strip` applies them to a document.

    Build one per plugin at import time: compiling happens here, once per process.
    """

    def __init__(self, *rulesets: RuleSet, timeout: float | None = None) -> None:
        self.rulesets = rulesets
        self.timeout = timeout
        entries = [_Entry(rule, rs.plugin) for rs in rulesets for rule in rs.rules]
        self._kinds: dict[Kind, _Compiled] = {
            kind: _compile([e for e in entries if e.rule.kind == kind]) for kind in KINDS
        }
        for e in entries:
            if e.rule.kind == "inline" and e.rule.test is not None:
                raise ValueError(f"inline rule {e.rule.name!r} needs a pattern, not a test")

    def _whole(self, kind: Kind, text: str, start: int, end: int, head: bool) -> tuple[_Entry, Any] | None:
        """The first rule of ``kind`` that matches the whole line, with its match (or None for a test)."""
        compiled = self._kinds[kind]
        if compiled.pattern is not None:
            m = compiled.pattern.fullmatch(text, start, end, timeout=self.timeout)
            if m is not None:
                return compiled.entries[int(m.lastgroup[1:])], m
        if compiled.tests:
            line = text[start:end]
            for entry in compiled.tests:
                if entry.rule.first and not head:
                    continue
                if entry.rule.test(line):  # type: ignore[misc]
                    return entry, None
        return None

    def strip(self, document: Document, timeout: float | None = None) -> Article:
        """Split ``document.text`` into body paragraphs and removed pieces; fill title, date, authors."""
        if timeout is not None and timeout != self.timeout:
            return Engine(*self.rulesets, timeout=timeout).strip(document)
        text = document.text
        state = _State(text)
        first = True
        ended: _Entry | None = None
        for line in _LINES.finditer(text):
            start, end = line.span(1)
            if ended is not None:
                state.drop(start, end, ended)
                continue
            in_head = not state.paragraphs
            hit = None
            if in_head:
                hit = self._whole("head", text, start, end, first)
                if hit is not None and hit[0].rule.first and not first:
                    hit = None
            if hit is None and not in_head:
                hit = self._whole("trailer", text, start, end, False)
                if hit is not None:
                    ended = hit[0]
            if hit is None:
                hit = self._whole("line", text, start, end, False)
            first = False
            if hit is not None:
                entry, m = hit
                state.drop(start, end, entry)
                if entry.rule.field is not None:
                    state.capture(entry, _value(m, text, start, end))
                continue
            self._inline(state, start, end)
        return Article(
            body="\n\n".join(state.paragraphs),
            title=state.title or document.title,
            published=state.published or document.published,
            authors=tuple(state.authors) or document.authors,
            removed=tuple(state.removed),
        )

    def _inline(self, state: _State, start: int, end: int) -> None:
        text = state.text
        compiled = self._kinds["inline"]
        pieces: list[str] = []
        pos = start
        if compiled.pattern is not None:
            search = compiled.pattern.search
            at = start
            while at < end:
                m = search(text, at, end, timeout=self.timeout)
                if m is None:
                    break
                entry = compiled.entries[int(m.lastgroup[1:])]
                cut_end = m.end()
                if entry.rule.extend is not None:
                    cut_end = max(cut_end, min(end, entry.rule.extend(text, cut_end, end)))
                if cut_end <= m.start():  # an empty match cuts nothing; step past it
                    at = m.start() + 1
                    continue
                _keep(pieces, text, pos, m.start())
                state.drop(m.start(), cut_end, entry)
                if entry.rule.field is not None:
                    state.capture(entry, _value(m, text, m.start(), cut_end))
                pos = at = cut_end
        _keep(pieces, text, pos, end)
        if pieces:
            state.paragraphs.append(" ".join(pieces))


def _keep(pieces: list[str], text: str, start: int, end: int) -> None:
    piece = text[start:end].strip()
    if piece:
        pieces.append(piece)


def _value(m: Any, text: str, start: int, end: int) -> str:
    if m is not None and "value" in m.re.groupindex and m.group("value") is not None:
        return m.group("value")
    return text[start:end]
