"""PDF files -> text with pypdf (lazy import); unreadable PDFs raise IngestError."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from desktop.domain import IngestError
from desktop.ingest.pdf_layout import pages_to_text


@dataclass(frozen=True)
class PdfText:
    text: str  # paragraphs separated by blank lines
    raw: str  # page texts as pypdf gave them
    title: str | None = None
    author: str | None = None


# Bounds on pypdf's work: an article is a few pages; a book or a report is not one.
MAX_PAGES = 300
MAX_TEXT_CHARS = 2_000_000  # stop extracting early once a PDF is surely too long


def read_pdf(data: bytes, name: str) -> PdfText:
    """Text of the PDF in ``data`` (the bytes of the file called ``name``)."""
    reader = _open(data, name)
    _unlock(reader, name)
    try:
        pages = list(reader.pages)
    except Exception as exc:  # pypdf raises many types on damaged page trees
        raise _corrupt(name, exc) from exc
    if not pages:
        raise IngestError(f"“{name}” has no pages.", detail="PDF page count is 0")
    if len(pages) > MAX_PAGES:
        raise IngestError(
            f"“{name}” has {len(pages)} pages, too many for one article "
            f"(the limit is {MAX_PAGES}).",
            detail=f"{len(pages)} pages",
        )
    page_texts = _page_texts(pages, name)
    if not any(text.strip() for text in page_texts):
        raise IngestError(
            f"“{name}” contains no text (it may be a scanned image).",
            detail=f"{len(pages)} pages without a text layer",
        )
    title, author = _metadata(reader)
    return PdfText(pages_to_text(page_texts), "\n\n".join(page_texts), title, author)


def _open(data: bytes, name: str) -> Any:
    from pypdf import PdfReader

    try:
        return PdfReader(io.BytesIO(data))
    except Exception as exc:  # a damaged file fails in many ways inside pypdf
        raise _corrupt(name, exc) from exc


def _page_texts(pages: list[Any], name: str) -> list[str]:
    texts: list[str] = []
    total = 0
    for page in pages:
        texts.append(_page_text(page, name))
        total += len(texts[-1])
        if total > MAX_TEXT_CHARS:
            raise IngestError(
                f"“{name}” is too long for one article (more than {MAX_TEXT_CHARS:,} "
                "characters of text).",
                detail=f"stopped after {len(texts)} pages",
            )
    return texts


def _unlock(reader: Any, name: str) -> None:
    """Files encrypted with an empty user password (copy protection only) open anyway."""
    if not reader.is_encrypted:
        return
    from pypdf import PasswordType

    try:
        unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception as exc:  # unsupported cipher, missing crypto provider, …
        raise _encrypted(name, repr(exc)) from exc
    if not unlocked:
        raise _encrypted(name, "a password is required")


def _page_text(page: Any, name: str) -> str:
    try:
        return str(page.extract_text() or "")
    except Exception as exc:  # broken content streams
        raise _corrupt(name, exc) from exc


def _metadata(reader: Any) -> tuple[str | None, str | None]:
    try:
        info = reader.metadata
    except Exception:  # damaged info dictionary: the text is still good
        return None, None
    if info is None:
        return None, None
    title = str(info.title).strip() if info.title else None
    author = str(info.author).strip() if info.author else None
    return title or None, author or None


def _encrypted(name: str, detail: str) -> IngestError:
    return IngestError(f"“{name}” is encrypted and cannot be read.", detail=detail)


def _corrupt(name: str, exc: BaseException) -> IngestError:
    return IngestError(f"“{name}” is damaged or not a valid PDF.", detail=repr(exc))
