"""How a fact sheet words itself: labels, dates and numbers in the reader's locale.

The sheet's data stays locale-free (ISO dates, so Markdown and JSON-LD stay
machine-readable); the PDF asks a ``Wording`` for "Page 1 of 4" or "Seite 1 von 4" and
for "March 7, 2022" or "7. März 2022". Labels are English in the code and translated by
``resources/translations/export_<language>.json``; dates and numbers come from babel's
CLDR data. No Qt here: the CLI and services choose the locale, the UI passes its own.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from desktop import config

log = logging.getLogger(__name__)

DEFAULT_LOCALE = "en"
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")
_POSIX = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}))?")


def normalise_locale(name: str | None) -> str:
    """``de_DE.UTF-8``, ``de-CH`` or ``de`` → a babel locale id (``de_DE``, ``de_CH``,
    ``de``); anything unknown or empty (``C``, ``POSIX``) → English."""
    match = _POSIX.match((name or "").strip())
    if match is None or match.group(1).lower() in {"c"}:
        return DEFAULT_LOCALE
    candidate = match.group(1).lower() + (f"_{match.group(2).upper()}" if match.group(2) else "")
    try:
        Locale.parse(candidate)
    except (UnknownLocaleError, ValueError):
        return DEFAULT_LOCALE
    return candidate


def locale_from_environment(env: Mapping[str, str] | None = None) -> str:
    """The POSIX locale of the environment (``LC_ALL`` > ``LC_MESSAGES`` > ``LANG``), as
    the CLI's default: so ``factsheet export`` in a German shell writes a German sheet,
    and a bare ``C`` environment (CI, cron) writes the deterministic English one."""
    env = os.environ if env is None else env
    for key in _LOCALE_ENV:
        if env.get(key):
            return normalise_locale(env[key])
    return DEFAULT_LOCALE


@cache
def _catalogue(language: str) -> Mapping[str, str]:
    if language == DEFAULT_LOCALE:
        return {}
    path = config.resource("translations", f"export_{language}.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}  # a language without sheet labels keeps English labels, local dates
    except (OSError, ValueError):
        log.exception("Sheet labels in %s unreadable; using English", path)
        return {}
    labels = data.get("labels", {})
    return labels if isinstance(labels, dict) else {}


@dataclass(frozen=True)
class Wording:
    locale: str = DEFAULT_LOCALE
    _labels: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "locale", normalise_locale(self.locale))
        object.__setattr__(self, "_labels", _catalogue(self.language))

    @property
    def language(self) -> str:
        return self.locale.split("_", maxsplit=1)[0]

    def text(self, english: str) -> str:
        """A label in the sheet's language (English when there is no translation)."""
        return self._labels.get(english, english)

    def date(self, day: dt.date) -> str:
        """``March 7, 2022`` / ``7. März 2022``."""
        return format_date(day, "long", locale=self.locale)

    def moment(self, when: dt.datetime) -> str:
        """A UTC moment: ``March 7, 2022, 9:30 AM UTC`` / ``7. März 2022, 09:30 UTC``."""
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        when = when.astimezone(dt.UTC)
        clock = format_time(when, "short", tzinfo=dt.UTC, locale=self.locale)
        return f"{self.date(when.date())}, {clock} UTC"

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.locale)

    def page(self, number: int, total: int) -> str:
        """``Page 1 of 4`` / ``Seite 1 von 4``."""
        return self.text("Page {0} of {1}").format(self.number(number), self.number(total))
