# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""Cross-article views: every mention and statement of an entity across the library, and
the library's timeline of dated events. Both open the article at the mention."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FactKind
from desktop.store.views import EntityMention, EntityView, TimelineEvent
from desktop.ui import i18n
from desktop.ui.names import kind_title
from desktop.ui.style import named
from desktop.ui.workers import run_task

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
ENTITY_KINDS = (FactKind.ACTOR, FactKind.ORGANISATION, FactKind.PLACE, FactKind.SOURCE)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of plain values, one column per ``(title, cell)`` pair."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Row], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](self._rows[index.row()])
        return None


def _date(value: Any) -> str:
    return i18n.short_date(value) if value else ""


def _table(name: str, model: QAbstractTableModel, stretch: int) -> QTableView:
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class CrossArticleDialog(QDialog):
    """Two tabs: entities (pick one, see every mention) and the timeline.

    ``mentionActivated(article id, start, end)`` on a double-click (or Enter) in either;
    ``entitiesShown``/``mentionsShown``/``timelineShown(count)`` when a worker's answer is
    on screen (tests wait on them).
    """

    ENTITIES_TAB, TIMELINE_TAB = range(2)
    FILTER_DELAY_MS = 250

    mentionActivated = Signal(int, int, int)
    entitiesShown = Signal(int)
    mentionsShown = Signal(int)
    timelineShown = Signal(int)

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crossArticle")
        self.setWindowTitle(QCoreApplication.translate("entity_view", "Across the Library"))
        self._library = library
        self._entity_request = 0
        self._mention_request = 0
        self._timeline_loaded = False
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._entities_page(), QCoreApplication.translate("entity_view", "Entities")
        )
        self.tabs.addTab(
            self._timeline_page(), QCoreApplication.translate("entity_view", "Timeline")
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1000, 620)

    # -- entities ---------------------------------------------------------------------------

    def _entities_page(self) -> QWidget:
        self.kind_combo = named(QComboBox(), "entityKind")
        self.kind_combo.addItem(QCoreApplication.translate("entity_view", "All kinds"), None)
        for kind in ENTITY_KINDS:
            self.kind_combo.addItem(kind_title(kind), kind)
        self.entity_filter = named(QLineEdit(), "entityFilter")
        self.entity_filter.setPlaceholderText(
            QCoreApplication.translate("entity_view", "Filter by name…")
        )
        self.entity_filter.setClearButtonEnabled(True)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(self.FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.load_entities)
        self.entity_filter.textChanged.connect(lambda _t: self.filter_timer.start())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load_entities())

        self.entity_model: RowsModel[EntityView] = RowsModel(
            [
                (QCoreApplication.translate("entity_view", "Name"), lambda e: e.label),
                (QCoreApplication.translate("entity_view", "Kind"), lambda e: kind_title(e.kind)),
                (
                    QCoreApplication.translate("entity_view", "Articles"),
                    lambda e: i18n.number(e.article_count),
                ),
                (
                    QCoreApplication.translate("entity_view", "Mentions"),
                    lambda e: i18n.number(e.mention_count),
                ),
            ],
            self,
        )
        self.entity_table = _table("entityList", self.entity_model, 0)
        self.entity_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._entity_chosen(current)
        )
        self.mention_model: RowsModel[EntityMention] = RowsModel(
            [
                (QCoreApplication.translate("entity_view", "Article"), lambda m: m.title),
                (
                    QCoreApplication.translate("entity_view", "Date"),
                    lambda m: _date(m.published_on),
                ),
                (QCoreApplication.translate("entity_view", "Named as"), lambda m: m.text),
                (
                    QCoreApplication.translate("entity_view", "Statement"),
                    lambda m: m.statement or "",
                ),
            ],
            self,
        )
        self.mention_table = _table("mentionList", self.mention_model, 3)
        self.mention_table.activated.connect(self._mention_activated)
        self.mention_title = named(
            QLabel(
                QCoreApplication.translate("entity_view", "Choose an entity to see its mentions.")
            ),
            "hint",
        )

        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.entity_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.entity_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.mention_title)
        right_layout.addWidget(self.mention_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        return splitter

    def load_entities(self) -> None:
        self.filter_timer.stop()
        self._entity_request += 1
        request = self._entity_request
        kind = self.kind_combo.currentData()
        query = self.entity_filter.text().strip() or None
        run_task(
            lambda: self._library.entities(kind, query),
            lambda rows: self._entities_loaded(request, rows),
            context=self,
        )

    def _entities_loaded(self, request: int, rows: list[EntityView]) -> None:
        if request != self._entity_request:
            return  # the user typed on; a newer answer is coming
        self.entity_model.set_rows(rows)
        self.entitiesShown.emit(len(rows))

    def select_entity(self, row: int) -> None:
        self.entity_table.selectRow(row)

    def _entity_chosen(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        entity = self.entity_model.row_at(current.row())
        self._mention_request += 1
        request = self._mention_request
        self.mention_title.setText(
            QCoreApplication.translate("entity_view", "Mentions of {0}").format(entity.label)
        )
        run_task(
            lambda: self._library.entity_mentions(entity.id),
            lambda rows: self._mentions_loaded(request, rows),
            context=self,
        )

    def _mentions_loaded(self, request: int, rows: list[EntityMention]) -> None:
        if request != self._mention_request:
            return
        self.mention_model.set_rows(rows)
        self.mentionsShown.emit(len(rows))

    def _mention_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            mention = self.mention_model.row_at(index.row())
            self.mentionActivated.emit(mention.article_id, mention.start, mention.end)

    # -- timeline ---------------------------------------------------------------------------

    def _timeline_page(self) -> QWidget:
        self.timeline_model: RowsModel[TimelineEvent] = RowsModel(
            [
                (QCoreApplication.translate("entity_view", "When"), lambda e: e.value),
                (QCoreApplication.translate("entity_view", "As written"), lambda e: e.label),
                (QCoreApplication.translate("entity_view", "Event"), lambda e: e.event),
                (QCoreApplication.translate("entity_view", "Article"), lambda e: e.title),
            ],
            self,
        )
        self.timeline_table = _table("timeline", self.timeline_model, 2)
        self.timeline_table.activated.connect(self._event_activated)
        return self.timeline_table

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        self._tab_changed(tab)

    def _tab_changed(self, tab: int) -> None:
        if tab == self.TIMELINE_TAB and not self._timeline_loaded:
            self._timeline_loaded = True
            run_task(self._library.timeline, self._timeline_arrived, context=self)

    def _timeline_arrived(self, events: list[TimelineEvent]) -> None:
        self.timeline_model.set_rows(events)
        self.timelineShown.emit(len(events))

    def _event_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            event = self.timeline_model.row_at(index.row())
            self.mentionActivated.emit(event.article_id, event.start, event.end)
