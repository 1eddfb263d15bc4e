"""What a sample taught: learned rules, detection evidence and generic rules to leave out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

from corekit.rules import Kind, Rule, RuleSet

#: How far a linked headline runs: to the end of its line, or as a Title-Case run
#: (``corekit.boilerplate.headline_end``) when the scraper glued the next sentence on.
Extent = Literal["line-end", "headline"]


@attrs.frozen
class Learned:
    """One learned rule.

    Attributes:
        name: The rule's name, from what it matches.
        kind: ``line``, ``inline`` (see ``corekit.rules``).
        pattern: A VERBOSE pattern.
        support: In how many sample articles the piece occurs.
        total: How many articles the sample holds.
        example: The piece as written, for the reader.
        what: What kind of piece it is (``repeated line``, ``link marker`` ...).
        extend: For a link marker: how far its headline runs.
        prefixes: Inline rules: the lower-case literal a match starts with (the engine finds it first).
        max_len: Line rules: the longest line the rule may take.
    """

    name: str
    kind: Kind
    pattern: str
    support: int
    total: int
    example: str
    what: str
    extend: Extent | None = None
    prefixes: tuple[str, ...] = ()
    max_len: int = 200

    def rule(self) -> Rule:
        from corekit.boilerplate import headline_end

        extend = {"line-end": to_line_end, "headline": headline_end, None: None}[self.extend]
        if self.kind == "inline":
            return Rule(self.name, self.kind, self.pattern, extend=extend, prefixes=self.prefixes)
        return Rule(self.name, self.kind, self.pattern, max_len=self.max_len)


@attrs.frozen
class Evidence:
    """Text that tells this outlet's pages from others', for ``detect_source``.

    ``hints`` are literals (case as written) every match holds: detection runs the pattern only where
    one is (``corekit.detect.Evidence``).
    """

    name: str
    pattern: str
    confidence: float
    hints: tuple[str, ...]
    support: int
    total: int
    example: str


@attrs.frozen
class Disabled:
    """A generic rule that does harm on this outlet's sample, so its plugin leaves it out.

    Attributes:
        name: The generic rule's name.
        why: What it did, with the number of articles (``cut article sentences in 10 of 30 articles``).
        example: Text it would have dropped.
    """

    name: str
    why: str
    example: str


@attrs.frozen
class Lesson:
    """Everything learned from one sample."""

    total: int
    min_share: float
    min_articles: int
    rules: tuple[Learned, ...]
    evidence: tuple[Evidence, ...]
    disabled: tuple[Disabled, ...]


def to_line_end(text: str, pos: int, limit: int) -> int:
    """The headline a marker links runs to the end of its line."""
    return limit


def without(ruleset: RuleSet, names: Iterable[str]) -> RuleSet:
    """``ruleset`` less the rules named."""
    drop = set(names)
    return RuleSet(plugin=ruleset.plugin, rules=tuple(r for r in ruleset.rules if r.name not in drop))


def short(text: str, width: int = 100) -> str:
    """``text`` on one line, cut to ``width`` with an ellipsis: examples for a reader."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
