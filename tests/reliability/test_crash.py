"""Power cuts and a second instance: nothing committed is lost, nothing is left half-written.

The app logic runs in ``crash_worker.py`` processes that are killed with SIGKILL at seeded
random moments; the parent checks the database file after every kill.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.services import Library

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 20
SEED = 1129
CLAIMS_PER_WORKER = 40
STARTUP_TIMEOUT = 120  # seconds for a worker to start on two busy cores; never reached


@dataclass
class CrashLog:
    kills: int = 0
    integrity_ok: int = 0
    reported: dict[int, str] = field(default_factory=dict)  # claim id -> note


def _start(url: str, label: str, claims: int = CLAIMS_PER_WORKER) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, label, str(claims)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _committed(lines: list[str]) -> dict[int, str]:
    found = {}
    for line in lines:
        if line.startswith("COMMITTED "):
            _word, claim_id, note = line.split()
            found[int(claim_id)] = note
    return found


def _read_until(process: subprocess.Popen[str], wanted: str, count: int) -> list[str]:
    """Lines up to and including the ``count``-th that starts with ``wanted``."""
    assert process.stdout is not None
    lines: list[str] = []
    seen = 0
    while seen < count:
        line = process.stdout.readline()
        assert line, f"worker ended early: {process.communicate()[1]}"
        lines.append(line.strip())
        seen += line.startswith(wanted)
    return lines


def _kill(process: subprocess.Popen[str], rng: random.Random) -> list[str]:
    """SIGKILL after a random sliver of time (the kill moment itself is what is tested)."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=rng.uniform(0.0, 0.02))
    process.send_signal(signal.SIGKILL)
    out, _err = process.communicate(timeout=STARTUP_TIMEOUT)
    return out.splitlines()


def _stored_claims(db_file: Path) -> tuple[str, dict[int, str], int]:
    connection = sqlite3.connect(db_file)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        claims = dict(connection.execute("SELECT id, note FROM claim").fetchall())
        orphans = connection.execute(
            "SELECT count(*) FROM claim c WHERE NOT EXISTS "
            "(SELECT 1 FROM evidence e WHERE e.claim_id = c.id)"
        ).fetchone()[0]
        connection.execute("INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
    finally:
        connection.close()
    return str(integrity), claims, int(orphans)


def _one_round(url: str, db_file: Path, label: str, rng: random.Random, log: CrashLog) -> None:
    process = _start(url, label)
    phase = rng.random()
    if phase < 0.15:  # during start-up: migrations, the first connection
        lines: list[str] = []
    elif phase < 0.3:  # during the import of the worker's article
        lines = _read_until(process, "OPENED", 1)
    else:  # while annotations are being written
        lines = _read_until(process, "COMMITTED", rng.randint(1, CLAIMS_PER_WORKER // 2))
    lines += _kill(process, rng)
    log.kills += 1
    log.reported.update(_committed(lines))
    integrity, stored, orphans = _stored_claims(db_file) if db_file.exists() else ("ok", {}, 0)
    assert integrity == "ok", f"after kill {log.kills}: {integrity}"
    log.integrity_ok += 1
    missing = {cid: note for cid, note in log.reported.items() if stored.get(cid) != note}
    assert not missing, f"after kill {log.kills} committed claims are gone: {missing}"
    assert orphans == 0  # a claim never lands without its evidence row
    library = Library.open(url)  # the app opens (and migrates, if the kill came early)
    library.articles()
    library.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db_file = tmp_path / "library.sqlite3"
    url = f"sqlite:///{db_file}"
    rng = random.Random(SEED)
    log = CrashLog()
    for round_number in range(KILLS):
        _one_round(url, db_file, f"r{round_number}", rng, log)
    integrity, stored, _orphans = _stored_claims(db_file)
    assert integrity == "ok"
    assert log.kills == KILLS and log.integrity_ok == KILLS
    assert set(log.reported) <= set(stored)
    print(  # the figures docs/reliability.md quotes (pytest -s shows them)
        f"\ncrash test: {log.kills} kills, {log.integrity_ok} integrity checks ok, "
        f"{len(log.reported)} claims reported committed, "
        f"{sum(cid in stored for cid in log.reported)} kept, {len(stored)} stored in total"
    )


@pytest.mark.slow
def test_two_instances_write_to_one_library_alongside(tmp_path: Path) -> None:
    """A second Factsheet on the same file works safely alongside (WAL + busy timeout)."""
    db_file = tmp_path / "library.sqlite3"
    url = f"sqlite:///{db_file}"
    Library.open(url).close()  # the library exists, as when a second window is opened
    first, second = _start(url, "one"), _start(url, "two")
    results = [process.communicate(timeout=STARTUP_TIMEOUT) for process in (first, second)]
    for process, (out, err) in zip((first, second), results, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err, err
        assert out.splitlines()[-1] == "DONE"
    reported = _committed(results[0][0].splitlines()) | _committed(results[1][0].splitlines())
    integrity, stored, orphans = _stored_claims(db_file)
    assert integrity == "ok" and orphans == 0
    assert len(reported) == 2 * CLAIMS_PER_WORKER
    assert all(stored.get(cid) == note for cid, note in reported.items())


@pytest.mark.slow
def test_two_instances_creating_one_new_library_at_once_both_work(tmp_path: Path) -> None:
    """Both start on a file that does not exist yet, so both try to create the schema.

    The one that loses the race retries once the other has committed; both then work, the
    file stays whole and keeps every claim reported committed.
    """
    db_file = tmp_path / "library.sqlite3"
    url = f"sqlite:///{db_file}"
    processes = [_start(url, "one", 5), _start(url, "two", 5)]
    results = [process.communicate(timeout=STARTUP_TIMEOUT) for process in processes]
    reported: dict[int, str] = {}
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        reported |= _committed(out.splitlines())
    integrity, stored, orphans = _stored_claims(db_file)
    assert integrity == "ok" and orphans == 0
    assert all(stored.get(cid) == note for cid, note in reported.items())
    Library.open(url).close()  # the next start works
