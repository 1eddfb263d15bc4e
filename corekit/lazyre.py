"""Module-level patterns compiled on first use, once per process.

A module holds many patterns and most documents need few of them; compiling them all at import
cost a one-file run (``corekit clean seed.txt``) about a tenth of its time. ``lazy(source, flags)``
stands where ``regex.compile(source, flags)`` stood: its first method call compiles, and from then
on each method is a plain attribute (the compiled pattern's bound method), as fast as before.
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
