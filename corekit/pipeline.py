"""One function that runs the hooks in order: detect, strip, names, quotes."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import pluggy

from corekit.detect import reporter_claim
from corekit.model import UNKNOWN, Document, Name, Quote, Result, Source, SourceMatch
from corekit.plugins import PluginManager, default_plugin_manager

#: A claim below this is ignored, so a weak hint never beats the generic rules.
MIN_CONFIDENCE = 0.5
GENERIC = "generic"

T = TypeVar("T")


class PluginError(Exception):
    """A plugin raised inside a hook (raised only with ``strict=True``)."""


def clean(
    text: str | Document,
    *,
    path: str | None = None,
    url: str | None = None,
    source: str | None = None,
    aliases: Mapping[str, str] | None = None,
    strict: bool = False,
    normalize: bool = False,
    mine: bool = True,
    pm: PluginManager | None = None,
) -> Result:
    """Clean one document and mine it.

    Args:
        text: The input text, or a ready :class:`Document`.
        path: Where the text came from, for the result.
        url: The page's URL, where known: it settles the source.
        source: A source id to use instead of detection.
        aliases: The user's surface form -> canonical name table.
        strict: Raise :class:`PluginError` when a plugin raises, instead of
            falling back to the generic plugin with a warning.
        normalize: Repair ``text`` first (:func:`corekit.normalize.normalize_text`: mojibake,
            no-break and zero-width characters); offsets then index into the repaired text,
            and what was repaired is in the result's warnings.
        mine: Find the names and quotes too. False runs only ``detect_source`` and
            ``strip_boilerplate`` (the result's ``names`` and ``quotes`` are empty): for a caller
            that wants the clean text alone, at about half the cost.
        pm: The plugin manager; the process-wide one by default.
    """
    notes: tuple[str, ...] = ()
    if normalize:  # only then: it imports ftfy, which a plain run never needs
        from corekit.normalize import normalize_text
    if isinstance(text, Document):
        document = text
        if normalize:
            repaired, notes = normalize_text(document.text)
            document = attrs.evolve(document, text=repaired)
    else:
        if normalize:
            text, notes = normalize_text(text)
        document = Document(text=text, path=path, url=url)
    result = run(document, source=source, aliases=aliases or {}, strict=strict, mine=mine, pm=pm)
    return attrs.evolve(result, warnings=(*notes, *result.warnings)) if notes else result


def run(
    document: Document,
    *,
    source: str | None = None,
    aliases: Mapping[str, str] | None = None,
    strict: bool = False,
    mine: bool = True,
    pm: PluginManager | None = None,
) -> Result:
    """Run the four hooks on ``document`` (the first two with ``mine=False``); see :func:`clean`."""
    pm = pm or default_plugin_manager()
    warnings: list[str] = list(document.notes)
    call = _Caller(pm, strict, warnings)
    if source is None:
        match = best_source(call("detect_source", document=document))
        if match.id == UNKNOWN:
            match = reporter_source(pm, document.text) or match
    else:
        match = forced_source(pm, source)
    article = call("strip_boilerplate", document=document, source=match)
    names: tuple[Name, ...] = ()
    quotes: tuple[Quote, ...] = ()
    if mine:
        names = merge_names(
            call("normalize_names", document=document, source=match, article=article, aliases=aliases or {})
        )
        quotes = merge_quotes(
            call("extract_quotes", document=document, source=match, article=article, names=names)
        )
        quotes = rename_speakers(quotes, names, aliases or {})
    return Result(
        path=document.path,
        source=match,
        article=article,
        quotes=quotes,
        names=names,
        warnings=tuple(warnings),
    )


class _Caller:
    """Calls a hook; if a plugin raises, warns and answers with the generic plugin alone."""

    def __init__(self, pm: PluginManager, strict: bool, warnings: list[str]) -> None:
        self.pm, self.strict, self.warnings = pm, strict, warnings

    def __call__(self, name: str, **kwargs: Any) -> Any:
        hook = getattr(self.pm.hook, name)
        try:
            return hook(**kwargs)
        except Exception as exc:
            culprit = self._culprit(hook, kwargs) or "?"
            message = f"plugin {culprit!r} failed in {name}: {type(exc).__name__}: {exc}"
            if self.strict or culprit == GENERIC:
                raise PluginError(message) from exc
            self.warnings.append(message)
            others = [p for n, p in self.pm.list_name_plugin() if n != GENERIC and p is not None]
            return self.pm.subset_hook_caller(name, remove_plugins=others)(**kwargs)

    @staticmethod
    def _culprit(hook: pluggy.HookCaller, kwargs: Mapping[str, Any]) -> str | None:
        # pluggy does not say which implementation raised, so ask each in call order.
        for impl in reversed(hook.get_hookimpls()):
            try:
                impl.function(**{arg: kwargs[arg] for arg in impl.argnames})
            except Exception:
                return impl.plugin_name
        return None


def best_source(claims: Sequence[SourceMatch]) -> SourceMatch:
    """The most confident claim; the first one called wins a tie."""
    best: SourceMatch | None = None
    for claim in claims:
        if claim.id != UNKNOWN and claim.confidence < MIN_CONFIDENCE:
            continue
        if best is None or claim.confidence > best.confidence:
            best = claim
    if best is None:  # only if the generic plugin is missing
        best = SourceMatch(id=UNKNOWN, name="Unknown", confidence=0.0, plugin=GENERIC)
    return best


def declared_sources(pm: PluginManager) -> list[tuple[str, Any]]:
    """(plugin name, ``SOURCE``) of every registered plugin that declares its outlet."""
    found = ((name, getattr(plugin, "SOURCE", None)) for name, plugin in pm.list_name_plugin())
    return [(name, source) for name, source in found if source is not None]


def reporter_source(pm: PluginManager, text: str) -> SourceMatch | None:
    """For a document no plugin claimed: the outlet whose own reporter speaks in ``text``, among
    the sources the plugins declare (``SOURCE.reporter``)."""
    sources = [(name, s) for name, s in declared_sources(pm) if isinstance(s, Source) and s.reporter]
    return reporter_claim(sources, text)


def forced_source(pm: PluginManager, source_id: str) -> SourceMatch:
    """The match for ``--source ID``: the plugin that declares that id, else the generic one."""
    for name, declared in declared_sources(pm):
        if declared.id == source_id:
            return SourceMatch(
                id=source_id, name=declared.name, confidence=1.0, plugin=name, evidence="forced"
            )
    return SourceMatch(id=source_id, name=source_id, confidence=1.0, plugin=GENERIC, evidence="forced")


def _merge_spans(results: Sequence[Sequence[T] | None], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Items from every plugin, in call order; an item overlapping an earlier plugin's is dropped."""
    kept: list[T] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans of the plugins called so far
    for items in results:
        new = []
        for item in items or ():
            start, end = span(item)
            # Only the nearest taken span starting before ``end`` can overlap, since they do not overlap.
            i = bisect.bisect_left(taken, (end, -1)) - 1
            if i < 0 or taken[i][1] <= start:
                new.append(item)
        kept.extend(new)
        taken = _union(taken, [span(item) for item in new])
    return kept


def _union(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined, so the bisection above stays exact."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans + more):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def merge_quotes(results: Sequence[Sequence[Quote] | None]) -> tuple[Quote, ...]:
    """Every plugin's quotes in body order; overlaps go to the plugin called first."""
    answered = [quotes for quotes in results if quotes]
    if len(answered) == 1:  # the usual case, the generic plugin alone: nothing to reconcile
        return tuple(sorted(answered[0], key=lambda q: q.start))
    quotes = _merge_spans(answered, lambda q: (q.start, q.end))
    return tuple(sorted(quotes, key=lambda q: q.start))


def merge_names(results: Sequence[Sequence[Name] | None]) -> tuple[Name, ...]:
    """Every plugin's names, joined by canonical name; overlapping mentions go to the plugin called first."""
    answered = [names for names in results if names]
    if len(answered) == 1 and len({name.name for name in answered[0]}) == len(answered[0]):
        # The usual case, one plugin with one entry per name: nothing to join or reconcile.
        return tuple(answered[0])
    flat = [[(name, mention) for name in names for mention in name.mentions] for names in answered]
    pairs = _merge_spans(flat, lambda pair: (pair[1].start, pair[1].end))
    groups: dict[str, tuple[Name, list[Any]]] = {}
    for name, mention in pairs:
        first, mentions = groups.setdefault(name.name, (name, []))
        mentions.append(mention)
    return tuple(
        attrs.evolve(first, mentions=tuple(sorted(mentions, key=lambda m: m.start)))
        for first, mentions in groups.values()
    )


def rename_speakers(
    quotes: tuple[Quote, ...], names: tuple[Name, ...], aliases: Mapping[str, str]
) -> tuple[Quote, ...]:
    """Give speakers and addressees the user's canonical names: the user's table wins over every plugin.

    A quote names its speaker by a full name the text writes (``Vladimir Putin``); when the user's
    table renames that person (``Putin`` -> ``Vladimir Vladimirovich Putin``), the names hook has put
    that mention under the user's name, and the quote follows it.
    """
    if not aliases:
        return quotes
    chosen = set(aliases.values())
    renamed = {m.text: n.name for n in names if n.name in chosen for m in n.mentions}
    renamed.update(aliases)

    def rename(who: str | None) -> str | None:
        return renamed.get(who, who) if who is not None else None

    return tuple(
        attrs.evolve(q, speaker=rename(q.speaker), addressee=rename(q.addressee))
        if q.speaker in renamed or q.addressee in renamed
        else q
        for q in quotes
    )
