# ruff: noqa: N802  (Qt names its overrides and signals in camelCase)
"""Item models over the service layer's plain views (no SQL, no spaCy here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain import ArticleSummary, CardState, CardView, FactKind
from desktop.ui import i18n
from desktop.ui.names import kind_title, quoted, source_kind_title, stance_title, type_title

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The article id (library) or card id (cards) behind a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``CardView`` behind a card row (``None`` on a group row)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 5
"""The card's key attributes as one line, e.g. ``USA → Venezuela · Öl · in force``."""


# -- library ---------------------------------------------------------------------------------


class LibraryModel(QAbstractTableModel):
    """The library list: title, source/agency, date, language."""

    TITLE, SOURCE, DATE, LANGUAGE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        self.endResetModel()

    def row_of(self, article_id: int) -> int | None:
        for row, article in enumerate(self._rows):
            if article.id == article_id:
                return row
        return None

    def article_at(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("models", "Title"),
            QCoreApplication.translate("models", "Source"),
            QCoreApplication.translate("models", "Date"),
            QCoreApplication.translate("models", "Lang."),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                article.title
                if column != self.LANGUAGE
                else QCoreApplication.translate("models", "Language")
            )
        if role == SORT_ROLE:
            return self._sort_key(article, column)
        if role == ID_ROLE:
            return article.id
        return None

    def _display(self, article: ArticleSummary, column: int) -> str:
        if column == self.TITLE:
            return article.title or QCoreApplication.translate("models", "(untitled)")
        if column == self.SOURCE:
            return article.source
        if column == self.DATE:
            return i18n.short_date(article.published_on) if article.published_on else ""
        return article.language.upper() if article.language != "und" else "?"

    def _sort_key(self, article: ArticleSummary, column: int) -> str:
        if column == self.DATE:
            # Undated articles sort before the oldest dated one.
            return article.published_on.isoformat() if article.published_on else ""
        return self._display(article, column).casefold()


class LibraryProxy(QSortFilterProxyModel):
    """Sorting by the model's sort keys and a case-insensitive title/source filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


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
    later editing commands (issue 4) can act on it without another lookup.
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
