"""Pipeline choice, caching, sentence boundaries and the rule layers' labels."""

from __future__ import annotations

import threading

from spacy.language import Language

from desktop.nlp import pipelines
from desktop.nlp.pipelines import available_pipelines, is_limited, load_pipeline, pipeline_info

NAMED = {"PER", "ORG", "LOC", "MISC"}


def test_pipeline_is_built_once_and_shared_across_threads(nlp_de: Language) -> None:
    seen: list[Language] = []
    threads = [threading.Thread(target=lambda: seen.append(load_pipeline("de"))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(nlp is nlp_de for nlp in seen)
    assert load_pipeline("de-AT") is nlp_de


def test_english_uses_the_statistical_pipeline(nlp_en: Language) -> None:
    info = pipeline_info("en")
    assert info.statistical and info.name.startswith("en_core_web")
    assert not is_limited("en")
    assert "ner" in nlp_en.pipe_names


def test_unknown_language_gets_rule_layers_and_sentences() -> None:
    assert is_limited("fi")
    nlp = load_pipeline("fi")
    doc = nlp("NATO kokoontui Brysselissä. Reuters kertoi asiasta.")
    assert len(list(doc.sents)) == 2
    assert ("NATO", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert not pipeline_info("fi").statistical


def test_available_pipelines_lists_both_languages() -> None:
    assert [info.language for info in available_pipelines()] == list(pipelines.SUPPORTED)


def test_german_labels_and_sentences(nlp_de: Language) -> None:
    doc = nlp_de(
        "Präsident Wladimir Putin traf den Vorsitzenden der OPEC in Moskau. Putins Sprecher "
        "schwieg. Die Regierung in Washington äußerte sich nicht."
    )
    assert len(list(doc.sents)) == 3
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {
        ("Wladimir Putin", "PER"),
        ("Putins", "PER"),
        ("OPEC", "ORG"),
        ("Moskau", "LOC"),
        ("Washington", "LOC"),
    } <= ents
    assert {e.label_ for e in doc.ents} <= NAMED
    assert not any(e.text in {"Die", "Regierung", "Präsident"} for e in doc.ents)


def test_genitives_and_compounds(nlp_de: Language) -> None:
    doc = nlp_de("Russlands Energielieferungen und Venezuelas Ölsektor trafen US-Sanktionen.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Russlands", "LOC"), ("Venezuelas", "LOC")} <= ents
    assert not any(e.text == "US-Sanktionen" for e in doc.ents)


def test_english_labels_are_mapped_and_titles_are_not_entities(nlp_en: Language) -> None:
    doc = nlp_en(
        "Secretary of State Antony Blinken met Russian officials in the United States on Monday."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Antony Blinken", "PER") in ents
    assert ("United States", "LOC") in ents
    assert not any(e.text == "State" for e in doc.ents)
    assert {e.label_ for e in doc.ents} - NAMED <= {"DATE", "TIME", "CARDINAL", "ORDINAL"}


def test_document_keeps_one_label_per_name(nlp_de: Language) -> None:
    doc = nlp_de(
        "Der Konzern Gazprom lieferte weniger Gas. Gazprom nannte technische Gründe. "
        "Oppositionsführer Alexej Nawalny kritisierte das. Nawalny sitzt in Haft."
    )
    labels = {}
    for ent in doc.ents:
        labels.setdefault(ent.text, set()).add(ent.label_)
    assert labels["Gazprom"] == {"ORG"}
    assert labels["Nawalny"] == {"PER"}
    assert sum(1 for e in doc.ents if e.text == "Gazprom") == 2


def test_institutions_named_by_common_nouns_stay_out_of_named_entities(nlp_de: Language) -> None:
    doc = nlp_de("Die Bundesregierung und das Außenministerium schwiegen, der Kreml nicht.")
    assert {e.text for e in doc.ents} == {"Kreml"}
    assert {s.text for s in doc.spans["factsheet_institutions"]} == {
        "Bundesregierung",
        "Außenministerium",
    }


def test_german_federal_institutions_and_sports_clubs(nlp_de: Language) -> None:
    doc = nlp_de(
        "Das Bundeskartellamt und das Bundesamt für Gesundheit prüfen den Wechsel vom "
        "VfL Osnabrück zum 1. FC Köln."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Bundeskartellamt", "ORG"), ("Bundesamt für Gesundheit", "ORG")} <= ents
    assert {("VfL Osnabrück", "ORG"), ("1. FC Köln", "ORG")} <= ents


def test_german_pipeline_info_names_the_shipped_model_when_present() -> None:
    info = pipeline_info("de")
    if pipelines.config.resource("models", "de_factsheet_ner", "meta.json").exists():
        assert (info.name, info.statistical) == ("de_factsheet_ner", True)
        assert not is_limited("de")
    else:
        assert not info.statistical and is_limited("de")
