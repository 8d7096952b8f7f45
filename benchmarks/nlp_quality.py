"""German NER quality on the held-out GermEval 2014 dev set (prints, never asserts).

Scores exact character span + label, per label (PER, ORG, LOC), overall over those three,
and MISC apart, for all sentences and for news-site sentences alone (source URL not a
Wikipedia). Evaluates (a) the bare shipped model and (b) the full Factsheet German
pipeline (gazetteer and name-pattern corrections) when ``desktop.nlp.pipelines`` exists.

    .venv/bin/python benchmarks/nlp_quality.py [--model PATH] [--germeval-dev PATH]

English NER is scored on the seed gold and fixtures only (no licence-compatible English
NER text ships with the installed packages).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import config
from desktop.config import resource
from desktop.nlp.training.germeval import read_sentences, to_annotated

CORE_LABELS = ("PER", "ORG", "LOC")
DEFAULT_DEV = config.shared_dir() / "nlp" / "germeval2014" / "dev.tsv"

Entity = tuple[int, int, str]


@dataclass(frozen=True)
class GoldSentence:
    text: str
    entities: frozenset[Entity]
    is_news: bool


@dataclass
class Tally:
    true_pos: Counter[str]
    predicted: Counter[str]
    gold: Counter[str]

    @classmethod
    def empty(cls) -> Tally:
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: frozenset[Entity], predicted: frozenset[Entity]) -> None:
        self.true_pos.update(label for _, _, label in gold & predicted)
        self.predicted.update(label for _, _, label in predicted)
        self.gold.update(label for _, _, label in gold)

    def prf(self, labels: Sequence[str]) -> tuple[float, float, float]:
        tp = sum(self.true_pos[label] for label in labels)
        n_pred = sum(self.predicted[label] for label in labels)
        n_gold = sum(self.gold[label] for label in labels)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def load_gold(path: Path) -> list[GoldSentence]:
    gold = []
    for sentence in read_sentences(path):
        annotated = to_annotated(sentence)
        entities = frozenset((e.start, e.end, e.label) for e in annotated.entities)
        gold.append(GoldSentence(annotated.text, entities, sentence.is_news))
    return gold


def predict(nlp: Any, texts: Iterable[str]) -> list[frozenset[Entity]]:
    return [
        frozenset((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)
        for doc in nlp.pipe(texts, batch_size=256)
    ]


def report(title: str, nlp: Any, gold: list[GoldSentence]) -> None:
    started = time.perf_counter()
    predictions = predict(nlp, (sentence.text for sentence in gold))
    seconds = time.perf_counter() - started
    subsets = {"all": Tally.empty(), "news": Tally.empty()}
    for sentence, predicted in zip(gold, predictions, strict=True):
        subsets["all"].add(sentence.entities, predicted)
        if sentence.is_news:
            subsets["news"].add(sentence.entities, predicted)
    news_count = sum(sentence.is_news for sentence in gold)
    print(f"\n== {title}: {len(gold)} sentences ({news_count} news-site), {seconds:.1f} s")
    print(f"{'subset':<6} {'label':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    rows: list[tuple[str, Sequence[str]]] = [(label, (label,)) for label in CORE_LABELS]
    rows += [("PER+ORG+LOC", CORE_LABELS), ("MISC", ("MISC",))]
    for subset, tally in subsets.items():
        for name, labels in rows:
            precision, recall, f1 = tally.prf(labels)
            n_gold = sum(tally.gold[label] for label in labels)
            print(f"{subset:<6} {name:<16} {precision:6.3f} {recall:6.3f} {f1:6.3f} {n_gold:6d}")


def load_full_pipeline() -> Any | None:
    try:
        from desktop.nlp.pipelines import load_pipeline  # type: ignore[import-not-found,unused-ignore]
    except ImportError as error:
        print(f"\nfull pipeline: not available ({error})")
        return None
    return load_pipeline("de")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=resource("models", "de_factsheet_ner"))
    parser.add_argument("--germeval-dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args(argv)
    if not args.germeval_dev.exists():
        print(f"GermEval dev set not found at {args.germeval_dev}: nothing to score")
        return
    import spacy

    gold = load_gold(args.germeval_dev)
    model = spacy.load(args.model)
    print(f"model: {args.model} ({model.meta['name']} {model.meta['version']})")
    report("bare model", model, gold)
    full = load_full_pipeline()
    if full is not None:
        report("full Factsheet German pipeline", full, gold)


if __name__ == "__main__":
    main()
