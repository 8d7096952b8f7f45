"""The library list at scale: counted, sorted, filtered pages; counters kept by the database."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import text
from store_helpers import add

from desktop.domain import MetadataChanges, Span, Verdict
from desktop.store import Store
from desktop.store.db import alembic_config, make_engine
from desktop.store.views import ArticleFilters, SortKey

ROWS = [
    # title, language, agency, site, date
    ("Bravo", "de", "Reuters", None, dt.date(2024, 3, 1)),
    ("alpha", "en", None, "bbc.co.uk", dt.date(2023, 1, 5)),
    ("Charlie", "de", "dpa", None, None),
    ("Delta", "en", "Reuters", None, dt.date(2025, 7, 9)),
    ("Echo", "de", None, None, dt.date(2022, 2, 2)),
]


@pytest.fixture
def library(store: Store) -> dict[str, int]:
    ids = {}
    for title, language, agency, site, date in ROWS:
        body = f"Text über {title}. Zweiter Satz."
        ids[title] = add(
            store, body, title, language=language, agency=agency, site=site, published_on=date
        )
    _claim(store, ids["Bravo"], Verdict.FALSE)
    _claim(store, ids["Bravo"], Verdict.TRUE)
    _claim(store, ids["Echo"], Verdict.MISLEADING)
    return ids


def _claim(store: Store, article_id: int, verdict: Verdict) -> None:
    with store.transaction() as repo:
        body = repo.article(article_id).body
        repo.add_claim(article_id, Span(0, 4, body[:4]), verdict=verdict)


def titles(store: Store, sort: SortKey, descending: bool, **filters: object) -> list[str]:
    with store.reading() as repo:
        page = repo.article_page(
            0, 100, sort=sort, descending=descending, filters=ArticleFilters(**filters)
        )
    return [a.title for a in page]


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (SortKey.TITLE, ["Bravo", "Charlie", "Delta", "Echo", "alpha"]),
        (SortKey.DATE, ["Charlie", "Echo", "alpha", "Bravo", "Delta"]),
        # no source sorts first, then agency else site; ties by id
        (SortKey.SOURCE, ["Echo", "Bravo", "Delta", "alpha", "Charlie"]),
        (SortKey.CLAIMS, ["alpha", "Charlie", "Delta", "Echo", "Bravo"]),
    ],
)
def test_each_column_sorts_both_ways(
    store: Store, library: dict[str, int], sort: SortKey, ascending: list[str]
) -> None:
    assert titles(store, sort, descending=False) == ascending
    assert titles(store, sort, descending=True) == ascending[::-1]


def test_language_sort_breaks_ties_by_id(store: Store, library: dict[str, int]) -> None:
    assert titles(store, SortKey.LANGUAGE, descending=False) == [
        "Bravo",
        "Charlie",
        "Echo",
        "alpha",
        "Delta",
    ]


def test_pages_join_up_to_the_whole_sorted_list(store: Store, library: dict[str, int]) -> None:
    with store.reading() as repo:
        whole = repo.article_page(0, 100, sort=SortKey.DATE)
        pages = [repo.article_page(o, 2, sort=SortKey.DATE) for o in (0, 2, 4, 6)]
    assert [a.id for page in pages for a in page] == [a.id for a in whole]
    assert [len(page) for page in pages] == [2, 2, 1, 0]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"language": "en"}, {"alpha", "Delta"}),
        ({"source": "Reuters"}, {"Bravo", "Delta"}),
        ({"source": "bbc.co.uk"}, {"alpha"}),
        ({"has_claims": True}, {"Bravo", "Echo"}),
        ({"has_claims": False}, {"alpha", "Charlie", "Delta"}),
        ({"verdict": Verdict.FALSE}, {"Bravo"}),
        ({"verdict": Verdict.MISLEADING, "language": "de"}, {"Echo"}),
        ({"verdict": Verdict.MIXED}, set()),
    ],
)
def test_filters_narrow_the_list_and_its_count(
    store: Store, library: dict[str, int], filters: dict[str, object], expected: set[str]
) -> None:
    chosen = ArticleFilters(**filters)  # type: ignore[arg-type]
    with store.reading() as repo:
        assert repo.count_filtered(chosen) == len(expected)
        page = repo.article_page(0, 100, filters=chosen)
    assert {a.title for a in page} == expected


def test_claim_counts_follow_adds_and_deletes(store: Store, library: dict[str, int]) -> None:
    with store.reading() as repo:
        counts = {a.title: a.claim_count for a in repo.list_articles()}
    assert counts == {"Bravo": 2, "alpha": 0, "Charlie": 0, "Delta": 0, "Echo": 1}
    with store.engine.begin() as connection:  # any writer, not just the ORM
        connection.execute(text("DELETE FROM claim WHERE verdict = 'false'"))
    with store.reading() as repo:
        assert repo.count_filtered(ArticleFilters(verdict=Verdict.FALSE)) == 0
        top = repo.article_page(0, 2, sort=SortKey.CLAIMS, descending=True)
    assert [(a.title, a.claim_count) for a in top] == [("Echo", 1), ("Bravo", 1)]


def test_editing_the_agency_moves_the_article_to_its_new_source(
    store: Store, library: dict[str, int]
) -> None:
    with store.transaction() as repo:
        repo.update_metadata(library["Echo"], MetadataChanges(agency="AFP"))
    with store.reading() as repo:
        choices = repo.filter_choices()
        assert [a.title for a in repo.article_page(0, 9, filters=ArticleFilters(source="AFP"))] == [
            "Echo"
        ]
    assert dict(choices.sources) == {"AFP": 1, "Reuters": 2, "bbc.co.uk": 1, "dpa": 1}
    assert dict(choices.languages) == {"de": 3, "en": 2}
    assert dict(choices.verdicts) == {
        Verdict.FALSE: 1,
        Verdict.TRUE: 1,
        Verdict.MISLEADING: 1,
    }


def test_upgrading_an_old_library_fills_counters_and_sources(db_url: str) -> None:
    url = db_url
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO article (id, title, language, body, raw, body_hash, site, "
                "imported_at, version) VALUES (7, 'Alt', 'de', 'Maduro sprach.', '', 'h', "
                "'example.org', '2020-01-01', 1)"
            )
        )
        connection.execute(
            text(
                'INSERT INTO claim (article_id, start, "end", quote, verdict, note, tags, '
                "version, created_at, updated_at) VALUES (7, 0, 6, 'Maduro', 'false', '', "
                "'[]', 1, '2020-01-01', '2020-01-01')"
            )
        )
    engine.dispose()
    upgraded = Store(url)
    with upgraded.reading() as repo:
        (row,) = repo.article_page(0, 10, filters=ArticleFilters(source="example.org"))
        assert row.claim_count == 1
        assert [h.article_id for h in repo.search("maduro")] == [7]
    upgraded.close()
