"""Actor, organisation and place cards on wire copy other than the seed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from desktop.domain import CardDraft, FactKind
from desktop.nlp.entities import resolve_entities

GERMAN_WIRE = (
    "Bundeskanzler Olaf Scholz hat nach einem Treffen mit dem französischen Präsidenten "
    "Emmanuel Macron in Paris neue Hilfen für die Ukraine angekündigt. Scholz sagte, "
    "Deutschland und Frankreich stünden fest an der Seite Kiews. Der ukrainische "
    "Außenminister Dmytro Kuleba begrüßte die Zusagen. Moskau reagierte scharf: "
    "Kremlsprecher Dmitri Peskow warf Berlin vor, den Krieg zu verlängern. Das russische "
    "Außenministerium bestellte den deutschen Botschafter ein. Peskows Äußerungen wurden "
    "in Brüssel zurückgewiesen, wie die EU-Kommission mitteilte."
)
ENGLISH_WIRE = (
    "U.S. Secretary of State Antony Blinken warned on Tuesday that Washington would "
    "tighten sanctions on Iran after talks in Vienna stalled, the State Department said. "
    "Iranian Foreign Minister Hossein Amirabdollahian said Tehran was ready to continue "
    "negotiations. Blinken spoke with British Foreign Secretary James Cleverly by phone. "
    "Former President Donald Trump criticised the talks. The Kremlin declined to comment, "
    "the Russian news agency Interfax reported. Russia's Foreign Ministry said Moscow "
    "opposed new sanctions. Blinken's comments came a day after Cleverly met officials in "
    "Brussels."
)


def _cards(nlp: Language, text: str, language: str) -> dict[tuple[FactKind, str], CardDraft]:
    _index, cards = resolve_entities(nlp(text), language)
    for card in cards:
        assert all(m.is_valid_in(text) for m in card.mentions), card
    return {(c.kind, c.label): c for c in cards}


@pytest.fixture(scope="module")
def german(nlp_de: Language) -> dict[tuple[FactKind, str], CardDraft]:
    return _cards(nlp_de, GERMAN_WIRE, "de")


@pytest.fixture(scope="module")
def english(nlp_en: Language) -> dict[tuple[FactKind, str], CardDraft]:
    return _cards(nlp_en, ENGLISH_WIRE, "en")


@pytest.mark.parametrize(
    ("label", "role", "affiliation", "aliases"),
    [
        ("Olaf Scholz", "Bundeskanzler", "Deutschland", {"Olaf Scholz", "Scholz"}),
        ("Emmanuel Macron", "Präsident", "Frankreich", {"Emmanuel Macron"}),
        ("Dmytro Kuleba", "Außenminister", "Ukraine", {"Dmytro Kuleba"}),
        ("Dmitri Peskow", "Kremlsprecher", "Russland", {"Dmitri Peskow", "Peskows"}),
    ],
)
def test_german_actors(
    german: dict[tuple[FactKind, str], CardDraft],
    label: str,
    role: str,
    affiliation: str,
    aliases: set[str],
) -> None:
    card = german[(FactKind.ACTOR, label)]
    assert card.attributes["role"] == role
    assert card.attributes["affiliation"] == affiliation
    assert {m.text for m in card.mentions} == aliases


def test_german_capitals_as_governments_and_as_places(
    german: dict[tuple[FactKind, str], CardDraft],
) -> None:
    assert "Moskau" in {m.text for m in german[(FactKind.PLACE, "Russland")].mentions}
    assert {"Kiews", "Ukraine"} <= {m.text for m in german[(FactKind.PLACE, "Ukraine")].mentions}
    assert "Berlin" in {m.text for m in german[(FactKind.PLACE, "Deutschland")].mentions}
    paris = german[(FactKind.PLACE, "Paris")]  # "in Paris" is the city, not the government
    assert paris.attributes == {"type": "capital", "country": "Frankreich"}


def test_german_generic_ministry_takes_its_country_from_the_adjective(
    german: dict[tuple[FactKind, str], CardDraft],
) -> None:
    ministry = german[(FactKind.ORGANISATION, "Außenministerium (Russland)")]
    assert ministry.attributes["country"] == "Russland"


def test_german_organisations(german: dict[tuple[FactKind, str], CardDraft]) -> None:
    assert german[(FactKind.ORGANISATION, "EU-Kommission")].attributes["type"] == (
        "international organisation"
    )
    assert not any(kind is FactKind.ACTOR and "Berlin" in label for kind, label in german)


@pytest.mark.parametrize(
    ("label", "role", "affiliation"),
    [
        ("Antony Blinken", "U.S. Secretary of State", "United States"),
        ("Hossein Amirabdollahian", "Foreign Minister", "Iran"),
        ("James Cleverly", "Foreign Secretary", "United Kingdom"),
        ("Donald Trump", "Former President", "United States"),
    ],
)
def test_english_actors(
    english: dict[tuple[FactKind, str], CardDraft], label: str, role: str, affiliation: str
) -> None:
    card = english[(FactKind.ACTOR, label)]
    assert card.attributes["role"] == role
    assert card.attributes["affiliation"] == affiliation


def test_english_surnames_and_possessives_join_the_full_name(
    english: dict[tuple[FactKind, str], CardDraft],
) -> None:
    blinken = {m.text for m in english[(FactKind.ACTOR, "Antony Blinken")].mentions}
    assert blinken == {"Antony Blinken", "Blinken"}
    assert len(english[(FactKind.ACTOR, "Antony Blinken")].mentions) == 3
    assert {"Cleverly", "James Cleverly"} == {
        m.text for m in english[(FactKind.ACTOR, "James Cleverly")].mentions
    }


def test_english_places_and_organisations(
    english: dict[tuple[FactKind, str], CardDraft],
) -> None:
    usa = {m.text for m in english[(FactKind.PLACE, "United States")].mentions}
    assert {"U.S.", "Washington"} <= usa
    assert {"Moscow", "Russia"} <= {m.text for m in english[(FactKind.PLACE, "Russia")].mentions}
    assert "Tehran" in {m.text for m in english[(FactKind.PLACE, "Iran")].mentions}
    assert english[(FactKind.ORGANISATION, "Kremlin")].attributes["country"] == "Russia"
    assert english[(FactKind.ORGANISATION, "Interfax")].attributes["type"] == "news agency"
    assert (FactKind.ORGANISATION, "Russian Foreign Ministry") in english
    assert (FactKind.ORGANISATION, "State Department") in english


def test_agency_named_like_a_person_stays_an_organisation(nlp_en: Language) -> None:
    text = "Reuters reported that Reuters had seen the letter."
    _index, cards = resolve_entities(nlp_en(text), "en")
    assert {(c.kind, c.label) for c in cards} == {(FactKind.ORGANISATION, "Reuters")}


def test_index_finds_mentions_by_offset(nlp_de: Language) -> None:
    text = "US-Beamte trafen Präsident Nicolas Maduro in Caracas."
    index, _cards = resolve_entities(nlp_de(text), "de")
    us = index.at(0, 2)
    assert us is not None and (us.label, us.text) == ("USA", "US")
    assert {m.label for m in index.within(0, len(text))} >= {"USA", "Nicolas Maduro"}


def test_compound_title_direction_words_and_currency(nlp_de: Language) -> None:
    text = (
        "Bundesinnenminister Thomas de Maizière besuchte Aleppo, rund 300 Kilometer nördlich "
        "von Damaskus. Das syrische Regime von Präsident Assad verlangte Milliarden US-Dollar."
    )
    cards = _cards(nlp_de, text, "de")
    minister = cards[(FactKind.ACTOR, "Thomas de Maizière")]
    assert minister.attributes == {"role": "Bundesinnenminister", "affiliation": "Deutschland"}
    assert cards[(FactKind.ACTOR, "Assad")].attributes["affiliation"] == "Syrien"
    assert cards[(FactKind.PLACE, "Damaskus")].attributes["type"] == "capital"
    assert (FactKind.PLACE, "USA") not in cards


AP_STYLE = (
    "CARACAS, Venezuela (AP) — Venezuelan President Nicolas Maduro on Monday accused "
    "Washington of plotting against his government, a day after opposition leader Juan "
    "Guaido returned to Caracas. Maduro's comments came as Kremlin spokesman Dmitry Peskov "
    "said Moscow would keep supporting Venezuela. In Moscow, officials at the Russian Foreign "
    "Ministry declined to comment. Treasury Secretary Steven Mnuchin spoke at the White House."
)


@pytest.fixture(scope="module")
def ap_style(nlp_en: Language) -> dict[tuple[FactKind, str], CardDraft]:
    return _cards(nlp_en, AP_STYLE, "en")


def test_english_dateline_city_and_metonymic_capitals(
    ap_style: dict[tuple[FactKind, str], CardDraft],
) -> None:
    caracas = ap_style[(FactKind.PLACE, "Caracas")]
    assert {m.text for m in caracas.mentions} == {"CARACAS", "Caracas"}
    assert "Washington" in {m.text for m in ap_style[(FactKind.PLACE, "United States")].mentions}
    russia = {m.text for m in ap_style[(FactKind.PLACE, "Russia")].mentions}
    assert russia == {"Moscow"}  # "said Moscow would": the government; "In Moscow": the city
    assert (FactKind.PLACE, "Moscow") in ap_style


def test_english_roles_affiliations_and_national_bodies(
    ap_style: dict[tuple[FactKind, str], CardDraft],
) -> None:
    def attributes(label: str) -> dict[str, object]:
        return ap_style[(FactKind.ACTOR, label)].attributes

    assert attributes("Nicolas Maduro") == {"role": "President", "affiliation": "Venezuela"}
    assert attributes("Juan Guaido") == {"role": "opposition leader", "affiliation": "Venezuela"}
    assert attributes("Dmitry Peskov") == {"role": "Kremlin spokesman", "affiliation": "Russia"}
    assert attributes("Steven Mnuchin")["role"] == "Treasury Secretary"
    ministry = ap_style[(FactKind.ORGANISATION, "Russian Foreign Ministry")]
    assert ministry.attributes["country"] == "Russia"
    assert {m.text for m in ap_style[(FactKind.ACTOR, "Nicolas Maduro")].mentions} == {
        "Nicolas Maduro",
        "Maduro",
    }


def test_party_possessor_and_genitive_country_give_affiliations(nlp_de: Language) -> None:
    text = (
        "Kanzlerin Angela Merkel (CDU) traf Frankreichs Präsidenten Emmanuel Macron. "
        "Merkels Sprecher Steffen Seibert bestätigte das Treffen."
    )
    cards = _cards(nlp_de, text, "de")
    merkel = cards[(FactKind.ACTOR, "Angela Merkel")].attributes
    assert merkel == {"role": "Kanzlerin", "affiliation": "Deutschland", "party": "CDU"}
    assert cards[(FactKind.ACTOR, "Emmanuel Macron")].attributes["affiliation"] == "Frankreich"
    assert cards[(FactKind.ACTOR, "Steffen Seibert")].attributes == {
        "role": "Sprecher",
        "affiliation": "Deutschland",
    }


def test_english_possessive_titles(nlp_en: Language) -> None:
    text = "France's President Emmanuel Macron met Putin's spokesman Dmitry Peskov in Paris."
    cards = _cards(nlp_en, text, "en")
    assert cards[(FactKind.ACTOR, "Emmanuel Macron")].attributes["affiliation"] == "France"
    assert cards[(FactKind.ACTOR, "Dmitry Peskov")].attributes["role"] == "spokesman"


APPOSITIVES = [
    (
        "de",
        "Der Präsident Venezuelas, Nicolas Maduro, sprach.",
        "Nicolas Maduro",
        "Präsident",
        "Venezuela",
    ),
    (
        "de",
        "Der Generalsekretär der Vereinten Nationen, Ban Ki-moon, schwieg.",
        "Ban Ki-moon",
        "Generalsekretär",
        "Vereinte Nationen",
    ),
    (
        "en",
        "The secretary-general of the United Nations, Antonio Guterres, spoke.",
        "Antonio Guterres",
        "secretary-general",
        "United Nations",
    ),
]


@pytest.mark.parametrize("case", APPOSITIVES, ids=[c[2] for c in APPOSITIVES])
def test_appositive_titles(
    nlp_de: Language, nlp_en: Language, case: tuple[str, str, str, str, str]
) -> None:
    language, text, label, role, affiliation = case
    cards = _cards(nlp_de if language == "de" else nlp_en, text, language)
    assert cards[(FactKind.ACTOR, label)].attributes == {"role": role, "affiliation": affiliation}


def test_a_possessive_that_belongs_to_a_known_name_stays(nlp_en: Language) -> None:
    text = "Moody's downgraded the bank, while South Korea's central bank held rates."
    cards = _cards(nlp_en, text, "en")
    assert (FactKind.ORGANISATION, "Moody's") in cards
    assert (FactKind.PLACE, "South Korea") in cards


def test_a_german_name_after_an_article_maps_to_its_card(nlp_de: Language) -> None:
    text = "Die Aktie der Deutschen Bank fiel, die Westdeutsche Allgemeine Zeitung berichtete."
    cards = _cards(nlp_de, text, "de")
    assert (FactKind.ORGANISATION, "Deutsche Bank") in cards
    assert (FactKind.ORGANISATION, "Deutschen Bank") not in cards
