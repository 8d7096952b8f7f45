"""The command line is a contract: real subprocesses, real SQLite files, real output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "resources" / "samples" / "reuters_de_venezuela.txt"
WIKINEWS = REPO / "resources" / "samples" / "wikinews_de_syrien_homs.txt"


def factsheet(
    *args: str, env_db: str | None = None, data_dir: Path
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTSHEET_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FACTSHEET_DB_URL", None)
    if env_db:
        env["FACTSHEET_DB_URL"] = env_db
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_version(tmp_path: Path) -> None:
    result = factsheet("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"factsheet {__version__}"


def test_import_list_show_round_trip(tmp_path: Path, db: str) -> None:
    imported = factsheet("import", str(SEED), "--json", "--db", db, data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    (row,) = json.loads(imported.stdout)
    assert row["outcome"] == "imported"
    assert row["title"].startswith("US-Beamte reisen zu Gesprächen nach Venezuela")

    listed = json.loads(factsheet("list", "--json", "--db", db, data_dir=tmp_path).stdout)
    assert [(a["id"], a["agency"], a["language"]) for a in listed] == [(row["id"], "Reuters", "de")]

    shown = factsheet("show", str(row["id"]), "--json", "--db", db, data_dir=tmp_path)
    article = json.loads(shown.stdout)
    assert article["author"] == "Matt Spetalnick"
    assert article["body"].startswith("Hochrangige US-Beamte reisten am Samstag")
    assert "Haftungsausschluss" not in article["body"]


def test_duplicate_is_reported_with_the_existing_id(tmp_path: Path, db: str) -> None:
    first = factsheet("import", str(SEED), "--db", db, data_dir=tmp_path)
    second = factsheet("import", str(SEED), "--db", db, data_dir=tmp_path)
    assert first.returncode == second.returncode == 0
    article_id = first.stdout.split("\t")[0]
    assert second.stdout.strip().endswith(f"duplicate of id {article_id}")


def test_environment_variable_chooses_the_database(tmp_path: Path, db: str) -> None:
    factsheet("import", str(WIKINEWS), env_db=db, data_dir=tmp_path)
    via_flag = json.loads(factsheet("list", "--json", "--db", db, data_dir=tmp_path).stdout)
    default = json.loads(factsheet("list", "--json", data_dir=tmp_path).stdout)
    assert len(via_flag) == 1
    assert default == []


def test_failures_exit_non_zero_with_one_line(tmp_path: Path, db: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    bad_import = factsheet("import", str(empty), "--db", db, data_dir=tmp_path)
    missing = factsheet("show", "42", "--db", db, data_dir=tmp_path)
    bad_db = factsheet("list", "--db", "nonsense://", data_dir=tmp_path)
    for result in (bad_import, missing, bad_db):
        assert result.returncode != 0
        assert result.stderr.startswith("factsheet: ")
        assert "Traceback" not in result.stderr
    assert "failed: " in bad_import.stdout
    assert missing.stderr.strip() == "factsheet: There is no article with id 42."


def test_search_finds_umlauts_and_accents(tmp_path: Path, db: str) -> None:
    factsheet("import", str(SEED), str(WIKINEWS), "--db", db, data_dir=tmp_path)
    hits = json.loads(
        factsheet("search", "gespräche", "--json", "--db", db, data_dir=tmp_path).stdout
    )
    assert [h["title"][:9] for h in hits] == ["US-Beamte"]
    assert "[" in hits[0]["snippet"]
