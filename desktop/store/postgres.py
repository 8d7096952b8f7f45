"""Full-text search on PostgreSQL, behind the same API and query language as FTS5.

Migration 0004 indexes ``fs_document(language, title, body)`` (a ``tsvector``, title
weighted over body) with a GIN index. Each article is read with the configuration of its
language (``fs_german``, ``fs_english``, else ``fs_simple``; all accent-free through
``unaccent`` and without stop words). The index is probed with the query as all three
read it, and each candidate is then matched with its own language's reading. Ranking is
``ts_rank_cd``; snippets are ``ts_headline`` for the page of hits only, marked as the
SQLite search marks them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.store.query import MIN_PREFIX, ParsedQuery, Term, parse_query, spelling_variants
from desktop.store.search import (
    MARK_CLOSE,
    MARK_OPEN,
    PLAIN_SNIPPET_CHARS,
    SNIPPET_WORDS,
    _Sql,
    compile_filters,
)
from desktop.store.views import SearchResult, Snippet

# ts_rank_cd's weights for {D, C, B, A}: the title (A) counts five times the body (B),
# as in the FTS5 ranking.
RANK_WEIGHTS = "{0.1, 0.1, 0.2, 1.0}"
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords={SNIPPET_WORDS}, '
    'MinWords=5, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "'
)

# Any configuration's reading of the query, for the index: one GIN probe finds every
# candidate whatever its language; each is then checked with its own language's reading.
_ANY_QUERY = (
    "(to_tsquery('fs_german', :tsquery) || to_tsquery('fs_english', :tsquery) "
    "|| to_tsquery('fs_simple', :tsquery))"
)
_OWN_QUERY = "to_tsquery(fs_config(a.language), :tsquery)"
_DOCUMENT = "fs_document(a.language, a.title, a.body)"
_ROW_COLUMNS = "a.id, a.title, a.published_on, a.agency, a.site, a.language"

# Rank the matches, then make headlines for the one page of them only.
_RANKED = f"""
WITH hits AS (
    SELECT a.id, ts_rank_cd(CAST(:weights AS float4[]), {_DOCUMENT}, {_OWN_QUERY}) AS score
    FROM article a
    WHERE {_DOCUMENT} @@ {_ANY_QUERY} AND {_DOCUMENT} @@ {_OWN_QUERY}{{where}}
    ORDER BY score DESC, a.id DESC LIMIT :limit OFFSET :offset
)
SELECT {_ROW_COLUMNS}, ts_headline(fs_config(a.language), a.body, {_OWN_QUERY}, :options),
       hits.score
FROM hits JOIN article a ON a.id = hits.id
ORDER BY hits.score DESC, a.id DESC
"""


def search(
    session: Session, query: str | ParsedQuery, limit: int = 50, offset: int = 0
) -> list[SearchResult]:
    """What ``desktop.store.search.search`` answers on SQLite, answered by PostgreSQL."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.is_empty:
        return []
    filters = _case_free(compile_filters(parsed.filters))
    params: dict[str, Any] = {"limit": limit, "offset": offset, **filters.params}
    if not parsed.terms:
        return _filtered_only(session, filters.where(), params)
    params.update(tsquery=ts_query(parsed.terms), weights=RANK_WEIGHTS, options=HEADLINE_OPTIONS)
    rows = session.execute(text(_RANKED.format(where=filters.where())), params).all()
    return [
        # Negated so that, as with bm25, a lower rank is a better match.
        _result(row, Snippet.from_marked(_trimmed(row[6] or ""), MARK_OPEN, MARK_CLOSE), -row[7])
        for row in rows
    ]


def _case_free(filters: _Sql) -> _Sql:
    """SQLite's LIKE ignores ASCII case, PostgreSQL's does not: the agency filter (the one
    comparing an unfolded column) becomes ILIKE, everything else is compared folded."""
    for number, condition in enumerate(filters.conditions):
        filters.conditions[number] = condition.replace("source_name LIKE", "source_name ILIKE")
    for number, condition in filters.direct.items():
        filters.direct[number] = condition.replace("source_name LIKE", "source_name ILIKE")
    return filters


def ts_query(terms: tuple[Term, ...]) -> str:
    """The ``to_tsquery`` text of ``terms``: all must match, typed words as prefixes, each
    in all its German spellings; every word quoted so nothing typed is read as syntax."""
    return " & ".join(_term_query(term) for term in terms)


def _term_query(term: Term) -> str:
    star = ":*" if term.prefix and len(term.words[-1]) >= MIN_PREFIX else ""
    if len(term.words) == 1:
        options = [f"'{word}'{star}" for word in spelling_variants(term.words[0])]
    else:
        typed = [w.casefold() for w in term.words]
        other = [spelling_variants(w)[-1] for w in term.words]
        options = [_phrase(words, star) for words in dict.fromkeys((tuple(typed), tuple(other)))]
    return "(" + " | ".join(options) + ")"


def _phrase(words: tuple[str, ...], star: str) -> str:
    return " <-> ".join(f"'{word}'" for word in words) + star


def _filtered_only(session: Session, where: str, params: dict[str, Any]) -> list[SearchResult]:
    """Filters without words: the newest matching articles, undated ones last (as SQLite)."""
    rows = session.execute(
        text(
            f"SELECT {_ROW_COLUMNS}, substr(a.body, 1, :chars) FROM article a "
            f"WHERE 1 = 1{where} ORDER BY a.published_on DESC NULLS LAST, a.id DESC "
            "LIMIT :limit OFFSET :offset"
        ),
        {**params, "chars": PLAIN_SNIPPET_CHARS + 40},
    ).all()
    return [_result(row, Snippet(_opening(row[6])), 0.0) for row in rows]


def _trimmed(headline: str) -> str:
    return " ".join(headline.split())


def _opening(body: str) -> str:
    flat = " ".join(body.split())
    if len(flat) <= PLAIN_SNIPPET_CHARS:
        return flat
    return flat[:PLAIN_SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _result(row: Any, snippet: Snippet, rank: float) -> SearchResult:
    return SearchResult(
        article_id=int(row[0]),
        title=row[1],
        snippet=snippet,
        rank=float(rank),
        published_on=row[2],
        source=row[3] or row[4] or "",
        language=row[5],
    )
