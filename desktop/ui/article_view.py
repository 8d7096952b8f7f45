# ruff: noqa: N802  (Qt names its overrides and signals in camelCase)
"""The read-only article: headline and metadata above the cleaned, immutable body.

The document is built with ``QTextCursor`` (not HTML) so that the body's characters land
at known positions: body offset ``i`` is document position ``body_start + utf16(i)``.
That exact mapping is what mention highlighting (and later claim selection) relies on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop.domain import ArticleDetail
from desktop.ui import style

log = logging.getLogger(__name__)

_LOCAL_SCHEMES = frozenset({"", "data", "qrc"})


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Qt's document positions."""
    return len(text.encode("utf-16-le")) // 2


class ArticleView(QTextBrowser):
    """Shows one article; highlights spans of its body; never loads remote resources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.setExtraSelections([])
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
        self.setExtraSelections([])
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

    def highlight(self, spans: Iterable[tuple[int, int]], colour: QColor) -> None:
        """Mark body spans and scroll the first into view; an empty list clears marks."""
        selections = []
        first: QTextCursor | None = None
        for start, end in sorted(spans):
            if not 0 <= start < end <= len(self._body):
                log.warning("Span %d–%d outside the body; not highlighted", start, end)
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.document_position(start))
            cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
            first = first or cursor
        self.setExtraSelections(selections)
        if first is not None:
            self._scroll_to(first.selectionStart())

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """Document positions of the current highlights (for tests and later tools)."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.extraSelections()
        ]

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
