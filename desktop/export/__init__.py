"""Fact sheets out: the view model, and PDF, Markdown and JSON-LD writers.

Only ``export.pdf`` imports Qt (QtGui), and only when a PDF is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.domain import ArticleDetail, CardView, ClaimView, FactsheetError
from desktop.export.sheet import FactSheet, build_fact_sheet

ArticleParts = tuple[ArticleDetail, Sequence[CardView], Sequence[ClaimView]]
ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class ExportCancelledError(FactsheetError):
    """The user stopped an export; nothing was written."""


class ExportFormat(StrEnum):
    PDF = "pdf"
    MARKDOWN = "md"
    JSONLD = "jsonld"

    @classmethod
    def parse(cls, name: str) -> ExportFormat:
        """``pdf``, ``md``/``markdown``, ``jsonld``/``json-ld``/``json``, any case."""
        key = name.strip().lower().lstrip(".").replace("-", "")
        aliases = {"markdown": cls.MARKDOWN, "json": cls.JSONLD}
        try:
            return aliases.get(key) or cls(key)
        except ValueError:
            raise FactsheetError(
                f"“{name}” is not an export format; choose pdf, md or jsonld."
            ) from None

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        return cls.parse(path.suffix or "pdf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    articles: int
    pages: int | None = None  # PDF only


def write_export(
    parts: Sequence[ArticleParts],
    fmt: ExportFormat,
    path: Path,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    generated_at: dt.datetime | None = None,
    locale: str = "en",
) -> ExportResult:
    """Write one fact sheet (or a dossier) for ``parts``; the file appears whole or not
    at all, so a cancelled or failed export never leaves half a file behind. ``locale``
    (``en``, ``de``, ``de_CH``…) words the PDF's labels, dates and numbers."""
    if not parts:
        raise FactsheetError("Select at least one article to export.")
    sheet = build_fact_sheet(parts, generated_at, locale)
    path = path.expanduser()
    if not path.parent.is_dir():
        raise FactsheetError(f"The folder {path.parent} does not exist.")
    # A hidden sibling, created by the writer itself so the file gets the user's usual
    # permissions (mkstemp would make it private).
    partial = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.part{path.suffix}")
    try:
        pages = _write(sheet, parts, fmt, partial, (on_progress, should_cancel))
        os.replace(partial, path)
    except OSError as exc:
        raise FactsheetError(f"The file {path} could not be written.", detail=str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    return ExportResult(path, fmt, len(parts), pages)


def _write(
    sheet: FactSheet,
    parts: Sequence[ArticleParts],
    fmt: ExportFormat,
    path: Path,
    progress: tuple[ProgressCallback | None, CancelCheck | None],
) -> int | None:
    on_progress, should_cancel = progress
    if fmt is ExportFormat.PDF:
        from desktop.export.pdf import render_pdf

        return render_pdf(sheet, path, on_progress=on_progress, should_cancel=should_cancel).pages
    if fmt is ExportFormat.MARKDOWN:
        from desktop.export.markdown import render_markdown

        path.write_text(render_markdown(sheet), encoding="utf-8")
    else:
        from desktop.export.jsonld import render_jsonld

        path.write_text(render_jsonld(parts, sheet.generated_at), encoding="utf-8")
    if on_progress is not None:
        on_progress(1, 1, "")
    return None


__all__ = [
    "ArticleParts",
    "ExportCancelledError",
    "ExportFormat",
    "ExportResult",
    "FactSheet",
    "write_export",
]
