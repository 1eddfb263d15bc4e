"""Placeholder until the name normalizer lands."""

from __future__ import annotations

from collections.abc import Mapping

from corekit.model import Name


def find_names(body: str, aliases: Mapping[str, str] | None = None) -> tuple[Name, ...]:
    return ()
