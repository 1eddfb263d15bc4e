"""corekit: clean and mine text scraped from Indonesian news outlets.

The public names below are imported on first use (PEP 562), not with the package: ``corekit
--version`` and every ``corekit.x`` submodule import would otherwise pay for the pipeline, attrs
and pluggy. Importing corekit has no side effects.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    "hookimpl": "corekit.hookspecs",
    "HtmlHints": "corekit.html.hints",
    "UNKNOWN": "corekit.model",
    "Article": "corekit.model",
    "Document": "corekit.model",
    "Mention": "corekit.model",
    "Name": "corekit.model",
    "Quote": "corekit.model",
    "Removed": "corekit.model",
    "Result": "corekit.model",
    "Source": "corekit.model",
    "SourceMatch": "corekit.model",
    "PluginError": "corekit.pipeline",
    "clean": "corekit.pipeline",
}

__all__ = [
    "UNKNOWN",
    "Article",
    "Document",
    "HtmlHints",
    "Mention",
    "Name",
    "PluginError",
    "Quote",
    "Removed",
    "Result",
    "Source",
    "SourceMatch",
    "__version__",
    "clean",
    "hookimpl",
]

if TYPE_CHECKING:
    from corekit.hookspecs import hookimpl
    from corekit.html.hints import HtmlHints
    from corekit.model import (
        UNKNOWN,
        Article,
        Document,
        Mention,
        Name,
        Quote,
        Removed,
        Result,
        Source,
        SourceMatch,
    )
    from corekit.pipeline import PluginError, clean


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'corekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once found, a plain attribute: no further calls here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
