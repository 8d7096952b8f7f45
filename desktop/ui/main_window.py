# ruff: noqa: N802, N815  (Qt names its overrides and signals in camelCase)
"""The main window: library list · article view · fact cards.

Every use case goes through the ``Library`` service; anything that may take longer than
a blink (imports, model loading, extraction) runs in a worker and reports back here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import applog
from desktop.bulk_import import ImportSummary, expand_paths
from desktop.domain import (
    ArticleDetail,
    CardView,
    FactsheetError,
    ImportOutcome,
    ImportStatus,
)
from desktop.store.views import ArticleFilters
from desktop.ui import i18n, style
from desktop.ui.article_view import ArticleView
from desktop.ui.card_panel import CardPanel
from desktop.ui.claim_panel import ClaimPanel
from desktop.ui.dialogs import AboutDialog, LogDialog, import_summary_box
from desktop.ui.entity_view import CrossArticleDialog
from desktop.ui.import_dialog import (
    BulkImportJob,
    ImportProgressDialog,
    ImportSummaryDialog,
    ask_where_to_save,
    imported_ids,
)
from desktop.ui.metadata_dialog import MetadataDialog
from desktop.ui.models import ID_ROLE, LibraryModel, LibraryProxy
from desktop.ui.search_panel import FilterBar, SearchPanel
from desktop.ui.style import named
from desktop.ui.workers import ImportJob, library_pool, report_bug, run_task

log = logging.getLogger(__name__)

FileChooser = Callable[[QWidget, str], list[str]]
"""``(parent, start directory) -> chosen paths``; replaceable so tests skip the dialog."""
FolderChooser = Callable[[QWidget, str], str]

STATUS_TIMEOUT_MS = 15_000
FILE_FILTER = "*.txt *.md *.html *.htm *.pdf"


def ask_for_files(parent: QWidget, start: str) -> list[str]:
    caption = QCoreApplication.translate("MainWindow", "Open Articles")
    filters = (
        QCoreApplication.translate("MainWindow", "Articles ({0})").format(FILE_FILTER)
        + ";;"
        + QCoreApplication.translate("MainWindow", "All files (*)")
    )
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, start, filters)
    return list(paths)


def ask_for_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("MainWindow", "Import Folder"), start
    )


class MainWindow(QMainWindow):
    """Signals say when asynchronous work has reached the screen (tests wait on them)."""

    importFinished = Signal(list)  # list[ImportOutcome]
    cardsShown = Signal(int)  # article id
    metadataSaved = Signal(int)  # article id
    seeded = Signal(int)  # number of sample articles added

    CARDS_TAB, CLAIMS_TAB = range(2)
    # How often the list asks whether others (team mode, a shared database) added articles.
    LIBRARY_POLL_MS = 3000
    # Pages of the list loaded at most to find an article to select (the rest: show it).
    SELECT_PAGES = 5
    # Imports of more files than this go through the bulk importer, with its dialog.
    BULK_IMPORT_FILES = 5
    # Bulk imports extract facts as they go (tests of the window's side switch it off).
    extract_on_bulk_import = True

    def __init__(
        self,
        library: Any,
        settings: QSettings | None = None,
        choose_files: FileChooser = ask_for_files,
        choose_folder: FolderChooser = ask_for_folder,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings if settings is not None else QSettings()
        self._choose_files = choose_files
        self._choose_folder = choose_folder
        self._current: ArticleDetail | None = None
        self._card_request = 0
        self._import_job: ImportJob | BulkImportJob | None = None
        self._choose_save = ask_where_to_save
        self.import_dialog: ImportProgressDialog | None = None  # the running bulk import's
        self.cross_article: CrossArticleDialog | None = None  # entities and timeline
        self._dialog: QDialog | None = None  # the open non-modal dialog, if any
        self._scroll_to_cards = True  # off while a click in the text selects a card
        self._library_revision: object = None  # what the list shows; see _poll_library

        self.setWindowTitle(self.tr("Factsheet"))
        self.setWindowIcon(style.app_icon())
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_actions()
        from desktop.ui.edit_actions import EditController  # cards, claims, undo

        self.edits = EditController(self, library, self.settings)
        self.edits.install_menus(self.edit_menu, self.facts_menu, self.claims_menu)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.edits.mark_claim_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.edits.undo_action, self.edits.redo_action])
        self._build_status_bar()
        self._restore_settings()
        self.refresh_library()
        self.library_poll = QTimer(self)
        self.library_poll.setInterval(self.LIBRARY_POLL_MS)
        self.library_poll.timeout.connect(self._poll_library)
        self.library_poll.start()
        from desktop.ui.export_action import install_export_action  # File → Export

        self.export_controller = install_export_action(self, library)

    # -- construction ----------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.library_model = LibraryModel(self.library, self)
        self.library_proxy = LibraryProxy(self)
        self.library_proxy.setSourceModel(self.library_model)
        self.library_view = self._make_library_view()
        self.library_title = named(QLabel(), "paneTitle")
        self.search_panel = SearchPanel(self.library)
        self.search_panel.articleActivated.connect(self.select_article)
        self.search_panel.queryChanged.connect(self._search_changed)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)

        library_pane = self._pane(
            self.library_title,
            self.search_panel.box,
            self.search_panel.message,
            self.filter_bar,
            self.search_panel.results,
            self.library_view,
        )
        self.article_view = ArticleView()
        self.article_view.setAcceptDrops(False)
        self.article_title = named(QLabel(self.tr("Article")), "paneTitle")
        article_pane = self._pane(self.article_title, self.article_view)
        self.card_panel = CardPanel()
        self.card_panel.title.hide()  # the tab names it
        self.card_panel.cardActivated.connect(self._card_activated)
        self.claim_panel = ClaimPanel()
        self.claim_panel.title.hide()
        self.side_tabs = named(QTabWidget(), "sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.card_panel, self.tr("Fact cards"))
        self.side_tabs.addTab(self.claim_panel, self.tr("Claims"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for pane in (library_pane, article_pane, self.side_tabs):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([540, 520, 340])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _pane(self, *widgets: QWidget) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in widgets:
            layout.addWidget(widget)
        return pane

    def _make_library_view(self) -> QTableView:
        view = named(QTableView(), "libraryList")
        view.setModel(self.library_proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(LibraryModel.DATE, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAcceptDrops(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (
            LibraryModel.SOURCE,
            LibraryModel.DATE,
            LibraryModel.LANGUAGE,
            LibraryModel.CLAIMS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        view.doubleClicked.connect(lambda _index: self.edit_metadata())
        return view

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.open_action = self._action(
            self.tr("&Open…"),
            self.open_files,
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
        )
        self.import_folder_action = self._action(
            self.tr("Import &Folder…"), self.import_folder, None, sp.SP_DirOpenIcon
        )
        self.paste_action = self._action(
            self.tr("&Paste as New Article"), self.paste_article, "Ctrl+Shift+V", sp.SP_FileIcon
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.edit_metadata_action = self._action(
            # Ctrl+E is File → Export Fact Sheet…; I for "info" is free on every platform.
            self.tr("Edit &Metadata…"),
            self.edit_metadata,
            "Ctrl+I",
            sp.SP_FileDialogDetailedView,
        )
        self.rerun_action = self._action(
            self.tr("Re-r&un Extraction"), self.rerun_extraction, "Ctrl+R", sp.SP_BrowserReload
        )
        self.about_action = self._action(self.tr("&About Factsheet"), self.show_about)
        self.find_action = self._action(
            self.tr("Fin&d…"), self.search_panel.focus, QKeySequence.StandardKey.Find
        )
        self.search_library_action = self._action(
            self.tr("&Search Library…"), self.search_library, "Ctrl+Shift+F"
        )
        self.entities_action = self._action(
            self.tr("&Entities…"), lambda: self.show_cross_article(CrossArticleDialog.ENTITIES_TAB)
        )
        self.timeline_action = self._action(
            self.tr("&Timeline…"), lambda: self.show_cross_article(CrossArticleDialog.TIMELINE_TAB)
        )
        self.log_action = self._action(self.tr("View &Log"), self.show_log)

        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action, self.import_folder_action, self.paste_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.edit_metadata_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.search_library_action])
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addActions([self.entities_action, self.timeline_action])
        self.facts_menu = self.menuBar().addMenu(self.tr("F&acts"))
        self.facts_menu.addAction(self.rerun_action)
        self.claims_menu = self.menuBar().addMenu(self.tr("&Claims"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.about_action, self.log_action])

        self.toolbar = toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.open_action, self.import_folder_action, self.paste_action])
        toolbar.addSeparator()
        toolbar.addActions([self.edit_metadata_action, self.rerun_action])

        # Ctrl+V in the library list pastes text as a new article, too.
        library_paste = QAction(self)
        library_paste.setShortcut(QKeySequence.StandardKey.Paste)
        library_paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        library_paste.triggered.connect(lambda _checked=False: self.paste_article())
        self.library_view.addAction(library_paste)
        self._update_actions()

    def _build_status_bar(self) -> None:
        self.import_progress = QWidget()
        layout = QHBoxLayout(self.import_progress)
        layout.setContentsMargins(0, 0, 0, 0)
        self.import_label = QLabel()
        self.import_bar = QProgressBar()
        self.import_cancel = QToolButton()
        self.import_cancel.setText(self.tr("Cancel"))
        self.import_cancel.clicked.connect(self.cancel_import)
        for widget in (self.import_label, self.import_bar, self.import_cancel):
            layout.addWidget(widget)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.import_progress.hide()

    # -- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        self.resize(1400, 900)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value("library/header")
        if header is not None:
            self.library_view.horizontalHeader().restoreState(header)

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("library/header", self.library_view.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.library_poll.stop()  # a closed window has no list to keep current
        if self._import_job is not None:
            self._import_job.cancel()
        self._save_settings()
        super().closeEvent(event)

    # -- library list ----------------------------------------------------------------------

    def refresh_library(self, select_id: int | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        keep = select_id if select_id is not None else self.current_article_id()
        self._library_revision = self._revision()
        self.library_model.reload()
        self._show_library_count()
        self._load_filter_choices()
        if keep is not None and self.library_model.row_of(keep) is not None:
            self.select_article(keep)
        elif self.library_model.rowCount() == 0 and self.library_model.filters == ArticleFilters():
            self._show_nothing()

    def _show_library_count(self) -> None:
        self.library_title.setText(
            self.tr("Library ({0})").format(i18n.number(self.library_model.total))
        )

    def _load_filter_choices(self) -> None:
        run_task(self.library.filter_choices, self.filter_bar.set_choices, context=self)

    def _filters_changed(self, filters: ArticleFilters) -> None:
        self.library_model.set_filters(filters)
        self._show_library_count()

    def _search_changed(self, query: str) -> None:
        """While a query is typed, its ranked hits take the list's place."""
        self.library_view.setVisible(not query)
        self.filter_bar.setVisible(not query)

    def search_library(self) -> None:
        """Ctrl+Shift+F: search every article, whatever the list's filters."""
        self.filter_bar.clear()
        self.search_panel.focus()

    def show_cross_article(self, tab: int) -> None:
        """View → Entities / Timeline: one non-modal window, brought forward if open."""
        import shiboken6

        if self.cross_article is not None and shiboken6.isValid(self.cross_article):
            self.cross_article.show_tab(tab)
            self.cross_article.raise_()
            self.cross_article.activateWindow()
            return
        dialog = CrossArticleDialog(self.library, self)
        dialog.setModal(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mentionActivated.connect(self.open_article_at)
        self.cross_article = dialog
        dialog.show()
        dialog.show_tab(tab)
        if tab == CrossArticleDialog.ENTITIES_TAB:
            dialog.load_entities()

    def open_article_at(self, article_id: int, start: int, end: int) -> None:
        """Show an article with one span marked and scrolled to (a mention, a date)."""
        if not self.select_article(article_id):
            self.show_article(article_id)
        if self.current_article_id() == article_id:
            self.article_view.focus_span(start, end, style.focus_highlight())

    def _revision(self) -> object:
        try:
            return self.library.library_revision()
        except FactsheetError as exc:  # a shared server out of reach: ask again next time
            log.warning("Library revision unavailable: %s", exc.detail or exc)
            return self._library_revision

    def _poll_library(self) -> None:
        """Reload the list when someone else added or deleted articles."""
        if self._import_job is not None:
            return  # our own import changes it all the time; its end reloads the list
        if self._revision() != self._library_revision:
            self.refresh_library()

    def select_article(self, article_id: int) -> bool:
        row = self.library_model.row_of(article_id, load=self.SELECT_PAGES)
        if row is None and self.library_model.filters != ArticleFilters():
            self.filter_bar.clear()  # hidden by a filter: show everything again
            row = self.library_model.row_of(article_id, load=self.SELECT_PAGES)
        if row is None:
            return False
        index = self.library_proxy.mapFromSource(self.library_model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.library_view.selectionModel().setCurrentIndex(index, flags)
        self.library_view.scrollTo(index)
        if self.current_article_id() != article_id:
            self.show_article(article_id)
        return True

    def current_article_id(self) -> int | None:
        return self._current.id if self._current is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ID_ROLE)
        if article_id is None:
            return
        if article_id != self.current_article_id():
            self.show_article(int(article_id))

    # -- article ---------------------------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        try:
            article = self.library.article(article_id)
        except FactsheetError as exc:
            self._say(exc.user_message)
            self.refresh_library()
            return
        self._current = article
        self.article_view.show_article(article, self._metadata_lines(article))
        self.setWindowTitle(
            self.tr("{0} — Factsheet").format(article.title or self.tr("(untitled)"))
        )
        self._update_actions()
        self.edits.article_shown(article_id)
        self._load_cards(article_id)

    def _show_nothing(self) -> None:
        self._current = None
        self._card_request += 1
        self.article_view.show_placeholder(
            self.tr(
                "The library is empty. Open articles with File → Open, drop files here, "
                "or paste text with Ctrl+Shift+V."
            )
        )
        self.card_panel.show_no_article()
        self.setWindowTitle(self.tr("Factsheet"))
        self._update_actions()
        self.edits.article_shown(None)

    def _metadata_lines(self, article: ArticleDetail) -> list[str]:
        first = [
            self.tr("By {0}").format(article.author) if article.author else "",
            article.dateline or "",
            article.agency or article.site or "",
        ]
        date = (
            QLocale().toString(QDate(article.published_on), QLocale.FormatType.LongFormat)
            if article.published_on
            else self.tr("No date")
        )
        second = [date, self.tr("Language: {0}").format(article.language.upper())]
        lines = [" · ".join(p for p in first if p), " · ".join(second)]
        return [line for line in lines if line]

    def _update_actions(self) -> None:
        has_article = self._current is not None
        self.edit_metadata_action.setEnabled(has_article)
        self.rerun_action.setEnabled(has_article)

    # -- cards -----------------------------------------------------------------------------

    def _load_cards(self, article_id: int, rerun: bool = False) -> None:
        """Extract if needed, in a worker; a result for an article no longer shown is dropped."""
        self._card_request += 1
        request = self._card_request
        language = self._current.language if self._current else "und"
        self.card_panel.show_busy()

        def work() -> tuple[list[CardView], bool, str]:
            if rerun:
                result = self.library.extract(article_id)
                cards, note = (
                    result.cards,
                    self.tr("Extraction added %n new card(s).", "", result.added.cards_added),
                )
            else:
                cards, note = self.library.ensure_extracted(article_id), ""
            return cards, self.library.extraction_limited(language), note

        run_task(
            work,
            lambda result: self._cards_loaded(request, article_id, *result),
            lambda exc: self._cards_failed(request, exc),
            context=self,
            pool=library_pool(),
        )

    def _cards_loaded(
        self, request: int, article_id: int, cards: list[CardView], limited: bool, note: str
    ) -> None:
        if request != self._card_request:
            return
        language = self._current.language if self._current else ""
        self.edits.cards_loaded(cards, language if limited else None)
        if note:
            self._say(note)
        self.cardsShown.emit(article_id)

    def _cards_failed(self, request: int, exc: BaseException) -> None:
        if request != self._card_request:
            return
        if isinstance(exc, FactsheetError):
            log.warning("Extraction failed: %s (%s)", exc.user_message, exc.detail)
            self.card_panel.show_error(exc.user_message)
            return
        self.card_panel.show_error(self.tr("The facts could not be extracted."))
        report_bug(exc)

    def _card_activated(self, card: CardView | None) -> None:
        if card is None:
            self.article_view.highlight([], style.focus_highlight())
            return
        spans = [(m.start, m.end) for m in card.mentions]
        self.article_view.highlight(spans, style.highlight(card.kind), scroll=self._scroll_to_cards)

    @contextmanager
    def keeping_scroll(self) -> Iterator[None]:
        """Cards selected inside this block are highlighted where the reader is."""
        self._scroll_to_cards = False
        try:
            yield
        finally:
            self._scroll_to_cards = True

    def show_side_tab(self, tab: int) -> None:
        self.side_tabs.setCurrentIndex(tab)

    def set_claim_count(self, count: int) -> None:
        title = self.tr("Claims ({0})").format(i18n.number(count)) if count else self.tr("Claims")
        self.side_tabs.setTabText(self.CLAIMS_TAB, title)
        if self._current is not None:
            self.library_model.set_claim_count(self._current.id, count)

    def rerun_extraction(self) -> None:
        if self._current is not None:
            self._load_cards(self._current.id, rerun=True)

    # -- metadata --------------------------------------------------------------------------

    def edit_metadata(self) -> None:
        if self._current is None:
            return
        article = self._current
        dialog = MetadataDialog(article, self)
        dialog.accepted.connect(lambda: self._save_metadata(article.id, dialog))
        self._open_dialog(dialog)

    def _save_metadata(self, article_id: int, dialog: MetadataDialog) -> None:
        changes = dialog.changes()
        run_task(
            lambda: self.library.update_metadata(article_id, changes),
            lambda _detail: self._metadata_saved(article_id),
            self._task_failed,
            context=self,
            pool=library_pool(),
        )

    def _metadata_saved(self, article_id: int) -> None:
        self.refresh_library()
        if self.current_article_id() == article_id:
            self.show_article(article_id)
        self._say(self.tr("Metadata saved."))
        self.metadataSaved.emit(article_id)

    # -- import ----------------------------------------------------------------------------

    def open_files(self) -> None:
        paths = self._choose_files(self, self._last_dir())
        if paths:
            self._remember_dir(Path(paths[0]).parent)
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = self._choose_folder(self, self._last_dir())
        if folder:
            self._remember_dir(Path(folder))
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders in a worker, with progress and Cancel in the status bar."""
        if self._import_job is not None:
            self._say(self.tr("An import is already running; please wait for it to finish."))
            return
        files = expand_paths(paths)
        if len(files) > self.BULK_IMPORT_FILES:
            self.bulk_import(files)
            return
        job = ImportJob(self.library, paths, self)
        job.progress.connect(self._import_progress)
        job.finished.connect(lambda outcomes: self._import_job_done(job, outcomes))
        job.failed.connect(lambda exc: self._import_job_failed(job, exc))
        self._import_job = job
        self.import_label.setText(self.tr("Importing…"))
        self.import_bar.setRange(0, 0)
        self.import_cancel.setEnabled(True)
        self.import_progress.show()
        job.start()

    def bulk_import(self, files: Sequence[Path]) -> None:
        """Many files: batched extraction on both cores, a progress dialog with Cancel,
        and a summary with the list of failures at the end."""
        job = BulkImportJob(self.library, files, self, extract=self.extract_on_bulk_import)
        dialog = ImportProgressDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelRequested.connect(job.cancel)
        job.progress.connect(dialog.show_progress)
        job.finished.connect(lambda summary: self._bulk_import_done(dialog, summary))
        job.failed.connect(lambda exc: self._bulk_import_failed(dialog, exc))
        self._import_job = job
        self.import_dialog = dialog
        dialog.open()
        job.start()

    def _bulk_import_done(self, dialog: ImportProgressDialog, summary: ImportSummary) -> None:
        self._import_job = None
        dialog.done(QDialog.DialogCode.Accepted)
        self.refresh_library()
        ids = imported_ids(summary)
        if ids and not self.select_article(ids[0]):
            self.show_article(ids[0])
        self._open_dialog(ImportSummaryDialog(summary, self, self._choose_save))
        self._say(
            self.tr("Imported {0} of %n file(s).", "", summary.total).format(
                i18n.number(summary.imported)
            )
        )
        self.importFinished.emit(list(summary.outcomes))

    def _bulk_import_failed(self, dialog: ImportProgressDialog, exc: BaseException) -> None:
        self._import_job = None
        dialog.done(QDialog.DialogCode.Rejected)
        self.refresh_library()
        self._task_failed(exc)
        self.importFinished.emit([])

    def cancel_import(self) -> None:
        if self._import_job is not None:
            self._import_job.cancel()
            self.import_cancel.setEnabled(False)
            self.import_label.setText(self.tr("Cancelling…"))

    def _import_progress(self, done: int, total: int, current: str) -> None:
        self.import_bar.setRange(0, max(total, 1))
        self.import_bar.setValue(done)
        if current and self.import_cancel.isEnabled():
            self.import_label.setText(
                self.tr("Importing {0} ({1} of {2})…").format(
                    Path(current).name, i18n.number(done + 1), i18n.number(total)
                )
            )

    def _import_job_done(self, job: ImportJob, outcomes: list[ImportOutcome]) -> None:
        self._end_import()
        self.report_imports(outcomes, cancelled=job.cancelled)

    def _import_job_failed(self, job: ImportJob, exc: BaseException) -> None:
        self._end_import()
        self._task_failed(exc)
        self.importFinished.emit([])

    def _end_import(self) -> None:
        self._import_job = None
        self.import_progress.hide()

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._say(self.tr("The clipboard holds no text to paste as an article."))
            return
        self.import_text(text)

    def import_text(self, text: str) -> None:
        run_task(
            lambda: self.library.import_text(text),
            lambda outcome: self.report_imports([outcome]),
            self._task_failed,
            context=self,
            pool=library_pool(),
        )

    def report_imports(self, outcomes: list[ImportOutcome], cancelled: bool = False) -> None:
        """Tell the user what happened and select what they just brought in."""
        self.refresh_library()
        target = next((o.article_id for o in outcomes if o.article_id is not None), None)
        if target is not None and not self.select_article(target):
            self.show_article(target)  # further down the list than is loaded
        if len(outcomes) == 1 and not cancelled:
            self._say(self._outcome_sentence(outcomes[0]))
        elif not outcomes:
            self._say(
                self.tr("Import cancelled.")
                if cancelled
                else self.tr("No importable files found (.txt, .md, .html, .htm, .pdf).")
            )
        else:
            self._open_dialog(import_summary_box(outcomes, cancelled, self))
            imported = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
            self._say(
                self.tr("Imported {0} of %n file(s).", "", len(outcomes)).format(
                    i18n.number(imported)
                )
            )
        self.importFinished.emit(outcomes)

    def _outcome_sentence(self, outcome: ImportOutcome) -> str:
        if outcome.status is ImportStatus.IMPORTED:
            return self.tr("Imported “{0}”.").format(outcome.title or self.tr("(untitled)"))
        if outcome.status is ImportStatus.DUPLICATE:
            return self.tr("Already in the library as “{0}”.").format(outcome.title)
        return outcome.message

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if any(url.isLocalFile() for url in mime.urls()) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        elif mime.hasText() and mime.text().strip():
            event.acceptProposedAction()
            self.import_text(mime.text())

    def _last_dir(self) -> str:
        return str(self.settings.value("paths/last_dir", str(Path.home())))

    def _remember_dir(self, folder: Path) -> None:
        self.settings.setValue("paths/last_dir", str(folder))

    # -- samples ---------------------------------------------------------------------------

    def seed_samples(self) -> None:
        """Fill an empty embedded library with the bundled samples, in a worker."""
        self._say(self.tr("Adding the sample articles…"))
        run_task(
            self.library.seed_samples,
            self._seeded,
            self._seed_failed,
            context=self,
            pool=library_pool(),
        )

    def _seed_failed(self, exc: BaseException) -> None:
        self._task_failed(exc)
        self.seeded.emit(0)

    def _seeded(self, outcomes: list[ImportOutcome]) -> None:
        added = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
        self.refresh_library()
        if added:
            self._say(self.tr("Added %n sample article(s) to the library.", "", added))
        self.seeded.emit(added)

    # -- help ------------------------------------------------------------------------------

    def show_about(self) -> None:
        from desktop import services

        dialog = AboutDialog(self)
        run_task(
            services.pipeline_overview,
            dialog.set_pipelines,
            lambda exc: dialog.set_failed(
                exc.user_message
                if isinstance(exc, FactsheetError)
                else self.tr("The language pipelines could not be loaded; see the log.")
            ),
            context=dialog,
        )
        self._open_dialog(dialog)

    def show_log(self) -> None:
        self._open_dialog(LogDialog(applog.log_file(), self))

    # -- helpers ---------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking, so workers keep reporting while it is open."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    @property
    def open_dialog(self) -> QDialog | None:
        """The dialog opened last (tests drive it); ``None`` once it has been closed."""
        dialog = self._dialog
        if dialog is None:
            return None
        import shiboken6

        return dialog if shiboken6.isValid(dialog) and dialog.isVisible() else None

    def open_dialog_for(self, dialog: QDialog) -> None:
        """Open a dialog window-modal and non-blocking (for the editing controller)."""
        self._open_dialog(dialog)

    def say(self, message: str) -> None:
        self._say(message)

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FactsheetError):
            log.warning("%s (%s)", exc.user_message, exc.detail)
            self._say(exc.user_message)
            return
        report_bug(exc)
