"""Full-text search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector + GIN)."""

from __future__ import annotations

import datetime as dt

import pytest
from pg_helpers import add

from desktop.store import Store

GERMAN = (
    "Die Gespräche in Caracas über neue Sanktionen sind gescheitert, sagte Juan Guaidó "
    "am Dienstag. Die Verhandlungen sollen im Frühjahr weitergehen."
)
ENGLISH = (
    "Talks in Caracas on new sanctions have failed, Juan Guaido said on Tuesday. "
    "Negotiators will meet again in spring."
)
OTHER = "Der Wetterdienst erwartet Sturm an der Nordsee und Regen im Süden."


@pytest.fixture
def library(store: Store) -> dict[str, int]:
    return {
        "de": add(
            store, GERMAN, "Gespräche gescheitert", agency="dpa", published_on=dt.date(2026, 3, 2)
        ),
        "en": add(
            store,
            ENGLISH,
            "Caracas talks fail",
            language="en",
            agency="Reuters",
            published_on=dt.date(2026, 3, 3),
        ),
        "other": add(store, OTHER, "Sturm an der Nordsee", agency="dpa"),
    }


def ids(store: Store, query: str) -> set[int]:
    with store.reading() as repo:
        return {r.article_id for r in repo.search_results(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Caracas", {"de", "en"}),
        ("Carac", {"de", "en"}),  # a typed word is a prefix
        ("Guaido", {"de", "en"}),  # accents never matter
        ("guaidó", {"de", "en"}),
        ("Gespraeche", {"de"}),  # German written without umlauts
        ("gespräche", {"de"}),
        ("Süden", {"other"}),
        ("sueden", {"other"}),
        ('"Gespräche in Caracas"', {"de"}),  # a phrase: consecutive words
        ('"Caracas in Gespräche"', set()),
        ("Caracas Sturm", set()),  # every term must match
        ("Sturm agency:dpa", {"other"}),
        ("agency:reuters", {"en"}),
        ("Caracas lang:en", {"en"}),
    ],
)
def test_search_finds_the_same_articles_on_both_backends(
    store: Store, library: dict[str, int], query: str, expected: set[str]
) -> None:
    assert ids(store, query) == {library[name] for name in expected}


def test_title_ranks_above_body_and_snippets_mark_the_match(
    store: Store, library: dict[str, int]
) -> None:
    add(store, "Ein Bericht über Sturm und Nordsee, nebenbei auch über Gespräche.", "Wetter")
    with store.reading() as repo:
        results = repo.search_results("Gespräche")
    assert results[0].article_id == library["de"]  # in the title and the body
    marked = [results[0].snippet.text[s:e] for s, e in results[0].snippet.marks]
    assert marked and all(m.casefold().startswith("gespräch") for m in marked)
    with store.reading() as repo:
        (hit,) = [h for h in repo.search("Guaido") if h.article_id == library["en"]]
    assert "[Guaido]" in hit.snippet


def test_filters_alone_list_the_newest_first_undated_last(
    store: Store, library: dict[str, int]
) -> None:
    with store.reading() as repo:
        listed = [r.article_id for r in repo.search_results("agency:dpa")]
    assert listed == [library["de"], library["other"]]


def test_search_sees_title_edits_and_deletions(store: Store, library: dict[str, int]) -> None:
    with store.transaction() as repo:
        repo.delete_article(library["other"])
    assert ids(store, "Sturm") == set()


def test_every_typed_word_counts_even_a_stop_word(store: Store, library: dict[str, int]) -> None:
    assert ids(store, "Caracas AND") == set()  # "and" is a word to find, not an operator
    assert ids(store, "Caracas die") == {library["de"]}  # German stop word, in the text
    for query in ("Caracas OR", "NEAR(Caracas", "Caracas*", "-Caracas", "a:b", "'", "!", "&|"):
        ids(store, query)  # nothing typed is read as query syntax


def test_an_article_is_matched_in_its_own_language(store: Store) -> None:
    # English stems "meeting" to "meet"; German does not, so a German text with
    # "meeting" must not be found by "meet" read as English.
    german = add(store, "Das Meeting in Berlin wurde abgesagt.", "Meeting")
    english = add(store, "They meet in Berlin.", "Meet", language="en")
    assert ids(store, '"meet"') == {english}
    assert german in ids(store, "meeting")
