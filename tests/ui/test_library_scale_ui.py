"""The library at scale in the window: a paged, database-sorted list with filters, search
as you type, the entity and timeline views, and bulk import with progress and Cancel."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bulk_import import ImportProgress
from desktop.domain import ArticleDraft, CardDraft, FactKind, Span, Verdict
from desktop.services import Library
from desktop.ui.entity_view import CrossArticleDialog
from desktop.ui.import_dialog import ImportSummaryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models import LibraryModel

from .helpers import settle

PAGE = LibraryModel.PAGE_SIZE


def _draft(
    title: str,
    body: str,
    *,
    agency: str = "Reuters",
    language: str = "en",
    published_on: dt.date | None = None,
) -> tuple[ArticleDraft, str]:
    draft = ArticleDraft(
        body=body,
        raw=body,
        title=title,
        agency=agency,
        language=language,
        published_on=published_on,
    )
    return draft, hashlib.sha256(body.encode()).hexdigest()


def _add(library: Library, drafts: list[tuple[ArticleDraft, str]]) -> None:
    with library.store.transaction() as repo:
        repo.add_articles(drafts)


def _ids_by_title(library: Library) -> dict[str, int]:
    return {a.title: a.id for a in library.articles()}


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.library_view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- the list -------------------------------------------------------------------------------


def test_list_loads_a_page_at_a_time_as_the_user_scrolls(
    qtbot: QtBot, tmp_db_url: str, make_window: Callable[[], MainWindow]
) -> None:
    library = Library.open(tmp_db_url)
    _add(library, [_draft(f"Story {n:04d}", f"Body of story number {n}.") for n in range(1000)])
    library.close()

    window = make_window()
    model = window.library_model
    assert model.rowCount() == PAGE  # only the first page, yet the title counts them all
    assert window.library_title.text() == "Library (1000)"

    view = window.library_view
    while model.rowCount() < 1000:
        loaded = model.rowCount()
        view.scrollToBottom()  # the view asks for more; the page arrives from a worker

        def grew(loaded: int = loaded) -> bool:
            return model.rowCount() > loaded

        qtbot.waitUntil(grew, timeout=10_000)
        assert model.rowCount() - loaded <= PAGE
    assert len(set(_column(window, LibraryModel.TITLE))) == 1000
    assert not model.canFetchMore()


@pytest.fixture
def five_articles(tmp_db_url: str) -> dict[str, int]:
    """Five articles differing in every sortable column; two carry claims."""
    library = Library.open(tmp_db_url)
    rows = [
        ("Bravo", "AFP", "fr", dt.date(2024, 3, 1)),
        ("Alpha", "Reuters", "en", dt.date(2024, 1, 5)),
        ("Echo", "DPA", "de", dt.date(2023, 12, 24)),
        ("Delta", "AP", "en", dt.date(2024, 6, 30)),
        ("Charlie", "Interfax", "ru", None),
    ]
    _add(
        library,
        [
            _draft(
                t,
                f"{t} reported that talks resumed on Monday.",
                agency=a,
                language=lang,
                published_on=d,
            )
            for t, a, lang, d in rows
        ],
    )
    ids = _ids_by_title(library)
    with library.store.transaction() as repo:
        for title, count, verdict in (("Delta", 2, Verdict.FALSE), ("Alpha", 1, Verdict.TRUE)):
            body = repo.article(ids[title]).body
            for n in range(count):
                repo.add_claim(ids[title], Span(n, n + 5, body[n : n + 5]), verdict=verdict)
    library.close()
    return ids


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (LibraryModel.TITLE, ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]),
        (LibraryModel.SOURCE, ["AFP", "AP", "DPA", "Interfax", "Reuters"]),
        (LibraryModel.DATE, ["Charlie", "Echo", "Alpha", "Bravo", "Delta"]),
        (LibraryModel.LANGUAGE, ["DE", "EN", "EN", "FR", "RU"]),
        (LibraryModel.CLAIMS, ["", "", "", "1", "2"]),
    ],
)
def test_each_column_sorts_the_whole_library_both_ways(
    five_articles: dict[str, int],
    make_window: Callable[[], MainWindow],
    column: int,
    ascending: list[str],
) -> None:
    window = make_window()
    shown = LibraryModel.TITLE if column == LibraryModel.DATE else column

    window.library_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = _column(window, shown)
    assert [v.casefold() for v in values] == [v.casefold() for v in ascending]

    window.library_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = _column(window, shown)
    if column == LibraryModel.DATE:  # undated articles sort before the oldest dated one
        assert values == ["Delta", "Bravo", "Alpha", "Echo", "Charlie"]
    else:
        assert [v.casefold() for v in values] == [v.casefold() for v in reversed(ascending)]


def _choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_filters_narrow_the_list_and_offer_what_the_library_holds(
    qtbot: QtBot, five_articles: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.language.count() == 5)  # "all" + de, en, fr, ru
    assert "EN (2)" in [bar.language.itemText(i) for i in range(bar.language.count())]

    _choose(bar.language, "en")
    assert sorted(_column(window, LibraryModel.TITLE)) == ["Alpha", "Delta"]
    assert "(2)" in window.library_title.text()
    bar.clear()

    _choose(bar.source, "Interfax")
    assert _column(window, LibraryModel.TITLE) == ["Charlie"]
    bar.clear()

    _choose(bar.claims, False)
    assert sorted(_column(window, LibraryModel.TITLE)) == ["Bravo", "Charlie", "Echo"]
    _choose(bar.claims, True)
    assert sorted(_column(window, LibraryModel.TITLE)) == ["Alpha", "Delta"]
    bar.clear()

    _choose(bar.verdict, Verdict.FALSE)
    assert _column(window, LibraryModel.TITLE) == ["Delta"]
    bar.clear()
    assert len(_column(window, LibraryModel.TITLE)) == 5


# -- search ---------------------------------------------------------------------------------


def test_search_shows_ranked_hits_as_the_user_types_and_opens_the_one_clicked(
    qtbot: QtBot, tmp_db_url: str, make_window: Callable[[], MainWindow]
) -> None:
    library = Library.open(tmp_db_url)
    _add(
        library,
        [
            _draft("Gespräche in Caracas", "Maduro empfing die Delegation in Caracas."),
            _draft("Weather", "Sunny skies over the coast all week."),
        ],
    )
    with library.store.transaction() as repo:  # no extraction when the article opens
        for article in repo.list_articles():
            repo.mark_extracted(article.id, "test")
    library.close()
    window = make_window()
    panel = window.search_panel

    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(panel.box.hasFocus)
    with qtbot.waitSignal(panel.resultsShown, timeout=10_000) as blocker:
        qtbot.keyClicks(panel.box, "caracas")  # type: ignore[no-untyped-call]  # each key restarts the debounce
    assert blocker.args == [1]
    assert panel.results.isVisible() and not window.library_view.isVisible()
    hit = panel.model.index(0)
    assert hit.data() == "Gespräche in Caracas"
    assert "<b>Caracas</b>" in hit.data(Qt.ItemDataRole.UserRole + 21)

    rect = panel.results.visualRect(hit)
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert "Maduro empfing" in window.article_view.toPlainText()

    with qtbot.waitSignal(panel.resultsShown, timeout=10_000):
        panel.box.setText("verdict:nonsense")
    assert panel.message.isVisible() and "is not a verdict" in panel.message.text()
    assert panel.model.rowCount() == 0

    panel.box.clear()
    assert window.library_view.isVisible() and not panel.results.isVisible()
    settle(qtbot)


def test_a_late_answer_to_an_older_query_is_dropped(
    qtbot: QtBot, tmp_db_url: str, make_window: Callable[[], MainWindow]
) -> None:
    library = Library.open(tmp_db_url)
    _add(library, [_draft("Oil", "Oil sanctions."), _draft("Gas", "Gas pipeline.")])
    library.close()
    panel = make_window().search_panel
    panel.box.setText("oil")
    panel.run_query()  # its answer is still on the way when the user types on
    with qtbot.waitSignal(panel.resultsShown, timeout=10_000) as blocker:
        panel.box.setText("gas")
    settle(qtbot)
    assert blocker.args == [1]
    assert [panel.model.index(r).data() for r in range(panel.model.rowCount())] == ["Gas"]


# -- entities and timeline ------------------------------------------------------------------


def test_entity_view_lists_mentions_across_articles_and_opens_one_at_the_mention(
    qtbot: QtBot, tmp_db_url: str, make_window: Callable[[], MainWindow]
) -> None:
    library = Library.open(tmp_db_url)
    bodies = {
        "Kremlin talks": "Wladimir Putin met the envoy on 3 March 2024 in Moscow.",
        "Sanctions widen": "The new sanctions were announced. Putin said they would fail.",
    }
    with library.store.transaction() as repo:
        for title, body in bodies.items():
            name = "Wladimir Putin" if "Wladimir" in body else "Putin"
            start = body.index(name)
            mention = Span(start, start + len(name), name)
            cards = [CardDraft(FactKind.ACTOR, "Wladimir Putin", {}, (mention,))]
            if "2024" in body:
                at = body.index("3 March 2024")
                cards.append(
                    CardDraft(
                        FactKind.DATE,
                        "3 March 2024",
                        {"value": "2024-03-03", "granularity": "day"},
                        (Span(at, at + 12, "3 March 2024"),),
                    )
                )
            draft, digest = _draft(title, body, published_on=dt.date(2024, 3, 4))
            repo.add_extracted_article(draft, digest, cards, "test")
    library.close()
    window = make_window()

    window.entities_action.trigger()
    dialog = window.cross_article
    assert isinstance(dialog, CrossArticleDialog)
    qtbot.waitUntil(lambda: dialog.entity_model.rowCount() > 0, timeout=10_000)
    labels = [dialog.entity_model.row_at(r).label for r in range(dialog.entity_model.rowCount())]
    row = labels.index("Wladimir Putin")
    assert dialog.entity_model.index(row, 2).data() == "2"  # articles naming him

    with qtbot.waitSignal(dialog.mentionsShown, timeout=10_000) as blocker:
        dialog.select_entity(row)
    assert blocker.args == [2]
    mentions = [dialog.mention_model.row_at(r) for r in range(2)]
    assert {m.title for m in mentions} == set(bodies)
    target = next(m for m in mentions if m.title == "Sanctions widen")

    dialog.mention_table.activated.emit(dialog.mention_model.index(mentions.index(target), 0))
    assert window.current_article_id() == target.article_id
    marked = [s.cursor.selectedText() for s in window.article_view.extraSelections()]
    assert "Putin" in marked
    cursor = window.article_view.textCursor().position()
    assert cursor == window.article_view.document_position(target.start)

    with qtbot.waitSignal(dialog.timelineShown, timeout=10_000) as timeline:
        dialog.show_tab(CrossArticleDialog.TIMELINE_TAB)
    assert timeline.args == [1]
    assert dialog.timeline_model.index(0, 0).data() == "2024-03-03"
    dialog.close()
    settle(qtbot)


# -- bulk import ----------------------------------------------------------------------------


def _inbox(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"story_{n:03d}.txt").write_text(
            f"Story number {n}\n\nThe council met for the {n}th time and agreed on item {n}.",
            encoding="utf-8",
        )
    return folder


def test_bulk_import_shows_progress_and_a_summary_with_a_savable_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _inbox(tmp_path / "inbox", 8)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    window.extract_on_bulk_import = False
    seen: list[ImportProgress] = []

    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.import_paths([folder])
        assert window.import_dialog is not None and window.import_dialog.isVisible()
        job = window._import_job
        assert job is not None
        job.progress.connect(seen.append)

    assert len(blocker.args[0]) == 9
    assert seen and seen[-1].done == seen[-1].total == 9
    assert window.library_model.total == 8
    summary = window.open_dialog
    assert isinstance(summary, ImportSummaryDialog)
    assert "Imported: 8" in summary.counts_text() and "Failed: 1" in summary.counts_text()
    assert summary.failures.rowCount() == 1
    name, reason = summary.failures.item(0, 0), summary.failures.item(0, 1)
    assert name is not None and name.text() == "broken.pdf"
    assert reason is not None and reason.text()  # why it failed

    saved = tmp_path / "outcomes.csv"
    summary._save_as = lambda _parent, _name: str(saved)
    summary.save_button.click()
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("source,outcome") and len(lines) == 10
    assert any("broken.pdf" in line and ",failed," in line for line in lines)
    summary.close()


def test_cancel_stops_a_bulk_import_and_keeps_what_was_committed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _inbox(tmp_path / "inbox", 60)
    window.extract_on_bulk_import = False

    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.import_paths([folder])
        assert window.import_dialog is not None
        window.import_dialog.cancel_button.click()

    outcomes = blocker.args[0]
    assert len(outcomes) < 60
    summary = window.open_dialog
    assert isinstance(summary, ImportSummaryDialog)
    assert summary.summary.cancelled and "cancelled" in summary.counts_text()
    assert window.library.count_articles() == summary.summary.imported == len(outcomes)
    summary.close()
