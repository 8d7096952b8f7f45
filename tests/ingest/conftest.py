from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.config import resource

from .pdf_factory import PdfWriterFn, write_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return resource("samples")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / "seed_gold_metadata.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="session")
def seed_text(samples_dir: Path) -> str:
    return (samples_dir / "reuters_de_venezuela.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def make_pdf() -> PdfWriterFn:
    """Writes a small real PDF: ``make_pdf(path, [[page 1 lines], [page 2 lines]], ...)``."""
    return write_pdf
