# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""The claim panel: the article's claims coloured by verdict, and suggested claims (the
statements extraction attributed to sources) that one click turns into claims."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import ClaimView, SuggestedClaim
from desktop.ui import style
from desktop.ui.names import quoted, verdict_title
from desktop.ui.style import named

AnyIndex = QModelIndex | QPersistentModelIndex
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 10
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 11

_LIST_STYLE = "border: 1px solid palette(mid); border-radius: 4px; background: palette(base);"


class ClaimListModel(QAbstractListModel):
    """Claims in text order; ``claimants`` maps card ids to labels for the detail line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._claims: list[ClaimView] = []
        self._claimants: dict[int, str] = {}

    def set_claims(self, claims: Sequence[ClaimView], claimants: dict[int, str]) -> None:
        self.beginResetModel()
        self._claims = sorted(claims, key=lambda c: (c.start, c.end, c.id))
        self._claimants = dict(claimants)
        self.endResetModel()

    def claims(self) -> list[ClaimView]:
        return list(self._claims)

    def row_of(self, claim_id: int) -> int | None:
        return next((r for r, c in enumerate(self._claims) if c.id == claim_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self._claims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return claim.quote
        if role == CLAIM_ROLE:
            return claim
        if role == DETAIL_ROLE:
            return self.detail(claim)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{claim.quote}\n{self.detail(claim)}"
        return None

    def detail(self, claim: ClaimView) -> str:
        claimant = (
            self._claimants.get(claim.claimant_card_id, "")
            if claim.claimant_card_id is not None
            else claim.claimant_text or ""
        )
        parts = [verdict_title(claim.verdict), claimant]
        if claim.evidence:
            parts.append(self.tr("%n source(s)", "", len(claim.evidence)))
        parts += [f"#{t}" for t in claim.tags]
        return " · ".join(p for p in parts if p)


class ClaimDelegate(QStyledItemDelegate):
    """A verdict-coloured stripe, the quote (two lines at most) and a muted detail line."""

    _PAD = 6
    _STRIPE = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        width = option.rect.width() - self._STRIPE - 3 * self._PAD
        quote = quoted(str(index.data(Qt.ItemDataRole.DisplayRole)))
        lines = 1 if width > 0 and metrics.horizontalAdvance(quote) <= width else 2
        return QSize(0, (lines + 1) * metrics.height() + 2 * self._PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        painter.save()
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget
            )
        claim: ClaimView = index.data(CLAIM_ROLE)
        rect: QRect = opt.rect
        painter.fillRect(
            QRect(rect.left() + 1, rect.top() + 4, self._STRIPE, rect.height() - 8),
            style.verdict_accent(claim.verdict),
        )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        metrics = QFontMetrics(opt.font)
        left = rect.left() + self._STRIPE + 2 * self._PAD
        width = rect.right() - left - self._PAD
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        painter.setFont(opt.font)
        quote = quoted(claim.quote)
        lines = 1 if metrics.horizontalAdvance(quote) <= width else 2
        quote_rect = QRect(left, rect.top() + self._PAD, width, lines * metrics.height())
        painter.drawText(
            quote_rect,
            int(Qt.TextFlag.TextWordWrap),
            _two_lines(metrics, quote, width) if lines == 2 else quote,
        )
        detail_font = QFont(opt.font)
        detail_font.setWeight(QFont.Weight.Medium)
        painter.setFont(detail_font)
        if not selected:
            painter.setPen(style.verdict_accent(claim.verdict))
        detail = metrics.elidedText(
            str(index.data(DETAIL_ROLE)), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, quote_rect.bottom() + 3, width, metrics.height()), 0, detail)
        painter.restore()


def _two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """Elide ``text`` so it fits two wrapped lines of ``width``."""
    words = text.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            words = words[count:]
            break
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if first else rest


class SuggestionRow(QFrame):
    """One suggested claim: the statement, who said it, and a button that marks it."""

    accepted = Signal(object)  # SuggestedClaim

    def __init__(
        self, suggestion: SuggestedClaim, separated: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionRow")
        if separated:
            self.setStyleSheet("QFrame#suggestionRow { border-top: 1px solid palette(midlight); }")
        self.suggestion = suggestion
        quote = suggestion.span.text
        shown = quote if len(quote) <= 160 else quote[:157].rstrip() + "…"
        text = QLabel(quoted(shown))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setToolTip(quote)
        who = QLabel(f"— {suggestion.claimant}")
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setStyleSheet("color: palette(dark);")
        self.button = QPushButton(self.tr("Claim"))
        self.button.setToolTip(
            self.tr("Mark this statement as a claim by {0}").format(suggestion.claimant)
        )
        self.button.clicked.connect(lambda _checked=False: self.accepted.emit(self.suggestion))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(text)
        words.addWidget(who)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)


class ClaimPanel(QWidget):
    """Lists claims; asks the window to edit (``editRequested``) or mark a suggestion."""

    claimActivated = Signal(object)  # ClaimView | None
    editRequested = Signal(object)  # ClaimView
    suggestionAccepted = Signal(object)  # SuggestedClaim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimListModel(self)
        self._rows: list[SuggestionRow] = []
        self.title = named(QLabel(self.tr("Claims")), "paneTitle")
        self.empty = named(QLabel(wordWrap=True), "emptyState")
        self.empty.setText(
            self.tr("No claims yet. Select a passage in the article and press Ctrl+M to mark it.")
        )
        self.list = named(QListView(), "claimList")
        self.list.setStyleSheet(f"QListView#claimList {{ {_LIST_STYLE} }}")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ClaimDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.suggested_title = named(QLabel(), "paneTitle")
        self.suggestions = self._suggestion_area()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.suggested_title)
        layout.addWidget(self.suggestions, 1)
        self.show_claims([], [], {})

    def _suggestion_area(self) -> QScrollArea:
        # Rows in a plain layout (not item widgets in a list) so that wrapped statements
        # get the height their width needs.
        area = named(QScrollArea(), "suggestedClaims")
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setStyleSheet(f"QScrollArea#suggestedClaims {{ {_LIST_STYLE} }}")
        self._suggestion_box = QWidget()
        self._suggestion_box.setObjectName("suggestionBox")
        self._suggestion_box.setStyleSheet("QWidget#suggestionBox { background: palette(base); }")
        self._suggestion_layout = QVBoxLayout(self._suggestion_box)
        self._suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self._suggestion_layout.setSpacing(0)
        self._suggestion_layout.addStretch(1)
        area.setWidget(self._suggestion_box)
        return area

    def show_claims(
        self,
        claims: Sequence[ClaimView],
        suggestions: Sequence[SuggestedClaim],
        claimants: dict[int, str],
        keep: int | None = None,
    ) -> None:
        current = self.selected_claim()
        keep = keep if keep is not None else (current.id if current else None)
        self.model.set_claims(claims, claimants)
        self.title.setText(self.tr("Claims ({0})").format(len(claims)))
        self.empty.setVisible(not claims)
        self.list.setVisible(bool(claims))
        self._show_suggestions(suggestions)
        if keep is not None:
            self.select_claim(keep, emit=False)

    def _show_suggestions(self, suggestions: Sequence[SuggestedClaim]) -> None:
        for row in self.suggestion_rows():
            self._suggestion_layout.removeWidget(row)
            row.hide()  # gone from the screen now, not when the event loop gets to it
            row.deleteLater()
        self._rows = []
        self.suggested_title.setText(
            self.tr("Suggested from sources ({0})").format(len(suggestions))
        )
        for number, suggestion in enumerate(suggestions):
            row = SuggestionRow(suggestion, separated=number > 0)
            row.accepted.connect(self.suggestionAccepted)
            self._suggestion_layout.insertWidget(number, row)
            self._rows.append(row)
        visible = bool(suggestions)
        self.suggested_title.setVisible(visible)
        self.suggestions.setVisible(visible)

    def suggestion_rows(self) -> list[SuggestionRow]:
        return list(self._rows)

    def selected_claim(self) -> ClaimView | None:
        claim = self.list.currentIndex().data(CLAIM_ROLE)
        return claim if isinstance(claim, ClaimView) else None

    def select_claim(self, claim_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(claim_id)
        if row is None:
            return False
        model = self.list.selectionModel()
        model.blockSignals(not emit)
        self.list.setCurrentIndex(self.model.index(row))
        model.blockSignals(False)
        self.list.scrollTo(self.model.index(row))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim = current.data(CLAIM_ROLE)
        self.claimActivated.emit(claim if isinstance(claim, ClaimView) else None)

    def _activated(self, index: QModelIndex) -> None:
        claim = index.data(CLAIM_ROLE)
        if isinstance(claim, ClaimView):
            self.editRequested.emit(claim)
