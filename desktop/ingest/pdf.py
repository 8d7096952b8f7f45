"""PDF files -> text with pypdf (lazy import); unreadable PDFs raise IngestError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import IngestError
from desktop.ingest.pdf_layout import pages_to_text


@dataclass(frozen=True)
class PdfText:
    text: str  # paragraphs separated by blank lines
    raw: str  # page texts as pypdf gave them
    title: str | None = None
    author: str | None = None


def read_pdf(path: Path) -> PdfText:
    name = path.name
    reader = _open(path)
    _unlock(reader, name)
    try:
        pages = list(reader.pages)
    except Exception as exc:  # pypdf raises many types on damaged page trees
        raise _corrupt(name, exc) from exc
    if not pages:
        raise IngestError(f"“{name}” has no pages.", detail="PDF page count is 0")
    page_texts = [_page_text(page, name) for page in pages]
    if not any(text.strip() for text in page_texts):
        raise IngestError(
            f"“{name}” contains no text (it may be a scanned image).",
            detail=f"{len(pages)} pages without a text layer",
        )
    title, author = _metadata(reader)
    return PdfText(pages_to_text(page_texts), "\n\n".join(page_texts), title, author)


def _open(path: Path) -> Any:
    from pypdf import PdfReader

    try:
        return PdfReader(path)
    except FileNotFoundError as exc:
        raise IngestError(f"“{path.name}” no longer exists.", detail=str(exc)) from exc
    except Exception as exc:  # a damaged file fails in many ways inside pypdf
        raise _corrupt(path.name, exc) from exc


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
