"""Fixtures of the export tests (helpers live in export_fixtures.py, importable by name)."""

from __future__ import annotations

import pytest
from export_fixtures import make_article, make_cards, make_claims

from desktop.domain import ArticleDetail, CardView, ClaimView


@pytest.fixture
def article() -> ArticleDetail:
    return make_article()


@pytest.fixture
def cards() -> list[CardView]:
    return make_cards()


@pytest.fixture
def claims() -> list[ClaimView]:
    return make_claims()


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    """A library file holding the seed article, extracted for real, with three claims."""
    from export_seed import seed_library

    from desktop.services import Library

    url = f"sqlite:///{tmp_path_factory.mktemp('library')}/library.sqlite3"
    library = Library.open(url)
    article_id = seed_library(library)
    yield library, article_id, url
    library.close()
