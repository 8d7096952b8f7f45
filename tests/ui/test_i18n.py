"""The German interface: no English text left in menus, actions, tabs and dialogs, and
dates and numbers written the German way.

Every surface is built twice, once in English and once with the German translators
installed the way the app installs them; a text that comes out the same both times is
untranslated (unless it is a proper noun on the allow-list). Comparing the two builds
also catches a string nobody wrapped in ``tr`` (it never reaches the ``.ts`` file).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import config
from desktop.bulk_import import ImportSummary
from desktop.domain import (
    ArticleDetail,
    CardState,
    CardView,
    ClaimView,
    EvidenceView,
    FactKind,
    ImportOutcome,
    ImportStatus,
    MentionView,
    MetadataChanges,
    Origin,
    PipelineInfo,
    Verdict,
)
from desktop.ui import i18n
from desktop.ui.card_editor import CardEditor
from desktop.ui.claim_editor import ClaimEditor
from desktop.ui.dialogs import AboutDialog, LogDialog, import_summary_box
from desktop.ui.entity_view import CrossArticleDialog
from desktop.ui.import_dialog import ImportProgressDialog, ImportSummaryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.metadata_dialog import MetadataDialog
from desktop.ui.models import KIND_ORDER, LibraryModel
from desktop.ui.names import kind_title, type_title, verdict_title
from desktop.ui.preferences import PreferencesDialog

from .helpers import SAMPLE, FileChooser, import_via_open

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

# The same in both languages on purpose: names, formats, and the language names the
# preferences offer each in its own language.
ALLOWED = {"Factsheet", "Deutsch", "English", "Version", "Organisation", "Name", "PDF", "Markdown"}
ALLOWED_PATTERNS = (
    re.compile(r"^https?://\S*$"),  # URLs and the URL placeholder
    re.compile(r"^[a-z]{2,3}$"),  # language codes in the metadata form
    re.compile(r"^[A-Z]{2,3}$"),  # the same, upper-cased in tables
    re.compile(r"^[\d\s.,:/()+#·-]*$"),  # numbers, dates, counts
)

# What the hand-made article, card and claim say: data, never translated.
QUOTE = "Die Sanktionen bleiben in Kraft"
CLAIMANT = "Juan Guaidó"
REVIEWER = "Anna Muster"
DATA = (QUOTE, CLAIMANT, REVIEWER, "Venezuela", "Energieministerium", "example.org", "b.pdf")
DATA_PATHS = ("factsheet.log",)


def _lrelease() -> Path:
    return Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German catalogue compiled from the committed ``.ts``, as ``make`` builds it."""
    folder = tmp_path_factory.mktemp("translations")
    source = config.resource("translations", "factsheet_de.ts")
    qm = folder / "factsheet_de.qm"
    subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(qm)], check=True)
    return folder


@contextmanager
def speaking(locale: QLocale, qm_dir: Path) -> Iterator[None]:
    """The interface in ``locale``, installed the way ``run_gui`` installs it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    translators = i18n.install_translators(app, locale, qm_dir)
    try:
        yield
    finally:
        i18n.remove_translators(app, translators)
        QLocale.setDefault(previous)


# -- collecting every text a user can read ----------------------------------------------------


_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/)[^>]*>")


def _plain(text: str) -> str:
    if _MARKUP.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    # "&Open…" is "Open…" to the reader; "&&" is a literal ampersand.
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.statusTip()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QMessageBox):
        texts += [widget.text(), widget.informativeText()]
    header = (
        widget.horizontalHeader()
        if isinstance(widget, QTableView)
        else widget.header()
        if isinstance(widget, QTreeView)
        else None
    )
    if header is not None and not header.isHidden() and header.model() is not None:
        texts += [
            str(header.model().headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(header.count())
        ]
    return texts


def visible_texts(root: QWidget) -> set[str]:
    """Window and widget titles, labels, buttons, placeholders, combo items, tabs,
    headers, menus and every action's text, icon text, tool tip and status tip."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += _widget_texts(widget)
    for action in root.findChildren(QAction):
        texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
    return {_plain(t) for t in texts} - {""}


def untranslated(english: set[str], german: set[str]) -> list[str]:
    same = english & german
    return sorted(
        t
        for t in same
        if t not in ALLOWED
        and not any(p.match(t) for p in ALLOWED_PATTERNS)
        and not any(d in t for d in DATA + DATA_PATHS)
    )


def in_both(qm_dir: Path, build: Callable[[], QWidget]) -> tuple[set[str], set[str]]:
    with speaking(ENGLISH, qm_dir):
        english = visible_texts(build())
    with speaking(GERMAN, qm_dir):
        german = visible_texts(build())
    return english, german


# -- hand-made things for the dialogs ---------------------------------------------------------

NOW = dt.datetime(2022, 3, 7, 9, 30)


def _article() -> ArticleDetail:
    body = f"{QUOTE}, sagte {CLAIMANT} in Venezuela."
    return ArticleDetail(
        id=1,
        title="Venezuela",
        author=REVIEWER,
        dateline="Caracas",
        agency="Reuters",
        site=None,
        published_on=dt.date(2022, 3, 7),
        language="de",
        source_path=None,
        source_url="https://example.org/a",
        body=body,
        body_hash="0" * 64,
        imported_at=NOW,
        pipeline=None,
        extracted_at=None,
        version=1,
    )


def _card(kind: FactKind = FactKind.SANCTION) -> CardView:
    return CardView(
        id=7,
        article_id=1,
        kind=kind,
        label=CLAIMANT,
        attributes={"issuer": "Energieministerium", "stance": "in_force"},
        origin=Origin.AUTO,
        state=CardState.ACTIVE,
        mentions=(MentionView(1, 38, 49, CLAIMANT),),
        version=1,
    )


def _claim() -> ClaimView:
    return ClaimView(
        id=3,
        article_id=1,
        start=0,
        end=len(QUOTE),
        quote=QUOTE,
        verdict=Verdict.MOSTLY_TRUE,
        claimant_card_id=None,
        claimant_text=CLAIMANT,
        note="",
        tags=(),
        reviewer=REVIEWER,
        created_at=NOW,
        updated_at=NOW,
        evidence=(EvidenceView(1, "https://example.org/b", None, ""),),
        version=1,
    )


# -- the tests --------------------------------------------------------------------------------


def test_the_main_window_has_no_english_left(
    qtbot: QtBot, qm_dir: Path, make_window: Callable[[], MainWindow]
) -> None:
    english, german = in_both(qm_dir, make_window)
    assert untranslated(english, german) == []
    # The walk reached the menus, the toolbar's short undo text and the side tabs.
    assert {"Datei", "Bearbeiten", "Fakten", "Behauptungen", "Hilfe"} <= german
    assert {"Faktenblatt exportieren …", "Als Behauptung markieren", "Rückgängig"} <= german
    assert {"Faktenkarten", "Bibliothek (0)", "Titel", "Quelle", "Datum"} <= german


def test_every_dialog_has_no_english_left(
    qtbot: QtBot, qm_dir: Path, tmp_path: Path, settings_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    log_file = tmp_path / "factsheet.log"
    log_file.write_text("", encoding="utf-8")
    outcomes = [
        ImportOutcome(ImportStatus.IMPORTED, "a.txt", 1, "A"),
        ImportOutcome(ImportStatus.FAILED, "b.pdf", message="b.pdf"),
    ]

    def about() -> QWidget:
        dialog = AboutDialog(parent)
        dialog.set_pipelines([PipelineInfo("de", "de_core", "1.0", statistical=True)])
        return dialog

    builders: dict[str, Callable[[], QWidget]] = {
        "metadata": lambda: MetadataDialog(_article(), parent),
        "preferences": lambda: PreferencesDialog(settings, parent),
        "card editor": lambda: CardEditor(_card(), parent),
        "claim editor": lambda: ClaimEditor(_claim(), [_card(FactKind.ACTOR)], REVIEWER, parent),
        "about": about,
        "log": lambda: LogDialog(log_file, parent),
        "import summary": lambda: import_summary_box(outcomes, True, parent),
        "bulk import progress": lambda: ImportProgressDialog(parent),
        "bulk import summary": lambda: ImportSummaryDialog(
            ImportSummary(tuple(outcomes), total=3, cancelled=True, elapsed_seconds=2.0), parent
        ),
        "across the library": lambda: CrossArticleDialog(None, parent),
    }
    found = {}
    for name, build in builders.items():

        def shown(build: Callable[[], QWidget] = build) -> QWidget:
            dialog = build()
            dialog.show()  # non-modal: nothing blocks, and Qt fills in its buttons
            return dialog

        english, german = in_both(qm_dir, shown)
        found[name] = untranslated(english, german)
    assert found == {name: [] for name in builders}


def test_qt_own_buttons_speak_german(qtbot: QtBot, qm_dir: Path, settings_path: Path) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    with speaking(GERMAN, qm_dir):
        dialog = PreferencesDialog(settings)
        qtbot.addWidget(dialog)
        buttons = {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)}
    assert {"Speichern", "Abbrechen"} <= buttons


def test_kinds_and_verdicts_have_german_names(qm_dir: Path) -> None:
    with speaking(GERMAN, qm_dir):
        kinds = [kind_title(k) for k in KIND_ORDER]
        verdicts = [verdict_title(v) for v in Verdict]
    assert kinds == ["Akteure", "Organisationen", "Orte", "Sanktionen", "Datumsangaben", "Quellen"]
    assert set(verdicts) == {
        "Ungeprüft",
        "Wahr",
        "Größtenteils wahr",
        "Teils/teils",
        "Irreführend",
        "Falsch",
        "Nicht überprüfbar",
    }


def test_every_gazetteer_type_has_a_german_name(qapp: QApplication, qm_dir: Path) -> None:
    rows = [
        json.loads(line)
        for path in config.resource("gazetteers").glob("*_de.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    kinds = {row["type"] for row in rows if "type" in row}
    with speaking(GERMAN, qm_dir):
        english = sorted(kind for kind in kinds if type_title(kind) == kind)
    assert english == []


def test_the_language_follows_the_system_unless_chosen(settings_path: Path) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) == i18n.SYSTEM
    assert i18n.interface_locale(i18n.SYSTEM, GERMAN).language() == QLocale.Language.German
    swiss = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)
    assert i18n.interface_locale(i18n.SYSTEM, swiss) == swiss  # keeps its own formats
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert i18n.interface_locale(i18n.SYSTEM, french).language() == QLocale.Language.English
    settings.setValue(i18n.LANGUAGE_KEY, "de")
    assert i18n.interface_locale(i18n.chosen_language(settings), ENGLISH) == GERMAN
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.interface_locale(i18n.chosen_language(settings), GERMAN).language() == (
        QLocale.Language.English
    )


def test_preferences_store_the_interface_language(
    qtbot: QtBot, qm_dir: Path, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
    dialog.accept()
    reread = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert i18n.chosen_language(reread) == "de"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (GERMAN, ("05.03.2022", "5. März 2022", "Bibliothek (1)", "12.345")),
        (ENGLISH, ("3/5/2022", "March 5, 2022", "Library (1)", "12,345")),
    ],
)
def test_dates_and_numbers_in_the_window_follow_the_locale(
    qtbot: QtBot,
    qm_dir: Path,
    *,
    make_window: Callable[[], MainWindow],
    chooser: FileChooser,
    locale: QLocale,
    expected: tuple[str, str, str, str],
) -> None:
    list_date, header_date, count, big_number = expected
    with speaking(locale, qm_dir):
        window = make_window()
        with qtbot.waitSignal(window.cardsShown, timeout=60_000):
            (outcome,) = import_via_open(qtbot, window, chooser, SAMPLE)
        assert outcome.article_id is not None
        window.library.update_metadata(
            outcome.article_id, MetadataChanges(published_on=dt.date(2022, 3, 5))
        )
        window.refresh_library()
        window.show_article(outcome.article_id)
        shown = window.library_view.model().index(0, LibraryModel.DATE).data()
        header = window.article_view.toPlainText()
        title = window.library_title.text()
        big = i18n.number(12345)
    assert shown == list_date
    assert header_date in header
    assert title == count
    assert big == big_number


def test_claim_times_follow_the_locale(qtbot: QtBot, qm_dir: Path) -> None:
    with speaking(GERMAN, qm_dir):
        editor = ClaimEditor(_claim(), [], REVIEWER)
        qtbot.addWidget(editor)
        german = visible_texts(editor)
        day = QDate(2022, 3, 7)
        expected = QLocale().toString(day, "dd.MM.yyyy")
    assert any(t.startswith(f"Markiert am {expected}") for t in german), german


def test_a_german_window_exports_a_german_pdf(
    qtbot: QtBot,
    qm_dir: Path,
    tmp_path: Path,
    make_window: Callable[[], MainWindow],
    chooser: FileChooser,
) -> None:
    with speaking(GERMAN, qm_dir):
        window = make_window()
        with qtbot.waitSignal(window.cardsShown, timeout=60_000):
            (outcome,) = import_via_open(qtbot, window, chooser, SAMPLE)
        assert outcome.article_id is not None
        window.library.update_metadata(
            outcome.article_id, MetadataChanges(published_on=dt.date(2022, 3, 5))
        )
        path = tmp_path / "faktenblatt.pdf"
        with qtbot.waitSignal(window.export_controller.finished, timeout=60_000):
            window.export_controller.start([outcome.article_id], path, "pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    text = re.sub(r"\s+", " ", text)
    assert "5. März 2022" in text
    assert "Seite 1 von" in text
    assert "Page 1 of" not in text


def test_german_undo_names_the_step_after_a_colon(
    qtbot: QtBot, qm_dir: Path, make_window: Callable[[], MainWindow], chooser: FileChooser
) -> None:
    with speaking(GERMAN, qm_dir):
        window = make_window()
        with qtbot.waitSignal(window.cardsShown, timeout=60_000):
            import_via_open(qtbot, window, chooser, SAMPLE)
        start = window.article_view.body.index("Caracas")
        window.article_view.select_span(start, start + len("Caracas"))
        window.edits.add_as_actions[FactKind.PLACE].trigger()
        undo_text = window.edits.undo_action.text()
        icon_text = window.edits.undo_action.iconText()
        window.edits.undo_action.trigger()
        redo_text = window.edits.redo_action.text()
    assert undo_text == "Rückgängig: Ort „Caracas“ hinzufügen"
    assert icon_text == "Rückgängig"  # the toolbar stays short
    assert redo_text == "Wiederherstellen: Ort „Caracas“ hinzufügen"


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


@pytest.mark.parametrize("locale", [GERMAN, ENGLISH], ids=["de", "en"])
def test_no_menu_has_two_entries_on_one_key(
    qm_dir: Path, make_window: Callable[[], MainWindow], locale: QLocale
) -> None:
    with speaking(locale, qm_dir):
        window = make_window()
        menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
        clashes = {}
        for menu in menus:
            keys = _accelerators([a.text() for a in menu.actions() if a.isVisible()])
            doubled = sorted({k for k in keys if keys.count(k) > 1})
            if doubled:
                clashes[menu.title() or "menu bar"] = doubled
    assert clashes == {}


def test_the_c_locale_shows_iso_dates_not_its_own_odd_pattern() -> None:
    day = dt.date(2014, 8, 7)
    assert i18n.short_date(day, QLocale.c()) == "2014-08-07"
    assert i18n.short_date(day, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == (
        "07.08.2014"
    )
