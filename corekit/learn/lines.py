"""Counting, by distinct article, the pieces of text a site repeats.

Every count is a set of article indices, never a number of occurrences: a marker that a single page
repeats ten times is still one article's worth of evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

import attrs
import regex

from corekit.learn.patterns import key

#: Where a new sentence starts inside a line: after a sentence end, even with no space ('ujarnya.Baca').
#: A full stop glued to a capital counts only after a lower-case word, so 'KONTAN.CO.ID' stays whole.
_BOUNDARY = regex.compile(
    r"(?:(?<=[.!?…][\"”’']?)[^\S\n]+|(?<=[\p{Ll}\d)][.!?…]+[\"”’']?|[\p{Ll}.,][”\"]))(?=[“\"']?\p{Lu})"
)
#: A prefix's words; a colon glued to the next word ends the word before it ('juga:Nilai').
_TOKEN = regex.compile(r"[^\s:]+:?|:")
# From a line's start only, each run taken possessively: a blank line fails once, not once per
# character (which made a long run of spaces quadratic).
_LINE = regex.compile(r"^[^\S\n]*+\S[^\n]*+", regex.MULTILINE)
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: An editor's code closing the article: '(jon)', '(*/hbb)', '(ant/mas)'.
EDITOR_CODE = r"\((?:\*/?)?[a-z]{2,5}(?:/[a-z]{2,5})?\*?\)\.?"
_EDITOR_TAIL = regex.compile(rf"(?<=[.!?\"”’)][^\S\n]*){EDITOR_CODE}$")
_EDITOR_LINE = regex.compile(EDITOR_CODE)  # on a line of its own: '(kpl/khs)'

#: A credit in brackets closing a caption line: '(credit: X/ernestprakasa)', '(Image: netflix.com)'.
_CREDIT_TAIL = regex.compile(r"\((?P<label>\p{L}+):\s[^()\n]{1,80}\)$")

MAX_PREFIX_WORDS = 4
#: The part of a text that counts as its tail, for footers.
TAIL_SHARE = 0.2
#: The lines of a text where its dateline may open ('REPUBLIKA.CO.ID, JAKARTA --' under a title).
HEAD_LINES = 3


@attrs.define
class Tally:
    """Where one piece of text was seen.

    Attributes:
        articles: Indices of the articles it occurs in.
        surfaces: Its spellings as written, with counts (the pattern shows the commonest).
        rests: For a prefix: the text after it, to the end of its line.
        segments: For a prefix: the whole line or glued sentence it starts.
        line_start: Occurrences at the start of a line.
        mid_line: Occurrences glued inside a line, after a sentence.
        next_lines: For a whole line: the line after it (None at the end of the text).
        tail: Occurrences in the last part of the text.
        glued: For a prefix: occurrences joined to the next word by case alone ('Baca JugaHarga').
        head: Occurrences opening (or, for a whole line, being) one of the text's first ``HEAD_LINES``
            lines: datelines live there.
    """

    articles: set[int] = attrs.Factory(set)
    surfaces: Counter[str] = attrs.Factory(Counter)
    rests: list[str] = attrs.Factory(list)
    segments: list[str] = attrs.Factory(list)
    line_start: int = 0
    mid_line: int = 0
    next_lines: list[str | None] = attrs.Factory(list)
    tail: int = 0
    head: int = 0
    glued: int = 0

    @property
    def support(self) -> int:
        return len(self.articles)

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def occurrences(self) -> int:
        return sum(self.surfaces.values())


@attrs.define
class Stats:
    """Everything counted over a sample.

    Attributes:
        total: How many articles.
        lines: Whole lines.
        prefixes: The first one to four words of a line or of a sentence glued inside one.
        phrases: Sentences glued inside a line (not whole lines).
        editor_codes: Articles with an editor's code closing a line, and the codes seen.
        credits: Caption credit labels closing a line, by label.
        heads: The text's first characters, per article (for datelines and mastheads).
    """

    total: int
    lines: dict[str, Tally] = attrs.Factory(lambda: defaultdict(Tally))
    prefixes: dict[str, Tally] = attrs.Factory(lambda: defaultdict(Tally))
    phrases: dict[str, Tally] = attrs.Factory(lambda: defaultdict(Tally))
    editor_codes: Tally = attrs.Factory(Tally)
    credits: dict[str, Tally] = attrs.Factory(lambda: defaultdict(Tally))
    heads: tuple[str, ...] = ()


def text_lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines, stripped, with their offsets."""
    found = []
    for m in _LINE.finditer(text):
        stripped = m.group().strip()
        found.append((m.start() + m.group().index(stripped[0]), stripped))
    return found


def sentence_starts(line: str) -> list[int]:
    """Offsets in ``line`` where a sentence starts: 0, then after every sentence end."""
    starts = [0]
    starts.extend(m.end() for m in _BOUNDARY.finditer(line) if 0 < m.end() < len(line))
    return starts


def prefixes(segment: str) -> Iterator[tuple[str, str, bool]]:
    """``(prefix, rest, glued)`` for the first one to four words of ``segment``, while some text follows.

    A word glued to the next by case alone ('Baca JugaHarga') is two words; ``glued`` says the rest
    was joined on that way.
    """
    ends = [(m.end(), False) for m in _TOKEN.finditer(segment)]
    ends = sorted({*ends, *((m.start(), True) for m in _CAMEL.finditer(segment))})
    for k in range(1, min(MAX_PREFIX_WORDS, len(ends) - 1) + 1):
        end, glued = ends[k - 1]
        yield segment[:end], segment[end:].strip(), glued


def count(texts: Sequence[str]) -> Stats:
    """Tally every line, prefix, glued sentence and tail shape of ``texts`` by article."""
    stats = Stats(total=len(texts), heads=tuple(t.lstrip()[:160] for t in texts))
    for index, text in enumerate(texts):
        lines = text_lines(text)
        tail_from = len(text) * (1 - TAIL_SHARE)
        for i, (offset, line) in enumerate(lines):
            at_tail = offset >= tail_from
            whole = stats.lines[key(line)]
            _see(whole, index, line, at_tail)
            whole.line_start += 1
            whole.head += i < HEAD_LINES
            whole.next_lines.append(lines[i + 1][1] if i + 1 < len(lines) else None)
            _count_segments(stats, index, line, at_tail, first=i == 0, head=i < HEAD_LINES)
            _count_tails(stats, index, line, at_tail)
    return stats


def _see(tally: Tally, index: int, surface: str, at_tail: bool) -> None:
    tally.articles.add(index)
    tally.surfaces[surface] += 1
    tally.tail += at_tail


def _count_segments(stats: Stats, index: int, line: str, at_tail: bool, first: bool, head: bool) -> None:
    starts = sentence_starts(line)
    for n, start in enumerate(starts):
        segment = line[start:]
        end = starts[n + 1] if n + 1 < len(starts) else len(line)
        # The text's opening words are its dateline ('KONTAN.CO.ID - JAKARTA.'), which the body keeps.
        for prefix, rest, glued in () if first and start == 0 else prefixes(segment):
            tally = stats.prefixes[key(prefix)]
            _see(tally, index, prefix, at_tail)
            tally.rests.append(rest)
            tally.glued += glued
            tally.segments.append(line[start:end].strip())
            tally.head += head and start == 0
            if start == 0:
                tally.line_start += 1
            else:
                tally.mid_line += 1
        if len(starts) > 1:
            phrase = line[start:end].strip()
            tally = stats.phrases[key(phrase)]
            _see(tally, index, phrase, at_tail)
            if start == 0:
                tally.line_start += 1
            else:
                tally.mid_line += 1


def _count_tails(stats: Stats, index: int, line: str, at_tail: bool) -> None:
    code = _EDITOR_TAIL.search(line) or _EDITOR_LINE.fullmatch(line)
    if code is not None:
        _see(stats.editor_codes, index, code.group(), at_tail)
    credit = _CREDIT_TAIL.search(line)
    if credit is not None:
        tally = stats.credits[credit["label"].casefold()]
        _see(tally, index, credit["label"], at_tail)
        tally.rests.append(line[: credit.start()].strip())
