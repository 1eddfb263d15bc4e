"""Patterns compiled on first use, once per process.

Importing ``corekit.quotes`` must stay cheap (``corekit --version``, a run that finds no quote):
a pattern is compiled the first time an attribute names it, then kept. ``patterns()`` compiles
them all (for tests/test_regex_budget.py).
"""

from __future__ import annotations

import regex


class Patterns:
    """``Patterns(NAME=source or (source, flags))``; ``obj.NAME`` is the compiled pattern."""

    def __new__(cls, **sources: str | tuple[str, int]) -> Patterns:
        # Each holder gets a class of its own and a compiled pattern becomes an attribute of that
        # class: reading it again is a plain attribute read (hot loops read them), and the
        # instance's own attributes never change (the regex budget test walks them).
        own = type(cls.__name__, (cls,), {"__module__": cls.__module__})
        return super().__new__(own)

    def __init__(self, **sources: str | tuple[str, int]) -> None:
        self._sources = sources

    def __getattr__(self, name: str) -> regex.Pattern[str]:
        # Called only for a pattern not compiled yet.
        try:
            source = self.__dict__["_sources"][name]
        except KeyError:
            raise AttributeError(name) from None
        pattern, flags = source if isinstance(source, tuple) else (source, 0)
        compiled = regex.compile(pattern, flags)
        setattr(type(self), name, compiled)
        return compiled

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """Every pattern, compiled, by name."""
        return {name: getattr(self, name) for name in self._sources}
