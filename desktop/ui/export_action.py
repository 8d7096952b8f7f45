"""File → Export Fact Sheet…: choose a file, write it on a worker, show progress.

Installed onto the main window by one call, ``install_export_action(window, library)``,
so the window's own code stays as it is. The export runs through ``Library.export`` on
the thread pool; page progress arrives through a signal in the main thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from desktop.domain import FactsheetError
from desktop.ui.workers import run_task

PREFERRED_SHORTCUT = "Ctrl+E"
FALLBACK_SHORTCUT = "Ctrl+Shift+E"  # when the window already binds Ctrl+E


def export_filters() -> dict[str, str]:
    """The save dialog's file types (translated) → export format name."""
    return {
        QCoreApplication.translate("ExportController", "PDF fact sheet (*.pdf)"): "pdf",
        QCoreApplication.translate("ExportController", "Markdown (*.md)"): "md",
        QCoreApplication.translate("ExportController", "JSON-LD annotations (*.jsonld)"): "jsonld",
    }


# (parent, suggested path) → (chosen path or "", format name)
TargetChooser = Callable[[QWidget, str], tuple[str, str]]


def ask_export_target(parent: QWidget, suggested: str) -> tuple[str, str]:
    filters = export_filters()
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportController", "Export Fact Sheet"),
        suggested,
        ";;".join(filters),
    )
    fmt = filters.get(chosen_filter, "pdf")
    if path and not Path(path).suffix:
        path = f"{path}.{fmt}"
    return path, fmt


class ExportController(QObject):
    """Owns the action and the one export that may run at a time."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # BaseException

    def __init__(self, window: QMainWindow, library: Any, choose: TargetChooser) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._choose = choose
        self._cancel = threading.Event()
        self.running = False
        self.action = QAction(self.tr("Export Fact &Sheet…"), window)
        self.action.setShortcut(QKeySequence(_free_shortcut(window)))
        self.action.triggered.connect(lambda _checked=False: self.export())
        self.progress.connect(self._show_progress)

    def article_ids(self) -> list[int]:
        """The selected articles (several make a dossier), else the one shown."""
        view = getattr(self._window, "library_view", None)
        proxy = getattr(self._window, "library_proxy", None)
        model = getattr(self._window, "library_model", None)
        ids: list[int] = []
        if view is not None and proxy is not None and model is not None:
            for index in view.selectionModel().selectedRows():
                ids.append(model.article_at(proxy.mapToSource(index).row()).id)
        current = getattr(self._window, "current_article_id", lambda: None)()
        if not ids and current is not None:
            ids = [current]
        return ids

    def export(self) -> None:
        ids = self.article_ids()
        if not ids:
            self._status(self.tr("Select an article to export."))
            return
        if self.running:
            self._status(self.tr("An export is already running."))
            return
        suggested = str(Path.home() / f"factsheet-{'-'.join(map(str, ids[:3]))}.pdf")
        path, fmt = self._choose(self._window, suggested)
        if not path:
            return
        self.start(ids, Path(path), fmt)

    def start(self, ids: list[int], path: Path, fmt: str) -> None:
        self.running = True
        self._cancel.clear()
        self.action.setEnabled(False)
        self._status(self.tr("Exporting fact sheet…"))
        locale = QLocale().name()  # the sheet speaks the interface's language

        def work() -> Any:
            return self._library.export(
                ids,
                fmt,
                path,
                on_progress=self.progress.emit,
                should_cancel=self._cancel.is_set,
                locale=locale,
            )

        run_task(work, self._done, self._failed, context=self)

    def cancel(self) -> None:
        self._cancel.set()

    def _show_progress(self, done: int, total: int, what: str) -> None:
        if total > 1 and what:
            self._status(self.tr("Exporting fact sheet: {0}").format(what))

    def _done(self, result: Any) -> None:
        self._finish()
        if result.pages:
            text = self.tr("Fact sheet saved to {0} (%n page(s))", "", result.pages)
        else:
            text = self.tr("Fact sheet saved to {0}")
        self._status(text.format(result.path), 10_000)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, FactsheetError):
            raise exc  # a bug: let the crash handler show it
        self._status(self.tr("Export failed: {0}").format(exc.user_message), 15_000)
        self.failed.emit(exc)

    def _finish(self) -> None:
        self.running = False
        self.action.setEnabled(True)

    def _status(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)


def install_export_action(
    window: QMainWindow, library: Any, choose: TargetChooser = ask_export_target
) -> ExportController:
    """Add File → Export Fact Sheet… to ``window`` (above Quit) and return its controller."""
    controller = ExportController(window, library, choose)
    file_menu = _file_menu(window)
    quit_action = getattr(window, "quit_action", None)
    if file_menu is not None and quit_action in file_menu.actions():
        file_menu.insertAction(quit_action, controller.action)
        file_menu.insertSeparator(quit_action)
    elif file_menu is not None:
        file_menu.addAction(controller.action)
    else:
        window.addAction(controller.action)
    return controller


def _file_menu(window: QMainWindow) -> QMenu | None:
    named = getattr(window, "file_menu", None)
    if isinstance(named, QMenu):
        return named
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == QCoreApplication.translate(
            "MainWindow", "&File"
        ):
            return menu
    return None


def _free_shortcut(window: QWidget) -> str:
    wanted = QKeySequence(PREFERRED_SHORTCUT)
    taken = any(a.shortcut() == wanted for a in window.findChildren(QAction))
    return FALLBACK_SHORTCUT if taken else PREFERRED_SHORTCUT
