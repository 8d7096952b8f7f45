"""Word classes of the lexicon, the German model's extra input feature."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from desktop.config import resource
from desktop.nlp.lexicon import lexicon
from desktop.nlp.training.word_classes import copy_patterns, ruler_patterns, word_classes


def test_every_word_has_one_class_in_priority_order() -> None:
    classes = word_classes(lexicon("de"))
    seen: set[str] = set()
    for words in classes.values():
        assert not words & seen
        seen |= words
    assert "Reuters" in classes["ORG"]
    assert "Völklingen" in classes["PLACE"]
    assert "Brötchen" in classes["NOUN"]


def test_the_patterns_set_the_class_as_the_tag() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("attribute_ruler").add_patterns(ruler_patterns(lexicon("de")))
    doc = nlp("Laura kaufte in Völklingen Brötchen bei Reuters.")
    tags = {token.text: token.tag_ for token in doc}
    assert tags == {
        "Laura": "GIVEN",
        "kaufte": "",
        "in": "",
        "Völklingen": "PLACE",
        "Brötchen": "NOUN",
        "bei": "",
        "Reuters": "ORG",
        ".": "",
    }


def test_a_models_own_classes_can_be_reused_for_retraining(tmp_path: Path) -> None:
    copied = copy_patterns(resource("models", "de_factsheet_ner"), tmp_path / "classes.json")
    patterns = json.loads(copied.read_text("utf-8"))
    assert [p["attrs"]["TAG"] for p in patterns] == ["ORG", "PLACE", "GIVEN", "ROLE", "NOUN"]
    assert "Völklingen" in patterns[1]["patterns"][0][0]["ORTH"]["IN"]
