"""``factsheet``: the window, or headless use of the services (a stable contract)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from desktop import __version__, applog
from desktop.domain import CardDraft, CardView, FactsheetError, ImportStatus

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: $FACTSHEET_DB_URL, else the embedded library)",
    )
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Offline fact sheets for news articles. Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"factsheet {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the window (the default)")

    imp = commands.add_parser("import", parents=[common], help="import files and folders")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--extract", action="store_true", help="extract fact cards while importing")
    imp.add_argument("--workers", type=int, default=None, help="extraction processes (default 2)")
    imp.add_argument(
        "--report", type=Path, metavar="FILE", help="write every outcome to FILE (.csv or .json)"
    )
    _json_flag(imp)

    lst = commands.add_parser("list", parents=[common], help="list the library")
    _json_flag(lst)

    show = commands.add_parser("show", parents=[common], help="an article's metadata and body")
    show.add_argument("article_id", type=int, metavar="ID")
    _json_flag(show)

    facts = commands.add_parser("facts", parents=[common], help="fact cards of an article")
    facts.add_argument(
        "target", metavar="ID|PATH", help="article id, or a file to extract unstored"
    )
    _json_flag(facts)

    search = commands.add_parser("search", parents=[common], help="full-text search")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20)
    _json_flag(search)
    _add_export_commands(commands, common)
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = getattr(args, "db", None)
    if args.command in (None, "gui"):
        from desktop.ui.app import run_gui

        return run_gui(db)
    applog.configure(console=False)
    try:
        return COMMANDS[args.command](args, db)
    except FactsheetError as exc:
        log.warning("%s failed: %s (%s)", args.command, exc.user_message, exc.detail)
        print(f"factsheet: {exc.user_message}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep the traceback in the log, one line for the user
        log.exception("Unexpected error in %s", args.command)
        print(
            f"factsheet: internal error ({exc.__class__.__name__}); see the log in "
            f"{applog.log_file()}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        _close_opened()


_opened: list[Any] = []


def _open(db: str | None) -> Any:
    """The library a command works on; ``main`` closes it when the command ends."""
    from desktop.services import Library

    library = Library.open(db)
    _opened.append(library)
    return library


def _close_opened() -> None:
    while _opened:
        _opened.pop().close()


def cmd_import(args: argparse.Namespace, db: str | None) -> int:
    library = _open(db)
    bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    summary = library.bulk_import(
        args.paths, extract=args.extract, workers=args.workers, on_progress=bar
    )
    if bar is not None:
        bar.finish()
    if args.report is not None:
        _write_report(summary, args.report)
    outcomes = list(summary.outcomes)
    if args.json:
        _print_json([_outcome_json(o) for o in outcomes])
    else:
        for o in outcomes:
            ident = str(o.article_id) if o.article_id is not None else "-"
            print(f"{ident}\t{o.title or o.source}\t{o.describe()}")
    failed = sum(o.status is ImportStatus.FAILED for o in outcomes)
    if not outcomes:
        print("factsheet: no importable files found (.txt, .md, .html, .pdf).", file=sys.stderr)
        return EXIT_FAILED
    if failed:
        print(f"factsheet: {failed} of {len(outcomes)} imports failed.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


class _ProgressBar:
    """``[#####.....]  45/100  0:12 left  file.txt`` redrawn in place on a terminal."""

    WIDTH = 30

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def __call__(self, progress: Any) -> None:
        filled = int(self.WIDTH * progress.fraction)
        eta = progress.eta_seconds
        left = f"{int(eta) // 60}:{int(eta) % 60:02d} left" if eta is not None else "…"
        name = Path(progress.current).name[:40] if progress.current else ""
        line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {progress.done}/{progress.total}"
        self.stream.write(f"\r\x1b[K{line}  {left}  {name}")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def _write_report(summary: Any, path: Path) -> None:
    text = summary.to_json() if path.suffix.lower() == ".json" else summary.to_csv()
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FactsheetError(f"The report {path} could not be written.", detail=str(exc)) from exc


def _outcome_json(outcome: Any) -> dict[str, Any]:
    return {
        "source": outcome.source,
        "id": outcome.article_id,
        "title": outcome.title,
        "outcome": outcome.status.value,
        "duplicate_of": outcome.duplicate_of,
        "message": outcome.message or None,
    }


def cmd_list(args: argparse.Namespace, db: str | None) -> int:
    articles = _open(db).articles()
    if args.json:
        _print_json([{**_plain(a), "source": a.source} for a in articles])
        return EXIT_OK
    for a in articles:
        date = a.published_on.isoformat() if a.published_on else "-"
        print(f"{a.id}\t{date}\t{a.language}\t{a.source or '-'}\t{a.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, db: str | None) -> int:
    article = _open(db).article(args.article_id)
    if args.json:
        _print_json(_plain(article))
        return EXIT_OK
    for name in (
        "title",
        "author",
        "dateline",
        "agency",
        "site",
        "published_on",
        "language",
        "source_path",
        "source_url",
    ):
        value = getattr(article, name)
        if value:
            print(f"{name}: {value}")
    print()
    print(article.body)
    return EXIT_OK


def cmd_facts(args: argparse.Namespace, db: str | None) -> int:
    target: str = args.target
    if target.isdigit():
        library = _open(db)
        article_id = int(target)
        cards: list[CardView] | list[CardDraft] = library.ensure_extracted(article_id)
        detail = library.article(article_id)
        header = {
            "article_id": article_id,
            "language": detail.language,
            "pipeline": detail.pipeline,
        }
    else:
        from desktop.services import extract_file

        draft, cards = extract_file(Path(target))
        header = {"article_id": None, "language": draft.language, "pipeline": None}
    if args.json:
        _print_json({**header, "cards": [_card_json(c) for c in cards]})
        return EXIT_OK
    for card in cards:
        attrs = ", ".join(f"{k}={v}" for k, v in card.attributes.items() if _is_short(v))
        print(f"{card.kind.value}\t{card.label}\t{attrs}\t{len(card.mentions)} mention(s)")
    return EXIT_OK


def _is_short(value: Any) -> bool:
    return isinstance(value, str | int | float) and len(str(value)) <= 60


def _card_json(card: CardView | CardDraft) -> dict[str, Any]:
    result: dict[str, Any] = {
        "kind": card.kind.value,
        "label": card.label,
        "attributes": card.attributes,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in card.mentions],
    }
    if isinstance(card, CardView):
        result = {"id": card.id, **result, "origin": card.origin.value, "state": card.state.value}
    return result


def cmd_search(args: argparse.Namespace, db: str | None) -> int:
    hits = _open(db).search(args.query, args.limit)
    if args.json:
        _print_json(
            [
                {"id": h.article_id, "title": h.title, "snippet": h.snippet, "rank": h.rank}
                for h in hits
            ]
        )
        return EXIT_OK
    for h in hits:
        print(f"{h.article_id}\t{h.title}\t{h.snippet}")
    return EXIT_OK


# -- export: fact sheets and annotations --------------------------------------------------------


def _add_export_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="write a fact sheet (several ids: a dossier)"
    )
    export.add_argument("article_ids", nargs="+", type=int, metavar="ID")
    export.add_argument("--format", choices=["pdf", "md", "jsonld"], help="default: from -o")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--locale",
        metavar="LOCALE",
        help="language of the PDF's labels, dates and numbers: en, de, de_CH… "
        "(default: from LC_ALL / LC_MESSAGES / LANG; English when they name no language)",
    )
    _json_flag(export)
    notes = commands.add_parser("annotations", parents=[common], help="W3C annotations")
    actions = notes.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", parents=[common], help="claims from a JSON-LD file")
    imp.add_argument("article_id", type=int, metavar="ID")
    imp.add_argument("path", type=Path, metavar="FILE")
    _json_flag(imp)


def cmd_export(args: argparse.Namespace, db: str | None) -> int:
    from desktop.export import ExportFormat
    from desktop.export.wording import locale_from_environment, normalise_locale

    output: Path = args.output
    fmt = ExportFormat.parse(args.format) if args.format else ExportFormat.for_path(output)
    locale = normalise_locale(args.locale) if args.locale else locale_from_environment()
    result = _open(db).export(args.article_ids, fmt, output, locale=locale)
    if args.json:
        _print_json(
            {
                "path": str(result.path),
                "format": result.format.value,
                "articles": result.articles,
                "pages": result.pages,
            }
        )
    else:
        pages = f", {result.pages} page(s)" if result.pages else ""
        print(f"{result.path}\t{result.format.value}{pages}")
    return EXIT_OK


def cmd_annotations(args: argparse.Namespace, db: str | None) -> int:
    report = _open(db).import_annotations(args.article_id, args.path)
    if args.json:
        _print_json(
            {
                "added": list(report.added),
                "moved": report.moved,
                "already_present": report.already_present,
                "unanchored": [_plain(u) for u in report.unanchored],
            }
        )
    else:
        print(report.describe())
        for lost in report.unanchored:
            print(f"not anchored\t{lost.annotation_id}\t{lost.reason}\t{lost.exact[:60]}")
    return EXIT_FAILED if report.unanchored else EXIT_OK


COMMANDS = {
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "facts": cmd_facts,
    "search": cmd_search,
    "export": cmd_export,
    "annotations": cmd_annotations,
}


def _plain(value: Any) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_jsonable)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
