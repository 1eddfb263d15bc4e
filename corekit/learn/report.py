"""What a lesson says, in words: for ``corekit learn --report`` and the generated README."""

from __future__ import annotations

from corekit.learn.lesson import Lesson

_EXTENT = {"line-end": "headline runs to the line end", "headline": "headline runs as a Title-Case run"}


def describe(lesson: Lesson, *, markdown: bool = False) -> str:
    """One line per learned rule (kind, name, support, example), then skipped generic rules and evidence."""
    bullet = "- " if markdown else "  "
    code = "`" if markdown else ""
    out = [
        f"Learned from {lesson.total} articles; a piece must occur in {lesson.min_share:.0%} of them "
        f"(and in at least {lesson.min_articles})."
    ]
    out.append("")
    out.append(f"Rules ({len(lesson.rules)}):")
    for rule in lesson.rules:
        extent = f"; {_EXTENT[rule.extend]}" if rule.extend else ""
        out.append(
            f"{bullet}{rule.kind:6} {code}{rule.name}{code}: {rule.what}{extent}; "
            f"matched {rule.support} of {rule.total} articles; e.g. {_quote(rule.example)}"
        )
    if not lesson.rules:
        out.append(f"{bullet}(none: nothing repeats in enough articles)")
    out.append("")
    out.append(f"Generic rules left out ({len(lesson.disabled)}):")
    if not lesson.disabled:
        out.append(f"{bullet}(none)")
    for d in lesson.disabled:
        out.append(f"{bullet}{code}{d.name}{code}: {d.why}; e.g. {_quote(d.example)}")
    out.append("")
    out.append(f"Detection evidence ({len(lesson.evidence)}):")
    for e in lesson.evidence:
        out.append(
            f"{bullet}{code}{e.name}{code} (confidence {e.confidence}): "
            f"in {e.support} of {e.total} articles; e.g. {_quote(e.example)}"
        )
    return "\n".join(out)


def _quote(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return repr(text)
