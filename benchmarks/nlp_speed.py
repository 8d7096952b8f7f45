"""Speed of fact extraction next to the bare NER pipeline (prints, never asserts).

For German: words/s of ``desktop.nlp.extract`` (statistical NER, gazetteer and name rules,
entity resolution, dates, sanctions, sources) against the bare statistical pipeline of
the same language (``spacy.load`` of the shipped or installed model, nothing of ours) on
articles of ``../shared/corpus/gnad_de_1028.jsonl``; the same for English on the
English story fixtures. Also the load time of each pipeline. Goal: full ≥ 0.5× bare.

    .venv/bin/python benchmarks/nlp_speed.py [--corpus PATH] [--articles N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop import config

DEFAULT_CORPUS = config.shared_dir() / "corpus" / "gnad_de_1028.jsonl"
STORIES = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "stories"


def german_texts(corpus: Path, articles: int) -> list[str]:
    lines = corpus.read_text("utf-8").splitlines()[:articles]
    return [json.loads(line)["text"] for line in lines if line.strip()]


def english_texts(repeat: int) -> list[str]:
    stories = [p.read_text("utf-8") for p in sorted(STORIES.glob("*_en_*.txt"))]
    return stories * repeat


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def bare_pipeline(language: str) -> Any:
    """The statistical pipeline the Factsheet pipeline is built on, without our layers."""
    import spacy

    from desktop.nlp.pipelines import statistical_model

    model = statistical_model(language)
    return spacy.load(model) if model is not None else spacy.blank(language)


def best_words_per_second(
    runs: dict[str, Callable[[], object]], words: int, rounds: int
) -> dict[str, float]:
    """Best of ``rounds`` interleaved runs each: the machine is shared, and the fastest
    run is the least disturbed; interleaving spreads other users' load over both."""
    best = dict.fromkeys(runs, 0.0)
    for _ in range(rounds):
        for name, run in runs.items():
            best[name] = max(best[name], words / timed(run)[1])
    return best


def measure(language: str, texts: Sequence[str], rounds: int) -> None:
    import spacy  # noqa: F401  (imported before timing: both loads share its cost)

    import desktop.nlp.components  # noqa: F401
    from desktop.nlp import extract
    from desktop.nlp.pipelines import load_pipeline

    _full, full_load = timed(lambda: load_pipeline(language))
    bare, bare_load = timed(lambda: bare_pipeline(language))
    extract(texts[0], language)  # warm-up: rule data and lookup tables load on first use
    words = sum(len(t.split()) for t in texts)
    best = best_words_per_second(
        {
            "bare": lambda: [bare(t) for t in texts],
            "full": lambda: [extract(t, language) for t in texts],
        },
        words,
        rounds,
    )
    bare_wps, full_wps = best["bare"], best["full"]
    print(f"\n== {language}: {len(texts)} articles, {words} words, best of {rounds} runs")
    print(f"load   bare {bare_load:6.2f} s   full pipeline {full_load:6.2f} s")
    print(f"speed  bare {bare_wps:8.0f} words/s   extract() {full_wps:8.0f} words/s")
    print(f"ratio  extract / bare = {full_wps / bare_wps:.2f} (goal ≥ 0.50)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if args.corpus.exists():
        measure("de", german_texts(args.corpus, args.articles), args.rounds)
    else:
        print(f"corpus not found at {args.corpus}: German speed not measured")
    measure("en", english_texts(repeat=20), args.rounds)


if __name__ == "__main__":
    main()
