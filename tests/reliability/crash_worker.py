"""The real app logic in a process of its own, for the crash and concurrency tests.

Usage: ``python crash_worker.py DB_URL LABEL CLAIMS``

Opens the library, imports an article of its own, then writes ``CLAIMS`` annotations, one
transaction each. A line goes to stdout (flushed) only after the commit has returned:

    OPENED
    IMPORTED <article id>
    COMMITTED <claim id> <note>

so every ``COMMITTED`` line a parent has read names a claim that must survive a kill.
"""

from __future__ import annotations

import sys

from desktop.domain import ImportStatus, Span, Verdict
from desktop.services import Library

VERDICTS = list(Verdict)


def article_text(label: str) -> str:
    return (
        f"Ministers agree sanctions in round {label}\n\n"
        f"LONDON (Reuters) - Ministers on Tuesday agreed sanctions, round {label}, "
        "the Foreign Office said. The measures take effect in December, officials said.\n"
    )


def claim_span(body: str) -> Span:
    start = body.index("Ministers on Tuesday")
    quote = "Ministers on Tuesday agreed sanctions"
    return Span(start, start + len(quote), quote)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(url: str, label: str, claims: int) -> None:
    library = Library.open(url)
    say("OPENED")
    outcome = library.import_text(article_text(label))
    if outcome.status is ImportStatus.FAILED or outcome.article_id is None:
        raise SystemExit(f"import failed: {outcome.message}")
    article_id = outcome.article_id
    say(f"IMPORTED {article_id}")
    span = claim_span(library.article(article_id).body)
    for number in range(claims):
        note = f"{label}-{number}"
        with library.store.transaction() as repo:
            claim = repo.add_claim(
                article_id,
                span,
                verdict=VERDICTS[number % len(VERDICTS)],
                note=note,
                tags=("crash-test", label),
                evidence=[("https://example.org/source", None, note)],
            )
        say(f"COMMITTED {claim.id} {note}")  # only after the transaction has committed
    library.close()
    say("DONE")


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
