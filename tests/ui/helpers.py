"""Shared helpers for the UI tests (file-dialog stand-in, waiting for workers)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import config
from desktop.domain import ImportOutcome
from desktop.ui import workers
from desktop.ui.main_window import MainWindow

SAMPLE = config.resource("samples", "reuters_de_venezuela.txt")
SAMPLE_TITLE = "US-Beamte reisen zu Gesprächen nach Venezuela, einem Verbündeten Russlands"


class FileChooser:
    """Stands in for the Open dialog: returns whatever the test put in ``paths``."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.calls = 0

    def __call__(self, _parent: object, _start: str) -> list[str]:
        self.calls += 1
        return [str(p) for p in self.paths]


def settle(qtbot: QtBot) -> None:
    """Wait until every worker has finished and delivered its result."""
    workers.wait_for_workers()
    qtbot.waitUntil(lambda: not workers._in_flight, timeout=30_000)


def import_via_open(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser, *paths: Path
) -> list[ImportOutcome]:
    """Drive File → Open with the dialog answered by ``paths``; returns the outcomes."""
    chooser.paths = list(paths)
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.open_action.trigger()
    return list(blocker.args[0])
