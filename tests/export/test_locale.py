"""The PDF in the reader's language: labels, dates and numbers, German or English.

The Markdown stays ISO-dated whatever the locale: it is read by tools as much as by
people, and its golden file pins it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from export_fixtures import make_article, make_cards, make_claims

from desktop.cli import main
from desktop.export import ExportFormat, write_export
from desktop.export.wording import Wording, locale_from_environment, normalise_locale

GENERATED = dt.datetime(2022, 3, 7, 9, 30, tzinfo=dt.UTC)


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _export(tmp_path: Path, locale: str, fmt: ExportFormat = ExportFormat.PDF) -> Path:
    parts = [(make_article(), make_cards(), make_claims())]
    path = tmp_path / f"sheet-{locale}.{fmt.value}"
    write_export(parts, fmt, path, generated_at=GENERATED, locale=locale)
    return path


def test_a_german_pdf_writes_german_dates_pages_and_labels(tmp_path: Path, qapp) -> None:
    text = _pdf_text(_export(tmp_path, "de"))
    pages = len(pypdf.PdfReader(tmp_path / "sheet-de.pdf").pages)
    assert "6. März 2022" in text  # published
    assert "Erstellt am 7. März 2022, 09:30 UTC mit Factsheet" in text
    assert "Seite 1 von" in text and f"Seite {pages} von {pages}" in text
    for label in ("Metadaten", "Veröffentlicht", "Akteure", "Zeitleiste", "Behauptungen"):
        assert label in text
    assert "Page 1 of" not in text
    assert "2022-03-06" not in text.split("Zeitleiste")[0]  # the masthead has no ISO date


def test_an_english_pdf_writes_english_dates_pages_and_labels(tmp_path: Path, qapp) -> None:
    text = _pdf_text(_export(tmp_path, "en"))
    assert "March 6, 2022" in text
    assert "Generated March 7, 2022, 9:30 AM UTC by Factsheet" in text
    assert "Page 1 of" in text
    for label in ("Metadata", "Published", "Actors", "Timeline", "Claims"):
        assert label in text
    assert "Seite" not in text


def test_markdown_keeps_iso_dates_in_every_locale(tmp_path: Path) -> None:
    markdown = _export(tmp_path, "de", ExportFormat.MARKDOWN).read_text("utf-8")
    assert "| Published | 2022-03-06 |" in markdown


@pytest.mark.parametrize(
    ("locale", "number", "day"),
    [
        ("de", "12.345", "7. März 2022"),
        ("de_CH", "12'345", "7. März 2022"),
        ("en", "12,345", "March 7, 2022"),
        ("en_GB", "12,345", "7 March 2022"),
    ],
)
def test_numbers_and_dates_follow_the_locale(locale: str, number: str, day: str) -> None:
    wording = Wording(locale)
    assert wording.number(12345) == number
    assert wording.date(GENERATED.date()) == day


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de_DE"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "en_US"),
        ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "de_AT"),
        ({"LANG": "xx_YY"}, "en"),
    ],
)
def test_the_cli_default_locale_comes_from_the_environment(
    env: dict[str, str], expected: str
) -> None:
    assert locale_from_environment(env) == expected


def test_locale_names_in_every_spelling() -> None:
    assert normalise_locale("de-CH") == "de_CH"
    assert normalise_locale("de") == "de"
    assert normalise_locale("") == "en"
    assert Wording("de_DE.UTF-8").language == "de"


def test_cli_export_follows_lang_unless_told(
    seeded, tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, article_id, url = seeded
    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    german, english = tmp_path / "de.pdf", tmp_path / "en.pdf"
    assert main(["export", str(article_id), "-o", str(german), "--db", url]) == 0
    assert main(["export", str(article_id), "-o", str(english), "--db", url, "--locale", "en"]) == 0
    assert "Seite 1 von" in _pdf_text(german)
    assert "Page 1 of" in _pdf_text(english)
