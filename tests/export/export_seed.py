"""The seed article with a few claims: shared by the seed tests, the benchmark and the
script that renders ``docs/factsheet-seed-page-N.png``."""

from __future__ import annotations

from desktop.domain import FactKind, Span, Verdict
from desktop.services import Library

SEED_FILE = "reuters_de_venezuela.txt"
SEED_CLAIMS = (
    (
        "Die beiden Länder brachen 2019 die diplomatischen Beziehungen",
        Verdict.TRUE,
        "Reuters",
        "Bruch im Januar 2019 nach Guaidós Anerkennung durch die USA.",
        (
            "https://www.state.gov/u-s-relations-with-venezuela/",
            None,
            "Bilateral relations fact sheet",
        ),
    ),
    (
        "Die Regierung von Präsident Joe Biden hat darauf bestanden, dass sie die Sanktionen "
        "nicht aufheben wird",
        Verdict.MOSTLY_TRUE,
        "Joe Biden",
        "Später im Jahr wurden einzelne Lizenzen für Chevron erteilt.",
        (None, "Weißes Haus, Pressebriefing vom 7. März 2022", ""),
    ),
    (
        "Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO für die Krise "
        "in der Ukraine verantwortlich",
        Verdict.UNVERIFIED,
        None,
        "",
        None,
    ),
)


def seed_library(library: Library) -> int:
    """Import the seed article, extract it and add the claims; returns its id."""
    from desktop import config

    outcome = library.import_file(config.resource("samples", SEED_FILE))
    assert outcome.article_id is not None, outcome.message
    article_id = outcome.article_id
    cards = library.ensure_extracted(article_id)
    by_label = {c.label: c.id for c in cards if c.kind in (FactKind.ACTOR, FactKind.SOURCE)}
    body = library.article(article_id).body
    with library.store.transaction() as repo:
        for quote, verdict, claimant, note, evidence in SEED_CLAIMS:
            start = body.index(quote)
            card_id = by_label.get(claimant) if claimant else None
            repo.add_claim(
                article_id,
                Span(start, start + len(quote), quote),
                verdict=verdict,
                claimant_card_id=card_id,
                claimant_text=None if card_id else claimant,
                note=note,
                tags=("venezuela",),
                reviewer="Redaktion Faktencheck",
                evidence=[evidence] if evidence else [],
            )
    return article_id
