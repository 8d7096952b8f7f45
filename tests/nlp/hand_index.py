"""Build an EntityIndex by hand for rule-layer tests (no NER model needed)."""

from __future__ import annotations

import re

from desktop.domain import FactKind
from desktop.nlp.types import EntityIndex, EntityMention

PLACE, ORG, ACTOR = FactKind.PLACE, FactKind.ORGANISATION, FactKind.ACTOR


def hand_index(text: str, forms: dict[str, tuple[FactKind, str]]) -> EntityIndex:
    """Every whole-word occurrence of each surface form, longest forms first."""
    mentions: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        kind, label = forms[form]
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            mentions.append(EntityMention(match.start(), match.end(), form, kind, label))
    return EntityIndex(mentions)


SEED_FORMS: dict[str, tuple[FactKind, str]] = {
    "Nicolas Maduro": (ACTOR, "Nicolas Maduro"),
    "Maduro": (ACTOR, "Nicolas Maduro"),
    "Maduros": (ACTOR, "Nicolas Maduro"),
    "Wladimir Putin": (ACTOR, "Wladimir Putin"),
    "Putin": (ACTOR, "Wladimir Putin"),
    "Putins": (ACTOR, "Wladimir Putin"),
    "Joe Biden": (ACTOR, "Joe Biden"),
    "Donald Trump": (ACTOR, "Donald Trump"),
    "Juan Guaido": (ACTOR, "Juan Guaido"),
    "Reuters": (ORG, "Reuters"),
    "New York Times": (ORG, "The New York Times"),
    "Interfax": (ORG, "Interfax"),
    "Kreml": (ORG, "Kreml"),
    "Weißen Hauses": (ORG, "Weißes Haus"),
    "Weiße Haus": (ORG, "Weißes Haus"),
    "Außenministeriums": (ORG, "US-Außenministerium"),
    "Außenministerium": (ORG, "US-Außenministerium"),
    "OPEC": (ORG, "OPEC"),
    "NATO": (ORG, "NATO"),
    "PDVSA": (ORG, "PDVSA"),
    "Venezuela": (PLACE, "Venezuela"),
    "Venezuelas": (PLACE, "Venezuela"),
    "Caracas": (PLACE, "Venezuela"),
    "Russland": (PLACE, "Russland"),
    "Russlands": (PLACE, "Russland"),
    "Moskaus": (PLACE, "Russland"),
    "USA": (PLACE, "USA"),
    "US": (PLACE, "USA"),
    "Vereinigten Staaten": (PLACE, "USA"),
    "Washington": (PLACE, "USA"),
    "Ukraine": (PLACE, "Ukraine"),
    "Chinas": (PLACE, "China"),
    "Kuba": (PLACE, "Kuba"),
    "Kubas": (PLACE, "Kuba"),
    "Iran": (PLACE, "Iran"),
    "Nicaragua": (PLACE, "Nicaragua"),
}
