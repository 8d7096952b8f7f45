"""Values passed between the nlp layer's components (no spaCy types leak out)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain import FactKind


@dataclass(frozen=True)
class EntityMention:
    """One resolved mention of an actor, organisation or place: ``body[start:end] == text``."""

    start: int
    end: int
    text: str
    kind: FactKind
    label: str  # canonical label of the card this mention belongs to


class EntityIndex:
    """Resolved entity mentions of one document, searchable by character offsets."""

    def __init__(self, mentions: Iterable[EntityMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[EntityMention]:
        """Mentions lying entirely inside ``[start, end)``."""
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def at(self, start: int, end: int) -> EntityMention | None:
        """The mention that overlaps ``[start, end)`` most, if any."""
        best: EntityMention | None = None
        best_overlap = 0
        for mention in self.mentions:
            if mention.start >= end:
                break
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention, overlap
        return best

    def labels(self, kind: FactKind) -> set[str]:
        return {m.label for m in self.mentions if m.kind is kind}
