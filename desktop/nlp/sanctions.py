"""Sanctions: who sanctions whom, in which sector, and where the measure stands.

Each cue (``Sanktionen``, ``sanktionierte``, ``embargo``…) is read inside its *evidence
clause*: the comma-delimited clause around it, extended over continuations such as
``…, auch nicht gegen den Ölsektor Venezuelas``. Slots are filled from the resolved
entities of :class:`EntityIndex` (issuer: ``US-`` prefix, agent ``von den USA``,
``Sanktionen der EU``, the clause's or sentence's subject; target: ``gegen X``, the
possessor of the sanctioned sector, the object of ``sanktionierte``). Cues without an
explicit issuer or target inherit the article's dominant one (wire stories are about
one sanctions regime), flagged ``issuer_inferred``/``target_inferred``. Occurrences with
the same issuer, target and sector make one card.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from desktop.domain import CardDraft, FactKind, Span
from desktop.nlp.cues import (
    alternation,
    doc_text,
    gazetteer,
    load_rules,
    sentence_bounds,
    sentence_containing,
    trim,
)
from desktop.nlp.lexicon import lexicon
from desktop.nlp.types import EntityIndex, EntityMention

_PARTIES = frozenset({FactKind.PLACE, FactKind.ORGANISATION})
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\s[-–]\s|[„“”\"()]")
_WORD = re.compile(r"\S+")
_TARGET_WINDOW_WORDS = 6


@dataclass(frozen=True)
class SanctionRules:
    cue: re.Pattern[str]
    not_cue: re.Pattern[str]
    participle: re.Pattern[str]
    verb_cue: re.Pattern[str]
    agent_before: re.Pattern[str]
    determiners: frozenset[str]
    issuer_after: re.Pattern[str]
    target_preps: re.Pattern[str]
    allies: re.Pattern[str]
    allies_label: str
    issuer_words: dict[str, str]
    continuation: re.Pattern[str]
    stances: tuple[tuple[str, str | None, re.Pattern[str]], ...]
    pressure: re.Pattern[str]
    pressure_stance: str
    sectors: tuple[tuple[re.Pattern[str], str, str | None], ...]
    prefixes: dict[str, str]
    demonyms: dict[str, str]
    demonym_issues: bool  # "russische Sanktionen" are Russia's own
    priority: tuple[str, ...]
    demand: re.Pattern[str]  # "urged … to impose": a call on others, not an act
    addressee_end: re.Pattern[str]
    opposed: re.Pattern[str]
    object_follows_verb: bool
    listed_object: re.Pattern[str]
    towns: frozenset[str]  # city labels: "in Brüssel" is where, never who, sanctions
    is_noun: Callable[[str], bool]  # a German common noun ("Land"), never a written target
    negation: re.Pattern[str]  # "has not imposed": no imposition
    object_before_with: re.Pattern[str]  # "drohte Venezuela mit Sanktionen": the target


@dataclass(frozen=True)
class Occurrence:
    """One sanction cue read in its clause."""

    cue: Span
    evidence: Span
    issuer: str | None
    target: str | None
    sector: str | None
    sector_key: str | None
    stance: str
    stance_detail: str | None
    target_named: bool = False  # the target is a resolved entity, not words as written
    target_detail: str | None = None  # "three Iranian companies" behind the target Iran
    issuer_open: bool = False  # a demand: whoever is asked to act, never another sanction's
    issuer_inferred: bool = False
    target_inferred: bool = False


@dataclass
class _Card:
    occurrences: list[Occurrence] = field(default_factory=list)


def _no_noun(_word: str) -> bool:
    return False


@lru_cache(maxsize=8)
def _rules(language: str) -> SanctionRules | None:
    data = load_rules("sanctions")
    code = language.split("-", maxsplit=1)[0].lower()
    lang = data.get(code)
    if lang is None:
        return None
    flags = re.IGNORECASE
    # Stems are found anywhere in a word ("US-Wirtschaftssanktionen"), then widened to it.
    cue = "|".join([alternation(lang["cue_stems"]), *lang["cue_phrases"]])
    return SanctionRules(
        cue=re.compile(cue, flags),
        not_cue=re.compile("|".join(lang["not_cues"]), flags),
        participle=re.compile(rf"(?:[\w-]+-)?(?:{lang['participle']})$", flags),
        verb_cue=re.compile(rf"(?:{lang['verb_cue']})$", flags),
        agent_before=re.compile(
            rf"\b(?:{lang['agent_before']})\s+(?:\S+\s+){{0,3}}(?=\S*$)", flags
        ),
        determiners=frozenset(lang["determiners"]),
        issuer_after=re.compile(lang["issuer_after"], flags),
        target_preps=re.compile(lang["target_preps"], flags),
        allies=re.compile(lang["allies"], flags),
        allies_label=lang["allies_label"],
        issuer_words={word.lower(): issuer for word, issuer in lang["issuer_words"].items()},
        demonym_issues=bool(lang["demonym_before_cue_is_issuer"]),
        continuation=re.compile(rf"[,;]\s+(?:{alternation(lang['continuations'])})\b", flags),
        stances=tuple((s, d, re.compile(rf"\b(?:{p})", flags)) for s, d, p in lang["stances"]),
        pressure=re.compile(rf"\b(?:{lang['pressure']})", flags),
        pressure_stance=lang["pressure_stance"],
        sectors=tuple(
            (re.compile(rf"\b(?:{s['pattern']})", flags), s["key"], s.get("label"))
            for s in data["sectors"][code]
        ),
        prefixes=data["issuer_prefixes"],
        demonyms={row["text"].lower(): row["country"] for row in gazetteer(f"adjectives_{code}")},
        priority=tuple(data["stance_priority"]),
        demand=re.compile(rf"\b(?:{lang['demand']['verbs']})\s+", flags),
        addressee_end=re.compile(lang["demand"]["addressee_end"], flags),
        opposed=re.compile(rf"\b(?:{lang['opposed']})", flags),
        object_follows_verb=bool(lang["object_follows_verb"]),
        listed_object=re.compile(lang["listed_object"], flags),
        is_noun=lexicon(code).is_common_noun if code == "de" else _no_noun,
        object_before_with=re.compile(lang["object_before_with"], flags),
        negation=re.compile(rf"\b(?:{lang['negation']})\s+(?:\S+\s+){{0,2}}\S*$", flags),
        towns=frozenset(
            row["canonical"] for row in gazetteer(f"places_{code}") if row["type"] != "country"
        ),
    )


def find_sanctions(doc: Doc, index: EntityIndex, language: str) -> list[CardDraft]:
    """SANCTION cards of ``doc``: one per distinct issuer → target · sector."""
    rules = _rules(language)
    if rules is None:
        return []
    bounds = sentence_bounds(doc)
    found = []
    text = doc_text(doc)
    for start, end in _cue_words(text, rules):
        cue = Span(start, end, text[start:end])
        if rules.not_cue.fullmatch(cue.text):
            continue
        sentence = sentence_containing(bounds, cue.start, cue.end)
        found.append(_read(text, sentence, cue, index, rules))
    return _cards(_fill_from_article(found), rules)


def _cue_words(text: str, rules: SanctionRules) -> list[tuple[int, int]]:
    """Whole words (or phrases) around each cue stem, each once."""
    found: list[tuple[int, int]] = []
    for match in rules.cue.finditer(text):
        start, end = match.start(), match.end()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1
        if not found or start >= found[-1][1]:
            found.append((start, end))
    return found


def _read(
    text: str, sentence: tuple[int, int], cue: Span, index: EntityIndex, rules: SanctionRules
) -> Occurrence:
    clause = _clause(text, sentence, cue, rules)
    adjectival = _adjectival(text, cue, clause, index, rules)
    evidence = adjectival or clause
    listed = _listed_object(text, cue, evidence, rules)
    target = _listed_target(listed, index) if listed else _target(text, cue, evidence, index, rules)
    target = _object_before_with(text, cue, evidence, index, rules) or target
    demand = rules.demand.search(text, sentence[0], cue.start)
    if demand:
        issuer = _addressee(text, demand.end(), cue.start, index, rules)
    else:
        issuer = _issuer(text, cue, evidence, index, rules, sentence=sentence, exclude=target)
    sector = _sector(text, cue, evidence, index, rules)
    stance, detail = _stance(text, sentence, cue, evidence, rules)
    if demand:
        stance, detail = rules.pressure_stance, "demanded"
    elif (
        rules.opposed.search(text, sentence[0], sentence[1])
        and stance in {"in_force", rules.pressure_stance}
        and detail is None
    ):
        stance, detail = rules.pressure_stance, "opposed"  # "Ungarn lehnt neue Strafmaßnahmen ab"
    if target is None and detail == "circumvented":  # "Tehran sought to circumvent…"
        target = next((m for m in index.within(*evidence) if m.label != issuer), None)
    span = Span(evidence[0], evidence[1], text[evidence[0] : evidence[1]])
    if listed and target is None:
        country = _demonym_in(text, *listed, rules)
    else:
        country = None if target else _target_demonym(text, cue, evidence, rules)
    written = None if target or country else _target_text(text, cue, evidence, rules)
    return Occurrence(
        cue=cue,
        evidence=span,
        issuer=issuer,
        target=target.label if target else country or written,
        target_named=written is None and (target or country) is not None,
        target_detail=_target_detail(text, cue, evidence, rules, listed) if country else None,
        issuer_open=demand is not None,
        sector=sector[0] if sector else None,
        sector_key=sector[1] if sector else None,
        stance=stance,
        stance_detail=detail,
    )


def _listed_object(
    text: str, cue: Span, evidence: tuple[int, int], rules: SanctionRules
) -> tuple[int, int] | None:
    """``added 140 Chinese companies to its export blacklist``: the object put on a list."""
    found = rules.listed_object.search(text[evidence[0] : cue.start])
    if found is None:
        return None
    return trim(text, evidence[0] + found.start("object"), evidence[0] + found.end("object"))


def _object_before_with(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> EntityMention | None:
    """``drohte Venezuela mit Sanktionen``, ``threatened Iran with sanctions``: the target."""
    found = rules.object_before_with.search(text, evidence[0], cue.start)
    if found is None:
        return None
    named = index.at(found.start("object"), found.end("object"))
    return named if named is not None and named.kind in _TARGETS else None


def _listed_target(listed: tuple[int, int], index: EntityIndex) -> EntityMention | None:
    return next((m for m in index.within(*listed) if m.kind in _TARGETS), None)


def _demonym_in(text: str, start: int, end: int, rules: SanctionRules) -> str | None:
    words = list(_WORD.finditer(text, start, end))
    return next((c for i in range(len(words)) if (c := _demonym(words, i, rules))), None)


def _target_detail(
    text: str,
    cue: Span,
    evidence: tuple[int, int],
    rules: SanctionRules,
    listed: tuple[int, int] | None,
) -> str | None:
    """The target phrase as written when the target is the country of an adjective."""
    if listed:
        return text[listed[0] : listed[1]]
    windows: list[tuple[int, int] | None] = []
    if rules.verb_cue.match(cue.text) and rules.object_follows_verb:
        windows.append(_object_window(text, cue, evidence))  # "sanctioned two Iranian firms"
    windows.append(_target_window(text, cue, evidence, rules))
    for window in windows:
        phrase = _demonym_phrase(text, window, rules) if window else None
        if phrase:
            return phrase
    return None


def _demonym_phrase(text: str, window: tuple[int, int], rules: SanctionRules) -> str | None:
    """From the window's start to the noun after its first nationality adjective."""
    words = list(_WORD.finditer(text, *window))
    found = next((k for k in range(len(words)) if _demonym(words, k, rules)), None)
    if found is None:
        return None
    pair = f"{words[found].group()} {words[found + 1].group()}" if found + 1 < len(words) else ""
    adjective = found + 1 if pair.lower().strip(".,;:") in rules.demonyms else found
    noun = words[adjective + 1] if adjective + 1 < len(words) else words[adjective]
    start, end = trim(text, window[0], noun.end())  # "three Iranian companies"
    return text[start:end].rstrip(".,;:") or None


def _addressee(
    text: str, start: int, cue_start: int, index: EntityIndex, rules: SanctionRules
) -> str | None:
    """Whom a demand asks to sanction (``urged Western allies to impose``), if anyone."""
    end = rules.addressee_end.search(text, start, cue_start)
    stop = end.start() if end else start
    named = [m for m in index.within(start, stop) if m.kind in _PARTIES]
    if named:
        return named[0].label
    words = [w for w in _WORD.findall(text, start, stop) if w.lower() not in rules.determiners]
    named_words = any(w[:1].isupper() for w in words)
    return " ".join(words) if 0 < len(words) <= 4 and named_words else None


def _clause(
    text: str, sentence: tuple[int, int], cue: Span, rules: SanctionRules
) -> tuple[int, int]:
    """The comma-delimited clause around the cue, extended over continuations."""
    start, end = sentence
    for before in _CLAUSE_BREAK.finditer(text, start, cue.start):
        start = before.end()
    while True:
        brk = _CLAUSE_BREAK.search(text, cue.end, end)
        if brk is None:
            break
        if not rules.continuation.match(text, brk.start(), end):
            end = brk.start()
            break
        following = _CLAUSE_BREAK.search(text, brk.end(), end)
        if following is None:
            break
        end = following.start()
        if not rules.continuation.match(text, following.start(), sentence[1]):
            break
    return trim(text, start, end)


def _adjectival(
    text: str, cue: Span, clause: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> tuple[int, int] | None:
    """``das von den USA sanktionierte Venezuela``: evidence is the noun phrase only."""
    if not rules.participle.match(cue.text):
        return None
    following = _WORD.search(text, cue.end, clause[1])
    if following is None:
        return None
    agent = _agent_window(text, cue, clause, rules)
    previous = list(_WORD.finditer(text, clause[0], cue.start))
    after_determiner = bool(previous) and previous[-1].group().lower() in rules.determiners
    if not (agent or after_determiner or following.group()[:1].isupper()):
        return None
    if not agent and previous and index.at(previous[-1].start(), previous[-1].end()):
        return None  # "Die USA sanktionierten Russland": a finite verb, not an adjective
    named = index.at(following.start(), following.end())
    end = named.end if named else following.end()
    return trim(text, agent[0] if agent else cue.start, end)


def _agent_window(
    text: str, cue: Span, clause: tuple[int, int], rules: SanctionRules
) -> tuple[int, int] | None:
    """``von den USA`` right before the cue: the range from the preposition to the cue."""
    found = rules.agent_before.search(text, clause[0], cue.start)
    return (found.start(), cue.start) if found else None


def _issuer(
    text: str,
    cue: Span,
    evidence: tuple[int, int],
    index: EntityIndex,
    rules: SanctionRules,
    *,
    sentence: tuple[int, int],
    exclude: EntityMention | None,
) -> str | None:
    """Who sanctions: compound prefix, agent, genitive, the clause's or sentence's subject."""
    for finder in (_issuer_prefix, _issuer_agent, _issuer_after):
        found = finder(text, cue, evidence, index, rules)
        if found:
            return found
    parties = [
        m
        for m in index.within(*evidence)
        if m.kind in _PARTIES and m != exclude and m.label not in rules.towns
    ]
    before = [m for m in parties if m.end <= cue.start]
    if before:
        return _with_allies(text, before[-1], rules)
    return _sentence_subject(text, sentence, index, rules, exclude)


def _issuer_prefix(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> str | None:
    """``US-Sanktionen``, ``EU-Embargo``, ``US sanctions``: the issuer right before the cue."""
    if "-" not in cue.text:
        return _issuer_before(text, cue, index, rules)
    prefix = cue.text.rsplit("-", 1)[0]
    if prefix not in rules.prefixes:
        return None  # "Russland-Sanktionen", "Iran-Embargo": the prefix is the target
    named = index.at(cue.start, cue.start + len(prefix))
    if named and named.kind in _PARTIES:
        return named.label
    return rules.prefixes[prefix]


def _issuer_before(text: str, cue: Span, index: EntityIndex, rules: SanctionRules) -> str | None:
    """``US sanctions``, ``westliche Sanktionen``, ``russische Einreiseverbote``."""
    adjacent = index.at(cue.start - 2, cue.start - 1)
    if (
        adjacent
        and adjacent.end == cue.start - 1
        and adjacent.kind in _PARTIES
        and adjacent.label not in rules.towns
    ):
        return adjacent.label
    previous = list(_WORD.finditer(text, max(0, cue.start - 40), cue.start))
    if not previous or previous[-1].end() != cue.start - 1:
        return None
    word = previous[-1].group().lower()
    if word in rules.issuer_words:
        return rules.issuer_words[word]
    return rules.demonyms.get(word) if rules.demonym_issues else None


def _target_prefix(cue: Span, index: EntityIndex, rules: SanctionRules) -> EntityMention | None:
    """``Russland-Sanktionen``: a country prefix that is no issuer names the target."""
    prefix = cue.text.rsplit("-", 1)[0] if "-" in cue.text else None
    if prefix is None or prefix in rules.prefixes:
        return None
    named = index.at(cue.start, cue.start + len(prefix))
    return named if named and named.kind in _TARGETS and named.start == cue.start else None


def _issuer_agent(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> str | None:
    """``von den USA sanktionierte``: a party between the agent preposition and the cue."""
    agent = _agent_window(text, cue, evidence, rules)
    if agent is None:
        return None
    parties = [m for m in index.within(*agent) if m.kind in _PARTIES]
    return parties[0].label if parties else None


def _issuer_after(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> str | None:
    """``Sanktionen der Europäischen Union``, ``sanctions by the EU``, ``des Westens``."""
    after = rules.issuer_after.match(text[cue.end :])
    if after is None:
        return None
    start = cue.end + after.end()
    word = _WORD.match(text, start)
    named = index.at(start, word.end()) if word else None
    if named and named.kind in _PARTIES and named.start >= start:
        return named.label
    if word:
        return rules.issuer_words.get(word.group().rstrip(".,;:").lower())
    return None


def _sentence_subject(
    text: str,
    sentence: tuple[int, int],
    index: EntityIndex,
    rules: SanctionRules,
    exclude: EntityMention | None,
) -> str | None:
    """A country or body opening the sentence (``Die Vereinigten Staaten und …``)."""
    opening = _WORD.findall(text, sentence[0], sentence[1])[:4]
    if not opening:
        return None
    reach = text.index(opening[-1], sentence[0]) + len(opening[-1])
    for mention in index.within(sentence[0], sentence[1]):
        if mention.start >= reach:
            break
        if mention.kind in _PARTIES and mention != exclude and mention.label not in rules.towns:
            return _with_allies(text, mention, rules)
    return None


def _with_allies(text: str, mention: EntityMention, rules: SanctionRules) -> str:
    if rules.allies.match(text[mention.end :]):
        return f"{mention.label} {rules.allies_label}"
    return mention.label


def _target(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> EntityMention | None:
    prefixed = _target_prefix(cue, index, rules)
    if prefixed:
        return prefixed
    window = _target_window(text, cue, evidence, rules)
    if window:
        named = [m for m in index.within(*window) if m.kind in _TARGETS]
        if named:
            return named[0]
    if rules.participle.match(cue.text):
        named = [m for m in index.within(cue.end, evidence[1]) if m.kind in _TARGETS]
        if named:
            return named[0]
    possessor = _sector_possessor(text, evidence, index, rules)
    if possessor:
        return possessor
    if rules.verb_cue.match(cue.text.rsplit("-", 1)[-1]):
        named = [m for m in index.within(*evidence) if m.kind in _PARTIES]
        named = [m for m in named if m.end != cue.start - 1]  # "US sanctions": the issuer
        if rules.object_follows_verb and not _passive(text, cue):
            named = [m for m in named if m.start > cue.start]  # "Washington sanctioned Shor"
        if named:
            return min(named, key=lambda m: abs(m.start - cue.start))
    return None


_TARGETS = frozenset({FactKind.PLACE, FactKind.ORGANISATION, FactKind.ACTOR})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|wurde|wurden|worden)\s+(?:\S+\s+)?$")


def _passive(text: str, cue: Span) -> bool:
    return _PASSIVE.search(text, max(0, cue.start - 30), cue.start) is not None


def _target_demonym(
    text: str, cue: Span, evidence: tuple[int, int], rules: SanctionRules
) -> str | None:
    """``gegen russische Banken``, ``Russian oil sanctions``: the adjective's country."""
    window = _target_window(text, cue, evidence, rules)
    words = list(_WORD.finditer(text, *_object_window(text, cue, evidence)))
    words = words if rules.verb_cue.match(cue.text) else []
    words += list(_WORD.finditer(text, *window)) if window else []
    words += list(_WORD.finditer(text, evidence[0], cue.start))[-2:]
    return next((c for i in range(len(words)) if (c := _demonym(words, i, rules))), None)


def _demonym(words: list[re.Match[str]], i: int, rules: SanctionRules) -> str | None:
    """The country of the adjective at ``words[i]``, two-word ones first (``North Korean``)."""
    single = words[i].group().strip(".,;:").lower()
    if i + 1 < len(words) and words[i + 1].start() == words[i].end() + 1:
        pair = f"{single} {words[i + 1].group().strip('.,;:').lower()}"
        if pair in rules.demonyms:
            return rules.demonyms[pair]
    return rules.demonyms.get(single)


def _object_window(text: str, cue: Span, evidence: tuple[int, int]) -> tuple[int, int]:
    """The few words right after a verb cue: its direct object in English word order."""
    words = list(_WORD.finditer(text, cue.end, evidence[1]))[:4]
    return (cue.end, words[-1].end()) if words else (cue.end, cue.end)


def _target_text(
    text: str, cue: Span, evidence: tuple[int, int], rules: SanctionRules
) -> str | None:
    """``gegen 13 ranghohe Syrer``: the target as written when it names no entity."""
    window = _target_window(text, cue, evidence, rules)
    if window is None:
        return None
    words = list(_WORD.finditer(text, *window))[:4]
    named = [w for w in words if w.group()[:1].isupper()]
    if not named:
        return None
    content = [w for w in words if w.group().lower() not in rules.determiners]
    if content and content[0] is named[0] and rules.is_noun(named[0].group().strip(".,;:")):
        return None  # "gegen das Land", "against the regime": a common noun, not a name
    start = next(w.start() for w in words if w.group().lower() not in rules.determiners)
    start, end = trim(text, start, named[-1].end())
    return text[start:end] if start < end else None


def _target_window(
    text: str, cue: Span, evidence: tuple[int, int], rules: SanctionRules
) -> tuple[int, int] | None:
    """The few words after ``gegen``/``against``/``on`` following the cue."""
    prep = rules.target_preps.search(text, cue.end, evidence[1])
    if prep is None:
        return None
    words = list(_WORD.finditer(text, prep.end(), evidence[1]))[:_TARGET_WINDOW_WORDS]
    if not words:
        return None
    return prep.end(), words[-1].end()


def _sector_possessor(
    text: str, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> EntityMention | None:
    """``Russlands Öl- und Gasexporte``, ``Ölsektor Venezuelas``, ``Russia's oil``."""
    for pattern, _key, _label in rules.sectors:
        for sector in pattern.finditer(text, evidence[0], evidence[1]):
            for mention in index.within(*evidence):
                if mention.kind not in _PARTIES:
                    continue
                gap_before = text[mention.end : sector.start()]
                gap_after = text[sector.end() : mention.start]
                if re.fullmatch(r"(?:'s|’s)?\s", gap_before) or re.fullmatch(r"\s", gap_after):
                    return mention
    return None


def _sector(
    text: str, cue: Span, evidence: tuple[int, int], index: EntityIndex, rules: SanctionRules
) -> tuple[str, str] | None:
    """The sanctioned sector as written (or its lexicon label) and its key."""
    windows = [(cue.start, cue.end)]  # "Ölembargo", "oil sanctions" via the word before
    before = list(_WORD.finditer(text, evidence[0], cue.start))
    if before:
        windows.append((before[-1].start(), cue.start))
    is_verb = bool(rules.verb_cue.match(cue.text))
    if is_verb:
        windows.append(_object_window(text, cue, evidence))  # "blacklisted five Russian banks"
    target = _target_window(text, cue, evidence, rules)
    if target:
        windows.append(target)
    if is_verb:
        windows.append(evidence)
    found = _sector_matches(text, evidence, rules)
    for start, end in windows:
        for match_start, match_end, key, label in found:
            if match_start < end and start < match_end:
                return (label or text[match_start:match_end]), key
    return None


def _sector_matches(
    text: str, evidence: tuple[int, int], rules: SanctionRules
) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping sector words of the evidence, longest first, in text order."""
    candidates = [
        (m.start(), m.end(), key, label)
        for pattern, key, label in rules.sectors
        for m in pattern.finditer(text, *evidence)
    ]
    candidates.sort(key=lambda c: c[0] - c[1])
    taken: list[tuple[int, int, str, str | None]] = []
    for candidate in candidates:
        if all(candidate[1] <= t[0] or t[1] <= candidate[0] for t in taken):
            taken.append(candidate)
    return sorted(taken)


def _stance(
    text: str, sentence: tuple[int, int], cue: Span, evidence: tuple[int, int], rules: SanctionRules
) -> tuple[str, str | None]:
    clause = text[evidence[0] : evidence[1]]
    for stance, detail, pattern in rules.stances:
        if pattern.search(clause):
            if stance == "imposed" and _weighed(text, evidence[0], cue.start, rules):
                return rules.pressure_stance, None  # "was weighing new sanctions"
            if stance == "imposed" and rules.negation.search(text, evidence[0], cue.start):
                return rules.pressure_stance, "not imposed"  # "has not imposed new sanctions"
            return stance, detail or _modality(clause, stance, rules)
    if rules.pressure.search(text, sentence[0], evidence[0]):
        return rules.pressure_stance, None  # "unter Druck …, indem sie … sanktionieren"
    return "in_force", None


def _weighed(text: str, start: int, cue_start: int, rules: SanctionRules) -> bool:
    considered = next(p for s, _d, p in rules.stances if s == rules.pressure_stance)
    return considered.search(text, start, cue_start) is not None


def _modality(clause: str, stance: str, rules: SanctionRules) -> str | None:
    """``die Lockerung … könnte``: an easing or lifting only under consideration."""
    hedged = any(s == rules.pressure_stance and p.search(clause) for s, _d, p in rules.stances)
    return rules.pressure_stance if hedged and stance != rules.pressure_stance else None


def _fill_from_article(found: list[Occurrence]) -> list[Occurrence]:
    """Cues without an issuer/target inherit the article's most frequent one."""
    issuers = Counter(o.issuer for o in found if o.issuer)
    targets = Counter(o.target for o in found if o.target and o.target_named)
    filled = []
    for occurrence in found:
        current = occurrence
        if current.issuer is None and not current.issuer_open:
            issuer = next((i for i, _ in issuers.most_common() if i != current.target), None)
            if issuer:
                current = replace(current, issuer=issuer, issuer_inferred=True)
        if current.target is None:
            target = next((t for t, _ in targets.most_common() if t != current.issuer), None)
            if target:
                current = replace(current, target=target, target_inferred=True)
        filled.append(current)
    return filled


def _cards(found: list[Occurrence], rules: SanctionRules) -> list[CardDraft]:
    groups: dict[tuple[str | None, str | None, str | None], list[Occurrence]] = {}
    for occurrence in found:
        key = (occurrence.issuer, occurrence.target, occurrence.sector_key)
        groups.setdefault(key, []).append(occurrence)
    return [_card(occurrences, rules) for occurrences in groups.values()]


def _card(occurrences: list[Occurrence], rules: SanctionRules) -> CardDraft:
    first = occurrences[0]
    counts = Counter(o.stance for o in occurrences)
    stance = min(counts, key=lambda s: (-counts[s], rules.priority.index(s)))
    label = f"{first.issuer or '?'} → {first.target or '?'}"
    if first.sector:
        label += f" · {first.sector}"
    attributes: dict[str, Any] = {
        "issuer": first.issuer,
        "target": first.target,
        "sector": first.sector,
        "sector_key": first.sector_key,
        "stance": stance,
        "stances": sorted(counts, key=rules.priority.index),
        "evidence": first.evidence.text,
        "target_detail": next((o.target_detail for o in occurrences if o.target_detail), None),
        "issuer_inferred": all(o.issuer_inferred for o in occurrences),
        "target_inferred": all(o.target_inferred for o in occurrences),
        "occurrences": [_occurrence_attributes(o) for o in occurrences],
    }
    mentions = tuple(dict.fromkeys(o.evidence for o in occurrences))
    return CardDraft(FactKind.SANCTION, label, attributes, mentions)


def _occurrence_attributes(occurrence: Occurrence) -> dict[str, Any]:
    return {
        "cue": occurrence.cue.text,
        "start": occurrence.evidence.start,
        "end": occurrence.evidence.end,
        "text": occurrence.evidence.text,
        "stance": occurrence.stance,
        "stance_detail": occurrence.stance_detail,
        "issuer_inferred": occurrence.issuer_inferred,
        "target_inferred": occurrence.target_inferred,
    }
