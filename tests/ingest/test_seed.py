"""The seed article and the Wikinews samples, read from their real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.ingest import read_path, read_text


def test_seed_metadata_matches_gold(samples_dir: Path, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["metadata"]
    draft = read_path(samples_dir / "reuters_de_venezuela.txt")
    assert draft.title == gold["headline"]
    assert draft.author == gold["author"]
    assert draft.dateline == gold["dateline"]
    assert draft.agency == gold["agency"]
    assert draft.language == gold["language"]
    assert draft.published_on is None  # the copy carries no date


def test_seed_body_is_clean(samples_dir: Path, seed_gold: dict[str, Any]) -> None:
    gold = seed_gold["metadata"]
    draft = read_path(samples_dir / "reuters_de_venezuela.txt")
    assert draft.body.startswith(gold["body_starts_with"])
    assert draft.body.endswith(gold["body_ends_with"])
    for phrase in [*gold["removed_boilerplate"], *seed_gold["forbidden"]]:
        assert phrase not in draft.body
    assert "Von Matt Spetalnick" not in draft.body
    assert "(Reuters)" not in draft.body
    assert draft.raw.startswith("US-Beamte reisen")  # raw keeps everything as received
    assert "Haftungsausschluss" in draft.raw


def test_seed_body_paragraphs_are_joined_by_blank_lines(samples_dir: Path) -> None:
    body = read_path(samples_dir / "reuters_de_venezuela.txt").body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 15
    assert all(paragraph == paragraph.strip() and "\n" not in paragraph for paragraph in paragraphs)
    assert "„Sorge über die Verschärfung der Krise“" in body  # typographic quotes kept


def test_pasted_seed_equals_file_seed(samples_dir: Path, seed_text: str) -> None:
    from_file = read_path(samples_dir / "reuters_de_venezuela.txt")
    pasted = read_text(seed_text)
    assert pasted.body == from_file.body
    assert pasted.title == from_file.title
    assert pasted.source_path is None


@pytest.mark.parametrize(
    ("name", "title", "body_start"),
    [
        (
            "wikinews_de_niger_demonstration.txt",
            "Niger: Tausende demonstrieren für Machtübernahme durch das Militär",
            "Der Militärputsch am Donnerstag in Niger",
        ),
        (
            "wikinews_de_syrien_homs.txt",
            "Syrien: Artilleriebeschuss der Stadt Homs",
            "Mit militärischer Gewalt geht das syrische Regime",
        ),
        (
            "wikinews_de_putin_china_ruestung.txt",
            "Putin wendet sich an China für Rüstungsgüter",
            "Im Zuge der Krise in der Ukraine",
        ),
    ],
)
def test_wikinews_samples(samples_dir: Path, name: str, title: str, body_start: str) -> None:
    draft = read_path(samples_dir / name)
    assert draft.title == title
    assert draft.body.startswith(body_start)
    assert draft.language == "de"
    assert draft.author is None
    assert draft.agency is None
    assert draft.dateline is None
    assert draft.source_path == str(samples_dir / name)
