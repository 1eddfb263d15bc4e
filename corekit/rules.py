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
  holding one of their ``hints``; so do pattern rules given ``hints``, each
  compiled alone when a line first holds one (a pattern dear to compile, which
  every process would otherwise pay for in the alternation on its first line);
- each inline rule is tried only where one of its literal ``prefixes`` stands:
  the ``regex`` module does not prefilter an alternation, and scanning every
  position of every line with one costs several times more than everything
  else together.

One Aho-Corasick pass over the lower-cased text finds every prefix and every
hint: where inline rules may start, and which lines a test rule may accept.

Every match takes the engine's ``timeout`` (or the one given to ``strip``),
so a later hardening pass can bound every pattern.

Article bodies are verbatim: each kept line (the pieces a cut leaves joined by
one space) is a paragraph, paragraphs joined by a blank line. Every non-blank
character of the input ends in the body or in one ``Removed`` span
(:func:`corekit.audit.audit` checks it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

import ahocorasick
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
    if instance.kind == "inline" and instance.hints:
        raise ValueError(f"inline rule {instance.name!r} takes prefixes, not hints")
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
        hints: Lower-case literals one of which every line the rule accepts holds; the rule
            runs only on lines holding one. A test (Python, so dear) should have them. A line
            pattern with hints leaves the kind's alternation and runs with the tests, compiled
            alone on first use: for a pattern dear to compile that few lines call for, which
            every process would otherwise compile in the alternation its first line meets.
        prefixes: Inline rules only: lower-case literals a match starts with. The engine finds
            them in one Aho-Corasick pass and tries the pattern only there: the ``regex`` module
            does not prefilter an alternation, so scanning every position of every line would
            cost far more than the rest of the work together.
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


# Compiled pieces are keyed by their source and shared by every engine of the process: twenty
# plugin engines hold the same generic rules, and each piece is compiled on first use only.
@functools.cache
def _anchored(source: str) -> regex.Pattern[str]:
    # An inline rule is only ever matched where one of its prefixes stands: ``\G`` pins it there,
    # so a scan over a long text cannot retry it from every position (quadratic).
    return regex.compile("\\G(?:" + source + "\n)", regex.VERBOSE)  # the newline ends a comment


@functools.cache
def _alternation(sources: tuple[str, ...]) -> regex.Pattern[str]:
    # Each rule becomes group r<i> (the newline ends a trailing VERBOSE comment). ``\G`` pins it
    # to where a fullmatch starts: scanned over a long text, it fails at once at every other
    # position instead of running every branch from each (quadratic in the text's length).
    body = "|".join(f"(?P<r{i}>{source}\n)" for i, source in enumerate(sources))
    return regex.compile(rf"\G(?:{body})", regex.VERBOSE)


@functools.cache
def _automaton(words: frozenset[str]) -> Any:
    """An Aho-Corasick automaton reporting each of ``words`` as itself; None for no words."""
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# What may stand before a line's content (a line break, blanks, the text's start) and after it.
_CONTEXTS = ("\n", " ", "")


@functools.cache
def _reversed(source: str) -> regex.Pattern[str]:
    return regex.compile(source, regex.VERBOSE | regex.REVERSE)


@functools.lru_cache(maxsize=65536)
def _may_open(source: str, opening: str) -> bool:
    """Whether a line starting with ``opening`` can match ``source`` at all.

    The regex module's partial matching answers it: a match of ``opening`` that runs into the
    end of the string means some continuation could match. The one assertion that can fail at a
    string's end though it would hold further on is ``\\B``: a pattern holding one is always tried.
    """
    if r"\B" in source:
        return True
    if len(opening) > 1 and not _may_open(source, opening[0]):
        return False
    # The one-rule alternation, not the bare source: a line that only this rule may match uses
    # that very pattern, so the rule is compiled once, not twice.
    pattern = _alternation((source,))
    return any(pattern.fullmatch(before + opening, len(before), partial=True) for before in _CONTEXTS)


@functools.lru_cache(maxsize=4096)
def _may_close(source: str, last: str) -> bool:
    """Whether a line ending with ``last`` can match ``source``: the same question, matched backwards."""
    if r"\B" in source:
        return True
    pattern = _reversed(source)
    return any(pattern.fullmatch(last + after, 0, 1, partial=True) for after in _CONTEXTS)


@attrs.frozen
class _Alternation:
    """Some pattern rules of one kind as one compiled alternation, in priority order."""

    pattern: regex.Pattern[str]
    entries: tuple[_Entry, ...]
    groups: tuple[int, ...]  # the number of each entry's r<i> group

    @classmethod
    def of(cls, entries: tuple[_Entry, ...]) -> _Alternation:
        pattern = _alternation(tuple(e.rule.pattern or "" for e in entries))
        return cls(pattern, entries, tuple(pattern.groupindex[f"r{i}"] for i in range(len(entries))))

    def entry(self, m: Any) -> _Entry:
        """The rule whose group took part in ``m``.

        Not ``lastgroup``: a rule's inner ``value`` group shares its number with every other
        rule's ``value``, and ``lastgroup`` can name it instead of the rule.
        """
        for entry, group in zip(self.entries, self.groups, strict=True):
            if m.start(group) >= 0:
                return entry
        raise AssertionError("a match of the alternation took no branch")  # pragma: no cover


def _fullmatch(pattern: regex.Pattern[str], text: str, start: int, end: int, limit: float | None) -> Any:
    # No keyword without a limit: the regex module's keyword parsing, and the GIL it releases
    # around a match with a timeout, cost as much as a line's match itself.
    if limit is None:
        return pattern.fullmatch(text, start, end)
    return pattern.fullmatch(text, start, end, timeout=limit)


#: Rules run after a line's pattern alternation, only on lines holding one of their hints (if any).
_Checks = tuple[tuple[_Entry, tuple[str, ...]], ...]


class _Lines:
    """One whole-line kind of an engine (above or below the body's start).

    A line costs one ``fullmatch`` of the pattern rules that can open with its first characters
    and close with its last one; an article line seldom looks like boilerplate at both ends, so
    most lines try one cheap rule or none. The rules for each opening and end are found (by
    partial matching) and compiled into one alternation on first use, then kept.

    ``then``, when given, holds the rules that come after this kind's own: the head's rules are
    the head rules and then the body's, and its first lines share the body's compiled patterns.
    """

    #: How many characters of a line's opening pick its rules.
    OPENING = 4
    #: Past this many (opening, end) pairs the memo restarts, so a process's memory stays bounded.
    MEMO = 65536
    #: Lines matched against every rule at once before lines start to pick their rules. Picking
    #: compiles each rule forwards and backwards, then each set of rules lines pick: a third of a
    #: one-file run's start-up, paid back only over hundreds of lines.
    COLD = 500

    def __init__(self, entries: Sequence[_Entry], then: _Lines | None = None) -> None:
        self.then = then
        self.own = tuple(e for e in entries if e.rule.pattern is not None and not e.rule.hints)
        self.patterned: tuple[_Entry, ...] = self.own + (then.patterned if then else ())
        hinted = tuple((e, e.rule.hints) for e in entries if e.rule.pattern is not None and e.rule.hints)
        self.hinted: _Checks = hinted + (then.hinted if then else ())
        checks = tuple((e, e.rule.hints) for e in entries if e.rule.test is not None)
        self.checks: _Checks = checks + (then.checks if then else ())
        # Hinted patterns first: every pattern outranks every test, as in the alternation.
        self.tests = self.hinted + self.checks
        self.max_len = max((e.rule.max_len for e in self.patterned), default=0)
        self.tests_max_len = max((e.rule.max_len for e, _ in self.tests), default=0)
        self.hints = frozenset(hint for _, hints in self.tests for hint in hints)
        # Most lines hold no hint: they try only these, in the same order.
        self.unhinted = tuple((e, hints) for e, hints in self.tests if not hints)
        self._by_key: dict[tuple[str, str], _Alternation | None] = {}
        self._by_rules: dict[tuple[_Entry, ...], _Alternation] = {}
        self._cold = self.COLD
        self._all: tuple[_Alternation, ...] | None = None

    def alternation(self, text: str, start: int, end: int) -> _Alternation | None:
        """The pattern rules the line ``text[start:end]`` may match, or None when there are none."""
        key = (text[start : min(end, start + self.OPENING)], text[end - 1])
        try:
            return self._by_key[key]
        except KeyError:
            pass
        opening, last = key
        chosen = tuple(
            e
            for e in self.patterned
            if _may_open(e.rule.pattern or "", opening) and _may_close(e.rule.pattern or "", last)
        )
        found = None
        if chosen:
            found = self._by_rules.get(chosen)
            if found is None:
                found = self._by_rules[chosen] = _Alternation.of(chosen)
        if len(self._by_key) >= self.MEMO:
            self._by_key.clear()
        self._by_key[key] = found
        return found

    def hints_in(self, line_low: str) -> frozenset[str]:
        """The test hints the lower-cased line holds."""
        return frozenset(hint for hint in self.hints if hint in line_low)

    def _every(self) -> tuple[_Alternation, ...]:
        """Every pattern rule of this kind, in order, as this kind's own alternation and then
        those of ``then``: tried in turn, their first match is that of the one alternation."""
        if self._all is None:
            own = (_Alternation.of(self.own),) if self.own else ()
            self._all = own + (self.then._every() if self.then else ())
        return self._all

    def pattern(self) -> regex.Pattern[str] | None:
        """Every pattern rule of this kind in one alternation: the superset of what lines use."""
        return _Alternation.of(self.patterned).pattern if self.patterned else None

    def _first(self, text: str, start: int, end: int, limit: float | None) -> tuple[_Entry, Any] | None:
        """The first pattern rule that matches the whole line, with its match."""
        if self._cold > 0:
            self._cold -= 1
            alternations = self._every()
        else:
            picked = self.alternation(text, start, end)
            alternations = (picked,) if picked is not None else ()
        for alternation in alternations:
            m = _fullmatch(alternation.pattern, text, start, end, limit)
            if m is not None:
                return alternation.entry(m), m
        return None

    def match(
        self,
        text: str,
        start: int,
        end: int,
        first: bool,
        held: _Held | None,
        limit: float | None,
    ) -> tuple[_Entry, Any] | None:
        """The first rule that matches the whole line, with its match (None for a test).

        ``held`` knows which test hints each line of ``text`` holds; without it they are looked
        for in the line itself.
        """
        length = end - start
        if length <= self.max_len:
            found = self._first(text, start, end, limit)
            if found is not None and length <= found[0].rule.max_len:
                return found
        if self.tests and length <= self.tests_max_len:
            line = text[start:end]
            present = held.within(start, end) if held is not None else self.hints_in(line.lower())
            for entry, hints in self.tests if present else self.unhinted:
                rule = entry.rule
                if (rule.first and not first) or length > rule.max_len:
                    continue
                if hints and present.isdisjoint(hints):
                    continue
                if rule.test is not None:
                    if rule.test(line):
                        return entry, None
                    continue
                # A hinted pattern, compiled alone: the one-rule alternation (see _may_open).
                m = _fullmatch(_alternation((rule.pattern or "",)), text, start, end, limit)
                if m is not None:
                    return entry, m
        return None


class _Held:
    """Which test hints each line of a text holds, from one scan of the whole text.

    Lines are asked about in text order. Most lines hold none: asking costs a comparison or two,
    where looking for every hint in every short line cost more than matching the line's rules.
    """

    def __init__(self, found: list[tuple[int, str]]) -> None:
        self.found = sorted((at, at + len(hint), hint) for at, hint in found)
        self.next = 0

    def within(self, start: int, end: int) -> frozenset[str]:
        found, k = self.found, self.next
        while k < len(found) and found[k][0] < start:
            k += 1
        self.next = k
        inside = []
        while k < len(found) and found[k][0] < end:
            if found[k][1] <= end:
                inside.append(found[k][2])
            k += 1
        return frozenset(inside)


# Group 1: a line's content. Its edges are what str.strip() leaves, which also takes U+001C-U+001F
# for blanks: a paragraph is the stripped line, and a second clean must judge the same words.
_LINES = regex.compile(
    r"^(?:[^\S\n]|[\x1c-\x1f])*+([^\s\x1c-\x1f](?:[^\n]*[^\s\x1c-\x1f])?)", regex.MULTILINE
)
_EDGE = regex.compile(r"[^\s\x1c-\x1f](?:.*[^\s\x1c-\x1f])?", regex.DOTALL)


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    r"""Where each line's content stands (``_LINES``'s group 1), in text order.

    Read with str methods, not ``_LINES.finditer``: the regex module pays several thousand
    instructions a match, more than the engine's other work on most lines. The spans are the
    same: lines end at a line feed only, and ``str.strip`` takes exactly what the pattern calls
    blank (``\s`` and U+001C-U+001F; tests/test_rules.py checks every code point).
    """
    pos = 0
    while True:
        end = text.find("\n", pos)
        last = end < 0
        if last:
            end = len(text)
        line = text[pos:end]
        content = line.strip()
        if content:
            start = pos + len(line) - len(line.lstrip())
            yield start, start + len(content)
        if last:
            return
        pos = end + 1


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


#: An inline rule that may match at a text position: (position, rule order, entry).
_Candidate = tuple[int, int, _Entry]


class Engine:
    """Composed rule sets; :meth:`strip` applies them to a document.

    Build one per plugin at import time: that only sorts the rules. Patterns are compiled on
    first use, once per process (shared between engines holding the same rules), so importing a
    plugin costs little and a process compiles only what its documents need. :meth:`patterns`
    compiles and returns every pattern the engine can use, for checks such as the regex budget.
    """

    def __init__(self, *rulesets: RuleSet, timeout: float | None = None) -> None:
        self.rulesets = rulesets
        self.timeout = timeout
        rules = [(rule, rs.plugin) for rs in rulesets for rule in rs.rules]
        entries = [_Entry(rule, plugin, order) for order, (rule, plugin) in enumerate(rules)]

        def of(*kinds: Kind) -> list[_Entry]:
            return [e for kind in kinds for e in entries if e.rule.kind == kind]

        # Below the body's start the trailer rules, then the line rules; above it the head rules
        # first. A trailer line above the body is dropped as a line: an article cannot end before
        # it begins.
        self._body = _Lines(of("trailer", "line"))
        self._head = _Lines(of("head"), then=self._body)
        self._inline = tuple(e for e in entries if e.rule.kind == "inline")
        by_prefix: dict[str, list[tuple[int, _Entry]]] = {}
        for e in self._inline:
            for prefix in e.rule.prefixes:
                by_prefix.setdefault(prefix, []).append((e.order, e))
        self._by_prefix = {prefix: tuple(found) for prefix, found in by_prefix.items()}
        words = frozenset(self._by_prefix) | self._head.hints
        self._words = frozenset(word for word in words if len(word) > 1)
        self._chars = tuple(sorted(word for word in words if len(word) == 1))

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every compiled pattern this engine can run, by name (compiling what was not yet)."""
        found = {kind: lines.pattern() for kind, lines in (("head", self._head), ("body", self._body))}
        for e, _ in self._head.hinted:  # the head's hold the body's too
            found[f"hinted:{e.rule.kind}:{e.rule.name}:{e.order}"] = _alternation((e.rule.pattern or "",))
        for e in self._inline:
            found[f"inline:{e.rule.name}"] = _anchored(e.rule.pattern or "")
        return {name: pattern for name, pattern in found.items() if pattern is not None}

    def _scan(self, low: str) -> list[tuple[int, str]]:
        """Where each inline prefix and each test hint stands in ``low`` (overlaps too): (start, word).

        One Aho-Corasick pass for them all: it costs less than one ``str.find`` pass per prefix,
        and tells the test hints of every line at once (see :class:`_Held`). The one-character
        words ('(', '#', '©') are left to ``str.find``, which finds a character at a fraction of
        the automaton's cost per character, itself mostly that of the words' first characters.
        """
        automaton = _automaton(self._words)
        found = [] if automaton is None else [(end - len(w) + 1, w) for end, w in automaton.iter(low)]
        for char in self._chars:
            at = low.find(char)
            while at >= 0:
                found.append((at, char))
                at = low.find(char, at + 1)
        return found

    def _candidates(
        self, text: str, low: str | None, scanned: list[tuple[int, str]] | None = None
    ) -> list[_Candidate]:
        """Where inline rules may start (at one of their prefixes), in text order.

        ``scanned``: what :meth:`_scan` found in ``low``, when the caller has it.
        """
        found: list[_Candidate] = []
        if low is None:  # lower() moved offsets (a dotted capital I): per line, or every position
            for start, end in _line_spans(text):
                line_low = text[start:end].lower()
                if len(line_low) == end - start:
                    self._prefixes(found, self._scan(line_low), start)
                else:
                    found.extend((at, e.order, e) for at in range(start, end) for e in self._inline)
        else:
            self._prefixes(found, self._scan(low) if scanned is None else scanned, 0)
        found.sort(key=lambda c: (c[0], c[1]))
        return found

    def _prefixes(self, found: list[_Candidate], scanned: list[tuple[int, str]], offset: int) -> None:
        by_prefix = self._by_prefix
        for at, word in scanned:
            entries = by_prefix.get(word)
            if entries is not None:
                found.extend((offset + at, order, e) for order, e in entries)

    def strip(self, document: Document, timeout: float | None = None) -> Article:
        """Split ``document.text`` into body paragraphs and removed pieces; fill title, date, authors.

        ``timeout`` (seconds) bounds every regex match for this call (``TimeoutError`` past it);
        by default the engine's own.
        """
        limit = self.timeout if timeout is None else timeout
        text = document.text
        state = _State(text)
        paragraphs = state.paragraphs
        lowered = text.lower()
        # lower() can move offsets (a dotted capital I): then look for hints line by line instead.
        low = lowered if len(lowered) == len(text) else None
        held = None
        scanned = None
        if low is not None:
            scanned = self._scan(low)
            hints = self._head.hints
            held = _Held([(at, word) for at, word in scanned if word in hints])
        candidates = self._candidates(text, low, scanned)
        next_candidate = 0
        for start, end in _line_spans(text):
            in_head = not paragraphs
            whole = self._head if in_head else self._body
            # 'first' is every line of the head: a line the rules above it dropped is the first
            # line of the body once the body is cleaned again.
            hit = whole.match(text, start, end, in_head, held, limit)
            while next_candidate < len(candidates) and candidates[next_candidate][0] < start:
                next_candidate += 1
            if hit is None:
                mine = next_candidate
                while mine < len(candidates) and candidates[mine][0] < end:
                    mine += 1
                if mine == next_candidate:  # no inline rule can start on this line
                    piece = text[start:end].strip()
                    if piece:
                        paragraphs.append(piece)
                    continue
                cuts = len(state.removed)
                kept = self._cut(state, start, end, candidates[next_candidate:mine], limit)
                next_candidate = mine
                if kept and len(state.removed) > cuts and not _holds_word(text, kept):
                    _drop_marks(state, kept, cuts)
                    continue
                if not kept:
                    continue
                rest = " ".join(text[s:e] for s, e in kept)
                if kept != [(start, end)]:
                    # What inline cuts leave of a line is a paragraph, and cleaning the body again
                    # judges it as a line: judge it so now ('loading...Judul...' leaves a
                    # truncated title), or a second pass would drop what the first kept.
                    hit = whole.match(rest, 0, len(rest), in_head, None, limit)
                if hit is None:
                    paragraphs.append(rest)
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
            body="\n\n".join(paragraphs),
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
        candidates: list[_Candidate],
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
            found = self._candidates(rest, low if len(low) == len(rest) else None)
            again = self._cut_in(state, rest, kept, found, limit)
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
        candidates: list[_Candidate],
        limit: float | None,
    ) -> list[tuple[int, int]]:
        """Cut inline matches out of ``line``: the input's ``spans`` joined by a space, or (one
        span) the input itself. Returns the spans of ``line`` left; cuts are recorded in the input."""
        joined = line is not state.text
        start, end = (0, len(line)) if joined else spans[0]
        pieces: list[tuple[int, int]] = []
        pos = start
        for at, _, entry in candidates:
            if at < pos or at >= end:  # inside an earlier cut, or past the line
                continue
            pattern = _anchored(entry.rule.pattern or "")
            # No keyword without a limit: see _fullmatch.
            m = pattern.match(line, at, end) if limit is None else pattern.match(line, at, end, timeout=limit)
            if m is None or m.end() <= at:
                continue
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


def _holds_word(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(ch.isalnum() for s, e in spans for ch in text[s:e])


def _drop_marks(state: _State, spans: list[tuple[int, int]], cuts: int) -> None:
    """Record what the cuts left of a line as theirs when it holds no word: the mark a marker's
    line opens with or the brackets around it ('*Baca juga: ...', '[Baca juga: ...]', '>> ...'),
    which a paragraph of its own would leave in the body."""
    cut = state.removed[cuts]
    for s, e in spans:
        state.removed.append(Removed(text=state.text[s:e], start=s, end=e, rule=cut.rule, plugin=cut.plugin))
    state.removed[cuts:] = sorted(state.removed[cuts:], key=lambda r: r.start)


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
