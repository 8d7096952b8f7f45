"""Hostile files through the window's import path: messages in the summary, never a crash."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.domain import ImportOutcome, ImportStatus
from desktop.services import Library
from desktop.ui import workers
from desktop.ui.import_dialog import ImportSummaryDialog
from desktop.ui.main_window import MainWindow

from .checks import assert_clear_message
from .make_corpus import Case

# One of each kind: empty, binary, over the cap, encodings, scripts, HTML, every PDF
# failure, an odd file type and an odd path.
SUBSET = (
    "empty", "random-binary", "huge-200mb", "invalid-utf8", "utf16le-nobom", "arabic",
    "html-active", "html-deep-100k", "html-is-zip", "pdf-truncated", "pdf-encrypted",
    "pdf-zero-pages", "pdf-many-pages", "non-ascii-path", "named-pipe", "unsupported-suffix",
)  # fmt: skip


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What would reach the crash dialog (``sys.excepthook``)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: seen.append(exc))
    return seen


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    library = Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, choose_files=lambda *_: [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    workers.wait_for_workers()
    if shiboken6.isValid(window):
        window.close()
    library.close()


def _import(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> list[ImportOutcome]:
    with qtbot.waitSignal(window.importFinished, timeout=120_000) as blocker:
        window.import_paths(paths)
    return list(blocker.args[0])


def test_window_summarises_every_hostile_file_without_a_crash(
    qtbot: QtBot, window: MainWindow, corpus: tuple[Path, list[Case]], crashes: list[Any]
) -> None:
    root, cases = corpus
    chosen = [case for case in cases if case.name in SUBSET]
    assert len(chosen) == len(SUBSET)
    outcomes = _import(qtbot, window, [root / case.relative for case in chosen])
    assert crashes == []
    failures = [o for o in outcomes if o.status is ImportStatus.FAILED]
    expected_failures = [case for case in chosen if case.expected == "failed"]
    assert len(failures) == len(expected_failures)
    box = window.open_dialog
    assert isinstance(box, ImportSummaryDialog)  # this many files go through bulk import
    table = box.failures
    shown = "\n".join(
        [box.counts_label.text()] + [table.item(row, 1).text() for row in range(table.rowCount())]
    )
    for outcome in failures:
        assert_clear_message(outcome.message)
        assert outcome.message in shown
    assert "Traceback" not in shown
    imported = sum(o.status is ImportStatus.IMPORTED for o in outcomes)  # not duplicates
    assert window.statusBar().currentMessage() == f"Imported {imported} of {len(outcomes)} file(s)."
    box.close()


@pytest.mark.parametrize("name", ["html-deep-100k", "pdf-encrypted", "huge-200mb"])
def test_one_refused_file_is_explained_in_the_status_bar(
    qtbot: QtBot,
    window: MainWindow,
    corpus: tuple[Path, list[Case]],
    crashes: list[Any],
    name: str,
) -> None:
    root, cases = corpus
    case = next(c for c in cases if c.name == name)
    [outcome] = _import(qtbot, window, [root / case.relative])
    assert crashes == []
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message in window.statusBar().currentMessage()


def test_article_view_shows_no_active_content_and_loads_nothing_remote(
    qtbot: QtBot, window: MainWindow, corpus: tuple[Path, list[Case]], crashes: list[Any]
) -> None:
    root, _cases = corpus
    [outcome] = _import(qtbot, window, [root / "active.html"])
    assert outcome.article_id is not None
    qtbot.waitUntil(lambda: "Jane Sample" in window.article_view.toPlainText())
    shown = window.article_view.toHtml().casefold()
    for trace in ("<script", "javascript:", "evil.invalid", "<iframe", "onerror"):
        assert trace not in shown, trace
    remote = QUrl("http://evil.invalid/pixel.gif")
    image = int(QTextDocument.ResourceType.ImageResource.value)
    assert window.article_view.loadResource(image, remote) is None
    assert crashes == []
