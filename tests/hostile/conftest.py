"""The hostile corpus, written once per test session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from .make_corpus import Case, make_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    root = tmp_path_factory.mktemp("hostile")
    return root, make_corpus(root)
