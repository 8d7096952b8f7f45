"""Article dates written the ways news copy writes them (German, English, ISO)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from desktop.ingest.rules import month_names

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})\b")


@cache
def _named_patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?P<mon>" + "|".join(re.escape(name) for name in names) + r")\.?"
    day = r"(?P<d>\d{1,2})"
    year = r"(?P<y>\d{4})"
    return (
        # 25. Februar 2022 / 3 March 2022 / 3. März, 2022
        re.compile(rf"\b{day}(?:\.|st|nd|rd|th)?\s+(?:de\s+)?{month},?\s+(?:de\s+)?{year}\b", re.I),
        # March 3, 2022 / Feb. 25 2022
        re.compile(rf"\b{month}\s+{day}(?:st|nd|rd|th)?,?\s+{year}\b", re.I),
    )


@dataclass(frozen=True, order=True)
class DateMatch:
    """A date found in text, with where it was written."""

    start: int
    end: int
    value: dt.date


def find_date_match(text: str) -> DateMatch | None:
    """The first valid calendar date in ``text`` (with a year), or None."""
    found: list[DateMatch] = []
    for pattern in _named_patterns():
        for match in pattern.finditer(text):
            month = month_names()[match["mon"].lower()]
            _add(found, match, match["y"], month, match["d"])
    for match in _ISO.finditer(text):
        _add(found, match, match["y"], match["m"], match["d"])
    for match in _NUMERIC.finditer(text):
        _add(found, match, match["y"], match["m"], match["d"])
    return min(found) if found else None


def find_date(text: str) -> dt.date | None:
    match = find_date_match(text)
    return match.value if match else None


def _add(
    found: list[DateMatch], match: re.Match[str], year: str, month: int | str, day: str
) -> None:
    number = int(year)
    if number < 100:  # "07.08.14": two-digit years in news copy mean this century
        number += 2000
    try:
        found.append(DateMatch(match.start(), match.end(), dt.date(number, int(month), int(day))))
    except ValueError:
        return


def parse_iso_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` prefix (as trafilatura and PDF metadata give) -> date."""
    if not value:
        return None
    match = _ISO.search(value)
    if match is None:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
