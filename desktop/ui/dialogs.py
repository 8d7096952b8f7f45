"""Small dialogs: import summary, About, the log viewer and the crash notice."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain import ImportOutcome, ImportStatus, PipelineInfo
from desktop.ui import i18n

_LOG_TAIL_CHARS = 200_000


def import_summary_box(
    outcomes: Sequence[ImportOutcome], cancelled: bool, parent: QWidget
) -> QMessageBox:
    """A summary of a multi-file import: counts, then each failure with its reason."""
    imported = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
    duplicates = sum(o.status is ImportStatus.DUPLICATE for o in outcomes)
    failures = [o for o in outcomes if o.status is ImportStatus.FAILED]
    box = QMessageBox(parent)
    box.setObjectName("importSummary")
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Import finished"))
    box.setIcon(QMessageBox.Icon.Warning if failures else QMessageBox.Icon.Information)
    lines = [
        QCoreApplication.translate("dialogs", "Imported: {0}").format(i18n.number(imported)),
        QCoreApplication.translate("dialogs", "Already in the library: {0}").format(
            i18n.number(duplicates)
        ),
        QCoreApplication.translate("dialogs", "Failed: {0}").format(i18n.number(len(failures))),
    ]
    if cancelled:
        lines.insert(0, QCoreApplication.translate("dialogs", "The import was cancelled."))
    box.setText("\n".join(lines))
    if failures:
        shown = failures[:12]
        text = "\n".join(f"{Path(o.source).name}: {o.message}" for o in shown)
        if len(failures) > len(shown):
            text += "\n" + QCoreApplication.translate(
                "dialogs", "…and {0} more (see details)."
            ).format(len(failures) - len(shown))
        box.setInformativeText(text)
        box.setDetailedText("\n".join(f"{o.source}: {o.message}" for o in failures))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


class AboutDialog(QDialog):
    """Version, the NLP pipeline per language (filled in once known) and credits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Factsheet"))
        self.setMinimumWidth(520)
        heading = QLabel(
            "<h2>Factsheet</h2><p>"
            + self.tr("Version {0}").format(html.escape(__version__))
            + "</p><p>"
            + self.tr(
                "Offline fact sheets for news articles: actors, organisations, places, "
                "sanctions, dates and sources, each pointing at its words in the text."
            )
            + "</p>"
        )
        heading.setWordWrap(True)
        self.pipelines = QTableWidget(0, 3)
        self.pipelines.setHorizontalHeaderLabels(
            [self.tr("Language"), self.tr("Pipeline"), self.tr("Version")]
        )
        self.pipelines.verticalHeader().hide()
        self.pipelines.horizontalHeader().setStretchLastSection(True)
        self.pipelines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel(self.tr("Loading the language pipelines…"))
        credits = QLabel(
            self.tr(
                "Sample articles from Wikinews, licensed under "
                '<a href="https://creativecommons.org/licenses/by/2.5/">CC BY 2.5</a>. '
                "Built with Qt (PySide6), spaCy and SQLAlchemy."
            )
        )
        credits.setWordWrap(True)
        credits.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel("<b>" + self.tr("Language pipelines") + "</b>"))
        layout.addWidget(self.pipelines)
        layout.addWidget(self.status)
        layout.addWidget(credits)
        layout.addWidget(buttons)

    def set_pipelines(self, infos: Sequence[PipelineInfo]) -> None:
        self.pipelines.setRowCount(len(infos))
        for row, info in enumerate(infos):
            kind = self.tr("statistical") if info.statistical else self.tr("rules only")
            cells = (info.language.upper(), f"{info.name} ({kind})", info.version)
            for column, text in enumerate(cells):
                self.pipelines.setItem(row, column, QTableWidgetItem(text))
        self.pipelines.resizeColumnsToContents()
        self.status.setText(self.tr("%n language pipeline(s) available.", "", len(infos)))

    def set_failed(self, message: str) -> None:
        self.status.setText(message)


class LogDialog(QDialog):
    """The end of the log file, read-only, with a way to open its folder."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Factsheet Log"))
        self.resize(900, 560)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(self._tail(log_path))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        path_label = QLabel(str(log_path))
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        folder = QPushButton(self.tr("Open Folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))
        )
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(path_label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _tail(self, path: Path) -> str:
        try:
            with path.open("r", encoding="utf-8", errors="replace") as handle:
                handle.seek(max(0, path.stat().st_size - _LOG_TAIL_CHARS))
                return handle.read()
        except OSError:
            return self.tr("The log is empty so far.")


def crash_message(log_path: Path) -> str:
    return QCoreApplication.translate(
        "dialogs",
        "Factsheet ran into an unexpected problem. Your library is safe: every change is "
        "saved when it is made. If this keeps happening, the details are in the log:\n{0}",
    ).format(log_path)
