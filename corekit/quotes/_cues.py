"""The attribution patterns, compiled once.

Each pattern is anchored at a known position (just after a closing mark, just before an opening
one, at a sentence start), so finding a quote's cue costs one match, not a scan per cue word.
"""

from __future__ import annotations

import regex

from corekit.quotes._lexicon import AFTER_CUES, AGENCIES, BEFORE_CUES, PASSIVE_CUES


def _alt(words: tuple[str, ...] | frozenset[str]) -> str:
    # Longest first so that ``katakan`` is not read as ``kata``.
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_AFTER = _alt(AFTER_CUES)
_BEFORE = _alt(BEFORE_CUES)

# Right after the closing mark: ``," kata Putin``, ``" ujarnya.``, ``," demikian kata X``.
# It is only ever matched right after a mark, never after a space: the look-behind and the
# possessive space runs keep a scan over a long run of spaces linear (otherwise every space
# restarts a walk to the end of the run, and two adjacent space runs split it every way).
AFTER = regex.compile(
    rf"(?<![ \t])[ \t]*+[,.]?[ \t]*+(?:(?:demikian|begitu|lanjut|tambah)[ \t]++)?"
    rf"(?P<cue>(?:{_AFTER})(?P<nya>nya)?|menurut(?P<nya2>nya)?|ditambahkan(?:nya)?)(?![\p{{L}}\p{{N}}])"
)

# The clause before an opening mark ends in a cue: ``Putin mengatakan, "``, ``Menurut dia, "``,
# ``kata Li: "``.
BEFORE = regex.compile(
    rf"(?:(?P<cue>{_BEFORE})(?![\p{{L}}])(?P<mid>[^.!?“”\"\n]{{0,120}}?)"
    rf"|(?P<cue>(?:{_AFTER})(?P<nya>nya)?)(?![\p{{L}}])(?P<mid>[^.!?“”\"\n]{{0,80}}?)"
    rf"|(?P<cue>[Mm]enurut)(?P<mid>[ \t][^.!?“”\"\n]{{1,80}}?))"
    rf"[ \t]*+(?:,|:|\bbahwa)?[ \t]*+$",
    # Anchored at the end: matched from the right it fails fast. The space runs are possessive:
    # two greedy ones side by side split a long run of spaces every way (quadratic).
    flags=regex.REVERSE,
)

# A sentence that names who said the quote just before it: ``Demikian disampaikan X``,
# ``Hal itu diungkapkan oleh X``.
NEXT = regex.compile(
    rf"(?:Demikian|Begitu|Hal[ ](?:itu|tersebut|ini)|Pernyataan[ ](?:itu|tersebut|ini)|Itu|Ucapan"
    rf"[ ](?:itu|tersebut)|Kalimat[ ](?:itu|tersebut))(?![\p{{L}}])[^.!?\n]{{0,60}}?"
    rf"(?P<cue>{_alt(PASSIVE_CUES)})(?![\p{{L}}])"
)

_AGENCY = _alt(AGENCIES)
# ``seperti dikutip AFP``, ``dilansir dari Reuters``, ``mengutip Reuters``.
VIA = regex.compile(
    rf"(?:dikutip|dilansir|mengutip|melansir|dilaporkan|kutip|lansir|laporan|diberitakan|memberitakan)"
    rf"(?:[ \t]+(?:dari|oleh))?[ \t]+(?P<via>{_AGENCY})(?![\p{{L}}])"
)
ADDRESSEE = regex.compile(r"(?<![\p{L}])kepada[ \t]+")

# Reported speech: ``X mengatakan, ...``, ``X mengatakan bahwa ...``, ``Menurut X, ...``.
INDIRECT = regex.compile(
    rf"(?:(?<![\p{{L}}])(?P<cue>{_BEFORE})(?P<mid>(?:[ \t]+kepada[ \t]+[^,.\n“”\"]{{1,60}}?)?)"
    rf"(?:[ \t]*,[ \t]*(?:bahwa[ \t]+)?|[ \t]+bahwa[ \t]+)"
    rf"|(?:(?<=^|\n|[.!?][ \t])(?P<cue>Menurut)(?P<mid>[ \t][^,.\n“”\"]{{1,60}}?),[ \t]*))"
    rf"(?P<text>[^“”\"\n]+?)(?=[.!?](?:[ \t]|$|\n)|\n|$)"
)

SENTENCE_END = regex.compile(r"[.!?](?=[ \t]+[\p{Lu}“\"]|\s*$|\n)|\n")
CLAUSE_STOP = regex.compile(r"[.!?](?=[ \t]|$)|\n|[“”\"]")
