"""spaCy components that correct and complete statistical NER with Factsheet's rule data.

Registered once at import (``@Language.factory``). After them ``doc.ents`` carries the labels
PER, ORG, LOC and MISC (plus spaCy's numeric labels such as DATE, which pass unchanged).
Spans set by a rule carry their provenance in ``span.id_`` ("gazetteer" or "names"); a
gazetteer span's ``kb_id_`` is the canonical label of its entry.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import cast

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from desktop.nlp.lexicon import Lexicon, label_map, lexicon

GAZETTEER = "gazetteer"
NAMES = "names"
NAMED_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
# Institutions named by a common noun ("Außenministerium"): organisations for the cards,
# kept out of doc.ents, which holds proper names only.
INSTITUTIONS = "factsheet_institutions"
MAX_NAME_TOKENS = 4
MIN_CUT_NOUN = 5
PLACE_HEADS = ("straße", "strasse", "allee", "brunnen", "kapelle", "ufer", "damm", "burg")
ROAD_CLASSES = frozenset({"A", "B"})  # Autobahn, Bundesstraße: "A 7", "B 27"
TOWN_ENDINGS = (
    "hausen",
    "kirchen",
    "bach",
    "dorf",
    "heim",
    "ingen",
    "stedt",
    "stadt",
    "feld",
    "felde",
    "burg",
    "rode",
    "brück",
    "leben",
    "weiler",
)
TOWN_SHAPE_LABELS = frozenset({"PER", "ORG"})
STREET_ENDINGS = ("straße", "strasse", "gasse", "allee", "platz", "weg", "damm", "ufer")
ADJECTIVE_ENDINGS = frozenset({"", "e", "en", "er", "es", "em"})
# German articles that are part of a name only after "von"/"van" (Ursula von der Leyen).
ARTICLE_PARTICLES = frozenset({"der", "den", "das", "la", "le"})


def _replace_overlapping(
    doc: Doc, new: Iterable[Span], *, keep_longer: bool, always_win: frozenset[int] = frozenset()
) -> None:
    """Put ``new`` spans into ``doc.ents``, dropping what they overlap.

    With ``keep_longer`` an existing entity that strictly contains a new span survives
    ("Washington Post" keeps its ORG over the gazetteer's "Washington"), except for new
    spans starting at a token in ``always_win``.
    """
    kept = list(doc.ents)
    for span in filter_spans(list(new)):
        clashes = [e for e in kept if e.start < span.end and span.start < e.end]
        if (
            keep_longer
            and span.start not in always_win
            and any(
                e.start <= span.start and span.end <= e.end and len(e) > len(span) for e in clashes
            )
        ):
            continue
        kept = [e for e in kept if e not in clashes]
        kept.append(span)
    doc.ents = sorted(kept, key=lambda s: s.start)


def _tagged(doc: Doc) -> set[int]:
    """Indices of the tokens inside an entity."""
    return {i for e in doc.ents for i in range(e.start, e.end)}


def _inside_capitalised_run(token: Token) -> bool:
    """``Copa America``: a word beside another capitalised word is part of a longer name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(t is not None and t.text[:1].isupper() for t in (before, after))


def _names_a_club(doc: Doc, end: int) -> bool:
    """``Mainz 05``: a town followed by a number names a club, not the place."""
    return end < len(doc) and bool(doc[end].like_num)


def _is_road_number(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 3


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _words(doc: Doc) -> list[str]:
    return [token.text for token in doc]


class LabelMap:
    """Maps a statistical model's labels onto PER/ORG/LOC/MISC."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            start = ent.start
            # "the United States": the article is no part of the name
            while start < ent.end - 1 and doc[start].lower_ in {"the", "der", "die", "das"}:
                start += 1
            ents.append(Span(doc, start, ent.end, label=self.mapping.get(ent.label_, ent.label_)))
        doc.ents = ents
        return doc


class GazetteerTagger:
    """Tags known places and organisations; the gazetteer beats the statistical model."""

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.lex = lex
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[str, list[Doc]] = defaultdict(list)
        for text, entry in lex.entries.items():
            patterns[entry.label].append(nlp.make_doc(text))
        for label, docs in patterns.items():
            self.matcher.add(label, docs)
        # Datelines write places in capitals ("CARACAS, Venezuela"): match those by LOWER.
        self.caps_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.caps_matcher.add(
            "LOC",
            [nlp.make_doc(t) for t, e in lex.entries.items() if e.label == "LOC" and len(t) > 3],
        )

    def _caps_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [
            (match_id, start, end)
            for match_id, start, end in self.caps_matcher(doc)
            if all(t.is_upper for t in doc[start:end])
        ]

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        decisive = set()  # "Venezuelas Ölexporte" is no name: a genitive ends a name
        for match_id, start, end in [*self.matcher(doc), *self._caps_matches(doc)]:
            span = doc[start:end]
            entry = self.lex.entry(span.text)
            if entry is None:
                continue
            if entry.inflected:
                decisive.add(start)
            spans.append(
                Span(
                    doc,
                    start,
                    end,
                    label=doc.vocab.strings[match_id],
                    kb_id=entry.canonical,
                    span_id=INSTITUTIONS if entry.institution else GAZETTEER,
                )
            )
        _replace_overlapping(doc, spans, keep_longer=True, always_win=frozenset(decisive))
        doc.spans[INSTITUTIONS] = [e for e in doc.ents if e.id_ == INSTITUTIONS]
        doc.ents = [e for e in doc.ents if e.id_ != INSTITUTIONS]
        return doc


class InstitutionPatterns:
    """German compound institution names: ``Bundeskartellamt``, ``Bundesamt für Gesundheit``."""

    def __init__(self, rules: dict[str, object]) -> None:
        heads = rules.get("head", [])
        assert isinstance(heads, list)
        self.head = re.compile("|".join(f"(?:{h})" for h in heads)) if heads else None
        self.continuations = frozenset(cast(list[str], rules.get("continuations", [])))
        self.max_continuation = int(cast(int, rules.get("max_continuation", 0)))

    def spans(self, doc: Doc, is_name: Callable[[Token], bool]) -> list[Span]:
        if self.head is None:
            return []
        found = []
        known = {i for span in doc.spans.get(INSTITUTIONS, []) for i in range(span.start, span.end)}
        for token in doc:
            if token.ent_type_ or token.i in known or not self.head.fullmatch(token.text):
                continue
            end = token.i + 1
            if end + 1 < len(doc) and doc[end].text in self.continuations:
                stop = end + 1
                while (
                    stop < len(doc) and stop - end <= self.max_continuation and is_name(doc[stop])
                ):
                    stop += 1
                if stop > end + 1:
                    end = stop
            found.append(Span(doc, token.i, end, label="ORG", span_id=NAMES))
        return found


class NameTagger:
    """Person names from patterns, then document-level consistency and clean-up.

    - title + capitalised names: ``Präsident Nicolas Maduro``, ``Secretary of State Antony
      Blinken``;
    - known first name + capitalised surname(s): ``Joe Biden``, ``Ursula von der Leyen``;
    - surname propagation: once ``Nicolas Maduro`` is PER, ``Maduro``/``Maduros`` are too;
    - the same string keeps one label throughout the document;
    - closed-class words and bare role titles are never entities.
    """

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        self.lex = lex
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.role_matcher.add("ROLE", [nlp.make_doc(text) for text in lex.roles])
        self.institutions = InstitutionPatterns(lex.org_patterns)

    def __call__(self, doc: Doc) -> Doc:
        self._drop_false_positives(doc)
        self._repair_statistical(doc)
        self._relabel_by_shape(doc)
        self._sports_clubs(doc)
        _replace_overlapping(doc, self.institutions.spans(doc, self._is_org_word), keep_longer=True)
        _replace_overlapping(doc, self._pattern_names(doc), keep_longer=True)
        _replace_overlapping(doc, self._minor_places(doc), keep_longer=True)
        _replace_overlapping(doc, self._lone_names(doc), keep_longer=True)
        self._propagate_surnames(doc)
        self._make_consistent(doc)
        return doc

    # -- name shapes -------------------------------------------------------------------
    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if len(text) < 2 or not text[:1].isupper():
            return False
        if text in self.lex.stoplist or self.lex.is_role(text):
            return False
        if text.isupper() and len(text) > 1:  # acronyms are organisations, not names
            return False
        if not all(part.isalpha() for part in text.replace("-", " ").replace("'", " ").split()):
            return False
        lowered = text.lower()
        return not any(lowered.endswith(suffix) for suffix in self.lex.noun_suffixes)

    def _name_after(self, doc: Doc, start: int, *, need_two: bool) -> int:
        """End of a run of name tokens starting at ``start`` (particles only inside)."""
        end = start
        names = 0
        while end < len(doc) and end - start < MAX_NAME_TOKENS:
            token = doc[end]
            if self._is_name_token(token) and not self._is_place_or_org(token):
                names += 1
                end += 1
            elif end > start and (
                self._is_particle(doc, end) or (_is_initial(token.text) and end + 1 < len(doc))
            ):
                end += 1
            else:
                break
            if token.is_sent_end:
                break
        while end > start and (
            doc[end - 1].text in self.lex.particles or _is_initial(doc[end - 1].text)
        ):
            end -= 1
        return end if names >= (2 if need_two else 1) else start

    def _is_particle(self, doc: Doc, i: int) -> bool:
        """``von``/``bin`` inside a name; ``der``/``den`` only after ``von``/``van``."""
        text = doc[i].text
        if text not in self.lex.particles or i + 1 >= len(doc):
            return False
        if text in ARTICLE_PARTICLES and doc[i - 1].text not in {"von", "van", "de"}:
            return False
        return self._is_name_token(doc[i + 1]) or doc[i + 1].text in self.lex.particles

    def _is_place_or_org(self, token: Token) -> bool:
        return token.ent_type_ in {"LOC", "ORG"} and token.ent_id_ == GAZETTEER

    def _pattern_names(self, doc: Doc) -> list[Span]:
        spans = []
        roles = filter_spans([doc[s:e] for _m, s, e in self.role_matcher(doc)])
        doc.ents = [  # a statistical entity inside a title ("State") is a tagging error
            e
            for e in doc.ents
            if e.id_ == GAZETTEER or not any(r.start <= e.start and e.end <= r.end for r in roles)
        ]
        for role in roles:
            role_end = role.end
            end = self._name_after(doc, role_end, need_two=False)
            if end > role_end:
                spans.append(Span(doc, role_end, end, label="PER", span_id=NAMES))
        for token in doc:
            if token.text in self.lex.first_names and token.text not in self.lex.stoplist:
                end = self._name_after(doc, token.i, need_two=True)
                if (
                    end > token.i
                    and not self._model_has_person_at(doc, token.i)
                    and not self._model_has_other_at(doc, token.i, end)
                ):
                    spans.append(Span(doc, token.i, end, label="PER", span_id=NAMES))
        return spans

    @staticmethod
    def _model_has_other_at(doc: Doc, start: int, end: int) -> bool:
        """``French Open``, ``Morgan Stanley``: the model's organisation or place over a
        given name knows better than a list of names."""
        return any(
            e.start <= start and end <= e.end and e.label_ != "PER" and not e.id_ for e in doc.ents
        )

    def _minor_places(self, doc: Doc) -> list[Span]:
        """Known places left untagged by the model or by a dropped longer entity:
        ``in Völklingen``, ``den Niederlanden``, ``im Börse-Vorstand Wien``."""
        tagged = _tagged(doc)
        texts = _words(doc)
        spans = []
        for token in doc:
            if (
                token.i in tagged
                or not token.text[:1].isupper()
                or (token.is_sent_start and token.lower_ in STOP_WORDS)
            ):
                continue
            span = self._known_place_at(doc, token, texts)
            if span is not None and not tagged.intersection(range(span.start, span.end)):
                spans.append(span)
        return spans

    def _lone_names(self, doc: Doc) -> list[Span]:
        """A person named by one word: a known given name (``Laura``), or an unknown
        name right after a speech verb (``erklärte Gates.``, ``so Güllner``)."""
        tagged = _tagged(doc)
        spans = []
        for token in doc:
            if token.i in tagged or not self._is_name_token(token) or self._is_wordlike(token):
                continue
            given = (
                self.lex.language == "de"
                and token.text in self.lex.first_names
                and token.text not in self.lex.minor_places
                and not _inside_capitalised_run(token)
            )
            if given or self._after_speech_verb(token):
                spans.append(Span(doc, token.i, token.i + 1, label="PER", span_id=NAMES))
        return spans

    def _is_wordlike(self, token: Token) -> bool:
        opens_sentence = bool(token.is_sent_start)
        return self.lex.is_common_noun(token.text) or (
            opens_sentence and token.lower_ in STOP_WORDS
        )

    def _after_speech_verb(self, token: Token) -> bool:
        doc = token.doc
        if token.i == 0 or doc[token.i - 1].lower_ not in self.lex.speech_verbs:
            return False
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is None or after.is_punct or after.text.islower()

    def _known_place_at(self, doc: Doc, token: Token, texts: list[str]) -> Span | None:
        entry = self.lex.entries.get(token.text)
        if entry is not None and entry.label == "LOC":
            return Span(
                doc, token.i, token.i + 1, label="LOC", kb_id=entry.canonical, span_id=GAZETTEER
            )
        if self._is_place_compound(token):
            return Span(doc, token.i, token.i + 1, label="LOC", span_id=NAMES)
        if (
            token.text in ROAD_CLASSES
            and token.i + 1 < len(doc)
            and _is_road_number(doc[token.i + 1])
        ):
            return Span(doc, token.i, token.i + 2, label="LOC", span_id=NAMES)
        for words in self.lex.minor_places.get(token.text, ()):
            end = token.i + len(words)
            if tuple(texts[token.i : end]) == words and not _names_a_club(doc, end):
                return Span(doc, token.i, end, label="LOC", span_id=NAMES)
        return None

    def _is_place_compound(self, token: Token) -> bool:
        """``Pestalozzistraße``, ``Fischotterbrunnen``, ``Philippsburg``: a compound with a
        place's head that no dictionary knows as a common noun."""
        text = token.text
        lowered = text.lower()
        return (
            self.lex.language == "de"
            and lowered.endswith(PLACE_HEADS)
            and text[:1].isupper()
            and text.isalpha()
            and any(lowered.endswith(h) and len(text) > len(h) + 2 for h in PLACE_HEADS)
            and not self.lex.is_common_noun(text)
        )

    @staticmethod
    def _model_has_person_at(doc: Doc, start: int) -> bool:
        """The model's own full name starting here knows the name's end better."""
        return any(
            e.start == start and e.label_ == "PER" and len(e) >= 2 and not e.id_ for e in doc.ents
        )

    def _repair_statistical(self, doc: Doc) -> None:
        """Trim titles off the model's entities; a name opened by a first name is a person."""
        repaired = []
        for ent in doc.ents:
            if ent.id_ or ent.label_ not in NAMED_LABELS:
                repaired.append(ent)
                continue
            start, end = ent.start, ent.end
            while start < end - 1 and self._is_title_word(doc[start].text):
                start += 1
            while (
                ent.label_ == "PER"
                and end - 1 > start
                and (
                    self._is_title_word(doc[end - 1].text)
                    or self._is_noun_after_genitive(doc, end - 1)
                )
            ):
                end -= 1  # "Putins Sprecher", "Putins Angriffskrieg": no part of the name
            end = self._known_place_core(doc, start, end)
            label = ent.label_
            if label == "PER":
                start, end = self._person_core(doc, start, end)
            if self._is_opened_by_given_name(doc[start:end]):
                label = "PER"
            repaired.append(Span(doc, start, end, label=label, kb_id=ent.kb_id_))
        doc.ents = repaired

    def _is_opened_by_given_name(self, words: Span) -> bool:
        """``Lionel Messi`` tagged as a place: a name of name tokens opened by a given
        name is a person, unless a word of it ends names of other things (``French
        Open``); only the curated names overrule that."""
        if not all(self._is_name_token(t) or t.text in self.lex.particles for t in words):
            return False
        first = words[0].text
        if first in self.lex.curated_first_names:
            return True
        return first in self.lex.first_names and not any(
            t.text in self.lex.name_head_words for t in words[1:]
        )

    def _known_place_core(self, doc: Doc, start: int, end: int) -> int:
        """``in Brüssel Einreiseverbote``: a known place followed by common nouns ends
        with the place; the nouns that follow are no part of its name."""
        for cut in range(start + 1, end):
            entry = self.lex.entry(doc[start:cut].text)
            if (
                entry is not None
                and entry.label == "LOC"
                and all(self.lex.is_common_noun(t.text, compounds=True) for t in doc[cut:end])
            ):
                return cut
        return end

    def _is_noun_after_genitive(self, doc: Doc, i: int) -> bool:
        """``Putins Angriffskrieg``: a noun owned by the name before it is no part of it."""
        return (
            i > 0
            and doc[i - 1].text.endswith("s")
            and self.lex.is_common_noun(doc[i].text, compounds=True)
        )

    def _is_org_word(self, token: Token) -> bool:
        return token.text[:1].isupper() and token.text not in self.lex.stoplist

    def _relabel_by_shape(self, doc: Doc) -> None:
        """``Schwabacher Straße`` is a place; ``Juventus Turin``, ``Inter Mailand`` — a
        name that ends in a known city without a given name first — a club or firm."""
        doc.ents = [
            Span(doc, e.start, e.end, label=label, kb_id=e.kb_id_, span_id=e.id_)
            if (label := self._label_by_shape(e)) != e.label_
            else e
            for e in doc.ents
        ]

    def _label_by_shape(self, ent: Span) -> str:
        if ent.id_ or ent.label_ not in {"PER", "ORG", "LOC"}:
            return ent.label_
        last = ent[-1].text.lower()
        if self.lex.language == "de" and len(ent) > 1 and last.endswith(STREET_ENDINGS):
            return "LOC"
        if self._is_town_shaped(ent) or self._follows_place_word(ent):
            return "LOC"
        entry = self.lex.entries.get(ent[-1].text)
        if (
            ent.label_ == "PER"
            and len(ent) > 1
            and entry is not None
            and entry.label == "LOC"
            and ent[0].text not in self.lex.first_names
        ):
            return "ORG"
        return ent.label_

    def _follows_place_word(self, ent: Span) -> bool:
        """``im Bezirk Baba Amro``, ``the province of Idlib``: a name after a word for a
        kind of place is that place."""
        before = ent.start - 1
        if before > 0 and ent.doc[before].text == "of":  # "the province of Idlib"
            before -= 1
        return (
            ent.label_ in {"PER", "ORG"}
            and before >= 0
            and ent.doc[before].text in self.lex.place_words
        )

    def _is_town_shaped(self, ent: Span) -> bool:
        """``Taiskirchen``, ``Rheinhausen``: one word with a German town's ending names a
        place far more often than a person (so the training corpora)."""
        text = ent.text
        return (
            self.lex.language == "de"
            and len(ent) == 1
            and ent.label_ in TOWN_SHAPE_LABELS
            and text.isalpha()
            and text not in self.lex.first_names
            and any(text.lower().endswith(s) and len(text) > len(s) + 2 for s in TOWN_ENDINGS)
        )

    def _sports_clubs(self, doc: Doc) -> None:
        """``VfL`` + ``Osnabrück`` → one ORG ``VfL Osnabrück`` (also ``1. FC Köln``)."""
        clubs = []
        for ent in doc.ents:
            if ent.label_ not in {"LOC", "ORG"} or ent.start == 0:
                continue
            start = ent.start
            while start > 0 and doc[start - 1].text in self.lex.club_prefixes:
                start -= 1
            if start < ent.start and not (ent.label_ == "ORG" and ent.id_ == GAZETTEER):
                clubs.append(Span(doc, start, ent.end, label="ORG", span_id=NAMES))
        _replace_overlapping(doc, clubs, keep_longer=False)

    def _person_core(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """The name inside a model's PER span: ``Mibrag-Betriebsrat Mario Gierl``."""
        if self.lex.language != "de" or end - start < 2:
            return start, end
        first = doc[start].text
        head = first.rsplit("-", 1)[-1]
        if "-" in first and head not in self.lex.first_names and first not in self.lex.first_names:
            return start + 1, end  # a hyphenated description before the name
        return self._around_nouns(doc, start, end)

    def _is_plain_noun(self, doc: Doc, i: int) -> bool:
        """A dictionary noun, not a surname after a given name or a particle (``Rudolf
        Körper``, ``von Scheffel``); short nouns (``Ross``, ``Boss``) are too often names
        to cut at."""
        text = doc[i].text
        return (
            len(text) >= MIN_CUT_NOUN
            and text in self.lex.dictionary_nouns
            and text not in self.lex.first_names
            and not (i > 0 and self._opens_surname(doc[i - 1].text))
        )

    def _opens_surname(self, word: str) -> bool:
        return word in self.lex.first_names or word in self.lex.particles

    def _around_nouns(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """``Brians Sohn Murchad`` → ``Murchad``, ``Rée Gründungsmitglied`` → ``Rée``: a
        dictionary noun is no part of a person's name; the name is after it, else before."""
        nouns = [i for i in range(start, end) if self._is_plain_noun(doc, i)]
        if not nouns:
            return start, end
        if nouns[-1] + 1 < end:
            return nouns[-1] + 1, end
        if nouns[0] > start:
            return start, nouns[0]
        return start, end

    def _is_loose_end(self, word: str, label: str) -> bool:
        """A title after a person's name, or a lower-case word ending a German name."""
        if label == "PER" and self._is_title_word(word):
            return True
        return self.lex.language == "de" and word.islower() and word not in self.lex.particles

    def _is_title_word(self, word: str) -> bool:
        lowered = word.lower()
        return (
            self.lex.title(word) is not None
            or word in self.lex.stoplist
            or any(
                lowered.startswith(m.lower()) and lowered[len(m) :] in ADJECTIVE_ENDINGS
                for m in self.lex.role_modifiers
            )
        )

    # -- document level ----------------------------------------------------------------
    def _propagate_surnames(self, doc: Doc) -> None:
        surnames: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ == "PER" and len(ent) >= 2 and self._is_name_token(ent[-1]):
                surnames[ent[-1].text] = ent[-1].text
                if self.lex.language == "de":
                    surnames[ent[-1].text + "s"] = ent[-1].text
        if not surnames:
            return
        spans = []
        for i, word in enumerate(_words(doc)):
            if word not in surnames:
                continue
            current = [e for e in doc.ents if e.start <= i < e.end]
            if current and (
                current[0].label_ == "PER" or current[0].id_ == GAZETTEER or len(current[0]) > 1
            ):
                continue
            spans.append(Span(doc, i, i + 1, label="PER", span_id=NAMES))
        _replace_overlapping(doc, spans, keep_longer=False)

    def _make_consistent(self, doc: Doc) -> None:
        """One label per string in a document, and every occurrence tagged."""
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for ent in doc.ents:
            if ent.label_ in NAMED_LABELS:
                weight = 3 if ent.id_ in {GAZETTEER, NAMES} else 1
                votes[tuple(t.text for t in ent)][ent.label_] += weight
        if not votes:
            return
        labels = {words: counter.most_common(1)[0][0] for words, counter in votes.items()}
        doc.ents = [
            Span(
                doc,
                e.start,
                e.end,
                label=labels.get(tuple(t.text for t in e), e.label_),
                kb_id=e.kb_id_,
                span_id=e.id_,
            )
            for e in doc.ents
        ]
        _replace_overlapping(doc, self._untagged_repeats(doc, labels), keep_longer=True)

    def _untagged_repeats(self, doc: Doc, labels: dict[tuple[str, ...], str]) -> list[Span]:
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for words, label in labels.items():
            if words[0][:1].isupper() and words[0] not in self.lex.stoplist:
                by_first[words[0]].append((words, label))
        spans: list[Span] = []
        if not by_first:
            return spans
        texts = _words(doc)
        tagged = _tagged(doc)
        for i, word in enumerate(texts):
            if i in tagged or word not in by_first:
                continue
            for words, label in by_first[word]:
                end = i + len(words)
                if tuple(texts[i:end]) == words:
                    if not tagged.intersection(range(i, end)):
                        spans.append(Span(doc, i, end, label=label, span_id=NAMES))
                    break
        return spans

    def _drop_false_positives(self, doc: Doc) -> None:
        doc.ents = [e for e in doc.ents if not self._is_false_positive(e)]

    def _is_false_positive(self, ent: Span) -> bool:
        if ent.label_ not in NAMED_LABELS or ent.id_ == GAZETTEER:
            return False
        words = [t.text for t in ent if not t.is_punct]
        if not words:
            return True
        if all(w in self.lex.stoplist or self.lex.is_role(w) for w in words):
            return True
        # Names are capitalised: an all-lower-case entity ("state news") is a tagging error,
        # save English bodies named in lower case ("the commerce ministry").
        if not any(w[:1].isupper() or w[:1].isdigit() for w in words):
            return words[-1] not in self.lex.lowercase_bodies
        return (
            self._is_sentence_adverb(ent)
            or self._is_common_noun(ent)
            or self._is_noun_after_article(ent)
            or self._is_known_noun(ent)
            or self._is_described_noun(ent)
            or self._is_noun_compound(ent)
        )

    def _is_noun_compound(self, ent: Span) -> bool:
        """``DLV-Gala``, ``Champions-League-Spiels``: a hyphenated compound ending in a
        plain noun is a thing named after a name, unless its head forms names
        (``Max-Planck-Institut``)."""
        if self.lex.language != "de" or len(ent) != 1 or "-" not in ent.text:
            return False
        if ent.label_ == "PER":  # double-barrelled surnames: "Ihmels-Albe"
            return False
        head = ent.text.rsplit("-", 1)[1]
        return (
            head[:1].isupper()
            and self.lex.is_common_noun(head)
            and not ent.text.lower().endswith(self.lex.name_heads)
        )

    def _is_described_noun(self, ent: Span) -> bool:
        """``Schweizer Armee``, ``Leipziger Stadtzentrum``: a place's adjective before a
        plain dictionary noun describes a thing; a name would end in a name-forming head
        (``Berliner Zeitung``). Other adjectives often open names (``Rote Armee``)."""
        if self.lex.language != "de" or len(ent) != 2 or ent.label_ == "PER":
            return False
        adjective, noun = ent[0].text, ent[1].text
        return (
            adjective.endswith("er")
            and adjective not in self.lex.dictionary_nouns
            and noun in self.lex.dictionary_nouns
            and not noun.lower().endswith(self.lex.name_heads)
        )

    def _is_known_noun(self, ent: Span) -> bool:
        """``Einreiseverbote``, ``Treffens``: words the corpus shows to be common nouns."""
        words = [t.text for t in ent if t.is_alpha]
        person = ent.label_ == "PER"  # names of places and bodies may be made of nouns
        if not words or (len(words) > 1 and not person) or ent.text in self.lex.minor_places:
            return False
        return all(
            self.lex.is_common_noun(w, compounds=True) and w not in self.lex.first_names
            for w in words
        )

    def _is_noun_after_article(self, ent: Span) -> bool:
        """``die Juristen``: a lone 'person' after an article is a common noun."""
        return (
            ent.label_ == "PER"
            and len(ent) == 1
            and ent.start > 0
            and ent.doc[ent.start - 1].text in self.lex.determiners
            and ent.text not in self.lex.first_names
        )

    def _is_common_noun(self, ent: Span) -> bool:
        lowered = ent.text.lower()
        return len(ent) == 1 and any(lowered.endswith(s) for s in self.lex.common_noun_suffixes)

    def _is_sentence_adverb(self, ent: Span) -> bool:
        """``Fasziniert``/``Natürlich`` opening a sentence: capitalised only by position."""
        if len(ent) != 1 or not ent[0].is_sent_start or ent.text in self.lex.first_names:
            return False
        lowered = ent.text.lower()
        return any(lowered.endswith(suffix) for suffix in self.lex.adverb_suffixes)


@Language.factory("factsheet_label_map", default_config={})
def make_label_map(nlp: Language, name: str) -> LabelMap:
    return LabelMap(label_map())


@Language.factory("factsheet_gazetteer", default_config={"language": "en"})
def make_gazetteer(nlp: Language, name: str, language: str) -> GazetteerTagger:
    return GazetteerTagger(nlp, lexicon(language))


@Language.factory("factsheet_names", default_config={"language": "en"})
def make_names(nlp: Language, name: str, language: str) -> NameTagger:
    return NameTagger(nlp, lexicon(language))
