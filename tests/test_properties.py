"""Properties of the pipeline on random and mutated article text, written against the hook contract.

The contract (corekit/hookspecs.py): the body holds the article's paragraphs verbatim from the
input, separated by a blank line; ``removed`` records every non-blank piece left out, with offsets
into the input; quote and mention offsets index into the body. So, for any input:

- the pipeline never raises (run with ``strict=True``, so a plugin that raises fails here too);
- every body paragraph is text of the input, or of the input with the removed spans cut out
  (a scraper-glued ``Baca juga:`` cut from inside a line joins the two sides);
- every removed span, quote and mention is exactly the text its offsets point at;
- every word of the input is in the body or inside a removed span (nothing dropped silently);
- cleaning the body again, for the same source, gives the same body.

The one normalization allowed everywhere: runs of whitespace compare equal to a single space
(paragraph edges are stripped, CRLF and NBSP vary between scrapes).

Inputs are built from the seeds: paragraphs shuffled, boilerplate lines inserted, lines glued,
random unicode sprinkled in; plus text that is random from the start.
"""

from __future__ import annotations

import codecs
from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

from corekit import Document, Result
from corekit.decoding import Decoded, NotText, decode_bytes
from corekit.pipeline import run
from corekit.plugins import make_plugin_manager

SEEDS = tuple(
    p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
)
BOILERPLATE = (
    "Baca juga: Presiden Tinjau Banjir di Bekasi",
    "Baca Juga: ICC Ingin Tangkap Putin",
    "loading...",
    "A A A",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Bagikan:",
    "Editor: Budi Santoso",
    "Reporter: Siti Aminah | Editor: Joko",
    "(mas)",
    "Simak Video Pilihan Berikut Ini",
    "Artikel ini telah tayang di Kompas.com dengan judul Banjir",
    "#banjir #bekasi",
    "Copyright © 2023 Example News. All rights reserved.",
    "Daftar Isi",
    "Berita Terkait",
)
WHITESPACE = regex.compile(r"\s+")
WORD = regex.compile(r"\w+")

# Every installed plugin takes part: a property that fails for an outlet is that outlet's bug.
PM = make_plugin_manager()


def norm(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    return [p for p in (line.strip() for line in text.splitlines()) if p]


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    lines = paragraphs(draw(st.sampled_from(SEEDS)))
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    for _ in range(draw(st.integers(0, 4))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(BOILERPLATE)))
    for _ in range(draw(st.integers(0, 3))):  # a scraper glues two lines, or boilerplate into one
        if len(lines) > 1:
            i = draw(st.integers(0, len(lines) - 2))
            glue = draw(st.sampled_from(("", " ", " Baca juga: Judul Lain ", "ADVERTISEMENT")))
            lines[i : i + 2] = [lines[i] + glue + lines[i + 1]]
    for _ in range(draw(st.integers(0, 3))):  # random unicode inside a line
        if lines:
            i = draw(st.integers(0, len(lines) - 1))
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(min_size=1, max_size=12)) + lines[i][at:]
    if draw(st.booleans()):
        lines = lines[: draw(st.integers(0, len(lines)))]
    separator = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\n \n")))
    return separator.join(lines) + draw(st.sampled_from(("", "\n", "\n\n\n")))


texts = mutated_article() | st.text(max_size=400) | st.lists(st.sampled_from(BOILERPLATE)).map("\n".join)


def clean(text: str, source: str | None = None) -> Result:
    return run(Document(text=text), source=source, strict=True, pm=PM)


def cut_removed(text: str, result: Result) -> str:
    """The input with every removed span replaced by a space."""
    pieces, last = [], 0
    for removed in sorted(result.article.removed, key=lambda r: r.start):
        pieces.append(text[last : max(last, removed.start)])
        last = max(last, removed.end)
    pieces.append(text[last:])
    return " ".join(pieces)


@given(texts)
def test_offsets_point_at_their_text(text):
    result = clean(text)
    body = result.article.body
    for removed in result.article.removed:
        assert 0 <= removed.start < removed.end <= len(text)
        assert text[removed.start : removed.end] == removed.text
    for quote in result.quotes:
        assert quote.text and body[quote.start : quote.end] == quote.text
    for name in result.names:
        for mention in name.mentions:
            assert mention.text and body[mention.start : mention.end] == mention.text


@given(texts)
def test_every_body_paragraph_quote_and_mention_is_text_of_the_input(text):
    result = clean(text)
    whole, kept = norm(text), norm(cut_removed(text, result))
    pieces = [p for p in result.article.body.split("\n\n") if p.strip()]
    pieces += [q.text for q in result.quotes]
    pieces += [m.text for n in result.names for m in n.mentions]
    for piece in pieces:
        assert norm(piece) in whole or norm(piece) in kept, piece


@given(texts)
def test_body_and_removed_account_for_every_word(text):
    result = clean(text)
    left_over = Counter(WORD.findall(cut_removed(text, result)))
    in_body = Counter(WORD.findall(result.article.body))
    assert not left_over - in_body, f"dropped without a record: {sorted((left_over - in_body).elements())}"


@given(texts)
@example("\x1f0\r0")  # found by the slow profile: U+001F is a blank to str.split() but not to \\s
@example("\x1fkeren989\nIsi berita ini panjang sekali untuk dibaca.")  # and to str.strip(): a handle
def test_cleaning_the_body_again_changes_nothing(text):
    once = clean(text)
    twice = clean(once.article.body, source=once.source.id)
    assert twice.article.body == once.article.body


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_properties_hold_on_the_seeds_themselves(seed):
    test_offsets_point_at_their_text.hypothesis.inner_test(SEEDS[seed])
    test_every_body_paragraph_quote_and_mention_is_text_of_the_input.hypothesis.inner_test(SEEDS[seed])
    test_body_and_removed_account_for_every_word.hypothesis.inner_test(SEEDS[seed])
    once = clean(SEEDS[seed])
    assert clean(once.article.body, source=once.source.id).article.body == once.article.body


# -- decoding ---------------------------------------------------------------------------------------


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_get_a_one_line_reason(data):
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(decoded, Decoded) and decoded.text.strip()
        assert all(note and "\n" not in note for note in decoded.notes)


# Text that a person could have typed: no controls, no unpaired surrogates, not blank.
typed = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=300)


@given(typed)
def test_utf8_text_decodes_to_itself_unless_a_repair_is_noted(text):
    assume(text.strip())
    decoded = decode_bytes(text.encode("utf-8"))
    # A leading U+FEFF encodes to the UTF-8 byte-order mark, which is read as one and dropped.
    text = text.removeprefix("\ufeff")
    if decoded.text != text:
        assert any(note.startswith("repaired mojibake") for note in decoded.notes)
    else:
        assert decoded.encoding == "utf-8"


@given(typed, st.sampled_from(("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8")))
def test_text_with_a_bom_round_trips(text, codec):
    assume(text.strip())
    bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    bom |= {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    decoded = decode_bytes(bom[codec] + text.encode(codec))
    assert decoded.encoding == codec
    assert decoded.text == text or any(n.startswith("repaired mojibake") for n in decoded.notes)
