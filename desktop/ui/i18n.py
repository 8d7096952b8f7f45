"""The interface language: the system's, or the one chosen in Edit → Preferences….

Factsheet's own strings come from ``resources/translations/factsheet_<lang>.qm`` (built
from the ``.ts`` sources by ``make translations``); the buttons and dialogs Qt draws
itself (Save, Cancel, the file dialog) from Qt's ``qtbase_<lang>.qm`` in the PySide6
wheel. English is the source language and needs no file. The choice takes effect at
the next start: widgets are built with their texts once.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop import config

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
# The interface languages shipped; anything else falls back to English.
LANGUAGES = ("de", "en")


def chosen_language(settings: QSettings) -> str:
    """``system``, or one of ``LANGUAGES`` as stored by the preferences dialog."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def interface_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the interface speaks: the system's when it is a language we ship (so a
    Swiss German system keeps its own number format), else the chosen one, else English."""
    system = system if system is not None else QLocale.system()
    if choice == SYSTEM:
        language = _code(system)
        return system if language in LANGUAGES else QLocale(QLocale.Language.English)
    if _code(system) == choice:
        return system
    return QLocale(choice)


def _code(locale: QLocale) -> str:
    return locale.name().split("_", maxsplit=1)[0]


def translations_dir() -> Path:
    return config.resource("translations")


def install_translators(
    app: QCoreApplication, locale: QLocale, qm_dir: Path | None = None
) -> list[QTranslator]:
    """Make ``locale`` the default and install its translators; returns them (the caller
    keeps them alive for as long as the application runs)."""
    QLocale.setDefault(locale)
    language = _code(locale)
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    own = QTranslator(app)
    folder = qm_dir if qm_dir is not None else translations_dir()
    if own.load(f"factsheet_{language}", str(folder)):
        app.installTranslator(own)
        installed.append(own)
    else:  # a checkout without `make translations`: English, and say why in the log
        log.warning("No %s translation in %s; run `make translations`", language, folder)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.info("Qt ships no qtbase_%s.qm in %s", language, qt_dir)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# -- dates and numbers as the interface locale writes them ------------------------------------


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (``dd.MM.yyyy``,
    ``M/d/yyyy``): news dates span decades, and ``07.03.22`` reads ambiguously."""
    chosen = locale or QLocale()
    if chosen.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's own pattern ("d MM yyyy") reads like a typo
    pattern = chosen.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def short_date(day: dt.date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(day), date_format(locale))


def date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """A moment as the locale writes it, with a four-digit year and minutes."""
    chosen = locale or QLocale()
    pattern = date_format(chosen) + " " + chosen.timeFormat(QLocale.FormatType.ShortFormat)
    return chosen.toString(moment, pattern)


def number(value: int, locale: QLocale | None = None) -> str:
    """``12345`` as ``12,345`` or ``12.345``."""
    return (locale or QLocale()).toString(value)
