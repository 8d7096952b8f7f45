# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""The read-only article: headline and metadata above the cleaned, immutable body.

The document is built with ``QTextCursor`` (not HTML) so that the body's characters land
at known positions: body offset ``i`` is document position ``body_start + utf16(i)``.
That exact mapping is what mention highlighting (and later claim selection) relies on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from desktop.domain import ArticleDetail, Span
from desktop.ui import style

log = logging.getLogger(__name__)

_LOCAL_SCHEMES = frozenset({"", "data", "qrc"})


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Qt's document positions."""
    return len(text.encode("utf-16-le")) // 2


Mark = tuple[int, int, QColor, QColor]
"""A claim's marking: body ``start``, ``end``, background and underline colour."""

MenuHook = Callable[[QMenu, int | None], None]
"""Fills the context menu; gets the body offset under the mouse (``None`` off the body)."""


class ArticleView(QTextBrowser):
    """Shows one article; highlights spans of its body; never loads remote resources.

    Three layers of marks, bottom to top: claims (translucent, underlined in their
    verdict's colour, so overlapping claims stay visible), the selected card's mentions,
    and the one mention F3 moved to. ``bodyClicked`` reports a plain click in the body.
    """

    bodyClicked = Signal(int)  # body offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu_hook: MenuHook | None = None
        self._claim_marks: list[QTextEdit.ExtraSelection] = []
        self._card_marks: list[QTextEdit.ExtraSelection] = []
        self._focus_marks: list[QTextEdit.ExtraSelection] = []
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._open_link)
        self._body = ""
        self._body_start = 0
        self.show_placeholder(self.tr("Select an article to read it."))

    # -- content ---------------------------------------------------------------------------

    @property
    def body(self) -> str:
        return self._body

    def show_placeholder(self, message: str) -> None:
        self._clear_marks()
        self._body = ""
        self._body_start = 0
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().placeholderText())
        block = QTextBlockFormat()
        block.setTopMargin(40)
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cursor.setBlockFormat(block)
        cursor.insertText(message, fmt)

    def show_article(self, article: ArticleDetail, metadata_lines: Sequence[str]) -> None:
        """Headline, then one line per metadata item, then the body exactly as stored."""
        self._clear_marks()
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        self._insert_headline(cursor, article.title or self.tr("(untitled)"))
        self._insert_metadata(cursor, metadata_lines, article.source_url)
        cursor.insertBlock(self._body_block_format(), self._body_char_format())
        self._body_start = cursor.position()
        self._body = article.body
        cursor.insertText(article.body)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_headline(self, cursor: QTextCursor, title: str) -> None:
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        block.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.font().pointSizeF() * 1.6)
        fmt.setFontWeight(QFont.Weight.DemiBold)
        cursor.setBlockFormat(block)
        cursor.setCharFormat(fmt)
        cursor.insertText(title)

    def _insert_metadata(
        self, cursor: QTextCursor, lines: Sequence[str], source_url: str | None
    ) -> None:
        meta = QTextCharFormat()
        meta.setForeground(self.palette().placeholderText())
        meta.setFontPointSize(self.font().pointSizeF() * 0.95)
        for line in lines:
            cursor.insertBlock(QTextBlockFormat(), meta)
            cursor.insertText(line, meta)
        if source_url:
            link = QTextCharFormat(meta)
            link.setAnchor(True)
            link.setAnchorHref(source_url)
            link.setForeground(self.palette().link())
            cursor.insertBlock(QTextBlockFormat(), meta)
            cursor.insertText(source_url, link)
        # A thin rule between header and body: an almost empty block with a grey
        # background (QTextDocument's own ruler is drawn in the text colour, too loud).
        rule = QTextBlockFormat()
        rule.setBackground(style.rule_colour())
        rule.setTopMargin(8)
        rule.setBottomMargin(14)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1)
        cursor.insertBlock(rule, tiny)

    def _body_block_format(self) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block

    def _body_char_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.font().pointSizeF() * 1.08)
        return fmt

    # -- offsets and highlights ------------------------------------------------------------

    def document_position(self, offset: int) -> int:
        """Where body character ``offset`` sits in the document."""
        return self._body_start + utf16_length(self._body[:offset])

    def body_text_at(self, start: int, end: int) -> str:
        """The document's text for a body span (equals ``body[start:end]`` when mapped right)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def body_offset(self, position: int) -> int | None:
        """The body offset at document ``position`` (``None`` before or after the body)."""
        units = position - self._body_start
        total = utf16_length(self._body)
        if units < 0 or units > total:
            return None
        # Outside the astral planes a code point is one UTF-16 unit: no counting needed.
        return units if total == len(self._body) else self._count(units)

    def _count(self, units: int) -> int:
        seen = 0
        for index, char in enumerate(self._body):
            if seen >= units:
                return index
            seen += 2 if ord(char) > 0xFFFF else 1
        return len(self._body)

    def selected_span(self) -> Span | None:
        """The selected body text as a span, without surrounding blanks; ``None`` when
        nothing of the body is selected or the selection reaches into the headline."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._body:
            return None
        start = self.body_offset(cursor.selectionStart())
        end = self.body_offset(cursor.selectionEnd())
        if start is None or end is None:
            return None
        text = self._body[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        return Span(start, end, self._body[start:end]) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select a body span, as a user would by dragging (tests and keyboard tools)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def deselect(self) -> None:
        """Drop the text selection (after it became a card or claim, so its mark shows)."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def highlight(
        self, spans: Iterable[tuple[int, int]], colour: QColor, *, scroll: bool = True
    ) -> None:
        """Mark body spans and scroll the first into view; an empty list clears marks."""
        self._card_marks = [self._mark(s, e, colour) for s, e in sorted(spans) if self._fits(s, e)]
        self._focus_marks = []
        self._apply_marks()
        if self._card_marks and scroll:
            self._scroll_to(self._card_marks[0].cursor.selectionStart())

    def focus_span(self, start: int, end: int, colour: QColor) -> None:
        """Mark one span above the others (the mention F3 moved to) and scroll to it."""
        if not self._fits(start, end):
            return
        self._focus_marks = [self._mark(start, end, colour)]
        self._apply_marks()
        self._scroll_to(self._focus_marks[0].cursor.selectionStart())

    def set_claim_marks(self, marks: Iterable[Mark]) -> None:
        """Replace the claim layer (kept when cards are highlighted or cleared)."""
        self._claim_marks = [
            self._mark(s, e, background, underline)
            for s, e, background, underline in sorted(marks, key=lambda m: (m[0], -m[1]))
            if self._fits(s, e)
        ]
        self._apply_marks()

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """Document positions of the selected card's mentions (for tests and tools)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._card_marks]

    def claim_mark_spans(self) -> list[tuple[int, int]]:
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._claim_marks]

    def _fits(self, start: int, end: int) -> bool:
        if 0 <= start < end <= len(self._body):
            return True
        log.warning("Span %d–%d outside the body; not highlighted", start, end)
        return False

    def _mark(
        self, start: int, end: int, background: QColor, underline: QColor | None = None
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        if underline is not None:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(underline)
        selection.format = fmt
        return selection

    def _apply_marks(self) -> None:
        self.setExtraSelections(self._claim_marks + self._card_marks + self._focus_marks)

    def _clear_marks(self) -> None:
        self._claim_marks, self._card_marks, self._focus_marks = [], [], []
        self.setExtraSelections([])

    # -- mouse -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self._offset_at(event.position().toPoint())
        if offset is not None:
            self.bodyClicked.emit(offset)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_hook is not None:
            self.menu_hook(menu, self._offset_at(event.pos()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _offset_at(self, point: QPoint) -> int | None:
        offset = self.body_offset(self.cursorForPosition(point).position())
        return offset if offset is not None and offset < len(self._body) else None

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        # Put the mention a third of the way down rather than at the very edge.
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # -- no remote content -----------------------------------------------------------------

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme().lower() not in _LOCAL_SCHEMES:
            log.info("Blocked remote resource %s", url.toString())
            return None
        return super().loadResource(type_, url)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in {"http", "https"}:
            QDesktopServices.openUrl(url)
