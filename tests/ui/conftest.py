"""Windows on real SQLite libraries in tmp_path; file dialogs replaced by choosers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.services import Library
from desktop.ui.main_window import MainWindow

from .helpers import FileChooser, settle


@pytest.fixture
def chooser() -> FileChooser:
    return FileChooser()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_db_url: str, chooser: FileChooser, settings_path: Path
) -> Iterator[Callable[[], MainWindow]]:
    """Opens a window on the test's library file; each call opens a fresh Library."""
    opened: list[tuple[MainWindow, Library]] = []

    def make() -> MainWindow:
        library = Library.open(tmp_db_url)
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, choose_files=chooser)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, library))
        return window

    yield make
    settle(qtbot)
    for window, library in opened:
        if shiboken6.isValid(window):  # qtbot may have closed and deleted it already
            window.close()
        library.close()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
