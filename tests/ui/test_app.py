"""Starting the application: smoke runs in a subprocess, logging and crash handling."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.ui import app


def run(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "FACTSHEET_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(data_dir / "config"),  # QSettings stay out of the real home
        **env,
    }
    environment.pop("FACTSHEET_DB_URL", None)
    return subprocess.run(
        args, env=environment, capture_output=True, text=True, timeout=180, check=False
    )


def test_version_prints_and_exits(tmp_path: Path) -> None:
    result = run([sys.executable, "-m", "desktop", "--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"factsheet {__version__}"


@pytest.mark.slow
def test_gui_starts_on_the_embedded_library_and_seeds_the_samples(tmp_path: Path) -> None:
    factsheet = Path(sys.executable).with_name("factsheet")
    command = [str(factsheet)] if factsheet.exists() else [sys.executable, "-m", "desktop"]

    started = run(command, tmp_path, FACTSHEET_SMOKE_EXIT="1")
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr

    listed = run([sys.executable, "-m", "desktop", "list", "--json"], tmp_path)
    titles = [a["title"] for a in json.loads(listed.stdout)]
    assert len(titles) == 4  # the bundled samples
    assert "US-Beamte reisen zu Gesprächen nach Venezuela, einem Verbündeten Russlands" in titles
    assert (tmp_path / "config" / "Factsheet" / "Factsheet.conf").exists()


def test_a_damaged_library_ends_the_gui_with_one_sentence(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_text("this is not a database", encoding="utf-8")
    result = run(
        [sys.executable, "-m", "desktop", "--db", f"sqlite:///{damaged}"],
        tmp_path,
        FACTSHEET_SMOKE_EXIT="1",
    )
    assert result.returncode == 1
    assert result.stderr.startswith("factsheet: The library database cannot be opened")
    assert "Traceback" not in result.stderr


def test_qt_messages_are_routed_into_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="qt"):
        app.qt_message_handler(QtMsgType.QtInfoMsg, QMessageLogContext(), "font cache rebuilt")
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.INFO, "font cache rebuilt")
    ]


def test_crash_handler_logs_the_traceback_and_shows_a_human_message(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, qapp: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    handler = app.CrashHandler()
    try:
        raise ValueError("boom")
    except ValueError as exc:
        with caplog.at_level(logging.CRITICAL):
            handler(ValueError, exc, exc.__traceback__)

    assert "ValueError: boom" in caplog.text
    assert len(shown) == 1
    assert shown[0].startswith("Factsheet ran into an unexpected problem.")
    assert "factsheet.log" in shown[0]
    assert "Traceback" not in shown[0]
