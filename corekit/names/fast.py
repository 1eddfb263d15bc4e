"""Build ``Mention`` and ``Name`` objects without attrs' keyword ``__init__``.

An article yields dozens of mentions and ``find_names`` has a budget of about
a hundred microseconds, half of which the generated ``__init__`` (keyword
parsing plus frozen ``object.__setattr__`` per field) would spend. Both
classes are slotted and have no validators or converters, so setting the
slots directly makes an object equal to the one ``__init__`` makes. Should
that stop holding (a validator added to the model), the plain constructors
are used instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from corekit.model import Mention, Name


def _plain(cls: type) -> bool:
    fields = attrs.fields(cls)
    return (
        "__slots__" in cls.__dict__
        and all(f.validator is None and f.converter is None for f in fields)
        and attrs.has(cls)
    )


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    return tuple(cls.__dict__[n].__set__ for n in names)


_new = object.__new__

if _plain(Mention):
    _m_text, _m_start, _m_end, _m_role = _slot_setters(Mention, ("text", "start", "end", "role"))

    def make_mention(text: str, start: int, end: int, role: str | None) -> Mention:
        m = _new(Mention)
        _m_text(m, text)
        _m_start(m, start)
        _m_end(m, end)
        _m_role(m, role)
        return m

else:  # pragma: no cover - only if the model grows validators

    def make_mention(text: str, start: int, end: int, role: str | None) -> Mention:
        return Mention(text=text, start=start, end=end, role=role)


if _plain(Name):
    _n_name, _n_kind, _n_role, _n_mentions = _slot_setters(Name, ("name", "kind", "role", "mentions"))

    def make_name(name: str, kind: Any, role: str | None, mentions: tuple[Mention, ...]) -> Name:
        n = _new(Name)
        _n_name(n, name)
        _n_kind(n, kind)
        _n_role(n, role)
        _n_mentions(n, mentions)
        return n

else:  # pragma: no cover - only if the model grows validators

    def make_name(name: str, kind: Any, role: str | None, mentions: tuple[Mention, ...]) -> Name:
        return Name(name=name, kind=kind, role=role, mentions=mentions)
