"""``factsheet search`` and ``factsheet import`` keep their output contract with the new
query language (in-process through ``cli.main``, on a real library file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import cli

ARTICLES = {
    "guaido.txt": (
        "Guaidó ruft zu Protesten auf\n\nCaracas (Reuters) - Die Gespräche zwischen Juan "
        "Guaidó und der Regierung sind gescheitert, teilte ein Sprecher mit."
    ),
    "berlin.txt": (
        "Haushalt beschlossen\n\nBerlin (dpa) - Der Bundestag hat den Haushalt beschlossen."
    ),
}


@pytest.fixture
def db(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = db_url
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert cli.main(["import", str(folder), "--db", url, "--json"]) == cli.EXIT_OK
    imported = json.loads(capsys.readouterr().out)
    assert [o["outcome"] for o in imported] == ["imported", "imported"]
    return url


def test_search_json_has_id_title_snippet_and_rank(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "gespraeche guaido", "--json", "--db", db]) == cli.EXIT_OK
    (hit,) = json.loads(capsys.readouterr().out)
    assert set(hit) == {"id", "title", "snippet", "rank"}
    assert hit["title"] == "Guaidó ruft zu Protesten auf"
    assert "[Gespräche]" in hit["snippet"] and "[Guaidó]" in hit["snippet"]
    assert isinstance(hit["rank"], float)


def test_search_text_output_is_tab_separated(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["search", "agency:dpa", "--db", db]) == cli.EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    ident, title, snippet = line.split("\t")
    assert (title, snippet.startswith("Der Bundestag")) == ("Haushalt beschlossen", True)
    assert ident.isdigit()


def test_a_bad_filter_is_one_line_on_stderr(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["search", "verdict:maybe", "--db", db]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("factsheet: “maybe” is not a verdict")
    assert len(err.strip().splitlines()) == 1


def test_import_writes_a_report_of_every_outcome(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.csv"
    code = cli.main(["import", str(tmp_path / "in"), "--db", db, "--report", str(report)])
    assert code == cli.EXIT_OK  # duplicates are not failures
    lines = report.read_text("utf-8").splitlines()
    assert lines[0] == "source,outcome,id,title,duplicate_of,message"
    assert [line.split(",")[1] for line in lines[1:]] == ["duplicate", "duplicate"]
    assert capsys.readouterr().err == ""  # no progress bar when stderr is not a terminal


def test_every_command_closes_the_library_it_opened(db: str) -> None:
    assert cli.main(["list", "--json", "--db", db]) == 0
    assert cli._opened == []
