"""General rules behind the story fixtures, each on a sentence of its own.

Each test pairs a reading with its contrast (a capital as government and as city, an
imposed sanction and a demanded one), so a rule tuned to one sentence would fail the other.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain import CardDraft, FactKind
from desktop.nlp import extract


def _cards(text: str, language: str) -> list[CardDraft]:
    cards = extract(text, language, dt.date(2024, 3, 7))
    for card in cards:
        assert all(m.is_valid_in(text) for m in card.mentions), card.label
    return cards


def _place_of(cards: list[CardDraft], mention: str) -> CardDraft:
    return next(
        c for c in cards if c.kind is FactKind.PLACE and mention in {m.text for m in c.mentions}
    )


def test_capital_after_to_is_the_government_unless_someone_travels() -> None:
    supplied = _cards("Tehran supplied drones to Moscow last year, officials said.", "en")
    assert _place_of(supplied, "Moscow").label == "Russia"
    assert _place_of(supplied, "Tehran").label == "Iran"
    travelled = _cards("The Iranian foreign minister flew to Moscow on Monday.", "en")
    moscow = _place_of(travelled, "Moscow")
    assert (moscow.label, moscow.attributes["country"]) == ("Moscow", "Russia")


def test_a_capital_named_as_such_is_the_city() -> None:
    cards = _cards("Raketen trafen die ukrainische Hauptstadt Kiew. Moskau schwieg.", "de")
    assert _place_of(cards, "Kiew").label == "Kiew"
    assert _place_of(cards, "Moskau").label == "Russland"


def test_a_call_for_sanctions_is_no_imposition() -> None:
    sanctions = [
        c.attributes
        for text in (
            "Poland urged the European Union to impose an embargo on Russian gas.",
            "The European Union imposed an embargo on Russian gas.",
        )
        for c in _cards(text, "en")
        if c.kind is FactKind.SANCTION
    ]
    demanded, imposed = sanctions
    assert (demanded["issuer"], demanded["stance"]) == ("European Union", "considered")
    assert demanded["occurrences"][0]["stance_detail"] == "demanded"
    assert (imposed["issuer"], imposed["stance"]) == ("European Union", "imposed")
    assert demanded["target"] == imposed["target"] == "Russia"


def test_an_administration_named_after_its_leader_is_no_person() -> None:
    alone = _cards("The Biden administration blacklisted five Iranian firms.", "en")
    assert not [c for c in alone if c.kind is FactKind.ACTOR]
    named = _cards("President Joe Biden spoke. The Biden administration acted.", "en")
    assert [c.label for c in named if c.kind is FactKind.ACTOR] == ["Joe Biden"]


def test_titles_of_organisations_before_and_after_the_name() -> None:
    cards = _cards(
        "NATO Secretary General Jens Stoltenberg met Josep Borrell, the EU foreign policy "
        "chief, in Brussels.",
        "en",
    )
    actors = {c.label: c.attributes for c in cards if c.kind is FactKind.ACTOR}
    assert actors["Jens Stoltenberg"]["affiliation"] == "NATO"
    assert actors["Josep Borrell"]["role"] == "foreign policy chief"
    assert actors["Josep Borrell"]["affiliation"] == "European Union"


def test_company_titles_name_the_company_not_a_country() -> None:
    cards = _cards("Siemens-Chef Roland Busch sagte in München, Russland bleibe tabu.", "de")
    busch = next(c for c in cards if c.label == "Roland Busch")
    assert (busch.attributes["role"], busch.attributes["affiliation"]) == (
        "Siemens-Chef",
        "Siemens",
    )


def test_source_before_a_relative_clause_and_a_separable_cue() -> None:
    cards = _cards(
        "Die Polizei teilte am Abend mit, zwei Menschen seien verletzt worden. Ein Beamter, "
        "der anonym bleiben wollte, sagte, die Lage sei ruhig.",
        "de",
    )
    sources = {c.label: c.attributes for c in cards if c.kind is FactKind.SOURCE}
    assert sources["Polizei"]["statements"][0]["cue"] == "teilte … mit"
    assert sources["anonymous: officials"]["statements"][0]["text"] == "die Lage sei ruhig"


def test_whom_sanctions_are_threatened_with_is_the_target() -> None:
    cases = [
        ("Die USA drohten Venezuela mit weiteren Sanktionen.", "de", ("USA", "Venezuela")),
        ("Washington threatened Iran with new sanctions.", "en", ("United States", "Iran")),
        ("Die EU hat Russland mit Sanktionen belegt.", "de", ("EU", "Russland")),
    ]
    for text, language, (issuer, target) in cases:
        sanction = next(c for c in _cards(text, language) if c.kind is FactKind.SANCTION)
        assert (sanction.attributes["issuer"], sanction.attributes["target"]) == (issuer, target)


def test_a_known_place_does_not_swallow_the_nouns_after_it() -> None:
    text = (
        "Die Außenminister der Mitgliedstaaten beschlossen am Montag in Brüssel "
        "Einreiseverbote und Vermögenssperren gegen sechs Personen."
    )
    cards = _cards(text, "de")
    places = {m.text for c in cards if c.kind is FactKind.PLACE for m in c.mentions}
    assert "Brüssel" in places
    assert not any("Einreiseverbote" in p for p in places)
