"""The search box's query language, parsed in pure Python (no SQL here).

``Maduro "Gespräche in Caracas" actor:Putin verdict:false lang:de`` is three kinds of parts:

* free words, matched as word prefixes (``Mad`` finds ``Maduro``);
* ``"phrases"``, matched as consecutive words (the last word may still be a prefix);
* ``field:value`` filters (``field:"two words"`` works too) that narrow the hits by
  article metadata, fact cards and claims.

Case, accents and umlauts never matter: ``Guaido`` finds ``Guaidó``, ``Gespräche`` finds
``gespräche`` and, because German is also written without umlauts, ``Gespraeche`` finds
``Gespräche`` and back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain import FactKind, FactsheetError, Verdict


class QueryError(FactsheetError):
    """A query the search cannot run (an unknown verdict, say); the message says why."""


class Field(StrEnum):
    ACTOR = "actor"
    ORGANISATION = "org"
    PLACE = "place"
    SOURCE = "source"
    SANCTION = "sanction"
    VERDICT = "verdict"
    LANGUAGE = "lang"
    AGENCY = "agency"


# What users type for each field; several spellings so nobody has to look them up.
FIELD_NAMES: dict[str, Field] = {
    "actor": Field.ACTOR,
    "person": Field.ACTOR,
    "org": Field.ORGANISATION,
    "organisation": Field.ORGANISATION,
    "organization": Field.ORGANISATION,
    "place": Field.PLACE,
    "ort": Field.PLACE,
    "source": Field.SOURCE,
    "quelle": Field.SOURCE,
    "sanction": Field.SANCTION,
    "sanktion": Field.SANCTION,
    "verdict": Field.VERDICT,
    "lang": Field.LANGUAGE,
    "language": Field.LANGUAGE,
    "sprache": Field.LANGUAGE,
    "agency": Field.AGENCY,
    "agentur": Field.AGENCY,
}

# Fields answered through the cross-article entities (cards linked to an ``Entity``).
ENTITY_FIELDS: dict[Field, FactKind] = {
    Field.ACTOR: FactKind.ACTOR,
    Field.ORGANISATION: FactKind.ORGANISATION,
    Field.PLACE: FactKind.PLACE,
    Field.SOURCE: FactKind.SOURCE,
}


@dataclass(frozen=True)
class Term:
    """One free word or phrase, as words without punctuation.

    A typed word is matched as a prefix; a quoted phrase word for word. A word with
    hyphens or punctuation inside (``All-in-Rechner``) is a phrase of its parts whose
    last part is still a prefix.
    """

    words: tuple[str, ...]
    prefix: bool = True


@dataclass(frozen=True)
class FieldFilter:
    field: Field
    value: str


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    filters: tuple[FieldFilter, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.filters

    def verdicts(self) -> list[Verdict]:
        return [parse_verdict(f.value) for f in self.filters if f.field is Field.VERDICT]


_PART = re.compile(
    r'(?P<field>[^\W\d]\w*):(?:"(?P<fvalue>[^"]*)"?|(?P<fword>\S+))|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)'
)
_WORD = re.compile(r"\w+")


def parse_query(text: str) -> ParsedQuery:
    """Split what the user typed into terms and filters; never raises on odd input."""
    terms: list[Term] = []
    filters: list[FieldFilter] = []
    for match in _PART.finditer(text):
        name, value = match["field"], match["fvalue"] or match["fword"]
        field = FIELD_NAMES.get(name.casefold()) if name else None
        if field is not None and value and value.strip():
            filters.append(FieldFilter(field, value.strip()))
            continue
        quoted = match["phrase"] is not None
        words = tuple(_WORD.findall(match["phrase"] if quoted else match[0]))
        if words:
            terms.append(Term(words, prefix=not quoted))
    return ParsedQuery(tuple(terms), tuple(filters))


def parse_verdict(value: str) -> Verdict:
    wanted = fold(value).replace("-", "_").replace(" ", "_")
    for verdict in Verdict:
        if verdict.value == wanted:
            return verdict
    choices = ", ".join(v.value for v in Verdict)
    raise QueryError(f"“{value}” is not a verdict; use one of {choices}.")


def fold(text: str) -> str:
    """Case- and accent-free form used for every comparison of names (``Guaidó`` → ``guaido``).

    It agrees with the full-text index's tokenizer (unicode61, remove_diacritics 2), which
    also reads ``ä`` as ``a``; ``ß`` becomes ``ss``.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# German written without umlauts (``ae`` for ``ä``) and Swiss ``ss`` for ``ß``: each query
# word is also looked up in its other spelling. Pairs are (as typed, as indexed).
_TRANSLITERATIONS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


def spelling_variants(word: str) -> list[str]:
    """``word`` and its other German spellings, lower-cased, the word itself first."""
    lowered = word.casefold()
    variants = [lowered]
    for plain, umlaut in _TRANSLITERATIONS:
        for current in list(variants):
            if umlaut in current:
                variants.append(current.replace(umlaut, plain))
            elif plain in current:
                variants.append(current.replace(plain, umlaut))
    return list(dict.fromkeys(variants))[:4]


def fts_match(terms: tuple[Term, ...]) -> str:
    """The FTS5 MATCH expression of ``terms``: all must match (AND), typed words as
    prefixes, each in all its spellings (OR). Every word is quoted, so nothing the user
    types is read as FTS5 syntax."""
    return " AND ".join(_term_match(term) for term in terms)


# A one- or two-letter fragment as a prefix matches most of a large library and ranking
# all of it costs more than the keystroke is worth: such fragments match whole words only.
MIN_PREFIX = 3


def _term_match(term: Term) -> str:
    star = "*" if term.prefix and len(term.words[-1]) >= MIN_PREFIX else ""
    if len(term.words) == 1:
        phrases = spelling_variants(term.words[0])
    else:
        # A phrase in its typed spelling or with every word in its other spelling (two
        # options, not every combination, so a long phrase stays one cheap lookup).
        typed = " ".join(w.casefold() for w in term.words)
        other = " ".join(spelling_variants(w)[-1] for w in term.words)
        phrases = list(dict.fromkeys((typed, other)))
    options = [f'"{phrase}"{star}' for phrase in phrases]
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"
