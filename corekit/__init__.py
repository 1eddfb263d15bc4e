"""corekit: clean and mine text scraped from Indonesian news outlets."""

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

__version__ = "0.1.0"

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
