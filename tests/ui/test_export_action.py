"""File → Export Fact Sheet…: the real window, a real library, the export on a worker."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtGui import QKeySequence

from desktop.ui.export_action import ExportController, install_export_action

from .helpers import SAMPLE, settle


class TargetChooser:
    """Stands in for the Save dialog."""

    def __init__(self, path: Path | None, fmt: str = "pdf") -> None:
        self.path, self.fmt = path, fmt
        self.calls = 0

    def __call__(self, _parent: object, _suggested: str) -> tuple[str, str]:
        self.calls += 1
        return (str(self.path) if self.path else "", self.fmt)


def _controller(window, chooser) -> ExportController:
    existing = getattr(window, "export_controller", None)
    if existing is not None:
        existing._choose = chooser  # the window installed it: answer its dialog
        return existing
    return install_export_action(window, window.library, chooser)


def _open_seed(qtbot, window) -> int:
    outcome = window.library.import_file(SAMPLE)
    window.refresh_library(select_id=outcome.article_id)
    settle(qtbot)
    assert window.select_article(outcome.article_id)
    settle(qtbot)
    return outcome.article_id


def test_file_menu_offers_export_with_a_free_shortcut(window, tmp_path):
    controller = _controller(window, TargetChooser(tmp_path / "x.pdf"))
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"
    )
    assert controller.action in file_menu.actions()
    shortcut = controller.action.shortcut()
    assert shortcut in (QKeySequence("Ctrl+E"), QKeySequence("Ctrl+Shift+E"))
    others = [a for a in window.findChildren(type(controller.action)) if a is not controller.action]
    assert all(a.shortcut() != shortcut for a in others)


def test_export_writes_the_pdf_off_the_ui_thread_with_progress(qtbot, window, tmp_path):
    target = tmp_path / "sheet.pdf"
    controller = _controller(window, TargetChooser(target))
    _open_seed(qtbot, window)
    pages_seen: list[tuple[int, int]] = []
    controller.progress.connect(lambda done, total, _what: pages_seen.append((done, total)))
    with qtbot.waitSignal(controller.finished, timeout=60_000) as blocker:
        controller.action.trigger()
    result = blocker.args[0]
    assert result.path == target and result.pages >= 1
    assert len(pypdf.PdfReader(target).pages) == result.pages
    assert pages_seen[-1] == (result.pages, result.pages)
    assert "Fact sheet saved to" in window.statusBar().currentMessage()
    assert controller.action.isEnabled()


def test_a_cancelled_dialog_exports_nothing(qtbot, window, tmp_path):
    chooser = TargetChooser(None)
    controller = _controller(window, chooser)
    _open_seed(qtbot, window)
    controller.action.trigger()
    assert chooser.calls == 1 and not controller.running
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_target_is_reported_in_the_status_bar(qtbot, window, tmp_path):
    controller = _controller(window, TargetChooser(tmp_path / "missing" / "x.md", "md"))
    _open_seed(qtbot, window)
    with qtbot.waitSignal(controller.failed, timeout=60_000):
        controller.action.trigger()
    assert "Export failed" in window.statusBar().currentMessage()
    assert "does not exist" in window.statusBar().currentMessage()
