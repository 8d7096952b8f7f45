"""The main window driven the way a user drives it, on a real library file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain import ImportStatus
from desktop.ui import i18n
from desktop.ui.card_panel import CardPanel
from desktop.ui.dialogs import AboutDialog, LogDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.metadata_dialog import MetadataDialog
from desktop.ui.models import LibraryModel

from .helpers import SAMPLE, SAMPLE_TITLE, FileChooser, import_via_open, settle

ENGLISH_STORY = (
    "Ministers agree on new aid package\n\n"
    "BRUSSELS (AP) — European ministers agreed on Monday to a new aid package for farmers "
    "hit by the drought, officials said.\n\n"
    "The package is worth 2 billion euros and will be paid out before the winter, "
    "according to a statement from the council."
)


def titles(window: MainWindow) -> list[str]:
    model = window.library_view.model()
    return [model.index(row, LibraryModel.TITLE).data() for row in range(model.rowCount())]


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_window_opens_on_an_empty_library_with_honest_empty_states(window: MainWindow) -> None:
    assert titles(window) == []
    assert window.library_title.text() == "Library (0)"
    assert "library is empty" in window.article_view.toPlainText()
    assert window.card_panel.state == CardPanel.NO_ARTICLE
    assert window.card_panel.message.text() == "Select an article to see its fact cards."
    assert not window.edit_metadata_action.isEnabled()
    assert window.open_action.shortcut().toString() == "Ctrl+O"


def test_file_open_imports_the_sample_lists_it_and_shows_its_text(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser
) -> None:
    outcomes = import_via_open(qtbot, window, chooser, SAMPLE)

    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED]
    assert chooser.calls == 1
    assert titles(window) == [SAMPLE_TITLE]
    assert status(window) == f"Imported “{SAMPLE_TITLE}”."
    shown = window.article_view.toPlainText()
    assert shown.startswith(SAMPLE_TITLE)
    assert "By Matt Spetalnick" in shown
    assert "Hochrangige US-Beamte reisten am Samstag" in shown
    assert "Haftungsausschluss" not in shown  # the cleaned body, not the raw file
    assert window.current_article_id() == outcomes[0].article_id
    assert window.edit_metadata_action.isEnabled()


def test_importing_the_same_file_again_reports_it_and_selects_the_existing_article(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser
) -> None:
    first = import_via_open(qtbot, window, chooser, SAMPLE)
    QGuiApplication.clipboard().setText(ENGLISH_STORY)
    with qtbot.waitSignal(window.importFinished, timeout=30_000):
        window.paste_action.trigger()
    assert window.current_article_id() != first[0].article_id
    settle(qtbot)

    again = import_via_open(qtbot, window, chooser, SAMPLE)

    assert again[0].status is ImportStatus.DUPLICATE
    assert status(window) == f"Already in the library as “{SAMPLE_TITLE}”."
    assert sorted(titles(window)) == sorted([SAMPLE_TITLE, "Ministers agree on new aid package"])
    assert window.current_article_id() == first[0].article_id
    assert window.article_view.toPlainText().startswith(SAMPLE_TITLE)


def test_bad_files_get_one_sentence_and_add_no_row(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    unsupported = tmp_path / "notes.docx"
    unsupported.write_bytes(b"PK\x03\x04 not really a document")

    for bad in (empty, unsupported):
        outcomes = import_via_open(qtbot, window, chooser, bad)
        message = status(window)
        assert outcomes[0].status is ImportStatus.FAILED
        assert message == outcomes[0].message
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message
        assert titles(window) == []
        settle(qtbot)


def test_paste_as_new_article_imports_clipboard_text(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText(ENGLISH_STORY)
    assert window.paste_action.shortcut().toString() == "Ctrl+Shift+V"

    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.paste_action.trigger()

    assert blocker.args[0][0].status is ImportStatus.IMPORTED
    assert titles(window) == ["Ministers agree on new aid package"]
    assert "European ministers agreed on Monday" in window.article_view.toPlainText()


def test_paste_of_an_empty_clipboard_says_so(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("   ")
    window.paste_action.trigger()
    assert status(window) == "The clipboard holds no text to paste as an article."
    assert titles(window) == []


def test_dropping_files_imports_them_and_summarises_failures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not a real pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE)), QUrl.fromLocalFile(str(broken))])
    where, action = QPointF(200, 200), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(where, action, mime, buttons, keys)

    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.dropEvent(drop)

    outcomes = blocker.args[0]
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.FAILED]
    assert drop.isAccepted()
    assert titles(window) == [SAMPLE_TITLE]
    summary = window.open_dialog
    assert isinstance(summary, QMessageBox)
    assert "Imported: 1" in summary.text() and "Failed: 1" in summary.text()
    assert f"broken.pdf: {outcomes[1].message}" in summary.informativeText()
    summary.close()


def test_edited_metadata_is_saved_and_survives_a_fresh_window(
    qtbot: QtBot, make_window: Callable[[], MainWindow], chooser: FileChooser
) -> None:
    window = make_window()
    import_via_open(qtbot, window, chooser, SAMPLE)
    window.edit_metadata_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, MetadataDialog)
    dialog.title_edit.setText("US-Delegation in Caracas")
    dialog.author_edit.setText("Matt Spetalnick, Reuters")
    dialog.no_date.setChecked(False)
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2022-03-05", "yyyy-MM-dd"))
    dialog.url_edit.setText("https://www.reuters.com/world/americas/example")

    with qtbot.waitSignal(window.metadataSaved, timeout=30_000):
        dialog.accept()

    assert titles(window) == ["US-Delegation in Caracas"]
    assert window.article_view.toPlainText().startswith("US-Delegation in Caracas")
    settle(qtbot)
    window.close()

    reopened = make_window()
    assert titles(reopened) == ["US-Delegation in Caracas"]
    shown = reopened.library_view.model().index(0, LibraryModel.DATE).data()
    assert shown == i18n.short_date(dt.date(2022, 3, 5))
    article = reopened.library.article(reopened.library.articles()[0].id)
    assert article.author == "Matt Spetalnick, Reuters"
    assert article.source_url == "https://www.reuters.com/world/americas/example"
    assert article.body.startswith("Hochrangige US-Beamte")  # the body never changes


def test_metadata_dialog_refuses_an_empty_title_and_a_non_web_url(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser
) -> None:
    import_via_open(qtbot, window, chooser, SAMPLE)
    window.edit_metadata_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, MetadataDialog)
    save = dialog.buttons.buttons()[0]

    dialog.title_edit.setText("  ")
    assert dialog.problem_text() == "An article needs a title."
    assert not save.isEnabled()
    dialog.title_edit.setText("Fine")
    dialog.url_edit.setText("javascript:alert(1)")
    assert "http" in dialog.problem_text()
    dialog.url_edit.setText("")
    assert dialog.problem_text() == ""
    assert save.isEnabled()
    dialog.reject()


def test_window_remembers_its_splitter_layout(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.splitter.setSizes([250, 800, 350])
    sizes = window.splitter.sizes()
    window.close()

    reopened = make_window()
    # The offscreen screen is small, so the restored window may be smaller: compare shares.
    restored = reopened.splitter.sizes()
    shares = [round(size / sum(sizes), 2) for size in sizes]
    assert [round(size / sum(restored), 2) for size in restored] == shares


def test_ctrl_v_in_the_library_list_pastes_text_as_an_article(
    qtbot: QtBot, window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText(ENGLISH_STORY)
    window.activateWindow()
    window.library_view.setFocus()
    qtbot.waitUntil(window.library_view.hasFocus)

    with qtbot.waitSignal(window.importFinished, timeout=30_000):
        qtbot.keyClick(window.library_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert titles(window) == ["Ministers agree on new aid package"]


def test_import_folder_imports_every_article_in_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "story.md").write_text(ENGLISH_STORY, encoding="utf-8")
    (folder / "wire.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    window = make_window()
    window._choose_folder = lambda _parent, _start: str(folder)

    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.import_folder_action.trigger()

    assert sorted(o.status for o in blocker.args[0]) == [ImportStatus.IMPORTED] * 2
    assert sorted(titles(window)) == sorted(["Ministers agree on new aid package", SAMPLE_TITLE])
    assert status(window) == "Imported 2 of 2 file(s)."
    summary = window.open_dialog
    assert isinstance(summary, QMessageBox)
    assert "Failed: 0" in summary.text()
    summary.close()


def test_about_lists_the_pipeline_of_each_language(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    about = window.open_dialog
    assert isinstance(about, AboutDialog)
    assert "Version" in about.findChildren(QLabel)[0].text()
    qtbot.waitUntil(lambda: about.pipelines.rowCount() > 0, timeout=60_000)

    languages = [about.pipelines.item(r, 0).text() for r in range(about.pipelines.rowCount())]
    assert {"DE", "EN"} <= set(languages)
    english = languages.index("EN")
    assert about.pipelines.item(english, 2).text()  # a version, not an empty cell
    assert "CC BY 2.5" in " ".join(label.text() for label in about.findChildren(QLabel))
    about.close()


def test_view_log_shows_the_log_file(window: MainWindow, isolated_data_dir: Path) -> None:
    log_file = isolated_data_dir / "logs" / "factsheet.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("2026-01-01 INFO desktop: Imported a.txt as article 1\n", encoding="utf-8")

    window.log_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, LogDialog)
    assert "Imported a.txt as article 1" in dialog.text.toPlainText()
    dialog.close()
