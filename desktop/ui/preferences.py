"""Edit → Preferences…: the reviewer's name claims are signed with, and the interface
language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
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

from desktop.ui import i18n

REVIEWER_KEY = "review/reviewer_name"


def reviewer_name(settings: QSettings) -> str:
    return str(settings.value(REVIEWER_KEY, "") or "").strip()


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(500)
        self._settings = settings
        self.reviewer_edit = QLineEdit(reviewer_name(settings))
        self.reviewer_edit.setPlaceholderText(self.tr("Your name, as claims are signed"))
        note = QLabel(self.tr("Saved with every claim you mark or edit."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        self.language_box = self._language_box(i18n.chosen_language(settings))
        language_note = QLabel(self.tr("The interface language changes at the next start."))
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.reviewer_edit)
        form.addRow("", note)
        form.addRow(self.tr("Interface &language:"), self.language_box)
        form.addRow("", language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(self._save)

    def _language_box(self, current: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("System default"), i18n.SYSTEM)
        # Each language by its own name, so a user lost in the wrong one finds theirs.
        box.addItem("Deutsch", "de")
        box.addItem("English", "en")
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _save(self) -> None:
        self._settings.setValue(REVIEWER_KEY, self.reviewer_edit.text().strip())
        self._settings.setValue(i18n.LANGUAGE_KEY, self.language_box.currentData())
        self._settings.sync()
