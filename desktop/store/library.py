"""The library list at scale: counted, filtered, sorted pages of article summaries.

Each sortable column has an index (migration 0002), and ties are broken by ``id`` in the
same direction, so a page is read from the index without sorting the whole library.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from desktop.domain import ArticleSummary, Verdict
from desktop.store.models import Article, Claim
from desktop.store.views import ArticleFilters, FilterChoices, SortKey

SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.DATE: Article.published_on,
    SortKey.TITLE: Article.title,
    SortKey.SOURCE: Article.source_name,
    SortKey.LANGUAGE: Article.language,
    SortKey.CLAIMS: Article.claim_count,
    SortKey.IMPORTED: Article.imported_at,
}

SUMMARY_COLUMNS = (
    Article.id,
    Article.title,
    Article.agency,
    Article.site,
    Article.published_on,
    Article.language,
    Article.imported_at,
    Article.claim_count,
)


def conditions(filters: ArticleFilters | None) -> list[ColumnElement[bool]]:
    if filters is None:
        return []
    found: list[ColumnElement[bool]] = []
    if filters.language:
        found.append(Article.language == filters.language)
    if filters.source:
        found.append(Article.source_name == filters.source)
    if filters.has_claims is not None:
        found.append(Article.claim_count > 0 if filters.has_claims else Article.claim_count == 0)
    if filters.verdict is not None:
        found.append(
            Article.id.in_(select(Claim.article_id).where(Claim.verdict == filters.verdict.value))
        )
    return found


def count_articles(session: Session, filters: ArticleFilters | None = None) -> int:
    query = select(func.count(Article.id)).where(*conditions(filters))
    return session.scalar(query) or 0


def article_page(
    session: Session,
    offset: int,
    limit: int,
    *,
    sort: SortKey = SortKey.IMPORTED,
    descending: bool = True,
    filters: ArticleFilters | None = None,
) -> list[ArticleSummary]:
    """Rows ``offset`` to ``offset + limit`` of the sorted, filtered library (a negative
    ``limit``: all the rest)."""
    query = (
        select(*SUMMARY_COLUMNS)
        .where(*conditions(filters))
        .order_by(*_order(sort, descending, _selective(filters), _dialect(session)))
        .offset(max(offset, 0))
    )
    if limit >= 0:
        query = query.limit(limit)
    rows = session.execute(query).all()
    return [ArticleSummary(*row) for row in rows]


def _selective(filters: ArticleFilters | None) -> bool:
    """Whether ``filters`` keep a small part of the library best found by their own index
    (claims, a verdict). A source filter is not: its (source, column) indexes also sort."""
    return filters is not None and bool(filters.has_claims or filters.verdict is not None)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _order(
    sort: SortKey, descending: bool, selective: bool = False, dialect: str = "sqlite"
) -> tuple[Any, Any]:
    column = SORT_COLUMNS[sort]
    if selective and dialect == "sqlite":
        # "+column" cannot be read from the sort column's index, so SQLite finds the few
        # matching rows through the filter's index and sorts them, instead of walking the
        # whole library in sort order and testing every row against the filter.
        # (PostgreSQL's cost-based planner chooses by itself, and has no unary "+" on text.)
        column = literal_column(f"+{Article.__tablename__}.{column.name}")
    # Undated (NULL) rows sort lowest, as SQLite does by default, on every backend:
    # PostgreSQL would otherwise put them last going up and first going down.
    if descending:
        return column.desc().nulls_last(), Article.id.desc()
    return column.asc().nulls_first(), Article.id.asc()


def filter_choices(session: Session) -> FilterChoices:
    languages = session.execute(
        select(Article.language, func.count()).group_by(Article.language).order_by(Article.language)
    ).all()
    source = Article.source_name
    sources = session.execute(
        select(source, func.count()).group_by(source).having(source != "").order_by(source)
    ).all()
    verdicts = session.execute(
        select(Claim.verdict, func.count(func.distinct(Claim.article_id)))
        .group_by(Claim.verdict)
        .order_by(Claim.verdict)
    ).all()
    return FilterChoices(
        languages=tuple((str(v), int(n)) for v, n in languages),
        sources=tuple((str(v), int(n)) for v, n in sources),
        verdicts=tuple((Verdict(v), int(n)) for v, n in verdicts),
    )
