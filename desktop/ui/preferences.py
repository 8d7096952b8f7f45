"""Edit → Preferences…: the reviewer's name that claims are signed with."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

REVIEWER_KEY = "review/reviewer_name"


def reviewer_name(settings: QSettings) -> str:
    return str(settings.value(REVIEWER_KEY, "") or "").strip()


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        self._settings = settings
        self.reviewer_edit = QLineEdit(reviewer_name(settings))
        self.reviewer_edit.setPlaceholderText(self.tr("Your name, as claims are signed"))
        note = QLabel(self.tr("Saved with every claim you mark or edit."))
        note.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.reviewer_edit)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(self._save)

    def _save(self) -> None:
        self._settings.setValue(REVIEWER_KEY, self.reviewer_edit.text().strip())
        self._settings.sync()
