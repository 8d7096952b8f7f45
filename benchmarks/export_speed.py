"""Seed fact-sheet PDF export time beside a bare QTextDocument print of the same HTML.

Goal: our export (header/footer per page, page N of M, links) ≤ 1.5× the bare print.
Prints figures only; extraction runs once beforehand and is not timed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "export"))

from export_seed import seed_library  # noqa: E402

from desktop.export.html import render_html  # noqa: E402
from desktop.export.pdf import build_document, ensure_gui_application, render_pdf  # noqa: E402
from desktop.services import Library  # noqa: E402

ROUNDS = 7


def _median_ms(action: Callable[[], object]) -> float:
    action()  # warm-up: font loading and first layout
    times = []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(f"sqlite:///{folder}/library.sqlite3")
        article_id = seed_library(library)
        out = Path(folder)

        def ours() -> object:
            return library.export([article_id], "pdf", out / "ours.pdf")

        def sheet_to_pdf() -> object:
            return render_pdf(library.fact_sheet([article_id]), out / "render.pdf")

        sheet = library.fact_sheet([article_id])
        html = render_html(sheet)

        def bare() -> None:
            writer = QPdfWriter(str(out / "bare.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            build_document(sheet, html).print_(writer)

        full = _median_ms(ours)
        render = _median_ms(sheet_to_pdf)
        baseline = _median_ms(bare)
        pages = library.export([article_id], "pdf", out / "ours.pdf").pages
        library.close()
    print(f"seed fact sheet, {pages} pages, median of {ROUNDS} runs")
    print(f"  Library.export (read DB + sheet + HTML + PDF): {full:7.1f} ms")
    print(f"  render_pdf (sheet → HTML → paged PDF):        {render:7.1f} ms")
    print(f"  bare QTextDocument.print_ of the same HTML:   {baseline:7.1f} ms")
    print(f"  ratio render_pdf / bare: {render / baseline:.2f}×  (goal ≤ 1.5×)")
    print(f"  ratio export / bare:     {full / baseline:.2f}×")


if __name__ == "__main__":
    main()
