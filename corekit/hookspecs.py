"""The four hooks a corekit plugin may implement.

Argument names mean one thing in every hook:

- ``document``: the :class:`~corekit.model.Document` being cleaned (input text, path, URL, metadata).
- ``source``: the :class:`~corekit.model.SourceMatch` that won detection.
- ``article``: the :class:`~corekit.model.Article` that ``strip_boilerplate`` returned.
- ``names``: the merged :class:`~corekit.model.Name` tuple that ``normalize_names`` produced.
- ``aliases``: the user's own surface form -> canonical name table (``--aliases FILE``).

The pipeline calls them in this order: detect_source, strip_boilerplate,
normalize_names, extract_quotes (quotes come after names so that speakers
can be given by their canonical names).

A plugin declines by returning None. A hook must not raise to decline: the
pipeline treats an exception as a broken plugin and falls back to the
generic result for that document.
"""

from __future__ import annotations

from collections.abc import Mapping

import pluggy

from corekit.model import Article, Document, Name, Quote, SourceMatch

hookspec = pluggy.HookspecMarker("corekit")
hookimpl = pluggy.HookimplMarker("corekit")


@hookspec
def detect_source(document: Document) -> SourceMatch | None:
    """Claim the document for an outlet.

    Every plugin is called and every claim is collected; the pipeline keeps
    the claim with the highest ``confidence`` (the first one called wins a
    tie) and ignores claims below ``corekit.pipeline.MIN_CONFIDENCE``. Give
    1.0 only when ``document.url`` or ``document.site_name`` names your
    outlet; a claim from the text alone (datelines, footers, editor lines)
    should stay below 1.0. Look at the head and tail of the text rather than
    running your whole rule set: this hook runs for every plugin on every
    document.

    The built-in generic plugin answers ``unknown`` with confidence 0.0. A
    document no outlet claims goes to the outlet whose own reporter speaks
    anywhere in it, among the ``SOURCE.reporter`` names the plugins declare
    (``corekit.Source``), else to the generic rules.

    Return None when the document is not from your outlet.
    """


@hookspec(firstresult=True)
def strip_boilerplate(document: Document, source: SourceMatch) -> Article | None:
    """Separate the article from the site's boilerplate.

    Stops at first non-None result. Act only when ``source.id`` is one of
    your outlet's ids and return None otherwise; the generic plugin answers
    last for every source.

    The returned ``Article.body`` holds the article's paragraphs verbatim
    from ``document.text``, separated by a blank line; ``Article.removed``
    holds every non-blank piece of the input that is not in the body, with
    the rule and plugin that dropped it, so that body plus removed account
    for the whole input. Fill ``title``, ``published`` (ISO 8601 with
    offset) and ``authors`` where the text carries them.
    """


@hookspec
def normalize_names(
    document: Document, source: SourceMatch, article: Article, aliases: Mapping[str, str]
) -> tuple[Name, ...] | None:
    """Find people, places and organisations in ``article.body``.

    Every plugin is called and the results are merged: names with the same
    canonical ``name`` are joined, and where two plugins claim overlapping
    mentions the plugin called first (an outlet before the generic plugin)
    wins. ``aliases`` is the user's own table and beats any plugin's
    spelling. Mention offsets index into ``article.body``.

    An outlet plugin adds its own spellings by returning the names it knows;
    return None (or an empty tuple) when you have nothing to add.
    """


@hookspec
def extract_quotes(
    document: Document, source: SourceMatch, article: Article, names: tuple[Name, ...]
) -> tuple[Quote, ...] | None:
    """Find direct and indirect quotes in ``article.body``.

    Every plugin is called and the results are merged; where two plugins
    report overlapping quotes, the plugin called first (an outlet before the
    generic plugin) wins. Give speakers and addressees by the canonical
    names in ``names``; never give a news agency as the speaker. Quote
    offsets index into ``article.body``.

    Return None (or an empty tuple) when you have nothing to add.
    """
