"""A library of 1k, 10k and 100k articles: import throughput, search latency, list paging.

    .venv/bin/python benchmarks/library_scale.py [--sizes 1000,10000,100000]

Prints, side by side:

* import throughput on 1,000 real articles through the real import path (files on disk,
  ``Library.bulk_import``) without and with extraction, against spaCy's own ``nlp.pipe``
  over the same bodies (goal: with extraction on both cores >= 0.8x of ``nlp.pipe``);
* search latency p50/p95 per library size against the bare FTS5 query on the same
  database (goal: p95 <= 50 ms and <= 1.5x the bare query);
* library-list latency: count and one page, per sort key and filter, at the start,
  middle and end of the list.

Libraries of 10k and more are built directly through the repository (no extraction) and
cached under ``benchmarks/.cache/``; delete it to rebuild. Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_mix import MixedArticle, articles

from desktop.domain import ArticleDraft, Span, Verdict
from desktop.services import Library
from desktop.store import Store
from desktop.store.models import Article
from desktop.store.query import fts_match, parse_query
from desktop.store.search import raw_fts
from desktop.store.views import ArticleFilters, SortKey

CACHE = Path(__file__).resolve().parent / ".cache"
IMPORT_SAMPLE = 1000
BUILD_BATCH = 2000
CLAIM_EVERY = 97  # one article in 97 gets a claim, so claim filters and sorts have work

# What an analyst types: names, topic words, prefixes, phrases, umlaut spellings, filters.
QUERIES = (
    "Regierung",
    "Flüchtlinge",
    "Flücht",
    "Fluechtlinge",
    "Gespräche",
    "Wien",
    "Bundeskanzler",
    "Griechenland Schulden",
    "Europäische Union",
    '"Europäische Union"',
    '"in Wien"',
    "Trump",
    "Putin Syrien",
    "Präs",
    "Oesterreich",
    "Strasse",
    "Fußball Champions",
    "Polizei Festnahme",
    "Regierung agency:Reuters",
    "Flüchtlinge lang:de",
    "Wien verdict:false",
    "Euro Zinsen",
    "Hypo Alpe",
    "Mitterlehner",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument(
        "--all", action="store_true", help="also nlp.pipe on N processes, extraction on 1"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    CACHE.mkdir(parents=True, exist_ok=True)
    if not args.skip_import:
        import_throughput(min(IMPORT_SAMPLE, *sizes), args.workers, args.all)
    print()
    search_rows: list[tuple[int, SearchTimes]] = []
    page_rows: list[tuple[int, dict[str, float]]] = []
    for size in sizes:
        store = built_library(size)
        search_rows.append((size, search_latency(store, args.repeat)))
        page_rows.append((size, paging_latency(store)))
        store.close()
    print_search(search_rows)
    print_paging(page_rows)
    print(
        "\nNot measured here (needs the window): peak RSS with the 100k library scrolled end "
        "to end, cold start to first paint, event-loop latency during an import."
    )
    return 0


# -- import throughput --------------------------------------------------------------------


def import_throughput(count: int, workers: int, every_mode: bool) -> None:
    folder = sample_files(count)
    files = sorted(folder.glob("*.txt"))
    bodies = [_read_body(f) for f in files]
    words = sum(len(b.split()) for b in bodies)
    print(f"Import throughput: {len(files)} real articles, {words:,} words, {workers} worker(s)")
    rows = [("spaCy nlp.pipe (de), 1 process", _time_pipe(bodies, 1))]
    if every_mode:
        rows.append((f"spaCy nlp.pipe (de), n_process={workers}", _time_pipe(bodies, workers)))
    rows.append(("import, no extraction", _time_import(folder, extract=False, workers=1)))
    if every_mode:
        rows.append(("import + extraction, 1 process", _time_import(folder, True, 1)))
    rows.append((f"import + extraction, {workers} processes", _time_import(folder, True, workers)))
    reference = rows[0][1]
    print(f"{'':42} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs pipe':>8}")
    for name, seconds in rows:
        print(
            f"{name:42} {seconds:8.1f} {len(files) / seconds:11.1f} "
            f"{words / seconds:9.0f} {reference / seconds:7.2f}x"
        )


def sample_files(count: int) -> Path:
    folder = CACHE / f"files_{count}"
    if len(list(folder.glob("*.txt"))) != count:
        folder.mkdir(parents=True, exist_ok=True)
        for index, item in enumerate(articles(count)):
            (folder / f"{index:06d}.txt").write_text(item.as_file_text(), encoding="utf-8")
    return folder


def _read_body(path: Path) -> str:
    from desktop import ingest

    return ingest.read_path(path).body


def _time_pipe(bodies: list[str], processes: int) -> float:
    from desktop.nlp.pipelines import load_pipeline

    nlp = load_pipeline("de")
    list(nlp.pipe(bodies[:16]))  # loaded and warm, like the import's workers once started
    started = time.perf_counter()
    for _doc in nlp.pipe(bodies, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - started


def _time_import(folder: Path, extract: bool, workers: int) -> float:
    path = CACHE / f"import_{'x' if extract else 'plain'}_{workers}.sqlite3"
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    library = Library(Store(f"sqlite:///{path}"))
    started = time.perf_counter()
    summary = library.bulk_import([folder], extract=extract, workers=workers)
    seconds = time.perf_counter() - started
    library.close()
    if summary.imported != len(summary.outcomes):
        print(f"  note: {summary.describe()}")
    return seconds


# -- building large libraries -------------------------------------------------------------


def built_library(size: int) -> Store:
    path = CACHE / f"library_{size}.sqlite3"
    store = Store(f"sqlite:///{path}")
    with store.reading() as repo:
        present = repo.count_articles()
    if present < size:
        started = time.perf_counter()
        _fill(store, present, size)
        print(f"built the {size:,}-article library in {time.perf_counter() - started:.0f} s")
    return store


def _fill(store: Store, start: int, size: int) -> None:
    """Insert through the repository in large transactions (claims on a few articles)."""
    from desktop import ingest

    with store.reading() as repo:
        seen = set(repo.session.scalars(select(Article.body_hash)))
    index = start
    while index < size:
        batch = []
        for item in articles(min(BUILD_BATCH, size - index), index):
            digest = ingest.body_hash(item.body)
            if digest not in seen:
                seen.add(digest)
                batch.append((_draft(item), digest))
        with store.transaction() as repo:
            repo.add_articles(batch)
        index += BUILD_BATCH
    _add_claims(store)


def _add_claims(store: Store) -> None:
    verdicts = list(Verdict)
    with store.transaction() as repo:
        rows = repo.session.execute(
            select(Article.id, Article.body).where(
                Article.id % CLAIM_EVERY == 0, Article.claim_count == 0
            )
        ).all()
        for article_id, body in rows:
            first = body.split("\n\n", 1)[0][:120]
            verdict = verdicts[article_id % len(verdicts)]
            repo.add_claim(article_id, Span(0, len(first), first), verdict=verdict)


def _draft(item: MixedArticle) -> ArticleDraft:
    return ArticleDraft(
        body=item.body,
        raw=item.as_file_text(),
        title=item.title,
        agency=item.agency,
        site=item.site,
        published_on=item.published_on,
        language="de",
    )


# -- search -------------------------------------------------------------------------------


@dataclass
class SearchTimes:
    """Milliseconds of every run of every query."""

    ours: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    raw_snippets: list[float] = field(default_factory=list)
    slowest: list[tuple[float, str]] = field(default_factory=list)


RAW_WITH_SNIPPETS = text(
    "SELECT rowid, snippet(article_fts, 1, '[', ']', '…', 12), bm25(article_fts, 5.0, 1.0) "
    "AS score FROM article_fts WHERE article_fts MATCH :match ORDER BY score LIMIT 20"
)


def search_latency(store: Store, repeat: int) -> SearchTimes:
    """``search`` (ranked page with snippets and rows) against bare FTS5 on the same match."""
    times = SearchTimes()
    per_query: list[tuple[float, str]] = []
    with store.reading() as repo:
        for query in QUERIES:
            parsed = parse_query(query)
            match = fts_match(parsed.terms)
            ours = _runs(partial(repo.search_results, parsed, 20), repeat)
            times.ours += ours
            times.raw += _runs(partial(raw_fts, repo.session, match, 20), repeat)
            times.raw_snippets += _runs(
                partial(repo.session.execute, RAW_WITH_SNIPPETS, {"match": match}), repeat
            )
            per_query.append((statistics.median(ours), query))
    times.slowest = sorted(per_query, reverse=True)[:3]
    return times


def _runs(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm the page cache: the user's second keystroke finds it warm too
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        found.append((time.perf_counter() - started) * 1000)
    return found


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def print_search(rows: list[tuple[int, SearchTimes]]) -> None:
    print(f"\nSearch latency, {len(QUERIES)} queries x runs, 20 hits with snippets, ms")
    print(
        f"{'articles':>9} {'p50':>7} {'p95':>7} {'bare p50':>9} {'bare p95':>9} "
        f"{'p95/bare':>9} {'bare+snip p95':>14}"
    )
    for size, t in rows:
        ours95, raw95 = _percentile(t.ours, 0.95), _percentile(t.raw, 0.95)
        print(
            f"{size:9,} {_percentile(t.ours, 0.5):7.1f} {ours95:7.1f} "
            f"{_percentile(t.raw, 0.5):9.1f} {raw95:9.1f} {ours95 / raw95:8.2f}x "
            f"{_percentile(t.raw_snippets, 0.95):14.1f}"
        )
        slow = ", ".join(f"{query} {ms:.0f}" for ms, query in t.slowest)
        print(f"{'':9} slowest (median ms): {slow}")


# -- library list -------------------------------------------------------------------------

FILTERS = {
    "none": None,
    "agency=Reuters": ArticleFilters(source="Reuters"),
    "has claims": ArticleFilters(has_claims=True),
    "verdict=false": ArticleFilters(verdict=Verdict.FALSE),
}


def paging_latency(store: Store) -> dict[str, float]:
    """Worst milliseconds of count + one 100-row page at start, middle and end."""
    worst: dict[str, float] = {}
    with store.reading() as repo:
        for name, filters in FILTERS.items():
            total = repo.count_filtered(filters)
            worst[f"count {name}"] = max(_runs(partial(repo.count_filtered, filters), 3))
            for key in SortKey:
                for offset in (0, total // 2, max(0, total - 100)):
                    page = partial(repo.article_page, offset, 100, sort=key, filters=filters)
                    ms = max(_runs(page, 2))
                    label = f"page {name} by {key.value}"
                    worst[label] = max(worst.get(label, 0.0), ms)
    return worst


def print_paging(rows: list[tuple[int, dict[str, float]]]) -> None:
    print("\nLibrary list: worst ms of count / 100-row page (start, middle, end of the list)")
    labels = list(rows[0][1])
    print(f"{'':36}" + "".join(f"{size:>10,}" for size, _ in rows))
    for label in labels:
        print(f"{label:36}" + "".join(f"{t[label]:10.1f}" for _, t in rows))


if __name__ == "__main__":
    sys.exit(main())
