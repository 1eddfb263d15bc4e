"""A sentence a scraper broke at its links, read as the one sentence it is.

Some outlets' pages put a link's words on a line of their own, and the scraped text keeps each
piece as a paragraph ('... kata' / 'Kapolsek Bojongsari' / 'Kompol Fauzan.', 'Minimarket di' /
'Kota Depok' / ', Jawa Barat ...'). The body keeps those lines as written; the quote finder reads a
copy in which such a break is one space (none before a comma), so a cue, a speaker or a subject
on the next piece is found as within one sentence. The copy keeps the body's length: the
characters a break loses go back in after the sentence, as spaces between the two line breaks
after it (where the next paragraph still starts as in the body), or at the end of the body.
``Joined`` maps positions between the copy and the body. The names and the quotes stages both read
the copy, so this module stands apart from either.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from corekit.model import Mention, Name, Quote

Paragraphs = tuple[tuple[int, int], ...]

# The standard ``re`` splits a body three times faster than ``regex`` here, and compiles this
# at import for next to nothing. ``[^\S\x1c-\x1f]`` is regex's ``\s`` (``str.isspace`` also
# counts the separators U+001C-U+001F): the same paragraphs as before.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n[^\S\x1c-\x1f]*")


def paragraphs(body: str) -> Paragraphs:
    """(start, end) of each paragraph, in body order."""
    global _last
    seen = _last  # one read: another thread may replace it
    if seen[0] is body:
        return seen[1]
    spans = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    found = tuple(spans)
    _last = (body, found)
    return found


# The last body split and its paragraphs: the names and then the quotes stage split the same body
# object (and the quote finder twice), so each after the first costs one identity test.
_last: tuple[str, Paragraphs] = ("", ((0, 0),))


def fragment(body: str, start: int) -> bool:
    """Whether the paragraph at ``start`` goes on with a sentence: it opens in lower case or with
    a comma ('multiplier effect.', ', Jawa Barat'), as no paragraph a writer begins does."""
    first = body[start : start + 1]
    return first.islower() or first in (",", ";", ")")


def ends_sentence(body: str, end: int) -> bool:
    """Whether the paragraph ending at ``end`` ends with a sentence's or a quote's end."""
    return body[end - 1 : end] in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?…:;\"”’'")

# A piece of a link this long at most, in spaces between its words: 'Kapolsek Bojongsari', 'Kompol
# Fauzan Thohari, Selasa (10/6/2025).' is no piece but the sentence's end.
_SHORT = 3
_GLUED = frozenset(",;).")  # what follows a broken line without a space: ', Jawa Barat'
_OPENS = frozenset("([")  # what a line breaks after without a space: '(' / 'PKS' / ')'


def _joins(text: str, paras: Paragraphs) -> list[int]:
    """The paragraphs a scraper broke off inside a sentence, by index, each joined to the one
    after it: it ends in no sentence end, and the next goes on in lower case or with a comma, or
    is a link's few words; or it is such a link's words itself, after which the sentence goes on
    ('Kapolsek Bojongsari' / 'Kompol Fauzan Thohari, Selasa (10/6/2025).')."""
    found = []
    inside = False  # paragraph k is a link's words inside a sentence
    for k in range(len(paras) - 1):
        start, end = paras[k]
        nxt = paras[k + 1]
        if end > start and not ends_sentence(text, end) and (inside or _goes_on(text, nxt)):
            found.append(k)
            inside = _short(text, nxt)
        else:
            inside = False
    return found


def _in_sentences(text: str, paras: Paragraphs, joins: list[int]) -> list[int]:
    """The joins that read as one sentence. A run of a list's or a table's short lines ('A. Tujuan
    Pembelajaran' / 'B. Infografis', 'Toyota Vellfire' / 'Januari: 55 unit') joins too, harmless
    to a quote but read as one name across its lines."""
    kept: list[int] = []
    after = -1  # the paragraph a kept sentence after the current one starts with
    for first, last in reversed(_sentences(text, paras, joins)):
        if _one_sentence(text, paras, first, last, goes_on=last == after):
            kept.extend(range(first, last))
            after = first
    kept.sort()
    return kept


def _sentences(text: str, paras: Paragraphs, joins: list[int]) -> list[tuple[int, int]]:
    """The first and last paragraphs of each sentence ``joins`` make: a line, a link's few words
    or lines going on in lower case after it, and the line it ends on; a longer line opening with
    a capital ends one sentence of a run of joins and opens the next."""
    out = []
    first = -1
    for i, k in enumerate(joins):
        if first < 0:
            first = k
        last = k + 1
        more = i + 1 < len(joins) and joins[i + 1] == last
        if more and (_short(text, paras[last]) or _on(text, paras[last][0])):
            continue
        out.append((first, last))
        first = last if more else -1
    return out


def _on(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` goes on with a sentence, a dot after a link's name too
    ('Prabowo Subianto' / '. Pertemuan')."""
    return fragment(text, start) or text[start : start + 1] == "."


# A link's pieces in a row in a sentence no line of which goes on in lower case: 'Kapolsek
# Bojongsari', '- Pengunjung' / 'Taman Literasi'. A list's headings run longer.
_PIECES = 2


def _one_sentence(text: str, paras: Paragraphs, first: int, last: int, goes_on: bool) -> bool:
    """Whether paragraphs ``first`` to ``last`` are one sentence: a line after the first goes on
    in lower case or with a comma or a dot, or a link's piece or two stand between two lines and
    the last ends the sentence or goes on into the next ('..." kata' / 'Kapolsek Bojongsari' /
    'Kompol Fauzan, Selasa.')."""
    if any(_on(text, paras[k][0]) for k in range(first + 1, last + 1)):
        return True
    return last - first - 1 <= _PIECES and (goes_on or ends_sentence(text, paras[last][1]))


def _goes_on(text: str, para: tuple[int, int]) -> bool:
    """Whether ``para`` goes on with the sentence before it: it opens in lower case or with a
    comma, or it is a few words (a link's)."""
    return fragment(text, para[0]) or _short(text, para)


def _short(text: str, para: tuple[int, int]) -> bool:
    """Whether ``para`` is a few words at most."""
    start, end = para
    return end > start and text.count(" ", start, end) <= _SHORT


@attrs.frozen
class Joined:
    """The copy of a text with its broken sentences joined, and the way back to the text."""

    text: str
    # The stretches copied unchanged: where each starts in the copy, where in the text, how long.
    _copy_starts: tuple[int, ...]
    _text_starts: tuple[int, ...]
    _sizes: tuple[int, ...]

    @classmethod
    def of(cls, text: str, paras: Paragraphs, *, sentences: bool = False) -> Joined | None:
        """The joined copy of ``text`` (its paragraphs ``paras``), or None where no sentence is
        broken (most texts). With ``sentences`` (the names' reading), only the runs of joins that
        read as one sentence (``_one_sentence``), and no space after an opening bracket."""
        joins = _joins(text, paras)
        if sentences and joins:
            joins = _in_sentences(text, paras, joins)
        if not joins:
            return None
        # A name's role reads '(PKS)' as the writer typed it. The quote finder reads '( PKS)':
        # its speaker before a bracketed short form ('Mochamad Irfan Yusuf (Gus Irfan)
        # menyampaikan') is only found so.
        opens = _OPENS if sentences else frozenset()
        pieces: list[str] = []
        stretches: list[tuple[int, int, int]] = []
        size = 0  # of the copy so far

        def copy(start: int, stop: int) -> None:
            nonlocal size
            stretches.append((size, start, stop - start))
            pieces.append(text[start:stop])
            size += stop - start

        def fill(chars: str) -> None:
            nonlocal size
            pieces.append(chars)
            size += len(chars)

        pos = 0  # in the text
        debt = 0  # characters the joins of the current sentence took out
        for i, k in enumerate(joins):
            start, end = paras[k][1], paras[k + 1][0]
            copy(pos, start)
            glue = "" if text[end : end + 1] in _GLUED or text[start - 1 : start] in opens else " "
            fill(glue)
            debt += end - start - len(glue)
            pos = end
            if i + 1 < len(joins) and joins[i + 1] == k + 1:
                continue  # the next break goes on with this sentence
            # The sentence ends with paragraph k + 1: the spaces go between the two line breaks
            # after it, so the next paragraph starts where it does in the text, after a line break
            # as a paragraph does; or at the end of the text.
            stop = paras[k + 1][1] + 1 if k + 2 < len(paras) else len(text)
            copy(pos, stop)
            fill(" " * debt)
            pos, debt = stop, 0
        copy(pos, len(text))
        copy_starts, text_starts, sizes = zip(*stretches, strict=True)
        return cls("".join(pieces), copy_starts, text_starts, sizes)

    def back(self, pos: int) -> int:
        """Where the copy's position ``pos`` is in the text; one on a join's space or the spaces
        given back goes to the end of the stretch before it."""
        i = max(0, bisect.bisect_right(self._copy_starts, pos) - 1)
        return self._text_starts[i] + min(pos - self._copy_starts[i], self._sizes[i])

    def forth(self, pos: int) -> int:
        """Where the text's position ``pos`` is in the copy (a position on a join: its end)."""
        i = max(0, bisect.bisect_right(self._text_starts, pos) - 1)
        return self._copy_starts[i] + min(pos - self._text_starts[i], self._sizes[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The copy's span [start, end) in the text: a span across a join takes in its line
        breaks."""
        return self.back(start), self.back(end - 1) + 1

    def names(self, names: Sequence[Name]) -> list[Name]:
        """``names`` with their mentions where the copy has them."""
        return [attrs.evolve(n, mentions=tuple(map(self._mention, n.mentions))) for n in names]

    def _mention(self, m: Mention) -> Mention:
        return attrs.evolve(m, start=self.forth(m.start), end=self.forth(m.end - 1) + 1)

    def quote(self, q: Quote, body: str) -> Quote:
        """``q`` read in the copy, with its span and its text in ``body``."""
        start, end = self.back(q.start), self.back(q.end - 1) + 1
        return attrs.evolve(q, start=start, end=end, text=body[start:end])
