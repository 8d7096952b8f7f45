# ruff: noqa: N815  (Qt names its overrides and signals in camelCase)
"""Bulk import in the window: a worker running ``Library.bulk_import``, a progress dialog
(count, current file, remaining time, Cancel) and a summary with a savable list."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.bulk_import import ImportProgress, ImportSummary
from desktop.domain import ImportStatus
from desktop.ui import i18n
from desktop.ui.workers import library_pool, run_task

SaveChooser = Callable[[QWidget, str], str]
"""``(parent, suggested name) -> chosen path or ""``; tests replace the file dialog."""


def ask_where_to_save(parent: QWidget, suggested: str) -> str:
    filters = (
        QCoreApplication.translate("import_dialog", "CSV table (*.csv)")
        + ";;"
        + QCoreApplication.translate("import_dialog", "JSON (*.json)")
    )
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("import_dialog", "Save Import List"), suggested, filters
    )
    return str(path)


class BulkImportJob(QObject):
    """``Library.bulk_import`` on the library's writer thread; ``progress(ImportProgress)``
    while it runs, then ``finished(ImportSummary)`` or ``failed(exception)``."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        library: Any,
        paths: Sequence[Path],
        parent: QObject | None = None,
        *,
        extract: bool = True,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._paths = list(paths)
        self._extract = extract
        self._cancel = threading.Event()

    def start(self) -> None:
        run_task(self._run, self.finished.emit, self.failed.emit, context=self, pool=library_pool())

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> ImportSummary:
        # Emitting from the pool thread queues the signal into the main thread.
        summary: ImportSummary = self._library.bulk_import(
            self._paths,
            extract=self._extract,
            on_progress=self.progress.emit,
            should_cancel=self._cancel.is_set,
        )
        return summary


def remaining(seconds: float | None) -> str:
    """``about 3 min left``; empty until the first article gives a rate."""
    if seconds is None:
        return ""
    if seconds < 60:
        return QCoreApplication.translate("import_dialog", "about {0} s left").format(
            max(1, round(seconds))
        )
    if seconds < 3600:
        return QCoreApplication.translate("import_dialog", "about {0} min left").format(
            round(seconds / 60)
        )
    return QCoreApplication.translate("import_dialog", "about {0} h left").format(
        f"{seconds / 3600:.1f}"
    )


class ImportProgressDialog(QDialog):
    """Count, current file and remaining time of a running bulk import, and Cancel."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(QCoreApplication.translate("import_dialog", "Importing Articles"))
        self.count_label = QLabel(
            QCoreApplication.translate("import_dialog", "Looking for articles…")
        )
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.eta_label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(QCoreApplication.translate("import_dialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.count_label, self.bar, self.file_label, self.eta_label):
            layout.addWidget(widget)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(460)

    def show_progress(self, progress: ImportProgress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.count_label.setText(
            QCoreApplication.translate("import_dialog", "{0} of {1} files").format(
                i18n.number(progress.done), i18n.number(progress.total)
            )
        )
        if progress.current:
            self.file_label.setText(Path(progress.current).name)
        self.eta_label.setText(remaining(progress.eta_seconds))

    def cancel(self) -> None:
        """Stop after the article being written; what is committed stays."""
        self.cancel_button.setEnabled(False)
        self.count_label.setText(QCoreApplication.translate("import_dialog", "Cancelling…"))
        self.cancelRequested.emit()

    def reject(self) -> None:  # Escape and the close button cancel, too
        if self.cancel_button.isEnabled():
            self.cancel()


class ImportSummaryDialog(QDialog):
    """What a bulk import did: counts, each failure with its reason, and "Save list…"."""

    def __init__(
        self,
        summary: ImportSummary,
        parent: QWidget | None = None,
        save_as: SaveChooser = ask_where_to_save,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkImportSummary")
        self.setWindowTitle(QCoreApplication.translate("import_dialog", "Import finished"))
        self.summary = summary
        self._save_as = save_as
        self.counts_label = QLabel(self.counts_text())
        self.failures = self._failure_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            QCoreApplication.translate("import_dialog", "Save List…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button.clicked.connect(self.save_list)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.failures)
        layout.addWidget(buttons)
        self.failures.setVisible(bool(summary.failures))
        self.resize(640, 420 if summary.failures else 160)

    def counts_text(self) -> str:
        summary = self.summary
        lines = [
            QCoreApplication.translate("import_dialog", "Imported: {0}").format(
                i18n.number(summary.imported)
            ),
            QCoreApplication.translate("import_dialog", "Already in the library: {0}").format(
                i18n.number(summary.duplicates)
            ),
            QCoreApplication.translate("import_dialog", "Failed: {0}").format(
                i18n.number(summary.failed)
            ),
        ]
        if summary.cancelled:
            lines.insert(
                0,
                QCoreApplication.translate(
                    "import_dialog", "The import was cancelled after {0} of {1} files."
                ).format(i18n.number(len(summary.outcomes)), i18n.number(summary.total)),
            )
        return "\n".join(lines)

    def _failure_table(self) -> QTableWidget:
        failures = self.summary.failures
        table = QTableWidget(len(failures), 2)
        table.setObjectName("importFailures")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("import_dialog", "File"),
                QCoreApplication.translate("import_dialog", "Reason"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, outcome in enumerate(failures):
            name = QTableWidgetItem(Path(outcome.source).name)
            name.setToolTip(outcome.source)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(outcome.message))
        return table

    def save_list(self) -> Path | None:
        """Write every file's outcome as CSV, or JSON when the name ends in .json."""
        chosen = self._save_as(self, "import.csv")
        if not chosen:
            return None
        path = Path(chosen)
        text = self.summary.to_json() if path.suffix.lower() == ".json" else self.summary.to_csv()
        path.write_text(text, encoding="utf-8")
        return path


def imported_ids(summary: ImportSummary) -> list[int]:
    return [
        o.article_id
        for o in summary.outcomes
        if o.status is ImportStatus.IMPORTED and o.article_id is not None
    ]
