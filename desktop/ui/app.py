"""Starting the window: application object, logging, crash handling, the library.

``FACTSHEET_SMOKE_EXIT=1`` makes the app quit right after the main window has been shown
(and any sample seeding has finished), and reports a library that cannot be opened on
stderr only, without a dialog. The smoke test and packaging checks use it to prove that
the GUI starts on a machine without a display (with ``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, applog, config
from desktop.domain import FactsheetError
from desktop.ui import i18n, style
from desktop.ui.dialogs import crash_message
from desktop.ui.workers import wait_for_workers

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

SMOKE_EXIT_ENV = "FACTSHEET_SMOKE_EXIT"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log file, not to a terminal the user never sees."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


class CrashHandler:
    """``sys.excepthook``: log the traceback, show a human message with the log path."""

    def __init__(self) -> None:
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("Unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time; a crash inside the dialog only goes to the log
        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical, "Factsheet", crash_message(applog.log_file())
            )
            box.setObjectName("crashDialog")
            box.exec()
        finally:
            self._showing = False


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(config.APP_AUTHOR)
    QCoreApplication.setApplicationName(config.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(config.APP_NAME)
    app.setDesktopFileName("factsheet")
    app.setWindowIcon(style.app_icon())
    app.setStyleSheet(style.style_sheet())
    return app


def uses_embedded_library(db: str | None) -> bool:
    return not db and not os.environ.get(config.DB_URL_ENV)


def run_gui(db: str | None) -> int:
    """Open the main window on the chosen library; returns the process exit status."""
    applog.configure(console=False)
    qInstallMessageHandler(qt_message_handler)
    app = make_application()
    # Before any widget exists: widgets take their texts when they are built.
    translators = i18n.install_translators(
        app, i18n.interface_locale(i18n.chosen_language(QSettings()))
    )
    sys.excepthook = CrashHandler()
    log.info("Factsheet %s starting", __version__)

    from desktop.services import Library

    smoke = os.environ.get(SMOKE_EXIT_ENV) == "1"
    try:
        library = Library.open(db)
    except FactsheetError as exc:
        log.error("Cannot open the library: %s (%s)", exc.user_message, exc.detail)
        print(f"factsheet: {exc.user_message}", file=sys.stderr)
        if not smoke:  # a smoke run has nobody to click the dialog away
            QMessageBox.critical(None, "Factsheet", exc.user_message)
        return 1

    from desktop.ui.main_window import MainWindow

    window = MainWindow(library, QSettings())
    window.show()
    if uses_embedded_library(db) and not window.library_model.rowCount():
        if smoke:
            window.seeded.connect(lambda _count: app.quit())
        window.seed_samples()
    elif smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return int(app.exec())
    finally:
        wait_for_workers()
        library.close()
        i18n.remove_translators(app, translators)
        log.info("Factsheet closed")
