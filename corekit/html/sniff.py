"""Is this text an HTML page? Decided from its first bytes, not from a file name."""

from __future__ import annotations

import re

#: How far into the text the page's opening tags must appear.
WINDOW = 1024

# Pages may open with an XML declaration, comments or a BOM before the doctype;
# a plain-text article that merely mentions "<html>" does not start with '<'.
_OPENING = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)


def is_html(text: str) -> bool:
    """True when ``text`` starts like an HTML page (doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    start = text[:WINDOW].lstrip("\ufeff \t\r\n")
    return start.startswith("<") and _OPENING.search(start) is not None
