"""HTML page -> :class:`~corekit.model.Document`: outlet hints first, then trafilatura.

Imported only when HTML is met (through :func:`corekit.html.to_document`), so
trafilatura's import time is paid by HTML runs alone.

What the extractor drops (navigation, scripts, menus, comment threads and
whatever else trafilatura judges not to be the article) leaves no
``Removed`` record: ``Removed`` offsets index into ``Document.text``, which is
the extracted text. The outlet's boilerplate rules then run on that text and
record what they drop as usual.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from corekit.html import HtmlError, is_html
from corekit.html.head import read_head
from corekit.html.hints import HtmlHints, any_hints, hints_for
from corekit.model import Document
from corekit.plugins import PluginManager, default_plugin_manager

# A capitalised place (and outlet) alone on its line: 'MOSKOW', 'JAKARTA, KOMPAS.com', 'BANDUNG, iNews.id'.
_DATELINE = re.compile(r"[A-Z][A-Z .'/()-]{1,30}(?:, ?[\w.]{2,30})?")
# What follows it: a dash and a paragraph, not a list item ('- 2 cups flour').
_DASHED = re.compile(r"[-\u2013\u2014] \S.{60,}")

#: trafilatura's options, the same for every page (the benchmark runs trafilatura alone with these too).
OPTIONS: dict[str, Any] = {"with_metadata": True, "include_comments": False, "include_tables": True}


def to_document(
    markup: str, *, path: str | None = None, url: str | None = None, pm: PluginManager | None = None
) -> Document:
    """Extract the article text and the page's metadata.

    ``url`` is where the caller fetched the page; the page's canonical URL
    (or ``og:url``) wins over it. The text's paragraphs are separated by a
    blank line, as the boilerplate hooks expect.
    """
    pm = pm or default_plugin_manager()
    if not is_html(markup):
        # trafilatura refuses a lone block as "not valid HTML"; a record's html field may hold one.
        markup = f"<html><body>{markup}</body></html>"
    page: str | lxml.html.HtmlElement = markup
    head = read_head(markup, url)
    found = hints_for(pm, url=head.url or url, site_name=head.site_name) if any_hints(pm) else None
    if found is not None:
        plugin, hints = found
        tree = trafilatura.load_html(markup)
        if tree is not None:
            page = apply_hints(tree, hints, plugin)
    result, text = _extract(page, url)
    if not text and page is not markup:
        # The hints left too little for trafilatura (a stale container class): the page as it is.
        result, text = _extract(markup, url)
    if result is None or not text:
        raise HtmlError("HTML page: the extractor found no article text")
    return Document(
        text=text,
        path=path,
        url=head.url or result.url or url,
        title=result.title or None,
        published=head.published or result.date or None,
        authors=_authors(result.author or head.author),
        site_name=head.site_name or result.sitename or None,
    )


def _extract(page: str | lxml.html.HtmlElement, url: str | None) -> tuple[Any, str]:
    result: Any = trafilatura.bare_extraction(page, url=url, **OPTIONS)
    return result, paragraphs(getattr(result, "text", None) or "") if result is not None else ""


def paragraphs(text: str) -> str:
    """trafilatura's lines, stripped, one paragraph each, separated by a blank line.

    A dateline that trafilatura split off its paragraph (``<div><strong>MOSKOW</strong> - ...<br>``
    comes out as ``MOSKOW`` then ``- Presiden ...``) is joined back, so the outlet's dateline rules
    see the line they expect.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined: list[str] = []
    for line in lines:
        if joined and _DATELINE.fullmatch(joined[-1]) and _DASHED.fullmatch(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return "\n\n".join(joined)


def _authors(value: str | None) -> tuple[str, ...]:
    # trafilatura joins several authors with '; '.
    return tuple(a.strip() for a in (value or "").split(";") if a.strip())


def apply_hints(tree: lxml.html.HtmlElement, hints: HtmlHints, plugin: str) -> lxml.html.HtmlElement:
    """Drop the hinted blocks, then keep only the article container (if hinted and found)."""
    for selector in hints.drop:
        for node in _compile(selector, plugin)(tree):
            _remove(node)
    if hints.article:
        found = _compile(hints.article, plugin)(tree)
        body = tree.find("body")
        if found and body is not None and isinstance(found[0], lxml.etree._Element):
            article = found[0]
            _remove(article)
            article.tail = None
            body.clear()
            body.append(article)
    return tree


def _remove(node: Any) -> None:
    """Take ``node`` out of the tree, keeping the text that follows it."""
    if not isinstance(node, lxml.etree._Element):
        return
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


@functools.cache
def _compile(selector: str, plugin: str) -> lxml.etree.XPath:
    """XPath for selectors starting ``/``, ``./`` or ``(``, CSS (via cssselect) otherwise; compiled once."""
    try:
        if selector.startswith(("/", "./", "(")):
            return lxml.etree.XPath(selector)
        from lxml.cssselect import CSSSelector

        return CSSSelector(selector, translator="html")
    except ImportError:
        raise HtmlError(f"plugin {plugin!r}: CSS hint {selector!r} needs the cssselect package") from None
    except Exception as exc:  # lxml and cssselect raise their own syntax errors
        raise HtmlError(f"plugin {plugin!r}: bad HTML hint {selector!r}: {exc}") from None
