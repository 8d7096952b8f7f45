"""Sources and attributions: who is cited, with which cue, saying what.

Wire copy attributes in a handful of shapes, each read by one finder below:

* inverted, after the statement: ``…, teilte die Quelle Reuters mit.``, ``…, so eine
  mit der Angelegenheit vertraute Person.``, ``…, said a person familiar with the matter.``
* preposed, before it: ``Das Weiße Haus hat erklärt, dass …``, ``Putin said that …``
* prepositional: ``laut X``, ``X zufolge``, ``according to X``
* ``wie X berichtete, …`` / ``as X reported, …``
* passive: ``Über den Besuch … wurde erstmals von der New York Times berichtet.``
* expressive, around a quotation: ``obwohl es dort „Sorge …“ zum Ausdruck brachte``

The source phrase is resolved to a canonical source through the EntityIndex (outlets,
agencies, government bodies, people, countries as governments), anonymous-source
patterns, ``Regierung von Präsident X`` noun phrases and pronouns; ``die Quelle`` refers
back to the article's last anonymous source. Cue words and patterns live in
``resources/nlp/sources_<lang>.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from desktop.domain import CardDraft, FactKind, Span
from desktop.nlp.cues import (
    alternation,
    clean_span,
    doc_text,
    gazetteer,
    rules_for,
    sentence_bounds,
    trim,
)
from desktop.nlp.types import EntityIndex, EntityMention

_WORD = re.compile(r"\S+")
_QUOTE = re.compile(r"„([^“”\"]+)[“”\"]|“([^”]+)”|\"([^\"]+)\"|»([^«]+)«|«([^»]+)»")
_QUOTE_MARK = re.compile(r"[«»„“”\"]")  # a quotation, even one opened in the sentence before
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[-–—]\s")
_ANONYMOUS = "anonymous"
_ORG_TYPES = {"news agency": "news agency", "news outlet": "news outlet"}
_GOVERNMENT = "government"
_PHRASE_WORDS = 2  # "laut der Nachrichtenagentur AFP": a source follows its preposition closely
_ANONYMOUS_PHRASE_WORDS = 8
_THAT_REACH_WORDS = 8
_APPOSITION_WORDS = 6  # "Josep Borrell, EU foreign policy chief, said": a short insertion
_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")
# Kinds that may only qualify a named person in a source phrase ("Kremlin spokesman X").
_PEOPLE = frozenset({"person", "official"})
_MODIFIERS = _PEOPLE | {_GOVERNMENT, "organisation", "news agency", "news outlet"}


@dataclass(frozen=True)
class SourceRules:
    inverted: re.Pattern[str]
    final: re.Pattern[str]
    preposed: re.Pattern[str]
    after_preps: re.Pattern[str] | None
    before_preps: re.Pattern[str]
    wie: re.Pattern[str]
    passive: re.Pattern[str]
    passive_cue: str  # "wurde … von … berichtet"
    expressive: re.Pattern[str]
    cites: re.Pattern[str]
    cites_relative: re.Pattern[str]
    region_stops: re.Pattern[str]
    anonymity: re.Pattern[str]
    anonymous: tuple[tuple[re.Pattern[str], str, bool], ...]
    coreference: re.Pattern[str]
    government_np: re.Pattern[str]
    pronouns: dict[str, str]
    determiners: frozenset[str]
    tag_adverbs: frozenset[str]
    locatives: frozenset[str]
    bare_statement_verbs: frozenset[str]
    conjunctions: frozenset[str]
    government_words: tuple[str, ...]
    openers: re.Pattern[str]
    statement_comma: re.Pattern[str]
    statement_that: re.Pattern[str]
    opener_reach: int
    adverbials: re.Pattern[str]
    anaphora: re.Pattern[str]
    addressees: re.Pattern[str]
    official_titles: re.Pattern[str]
    particles: re.Pattern[str] | None
    org_types: dict[str, str]
    relative_pronouns: frozenset[str] = frozenset()
    separable: re.Pattern[str] | None = None  # "teilte … mit": verb, adverbials, particle
    separable_pairs: frozenset[tuple[str, str]] = frozenset()
    bodies: tuple[tuple[re.Pattern[str], str], ...] = ()
    demonyms: dict[str, str] = field(default_factory=dict)  # "südkoreanischen" → Südkorea


@dataclass(frozen=True)
class Source:
    label: str
    kind: str
    mention: Span


@dataclass(frozen=True)
class Attribution:
    source: Source
    cue: str
    statement: Span
    cites: str | None


@lru_cache(maxsize=8)
def _rules(language: str) -> SourceRules | None:
    data = rules_for("sources", language)
    if not data:
        return None
    flags = re.IGNORECASE

    def words(key: str) -> str:
        return alternation(data[key])

    particles = words("particles") if data["particles"] else None
    return SourceRules(
        inverted=re.compile(
            rf",[“”\"]?\s+(?P<cue>{_tag_cues(data)})\s+(?P<rest>[^,]+?)"
            rf"(?:[\s.!?“”\"]*$|(?=,\s(?!{words('statement_openers')})))",
            flags,
        ),
        final=re.compile(
            rf",[“”\"]?\s+(?P<src>[^,]{{1,80}}?)\s+(?P<cue>{words('preposed_verbs')})"
            rf"(?P<rest>(?:\s+[^,]+?)?)(?:[\s.!?“”\"]*$|(?=,\s(?!{words('statement_openers')})))",
            flags,
        ),
        preposed=re.compile(rf"\b(?:{words('preposed_verbs')})\b", flags),
        after_preps=(
            re.compile(rf"\b(?:{words('after_source_preps')})\b", flags)
            if data["after_source_preps"]
            else None
        ),
        before_preps=re.compile(rf"\b(?:{words('before_source_preps')})\s+", flags),
        wie=re.compile(data["wie"], flags),
        passive=re.compile(data["passive"], flags),
        passive_cue=data["passive_cue"],
        expressive=re.compile(data["expressive"], flags),
        cites=re.compile(rf"\b(?:{words('cites')})\s+", flags),
        cites_relative=re.compile(data["cites_relative"], flags),
        region_stops=re.compile(data["region_stops"], flags),
        anonymity=re.compile(data["anonymity"], flags),
        anonymous=tuple(
            (
                re.compile(rf"\b(?:{a['pattern']})", flags),
                a["label"],
                a.get("only_anonymous", False),
            )
            for a in data["anonymous"]
        ),
        coreference=re.compile(data["coreference"], flags),
        government_np=re.compile(rf"\b{data['government_np']}", flags),
        pronouns=data["pronouns"],
        determiners=frozenset(data["determiners"]),
        tag_adverbs=frozenset(w.lower() for w in data["tag_adverbs"]),
        locatives=frozenset(data["locatives"]),
        bare_statement_verbs=frozenset(data["bare_statement_verbs"]),
        conjunctions=frozenset(data["conjunctions"]),
        government_words=tuple(data["government_words"]),
        openers=re.compile(rf"(?:{words('statement_openers')})\s+", flags),
        opener_reach=int(data["opener_reach_words"]),
        anaphora=re.compile(data["anaphora"], flags),
        addressees=re.compile(data["addressees"], flags),
        official_titles=re.compile(data["official_titles"], flags),
        adverbials=re.compile(rf"\s*(?:{data['adverbials']})(?=\s|$)", flags),
        statement_comma=re.compile(r",\s|:\s"),
        statement_that=re.compile(rf"\s(?:{words('statement_openers')})\s", flags),
        particles=re.compile(rf"\s+(?:{particles})$", flags) if particles else None,
        org_types=_organisation_types(language),
        relative_pronouns=frozenset(data.get("relative_pronouns", ())),
        separable=_separable(data.get("separable_verbs", {}), flags),
        demonyms={row["text"]: row["country"] for row in gazetteer(f"adjectives_{language}")},
        bodies=tuple(
            (re.compile(rf"\b(?:{b['pattern']})\b", flags), b["label"])
            for b in data.get("bodies", ())
        ),
        separable_pairs=frozenset(
            (verb.lower(), particle.lower())
            for verb, particles in data.get("separable_verbs", {}).items()
            for particle in particles
        ),
    )


def _separable(verbs: dict[str, list[str]], flags: int) -> re.Pattern[str] | None:
    """``teilte am Mittwoch mit,``: a verb, up to six words, a particle before a comma."""
    if not verbs:
        return None
    verb_alternation = "|".join(map(re.escape, verbs))
    particle_alternation = "|".join(sorted({re.escape(p) for ps in verbs.values() for p in ps}))
    return re.compile(
        rf"\b(?P<verb>{verb_alternation})\s+(?:[^\s,.;:]+\s+){{0,6}}?"
        rf"(?P<particle>{particle_alternation})(?=\s*[,:])",
        flags,
    )


def _tag_cues(data: dict[str, Any]) -> str:
    """Cues after a statement: ``sagte``, ``so``, and ``so erklärte``."""
    verbs = alternation(data["inverted_verbs"])
    if not data["tag_adverbs"]:
        return verbs
    adverbs = alternation(data["tag_adverbs"])
    return rf"(?:{adverbs})\s+(?:{verbs})|{verbs}|{adverbs}"


def _organisation_types(language: str) -> dict[str, str]:
    """Canonical organisation label → gazetteer type (news agency, government body…)."""
    code = language.split("-", maxsplit=1)[0].lower()
    rows = gazetteer(f"organisations_{code}")
    return {row["canonical"]: row["type"] for row in rows if row.get("type")}


def find_sources(doc: Doc, index: EntityIndex, language: str) -> list[CardDraft]:
    """SOURCE cards of ``doc``: one per cited source, with its attributed statements."""
    rules = _rules(language)
    if rules is None:
        return []
    text = doc_text(doc)
    reader = _Reader(text, index, rules)
    attributions: list[Attribution] = []
    for start, end in sentence_bounds(doc):
        attributions += reader.sentence(*trim(text, start, end, " \t\r\n"))
    return _cards(attributions)


class _Reader:
    """Reads attributions sentence by sentence, remembering the last anonymous source."""

    def __init__(self, text: str, index: EntityIndex, rules: SourceRules) -> None:
        self.text = text
        self.index = index
        self.rules = rules
        self.last_anonymous: str | None = None
        self.previous_sentence: tuple[int, int] | None = None
        self.last_speaker: Source | None = None  # a person quoted in this or the last sentence
        self.speaker_sentence: tuple[int, int] | None = None

    def sentence(self, start: int, end: int) -> list[Attribution]:
        found: list[Attribution] = []
        cue_ranges: list[tuple[int, int]] = []
        finders: tuple[Callable[[int, int], Iterator[tuple[Attribution, tuple[int, int]]]], ...]
        finders = (
            self._passive,
            self._inverted,
            self._final,
            self._wie,
            self._prepositional,
            self._expressive,
            self._preposed,
        )
        for finder in finders:
            for attribution, cue in finder(start, end):
                if any(cue[0] < e and s < cue[1] for s, e in cue_ranges):
                    continue
                cue_ranges.append(cue)
                found.append(attribution)
                if attribution.source.kind == _ANONYMOUS:
                    self.last_anonymous = attribution.source.label
                if attribution.source.kind in _PEOPLE:
                    self.last_speaker, self.speaker_sentence = attribution.source, (start, end)
        self.previous_sentence = (start, end)
        return found

    # -- finders: each yields (attribution, cue range) --------------------------------

    def _inverted(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``<statement>, teilte die Quelle Reuters mit.`` / ``…, so eine … Person.``"""
        match = _last(self.rules.inverted, self.text, start, end)
        if match is None or self._after_relative_clause(start, match.start("cue")):
            return  # "Two diplomats, who …, said the EU was …": the source came first
        rest_start, rest_end = match.span("rest")
        cue = match.group("cue")
        first = self.text[rest_start:rest_end].split()[0]
        if cue.lower() in self.rules.tag_adverbs and not self._may_open_source(first):
            return  # "…, so wird die Führung nicht müde": "so" is no attribution here
        particle = (
            self.rules.particles.search(self.text, rest_start, rest_end)
            if self.rules.particles
            else None
        )
        if particle:
            rest_end = particle.start()
            cue = f"{cue} … {particle.group().strip()}"
        source = self._resolve(rest_start, rest_end, start, end)
        statement = self._statement(start, match.start())
        if source and statement:
            cites = self._cites(rest_start, end)
            yield Attribution(source, cue, statement, cites), match.span("cue")

    def _final(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``<statement>, the State Department said.``"""
        match = _last(self.rules.final, self.text, start, end)
        if match is None or match.group("src").split()[0].lower() in self.rules.conjunctions:
            return  # ", und das Weiße Haus hat erklärt, …": a new main clause, not a tag
        source = self._resolve(*match.span("src"), start, end)
        statement = self._statement(start, match.start())
        if source and statement:
            cites = self._cites(match.end("cue"), end)
            yield Attribution(source, match.group("cue"), statement, cites), match.span("cue")

    def _passive(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``Über den Besuch … wurde erstmals von der New York Times berichtet.``"""
        for match in self.rules.passive.finditer(self.text, start, end):
            source = self._resolve(*match.span("src"), start, end)
            first_break = _CLAUSE_BREAK.search(self.text, start, match.start())
            statement = self._statement(
                start, first_break.start() if first_break else match.start()
            )
            if source and statement:
                cue = self.rules.passive_cue.format(aux=match.group("aux"), verb=match.group("cue"))
                yield Attribution(source, cue, statement, None), match.span()

    def _wie(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``Wie die BBC berichtet, befindet sich …`` / ``as Reuters reported``."""
        for match in self.rules.wie.finditer(self.text, start, end):
            source = self._resolve(*match.span("src"), start, end)
            statement = self._around(start, end, match.start(), match.end())
            if source and statement:
                yield Attribution(source, match.group("cue"), statement, None), match.span("cue")

    def _prepositional(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``laut X``, ``nach Angaben von X``, ``according to X``, ``X zufolge``."""
        for prep in self.rules.before_preps.finditer(self.text, start, end):
            phrase = list(_WORD.finditer(self.text, prep.end(), end))[:_ANONYMOUS_PHRASE_WORDS]
            if not phrase:
                continue
            source = self._resolve(prep.end(), phrase[-1].end(), start, end)
            if source is None or not self._heads_phrase(source, phrase):
                continue
            statement = self._around(start, end, prep.start(), source.mention.end)
            if statement:
                cue = prep.group().strip()
                cites = self._cites(source.mention.end, end)
                yield Attribution(source, cue, statement, cites), (prep.start(), prep.end())
        if self.rules.after_preps is None:
            return
        for prep in self.rules.after_preps.finditer(self.text, start, end):
            clause_start = self._clause_start(start, prep.start())
            source = self._resolve(clause_start, prep.start(), start, end, last=True)
            if source is None:
                continue
            statement = self._around(start, end, source.mention.start, prep.end())
            if statement:
                yield Attribution(source, prep.group(), statement, None), prep.span()

    def _expressive(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``obwohl es dort „Sorge …“ zum Ausdruck brachte``: the quotation is the statement."""
        for cue in self.rules.expressive.finditer(self.text, start, end):
            quotes = [q for q in _QUOTE.finditer(self.text, start, cue.start())]
            if not quotes:
                continue
            quote = quotes[-1]
            group = next(i for i in range(1, 6) if quote.group(i) is not None)
            clause_start = self._clause_start(start, quote.start())
            source = self._resolve(clause_start, quote.start(), start, end, neuter=True)
            statement = clean_span(self.text, *quote.span(group))
            if source and statement:
                yield Attribution(source, cue.group("cue"), statement, None), cue.span()

    def _preposed(self, start: int, end: int) -> Iterator[tuple[Attribution, tuple[int, int]]]:
        """``Das Weiße Haus hat erklärt, dass …`` / ``Am Dienstag sagte Putin, …``."""
        for cue_start, cue_end, cue_label in self._preposed_cues(start, end):
            clause_start = self._before_relative(
                start, self._clause_start(start, cue_start), cue_start, appositions=True
            )
            source = self._resolve(clause_start, cue_start, start, end, last=True)
            opening = self._opening(cue_end, end)
            if source is None:  # verb-second: "Am Dienstag sagte Putin, …"
                stop = opening.start() if opening else end
                source = self._resolve(cue_end, stop, start, end)
            anaphoric = self._anaphoric(clause_start, cue_start)
            if anaphoric and source:
                cites = self._cites(cue_end, end)
                yield Attribution(source, cue_label, anaphoric, cites), (cue_start, cue_end)
                continue
            if opening is None and cue_label.lower() not in self.rules.bare_statement_verbs:
                continue  # "Filzmaier erklärt die Welt": no reported speech follows
            statement_start = (
                opening.end()
                if opening
                else self._after_adverbials(self._after_addressee(cue_end, end), end)
            )
            if source and source.mention.start > cue_end:
                statement_start = max(statement_start, source.mention.end)
            statement = self._statement(statement_start, end)
            if source and statement:
                yield Attribution(source, cue_label, statement, None), (cue_start, cue_end)

    def _preposed_cues(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """Preposed cue words, and separable verbs around their adverbials
        (``teilte am Mittwoch mit,`` → ``teilte … mit``)."""
        for cue in self.rules.preposed.finditer(self.text, start, end):
            yield cue.start(), cue.end(), cue.group()
        if self.rules.separable is None:
            return
        for cue in self.rules.separable.finditer(self.text, start, end):
            pair = (cue.group("verb").lower(), cue.group("particle").lower())
            if (
                pair not in self.rules.separable_pairs
                or cue.end("verb") == cue.start("particle") - 1
            ):
                continue  # another verb's particle, or "teilte mit": a preposed cue already
            label = f"{cue.group('verb')} … {cue.group('particle')}"
            yield cue.start(), cue.end(), label

    # -- spans ---------------------------------------------------------------------

    def _opening(self, start: int, end: int) -> re.Match[str] | None:
        """Where reported speech opens after a cue: a comma or colon close by, or a
        ``that``/``dass`` a little further (``told Reuters in an interview that``)."""
        words = list(_WORD.finditer(self.text, start, end))
        found = []
        for pattern, reach in (
            (self.rules.statement_comma, self.rules.opener_reach),
            (self.rules.statement_that, _THAT_REACH_WORDS),
        ):
            near = words[:reach]
            match = pattern.search(self.text, start, near[-1].end() + 1) if near else None
            if match:
                found.append(match)
        return min(found, key=lambda m: m.start()) if found else None

    def _anaphoric(self, start: int, end: int) -> Span | None:
        """``Das berichtete die Financial Times``: the statement is the sentence before."""
        if self.previous_sentence is None:
            return None
        if not self.rules.anaphora.fullmatch(self.text[start:end].strip()):
            return None
        return self._statement(*self.previous_sentence)

    def _after_addressee(self, start: int, end: int) -> int:
        """``told reporters``, ``told Reuters``: whom the source spoke to is no statement."""
        word = _WORD.search(self.text, start, end)
        if word is None:
            return start
        named = self.index.at(word.start(), word.end())
        if named and named.kind is FactKind.ORGANISATION and named.start == word.start():
            return named.end
        return word.end() if self.rules.addressees.fullmatch(word.group()) else start

    def _after_adverbials(self, start: int, end: int) -> int:
        """Skip ``on Monday``, ``in a statement`` between a bare cue and its statement."""
        while (adverbial := self.rules.adverbials.match(self.text, start, end)) is not None:
            start = adverbial.end()
        return start

    def _heads_phrase(self, source: Source, phrase: list[re.Match[str]]) -> bool:
        """``laut der Agentur AFP``: a named source comes first; ``laut Berichten dürfte
        Apple`` names none. Anonymous phrases (``a person familiar with…``) run longer."""
        if source.kind == _ANONYMOUS:
            return True
        content = [w for w in phrase if w.group().lower() not in self.rules.determiners]
        return source.mention.start < content[min(len(content), _PHRASE_WORDS) - 1].end()

    def _may_open_source(self, word: str) -> bool:
        return word[:1].isupper() or word.lower() in self.rules.determiners

    def _after_relative_clause(self, sentence_start: int, cue_start: int) -> bool:
        """The cue follows its subject and an inserted clause (``X, who …, said``; ``His
        sister, Kim Yo Jong, said``): no inverted attribution, the source came first."""
        clause_start = self._clause_start(sentence_start, cue_start)
        if self._before_relative(sentence_start, clause_start, cue_start) != clause_start:
            return True
        start = self._before_relative(sentence_start, clause_start, cue_start, appositions=True)
        if start == clause_start or _QUOTE_MARK.search(self.text, start, cue_start):
            return False  # '"We will win," said Zelenskiy': the quotation is the statement
        return any(m.kind is FactKind.ACTOR for m in self.index.within(start, cue_start))

    def _before_relative(
        self, sentence_start: int, clause_start: int, cue_start: int, *, appositions: bool = False
    ) -> int:
        """``Two diplomats, who spoke on condition of anonymity, said``: a relative clause
        closed by a comma right before the cue; the source stands before it. With
        ``appositions`` a short inserted phrase counts too (``Josep Borrell, EU foreign
        policy chief, said``)."""
        if self.text[clause_start:cue_start].strip() or clause_start <= sentence_start:
            return clause_start
        comma = self.text.rfind(",", sentence_start, clause_start)
        relative = self._clause_start(sentence_start, comma) if comma > sentence_start else None
        word = _WORD.match(self.text, relative) if relative is not None else None
        if relative is None or word is None or relative == sentence_start:
            return clause_start
        inserted = self.text[relative:comma].split()
        apposition = appositions and len(inserted) <= _APPOSITION_WORDS
        if word.group().lower() not in self.rules.relative_pronouns and not apposition:
            return clause_start
        before = self.text.rfind(",", sentence_start, relative)
        return self._clause_start(sentence_start, before) if before >= sentence_start else relative

    def _clause_start(self, sentence_start: int, position: int) -> int:
        start = sentence_start
        for brk in _CLAUSE_BREAK.finditer(self.text, sentence_start, position):
            start = brk.end()
        return start

    def _statement(self, start: int, end: int) -> Span | None:
        """A clean statement span: no edge punctuation, no leading ``dass``/``that``."""
        span = clean_span(self.text, start, end)
        if span is None:
            return None
        opener = self.rules.openers.match(self.text, span.start, span.end)
        if opener:
            span = clean_span(self.text, opener.end(), span.end)
        return span

    def _around(self, start: int, end: int, phrase_start: int, phrase_end: int) -> Span | None:
        """The sentence without an attribution phrase at its start or end."""
        head = self.text[start:phrase_start].strip(' ,;:"„“')
        tail = self.text[phrase_end:end].strip(' ,;:.!?"„“”')
        if not head:
            parenthesis = _PARENTHESIS.match(self.text, phrase_end, end)  # "(WHO)"
            phrase_end = parenthesis.end() if parenthesis else phrase_end
            after = _CLAUSE_BREAK.search(self.text, phrase_end, end)
            within_phrase = (
                after is not None and len(self.text[phrase_end : after.start()].split()) <= 3
            )
            return self._statement(after.end() if after and within_phrase else phrase_end, end)
        if not tail:
            return self._statement(start, phrase_start)
        return self._statement(start, end)

    # -- source resolution ---------------------------------------------------------

    def _resolve(
        self,
        start: int,
        end: int,
        sent_start: int,
        sent_end: int,
        *,
        last: bool = False,
        neuter: bool = False,
    ) -> Source | None:
        """The source named in ``[start, end)``: the first candidate (``last``: nearest the end)."""
        stop = self.rules.region_stops.search(self.text, start + 1, end) if not last else None
        if stop:
            end = stop.start()
        start, end = trim(self.text, start, end)
        if start >= end:
            return None
        anonymous = bool(self.rules.anonymity.search(self.text, sent_start, sent_end))
        candidates = [
            *self._coreferent(start, end),
            *self._anonymous(start, end, anonymous),
            *self._governments(start, end),
            *self._bodies(start, end),
            *self._named(start, end),
            *self._pronouns(start, end, sent_start, neuter=neuter),
        ]
        if not candidates:
            return None
        # "Treasury Secretary Janet Yellen": the named person heads the phrase.
        people = [c for c in candidates if c.kind in _PEOPLE and not _inside_other(c, candidates)]
        if people and all(c.kind in _MODIFIERS for c in candidates):
            candidates = people
        if last:
            return max(candidates, key=lambda c: (c.mention.end, -c.mention.start))
        return min(candidates, key=lambda c: (c.mention.start, -c.mention.end))

    def _coreferent(self, start: int, end: int) -> list[Source]:
        match = self.rules.coreference.match(self.text, start, end)
        if match is None:
            return []
        label = self.last_anonymous or "anonymous: a source"
        return [Source(label, _ANONYMOUS, _span(self.text, match.start(), match.end()))]

    def _anonymous(self, start: int, end: int, anonymity_said: bool) -> list[Source]:
        found = []
        for pattern, label, only_if_anonymous in self.rules.anonymous:
            match = pattern.search(self.text, start, end)
            if match and (anonymity_said or not only_if_anonymous):
                found.append(Source(label, _ANONYMOUS, _span(self.text, *match.span())))
        return found

    def _governments(self, start: int, end: int) -> list[Source]:
        """``Regierung von Präsident Joe Biden``: the phrase itself is the source."""
        found = []
        for match in self.rules.government_np.finditer(self.text, start, end):
            named = self.index.within(match.end(), end)
            if named and named[0].start == match.end():
                span = _span(self.text, match.start(), named[0].end)
                found.append(Source(span.text, _GOVERNMENT, span))
        return found

    def _bodies(self, start: int, end: int) -> list[Source]:
        """``Police said``, ``nach Angaben der Behörden``: a public body named by a noun."""
        found = []
        for pattern, label in self.rules.bodies:
            match = pattern.search(self.text, start, end)
            if match:
                country = self._country_in(*match.span())
                named = f"{label} ({country})" if country else label
                found.append(Source(named, _GOVERNMENT, _span(self.text, *match.span())))
        return found

    def _country_in(self, start: int, end: int) -> str | None:
        """``South Korea's military``, ``des südkoreanischen Generalstabs``: whose body."""
        places = [m for m in self.index.within(start, end) if m.kind is FactKind.PLACE]
        if places:
            return places[0].label
        words = (w.group().strip(".,;:'’") for w in _WORD.finditer(self.text, start, end))
        return next((c for w in words if (c := self.rules.demonyms.get(w))), None)

    def _named(self, start: int, end: int) -> list[Source]:
        return [
            Source(m.label, self._titled_kind(m, start), _span(self.text, m.start, m.end))
            for m in self.index.within(start, end)
            if not self._locative(m)
        ]

    def _titled_kind(self, mention: EntityMention, region_start: int) -> str:
        """``Bundeskanzler Olaf Scholz``, ``Kremlin spokesman Dmitry Peskov``: an official."""
        kind = self._kind(mention)
        if kind != "person":
            return kind
        before = self.text[region_start : mention.start].split()[-2:]
        after = self._apposition_after(mention.end)  # "Josep Borrell, EU foreign policy chief,"
        titled = any(self.rules.official_titles.search(w) for w in [*before, *after])
        return "official" if titled else kind

    def _apposition_after(self, position: int) -> list[str]:
        found = re.match(r",\s*([^,]{1,60}),", self.text[position : position + 64])
        words = found.group(1).split() if found else []
        return words if len(words) <= _APPOSITION_WORDS else []

    def _locative(self, mention: EntityMention) -> bool:
        """``der Minister … in Griechenland``: a place after ``in`` is where, not who."""
        if mention.kind is not FactKind.PLACE:
            return False
        before = self.text[max(0, mention.start - 12) : mention.start].split()
        return bool(before) and before[-1].lower() in self.rules.locatives

    def _kind(self, mention: EntityMention) -> str:
        if mention.kind is FactKind.ACTOR:
            return "person"
        if mention.kind is FactKind.PLACE:
            return _GOVERNMENT  # "Venezuela erklärte": the country speaks through its government
        base = mention.label.rsplit("-", 1)[-1]
        org_type = self.rules.org_types.get(mention.label) or self.rules.org_types.get(base)
        if org_type in _ORG_TYPES:
            return _ORG_TYPES[org_type]
        if org_type == "government body" or any(
            w in mention.label for w in self.rules.government_words
        ):
            return _GOVERNMENT
        return "organisation"

    def _pronouns(self, start: int, end: int, sent_start: int, *, neuter: bool) -> list[Source]:
        """``sagte er``, ``obwohl es …``: only a pronoun opening the source phrase.

        A neuter pronoun is mostly expletive (``So sagt es der Premier``); only a
        quotation's expressive verb lets ``es``/``it`` speak for a country.
        """
        found = []
        for word in list(_WORD.finditer(self.text, start, end))[:2]:
            role = self.rules.pronouns.get(word.group().lower())
            if role is None or (role == "party" and not neuter):
                continue
            speaker = self._recent_speaker(sent_start) if role == "actor" else None
            if speaker is not None:  # "«…», sagte sie": the person quoted just before
                found.append(Source(speaker.label, speaker.kind, _span(self.text, *word.span())))
                continue
            referent = self._referent(role, sent_start, word.start())
            if referent:
                found.append(
                    Source(referent.label, self._kind(referent), _span(self.text, *word.span()))
                )
        return found

    def _recent_speaker(self, sent_start: int) -> Source | None:
        recent = {sent_start, self.previous_sentence[0] if self.previous_sentence else None}
        if self.speaker_sentence is None or self.speaker_sentence[0] not in recent:
            return None
        return self.last_speaker

    def _referent(self, role: str, sent_start: int, position: int) -> EntityMention | None:
        before = self.index.within(0, position)
        if role == "actor":
            actors = [m for m in before if m.kind is FactKind.ACTOR]
            return actors[-1] if actors else None
        parties = [m for m in before if m.kind in {FactKind.PLACE, FactKind.ORGANISATION}]
        in_sentence = [m for m in parties if m.start >= sent_start]
        if in_sentence:
            return in_sentence[0]  # "Venezuela … obwohl es": the sentence's subject
        return parties[-1] if parties else None

    def _cites(self, start: int, end: int) -> str | None:
        """Whom the source cites: ``unter Berufung auf den Kreml`` → Kreml."""
        match = self.rules.cites.search(self.text, start, end)
        if match is None:
            relative = self.rules.cites_relative.search(self.text, start, end)
            if relative is None:
                return None
            return self._cited(relative.start("cited"), relative.end("cited"))
        stop = self.rules.region_stops.search(self.text, match.end() + 1, end)
        return self._cited(match.end(), stop.start() if stop else end)

    def _cited(self, start: int, end: int) -> str | None:
        """The cited party: a named one (a person first), else the phrase's nouns."""
        named = self.index.within(start, end)
        people = [m for m in named if m.kind is FactKind.ACTOR]
        if named:  # "citing Kremlin spokesman Dmitry Peskov": the person speaks
            return (people or named)[0].label
        words = list(_WORD.finditer(self.text, start, end))[:5]
        content = [w for w in words if w.group().lower() not in self.rules.determiners]
        capitalised = [w for w in content if w.group()[:1].isupper()]
        if not capitalised:
            return None
        cited = clean_span(self.text, content[0].start(), capitalised[-1].end())
        return cited.text if cited else None


def _inside_other(candidate: Source, candidates: list[Source]) -> bool:
    """``Regierung von Präsident Joe Biden``: the person only names the government."""
    span = candidate.mention
    return any(
        c is not candidate and c.mention.start <= span.start and span.end <= c.mention.end
        for c in candidates
    )


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The attribution closest to the sentence end (earlier commas belong to the statement)."""
    found = None
    position = start
    while (match := pattern.search(text, position, end)) is not None:
        found, position = match, match.start() + 1
    return found


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _cards(attributions: list[Attribution]) -> list[CardDraft]:
    by_label: dict[str, list[Attribution]] = {}
    for attribution in attributions:
        by_label.setdefault(attribution.source.label, []).append(attribution)
    return [_card(label, group) for label, group in by_label.items()]


def _card(label: str, group: list[Attribution]) -> CardDraft:
    statements = [_statement_attributes(a) for a in group]
    cites = list(dict.fromkeys(a.cites for a in group if a.cites))
    attributes: dict[str, Any] = {
        "source_kind": group[0].source.kind,
        "statements": statements,
        "cites": cites,
    }
    mentions = tuple(dict.fromkeys(a.source.mention for a in group))
    return CardDraft(FactKind.SOURCE, label, attributes, mentions)


def _statement_attributes(attribution: Attribution) -> dict[str, Any]:
    return {
        "cue": attribution.cue,
        "start": attribution.statement.start,
        "end": attribution.statement.end,
        "text": attribution.statement.text,
        "cites": attribution.cites,
        "source_text": attribution.source.mention.text,
    }
