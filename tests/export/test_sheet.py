"""The fact sheet view model: what every format shows."""

from __future__ import annotations

import datetime as dt

from export_fixtures import BODY, make_article, make_cards, make_claims

from desktop.domain import FactKind
from desktop.export.sheet import build_fact_sheet, excerpt_around, quote_marks

MOMENT = dt.datetime(2026, 3, 2, 10, 0)


def test_rejected_cards_never_appear(article, cards, claims):
    sheet = build_fact_sheet([(article, cards, claims)], MOMENT).articles[0]
    labels = {e.label for s in sheet.sections for e in s.entries}
    assert "Rejected Person" not in labels
    assert {"Nicolas Maduro", "NATO", "Interfax", "Venezuela"} <= labels


def test_timeline_runs_by_normalised_date_not_text_order(article, cards, claims):
    timeline = build_fact_sheet([(article, cards, claims)], MOMENT).articles[0]
    dates = [e.label for e in timeline.section(FactKind.DATE).entries]
    assert dates == ["25. Februar", "Samstag"]  # 2022-02-25 before 2022-03-05


def test_sanction_reads_issuer_to_target_sector_stance(article, cards, claims):
    sheet = build_fact_sheet([(article, cards, claims)], MOMENT).articles[0]
    (sanction,) = sheet.section(FactKind.SANCTION).entries
    assert sanction.summary == "USA → Venezuela · Öl · maintain"


def test_claim_names_its_claimant_card_and_keeps_evidence(article, cards, claims):
    sheet = build_fact_sheet([(article, cards, claims)], MOMENT).articles[0]
    by_quote = {c.quote: c for c in sheet.claims}
    first = by_quote["Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO"]
    assert first.claimant == "Interfax"
    assert first.verdict_label == "Mostly true"
    assert first.evidence[0].url == "https://example.org/interfax-2022-02-25"
    assert by_quote["sie die Sanktionen nicht aufheben wird"].claimant == "Weißes Haus"


def test_metadata_has_a_short_body_hash(article, cards, claims):
    sheet = build_fact_sheet([(article, cards, claims)], MOMENT).articles[0]
    fields = {f.label: f.value for f in sheet.metadata}
    assert fields["Body hash"] == article.body_hash[:12]
    assert fields["Agency"] == "Reuters"
    assert fields["Published"] == "2022-03-06"


def test_missing_attributes_do_not_break_the_sheet(article):
    bare = [c.__class__(**{**c.__dict__, "attributes": {}}) for c in make_cards()]
    sheet = build_fact_sheet([(article, bare, [])], MOMENT).articles[0]
    assert all(e.summary == "" for s in sheet.sections for e in s.entries)


def test_dossier_indexes_actors_and_sources_across_articles():
    second = make_article(2, title="Zweiter Artikel", body_hash="ab" * 32)
    sheet = build_fact_sheet(
        [
            (make_article(), make_cards(), make_claims()),
            (second, make_cards(article_id=2)[:1], []),
        ],
        MOMENT,
    )
    assert sheet.is_dossier
    assert sheet.title == "Dossier: 2 articles"
    index = {(e.kind, e.label): e.articles for e in sheet.index}
    assert index[(FactKind.ACTOR, "Nicolas Maduro")] == (1, 2)
    assert index[(FactKind.ACTOR, "Joe Biden")] == (1,)
    assert index[(FactKind.SOURCE, "Interfax")] == (1,)


def test_excerpt_keeps_the_sentence_across_german_ordinals():
    start = BODY.index("NATO")
    excerpt = excerpt_around(BODY, start, start + 4)
    assert excerpt.before.startswith("Venezuela machte am 25. Februar")
    assert excerpt.focus == "NATO"


def test_quotation_marks_follow_the_article_language():
    assert quote_marks("de") == ("„", "“")
    assert quote_marks("en-GB") == ("“", "”")
    assert quote_marks("und") == ("“", "”")
