"""Writing a plugin package from the templates in ``corekit/templates/plugin``.

The package looks like a hand-written outlet plugin: ``pyproject.toml`` with the entry point, the
module, a README, tests and fixtures. Learned rules go into the module's ``rules.py``, one named
``Rule`` per learned item with a comment saying how many sample articles it matched.
"""

from __future__ import annotations

import json
import shutil
import string
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import regex

from corekit.boilerplate import GENERIC
from corekit.detect import Detector, Evidence
from corekit.learn.lesson import Learned, Lesson, without
from corekit.learn.patterns import SITE
from corekit.learn.report import describe
from corekit.learn.samples import Sample
from corekit.model import Document, Source
from corekit.rules import Engine, RuleSet

ID = regex.compile(r"[a-z][a-z0-9]{0,39}")
#: How many sample articles become the generated tests' fixtures.
FIXTURES = 3
_INDENT = " " * 8
#: What ``corekit.rules.Rule`` assumes when a line rule gives no ``max_len``.
DEFAULT_MAX_LEN = 200
_WIDTH = 110


class RenderError(Exception):
    """The plugin cannot be written (a bad id, an existing directory)."""


def render_plugin(
    dest: Path,
    plugin_id: str,
    *,
    hosts: Sequence[str],
    name: str | None = None,
    lesson: Lesson | None = None,
    samples: Sequence[Sample] = (),
) -> Path:
    """Write ``dest/corekit-<id>/`` and return it; never overwrite an existing directory."""
    if not ID.fullmatch(plugin_id):
        raise RenderError(
            f"plugin id {plugin_id!r} must be lower-case letters and digits, starting with a letter"
        )
    target = dest / f"corekit-{plugin_id}"
    if target.exists():
        raise RenderError(f"{target} already exists; not overwritten")
    values = _values(plugin_id, name or plugin_id.capitalize(), tuple(hosts), lesson)
    dest.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=dest, prefix=f".corekit-{plugin_id}."))
    try:
        _write_tree(staging, plugin_id, values)
        if lesson is not None:
            _write_fixtures(staging / "tests" / "fixtures", plugin_id, values["name"], hosts, lesson, samples)
        staging.rename(target)  # the plugin appears whole or not at all
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _template(name: str) -> string.Template:
    text = resources.files("corekit").joinpath("templates", "plugin", name).read_text(encoding="utf-8")
    return string.Template(text)


def _write_tree(root: Path, plugin_id: str, values: dict[str, str]) -> None:
    layout = {
        "pyproject.toml.tmpl": "pyproject.toml",
        "README.md.tmpl": "README.md",
        "module.py.tmpl": f"corekit_{plugin_id}/__init__.py",
        "rules.py.tmpl": f"corekit_{plugin_id}/rules.py",
        "tests/test_plugin.py.tmpl": f"tests/test_{plugin_id}.py",
    }
    for template, path in layout.items():
        out = root / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_template(template).substitute(values), encoding="utf-8")
    (root / "tests" / "fixtures").mkdir(parents=True, exist_ok=True)


def _values(plugin_id: str, name: str, hosts: tuple[str, ...], lesson: Lesson | None) -> dict[str, str]:
    return {
        "id": plugin_id,
        "name": name,
        "hosts_text": ", ".join(hosts) or "no host given",
        "hosts_tuple": _tuple(hosts),
        "site": SITE,
        "learned_doc": f" from {lesson.total} of its articles" if lesson else "",
        "learned_summary": (
            f"learned from {lesson.total} of its articles by ``corekit new-plugin --learn``."
            if lesson
            else "to be written: ``corekit new-plugin --learn SAMPLE`` learns them from articles."
        ),
        "min_share_pct": f"{lesson.min_share:.0%}" if lesson else "-",
        "min_articles": str(lesson.min_articles) if lesson else "-",
        "rules": _block(_rules(lesson), "    ") if lesson else "",
        # Rule is imported only where a rule uses it, so that ruff finds no unused import.
        "rules_import": "Rule, RuleSet" if lesson and lesson.rules else "RuleSet",
        "not_here": _block(_not_here(lesson), "") if lesson else "",
        "evidence": _block(_evidence(lesson), "") if lesson else "",
        "report": describe(lesson, markdown=True)
        if lesson
        else "Nothing yet: the plugin was generated without a sample.",
    }


def _comment(text: str) -> str:
    text = " ".join(text.split())
    room = _WIDTH - len(_INDENT) - 2
    return _INDENT + "# " + (text if len(text) <= room else text[: room - 1] + "…")


def _rules(lesson: Lesson) -> str:
    out = []
    for rule in lesson.rules:
        out.append(
            _comment(f"matched {rule.support} of {rule.total} articles: {rule.what}, e.g. {rule.example!r}")
        )
        out.append(_call("Rule(", [f'"{rule.name}"', f'"{rule.kind}"'], rule.pattern, _keywords(rule)))
    return "".join("\n" + line for line in out)


def _keywords(rule: Learned) -> list[str]:
    keywords = []
    if rule.prefixes:
        keywords.append(f"prefixes={_tuple(rule.prefixes)}")
    if rule.extend:
        keywords.append("extend=" + {"line-end": "to_line_end", "headline": "headline_end"}[rule.extend])
    if rule.kind != "inline" and rule.max_len != DEFAULT_MAX_LEN:
        keywords.append(f"max_len={rule.max_len}")
    return keywords


def _call(opening: str, first: list[str], pattern: str, rest: list[str], indent: str = _INDENT) -> str:
    """``opening first..., pattern, rest...),`` on one line when it fits, else one argument a line."""
    line = f"{indent}{opening}{', '.join([*first, _py_string(pattern, indent), *rest])}),"
    if len(line) <= _WIDTH and "\n" not in line:
        return line
    inner = indent + "    "
    args = [*first, _py_string(pattern, inner, split=True), *rest]
    return f"{indent}{opening}\n" + "".join(f"{inner}{arg},\n" for arg in args) + f"{indent}),"


def _block(lines: str, indent: str) -> str:
    """Lines inside brackets: each on its own line, the closing bracket on the next; nothing if empty."""
    return f"{lines}\n{indent}" if lines else ""


def _tuple(items: Sequence[str]) -> str:
    """A tuple of strings as a person writes it: double quotes, a trailing comma for one."""
    inner = ", ".join(json.dumps(i, ensure_ascii=False) for i in items)
    return f"({inner},)" if len(items) == 1 else f"({inner})"


def _not_here(lesson: Lesson) -> str:
    return "".join(f'\n    "{d.name}",  # {d.why}' for d in lesson.disabled)


def _evidence(lesson: Lesson) -> str:
    out = []
    for e in lesson.evidence:
        out.append(_comment(f"in {e.support} of {e.total} articles, e.g. {e.example!r}")[4:])
        rest = [str(e.confidence), f"hints={_tuple(e.hints)}"]
        out.append(_call(f'"{e.name}": Evidence(', [], e.pattern, rest, indent="    "))
    return "".join("\n" + line for line in out)


def _py_string(pattern: str, indent: str, split: bool = False) -> str:
    """A raw string literal for ``pattern``; with ``split``, implicitly joined pieces, one a line."""
    if regex.search(r'(?<!\\)(?:\\\\)*["\n]', pattern) or pattern.endswith("\\"):
        return repr(pattern)  # cannot be a raw string: fall back to an escaped one
    width = _WIDTH - len(indent) - 4
    if len(pattern) <= width or not split:
        return f'r"{pattern}"'
    pieces, start = [], 0
    while start < len(pattern):
        end = min(start + width, len(pattern))
        while end < len(pattern) and _odd_backslashes(pattern, end):
            end += 1
        pieces.append(pattern[start:end])
        start = end
    return f"\n{indent}".join(f'r"{p}"' for p in pieces)


def _odd_backslashes(text: str, end: int) -> bool:
    """True when ``text[:end]`` ends in an odd run of backslashes (cutting there breaks an escape)."""
    run = len(text[:end]) - len(text[:end].rstrip("\\"))
    return run % 2 == 1


def _write_fixtures(
    root: Path, plugin_id: str, name: str, hosts: Sequence[str], lesson: Lesson, samples: Sequence[Sample]
) -> None:
    """The sample articles that show the most learned rules, with what the plugin makes of them now."""
    ruleset = RuleSet(plugin=plugin_id, rules=tuple(r.rule() for r in lesson.rules))
    engine = Engine(ruleset, without(GENERIC, (d.name for d in lesson.disabled)))
    evidence = {e.name: Evidence(e.pattern, e.confidence, hints=e.hints) for e in lesson.evidence}
    detector = Detector(
        Source(id=plugin_id, name=name, hosts=tuple(hosts)), plugin=plugin_id, evidence=evidence
    )
    results = []
    for sample in samples:
        article = engine.strip(Document(text=sample.text))
        fired = sorted({r.rule for r in article.removed if r.plugin == plugin_id})
        results.append((sample, article.body, fired))
    chosen: list[tuple[Sample, str, list[str]]] = []
    shown: set[str] = set()
    for _ in range(FIXTURES):
        best = max(results, key=lambda r: len(set(r[2]) - shown), default=None)
        if best is None or (chosen and not set(best[2]) - shown):
            break
        chosen.append(best)
        shown.update(best[2])
        results.remove(best)
    for n, (sample, body, fired) in enumerate(chosen, 1):
        stem = root / f"{n:03d}"
        stem.with_suffix(".txt").write_text(sample.text, encoding="utf-8")
        claimed = detector(Document(text=sample.text)) is not None
        record = {"source": sample.name, "body": body.split("\n\n"), "rules": fired, "claimed": claimed}
        stem.with_suffix(".json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
