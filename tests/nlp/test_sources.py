"""Source cards: who is cited, with which cue, and the exact statement span."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hand_index import ACTOR, ORG, PLACE, hand_index
from spacy.language import Language

from desktop.domain import FactKind
from desktop.nlp.sources import find_sources

FORMS = {
    "Reuters": (ORG, "Reuters"),
    "Interfax": (ORG, "Interfax"),
    "Kreml": (ORG, "Kreml"),
    "Kremlin": (ORG, "Kremlin"),
    "AFP": (ORG, "AFP"),
    "TASS": (ORG, "TASS"),
    "BBC": (ORG, "BBC"),
    "New York Times": (ORG, "The New York Times"),
    "Wall Street Journal": (ORG, "The Wall Street Journal"),
    "Weiße Haus": (ORG, "Weißes Haus"),
    "State Department": (ORG, "State Department"),
    "Treasury": (ORG, "Treasury Department"),
    "Janet Yellen": (ACTOR, "Janet Yellen"),
    "Dmitry Peskov": (ACTOR, "Dmitry Peskov"),
    "Putin": (ACTOR, "Wladimir Putin"),
    "Vladimir Putin": (ACTOR, "Vladimir Putin"),
    "Joe Biden": (ACTOR, "Joe Biden"),
    "Venezuela": (PLACE, "Venezuela"),
    "Homs": (PLACE, "Homs"),
}


@pytest.fixture(scope="module")
def blank_de() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def sources(nlp: Language, text: str, language: str) -> dict[str, dict[str, Any]]:
    cards = find_sources(nlp(text), hand_index(text, FORMS), language)
    for card in cards:
        assert card.kind is FactKind.SOURCE
        assert all(m.is_valid_in(text) for m in card.mentions)
        for statement in card.attributes["statements"]:
            assert text[statement["start"] : statement["end"]] == statement["text"]
            assert statement["text"] == statement["text"].strip(" ,.;:")
    return {card.label: card.attributes for card in cards}


def only_statement(card: dict[str, Any]) -> dict[str, Any]:
    assert len(card["statements"]) == 1
    statement: dict[str, Any] = card["statements"][0]
    return statement


GERMAN_CASES = [
    (
        "Die Gespräche sind gescheitert, so eine mit der Angelegenheit vertraute Person.",
        "anonymous: a person familiar with the matter",
        "anonymous",
        "so",
        "Die Gespräche sind gescheitert",
    ),
    (
        "Putin und Maduro hätten telefoniert, berichtete die Nachrichtenagentur Interfax.",
        "Interfax",
        "news agency",
        "berichtete",
        "Putin und Maduro hätten telefoniert",
    ),
    (
        "Die Lage sei unter Kontrolle, sagte Putin am Dienstag.",
        "Wladimir Putin",
        "person",
        "sagte",
        "Die Lage sei unter Kontrolle",
    ),
    (
        "Das Weiße Haus hat erklärt, dass alle Optionen auf dem Tisch bleiben.",
        "Weißes Haus",
        "government",
        "hat erklärt",
        "alle Optionen auf dem Tisch bleiben",
    ),
    (
        "Über den Besuch wurde erstmals von der New York Times berichtet.",
        "The New York Times",
        "news outlet",
        "wurde … von … berichtet",
        "Über den Besuch",
    ),
    (
        "Wie die BBC berichtet, befindet sich der Präsident an einem sicheren Ort.",
        "BBC",
        "news outlet",
        "berichtet",
        "befindet sich der Präsident an einem sicheren Ort",
    ),
    (
        "Laut AFP waren Explosionen in Homs zu hören.",
        "AFP",
        "news agency",
        "Laut",
        "waren Explosionen in Homs zu hören",
    ),
    (
        "Diplomaten zufolge soll das Treffen verschoben werden.",
        "anonymous: diplomats",
        "anonymous",
        "zufolge",
        "soll das Treffen verschoben werden",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[0], c[1:]) for c in GERMAN_CASES])
def test_german_attributions(
    blank_de: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    label, kind, cue, statement = expected
    found = sources(blank_de, text, "de")
    assert label in found, found.keys()
    assert found[label]["source_kind"] == kind
    assert (only_statement(found[label])["cue"], only_statement(found[label])["text"]) == (
        cue,
        statement,
    )


def test_the_source_refers_back_to_the_anonymous_person(blank_de: Language) -> None:
    text = (
        "Die Beamten reisten nach Caracas, so eine mit der Angelegenheit vertraute Person. "
        "Sie erzielten keine Einigung, teilte die Quelle Reuters unter der Bedingung der "
        "Anonymität mit."
    )
    found = sources(blank_de, text, "de")
    assert "Reuters" not in found  # Reuters is whom the source told, not the source
    card = found["anonymous: a person familiar with the matter"]
    assert [s["cue"] for s in card["statements"]] == ["so", "teilte … mit"]
    assert card["statements"][1]["text"] == "Sie erzielten keine Einigung"


def test_agency_citing_the_kremlin(blank_de: Language) -> None:
    text = "Beide hätten telefoniert, berichtete Interfax unter Berufung auf den Kreml."
    card = sources(blank_de, text, "de")["Interfax"]
    assert card["cites"] == ["Kreml"]
    assert only_statement(card)["cites"] == "Kreml"


def test_government_phrase_with_a_named_leader(blank_de: Language) -> None:
    text = "Die Regierung von Präsident Joe Biden hat darauf bestanden, dass sie hart bleibt."
    card = sources(blank_de, text, "de")["Regierung von Präsident Joe Biden"]
    assert card["source_kind"] == "government"
    assert only_statement(card)["text"] == "sie hart bleibt"


def test_country_expressing_a_quoted_concern(blank_de: Language) -> None:
    text = "Venezuela tadelte die USA, obwohl es dort „Sorge über die Krise“ zum Ausdruck brachte."
    card = sources(blank_de, text, "de")["Venezuela"]
    assert only_statement(card)["text"] == "Sorge über die Krise"
    assert only_statement(card)["cue"] == "zum Ausdruck brachte"


def test_reportedly_without_a_source_is_no_card(blank_de: Language) -> None:
    assert sources(blank_de, "Berichten zufolge wurden Panzer in Stellung gebracht.", "de") == {}


ENGLISH_CASES = [
    (
        '"These measures will impose severe costs," Treasury Secretary Janet Yellen said.',
        "Janet Yellen",
        "official",
        "said",
        "These measures will impose severe costs",
    ),
    (
        "The talks failed, said a person familiar with the matter.",
        "anonymous: a person familiar with the matter",
        "anonymous",
        "said",
        "The talks failed",
    ),
    (
        "Vladimir Putin said on Tuesday that the sanctions were illegal.",
        "Vladimir Putin",
        "person",
        "said",
        "the sanctions were illegal",
    ),
    (
        "The EU is weighing an oil embargo, according to two diplomats who spoke on "
        "condition of anonymity.",
        "anonymous: diplomats",
        "anonymous",
        "according to",
        "The EU is weighing an oil embargo",
    ),
    (
        "The visit was first reported by the Wall Street Journal.",
        "The Wall Street Journal",
        "news outlet",
        "was … reported by",
        "The visit",
    ),
    (
        "The sanctions took effect at midnight, the State Department said, as talks stalled.",
        "State Department",
        "government",
        "said",
        "The sanctions took effect at midnight",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[0], c[1:]) for c in ENGLISH_CASES])
def test_english_attributions(
    nlp_en: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    label, kind, cue, statement = expected
    found = sources(nlp_en, text, "en")
    assert label in found, found.keys()
    assert found[label]["source_kind"] == kind
    assert (only_statement(found[label])["cue"], only_statement(found[label])["text"]) == (
        cue,
        statement,
    )


def test_agency_citing_a_spokesman(nlp_en: Language) -> None:
    text = "The Kremlin denied the report, TASS reported, citing spokesman Dmitry Peskov."
    card = sources(nlp_en, text, "en")["TASS"]
    assert card["cites"] == ["Dmitry Peskov"]
    assert only_statement(card)["text"] == "The Kremlin denied the report"


def test_officials_are_anonymous_only_when_the_text_says_so(nlp_en: Language) -> None:
    named = "The deal is close, officials said."
    anonymous = "The deal is close, officials said on condition of anonymity."
    assert "anonymous: officials" not in sources(nlp_en, named, "en")
    assert "anonymous: officials" in sources(nlp_en, anonymous, "en")


def test_according_to_reports_names_no_source(blank_de: Language) -> None:
    text = "Laut Berichten dürfte die BBC einen neuen Sender planen."
    assert sources(blank_de, text, "de") == {}


def test_one_of_the_sources_refers_back(nlp_en: Language) -> None:
    text = (
        "Two sources familiar with the matter told Reuters that the EU was preparing new "
        "measures. They would take effect next month, one of the sources said."
    )
    card = sources(nlp_en, text, "en")["anonymous: people familiar with the matter"]
    assert [s["text"] for s in card["statements"]] == [
        "the EU was preparing new measures",
        "They would take effect next month",
    ]
    assert "Reuters" not in sources(nlp_en, text, "en")


def test_time_phrase_after_said_is_not_part_of_the_statement(nlp_en: Language) -> None:
    text = "The ministry said on Monday it would retaliate, calling the move illegal."
    forms = {"ministry": (ORG, "Foreign Ministry")}
    cards = find_sources(nlp_en(text), hand_index(text, forms), "en")
    statement = cards[0].attributes["statements"][0]
    assert statement["text"] == "it would retaliate, calling the move illegal"


def test_a_quotation_inside_the_statement_stays_whole(nlp_en: Language) -> None:
    text = 'Treasury Secretary Janet Yellen said Washington would "keep up the pressure".'
    statement = only_statement(sources(nlp_en, text, "en")["Janet Yellen"])
    assert statement["text"] == 'Washington would "keep up the pressure"'


def test_das_berichtete_points_back_to_the_previous_sentence(blank_de: Language) -> None:
    text = "Der Kreml wies die Vorwürfe zurück. Das berichtete die BBC unter Berufung auf Insider."
    card = sources(blank_de, text, "de")["BBC"]
    assert only_statement(card)["text"] == "Der Kreml wies die Vorwürfe zurück"
    assert card["cites"] == ["Insider"]


def test_titled_people_are_officials(nlp_en: Language) -> None:
    text = "The sanctions will bite, Kremlin spokesman Dmitry Peskov said."
    assert sources(nlp_en, text, "en")["Dmitry Peskov"]["source_kind"] == "official"
    plain = "The sanctions will bite, Dmitry Peskov said."
    assert sources(nlp_en, plain, "en")["Dmitry Peskov"]["source_kind"] == "person"


def test_that_clause_after_an_addressee_and_time(nlp_en: Language) -> None:
    text = "Vladimir Putin told Reuters in an interview on Tuesday that talks had stalled."
    statement = only_statement(sources(nlp_en, text, "en")["Vladimir Putin"])
    assert statement["text"] == "talks had stalled"


@pytest.mark.parametrize("addressee", ["reporters", "Reuters"])
def test_whom_the_source_told_is_not_the_statement(nlp_en: Language, addressee: str) -> None:
    text = f"Vladimir Putin told {addressee} on Friday the talks had stalled."
    statement = only_statement(sources(nlp_en, text, "en")["Vladimir Putin"])
    assert statement["text"] == "the talks had stalled"


def test_a_headline_is_not_part_of_the_next_statement(blank_de: Language) -> None:
    text = "Niger: Tausende demonstrieren\n\nDer Putsch wurde laut BBC begrüßt."
    statement = only_statement(sources(blank_de, text, "de")["BBC"])
    assert statement["text"] == "Der Putsch wurde laut BBC begrüßt"
