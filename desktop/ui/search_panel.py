# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""The library pane's search box (search as you type, ranked hits with highlighted
snippets) and filter bar (language, source, claims, verdict)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain import FactsheetError, Verdict
from desktop.store.views import ArticleFilters, FilterChoices, SearchResult
from desktop.ui import i18n
from desktop.ui.names import verdict_title
from desktop.ui.style import named
from desktop.ui.workers import report_bug, run_task

AnyIndex = QModelIndex | QPersistentModelIndex
RESULT_ROLE = Qt.ItemDataRole.UserRole + 20
HTML_ROLE = Qt.ItemDataRole.UserRole + 21


class SearchResultModel(QAbstractListModel):
    """Ranked hits; ``HTML_ROLE`` is the title and snippet with the matches in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: Sequence[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result_at(self, row: int) -> SearchResult:
        return self._results[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.title
        if role == HTML_ROLE:
            return _result_html(result)
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.snippet.text
        if role == RESULT_ROLE:
            return result
        return None


def _result_html(result: SearchResult) -> str:
    import html

    meta = " · ".join(
        p
        for p in (
            result.source,
            i18n.short_date(result.published_on) if result.published_on else "",
            result.language.upper() if result.language != "und" else "",
        )
        if p
    )
    title = html.escape(result.title or QCoreApplication.translate("search_panel", "(untitled)"))
    return (
        f"<div><b>{title}</b> <span style='color:gray'>{html.escape(meta)}</span></div>"
        f"<div>{result.snippet.html()}</div>"
    )


class RichTextDelegate(QStyledItemDelegate):
    """Paints ``HTML_ROLE`` as rich text (the matched words of a snippet in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchPanel(QWidget):
    """A search box whose hits update as the user types (debounced, run in a worker; a
    late answer to an older query is dropped). ``resultsShown(count)`` after each answer,
    ``articleActivated(article id)`` when a hit is clicked."""

    DEBOUNCE_MS = 250
    LIMIT = 100

    resultsShown = Signal(int)
    articleActivated = Signal(int)
    queryChanged = Signal(str)  # "" when the box was cleared: show the list again

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._request = 0
        self.box = named(QLineEdit(), "searchBox")
        self.box.setPlaceholderText(
            QCoreApplication.translate(
                "search_panel",
                'Search the library — words, "phrases", prefix*, actor:, source:, verdict:',
            )
        )
        self.box.setClearButtonEnabled(True)
        self.message = named(QLabel(), "searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = SearchResultModel(self)
        self.results = named(QListView(), "searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._hit_activated)
        self.results.clicked.connect(self._hit_activated)
        self.results.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self.run_query)

    def query(self) -> str:
        return self.box.text().strip()

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _typed(self, _text: str) -> None:
        self._request += 1  # whatever is still running answers an older query
        if not self.query():
            self.timer.stop()
            self.model.set_results([])
            self.message.hide()
            self.results.hide()
            self.queryChanged.emit("")
            return
        self.timer.start()

    def run_query(self) -> None:
        self.timer.stop()
        query = self.query()
        if not query:
            return
        self._request += 1
        request = self._request
        self.queryChanged.emit(query)
        run_task(
            lambda: self._library.search_results(query, self.LIMIT),
            lambda results: self._answered(request, results),
            lambda exc: self._failed(request, exc),
            context=self,
        )

    def _answered(self, request: int, results: list[SearchResult]) -> None:
        if request != self._request:
            return
        self.model.set_results(results)
        self.results.show()
        if results:
            self.message.hide()
        else:
            self._show_message(QCoreApplication.translate("search_panel", "No articles match."))
        self.resultsShown.emit(len(results))

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        if not isinstance(exc, FactsheetError):
            report_bug(exc)
            return
        self.model.set_results([])
        self._show_message(exc.user_message)
        self.resultsShown.emit(0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _hit_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleActivated.emit(self.model.result_at(index.row()).article_id)


class FilterBar(QWidget):
    """Language, source, claims and verdict menus; ``changed(ArticleFilters)``."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = named(QComboBox(), "languageFilter")
        self.source = named(QComboBox(), "sourceFilter")
        self.claims = named(QComboBox(), "claimsFilter")
        self.verdict = named(QComboBox(), "verdictFilter")
        self.claims.addItem(QCoreApplication.translate("search_panel", "Any claims"), None)
        self.claims.addItem(QCoreApplication.translate("search_panel", "With claims"), True)
        self.claims.addItem(QCoreApplication.translate("search_panel", "Without claims"), False)
        # Two rows of two: the bar must not widen the library pane past the user's split.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        combos = (self.language, self.source, self.claims, self.verdict)
        for position, combo in enumerate(combos):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
            combo.currentIndexChanged.connect(self._emit)
            layout.addWidget(combo, position // 2, position % 2)
        self._filling = False
        self.set_choices(FilterChoices((), (), ()))

    def set_choices(self, choices: FilterChoices) -> None:
        """Refill the menus, keeping what is chosen where it is still offered."""
        self._filling = True
        try:
            _refill(
                self.language,
                QCoreApplication.translate("search_panel", "All languages"),
                [(f"{code.upper()} ({i18n.number(n)})", code) for code, n in choices.languages],
            )
            _refill(
                self.source,
                QCoreApplication.translate("search_panel", "All sources"),
                [(f"{name} ({i18n.number(n)})", name) for name, n in choices.sources],
            )
            _refill(
                self.verdict,
                QCoreApplication.translate("search_panel", "Any verdict"),
                [(f"{verdict_title(v)} ({i18n.number(n)})", v) for v, n in choices.verdicts],
            )
        finally:
            self._filling = False

    def filters(self) -> ArticleFilters:
        verdict = self.verdict.currentData()  # Qt hands the enum back as a plain str
        return ArticleFilters(
            language=self.language.currentData(),
            source=self.source.currentData(),
            has_claims=self.claims.currentData(),
            verdict=Verdict(verdict) if verdict else None,
        )

    def clear(self) -> None:
        for combo in (self.language, self.source, self.claims, self.verdict):
            combo.setCurrentIndex(0)

    def _emit(self, _index: int) -> None:
        if not self._filling:
            self.changed.emit(self.filters())


def _refill(combo: QComboBox, anything: str, items: list[tuple[str, Any]]) -> None:
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(anything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(found, 0))
