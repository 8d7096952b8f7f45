"""Every hostile input through the real import path: imported cleanly or refused clearly.

The library is a real SQLite file; after the run no partial row may exist.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import ImportOutcome, ImportStatus, Span
from desktop.ingest import readers
from desktop.services import Library

from .checks import assert_clean_body, assert_clear_message, database_report
from .make_corpus import ARTICLE_EN, FAILED, IMPORTED, Case

# Generous: the slowest case takes about a second alone; a hang takes forever.
MAX_SECONDS_PER_FILE = 20.0


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    yield library
    library.close()


def test_corpus_has_at_least_forty_inputs(corpus: tuple[Path, list[Case]]) -> None:
    _root, cases = corpus
    assert len(cases) >= 40
    assert {case.expected for case in cases} == {IMPORTED, FAILED}
    assert len({case.name for case in cases}) == len(cases)


def test_every_hostile_file_is_imported_or_refused_clearly(
    corpus: tuple[Path, list[Case]], library: Library, tmp_path: Path
) -> None:
    root, cases = corpus
    started: dict[str, float] = {}

    def note_start(_done: int, _total: int, path: str) -> None:
        started.setdefault(path, time.monotonic())

    outcomes = library.import_paths([root / c.relative for c in cases], on_progress=note_start)
    assert len(outcomes) == len(cases)
    _assert_no_file_hung(started)
    for case, outcome in zip(cases, outcomes, strict=True):
        _assert_outcome(case, outcome, library)
    imported = {o.article_id for o in outcomes if o.status is not ImportStatus.FAILED}
    integrity, articles, indexed = database_report(tmp_path / "library.sqlite3")
    assert integrity == "ok"
    assert articles == len(imported) == indexed  # no partial rows, FTS in step


def _assert_no_file_hung(started: dict[str, float]) -> None:
    moments = [*sorted(started.values()), time.monotonic()]
    slowest = max(later - earlier for earlier, later in itertools.pairwise(moments))
    assert slowest < MAX_SECONDS_PER_FILE


def _assert_outcome(case: Case, outcome: ImportOutcome, library: Library) -> None:
    if case.expected == FAILED:
        assert outcome.status is ImportStatus.FAILED, f"{case.name} was imported"
        assert outcome.article_id is None
        assert_clear_message(outcome.message)
        return
    assert outcome.status is not ImportStatus.FAILED, f"{case.name}: {outcome.message}"
    assert outcome.article_id is not None
    article = library.article(outcome.article_id)
    assert_clean_body(article.body)
    assert article.title.strip()
    if case.must_contain:
        start = article.body.find(case.must_contain)
        assert start >= 0, f"{case.name}: {case.must_contain!r} lost"
        end = start + len(case.must_contain)
        assert Span(start, end, case.must_contain).is_valid_in(article.body)


def test_html_keeps_the_article_and_drops_every_active_part(
    corpus: tuple[Path, list[Case]], library: Library
) -> None:
    root, _cases = corpus
    outcome = library.import_file(root / "active.html")
    assert outcome.article_id is not None
    body = library.article(outcome.article_id).body
    assert "Foreign Secretary Jane Sample" in body
    assert "iframe fallback text" not in body
    assert "pwned" not in body and "document.cookie" not in body


def test_search_survives_query_syntax_stored_as_content(
    corpus: tuple[Path, list[Case]], library: Library
) -> None:
    root, _cases = corpus
    outcome = library.import_file(root / "injection.txt")
    assert outcome.article_id is not None
    hits = library.search('NEAR("a" "b") AND OR "unterminated')
    assert [hit.article_id for hit in hits] == [outcome.article_id]
    assert library.search("Robert'); DROP TABLE article;--")
    assert len(library.articles()) == 1


# -- files that change while they are imported ----------------------------------------------


def _article_file(tmp_path: Path, name: str = "story.txt") -> Path:
    path = tmp_path / "inbox" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(ARTICLE_EN, encoding="utf-8")
    return path


def _import_with(library: Library, paths: list[Path], act_on: Path, act: object) -> list[str]:
    """Import ``paths``; ``act()`` runs just before ``act_on`` is read (after listing)."""

    def on_progress(_done: int, _total: int, current: str) -> None:
        if current == str(act_on):
            act()  # type: ignore[operator]

    outcomes = library.import_paths(paths, on_progress=on_progress)
    return [o.status.value if o.status is not ImportStatus.FAILED else o.message for o in outcomes]


def test_file_deleted_after_listing(tmp_path: Path, library: Library) -> None:
    doomed = _article_file(tmp_path, "doomed.txt")
    other = tmp_path / "inbox" / "other.md"
    other.write_text("# Other\n\nA second, different article about tariffs.\n", encoding="utf-8")
    results = _import_with(library, [tmp_path / "inbox"], doomed, doomed.unlink)
    assert results == ["“doomed.txt” no longer exists.", "imported"]
    assert len(library.articles()) == 1


def test_pdf_deleted_after_listing(
    corpus: tuple[Path, list[Case]], tmp_path: Path, library: Library
) -> None:
    root, _cases = corpus
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes((root / "valid.pdf").read_bytes())
    assert _import_with(library, [pdf], pdf, pdf.unlink) == ["“report.pdf” no longer exists."]


def test_file_made_unreadable_while_importing(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = _article_file(tmp_path)
    real_open = Path.open

    def lock() -> None:
        locked.chmod(0)  # enough for a normal user; root reads anyway, so refuse the open too

        def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refusing_open)

    results = _import_with(library, [locked], locked, lock)
    assert results == ["“story.txt” cannot be opened (permission denied)."]


def test_file_replaced_by_folder_while_importing(tmp_path: Path, library: Library) -> None:
    path = _article_file(tmp_path)

    def replace() -> None:
        path.unlink()
        path.mkdir()

    assert _import_with(library, [path], path, replace) == ["“story.txt” is a folder, not a file."]


def test_file_emptied_between_check_and_read(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _article_file(tmp_path)
    checked = readers._check_file

    def check_then_truncate(target: Path, limit: int) -> None:
        checked(target, limit)
        target.write_bytes(b"")

    monkeypatch.setattr(readers, "_check_file", check_then_truncate)
    assert library.import_file(path).message == "“story.txt” is empty."


def test_file_grown_past_the_cap_between_check_and_read(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _article_file(tmp_path)
    checked = readers._check_file
    monkeypatch.setattr(readers, "MAX_TEXT_FILE_BYTES", 4096)

    def check_then_grow(target: Path, limit: int) -> None:
        checked(target, limit)
        with target.open("ab") as handle:
            handle.write(b"more words " * 1000)

    monkeypatch.setattr(readers, "_check_file", check_then_grow)
    message = library.import_file(path).message
    assert message.startswith("“story.txt” is too large")
    assert library.articles() == []


def test_parser_bug_ends_as_a_message_with_the_traceback_in_the_log(
    tmp_path: Path,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = _article_file(tmp_path, "page.html")

    def broken(_html: str) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("desktop.ingest.html.extract_html", broken)
    outcome = library.import_file(path)
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message == (
        "“page.html” could not be read (an unexpected problem; details are in the log)."
    )
    assert any(record.exc_info for record in caplog.records)


def test_pasted_text_with_lone_surrogates_is_stored(library: Library) -> None:
    """A broken clipboard can hand over UTF-16 halves; SQLite cannot store them."""
    outcome = library.import_text(
        "Ministers agree\n\nLONDON - Ministers \ud800 agreed sanctions \udcff on Tuesday."
    )
    assert outcome.status is ImportStatus.IMPORTED and outcome.article_id is not None
    body = library.article(outcome.article_id).body
    assert body.encode("utf-8")  # no lone surrogate left
    assert "agreed sanctions" in body
