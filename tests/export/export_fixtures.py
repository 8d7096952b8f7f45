"""Hand-made articles, cards and claims: stable inputs for golden files and unit tests."""

from __future__ import annotations

import datetime as dt

from desktop.domain import (
    ArticleDetail,
    CardState,
    CardView,
    ClaimView,
    EvidenceView,
    FactKind,
    MentionView,
    Origin,
    Verdict,
)

BODY = (
    "WASHINGTON (Reuters) – Hochrangige US-Beamte reisten am Samstag zu Gesprächen mit der "
    "Regierung von Präsident Nicolas Maduro nach Venezuela, so eine vertraute Person.\n\n"
    "Die Regierung von Präsident Joe Biden hat darauf bestanden, dass sie die Sanktionen "
    "nicht aufheben wird, auch nicht gegen den lebenswichtigen Ölsektor Venezuelas.\n\n"
    "Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO für die Krise "
    "verantwortlich, berichtete die Nachrichtenagentur Interfax."
)
MOMENT = dt.datetime(2026, 3, 2, 9, 30)


def span(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = BODY.index(text, start + 1)
    return start, start + len(text)


def make_article(article_id: int = 1, body: str = BODY, **changes: object) -> ArticleDetail:
    values: dict[str, object] = {
        "id": article_id,
        "title": "US-Beamte reisen zu Gesprächen nach Venezuela",
        "author": "Matt Spetalnick",
        "dateline": "WASHINGTON",
        "agency": "Reuters",
        "site": None,
        "published_on": dt.date(2022, 3, 6),
        "language": "de",
        "source_path": "/samples/reuters_de_venezuela.txt",
        "source_url": None,
        "body": body,
        "body_hash": "3f2a9c0d41be77e0a1c5d9e2f00112233445566778899aabbccddeeff0011223",
        "imported_at": MOMENT,
        "pipeline": "de_factsheet 0.1",
        "extracted_at": MOMENT,
        "version": 1,
    }
    values.update(changes)
    return ArticleDetail(**values)  # type: ignore[arg-type]


def card(
    card_id: int,
    kind: FactKind,
    label: str,
    texts: list[str],
    *,
    state: CardState = CardState.ACTIVE,
    article_id: int = 1,
    **attributes: object,
) -> CardView:
    mentions = tuple(MentionView(card_id * 10 + i, *span(t), t) for i, t in enumerate(texts))
    return CardView(
        card_id, article_id, kind, label, dict(attributes), Origin.AUTO, state, mentions, 1
    )


def make_cards(article_id: int = 1) -> list[CardView]:
    return [
        card(
            1,
            FactKind.ACTOR,
            "Nicolas Maduro",
            ["Nicolas Maduro"],
            role="Präsident",
            affiliation="Venezuela",
            article_id=article_id,
        ),
        card(
            2,
            FactKind.ACTOR,
            "Joe Biden",
            ["Joe Biden"],
            role="Präsident",
            affiliation="USA",
            article_id=article_id,
        ),
        card(
            3,
            FactKind.ORGANISATION,
            "NATO",
            ["NATO"],
            type="military alliance",
            article_id=article_id,
        ),
        card(
            4,
            FactKind.PLACE,
            "Venezuela",
            ["Venezuela", "Venezuelas"],
            type="country",
            country="VE",
            article_id=article_id,
        ),
        card(
            5,
            FactKind.DATE,
            "25. Februar",
            ["25. Februar"],
            value="2022-02-25",
            text="25. Februar",
            event="Schuldzuweisung",
            granularity="day",
            article_id=article_id,
        ),
        card(
            6,
            FactKind.DATE,
            "Samstag",
            ["Samstag"],
            value="2022-03-05",
            text="Samstag",
            granularity="day",
            article_id=article_id,
        ),
        card(
            7,
            FactKind.SANCTION,
            "Sanktionen gegen den Ölsektor",
            ["Sanktionen"],
            issuer="USA",
            target="Venezuela",
            sector="Öl",
            stance="maintain",
            article_id=article_id,
        ),
        card(
            8,
            FactKind.SOURCE,
            "Interfax",
            ["Nachrichtenagentur Interfax"],
            source_kind="news agency",
            statements=[
                {
                    "cue": "berichtete",
                    "start": 0,
                    "end": 10,
                    "text": "Venezuela machte die NATO verantwortlich",
                    "cites": None,
                }
            ],
            article_id=article_id,
        ),
        card(
            9,
            FactKind.ACTOR,
            "Rejected Person",
            ["vertraute Person"],
            state=CardState.REJECTED,
            article_id=article_id,
        ),
    ]


def make_claims(article_id: int = 1) -> list[ClaimView]:
    quote = "Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO"
    start, end = span(quote)
    quote2 = "sie die Sanktionen nicht aufheben wird"
    start2, end2 = span(quote2)
    return [
        ClaimView(
            1,
            article_id,
            start,
            end,
            quote,
            Verdict.MOSTLY_TRUE,
            8,
            None,
            "Interfax zitiert den Kreml.",
            ("ukraine", "venezuela"),
            "A. Prüferin",
            MOMENT,
            MOMENT,
            (EvidenceView(1, "https://example.org/interfax-2022-02-25", None, "Original report"),),
            1,
        ),
        ClaimView(
            2,
            article_id,
            start2,
            end2,
            quote2,
            Verdict.FALSE,
            None,
            "Weißes Haus",
            "",
            (),
            None,
            MOMENT,
            MOMENT,
            (EvidenceView(2, None, "Press briefing, 7 March", ""),),
            1,
        ),
    ]
