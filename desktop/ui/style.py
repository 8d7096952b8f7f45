"""The look: style sheet, kind colours and the app icon, all read from ``resources/``."""

from __future__ import annotations

import json
import logging
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QIcon

from desktop import config
from desktop.domain import FactKind, Verdict

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QObject)

_FALLBACK_ACCENT = "#666666"
_FALLBACK_HIGHLIGHT = "#e8e8e8"


@cache
def _palette() -> dict[str, object]:
    try:
        data: dict[str, object] = json.loads(
            config.resource("style", "palette.json").read_text("utf-8")
        )
    except (OSError, ValueError):
        log.exception("Kind palette unreadable; using grey")
        return {}
    return data


def _kind_colours(kind: FactKind | str) -> dict[str, str]:
    kinds = _palette().get("kinds", {})
    assert isinstance(kinds, dict)
    # Item data round-trips enums through QVariant as plain strings.
    return kinds.get(FactKind(kind).value, {})


def accent(kind: FactKind | str) -> QColor:
    """The colour that marks a card of this kind in the panel."""
    return QColor(_kind_colours(kind).get("accent", _FALLBACK_ACCENT))


def highlight(kind: FactKind | str) -> QColor:
    """The background of this kind's mentions in the article (same hue, lighter)."""
    return QColor(_kind_colours(kind).get("highlight", _FALLBACK_HIGHLIGHT))


@cache
def _verdicts() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(config.resource("style", "verdicts.json").read_text("utf-8"))
    except (OSError, ValueError):
        log.exception("Verdict palette unreadable; using grey")
        return {}
    verdicts = data.get("verdicts", {})
    return verdicts if isinstance(verdicts, dict) else {}


def verdict_accent(verdict: Verdict | str) -> QColor:
    """The colour of a verdict: the claim's stripe in the panel, its underline in the text."""
    return QColor(_verdicts().get(Verdict(verdict).value, {}).get("accent", _FALLBACK_ACCENT))


def verdict_highlight(verdict: Verdict | str, alpha: int = 140) -> QColor:
    """A claim's background in the article; translucent so overlapping claims show."""
    colour = QColor(
        _verdicts().get(Verdict(verdict).value, {}).get("highlight", _FALLBACK_HIGHLIGHT)
    )
    colour.setAlpha(alpha)
    return colour


def rule_colour() -> QColor:
    return QColor(str(_palette().get("rule", "#d9dde3")))


def focus_highlight() -> QColor:
    return QColor(str(_palette().get("focus_highlight", "#ffd84d")))


def style_sheet() -> str:
    try:
        return config.resource("style", "factsheet.qss").read_text("utf-8")
    except OSError:
        log.warning("Style sheet missing; using the platform look")
        return ""


def app_icon() -> QIcon:
    icon = QIcon()
    icons = config.resource("icons")
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = icons / f"factsheet-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    svg = icons / "factsheet.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def named(widget: W, name: str) -> W:
    """Give a widget the object name the style sheet (and tests) address it by."""
    widget.setObjectName(name)
    return widget
