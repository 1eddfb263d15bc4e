"""Module-level patterns compiled on first use, once per process.

A module holds many patterns and most documents need few of them; compiling them all at import
cost a one-file run (``corekit clean seed.txt``) about a tenth of its time. ``lazy(source, flags)``
stands where ``regex.compile(source, flags)`` stood: its first method call compiles, and from then
on each method is a plain attribute (the compiled pattern's bound method), as fast as before.
``Patterns(NAME=source, ...)`` holds many, each compiled the first time ``obj.NAME`` is read
(``corekit.quotes``); ``patterns()`` compiles them all for tests/test_regex_budget.py.
"""

from __future__ import annotations

from typing import Any

import regex

#: The methods a caller may use; each becomes an attribute on first use.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "splititer")


class LazyPattern:
    """A ``regex`` pattern that compiles on first use.

    Attributes:
        pattern: The source, as ``regex.Pattern.pattern``.
        flags: The flags it is compiled with.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what is not an attribute yet: the first use of a method.
        if name not in _METHODS:
            raise AttributeError(name)
        self.compile()
        return self.__dict__[name]

    def compile(self) -> regex.Pattern[str]:
        """The compiled pattern (compiling it on the first call)."""
        compiled: regex.Pattern[str] | None = self.__dict__.get("compiled")
        if compiled is None:
            compiled = regex.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self.compiled = compiled
        return compiled

    def patterns(self) -> dict[str, regex.Pattern[str]]:
        """The pattern, compiled (for tests/test_regex_budget.py)."""
        return {"compiled": self.compile()}


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(pattern, flags)``, deferred to the first use."""
    return LazyPattern(pattern, flags)


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
