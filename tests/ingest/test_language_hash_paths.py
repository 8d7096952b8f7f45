"""Language guess, the dedupe hash and folder expansion."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest import (
    SUPPORTED_SUFFIXES,
    body_hash,
    detect_language,
    iter_importable,
    read_path,
    read_text,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Bundesregierung hat am Montag beschlossen, dass die Sanktionen bleiben.", "de"),
        ("The government said on Monday that the sanctions would stay in place.", "en"),
        ("Le gouvernement a annoncé lundi que les sanctions seraient maintenues.", "fr"),
        ("El gobierno dijo el lunes que las sanciones se mantendrán por ahora.", "es"),
        ("Il governo ha detto lunedì che le sanzioni resteranno in vigore per ora.", "it"),
        ("De regering heeft maandag gezegd dat de sancties van kracht blijven.", "nl"),
        ("", "und"),
        ("12345 67890", "und"),
        ("Venezuela Caracas Maduro", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_seed_language_is_german(seed_text: str) -> None:
    assert detect_language(seed_text) == "de"


def test_body_hash_is_stable_across_newline_styles_and_spacing(seed_text: str) -> None:
    unix = read_text(seed_text)
    windows = read_text(seed_text.replace("\n", "\r\n"))
    old_mac = read_text(seed_text.replace("\n", "\r"))
    assert unix.body == windows.body == old_mac.body
    assert body_hash(unix.body) == body_hash(windows.body.replace("\n", "\r\n"))
    assert body_hash("Ein  Absatz.\n\nZweiter\tAbsatz. ") == body_hash(
        "Ein Absatz.\r\n\r\nZweiter Absatz."
    )


def test_body_hash_tells_different_bodies_apart() -> None:
    first = body_hash("Ein Absatz.\n\nZweiter Absatz.")
    assert len(first) == 64
    assert first != body_hash("Ein Absatz.\n\nDritter Absatz.")
    assert first != body_hash("Ein Absatz. Zweiter Absatz.")  # paragraph breaks count


def test_same_article_from_txt_and_md_has_the_same_hash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nErster Absatz.\n\nZweiter Absatz.", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# Titel\n\nErster Absatz.\n\nZweiter **Absatz**.", encoding="utf-8"
    )
    first, second = (read_path(tmp_path / name) for name in ("a.txt", "b.md"))
    assert body_hash(first.body) == body_hash(second.body)


def test_iter_importable_expands_folders_sorted_and_filtered(tmp_path: Path) -> None:
    nested = tmp_path / "inbox" / "sub"
    nested.mkdir(parents=True)
    for name in ("b.txt", "a.PDF", "c.docx", ".hidden.txt", "~$lock.txt"):
        (tmp_path / "inbox" / name).write_text("x", encoding="utf-8")
    (nested / "d.html").write_text("x", encoding="utf-8")
    (tmp_path / "inbox" / ".git").mkdir()
    (tmp_path / "inbox" / ".git" / "e.md").write_text("x", encoding="utf-8")
    single = tmp_path / "single.md"
    single.write_text("x", encoding="utf-8")
    explicit_unsupported = tmp_path / "inbox" / "c.docx"

    found = list(iter_importable([tmp_path / "inbox", single, single, explicit_unsupported]))

    inbox = tmp_path / "inbox"
    assert found == [
        inbox / "a.PDF",
        inbox / "b.txt",
        nested / "d.html",
        single,
        explicit_unsupported,
    ]


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf"} == SUPPORTED_SUFFIXES
