"""No network, no active content: import → extraction → annotation → export, sockets blocked."""

from __future__ import annotations

import json
import socket
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.domain import ImportStatus, Span, Verdict
from desktop.services import Library

ACTIVE_PDF_KEYS = (
    b"/JavaScript", b"/JS", b"/Launch", b"/SubmitForm", b"/ImportData", b"/RichMedia",
)  # fmt: skip
ACTIVE_TEXT = ("<script", "javascript:", "onerror", "evil.invalid", "<iframe")

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers agree new sanctions on shipping firms</title>
<script src="http://evil.invalid/t.js"></script>
<link rel="stylesheet" href="http://evil.invalid/site.css">
<style>@font-face{font-family:X;src:url(http://evil.invalid/x.woff2)}</style>
</head><body>
<iframe src="http://evil.invalid/frame"></iframe>
<img src="http://evil.invalid/pixel.gif" onerror="alert(1)">
<article><h1>Ministers agree new sanctions on shipping firms</h1>
<p>LONDON (Reuters) - British ministers on Tuesday agreed new sanctions on three shipping
companies accused of carrying oil for Russia, the Foreign Office said.</p>
<p>"We will keep up the pressure," Foreign Secretary Jane Sample told reporters in London.
The measures take effect on 1 December, officials said.</p>
<p><a href="javascript:alert(2)">More</a></p></article></body></html>
"""


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way Python code opens a connection, recorded and refused."""
    tried: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: object, **kwargs: object) -> Any:
            tried.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network blocked by the test: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    yield tried


def test_whole_path_runs_offline_and_exports_no_active_content(
    attempts: list[str], tmp_path: Path, qapp: Any
) -> None:
    """``qapp``: the PDF writer paints with Qt; pytest-qt's application serves it."""
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    library = Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    try:
        outcome = library.import_file(page)
        assert outcome.status is ImportStatus.IMPORTED and outcome.article_id is not None
        article_id = outcome.article_id
        cards = library.extract(article_id).cards
        assert cards  # extraction really ran
        body = library.article(article_id).body
        quote = "British ministers on Tuesday agreed new sanctions"
        start = body.index(quote)
        with library.store.transaction() as repo:
            repo.add_claim(
                article_id,
                Span(start, start + len(quote), quote),
                verdict=Verdict.TRUE,
                note="Confirmed by the <b>Foreign Office</b>",  # markup must stay text
                evidence=[("https://example.org/press-release", None, "press release")],
            )
        exported = {
            fmt: library.export([article_id], fmt, tmp_path / f"sheet.{fmt}").path
            for fmt in ("pdf", "jsonld", "md")
        }
    finally:
        library.close()
    assert attempts == []
    _assert_pdf_is_inert(exported["pdf"])
    _assert_text_is_inert(exported["jsonld"].read_text(encoding="utf-8"))
    json.loads(exported["jsonld"].read_text(encoding="utf-8"))


def _assert_pdf_is_inert(pdf: Path) -> None:
    data = pdf.read_bytes()
    for key in ACTIVE_PDF_KEYS:
        assert key not in data, key
    reader = PdfReader(pdf)
    root = reader.root_object
    assert "/OpenAction" not in root and "/AA" not in root
    names = root.get("/Names")
    assert names is None or "/JavaScript" not in names.get_object()
    raw = "".join(page.extract_text() or "" for page in reader.pages)
    text = unicodedata.normalize("NFKC", " ".join(raw.split()))  # tabs and ﬃ ligatures
    assert "British ministers on Tuesday agreed new sanctions" in text
    assert "<script" not in text and "alert(" not in text
    assert "<b>Foreign Office</b>" in text  # the note's markup was shown, not interpreted


def _assert_text_is_inert(text: str) -> None:
    lowered = text.casefold()
    for trace in ACTIVE_TEXT:
        assert trace not in lowered, trace


def test_evidence_urls_of_other_schemes_never_become_links(tmp_path: Path, qapp: Any) -> None:
    """Evidence can come from an imported annotation file, so it is untrusted."""
    library = Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    try:
        outcome = library.import_text(
            "Ministers agree\n\nLONDON (Reuters) - Ministers on Tuesday agreed sanctions."
        )
        assert outcome.article_id is not None
        body = library.article(outcome.article_id).body
        start = body.index("Ministers on Tuesday")
        with library.store.transaction() as repo:
            repo.add_claim(
                outcome.article_id,
                Span(start, start + 20, body[start : start + 20]),
                evidence=[("javascript:alert(1)", None, "x"), ("file:///etc/passwd", None, "y")],
            )
        pdf = library.export([outcome.article_id], "pdf", tmp_path / "sheet.pdf").path
        markdown = library.export([outcome.article_id], "md", tmp_path / "sheet.md").path
    finally:
        library.close()
    assert b"/URI (javascript:" not in pdf.read_bytes()
    assert b"/URI (file:" not in pdf.read_bytes()
    assert "](<javascript:" not in markdown.read_text(encoding="utf-8")
