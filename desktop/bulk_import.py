"""Bulk import: many files read, deduplicated, extracted in batches and stored one article
per transaction, with progress, a clean cancel and an exportable summary.

Service-layer code (no Qt): the window runs it in a background worker, the command line
in the foreground. Extraction runs through ``nlp.extract_many`` (``nlp.pipe``) either in
this process or, with ``workers > 1``, in a pool of spawned processes (one spaCy pipeline
each), so both cores of a laptop work while the caller only reads files and writes rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain import (
    ArticleDraft,
    CardDraft,
    FactsheetError,
    ImportOutcome,
    ImportStatus,
)
from desktop.store import Store

log = logging.getLogger(__name__)

BATCH_SIZE = 16


@dataclass(frozen=True)
class ImportProgress:
    """Where a bulk import stands; ``eta_seconds`` is ``None`` until one article is done."""

    done: int
    total: int
    current: str
    elapsed_seconds: float
    eta_seconds: float | None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class ImportSummary:
    """Every file's outcome, in the order the files were found."""

    outcomes: tuple[ImportOutcome, ...]
    total: int
    cancelled: bool
    elapsed_seconds: float
    words: int = 0

    def _count(self, status: ImportStatus) -> int:
        return sum(o.status is status for o in self.outcomes)

    @property
    def imported(self) -> int:
        return self._count(ImportStatus.IMPORTED)

    @property
    def duplicates(self) -> int:
        return self._count(ImportStatus.DUPLICATE)

    @property
    def failed(self) -> int:
        return self._count(ImportStatus.FAILED)

    @property
    def failures(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status is ImportStatus.FAILED]

    def describe(self) -> str:
        text = f"{self.imported} imported, {self.duplicates} duplicate(s), {self.failed} failed"
        if self.cancelled:
            text += f"; cancelled after {len(self.outcomes)} of {self.total}"
        return text

    def rows(self) -> list[dict[str, str | int | None]]:
        """One plain row per file: what the failure list and its CSV/JSON export show."""
        return [
            {
                "source": o.source,
                "outcome": o.status.value,
                "id": o.article_id,
                "title": o.title,
                "duplicate_of": o.duplicate_of,
                "message": o.message or None,
            }
            for o in self.outcomes
        ]

    def to_csv(self, failures_only: bool = False) -> str:
        rows = [r for r in self.rows() if not failures_only or r["outcome"] == "failed"]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(_ROW_FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()

    def to_json(self, failures_only: bool = False) -> str:
        rows = [r for r in self.rows() if not failures_only or r["outcome"] == "failed"]
        return json.dumps(rows, ensure_ascii=False, indent=2)


_ROW_FIELDS = ("source", "outcome", "id", "title", "duplicate_of", "message")

ProgressListener = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


@dataclass
class _Pending:
    """A read, new article waiting for its cards."""

    source: str
    draft: ArticleDraft
    digest: str


@dataclass(frozen=True)
class _Repeat:
    """A second copy, within this run, of an article not stored yet when it was read."""

    source: str
    digest: str


_Item = _Pending | _Repeat | ImportOutcome


@dataclass
class _Batch:
    items: list[_Item]
    future: Future[list[_Extracted]] | None = None
    extracted: list[_Extracted] = field(default_factory=list)


@dataclass(frozen=True)
class _Extracted:
    cards: list[CardDraft] | None  # None: extraction failed, the article is stored bare
    pipeline: str
    error: str = ""


def extract_batch(items: Sequence[tuple[str, str, dt.date | None]]) -> list[_Extracted]:
    """Cards of many bodies (runs in a worker process; importable, so spawn can find it)."""
    from desktop import nlp

    try:
        found = nlp.extract_many(items, batch_size=BATCH_SIZE)
    except Exception:  # one bad article must not cost the batch: retry one by one
        log.exception("Batch extraction failed; extracting one by one")
        return [_extract_one(*item) for item in items]
    return [
        _Extracted(cards, _pipeline(lang))
        for cards, (_b, lang, _d) in zip(found, items, strict=True)
    ]


def _extract_one(body: str, language: str, published_on: dt.date | None) -> _Extracted:
    from desktop import nlp

    try:
        return _Extracted(nlp.extract(body, language, published_on), _pipeline(language))
    except Exception as exc:
        log.exception("Extraction failed")
        return _Extracted(None, "", f"extraction failed ({exc.__class__.__name__})")


def _pipeline(language: str) -> str:
    from desktop import nlp

    return nlp.pipeline_info(language).describe()


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


class BulkImport:
    """One bulk import run; call :meth:`run` once."""

    def __init__(
        self,
        store: Store,
        files: Sequence[Path],
        *,
        extract: bool = True,
        workers: int | None = None,
        on_progress: ProgressListener | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> None:
        self.store = store
        self.files = list(files)
        self.extract = extract
        self.workers = default_workers() if workers is None else max(1, workers)
        self.on_progress = on_progress
        self.should_cancel = should_cancel or (lambda: False)
        self.outcomes: list[ImportOutcome] = []
        self.words = 0
        self._reading: set[str] = set()  # digests read in this run
        self._stored: dict[str, tuple[int, str]] = {}  # digest -> (id, title) stored so far
        self._started = time.monotonic()

    def run(self) -> ImportSummary:
        self._started = time.monotonic()
        cancelled = False
        pool = self._pool()
        try:
            cancelled = self._run_batches(pool)
        finally:
            if pool is not None:  # on cancel, return now; running batches end on their own
                pool.shutdown(wait=not cancelled, cancel_futures=True)
        self._report("")
        return ImportSummary(
            tuple(self.outcomes),
            len(self.files),
            cancelled,
            time.monotonic() - self._started,
            self.words,
        )

    def _pool(self) -> ProcessPoolExecutor | None:
        # Starting processes costs seconds (each loads spaCy): not worth it for one batch.
        if not self.extract or self.workers <= 1 or len(self.files) <= BATCH_SIZE:
            return None
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context)

    def _run_batches(self, pool: ProcessPoolExecutor | None) -> bool:
        """Keep every worker busy with one batch and one queued; store in file order."""
        in_flight: deque[_Batch] = deque()
        batches = self._read_batches()
        depth = 2 * self.workers if pool is not None else 1
        while True:
            while len(in_flight) < depth and not self.should_cancel():
                batch = next(batches, None)
                if batch is None:
                    break
                in_flight.append(self._start(batch, pool))
            if not in_flight:
                return self.should_cancel()
            if not self._store_batch(in_flight.popleft()):
                return True

    def _read_batches(self) -> Iterator[_Batch]:
        batch: list[_Item] = []
        for path in self.files:
            if self.should_cancel():
                return
            batch.append(self._read(path))
            if len(batch) >= BATCH_SIZE:
                yield _Batch(batch)
                batch = []
        if batch:
            yield _Batch(batch)

    def _read(self, path: Path) -> _Item:
        from desktop import ingest

        source = str(path)
        try:
            draft = ingest.read_path(path)
        except FactsheetError as exc:
            log.warning("Import of %s failed: %s (%s)", path, exc.user_message, exc.detail)
            return ImportOutcome(ImportStatus.FAILED, source, message=exc.user_message)
        except OSError as exc:
            return ImportOutcome(ImportStatus.FAILED, source, message=f"unreadable: {exc}")
        digest = ingest.body_hash(draft.body)
        if digest in self._reading:
            return _Repeat(source, digest)
        with self.store.reading() as repo:
            existing = repo.find_by_hash(digest)
            if existing is not None:
                title = repo.article(existing).title
                return ImportOutcome(
                    ImportStatus.DUPLICATE, source, existing, title, duplicate_of=existing
                )
        self._reading.add(digest)
        return _Pending(source, draft, digest)

    def _start(self, batch: _Batch, pool: ProcessPoolExecutor | None) -> _Batch:
        pending = [i for i in batch.items if isinstance(i, _Pending)]
        if not self.extract or not pending:
            return batch
        items = [(p.draft.body, p.draft.language, p.draft.published_on) for p in pending]
        if pool is not None:
            try:
                batch.future = pool.submit(extract_batch, items)
                return batch
            except BrokenProcessPool:
                log.exception("The extraction processes are gone; extracting here")
        batch.extracted = extract_batch(items)
        return batch

    def _extracted(self, batch: _Batch) -> list[_Extracted]:
        if batch.future is None:
            return batch.extracted
        try:
            return batch.future.result()
        except BrokenProcessPool:  # a worker died (out of memory, killed): go on in-process
            log.exception("An extraction process died; extracting this batch here")
            pending = [i for i in batch.items if isinstance(i, _Pending)]
            return extract_batch(
                [(p.draft.body, p.draft.language, p.draft.published_on) for p in pending]
            )

    def _store_batch(self, batch: _Batch) -> bool:
        """Commit the batch article by article; False when cancelled part-way."""
        if self.should_cancel():  # before waiting for the batch's extraction
            return False
        extracted = iter(self._extracted(batch))
        for item in batch.items:
            if self.should_cancel():
                return False
            if isinstance(item, ImportOutcome):
                self.outcomes.append(item)
            elif isinstance(item, _Repeat):
                self.outcomes.append(self._repeat(item))
            else:
                cards = next(extracted, None) if self.extract else None
                self.outcomes.append(self._store(item, cards))
            self._report(self.outcomes[-1].source)
        return True

    def _repeat(self, item: _Repeat) -> ImportOutcome:
        """The original came earlier in file order, so it is stored by now."""
        article_id, title = self._stored.get(item.digest, (None, ""))
        return ImportOutcome(
            ImportStatus.DUPLICATE, item.source, article_id, title, duplicate_of=article_id
        )

    def _store(self, item: _Pending, extracted: _Extracted | None) -> ImportOutcome:
        """One transaction: the article, its cards and its extraction mark, or nothing.

        A failed write (disk full, a card that does not quote the body) fails this file
        only; the run goes on with the next.
        """
        try:
            article_id = self._write(item, extracted)
        except FactsheetError as exc:
            log.warning("Storing %s failed: %s (%s)", item.source, exc.user_message, exc.detail)
            return ImportOutcome(ImportStatus.FAILED, item.source, message=exc.user_message)
        self._stored[item.digest] = (article_id, item.draft.title)
        self.words += len(item.draft.body.split())
        message = extracted.error if extracted is not None else ""
        return ImportOutcome(
            ImportStatus.IMPORTED, item.source, article_id, item.draft.title, message
        )

    def _write(self, item: _Pending, extracted: _Extracted | None) -> int:
        with self.store.transaction() as repo:
            if extracted is not None and extracted.cards is not None:
                return repo.add_extracted_article(
                    item.draft, item.digest, extracted.cards, extracted.pipeline
                )
            return repo.add_article(item.draft, item.digest)

    def _report(self, current: str) -> None:
        if self.on_progress is None:
            return
        done = len(self.outcomes)
        elapsed = time.monotonic() - self._started
        eta = elapsed / done * (len(self.files) - done) if done else None
        self.on_progress(ImportProgress(done, len(self.files), current, elapsed, eta))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """The files an import of ``paths`` reads (see ``ingest.iter_importable``)."""
    from desktop import ingest

    return list(ingest.iter_importable(paths))
