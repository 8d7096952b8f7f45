"""Render the seed fact sheet to ``docs/factsheet-seed-page-N.png`` (run by hand:
``.venv/bin/python tests/export/render_evidence.py``), to look at every page."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from export_seed import seed_library

from desktop.services import Library

DOCS = Path(__file__).resolve().parents[2] / "docs"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(f"sqlite:///{folder}/library.sqlite3")
        article_id = seed_library(library)
        pdf = Path(folder) / "seed.pdf"
        result = library.export([article_id], "pdf", pdf)
        library.close()
        for old in DOCS.glob("factsheet-seed-page-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(pdf), str(DOCS / "factsheet-seed-page")],
            check=True,
        )
        # pdftoppm pads page numbers to the page count's width; keep plain N.
        for page in DOCS.glob("factsheet-seed-page-*.png"):
            number = int(page.stem.rsplit("-", 1)[1])
            page.rename(DOCS / f"factsheet-seed-page-{number}.png")
        print(f"{result.pages} pages → {DOCS}")


if __name__ == "__main__":
    main()
