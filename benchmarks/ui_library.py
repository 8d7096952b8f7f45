"""The window with a large library: memory when scrolled end to end, and how responsive
the event loop stays during a bulk import.

    .venv/bin/python benchmarks/ui_library.py [--size 100000] [--import-count 200]

Prints:

* peak RSS with the library open in the main window and its list scrolled from the first
  row to the last, page by page as a user would (goal: <= 400 MB at 100k articles), and
  how long the first page and the whole scroll took;
* event-loop latency while ``File → Import Folder…`` imports ``--import-count`` real
  corpus articles with extraction: a 10 ms ``QTimer`` records how late each tick comes
  (p50/p95/max), against the same timer on an idle window.

Each part runs in its own process so one's peak memory does not count for the other. The
library comes from ``benchmarks/library_scale.py``'s cache (built there the same way when
missing). Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--import-count", type=int, default=200)
    parser.add_argument("--part", choices=("memory", "latency"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part == "memory":
        return memory(args.size)
    if args.part == "latency":
        return latency(args.import_count)
    for part in ("memory", "latency"):
        command = [sys.executable, __file__, "--part", part]
        command += ["--size", str(args.size), "--import-count", str(args.import_count)]
        subprocess.run(command, check=True)
    return 0


def _window(app: QApplication, url: str, settings_dir: Path) -> object:
    from desktop.services import Library
    from desktop.ui.main_window import MainWindow

    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Library.open(url), settings)
    window.show()
    app.processEvents()
    return window


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB (Linux: ``ru_maxrss`` is in KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current = peak
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    return current, peak


def _wait_for(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


# -- memory -----------------------------------------------------------------------------------


def memory(size: int) -> int:
    from library_scale import CACHE, built_library

    built_library(size).close()  # builds it first if the cache lacks it
    url = f"sqlite:///{CACHE / f'library_{size}.sqlite3'}"
    app = QApplication([])
    before, _ = _rss_mb()
    with tempfile.TemporaryDirectory() as settings_dir:
        started = time.perf_counter()
        window: Any = _window(app, url, Path(settings_dir))
        first_page = time.perf_counter() - started
        opened, _ = _rss_mb()
        model, view = window.library_model, window.library_view
        started = time.perf_counter()
        pages = 0
        while model.canFetchMore():
            view.scrollToBottom()  # the view asks for the next page, a worker brings it
            _wait_for(model.pageLoaded, 30_000)
            pages += 1
        scrolled = time.perf_counter() - started
        view.scrollToTop()
        app.processEvents()
        current, peak = _rss_mb()
        print(f"\nwindow with a {size:,}-article library (list of {model.rowCount():,} rows)")
        print(f"  open to first page shown  {first_page * 1000:8.0f} ms")
        print(
            f"  scrolled end to end       {scrolled:8.1f} s "
            f"({pages} pages, {scrolled / max(pages, 1) * 1000:.0f} ms/page)"
        )
        print(f"  RSS before the window     {before:8.0f} MB")
        print(f"  RSS with the window open  {opened:8.0f} MB")
        print(f"  RSS after the full scroll {current:8.0f} MB   peak {peak:.0f} MB (goal <= 400)")
        window.close()
        window.library.close()
    return 0


# -- event-loop latency -------------------------------------------------------------------------


class Ticks:
    """A 10 ms timer recording how late each tick comes."""

    def __init__(self) -> None:
        self.late_ms: list[float] = []
        self.at_s: list[float] = []  # when each tick came, from ``start``
        self._clock = QElapsedTimer()
        self._since = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.late_ms.clear()
        self.at_s.clear()
        self._clock.start()
        self._since.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.late_ms.append(max(0.0, elapsed - TICK_MS))
        self.at_s.append(self._since.nsecsElapsed() / 1e9)


def _describe(name: str, late: list[float]) -> str:
    if not late:
        return f"  {name:<28} no ticks"
    ordered = sorted(late)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"  {name:<28} p50 {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  "
        f"max {ordered[-1]:7.1f} ms  ({len(ordered)} ticks)"
    )


def _run_for(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def latency(count: int) -> int:
    from library_scale import sample_files

    source = sample_files(1000)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "inbox"
        folder.mkdir()
        for path in sorted(source.glob("*.txt"))[:count]:
            shutil.copy(path, folder / path.name)
        window: Any = _window(app, f"sqlite:///{Path(scratch) / 'library.sqlite3'}", Path(scratch))
        ticks = Ticks()
        ticks.start()
        _run_for(app, 2000)
        ticks.stop()
        idle = list(ticks.late_ms)

        seen: list[object] = []
        window.importFinished.connect(seen.append)
        started = time.perf_counter()
        ticks.start()
        window.import_paths([folder])
        _until(lambda: bool(seen), 600_000)
        ticks.stop()
        took = time.perf_counter() - started
        outcomes: Any = seen[0]
        print(f"\nevent-loop latency, 10 ms timer; bulk import of {count} corpus articles")
        print(
            f"  imported {len(outcomes)} files with extraction in {took:.1f} s "
            f"({len(outcomes) / took:.1f} articles/s)"
        )
        print(_describe("idle window", idle))
        print(_describe("during the bulk import", ticks.late_ms))
        worst = sorted(zip(ticks.late_ms, ticks.at_s, strict=True), reverse=True)[:3]
        print("  worst ticks at " + ", ".join(f"{at:.1f} s ({late:.0f} ms)" for late, at in worst))
        dialog = window.open_dialog
        if dialog is not None:
            dialog.close()
        window.close()
        window.library.close()
    return 0


def _until(done: Callable[[], bool], timeout_ms: int) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not done() and clock.elapsed() < timeout_ms:
        _run_for(QApplication.instance(), 50)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
