"""Source detection every outlet plugin shares: the host first, then cheap text evidence.

An outlet plugin builds one :class:`Detector` at import and calls it from its
``detect_source`` hook::

    DETECTOR = Detector(SOURCE, plugin="kontan", evidence={"dateline": (r"KONTAN\\.CO\\.ID", 0.95)})

The URL's host (or the container's site name) settles the source with
confidence 1.0. Without them the text decides, but only from a window at its
head and one at its tail, with all of the outlet's evidence compiled into one
alternation: detection runs for every plugin on every document.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import attrs
import regex

from corekit.model import Document, Source, SourceMatch


def host_of(url: str | None) -> str | None:
    """The lower-case host name of ``url`` (a scheme-less ``kontan.co.id/...`` too), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def host_matches(host: str | None, hosts: tuple[str, ...]) -> bool:
    """True when ``host`` is one of ``hosts`` or a subdomain of one (``nasional.kontan.co.id``)."""
    if not host:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)


@attrs.frozen
class Detector:
    """Claims documents for one outlet.

    Attributes:
        source: The outlet.
        plugin: The plugin name put in the claims.
        evidence: Evidence name -> (VERBOSE pattern, confidence below 1.0).
        head: How many characters at the start of the text to search.
        tail: How many characters at the end of the text to search.
    """

    source: Source
    plugin: str
    evidence: dict[str, tuple[str, float]] = attrs.field(factory=dict)
    head: int = 800
    tail: int = 800
    _pattern: regex.Pattern[str] | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _groups: dict[str, str] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        for name, (_, confidence) in self.evidence.items():
            if not 0.0 < confidence < 1.0:
                raise ValueError(f"text evidence {name!r} must claim less than 1.0")
        # Evidence names may hold dashes; group names may not.
        object.__setattr__(self, "_groups", {name.replace("-", "_"): name for name in self.evidence})
        if self.evidence:
            source = "|".join(f"(?P<{name.replace('-', '_')}>{p})" for name, (p, _) in self.evidence.items())
            object.__setattr__(self, "_pattern", regex.compile(source, regex.VERBOSE | regex.MULTILINE))

    def __call__(self, document: Document) -> SourceMatch | None:
        if host_matches(host_of(document.url), self.source.hosts):
            return self._claim(1.0, "host")
        site = (document.site_name or "").strip().lower()
        if site and site in {self.source.name.lower(), *self.source.hosts}:
            return self._claim(1.0, "site-name")
        if self._pattern is None:
            return None
        best: tuple[float, str] | None = None
        text = document.text
        windows = (text,) if len(text) <= self.head + self.tail else (text[: self.head], text[-self.tail :])
        for window in windows:
            for m in self._pattern.finditer(window):
                name = self._groups[m.lastgroup]
                confidence = self.evidence[name][1]
                if best is None or confidence > best[0]:
                    best = (confidence, name)
        return self._claim(*best) if best else None

    def _claim(self, confidence: float, evidence: str) -> SourceMatch:
        return SourceMatch(
            id=self.source.id,
            name=self.source.name,
            confidence=confidence,
            plugin=self.plugin,
            evidence=evidence,
        )
