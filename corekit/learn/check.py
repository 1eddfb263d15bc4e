"""Checking rules on the sample: a rule that cuts a sentence only one article has is not boilerplate.

Repeated text is the site's, unique text is the article's. The same test tells which generic rules
do harm on this site (and are left out of its plugin) and which learned candidates to drop.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import regex

from corekit.boilerplate import GENERIC
from corekit.learn.lesson import Disabled, Learned, short
from corekit.learn.patterns import key
from corekit.learn.samples import Sample
from corekit.model import Document
from corekit.rules import Engine, RuleSet

#: A sentence long enough that two articles sharing it by chance is implausible.
SENTENCE_WORDS = 6
#: A sentence of article text ends in a full stop; a headline may end in '?' or '!' but rarely in '.'.
#: A sentence from where it starts ('\G': :func:`sentences` chooses the starts). The former
#: pattern, '[^.!?\n]*?\S[^.!?\n]*?\.' scanned from every position, tried every split of a run
#: between its two lazy repeats from every start; this one reads each character a bounded number
#: of times and finds the same sentences. The one non-space the old pattern asked for is either in
#: the run before the first stop (first branch) or that stop itself, when the sentence runs on to a
#: second one ('Rp 1.000 juta.', second branch).
_SENTENCE = regex.compile(
    r"\G(?:[^\S\n]*+[^\s.!?][^.!?\n]*+\.|[^.!?\n]*+[.!?][^.!?\n]*+\.)"
    r"[\"”’']?(?=\s|$|\p{Lu}|[“\"])"
)
_STOP = regex.compile(r"[.!?\n]")
#: The texts start with their title in at most this share: the generic title rule would eat the lead.
TITLE_FIRST_SHARE = 0.1


def sentences(text: str) -> Iterable[str]:
    """Sentences of at least ``SENTENCE_WORDS`` words."""
    pos = 0
    while pos < len(text):
        m = _SENTENCE.match(text, pos)
        if m is not None:
            if len(m.group().split()) >= SENTENCE_WORDS:
                yield m.group().strip()
            pos = m.end()
            continue
        # A sentence that fails from one start fails from every later one up to the next stop or
        # line end (the run it reads is the same, only shorter): try again just after it.
        stop = _STOP.search(text, pos)
        if stop is None:
            break
        pos = stop.end()


def unique_sentences(texts: Sequence[str]) -> frozenset[str]:
    seen: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for sentence in sentences(text):
            seen[key(sentence)].add(i)
    return frozenset(k for k, articles in seen.items() if len(articles) == 1)


def _cuts_article(removed: str, unique: frozenset[str]) -> bool:
    return any(key(s) in unique for s in sentences(removed))


def _harm(
    ruleset: Sequence[RuleSet], texts: Sequence[str], unique: frozenset[str], plugin: str
) -> tuple[dict[str, set[int]], dict[str, str]]:
    """Rule name -> (articles where it cut a unique sentence, an example)."""
    engine = Engine(*ruleset)
    harmed: dict[str, set[int]] = defaultdict(set)
    examples: dict[str, str] = {}
    for i, text in enumerate(texts):
        for r in engine.strip(Document(text=text)).removed:
            if r.plugin == plugin and _cuts_article(r.text, unique):
                harmed[r.rule].add(i)
                examples.setdefault(r.rule, r.text)
    return harmed, examples


def harmful_generic(texts: Sequence[str], unique: frozenset[str]) -> tuple[Disabled, ...]:
    """Generic rules that cut unique sentences in at least two articles and a tenth of the sample."""
    harmed, examples = _harm((GENERIC,), texts, unique, GENERIC.plugin)
    floor = max(2, math.ceil(0.1 * len(texts)))
    return tuple(
        Disabled(
            name=name,
            why=f"cut article sentences in {len(arts)} of {len(texts)} articles",
            example=short(examples[name]),
        )
        for name, arts in sorted(harmed.items())
        if len(arts) >= floor
    )


def title_not_first(samples: Sequence[Sample]) -> tuple[Disabled, ...]:
    """The generic title rule takes a short first line for the headline; where the records give the
    title and the site's texts do not start with it, that first line is the lead and must stay."""
    titled = [s for s in samples if s.title and s.title.strip()]
    if len(titled) < len(samples) / 2:
        return ()
    first = [s.text.strip().split("\n", 1)[0].strip() for s in titled]
    starts = sum(1 for s, line in zip(titled, first, strict=True) if key(line).startswith(key(s.title or "")))
    if starts > TITLE_FIRST_SHARE * len(titled):
        return ()
    why = f"the text starts with its title in {starts} of {len(titled)} articles"
    return (Disabled(name="title", why=why, example=short(first[0])),)


def validated(
    candidates: Sequence[Learned], texts: Sequence[str], unique: frozenset[str], plugin: str, generic: RuleSet
) -> list[Learned]:
    """The candidates less those that cut a sentence only one article has.

    An inline rule needs a literal start for the engine to find it; one without is dropped too.
    """
    candidates = [c for c in candidates if c.kind != "inline" or c.prefixes]
    ruleset = RuleSet(plugin=plugin, rules=tuple(c.rule() for c in candidates))
    harmed, _ = _harm((ruleset, generic), texts, unique, plugin)
    return [c for c in candidates if c.name not in harmed]
