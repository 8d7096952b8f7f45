"""First use of the nlp layer from several threads at once (the window does this)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import datetime as dt
    import threading
    from desktop import nlp

    errors = []

    def run(job):
        try:
            job()
        except Exception as exc:  # report, the parent asserts
            errors.append(repr(exc))

    jobs = [
        lambda: nlp.extract("Präsident Joe Biden sprach am Montag in Berlin.", "de"),
        lambda: nlp.extract("President Joe Biden spoke in Berlin on Monday.", "en"),
        lambda: nlp.renormalise_date({"text": "2019", "value": "2019"}, dt.date(2022, 3, 7)),
        lambda: nlp.pipeline_info("de-AT"),
    ]
    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("ERRORS:" + "|".join(errors))
    """
)


def test_threads_loading_pipelines_and_rules_at_once_do_not_collide() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ERRORS:"), result.stdout[-2000:]
