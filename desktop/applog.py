"""Logging to a rotating file in the user log dir; details stay there, not in dialogs."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from desktop import config

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return config.log_dir() / "factsheet.log"


def configure(*, console: bool) -> None:
    """Send records to the log file (and stderr when asked); safe to call twice."""
    root = logging.getLogger()
    if any(getattr(h, "_factsheet", False) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    handlers: list[logging.Handler] = []
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_file(),
                maxBytes=2_000_000,
                backupCount=3,
                encoding="utf-8",
                errors="backslashreplace",  # file names need not be valid UTF-8
            )
        )
    except OSError:
        console = True  # an unwritable log dir must not stop the app
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._factsheet = True  # type: ignore[attr-defined]
        root.addHandler(handler)
