"""Build the gazetteers under ``resources/gazetteers`` and the name lists under ``resources/nlp``.

Sources, all available offline:
- country and territory names in German and English: CLDR via ``babel``;
- capitals, large cities, news outlets, international organisations, government bodies,
  state companies, role titles and nationality adjectives: the curated tables below;
- first names: the curated list below, plus given names mined from the *training* NER data
  in ``../shared/nlp`` (GermEval test split and Europeana: first token of multi-token
  person names). GermEval dev is never read: it is the held-out evaluation set.

Run ``make gazetteers``; the output is committed, nothing is fetched at run time.

Output rows (JSONL, one surface form per row)::

    {"text": "Vereinigten Staaten", "label": "LOC", "canonical": "USA",
     "type": "country", "country": "USA"}
"""

from __future__ import annotations

import collections
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import babel

ROOT = Path(__file__).resolve().parent.parent
GAZ_DIR = ROOT / "resources" / "gazetteers"
NLP_DIR = ROOT / "resources" / "nlp"
SHARED_NLP = ROOT.parent / "shared" / "nlp"
LANGUAGES = ("de", "en")

# CLDR codes that are not countries a news story treats as places.
SKIP_CODES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AQ", "BV", "HM", "UM", "IO", "TF"}
REGION_CODES = {"150", "002", "142", "009", "053", "151", "155", "039", "145", "035", "021"}

# Canonical country labels that differ from CLDR's display name, per language.
CANONICAL = {
    "de": {
        "US": "USA",
        "GB": "Großbritannien",
        "CD": "Demokratische Republik Kongo",
        "CG": "Republik Kongo",
        "HK": "Hongkong",
        "MO": "Macau",
        "PS": "Palästinensische Gebiete",
        "CI": "Elfenbeinküste",
        "VA": "Vatikan",
    },
    "en": {
        "GB": "United Kingdom",
        "CD": "Democratic Republic of the Congo",
        "CG": "Republic of the Congo",
        "HK": "Hong Kong",
        "MO": "Macau",
        "PS": "Palestinian Territories",
        "MM": "Myanmar",
        "TR": "Turkey",
        "CI": "Ivory Coast",
        "VA": "Vatican",
    },
}

# Further names of countries: short forms, older names, inflected multi-word forms.
COUNTRY_ALIASES = {
    "de": {
        "US": [
            "USA",
            "US",
            "U.S.A.",
            "Vereinigte Staaten",
            "Vereinigten Staaten",
            "Vereinigte Staaten von Amerika",
            "Vereinigten Staaten von Amerika",
        ],
        "GB": [
            "Großbritannien",
            "Großbritanniens",
            "Vereinigtes Königreich",
            "Vereinigten Königreich",
            "Vereinigten Königreichs",
            "Britannien",
        ],
        "RU": ["Russische Föderation", "Russischen Föderation"],
        "CN": ["Volksrepublik China", "Volksrepublik"],
        "BY": ["Weißrussland", "Weißrusslands"],
        "NL": ["Holland", "Hollands"],
        "CZ": ["Tschechische Republik", "Tschechischen Republik"],
        "MM": ["Birma", "Burma"],
        "CI": ["Elfenbeinküste"],
        "AE": [
            "Vereinigte Arabische Emirate",
            "Vereinigten Arabischen Emirate",
            "Vereinigten Arabischen Emiraten",
            "VAE",
            "Emirate",
        ],
        "CD": ["Kongo"],
        "TW": ["Republik China"],
        "KR": ["Republik Korea"],
        "KP": ["Demokratische Volksrepublik Korea"],
        "PS": ["Palästina", "Palästinas", "Palästinensergebiete", "Palästinensergebieten"],
        "VA": ["Vatikan", "Vatikans", "Heiliger Stuhl", "Heilige Stuhl", "Heiligen Stuhl"],
        "TR": ["Türkiye"],
        "SA": ["Saudi Arabien", "Saudi-Arabiens"],
    },
    "en": {
        "US": [
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "United States",
            "United States of America",
            "America",
        ],
        "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
        "RU": ["Russian Federation"],
        "CN": ["People's Republic of China", "PRC", "mainland China"],
        "NL": ["Holland"],
        "MM": ["Burma"],
        "CZ": ["Czech Republic"],
        "AE": ["UAE", "United Arab Emirates", "Emirates"],
        "TR": ["Türkiye"],
        "CD": ["DR Congo", "DRC", "Congo"],
        "PS": ["Palestine", "Palestinian territories"],
        "VA": ["Holy See", "Vatican"],
        "KR": ["Republic of Korea"],
        "KP": ["DPRK"],
        "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    },
}

# Prefixes of German and English compounds ("US-Beamte", "EU-Kommission") → the entity
# they name. Values are ISO codes (countries) or organisation keys below.
COMPOUND_PREFIXES = {
    "US": "US",
    "USA": "US",
    "EU": "org:EU",
    "UN": "org:UN",
    "UNO": "org:UN",
    "NATO": "org:NATO",
    "Nato": "org:NATO",
    "OPEC": "org:OPEC",
    "G7": "org:G7",
    "G20": "org:G20",
    "UK": "GB",
    "Kreml": "gov:KREML",
    "China": "CN",
    "Russland": "RU",
    "Iran": "IR",
    "Ukraine": "UA",
    "Israel": "IL",
    "Nahost": None,
}

# Nationality adjective stems → ISO code. German forms get their inflections (-e/-en/-er/-es/-em).
ADJECTIVES = {
    "de": {
        "amerikanisch": "US",
        "us-amerikanisch": "US",
        "russisch": "RU",
        "chinesisch": "CN",
        "venezolanisch": "VE",
        "kubanisch": "CU",
        "iranisch": "IR",
        "nicaraguanisch": "NI",
        "ukrainisch": "UA",
        "deutsch": "DE",
        "französisch": "FR",
        "britisch": "GB",
        "italienisch": "IT",
        "spanisch": "ES",
        "polnisch": "PL",
        "österreichisch": "AT",
        "schweizerisch": "CH",
        "türkisch": "TR",
        "syrisch": "SY",
        "israelisch": "IL",
        "palästinensisch": "PS",
        "irakisch": "IQ",
        "afghanisch": "AF",
        "pakistanisch": "PK",
        "indisch": "IN",
        "japanisch": "JP",
        "südkoreanisch": "KR",
        "nordkoreanisch": "KP",
        "saudisch": "SA",
        "saudi-arabisch": "SA",
        "ägyptisch": "EG",
        "libysch": "LY",
        "nigerianisch": "NG",
        "nigrisch": "NE",
        "brasilianisch": "BR",
        "mexikanisch": "MX",
        "kolumbianisch": "CO",
        "argentinisch": "AR",
        "chilenisch": "CL",
        "kanadisch": "CA",
        "australisch": "AU",
        "belarussisch": "BY",
        "weißrussisch": "BY",
        "georgisch": "GE",
        "armenisch": "AM",
        "aserbaidschanisch": "AZ",
        "kasachisch": "KZ",
        "ungarisch": "HU",
        "tschechisch": "CZ",
        "slowakisch": "SK",
        "rumänisch": "RO",
        "bulgarisch": "BG",
        "serbisch": "RS",
        "kroatisch": "HR",
        "griechisch": "GR",
        "niederländisch": "NL",
        "belgisch": "BE",
        "schwedisch": "SE",
        "norwegisch": "NO",
        "dänisch": "DK",
        "finnisch": "FI",
        "estnisch": "EE",
        "lettisch": "LV",
        "litauisch": "LT",
        "portugiesisch": "PT",
        "irisch": "IE",
        "libanesisch": "LB",
        "jordanisch": "JO",
        "jemenitisch": "YE",
        "katarisch": "QA",
        "emiratisch": "AE",
        "taiwanisch": "TW",
        "vietnamesisch": "VN",
        "thailändisch": "TH",
        "indonesisch": "ID",
        "philippinisch": "PH",
        "südafrikanisch": "ZA",
        "kenianisch": "KE",
        "äthiopisch": "ET",
        "sudanesisch": "SD",
        "malisch": "ML",
        "algerisch": "DZ",
        "marokkanisch": "MA",
        "tunesisch": "TN",
        "bolivianisch": "BO",
        "peruanisch": "PE",
        "ecuadorianisch": "EC",
        "moldauisch": "MD",
    },
    "en": {
        "American": "US",
        "Russian": "RU",
        "Chinese": "CN",
        "Venezuelan": "VE",
        "Cuban": "CU",
        "Iranian": "IR",
        "Nicaraguan": "NI",
        "Ukrainian": "UA",
        "German": "DE",
        "French": "FR",
        "British": "GB",
        "Italian": "IT",
        "Spanish": "ES",
        "Polish": "PL",
        "Austrian": "AT",
        "Swiss": "CH",
        "Turkish": "TR",
        "Syrian": "SY",
        "Israeli": "IL",
        "Palestinian": "PS",
        "Iraqi": "IQ",
        "Afghan": "AF",
        "Pakistani": "PK",
        "Indian": "IN",
        "Japanese": "JP",
        "South Korean": "KR",
        "North Korean": "KP",
        "Saudi": "SA",
        "Egyptian": "EG",
        "Libyan": "LY",
        "Nigerian": "NG",
        "Nigerien": "NE",
        "Brazilian": "BR",
        "Mexican": "MX",
        "Colombian": "CO",
        "Argentine": "AR",
        "Chilean": "CL",
        "Canadian": "CA",
        "Australian": "AU",
        "Belarusian": "BY",
        "Georgian": "GE",
        "Armenian": "AM",
        "Hungarian": "HU",
        "Czech": "CZ",
        "Romanian": "RO",
        "Greek": "GR",
        "Dutch": "NL",
        "Belgian": "BE",
        "Swedish": "SE",
        "Norwegian": "NO",
        "Danish": "DK",
        "Finnish": "FI",
        "Portuguese": "PT",
        "Irish": "IE",
        "Lebanese": "LB",
        "Jordanian": "JO",
        "Yemeni": "YE",
        "Qatari": "QA",
        "Emirati": "AE",
        "Taiwanese": "TW",
        "Vietnamese": "VN",
        "Thai": "TH",
        "Indonesian": "ID",
        "Philippine": "PH",
        "South African": "ZA",
        "Kenyan": "KE",
        "Ethiopian": "ET",
        "Sudanese": "SD",
        "Malian": "ML",
        "Algerian": "DZ",
        "Moroccan": "MA",
        "Bolivian": "BO",
        "Peruvian": "PE",
        "Moldovan": "MD",
        "U.S.": "US",
        "US": "US",
    },
}
GERMAN_ADJ_ENDINGS = ("e", "en", "er", "es", "em")

# Capitals and large cities: (ISO code, German forms, English forms, capital?).
CITIES: list[tuple[str, list[str], list[str], bool]] = [
    ("US", ["Washington"], ["Washington"], True),
    ("RU", ["Moskau"], ["Moscow"], True),
    ("CN", ["Peking"], ["Beijing", "Peking"], True),
    ("VE", ["Caracas"], ["Caracas"], True),
    ("UA", ["Kiew", "Kyjiw"], ["Kyiv", "Kiev"], True),
    ("GB", ["London"], ["London"], True),
    ("FR", ["Paris"], ["Paris"], True),
    ("DE", ["Berlin"], ["Berlin"], True),
    ("BE", ["Brüssel"], ["Brussels"], False),
    ("IT", ["Rom"], ["Rome"], True),
    ("ES", ["Madrid"], ["Madrid"], True),
    ("AT", ["Wien"], ["Vienna"], True),
    ("CH", ["Bern"], ["Bern"], True),
    ("PL", ["Warschau"], ["Warsaw"], True),
    ("CZ", ["Prag"], ["Prague"], True),
    ("HU", ["Budapest"], ["Budapest"], True),
    ("TR", ["Ankara"], ["Ankara"], True),
    ("IR", ["Teheran"], ["Tehran", "Teheran"], True),
    ("IQ", ["Bagdad"], ["Baghdad"], True),
    ("SY", ["Damaskus"], ["Damascus"], True),
    ("EG", ["Kairo"], ["Cairo"], True),
    ("IL", ["Jerusalem"], ["Jerusalem"], False),
    ("IL", ["Tel Aviv"], ["Tel Aviv"], False),
    ("SA", ["Riad"], ["Riyadh"], True),
    ("QA", ["Doha"], ["Doha"], True),
    ("AE", ["Abu Dhabi"], ["Abu Dhabi"], True),
    ("AE", ["Dubai"], ["Dubai"], False),
    ("IN", ["Neu-Delhi"], ["New Delhi"], True),
    ("PK", ["Islamabad"], ["Islamabad"], True),
    ("AF", ["Kabul"], ["Kabul"], True),
    ("JP", ["Tokio"], ["Tokyo"], True),
    ("KR", ["Seoul"], ["Seoul"], True),
    ("KP", ["Pjöngjang"], ["Pyongyang"], True),
    ("TW", ["Taipeh"], ["Taipei"], True),
    ("CU", ["Havanna"], ["Havana"], True),
    ("NI", ["Managua"], ["Managua"], True),
    ("CO", ["Bogotá", "Bogota"], ["Bogota", "Bogotá"], True),
    ("BR", ["Brasília", "Brasilia"], ["Brasilia", "Brasília"], True),
    ("AR", ["Buenos Aires"], ["Buenos Aires"], True),
    ("MX", ["Mexiko-Stadt"], ["Mexico City"], True),
    ("CA", ["Ottawa"], ["Ottawa"], True),
    ("AU", ["Canberra"], ["Canberra"], True),
    ("BY", ["Minsk"], ["Minsk"], True),
    ("GE", ["Tiflis"], ["Tbilisi"], True),
    ("AM", ["Eriwan"], ["Yerevan"], True),
    ("AZ", ["Baku"], ["Baku"], True),
    ("GR", ["Athen"], ["Athens"], True),
    ("PT", ["Lissabon"], ["Lisbon"], True),
    ("SE", ["Stockholm"], ["Stockholm"], True),
    ("NO", ["Oslo"], ["Oslo"], True),
    ("DK", ["Kopenhagen"], ["Copenhagen"], True),
    ("FI", ["Helsinki"], ["Helsinki"], True),
    ("IE", ["Dublin"], ["Dublin"], True),
    ("NL", ["Amsterdam"], ["Amsterdam"], False),
    ("NL", ["Den Haag"], ["The Hague"], False),
    ("NE", ["Niamey"], ["Niamey"], True),
    ("NG", ["Abuja"], ["Abuja"], True),
    ("NG", ["Lagos"], ["Lagos"], False),
    ("KE", ["Nairobi"], ["Nairobi"], True),
    ("ET", ["Addis Abeba"], ["Addis Ababa"], True),
    ("ZA", ["Pretoria"], ["Pretoria"], True),
    ("ZA", ["Johannesburg"], ["Johannesburg"], False),
    ("SD", ["Khartum"], ["Khartoum"], True),
    ("LY", ["Tripolis"], ["Tripoli"], True),
    ("TN", ["Tunis"], ["Tunis"], True),
    ("DZ", ["Algier"], ["Algiers"], True),
    ("MA", ["Rabat"], ["Rabat"], True),
    ("LB", ["Beirut"], ["Beirut"], True),
    ("JO", ["Amman"], ["Amman"], True),
    ("YE", ["Sanaa"], ["Sanaa"], True),
    ("VN", ["Hanoi"], ["Hanoi"], True),
    ("TH", ["Bangkok"], ["Bangkok"], True),
    ("ID", ["Jakarta"], ["Jakarta"], True),
    ("PH", ["Manila"], ["Manila"], True),
    ("CN", ["Shanghai", "Schanghai"], ["Shanghai"], False),
    ("US", ["New York"], ["New York"], False),
    ("US", ["Los Angeles"], ["Los Angeles"], False),
    ("US", ["Chicago"], ["Chicago"], False),
    ("US", ["San Francisco"], ["San Francisco"], False),
    ("US", ["Miami"], ["Miami"], False),
    ("CH", ["Genf"], ["Geneva"], False),
    ("CH", ["Zürich"], ["Zurich", "Zürich"], False),
    ("DE", ["Hamburg"], ["Hamburg"], False),
    ("DE", ["München"], ["Munich"], False),
    ("DE", ["Köln"], ["Cologne"], False),
    ("DE", ["Frankfurt"], ["Frankfurt"], False),
    ("DE", ["Stuttgart"], ["Stuttgart"], False),
    ("DE", ["Düsseldorf"], ["Dusseldorf", "Düsseldorf"], False),
    ("DE", ["Leipzig"], ["Leipzig"], False),
    ("DE", ["Dresden"], ["Dresden"], False),
    ("DE", ["Hannover"], ["Hanover"], False),
    ("DE", ["Bonn"], ["Bonn"], False),
    ("IT", ["Mailand"], ["Milan"], False),
    ("RU", ["Sankt Petersburg", "St. Petersburg"], ["St. Petersburg", "Saint Petersburg"], False),
    ("TR", ["Istanbul"], ["Istanbul"], False),
    ("SY", ["Homs"], ["Homs"], False),
    ("SY", ["Aleppo"], ["Aleppo"], False),
    ("UA", ["Odessa"], ["Odesa", "Odessa"], False),
    ("UA", ["Charkiw"], ["Kharkiv"], False),
    ("UA", ["Mariupol"], ["Mariupol"], False),
    ("UA", ["Donezk"], ["Donetsk"], False),
    ("UA", ["Luhansk"], ["Luhansk"], False),
    ("UA", ["Cherson"], ["Kherson"], False),
    ("PS", ["Gaza"], ["Gaza"], False),
    ("PS", ["Ramallah"], ["Ramallah"], False),
    ("PE", ["Lima"], ["Lima"], True),
    ("CL", ["Santiago de Chile"], ["Santiago"], True),
    ("EC", ["Quito"], ["Quito"], True),
    ("BO", ["La Paz"], ["La Paz"], True),
    ("RS", ["Belgrad"], ["Belgrade"], True),
    ("RO", ["Bukarest"], ["Bucharest"], True),
    ("BG", ["Sofia"], ["Sofia"], True),
    ("ML", ["Bamako"], ["Bamako"], True),
    ("MD", ["Chișinău", "Chisinau"], ["Chisinau"], True),
    ("KZ", ["Astana"], ["Astana"], True),
]

# Organisations: (key, type, ISO country or None, German canonical, German forms,
# English canonical, English forms). Single-word German names also get their genitive.
ORGANISATIONS: list[tuple[str, str, str | None, str, list[str], str, list[str]]] = [
    # news agencies
    ("REUTERS", "news agency", None, "Reuters", ["Reuters"], "Reuters", ["Reuters"]),
    (
        "AP",
        "news agency",
        "US",
        "AP",
        ["AP", "Associated Press"],
        "The Associated Press",
        ["AP", "Associated Press", "The Associated Press"],
    ),
    (
        "AFP",
        "news agency",
        "FR",
        "AFP",
        ["AFP", "Agence France-Presse"],
        "AFP",
        ["AFP", "Agence France-Presse"],
    ),
    (
        "DPA",
        "news agency",
        "DE",
        "dpa",
        ["dpa", "DPA", "Deutsche Presse-Agentur"],
        "dpa",
        ["dpa", "DPA", "Deutsche Presse-Agentur"],
    ),
    ("APA", "news agency", "AT", "APA", ["APA", "Austria Presse Agentur"], "APA", ["APA"]),
    (
        "SDA",
        "news agency",
        "CH",
        "Keystone-SDA",
        ["Keystone-SDA", "SDA"],
        "Keystone-SDA",
        ["Keystone-SDA"],
    ),
    ("KNA", "news agency", "DE", "KNA", ["KNA"], "KNA", ["KNA"]),
    ("EPD", "news agency", "DE", "epd", ["epd"], "epd", ["epd"]),
    ("INTERFAX", "news agency", "RU", "Interfax", ["Interfax"], "Interfax", ["Interfax"]),
    (
        "TASS",
        "news agency",
        "RU",
        "TASS",
        ["TASS", "Tass", "Itar-Tass", "ITAR-TASS"],
        "TASS",
        ["TASS", "Tass", "ITAR-TASS"],
    ),
    (
        "RIA",
        "news agency",
        "RU",
        "RIA Nowosti",
        ["RIA Nowosti", "RIA", "Ria Nowosti"],
        "RIA Novosti",
        ["RIA Novosti", "RIA"],
    ),
    (
        "XINHUA",
        "news agency",
        "CN",
        "Xinhua",
        ["Xinhua", "Xinhua News"],
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
    ),
    ("ANSA", "news agency", "IT", "ANSA", ["ANSA", "Ansa"], "ANSA", ["ANSA"]),
    ("EFE", "news agency", "ES", "EFE", ["EFE", "Efe"], "EFE", ["EFE"]),
    ("KYODO", "news agency", "JP", "Kyodo", ["Kyodo"], "Kyodo", ["Kyodo", "Kyodo News"]),
    ("YONHAP", "news agency", "KR", "Yonhap", ["Yonhap"], "Yonhap", ["Yonhap"]),
    ("KCNA", "news agency", "KP", "KCNA", ["KCNA"], "KCNA", ["KCNA"]),
    ("IRNA", "news agency", "IR", "IRNA", ["IRNA"], "IRNA", ["IRNA"]),
    ("ANADOLU", "news agency", "TR", "Anadolu", ["Anadolu"], "Anadolu", ["Anadolu"]),
    ("SANA", "news agency", "SY", "SANA", ["SANA"], "SANA", ["SANA"]),
    ("UKRINFORM", "news agency", "UA", "Ukrinform", ["Ukrinform"], "Ukrinform", ["Ukrinform"]),
    (
        "BLOOMBERG",
        "news agency",
        "US",
        "Bloomberg",
        ["Bloomberg"],
        "Bloomberg",
        ["Bloomberg", "Bloomberg News"],
    ),
    # news outlets
    (
        "NYT",
        "news outlet",
        "US",
        "The New York Times",
        ["New York Times", "NYT"],
        "The New York Times",
        ["New York Times", "NYT"],
    ),
    (
        "WAPO",
        "news outlet",
        "US",
        "The Washington Post",
        ["Washington Post"],
        "The Washington Post",
        ["Washington Post"],
    ),
    (
        "WSJ",
        "news outlet",
        "US",
        "The Wall Street Journal",
        ["Wall Street Journal", "WSJ"],
        "The Wall Street Journal",
        ["Wall Street Journal", "WSJ"],
    ),
    (
        "FT",
        "news outlet",
        "GB",
        "Financial Times",
        ["Financial Times"],
        "Financial Times",
        ["Financial Times", "FT"],
    ),
    ("GUARDIAN", "news outlet", "GB", "The Guardian", ["Guardian"], "The Guardian", ["Guardian"]),
    (
        "ECONOMIST",
        "news outlet",
        "GB",
        "The Economist",
        ["Economist"],
        "The Economist",
        ["Economist"],
    ),
    ("BBC", "news outlet", "GB", "BBC", ["BBC"], "BBC", ["BBC"]),
    ("CNN", "news outlet", "US", "CNN", ["CNN"], "CNN", ["CNN"]),
    ("FOX", "news outlet", "US", "Fox News", ["Fox News"], "Fox News", ["Fox News"]),
    ("NBC", "news outlet", "US", "NBC", ["NBC", "NBC News"], "NBC", ["NBC", "NBC News"]),
    ("CBS", "news outlet", "US", "CBS", ["CBS", "CBS News"], "CBS", ["CBS", "CBS News"]),
    ("ABC", "news outlet", "US", "ABC", ["ABC News"], "ABC", ["ABC News"]),
    ("POLITICO", "news outlet", "US", "Politico", ["Politico"], "Politico", ["Politico"]),
    ("AXIOS", "news outlet", "US", "Axios", ["Axios"], "Axios", ["Axios"]),
    (
        "ALJAZEERA",
        "news outlet",
        "QA",
        "Al Jazeera",
        ["Al Jazeera", "Al-Dschasira"],
        "Al Jazeera",
        ["Al Jazeera"],
    ),
    ("RT", "news outlet", "RU", "RT", ["RT", "Russia Today"], "RT", ["RT", "Russia Today"]),
    (
        "SPIEGEL",
        "news outlet",
        "DE",
        "Der Spiegel",
        ["Spiegel", "Spiegel Online", "Der Spiegel"],
        "Der Spiegel",
        ["Der Spiegel", "Spiegel"],
    ),
    (
        "FAZ",
        "news outlet",
        "DE",
        "Frankfurter Allgemeine Zeitung",
        [
            "FAZ",
            "F.A.Z.",
            "Frankfurter Allgemeine Zeitung",
            "Frankfurter Allgemeinen Zeitung",
            "Frankfurter Allgemeine",
        ],
        "Frankfurter Allgemeine Zeitung",
        ["FAZ"],
    ),
    (
        "SZ",
        "news outlet",
        "DE",
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "Süddeutschen Zeitung", "SZ"],
        "Süddeutsche Zeitung",
        ["Sueddeutsche Zeitung"],
    ),
    ("ZEIT", "news outlet", "DE", "Die Zeit", ["Zeit Online"], "Die Zeit", ["Die Zeit"]),
    (
        "HANDELSBLATT",
        "news outlet",
        "DE",
        "Handelsblatt",
        ["Handelsblatt"],
        "Handelsblatt",
        ["Handelsblatt"],
    ),
    ("BILD", "news outlet", "DE", "Bild", ["Bild-Zeitung", "Bild am Sonntag"], "Bild", ["Bild"]),
    ("WELT", "news outlet", "DE", "Die Welt", ["Welt am Sonntag"], "Die Welt", ["Die Welt"]),
    ("TAZ", "news outlet", "DE", "taz", ["taz"], "taz", ["taz"]),
    ("ARD", "news outlet", "DE", "ARD", ["ARD", "Tagesschau"], "ARD", ["ARD"]),
    ("ZDF", "news outlet", "DE", "ZDF", ["ZDF"], "ZDF", ["ZDF"]),
    (
        "DW",
        "news outlet",
        "DE",
        "Deutsche Welle",
        ["Deutsche Welle", "Deutschen Welle"],
        "Deutsche Welle",
        ["Deutsche Welle", "DW"],
    ),
    (
        "STANDARD",
        "news outlet",
        "AT",
        "Der Standard",
        ["Der Standard"],
        "Der Standard",
        ["Der Standard"],
    ),
    (
        "NZZ",
        "news outlet",
        "CH",
        "Neue Zürcher Zeitung",
        ["NZZ", "Neue Zürcher Zeitung", "Neuen Zürcher Zeitung"],
        "Neue Zürcher Zeitung",
        ["NZZ"],
    ),
    ("ORF", "news outlet", "AT", "ORF", ["ORF"], "ORF", ["ORF"]),
    ("LEMONDE", "news outlet", "FR", "Le Monde", ["Le Monde"], "Le Monde", ["Le Monde"]),
    ("KOMMERSANT", "news outlet", "RU", "Kommersant", ["Kommersant"], "Kommersant", ["Kommersant"]),
    # international organisations
    (
        "EU",
        "international organisation",
        None,
        "EU",
        ["EU", "Europäische Union", "Europäischen Union"],
        "European Union",
        ["EU", "European Union"],
    ),
    (
        "UN",
        "international organisation",
        None,
        "Vereinte Nationen",
        ["UN", "UNO", "Vereinte Nationen", "Vereinten Nationen"],
        "United Nations",
        ["UN", "U.N.", "United Nations"],
    ),
    (
        "UNSC",
        "international organisation",
        None,
        "UN-Sicherheitsrat",
        ["UN-Sicherheitsrat", "UN-Sicherheitsrats", "Weltsicherheitsrat", "Weltsicherheitsrats"],
        "UN Security Council",
        ["UN Security Council", "U.N. Security Council", "Security Council"],
    ),
    (
        "NATO",
        "international organisation",
        None,
        "NATO",
        ["NATO", "Nato"],
        "NATO",
        ["NATO", "Nato"],
    ),
    (
        "OPEC",
        "international organisation",
        None,
        "OPEC",
        ["OPEC", "Opec"],
        "OPEC",
        ["OPEC", "Opec"],
    ),
    (
        "OPECPLUS",
        "international organisation",
        None,
        "OPEC+",
        ["OPEC+", "Opec+"],
        "OPEC+",
        ["OPEC+"],
    ),
    (
        "IMF",
        "international organisation",
        None,
        "IWF",
        [
            "IWF",
            "Internationaler Währungsfonds",
            "Internationale Währungsfonds",
            "Internationalen Währungsfonds",
            "IMF",
        ],
        "International Monetary Fund",
        ["IMF", "International Monetary Fund"],
    ),
    (
        "WB",
        "international organisation",
        None,
        "Weltbank",
        ["Weltbank"],
        "World Bank",
        ["World Bank"],
    ),
    (
        "WHO",
        "international organisation",
        None,
        "WHO",
        ["WHO", "Weltgesundheitsorganisation"],
        "World Health Organization",
        ["WHO", "World Health Organization"],
    ),
    (
        "WTO",
        "international organisation",
        None,
        "WTO",
        ["WTO", "Welthandelsorganisation"],
        "World Trade Organization",
        ["WTO", "World Trade Organization"],
    ),
    ("G7", "international organisation", None, "G7", ["G7", "G-7"], "G7", ["G7", "G-7"]),
    ("G20", "international organisation", None, "G20", ["G20", "G-20"], "G20", ["G20", "G-20"]),
    ("OSCE", "international organisation", None, "OSZE", ["OSZE"], "OSCE", ["OSCE"]),
    (
        "IAEA",
        "international organisation",
        None,
        "IAEA",
        ["IAEA", "IAEO", "Internationale Atomenergiebehörde", "Internationalen Atomenergiebehörde"],
        "IAEA",
        ["IAEA", "International Atomic Energy Agency"],
    ),
    (
        "ECB",
        "international organisation",
        None,
        "EZB",
        ["EZB", "Europäische Zentralbank", "Europäischen Zentralbank"],
        "European Central Bank",
        ["ECB", "European Central Bank"],
    ),
    (
        "EUCOM",
        "international organisation",
        None,
        "EU-Kommission",
        ["EU-Kommission", "Europäische Kommission", "Europäischen Kommission"],
        "European Commission",
        ["European Commission", "EU Commission"],
    ),
    (
        "EUPARL",
        "international organisation",
        None,
        "Europäisches Parlament",
        [
            "Europaparlament",
            "Europaparlaments",
            "Europäische Parlament",
            "Europäischen Parlament",
            "Europäisches Parlament",
            "Europäischen Parlaments",
        ],
        "European Parliament",
        ["European Parliament"],
    ),
    (
        "AU",
        "international organisation",
        None,
        "Afrikanische Union",
        ["Afrikanische Union", "Afrikanischen Union"],
        "African Union",
        ["African Union"],
    ),
    ("ASEAN", "international organisation", None, "ASEAN", ["ASEAN"], "ASEAN", ["ASEAN"]),
    ("BRICS", "international organisation", None, "BRICS", ["BRICS"], "BRICS", ["BRICS"]),
    (
        "ICC",
        "international organisation",
        None,
        "Internationaler Strafgerichtshof",
        [
            "Internationaler Strafgerichtshof",
            "Internationale Strafgerichtshof",
            "Internationalen Strafgerichtshof",
            "Internationalen Strafgerichtshofs",
            "IStGH",
        ],
        "International Criminal Court",
        ["International Criminal Court", "ICC"],
    ),
    (
        "RED_CROSS",
        "international organisation",
        None,
        "Rotes Kreuz",
        ["Rote Kreuz", "Roten Kreuz", "Roten Kreuzes", "Rotes Kreuz", "IKRK"],
        "Red Cross",
        ["Red Cross", "ICRC"],
    ),
    (
        "OAS",
        "international organisation",
        None,
        "OAS",
        ["OAS"],
        "OAS",
        ["OAS", "Organization of American States"],
    ),
    (
        "AMNESTY",
        "international organisation",
        None,
        "Amnesty International",
        ["Amnesty International", "Amnesty"],
        "Amnesty International",
        ["Amnesty International", "Amnesty"],
    ),
    (
        "HRW",
        "international organisation",
        None,
        "Human Rights Watch",
        ["Human Rights Watch"],
        "Human Rights Watch",
        ["Human Rights Watch"],
    ),
    # government bodies
    (
        "WHITE_HOUSE",
        "government body",
        "US",
        "Weißes Haus",
        ["Weißes Haus", "Weiße Haus", "Weißen Haus", "Weißen Hauses"],
        "White House",
        ["White House"],
    ),
    ("KREML", "government body", "RU", "Kreml", ["Kreml", "Kremls"], "Kremlin", ["Kremlin"]),
    (
        "PENTAGON",
        "government body",
        "US",
        "Pentagon",
        ["Pentagon", "Pentagons"],
        "Pentagon",
        ["Pentagon"],
    ),
    (
        "STATE_DEPT",
        "government body",
        "US",
        "US-Außenministerium",
        ["US-Außenministerium", "US-Außenministeriums", "State Department"],
        "State Department",
        ["State Department", "U.S. State Department", "US State Department", "Department of State"],
    ),
    (
        "TREASURY",
        "government body",
        "US",
        "US-Finanzministerium",
        ["US-Finanzministerium", "US-Finanzministeriums"],
        "Treasury Department",
        ["Treasury Department", "U.S. Treasury", "US Treasury", "Treasury"],
    ),
    (
        "CONGRESS",
        "government body",
        "US",
        "US-Kongress",
        ["US-Kongress", "US-Kongresses", "Kongress", "Kongresses"],
        "Congress",
        ["Congress", "U.S. Congress", "US Congress"],
    ),
    (
        "SENATE_US",
        "government body",
        "US",
        "US-Senat",
        ["US-Senat", "US-Senats"],
        "U.S. Senate",
        ["U.S. Senate", "US Senate"],
    ),
    ("CIA", "government body", "US", "CIA", ["CIA"], "CIA", ["CIA"]),
    ("FBI", "government body", "US", "FBI", ["FBI"], "FBI", ["FBI"]),
    (
        "OFAC",
        "government body",
        "US",
        "OFAC",
        ["OFAC"],
        "OFAC",
        ["OFAC", "Office of Foreign Assets Control"],
    ),
    (
        "FED",
        "government body",
        "US",
        "Federal Reserve",
        ["Fed", "Federal Reserve", "US-Notenbank"],
        "Federal Reserve",
        ["Fed", "Federal Reserve"],
    ),
    (
        "BUNDESREGIERUNG",
        "government body",
        "DE",
        "Bundesregierung",
        ["Bundesregierung"],
        "German government",
        ["German government"],
    ),
    (
        "KANZLERAMT",
        "government body",
        "DE",
        "Kanzleramt",
        ["Kanzleramt", "Kanzleramts", "Bundeskanzleramt", "Bundeskanzleramts"],
        "German Chancellery",
        ["German Chancellery"],
    ),
    (
        "BUNDESTAG",
        "government body",
        "DE",
        "Bundestag",
        ["Bundestag", "Bundestags", "Bundestages"],
        "Bundestag",
        ["Bundestag"],
    ),
    (
        "BUNDESRAT",
        "government body",
        "DE",
        "Bundesrat",
        ["Bundesrat", "Bundesrats"],
        "Bundesrat",
        ["Bundesrat"],
    ),
    (
        "BUNDESWEHR",
        "government body",
        "DE",
        "Bundeswehr",
        ["Bundeswehr"],
        "Bundeswehr",
        ["Bundeswehr"],
    ),
    (
        "AUSWAERTIGES_AMT",
        "government body",
        "DE",
        "Auswärtiges Amt",
        ["Auswärtige Amt", "Auswärtigen Amt", "Auswärtigen Amts", "Auswärtiges Amt"],
        "German Foreign Office",
        ["German Foreign Office"],
    ),
    (
        "ELYSEE",
        "government body",
        "FR",
        "Élysée-Palast",
        ["Élysée", "Elysée", "Élysée-Palast", "Elysee-Palast", "Élyséepalast"],
        "Élysée Palace",
        ["Élysée", "Elysee", "Élysée Palace"],
    ),
    (
        "DOWNING",
        "government body",
        "GB",
        "Downing Street",
        ["Downing Street"],
        "Downing Street",
        ["Downing Street"],
    ),
    (
        "DUMA",
        "government body",
        "RU",
        "Staatsduma",
        ["Duma", "Staatsduma"],
        "State Duma",
        ["Duma", "State Duma"],
    ),
    ("KNESSET", "government body", "IL", "Knesset", ["Knesset"], "Knesset", ["Knesset"]),
    # generic ministries: qualified with their country per document by the entity layer
    (
        "MFA",
        "government body",
        None,
        "Außenministerium",
        ["Außenministerium", "Außenministeriums", "Außenamt", "Außenamts"],
        "Foreign Ministry",
        ["Foreign Ministry", "foreign ministry", "Foreign Office"],
    ),
    (
        "MOD",
        "government body",
        None,
        "Verteidigungsministerium",
        ["Verteidigungsministerium", "Verteidigungsministeriums"],
        "Defence Ministry",
        ["Defense Ministry", "Defence Ministry", "defense ministry", "defence ministry"],
    ),
    (
        "MOF",
        "government body",
        None,
        "Finanzministerium",
        ["Finanzministerium", "Finanzministeriums"],
        "Finance Ministry",
        ["Finance Ministry", "finance ministry"],
    ),
    (
        "MOI",
        "government body",
        None,
        "Innenministerium",
        ["Innenministerium", "Innenministeriums"],
        "Interior Ministry",
        ["Interior Ministry", "interior ministry"],
    ),
    (
        "MOE",
        "government body",
        None,
        "Wirtschaftsministerium",
        ["Wirtschaftsministerium", "Wirtschaftsministeriums"],
        "Economy Ministry",
        ["Economy Ministry"],
    ),
    (
        "ENERGY_MIN",
        "government body",
        None,
        "Energieministerium",
        ["Energieministerium", "Energieministeriums", "Ölministerium", "Ölministeriums"],
        "Energy Ministry",
        ["Energy Ministry", "Oil Ministry", "oil ministry"],
    ),
    # state and large companies
    ("PDVSA", "company", "VE", "PDVSA", ["PDVSA", "PdVSA"], "PDVSA", ["PDVSA"]),
    ("GAZPROM", "company", "RU", "Gazprom", ["Gazprom", "Gazproms"], "Gazprom", ["Gazprom"]),
    ("ROSNEFT", "company", "RU", "Rosneft", ["Rosneft", "Rosnefts"], "Rosneft", ["Rosneft"]),
    ("LUKOIL", "company", "RU", "Lukoil", ["Lukoil"], "Lukoil", ["Lukoil"]),
    ("ROSATOM", "company", "RU", "Rosatom", ["Rosatom"], "Rosatom", ["Rosatom"]),
    (
        "ARAMCO",
        "company",
        "SA",
        "Saudi Aramco",
        ["Saudi Aramco", "Aramco"],
        "Saudi Aramco",
        ["Saudi Aramco", "Aramco"],
    ),
    ("CNPC", "company", "CN", "CNPC", ["CNPC"], "CNPC", ["CNPC"]),
    ("SINOPEC", "company", "CN", "Sinopec", ["Sinopec"], "Sinopec", ["Sinopec"]),
    ("CHEVRON", "company", "US", "Chevron", ["Chevron"], "Chevron", ["Chevron"]),
    (
        "EXXON",
        "company",
        "US",
        "ExxonMobil",
        ["ExxonMobil", "Exxon"],
        "Exxon Mobil",
        ["Exxon Mobil", "ExxonMobil", "Exxon"],
    ),
    ("HUAWEI", "company", "CN", "Huawei", ["Huawei"], "Huawei", ["Huawei"]),
    (
        "NORDSTREAM",
        "company",
        None,
        "Nord Stream",
        ["Nord Stream", "Nord Stream 2"],
        "Nord Stream",
        ["Nord Stream", "Nord Stream 2"],
    ),
]

# fmt: off
# Further cities and regions, named alike in German and English news (ISO code: names;
# "_" joins the words of one name).
MORE_CITIES = {
    "DE": "Bremen Dortmund Duisburg Bochum Wuppertal Bielefeld Münster Mannheim "
          "Karlsruhe Augsburg Wiesbaden Mainz Kiel Rostock Lübeck Magdeburg Erfurt Potsdam "
          "Schwerin Saarbrücken Freiburg Heidelberg Regensburg Würzburg Ingolstadt Ulm "
          "Nürnberg Kassel Braunschweig Osnabrück Oldenburg Aachen Gelsenkirchen Chemnitz "
          "Jena Darmstadt Bayreuth Bamberg Trier Koblenz Göttingen Wolfsburg Paderborn "
          "Cottbus Frankfurt/Oder Ludwigshafen Offenbach Leverkusen Krefeld Mönchengladbach",
    "AT": "Graz Linz Salzburg Innsbruck Klagenfurt Bregenz Villach",
    "CH": "Basel Lausanne Luzern Lugano St._Gallen Winterthur",
    "FR": "Marseille Lyon Toulouse Nizza Straßburg Bordeaux Lille",
    "IT": "Neapel Turin Venedig Florenz Genua Palermo Bologna",
    "ES": "Barcelona Valencia Sevilla Bilbao",
    "GB": "Manchester Liverpool Birmingham Edinburgh Glasgow Belfast Oxford Cambridge",
    "US": "Boston Houston Dallas Atlanta Seattle Detroit Philadelphia Denver Las_Vegas "
          "New_Orleans Baltimore Pittsburgh Silicon_Valley Hollywood",
    "RU": "Nowosibirsk Jekaterinburg Kaliningrad Wolgograd Sotschi Belgorod Kursk",
    "UA": "Lwiw Dnipro Saporischschja Bachmut Cherkassy Sumy Poltawa Krim",
    "IL": "Haifa", "PS": "Gazastreifen Westjordanland Chan_Junis Rafah",
    "SY": "Idlib Rakka Deir_ez-Zor", "IQ": "Mossul Basra Erbil", "AF": "Kandahar Herat",
    "CN": "Hongkong Wuhan Guangzhou Shenzhen", "IN": "Mumbai Kalkutta Bangalore",
    "BR": "Rio_de_Janeiro São_Paulo", "VE": "Maracaibo Valencia", "NE": "Agadez Zinder",
}
REGIONS = {
    "DE": "Bayern Baden-Württemberg Sachsen Sachsen-Anhalt Thüringen Brandenburg Hessen "
          "Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz Saarland Schleswig-Holstein "
          "Mecklenburg-Vorpommern NRW Ruhrgebiet Rheinland Westfalen Schwaben "
          "Oberbayern Allgäu Ostfriesland Pfalz Sauerland Schwarzwald Harz Eifel",
    "AT": "Tirol Vorarlberg Kärnten Steiermark Niederösterreich Oberösterreich Burgenland",
    "US": "Kalifornien Texas Florida Alaska Hawaii Arizona Nevada Ohio Michigan Georgia "
          "Virginia Pennsylvania Massachusetts Illinois Wisconsin Minnesota Colorado Oregon",
    "UA": "Donbass Donbas Cherson Saporischschja",
    "RU": "Sibirien Tschetschenien Dagestan",
    "ES": "Katalonien Andalusien Baskenland", "GB": "England Schottland Wales Nordirland",
    "FR": "Korsika Elsass Bretagne", "IT": "Sizilien Sardinien Südtirol Toskana Lombardei",
    "MA": "Westsahara", "CN": "Tibet Xinjiang", "IN": "Kaschmir", "CY": "Nordzypern",
}
REGIONS_EN = {
    "US": "California Texas Florida Alaska Hawaii Arizona Nevada Ohio Michigan Virginia "
          "Pennsylvania Massachusetts Illinois Wisconsin Minnesota Colorado Oregon",
    "UA": "Donbas Donbass Crimea", "RU": "Siberia Chechnya", "GB": "England Scotland Wales",
    "ES": "Catalonia", "CN": "Tibet Xinjiang", "IN": "Kashmir", "DE": "Bavaria",
}
# Parties, companies, sports bodies: (type, ISO country or "", names; the first is canonical).
MORE_ORGANISATIONS: list[tuple[str, str, list[str]]] = [
    ("party", "DE", ["CDU"]), ("party", "DE", ["CSU"]), ("party", "DE", ["SPD"]),
    ("party", "DE", ["FDP"]), ("party", "DE", ["AfD"]), ("party", "DE", ["Grüne", "Grünen"]),
    ("party", "DE", ["Die Linke", "Linkspartei"]), ("party", "DE", ["BSW"]),
    ("party", "DE", ["CDU/CSU", "Unionsparteien"]), ("party", "AT", ["ÖVP"]),
    ("party", "AT", ["FPÖ"]),
    ("party", "AT", ["SPÖ"]), ("party", "AT", ["NEOS"]), ("party", "CH", ["SVP"]),
    ("party", "US", ["Republikaner", "Republicans", "Republican Party", "GOP"]),
    ("party", "US", ["Demokraten", "Democrats", "Democratic Party"]),
    ("party", "GB", ["Tories", "Conservative Party", "Konservativen"]),
    ("party", "GB", ["Labour", "Labour Party", "Labour-Partei"]),
    ("party", "RU", ["Einiges Russland", "United Russia"]),
    ("party", "VE", ["PSUV"]), ("party", "ZA", ["ANC"]),
    ("armed group", "", ["Hamas"]), ("armed group", "", ["Hisbollah", "Hezbollah"]),
    ("armed group", "", ["Taliban"]), ("armed group", "", ["Islamischer Staat", "IS", "IS-Miliz",
     "Islamic State", "ISIS"]), ("armed group", "", ["Al-Kaida", "al Qaeda", "al-Qaeda"]),
    ("armed group", "", ["Wagner-Gruppe", "Wagner Group", "Gruppe Wagner"]),
    ("armed group", "", ["Huthi", "Houthis", "Huthis"]),
    ("company", "DE", ["Volkswagen", "VW"]), ("company", "DE", ["BMW"]),
    ("company", "DE", ["Mercedes-Benz", "Daimler"]), ("company", "DE", ["Porsche"]),
    ("company", "DE", ["Siemens"]), ("company", "DE", ["BASF"]), ("company", "DE", ["Bayer"]),
    ("company", "DE", ["SAP"]), ("company", "DE", ["Allianz"]),
    ("company", "DE", ["Deutsche Bank"]), ("company", "DE", ["Commerzbank"]),
    ("company", "DE", ["Deutsche Telekom", "Telekom"]), ("company", "DE", ["Lufthansa"]),
    ("company", "DE", ["Deutsche Bahn"]), ("company", "DE", ["Uniper"]),
    ("company", "DE", ["RWE"]), ("company", "DE", ["Eon", "E.ON"]),
    ("company", "DE", ["Thyssenkrupp", "ThyssenKrupp"]), ("company", "DE", ["Adidas"]),
    ("company", "DE", ["Rheinmetall"]), ("company", "FR", ["Airbus"]),
    ("company", "US", ["Boeing"]), ("company", "US", ["Apple"]), ("company", "US", ["Google"]),
    ("company", "US", ["Alphabet"]), ("company", "US", ["Microsoft"]),
    ("company", "US", ["Amazon"]), ("company", "US", ["Facebook"]), ("company", "US", ["Meta"]),
    ("company", "US", ["Twitter"]), ("company", "US", ["Tesla"]), ("company", "US", ["IBM"]),
    ("company", "US", ["Intel"]), ("company", "US", ["Nvidia"]), ("company", "US", ["OpenAI"]),
    ("company", "US", ["Yahoo", "Yahoo!"]), ("company", "US", ["General Motors", "GM"]),
    ("company", "US", ["Ford"]), ("company", "US", ["Goldman Sachs"]),
    ("company", "US", ["JPMorgan", "JP Morgan", "JPMorgan Chase"]),
    ("company", "US", ["BlackRock"]),
    ("company", "JP", ["Toyota"]), ("company", "JP", ["Sony"]), ("company", "KR", ["Samsung"]),
    ("company", "CN", ["Alibaba"]), ("company", "CN", ["TikTok"]), ("company", "NL", ["Shell"]),
    ("company", "GB", ["BP"]), ("company", "FR", ["TotalEnergies"]),
    ("company", "IT", ["Eni"]), ("company", "CH", ["Nestlé"]), ("company", "CH", ["UBS"]),
    ("company", "CH", ["Credit Suisse"]), ("company", "CH", ["Glencore"]),
    ("company", "AT", ["OMV"]), ("company", "NO", ["Equinor"]),
    ("news outlet", "DE", ["n-tv", "ntv"]),
    ("news outlet", "DE", ["ProSieben", "Pro Sieben"]),
    ("news outlet", "DE", ["RTL"]),
    ("news outlet", "DE", ["Sat.1"]),
    ("news outlet", "DE", ["MDR"]),
    ("news outlet", "DE", ["NDR"]),
    ("news outlet", "DE", ["WDR"]),
    ("news outlet", "DE", ["SWR"]),

    ("news outlet", "DE", ["RBB", "rbb"]),
    ("news outlet", "DE", ["Deutschlandfunk"]),
    ("news outlet", "DE", ["Tagesspiegel"]),

    ("news outlet", "DE", ["Focus"]),
    ("news outlet", "DE", ["Spiegel Online", "SPIEGEL ONLINE"]),
    ("news outlet", "DE", ["Zeit Online", "ZEIT ONLINE", "ZEIT-Online"]),
    ("news agency", "DE", ["dpa-AFX"]),
    ("news agency", "CH", ["AWP"]),
    ("news outlet", "AT", ["Kronen Zeitung"]),
    ("news outlet", "AT", ["Kurier"]),
    ("news outlet", "AT", ["Die Presse"]),
    ("news outlet", "CH", ["Tages-Anzeiger"]),
    ("news outlet", "CH", ["SRF"]),
    ("news outlet", "US", ["Reuters/Ipsos"]),
    ("news outlet", "US", ["CNBC"]),
    ("news outlet", "US", ["MSNBC"]),
    ("news outlet", "US", ["NPR"]),
    ("news outlet", "US", ["USA Today"]),
    ("news outlet", "US", ["Los Angeles Times"]),
    ("news outlet", "GB", ["The Times"]),
    ("news outlet", "GB", ["Sky News"]),
    ("news outlet", "GB", ["Daily Telegraph", "Telegraph"]),
    ("news outlet", "FR", ["Le Figaro"]),
    ("news outlet", "FR", ["France 24"]),
    ("news outlet", "RU", ["Iswestija", "Izvestia"]),
    ("news outlet", "RU", ["Nowaja Gaseta", "Novaya Gazeta"]),
    ("news outlet", "CN", ["Global Times"]),
    ("news outlet", "CN", ["CCTV"]),
    ("sports body", "", ["FIFA"]), ("sports body", "", ["UEFA"]),
    ("sports body", "", ["IOC", "Internationales Olympisches Komitee",
     "Internationalen Olympischen Komitee", "Internationalen Olympischen Komitees",
     "International Olympic Committee"]),
    ("sports body", "DE", ["DFB", "Deutscher Fußball-Bund", "Deutschen Fußball-Bund",
     "Deutschen Fußball-Bundes"]), ("sports body", "DE", ["DFL", "Deutsche Fußball Liga"]),
    ("sports body", "DE", ["FC Bayern München", "FC Bayern", "Bayern München"]),
    ("sports body", "DE", ["Borussia Dortmund", "BVB"]),
    # companies: DAX, MDAX and other German firms
    ("company", "DE", ["Brenntag"]), ("company", "DE", ["Covestro"]),
    ("company", "DE", ["Daimler Truck"]), ("company", "DE", ["Deutsche Börse", "Deutschen Börse"]),
    ("company", "DE", ["Deutsche Post", "Deutschen Post", "DHL Group", "DHL"]),
    ("company", "DE", ["Fresenius"]), ("company", "DE", ["Fresenius Medical Care"]),
    ("company", "DE", ["Hannover Rück", "Hannover Re"]),
    ("company", "DE", ["Heidelberg Materials", "HeidelbergCement"]),
    ("company", "DE", ["Infineon"]), ("company", "DE", ["Merck KGaA"]),
    ("company", "DE", ["MTU Aero Engines"]),
    ("company", "DE", ["Munich Re", "Münchener Rück", "Münchener Rückversicherung"]),
    ("company", "DE", ["Qiagen"]), ("company", "DE", ["Sartorius"]),
    ("company", "DE", ["Siemens Energy"]), ("company", "DE", ["Siemens Healthineers"]),
    ("company", "DE", ["Symrise"]), ("company", "DE", ["Vonovia"]), ("company", "DE", ["Zalando"]),
    ("company", "DE", ["Porsche SE"]), ("company", "DE", ["Lanxess"]),
    ("company", "DE", ["Evonik"]), ("company", "DE", ["Hugo Boss"]), ("company", "DE", ["TUI"]),
    ("company", "DE", ["Fraport"]), ("company", "DE", ["Hensoldt"]),
    ("company", "DE", ["Knorr-Bremse"]), ("company", "DE", ["Delivery Hero"]),
    ("company", "DE", ["ProSiebenSat.1", "ProSiebenSat.1 Media"]),
    ("company", "DE", ["Carl Zeiss", "Zeiss"]), ("company", "DE", ["Bosch", "Robert Bosch GmbH"]),
    ("company", "DE", ["ZF Friedrichshafen"]), ("company", "DE", ["Schaeffler"]),
    ("company", "DE", ["Aldi Nord"]), ("company", "DE", ["Aldi Süd"]), ("company", "DE", ["Lidl"]),
    ("company", "DE", ["Rewe"]), ("company", "DE", ["Edeka"]), ("company", "DE", ["Bertelsmann"]),
    ("company", "DE", ["Axel Springer", "Axel-Springer-Verlag"]),
    ("company", "DE", ["KfW", "KfW-Bankengruppe"]), ("company", "DE", ["EnBW"]),
    ("company", "DE", ["Wintershall Dea", "Wintershall"]),
    ("company", "DE", ["Boehringer Ingelheim"]), ("company", "DE", ["Biontech", "BioNTech"]),
    ("company", "DE", ["KNDS", "Krauss-Maffei Wegmann"]), ("company", "DE", ["Heckler & Koch"]),
    ("company", "DE", ["Audi"]),
    # companies: Austria and Switzerland (ATX, SMI)
    ("company", "AT", ["Erste Group", "Erste Bank"]),
    ("company", "AT", ["Raiffeisen Bank International"]),
    ("company", "AT", ["Voestalpine", "voestalpine"]), ("company", "AT", ["Red Bull"]),
    ("company", "AT", ["Signa Holding"]), ("company", "AT", ["Austrian Airlines", "AUA"]),
    ("company", "AT", ["ÖBB", "Österreichische Bundesbahnen"]), ("company", "CH", ["Novartis"]),
    ("company", "CH", ["Roche"]), ("company", "CH", ["ABB"]), ("company", "CH", ["Holcim"]),
    ("company", "CH", ["Swiss Re"]), ("company", "CH", ["Zurich Insurance"]),
    ("company", "CH", ["Swisscom"]), ("company", "CH", ["Syngenta"]),
    ("company", "CH", ["SBB", "Schweizerische Bundesbahnen"]),
    # companies: rest of Europe (Euro Stoxx 50, banks, carmakers, airlines, energy)
    ("company", "NL", ["ASML"]), ("company", "FR", ["LVMH"]), ("company", "FR", ["Sanofi"]),
    ("company", "FR", ["L'Oréal", "L'Oreal"]), ("company", "FR", ["BNP Paribas"]),
    ("company", "FR", ["AXA", "Axa"]), ("company", "FR", ["Danone"]),
    ("company", "NL", ["Stellantis"]), ("company", "IT", ["Ferrari"]), ("company", "IT", ["Enel"]),
    ("company", "IT", ["UniCredit", "Unicredit"]), ("company", "IT", ["Generali"]),
    ("company", "ES", ["Iberdrola"]), ("company", "ES", ["Banco Santander"]),
    ("company", "ES", ["Inditex"]), ("company", "NL", ["ING"]), ("company", "FR", ["Renault"]),
    ("company", "SE", ["Volvo"]), ("company", "FR", ["EDF", "Électricité de France"]),
    ("company", "FR", ["Air France", "Air France-KLM"]), ("company", "NL", ["KLM"]),
    ("company", "SE", ["Ericsson"]), ("company", "SE", ["H&M", "Hennes & Mauritz"]),
    ("company", "SE", ["IKEA"]), ("company", "SE", ["Vattenfall"]),
    ("company", "DK", ["Maersk", "Møller-Maersk"]), ("company", "DK", ["Novo Nordisk"]),
    ("company", "ES", ["Telefónica", "Telefonica"]), ("company", "IE", ["Ryanair"]),
    ("company", "NL", ["Unilever"]), ("company", "GB", ["HSBC"]), ("company", "GB", ["Barclays"]),
    ("company", "GB", ["AstraZeneca"]), ("company", "GB", ["GSK", "GlaxoSmithKline"]),
    ("company", "GB", ["BAE Systems"]), ("company", "GB", ["Rolls-Royce"]),
    ("company", "GB", ["Vodafone"]), ("company", "LU", ["ArcelorMittal"]),
    # companies: United States (Fortune top, banks, tech, media, pharma, ratings)
    ("company", "US", ["Walmart"]), ("company", "US", ["Berkshire Hathaway"]),
    ("company", "US", ["Bank of America"]), ("company", "US", ["Citigroup", "Citi", "Citibank"]),
    ("company", "US", ["Morgan Stanley"]), ("company", "US", ["Verizon"]),
    ("company", "US", ["AT&T"]), ("company", "US", ["Johnson & Johnson"]),
    ("company", "US", ["Coca-Cola Company"]), ("company", "US", ["Walt Disney", "Disney"]),
    ("company", "US", ["Lockheed Martin"]), ("company", "US", ["RTX", "Raytheon"]),
    ("company", "US", ["Pfizer"]), ("company", "US", ["Moderna"]), ("company", "US", ["Eli Lilly"]),
    ("company", "US", ["Merck & Co."]), ("company", "US", ["Palantir"]),
    ("company", "US", ["SpaceX"]), ("company", "US", ["Anthropic"]),
    ("company", "US", ["Google DeepMind", "DeepMind"]), ("company", "US", ["YouTube"]),
    ("company", "US", ["Instagram"]), ("company", "US", ["Netflix"]), ("company", "US", ["Uber"]),
    ("company", "US", ["Starbucks"]), ("company", "US", ["McDonald's"]),
    ("company", "US", ["Warner Bros. Discovery", "Warner Bros."]),
    ("company", "US", ["Moody's", "Moody’s"]),
    ("company", "US", ["Standard & Poor's", "Standard & Poor’s", "S&P Global", "S&P"]),
    ("company", "US", ["Fitch Ratings", "Fitch"]), ("company", "US", ["Silicon Valley Bank"]),
    ("company", "US", ["New York Stock Exchange", "NYSE"]),
    # companies: Asia, Russia, Middle East, Latin America
    ("company", "JP", ["Mitsubishi"]), ("company", "JP", ["SoftBank", "Softbank"]),
    ("company", "JP", ["Nippon Steel"]), ("company", "KR", ["Hyundai"]),
    ("company", "TW", ["TSMC"]), ("company", "TW", ["Foxconn"]), ("company", "CN", ["Tencent"]),
    ("company", "CN", ["ByteDance", "Bytedance"]), ("company", "CN", ["BYD"]),
    ("company", "CN", ["Xiaomi"]), ("company", "CN", ["CATL"]), ("company", "CN", ["Evergrande"]),
    ("company", "IN", ["Tata Group", "Tata Motors", "Tata Steel"]),
    ("company", "IN", ["Adani Group"]), ("company", "IL", ["Teva"]),
    ("company", "RU", ["Sberbank", "Sber"]), ("company", "RU", ["VTB"]),
    ("company", "RU", ["Aeroflot"]), ("company", "RU", ["Yandex", "Jandex"]),
    ("company", "UA", ["Naftogaz"]), ("company", "AE", ["ADNOC"]),
    ("company", "QA", ["Qatar Airways"]), ("company", "TR", ["Turkish Airlines"]),
    ("company", "BR", ["Petrobras"]),
    # football clubs: Bundesliga and 2. Bundesliga
    ("sports body", "DE", ["Bayer 04 Leverkusen", "Bayer Leverkusen", "Bayer 04"]),
    ("sports body", "DE", ["Eintracht Frankfurt"]), ("sports body", "DE", ["VfB Stuttgart", "VfB"]),
    ("sports body", "DE", ["RB Leipzig", "RasenBallsport Leipzig"]),
    ("sports body", "DE", ["SC Freiburg"]),
    ("sports body", "DE", ["1. FSV Mainz 05", "FSV Mainz 05", "Mainz 05"]),
    ("sports body", "DE", ["Borussia Mönchengladbach"]), ("sports body", "DE", ["VfL Wolfsburg"]),
    ("sports body", "DE", ["FC Augsburg"]),
    ("sports body", "DE", ["1. FC Union Berlin", "Union Berlin"]),
    ("sports body", "DE", ["Werder Bremen", "SV Werder Bremen", "Werder"]),
    ("sports body", "DE", ["TSG Hoffenheim", "TSG 1899 Hoffenheim"]),
    ("sports body", "DE", ["1. FC Heidenheim", "FC Heidenheim"]),
    ("sports body", "DE", ["FC St. Pauli"]),
    ("sports body", "DE", ["1. FC Köln", "FC Köln", "FC Cologne"]),
    ("sports body", "DE", ["Hamburger SV", "HSV"]), ("sports body", "DE", ["Holstein Kiel"]),
    ("sports body", "DE", ["VfL Bochum"]), ("sports body", "DE", ["Hertha BSC"]),
    ("sports body", "DE", ["FC Schalke 04", "Schalke 04", "Schalke"]),
    ("sports body", "DE", ["Fortuna Düsseldorf"]), ("sports body", "DE", ["Hannover 96"]),
    ("sports body", "DE", ["1. FC Kaiserslautern", "FC Kaiserslautern"]),
    ("sports body", "DE", ["1. FC Nürnberg", "FC Nürnberg"]),
    ("sports body", "DE", ["Karlsruher SC", "KSC"]),
    ("sports body", "DE", ["SC Paderborn 07", "SC Paderborn"]),
    ("sports body", "DE", ["SV Darmstadt 98", "Darmstadt 98"]),
    ("sports body", "DE", ["SpVgg Greuther Fürth", "Greuther Fürth"]),
    ("sports body", "DE", ["Eintracht Braunschweig"]), ("sports body", "DE", ["Arminia Bielefeld"]),
    ("sports body", "DE", ["Dynamo Dresden"]), ("sports body", "DE", ["Preußen Münster"]),
    ("sports body", "DE", ["1. FC Magdeburg", "FC Magdeburg"]),
    ("sports body", "DE", ["SV Elversberg"]),
    # football clubs: Austrian Bundesliga and Swiss Super League
    ("sports body", "AT", ["FC Red Bull Salzburg", "Red Bull Salzburg", "RB Salzburg"]),
    ("sports body", "AT", ["SK Sturm Graz", "Sturm Graz"]),
    ("sports body", "AT", ["SK Rapid Wien", "Rapid Wien", "Rapid Vienna"]),
    ("sports body", "AT", ["FK Austria Wien", "Austria Wien", "Austria Vienna"]),
    ("sports body", "AT", ["LASK"]), ("sports body", "AT", ["Wolfsberger AC"]),
    ("sports body", "AT", ["TSV Hartberg"]), ("sports body", "AT", ["WSG Tirol"]),
    ("sports body", "AT", ["SCR Altach", "Rheindorf Altach"]),
    ("sports body", "AT", ["Blau-Weiß Linz"]), ("sports body", "AT", ["Grazer AK", "GAK"]),
    ("sports body", "AT", ["SV Ried"]), ("sports body", "CH", ["FC Basel"]),
    ("sports body", "CH", ["BSC Young Boys", "Young Boys"]),
    ("sports body", "CH", ["FC Zürich", "FC Zurich"]), ("sports body", "CH", ["FC Lugano"]),
    ("sports body", "CH", ["Servette FC", "Servette Genf"]),
    ("sports body", "CH", ["FC St. Gallen"]), ("sports body", "CH", ["FC Luzern"]),
    ("sports body", "CH", ["Lausanne-Sport"]), ("sports body", "CH", ["FC Sion"]),
    ("sports body", "CH", ["Grasshopper Club Zürich", "Grasshopper Club"]),
    ("sports body", "CH", ["FC Winterthur"]), ("sports body", "CH", ["FC Thun"]),
    # football clubs: top clubs of England, Spain, Italy, France and others
    ("sports body", "GB", ["Manchester United", "Man United", "Man Utd", "ManU"]),
    ("sports body", "GB", ["Manchester City", "Man City"]),
    ("sports body", "GB", ["FC Liverpool", "Liverpool FC"]),
    ("sports body", "GB", ["FC Chelsea", "Chelsea FC"]),
    ("sports body", "GB", ["FC Arsenal", "Arsenal FC", "Arsenal London"]),
    ("sports body", "GB", ["Tottenham Hotspur"]), ("sports body", "GB", ["Newcastle United"]),
    ("sports body", "ES", ["Real Madrid"]), ("sports body", "ES", ["FC Barcelona", "Barça"]),
    ("sports body", "ES", ["Atlético Madrid", "Atletico Madrid", "Atlético de Madrid"]),
    ("sports body", "ES", ["FC Sevilla", "Sevilla FC"]),
    ("sports body", "IT", ["Juventus Turin", "Juventus", "Juve"]),
    ("sports body", "IT", ["Inter Mailand", "Inter Milan", "Internazionale"]),
    ("sports body", "IT", ["AC Mailand", "AC Milan"]), ("sports body", "IT", ["AS Rom", "AS Roma"]),
    ("sports body", "IT", ["SSC Neapel", "SSC Napoli"]),
    ("sports body", "FR", ["Paris Saint-Germain", "Paris St. Germain", "PSG"]),
    ("sports body", "FR", ["Olympique Marseille", "Olympique de Marseille"]),
    ("sports body", "FR", ["Olympique Lyon", "Olympique Lyonnais"]),
    ("sports body", "NL", ["Ajax Amsterdam"]), ("sports body", "NL", ["PSV Eindhoven"]),
    ("sports body", "PT", ["Benfica Lissabon", "Benfica Lisbon"]),
    ("sports body", "PT", ["FC Porto"]), ("sports body", "TR", ["Galatasaray"]),
    ("sports body", "TR", ["Fenerbahçe", "Fenerbahce"]),
    ("sports body", "UA", ["Schachtar Donezk", "Shakhtar Donetsk"]),
    # Formula 1 teams and sports bodies
    ("sports body", "AT", ["Red Bull Racing"]), ("sports body", "IT", ["Scuderia Ferrari"]),
    ("sports body", "GB", ["McLaren"]), ("sports body", "US", ["NFL"]),
    ("sports body", "US", ["NBA"]), ("sports body", "US", ["NHL"]), ("sports body", "", ["ATP"]),
    ("sports body", "", ["WTA"]), ("sports body", "", ["FIA"]),
    ("sports body", "", ["World Athletics", "IAAF"]),
    ("sports body", "", ["WADA", "Wada", "Welt-Anti-Doping-Agentur"]),
    ("sports body", "DE", ["NADA", "Nationale Anti-Doping-Agentur"]),
    ("sports body", "", ["CAS", "Internationaler Sportgerichtshof",
     "Internationalen Sportgerichtshof", "Court of Arbitration for Sport"]),
    ("sports body", "", ["FIS"]),
    ("sports body", "DE", ["DOSB", "Deutscher Olympischer Sportbund",
     "Deutschen Olympischen Sportbund"]),
    ("sports body", "DE", ["DHB", "Deutscher Handballbund"]),
    ("sports body", "AT", ["ÖFB", "Österreichischer Fußball-Bund"]),
    # media: Germany, Austria, Switzerland
    ("news outlet", "DE", ["Frankfurter Rundschau"]), ("news outlet", "DE", ["Berliner Zeitung"]),
    ("news outlet", "DE", ["Berliner Morgenpost"]), ("news outlet", "DE", ["Hamburger Abendblatt"]),
    ("news outlet", "DE", ["Rheinische Post"]), ("news outlet", "DE", ["Kölner Stadt-Anzeiger"]),
    ("news outlet", "DE", ["Westdeutsche Allgemeine Zeitung", "WAZ"]),
    ("news outlet", "DE", ["Stuttgarter Zeitung"]), ("news outlet", "DE", ["Münchner Merkur"]),
    ("news outlet", "DE", ["Neue Osnabrücker Zeitung", "NOZ"]),
    ("news outlet", "DE", ["Redaktionsnetzwerk Deutschland", "RND"]),
    ("news outlet", "DE", ["Wirtschaftswoche", "WirtschaftsWoche", "WiWo"]),
    ("news outlet", "DE", ["Manager Magazin"]), ("news outlet", "DE", ["3sat"]),
    ("news outlet", "DE", ["Arte", "ARTE"]),
    ("news outlet", "DE", ["Bayerischer Rundfunk", "Bayerischen Rundfunk",
     "Bayerischen Rundfunks"]),
    ("news outlet", "DE", ["Hessischer Rundfunk", "Hessischen Rundfunk", "Hessischen Rundfunks"]),
    ("news outlet", "DE", ["Deutschlandradio"]), ("news outlet", "DE", ["Correctiv"]),
    ("news outlet", "AT", ["Kleine Zeitung"]), ("news outlet", "AT", ["Salzburger Nachrichten"]),
    ("news outlet", "AT", ["ServusTV", "Servus TV"]), ("news outlet", "CH", ["SRG", "SRG SSR"]),
    ("news outlet", "CH", ["NZZ am Sonntag"]), ("news outlet", "CH", ["SonntagsZeitung"]),
    ("news outlet", "CH", ["Weltwoche", "Die Weltwoche"]),
    # media: international
    ("news outlet", "GB", ["The Independent"]), ("news outlet", "GB", ["Daily Mail"]),
    ("news outlet", "GB", ["ITV"]), ("news outlet", "US", ["Newsweek"]),
    ("news outlet", "US", ["HuffPost", "Huffington Post"]),
    ("news outlet", "US", ["Voice of America", "VOA"]),
    ("news outlet", "US", ["Radio Free Europe", "Radio Free Europe/Radio Liberty", "RFE/RL"]),
    ("news outlet", "", ["Euronews"]), ("news outlet", "FR", ["Le Parisien"]),
    ("news outlet", "FR", ["Libération"]), ("news outlet", "FR", ["TF1"]),
    ("news outlet", "ES", ["El País", "El Pais"]),
    ("news outlet", "IT", ["La Repubblica", "Repubblica"]),
    ("news outlet", "IT", ["Corriere della Sera"]), ("news outlet", "IT", ["RAI"]),
    ("news outlet", "IL", ["Haaretz"]), ("news outlet", "IL", ["Times of Israel"]),
    ("news outlet", "IL", ["Jerusalem Post"]), ("news outlet", "UA", ["Kyiv Independent"]),
    ("news outlet", "UA", ["Ukrajinska Prawda", "Ukrainska Pravda"]),
    ("news outlet", "RU", ["Meduza"]), ("news outlet", "HK", ["South China Morning Post", "SCMP"]),
    ("news outlet", "SA", ["Al Arabiya", "Al-Arabija"]),
    # news agencies
    ("news agency", "JP", ["Jiji Press", "Jiji"]), ("news agency", "PL", ["PAP"]),
    ("news agency", "CZ", ["ČTK", "CTK"]), ("news agency", "HU", ["MTI"]),
    ("news agency", "PS", ["WAFA"]), ("news agency", "IN", ["Press Trust of India", "PTI"]),
    ("news agency", "UA", ["UNIAN"]), ("news agency", "DE", ["SID", "Sport-Informations-Dienst"]),
    ("news agency", "US", ["UPI", "United Press International"]),
    ("news agency", "AT", ["Kathpress"]),
    # public bodies: German, Austrian, Swiss, US, UK agencies, courts, central banks
    ("government body", "DE", ["Bundesagentur für Arbeit"]),
    ("government body", "DE", ["Umweltbundesamt", "UBA"]),
    ("government body", "DE", ["Bundesamt für Verfassungsschutz", "BfV"]),
    ("government body", "DE", ["Bundeskartellamt", "Bundeskartellamts"]),
    ("government body", "DE", ["Robert Koch-Institut", "Robert-Koch-Institut", "RKI",
     "Robert Koch Institute"]),
    ("government body", "DE", ["Bundesnetzagentur"]),
    ("government body", "DE", ["BaFin", "Bafin",
     "Bundesanstalt für Finanzdienstleistungsaufsicht"]),
    ("government body", "DE", ["Statistisches Bundesamt", "Statistische Bundesamt",
     "Statistischen Bundesamt", "Statistischen Bundesamts", "Statistischen Bundesamtes",
     "Destatis"]),
    ("government body", "DE", ["Bundesgerichtshof", "Bundesgerichtshofs", "BGH"]),
    ("government body", "DE", ["Bundesverfassungsgericht", "Bundesverfassungsgerichts", "BVerfG"]),
    ("government body", "DE", ["Bundesverwaltungsgericht", "Bundesverwaltungsgerichts"]),
    ("government body", "DE", ["Bundesarbeitsgericht"]),
    ("government body", "DE", ["Bundesfinanzhof", "BFH"]),
    ("government body", "DE", ["Bundesanwaltschaft"]),
    ("government body", "DE", ["Bundeskriminalamt", "Bundeskriminalamts", "BKA"]),
    ("government body", "DE", ["Bundesnachrichtendienst", "Bundesnachrichtendienstes", "BND"]),
    ("government body", "DE", ["Bundesamt für Migration und Flüchtlinge", "BAMF", "Bamf"]),
    ("government body", "DE", ["Bundesamt für Sicherheit in der Informationstechnik", "BSI"]),
    ("government body", "DE", ["Bundesbank", "Deutsche Bundesbank", "Deutschen Bundesbank"]),
    ("government body", "DE", ["Deutscher Wetterdienst", "Deutschen Wetterdienst",
     "Deutschen Wetterdienstes", "DWD"]),
    ("government body", "DE", ["Technisches Hilfswerk", "Technische Hilfswerk",
     "Technischen Hilfswerk", "Technischen Hilfswerks", "THW"]),
    ("government body", "DE", ["Kraftfahrt-Bundesamt", "KBA"]),
    ("government body", "DE", ["Ständige Impfkommission", "Stiko", "STIKO"]),
    ("government body", "AT", ["Oesterreichische Nationalbank", "OeNB"]),
    ("government body", "CH", ["Schweizerische Nationalbank", "Schweizerischen Nationalbank", "SNB",
     "Swiss National Bank"]),
    ("government body", "GB", ["Bank of England"]), ("government body", "JP", ["Bank of Japan"]),
    ("government body", "GB", ["MI6"]), ("government body", "GB", ["Scotland Yard"]),
    ("government body", "GB", ["NHS"]),
    ("government body", "US", ["SEC", "Securities and Exchange Commission"]),
    ("government body", "US", ["FDA", "Food and Drug Administration"]),
    ("government body", "US", ["CDC"]), ("government body", "US", ["NASA", "Nasa"]),
    ("government body", "US", ["NSA"]),
    ("government body", "US", ["US Supreme Court", "U.S. Supreme Court"]),
    ("government body", "RU", ["FSB"]), ("government body", "IL", ["Mossad"]),
    # international bodies: EU agencies and courts, UN agencies
    ("international organisation", "", ["Europäischer Gerichtshof", "Europäischen Gerichtshof",
     "Europäischen Gerichtshofs", "EuGH", "European Court of Justice"]),
    ("international organisation", "", ["Europäischer Gerichtshof für Menschenrechte", "EGMR",
     "European Court of Human Rights"]),
    ("international organisation", "", ["Europarat", "Europarats", "Council of Europe"]),
    ("international organisation", "", ["Europol"]),
    ("international organisation", "", ["Frontex"]),
    ("international organisation", "", ["Eurostat"]),
    ("international organisation", "", ["Europäische Arzneimittelagentur",
     "Europäischen Arzneimittelagentur", "Europäische Arzneimittel-Agentur", "EMA"]),
    ("international organisation", "", ["Internationaler Gerichtshof",
     "Internationalen Gerichtshof", "Internationalen Gerichtshofs", "IGH",
     "International Court of Justice", "ICJ"]),
    ("international organisation", "", ["UNHCR"]),
    ("international organisation", "", ["Unicef", "UNICEF"]),
    ("international organisation", "", ["Unesco", "UNESCO"]),
    ("international organisation", "", ["Welternährungsprogramm", "WFP", "World Food Programme"]),
    ("international organisation", "", ["UNRWA"]), ("international organisation", "", ["OECD"]),
    ("international organisation", "", ["Internationale Energieagentur",
     "Internationalen Energieagentur", "IEA", "International Energy Agency"]),
    ("international organisation", "", ["Interpol"]),
    ("international organisation", "", ["ESA", "Europäische Weltraumorganisation",
     "European Space Agency"]),
    ("international organisation", "", ["Weltklimarat", "IPCC"]),
    # research, universities, polling institutes, foundations
    ("organisation", "DE", ["Max-Planck-Gesellschaft"]),
    ("organisation", "DE", ["Fraunhofer-Gesellschaft"]),
    ("organisation", "DE", ["Helmholtz-Gemeinschaft"]),
    ("organisation", "DE", ["Deutsche Forschungsgemeinschaft", "DFG"]),
    ("organisation", "DE", ["Ifo-Institut", "Ifo Institut", "ifo Institut", "Ifo"]),
    ("organisation", "DE", ["DIW", "Deutsches Institut für Wirtschaftsforschung"]),
    ("organisation", "DE", ["IfW Kiel", "Institut für Weltwirtschaft", "Kiel Institut"]),
    ("organisation", "DE", ["ZEW"]),
    ("organisation", "DE", ["Potsdam-Institut für Klimafolgenforschung"]),
    ("organisation", "DE", ["Charité"]), ("organisation", "DE", ["Stiftung Warentest"]),
    ("organisation", "DE", ["ADAC"]), ("organisation", "DE", ["TÜV"]),
    ("organisation", "DE", ["Bertelsmann Stiftung", "Bertelsmann-Stiftung"]),
    ("organisation", "DE", ["Forsa"]), ("organisation", "DE", ["Infratest dimap"]),
    ("organisation", "DE", ["Forschungsgruppe Wahlen"]),
    ("organisation", "DE", ["Institut für Demoskopie Allensbach", "Allensbach-Institut"]),
    ("organisation", "DE", ["INSA"]), ("organisation", "GB", ["YouGov"]),
    ("organisation", "FR", ["Ipsos"]), ("organisation", "US", ["Pew Research Center"]),
    ("organisation", "SE", ["SIPRI", "Sipri"]),
    ("organisation", "US", ["Institute for the Study of War", "ISW"]),
    ("organisation", "DE", ["Stiftung Wissenschaft und Politik"]),
    ("organisation", "DE", ["Universität Heidelberg", "Heidelberg University"]),
    ("organisation", "DE", ["Ludwig-Maximilians-Universität", "LMU München", "LMU"]),
    ("organisation", "DE", ["Technische Universität München", "TU München", "TUM"]),
    ("organisation", "DE", ["Humboldt-Universität", "Humboldt University"]),
    ("organisation", "AT", ["Universität Wien", "University of Vienna"]),
    ("organisation", "CH", ["ETH Zürich", "ETH Zurich"]),
    ("organisation", "US", ["Harvard University", "Harvard-Universität"]),
    ("organisation", "US", ["Stanford University"]),
    ("organisation", "US", ["Massachusetts Institute of Technology"]),
    ("organisation", "US", ["Johns Hopkins University", "Johns-Hopkins-Universität",
     "Johns Hopkins"]),
    ("organisation", "GB", ["University of Oxford", "Oxford University", "Universität Oxford"]),
    ("organisation", "GB", ["University of Cambridge", "Cambridge University",
     "Universität Cambridge"]),
    # NGOs, aid organisations, unions, business associations, churches
    ("international organisation", "", ["Greenpeace"]), ("international organisation", "", ["WWF"]),
    ("international organisation", "", ["Ärzte ohne Grenzen", "Médecins Sans Frontières",
     "Doctors Without Borders"]),
    ("international organisation", "", ["Oxfam"]),
    ("international organisation", "", ["Save the Children"]),
    ("international organisation", "", ["Transparency International"]),
    ("international organisation", "", ["Reporter ohne Grenzen", "Reporters Without Borders",
     "Reporters sans frontières"]),
    ("international organisation", "", ["Roter Halbmond", "Rote Halbmond", "Roten Halbmond",
     "Roten Halbmonds", "Red Crescent"]),
    ("international organisation", "", ["Caritas"]),
    ("international organisation", "", ["Syrische Beobachtungsstelle für Menschenrechte",
     "Syrian Observatory for Human Rights"]),
    ("international organisation", "", ["Fridays for Future"]),
    ("international organisation", "", ["Sea-Watch"]),
    ("organisation", "DE", ["Deutsches Rotes Kreuz", "Deutsche Rote Kreuz", "Deutschen Roten Kreuz",
     "Deutschen Roten Kreuzes", "DRK", "German Red Cross"]),
    ("organisation", "DE", ["Welthungerhilfe"]), ("organisation", "DE", ["Brot für die Welt"]),
    ("organisation", "DE", ["Pro Asyl"]),
    ("organisation", "DE", ["Letzte Generation", "Letzten Generation"]),
    ("organisation", "DE", ["Deutsche Umwelthilfe", "Deutschen Umwelthilfe", "DUH"]),
    ("organisation", "DE", ["Nabu", "NABU"]),
    ("organisation", "DE", ["Zentralrat der Juden", "Zentralrat der Juden in Deutschland"]),
    ("organisation", "DE", ["Verdi", "ver.di", "Ver.di"]), ("organisation", "DE", ["IG Metall"]),
    ("organisation", "DE", ["DGB", "Deutscher Gewerkschaftsbund", "Deutschen Gewerkschaftsbund",
     "Deutschen Gewerkschaftsbundes"]),
    ("organisation", "DE", ["IG BCE"]), ("organisation", "DE", ["GDL"]),
    ("organisation", "DE", ["EVG"]), ("organisation", "DE", ["Vereinigung Cockpit"]),
    ("organisation", "DE", ["Gewerkschaft der Polizei", "GdP"]),
    ("organisation", "AT", ["ÖGB", "Österreichischer Gewerkschaftsbund"]),
    ("organisation", "DE", ["BDI", "Bundesverband der Deutschen Industrie"]),
    ("organisation", "DE", ["DIHK", "Deutsche Industrie- und Handelskammer"]),
    ("organisation", "DE", ["VDA", "Verband der Automobilindustrie"]),
    ("organisation", "DE", ["Deutscher Bauernverband", "Deutschen Bauernverband",
     "Deutschen Bauernverbands"]),
    ("organisation", "DE", ["Deutscher Städtetag", "Deutschen Städtetag", "Deutschen Städtetags"]),
    ("organisation", "AT", ["Wirtschaftskammer Österreich", "WKÖ"]),
    ("organisation", "DE", ["Evangelische Kirche in Deutschland", "EKD"]),
    ("organisation", "DE", ["Deutsche Bischofskonferenz", "Deutschen Bischofskonferenz"]),
    ("organisation", "RU", ["Russisch-Orthodoxe Kirche", "Russisch-Orthodoxen Kirche",
     "Russian Orthodox Church"]),
    # parties
    ("party", "DE", ["Freie Wähler", "Freien Wähler"]), ("party", "DE", ["ÖDP"]),
    ("party", "DE", ["Die PARTEI"]), ("party", "DE", ["NPD"]),
    ("party", "DE", ["SSW", "Südschleswigscher Wählerverband"]),
    ("party", "DE", ["Werteunion", "WerteUnion"]), ("party", "AT", ["KPÖ"]),
    ("party", "FR", ["Rassemblement National", "Rassemblement national", "Front National",
     "Front national"]),
    ("party", "FR", ["La France insoumise", "La France Insoumise", "LFI"]),
    ("party", "IT", ["Fratelli d'Italia"]), ("party", "IT", ["Lega", "Lega Nord"]),
    ("party", "IT", ["Fünf-Sterne-Bewegung", "Movimento 5 Stelle", "Five Star Movement", "M5S"]),
    ("party", "ES", ["Podemos"]), ("party", "ES", ["PSOE"]), ("party", "ES", ["Partido Popular"]),
    ("party", "GR", ["Syriza"]), ("party", "HU", ["Fidesz"]), ("party", "PL", ["PiS"]),
    ("party", "NL", ["PVV"]), ("party", "SE", ["Schwedendemokraten", "Sweden Democrats"]),
    ("party", "GB", ["Liberal Democrats", "Lib Dems", "Liberaldemokraten"]),
    ("party", "GB", ["Reform UK"]), ("party", "GB", ["Scottish National Party", "SNP"]),
    ("party", "GB", ["Sinn Féin", "Sinn Fein"]), ("party", "IL", ["Likud"]),
    ("party", "TR", ["AKP"]), ("party", "TR", ["CHP"]),
    ("party", "IN", ["BJP", "Bharatiya Janata Party"]),
    ("party", "IN", ["Kongresspartei", "Congress Party", "Indian National Congress"]),
    ("party", "TW", ["Kuomintang", "KMT"]),
    ("party", "CN", ["Kommunistische Partei Chinas", "KP Chinas", "Chinese Communist Party",
     "Communist Party of China"]),
    ("party", "JP", ["LDP"]), ("party", "GE", ["Georgischer Traum", "Georgian Dream"]),
    # armed groups
    ("armed group", "", ["PKK"]),
    ("armed group", "", ["Hayat Tahrir al-Scham", "Hayat Tahrir al-Sham", "HTS"]),
    ("armed group", "", ["Boko Haram"]),
    ("armed group", "", ["Al-Shabaab", "al-Shabaab", "Al-Schabaab"]),
    ("armed group", "", ["Islamischer Dschihad", "Islamic Jihad"]), ("armed group", "", ["FARC"]),
]
# Other names (GermEval's OTH, spaCy's MISC): currencies and epoch-making events.
MISC_NAMES = {
    "de": "Euro Euros Dollar Dollars US-Dollar Pfund Rubel Yuan Yen Renminbi Bolívar Rupie "
          "Lira Hrywnja Zloty Forint Bitcoin Erster_Weltkrieg Ersten_Weltkrieg "
          "Ersten_Weltkriegs Ersten_Weltkrieges Zweiter_Weltkrieg Zweiten_Weltkrieg "
          "Zweiten_Weltkriegs Zweiten_Weltkrieges Kalter_Krieg Kalten_Krieg Kalten_Krieges "
          "Kalten_Kriegs Holocaust Brexit",
    "en": "World_War_I World_War_II First_World_War Second_World_War Cold_War Holocaust Brexit",
}
# fmt: on

# Role titles. German: (base form, kind, declension) with declension "weak" (+en: Präsidenten),
# "strong" (+s genitive: Kanzlers), "fem" (Präsidentin), "adj" (Vorsitzende/r/n).
# kind "head" = one holder per country at a time (used to tell affiliations apart).
ROLES_DE: list[tuple[str, str, str]] = [
    ("Präsident", "head", "weak"),
    ("Präsidentin", "head", "fem"),
    ("Staatspräsident", "head", "weak"),
    ("Staatspräsidentin", "head", "fem"),
    ("Staatschef", "head", "strong"),
    ("Staatschefin", "head", "fem"),
    ("Vizepräsident", "office", "weak"),
    ("Vizepräsidentin", "office", "fem"),
    ("Regierungschef", "head_gov", "strong"),
    ("Regierungschefin", "head_gov", "fem"),
    ("Ministerpräsident", "office", "weak"),  # many per country: state premiers
    ("Ministerpräsidentin", "office", "fem"),
    ("Premierminister", "head_gov", "strong"),
    ("Premierministerin", "head_gov", "fem"),
    ("Premier", "head_gov", "strong"),
    ("Kanzler", "head_gov", "strong"),
    ("Kanzlerin", "head_gov", "fem"),
    ("Bundeskanzler", "head_gov", "strong"),
    ("Bundeskanzlerin", "head_gov", "fem"),
    ("Bundespräsident", "head", "weak"),
    ("Bundespräsidentin", "head", "fem"),
    ("Außenminister", "minister", "strong"),
    ("Außenministerin", "minister", "fem"),
    ("Verteidigungsminister", "minister", "strong"),
    ("Verteidigungsministerin", "minister", "fem"),
    ("Finanzminister", "minister", "strong"),
    ("Finanzministerin", "minister", "fem"),
    ("Innenminister", "minister", "strong"),
    ("Innenministerin", "minister", "fem"),
    ("Wirtschaftsminister", "minister", "strong"),
    ("Wirtschaftsministerin", "minister", "fem"),
    ("Energieminister", "minister", "strong"),
    ("Energieministerin", "minister", "fem"),
    ("Ölminister", "minister", "strong"),
    ("Justizminister", "minister", "strong"),
    ("Justizministerin", "minister", "fem"),
    ("Gesundheitsminister", "minister", "strong"),
    ("Gesundheitsministerin", "minister", "fem"),
    ("Minister", "office", "strong"),
    ("Ministerin", "office", "fem"),
    ("Oppositionsführer", "office", "strong"),
    ("Oppositionsführerin", "office", "fem"),
    ("Oppositionspolitiker", "office", "strong"),
    ("Oppositionspolitikerin", "office", "fem"),
    ("Sprecher", "office", "strong"),
    ("Sprecherin", "office", "fem"),
    ("Regierungssprecher", "office", "strong"),
    ("Regierungssprecherin", "office", "fem"),
    ("Kremlsprecher", "office", "strong"),
    ("Kremlchef", "head", "strong"),
    ("Botschafter", "office", "strong"),
    ("Botschafterin", "office", "fem"),
    ("Sondergesandter", "office", "adj"),
    ("Gesandter", "office", "adj"),
    ("Sondergesandte", "office", "adj"),
    ("Generalsekretär", "office", "strong"),
    ("Generalsekretärin", "office", "fem"),
    ("Vorsitzender", "office", "adj"),
    ("Vorsitzende", "office", "adj"),
    ("Parteichef", "office", "strong"),
    ("Parteichefin", "office", "fem"),
    ("Chef", "office", "strong"),
    ("Chefin", "office", "fem"),
    ("Senator", "office", "strong"),
    ("Senatorin", "office", "fem"),
    ("Abgeordneter", "office", "adj"),
    ("Abgeordnete", "office", "adj"),
    ("Admiral", "office", "strong"),
    ("König", "head", "strong"),
    ("Königin", "head", "fem"),
    ("Papst", "head", "strong"),
    ("Bürgermeister", "office", "strong"),
    ("Bürgermeisterin", "office", "fem"),
    ("Gouverneur", "office", "strong"),
    ("Gouverneurin", "office", "fem"),
    ("Sicherheitsberater", "office", "strong"),
    ("Sicherheitsberaterin", "office", "fem"),
    ("Berater", "office", "strong"),
    ("Beraterin", "office", "fem"),
    ("Diplomat", "office", "weak"),
    ("Diplomatin", "office", "fem"),
    ("Konzernchef", "office", "strong"),
    ("Konzernchefin", "office", "fem"),
    ("Vorstandschef", "office", "strong"),
    ("Vorstandschefin", "office", "fem"),
    ("Direktor", "office", "strong"),
    ("Direktorin", "office", "fem"),
    ("Analyst", "office", "weak"),
    ("Analystin", "office", "fem"),
    ("Ökonom", "office", "weak"),
    ("Ökonomin", "office", "fem"),
    ("Richter", "office", "strong"),
    ("Richterin", "office", "fem"),
    ("Staatsanwalt", "office", "strong"),
    ("Staatsanwältin", "office", "fem"),
    ("Anführer", "office", "strong"),
    ("Anführerin", "office", "fem"),
    ("Kommandeur", "office", "strong"),
    ("Oberbefehlshaber", "office", "strong"),
    ("Aktivist", "office", "weak"),
    ("Aktivistin", "office", "fem"),
    ("Kandidat", "office", "weak"),
    ("Kandidatin", "office", "fem"),
    ("Präsidentschaftskandidat", "office", "weak"),
    ("Präsidentschaftskandidatin", "office", "fem"),
    ("Dr.", "honorific", "none"),
    ("Prof.", "honorific", "none"),
    ("Herr", "honorific", "weak"),
    ("Frau", "honorific", "fem"),
]
ROLE_MODIFIERS_DE = [
    "ehemalig",
    "früher",
    "damalig",
    "designiert",
    "amtierend",
    "neu",
    "scheidend",
    "stellvertretend",
    "künftig",
    "langjährig",
    "gewählt",
    "abgesetzt",
    "selbsternannt",
    "selbst ernannt",
    "Ex-",
]

ROLES_EN: list[tuple[str, str]] = [
    ("President", "head"),
    ("president", "head"),
    ("Vice President", "office"),
    ("Prime Minister", "head_gov"),
    ("prime minister", "head_gov"),
    ("Premier", "head_gov"),
    ("Chancellor", "head_gov"),
    ("chancellor", "head_gov"),
    ("Secretary of State", "minister"),
    ("Foreign Minister", "minister"),
    ("foreign minister", "minister"),
    ("Foreign Secretary", "minister"),
    ("Defense Secretary", "minister"),
    ("Defence Secretary", "minister"),
    ("Defense Minister", "minister"),
    ("Defence Minister", "minister"),
    ("defense minister", "minister"),
    ("defence minister", "minister"),
    ("Treasury Secretary", "minister"),
    ("Commerce Secretary", "minister"),
    ("Trade Minister", "minister"),
    ("trade minister", "minister"),
    ("Economy Minister", "minister"),
    ("Justice Minister", "minister"),
    ("Health Minister", "minister"),
    ("foreign policy chief", "office"),
    ("Foreign Policy Chief", "office"),
    ("High Representative", "office"),
    ("prosecutor general", "office"),
    ("Prosecutor General", "office"),
    ("Attorney General", "minister"),
    ("chief", "office"),
    ("Finance Minister", "minister"),
    ("finance minister", "minister"),
    ("Interior Minister", "minister"),
    ("Energy Minister", "minister"),
    ("Oil Minister", "minister"),
    ("oil minister", "minister"),
    ("Minister", "office"),
    ("minister", "office"),
    ("Secretary", "office"),
    ("opposition leader", "office"),
    ("Opposition leader", "office"),
    ("Opposition Leader", "office"),
    ("spokesman", "office"),
    ("spokeswoman", "office"),
    ("spokesperson", "office"),
    ("Kremlin spokesman", "office"),
    ("White House spokesperson", "office"),
    ("White House press secretary", "office"),
    ("press secretary", "office"),
    ("Press Secretary", "office"),
    ("Senator", "office"),
    ("Sen.", "office"),
    ("Rep.", "office"),
    ("Representative", "office"),
    ("Governor", "office"),
    ("Gov.", "office"),
    ("Ambassador", "office"),
    ("ambassador", "office"),
    ("envoy", "office"),
    ("special envoy", "office"),
    ("Special Envoy", "office"),
    ("Secretary-General", "office"),
    ("Secretary General", "office"),
    ("leader", "office"),
    ("Leader", "office"),
    ("chief executive", "office"),
    ("Chief Executive", "office"),
    ("CEO", "office"),
    ("chairman", "office"),
    ("Chairman", "office"),
    ("chairwoman", "office"),
    ("King", "head"),
    ("Queen", "head"),
    ("Pope", "head"),
    ("General", "office"),
    ("Gen.", "office"),
    ("Admiral", "office"),
    ("Mayor", "office"),
    ("mayor", "office"),
    ("National Security Adviser", "office"),
    ("national security adviser", "office"),
    ("adviser", "office"),
    ("analyst", "office"),
    ("economist", "office"),
    ("Judge", "office"),
    ("judge", "office"),
    ("Mr.", "honorific"),
    ("Mrs.", "honorific"),
    ("Ms.", "honorific"),
    ("Dr.", "honorific"),
    ("Mr", "honorific"),
    ("Mrs", "honorific"),
    ("Ms", "honorific"),
]
ROLE_MODIFIERS_EN = [
    "former",
    "ex-",
    "then-",
    "acting",
    "outgoing",
    "incoming",
    "deputy",
    "interim",
    "self-proclaimed",
    "self-declared",
    "newly elected",
    "President-elect",
]

# Given names that wire copy often carries (international politics), to complete the
# names mined from the training data.
CURATED_FIRST_NAMES = """
Joe Donald Barack George Bill Hillary Kamala Mike Antony Jake Lloyd Janet Nancy Chuck
Mitch Kevin Ron Nikki Marco Ted Bernie Elizabeth Jen Karine John Jim Bob Tom Tony Boris
Rishi Keir Theresa Liz David Emmanuel Nicolas François Marine Olaf Angela Friedrich
Annalena Robert Christian Frank-Walter Ursula Charles Josep Kaja Jens Mark Mette
Wladimir Vladimir Dmitri Dmitry Sergej Sergei Sergey Alexej Alexei Alexey Igor Juri Yuri
Jewgeni Yevgeny Michail Mikhail Nikolai Wolodymyr Volodymyr Dmytro Olena Julia Yulia
Xi Li Wang Hu Jiang Kim Shinzo Fumio Narendra Imran Recep Tayyip Bashar Hassan Ali
Ebrahim Mahmud Mahmoud Abdel Fattah Mohammed Mohammad Muhammad Benjamin Naftali Jair
Luiz Inacio Inácio Gustavo Andres Andrés Manuel Alberto Gabriel Evo Daniel Miguel Raul
Raúl Fidel Hugo Juan Leopoldo Delcy Diosdado Nayib Javier Cristina Dilma Alexander
Viktor Andrzej Mateusz Giorgia Mario Pedro Ilham Nikol Kassym-Jomart Alexander Aleksandr
Alexandr Abdullah Salman Tamim Khalifa Abiy Cyril Jacob Paul William Ruto Uhuru Bola
Muhammadu Goodluck Abdelmadjid Kais Mohamed Antonio António Jean Pierre Jacques Helmut
Gerhard Willy Konrad Karl Franz Sebastian Alexander Karin Heiko Sahra Sigmar Horst
Markus Hubertus Svenja Nancy Cem Christine Kristalina Ngozi Tedros Rafael Mariano Petro
Lula Edmundo Maria María María Corina Elon Jeff Warren Tim Sundar Satya Jensen Sam
"""

# First tokens of multi-token PER spans in the training data that are not given names.
NOT_FIRST_NAMES = {
    "Sankt",
    "St",
    "San",
    "Santa",
    "Papst",
    "König",
    "Königin",
    "Kaiser",
    "Herzog",
    "Graf",
    "Prinz",
    "Fürst",
    "Bischof",
    "Kardinal",
    "Herr",
    "Frau",
    "Dr",
    "Prof",
    "Von",
    "Van",
    "De",
    "Der",
    "Die",
    "Das",
    "Den",
    "Le",
    "La",
    "El",
    "Al",
    "Mc",
    "Mac",
    "Sir",
    "Lord",
    "Lady",
    "General",
    "Präsident",
}


def territory_names(language: str) -> Iterator[tuple[str, str, str, str]]:
    """(code, surface form, canonical, type) for every country, territory and continent."""
    names = babel.Locale(language).territories
    for code, name in sorted(names.items()):
        if code in SKIP_CODES:
            continue
        if code.isdigit():
            if code not in REGION_CODES:
                continue
            kind = "region"
        else:
            kind = "country"
        canonical = CANONICAL[language].get(code, name)
        forms = {name, canonical, re.sub(r"\s*\(.*\)$", "", name)}
        forms |= {m.group(1) for m in [re.search(r"\((.+)\)", name)] if m}
        forms |= set(COUNTRY_ALIASES[language].get(code, []))
        for form in sorted(forms):
            yield code, form, canonical, kind


def country_label(language: str, code: str) -> str:
    return CANONICAL[language].get(code, babel.Locale(language).territories[code])


def german_genitive(form: str) -> str | None:
    """``Russland`` → ``Russlands``; names ending in a sibilant or with spaces keep their form."""
    if " " in form or form.isupper() or form[-1] in "sßxz" or not form[0].isupper():
        return None
    return form + "s"


def place_rows(language: str) -> Iterator[dict[str, object]]:
    for code, form, canonical, kind in territory_names(language):
        row = {"label": "LOC", "canonical": canonical, "type": kind, "country": canonical}
        yield {"text": form, **row, "code": code}
        genitive = german_genitive(form) if language == "de" else None
        if genitive:
            yield {"text": genitive, **row, "code": code, "inflected": True}
    column = 1 if language == "de" else 2
    for code, *forms_by_lang, capital in CITIES:
        forms = forms_by_lang[column - 1]
        canonical = forms[0]
        kind = "capital" if capital else "city"
        row = {
            "label": "LOC",
            "canonical": canonical,
            "type": kind,
            "country": country_label(language, code),
            "code": code,
        }
        for form in forms:
            yield {"text": form, **row}
            genitive = german_genitive(form) if language == "de" else None
            if genitive:
                yield {"text": genitive, **row, "inflected": True}


# Bodies named by a common noun ("die Bundesregierung", "das Außenministerium"): cards for
# them, but no named entity in ``doc.ents`` (NER conventions such as GermEval's agree).
COMMON_NOUN_BODIES = {
    "BUNDESREGIERUNG",
    "KANZLERAMT",
    "AUSWAERTIGES_AMT",
    "CONGRESS",
    "MFA",
    "MOD",
    "MOF",
    "MOI",
    "MOE",
    "ENERGY_MIN",
    "EUCOM",
    "STATE_DEPT",
    "TREASURY",
}


def more_place_rows(language: str) -> Iterator[dict[str, object]]:
    tables = [(MORE_CITIES, "city"), (REGIONS if language == "de" else REGIONS_EN, "region")]
    for table, kind in tables:
        for code, names in table.items():
            country = country_label(language, code)
            for name in (n.replace("_", " ") for n in names.split()):
                row = {"label": "LOC", "canonical": name, "type": kind, "country": country}
                yield {"text": name, **row, "code": code}
                genitive = german_genitive(name) if language == "de" else None
                if genitive and kind == "region":
                    yield {"text": genitive, **row, "code": code, "inflected": True}


def more_organisation_rows(language: str) -> Iterator[dict[str, object]]:
    for kind, code, names in MORE_ORGANISATIONS:
        row: dict[str, object] = {"label": "ORG", "canonical": names[0], "type": kind}
        if code:
            row["country"] = country_label(language, code)
            row["code"] = code
        for name in names:
            yield {"text": name, **row}
            weak = german_weak_form(name) if language == "de" else None
            if weak and weak not in names:
                yield {"text": weak, **row}


# Endings of German adjectives in -e that open names ("Deutsche", "Europäische", "Neue",
# "Kleine", "Erste"), narrow enough to leave "Porsche", "Olympique" or "Servette" alone.
GERMAN_ADJECTIVE_E_ENDINGS = (
    "ische",
    "tsche",
    "liche",
    "ale",
    "ige",
    "eue",
    "eie",
    "eine",
    "ste",
    "ene",
    "üne",
    "ote",
)


def german_weak_form(name: str) -> str | None:
    """``Deutsche Bank`` → ``Deutschen Bank``, ``Westdeutsche Allgemeine Zeitung`` →
    ``Westdeutschen Allgemeinen Zeitung``: adjectives in ``-e`` opening a name take ``-en``
    after der/des/dem."""
    words = name.split()
    adjectives = 0
    while adjectives < len(words) - 1 and _is_e_adjective(words[adjectives]):
        adjectives += 1
    if not adjectives:
        return None
    return " ".join([w + "n" for w in words[:adjectives]] + words[adjectives:])


def _is_e_adjective(word: str) -> bool:
    return word[:1].isupper() and word.endswith(GERMAN_ADJECTIVE_E_ENDINGS)


def misc_rows(language: str) -> Iterator[dict[str, object]]:
    for name in (n.replace("_", " ") for n in MISC_NAMES[language].split()):
        yield {"text": name, "label": "MISC", "canonical": name, "type": "other"}


def organisation_rows(language: str) -> Iterator[dict[str, object]]:
    yield from more_organisation_rows(language)
    for key, kind, code, canon_de, forms_de, canon_en, forms_en in ORGANISATIONS:
        canonical, forms = (canon_de, forms_de) if language == "de" else (canon_en, forms_en)
        row: dict[str, object] = {"label": "ORG", "canonical": canonical, "type": kind, "key": key}
        if code:
            row["country"] = country_label(language, code)
            row["code"] = code
        if code is None and kind == "government body":
            row["generic"] = True
        for form in dict.fromkeys(forms):
            if key in COMMON_NOUN_BODIES and not form.isupper():
                row["institution"] = True
            yield {"text": form, **row}
            genitive = german_genitive(form) if language == "de" else None
            if genitive and " " not in form and kind in {"government body", "company"}:
                yield {"text": genitive, **row, "inflected": True}


def adjective_rows(language: str) -> Iterator[dict[str, str]]:
    for stem, code in ADJECTIVES[language].items():
        country = country_label(language, code)
        if language == "de":
            for ending in GERMAN_ADJ_ENDINGS:
                yield {"text": stem + ending, "country": country, "code": code}
                if stem[0].islower():  # capitalised at sentence start and in names
                    yield {
                        "text": stem[0].upper() + stem[1:] + ending,
                        "country": country,
                        "code": code,
                    }
        else:
            yield {"text": stem, "country": country, "code": code}


def compound_rows(language: str) -> Iterator[dict[str, str]]:
    org_labels = {
        key: (cde if language == "de" else cen, kind)
        for key, kind, _c, cde, _fd, cen, _fe in ORGANISATIONS
    }
    for prefix, target in COMPOUND_PREFIXES.items():
        if target is None:
            continue
        if target.startswith(("org:", "gov:")):
            key = target.split(":", 1)[1]
            key = "KREML" if key == "KREML" else key
            label, kind = org_labels[key]
            yield {"text": prefix, "canonical": label, "kind": "organisation", "type": kind}
        else:
            label = country_label(language, target)
            yield {
                "text": prefix,
                "canonical": label,
                "kind": "place",
                "type": "country",
                "code": target,
            }


def german_role_forms(base: str, declension: str) -> list[str]:
    if declension == "weak":
        return [base, base + "en"]
    if declension == "strong":
        return [base, base + "s", base + "n"] if base.endswith("er") else [base, base + "s"]
    if declension == "adj":
        stem = base[:-2] if base.endswith("er") else base[:-1]
        return [stem + "e", stem + "er", stem + "en"]
    return [base]


# Titles that name their country themselves ("Bundeskanzler", "Kremlsprecher").
ROLE_COUNTRIES = {
    "Bundeskanzler": "DE",
    "Bundeskanzlerin": "DE",
    "Bundespräsident": "DE",
    "Bundespräsidentin": "DE",
    "Kremlsprecher": "RU",
    "Kremlchef": "RU",
    "Kremlin spokesman": "RU",
}


def role_rows(language: str) -> Iterator[dict[str, str]]:
    if language == "de":
        for base, kind, declension in ROLES_DE:
            extra = (
                {"country": country_label(language, ROLE_COUNTRIES[base])}
                if base in ROLE_COUNTRIES
                else {}
            )
            for form in german_role_forms(base, declension):
                yield {"text": form, "base": base, "kind": kind, **extra}
    else:
        for base, kind in ROLES_EN:
            extra = (
                {"country": country_label(language, ROLE_COUNTRIES[base])}
                if base in ROLE_COUNTRIES
                else {}
            )
            yield {"text": base, "base": base, "kind": kind, **extra}
            if kind != "honorific" and base.lower() != base:  # "the secretary-general of"
                yield {"text": base.lower(), "base": base.lower(), "kind": kind, **extra}


def _tagged_tokens(corpus: str) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, BIO tag) from a training corpus (never GermEval dev)."""
    germeval_train = SHARED_NLP / "germeval2014" / "test.tsv"
    if corpus == "germeval" and germeval_train.exists():
        sentence: list[tuple[str, str]] = []
        for line in germeval_train.read_text("utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) > 2 and not line.startswith("#"):
                sentence.append((columns[1], columns[2]))
            elif sentence:
                yield sentence
                sentence = []
        if sentence:
            yield sentence
    for path in sorted((SHARED_NLP / "europeana").glob("*.bio")) if corpus == "europeana" else []:
        pairs = [tuple(line.split(" ")) for line in path.read_text("utf-8").splitlines()]
        yield [(p[0], p[1]) for p in pairs if len(p) == 2]


def mined_first_names(corpus: str) -> dict[str, tuple[int, int]]:
    """Token → (times it opens a multi-token person name, times it occurs capitalised)."""
    opens: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for sentence in _tagged_tokens(corpus):
        for (word, tag), (_next, next_tag) in itertools.pairwise([*sentence, ("", "O")]):
            if word[:1].isupper():
                seen[word] += 1
            if tag == "B-PER" and next_tag == "I-PER":
                opens[word] += 1
    return {word: (count, seen[word]) for word, count in opens.items()}


def first_names() -> list[str]:
    """Curated names plus tokens that mostly open a person's name in the training data."""
    names = set(CURATED_FIRST_NAMES.split())
    # Europeana is OCR text: its names must recur to count.
    mined = [(n, c, 1) for n, c in mined_first_names("germeval").items()]
    mined += [(n, c, 3) for n, c in mined_first_names("europeana").items()]
    for name, (opens, seen), minimum in mined:
        if (
            opens >= minimum
            and opens / max(seen, 1) >= 0.5
            and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+(-[A-Z][a-zäöüß]+)?", name)
            and name not in NOT_FIRST_NAMES
            and len(name) > 2
        ):
            names.add(name)
    return sorted(names)


def write_jsonl(path: Path, rows: Iterable[dict[str, object]] | Iterable[dict[str, str]]) -> int:
    unique = {json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in sorted(unique)), encoding="utf-8")
    return len(unique)


def main() -> int:
    for language in LANGUAGES:
        counts = {
            "places": write_jsonl(
                GAZ_DIR / f"places_{language}.jsonl",
                [*more_place_rows(language), *place_rows(language)],
            ),
            "organisations": write_jsonl(
                GAZ_DIR / f"organisations_{language}.jsonl", organisation_rows(language)
            ),
            "misc": write_jsonl(GAZ_DIR / f"misc_{language}.jsonl", misc_rows(language)),
            "adjectives": write_jsonl(
                GAZ_DIR / f"adjectives_{language}.jsonl", adjective_rows(language)
            ),
            "compounds": write_jsonl(
                GAZ_DIR / f"compound_prefixes_{language}.jsonl", compound_rows(language)
            ),
            "roles": write_jsonl(NLP_DIR / f"roles_{language}.jsonl", role_rows(language)),
        }
        modifiers = ROLE_MODIFIERS_DE if language == "de" else ROLE_MODIFIERS_EN
        (NLP_DIR / f"role_modifiers_{language}.txt").write_text(
            "".join(m + "\n" for m in modifiers), encoding="utf-8"
        )
        print(language, counts)
    names = first_names()
    (NLP_DIR / "first_names.txt").write_text("".join(n + "\n" for n in names), encoding="utf-8")
    print("first names", len(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
