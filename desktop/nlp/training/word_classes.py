"""Word classes from Factsheet's lexicon as an input feature of the German NER model.

Unseen names are what the small model misses most. The gazetteers know many of them
(72,000 towns, given names, organisations), so the model gets, for every token, the class
the lexicon gives its exact form — ``PLACE``, ``ORG``, ``GIVEN``, ``ROLE``, ``NOUN`` or
nothing — and learns how far to trust it. The classes are set as the token's ``TAG`` by
spaCy's built-in ``attribute_ruler`` at the head of the pipeline; the tok2vec embeds
``TAG`` next to the word's own features. The patterns are stored inside the model, so
``spacy.load`` of the model needs no Factsheet code and the model sees the same classes
it was trained with.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.nlp.lexicon import Lexicon, lexicon

# Checked in this order: the first class whose words hold a token's form is its class.
CLASS_ORDER = ("ORG", "PLACE", "GIVEN", "ROLE", "NOUN")


def word_classes(lex: Lexicon) -> dict[str, set[str]]:
    """Single-word forms per class, each form in its first class only."""
    single = {text: entry for text, entry in lex.entries.items() if " " not in text}
    candidates = {
        "ORG": {text for text, entry in single.items() if entry.label == "ORG"},
        "PLACE": {text for text, entry in single.items() if entry.label == "LOC"}
        | {first for first, names in lex.minor_places.items() if (first,) in names},
        "GIVEN": set(lex.first_names),
        "ROLE": {text for text in lex.roles if " " not in text},
        "NOUN": set(lex.dictionary_nouns) | set(lex.common_nouns),
    }
    classes: dict[str, set[str]] = {}
    seen: set[str] = set()
    for name in CLASS_ORDER:
        classes[name] = candidates[name] - seen
        seen |= classes[name]
    return classes


def ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    """``attribute_ruler`` patterns: one pattern per class (a set lookup per token)."""
    return [
        {"patterns": [[{"ORTH": {"IN": sorted(words)}}]], "attrs": {"TAG": name}}
        for name, words in word_classes(lex).items()
        if words
    ]


def write_patterns(path: Path, language: str = "de") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ruler_patterns(lexicon(language)), ensure_ascii=False), "utf-8")
    return path


def copy_patterns(model_dir: Path, path: Path) -> Path:
    """The patterns a trained model carries (to retrain it with the very same classes)."""
    import spacy
    from spacy.pipeline import AttributeRuler

    ruler = spacy.load(model_dir).get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    patterns = [{"patterns": p["patterns"], "attrs": p["attrs"]} for p in ruler.patterns]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(patterns, ensure_ascii=False), "utf-8")
    return path
