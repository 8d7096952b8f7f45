"""Helpers for store tests: articles and hand-made extraction drafts on a real library."""

from __future__ import annotations

import datetime as dt
import hashlib

from desktop.domain import ArticleDraft, CardDraft, FactKind, Span
from desktop.store import Store


def span(body: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def add(
    store: Store,
    body: str,
    title: str = "",
    *,
    language: str = "de",
    agency: str | None = None,
    site: str | None = None,
    published_on: dt.date | None = None,
) -> int:
    draft = ArticleDraft(
        body=body,
        raw=body,
        title=title or body[:30],
        language=language,
        agency=agency,
        site=site,
        published_on=published_on,
    )
    with store.transaction() as repo:
        # a real content digest: 64 hex characters, as the column holds on every backend
        digest = hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
        return repo.add_article(draft, digest)


def card(kind: FactKind, label: str, body: str, *names: str, **attributes: object) -> CardDraft:
    """A draft whose mentions are the first occurrence of each of ``names`` in ``body``."""
    return CardDraft(kind, label, dict(attributes), tuple(span(body, n) for n in names))


def merge(store: Store, article_id: int, *drafts: CardDraft) -> None:
    with store.transaction() as repo:
        repo.merge_drafts(article_id, list(drafts))
