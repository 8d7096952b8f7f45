"""Edit one claim: verdict, claimant, note, evidence and tags; signed with the reviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CardView, ClaimFields, ClaimView, EvidenceItem, Verdict
from desktop.ui import i18n, style
from desktop.ui.names import kind_tag, quoted, verdict_title
from desktop.ui.style import named

_URL = re.compile(r"^(https?://|www\.|doi:)", re.IGNORECASE)


class ClaimEditor(QDialog):
    """A form over one claim; ``fields()`` is what the user wants saved.

    The claimant is one of the article's source, actor or organisation cards, or any text
    typed into the same box. The reviewer is the name from Edit → Preferences…; a claim
    someone else reviewed keeps their name until this reviewer saves it.
    """

    EVIDENCE, COMMENT = range(2)

    def __init__(
        self,
        claim: ClaimView,
        claimants: Sequence[CardView],
        reviewer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Claim"))
        self.setMinimumSize(620, 560)
        self._claim = claim
        self._reviewer = reviewer or (claim.reviewer or "")
        quote = named(QLabel(quoted(claim.quote)), "claimQuote")
        quote.setWordWrap(True)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote.setStyleSheet(
            "QLabel#claimQuote { font-style: italic; padding: 8px 10px;"
            " background: palette(alternate-base); border-left: 4px solid"
            f" {style.verdict_accent(claim.verdict).name()}; }}"
        )
        self.verdict_box = self._verdict_box(claim.verdict)
        self.claimant_box = self._claimant_box(claim, claimants)
        self.note_edit = QPlainTextEdit(claim.note)
        self.note_edit.setPlaceholderText(self.tr("What was checked, and how"))
        self.note_edit.setTabChangesFocus(True)
        self.evidence_table = self._evidence_table(claim)
        self.tags_edit = QLineEdit(", ".join(claim.tags))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. economy, sanctions"))
        reviewer_label = QLabel(self._reviewer or self.tr("(set your name in Edit → Preferences…)"))

        form = QFormLayout()
        form.addRow(self.tr("&Verdict:"), self.verdict_box)
        form.addRow(self.tr("&Claimant:"), self.claimant_box)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Evidence:"), self._evidence_pane())
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(self.tr("Reviewer:"), reviewer_label)
        times = named(QLabel(self._times_line()), "formNote")
        times.setStyleSheet("color: palette(dark);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addLayout(form, 1)
        layout.addWidget(times)
        layout.addWidget(buttons)
        self.verdict_box.setFocus()

    # -- parts -----------------------------------------------------------------------------

    def _verdict_box(self, verdict: Verdict) -> QComboBox:
        box = QComboBox()
        for value in Verdict:
            box.addItem(_swatch(style.verdict_accent(value)), verdict_title(value), value.value)
        box.setCurrentIndex(list(Verdict).index(verdict))
        return box

    def _claimant_box(self, claim: ClaimView, cards: Sequence[CardView]) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", None)
        for card in cards:
            box.addItem(f"{card.label} ({kind_tag(card.kind)})", card.id)
        line = box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Pick a source or actor, or type a name"))
        index = box.findData(claim.claimant_card_id) if claim.claimant_card_id else -1
        if index > 0:
            box.setCurrentIndex(index)
        else:
            box.setCurrentIndex(0)
            box.setEditText(claim.claimant_text or "")
        return box

    def _evidence_table(self, claim: ClaimView) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("URL or citation"), self.tr("Comment")])
        table.horizontalHeader().setSectionResizeMode(self.EVIDENCE, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(self.COMMENT, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(120)
        for item in claim.evidence:
            self.add_evidence(item.url or item.citation or "", item.comment, table)
        return table

    def _evidence_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.evidence_table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(lambda _checked=False: self._add_and_edit())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected_evidence)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        return pane

    def _times_line(self) -> str:
        return self.tr("Marked {0} · last changed {1}").format(
            _local(self._claim.created_at), _local(self._claim.updated_at)
        )

    # -- evidence --------------------------------------------------------------------------

    def add_evidence(
        self, source: str, comment: str = "", table: QTableWidget | None = None
    ) -> int:
        table = table or self.evidence_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, self.EVIDENCE, QTableWidgetItem(source))
        table.setItem(row, self.COMMENT, QTableWidgetItem(comment))
        return row

    def _add_and_edit(self) -> None:
        row = self.add_evidence("")
        item = self.evidence_table.item(row, self.EVIDENCE)
        if item is not None:
            self.evidence_table.setCurrentItem(item)
            self.evidence_table.editItem(item)

    def remove_selected_evidence(self) -> None:
        rows = sorted({i.row() for i in self.evidence_table.selectedIndexes()}, reverse=True)
        if not rows and self.evidence_table.currentRow() >= 0:
            rows = [self.evidence_table.currentRow()]
        for row in rows:
            self.evidence_table.removeRow(row)

    def evidence(self) -> tuple[EvidenceItem, ...]:
        items = []
        for row in range(self.evidence_table.rowCount()):
            source = _cell(self.evidence_table, row, self.EVIDENCE)
            comment = _cell(self.evidence_table, row, self.COMMENT)
            if not source:
                continue
            is_url = bool(_URL.match(source))
            items.append(
                EvidenceItem(
                    url=source if is_url else None,
                    citation=None if is_url else source,
                    comment=comment,
                )
            )
        return tuple(items)

    # -- result ----------------------------------------------------------------------------

    def fields(self) -> ClaimFields:
        text = self.claimant_box.currentText().strip()
        card_id = self.claimant_box.currentData()
        # An edited text that no longer matches the picked card is a free-text claimant.
        if card_id is not None and text != self.claimant_box.itemText(
            self.claimant_box.currentIndex()
        ):
            card_id = None
        return ClaimFields(
            verdict=Verdict(self.verdict_box.currentData()),
            claimant_card_id=card_id,
            claimant_text=None if card_id is not None else (text or None),
            note=self.note_edit.toPlainText().strip(),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            reviewer=self._reviewer or None,
            evidence=self.evidence(),
        )


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _local(moment: object) -> str:
    """A stored UTC time in the user's time zone, written as the interface locale does."""
    when = QDateTime(moment)  # type: ignore[call-overload]
    when.setTimeZone(QTimeZone.utc())
    return i18n.date_time(when.toLocalTime())


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)
