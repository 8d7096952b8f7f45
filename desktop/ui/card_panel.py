# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""The fact-card panel: cards grouped by kind, with honest busy and empty states.

The panel only shows what it is given and reports which card the user picked; loading
and extraction are the main window's business (through workers and the services).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CardState, CardView
from desktop.ui import style
from desktop.ui.models import CARD_ROLE, KIND_ROLE, SUMMARY_ROLE, CardTreeModel
from desktop.ui.style import named

AnyIndex = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """Group rows as bold headings; card rows as a kind-coloured stripe, the label and a
    muted line of key attributes."""

    _PAD = 6
    _STRIPE = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(CARD_ROLE) is None:
            return QSize(0, metrics.height() + 2 * self._PAD + 2)
        lines = 2 if index.data(SUMMARY_ROLE) else 1
        return QSize(0, lines * metrics.height() + 2 * self._PAD + (2 if lines == 2 else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style_ = widget.style() if widget else None
        painter.save()
        opt.text = ""
        if style_ is not None:
            style_.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if index.data(CARD_ROLE) is None:
            self._paint_group(painter, opt, index, rect, selected)
        else:
            self._paint_card(painter, opt, index, rect, selected)
        painter.restore()

    def _text_role(self, opt: QStyleOptionViewItem, selected: bool) -> QPalette.ColorRole:
        return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text

    def _paint_group(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: AnyIndex,
        rect: QRect,
        selected: bool,
    ) -> None:
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(style.accent(index.data(KIND_ROLE)))
        if selected:
            painter.setPen(opt.palette.color(self._text_role(opt, selected)))
        text_rect = rect.adjusted(self._PAD, 0, -self._PAD, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, str(index.data()))

    def _paint_card(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: AnyIndex,
        rect: QRect,
        selected: bool,
    ) -> None:
        card = index.data(CARD_ROLE)
        rejected = isinstance(card, CardView) and card.state is CardState.REJECTED
        colour = style.accent(index.data(KIND_ROLE))
        if rejected:
            colour = opt.palette.color(QPalette.ColorRole.Mid)
        stripe = QRect(rect.left() + 1, rect.top() + 4, self._STRIPE, rect.height() - 8)
        painter.fillRect(stripe, colour)
        palette: QPalette = opt.palette
        metrics = QFontMetrics(opt.font)
        left = rect.left() + self._STRIPE + 2 * self._PAD
        width = rect.right() - left - self._PAD
        label_font = QFont(opt.font)
        label_font.setWeight(QFont.Weight.Medium)
        label_font.setStrikeOut(rejected)
        painter.setFont(label_font)
        text_role = self._text_role(opt, selected)
        if rejected and not selected:
            text_role = QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(text_role))
        top = rect.top() + self._PAD
        label = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top, width, metrics.height()), 0, label)
        summary = index.data(SUMMARY_ROLE)
        if summary:
            painter.setFont(opt.font)
            muted = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(muted))
            line = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRect(left, top + metrics.height() + 2, width, metrics.height()), 0, line
            )


MenuHook = Callable[[QMenu], None]


class CardPanel(QWidget):
    """Shows an article's cards; ``cardActivated`` fires when the user picks one.

    Several cards may be selected (to merge them); the current one is highlighted in the
    article. "Show rejected" asks the window (``showRejectedChanged``) to list rejected
    cards too, struck through, so they can be restored.
    """

    cardActivated = Signal(object)  # CardView
    showRejectedChanged = Signal(bool)
    selectionChanged = Signal()
    editRequested = Signal()

    NO_ARTICLE, BUSY, EMPTY, CARDS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CardTreeModel(self)
        self._state = self.NO_ARTICLE
        self._limited: str | None = None
        self.menu_hook: MenuHook | None = None
        self.title = named(QLabel(self.tr("Fact cards")), "paneTitle")
        self.show_rejected = named(QCheckBox(self.tr("Show re&jected")), "showRejected")
        self.show_rejected.setToolTip(self.tr("List rejected cards too, so they can be restored"))
        self.show_rejected.toggled.connect(self.showRejectedChanged)
        self.banner = named(QLabel(wordWrap=True), "limitedBanner")
        self.banner.hide()
        self.stack = QStackedWidget()
        self.message = named(QLabel(wordWrap=True), "emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self._busy_page())
        self.tree = self._make_tree()
        self.stack.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.show_rejected)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.show_no_article()

    def _busy_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        self.busy_label = QLabel(self.tr("Extracting facts…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        layout.addWidget(self.busy_label)
        layout.addWidget(bar)
        layout.addStretch(1)
        return page

    def _make_tree(self) -> QTreeView:
        tree = named(QTreeView(), "cardTree")
        tree.setModel(self.model)
        tree.setHeaderHidden(True)
        tree.setItemDelegate(CardDelegate(tree))
        tree.setUniformRowHeights(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setIndentation(10)
        tree.setRootIsDecorated(True)
        tree.setMouseTracking(True)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        tree.clicked.connect(self._clicked)
        tree.doubleClicked.connect(self._double_clicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        return tree

    # -- states ----------------------------------------------------------------------------

    @property
    def state(self) -> int:
        """One of NO_ARTICLE, BUSY, EMPTY, CARDS."""
        return self._state

    def show_no_article(self) -> None:
        self._show_message(self.tr("Select an article to see its fact cards."), self.NO_ARTICLE)
        self.banner.hide()

    def show_busy(self) -> None:
        self.model.set_cards([])
        self._state = self.BUSY
        self.stack.setCurrentIndex(1)

    def show_error(self, message: str) -> None:
        self._show_message(message, self.EMPTY)

    def show_cards(
        self,
        cards: list[CardView],
        limited_language: str | None = None,
        keep: Sequence[int] = (),
    ) -> None:
        """Show cards; ``limited_language`` names a language served by rule layers only.
        ``keep`` lists card ids to select again (the first becomes the current card)."""
        self._limited = limited_language
        self.model.set_cards(cards)
        if limited_language:
            self.banner.setText(
                self.tr("Extraction is limited for language {0} (rule layers only).").format(
                    limited_language.upper()
                )
            )
        self.banner.setVisible(bool(limited_language))
        if not cards:
            self._show_message(self.tr("No facts found in this article."), self.EMPTY)
            return
        self._state = self.CARDS
        self.stack.setCurrentWidget(self.tree)
        self.tree.expandAll()
        if keep:
            self.select_cards(keep)

    def refresh_cards(self, cards: list[CardView], keep: Sequence[int] = ()) -> None:
        """Show changed cards of the same article (the limited banner stays as it was)."""
        self.show_cards(cards, self._limited, keep)

    def _show_message(self, text: str, state: int) -> None:
        self.model.set_cards([])
        self.message.setText(text)
        self._state = state
        self.stack.setCurrentWidget(self.message)

    # -- selection -------------------------------------------------------------------------

    def selected_card(self) -> CardView | None:
        card = self.tree.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, CardView) else None

    def selected_cards(self) -> list[CardView]:
        """The selected cards, the current one first (it survives a merge)."""
        current = self.selected_card()
        chosen = [i.data(CARD_ROLE) for i in self.tree.selectionModel().selectedIndexes()]
        cards = [c for c in chosen if isinstance(c, CardView)]
        if current is not None and current in cards:
            cards.remove(current)
            cards.insert(0, current)
        return cards

    def cards(self) -> list[CardView]:
        return self.model.cards()

    def select_card(self, card_id: int) -> bool:
        index = self.model.index_of_card(card_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def select_cards(self, card_ids: Sequence[int], *, emit: bool = True) -> bool:
        """Select these cards (those still shown); the first becomes the current one."""
        indexes = [self.model.index_of_card(i) for i in card_ids]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return False
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        model = self.tree.selectionModel()
        unchanged = model.currentIndex() == indexes[0]
        model.blockSignals(not emit)
        model.setCurrentIndex(indexes[0], flags.NoUpdate)
        model.blockSignals(False)
        model.select(selection, flags.ClearAndSelect)
        if emit and unchanged:  # Qt only reports a change; the card is picked again anyway
            self._current_changed(indexes[0], indexes[0])
        self.tree.scrollTo(indexes[0])
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(CARD_ROLE)
        self.cardActivated.emit(card if isinstance(card, CardView) else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        if isinstance(index.data(CARD_ROLE), CardView):
            self.editRequested.emit()

    def _context_menu(self, point: QPoint) -> None:
        if self.menu_hook is None or self.selected_card() is None:
            return
        menu = QMenu(self)
        self.menu_hook(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def _clicked(self, index: QModelIndex) -> None:
        # A second click on the current card scrolls to its first mention again.
        if index == self.tree.currentIndex():
            self._current_changed(index, index)

    def sizeHint(self) -> Any:
        return QSize(320, 600)
