"""Workers deliver results and errors on the main thread; imports can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain import FactsheetError, ImportStatus
from desktop.services import Library
from desktop.ui.workers import ImportJob, run_task

from .helpers import SAMPLE


def test_run_task_runs_off_the_main_thread_and_delivers_on_it(qtbot: QtBot) -> None:
    main = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["delivery"] = threading.get_ident()
        results.append(value)

    run_task(work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert seen["worker"] != main
    assert seen["delivery"] == main


def test_run_task_delivers_expected_errors_to_on_error(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise FactsheetError("The file is empty.")

    run_task(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], FactsheetError)
    assert errors[0].user_message == "The file is empty."


def test_import_job_reports_progress_and_stops_when_cancelled(
    qtbot: QtBot, tmp_db_url: str, tmp_path: Path
) -> None:
    library = Library.open(tmp_db_url)
    try:
        job = ImportJob(library, [SAMPLE])
        progress: list[tuple[int, int, str]] = []
        job.progress.connect(lambda d, t, c: progress.append((d, t, c)))
        with qtbot.waitSignal(job.finished, timeout=30_000) as done:
            job.start()
        assert [o.status for o in done.args[0]] == [ImportStatus.IMPORTED]
        assert progress[0] == (0, 1, str(SAMPLE)) and progress[-1] == (1, 1, "")

        cancelled = ImportJob(library, [SAMPLE, SAMPLE])
        cancelled.cancel()
        with qtbot.waitSignal(cancelled.finished, timeout=30_000) as stopped:
            cancelled.start()
        assert stopped.args[0] == []
        assert cancelled.cancelled
        assert len(library.articles()) == 1
    finally:
        library.close()
