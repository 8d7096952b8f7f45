"""The seed article exported for real: PDF text, links, fonts, Markdown, CLI, import."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata

import pypdf
import pytest

from desktop.cli import main
from desktop.domain import FactKind
from desktop.export.sheet import CLAIMS_TITLE, METADATA_TITLE, SECTION_TITLES


def _flat(text: str) -> str:
    """PDF text as words: ligatures undone, any run of spaces, tabs or breaks one space,
    and a line broken after a hyphen ("US-" / "Außenministerium") joined again."""
    words = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return re.sub(r"(\w)- (\w)", r"\1-\2", words)


def _pdf_text(path) -> str:
    return _flat(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


@pytest.fixture(scope="module")
def seed_pdf(seeded, tmp_path_factory, qapp):
    library, article_id, _ = seeded
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    result = library.export([article_id], "pdf", path)
    return result, pypdf.PdfReader(path)


def test_pdf_shows_every_section_card_and_claim(seeded, seed_pdf):
    library, article_id, _ = seeded
    result, reader = seed_pdf
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for title in (METADATA_TITLE, *SECTION_TITLES.values(), CLAIMS_TITLE):
        assert title in text
    cards = library.cards(article_id)
    assert {c.kind for c in cards} >= {FactKind.ACTOR, FactKind.PLACE, FactKind.DATE}
    for card in cards:
        assert _flat(card.label) in text, card.label
    for claim in library.claims(article_id):
        assert _flat(f"„{claim.quote}“") in text
    assert f"Page 1 of {result.pages}" in text
    assert f"Page {result.pages} of {result.pages}" in text


def test_rejected_card_leaves_the_sheet(seeded, tmp_path, qapp):
    from desktop.store.models import FactCard

    library, article_id, _ = seeded
    victim = next(c for c in library.cards(article_id) if c.kind is FactKind.ACTOR)
    library.export([article_id], "pdf", tmp_path / "before.pdf")
    before = _pdf_text(tmp_path / "before.pdf").count(victim.label)
    with library.store.transaction() as repo:  # reject as the card editor will
        repo.session.get(FactCard, victim.id).state = "rejected"
    try:
        library.export([article_id], "pdf", tmp_path / "after.pdf")
        library.export([article_id], "md", tmp_path / "after.md")
    finally:
        with library.store.transaction() as repo:
            repo.session.get(FactCard, victim.id).state = "active"
    assert _pdf_text(tmp_path / "after.pdf").count(victim.label) < before
    assert f"| **{victim.label}** |" not in (tmp_path / "after.md").read_text("utf-8")


def test_pdf_evidence_links_are_clickable(seed_pdf):
    _, reader = seed_pdf
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    assert "https://www.state.gov/u-s-relations-with-venezuela/" in uris


def test_pdf_embeds_its_fonts(seed_pdf):
    result, _ = seed_pdf
    listing = subprocess.run(
        ["pdffonts", str(result.path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    assert rows and all("yes" in row[-5:-3] for row in rows), listing
    assert any(row[0].startswith("DejaVu") for row in rows)


def test_pdf_page_size_follows_the_choice(seeded, tmp_path, qapp):
    from desktop.export.pdf import PageSize, render_pdf

    library, article_id, _ = seeded
    sheet = library.fact_sheet([article_id])
    render_pdf(sheet, tmp_path / "letter.pdf", PageSize.LETTER)
    render_pdf(sheet, tmp_path / "a4.pdf", PageSize.A4)
    letter = pypdf.PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    a4 = pypdf.PdfReader(tmp_path / "a4.pdf").pages[0].mediabox
    assert (round(letter.width), round(letter.height)) == (612, 792)
    assert (round(a4.width), round(a4.height)) == (595, 842)


def test_dossier_of_two_articles_has_two_sections_and_an_index(seeded, tmp_path, qapp):
    from desktop import config

    library, article_id, _ = seeded
    outcome = library.import_file(config.resource("samples", "wikinews_de_syrien_homs.txt"))
    assert outcome.article_id is not None
    path = tmp_path / "dossier.pdf"
    library.export([article_id, outcome.article_id], "pdf", path)
    text = _pdf_text(path)
    assert "Index of actors and sources" in text
    assert _flat(f"1. {library.article(article_id).title}") in text
    assert _flat(f"2. {library.article(outcome.article_id).title}") in text
    assert text.count(METADATA_TITLE) == 2


def test_markdown_of_the_seed_quotes_in_german(seeded, tmp_path):
    library, article_id, _ = seeded
    path = tmp_path / "seed.md"
    library.export([article_id], "md", path)
    text = path.read_text("utf-8")
    assert text.startswith(f"# {library.article(article_id).title}")
    for claim in library.claims(article_id):
        assert f"„{claim.quote}“" in text


def test_jsonld_round_trip_onto_the_same_article(seeded, tmp_path):
    library, article_id, _ = seeded
    path = tmp_path / "seed.jsonld"
    library.export([article_id], "jsonld", path)
    data = json.loads(path.read_text("utf-8"))
    assert any(n.get("@type") == "ClaimReview" for n in data["@graph"])
    report = library.import_annotations(article_id, path)
    assert report.added == () and report.already_present == 3 and report.unanchored == ()


def test_cli_export_pdf_exits_zero(seeded, tmp_path, qapp, capsys):
    _, article_id, url = seeded
    out = tmp_path / "x.pdf"
    code = main(["export", str(article_id), "--format", "pdf", "-o", str(out), "--db", url])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out


def test_cli_export_of_a_missing_article_is_one_line_on_stderr(seeded, tmp_path, capsys):
    _, _, url = seeded
    code = main(["export", "9999", "--format", "md", "-o", str(tmp_path / "x.md"), "--db", url])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == ["factsheet: There is no article with id 9999."]
    assert not (tmp_path / "x.md").exists()


def test_import_reanchors_moved_offsets_and_reports_lost_quotes(seeded, tmp_path, capsys):
    library, article_id, url = seeded
    body = library.article(article_id).body
    quote = "Ob ein weiteres Treffen stattfinden wird, war unklar"
    start = body.index(quote)

    def annotation(ident: str, exact: str, at: int) -> dict[str, object]:
        return {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": ident,
            "type": "Annotation",
            "motivation": "assessing",
            "creator": {"type": "Person", "name": "Gast"},
            "body": [
                {"type": "TextualBody", "purpose": "assessing", "value": "Misleading"},
                {"type": "TextualBody", "purpose": "identifying", "value": "Reuters"},
            ],
            "target": {
                "source": "https://example.org/other-copy",
                "selector": [
                    {"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""},
                    {"type": "TextPositionSelector", "start": at, "end": at + len(exact)},
                ],
            },
        }

    path = tmp_path / "notes.jsonld"
    shifted = annotation("urn:a:1", quote, start + 57)  # made on a copy with a longer intro
    lost = annotation("urn:a:2", "Dieser Satz steht nirgends im Artikel", 10)
    path.write_text(json.dumps({"@graph": [shifted, lost]}), "utf-8")

    code = main(["annotations", "import", str(article_id), str(path), "--db", url])
    out = capsys.readouterr().out
    assert code == 1  # something was not anchored: the user must hear it
    assert "1 claim(s) imported, 1 re-anchored to moved text, 1 not found in the text" in out
    assert "urn:a:2" in out
    claim = next(c for c in library.claims(article_id) if c.quote == quote)
    assert (claim.start, claim.end) == (start, start + len(quote))
    assert claim.verdict.value == "misleading" and claim.reviewer == "Gast"
    reuters = [c.id for c in library.cards(article_id) if c.label == "Reuters"]
    assert claim.claimant_card_id in reuters or claim.claimant_text == "Reuters"


def test_page_size_follows_the_locale(qapp):
    from PySide6.QtCore import QLocale

    from desktop.export.pdf import PageSize, default_page_size

    assert default_page_size(QLocale("en_US")) is PageSize.LETTER
    assert default_page_size(QLocale("fr_CA")) is PageSize.LETTER
    assert default_page_size(QLocale("de_DE")) is PageSize.A4
    assert default_page_size(QLocale("en_GB")) is PageSize.A4


def test_cancelled_export_leaves_no_file(seeded, tmp_path, qapp):
    from desktop.export import ExportCancelledError

    library, article_id, _ = seeded
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelledError):
        library.export([article_id], "pdf", target, should_cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []
