"""Write small real PDFs for tests (Helvetica text lines, optional password), using pypdf."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def _escape(line: str) -> bytes:
    encoded = line.encode("cp1252")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[str]) -> bytes:
    ops = [b"BT", b"/F1 10 Tf", b"14 TL", b"40 800 Td"]
    ops.extend(b"(" + _escape(line) + b") Tj T*" for line in lines)
    ops.append(b"ET")
    return b"\n".join(ops)


def write_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    user_password: str | None = None,
    title: str | None = None,
) -> Path:
    """One page per list of lines; an empty list makes a page without text."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    for lines in pages:
        page = writer.add_blank_page(width=595, height=842)
        fonts = DictionaryObject({NameObject("/F1"): font_ref})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        if lines:
            stream = DecodedStreamObject()
            stream.set_data(_content(lines))
            page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    if user_password:
        writer.encrypt(user_password, algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


class PdfWriterFn(Protocol):
    def __call__(
        self,
        path: Path,
        pages: list[list[str]],
        *,
        user_password: str | None = None,
        title: str | None = None,
    ) -> Path: ...
