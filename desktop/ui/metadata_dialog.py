"""Edit an article's metadata (the body is never editable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import ArticleDetail, MetadataChanges
from desktop.ui import i18n
from desktop.ui.style import named

# Languages offered first; any other ISO 639-1 code may be typed.
COMMON_LANGUAGES = ("de", "en", "fr", "es", "it", "nl")


class MetadataDialog(QDialog):
    """A form over one article's metadata; ``changes()`` says what the user changed."""

    def __init__(self, article: ArticleDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Metadata"))
        self.setMinimumWidth(520)
        self._article = article

        self.title_edit = QLineEdit(article.title)
        self.author_edit = QLineEdit(article.author or "")
        self.agency_edit = QLineEdit(article.agency or "")
        self.url_edit = QLineEdit(article.source_url or "")
        self.url_edit.setPlaceholderText("https://…")
        self.language_edit = self._language_box(article.language)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(i18n.date_format())
        self.no_date = QCheckBox(self.tr("No date"))
        self.no_date.toggled.connect(self.date_edit.setDisabled)
        if article.published_on is not None:
            self.date_edit.setDate(QDate(article.published_on))
        else:
            self.date_edit.setDate(QDate.currentDate())
            self.no_date.setChecked(True)
        self.problem = named(QLabel(), "formProblem")
        self.problem.setStyleSheet("color: #b3261e;")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Author:"), self.author_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        form.addRow(self.tr("&Date:"), date_row)
        form.addRow(self.tr("A&gency:"), self.agency_edit)
        form.addRow(self.tr("Source &URL:"), self.url_edit)
        form.addRow(self.tr("&Language:"), self.language_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The article text itself cannot be changed."))
        note.setStyleSheet("color: palette(dark);")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.title_edit, self.url_edit):
            edit.textChanged.connect(self._validate)
        self.language_edit.editTextChanged.connect(self._validate)
        self._validate()

    def _language_box(self, current: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        codes = list(COMMON_LANGUAGES)
        if current and current not in codes:
            codes.insert(0, current)
        box.addItems(codes)
        box.setCurrentText(current)
        return box

    def problem_text(self) -> str:
        """Why the form cannot be saved, or an empty string."""
        if not self.title_edit.text().strip():
            return self.tr("An article needs a title.")
        url = self.url_edit.text().strip()
        if url and QUrl(url).scheme().lower() not in {"http", "https"}:
            return self.tr("The source URL must start with http:// or https://.")
        language = self.language_edit.currentText().strip()
        if not (language.isalpha() and 2 <= len(language) <= 3):
            return self.tr("The language is a two- or three-letter code such as de or en.")
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def changes(self) -> MetadataChanges:
        """Every field as entered; an emptied optional field is cleared in the store."""
        date: dt.date | None = None
        if not self.no_date.isChecked():
            date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return MetadataChanges(
            title=self.title_edit.text().strip(),
            author=self.author_edit.text(),
            agency=self.agency_edit.text(),
            published_on=date,
            clear_published_on=self.no_date.isChecked(),
            language=self.language_edit.currentText().strip().lower(),
            source_url=self.url_edit.text(),
        )
