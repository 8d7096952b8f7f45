"""Date expressions: what a reader would write on the card, normalised for sorting."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from desktop.domain import FactKind
from desktop.nlp.dates import find_dates, renormalise_date

MONDAY = dt.date(2022, 3, 7)


@pytest.fixture(scope="module")
def blank_de() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def values(nlp: Language, text: str, language: str, published: dt.date | None) -> dict[str, str]:
    cards = find_dates(nlp(text), language, published)
    for card in cards:
        assert card.kind is FactKind.DATE
        assert all(m.is_valid_in(text) for m in card.mentions)
    return {card.label: card.attributes["value"] for card in cards}


@pytest.mark.parametrize(
    ("sentence", "label", "unknown", "known"),
    [
        (
            "Die Beamten reisten am Samstag nach Caracas.",
            "am Samstag",
            "weekday:Saturday",
            "2022-03-05",
        ),
        (
            "Venezuela machte am 25. Februar die USA verantwortlich.",
            "am 25. Februar",
            "--02-25",
            "2022-02-25",
        ),
        ("Das Treffen fand am 1. März statt.", "am 1. März", "--03-01", "2022-03-01"),
        (
            "Der Vertrag wurde am 25. Februar 2021 unterzeichnet.",
            "am 25. Februar 2021",
            "2021-02-25",
            "2021-02-25",
        ),
        ("Die Wahl im Jahr 2018 galt als Schein.", "im Jahr 2018", "2018", "2018"),
        ("Die Länder brachen 2019 die Beziehungen ab.", "2019", "2019", "2019"),
        ("Die Frist endet Anfang März.", "Anfang März", "--03", "2022-03"),
        ("Die Preise stiegen bis Ende 2021 stark.", "bis Ende 2021", "2021", "2021"),
        ("Gestern kam es zu Protesten.", "Gestern", "relative:-1 day", "2022-03-06"),
        ("Er reiste letzte Woche nach Moskau.", "letzte Woche", "relative:-1 week", "2022-W09"),
        (
            "Er sprach vergangenen Montag mit Biden.",
            "vergangenen Montag",
            "weekday:Monday",
            "2022-02-28",
        ),
        ("Die Wahl ist am 05.03.2022 gewesen.", "am 05.03.2022", "2022-03-05", "2022-03-05"),
        ("Das Dokument trägt das Datum 2022-03-05.", "2022-03-05", "2022-03-05", "2022-03-05"),
    ],
)
def test_german_expressions_are_normalised(
    blank_de: Language, sentence: str, label: str, unknown: str, known: str
) -> None:
    assert values(blank_de, sentence, "de", None)[label] == unknown
    assert values(blank_de, sentence, "de", MONDAY)[label] == known


def test_counts_and_identifiers_are_not_years(blank_de: Language) -> None:
    text = "Rund 2.000 Soldaten und 2000 Polizisten sicherten das Treffen nach Resolution 2231."
    assert values(blank_de, text, "de", MONDAY) == {}


def test_a_month_name_alone_is_not_a_date(blank_de: Language) -> None:
    assert values(blank_de, "Mai Thi Nguyen-Kim sprach im Fernsehen.", "de", None) == {}


@pytest.mark.parametrize(
    ("sentence", "label", "unknown", "known"),
    [
        (
            "Officials travelled to Caracas on Saturday.",
            "on Saturday",
            "weekday:Saturday",
            "2022-03-05",
        ),
        (
            "Russia invaded Ukraine on Feb. 24, officials said.",
            "on Feb. 24",
            "--02-24",
            "2022-02-24",
        ),
        (
            "The talks began on March 1, 2022 in Geneva.",
            "on March 1, 2022",
            "2022-03-01",
            "2022-03-01",
        ),
        ("Washington cut ties in 2019 after the vote.", "in 2019", "2019", "2019"),
        ("The minister resigned yesterday.", "yesterday", "relative:-1 day", "2022-03-06"),
        ("Prices rose sharply last week.", "last week", "relative:-1 week", "2022-W09"),
        ("The deadline is early March.", "early March", "--03", "2022-03"),
    ],
)
def test_english_expressions_are_normalised(
    nlp_en: Language, sentence: str, label: str, unknown: str, known: str
) -> None:
    assert values(nlp_en, sentence, "en", None)[label] == unknown
    assert values(nlp_en, sentence, "en", MONDAY)[label] == known


def test_english_counts_and_modal_may_are_not_dates(nlp_en: Language) -> None:
    text = "About 2000 soldiers may arrive, the ministry said."
    assert values(nlp_en, text, "en", MONDAY) == {}


def test_each_occurrence_is_its_own_card_with_its_sentence(blank_de: Language) -> None:
    text = "Die Beamten reisten am Samstag nach Caracas. Am Samstag gab es keine Einigung."
    cards = find_dates(blank_de(text), "de", None)
    assert [c.label for c in cards] == ["am Samstag", "Am Samstag"]
    assert cards[0].attributes["event"] == "Die Beamten reisten am Samstag nach Caracas."
    second = cards[1].attributes
    assert text[second["sentence_start"] : second["sentence_end"]] == second["event"]
    assert second["event"].startswith("Am Samstag gab es")


def test_day_month_without_year_takes_the_nearest_year_preferring_the_past(
    blank_de: Language,
) -> None:
    text = "Die Frist lief am 20. Dezember ab."
    assert values(blank_de, text, "de", dt.date(2022, 1, 10))["am 20. Dezember"] == "2021-12-20"


def test_renormalise_when_the_article_date_becomes_known(blank_de: Language) -> None:
    card = find_dates(blank_de("Sie reisten am Samstag."), "de", None)[0]
    assert card.attributes["value"] == "weekday:Saturday"
    known = renormalise_date(card.attributes, MONDAY)
    assert (known["value"], known["granularity"], known["resolved"]) == ("2022-03-05", "day", True)
    back = renormalise_date(known, None)
    assert back["value"] == "weekday:Saturday"
    assert renormalise_date({"value": "2020"}, MONDAY) == {"value": "2020"}


def test_unsupported_language_has_no_date_rules(blank_de: Language) -> None:
    assert find_dates(blank_de("am Samstag"), "xx", None) == []


def test_leap_day_without_year_resolves_to_the_last_leap_year(blank_de: Language) -> None:
    text = "Die Frist endete am 29. Februar."
    assert values(blank_de, text, "de", MONDAY)["am 29. Februar"] == "2020-02-29"


def test_impossible_and_prehistoric_dates_are_ignored(blank_de: Language) -> None:
    text = "Am 31. April gab es nichts, und vor 8000 Jahren auch nicht; Datum 05.03.0000."
    assert values(blank_de, text, "de", MONDAY) == {}


def test_dates_in_sentences_about_the_future_resolve_forwards(blank_de: Language) -> None:
    text = "Die Gespräche sollen am Freitag fortgesetzt werden. Die Wahl ist am 5. Januar geplant."
    found = values(blank_de, text, "de", dt.date(2022, 6, 21))  # a Tuesday
    assert found["am Freitag"] == "2022-06-24"
    assert found["am 5. Januar"] == "2023-01-05"
    past = values(blank_de, "Die Wahl war am 5. Januar.", "de", dt.date(2022, 6, 21))
    assert past["am 5. Januar"] == "2022-01-05"


def test_hearsay_about_the_past_stays_in_the_past(blank_de: Language) -> None:
    text = "Der Täter soll am Freitag geschossen haben."
    assert values(blank_de, text, "de", dt.date(2022, 12, 20))["am Freitag"] == "2022-12-16"


def test_english_will_looks_ahead(nlp_en: Language) -> None:
    text = "Ministers will meet on Friday in Brussels."
    assert values(nlp_en, text, "en", dt.date(2022, 12, 20))["on Friday"] == "2022-12-23"


def test_parts_of_relative_periods(blank_de: Language, nlp_en: Language) -> None:
    german = values(blank_de, "Die Zahl stieg bis Ende vergangenen Jahres.", "de", MONDAY)
    assert german == {"bis Ende vergangenen Jahres": "2021"}
    english = values(nlp_en, "The vote is due by the end of next month.", "en", MONDAY)
    assert english == {"by the end of next month": "2022-04"}
