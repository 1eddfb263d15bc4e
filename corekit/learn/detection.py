"""Learning what tells an outlet's pages from others': the masthead its datelines open with, and
footers that spell out its name. Written into the plugin as ``corekit.detect.Evidence``."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import regex

from corekit.learn import lines as L
from corekit.learn.lesson import Evidence, Learned, short
from corekit.learn.patterns import generalise, has_site, literal

#: Where a masthead may stand, how many to keep, and in what share of the texts it must stand.
HEAD_WINDOW = 120
MAX_MASTHEADS = 3
MASTHEAD_SHARE = 0.2
# Possessive: a dot is the only way from one piece to the next, so nothing is given back, and the
# regex module keeps no backtracking state per repeat (a long run of '1.' was quadratic).
_NAME_TOKEN = regex.compile(r"[\p{L}\d-]++(?:\.[\p{L}\d-]++)*+\.?+")


def evidence(stats: L.Stats, rules: Sequence[Learned], floor: int, host: str | None) -> tuple[Evidence, ...]:
    """The site name opening most texts (the masthead in the dateline), and repeated lines that
    spell out the outlet's own name (a footer such as ``Ikuti Whatsapp Channel Republika``)."""
    found: list[Evidence] = []
    stem = (host or "").split(".")[0].casefold()
    support: Counter[str] = Counter()
    reach: dict[str, int] = defaultdict(int)
    for head in stats.heads:
        opening = _opening_names(head[:HEAD_WINDOW], stem)
        support.update(opening.keys())
        for name, at in opening.items():
            reach[name] = max(reach[name], at)
    for name, n in support.most_common(MAX_MASTHEADS):
        if n < max(floor, stats.total * MASTHEAD_SHARE):
            break
        found.append(
            Evidence(
                name="masthead" if not found else f"masthead-{len(found) + 1}",
                # As far into the line as the sample put it ('Reporter: X | Editor: Y KONTAN.CO.ID').
                pattern=rf"^[^\n]{{0,{reach[name] + 20}}}?(?<![\w.]){literal(name)}(?![\w])",
                confidence=0.9,
                hints=(name,),
                support=n,
                total=stats.total,
                example=name,
            )
        )
    for rule in rules:
        at = rule.example.casefold().find(stem) if len(stem) >= 3 else -1
        if at < 0 or rule.what not in {"repeated line", "repeated phrase glued into the text"}:
            continue
        found.append(
            Evidence(
                name=f"footer-{sum(1 for e in found if e.name.startswith('footer')) + 1}",
                pattern=_footer_pattern(rule),
                confidence=0.8,
                hints=(rule.example[at : at + len(stem)],),
                support=rule.support,
                total=rule.total,
                example=short(rule.example),
            )
        )
    return tuple(found[:4])


def _footer_pattern(rule: Learned) -> str:
    """The footer as written (case and site name too); a repeated line must stand as a whole line,
    so that a sentence citing the outlet ('dikutip dari KOMPAS.com') is no evidence."""
    pattern = generalise(rule.example, ignore_case=False, sites=False)
    return rf"^[^\S\n]*{pattern}[^\S\n]*$" if rule.what == "repeated line" else pattern


def _opening_names(head: str, stem: str) -> dict[str, int]:
    """Names of the outlet at the head of a text, with where they stand: site names
    ('KOMPAS.com') and words spelling the outlet's own name ('POSMETRO MEDAN-')."""
    found: dict[str, int] = {}
    for m in _NAME_TOKEN.finditer(head):
        token = m.group().rstrip(".")
        if has_site(token) or (len(stem) >= 3 and stem in token.casefold()):
            found.setdefault(token, m.start())
    return found
