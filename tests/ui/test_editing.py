"""Editing cards and claims through the real window, on real SQLite files: every edit is
in the database at once, undo and redo put it back exactly, re-extraction keeps the
user's work, and a fresh window on the same file shows the same state."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain import (
    CardFields,
    CardState,
    CardView,
    ClaimView,
    FactKind,
    Origin,
    Span,
    Verdict,
)
from desktop.services import Library
from desktop.store.models import Claim, FactCard
from desktop.ui import style
from desktop.ui.card_editor import CardEditor
from desktop.ui.claim_editor import ClaimEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog

from .helpers import SAMPLE, settle

Opener = Callable[[], MainWindow]


@pytest.fixture(scope="session")
def extracted_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Reuters sample imported and extracted once; each test works on a copy."""
    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    library = Library.open(f"sqlite:///{path}")
    article_id = library.import_file(SAMPLE).article_id
    assert article_id is not None
    library.extract(article_id)
    library.close()
    return path


@pytest.fixture
def tmp_db_url(tmp_path: Path, extracted_library: Path) -> str:
    target = tmp_path / "library.sqlite3"
    shutil.copy(extracted_library, target)
    return f"sqlite:///{target}"


@pytest.fixture
def db(tmp_db_url: str) -> Iterator[Library]:
    """A second, independent connection to the same file: what is really stored."""
    library = Library.open(tmp_db_url)
    yield library
    library.close()


def open_article(qtbot: QtBot, make_window: Opener) -> MainWindow:
    window = make_window()
    article_id = window.library.articles()[0].id
    with qtbot.waitSignal(window.cardsShown, timeout=60_000):
        window.select_article(article_id)
    return window


@pytest.fixture
def window(qtbot: QtBot, make_window: Opener) -> MainWindow:
    return open_article(qtbot, make_window)


def article_id(window: MainWindow) -> int:
    found = window.current_article_id()
    assert found is not None
    return found


def find(window: MainWindow, kind: FactKind, label: str) -> CardView:
    for card in window.card_panel.cards():
        if card.kind is kind and card.label == label:
            return card
    raise AssertionError(f"no {kind} card {label!r}")


def select_text(window: MainWindow, text: str, occurrence: int = 0) -> Span:
    """Select ``text`` in the article view as a user's drag would."""
    body = window.article_view.body
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    window.article_view.select_span(start, start + len(text))
    span = window.article_view.selected_span()
    assert span == Span(start, start + len(text), text)
    return span


def row(db: Library, model: type, row_id: int) -> object:
    with db.store.reading() as repo:
        found = repo.session.get(model, row_id)
        if found is not None:
            repo.session.expunge(found)
        return found


def cards_by_id(db: Library, window: MainWindow) -> dict[int, CardView]:
    return {c.id: c for c in db.cards(article_id(window), include_rejected=True)}


# -- cards -----------------------------------------------------------------------------------


def test_add_as_place_saves_a_user_card_and_undo_redo_restore_it_exactly(
    window: MainWindow, db: Library
) -> None:
    span = select_text(window, "Caracas")
    assert window.edits.add_as_actions[FactKind.PLACE].isEnabled()
    assert window.edits.add_as_actions[FactKind.PLACE].shortcut() == QKeySequence("Ctrl+3")

    window.edits.add_as_actions[FactKind.PLACE].trigger()

    created = find(window, FactKind.PLACE, "Caracas")
    stored = cards_by_id(db, window)[created.id]
    assert stored.origin is Origin.USER
    assert [(m.start, m.end, m.text) for m in stored.mentions] == [
        (span.start, span.end, span.text)
    ]
    assert window.card_panel.selected_card() == created  # the new card is selected
    assert window.edits.undo_action.text() == "Undo Add Place “Caracas”"

    window.edits.undo_action.trigger()
    assert created.id not in cards_by_id(db, window)
    assert all(c.label != "Caracas" for c in window.card_panel.cards())

    window.edits.redo_action.trigger()
    again = cards_by_id(db, window)[created.id]  # the same id and the same mention id
    assert again.mentions == stored.mentions
    assert again.label == "Caracas"


def test_merge_moves_mentions_to_the_survivor_and_names_the_undo(
    window: MainWindow, db: Library
) -> None:
    maduro = find(window, FactKind.ACTOR, "Nicolas Maduro")
    biden = find(window, FactKind.ACTOR, "Joe Biden")
    window.card_panel.select_cards([maduro.id, biden.id])
    assert window.edits.merge_action.isEnabled()
    assert window.edits.merge_action.text() == "&Merge 2 Cards"

    window.edits.merge_action.trigger()

    stored = cards_by_id(db, window)
    assert biden.id not in stored  # merged cards are not listed …
    merged = row(db, FactCard, biden.id)
    assert isinstance(merged, FactCard)
    assert (merged.state, merged.merged_into_id) == ("merged", maduro.id)  # … but kept
    survivor = stored[maduro.id]
    assert {m.id for m in survivor.mentions} == {m.id for m in maduro.mentions + biden.mentions}
    assert survivor.origin is Origin.USER
    assert window.edits.undo_action.text() == "Undo Merge 2 Cards"

    window.edits.undo_action.trigger()
    restored = cards_by_id(db, window)
    assert restored[biden.id].mentions == biden.mentions
    assert restored[maduro.id].mentions == maduro.mentions
    assert restored[maduro.id].origin is Origin.AUTO
    assert window.edits.redo_action.text() == "Redo Merge 2 Cards"


def test_reject_hides_the_card_and_show_rejected_restores_it(
    qtbot: QtBot, window: MainWindow, db: Library
) -> None:
    nicaragua = find(window, FactKind.PLACE, "Nicaragua")
    window.card_panel.select_card(nicaragua.id)
    qtbot.keyClick(window.card_panel.tree, Qt.Key.Key_Delete)  # Reject Card

    assert cards_by_id(db, window)[nicaragua.id].state is CardState.REJECTED
    assert nicaragua.id not in {c.id for c in window.card_panel.cards()}

    window.card_panel.show_rejected.setChecked(True)
    shown = {c.id: c for c in window.card_panel.cards()}
    assert shown[nicaragua.id].state is CardState.REJECTED
    window.card_panel.select_card(nicaragua.id)
    assert window.edits.restore_action.isEnabled()
    window.edits.restore_action.trigger()

    assert cards_by_id(db, window)[nicaragua.id].state is CardState.ACTIVE


def test_edit_card_in_the_dialog_saves_label_kind_and_attributes(
    window: MainWindow, db: Library
) -> None:
    trump = find(window, FactKind.ACTOR, "Donald Trump")
    window.card_panel.select_card(trump.id)
    window.edits.edit_card_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, CardEditor)
    dialog.label_edit.setText("Donald J. Trump")
    dialog.field_edit("role").setText("Ex-Präsident")
    dialog.field_edit("affiliation").setText("Republikaner")
    dialog.accept()

    stored = cards_by_id(db, window)[trump.id]
    assert stored.label == "Donald J. Trump"
    assert stored.attributes["role"] == "Ex-Präsident"
    assert stored.attributes["affiliation"] == "Republikaner"
    assert stored.origin is Origin.USER
    assert window.edits.undo_action.text() == "Undo Edit Card “Donald J. Trump”"

    window.edits.undo_action.trigger()
    assert cards_by_id(db, window)[trump.id].label == "Donald Trump"
    assert cards_by_id(db, window)[trump.id].attributes == trump.attributes


def test_move_mention_and_add_mention_from_the_context_menus(
    window: MainWindow, db: Library
) -> None:
    usa = find(window, FactKind.PLACE, "USA")
    kuba = find(window, FactKind.PLACE, "Kuba")
    mention = usa.mentions[-1]
    window.edits.move_mention(mention, usa, kuba)
    stored = cards_by_id(db, window)
    assert mention.id in {m.id for m in stored[kuba.id].mentions}
    assert mention.id not in {m.id for m in stored[usa.id].mentions}

    span = select_text(window, "Caracas")
    window.card_panel.select_card(find(window, FactKind.PLACE, "Venezuela").id)
    window.edits.add_mention_action.trigger()
    venezuela = cards_by_id(db, window)[find(window, FactKind.PLACE, "Venezuela").id]
    assert (span.start, span.end, "Caracas") in {
        (m.start, m.end, m.text) for m in venezuela.mentions
    }

    window.edits.undo_action.trigger()
    window.edits.undo_action.trigger()
    stored = cards_by_id(db, window)
    assert stored[usa.id].mentions == usa.mentions
    assert stored[kuba.id].mentions == kuba.mentions


def test_rerunning_extraction_never_changes_revives_or_duplicates_user_work(
    qtbot: QtBot, window: MainWindow, db: Library
) -> None:
    maduro = find(window, FactKind.ACTOR, "Nicolas Maduro")
    putin = find(window, FactKind.ACTOR, "Wladimir Putin")
    trump = find(window, FactKind.ACTOR, "Donald Trump")
    iran = find(window, FactKind.PLACE, "Iran")
    usa, kuba = find(window, FactKind.PLACE, "USA"), find(window, FactKind.PLACE, "Kuba")
    window.edits.merge_cards([maduro, putin])
    window.edits.reject_cards([iran])
    window.edits._save_card(trump, _renamed(trump, "Trump (Ex-Präsident)"))
    window.edits.move_mention(usa.mentions[0], usa, kuba)
    select_text(window, "Caracas")
    window.edits.add_as_actions[FactKind.PLACE].trigger()
    before = cards_by_id(db, window)

    with qtbot.waitSignal(window.cardsShown, timeout=120_000):
        window.rerun_action.trigger()

    after = cards_by_id(db, window)
    # Nothing changed, revived or added (entity linking may count a card's version up).
    assert _unversioned(after) == _unversioned(before)
    assert window.statusBar().currentMessage() == "Extraction added 0 new card(s)."
    merged = row(db, FactCard, putin.id)
    assert isinstance(merged, FactCard) and merged.state == "merged"
    assert after[iran.id].state is CardState.REJECTED
    assert after[trump.id].label == "Trump (Ex-Präsident)"
    labels = [c.label for c in after.values()]
    assert labels.count("Wladimir Putin") == 0 and labels.count("Iran") == 1
    moved = usa.mentions[0]
    holders = [c.label for c in after.values() for m in c.mentions if m.id == moved.id]
    assert holders == ["Kuba"]  # the moved mention stayed where the user put it
    assert {c.id for c in window.card_panel.cards()} == {
        i for i, c in after.items() if c.state is CardState.ACTIVE
    }


def test_a_fresh_window_on_the_same_file_shows_the_same_state(
    qtbot: QtBot, make_window: Opener, window: MainWindow
) -> None:
    putin = find(window, FactKind.ACTOR, "Wladimir Putin")
    window.edits.merge_cards([find(window, FactKind.ACTOR, "Nicolas Maduro"), putin])
    window.edits.reject_cards([find(window, FactKind.PLACE, "China")])
    select_text(window, "Gesprächsrunde")
    window.edits.mark_claim_action.trigger()
    cards = window.card_panel.cards()
    claims = window.claim_panel.model.claims()
    settle(qtbot)
    window.close()

    fresh = open_article(qtbot, make_window)

    assert fresh.card_panel.cards() == cards
    assert fresh.claim_panel.model.claims() == claims
    assert fresh.side_tabs.tabText(fresh.CLAIMS_TAB) == "Claims (1)"


# -- claims ----------------------------------------------------------------------------------


def test_mark_as_claim_with_ctrl_m_overlapping_a_card_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, db: Library
) -> None:
    span = select_text(window, "US-Beamte reisten am Samstag zu Gesprächen mit der Regierung")
    qtbot.keyClick(window.article_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    (claim,) = db.claims(article_id(window))
    assert (claim.start, claim.end, claim.quote) == (span.start, span.end, span.text)
    assert claim.verdict is Verdict.UNVERIFIED
    view = window.article_view
    assert view.claim_mark_spans() == [
        (view.document_position(span.start), view.document_position(span.end))
    ]
    assert underline(window) == style.verdict_accent(Verdict.UNVERIFIED)
    assert window.side_tabs.currentIndex() == window.CLAIMS_TAB

    select_text(window, "am Samstag")  # a second claim inside the first
    window.edits.mark_claim_action.trigger()
    assert len(db.claims(article_id(window))) == 2

    window.edits.undo_action.trigger()
    window.edits.undo_action.trigger()
    assert db.claims(article_id(window)) == []
    assert view.claim_mark_spans() == []
    window.edits.redo_action.trigger()
    assert unversioned(db.claims(article_id(window))) == unversioned([claim])  # same id, times
    assert library_claims_cell(window) == "1"


def library_claims_cell(window: MainWindow) -> str:
    model = window.library_model
    row = model.row_of(article_id(window))
    assert row is not None
    return str(model.data(model.index(row, model.CLAIMS)))


def test_claim_editor_round_trip_with_reviewer_from_preferences(
    window: MainWindow, db: Library
) -> None:
    window.edits.preferences_action.trigger()
    preferences = window.open_dialog
    assert isinstance(preferences, PreferencesDialog)
    preferences.reviewer_edit.setText("Anna Prüfer")
    preferences.accept()
    assert window.settings.value("review/reviewer_name") == "Anna Prüfer"

    select_text(window, "erzielten jedoch keine Einigung")
    window.edits.mark_claim_action.trigger()
    (marked,) = db.claims(article_id(window))
    assert marked.reviewer == "Anna Prüfer"
    window.edits.edit_claim_action.trigger()
    editor = window.open_dialog
    assert isinstance(editor, ClaimEditor)
    editor.verdict_box.setCurrentIndex(editor.verdict_box.findData(Verdict.MISLEADING.value))
    source = find(window, FactKind.SOURCE, "Weißes Haus")
    editor.claimant_box.setCurrentIndex(editor.claimant_box.findData(source.id))
    editor.note_edit.setPlainText("Both sides reported progress the next day.")
    editor.add_evidence("https://example.org/report", "Follow-up report")
    editor.add_evidence("AP, 6 March 2022", "")
    editor.add_evidence("to be removed")
    editor.evidence_table.selectRow(2)
    editor.remove_selected_evidence()
    editor.tags_edit.setText("venezuela, diplomacy, venezuela")
    editor.accept()

    (saved,) = db.claims(article_id(window))
    assert saved.verdict is Verdict.MISLEADING
    assert (saved.claimant_card_id, saved.claimant_text) == (source.id, None)
    assert saved.note == "Both sides reported progress the next day."
    assert [(e.url, e.citation, e.comment) for e in saved.evidence] == [
        ("https://example.org/report", None, "Follow-up report"),
        (None, "AP, 6 March 2022", ""),
    ]
    assert saved.tags == ("venezuela", "diplomacy")
    assert saved.created_at == marked.created_at and saved.updated_at > marked.updated_at
    detail = window.claim_panel.model.detail(saved)
    assert detail == "Misleading · Weißes Haus · 2 source(s) · #venezuela · #diplomacy"
    assert underline(window) == style.verdict_accent(Verdict.MISLEADING)

    window.edits.undo_action.trigger()
    assert unversioned(db.claims(article_id(window))) == unversioned([marked])  # exactly
    window.edits.redo_action.trigger()
    redone = db.claims(article_id(window))[0]
    assert (redone.verdict, redone.evidence, redone.updated_at) == (
        saved.verdict,
        saved.evidence,
        saved.updated_at,
    )


def test_free_text_claimant_and_delete_claim(window: MainWindow, db: Library) -> None:
    select_text(window, "fand im Rahmen der US-Bemühungen statt")
    window.edits.mark_claim_action.trigger()
    editor = window.edits.edit_claim()
    assert editor is not None
    editor.claimant_box.setEditText("ein Diplomat")
    editor.accept()
    (claim,) = db.claims(article_id(window))
    assert (claim.claimant_card_id, claim.claimant_text) == (None, "ein Diplomat")

    window.edits.delete_claim_action.trigger()
    assert db.claims(article_id(window)) == []
    window.edits.undo_action.trigger()
    assert unversioned(db.claims(article_id(window))) == unversioned([claim])


def test_a_suggested_claim_becomes_a_claim_by_its_source_in_one_click(
    window: MainWindow, db: Library
) -> None:
    rows = window.claim_panel.suggestion_rows()
    assert rows, "the sample's attributed statements are offered"
    suggestion = rows[0].suggestion
    source = next(c for c in window.card_panel.cards() if c.id == suggestion.card_id)
    assert source.kind is FactKind.SOURCE

    rows[0].button.click()

    (claim,) = db.claims(article_id(window))
    assert (claim.start, claim.end, claim.quote) == (
        suggestion.span.start,
        suggestion.span.end,
        suggestion.span.text,
    )
    assert claim.claimant_card_id == source.id
    remaining = [r.suggestion for r in window.claim_panel.suggestion_rows()]
    assert suggestion not in remaining and len(remaining) == len(rows) - 1


# -- navigation ------------------------------------------------------------------------------


def test_clicking_a_mention_selects_its_card_and_f3_walks_the_mentions(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.article_view
    russland = find(window, FactKind.PLACE, "Russland")
    second = sorted(russland.mentions, key=lambda m: m.start)[1]
    cursor = view.textCursor()
    cursor.setPosition(view.document_position(second.start + 2))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point: QPoint = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert window.card_panel.selected_card() == russland
    assert len(view.highlighted_spans()) == len(russland.mentions)

    ordered = sorted(russland.mentions, key=lambda m: m.start)
    for expected in (ordered[0], ordered[1]):
        qtbot.keyClick(view, Qt.Key.Key_F3)
        assert view.textCursor().position() == view.document_position(expected.start)
    qtbot.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().position() == view.document_position(ordered[0].start)
    assert window.statusBar().currentMessage() == f"“Russland”: mention 1 of {len(ordered)}"


# -- safety ----------------------------------------------------------------------------------


def test_a_span_that_does_not_quote_the_body_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, db: Library
) -> None:
    before = cards_by_id(db, window)
    body = window.article_view.body
    wrong = Span(10, 17, body[11:18])  # off by one: the quote is not body[10:17]

    with qtbot.waitSignal(window.edits.refused) as refused:
        window.edits.add_card(FactKind.ACTOR, wrong)

    assert "does not quote the article text" in refused.args[0]
    box = window.open_dialog
    assert isinstance(box, QMessageBox) and box.text() == refused.args[0]
    assert cards_by_id(db, window) == before
    assert not window.edits.undo_action.isEnabled()  # nothing to undo: nothing happened


def test_a_card_changed_in_another_window_is_not_overwritten(
    qtbot: QtBot, make_window: Opener, window: MainWindow, db: Library
) -> None:
    guaido = find(window, FactKind.ACTOR, "Juan Guaido")
    window.card_panel.select_card(guaido.id)
    window.edits.edit_card_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, CardEditor)
    db.update_card(guaido.id, _renamed(guaido, "Juan Guaidó"), guaido.version)  # elsewhere
    dialog.label_edit.setText("Juan Gerardo Guaidó")

    with qtbot.waitSignal(window.edits.refused) as refused:
        dialog.accept()

    assert refused.args[0] == "This card was changed elsewhere; reload to see the change."
    assert cards_by_id(db, window)[guaido.id].label == "Juan Guaidó"
    assert find(window, FactKind.ACTOR, "Juan Guaidó").id == guaido.id  # reloaded


def test_undo_of_a_claim_changed_elsewhere_is_refused_and_dropped(
    qtbot: QtBot, window: MainWindow, db: Library
) -> None:
    select_text(window, "keine Einigung")
    window.edits.mark_claim_action.trigger()
    (claim,) = db.claims(article_id(window))
    with db.store.transaction() as repo:  # another window sets a verdict
        stored = repo.session.get(Claim, claim.id)
        assert stored is not None
        stored.verdict = Verdict.FALSE.value

    with qtbot.waitSignal(window.edits.refused) as refused:
        window.edits.undo_action.trigger()

    assert refused.args[0] == "This claim was changed elsewhere; reload to see the change."
    assert db.claims(article_id(window))[0].verdict is Verdict.FALSE
    assert not window.edits.undo_action.isEnabled()


def test_every_shortcut_of_the_main_window_is_unique(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen, f"{key} is both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    assert window.export_controller.action.shortcut().toString() == "Ctrl+E"
    assert window.edit_metadata_action.shortcut().toString() == "Ctrl+I"
    assert window.edits.mark_claim_action.shortcut().toString() == "Ctrl+M"
    assert window.edits.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.edits.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_each_article_has_its_own_undo_history(qtbot: QtBot, window: MainWindow) -> None:
    select_text(window, "Caracas")
    window.edits.add_as_actions[FactKind.PLACE].trigger()
    first = article_id(window)
    outcome = window.library.import_text(
        "Minister resigns\n\nBERLIN (dpa) — Der Minister trat am Montag zurück, sagte ein Sprecher."
    )
    window.refresh_library()
    with qtbot.waitSignal(window.cardsShown, timeout=60_000):
        window.select_article(outcome.article_id)
    assert not window.edits.undo_action.isEnabled()

    with qtbot.waitSignal(window.cardsShown, timeout=60_000):
        window.select_article(first)
    assert window.edits.undo_action.text() == "Undo Add Place “Caracas”"


def underline(window: MainWindow) -> QColor:
    """The underline colour of the first claim mark in the article."""
    selections = window.article_view.extraSelections()
    char_format = QTextCharFormat(selections[0].format)
    return char_format.underlineColor()


def unversioned(claims: list[ClaimView]) -> list[ClaimView]:
    """Claims as the user sees them: ``version`` counts writes, undo is one more."""
    from dataclasses import replace

    return [replace(c, version=0) for c in claims]


def _unversioned(cards: dict[int, CardView]) -> dict[int, CardView]:
    from dataclasses import replace

    return {i: replace(c, version=0) for i, c in cards.items()}


def _renamed(card: CardView, label: str) -> CardFields:
    return CardFields(card.kind, label, dict(card.attributes))


def test_a_selection_after_astral_characters_maps_to_exact_body_offsets(qtbot: QtBot) -> None:
    import datetime as dt

    from desktop.domain import ArticleDetail
    from desktop.ui.article_view import ArticleView

    body = "Emoji 😀😀 vor dem Wort Caracas, und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 danach."
    view = ArticleView()
    qtbot.addWidget(view)
    article = ArticleDetail(
        1, "T", None, None, None, None, None, "de", None, None, body, "h",
        dt.datetime(2026, 1, 1), None, None, 1,
    )  # fmt: skip
    view.show_article(article, ["line"])
    for word in ("Caracas", "danach", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "dem Wort"):
        start = body.index(word)
        view.select_span(start, start + len(word))
        assert view.selected_span() == Span(start, start + len(word), word)
        view.select_span(start - 1, start + len(word))  # a blank before is dropped
        assert view.selected_span() == Span(start, start + len(word), word)


def menu_titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def submenu(menu: QMenu, title: str) -> QMenu:
    for action in menu.actions():
        if action.text() == title and action.menu() is not None:
            found = action.menu()
            assert isinstance(found, QMenu)
            return found
    raise AssertionError(f"no submenu {title!r} in {menu_titles(menu)}")


def test_the_article_context_menu_offers_cards_claims_and_moving_a_mention(
    window: MainWindow, db: Library
) -> None:
    view = window.article_view
    assert view.menu_hook is not None
    select_text(window, "Caracas")
    menu = QMenu()
    view.menu_hook(menu, None)
    assert "Mark as &Claim" in menu_titles(menu)
    assert menu_titles(submenu(menu, "Add as")) == [
        "Add as Actor",
        "Add as Organisation",
        "Add as Place",
        "Add as Source",
        "Add as Date",
        "Add as Sanction",
    ]
    targets = submenu(menu, "Add as Mention of")
    venezuela = find(window, FactKind.PLACE, "Venezuela")
    next(a for a in targets.actions() if a.text() == "Venezuela (place)").trigger()
    assert "Caracas" in {m.text for m in cards_by_id(db, window)[venezuela.id].mentions}

    kuba = find(window, FactKind.PLACE, "Kuba")
    usa = find(window, FactKind.PLACE, "USA")
    mention = usa.mentions[0]
    view.deselect()
    menu = QMenu()
    view.menu_hook(menu, mention.start)
    move = submenu(menu, f"Move Mention “{mention.text}” to")
    # Cards of the mention's own kind come first.
    kinds = [a.text().endswith("(place)") for a in move.actions()]
    assert kinds == sorted(kinds, reverse=True) and kinds[0] and not kinds[-1]
    next(a for a in move.actions() if a.text() == "Kuba (place)").trigger()
    assert mention.id in {m.id for m in cards_by_id(db, window)[kuba.id].mentions}
    assert window.edits.undo_action.text() == f"Undo Move Mention “{mention.text}” to “Kuba”"


def test_saving_an_unchanged_card_adds_no_step_and_del_spares_cards_behind_the_claims(
    window: MainWindow, db: Library
) -> None:
    guaido = find(window, FactKind.ACTOR, "Juan Guaido")
    window.card_panel.select_card(guaido.id)
    window.edits.edit_card_action.trigger()
    dialog = window.open_dialog
    assert isinstance(dialog, CardEditor)
    dialog.accept()
    assert not window.edits.undo_action.isEnabled()
    assert cards_by_id(db, window)[guaido.id] == guaido

    assert window.edits.reject_action.isEnabled()
    window.show_side_tab(window.CLAIMS_TAB)
    assert not window.edits.reject_action.isEnabled()
