"""Team mode: two users (two Library instances) on one database, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pg_helpers import add, card, span
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.domain import CardFields, ClaimFields, ConflictError, FactKind, Verdict
from desktop.services import Library
from desktop.store import Store
from desktop.store.editing import editing
from desktop.store.models import FactCard
from desktop.ui import workers
from desktop.ui.main_window import MainWindow

BODY = "Nicolas Maduro traf Wladimir Putin in Moskau. Maduro lobte Putins Kurs."


@pytest.fixture
def desks(db_url: str) -> Iterator[tuple[Library, Library]]:
    """Two users' libraries on the same database."""
    anna, ben = Library(Store(db_url)), Library(Store(db_url))
    yield anna, ben
    anna.close()
    ben.close()


def _article_with_card(library: Library) -> int:
    article_id = add(library.store, BODY, "Maduro in Moskau")
    with library.store.transaction() as repo:
        repo.merge_drafts(article_id, [card(FactKind.ACTOR, "Nicolas Maduro", BODY, "Maduro")])
    return article_id


def test_second_save_of_a_card_is_refused_and_shows_the_other_change(
    desks: tuple[Library, Library],
) -> None:
    anna, ben = desks
    article_id = _article_with_card(anna)
    (seen_by_anna,) = anna.cards(article_id)
    (seen_by_ben,) = ben.cards(article_id)

    anna.update_card(
        seen_by_anna.id, CardFields(FactKind.ACTOR, "Nicolás Maduro"), seen_by_anna.version
    )
    with pytest.raises(ConflictError) as clash:
        ben.update_card(
            seen_by_ben.id, CardFields(FactKind.ACTOR, "N. Maduro"), seen_by_ben.version
        )

    assert clash.value.user_message == (
        "This card was changed elsewhere; reload to see the change."
    )
    assert clash.value.detail is not None
    assert "label is now “Nicolás Maduro”" in clash.value.detail
    assert [c.label for c in ben.cards(article_id)] == ["Nicolás Maduro"]  # not overwritten


def test_second_save_of_a_claim_names_the_reviewer_and_the_verdict_now(
    desks: tuple[Library, Library],
) -> None:
    anna, ben = desks
    article_id = add(anna.store, BODY)
    edit = anna.add_claim(
        article_id, span(BODY, "Maduro lobte Putins Kurs"), ClaimFields(reviewer="anna")
    )
    claim_id = edit.claim_id()
    assert claim_id is not None

    anna.update_claim(claim_id, ClaimFields(Verdict.FALSE, reviewer="anna"), 1)
    with pytest.raises(ConflictError) as clash:
        ben.update_claim(claim_id, ClaimFields(Verdict.TRUE, reviewer="ben"), 1)

    assert clash.value.detail is not None
    assert "changed by anna at " in clash.value.detail
    assert "verdict is now “false”" in clash.value.detail
    (claim,) = ben.claims(article_id)
    assert (claim.verdict, claim.reviewer, claim.version) == (Verdict.FALSE, "anna", 2)


def test_a_save_racing_another_is_refused_by_the_row_version(
    desks: tuple[Library, Library],
) -> None:
    """Ben's editor read the card before Anna saved; his write must not land on hers."""
    anna, ben = desks
    article_id = _article_with_card(anna)
    (original,) = anna.cards(article_id)
    with pytest.raises(ConflictError) as clash, editing(ben.store) as editor:
        read = editor.session.get_one(FactCard, original.id)  # Ben's editor has read it
        anna.update_card(original.id, CardFields(FactKind.ACTOR, "Nicolás Maduro"), None)
        editor.update_card(read.id, CardFields(FactKind.ACTOR, "N. Maduro"), original.version)
    assert "0 were matched" in (clash.value.detail or "")  # refused by the UPDATE itself
    assert [c.label for c in anna.cards(article_id)] == ["Nicolás Maduro"]


def test_library_revision_changes_when_another_user_adds_or_deletes(
    desks: tuple[Library, Library],
) -> None:
    anna, ben = desks
    empty = ben.library_revision()
    article_id = add(anna.store, BODY)
    added = ben.library_revision()
    anna.delete_article(article_id)

    assert empty == (0, None)
    assert added[0] == 1 and added[1] is not None
    assert ben.library_revision() == (0, None)


@pytest.fixture
def bens_window(
    qtbot: QtBot, desks: tuple[Library, Library], tmp_path: Path
) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desks[1], settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Card loading runs in workers on Ben's library: let them finish before it closes.
    workers.wait_for_workers()
    qtbot.waitUntil(lambda: not workers._in_flight, timeout=30_000)
    if shiboken6.isValid(window):  # qtbot may have closed and deleted it already
        window.close()


def test_the_library_list_shows_articles_another_user_adds(
    qtbot: QtBot, desks: tuple[Library, Library], bens_window: MainWindow
) -> None:
    anna, _ben = desks
    first = add(anna.store, BODY, "Maduro in Moskau")
    bens_window.refresh_library()
    assert bens_window.select_article(first)
    bens_window.library_poll.setInterval(50)  # the test need not wait the full interval

    second = add(anna.store, "Der Wetterdienst erwartet Sturm an der Nordsee.", "Sturm")

    qtbot.waitUntil(lambda: bens_window.library_model.row_of(second) is not None, timeout=5000)
    assert bens_window.current_article_id() == first  # the reader's selection stays
