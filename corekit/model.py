"""Frozen value objects passed between the pipeline and the plugins.

Offsets: ``Removed`` spans index into ``Document.text`` (the input as read);
``Quote`` and ``Mention`` spans index into ``Article.body``.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

UNKNOWN = "unknown"

NameKind = Literal["person", "place", "org"]
QuoteKind = Literal["direct", "indirect"]


@attrs.frozen(kw_only=True)
class Document:
    """One input to clean.

    Attributes:
        text: The input text as read (decoded, line endings untouched).
        path: Where it came from (``-`` for stdin), or None for in-memory text.
        url: The page's URL where the caller knows it.
        title: A title the container already gave (HTML ``<title>``, a record field).
        published: A publication time the container already gave, ISO 8601.
        authors: Authors the container already gave.
        site_name: The site name the container gave (``og:site_name``).
        notes: What reading the input changed past plain decoding (an encoding detected,
            mojibake repaired, NUL bytes dropped), one line each; reported as warnings.
    """

    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Source:
    """An outlet a plugin handles; outlet plugins declare theirs as ``SOURCE``.

    Attributes:
        id: The source id, also the plugin's entry-point name (``sindonews``).
        name: The outlet's own spelling (``SINDOnews``).
        hosts: Registrable domains whose pages are this outlet's (``sindonews.com``).
        reporter: The outlet's names as its own reporters write them (``Kompas``, ``Kontan``). A
            document no plugin claims goes to the outlet named where its reporter speaks anywhere
            in the text: spoken to, watching or keeping records ('katanya saat dihubungi Kompas',
            'pantauan Kompas', 'Kompas mencatat'), or its own back issue cited ('(Kompas,
            7/6/2003)'). Leave out a wire agency's names: every outlet quotes it so.
    """

    id: str
    name: str
    hosts: tuple[str, ...] = ()
    reporter: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class SourceMatch:
    """A plugin's claim that a document comes from an outlet.

    Attributes:
        id: The source id (``unknown`` for the generic fallback).
        name: The outlet's display name.
        confidence: How sure the plugin is, in 0..1; 1.0 means the URL or host said so.
        plugin: The name of the plugin that made the claim.
        evidence: What the claim rests on (``host``, ``dateline``, ``footer``, ...).
    """

    id: str
    name: str
    confidence: float = attrs.field(validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    plugin: str
    evidence: str | None = None


@attrs.frozen(kw_only=True)
class Removed:
    """A piece of the input the cleaner dropped, and why.

    Attributes:
        text: The dropped text, verbatim.
        start: Offset of its first character in ``Document.text``.
        end: Offset just past its last character.
        rule: The name of the rule that dropped it.
        plugin: The plugin whose rule it is.
    """

    text: str
    start: int
    end: int
    rule: str
    plugin: str


@attrs.frozen(kw_only=True)
class Article:
    """What ``strip_boilerplate`` returns: the article alone and the audit trail.

    Attributes:
        body: The article's paragraphs, verbatim from the input, separated by a blank line.
        title: The headline, or None where the text does not carry one.
        published: Publication time, ISO 8601 with offset (``2023-11-08T22:38:00+07:00``), or None.
        authors: Reporter and editor names, in the order the text gives them.
        removed: Every piece of the input left out of ``body``, in input order.
    """

    body: str
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()


@attrs.frozen(kw_only=True)
class Mention:
    """One occurrence of a name in the body.

    Attributes:
        text: The surface form as written (``Presiden Putin``, ``Putin``, ``RRT``).
        start: Offset of its first character in ``Article.body``.
        end: Offset just past its last character.
        role: The title or role this mention gives (``Presiden Rusia``), or None.
    """

    text: str
    start: int
    end: int
    role: str | None = None


@attrs.frozen(kw_only=True)
class Name:
    """One entity, under its canonical name, with all its mentions.

    Attributes:
        name: The canonical name: a person's fullest name without titles
            (``Vladimir Putin``), a place's common Indonesian name (``China``),
            an organisation's Indonesian long form (``Komisi Pemberantasan Korupsi``).
        kind: ``person``, ``place`` or ``org``.
        role: The role the article gives the entity (``Presiden Rusia``), or None.
        mentions: Where the body mentions it, in body order.
    """

    name: str
    kind: NameKind
    role: str | None = None
    mentions: tuple[Mention, ...] = ()


@attrs.frozen(kw_only=True)
class Quote:
    """A statement and who made it.

    Attributes:
        text: The quoted words (inside the quote marks for a direct quote,
            a trailing comma dropped), verbatim from the body.
        speaker: The speaker's canonical name (see ``Name.name``), or None when unresolved.
        cue: The attribution word as written (``kata``, ``ujarnya``), or None.
        via: The agency the outlet cites (``AFP``, ``Reuters``), or None. Never the speaker.
        addressee: Who the words were said to (``kepada Putin``), canonical, or None.
        start: Offset of ``text`` in ``Article.body``.
        end: Offset just past ``text``.
        kind: ``direct`` (quote marks) or ``indirect`` (reported speech).
    """

    text: str
    speaker: str | None
    cue: str | None
    via: str | None = None
    addressee: str | None = None
    start: int
    end: int
    kind: QuoteKind = "direct"


@attrs.frozen(kw_only=True)
class Result:
    """The whole answer for one document.

    Attributes:
        path: The input's path, or None.
        source: The winning source claim.
        article: The cleaned article.
        quotes: Direct and indirect quotes, in body order.
        names: Entities found in the body.
        warnings: What reading the input changed (``Document.notes``), then the plugins that
            failed on this document and were bypassed.
    """

    path: str | None
    source: SourceMatch
    article: Article
    quotes: tuple[Quote, ...] = ()
    names: tuple[Name, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``corekit clean --format json``."""
        article = self.article

        def quote(q: Quote) -> dict[str, Any]:
            return attrs.asdict(q)

        return {
            "path": self.path,
            "source": {
                "id": self.source.id,
                "name": self.source.name,
                "confidence": self.source.confidence,
                "plugin": self.source.plugin,
            },
            "title": article.title,
            "published": article.published,
            "authors": list(article.authors),
            "body": article.body,
            "quotes": [quote(q) for q in self.quotes if q.kind == "direct"],
            "indirect": [quote(q) for q in self.quotes if q.kind == "indirect"],
            "names": [
                {
                    "name": n.name,
                    "kind": n.kind,
                    "role": n.role,
                    "mentions": [attrs.asdict(m) for m in n.mentions],
                }
                for n in self.names
            ],
            "removed": [attrs.asdict(r) for r in article.removed],
            "warnings": list(self.warnings),
        }
