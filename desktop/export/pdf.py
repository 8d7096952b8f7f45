"""The fact sheet as a printed brief: QTextDocument laid out page by page onto QPdfWriter.

The only module under ``export/`` that uses Qt (QtGui, no widgets). Each page is drawn by
hand so every page gets a running header and a "page N of M" footer; QTextDocument's
pagination keeps lines whole and repeats table headers on the next page. Text drawn
through QPainter onto a QPdfWriter keeps anchors as PDF link annotations and embeds the
(subset) TrueType fonts.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.domain import FactsheetError
from desktop.export import CancelCheck, ExportCancelledError, ProgressCallback
from desktop.export.html import MUTED, RULE, SANS, SERIF, render_html
from desktop.export.sheet import FactSheet
from desktop.export.wording import Wording

RESOLUTION = 300  # device units per inch; fonts and links stay vector either way
MARGINS_MM = QMarginsF(18, 14, 18, 12)  # left, top, right, bottom: header and footer live here
BAND_MM = 9.0  # space between the header/footer rule and the body
_MM_PER_INCH = 25.4
_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada}

_app: QGuiApplication | None = None  # kept alive for the process when we made it


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    page_size: PageSize


def default_page_size(locale: QLocale | None = None) -> PageSize:
    """Letter where the locale prints on Letter (US, Canada), A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return PageSize.LETTER if territory in _LETTER_TERRITORIES else PageSize.A4


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; headless runs get the offscreen one."""
    global _app  # noqa: PLW0603 - one application per process, made on first use
    if QGuiApplication.instance() is not None:
        return
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["factsheet"])


def build_document(sheet: FactSheet, html: str | None = None) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont(SERIF, 10))
    document.setDocumentMargin(0)
    document.setHtml(html if html is not None else render_html(sheet))
    return document


def render_pdf(
    sheet: FactSheet,
    path: Path,
    page_size: PageSize | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> PdfResult:
    ensure_gui_application()
    size = page_size or default_page_size()
    writer = _writer(sheet, path, size)
    document = build_document(sheet)
    body = _body_rect(writer)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(body.size())
    total = document.pageCount()
    wording = Wording(sheet.locale)
    painter = QPainter()
    if not painter.begin(writer):
        raise FactsheetError(f"The PDF file {path} could not be written.")
    try:
        for index in range(total):
            if should_cancel is not None and should_cancel():
                raise ExportCancelledError("The export was cancelled.")
            if on_progress is not None:
                on_progress(index, total, wording.page(index + 1, total))
            if index:
                writer.newPage()
            _draw_page(painter, document, body, index)
            _draw_frame(painter, writer, (sheet, wording), body, (index, total))
    except ExportCancelledError:
        painter.end()
        path.unlink(missing_ok=True)
        raise
    painter.end()
    if on_progress is not None:
        on_progress(total, total, "")
    return PdfResult(path, total, size)


def _writer(sheet: FactSheet, path: Path, size: PageSize) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    page = QPageSize(
        QPageSize.PageSizeId.Letter if size is PageSize.LETTER else QPageSize.PageSizeId.A4
    )
    writer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(sheet.title)
    writer.setCreator("Factsheet")
    return writer


def _mm(value: float) -> float:
    return value / _MM_PER_INCH * RESOLUTION


def _body_rect(writer: QPdfWriter) -> QRectF:
    """The text area inside the margins (device units, origin at the margin corner),
    less the header and footer bands."""
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    band = _mm(BAND_MM)
    return QRectF(0, band, paint.width(), paint.height() - 2 * band)


def _draw_page(painter: QPainter, document: QTextDocument, body: QRectF, index: int) -> None:
    painter.save()
    offset = index * body.height()
    painter.translate(body.left(), body.top() - offset)
    document.drawContents(painter, QRectF(0, offset, body.width(), body.height()))
    painter.restore()


def _draw_frame(
    painter: QPainter,
    writer: QPdfWriter,
    sheet_wording: tuple[FactSheet, Wording],
    body: QRectF,
    page: tuple[int, int],
) -> None:
    sheet, wording = sheet_wording
    index, total = page
    painter.save()
    font = QFont(SANS)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, writer)
    width = body.width()
    pen = QPen(QColor(RULE))
    pen.setWidthF(_mm(0.2))
    painter.setPen(pen)
    header_rule = body.top() - _mm(BAND_MM / 2)
    footer_rule = body.bottom() + _mm(BAND_MM / 2)
    painter.drawLine(QPointF(0, header_rule), QPointF(width, header_rule))
    painter.drawLine(QPointF(0, footer_rule), QPointF(width, footer_rule))
    painter.setPen(QColor(MUTED))
    label = wording.text("Dossier" if sheet.is_dossier else "Fact sheet")
    title = metrics.elidedText(sheet.title, Qt.TextElideMode.ElideRight, width * 0.75)
    gap = _mm(1.2)
    _text(painter, QRectF(0, 0, width, header_rule - gap), title, Qt.AlignmentFlag.AlignLeft)
    _text(painter, QRectF(0, 0, width, header_rule - gap), label, Qt.AlignmentFlag.AlignRight)
    stamp = wording.text("Generated {0} by Factsheet").format(wording.moment(sheet.generated_at))
    footer = QRectF(0, footer_rule + gap, width, metrics.height() * 2)
    _text(painter, footer, stamp, Qt.AlignmentFlag.AlignLeft, top=True)
    _text(painter, footer, wording.page(index + 1, total), Qt.AlignmentFlag.AlignRight, top=True)
    painter.restore()


def _text(
    painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag, top: bool = False
) -> None:
    vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
    painter.drawText(rect, int(align | vertical), text)
