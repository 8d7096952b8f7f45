"""The committed German NER pipeline loads with plain spaCy and finds wire-copy entities."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from desktop.config import resource


@pytest.fixture(scope="session")
def german_ner() -> Any:
    return spacy.load(resource("models", "de_factsheet_ner"))


def test_model_identifies_itself(german_ner: Any) -> None:
    assert german_ner.meta["name"] == "de_factsheet_ner"
    assert german_ner.meta["version"]
    assert german_ner.pipe_names == ["attribute_ruler", "tok2vec", "ner", "sentencizer"]
    assert set(german_ner.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_model_tags_people_organisations_places_and_sentences(german_ner: Any) -> None:
    doc = german_ner(
        "Bundeskanzlerin Angela Merkel ist am Montag nach Paris gereist. "
        "Der Vorstandschef von Siemens, Joe Kaeser, sprach am Dienstag in München."
    )

    entities = {(ent.text, ent.label_) for ent in doc.ents}
    assert {
        ("Angela Merkel", "PER"),
        ("Paris", "LOC"),
        ("Siemens", "ORG"),
        ("Joe Kaeser", "PER"),
        ("München", "LOC"),
    } <= entities
    assert len(list(doc.sents)) == 2


def test_model_sees_the_lexicon_word_classes(german_ner: Any) -> None:
    """The classes the model was trained with travel inside it (attribute_ruler → TAG)."""
    doc = german_ner("Laura fuhr mit Brötchen von Völklingen zur Deutschen Bank.")
    tags = {token.text: token.tag_ for token in doc}
    assert tags["Laura"] == "GIVEN"
    assert tags["Brötchen"] == "NOUN"
    assert tags["Völklingen"] == "PLACE"
    assert tags["fuhr"] == ""
