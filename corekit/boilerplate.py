"""Placeholder until the Indonesian boilerplate rules land: every non-blank line is a paragraph."""

from __future__ import annotations

from corekit.model import Article, Document


def strip(document: Document, plugin: str = "generic") -> Article:
    lines = (line.strip() for line in document.text.splitlines())
    return Article(body="\n\n".join(line for line in lines if line))
