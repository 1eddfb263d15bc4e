"""What an outlet plugin may tell the extractor about its own markup.

A plugin module declares ``HTML_HINTS = corekit.HtmlHints(...)`` next to its
``SOURCE``. Selectors are XPath when they start with ``/``, ``./`` or ``(``,
CSS otherwise (CSS needs the ``cssselect`` package). They are compiled on
first use, so declaring hints costs nothing on a text-only run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs

from corekit.model import Source

if TYPE_CHECKING:
    from corekit.plugins import PluginManager

#: The module attribute a plugin declares its hints under.
ATTRIBUTE = "HTML_HINTS"


def _selectors(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class HtmlHints:
    """An outlet's own knowledge of its pages, applied before trafilatura runs.

    Attributes:
        drop: Selectors of blocks to remove wherever they are (read-also boxes,
            related lists, comment blocks, share bars).
        article: Selector of the article container; when it matches, only its
            first match is handed to the extractor (the page's ``<head>`` is kept
            for metadata).
    """

    drop: tuple[str, ...] = attrs.field(
        default=(),
        converter=_selectors,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(str)),
    )
    article: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


def host_of(url: str | None) -> str | None:
    """The lower-case host of ``url`` (a scheme-less ``kompas.com/...`` too), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def _squash(name: str) -> str:
    # 'Kompas.com', 'KOMPAS.com' and 'kompascom' name one outlet.
    return "".join(ch for ch in name.lower() if ch.isalnum())


def names_source(source: Source, *, url: str | None, site_name: str | None) -> bool:
    """True when the page's URL host or its site name is the outlet's."""
    host = host_of(url)
    if host and any(host == h or host.endswith("." + h) for h in source.hosts):
        return True
    if not site_name:
        return False
    site = _squash(site_name)
    return bool(site) and site in {_squash(source.name), _squash(source.id), *map(_squash, source.hosts)}


def _hinted(pm: PluginManager) -> Iterator[tuple[str, Source, HtmlHints]]:
    for name, plugin in pm.list_name_plugin():
        hints: Any = getattr(plugin, ATTRIBUTE, None)
        source: Any = getattr(plugin, "SOURCE", None)
        if isinstance(hints, HtmlHints) and isinstance(source, Source):
            yield name, source, hints


def hints_for(pm: PluginManager, *, url: str | None, site_name: str | None) -> tuple[str, HtmlHints] | None:
    """The (plugin name, hints) of the registered plugin whose outlet the page is from, or None."""
    for name, source, hints in _hinted(pm):
        if names_source(source, url=url, site_name=site_name):
            return name, hints
    return None


def any_hints(pm: PluginManager) -> bool:
    """Whether any registered plugin declares hints (if none, the page's head need not be read)."""
    return next(_hinted(pm), None) is not None
