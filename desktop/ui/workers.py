"""Background work on the global thread pool, results delivered on the main thread.

Modelled on Picard's ``run_task``: a ``QRunnable`` runs a plain callable and reports
through the signals of a small ``QObject`` that lives in the main thread, so Qt queues
the delivery into the main event loop. Widgets never wait for a worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.domain import ImportOutcome

log = logging.getLogger(__name__)

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries one task's outcome from the pool thread to the main thread."""

    done = Signal(object)
    failed = Signal(object)


# Relays stay referenced until they have delivered: the QRunnable is deleted by the pool
# when ``run`` returns, and a garbage-collected relay would drop its queued signal.
_in_flight: set[_Relay] = set()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure must reach the main thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_task(
    fn: Callable[[], Any],
    on_done: ResultHandler | None = None,
    on_error: ErrorHandler | None = None,
    *,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn()`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` later
    on the main thread. Without ``on_error``, a failure is treated as a bug (crash dialog).

    With a ``context`` (usually the widget that asked), nothing is delivered once that
    object has been deleted: a late result must not reach a closed window. ``pool``
    defaults to the global pool; library writes go to ``library_pool()``.
    """
    relay = _Relay()
    _in_flight.add(relay)

    def deliver(handler: Callable[[Any], None] | None, value: Any) -> None:
        _in_flight.discard(relay)
        if handler is None or (context is not None and not shiboken6.isValid(context)):
            return
        handler(value)

    relay.done.connect(lambda result: deliver(on_done, result))
    relay.failed.connect(lambda exc: deliver(on_error or report_bug, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


_library_pool: QThreadPool | None = None


def library_pool() -> QThreadPool:
    """One thread for everything that writes to the library, in request order.

    SQLite has one writer anyway, and two writers racing on the same article (an
    extraction marking it extracted while the user saves its metadata) would fail the
    row-version check; queueing them costs nothing a user would notice.
    """
    global _library_pool  # noqa: PLW0603 - one lazily made pool per process
    if _library_pool is None:
        _library_pool = QThreadPool()
        _library_pool.setMaxThreadCount(1)
        _library_pool.setExpiryTimeout(-1)
    return _library_pool


def report_bug(exc: BaseException) -> None:
    """Hand an unexpected worker failure to ``sys.excepthook`` (the crash dialog)."""
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


def wait_for_workers(timeout_ms: int = -1) -> bool:
    """Block until the pools are idle (shutdown and tests only)."""
    idle = library_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and idle


class ImportJob(QObject):
    """Imports files and folders through the library, one file at a time, cancellable
    between files. ``progress(done, total, current file)``, then ``finished(outcomes)``
    or ``failed(exception)``."""

    progress = Signal(int, int, str)
    finished = Signal(list)
    failed = Signal(object)

    def __init__(self, library: Any, paths: Sequence[Path], parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._paths = list(paths)
        self._cancel = threading.Event()

    def start(self) -> None:
        run_task(self._run, self.finished.emit, self.failed.emit, context=self, pool=library_pool())

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> list[ImportOutcome]:
        return list(
            self._library.import_paths(
                self._paths,
                on_progress=self.progress.emit,
                should_cancel=self._cancel.is_set,
            )
        )
