"""Make docs/screenshot-main-window.png: the seeded library, the Reuters sample selected,
its fact cards extracted and one card's mentions highlighted.

Runs offscreen in a throwaway data dir: ``.venv/bin/python scripts/screenshot.py [OUT]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshot-main-window.png"
SIZE = (1400, 900)
ARTICLE = "US-Beamte reisen zu Gesprächen nach Venezuela"
CARD = "Nicolas Maduro"


def main(out: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="factsheet-shot-") as tmp:
        os.environ["FACTSHEET_DATA_DIR"] = tmp
        os.environ.pop("FACTSHEET_DB_URL", None)
        return _shoot(Path(tmp), out)


def _shoot(tmp: Path, out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop.domain import FactKind
    from desktop.services import Library
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models import CARD_ROLE
    from desktop.ui.workers import wait_for_workers

    app = make_application()
    library = Library.open(f"sqlite:///{tmp / 'library.sqlite3'}")
    library.seed_samples()
    window = MainWindow(library, QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()

    article = next(a for a in library.articles() if a.title.startswith(ARTICLE))
    wait = QEventLoop()
    window.cardsShown.connect(lambda _id: wait.quit())
    QTimer.singleShot(180_000, wait.quit)  # never hang a build on a broken extraction
    window.select_article(article.id)
    wait.exec()

    panel = window.card_panel
    group = panel.model.group_index(FactKind.ACTOR)
    for row in range(panel.model.rowCount(group)):
        card = panel.model.index(row, 0, group).data(CARD_ROLE)
        if card.label == CARD:
            panel.select_card(card.id)
            break
    window.statusBar().showMessage(window.tr("Ready"))
    app.processEvents()  # a script, not the app: let the last layout and paint happen

    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out))
    window.close()
    wait_for_workers()
    library.close()
    print(out if saved else f"could not write {out}", file=sys.stdout if saved else sys.stderr)
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
