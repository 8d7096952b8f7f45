"""Session-scoped spaCy pipelines and the seed article, shared by the nlp tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from desktop import config
from desktop.nlp.pipelines import load_pipeline

SEED_PATH = config.resource("samples", "reuters_de_venezuela.txt")
GOLD_PATH = Path(__file__).resolve().parent.parent / "data" / "seed_gold.json"


@pytest.fixture(scope="session")
def nlp_de() -> Language:
    return load_pipeline("de")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    return load_pipeline("en")


def _seed_body_without_ingest(text: str) -> str:
    start = text.index("WASHINGTON (Reuters) – ") + len("WASHINGTON (Reuters) – ")
    return text[start : text.index("Haftungsausschluss")].strip()


@pytest.fixture(scope="session")
def seed_body() -> str:
    """The seed article's clean body, as the ingest layer stores it."""
    try:
        from desktop.ingest import read_path
    except ImportError:
        return _seed_body_without_ingest(SEED_PATH.read_text("utf-8"))
    return read_path(SEED_PATH).body


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(GOLD_PATH.read_text("utf-8"))
    return gold
