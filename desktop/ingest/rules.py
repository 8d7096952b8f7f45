"""Rule data for ingest, loaded once from ``resources/ingest`` (patterns live there, not here)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.config import resource

_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class WireRules:
    """Compiled cleanup rules for wire copy and news-site text."""

    agency_aliases: dict[str, str]  # lower-case alias -> canonical agency name
    byline_prefixes: tuple[str, ...]
    name_connectors: frozenset[str]
    header_noise: tuple[re.Pattern[str], ...]
    date_line_prefixes: tuple[str, ...]
    cut_from_paragraph: tuple[re.Pattern[str], ...]
    drop_paragraph: tuple[re.Pattern[str], ...]
    credit_paragraph: tuple[re.Pattern[str], ...]
    credit_tail: re.Pattern[str]
    signature_tokens: frozenset[str]

    def canonical_agency(self, text: str) -> str | None:
        return self.agency_aliases.get(text.strip().lower())


def _load_json(name: str) -> dict[str, Any]:
    with resource("ingest", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _compile_all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, _FLAGS) for pattern in patterns)


@cache
def wire_rules() -> WireRules:
    data = _load_json("wire.json")
    aliases = {
        alias.lower(): canonical
        for canonical, names in data["agencies"].items()
        for alias in [canonical, *names]
    }
    return WireRules(
        agency_aliases=aliases,
        byline_prefixes=tuple(data["byline_prefixes"]),
        name_connectors=frozenset(word.lower() for word in data["name_connectors"]),
        header_noise=_compile_all(data["header_noise"]),
        date_line_prefixes=tuple(data["date_line_prefixes"]),
        cut_from_paragraph=_compile_all(data["cut_from_paragraph"]),
        drop_paragraph=_compile_all(data["drop_paragraph"]),
        credit_paragraph=_compile_all(data["credit_paragraph"]),
        credit_tail=re.compile(data["credit_tail"], _FLAGS),
        signature_tokens=frozenset(token.lower() for token in data["signature_tokens"]),
    )


@cache
def month_names() -> dict[str, int]:
    """Lower-case month name or abbreviation -> month number (German, English, …)."""
    data = _load_json("dates.json")
    return {name: int(number) for number, names in data["months"].items() for name in names}


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """ISO language code -> its function words, from ``resources/ingest/stopwords/*.txt``."""
    folder = resource("ingest", "stopwords")
    lists: dict[str, frozenset[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        words = {line.strip().lower() for line in lines if line.strip()}
        lists[path.stem] = frozenset(word for word in words if not word.startswith("#"))
    return lists


@cache
def date_line_words() -> frozenset[str]:
    """Words that may stand beside a date in a header line (weekdays, "Stand", "Uhr", …)."""
    return frozenset(word.lower() for word in _load_json("dates.json")["date_line_words"])


@dataclass(frozen=True)
class PdfRules:
    page_number_lines: tuple[re.Pattern[str], ...]
    keep_hyphen_before: frozenset[str]


@cache
def pdf_rules() -> PdfRules:
    data = _load_json("pdf.json")
    return PdfRules(
        page_number_lines=_compile_all(data["page_number_lines"]),
        keep_hyphen_before=frozenset(word.lower() for word in data["keep_hyphen_before"]),
    )
