"""Full-text search with field filters, compiled from a parsed query to SQL over FTS5.

Ranking is FTS5's bm25 with the title weighted five times the body; snippets are made for
the one page of hits shown, never for every match. A query matching more than
``RANK_WINDOW`` articles ranks only the newest that many (see ``_window_floor``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain import CardState, FactKind
from desktop.store.query import (
    ENTITY_FIELDS,
    Field,
    FieldFilter,
    ParsedQuery,
    fold,
    fts_match,
    parse_query,
    parse_verdict,
)
from desktop.store.views import SearchResult, Snippet

# Characters no article contains, so they can mark matches inside FTS5 snippets.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 12
PLAIN_SNIPPET_CHARS = 160
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
# The most matches a query ranks; beyond it only the newest this many are ranked.
RANK_WINDOW = 2000


# Where a condition names the article id; filled in by ``_Sql.where``.
_ID = "__article_id__"
_FTS_ID = "+article_fts.rowid"


@dataclass
class _Sql:
    """WHERE conditions on an article id and their bound parameters."""

    conditions: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    # The same conditions on the columns of ``article a``, where one reads better so:
    # listing by date then stops at the first page instead of collecting every id.
    direct: dict[int, str] = field(default_factory=dict)

    def add(self, condition: str, direct: str | None = None, **params: Any) -> None:
        if direct is not None:
            self.direct[len(self.conditions)] = direct
        self.conditions.append(condition)
        self.params.update(params)

    def where(self, article_id: str = "a.id") -> str:
        """The conditions on ``article_id``; over FTS5, ``+article_fts.rowid``: the plus
        keeps SQLite from driving FTS5 by rowid lookups, which is far slower than testing
        each match against the (small, materialised) id list."""
        if article_id == "a.id":
            return "".join(
                f" AND {self.direct.get(n, c.replace(_ID, article_id))}"
                for n, c in enumerate(self.conditions)
            )
        return "".join(f" AND {c.replace(_ID, article_id)}" for c in self.conditions)


def search(
    session: Session, query: str | ParsedQuery, limit: int = 50, offset: int = 0
) -> list[SearchResult]:
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.is_empty:
        return []
    filters = compile_filters(parsed.filters)
    if not parsed.terms:
        return _filtered_only(session, filters, limit, offset)
    params = {
        "match": fts_match(parsed.terms),
        "limit": limit,
        "offset": offset,
        "tw": TITLE_WEIGHT,
        "bw": BODY_WEIGHT,
        "open": MARK_OPEN,
        "close": MARK_CLOSE,
        "words": SNIPPET_WORDS,
        **filters.params,
    }
    floor = _window_floor(session, params["match"])
    ranked = _ranked(session, filters, params, floor)
    if floor is not None and len(ranked) < limit:  # the window held too few: rank them all
        ranked = _ranked(session, filters, params, None)
    rows = _article_rows(session, [int(r[0]) for r in ranked])
    return [
        _result(rows[int(r[0])], Snippet.from_marked(r[1] or "", MARK_OPEN, MARK_CLOSE), r[2])
        for r in ranked
        if int(r[0]) in rows
    ]


# One FTS5 statement: SQLite computes the snippets after sorting, for the page only, so
# a query costs bm25 over the matches plus a snippet per hit shown. The article columns
# come in a second, by-id lookup; joining them here would carry them through the sort.
_RANKED = """
SELECT article_fts.rowid, snippet(article_fts, 1, :open, :close, '…', :words),
       bm25(article_fts, :tw, :bw) AS score
FROM article_fts
WHERE article_fts MATCH :match{where}
ORDER BY score LIMIT :limit OFFSET :offset
"""


def _ranked(
    session: Session, filters: _Sql, params: dict[str, Any], floor: int | None
) -> list[Any]:
    window = "" if floor is None else f" AND article_fts.rowid >= {int(floor)}"
    statement = _RANKED.format(where=filters.where(_FTS_ID) + window)
    return list(session.execute(text(statement), params).all())


def _window_floor(session: Session, match: str) -> int | None:
    """The id from which a very common query is ranked: its ``RANK_WINDOW``-th newest match.

    bm25 is computed for every match, so "Wien" in 100,000 articles would cost a tenth of
    a second per keystroke. FTS5 walks matches newest-first cheaply, so one probe finds
    where the newest ``RANK_WINDOW`` begin (None: fewer matches, rank them all).
    """
    floor = session.execute(
        text(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH :match "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :window"
        ),
        {"match": match, "window": RANK_WINDOW - 1},
    ).scalar()
    return None if floor is None else int(floor)


def raw_fts(session: Session, match: str, limit: int = 20) -> list[tuple[int, float]]:
    """The bare FTS5 query (ids by bm25), the benchmark's yardstick for ``search``."""
    rows = session.execute(
        text(
            "SELECT rowid, bm25(article_fts, :tw, :bw) AS score FROM article_fts "
            "WHERE article_fts MATCH :match ORDER BY score LIMIT :limit"
        ),
        {"match": match, "limit": limit, "tw": TITLE_WEIGHT, "bw": BODY_WEIGHT},
    ).all()
    return [(int(r[0]), float(r[1])) for r in rows]


def compile_filters(filters: tuple[FieldFilter, ...]) -> _Sql:
    sql = _Sql()
    for number, one in enumerate(filters):
        _add_filter(sql, one, f"f{number}")
    return sql


def _add_filter(sql: _Sql, one: FieldFilter, name: str) -> None:
    value = fold(one.value)
    if one.field in ENTITY_FIELDS:
        _add_entity_filter(sql, ENTITY_FIELDS[one.field], value, name)
    elif one.field is Field.SANCTION:
        sql.add(
            f"{_ID} IN (SELECT fc.article_id FROM fact_card fc WHERE fc.kind = 'sanction' "
            f"AND fc.state = 'active' AND fs_fold(fc.label) LIKE :{name} ESCAPE '\\')",
            **{name: f"%{_like(value)}%"},
        )
    elif one.field is Field.VERDICT:
        sql.add(
            f"{_ID} IN (SELECT article_id FROM claim WHERE verdict = :{name})",
            **{name: parse_verdict(one.value).value},
        )
    elif one.field is Field.LANGUAGE:
        sql.add(
            f"{_ID} IN (SELECT id FROM article WHERE language = :{name} "
            f"OR language LIKE :{name} || '-%')",
            f"(a.language = :{name} OR a.language LIKE :{name} || '-%')",
            **{name: value},
        )
    elif one.field is Field.AGENCY:
        sql.add(
            f"{_ID} IN (SELECT id FROM article WHERE source_name LIKE :{name} ESCAPE '\\')",
            f"a.source_name LIKE :{name} ESCAPE '\\'",
            **{name: f"%{_like(one.value.strip())}%"},
        )


def _add_entity_filter(sql: _Sql, kind: FactKind, value: str, name: str) -> None:
    """Articles with an active card of ``kind`` whose entity has a name beginning a word
    with ``value``; cards not (yet) linked to an entity are matched by their label."""
    sql.add(
        f"{_ID} IN (SELECT fc.article_id FROM fact_card fc "
        f"WHERE fc.kind = :{name}_kind AND fc.state = '{CardState.ACTIVE.value}' AND ("
        "fc.entity_id IN (SELECT ek.entity_id FROM entity_key ek "
        f"JOIN entity e ON e.id = ek.entity_id WHERE e.kind = :{name}_kind "
        f"AND (ek.key LIKE :{name}_start ESCAPE '\\' OR ek.key LIKE :{name}_word ESCAPE '\\'))"
        f" OR (fc.entity_id IS NULL AND fs_fold(fc.label) LIKE :{name}_any ESCAPE '\\')))",
        **{
            f"{name}_kind": kind.value,
            f"{name}_start": f"{_like(value)}%",
            f"{name}_word": f"% {_like(value)}%",
            f"{name}_any": f"%{_like(value)}%",
        },
    )


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ROW_COLUMNS = "a.id, a.title, a.published_on, a.agency, a.site, a.language"


def _article_rows(session: Session, article_ids: list[int]) -> dict[int, Any]:
    if not article_ids:
        return {}
    listed = ", ".join(str(i) for i in article_ids)  # ints from the index: safe to inline
    rows = session.execute(
        text(f"SELECT {_ROW_COLUMNS} FROM article a WHERE a.id IN ({listed})")
    ).all()
    return {int(r[0]): r for r in rows}


def _filtered_only(session: Session, filters: _Sql, limit: int, offset: int) -> list[SearchResult]:
    """Filters without words: the newest matching articles, each with its opening lines."""
    rows = session.execute(
        text(
            f"SELECT {_ROW_COLUMNS}, substr(a.body, 1, :chars) FROM article a "
            f"WHERE 1 = 1{filters.where()} "
            # Descending, SQLite puts undated articles last and can walk the date index.
            "ORDER BY a.published_on DESC, a.id DESC "
            "LIMIT :limit OFFSET :offset"
        ),
        {"chars": PLAIN_SNIPPET_CHARS + 40, "limit": limit, "offset": offset, **filters.params},
    ).all()
    return [_result(row, Snippet(_opening(row[6])), 0.0) for row in rows]


def _opening(body: str) -> str:
    flat = " ".join(body.split())
    if len(flat) <= PLAIN_SNIPPET_CHARS:
        return flat
    return flat[:PLAIN_SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _result(row: Any, snippet: Snippet, rank: float) -> SearchResult:
    published = row[2]
    return SearchResult(
        article_id=int(row[0]),
        title=row[1],
        snippet=snippet,
        rank=rank,
        published_on=_as_date(published),
        source=row[3] or row[4] or "",
        language=row[5],
    )


def _as_date(value: Any) -> dt.date | None:
    """Text SQL returns SQLite dates as ISO strings."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
