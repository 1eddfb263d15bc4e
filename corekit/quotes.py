"""Placeholder until the quote extractor lands."""

from __future__ import annotations

from collections.abc import Sequence

from corekit.model import Name, Quote


def extract_quotes(body: str, names: Sequence[Name] = ()) -> tuple[Quote, ...]:
    return ()
