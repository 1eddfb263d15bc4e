"""Building the output ``Mention`` and ``Name`` objects cheaply.

An article gets about 45 mentions under 14 names. ``Mention`` and ``Name`` are
frozen, slotted attrs classes, whose generated ``__init__`` sets each field
through ``object.__setattr__``: that was a sixth of ``find_names``. Neither has
a validator, converter or hidden slot, so setting the slots straight through
their descriptors builds the very same object (equal, same hash) in half the
time. Should the model ever gain one of those, ``_maker`` sees it and falls
back to the class itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from corekit.model import Mention, Name


def _plain(cls: type, names: tuple[str, ...]) -> bool:
    """True when an instance of ``cls`` is exactly its slots ``names``, set as given."""
    fields = attrs.fields(cls)
    slots = tuple(s for s in cls.__dict__.get("__slots__", ()) if s != "__weakref__")
    return (
        tuple(f.name for f in fields) == names
        and slots == names
        and all(f.validator is None and f.converter is None for f in fields)
        and not hasattr(cls, "__attrs_post_init__")
        and not hasattr(cls, "__attrs_pre_init__")
    )


def _maker(cls: type, names: tuple[str, ...]) -> Callable[[Any, Any, Any, Any], Any]:
    """A function of the four fields in ``names`` order that returns a ``cls``."""
    a, b, c, d = names
    if not _plain(cls, names):

        def slow(w: Any, x: Any, y: Any, z: Any) -> Any:
            return cls(**{a: w, b: x, c: y, d: z})

        return slow
    new = object.__new__
    set_a, set_b, set_c, set_d = (cls.__dict__[n].__set__ for n in names)

    def fast(w: Any, x: Any, y: Any, z: Any) -> Any:
        obj: Any = new(cls)
        set_a(obj, w)
        set_b(obj, x)
        set_c(obj, y)
        set_d(obj, z)
        return obj

    return fast


#: ``mention(text, start, end, role)``
mention: Callable[[str, int, int, str | None], Mention] = _maker(Mention, ("text", "start", "end", "role"))


def _mentions_maker() -> Callable[[str, list[tuple[int, int, str | None]]], tuple[Mention, ...]]:
    """``mentions(text, spans)``: the ``Mention`` of each (start, end, role), its text sliced from
    ``text``. One call per name, not one per mention: the call was a third of building one."""
    names = ("text", "start", "end", "role")
    if not _plain(Mention, names):
        return lambda text, spans: tuple([mention(text[s:e], s, e, r) for s, e, r in spans])
    new = object.__new__
    set_text, set_start, set_end, set_role = (Mention.__dict__[n].__set__ for n in names)

    def mentions(text: str, spans: list[tuple[int, int, str | None]]) -> tuple[Mention, ...]:
        out = []
        for s, e, r in spans:
            obj = new(Mention)
            set_text(obj, text[s:e])
            set_start(obj, s)
            set_end(obj, e)
            set_role(obj, r)
            out.append(obj)
        return tuple(out)

    return mentions


mentions = _mentions_maker()
#: ``name(name, kind, role, mentions)``
name: Callable[[str, str, str | None, tuple[Mention, ...]], Name] = _maker(
    Name, ("name", "kind", "role", "mentions")
)
