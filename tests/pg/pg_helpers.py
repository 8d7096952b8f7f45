"""Articles and drafts for the two-backend tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from desktop.domain import ArticleDraft, CardDraft, FactKind, Span
from desktop.store import Store


def span(body: str, needle: str) -> Span:
    start = body.index(needle)
    return Span(start, start + len(needle), needle)


def add(
    store: Store,
    body: str,
    title: str = "",
    *,
    language: str = "de",
    agency: str | None = None,
    published_on: dt.date | None = None,
) -> int:
    draft = ArticleDraft(
        body=body,
        raw=body,
        title=title or body[:30],
        language=language,
        agency=agency,
        published_on=published_on,
    )
    with store.transaction() as repo:
        digest = hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
        return repo.add_article(draft, digest)


def card(kind: FactKind, label: str, body: str, *names: str) -> CardDraft:
    return CardDraft(kind, label, {}, tuple(span(body, n) for n in names))
