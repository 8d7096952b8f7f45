# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""Item models over the service layer's plain views (no SQL, no spaCy here)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain import ArticleSummary, CardState, CardView, FactKind, FactsheetError
from desktop.store.views import ArticleFilters, SortKey
from desktop.ui import i18n
from desktop.ui.names import kind_title, quoted, source_kind_title, stance_title, type_title
from desktop.ui.workers import report_bug, run_task

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The article id (library) or card id (cards) behind a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``CardView`` behind a card row (``None`` on a group row)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 5
"""The card's key attributes as one line, e.g. ``USA → Venezuela · Öl · in force``."""


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# -- library ---------------------------------------------------------------------------------


class LibraryModel(QAbstractTableModel):
    """The library list, loaded a page at a time: title, source, date, language, claims.

    Sorting and filtering happen in the database (``Library.article_page``), so a library
    of 100,000 articles costs only the rows scrolled past. ``reload`` counts and loads the
    first page at once (the list must show something on the first paint); later pages
    load in a worker when the view asks (``fetchMore``) and arrive in ``pageLoaded``.
    """

    TITLE, SOURCE, DATE, LANGUAGE, CLAIMS = range(5)
    PAGE_SIZE = 200
    SORT_KEYS = (SortKey.TITLE, SortKey.SOURCE, SortKey.DATE, SortKey.LANGUAGE, SortKey.CLAIMS)

    pageLoaded = Signal(int)  # rows loaded so far

    def __init__(self, library: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._sort = SortKey.DATE
        self._descending = True
        self._filters = ArticleFilters()
        self._generation = 0  # bumped by every reload; a page of an older one is dropped
        self._fetching = False
        self._loaded = False  # until the first reload, sorting only records the order
        self.fetch_in_worker = True  # False: pages load at once (benchmarks, scripts)

    # -- what the list shows -----------------------------------------------------------------

    @property
    def filters(self) -> ArticleFilters:
        return self._filters

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        """Articles under the current filters, loaded or not."""
        return self._total

    def set_filters(self, filters: ArticleFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def reload(self) -> None:
        """Count again and show the first page (after imports, deletes, a new sort)."""
        self._generation += 1
        self._fetching = False
        if self._library is None:
            return
        self._loaded = True
        total = self._library.count_articles(self._filters)
        first = self._page(0)
        self.beginResetModel()
        self._total = total
        self._rows = first
        self.endResetModel()

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        """Show a fixed list (no library behind it; previews and tests of the view)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = list(articles)
        self._total = len(self._rows)
        self.endResetModel()

    def row_of(self, article_id: int, load: int = 0) -> int | None:
        """The row of an article among the loaded rows, loading up to ``load`` more pages
        (at once) to find it."""
        for row, article in enumerate(self._rows):
            if article.id == article_id:
                return row
        for _ in range(load):
            if not self.canFetchMore():
                break
            start = len(self._rows)
            self._append(self._page(start))
            for row in range(start, len(self._rows)):
                if self._rows[row].id == article_id:
                    return row
        return None

    def article_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def set_claim_count(self, article_id: int, count: int) -> None:
        """Show a new claim count for a loaded row (claims change without a reload)."""
        for row, article in enumerate(self._rows):
            if article.id == article_id and article.claim_count != count:
                self._rows[row] = dataclasses.replace(article, claim_count=count)
                cell = self.index(row, self.CLAIMS)
                self.dataChanged.emit(cell, cell)

    def loaded(self) -> int:
        return len(self._rows)

    def _page(self, offset: int) -> list[ArticleSummary]:
        return list(
            self._library.article_page(
                offset, self.PAGE_SIZE, self._sort, self._descending, self._filters
            )
        )

    def _append(self, page: Sequence[ArticleSummary]) -> None:
        if not page:
            self._total = len(self._rows)  # others deleted some meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._library is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self._fetching or not self.canFetchMore(parent):
            return
        if not self.fetch_in_worker:
            self._append(self._page(len(self._rows)))
            self.pageLoaded.emit(len(self._rows))
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        run_task(
            lambda: self._page(offset),
            lambda page: self._page_arrived(generation, offset, page),
            lambda exc: self._page_failed(generation, exc),
            context=self,
        )

    def _page_arrived(self, generation: int, offset: int, page: list[ArticleSummary]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # a reload or sort came in between: this page belongs to another list
        self._fetching = False
        self._append(page)
        self.pageLoaded.emit(len(self._rows))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False  # the next scroll asks again
        if not isinstance(exc, FactsheetError):
            report_bug(exc)

    # -- Qt ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database: the order of 100,000 rows, not just of those loaded."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        key = self.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = key, descending
        if self._loaded:  # the window's first refresh loads in this order anyway
            self.reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("models", "Title"),
            QCoreApplication.translate("models", "Source"),
            QCoreApplication.translate("models", "Date"),
            QCoreApplication.translate("models", "Lang."),
            QCoreApplication.translate("models", "Claims"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == self.CLAIMS else None
        if role == SORT_ROLE:
            return self._sort_key(article, column)
        return article.id if role == ID_ROLE else None

    def _tooltip(self, article: ArticleSummary, column: int) -> str:
        if column == self.LANGUAGE:
            return QCoreApplication.translate("models", "Language")
        if column == self.CLAIMS:
            return QCoreApplication.translate("models", "Claims marked in this article")
        return article.title

    def _display(self, article: ArticleSummary, column: int) -> str:
        if column == self.TITLE:
            return article.title or QCoreApplication.translate("models", "(untitled)")
        if column == self.SOURCE:
            return article.source
        if column == self.DATE:
            return i18n.short_date(article.published_on) if article.published_on else ""
        if column == self.CLAIMS:
            return i18n.number(article.claim_count) if article.claim_count else ""
        return article.language.upper() if article.language != "und" else "?"

    def _sort_key(self, article: ArticleSummary, column: int) -> str | int:
        if column == self.DATE:
            # Undated articles sort before the oldest dated one.
            return article.published_on.isoformat() if article.published_on else ""
        if column == self.CLAIMS:
            return article.claim_count
        return self._display(article, column).casefold()


class LibraryProxy(QIdentityProxyModel):
    """The list as the view sees it; sorting and paging go through to the library model
    (a ``QSortFilterProxyModel`` would sort only the rows loaded so far)."""


# -- cards -----------------------------------------------------------------------------------

KIND_ORDER = (
    FactKind.ACTOR,
    FactKind.ORGANISATION,
    FactKind.PLACE,
    FactKind.SANCTION,
    FactKind.DATE,
    FactKind.SOURCE,
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value if v)
    return str(value).strip()


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def card_summary(card: CardView) -> str:
    """The attributes a reader needs at a glance, per kind, leaving out what the label
    already says (``USA → Venezuela · Öl`` is not repeated under that label)."""
    attrs = card.attributes
    if card.kind is FactKind.ACTOR:
        parts = [_text(attrs.get("role")), _text(attrs.get("affiliation"))]
    elif card.kind is FactKind.SANCTION:
        issuer, target = _text(attrs.get("issuer")), _text(attrs.get("target"))
        who = f"{issuer or '?'} → {target or '?'}" if issuer or target else ""
        stance = stance_title(_text(attrs.get("stance")))
        parts = [who, _text(attrs.get("sector")), stance]
    elif card.kind is FactKind.DATE:
        value = _date_value(_text(attrs.get("value")))
        # "2019" under the label "2019" says nothing; the sentence around it does.
        parts = [value if not _said(card.label, value) else _text(attrs.get("event"))]
    elif card.kind is FactKind.SOURCE:
        parts = [source_kind_title(_text(attrs.get("source_kind"))), _statement(attrs)]
    else:
        parts = [type_title(_text(attrs.get("type"))), _text(attrs.get("affiliation"))]
    return _join(*(p for p in parts if not _said(card.label, p))) or _mention_count(card)


def _said(label: str, part: str) -> bool:
    return bool(part) and part.casefold() in label.casefold()


def _date_value(value: str) -> str:
    """``weekday:Saturday`` → ``Saturday``; ``--02-25`` → ``02-25 (year unknown)``."""
    if value.startswith("weekday:"):
        return value.removeprefix("weekday:")
    if value.startswith("--"):
        return QCoreApplication.translate("models", "{0} (year unknown)").format(value[2:])
    return value


def _statement(attrs: dict[str, Any]) -> str:
    """The source's (first) statement in quotes, with a count when it said more."""
    statements = attrs.get("statements") or []
    first = statements[0].get("text") if statements and isinstance(statements[0], dict) else None
    text = _text(first or attrs.get("statement"))
    if not text:
        return ""
    more = len(statements) - 1
    return quoted(text) + (
        QCoreApplication.translate("models", " (+{0} more)").format(more) if more > 0 else ""
    )


def _mention_count(card: CardView) -> str:
    return QCoreApplication.translate("models", "%n mention(s)", None, len(card.mentions))


class _Node:
    """A group (``card is None``) or a card under it."""

    __slots__ = ("card", "children", "kind", "parent")

    def __init__(self, kind: FactKind, card: CardView | None, parent: _Node | None) -> None:
        self.kind = kind
        self.card = card
        self.parent = parent
        self.children: list[_Node] = []


class CardTreeModel(QAbstractItemModel):
    """Cards grouped by kind, in a fixed kind order, each group titled with its count.

    Only kinds with cards get a group. Card rows carry the ``CardView`` so views and
    later editing commands can act on it without another lookup.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Node] = []

    def set_cards(self, cards: Sequence[CardView]) -> None:
        self.beginResetModel()
        self._groups = []
        for kind in KIND_ORDER:
            group = _Node(kind, None, None)
            of_kind = [c for c in cards if c.kind is kind]
            of_kind.sort(key=_card_order)
            group.children = [_Node(kind, c, group) for c in of_kind]
            if group.children:
                self._groups.append(group)
        self.endResetModel()

    def card_count(self) -> int:
        return sum(len(g.children) for g in self._groups)

    def cards(self) -> list[CardView]:
        return [c.card for g in self._groups for c in g.children if c.card is not None]

    def group_index(self, kind: FactKind) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.kind is kind:
                return self.index(row, 0)
        return QModelIndex()

    def index_of_card(self, card_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child_row, child in enumerate(group.children):
                if child.card is not None and child.card.id == card_id:
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, 0, self._groups[row])
                if row < len(self._groups)
                else QModelIndex()
            )
        group: _Node = parent.internalPointer()
        if group.card is not None or row >= len(group.children):
            return QModelIndex()
        return self.createIndex(row, 0, group.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(self._groups.index(node.parent), 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        node: _Node = parent.internalPointer()
        return len(node.children) if node.card is None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == KIND_ROLE:
            return node.kind
        if node.card is None:
            return self._group_data(node, role)
        return self._card_data(node.card, role)

    def _group_data(self, group: _Node, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_title(group.kind)} ({i18n.number(len(group.children))})"
        return None

    def _card_data(self, card: CardView, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return card.label
        if role == SUMMARY_ROLE:
            rejected = (
                QCoreApplication.translate("models", "rejected")
                if card.state is CardState.REJECTED
                else ""
            )
            return _join(rejected, card_summary(card))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (card.label, card_summary(card), _mention_count(card))
            return "\n".join(dict.fromkeys(p for p in lines if p))
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        return None


def _card_order(card: CardView) -> tuple[int, str]:
    """Cards in reading order: by their first mention, then by label."""
    first = min((m.start for m in card.mentions), default=1 << 30)
    return first, card.label.casefold()
