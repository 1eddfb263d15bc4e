"""corekit.lazyre: a module-level pattern that compiles on its first use."""

from __future__ import annotations

import regex

from corekit.lazyre import lazy


def test_nothing_compiles_until_a_method_is_used() -> None:
    pattern = lazy(r"\p{Lu}\p{Ll}+", regex.IGNORECASE)
    assert "compiled" not in vars(pattern)
    assert pattern.search("kata Budi").group() == "kata"
    assert vars(pattern)["compiled"].flags & regex.IGNORECASE


def test_it_answers_as_the_compiled_pattern_does() -> None:
    source, text = r"(\d+)/(\d+)", "Rabu (8/11/2023) dan 9/11"
    pattern, compiled = lazy(source), regex.compile(source)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.sub("x", text) == compiled.sub("x", text)
    assert pattern.fullmatch("8/11") is not None and pattern.match("x8/11") is None
    assert pattern.patterns() == {"compiled": pattern.compile()}
    assert (pattern.pattern, pattern.flags) == (source, 0)
