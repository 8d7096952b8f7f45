"""A failing write fails one file of a batch, never the batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import ImportStatus
from desktop.services import Library
from desktop.store import Repository, StoreError


def test_a_store_error_fails_only_that_file(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library.open(db_url)
    files = []
    for n, word in enumerate(["Alpha", "Beta", "Gamma"]):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"{word} meldet heute neue Zahlen.\n\nDie Lage in {word} bleibt ruhig.")
        files.append(path)
    real_add = Repository.add_article

    def add_or_fail(repo: Repository, draft, digest):  # type: ignore[no-untyped-def]
        if "Beta" in draft.body:
            raise StoreError("The library could not be saved: the disk is full.")
        return real_add(repo, draft, digest)

    monkeypatch.setattr(Repository, "add_article", add_or_fail)
    outcomes = library.import_paths(files)
    assert [o.status for o in outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
        ImportStatus.IMPORTED,
    ]
    assert outcomes[1].message == "The library could not be saved: the disk is full."
    assert len(library.articles()) == 2
    library.close()
