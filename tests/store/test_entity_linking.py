"""Cross-article entities, their mentions and the library timeline."""

from __future__ import annotations

import datetime as dt

from store_helpers import add, card, merge, span

from desktop.domain import ArticleDraft, CardDraft, CardState, FactKind
from desktop.store import Store
from desktop.store.models import FactCard

SURNAME = "Putin drohte dem Westen. Später sprach Putin mit Reportern."
FULL = "Wladimir Putin empfing Maduro. Putins Sprecher nannte das Treffen gut."
BIDEN_1 = "Joe Biden reiste nach Kiew."
BIDEN_2 = "Hunter Biden sagte vor dem Ausschuss aus."


def actors(store: Store) -> dict[str, tuple[int, ...]]:
    """Each actor entity's label and the articles it appears in."""
    with store.reading() as repo:
        found = repo.entities(FactKind.ACTOR)
        return {
            e.label: tuple(sorted({m.article_id for m in repo.entity_mentions(e.id)}))
            for e in found
        }


def test_surname_then_full_name_becomes_one_entity_with_the_full_name(store: Store) -> None:
    first = add(store, SURNAME, "a")
    merge(store, first, card(FactKind.ACTOR, "Putin", SURNAME, "Putin"))
    second = add(store, FULL, "b")
    merge(store, second, card(FactKind.ACTOR, "Wladimir Putin", FULL, "Wladimir Putin", "Putins"))
    assert actors(store) == {"Wladimir Putin": (first, second)}


def test_full_name_then_surname_and_genitive_join_the_same_entity(store: Store) -> None:
    full = add(store, FULL, "b")
    merge(store, full, card(FactKind.ACTOR, "Wladimir Putin", FULL, "Wladimir Putin"))
    surname = add(store, SURNAME, "a")
    merge(store, surname, card(FactKind.ACTOR, "Putin", SURNAME, "Putin"))
    genitive_body = "Putins Regierung schwieg."
    genitive = add(store, genitive_body, "c")
    merge(store, genitive, card(FactKind.ACTOR, "Putins", genitive_body, "Putins"))
    assert actors(store) == {"Wladimir Putin": (full, surname, genitive)}


def test_labels_match_across_articles_ignoring_case_and_accents(store: Store) -> None:
    one_body, two_body = "Juan Guaidó rief zu Protesten auf.", "JUAN GUAIDO sprach."
    one, two = add(store, one_body, "a"), add(store, two_body, "b")
    merge(store, one, card(FactKind.ACTOR, "Juan Guaidó", one_body, "Juan Guaidó"))
    merge(store, two, card(FactKind.ACTOR, "JUAN GUAIDO", two_body, "JUAN GUAIDO"))
    assert actors(store) == {"Juan Guaidó": (one, two)}


def test_people_sharing_a_surname_stay_apart(store: Store) -> None:
    joe, hunter = add(store, BIDEN_1, "a"), add(store, BIDEN_2, "b")
    merge(store, joe, card(FactKind.ACTOR, "Joe Biden", BIDEN_1, "Joe Biden"))
    merge(store, hunter, card(FactKind.ACTOR, "Hunter Biden", BIDEN_2, "Hunter Biden"))
    assert actors(store) == {"Joe Biden": (joe,), "Hunter Biden": (hunter,)}


def test_the_same_name_of_another_kind_is_another_entity(store: Store) -> None:
    body = "Interfax meldete, die Lage sei ruhig. Interfax ist eine Agentur."
    article = add(store, body, "a")
    merge(
        store,
        article,
        card(FactKind.SOURCE, "Interfax", body, "Interfax"),
        card(FactKind.ORGANISATION, "Interfax", body, "Interfax"),
    )
    with store.reading() as repo:
        kinds = sorted(e.kind.value for e in repo.entities(query="interfax"))
    assert kinds == ["organisation", "source"]


def test_mentions_open_the_article_at_the_name_and_sources_bring_their_statement(
    store: Store,
) -> None:
    body = "Die Lage sei ruhig, teilte Interfax mit. Später meldete Interfax neue Kämpfe."
    article = add(store, body, "Lage", published_on=dt.date(2025, 5, 1))
    statements = [
        {"start": 0, "end": 18, "text": "Die Lage sei ruhig"},
        {"start": 62, "end": 76, "text": "neue Kämpfe"},
    ]
    mentions = (span(body, "Interfax"), span(body, "Interfax", 1))
    source = CardDraft(FactKind.SOURCE, "Interfax", {"statements": statements}, mentions)
    merge(store, article, source)
    with store.reading() as repo:
        (entity,) = repo.entities(FactKind.SOURCE)
        mentions = repo.entity_mentions(entity.id)
    assert (entity.article_count, entity.mention_count) == (1, 2)
    assert [(m.article_id, body[m.start : m.end]) for m in mentions] == [
        (article, "Interfax"),
        (article, "Interfax"),
    ]
    assert [m.statement for m in mentions] == ["Die Lage sei ruhig", "neue Kämpfe"]
    assert mentions[0].published_on == dt.date(2025, 5, 1)


def test_entities_are_listed_by_how_many_articles_name_them(store: Store) -> None:
    for n, body in enumerate(["Maduro sprach.", "Maduro schwieg.", "Putin sprach."]):
        article = add(store, body, str(n))
        merge(store, article, card(FactKind.ACTOR, body.split()[0], body, body.split()[0]))
    with store.reading() as repo:
        listed = [(e.label, e.article_count) for e in repo.entities()]
        found = [e.label for e in repo.entities(query="mad")]
    assert listed == [("Maduro", 2), ("Putin", 1)]
    assert found == ["Maduro"]


def test_rejected_cards_do_not_count(store: Store) -> None:
    article = add(store, SURNAME, "a")
    merge(store, article, card(FactKind.ACTOR, "Putin", SURNAME, "Putin"))
    with store.transaction() as repo:
        (putin,) = repo.cards(article)
        row = repo.session.get(FactCard, putin.id)
        assert row is not None
        row.state = CardState.REJECTED.value
    with store.reading() as repo:
        assert repo.entities() == []


def test_timeline_orders_dated_events_and_narrows_to_an_entity(store: Store) -> None:
    early = "Am 3. März 2024 traf Putin Maduro. Am 5. März 2024 regnete es."
    late = "Am 1. Mai 2025 sprach Putin in Moskau."
    first, second = add(store, late, "spät"), add(store, early, "früh")
    merge(
        store,
        first,
        card(FactKind.ACTOR, "Putin", late, "Putin"),
        _date(late, "1. Mai 2025", "2025-05-01", "Am 1. Mai 2025 sprach Putin in Moskau."),
    )
    merge(
        store,
        second,
        card(FactKind.ACTOR, "Putin", early, "Putin"),
        _date(early, "3. März 2024", "2024-03-03", "Am 3. März 2024 traf Putin Maduro."),
        _date(early, "5. März 2024", "2024-03-05", "Am 5. März 2024 regnete es."),
    )
    with store.reading() as repo:
        everything = repo.timeline()
        (putin,) = repo.entities(FactKind.ACTOR)
        his = repo.timeline(putin.id)
    assert [(e.value, e.article_id) for e in everything] == [
        ("2024-03-03", second),
        ("2024-03-05", second),
        ("2025-05-01", first),
    ]
    assert [e.value for e in his] == ["2024-03-03", "2025-05-01"]
    assert his[0].event == "Am 3. März 2024 traf Putin Maduro."
    assert early[his[0].start : his[0].end] == "3. März 2024"


def _date(body: str, text: str, value: str, sentence: str) -> CardDraft:
    start = body.index(sentence)
    return card(
        FactKind.DATE,
        text,
        body,
        text,
        value=value,
        granularity="day",
        event=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
    )


def test_bulk_path_stores_the_same_cards_and_entities_as_merging(store: Store) -> None:
    drafts = [
        card(FactKind.ACTOR, "Wladimir Putin", FULL, "Wladimir Putin", "Putins"),
        card(FactKind.ACTOR, "Maduro", FULL, "Maduro"),
        card(FactKind.ACTOR, "Maduro", FULL, "Maduro"),  # the same span twice: one mention
        card(FactKind.DATE, "Treffen", FULL, "Treffen", value="2024"),
    ]
    merged = add(store, FULL, "merged")
    merge(store, merged, *drafts)
    with store.transaction() as repo:
        bulk = repo.add_extracted_article(
            ArticleDraft(body=FULL, raw=FULL, title="bulk", language="de"), "bulk", drafts, "p 1"
        )
    with store.reading() as repo:
        shapes = [
            [(c.kind, c.label, c.attributes, [(m.start, m.end) for m in c.mentions]) for c in cards]
            for cards in (repo.cards(merged), repo.cards(bulk))
        ]
        assert repo.article(bulk).pipeline == "p 1"
    assert shapes[0] == shapes[1]
    assert actors(store) == {"Wladimir Putin": (merged, bulk), "Maduro": (merged, bulk)}
