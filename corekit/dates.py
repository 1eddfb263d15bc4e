"""Indonesian publication times (``Rabu, 08 November 2023 - 22:38 WIB``) to ISO 8601.

Outlets print the day name, the day, the month name (full or abbreviated),
the year and a clock time with the zone abbreviation, joined by ``-``, ``|``,
``/`` or ``,``. A time without a zone is taken as WIB: every outlet we read
publishes from Jakarta.
"""

from __future__ import annotations

import re

import regex

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
        "sen", "sel", "rab", "kam", "jum", "sab", "min")  # fmt: skip

ZONES: dict[str, str] = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    # Longest first, so that "Juni" is not read as "Jun" followed by junk.
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


#: The date-and-time expression as a pattern other rules can embed (no capturing groups).
# The calendar date: 'Rabu, 08 November 2023', 'Sen, 3 Feb 2025' or numeric '08/11/2023'.
_DAY_NAME = rf"(?:(?i:{_alternation(DAYS)})\.?\s*,?\s*)?"
_NAMED = rf"(?P<day>\d{{1,2}})\s+(?P<month>(?i:{_alternation(list(MONTHS))}))\.?,?\s+(?P<year>\d{{4}})"
_NUMERIC = r"(?P<nday>\d{1,2})[/.-](?P<nmonth>\d{1,2})[/.-](?P<nyear>\d{4})"
_CLOCK = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s*(?P<zone>WIB|WITA|WIT)\b)?"
_JOIN = r"\s*(?:[-|/,·•]|(?i:pukul|jam))?\s*"

# The standard library's re: it compiles this pattern (the day and month names, case-insensitive)
# in a third of the time regex takes, and every one-file run compiles it.
_PARSE = re.compile(rf"{_DAY_NAME}(?:{_NAMED}|{_NUMERIC}){_JOIN}{_CLOCK}", re.VERBOSE)


def _plain(pattern: str) -> str:
    """The pattern without its named groups, to embed in rules (which name their own)."""
    return regex.sub(r"\(\?P<\w+>", "(?:", pattern)


#: A date and clock time as a pattern other rules can embed (no capturing groups).
DATETIME = _plain(rf"{_DAY_NAME}(?:{_NAMED}|{_NUMERIC}){_JOIN}{_CLOCK}")

#: A date without a clock time (``Kamis, 9 November 2023``), to embed in rules.
DATE = _plain(rf"{_DAY_NAME}(?:{_NAMED}|{_NUMERIC})")

#: The clock time after a date (``- 22:38 WIB``), to embed in rules.
TIME = _plain(rf"{_JOIN}{_CLOCK}")


def parse(text: str) -> str | None:
    """The first Indonesian date-and-time in ``text`` as ISO 8601 with offset, or None.

    >>> parse("Rabu, 08 November 2023 - 22:38 WIB")
    '2023-11-08T22:38:00+07:00'
    """
    m = _PARSE.search(text)
    if m is None:
        return None
    if m["day"] is not None:
        day, month, year = int(m["day"]), MONTHS[m["month"].lower()], int(m["year"])
    else:
        day, month, year = int(m["nday"]), int(m["nmonth"]), int(m["nyear"])
    hour, minute, second = int(m["hour"]), int(m["minute"]), int(m["second"] or 0)
    if not (1 <= day <= 31 and 1 <= month <= 12 and hour < 24 and minute < 60 and second < 60):
        return None
    offset = ZONES[m["zone"]] if m["zone"] else ZONES["WIB"]
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
