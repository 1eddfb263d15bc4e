"""Turning text a site repeats into patterns a person can read: literal where it is literal,
general where only digits or the outlet's own site names change."""

from __future__ import annotations

import regex

#: A site name as outlets write it in their text: 'KOMPAS.com', 'TribunJakarta.com', 'REPUBLIKA.CO.ID'.
#: It starts where a word starts (a site name found inside a word would be found from the word's
#: start anyway): tried at every character of a long run, as the lookahead in _PIECES does, it
#: fails at once instead of rescanning the run.
SITE = r"(?<![\p{L}\d-])[\p{L}\d-]++\.(?i:co\.id|com|id|co|net|org|tv)\b"
_SITE = regex.compile(SITE)
_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")
# Only from a blank run's start: retried inside a long run, each try rescans the rest of it.
_BEFORE_COLON = regex.compile(r"(?<!\s)\s+:")
_PIECES = regex.compile(
    rf"(?P<site>{SITE})|(?P<digits>\d+)|(?P<space>\s+)|(?P<text>[^\d\s]+?(?={SITE}|\d|\s|$))"
)


def key(text: str) -> str:
    """What two spellings of one piece share: case, spacing, numbers and site names don't count."""
    text = _SITE.sub("<site>", text)
    text = _SPACE.sub(" ", _DIGITS.sub("0", text)).strip().casefold()
    return _BEFORE_COLON.sub(":", text)


def generalise(surface: str, *, ignore_case: bool = True, sites: bool = True) -> str:
    """A VERBOSE pattern for ``surface`` and its variants: digits become ``\\d+``, site names ``SITE``
    (unless ``sites`` is false: detection evidence must name the outlet's own site)."""
    out = []
    for m in _PIECES.finditer(surface):
        if m["site"] and sites:
            out.append(SITE)
        elif m["site"]:
            out.append(literal(m["site"]))
        elif m["digits"]:
            out.append(r"\d+")
        elif m["space"]:
            out.append(r"\s+")
        else:
            # 'Editor:' and 'EDITOR :' are one label.
            out.append(literal(m["text"]).replace(":", r"\s*:"))
    body = "".join(out)
    if ignore_case and any(ch.isalpha() for ch in surface):
        return f"(?i:{body})"
    return body


def literal(text: str) -> str:
    """``text`` escaped for a VERBOSE pattern (spaces and ``#`` too)."""
    # Quotes are escaped too, so that every pattern fits in a raw string literal.
    escaped = regex.escape(text, special_only=True, literal_spaces=False)
    return escaped.replace('"', r"\"").replace("'", r"\'")


def leading_literal(surface: str) -> str | None:
    """The lower-case text every match of ``generalise(surface)`` starts with, or None.

    The engine finds an inline rule's starts with ``str.find`` on these literals before trying its
    pattern, so they must hold nothing the pattern generalises: no digits, spaces or site names.
    """
    m = _SITE.match(surface)
    if m is not None:
        return None
    lead = regex.match(r"[^\d\s]+", surface)
    if lead is None:
        return None
    site = _SITE.search(lead.group())
    literal = lead.group()[: site.start()] if site else lead.group()
    return literal.lower() or None


def has_site(text: str) -> bool:
    return _SITE.search(text) is not None
