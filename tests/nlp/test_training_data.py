"""Converters that turn the German NER corpora into training examples."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy

from desktop.nlp.training import europeana, germeval, silver, smartdata
from desktop.nlp.training.corpus import AnnotatedText, EntitySpan
from desktop.nlp.training.docbin import to_doc

GERMEVAL_TSV = """#\thttp://www.welt.de/politik/article1.html\t[2009-10-17]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\t(\tO\tO
4\tCDU\tB-ORG\tO
5\t)\tO\tO
6\tlobt\tO\tO
7\tdie\tO\tO
8\tdeutsche\tB-LOCderiv\tO
9\tSPD-Fraktion\tB-ORGpart\tO
10\tin\tO\tO
11\t"\tO\tO
12\tDie\tB-OTH\tO
13\tZeit\tI-OTH\tB-ORG
14\t"\tO\tO
15\t.\tO\tO

#\thttp://de.wikipedia.org/wiki/Bonn\t[2009-08-13]
1\tBonn\tB-LOC\tO
2\tliegt\tO\tO
3\tam\tO\tO
4\tRhein\tB-LOC\tO
5\t.\tO\tO
"""


def entity_texts(item: AnnotatedText) -> list[tuple[str, str]]:
    return [(item.text[e.start : e.end], e.label) for e in item.entities]


def test_germeval_rebuilds_text_and_keeps_outer_entities(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(GERMEVAL_TSV, encoding="utf-8")

    first, second = germeval.read_annotated(path)

    assert first.text == 'Angela Merkel (CDU) lobt die deutsche SPD-Fraktion in "Die Zeit".'
    # deriv/part tags are dropped, OTH becomes MISC, the inner ORG is ignored.
    assert entity_texts(first) == [
        ("Angela Merkel", "PER"),
        ("CDU", "ORG"),
        ("Die Zeit", "MISC"),
    ]
    assert entity_texts(second) == [("Bonn", "LOC"), ("Rhein", "LOC")]


def test_germeval_tells_news_sites_from_wikipedia(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text(GERMEVAL_TSV, encoding="utf-8")

    news, wiki = germeval.read_sentences(path)

    assert news.is_news and not wiki.is_news


def test_bio_span_starting_with_inside_tag_is_kept() -> None:
    spans = germeval.outer_spans(["O", "I-PER", "I-PER", "B-PER"], {"PER": "PER"})

    assert spans == [(1, 3, "PER"), (3, 4, "PER")]


def write_smartdata(path: Path, documents: list[dict[str, object]]) -> None:
    # The real files are pretty-printed JSON objects one after another, not a list.
    payload = "\n".join(json.dumps(document, indent=2) for document in documents)
    path.write_bytes(gzip.compress(payload.encode("utf-8")))


def mention(start: int, end: int, kind: str) -> dict[str, object]:
    return {"span": {"start": start, "end": end}, "type": kind}


def test_smartdata_keeps_people_organisations_and_places(tmp_path: Path) -> None:
    text = "Bahnchef Richard Lutz sagte in Berlin Hbf, die deutsche Bahn AG fahre."
    document = {
        "text": {"string": text},
        "uri": {"string": "https://example.org/a"},
        "conceptMentions": {
            "array": [
                mention(0, 8, "org-position"),
                mention(9, 21, "person"),
                mention(31, 41, "location-stop"),
                mention(47, 55, "location"),
                mention(56, 63, "organization-company"),
            ]
        },
    }
    path = tmp_path / "v1_train.json.gz"
    write_smartdata(path, [document, document])

    items = smartdata.read_annotated(path)

    assert len(items) == 2
    assert entity_texts(items[0]) == [
        ("Richard Lutz", "PER"),
        ("Berlin Hbf", "LOC"),
        ("Bahn AG", "ORG"),
    ]


def test_smartdata_place_adjective_is_unsure_not_a_place(tmp_path: Path) -> None:
    text = "Die Berliner Polizei sucht in Berlin."
    document = {
        "text": {"string": text},
        "conceptMentions": {"array": [mention(4, 12, "location"), mention(30, 36, "location")]},
    }
    path = tmp_path / "v1_test.json.gz"
    write_smartdata(path, [document])

    (item,) = smartdata.read_annotated(path)

    assert entity_texts(item) == [("Berlin", "LOC")]
    assert [text[e.start : e.end] for e in item.unsure] == ["Berliner"]
    doc = to_doc(spacy.blank("de"), item)
    assert doc[1].ent_iob_ == ""  # "Berliner": no signal either way


def test_smartdata_overlapping_mentions_keep_the_longest() -> None:
    entities = [EntitySpan(0, 6, "ORG"), EntitySpan(0, 14, "ORG"), EntitySpan(7, 14, "LOC")]

    assert smartdata.drop_overlaps(entities) == [EntitySpan(0, 14, "ORG")]


def test_europeana_cuts_sentences_and_reads_odd_case_tags(tmp_path: Path) -> None:
    path = tmp_path / "enp_DE.test.bio"
    path.write_text(
        "# file: F_1\nKaiser O\nWilhelm B-PEr\nreiste O\nnach O\nWien B-LOC\n. O\nDann O\n. O\n",
        encoding="utf-8",
    )

    items = europeana.read_annotated(path)

    assert [item.text for item in items] == ["Kaiser Wilhelm reiste nach Wien.", "Dann."]
    assert entity_texts(items[0]) == [("Wilhelm", "PER"), ("Wien", "LOC")]


def test_span_the_tokenizer_cannot_align_is_missing_not_outside() -> None:
    nlp = spacy.blank("de")
    # "Bahn" alone ends inside the token "Bahnchef": unalignable.
    item = AnnotatedText("Der Bahnchef Lutz.", (EntitySpan(4, 8, "ORG"), EntitySpan(13, 17, "PER")))

    doc = to_doc(nlp, item)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Lutz", "PER")]
    assert doc[1].ent_iob_ == ""  # missing: no training signal either way
    assert doc[0].ent_iob_ == "O"


def test_whitespace_around_or_inside_a_span_never_reaches_the_ner() -> None:
    nlp = spacy.blank("de")
    text = "Die\xa0Audi AG\xa0und Karl\nMarkovics."
    item = AnnotatedText(text, (EntitySpan(3, 12, "ORG"), EntitySpan(17, 31, "PER")))

    doc = to_doc(nlp, item)

    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Audi AG", "ORG")]
    assert all(token.ent_iob_ == "" for token in doc if token.text in {"Karl", "Markovics"})


def labelled_article(text: str, ents: list[tuple[str, str]]) -> spacy.tokens.Doc:
    """A blank-German doc with sentences and the given (text, label) entities set."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


def test_silver_keeps_sentences_with_entities_and_marks_disagreements_unsure() -> None:
    text = (
        "Kanzler Olaf Scholz reiste am Montag nach Paris. "
        "Das Wetter war dort den ganzen Tag sehr schön. "
        "Laut Krone sprach er mit der ÖVP über Wien."
    )
    doc = labelled_article(text, [("Olaf Scholz", "PER"), ("Paris", "LOC"), ("Wien", "LOC")])
    # The model also tagged "Krone"; the rule layer removed it.
    krone = text.index("Krone")
    model_ents = [(krone, krone + 5, "ORG")]

    items = list(silver.silver_sentences(doc, model_ents))

    assert [item.text for item in items] == [
        "Kanzler Olaf Scholz reiste am Montag nach Paris.",
        "Laut Krone sprach er mit der ÖVP über Wien.",
    ]
    assert entity_texts(items[1]) == [("Wien", "LOC")]
    # A removed model entity and an untagged acronym carry no signal either way.
    assert [items[1].text[e.start : e.end] for e in items[1].unsure] == ["Krone", "ÖVP"]
    doc = to_doc(spacy.blank("de"), items[1])
    assert {t.text: t.ent_iob_ for t in doc}["ÖVP"] == ""
    assert {t.text: t.ent_iob_ for t in doc}["sprach"] == "O"


def test_silver_jsonl_round_trip(tmp_path: Path) -> None:
    item = AnnotatedText(
        "Laut Krone sprach Nehammer.",
        (EntitySpan(18, 26, "PER"),),
        source="silver",
        unsure=(EntitySpan(5, 10, "ORG"),),
    )
    path = tmp_path / "silver.jsonl"

    assert silver.write_jsonl([item, item], path) == 2
    assert silver.read_jsonl(path) == [item, item]
