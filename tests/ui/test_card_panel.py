"""Fact cards: grouping, summaries, and mentions highlighted at their exact offsets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop import nlp
from desktop.domain import CardState, CardView, FactKind, MentionView, Origin
from desktop.ui import style
from desktop.ui.card_panel import CardPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.models import CARD_ROLE, SUMMARY_ROLE, CardTreeModel, card_summary

from .helpers import SAMPLE, FileChooser, import_via_open

needs_nlp = pytest.mark.skipif(
    not hasattr(nlp, "extract"), reason="desktop.nlp.extract is not written yet"
)


def card(
    card_id: int,
    kind: FactKind,
    label: str,
    attributes: dict[str, object] | None = None,
    mentions: tuple[tuple[int, int, str], ...] = (),
) -> CardView:
    return CardView(
        id=card_id,
        article_id=1,
        kind=kind,
        label=label,
        attributes=dict(attributes or {}),
        origin=Origin.AUTO,
        state=CardState.ACTIVE,
        mentions=tuple(MentionView(i, s, e, t) for i, (s, e, t) in enumerate(mentions)),
        version=1,
    )


def group_titles(model: CardTreeModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_cards_are_grouped_by_kind_in_fixed_order_with_counts(qtbot: QtBot) -> None:
    model = CardTreeModel()
    model.set_cards(
        [
            card(1, FactKind.PLACE, "Venezuela", mentions=((50, 59, "Venezuela"),)),
            card(2, FactKind.ACTOR, "Joe Biden", mentions=((90, 99, "Joe Biden"),)),
            card(3, FactKind.ACTOR, "Nicolas Maduro", mentions=((10, 24, "Nicolas Maduro"),)),
            card(4, FactKind.SOURCE, "Interfax"),
        ]
    )

    assert group_titles(model) == ["Actors (2)", "Places (1)", "Sources (1)"]
    actors = model.index(0, 0)
    # Within a group, cards follow the text: Maduro is mentioned before Biden.
    assert [model.index(r, 0, actors).data() for r in range(2)] == ["Nicolas Maduro", "Joe Biden"]
    assert model.parent(model.index(1, 0, actors)) == actors
    assert model.parent(actors) == QModelIndex()
    assert model.index_of_card(2).data(CARD_ROLE).label == "Joe Biden"
    assert model.card_count() == 4


def test_card_summaries_show_the_key_attributes_per_kind() -> None:
    actor = card(
        1, FactKind.ACTOR, "Nicolas Maduro", {"role": "Präsident", "affiliation": "Venezuela"}
    )
    sanction = card(
        2,
        FactKind.SANCTION,
        "Sanktionen gegen Caracas",
        {"issuer": "USA", "target": "Venezuela", "sector": "Öl", "stance": "refused_to_lift"},
    )
    saturday = card(3, FactKind.DATE, "am Samstag", {"value": "weekday:Saturday"})
    year = card(7, FactKind.DATE, "2019", {"value": "2019", "event": "Die Länder brachen 2019 ab."})
    labelled = card(
        8,
        FactKind.SANCTION,
        "USA → Venezuela · Öl",
        {"issuer": "USA", "target": "Venezuela", "sector": "Öl", "stance": "in_force"},
    )
    no_year = card(4, FactKind.DATE, "am 25. Februar", {"value": "--02-25"})
    source = card(
        5,
        FactKind.SOURCE,
        "Weißes Haus",
        {"source_kind": "government", "statements": [{"text": "alle Optionen bleiben"}]},
    )
    place = card(6, FactKind.PLACE, "Kuba", mentions=((0, 4, "Kuba"), (20, 24, "Kuba")))

    assert card_summary(actor) == "Präsident · Venezuela"
    assert card_summary(sanction) == "USA → Venezuela · Öl · refused to lift"
    assert card_summary(saturday) == "Saturday"
    assert card_summary(year) == "Die Länder brachen 2019 ab."  # not "2019" twice
    assert card_summary(labelled) == "in force"  # what the label says is not repeated
    assert card_summary(no_year) == "02-25 (year unknown)"
    assert card_summary(source) == "government · “alle Optionen bleiben”"
    assert card_summary(place) == "2 mention(s)"


def test_panel_states_say_what_is_going_on(qtbot: QtBot) -> None:
    panel = CardPanel()
    qtbot.addWidget(panel)
    assert panel.state == CardPanel.NO_ARTICLE
    assert panel.message.text() == "Select an article to see its fact cards."

    panel.show_busy()
    assert panel.state == CardPanel.BUSY
    assert panel.busy_label.text() == "Extracting facts…"

    panel.show_cards([], limited_language="fr")
    assert panel.state == CardPanel.EMPTY
    assert panel.message.text() == "No facts found in this article."
    assert panel.banner.text() == "Extraction is limited for language FR (rule layers only)."
    assert not panel.banner.isHidden()

    panel.show_cards([card(1, FactKind.PLACE, "Kuba")])
    assert panel.state == CardPanel.CARDS
    assert panel.banner.isHidden()


@needs_nlp
def test_selecting_the_sample_shows_its_cards_and_a_card_highlights_its_mentions(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser
) -> None:
    with qtbot.waitSignal(window.cardsShown, timeout=120_000):
        import_via_open(qtbot, window, chooser, SAMPLE)

    panel = window.card_panel
    assert panel.state == CardPanel.CARDS
    titles = group_titles(panel.model)
    assert any(t.startswith("Actors (") for t in titles)
    assert any(t.startswith("Sanctions (") for t in titles)
    assert panel.banner.isHidden() != window.library.extraction_limited("de")

    assert panel.select_card(_card_id(panel, FactKind.ACTOR, "Nicolas Maduro"))
    maduro = panel.selected_card()
    assert maduro is not None
    assert panel.tree.currentIndex().data(SUMMARY_ROLE).startswith("Präsident")
    view = window.article_view
    highlighted = view.highlighted_spans()
    assert len(highlighted) == len(maduro.mentions) > 1
    for mention, (start, end) in zip(
        sorted(maduro.mentions, key=lambda m: m.start), highlighted, strict=True
    ):
        assert (start, end) == (
            view.document_position(mention.start),
            view.document_position(mention.end),
        )
        assert view.body_text_at(mention.start, mention.end) == mention.text
    selections = view.extraSelections()
    char_format = selections[0].format
    assert char_format.background().color() == style.highlight(FactKind.ACTOR)
    # The view scrolled to (put its cursor on) the first mention.
    assert view.textCursor().position() == highlighted[0][0]


@needs_nlp
def test_rerunning_extraction_adds_nothing_new_and_keeps_the_cards(
    qtbot: QtBot, window: MainWindow, chooser: FileChooser
) -> None:
    with qtbot.waitSignal(window.cardsShown, timeout=120_000):
        import_via_open(qtbot, window, chooser, SAMPLE)
    before = window.card_panel.model.card_count()

    with qtbot.waitSignal(window.cardsShown, timeout=120_000):
        window.rerun_action.trigger()
        assert window.card_panel.state == CardPanel.BUSY

    assert window.card_panel.model.card_count() == before
    assert window.statusBar().currentMessage() == "Extraction added 0 new card(s)."


@needs_nlp
def test_a_language_without_a_statistical_model_shows_the_limited_banner(
    qtbot: QtBot, window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText(
        "Le gouvernement prolonge les sanctions\n\n"
        "PARIS (AFP) — Le gouvernement français a annoncé lundi que les sanctions contre "
        "la Russie seront prolongées jusqu'à la fin de l'année, selon un communiqué."
    )
    with qtbot.waitSignal(window.cardsShown, timeout=120_000):
        window.paste_action.trigger()

    assert window.library.article(window.current_article_id()).language == "fr"
    assert window.card_panel.banner.text() == (
        "Extraction is limited for language FR (rule layers only)."
    )
    assert not window.card_panel.banner.isHidden()


def _card_id(panel: CardPanel, kind: FactKind, label: str) -> int:
    group = panel.model.group_index(kind)
    for row in range(panel.model.rowCount(group)):
        found = panel.model.index(row, 0, group).data(CARD_ROLE)
        if found.label == label:
            return int(found.id)
    raise AssertionError(f"no {kind} card {label!r}")
