"""The search box's query language on a real FTS5 index: words, phrases, spellings, ranks,
snippets and field filters."""

from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import add, card, merge

from desktop.domain import FactKind, Span, Verdict
from desktop.store import Store
from desktop.store.query import Field, FieldFilter, QueryError, Term, parse_query
from desktop.store.views import Snippet

CARACAS = (
    "Die Gespräche zwischen Juan Guaidó und der Regierung in Caracas sind gescheitert. "
    "Guaidó kündigte neue Proteste auf der Straße an, teilte Interfax mit."
)
MOSKAU = (
    "Präsident Wladimir Putin empfing Nicolás Maduro in Moskau. Die EU verhängte Sanktionen "
    "gegen Venezuela."
)
BERLIN = "In Berlin berieten die Minister über den Haushalt. Caracas war kein Thema."


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    found = {
        "caracas": add(store, CARACAS, "Opposition in Venezuela", agency="Reuters"),
        "moskau": add(store, MOSKAU, "Maduro bei Putin", agency="Interfax"),
        "berlin": add(
            store,
            BERLIN,
            "Haushalt",
            language="en",
            site="example.org",
            published_on=dt.date(2024, 1, 2),
        ),
    }
    merge(
        store,
        found["moskau"],
        card(FactKind.ACTOR, "Wladimir Putin", MOSKAU, "Wladimir Putin"),
        card(FactKind.ACTOR, "Nicolás Maduro", MOSKAU, "Nicolás Maduro"),
        card(FactKind.PLACE, "Moskau", MOSKAU, "Moskau"),
        card(FactKind.SANCTION, "EU → Venezuela", MOSKAU, "Die EU verhängte Sanktionen"),
    )
    merge(
        store,
        found["caracas"],
        card(FactKind.ACTOR, "Juan Guaidó", CARACAS, "Juan Guaidó"),
        card(FactKind.SOURCE, "Interfax", CARACAS, "Interfax"),
    )
    with store.transaction() as repo:
        repo.add_claim(found["berlin"], Span(3, 9, "Berlin"), verdict=Verdict.FALSE)
    return found


def hits(store: Store, query: str) -> list[int]:
    with store.reading() as repo:
        return [r.article_id for r in repo.search_results(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gespräche", ["caracas"]),  # case
        ("GESPRÄCHE", ["caracas"]),
        ("Gesprache", ["caracas"]),  # umlaut typed without dots
        ("Gespraeche", ["caracas"]),  # umlaut typed as ae
        ("Guaido", ["caracas"]),  # accent
        ("Strasse", ["caracas"]),  # ß typed as ss
        ("Präsid", ["moskau"]),  # prefix
        ("praesident", ["moskau"]),
        ('"Regierung in Caracas"', ["caracas"]),  # phrase
        ('"Caracas in Regierung"', []),
        ('"Regierung in Carac"', []),  # quoted phrases match whole words
        ("Maduro Moskau", ["moskau"]),  # all words must match
        ("Maduro Berlin", []),
        ("zz", []),
        ('"', []),
        ("", []),
    ],
)
def test_words_phrases_and_spellings(
    store: Store, ids: dict[str, int], query: str, expected: list[str]
) -> None:
    assert hits(store, query) == [ids[name] for name in expected]


def test_a_match_in_the_title_ranks_first(store: Store, ids: dict[str, int]) -> None:
    # "Caracas" is in two bodies; the Venezuela story also has Venezuela in its title.
    assert hits(store, "Venezuela")[0] == ids["caracas"]
    assert hits(store, "Maduro")[0] == ids["moskau"]


def test_snippets_mark_the_matched_words(store: Store, ids: dict[str, int]) -> None:
    with store.reading() as repo:
        (result,) = repo.search_results("guaido gespr")
        (hit,) = repo.search("guaido gespr")
    marked = [result.snippet.text[s:e] for s, e in result.snippet.marks]
    assert marked[:2] == ["Gespräche", "Guaidó"]
    assert "[Gespräche]" in hit.snippet and "[Guaidó]" in hit.snippet
    assert "<b>Guaidó</b>" in result.snippet.html()
    assert (result.title, result.source, result.language) == (
        "Opposition in Venezuela",
        "Reuters",
        "de",
    )


def test_snippet_html_escapes_the_text() -> None:
    snippet = Snippet.from_marked("a <b> \x02c&d\x03 e", "\x02", "\x03")
    assert snippet.text == "a <b> c&d e"
    assert snippet.marks == ((6, 9),)
    assert snippet.html() == "a &lt;b&gt; <b>c&amp;d</b> e"
    assert snippet.bracketed() == "a <b> [c&d] e"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("actor:Putin", ["moskau"]),
        ("actor:wladimir", ["moskau"]),
        ('actor:"Wladimir Putin"', ["moskau"]),
        ("actor:guaido", ["caracas"]),  # accent-free
        ("actor:adimir", []),  # names match from the start of a word
        ("place:Moskau", ["moskau"]),
        ("source:Interfax", ["caracas"]),  # a cited source, not the agency
        ("agency:Interfax", ["moskau"]),
        ("agency:reuters", ["caracas"]),
        ("agency:example", ["berlin"]),
        ("sanction:Venezuela", ["moskau"]),
        ("sanction:venez Putin", ["moskau"]),
        ("verdict:false", ["berlin"]),
        ("verdict:false Caracas", ["berlin"]),
        ("verdict:mostly-true", []),
        ("lang:en", ["berlin"]),
        ("lang:de Caracas", ["caracas"]),
        ("Caracas lang:en", ["berlin"]),
        ("actor:Putin actor:Maduro", ["moskau"]),
        ("actor:Putin Caracas", []),
    ],
)
def test_field_filters(store: Store, ids: dict[str, int], query: str, expected: list[str]) -> None:
    assert sorted(hits(store, query)) == sorted(ids[name] for name in expected)


def test_filters_alone_list_matching_articles_with_their_opening(
    store: Store, ids: dict[str, int]
) -> None:
    with store.reading() as repo:
        (result,) = repo.search_results("lang:en")
    assert result.snippet.text.startswith("In Berlin berieten")
    assert result.snippet.marks == ()
    assert result.published_on == dt.date(2024, 1, 2)


def test_an_unknown_verdict_is_a_clear_error(store: Store, ids: dict[str, int]) -> None:
    with pytest.raises(QueryError, match=r"not a verdict.*misleading"):
        hits(store, "verdict:fake")


def test_parser_keeps_words_phrases_and_filters_apart() -> None:
    parsed = parse_query('Maduro "Gespräche in Caracas" actor:"Wladimir Putin" foo:bar All-in')
    assert parsed.terms == (
        Term(("Maduro",)),
        Term(("Gespräche", "in", "Caracas"), prefix=False),
        Term(("foo", "bar")),
        Term(("All", "in")),
    )
    assert parsed.filters == (FieldFilter(Field.ACTOR, "Wladimir Putin"),)


def test_fts_syntax_typed_by_the_user_is_only_text(store: Store, ids: dict[str, int]) -> None:
    for query in ("Caracas OR", "NEAR(Caracas", "Caracas*", "-Caracas", "title:Haushalt", "^a"):
        hits(store, query)  # none of these may raise an FTS5 syntax error
    assert hits(store, "Caracas AND") == []  # "and" is a word to find, not an operator


@pytest.mark.sqlite_only("RANK_WINDOW bounds FTS5's bm25; PostgreSQL ranks every match")
def test_a_very_common_query_ranks_its_newest_matches_and_never_loses_rare_filters(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import search

    store = sqlite_store

    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    english = add(store, "Wien Wien Wien: the best match, but the oldest.", "a", language="en")
    newer = [add(store, f"Wien, Meldung {n}.", f"n{n}") for n in range(4)]
    with store.reading() as repo:
        assert {r.article_id for r in repo.search_results("Wien", limit=2)} == set(newer[-2:])
        assert [r.article_id for r in repo.search_results("Wien lang:en", limit=2)] == [english]
        assert len(repo.search_results("Wien", limit=10)) == 5  # a page the window can't fill
