"""Patterns compiled on first use, once per process.

Importing ``corekit.quotes`` must stay cheap (``corekit --version``, a run that finds no quote):
a pattern is compiled the first time an attribute names it, then kept. Code that runs a pattern
many times per body reads it once per body. ``patterns()`` compiles them all (for
tests/test_regex_budget.py).
"""

from __future__ import annotations

import regex


class Patterns:
    """``Patterns(NAME=source or (source, flags))``; ``obj.NAME`` is the compiled pattern."""

    def __init__(self, **sources: str | tuple[str, int]) -> None:
        self._sources = sources
        # Compiled patterns live in their own dict, not as attributes: the object's attributes
        # stay the same whatever has been compiled (the regex budget test walks them).
        self._compiled: dict[str, regex.Pattern[str]] = {}

    def __getattr__(self, name: str) -> regex.Pattern[str]:
        try:
            return self.__dict__["_compiled"][name]
        except KeyError:
            pass
        try:
            source = self.__dict__["_sources"][name]
        except KeyError:
            raise AttributeError(name) from None
        pattern, flags = source if isinstance(source, tuple) else (source, 0)
        compiled = self._compiled[name] = regex.compile(pattern, flags)
        return compiled

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every pattern, compiled, by name."""
        return {name: getattr(self, name) for name in self._sources}
