"""What "imported correctly" and "a clear one-sentence message" mean, shared by the tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

ACTIVE_TRACES = ("<script", "</", "javascript:", "alert(", "evil.invalid", "onerror", "@font-face")


def assert_clear_message(message: str) -> None:
    """One sentence a user can read: no code, no traceback, no line breaks."""
    assert message.endswith("."), message
    assert "\n" not in message, message
    assert "Traceback" not in message and "Error:" not in message, message
    assert 10 < len(message) < 200, message


def assert_clean_body(body: str) -> None:
    assert body.strip(), "empty body"
    lowered = body.casefold()
    for trace in ACTIVE_TRACES:
        assert trace not in lowered, f"{trace!r} left in the body"
    assert "\r" not in body and "\x00" not in body
    assert "\u202e" not in body and "\u202d" not in body


def database_report(db_file: Path) -> tuple[str, int, int]:
    """``PRAGMA integrity_check``, article rows and rows in the full-text index."""
    connection = sqlite3.connect(db_file)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        articles = connection.execute("SELECT count(*) FROM article").fetchone()[0]
        indexed = connection.execute("SELECT count(*) FROM article_fts_docsize").fetchone()[0]
        # Raises if the FTS index and the article table disagree.
        connection.execute("INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
    finally:
        connection.close()
    return str(integrity), int(articles), int(indexed)
