"""Silver NER labels: the full Factsheet German pipeline labels unannotated news articles.

``python -m desktop.nlp.training.silver [--corpus JSONL] [--out JSONL]``

Each article of the corpus (JSON lines with a ``text`` field) goes through the whole
pipeline of ``desktop.nlp.pipelines.load_pipeline("de")`` — the shipped model *and* the
gazetteer/name-pattern layers — so document-level rules (surname propagation, consistent
labels) see the full article. The article is then cut into its sentences:

- the pipeline's final entities become silver entities;
- a model entity the rule layers removed is a disagreement: its tokens become *unsure*
  (no training signal), so neither side teaches the student;
- an unlabelled token with two or more capitals (``GPA-djp``, ``ÖVP``, ``McKinsey``) is
  likely a name the teacher missed: *unsure* too, rather than teaching "no entity";
- sentences without any entity, very short or very long ones, and sentences an entity
  crosses are dropped (they carry little or untrustworthy signal).

The silver file stays in the git-ignored ``training-data/`` folder: the corpus text
(CC BY-NC-SA) must never be copied into ``resources/``.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import config
from desktop.nlp.training.corpus import LABELS, AnnotatedText, EntitySpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = config.shared_dir() / "corpus" / "gnad_de_1028.jsonl"
DEFAULT_OUT = REPO_ROOT / "training-data" / "silver.jsonl"
# The statistical layers end here; everything after it is the rule layer.
LAST_MODEL_COMPONENT = "factsheet_label_map"
MIN_TOKENS, MAX_TOKENS = 5, 80

Offsets = tuple[int, int, str]


def read_articles(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield str(json.loads(line)["text"])


def label_article(nlp: Language, text: str) -> list[AnnotatedText]:
    """Run the pipeline component by component, remembering the model's own entities."""
    doc = nlp.make_doc(text)
    model_ents: list[Offsets] = []
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == LAST_MODEL_COMPONENT:
            model_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return list(silver_sentences(doc, model_ents))


def silver_sentences(doc: Doc, model_ents: Iterable[Offsets]) -> Iterator[AnnotatedText]:
    """The confident sentences of a labelled article (see the module docstring)."""
    final = [e for e in doc.ents if e.label_ in LABELS]
    removed = [m for m in model_ents if not any(_overlaps(m, e) for e in final)]
    for sentence in doc.sents:
        if not MIN_TOKENS <= len(sentence) <= MAX_TOKENS:
            continue
        inside = [e for e in final if sentence.start <= e.start and e.end <= sentence.end]
        if not inside or any(_crosses(e, sentence) for e in final):
            continue
        yield _annotated(sentence, inside, removed)


def _annotated(sentence: Span, ents: list[Span], removed: list[Offsets]) -> AnnotatedText:
    base = sentence.start_char
    entities = tuple(EntitySpan(e.start_char - base, e.end_char - base, e.label_) for e in ents)
    unsure = [
        EntitySpan(start - base, end - base, label)
        for start, end, label in removed
        if sentence.start_char <= start and end <= sentence.end_char
    ]
    labelled = {i for e in ents for i in range(e.start, e.end)}
    unsure += [
        EntitySpan(t.idx - base, t.idx + len(t) - base, "MISC")
        for t in sentence
        if t.i not in labelled and _looks_like_name(t.text)
    ]
    return AnnotatedText(sentence.text, entities, source="silver", unsure=tuple(unsure))


def _looks_like_name(word: str) -> bool:
    return sum(char.isupper() for char in word) >= 2


def _overlaps(model: Offsets, ent: Span) -> bool:
    return model[0] < ent.end_char and ent.start_char < model[1]


def _crosses(ent: Span, sentence: Span) -> bool:
    return (
        ent.start < sentence.end
        and sentence.start < ent.end
        and not (sentence.start <= ent.start and ent.end <= sentence.end)
    )


def write_jsonl(items: Iterable[AnnotatedText], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            record = {
                "text": item.text,
                "entities": [[e.start, e.end, e.label] for e in item.entities],
                "unsure": [[e.start, e.end, e.label] for e in item.unsure],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> list[AnnotatedText]:
    items = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            items.append(
                AnnotatedText(
                    record["text"],
                    tuple(EntitySpan(*e) for e in record["entities"]),
                    source="silver",
                    unsure=tuple(EntitySpan(*e) for e in record["unsure"]),
                )
            )
    return items


def build(corpus: Path, out: Path) -> int:
    """Label ``corpus`` with the current German pipeline and write the silver JSONL."""
    from desktop.nlp.pipelines import load_pipeline

    nlp = load_pipeline("de")
    items = (item for text in read_articles(corpus) for item in label_article(nlp, text))
    count = write_jsonl(items, out)
    log.info("wrote %s: %d silver sentences", out, count)
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    build(args.corpus, args.out)


if __name__ == "__main__":
    main()
