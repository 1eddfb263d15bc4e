"""What a page's ``<head>`` says about where it comes from, read without parsing the whole page."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin

import attrs
import lxml.html

# Everything up to the end of <head>; a page without one is read up to here.
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
MAX_HEAD = 256 * 1024

#: Meta names that carry the publication time, best first; only ISO 8601 values are taken.
_PUBLISHED = ("article:published_time", "datepublished", "pubdate", "publishdate", "date")
#: Meta names that carry the byline, best first (``content_author`` is Kompas's).
_AUTHOR = ("author", "content_author", "dc.creator")


@attrs.frozen(kw_only=True)
class Head:
    """The head's own claims.

    Attributes:
        url: ``<link rel=canonical>``, else ``og:url``, made absolute; None if neither.
        site_name: ``og:site_name``, or None.
        published: ``article:published_time`` (or a like meta) in ISO 8601, or None.
        author: The ``author`` meta (or a like one), or None.
    """

    url: str | None = None
    site_name: str | None = None
    published: str | None = None
    author: str | None = None


def read_head(markup: str, base_url: str | None = None) -> Head:
    """Parse only the ``<head>`` of ``markup`` (cheap: no body tree is built)."""
    end = _HEAD_END.search(markup, 0, MAX_HEAD)
    part = markup[: end.start() if end else MAX_HEAD].strip()
    if not part:
        return Head()
    try:
        root = lxml.html.document_fromstring(part)
    except (ValueError, lxml.etree.ParserError):
        return Head()
    canonical = og_url = site_name = None
    metas: dict[str, str] = {}
    for element in root.iter("link", "meta"):
        get = element.get
        if element.tag == "link":
            if canonical is None and "canonical" in (get("rel") or "").lower().split():
                canonical = get("href")
            continue
        key = (get("property") or get("name") or get("itemprop") or "").strip().lower()
        content = (get("content") or "").strip()
        if not content:
            continue
        if key == "og:url" and og_url is None:
            og_url = content
        elif key == "og:site_name" and site_name is None:
            site_name = content
        elif key in _PUBLISHED or key in _AUTHOR:
            metas.setdefault(key, content)
    url = (canonical or "").strip() or (og_url or "").strip() or None
    if url and url.startswith("//"):
        url = "https:" + url
    elif url and base_url and not url.startswith(("http://", "https://")):
        url = urljoin(base_url, url)
    published = next((iso for key in _PUBLISHED if (iso := _iso(metas.get(key)))), None)
    author = next((metas[key] for key in _AUTHOR if key in metas and "://" not in metas[key]), None)
    return Head(url=url, site_name=site_name, published=published, author=author)


def _iso(value: str | None) -> str | None:
    if not value or len(value) < 10:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None
