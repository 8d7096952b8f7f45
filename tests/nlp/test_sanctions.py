"""Sanction cards: issuer → target · sector, stance and evidence, German and English."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hand_index import ACTOR, ORG, PLACE, hand_index
from spacy.language import Language

from desktop.domain import CardDraft, FactKind
from desktop.nlp.sanctions import find_sanctions

FORMS = {
    "EU": (ORG, "EU"),
    "Europäischen Union": (ORG, "EU"),
    "European Union": (ORG, "EU"),
    "Afrikanische Union": (ORG, "Afrikanische Union"),
    "USA": (PLACE, "USA"),
    "US": (PLACE, "USA"),
    "United States": (PLACE, "USA"),
    "Washington": (PLACE, "USA"),
    "Vereinigten Staaten": (PLACE, "USA"),
    "Russland": (PLACE, "Russland"),
    "Russlands": (PLACE, "Russland"),
    "Russia": (PLACE, "Russia"),
    "Iran": (PLACE, "Iran"),
    "Tehran": (PLACE, "Iran"),
    "Niger": (PLACE, "Niger"),
    "Nordkorea": (PLACE, "Nordkorea"),
    "Japan": (PLACE, "Japan"),
    "Venezuela": (PLACE, "Venezuela"),
    "Venezuelas": (PLACE, "Venezuela"),
    "Britain": (PLACE, "United Kingdom"),
    "Rosneft": (ORG, "Rosneft"),
    "Biden": (ACTOR, "Joe Biden"),
}


@pytest.fixture(scope="module")
def blank_de() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def sanctions(nlp: Language, text: str, language: str) -> dict[str, dict[str, Any]]:
    cards: list[CardDraft] = find_sanctions(nlp(text), hand_index(text, FORMS), language)
    for card in cards:
        assert card.kind is FactKind.SANCTION
        assert all(m.is_valid_in(text) for m in card.mentions)
    return {card.label: card.attributes for card in cards}


@pytest.mark.parametrize(
    ("text", "label", "stance"),
    [
        (
            "Die Afrikanische Union verhängte Sanktionen gegen Niger.",
            "Afrikanische Union → Niger",
            "imposed",
        ),
        (
            "Die EU verlängerte die Wirtschaftssanktionen gegen Russland um sechs Monate.",
            "EU → Russland",
            "extended",
        ),
        ("Japan hob die Sanktionen gegen Nordkorea teilweise auf.", "Japan → Nordkorea", "lifted"),
        ("Die EU beschloss ein Ölembargo gegen Russland.", "EU → Russland · Öl", "imposed"),
        ("Brüssel erwägt weitere EU-Sanktionen gegen Russland.", "EU → Russland", "considered"),
        (
            "Das von den USA sanktionierte Venezuela liefert Öl nach Asien.",
            "USA → Venezuela",
            "in_force",
        ),
        (
            "Die Regierung hat erklärt, dass die USA die Sanktionen nicht aufheben werden, "
            "auch nicht gegen den Ölsektor Venezuelas.",
            "USA → Venezuela · Öl",
            "refused_to_lift",
        ),
    ],
)
def test_german_sanctions(blank_de: Language, text: str, label: str, stance: str) -> None:
    found = sanctions(blank_de, text, "de")
    assert label in found, found.keys()
    assert found[label]["stance"] == stance


def test_possessor_of_the_sanctioned_sector_is_the_target(blank_de: Language) -> None:
    text = (
        "Die Vereinigten Staaten und ihre Verbündeten stehen unter Druck, "
        "indem sie Russlands Öl- und Gasexporte sanktionieren."
    )
    card = sanctions(blank_de, text, "de")["USA und Verbündete → Russland · Öl- und Gasexporte"]
    assert card["sector_key"] == "oil_gas_exports"
    assert card["stance"] == "considered"
    assert card["evidence"] == "indem sie Russlands Öl- und Gasexporte sanktionieren"


def test_target_without_entity_is_kept_as_written(blank_de: Language) -> None:
    text = "Die EU hatte am Dienstag ein Einreiseverbot gegen 13 ranghohe Syrer verhängt."
    card = sanctions(blank_de, text, "de")["EU → 13 ranghohe Syrer"]
    assert card["stance"] == "imposed"


def test_cues_without_issuer_inherit_the_articles_dominant_one(blank_de: Language) -> None:
    text = (
        "US-Sanktionen gegen Venezuela gelten seit 2019. "
        "Russische Banken helfen Caracas, die Sanktionen zu umgehen."
    )
    card = sanctions(blank_de, text, "de")["USA → Venezuela"]
    assert len(card["occurrences"]) == 2
    second = card["occurrences"][1]
    assert (second["stance"], second["stance_detail"]) == ("in_force", "circumvented")
    assert second["issuer_inferred"] and second["target_inferred"]
    assert not card["issuer_inferred"]


def test_easing_under_discussion_is_eased_but_hedged(blank_de: Language) -> None:
    text = "Kommentatoren meinen, die Lockerung der Sanktionen gegen Venezuela könnte helfen."
    occurrence = sanctions(blank_de, text, "de")["? → Venezuela"]["occurrences"][0]
    assert (occurrence["stance"], occurrence["stance_detail"]) == ("eased", "considered")


@pytest.mark.parametrize(
    ("text", "label", "stance"),
    [
        (
            "The United States imposed new sanctions on Iran's oil sector on Friday.",
            "USA → Iran · oil",
            "imposed",
        ),
        (
            "The European Union extended its sanctions against Russia by six months.",
            "EU → Russia",
            "extended",
        ),
        (
            "Washington has refused to lift sanctions on Venezuela.",
            "USA → Venezuela",
            "refused_to_lift",
        ),
        ("Britain froze the assets of Rosneft.", "United Kingdom → Rosneft", "in_force"),
        ("Tehran has long sought to circumvent US sanctions.", "USA → Iran", "in_force"),
        ("The EU is considering a price cap on Russian oil.", "EU → Russia · oil", "considered"),
    ],
)
def test_english_sanctions(nlp_en: Language, text: str, label: str, stance: str) -> None:
    found = sanctions(nlp_en, text, "en")
    assert label in found, found.keys()
    assert found[label]["stance"] == stance


def test_sanctity_is_not_a_sanction(nlp_en: Language) -> None:
    assert sanctions(nlp_en, "The sanctity of the vote was questioned.", "en") == {}


def test_same_issuer_target_and_sector_make_one_card(nlp_en: Language) -> None:
    text = (
        "The EU imposed sanctions on Russia in March. "
        "The EU extended its sanctions against Russia in July."
    )
    card = sanctions(nlp_en, text, "en")["EU → Russia"]
    assert [o["stance"] for o in card["occurrences"]] == ["imposed", "extended"]
    assert card["stances"] == ["imposed", "extended"]


def test_nationality_adjectives_name_the_target_country(blank_de: Language) -> None:
    text = "Die EU verhängte neue Sanktionen gegen russische Banken."
    card = sanctions(blank_de, text, "de")["EU → Russland · Banken"]
    assert card["sector_key"] == "finance"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Russland-Sanktionen der EU schaden auch Österreich.", "EU → Russland"),
        ("Der Ölpreis steigt durch die westlichen Sanktionen gegen Russland.", "Westen → Russland"),
        (
            "Kiew kritisierte die russischen Einreiseverbote gegen EU-Politiker.",
            "Russland → EU · Einzelpersonen",
        ),
    ],
)
def test_compounds_and_adjectives_around_the_cue(blank_de: Language, text: str, label: str) -> None:
    assert label in sanctions(blank_de, text, "de")


def test_genitive_issuer_after_the_cue(blank_de: Language) -> None:
    text = "China gilt als Russlands Antwort auf die Sanktionen des Westens."
    assert sanctions(blank_de, text, "de")["Westen → ?"]["stance"] == "in_force"
