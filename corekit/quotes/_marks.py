"""Find the passages that stand between quote marks.

One left-to-right pass over the marks. Outlets mix typographic and straight marks (``"...”``),
and a quote that runs over several paragraphs leaves the first paragraph open and opens the next
one again; both are joined into one span here.
"""

from __future__ import annotations

import attrs

from corekit.linebreaks import ends_sentence, fragment, paragraphs
from corekit.quotes._cues import after_cue


@attrs.frozen
class Marked:
    """A quoted passage: ``open`` and ``close`` are the marks, ``start``/``end`` the words between."""

    open: int
    start: int
    end: int
    close: int


def _is_opener(body: str, i: int, mark: str) -> bool:
    # A straight mark opens when a word follows it; the typographic ones say what they are,
    # but a ” glued to the next word is a mistyped opener.
    if mark == "“":
        return True
    after = body[i + 1 : i + 2]
    before = body[i - 1 : i] if i else " "
    # An editor's bracket opens a quote too: '"[Industri] Yang sudah ...'.
    return bool(after) and (after.isalnum() or after in "‘'([") and not before.isalnum()


def _stray_opener(body: str, i: int, mark: str) -> bool:
    """A straight mark glued to the sentence before and spaced from its own first word, where no
    quote is open: it opens one (``... dengan aman." Kami berharap ...," ujarnya``)."""
    return (
        mark == '"'
        and body[i - 1 : i] in (".", "!", "?")
        and body[i + 1 : i + 2] == " "
        and body[i + 2 : i + 3].isupper()
    )


def _linked_words(body: str, paras: tuple[tuple[int, int], ...], k: int) -> bool:
    """Whether paragraph ``k`` is a link's few words the scraper put on a line of their own, a
    name or an acronym ('... untuk keperluan' / 'SPMB' / 'ini harusnya ...'): three words at most,
    no sentence end, and the paragraph after it goes on in lower case."""
    start, end = paras[k]
    return (
        k + 1 < len(paras)
        and body.count(" ", start, end) <= 2
        and not ends_sentence(body, end)
        and fragment(body, paras[k + 1][0])
    )


def _backward_opener(body: str, i: int, mark: str, para_start: int) -> bool:
    """A closing mark that opens a paragraph, spaced from a capital ('” Sudah saya perintahkan ...,”
    pungkas Camat'): a mistyped opener, as no quote closes before its first word."""
    return mark == "”" and i == para_start and body[i + 1 : i + 2] == " " and body[i + 2 : i + 3].isupper()


def _closed_later(body: str, i: int, paras: tuple[tuple[int, int], ...], k: int, open_para: int) -> bool:
    """Whether the quote opened in paragraph ``open_para`` goes on into paragraph ``k`` without
    a mark, as a writer may forget: that paragraph is the next one (or the one after), the quote's
    own paragraph ended a sentence, and the next mark, at ``i``, is a closer a cue follows
    (',” papar Kompol Hendrik'). A paragraph that ends mid-sentence was broken by a scraper
    ('... kecukupan pasokan' / 'BBM untuk ...,” terang Chandra'): the very next one goes on."""
    if k - open_para > 2:
        return False
    if not ends_sentence(body, paras[open_para][1]) and (k - open_para > 1 or i >= paras[k][1]):
        return False
    if body[i] == "“" or _is_opener(body, i, body[i]):
        return False
    end = next((e for s, e in paras if s <= i <= e), len(body))
    return after_cue(body, i + 1, end) is not None


def _nested(body: str, i: int, para_end: int) -> bool:
    """Whether the typographic opener at ``i``, inside an open typographic quote, opens a term it
    quotes ('“... ada “jeger-jeger”-nya. Kami ...,” ucapnya'): its closer comes before the
    paragraph's end and the next mark after that closer closes again. An outer quote never closed
    leaves the next mark to open the next quote."""
    close = body.find("”", i + 1, para_end)
    if close < 0:
        return False
    after = min((k for k in (body.find(m, close + 1, para_end) for m in '“”"') if k >= 0), default=-1)
    return after >= 0 and body[after] == "”"


def _marks(body: str) -> list[int]:
    # Three str.find scans run in C; a pattern over every character costs more.
    found = []
    for mark in '“”"':
        i = body.find(mark)
        while i >= 0:
            found.append(i)
            i = body.find(mark, i + 1)
    found.sort()
    return found


def find_marked(body: str, paras: tuple[tuple[int, int], ...] | None = None) -> tuple[Marked, ...]:
    """Every passage in quote marks, multi-paragraph quotes joined, unclosed ones dropped."""
    if paras is None:
        paras = paragraphs(body)
    found: list[Marked] = []
    open_at = -1
    open_para = 0
    para_index = 0
    broken = False  # the open quote crossed a line the scraper broke mid-sentence
    nested_end = -1  # the closer of a typographic pair inside a straight quote
    for i in _marks(body):
        if i <= nested_end:
            continue
        while para_index + 1 < len(paras) and i >= paras[para_index + 1][0]:
            # Crossing into a new paragraph: an open quote continues only when that paragraph
            # opens with a quote mark again, or the break is a scraper's, not the writer's.
            para_index += 1
            if open_at >= 0:
                start = paras[para_index][0]
                if i == start and _is_opener(body, i, body[i]):
                    continue
                before = paras[para_index - 1]
                if not ends_sentence(body, before[1]) and (
                    fragment(body, start) or _linked_words(body, paras, para_index)
                ):
                    broken = True  # 'Kami ini punya' / 'multiplier effect.': a link on its own line
                elif not (broken and fragment(body, before[0])) and not _closed_later(
                    body, i, paras, para_index, open_para
                ):
                    open_at = -1
        mark = body[i]
        if open_at < 0:
            if (
                mark == "“"
                or _is_opener(body, i, mark)
                or _stray_opener(body, i, mark)
                or _backward_opener(body, i, mark, paras[para_index][0])
            ):
                open_at, open_para, broken = i, para_index, False
            continue
        if i == paras[para_index][0] and open_at < i:
            continue  # the re-opening mark of a continued quote
        if mark == "“" and body[i + 1 : i + 2].isalnum():
            if body[open_at] == '"':
                # A typographic pair inside a straight quote is a term it quotes ('"Persepsi “mahal”
                # kerap muncul ...," kata Hari'), when it closes before the straight closer.
                close = body.find("”", i, paras[para_index][1])
                straight = body.find('"', i, paras[para_index][1])
                if close > 0 and (straight < 0 or close < straight):
                    nested_end = close
                    continue
            elif _nested(body, i, paras[para_index][1]):
                nested_end = body.find("”", i + 1)
                continue
            # A second opener before any closer: the first quote was never closed.
            open_at = i
            continue
        found.append(Marked(open=open_at, start=open_at + 1, end=i, close=i + 1))
        open_at = -1
    return tuple(found)
