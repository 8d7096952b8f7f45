"""Date expressions (German and English) with normalised values.

Every occurrence of a date expression becomes its own DATE card: the same words in two
sentences usually date two different events, and the card's ``event`` is its sentence.
The expression grammar lives in ``resources/nlp/dates_<lang>.json``; this module turns
matches into *parts* (year, month, day, weekday, relative offset…) and the parts into a
value. Keeping the parts in the card lets :func:`renormalise_date` recompute the value
when the user sets or corrects the article's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from desktop.domain import CardDraft, FactKind, Span
from desktop.nlp.cues import (
    alternation,
    doc_text,
    rules_for,
    sentence_bounds,
    sentence_containing,
    trim,
)

_PLACEHOLDER = re.compile(r"<<(\w+)>>")
_WORD_AFTER = re.compile(r"\s+(\S+)")
# English NER labels that say a four-digit number is a count, not a year.
_NUMERIC_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Fixed English names: calendar.day_name follows the process locale, values must not.
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MAX_AGO = 100  # "vor 8000 Jahren" is history, not a date of the story
_YEARS = range(1000, 3000)  # plausible four-digit years of news


@dataclass(frozen=True)
class DateRules:
    language: str
    patterns: tuple[re.Pattern[str], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    vocab: dict[str, Any]


@lru_cache(maxsize=8)
def _rules(language: str) -> DateRules | None:
    data = rules_for("dates", language)
    if not data:
        return None

    def expand(match: re.Match[str]) -> str:
        return f"(?:{alternation(data[match.group(1)])})"

    # Every expression starts a word; saying so first lets the scan skip word interiors.
    patterns = tuple(
        re.compile(rf"(?<!\w)(?:{_PLACEHOLDER.sub(expand, p)})") for p in data["patterns"]
    )
    future = re.compile(rf"\b(?:{alternation(data['future_markers'])})\b")
    past = re.compile(rf"\b(?:{alternation(data['past_markers'])})\b")
    return DateRules(language, patterns, future, past, data)


def find_dates(doc: Doc, language: str, published_on: dt.date | None) -> list[CardDraft]:
    """One DATE card per date expression in ``doc``, in text order."""
    rules = _rules(language)
    if rules is None:
        return []
    text = doc_text(doc)
    bounds = sentence_bounds(doc)
    cards = []
    for match_start, match_end, found_parts in _matches(doc, rules):
        start, end = trim(text, match_start, match_end, " \t\r\n,")
        sent_start, sent_end = sentence_containing(bounds, start, end)
        sent_start, sent_end = trim(text, sent_start, sent_end, " \t\r\n")
        parts = found_parts
        if _about_the_future(text, sent_start, sent_end, rules):
            parts = _looking_ahead(parts)
        attributes: dict[str, Any] = {
            "text": text[start:end],
            "parts": parts,
            "event": text[sent_start:sent_end],
            "sentence_start": sent_start,
            "sentence_end": sent_end,
        }
        attributes = renormalise_date(attributes, published_on)
        cards.append(
            CardDraft(
                FactKind.DATE, text[start:end], attributes, (Span(start, end, text[start:end]),)
            )
        )
    return cards


def _about_the_future(text: str, start: int, end: int, rules: DateRules) -> bool:
    """A sentence with a future marker and no past one (``soll … gewesen sein`` is hearsay)."""
    return bool(rules.future.search(text, start, end)) and not rules.past.search(text, start, end)


def _looking_ahead(parts: dict[str, Any]) -> dict[str, Any]:
    """Parts of a date in a sentence about what is to come (``soll``, ``will``)."""
    if parts.get("direction") == "recent":
        return {**parts, "direction": "upcoming"}
    if "month" in parts and "year" not in parts:
        return {**parts, "future": True}
    return parts


def _matches(doc: Doc, rules: DateRules) -> list[tuple[int, int, dict[str, Any]]]:
    """Non-overlapping matches, the longest winning, with their parts."""
    candidates: list[tuple[int, int, re.Match[str]]] = []
    text = doc_text(doc)
    for pattern in rules.patterns:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, match in candidates:
        if any(start < t_end and t_start < end for t_start, t_end, _ in taken):
            continue
        parts = _parts(match, rules)
        if parts is not None and _plausible(doc, match, parts, rules):
            taken.append((start, _without_full_stop(match, rules), parts))
    return sorted(taken, key=lambda t: t[0])


def _without_full_stop(match: re.Match[str], rules: DateRules) -> int:
    """End of the match, leaving out a sentence's full stop after a full month name."""
    month = match.group("month") if "month" in match.re.groupindex else None
    if match.group().endswith(".") and month and month not in rules.vocab["month_abbreviations"]:
        return match.end() - 1
    return match.end()


def _parts(match: re.Match[str], rules: DateRules) -> dict[str, Any] | None:
    """What the expression says, independent of the article's date (None: not a date)."""
    vocab = rules.vocab
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    parts: dict[str, Any] = {}
    if "year" in groups:
        parts["year"] = int(groups["year"])
    if "month" in groups:
        parts["month"] = vocab["months"][groups["month"]]
    if "month_num" in groups:
        parts["month"] = int(groups["month_num"])
    if "day" in groups:
        parts["day"] = int(groups["day"])
    if "weekday" in groups:
        parts["weekday"] = vocab["weekdays"][groups["weekday"]]
        parts["direction"] = vocab["weekday_mods"].get(groups.get("mod", ""), "recent")
    if "part" in groups:
        parts["part"] = vocab["parts"][groups["part"]]
    if "rel" in groups:
        parts["offset"] = {"unit": "day", "amount": vocab["relative_days"][groups["rel"]]}
    if "relmod" in groups:
        unit = vocab["relative_units"][groups["relunit"]]
        parts["offset"] = {"unit": unit, "amount": vocab["relative_mods"][groups["relmod"]]}
    if "agounit" in groups:
        number = groups["num"]
        amount = int(number) if number.isdigit() else vocab["number_words"][number]
        parts["offset"] = {"unit": vocab["ago_units"][groups["agounit"]], "amount": -amount}
    return parts if _valid(parts) else None


def _valid(parts: dict[str, Any]) -> bool:
    month, day = parts.get("month"), parts.get("day")
    if "year" in parts and parts["year"] not in _YEARS:
        return False
    if "offset" in parts and abs(parts["offset"]["amount"]) > _MAX_AGO:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        year = parts.get("year", 2000)  # a leap year: 29 February stays possible
        if month is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return False
    return bool(parts)


def _plausible(doc: Doc, match: re.Match[str], parts: dict[str, Any], rules: DateRules) -> bool:
    """Reject month names and bare numbers that are not dates in their context."""
    groups = match.groupdict()
    context = groups.get("prep") or groups.get("part")
    if set(parts) == {"month"} and not context:
        return False  # "Mai" or "March" alone is too often a name or a noun
    if set(parts) != {"year"} or context:
        return True
    return _bare_year_is_date(doc, match, rules)


def _bare_year_is_date(doc: Doc, match: re.Match[str], rules: DateRules) -> bool:
    start, end = match.span("year")
    ent_type = _ent_type_at(doc, start)
    if ent_type == "DATE":
        return True
    if ent_type in _NUMERIC_ENTS:
        return False
    text = match.string
    before = text[max(0, start - 20) : start].rstrip()
    if any(before.endswith(w) for w in rules.vocab["quantity_words"]):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    if rules.vocab.get("bare_year_reject_next_capitalised") and word[:1].isupper():
        # German nouns are capitalised: "2000 Soldaten" counts soldiers.
        return word.rstrip(".,;:") in rules.vocab["months"]
    return not (word.islower() and word.endswith("s") and len(word) > 3 and ent_type is None)


def _ent_type(doc: Doc, char: int) -> str | None:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None or not len(token):
        return None
    label = token[0].ent_type_
    return label or None


def _ent_type_at(doc: Doc, char: int) -> str | None:
    # Only pipelines with an English-style NER have DATE/CARDINAL labels to consult.
    if not doc.has_annotation("ENT_IOB"):
        return None
    return _ent_type(doc, char)


def renormalise_date(attributes: dict[str, Any], published_on: dt.date | None) -> dict[str, Any]:
    """A copy of a DATE card's attributes with ``value``/``granularity`` recomputed.

    Call it when the article's date becomes known or changes; cards without ``parts``
    (entered by hand) come back unchanged.
    """
    parts = attributes.get("parts")
    if not isinstance(parts, dict):
        return dict(attributes)
    value, granularity, resolved = _normalise(parts, published_on)
    return {**attributes, "value": value, "granularity": granularity, "resolved": resolved}


def _normalise(parts: dict[str, Any], ref: dt.date | None) -> tuple[str, str, bool]:
    if "offset" in parts:
        return _relative(parts["offset"], ref)
    future = bool(parts.get("future"))
    if parts.get("month") is not None and parts.get("day") is not None:
        return _day(parts.get("year"), parts["month"], parts["day"], ref, future=future)
    if "weekday" in parts:
        return _weekday(parts["weekday"], parts.get("direction", "recent"), ref)
    if parts.get("month") is not None:
        return _month(parts.get("year"), parts["month"], ref, future=future)
    return f"{parts['year']:04d}", "year", False


def _day(
    year: int | None, month: int, day: int, ref: dt.date | None, *, future: bool
) -> tuple[str, str, bool]:
    if year is not None:
        return dt.date(year, month, day).isoformat(), "day", False
    if ref is None:
        return f"--{month:02d}-{day:02d}", "day", False
    return _nearest_year(ref, month, day, future=future).isoformat(), "day", True


def _month(
    year: int | None, month: int, ref: dt.date | None, *, future: bool
) -> tuple[str, str, bool]:
    if year is not None:
        return f"{year:04d}-{month:02d}", "month", False
    if ref is None:
        return f"--{month:02d}", "month", False
    nearest = _nearest_year(ref, month, 1, future=future)
    return f"{nearest.year:04d}-{month:02d}", "month", True


def _nearest_year(ref: dt.date, month: int, day: int, *, future: bool = False) -> dt.date:
    """The year that puts a day-month closest to the article, preferring the past.

    News reports mostly what happened; a date far in the future is more likely last year's
    unless the sentence speaks of what is to come (``soll am 5. Januar beginnen``).
    """
    past_weight, future_weight = (2, 1) if future else (1, 2)

    def cost(candidate: dt.date) -> int:
        delta = (candidate - ref).days
        return -delta * past_weight if delta <= 0 else delta * future_weight

    # Four years back reach a leap year, so 29 February always has a candidate.
    candidates = []
    for year in range(ref.year - 4, ref.year + 2):
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(dt.date(year, month, day))
    return min(candidates, key=cost)


def _weekday(weekday: int, direction: str, ref: dt.date | None) -> tuple[str, str, bool]:
    if ref is None:
        return f"weekday:{_WEEKDAY_NAMES[weekday]}", "weekday", False
    back = (ref.weekday() - weekday) % 7
    if direction == "future":
        ahead = (weekday - ref.weekday()) % 7 or 7
        day = ref + dt.timedelta(days=ahead)
    elif direction == "nearest":
        ahead = (weekday - ref.weekday()) % 7
        day = ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
    elif direction == "past":  # "vergangenen Montag" on a Monday: a week ago
        day = ref - dt.timedelta(days=back or 7)
    elif direction == "upcoming":  # "soll am Montag beginnen": on or after the article
        day = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    else:  # "recent"/"today": on or before the article's date
        day = ref - dt.timedelta(days=back)
    return day.isoformat(), "day", True


def _relative(offset: dict[str, Any], ref: dt.date | None) -> tuple[str, str, bool]:
    unit, amount = str(offset["unit"]), int(offset["amount"])
    if ref is None:
        return f"relative:{amount:+d} {unit}", "relative", False
    if unit == "day":
        return (ref + dt.timedelta(days=amount)).isoformat(), "day", True
    if unit == "week":
        iso = (ref + dt.timedelta(weeks=amount)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}", "week", True
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True
    return f"{ref.year + amount:04d}", "year", True
