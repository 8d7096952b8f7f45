"""Bulk import through the service: batches, duplicates, failures, progress, clean cancel."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.bulk_import import BATCH_SIZE, ImportProgress
from desktop.domain import ArticleDraft, FactKind, ImportStatus
from desktop.services import Library

STORY = (
    "Moskau (Reuters) - Der russische Präsident Wladimir Putin hat am Montag in Moskau den "
    "venezolanischen Staatschef Nicolás Maduro empfangen. Putins Sprecher sagte, die "
    "Gespräche seien gut verlaufen. Meldung Nummer {n}."
)


def write_stories(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"story_{n:03d}.txt"
        path.write_text(f"Meldung {n}\n\n" + STORY.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def library(db_url: str) -> Library:
    opened = Library.open(db_url)
    yield opened  # type: ignore[misc]
    opened.close()


def test_folder_import_reports_imported_duplicates_and_failures(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write_stories(folder / "a", 3)
    (folder / "b").mkdir()
    (folder / "b" / "copy.txt").write_text(
        (folder / "a" / "story_001.txt").read_text("utf-8"), "utf-8"
    )
    (folder / "b" / "empty.txt").write_text("   \n", "utf-8")
    progress: list[ImportProgress] = []
    summary = library.bulk_import([folder], extract=False, on_progress=progress.append)
    assert (summary.imported, summary.duplicates, summary.failed) == (3, 1, 1)
    assert not summary.cancelled
    (copy,) = [o for o in summary.outcomes if o.status is ImportStatus.DUPLICATE]
    original = next(o for o in summary.outcomes if o.source.endswith("story_001.txt"))
    assert copy.duplicate_of == original.article_id
    assert summary.failures[0].source.endswith("empty.txt") and summary.failures[0].message
    assert [p.done for p in progress][-1] == 5 and progress[-1].total == 5
    assert progress[-1].eta_seconds == 0
    assert library.count_articles() == 3


def test_summary_exports_as_csv_and_json(library: Library, tmp_path: Path) -> None:
    write_stories(tmp_path / "in", 2)
    (tmp_path / "in" / "bad.pdf").write_bytes(b"not a pdf")
    summary = library.bulk_import([tmp_path / "in"], extract=False)
    rows = list(csv.DictReader(io.StringIO(summary.to_csv())))
    assert [r["outcome"] for r in rows] == ["failed", "imported", "imported"]
    assert rows[0]["message"]
    failures = json.loads(summary.to_json(failures_only=True))
    assert [Path(f["source"]).name for f in failures] == ["bad.pdf"]


def test_extraction_stores_cards_and_links_entities_across_articles(
    library: Library, tmp_path: Path
) -> None:
    summary = library.bulk_import(write_stories(tmp_path / "in", 2), extract=True, workers=1)
    assert summary.imported == 2
    ids = [o.article_id for o in summary.outcomes]
    assert all(library.article(i).extracted_at is not None for i in ids if i is not None)
    (putin,) = [e for e in library.entities(FactKind.ACTOR) if "Putin" in e.label]
    assert putin.article_count == 2
    hits = library.search_results("actor:Putin")
    assert sorted(h.article_id for h in hits) == sorted(i for i in ids if i is not None)


def test_cancel_keeps_what_was_committed_and_writes_nothing_half(
    library: Library, tmp_path: Path
) -> None:
    paths = write_stories(tmp_path / "in", BATCH_SIZE + 4)
    seen: list[ImportProgress] = []

    def cancel_after_five() -> bool:
        return len(seen) >= 5

    summary = library.bulk_import(
        paths, extract=True, workers=1, on_progress=seen.append, should_cancel=cancel_after_five
    )
    assert summary.cancelled
    assert summary.imported == 5 == library.count_articles()
    for article in library.articles():  # every stored article came with its cards
        assert article.id in {o.article_id for o in summary.outcomes}
        assert library.article(article.id).extracted_at is not None
        assert any(c.kind is FactKind.ACTOR for c in library.cards(article.id))
    again = library.bulk_import(paths, extract=False)  # re-running completes the import
    assert (again.imported, again.duplicates) == (len(paths) - 5, 5)


@pytest.mark.slow
def test_two_worker_processes_give_the_same_cards_as_one(library: Library, tmp_path: Path) -> None:
    paths = write_stories(tmp_path / "in", BATCH_SIZE + 2)  # more than one batch: a pool
    summary = library.bulk_import(paths, extract=True, workers=2)
    assert summary.imported == len(paths)
    other = Library.open(f"sqlite:///{tmp_path / 'single.sqlite3'}")  # a second library
    single = other.bulk_import(paths, extract=True, workers=1)
    for pooled, alone in zip(summary.outcomes, single.outcomes, strict=True):
        assert pooled.article_id is not None and alone.article_id is not None
        labels = sorted((c.kind, c.label) for c in library.cards(pooled.article_id))
        assert labels == sorted((c.kind, c.label) for c in other.cards(alone.article_id))
    other.close()


def test_a_failed_write_fails_that_file_only(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import Repository, StoreError

    paths = write_stories(tmp_path / "in", 3)
    real_add = Repository.add_article

    def disk_full_on_the_second(repo: Repository, draft: ArticleDraft, digest: str) -> int:
        if "Nummer 1." in draft.body:
            raise StoreError("The library could not be saved: the disk is full.")
        return real_add(repo, draft, digest)

    monkeypatch.setattr(Repository, "add_article", disk_full_on_the_second)
    summary = library.bulk_import(paths, extract=False)
    assert [o.status for o in summary.outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
        ImportStatus.IMPORTED,
    ]
    assert summary.failures[0].message == "The library could not be saved: the disk is full."
    assert library.count_articles() == 2


def test_dead_extraction_processes_fall_back_to_extracting_here(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from desktop.bulk_import import BulkImport

    class DeadPool:
        def submit(self, *_args: object) -> None:
            raise BrokenProcessPool("a worker was killed")

        def shutdown(self, **_options: object) -> None:
            pass

    monkeypatch.setattr(BulkImport, "_pool", lambda _self: DeadPool())
    summary = library.bulk_import(write_stories(tmp_path / "in", 2), extract=True, workers=2)
    assert summary.imported == 2
    assert all(library.article(a.id).extracted_at is not None for a in library.articles())
