"""The built-in fallback plugin: answers every hook, last, for any source.

Outlet plugins run first; this one handles the text no outlet claims (source
``unknown``) and supplies the Indonesian quote and name extraction that every
outlet gets.
"""

from __future__ import annotations

from collections.abc import Mapping

from corekit import boilerplate
from corekit.hookspecs import hookimpl
from corekit.model import UNKNOWN, Article, Document, Name, Quote, SourceMatch

PLUGIN = "generic"


@hookimpl(trylast=True)
def detect_source(document: Document) -> SourceMatch:
    return SourceMatch(id=UNKNOWN, name="Unknown outlet", confidence=0.0, plugin=PLUGIN, evidence="fallback")


@hookimpl(trylast=True)
def strip_boilerplate(document: Document, source: SourceMatch) -> Article:
    return boilerplate.strip(document, plugin=PLUGIN)


@hookimpl(trylast=True)
def normalize_names(
    document: Document, source: SourceMatch, article: Article, aliases: Mapping[str, str]
) -> tuple[Name, ...]:
    # Imported here, not above: a run that wants the clean text alone never compiles their patterns.
    from corekit.names import find_names

    return find_names(article.body, aliases)


@hookimpl(trylast=True)
def extract_quotes(
    document: Document, source: SourceMatch, article: Article, names: tuple[Name, ...]
) -> tuple[Quote, ...]:
    from corekit.quotes import extract_quotes as extract

    return extract(article.body, names)
