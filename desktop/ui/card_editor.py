"""Edit one fact card: its label, kind and the attributes a reader sees for that kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CardFields, CardView, FactKind
from desktop.ui.models import KIND_ORDER
from desktop.ui.names import kind_name, quoted
from desktop.ui.style import named

# The attributes each kind shows in the card panel, in form order. Other attributes (a
# source's statements, a date's sentence) are kept as they are and not offered here.
FIELDS: dict[FactKind, tuple[str, ...]] = {
    FactKind.ACTOR: ("role", "affiliation"),
    FactKind.ORGANISATION: ("type", "affiliation"),
    FactKind.PLACE: ("type",),
    FactKind.SANCTION: ("issuer", "target", "sector", "stance"),
    FactKind.DATE: ("value",),
    FactKind.SOURCE: ("source_kind",),
}


def field_title(name: str) -> str:
    return {
        "role": QCoreApplication.translate("CardEditor", "&Role:"),
        "affiliation": QCoreApplication.translate("CardEditor", "A&ffiliation:"),
        "type": QCoreApplication.translate("CardEditor", "&Type:"),
        "issuer": QCoreApplication.translate("CardEditor", "&Issuer:"),
        "target": QCoreApplication.translate("CardEditor", "Tar&get:"),
        "sector": QCoreApplication.translate("CardEditor", "&Sector:"),
        "stance": QCoreApplication.translate("CardEditor", "S&tance:"),
        "value": QCoreApplication.translate("CardEditor", "&Value:"),
        "source_kind": QCoreApplication.translate("CardEditor", "Source &kind:"),
    }[name]


def field_hint(name: str) -> str:
    return {
        "role": QCoreApplication.translate("CardEditor", "e.g. President, spokesperson"),
        "affiliation": QCoreApplication.translate("CardEditor", "country, party or employer"),
        "issuer": QCoreApplication.translate("CardEditor", "who imposes the measure"),
        "target": QCoreApplication.translate("CardEditor", "whom it is aimed at"),
        "sector": QCoreApplication.translate("CardEditor", "e.g. oil, finance"),
        "stance": QCoreApplication.translate("CardEditor", "e.g. in_force, lifted, threatened"),
        "value": QCoreApplication.translate("CardEditor", "ISO date: 2026-11-29, 2026-11 or 2026"),
        "source_kind": QCoreApplication.translate(
            "CardEditor", "e.g. agency, government, anonymous"
        ),
    }.get(name, "")


class CardEditor(QDialog):
    """A form over one card; ``fields()`` is what the user wants saved."""

    def __init__(self, card: CardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Card"))
        self.setMinimumWidth(460)
        self._card = card
        self._edits: dict[str, QLineEdit] = {}
        self.label_edit = QLineEdit(card.label)
        self.kind_box = QComboBox()
        for kind in KIND_ORDER:
            self.kind_box.addItem(kind_name(kind), kind.value)
        self.kind_box.setCurrentIndex(KIND_ORDER.index(card.kind))
        self.kind_box.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Label:"), self.label_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_box)
        self._fixed_rows = self.form.rowCount()
        mentions = named(QLabel(self._mentions_line()), "formNote")
        mentions.setWordWrap(True)
        mentions.setStyleSheet("color: palette(dark);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(mentions)
        layout.addWidget(self.buttons)
        self._show_fields()

    def kind(self) -> FactKind:
        return FactKind(self.kind_box.currentData())

    def field_edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    def fields(self) -> CardFields:
        attributes: dict[str, Any] = dict(self._card.attributes)
        for name in FIELDS[self.kind()]:
            value = self._edits[name].text().strip()
            if value:
                attributes[name] = value
            else:
                attributes.pop(name, None)  # a cleared field is no value, not ""
        return CardFields(self.kind(), self.label_edit.text().strip(), attributes)

    def _show_fields(self) -> None:
        while self.form.rowCount() > self._fixed_rows:
            self.form.removeRow(self._fixed_rows)
        kept = {name: edit.text() for name, edit in self._edits.items()}
        self._edits = {}
        for name in FIELDS[self.kind()]:
            value = kept.get(name, _attribute_text(self._card.attributes.get(name)))
            edit = QLineEdit(value)
            edit.setPlaceholderText(field_hint(name))
            self._edits[name] = edit
            self.form.addRow(field_title(name), edit)

    def _validate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.label_edit.text().strip()))

    def _mentions_line(self) -> str:
        texts = list(dict.fromkeys(m.text for m in self._card.mentions))
        shown = ", ".join(quoted(t) for t in texts[:4]) + (" …" if len(texts) > 4 else "")
        return self.tr("%n mention(s) in the article: {0}", "", len(self._card.mentions)).format(
            shown
        )


def _attribute_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v)
    return str(value)
