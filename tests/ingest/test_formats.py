"""Each supported format, read from a real file in tmp_path."""

from __future__ import annotations

import codecs
import datetime as dt
import socket
from pathlib import Path

import pytest

from desktop.ingest import read_path

from .pdf_factory import PdfWriterFn

GERMAN = (
    "Gespräche über Öl in Caracas\n\n"
    "Von Matt Spetalnick\n\n"
    "WASHINGTON (Reuters) – Hochrangige US-Beamte reisten am Samstag zu Gesprächen nach "
    "Venezuela, sagte eine „vertraute Person“.\n\n"
    "Die Reise fand im Rahmen der Bemühungen statt, Putin zu isolieren."
)
EXPECTED_BODY = (
    "Hochrangige US-Beamte reisten am Samstag zu Gesprächen nach Venezuela, sagte eine "
    "„vertraute Person“.\n\nDie Reise fand im Rahmen der Bemühungen statt, Putin zu isolieren."
)


@pytest.mark.parametrize(
    "encoded",
    [
        GERMAN.encode("utf-8"),
        codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
        GERMAN.encode("utf-16"),  # with BOM, little-endian here
        codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"),
        GERMAN.replace("\n", "\r\n").encode("utf-8"),
        GERMAN.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "crlf", "cr"],
)
def test_text_encodings_and_newlines(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    draft = read_path(path)
    assert draft.title == "Gespräche über Öl in Caracas"
    assert draft.author == "Matt Spetalnick"
    assert draft.agency == "Reuters"
    assert draft.body == EXPECTED_BODY
    assert "\ufeff" not in draft.raw
    assert draft.source_path == str(path)


def test_cp1252_file(tmp_path: Path) -> None:
    # cp1252 cannot encode the German low quote, so use guillemets and an en dash.
    text = GERMAN.replace("„", "»").replace("“", "«")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    draft = read_path(path)
    assert draft.title == "Gespräche über Öl in Caracas"
    assert "»vertraute Person«" in draft.body
    assert draft.body.startswith("Hochrangige US-Beamte")
    assert draft.language == "de"


def test_latin1_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Überschrift\n\nDie Bürger äußern sich über die Größe.".encode("latin-1"))
    assert read_path(path).body == "Die Bürger äußern sich über die Größe."


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Sanktionen gegen *Venezuela* bleiben\n\n"
        "Von Jane Doe\n\n"
        "CARACAS (AP) — Die USA halten an den **Sanktionen** fest, wie das "
        "[Außenministerium](https://example.org/x) mitteilte.\n\n"
        "## Hintergrund\n\n"
        "- Erster Punkt mit `Code`\n"
        "- Zweiter Punkt\n\n"
        "> Ein Zitat aus dem Weißen Haus.\n\n"
        "![Bild](https://example.org/img.png)\n",
        encoding="utf-8",
    )
    draft = read_path(path)
    assert draft.title == "Sanktionen gegen Venezuela bleiben"
    assert draft.author == "Jane Doe"
    assert draft.dateline == "CARACAS"
    assert draft.agency == "AP"
    assert draft.body == (
        "Die USA halten an den Sanktionen fest, wie das Außenministerium mitteilte.\n\n"
        "Hintergrund\n\nErster Punkt mit Code\n\nZweiter Punkt\n\n"
        "Ein Zitat aus dem Weißen Haus."
    )
    for markup in ("#", "*", "](", "`", "example.org", ">"):
        assert markup not in draft.body


def test_markdown_front_matter_and_setext_heading(tmp_path: Path) -> None:
    path = tmp_path / "front.md"
    path.write_text(
        '---\ntitle: "Gipfel in Brüssel"\nauthor: Erika Muster\ndate: 2022-03-03\n---\n'
        "Die Staats- und Regierungschefs der EU trafen sich am Donnerstag.\n\n"
        "Unterkapitel\n------------\n\nWeiterer Text mit _Betonung_ und snake_case_name.\n",
        encoding="utf-8",
    )
    draft = read_path(path)
    assert draft.title == "Gipfel in Brüssel"
    assert draft.author == "Erika Muster"
    assert draft.published_on == dt.date(2022, 3, 3)
    assert draft.body == (
        "Die Staats- und Regierungschefs der EU trafen sich am Donnerstag.\n\n"
        "Unterkapitel\n\nWeiterer Text mit Betonung und snake_case_name."
    )


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Russia says talks with Ukraine will go on | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-03-03T10:00:00Z">
<link rel="stylesheet" href="https://cdn.example.invalid/style.css">
<script>document.write("tracking-code-123");</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Russia says talks with Ukraine will go on</h1>
<p>By Jane Doe</p>
<p>MOSCOW (AP) — Russia said on Thursday that talks with Ukraine would continue next week,
as fighting raged around several cities in the east of the country, officials said.</p>
<iframe src="https://ads.example.invalid/frame"></iframe>
<img src="https://img.example.invalid/photo.jpg" alt="photo-alt-text">
<p>The Kremlin said its delegation was ready to meet again. Officials in Kyiv did not
immediately comment on the statement, which came after a night of heavy shelling.</p>
<script>var secret = "inline-script-456";</script>
<p>Western governments have imposed sanctions on Russian banks and oil exports in
response to the invasion, and more measures are being discussed in Brussels.</p>
</article>
<footer>Copyright 2022 Example News. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.usefixtures("no_network")
def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    draft = read_path(path)
    assert draft.title == "Russia says talks with Ukraine will go on"
    assert draft.author == "Jane Doe"
    assert draft.dateline == "MOSCOW"
    assert draft.agency == "AP"
    assert draft.published_on == dt.date(2022, 3, 3)
    assert draft.site == "Example News"
    assert draft.language == "en"
    assert draft.body.startswith("Russia said on Thursday that talks with Ukraine")
    assert draft.body.endswith("more measures are being discussed in Brussels.")
    assert draft.body.count("\n\n") == 2
    for leftover in ("tracking-code", "inline-script", "color: red", "invalid", "photo-alt", "<"):
        assert leftover not in draft.body
    assert draft.raw == HTML_PAGE  # raw keeps the page as received


@pytest.mark.usefixtures("no_network")
def test_tiny_html_falls_back_to_lxml_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.htm"
    path.write_bytes(
        b"<html><head><title>Kurz</title><script>alert(1)</script></head>"
        b"<body><p>Ein Satz.</p><iframe src='http://x.invalid'></iframe></body></html>"
    )
    draft = read_path(path)
    assert draft.body == "Ein Satz."
    assert draft.title == "Kurz"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Größe</title></head><body>'
        "<p>Die Bürger äußern sich über die Größe des Pakets.</p></body></html>"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Die Bürger äußern sich" in read_path(path).body


PDF_PAGE_1 = [
    "Tageszeitung – Politik",
    "Verhandlungen über Öl in Caracas",
    "",
    "Hochrangige US-Beamte reisten am Samstag zu Gesprächen mit der Regierung nach",
    "Venezuela, um festzustellen, ob Caracas zu weitreichenden Verhand-",
    "lungen bereit ist. Dabei ging es auch um Öl- und Gasexporte der staatlichen",
    "Ölgesellschaft sowie um die seit Jahren bestehenden Sanktionen der US-",
    "Regierung gegen das Land und um mögliche Lockerungen im Energiesektor,",
    "sagte eine mit der Angelegenheit vertraute Person.",
    "",
    "Die Reise, der seit Jahren höchste US-Besuch in Venezuela, fand im Rahmen",
    "der Bemühungen statt, den russischen Präsidenten Wladimir Putin zu isolie-",
    "1",
]
PDF_PAGE_2 = [
    "Tageszeitung – Politik",
    "ren. Einige Analysten sehen Venezuela als potenzielle alternative Quelle",
    "für Öllieferungen, falls Washington Moskaus Energielieferungen einschränkt.",
    "2",
]


def test_multi_page_pdf(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    path = make_pdf(tmp_path / "story.pdf", [PDF_PAGE_1, PDF_PAGE_2])
    draft = read_path(path)
    assert draft.title == "Verhandlungen über Öl in Caracas"
    assert draft.language == "de"
    assert "Tageszeitung" not in draft.body  # repeated page header dropped
    assert "Verhandlungen bereit ist" in draft.body  # de-hyphenated
    assert "Öl- und Gasexporte" in draft.body  # hyphen before "und" kept
    assert "Sanktionen der US-Regierung" in draft.body  # compound hyphen kept
    assert "Putin zu isolieren. Einige Analysten" in draft.body  # joined across the page
    paragraphs = draft.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Hochrangige US-Beamte reisten am Samstag")
    assert paragraphs[1].endswith("Moskaus Energielieferungen einschränkt.")
    assert not any(line.strip() in {"1", "2"} for line in draft.body.split("\n"))


def test_pdf_metadata_title_used_when_text_has_none(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    long_line = "Die Regierung hat am Montag ein Paket beschlossen, das Familien entlasten soll."
    path = make_pdf(tmp_path / "meta.pdf", [[long_line]], title="Entlastungspaket beschlossen")
    draft = read_path(path)
    assert draft.title == "Entlastungspaket beschlossen"
    assert draft.body == long_line


def test_pdf_with_empty_owner_password_is_read(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    path = make_pdf(tmp_path / "open.pdf", [["Titel", "", "Ein lesbarer Satz."]], user_password="")
    assert read_path(path).body == "Ein lesbarer Satz."
