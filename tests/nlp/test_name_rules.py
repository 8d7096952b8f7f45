"""The rule layers alone (no statistical model): dictionary words, towns, lone names.

Each test runs a blank German pipeline with Factsheet's rule components, or hands them a
model's entity by hand, so what is found comes from the rules and their word lists.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import desktop.nlp.components  # noqa: F401  (registers the factories)
from desktop.nlp.lexicon import lexicon


@pytest.fixture(scope="module")
def rules_de() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factsheet_gazetteer", config={"language": "de"})
    nlp.add_pipe("factsheet_names", config={"language": "de"})
    return nlp


def entities(doc: Doc) -> set[tuple[str, str]]:
    return {(ent.text, ent.label_) for ent in doc.ents}


def with_model_entity(nlp: Language, text: str, words: str, label: str) -> Doc:
    """``text`` as if the model had tagged ``words``, then the rule layers."""
    doc = nlp.make_doc(text)
    start = [t.text for t in doc].index(words.split(maxsplit=1)[0])
    doc.ents = [Span(doc, start, start + len(words.split()), label=label)]
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_word_lists_are_loaded_for_german() -> None:
    lex = lexicon("de")
    assert {"Brötchen", "Drüsen", "Einreiseverbote"} <= lex.dictionary_nouns
    assert "Richter" not in lex.dictionary_nouns  # also a surname: left to the model
    assert ("Völklingen",) in lex.minor_places["Völklingen"]
    assert ("Neustadt", "an", "der", "Weinstraße") in lex.minor_places["Neustadt"]
    assert "Laura" in lex.first_names
    assert {"sagte", "erklärte", "so"} <= lex.speech_verbs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Der Unfall ereignete sich am Montag in Völklingen.", "Völklingen"),
        ("Die Firma zieht nach Neustadt an der Weinstraße um.", "Neustadt an der Weinstraße"),
        ("Er spielte lange in den Niederlanden.", "Niederlanden"),
        ("Die Demonstranten zogen durch die Pestalozzistraße.", "Pestalozzistraße"),
        ("Nach dem Unfall war die A 7 gesperrt.", "A 7"),
    ],
)
def test_known_towns_become_places(rules_de: Language, text: str, place: str) -> None:
    assert (place, "LOC") in entities(rules_de(text))


def test_a_common_noun_with_a_place_head_is_no_place(rules_de: Language) -> None:
    assert entities(rules_de("Die Seitenstraße am Staudamm war lange gesperrt.")) == set()


def test_a_town_before_a_number_is_left_to_the_model(rules_de: Language) -> None:
    found = entities(rules_de("Das Spiel gegen Völklingen 07 endete torlos."))
    assert ("Völklingen", "LOC") not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("„Das reicht nicht“, sagte Pofalla.", "Pofalla"),
        ("Die Lage sei ernst, so Güllner.", "Güllner"),
        ("Am Ende überzeugte Laura die Jury.", "Laura"),
    ],
)
def test_lone_names_become_persons(rules_de: Language, text: str, person: str) -> None:
    assert (person, "PER") in entities(rules_de(text))


def test_a_common_noun_after_a_speech_verb_stays_a_noun(rules_de: Language) -> None:
    assert entities(rules_de("Das sei ein Erfolg, sagte Sprecherin.")) == set()


@pytest.mark.parametrize(
    ("text", "model_span", "person"),
    [
        ("Hardeknuts Halbbruder Sven floh.", "Hardeknuts Halbbruder Sven", "Sven"),
        ("Damals war Rée Gründungsmitglied des Vereins.", "Rée Gründungsmitglied", "Rée"),
        ("Minister Fritz Rudolf Körper sprach.", "Fritz Rudolf Körper", "Fritz Rudolf Körper"),
        (
            "Zu Gast war Joseph Victor von Scheffel.",
            "Joseph Victor von Scheffel",
            "Joseph Victor von Scheffel",
        ),
    ],
)
def test_a_person_name_ends_at_a_dictionary_noun(
    rules_de: Language, text: str, model_span: str, person: str
) -> None:
    doc = with_model_entity(rules_de, text, model_span, "PER")
    assert (person, "PER") in entities(doc)


def test_a_lone_dictionary_noun_is_no_entity(rules_de: Language) -> None:
    doc = with_model_entity(rules_de, "Zum Frühstück gab es Brötchen mit Honig.", "Brötchen", "LOC")
    assert entities(doc) == set()


@pytest.mark.parametrize(
    ("text", "model_span", "model_label", "expected"),
    [
        ("Die Feier fand in der Schwabacher Straße statt.", "Schwabacher Straße", "ORG", "LOC"),
        ("Am Ende gewann Juventus Turin das Finale.", "Juventus Turin", "PER", "ORG"),
        ("Am Ende gewann Peter Berlin das Finale.", "Peter Berlin", "PER", "PER"),
        ("Das Fest in Taiskirchen war gut besucht.", "Taiskirchen", "PER", "LOC"),
    ],
)
def test_the_shape_of_a_name_decides_its_label(
    rules_de: Language, text: str, model_span: str, model_label: str, expected: str
) -> None:
    doc = with_model_entity(rules_de, text, model_span, model_label)
    assert (model_span, expected) in entities(doc)


def test_a_place_adjective_before_a_plain_noun_is_no_name(rules_de: Language) -> None:
    text = "Die Wülfrather Polizei sperrte die Straße."
    assert entities(with_model_entity(rules_de, text, "Wülfrather Polizei", "ORG")) == set()
    kept = with_model_entity(rules_de, "Er las die Berliner Zeitung.", "Berliner Zeitung", "ORG")
    assert ("Berliner Zeitung", "ORG") in entities(kept)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Das Champions-League-Spiels fand statt.", "Champions-League-Spiels", False),
        ("Die DLV-Gala war ausverkauft.", "DLV-Gala", False),
        ("Er forschte am Max-Planck-Institut in Jena.", "Max-Planck-Institut", True),
        ("Er besuchte das Otto-Schott-Gymnasium.", "Otto-Schott-Gymnasium", True),
    ],
)
def test_a_compound_ending_in_a_plain_noun_is_no_name(
    rules_de: Language, text: str, word: str, kept: bool
) -> None:
    doc = with_model_entity(rules_de, text, word, "ORG")
    assert ((word, "ORG") in entities(doc)) is kept


def test_a_name_after_a_word_for_a_place_is_that_place(rules_de: Language) -> None:
    text = "Im Bezirk Baba Amro fiel der Strom aus."
    assert ("Baba Amro", "LOC") in entities(with_model_entity(rules_de, text, "Baba Amro", "PER"))


def test_a_given_name_does_not_override_the_models_organisation(rules_de: Language) -> None:
    doc = with_model_entity(rules_de, "Er gewann die French Open in Paris.", "French Open", "ORG")
    assert ("French Open", "ORG") in entities(doc)


def test_a_given_name_inside_a_longer_name_is_no_person(rules_de: Language) -> None:
    assert ("America", "PER") not in entities(rules_de("Argentinien gewann die Copa America."))


def test_a_name_opened_by_a_listed_given_name_is_a_person(rules_de: Language) -> None:
    doc = with_model_entity(
        rules_de, "Dann traf Gonzalo Higuain zum 1:0.", "Gonzalo Higuain", "LOC"
    )
    assert ("Gonzalo Higuain", "PER") in entities(doc)
