"""Wire-copy conventions beyond the seed: bylines, datelines, agencies, trailers, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.ingest import read_text

AP_STORY = """Russia says talks with Ukraine will go on

By Jane Doe and John Roe

MOSCOW (AP) — Russia said on Thursday that talks with Ukraine would continue next week, \
as fighting raged around several cities in the east of the country.

The Kremlin said its delegation was ready to meet again. Officials in Kyiv did not \
immediately comment on the statement.

Western governments have imposed sanctions on Russian banks and oil exports.
"""

REUTERS_EN = """Oil prices jump as U.S. weighs ban on Russian crude

By Alex Lawler

LONDON, March 3, 2022 (Reuters) - Oil prices jumped on Thursday as the United States \
weighed a ban on Russian crude imports, traders said.

Brent crude futures rose by 5% in early trading, the highest level since 2008.

"The market is extremely tight," said one analyst at a London brokerage. (Reporting by \
Alex Lawler; Additional reporting by Sonali Paul; Editing by Jason Neely)

© Thomson Reuters 2022. All rights reserved.
"""


def test_english_ap_story() -> None:
    draft = read_text(AP_STORY)
    assert draft.title == "Russia says talks with Ukraine will go on"
    assert draft.author == "Jane Doe and John Roe"
    assert draft.dateline == "MOSCOW"
    assert draft.agency == "AP"
    assert draft.language == "en"
    assert draft.body.startswith("Russia said on Thursday")
    assert draft.body.endswith("sanctions on Russian banks and oil exports.")


def test_english_reuters_story_with_credit_line_and_copyright() -> None:
    draft = read_text(REUTERS_EN)
    assert draft.author == "Alex Lawler"
    assert draft.dateline == "LONDON"
    assert draft.agency == "Reuters"
    assert draft.published_on == dt.date(2022, 3, 3)
    assert draft.body.startswith("Oil prices jumped on Thursday")
    assert draft.body.endswith(
        '"The market is extremely tight," said one analyst at a London brokerage.'
    )
    assert "Reporting by" not in draft.body
    assert "Thomson Reuters" not in draft.body


@pytest.mark.parametrize(
    ("first_paragraph", "place", "agency", "body_start"),
    [
        ("BERLIN (dpa) - Die Bundesregierung hat am Montag beschlossen.", "BERLIN", "dpa", "Die"),
        ("Berlin (dpa) – Die Bundesregierung hat am Montag beschlossen.", "Berlin", "dpa", "Die"),
        ("Wien – Die Regierung hat am Montag neue Maßnahmen beschlossen.", "Wien", None, "Die"),
        ("KIEW/MOSKAU (AFP) – Die Gespräche sollen weitergehen.", "KIEW/MOSKAU", "AFP", "Die"),
        ("WASHINGTON, D.C. (AP) — The president said on Monday.", "WASHINGTON, D.C.", "AP", "The"),
        ("(Reuters) - The company said on Monday it would cut jobs.", None, "Reuters", "The"),
        ("MOSKAU (Interfax) – Der Kreml hat die Gespräche bestätigt.", "MOSKAU", "Interfax", "Der"),
        ("Brüssel (APA/dpa) – Die EU-Staaten haben sich geeinigt.", "Brüssel", "APA/dpa", "Die"),
    ],
)
def test_datelines(
    first_paragraph: str, place: str | None, agency: str | None, body_start: str
) -> None:
    text = f"Eine Überschrift für den Test\n\n{first_paragraph}\n\nZweiter Absatz der Meldung."
    draft = read_text(text)
    assert draft.dateline == place
    assert draft.agency == agency
    assert draft.body.startswith(body_start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierung – so heißt es in Berlin – will handeln.",
        "Olaf Scholz (SPD) – der Kanzler – sprach am Montag.",
        "Nach Angaben der Nachrichtenagentur Reuters wurde verhandelt.",
    ],
)
def test_sentences_that_are_not_datelines_stay_whole(sentence: str) -> None:
    draft = read_text(f"Überschrift der Meldung\n\n{sentence}\n\nNoch ein Absatz.")
    assert draft.dateline is None
    assert draft.body.startswith(sentence)


def test_german_trailers_are_removed() -> None:
    text = (
        "Regierung beschließt Entlastungspaket\n\n"
        "Von Max Mustermann und Erika Musterfrau\n\n"
        "BERLIN (Reuters) - Die Bundesregierung hat ein Entlastungspaket beschlossen.\n\n"
        "Die Kosten sollen bei 15 Milliarden Euro liegen.\n\n"
        "(Berichterstattung von Max Mustermann; Redigiert von Erika Musterfrau)\n\n"
        "Mehr zum Thema\n\n"
        "Energiepreise: Was Verbraucher jetzt wissen müssen\n\n"
        "Lesen Sie auch: Die wichtigsten Fragen zur Gasumlage"
    )
    draft = read_text(text)
    assert draft.author == "Max Mustermann und Erika Musterfrau"
    assert draft.body == (
        "Die Bundesregierung hat ein Entlastungspaket beschlossen.\n\n"
        "Die Kosten sollen bei 15 Milliarden Euro liegen."
    )


def test_standard_style_signature_gives_agency_and_date() -> None:
    text = (
        "Regierung einigt sich auf Budget\n\n"
        "Wien – Die Regierung hat sich am Dienstag auf das Budget geeinigt.\n\n"
        "Die Opposition kritisierte den Entwurf scharf.\n\n"
        "(APA, 3.3.2022)"
    )
    draft = read_text(text)
    assert draft.dateline == "Wien"
    assert draft.agency == "APA"
    assert draft.published_on == dt.date(2022, 3, 3)
    assert draft.body.endswith("kritisierte den Entwurf scharf.")


def test_dpa_afx_signature_and_newsletter_block_are_removed() -> None:
    text = (
        "Dax legt zu\n\n"
        "FRANKFURT (dpa-AFX) - Der Dax hat am Mittwoch zugelegt.\n\n"
        "Jetzt den Newsletter abonnieren und nichts verpassen!\n\n"
        "Händler verwiesen auf gute Konjunkturdaten.\n\n"
        "/ck/jha/he"
    )
    draft = read_text(text)
    assert draft.agency == "dpa-AFX"
    assert (
        draft.body
        == "Der Dax hat am Mittwoch zugelegt.\n\nHändler verwiesen auf gute Konjunkturdaten."
    )


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("25. Februar 2022", dt.date(2022, 2, 25)),
        ("Stand: 07.08.2014, 12:30 Uhr", dt.date(2014, 8, 7)),
        ("March 3, 2022 10:31 AM GMT", dt.date(2022, 3, 3)),
        ("2021-11-30", dt.date(2021, 11, 30)),
    ],
)
def test_date_in_header(date_line: str, expected: dt.date) -> None:
    text = (
        f"Überschrift der Meldung\n\n{date_line}\n\nDer erste Absatz beginnt hier und geht weiter."
    )
    draft = read_text(text)
    assert draft.published_on == expected
    assert draft.title == "Überschrift der Meldung"
    assert draft.body == "Der erste Absatz beginnt hier und geht weiter."


def test_dates_inside_the_story_are_not_the_article_date() -> None:
    draft = read_text("Titel der Meldung\n\nAm 25. Februar 2022 begann der Gipfel in Brüssel.")
    assert draft.published_on is None


def test_byline_lookalike_sentence_is_body() -> None:
    draft = read_text("Überschrift\n\nVon Montag an gilt die neue Regel.\n\nZweiter Absatz.")
    assert draft.author is None
    assert draft.body.startswith("Von Montag an gilt")


def test_title_falls_back_to_first_words_when_there_is_no_headline() -> None:
    text = (
        "Die Bundesregierung hat am Montag ein umfangreiches Entlastungspaket für Familien "
        "und Unternehmen beschlossen, das auch eine Senkung der Energiesteuer vorsieht."
    )
    draft = read_text(text)
    assert (
        draft.title
        == "Die Bundesregierung hat am Montag ein umfangreiches Entlastungspaket für Familien …"
    )
    assert draft.body == text


def test_one_paragraph_per_line_paste() -> None:
    text = "Kurze Überschrift\nBERLIN (dpa) - Erster Absatz.\nZweiter Absatz.\nDritter Absatz."
    draft = read_text(text)
    assert draft.title == "Kurze Überschrift"
    assert draft.body == "Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz."


def test_single_line_text_keeps_its_body() -> None:
    draft = read_text("Nur eine Zeile")
    assert draft.body == "Nur eine Zeile"
    assert draft.title == "Nur eine Zeile"


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Titel\n\nDie erste Zeile eines Absatzes\nund seine zweite Zeile.\n\n"
        "Neuer   Absatz\tmit Tab."
    )
    draft = read_text(text)
    assert (
        draft.body
        == "Die erste Zeile eines Absatzes und seine zweite Zeile.\n\nNeuer Absatz mit Tab."
    )


def test_reuters_site_paste_with_read_time_and_trust_principles() -> None:
    text = (
        "Putin says Russia will press on with Ukraine operation\n"
        "By Guy Faulconbridge and Andrew Osborn\n"
        "4 minute read\n"
        "March 3, 2022 10:31 AM GMT Updated 2 years ago\n"
        "LONDON, March 3 (Reuters) - President Vladimir Putin said on Thursday that Russia "
        "would press on with its operation in Ukraine.\n"
        "The Kremlin said talks with Ukraine would continue.\n"
        "Reporting by Reuters; Editing by Alex Richardson\n"
        "Our Standards: The Thomson Reuters Trust Principles."
    )
    draft = read_text(text)
    assert draft.title == "Putin says Russia will press on with Ukraine operation"
    assert draft.author == "Guy Faulconbridge and Andrew Osborn"
    assert draft.published_on == dt.date(2022, 3, 3)
    assert draft.dateline == "LONDON"
    assert draft.agency == "Reuters"
    assert draft.body == (
        "President Vladimir Putin said on Thursday that Russia would press on with its "
        "operation in Ukraine.\n\nThe Kremlin said talks with Ukraine would continue."
    )


def test_teaser_before_byline_and_dateline_stays_in_body() -> None:
    text = (
        "Scholz reist nach Kiew\n\n"
        "Der Kanzler will in der Ukraine über weitere Hilfen sprechen.\n\n"
        "Von Erika Musterfrau\n\n"
        "KIEW (dpa) - Bundeskanzler Olaf Scholz ist am Montag in Kiew eingetroffen.\n\n"
        "Er traf Präsident Selenskyj.\n\n"
        "mrc/dpa/Reuters"
    )
    draft = read_text(text)
    assert draft.author == "Erika Musterfrau"
    assert draft.dateline == "KIEW"
    assert draft.agency == "dpa"
    assert draft.body == (
        "Der Kanzler will in der Ukraine über weitere Hilfen sprechen.\n\n"
        "Bundeskanzler Olaf Scholz ist am Montag in Kiew eingetroffen.\n\n"
        "Er traf Präsident Selenskyj."
    )


def test_ap_contributor_line_and_separator_are_removed() -> None:
    text = (
        "Senate passes aid bill\n\n"
        "WASHINGTON (AP) — The Senate passed the aid bill on Tuesday.\n\n"
        "The vote was 68 to 31.\n\n"
        "___\n\n"
        "Associated Press writer Mary Clare Jalonick contributed to this report."
    )
    draft = read_text(text)
    assert draft.body == "The Senate passed the aid bill on Tuesday.\n\nThe vote was 68 to 31."


def test_byline_with_agency_only() -> None:
    draft = read_text("Titel der Meldung\n\nVon Reuters\n\nDie Regierung hat entschieden.")
    assert draft.author is None
    assert draft.agency == "Reuters"
    assert draft.body == "Die Regierung hat entschieden."
