"""Store: migrations, round trips, re-runnable merge and full-text search on real SQLite files."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop.domain import (
    ArticleDraft,
    CardDraft,
    CardState,
    FactKind,
    MetadataChanges,
    NotFoundError,
    OffsetError,
    Span,
    Verdict,
)
from desktop.store import Store
from desktop.store.db import alembic_config, include_object
from desktop.store.models import Base, FactCard

BODY = "Präsident Nicolas Maduro traf Wladimir Putin in Moskau. Maduro lobte Putins Kurs."


def span(body: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def add_article(store: Store, body: str = BODY, title: str = "Maduro in Moskau") -> int:
    with store.transaction() as repo:
        return repo.add_article(
            ArticleDraft(body=body, raw=body, title=title, language="de"), "h" + title
        )


def test_migrations_form_one_linear_chain() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None
    assert all(len(r._all_down_revisions) <= 1 for r in revisions)


def test_models_and_migrations_agree(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.sqlite_only("journal mode and foreign keys are SQLite PRAGMAs")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_upgrade_is_idempotent_and_keeps_rows(db_url: str) -> None:
    first = Store(db_url)
    article_id = add_article(first)
    first.close()
    second = Store(db_url)
    with second.reading() as repo:
        assert repo.article(article_id).body == BODY
    second.close()


@pytest.mark.sqlite_only("the FTS5 index is a SQLite virtual table")
def test_sqlite_library_has_its_fts5_index(sqlite_store: Store) -> None:
    assert "article_fts" in inspect(sqlite_store.engine).get_table_names()


def test_article_round_trip_and_metadata_edit(store: Store) -> None:
    article_id = add_article(store)
    with store.transaction() as repo:
        repo.update_metadata(article_id, MetadataChanges(author="Jane Doe", agency="  "))
    with store.reading() as repo:
        article = repo.article(article_id)
        assert (article.title, article.author, article.agency) == (
            "Maduro in Moskau",
            "Jane Doe",
            None,
        )
        assert article.body == BODY
        assert [a.id for a in repo.list_articles()] == [article_id]


def test_failed_transaction_leaves_no_partial_rows(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as repo:
        repo.add_article(ArticleDraft(body="x", raw="x", title="t"), "hash-x")
        raise RuntimeError("disk pulled")
    with store.reading() as repo:
        assert repo.count_articles() == 0


def test_missing_article_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no article with id 99"), store.reading() as repo:
        repo.article(99)


def maduro_drafts() -> list[CardDraft]:
    return [
        CardDraft(
            FactKind.ACTOR,
            "Nicolas Maduro",
            {"role": "Präsident"},
            (span(BODY, "Nicolas Maduro"), span(BODY, "Maduro", 1)),
        ),
        CardDraft(FactKind.ACTOR, "Wladimir Putin", {}, (span(BODY, "Wladimir Putin"),)),
    ]


def test_merge_drafts_stores_cards_with_exact_offsets(store: Store) -> None:
    article_id = add_article(store)
    with store.transaction() as repo:
        report = repo.merge_drafts(article_id, maduro_drafts())
        cards = repo.cards(article_id)
    assert (report.cards_added, report.mentions_added) == (2, 3)
    for card in cards:
        for mention in card.mentions:
            assert BODY[mention.start : mention.end] == mention.text


def test_rerun_adds_new_findings_but_never_revives_or_changes_user_work(store: Store) -> None:
    article_id = add_article(store)
    with store.transaction() as repo:
        repo.merge_drafts(article_id, maduro_drafts())
    with store.transaction() as repo:
        cards = {c.label: c.id for c in repo.cards(article_id)}
        maduro = repo.session.get(FactCard, cards["Nicolas Maduro"])
        putin = repo.session.get(FactCard, cards["Wladimir Putin"])
        assert maduro is not None and putin is not None
        maduro.label, maduro.origin = "N. Maduro", "user"
        putin.state = CardState.REJECTED.value
    richer = [
        *maduro_drafts(),
        CardDraft(FactKind.ACTOR, "Wladimir Putin", {}, (span(BODY, "Putins"),)),
        CardDraft(FactKind.PLACE, "Russland", {}, (span(BODY, "Moskau"),)),
    ]
    with store.transaction() as repo:
        report = repo.merge_drafts(article_id, richer)
        active = {c.label: c for c in repo.cards(article_id)}
        rejected = repo.cards(article_id, [CardState.REJECTED])
    assert report.cards_added == 1
    assert set(active) == {"N. Maduro", "Russland"}
    assert len(active["N. Maduro"].mentions) == 2
    assert [len(c.mentions) for c in rejected] == [1]


def test_span_that_does_not_quote_the_body_is_refused(store: Store) -> None:
    article_id = add_article(store)
    bad = CardDraft(FactKind.ACTOR, "X", {}, (Span(0, 5, "Nicht"),))
    with pytest.raises(OffsetError), store.transaction() as repo:
        repo.merge_drafts(article_id, [bad])
    with store.reading() as repo:
        assert repo.cards(article_id) == []


def test_claims_round_trip_with_evidence(store: Store) -> None:
    article_id = add_article(store)
    with store.transaction() as repo:
        repo.add_claim(
            article_id,
            span(BODY, "Maduro lobte Putins Kurs"),
            verdict=Verdict.MISLEADING,
            evidence=[("https://example.org/a", None, "Interview")],
        )
    with store.reading() as repo:
        (claim,) = repo.claims(article_id)
        assert claim.verdict is Verdict.MISLEADING
        assert claim.evidence[0].url == "https://example.org/a"
        assert [a.claim_count for a in repo.list_articles()] == [1]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("maduro", True),
        ("MOSKAU", True),
        ('"lobte Putins"', True),
        ('"Putins lobte"', False),
        ("Mad", True),
        ("Präsid", True),
        ("prasident", True),
        ("Caracas", False),
        ('"', False),
    ],
)
def test_full_text_search(store: Store, query: str, found: bool) -> None:
    article_id = add_article(store)
    with store.reading() as repo:
        hits = repo.search(query)
    assert [h.article_id for h in hits] == ([article_id] if found else [])


def test_search_index_follows_title_edits_and_deletes(store: Store) -> None:
    article_id = add_article(store)
    with store.transaction() as repo:
        repo.update_metadata(article_id, MetadataChanges(title="Gipfeltreffen"))
    with store.reading() as repo:
        assert [h.article_id for h in repo.search("Gipfeltreffen")] == [article_id]
    with store.transaction() as repo:
        repo.delete_article(article_id)
    with store.reading() as repo:
        assert repo.search("Maduro") == []


def test_the_same_date_words_in_two_places_stay_two_cards(store: Store) -> None:
    body = "Am Samstag reisten sie ab. Am Samstag kamen sie an."
    article_id = add_article(store, body, "Zwei Samstage")
    drafts = [
        CardDraft(FactKind.DATE, "Am Samstag", {"event": "ab"}, (span(body, "Am Samstag"),)),
        CardDraft(FactKind.DATE, "Am Samstag", {"event": "an"}, (span(body, "Am Samstag", 1),)),
    ]
    for _ in range(2):  # re-running must not duplicate them either
        with store.transaction() as repo:
            repo.merge_drafts(article_id, drafts)
    with store.reading() as repo:
        cards = repo.cards(article_id)
    assert sorted(c.attributes["event"] for c in cards) == ["ab", "an"]


def test_every_migration_downgrades_to_base_and_upgrades_again(store: Store) -> None:
    from alembic import command

    config = alembic_config(store.engine)
    command.downgrade(config, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    article_id = add_article(store)
    with store.reading() as repo:
        assert [h.article_id for h in repo.search("Maduro")] == [article_id]
