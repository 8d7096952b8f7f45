"""A small stopword-frequency language guesser (no network, no model)."""

from __future__ import annotations

import re

from desktop.ingest.rules import stopwords

UNDETERMINED = "und"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_HITS = 2
_MIN_SHARE = 0.08  # running text in a language is ≥ 8 % its function words
_SAMPLE_CHARS = 20_000


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language whose function words ``text`` uses most, else "und"."""
    words = [word.lower() for word in _WORD.findall(text[:_SAMPLE_CHARS])]
    if not words:
        return UNDETERMINED
    scores = {code: sum(word in lexicon for word in words) for code, lexicon in stopwords().items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_code, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < _MIN_HITS or best_hits / len(words) < _MIN_SHARE or best_hits == runner_up:
        return UNDETERMINED
    return best_code
