"""HTML pages in: sniffing, outlet hints, and extraction with trafilatura.

Importing this package is cheap: lxml and trafilatura are imported only by
:func:`to_document`, so a run over plain text never pays for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from corekit.html.hints import HtmlHints
from corekit.html.sniff import is_html
from corekit.model import Document

if TYPE_CHECKING:
    from corekit.plugins import PluginManager

__all__ = [
    "HTML_SUFFIXES",
    "HtmlError",
    "HtmlHints",
    "MissingExtractor",
    "is_html",
    "read_document",
    "to_document",
]

HTML_SUFFIXES = (".html", ".htm")


class HtmlError(ValueError):
    """A page that yields no article text, or a plugin's hint that does not compile."""


class MissingExtractor(Exception):
    """trafilatura (or lxml_html_clean) is not installed; ``str()`` is the one-line fix."""


def to_document(
    markup: str, *, path: str | None = None, url: str | None = None, pm: PluginManager | None = None
) -> Document:
    """The :class:`~corekit.model.Document` for an HTML page; see :mod:`corekit.html.extract`."""
    try:
        extract = importlib.import_module("corekit.html.extract")
    except ImportError as exc:  # the one place a missing extractor can surface
        raise MissingExtractor(
            f"HTML input needs trafilatura and lxml_html_clean ({exc}); "
            "install them with: pip install trafilatura lxml_html_clean"
        ) from None
    return extract.to_document(markup, path=path, url=url, pm=pm)


def read_document(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    input_format: str = "auto",
    pm: PluginManager | None = None,
) -> Document:
    """A Document for ``text``: extracted from HTML when ``input_format`` is ``html``, or is
    ``auto`` and the text starts like a page (or ``path`` ends in .html/.htm); the text as is otherwise.
    """
    if input_format == "html" or (
        input_format == "auto" and (is_html(text) or (path or "").lower().endswith(HTML_SUFFIXES))
    ):
        return to_document(text, path=path, url=url, pm=pm)
    return Document(text=text, path=path, url=url)
