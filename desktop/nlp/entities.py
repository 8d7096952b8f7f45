"""Actor, organisation and place cards from a parsed document.

``resolve_entities`` turns ``doc.ents`` (after the rule layers of ``components``) into one
card per real-world actor, organisation or place: canonical labels from the gazetteers,
surname and genitive forms merged into the full name, capitals used for their governments
joined to their country, ``US`` in ``US-Beamte`` counted as a mention of the USA, generic
ministries qualified with their country, and actors' roles and affiliations read from the
words around the name.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from desktop import config
from desktop.domain import CardDraft, FactKind
from desktop.domain import Span as TextSpan
from desktop.nlp.components import INSTITUTIONS
from desktop.nlp.lexicon import Lexicon, lexicon
from desktop.nlp.types import EntityIndex, EntityMention

GERMAN_ADJ_ENDINGS = ("em", "en", "er", "es", "e", "")


@dataclass
class _Card:
    kind: FactKind
    label: str
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[EntityMention] = field(default_factory=list)

    def add(self, start: int, end: int, text: str) -> None:
        self.mentions.append(EntityMention(start, end, text, self.kind, self.label))


@dataclass
class _Actor:
    """A person while the resolver reads roles and affiliations."""

    label: str
    spans: list[Span] = field(default_factory=list)
    role: str | None = None
    role_kind: str | None = None
    former: bool = False
    affiliation: str | None = None
    explicit: bool = False
    role_tokens: set[int] = field(default_factory=set)
    possessor: int | None = None  # token of the person whose title this is ("Merkels Sprecher")
    party: str | None = None


@cache
def _rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        config.resource("nlp", "entity_rules.json").read_text("utf-8")
    )
    return data


class _Resolver:
    def __init__(self, doc: Doc, language: str) -> None:
        self.doc = doc
        self.language = language if language in {"de", "en"} else "en"
        self.lex: Lexicon = lexicon(self.language)
        self.rules = _rules()
        self.cards: dict[tuple[FactKind, str], _Card] = {}
        self.country_hits: list[tuple[int, str]] = []  # (char offset, country) evidence
        self.place_hits: list[tuple[int, str]] = []  # cities and regions with their country
        self.token_at = {token.idx: token.i for token in doc}  # mention start → token

    # -- cards ---------------------------------------------------------------------------
    def card(self, kind: FactKind, label: str, **attributes: Any) -> _Card:
        key = (kind, label)
        if key not in self.cards:
            self.cards[key] = _Card(kind, label)
        for name, value in attributes.items():
            if value is not None:
                self.cards[key].attributes.setdefault(name, value)
        return self.cards[key]

    def run(self) -> tuple[EntityIndex, list[CardDraft]]:
        people = [e for e in self.doc.ents if e.label_ == "PER"]
        for ent in self.doc.ents:
            if ent.label_ == "LOC":
                self.place(ent)
            elif ent.label_ == "ORG" or (ent.label_ == "PER" and self._is_known_org(ent)):
                self.organisation(ent)
        for ent in self._institutions():
            self.organisation(ent)
        self.compounds()
        self.generic_bodies()
        self.actors([p for p in people if not self._is_known_org(p)])
        mentions = [m for c in self.cards.values() for m in c.mentions]
        drafts = [self._draft(c) for c in self.cards.values() if c.mentions]
        return EntityIndex(mentions), drafts

    @staticmethod
    def _draft(card: _Card) -> CardDraft:
        spans = sorted({(m.start, m.end, m.text) for m in card.mentions})
        return CardDraft(
            kind=card.kind,
            label=card.label,
            attributes=dict(card.attributes),
            mentions=tuple(TextSpan(s, e, t) for s, e, t in spans),
        )

    def _institutions(self) -> list[Span]:
        """Bodies named by a common noun, kept by the tagger beside ``doc.ents``."""
        return list(self.doc.spans.get(INSTITUTIONS, []))

    def _is_known_org(self, ent: Span) -> bool:
        entry = self.lex.entry(ent.text)
        return entry is not None and entry.label == "ORG"

    # -- places and organisations ---------------------------------------------------------
    def place(self, ent: Span) -> None:
        ent = self._without_possessive(ent)
        entry = self.lex.entry(ent.text)
        if entry is None and ent.text in self.lex.adjectives:
            return  # "Ukrainian", "russische": an adjective, not a place of its own
        if entry is None:
            label = self._uninflected(ent.text, FactKind.PLACE)
            self.card(FactKind.PLACE, label).add(ent.start_char, ent.end_char, ent.text)
            return
        as_city = self._after_location_word(ent) or ent.text.isupper()  # or a dateline
        if entry.type == "capital" and entry.country and not as_city:
            self._country_mention(ent.start_char, ent.end_char, ent.text, entry.country)
            return
        if entry.type == "country":
            self._country_mention(ent.start_char, ent.end_char, ent.text, entry.canonical)
            return
        card = self.card(FactKind.PLACE, entry.canonical, type=entry.type, country=entry.country)
        card.add(ent.start_char, ent.end_char, ent.text)
        if entry.country:  # "returned to Caracas": context for people, not a country mention
            self.place_hits.append((ent.start_char, entry.country))

    def _country_mention(self, start: int, end: int, text: str, country: str) -> None:
        self.card(FactKind.PLACE, country, type="country").add(start, end, text)
        self.country_hits.append((start, country))

    def _after_location_word(self, ent: Span) -> bool:
        """``in Paris``, ``nördlich von Damaskus``: the city itself, not its government."""
        if ent.start == 0:
            return False
        before = self.doc[ent.start - 1].lower_
        if before in self.rules["location_prepositions"][self.language]:
            return True
        if self.doc[ent.start - 1].text in self.rules["city_nouns"][self.language]:
            return True  # "die Hauptstadt Kiew", "the capital Kyiv"
        if before in self.rules["motion_prepositions"][self.language]:
            return self._after_motion_word(ent.start - 1)
        directions = self.rules["direction_words"][self.language]
        return (
            ent.start > 1
            and before in {"von", "of"}
            and (self.doc[ent.start - 2].lower_ in directions)
        )

    def _after_motion_word(self, preposition: int) -> bool:
        """``flew to Moscow`` is the city; ``supplied drones to Moscow`` the government."""
        start = max(self.doc[preposition].sent.start, preposition - 6)
        motion = self.rules["motion_words"][self.language]
        return any(t.lower_ in motion for t in self.doc[start:preposition])

    def organisation(self, ent: Span) -> None:
        ent = self._without_possessive(ent)
        entry = self.lex.entry(ent.text)
        if entry is None and self._national_body(ent):
            return
        if entry is None:
            label = self._uninflected(ent.text, FactKind.ORGANISATION)
            self.card(FactKind.ORGANISATION, label).add(ent.start_char, ent.end_char, ent.text)
            return
        if entry.generic:
            return  # qualified with its country once the whole document is read
        card = self.card(
            FactKind.ORGANISATION, entry.canonical, type=entry.type, country=entry.country
        )
        card.add(ent.start_char, ent.end_char, ent.text)
        if entry.country and entry.type == "government body":
            self.country_hits.append((ent.start_char, entry.country))

    def _without_possessive(self, ent: Span) -> Span:
        """``South Korea's`` tagged with its possessive: the name without it, unless the
        ``'s`` is part of a known name (``Moody's``, ``McDonald's``)."""
        if len(ent) > 1 and ent[-1].text in {"'s", "’s"} and self.lex.entry(ent.text) is None:
            return self.doc[ent.start : ent.end - 1]
        return ent

    def _national_body(self, ent: Span) -> bool:
        """``Russian Foreign Ministry``, ``U.S. Treasury Department`` tagged as one entity:
        a generic body qualified with its country, or the country's own named body."""
        country = self.lex.adjectives.get(ent[0].text) if len(ent) > 1 else None
        prefix = self.lex.compounds.get(ent[0].text) if len(ent) > 1 else None
        country = country or (prefix.canonical if prefix and prefix.kind == "place" else None)
        body = self.lex.entry(ent[1:].text) if country else None
        if body is not None and not body.generic and body.country == country:
            card = self.card(
                FactKind.ORGANISATION, body.canonical, type=body.type, country=body.country
            )
            card.add(ent.start_char, ent.end_char, ent.text)
            return True
        if body is None or not body.generic:
            return False
        label = self._qualified(body.canonical, country)
        card = self.card(FactKind.ORGANISATION, label, type="government body", country=country)
        card.add(ent.start_char, ent.end_char, ent.text)
        return True

    def _uninflected(self, text: str, kind: FactKind) -> str:
        """``Gazproms`` → ``Gazprom`` when the document also has the bare form."""
        if self.language == "de" and text.endswith("s") and len(text) > 3:
            bare = text[:-1]
            if any(e.text == bare for e in self.doc.ents):
                return bare
        endings: dict[str, str] = self.rules["genitive_endings"][self.language]
        if kind is FactKind.ORGANISATION and " " not in text:  # "Bundesfinanzministeriums"
            for ending, base in endings.items():
                if text.endswith(ending) and len(text) > len(ending) + 2:
                    return text[: -len(ending)] + base
        return text

    def compounds(self) -> None:
        """``US-Beamte``, ``EU-Kommissionschef``: the prefix is a mention of its entity."""
        for token in self.doc:
            prefix, dash, head = token.text.partition("-")
            compound = self.lex.compounds.get(prefix) if dash else None
            if compound is None or head in self.rules["compound_heads_not_mentions"]:
                continue
            if token.ent_type_ in {"LOC", "ORG"} and self.lex.entry(token.text) is not None:
                continue  # a gazetteer name of its own ("US-Außenministerium")
            start, end = token.idx, token.idx + len(prefix)
            if compound.kind == "place":
                self._country_mention(start, end, prefix, compound.canonical)
            else:
                entry = self.lex.entry(compound.canonical)
                self.card(
                    FactKind.ORGANISATION,
                    compound.canonical,
                    type=compound.type,
                    country=entry.country if entry else None,
                ).add(start, end, prefix)

    def generic_bodies(self) -> None:
        """``Außenministerium`` → ``US-Außenministerium`` when the context says whose it is."""
        by_base: dict[str, list[Span]] = defaultdict(list)
        for ent in [*self.doc.ents, *self._institutions()]:
            entry = self.lex.entry(ent.text)
            if ent.label_ == "ORG" and entry is not None and entry.generic:
                by_base[entry.canonical].append(ent)
        for base, ents in by_base.items():
            country = next(
                (c for c in (self._country_of_body(e) for e in ents) if c), None
            ) or self._topic_country(set())
            label = self._qualified(base, country)
            card = self.card(FactKind.ORGANISATION, label, type="government body", country=country)
            for ent in ents:
                card.add(ent.start_char, ent.end_char, ent.text)

    def _country_of_body(self, ent: Span) -> str | None:
        if ent.start > 0:
            adjective = self.lex.adjectives.get(self.doc[ent.start - 1].text)
            if adjective:
                return adjective
        sent = ent.sent
        hits = [
            (abs(offset - ent.start_char), country)
            for offset, country in self.country_hits
            if sent.start_char <= offset < sent.end_char
        ]
        return min(hits)[1] if hits else None

    def _qualified(self, base: str, country: str | None) -> str:
        if country is None:
            return base
        prefix = next((c.text for c in self.lex.compounds.values() if c.canonical == country), None)
        if self.language == "de":
            short = prefix is not None and prefix.isupper()
            return f"{prefix}-{base}" if short else f"{base} ({country})"
        adjective = next((a for a, c in self.lex.adjectives.items() if c == country), None)
        return f"{adjective} {base}" if adjective else f"{base} ({country})"

    def _topic_country(self, taken: set[str]) -> str | None:
        counts = Counter(c for _o, c in self.country_hits if c not in taken)
        return counts.most_common(1)[0][0] if counts else None

    # -- actors ---------------------------------------------------------------------------
    def actors(self, people: list[Span]) -> None:
        actors = self._cluster(people)
        for actor in actors:
            for span in actor.spans:
                self._read_party(actor, span)
            for span in actor.spans:
                self._read_role(actor, span)
                if actor.role:
                    break
        taken: dict[str, set[str]] = defaultdict(set)
        ordered = sorted(actors, key=lambda a: (not a.explicit, a.spans[0].start))
        for actor in ordered:
            if actor.role and not actor.explicit and self._is_organisation_title(actor):
                actor.affiliation = self._context_organisation(actor)
            elif actor.role and not actor.explicit:
                actor.affiliation = self._context_country(actor, actors, taken)
            if (
                actor.affiliation
                and actor.role_kind is not None
                and actor.role_kind in self.rules["exclusive_roles"]
                and not actor.former
            ):
                taken[actor.role_kind].add(actor.affiliation)
        self._inherit_from_possessors(actors)
        for actor in actors:
            card = self.card(
                FactKind.ACTOR,
                actor.label,
                role=actor.role,
                affiliation=actor.affiliation,
                party=actor.party,
            )
            for span in actor.spans:
                card.add(span.start_char, span.end_char, span.text)

    def _cluster(self, people: list[Span]) -> list[_Actor]:
        """Full names are actors; a lone surname (or its genitive) joins the nearest before."""
        people = [self._name_only(p) for p in people]
        full = [p for p in people if len(p) >= 2]
        actors: dict[str, _Actor] = {}
        for span in full:
            label = self._uninflected_name(span.text, {f.text for f in full})
            actors.setdefault(label, _Actor(label)).spans.append(span)
        for span in (p for p in people if len(p) < 2):
            owner = self._surname_owner(span, full)
            if owner is None and self._names_a_government(span):
                continue  # "the Biden administration": a government, not a person card
            label = (
                owner
                or self._genitive_owner(span)
                or self._uninflected_name(span.text, {p.text for p in people})
            )
            actors.setdefault(label, _Actor(label)).spans.append(span)
        return list(actors.values())

    def _genitive_owner(self, span: Span) -> str | None:
        """``Putins Angriffskrieg``: a German genitive before a noun names ``Putin``."""
        following = self.doc[span.end] if span.end < len(self.doc) else None
        if self.language != "de" or following is None or not span.text.endswith("s"):
            return None
        return span.text[:-1] if self.lex.is_common_noun(following.text, compounds=True) else None

    def _names_a_government(self, span: Span) -> bool:
        heads = self.rules["government_heads"][self.language]
        after = self.doc[span.end].text if span.end < len(self.doc) else ""
        before = self.doc[span.start - 1].text if span.start > 0 else ""
        return after in heads or (self.language == "de" and before in heads)

    def _name_only(self, span: Span) -> Span:
        """A statistical PER span may include the title ("Präsident Maduro"): drop it."""
        start = span.start
        while start < span.end - 1 and (
            self.lex.is_role(self.doc[start].text) or self.doc[start].text in self.lex.stoplist
        ):
            start += 1
        return self.doc[start : span.end]

    def _uninflected_name(self, text: str, known: set[str]) -> str:
        if self.language == "de" and text.endswith("s") and text[:-1] in known:
            return text[:-1]
        if text.endswith(("'s", "’s")):
            return text[:-2]
        return text

    def _surname_owner(self, span: Span, full: list[Span]) -> str | None:
        forms = {span.text}
        if self.language == "de" and span.text.endswith("s"):
            forms.add(span.text[:-1])
        owners = [f for f in full if f[-1].text in forms or f[-1].text.rstrip("s") in forms]
        if not owners:
            return None
        before = [f for f in owners if f.start < span.start]
        chosen = before[-1] if before else owners[0]
        return self._uninflected_name(chosen.text, {f.text for f in full})

    def _is_organisation_title(self, actor: _Actor) -> bool:
        """A chief executive belongs to a company, never to a country by context."""
        titles = self.rules["organisation_titles"]
        role = actor.role or ""
        return any(role == t or role.endswith((f" {t}", f"-{t}")) for t in titles)

    def _context_organisation(self, actor: _Actor) -> str | None:
        """The nearest company (or unknown organisation) in the title holder's sentence."""
        first = actor.spans[0]
        candidates = [
            (abs(e.start_char - first.start_char), e.text)
            for e in first.sent.ents
            if e.label_ == "ORG" and self._may_employ(e.text)
        ]
        return self._body_affiliation(min(candidates)[1]) if candidates else None

    def _may_employ(self, text: str) -> bool:
        entry = self.lex.entry(text)
        return entry is None or entry.type == "company"

    def _read_party(self, actor: _Actor, span: Span) -> None:
        """``Angela Merkel (CDU)``: the party, and through it the country."""
        end = span.end
        if actor.party or end + 2 >= len(self.doc) or self.doc[end].text != "(":
            return
        closing = next(
            (k for k in range(end + 1, min(end + 5, len(self.doc))) if self.doc[k].text == ")"),
            None,
        )
        entry = self.lex.entry(self.doc[end + 1 : closing].text) if closing else None
        if entry is not None and entry.type == "party":
            actor.party = entry.canonical
            if entry.country and not actor.explicit:
                actor.affiliation, actor.explicit = entry.country, True

    def _inherit_from_possessors(self, actors: list[_Actor]) -> None:
        """``Merkels Sprecher Steffen Seibert`` belongs where Merkel belongs."""
        owner_of = {i: a for a in actors for s in a.spans for i in range(s.start, s.end)}
        for actor in actors:
            owner = owner_of.get(actor.possessor) if actor.possessor is not None else None
            if (
                owner is not None
                and owner is not actor
                and owner.affiliation
                and not actor.explicit
            ):
                actor.affiliation = owner.affiliation

    def _read_role(self, actor: _Actor, span: Span) -> None:
        """Title right before the name, with its modifiers, compound and nationality."""
        i = span.start - 1
        if i < 0:
            return
        token = self.doc[i]
        prefix, dash, rest = token.text.partition("-")
        role, i = self._multiword_role(span.start)
        compound = None
        owner_org = None
        if role is None and dash and rest in self.lex.roles:
            role, i = self.lex.roles[rest], span.start - 1
            compound = self.lex.compounds.get(prefix)
            owner_org = None if compound else self._organisation_named(prefix)
        if role is None and not dash:
            role, i = self.lex.title(token.text), span.start - 1
        if role is None:
            self._read_appositive_role(actor, span)
            if actor.role is None:
                self._read_trailing_role(actor, span)
            return
        if role.kind == "honorific":  # "Dr.", "Mr." are no roles
            return
        prefixes = self.rules["title_prefix_countries"][self.language]
        country = role.country or next(
            (c for p, c in prefixes.items() if role.base.startswith(p)), None
        )
        if country:
            actor.affiliation, actor.explicit = country, True
        actor.role_kind = role.kind
        actor.role_tokens |= set(range(i, span.start))
        title = f"{prefix}-{role.base}" if compound or owner_org else role.base
        if compound:
            actor.affiliation, actor.explicit = self._body_affiliation(compound.canonical), True
        elif owner_org:
            actor.affiliation, actor.explicit = owner_org, True  # "UniCredit-Chef"
        body = self._organisation_before(i)
        if body is not None and not actor.explicit:  # "European Commission President"
            actor.affiliation, actor.explicit = self._body_affiliation(body.text), True
            actor.role_tokens |= set(range(body.start, i))
            i = body.start
        modifiers, us_prefix = self._read_modifiers(actor, i, role.base)
        actor.former = any(self._is_former(m) for m in modifiers)
        actor.role = " ".join([*modifiers, *us_prefix, title])

    def _organisation_named(self, text: str) -> str | None:
        """The organisation a compound prefix names (``UniCredit`` in ``UniCredit-Chef``)."""
        entry = self.lex.entry(text)
        if entry is not None and entry.label == "ORG":
            return self._body_affiliation(text)
        if any(e.label_ == "ORG" and e.text == text for e in self.doc.ents):
            return text
        return None

    def _organisation_before(self, i: int) -> Span | None:
        """An organisation right before a title: ``EU foreign policy chief``."""
        found = next((e for e in self.doc.ents if e.end == i and e.label_ == "ORG"), None)
        for length in (3, 2, 1):  # a gazetteer body the model folded into the name
            if found is None and i - length >= 0:
                found = self.doc[i - length : i]
                entry = self.lex.entry(found.text)
                found = found if entry is not None and entry.label == "ORG" else None
        entry = self.lex.entry(found.text) if found is not None else None
        return None if entry is not None and entry.generic else found  # "foreign ministry"

    def _body_affiliation(self, text: str) -> str:
        """A government body stands for its country (``Kremlin`` → Russia), others for itself."""
        entry = self.lex.entry(text)
        if entry is None:
            return text
        if entry.type == "government body" and entry.country:
            return entry.country
        return entry.canonical

    def _read_trailing_role(self, actor: _Actor, span: Span) -> None:
        """``Josep Borrell, EU foreign policy chief, said``: a title in apposition after."""
        k = span.end
        if k + 1 >= len(self.doc) or self.doc[k].text != ",":
            return
        k += 1
        if self.doc[k].lower_ in self.rules["appositive_articles"][self.language]:
            k += 1
        start = k
        for end in range(min(len(self.doc), start + 7), start, -1):
            role, role_start = self._multiword_role(end)
            if role is None or role.kind == "honorific" or role_start < start:
                continue
            if end < len(self.doc) and self.doc[end].text[:1].isupper():
                continue  # "…, President Joe Biden": a title before the next name
            body = self._organisation_before(role_start)
            words = self.doc[start : body.start if body else role_start]
            if any(
                not self._modifier(t.text, role.base) and t.text not in self.lex.adjectives
                for t in words
            ):
                continue
            modifiers = [self._modifier(t.text, role.base) or "" for t in words]
            countries = [
                self.lex.adjectives[t.text] for t in words if t.text in self.lex.adjectives
            ]
            actor.role = " ".join([*[m for m in modifiers if m], role.base])
            actor.role_kind = role.kind
            actor.former = any(self._is_former(m) for m in modifiers if m)
            if body is not None:
                actor.affiliation, actor.explicit = self._body_affiliation(body.text), True
            elif countries:
                actor.affiliation, actor.explicit = countries[0], True
            actor.role_tokens |= set(range(span.end, end))
            return

    def _read_appositive_role(self, actor: _Actor, span: Span) -> None:
        """``der Generalsekretär der Vereinten Nationen, Ban Ki-moon``: title of a body."""
        comma = span.start - 1
        if comma < 1 or self.doc[comma].text != ",":
            return
        body = next((e for e in [*self.doc.ents, *self._institutions()] if e.end == comma), None)
        if body is None or body.label_ not in {"ORG", "LOC"}:
            return
        k = body.start
        while k > 0 and self.doc[k - 1].lower_ in self.rules["appositive_links"]:
            k -= 1
        role, start = self._multiword_role(k)
        if role is None or role.kind == "honorific":
            return
        entry = self.lex.entry(body.text)
        actor.role, actor.role_kind = role.base, role.kind
        actor.affiliation = entry.canonical if entry else body.text
        actor.explicit = True
        actor.role_tokens |= set(range(start, comma))

    def _read_modifiers(self, actor: _Actor, i: int, base: str) -> tuple[list[str], list[str]]:
        """Words before the title: ``ehemaligen``, ``russischen``, ``Frankreichs``, ``U.S.``."""
        modifiers: list[str] = []
        us_prefix: list[str] = []
        j = i - 1
        while j >= 0:
            word = self.doc[j].text
            pair = self.doc[j - 1 : j + 1].text if j > 0 else ""
            if j > 0 and pair in self.lex.adjectives:  # "North Korean leader"
                word, j = pair, j - 1
                actor.role_tokens.add(j + 1)
            country = self.lex.adjectives.get(word) or self._genitive_country(j)
            modifier = self._modifier(word, base)
            if self.doc[j].ent_type_ == "PER" and not country:
                actor.possessor = j  # "Merkels Sprecher"
                break
            if word in {"'s", "’s"} and j > 0 and self.doc[j - 1].ent_type_ == "PER":
                actor.possessor = j - 1  # "Putin's spokesman"
                break
            if country and not actor.affiliation:
                actor.affiliation, actor.explicit = country, True
                if self.language == "en" and word in {"U.S.", "US"}:
                    us_prefix = [word]
            elif modifier:
                modifiers.insert(0, modifier)
            else:
                break
            actor.role_tokens.add(j)
            j -= 1
        return modifiers, us_prefix

    def _genitive_country(self, j: int) -> str | None:
        """``Frankreichs Präsident``, ``France's president``: the country owns the title."""
        word = self.doc[j].text
        if word in {"'s", "’s"} and j > 0:
            word = self.doc[j - 1].text
        elif self.language != "de":
            return None
        entry = self.lex.entry(word)
        if entry is None or entry.type != "country":
            return None
        return entry.canonical if entry.inflected or self.doc[j].text in {"'s", "’s"} else None

    def _multiword_role(self, name_start: int) -> tuple[Any, int]:
        for length in (4, 3, 2, 1):
            start = name_start - length
            if start >= 0:
                text = self.doc[start:name_start].text
                if text in self.lex.roles:
                    return self.lex.roles[text], start
        return None, name_start

    def _is_former(self, modifier: str) -> bool:
        """``ehemaliger``, ``former``, ``Ex-``: the title is no longer held."""
        lowered = modifier.lower()
        return any(
            lowered == cue.lower() or (lowered.startswith(cue.lower()) and len(cue) > 4)
            for cue in self.rules["former_modifiers"]
        )

    def _modifier(self, word: str, role_base: str) -> str | None:
        """``ehemaligen`` → ``ehemaliger`` (``ehemalige`` for a feminine title)."""
        for stem in self.lex.role_modifiers:
            if self.language != "de" or stem.endswith("-"):
                if word == stem or word.lower() == stem.lower():
                    return word
                continue
            if (
                word.lower().startswith(stem.lower())
                and word.lower()[len(stem) :] in GERMAN_ADJ_ENDINGS
            ):
                return stem + ("e" if role_base.endswith("in") else "er")
        return None

    def _context_country(
        self, actor: _Actor, actors: list[_Actor], taken: dict[str, set[str]]
    ) -> str | None:
        """Nearest country evidence in the sentence, else in the sentence before (the
        paragraph's scene: "… die ukrainische Hauptstadt Kiew. Bürgermeister Vitali
        Klitschko …"), else the document's main country.

        A head of state or government is one per country: a country whose title another
        person already holds is skipped.
        """
        blocked = taken.get(actor.role_kind or "", set()) if not actor.former else set()
        first = actor.spans[0]
        others_role_tokens = set().union(*(a.role_tokens for a in actors if a is not actor))
        sentences = [first.sent]
        scene_matters = actor.role_kind not in self.rules["exclusive_roles"]  # presidents: topic
        if first.sent.start > 0 and scene_matters:
            sentences.append(self.doc[first.sent.start - 1].sent)
        for sent in sentences:
            evidence = self._country_evidence(actor, actors, sent, others_role_tokens)
            for _distance, country in sorted(evidence):
                if country not in blocked:
                    return country
        return self._topic_country(blocked)

    def _country_evidence(
        self, actor: _Actor, actors: list[_Actor], sent: Span, others_role_tokens: set[int]
    ) -> list[tuple[int, str]]:
        first = actor.spans[0]
        evidence = [
            (abs(offset - first.start_char), country)
            for offset, country in [*self.country_hits, *self.place_hits]
            if sent.start_char <= offset < sent.end_char
            and self.token_at.get(offset) not in others_role_tokens
        ]
        evidence += [  # "das syrische Regime von Präsident Assad"
            (abs(token.idx - first.start_char), self.lex.adjectives[token.text])
            for token in sent
            if token.text in self.lex.adjectives and token.i not in others_role_tokens
        ]
        for other in actors:
            if other is actor or not other.affiliation:
                continue
            evidence += [
                (abs(s.start_char - first.start_char), other.affiliation)
                for s in other.spans
                if sent.start_char <= s.start_char < sent.end_char
            ]
        return evidence


def resolve_entities(doc: Doc, language: str) -> tuple[EntityIndex, list[CardDraft]]:
    """One card per actor, organisation and place in ``doc``, and the index of their mentions.

    Every mention quotes the text: ``doc.text[m.start:m.end] == m.text``.
    """
    return _Resolver(doc, language).run()


__all__ = ["resolve_entities"]
