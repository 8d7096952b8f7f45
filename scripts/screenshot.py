"""Make docs/screenshot-main-window.png: the seeded library, the Reuters sample selected,
its fact cards extracted, one card's mentions highlighted and two claims marked; and, next
to it, the claim panel and the card and claim editors (docs/screenshot-*.png).

Runs offscreen in a throwaway data dir: ``.venv/bin/python scripts/screenshot.py [OUT]``.
``--lang de`` shoots the German interface into ``docs/screenshot-*-de.png`` (the
translations are compiled from ``resources/translations/*.ts`` into the data dir).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshot-main-window.png"
SIZE = (1400, 900)
ARTICLE = "US-Beamte reisen zu Gesprächen nach Venezuela"
CARD = "Nicolas Maduro"


def main(out: Path, language: str = "en") -> int:
    with tempfile.TemporaryDirectory(prefix="factsheet-shot-") as tmp:
        os.environ["FACTSHEET_DATA_DIR"] = tmp
        os.environ.pop("FACTSHEET_DB_URL", None)
        return _shoot(Path(tmp), out, language)


def _speak(app: Any, language: str, tmp: Path) -> str:
    """Install the interface language as the app does; returns the file-name suffix."""
    if language == "en":
        return ""
    from PySide6.QtCore import QLocale

    from desktop import config
    from desktop.ui import i18n

    source = config.resource("translations", f"factsheet_{language}.ts")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp / f"factsheet_{language}.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)
    i18n.install_translators(app, QLocale(language), tmp)
    return f"-{language}"


def _shoot(tmp: Path, out: Path, language: str) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop.domain import FactKind
    from desktop.services import Library
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models import CARD_ROLE
    from desktop.ui.workers import wait_for_workers

    app = make_application()
    suffix = _speak(app, language, tmp)
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
    _mark_claims(window, german=language == "de")
    window.side_tabs.setCurrentIndex(window.CARDS_TAB)
    panel.select_card(next(c.id for c in panel.cards() if c.label == CARD))
    window.statusBar().showMessage("Bereit" if language == "de" else "Ready")
    app.processEvents()  # a script, not the app: let the last layout and paint happen

    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out))
    window.side_tabs.setCurrentIndex(window.CLAIMS_TAB)
    window.claim_panel.select_claim(window.claim_panel.model.claims()[0].id)
    app.processEvents()
    saved &= window.grab().save(str(out.with_name(f"screenshot-claims{suffix}.png")))
    saved &= _shoot_dialogs(window, out.parent, suffix)
    window.close()
    wait_for_workers()
    library.close()
    print(out if saved else f"could not write {out}", file=sys.stdout if saved else sys.stderr)
    return 0 if saved else 1


def _mark_claims(window: Any, german: bool = False) -> None:
    """A suggested claim accepted and judged, and one marked by hand, overlapping it."""
    from desktop.domain import ClaimFields, EvidenceItem, Verdict

    edits, body = window.edits, window.article_view.body
    suggestion = window.claim_panel.suggestion_rows()[0].suggestion
    edits.accept_suggestion(suggestion)
    claim = window.claim_panel.selected_claim()
    edits._save_claim(
        claim,
        ClaimFields(
            verdict=Verdict.MOSTLY_TRUE,
            claimant_card_id=suggestion.card_id,
            note=(
                "Bestätigt durch das Gesprächsprotokoll des Außenministeriums."
                if german
                else "Confirmed by the State Department's readout of the meeting."
            ),
            tags=("Diplomatie", "Venezuela") if german else ("diplomacy", "venezuela"),
            reviewer="A. Prüfer",
            evidence=(
                EvidenceItem(url="https://www.state.gov/briefings/", comment="Readout"),
                EvidenceItem(citation="AP, 6 March 2022", comment="Same account"),
            ),
        ),
    )
    quote = "erzielten jedoch keine Einigung"
    start = body.index(quote)
    window.article_view.select_span(start, start + len(quote))
    edits.mark_claim()
    marked = window.claim_panel.selected_claim()
    edits._save_claim(marked, ClaimFields(verdict=Verdict.MISLEADING, claimant_text="Reuters"))


def _shoot_dialogs(window: Any, folder: Path, suffix: str = "") -> bool:
    from PySide6.QtWidgets import QApplication

    saved = True
    claim = window.claim_panel.model.claims()[0]
    editor = window.edits.edit_claim(claim)
    QApplication.processEvents()
    saved &= editor.grab().save(str(folder / f"screenshot-claim-editor{suffix}.png"))
    editor.reject()
    window.side_tabs.setCurrentIndex(window.CARDS_TAB)
    window.edits.edit_card()
    card_editor = window.open_dialog
    QApplication.processEvents()
    saved &= card_editor.grab().save(str(folder / f"screenshot-card-editor{suffix}.png"))
    card_editor.reject()
    return bool(saved)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="the main window's PNG")
    parser.add_argument("--lang", choices=("en", "de"), default="en", help="interface language")
    return parser.parse_args()


if __name__ == "__main__":
    args = _arguments()
    default = DEFAULT_OUT.with_name(f"screenshot-main-window-{args.lang}.png")
    sys.exit(main(args.out or (DEFAULT_OUT if args.lang == "en" else default), args.lang))
