"""Inputs that cannot become an article fail with one clear sentence (and detail for the log)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.domain import IngestError
from desktop.ingest import read_path, read_text
from desktop.ingest import readers as readers_module

from .pdf_factory import PdfWriterFn


def _message(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        read_path(path)
    return caught.value.user_message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _message(path) == "“empty.txt” is empty."


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\r\n \u200b \u00a0\n", encoding="utf-8")
    assert _message(path) == "“blank.txt” contains no text."


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert _message(path) == "“data.txt” looks like binary data, not text."


def test_png_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert _message(path) == "“picture.txt” looks like binary data, not text."


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    assert (
        _message(path)
        == "“notes.docx” is not a supported file type (use .txt, .md, .html or .pdf)."
    )


def test_vanished_file(tmp_path: Path) -> None:
    assert _message(tmp_path / "gone.txt") == "“gone.txt” no longer exists."


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _message(folder) == "“folder.txt” is a folder, not a file."


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Text", encoding="utf-8")
    path.chmod(0)
    assert _message(path) == "“secret.txt” cannot be opened (permission denied)."


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_module, "MAX_TEXT_FILE_BYTES", 1024)
    path = tmp_path / "huge.txt"
    path.write_text("Wort " * 2000, encoding="utf-8")
    message = _message(path)
    assert message.startswith("“huge.txt” is too large")
    assert "limit" in message


def test_encrypted_pdf(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    path = make_pdf(tmp_path / "x.pdf", [["Geheimer Text."]], user_password="s3cret")
    assert _message(path) == "“x.pdf” is encrypted and cannot be read."


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref")
    assert _message(path) == "“broken.pdf” is damaged or not a valid PDF."


def test_text_file_renamed_to_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("Dies ist kein PDF.", encoding="utf-8")
    assert _message(path) == "“fake.pdf” is damaged or not a valid PDF."


def test_pdf_without_pages(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    path = make_pdf(tmp_path / "nopages.pdf", [])
    assert _message(path) == "“nopages.pdf” has no pages."


def test_pdf_without_text(tmp_path: Path, make_pdf: PdfWriterFn) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [[], []])
    assert _message(path) == "“scan.pdf” contains no text (it may be a scanned image)."


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body></body></html>", encoding="utf-8")
    assert _message(path) == "“empty.html” contains no readable article text."


def test_errors_carry_detail_for_the_log(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00def")
    with pytest.raises(IngestError) as caught:
        read_path(path)
    assert caught.value.detail


@pytest.mark.parametrize("pasted", ["", "   ", "\n\n\t\n", "\u200b\ufeff \n\u00a0"])
def test_empty_paste(pasted: str) -> None:
    with pytest.raises(IngestError, match="The pasted text is empty"):
        read_text(pasted)


def test_binary_paste() -> None:
    with pytest.raises(IngestError, match="binary"):
        read_text("\x00\x01\x02\x03" * 50)


def test_permission_denied_when_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Text", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert _message(path) == "“locked.txt” cannot be opened (permission denied)."
