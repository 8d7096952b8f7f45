"""The store on both backends: one Alembic history, the same rows, the same counters."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from pg_helpers import add, card, span
from sqlalchemy import inspect, text

from desktop.domain import ArticleDraft, CardState, FactKind, MetadataChanges, Verdict
from desktop.store import Store
from desktop.store.db import alembic_config, include_object
from desktop.store.models import Base, FactCard

BODY = (
    "Nicolas Maduro traf Wladimir Putin in Moskau. Maduro lobte Putins Kurs. "
    "„Wir stehen an eurer Seite“, sagte Maduro."
)


def test_migrations_build_the_schema_the_models_describe(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_postgres_gets_its_full_text_index_and_counter_triggers(pg_url: str) -> None:
    store = Store(pg_url)
    try:
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("article")}
        with store.engine.connect() as connection:
            triggers = set(
                connection.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
                .scalars()
                .all()
            )
            folded = connection.execute(text("SELECT fs_fold('Guaidó Straße')")).scalar()
    finally:
        store.close()
    assert "article_fts_document" in indexes
    assert triggers == {"article_claim_count", "article_source_name"}
    assert folded == "guaido strasse"


def test_upgrade_is_idempotent_and_downgrade_to_0003_and_back_keeps_rows(db_url: str) -> None:
    first = Store(db_url)
    article_id = add(first, BODY, "Maduro in Moskau")
    command.downgrade(alembic_config(first.engine), "0003")
    first.close()
    second = Store(db_url)  # upgrades to head again
    try:
        with second.reading() as repo:
            assert repo.article(article_id).body == BODY
            assert [r.article_id for r in repo.search_results("Moskau")] == [article_id]
    finally:
        second.close()


def test_article_round_trip_and_metadata_edit_keep_the_source_name(store: Store) -> None:
    article_id = add(store, BODY, "Maduro in Moskau", agency="AFP")
    with store.transaction() as repo:
        repo.update_metadata(article_id, MetadataChanges(author="Jane Doe", agency="  "))
    with store.reading() as repo:
        article = repo.article(article_id)
        (summary,) = repo.list_articles()
    assert (article.title, article.author, article.agency, article.body) == (
        "Maduro in Moskau",
        "Jane Doe",
        None,
        BODY,
    )
    assert article.published_on is None and isinstance(article.imported_at, dt.datetime)
    assert summary.id == article_id


def test_failed_transaction_leaves_no_partial_rows(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as repo:
        repo.add_article(ArticleDraft(body="x", raw="x", title="t"), "0" * 64)
        raise RuntimeError("network gone")
    with store.reading() as repo:
        assert repo.count_articles() == 0


def test_claims_with_evidence_and_tags_round_trip_and_are_counted(store: Store) -> None:
    article_id = add(store, BODY)
    with store.transaction() as repo:
        repo.add_claim(
            article_id,
            span(BODY, "Maduro lobte Putins Kurs"),
            verdict=Verdict.MISLEADING,
            tags=["russland", "venezuela"],
            reviewer="anna",
            evidence=[("https://example.org/a", None, "Interview")],
        )
    with store.reading() as repo:
        (claim,) = repo.claims(article_id)
        (summary,) = repo.list_articles()
    assert (claim.verdict, claim.tags, claim.reviewer) == (
        Verdict.MISLEADING,
        ("russland", "venezuela"),
        "anna",
    )
    assert claim.evidence[0].url == "https://example.org/a"
    assert summary.claim_count == 1


def maduro_drafts() -> list:  # type: ignore[type-arg]
    return [
        card(FactKind.ACTOR, "Nicolas Maduro", BODY, "Nicolas Maduro"),
        card(FactKind.ACTOR, "Wladimir Putin", BODY, "Wladimir Putin"),
    ]


def test_rerunning_extraction_adds_only_new_findings_and_keeps_user_work(store: Store) -> None:
    article_id = add(store, BODY)
    with store.transaction() as repo:
        first = repo.merge_drafts(article_id, maduro_drafts())
    with store.transaction() as repo:
        again = repo.merge_drafts(article_id, maduro_drafts())
    assert (first.cards_added, first.mentions_added) == (2, 2)
    assert (again.cards_added, again.mentions_added) == (0, 0)
    with store.transaction() as repo:
        cards = {c.label: c.id for c in repo.cards(article_id)}
        putin = repo.session.get(FactCard, cards["Wladimir Putin"])
        assert putin is not None
        putin.state = CardState.REJECTED.value
    richer = [*maduro_drafts(), card(FactKind.PLACE, "Moskau", BODY, "Moskau")]
    with store.transaction() as repo:
        report = repo.merge_drafts(article_id, richer)
        active = sorted(c.label for c in repo.cards(article_id))
    assert report.cards_added == 1
    assert active == ["Moskau", "Nicolas Maduro"]


def test_actor_filter_finds_articles_through_linked_entities(store: Store) -> None:
    article_id = add(store, BODY)
    add(store, "Ein anderer Text über das Wetter in Wien.", "Wetter")
    with store.transaction() as repo:
        repo.merge_drafts(article_id, maduro_drafts())
    with store.reading() as repo:
        found = [r.article_id for r in repo.search_results("actor:maduro")]
        entities = [e.label for e in repo.entities(FactKind.ACTOR)]
    assert found == [article_id]
    assert sorted(entities) == ["Nicolas Maduro", "Wladimir Putin"]
