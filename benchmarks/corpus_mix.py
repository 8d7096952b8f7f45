"""Many distinct, real-text German articles from the 1,028 of the shared corpus.

Article ``i`` is base article ``i % 1028`` as it is (first round) or, in later rounds,
with every second paragraph taken from a partner article that depends on the round, so no
two articles share a body and dedupe keeps them all. Deterministic: the same ``i`` always
gives the same article. Metadata (agency, date) varies so the library list has something
to sort and filter by.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gnad_de_1028.jsonl"
AGENCIES = ("Reuters", "dpa", "AFP", "APA", "AP", None)
SITE = "derStandard.at"
FIRST_DAY = dt.date(2015, 1, 1)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"])")
SENTENCES_PER_PARAGRAPH = 3


@dataclass(frozen=True)
class MixedArticle:
    title: str
    body: str
    agency: str | None
    site: str | None
    published_on: dt.date

    @property
    def words(self) -> int:
        return len(self.body.split())

    def as_file_text(self) -> str:
        """A plain-text wire story: headline, blank line, body paragraphs."""
        return f"{self.title}\n\n{self.body}\n"


@cache
def base_articles(corpus: Path = CORPUS) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(title, paragraphs) of each corpus article; the teaser sentence is the title."""
    articles = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        sentences = _SENTENCE_END.split(json.loads(line)["text"].strip())
        if len(sentences) < 3:
            continue
        title, rest = sentences[0], sentences[1:]
        paragraphs = tuple(
            " ".join(rest[i : i + SENTENCES_PER_PARAGRAPH])
            for i in range(0, len(rest), SENTENCES_PER_PARAGRAPH)
        )
        articles.append((title[:200], paragraphs))
    return tuple(articles)


def article(index: int) -> MixedArticle:
    bases = base_articles()
    base_title, paragraphs = bases[index % len(bases)]
    round_ = index // len(bases)
    if round_:
        partner = bases[(index % len(bases) + 1 + round_ * 37) % len(bases)][1]
        paragraphs = (
            *tuple(
                partner[(n + round_) % len(partner)] if n % 2 else paragraph
                for n, paragraph in enumerate(paragraphs)
            ),
            partner[round_ % len(partner)],
        )
    agency = AGENCIES[index % len(AGENCIES)]
    return MixedArticle(
        title=base_title,
        body="\n\n".join(paragraphs),
        agency=agency,
        site=None if agency else SITE,
        published_on=FIRST_DAY + dt.timedelta(days=(index * 7919) % 3650),
    )


def articles(count: int, start: int = 0) -> Iterator[MixedArticle]:
    for index in range(start, start + count):
        yield article(index)
