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
sets (an outlet's first, then the generic ones) and compiles them once per
process:

- the whole-line pattern rules into two alternations, one for the lines above
  the body (head, line, trailer rules) and one below (trailer, line rules), so
  a line costs one ``fullmatch``; ``lastgroup`` names the rule that hit;
- the test rules run after, only on lines short enough (``max_len``) and
  holding one of their ``hints``;
- each inline rule is tried only where one of its literal ``prefixes`` stands,
  found with ``str.find``: the ``regex`` module does not prefilter an
  alternation, and scanning every position of every line with one costs
  several times more than everything else together.

Every match takes the engine's ``timeout`` (or the one given to ``strip``),
so a later hardening pass can bound every pattern.

Article bodies are verbatim: each kept line (the pieces a cut leaves joined by
one space) is a paragraph, paragraphs joined by a blank line. Every non-blank
character of the input ends in the body or in one ``Removed`` span
(:func:`corekit.audit.audit` checks it).
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


def _check(instance: Rule, attribute: attrs.Attribute[Any], value: Any) -> None:
    if (instance.pattern is None) == (instance.test is None):
        raise ValueError(f"rule {instance.name!r} needs exactly one of pattern and test")
    if instance.kind == "inline" and (instance.pattern is None or not instance.prefixes):
        raise ValueError(f"inline rule {instance.name!r} needs a pattern and the prefixes it starts with")
    if any(p != p.lower() or not p for p in (*instance.prefixes, *instance.hints)):
        raise ValueError(f"rule {instance.name!r}: prefixes and hints are non-empty lower-case literals")


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
        hints: Test rules only: lower-case literals one of which every line the test accepts
            holds; the test (Python, so dear) runs only on lines holding one.
        prefixes: Inline rules only: lower-case literals a match starts with. The engine finds
            them with ``str.find`` and tries the pattern only there: the ``regex`` module does
            not prefilter an alternation, so scanning every position of every line would cost
            far more than the rest of the work together.
        max_len: Line kinds: the longest line the rule can match; longer lines skip it.
        first: Head rules only: try on the first line left, the one every line above was
            dropped from (cleaning the body again sees that line first).
    """

    name: str
    kind: Kind = attrs.field(validator=attrs.validators.in_(KINDS))
    pattern: str | None = attrs.field(default=None, validator=_check)
    test: Callable[[str], bool] | None = None
    field: Field | None = None
    parse: Callable[[str], Any] | None = None
    extend: Extend | None = None
    hints: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    max_len: int = 200
    first: bool = False


@attrs.frozen
class RuleSet:
    """One plugin's rules, in priority order."""

    plugin: str
    rules: tuple[Rule, ...]

    def without(self, *names: str) -> RuleSet:
        """The same rule set less the named rules.

        For an outlet whose text is known never to hold what a generic rule looks for (no
        headline line above a dateline that wraps: 'JAKARTA, KOMPAS.com' alone on its line).
        """
        unknown = set(names) - {rule.name for rule in self.rules}
        if unknown:
            raise ValueError(f"{self.plugin} has no rules named {sorted(unknown)}")
        return RuleSet(self.plugin, tuple(rule for rule in self.rules if rule.name not in names))


@attrs.frozen
class _Entry:
    rule: Rule
    plugin: str
    order: int = 0


@attrs.frozen
class _Compiled:
    """One whole-line kind: its pattern rules as a single alternation, plus its test rules."""

    pattern: regex.Pattern[str] | None
    entries: tuple[_Entry, ...]  # indexed by the group number suffix in ``r<i>``
    tests: tuple[_Entry, ...]
    max_len: int  # no pattern rule of this kind matches a longer line
    tests_max_len: int  # no test rule of this kind accepts a longer line


def _compile(entries: Sequence[_Entry]) -> _Compiled:
    patterned = tuple(e for e in entries if e.rule.pattern is not None)
    tests = tuple(e for e in entries if e.rule.test is not None)
    max_len = max((e.rule.max_len for e in patterned), default=0)
    tests_max_len = max((e.rule.max_len for e in tests), default=0)
    if not patterned:
        return _Compiled(pattern=None, entries=(), tests=tests, max_len=0, tests_max_len=tests_max_len)
    # Each rule becomes group r<i>; the outer group closes last, so lastgroup names the rule
    # even when the rule has inner groups (``value`` may repeat: the regex module allows it).
    source = "|".join(f"(?P<r{i}>{e.rule.pattern})" for i, e in enumerate(patterned))
    pattern = regex.compile(source, regex.VERBOSE)
    return _Compiled(
        pattern=pattern, entries=patterned, tests=tests, max_len=max_len, tests_max_len=tests_max_len
    )


@attrs.frozen
class _Inline:
    entry: _Entry
    pattern: regex.Pattern[str]


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

    def drop(self, start: int, end: int, entry: _Entry, exact: bool = False) -> None:
        """Record ``text[start:end]`` as removed, less its edge blanks (``exact``: it has none)."""
        text = self.text
        if not exact:
            m = _EDGE.search(text, start, end)
            if m is None:
                return
            start, end = m.span()
        rule, plugin = entry.rule.name, entry.plugin
        self.removed.append(Removed(text=text[start:end], start=start, end=end, rule=rule, plugin=plugin))

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
        entries = [attrs.evolve(e, order=i) for i, e in enumerate(entries)]
        # Two whole-line alternations, so each line costs one fullmatch: above the body the head
        # rules, then the line rules; below its start the trailer rules, then the line rules.
        def of(*kinds: Kind) -> list[_Entry]:
            return [e for kind in kinds for e in entries if e.rule.kind == kind]

        # A trailer line above the body is dropped as a line: an article cannot end before it begins.
        self._head = _compile(of("head", "line", "trailer"))
        self._body = _compile(of("trailer", "line"))
        literals = {prefix for e in entries for prefix in e.rule.prefixes}
        self._all_literals = tuple(sorted(literals))
        self._inline = tuple(
            _Inline(e, regex.compile(e.rule.pattern, regex.VERBOSE))
            for e in entries
            if e.rule.kind == "inline"
        )

    def _whole(
        self,
        compiled: _Compiled,
        text: str,
        start: int,
        end: int,
        head: bool,
        low: str | None,
        limit: float | None,
    ) -> tuple[_Entry, Any] | None:
        """The first rule that matches the whole line, with its match (None for a test)."""
        if compiled.pattern is not None and end - start <= compiled.max_len:
            m = compiled.pattern.fullmatch(text, start, end, timeout=limit)
            if m is not None:
                entry = compiled.entries[int(m.lastgroup[1:])]
                if end - start <= entry.rule.max_len:
                    return entry, m
        if compiled.tests and end - start <= compiled.tests_max_len:
            line = text[start:end]
            line_low = low[start:end] if low is not None else line.lower()
            for entry in compiled.tests:
                rule = entry.rule
                if (rule.first and not head) or len(line) > rule.max_len:
                    continue
                if rule.hints and not any(hint in line_low for hint in rule.hints):
                    continue
                if rule.test(line):  # type: ignore[misc]
                    return entry, None
        return None

    def _literals(self, low: str) -> dict[str, list[int]]:
        """Every position of every inline prefix in the lower-cased text, each searched once."""
        found: dict[str, list[int]] = {}
        for literal in self._all_literals:
            at = low.find(literal)
            if at < 0:
                continue
            positions = found[literal] = []
            while at >= 0:
                positions.append(at)
                at = low.find(literal, at + 1)
        return found

    def _candidates(self, text: str, literals: dict[str, list[int]] | None) -> list[tuple[int, int, _Inline]]:
        """Where an inline rule may start (at one of its prefixes), in text order."""
        found: list[tuple[int, int, _Inline]] = []
        if literals is None:  # lower() moved offsets (a dotted capital I): try every position
            for inline in self._inline:
                found.extend((m.start(), inline.entry.order, inline) for m in inline.pattern.finditer(text))
        else:
            for inline in self._inline:
                order = inline.entry.order
                for prefix in inline.entry.rule.prefixes:
                    found.extend((at, order, inline) for at in literals.get(prefix, ()))
        found.sort(key=lambda c: (c[0], c[1]))
        return found

    def strip(self, document: Document, timeout: float | None = None) -> Article:
        """Split ``document.text`` into body paragraphs and removed pieces; fill title, date, authors.

        ``timeout`` (seconds) bounds every regex match for this call (``TimeoutError`` past it);
        by default the engine's own.
        """
        limit = self.timeout if timeout is None else timeout
        text = document.text
        state = _State(text)
        lowered = text.lower()
        # lower() can move offsets (a dotted capital I): then lower line by line instead.
        low = lowered if len(lowered) == len(text) else None
        literals = self._literals(low) if low is not None else None
        candidates = self._candidates(text, literals)
        # Test rules run per line in Python, so a document skips those whose hints it lacks.
        next_candidate = 0
        for line in _LINES.finditer(text):
            start, end = line.span(1)
            in_head = not state.paragraphs
            whole = self._head if in_head else self._body
            # 'first' is every line of the head: a line the rules above it dropped is the first
            # line of the body once the body is cleaned again.
            hit = self._whole(whole, text, start, end, in_head, low, limit)
            while next_candidate < len(candidates) and candidates[next_candidate][0] < start:
                next_candidate += 1
            if hit is None:
                mine = next_candidate
                while mine < len(candidates) and candidates[mine][0] < end:
                    mine += 1
                cuts = len(state.removed)
                kept = self._cut(state, start, end, candidates[next_candidate:mine], limit)
                next_candidate = mine
                if not kept:
                    continue
                rest = " ".join(text[s:e] for s, e in kept)
                if kept != [(start, end)]:
                    # What inline cuts leave of a line is a paragraph, and cleaning the body again
                    # judges it as a line: judge it so now ('loading...Judul...' leaves a
                    # truncated title), or a second pass would drop what the first kept.
                    hit = self._whole(whole, rest, 0, len(rest), in_head, None, limit)
                if hit is None:
                    state.paragraphs.append(rest)
                    continue
                entry, m = hit
                if entry.rule.field is not None:
                    state.capture(entry, _value(m, rest, 0, len(rest)))
                for s, e in kept:
                    state.drop(s, e, entry, exact=True)
                state.removed[cuts:] = sorted(state.removed[cuts:], key=lambda r: r.start)
                if entry.rule.kind == "trailer" and not in_head:
                    state.drop(end, len(text), entry)
                    break
                continue
            entry, m = hit
            if entry.rule.field is not None:
                state.capture(entry, _value(m, text, start, end))
            if entry.rule.kind == "trailer" and not in_head:
                # The article ends here: the rest is one removed block under this rule.
                state.drop(start, len(text), entry)
                break
            state.drop(start, end, entry, exact=True)
        return Article(
            body="\n\n".join(state.paragraphs),
            title=state.title or document.title,
            published=state.published or document.published,
            authors=tuple(state.authors) or document.authors,
            removed=tuple(state.removed),
        )

    def _cut(
        self,
        state: _State,
        start: int,
        end: int,
        candidates: list[tuple[int, int, _Inline]],
        limit: float | None,
    ) -> list[tuple[int, int]]:
        """Cut the inline rules' matches out of one line; the spans left make one paragraph."""
        cuts = len(state.removed)
        kept = self._cut_in(state, state.text, [(start, end)], candidates, limit)
        # Cleaning the body again reads what the cuts left joined into one line, where an inline
        # rule may match that did not before (hashtags a glued 'Baca juga:' kept from the line
        # end): cut the joined text until nothing more goes, so that a second pass finds nothing.
        while kept and kept != [(start, end)]:
            rest = " ".join(state.text[s:e] for s, e in kept)
            low = rest.lower()
            literals = self._literals(low) if len(low) == len(rest) else None
            again = self._cut_in(state, rest, kept, self._candidates(rest, literals), limit)
            if again == [(0, len(rest))]:
                break
            kept = [span for a, b in again for span in _in_text(kept, a, b)]
            state.removed[cuts:] = sorted(state.removed[cuts:], key=lambda r: r.start)
        return kept

    def _cut_in(
        self,
        state: _State,
        line: str,
        spans: list[tuple[int, int]],
        candidates: list[tuple[int, int, _Inline]],
        limit: float | None,
    ) -> list[tuple[int, int]]:
        """Cut inline matches out of ``line``: the input's ``spans`` joined by a space, or (one
        span) the input itself. Returns the spans of ``line`` left; cuts are recorded in the input."""
        joined = line is not state.text
        start, end = (0, len(line)) if joined else spans[0]
        pieces: list[tuple[int, int]] = []
        pos = start
        for at, _, inline in candidates:
            if at < pos or at >= end:  # inside an earlier cut, or past the line
                continue
            m = inline.pattern.match(line, at, end, timeout=limit)
            if m is None or m.end() <= at:
                continue
            entry = inline.entry
            cut_end = m.end()
            if entry.rule.extend is not None:
                cut_end = max(cut_end, min(end, entry.rule.extend(line, cut_end, end)))
            _keep(pieces, line, pos, at)
            for s, e in _in_text(spans, at, cut_end) if joined else [(at, cut_end)]:
                state.drop(s, e, entry)
            if entry.rule.field is not None:
                state.capture(entry, _value(m, line, at, cut_end))
            pos = cut_end
        _keep(pieces, line, pos, end)
        return pieces


def _in_text(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """Where ``[a, b)`` of the input's ``spans`` joined by single spaces lies in the input."""
    found, at = [], 0
    for s, e in spans:
        lo, hi = max(a, at), min(b, at + e - s)
        if lo < hi:
            found.append((s + lo - at, s + hi - at))
        at += e - s + 1
    return found


def _keep(pieces: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """The span of ``text[start:end]`` stripped, if anything is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        at = start + piece.index(stripped[0])
        pieces.append((at, at + len(stripped)))


def _value(m: Any, text: str, start: int, end: int) -> str:
    if m is not None and "value" in m.re.groupindex and m.group("value") is not None:
        return m.group("value")
    return text[start:end]
