"""Wire-story cleanup: headline, byline, dateline and agency off the top, boilerplate off the end.

Works on text whose characters are already cleaned (:func:`desktop.ingest.text.clean_characters`).
All phrases and patterns come from ``resources/ingest/wire.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.ingest.dates import find_date, find_date_match
from desktop.ingest.rules import date_line_words, stopwords, wire_rules
from desktop.ingest.text import has_blank_lines, join_paragraph, split_blocks, squash_spaces

_MAX_HEADER_LINES = 8
_MAX_HEADER_LINE = 250
_MAX_TITLE_WORDS = 30
_SHORT_TITLE_WORDS = 15
_FALLBACK_TITLE_WORDS = 10
_MAX_SIGNATURE_CHARS = 80
_MAX_BYLINE = 120
_LATE_HEADER_PARAGRAPHS = 3

_UPPER = "A-ZÄÖÜÀ-ÖØ-Þ"
_LOWER = "a-zäöüßà-öø-ÿ"
_CAPS_PLACE = rf"[{_UPPER}][{_UPPER}'’.\- ]*[{_UPPER}.]"
_TITLE_WORD = rf"[{_UPPER}][{_LOWER}'’\-]+"
_DATELINE = re.compile(
    rf"""^(?:(?:(?P<place>{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})*)
          |(?P<tplace>{_TITLE_WORD}(?:[ /]{_TITLE_WORD}){{0,2}}))
        (?:,\s*(?P<date>[^()\n–—]{{1,30}}?))?\s*)?
        (?:\((?P<agency>[^()\n]{{1,40}})\))?
        \s*(?P<dash>\s[-–—]|[–—]|-)(?:\s+|$)(?P<rest>.*)$""",
    re.VERBOSE | re.DOTALL,
)
_WORDS = re.compile(rf"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}.'’\-]*")
_SENTENCE_END = (".", ",", ";", ":")


@dataclass(frozen=True)
class WireStory:
    """Clean body plus the metadata found in the copy itself."""

    body: str
    title: str
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    published_on: dt.date | None = None
    title_is_guess: bool = False  # no headline in the copy: made from the first words


@dataclass
class _Header:
    title: str | None = None
    author: str | None = None
    agency: str | None = None
    published_on: dt.date | None = None
    next_line: int = 0


@dataclass
class _Dateline:
    place: str | None
    agency: str | None
    date_text: str | None
    rest: str


@dataclass
class _Body:
    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)


def clean_story(text: str, *, title: str | None = None) -> WireStory:
    """Split ``text`` into metadata and a clean body (paragraphs joined by a blank line).

    A ``title`` known from elsewhere (HTML, Markdown) stops the first line being taken as one.
    """
    lines = text.split("\n")
    if title:
        lines = _without_repeated_title(lines, title)
    header = _read_header(lines, want_title=not title)
    paragraphs = _paragraphs("\n".join(lines[header.next_line :]))
    _take_late_byline(header, paragraphs)
    dateline = _take_dateline(paragraphs)
    body = _strip_boilerplate(paragraphs)
    if not body.paragraphs:  # never return an empty body for real text
        body = _Body(paragraphs or _paragraphs(text))
    final_title = title or header.title or _fallback_title(body.paragraphs)
    return WireStory(
        body="\n\n".join(body.paragraphs),
        title=final_title,
        author=header.author,
        dateline=dateline.place if dateline else None,
        agency=header.agency or (dateline.agency if dateline else None) or _trailer_agency(body),
        published_on=header.published_on or _dateline_date(dateline) or _trailer_date(body),
        title_is_guess=not (title or header.title),
    )


def _take_late_byline(header: _Header, paragraphs: list[str]) -> None:
    """A byline after a teaser paragraph ("Title / Teaser. / Von X / BERLIN (dpa) - …")."""
    if header.author is not None:
        return
    for index, paragraph in enumerate(paragraphs[1:_LATE_HEADER_PARAGRAPHS], start=1):
        byline = parse_byline(paragraph) if len(paragraph) <= _MAX_BYLINE else None
        if byline is not None:
            header.author, agency = byline
            header.agency = header.agency or agency
            del paragraphs[index]
            return


def _take_dateline(paragraphs: list[str]) -> _Dateline | None:
    """Strip the dateline from the first paragraphs (a teaser may come before it)."""
    for index, paragraph in enumerate(paragraphs[:_LATE_HEADER_PARAGRAPHS]):
        dateline = _read_dateline(paragraph)
        if dateline is not None:
            if dateline.rest:
                paragraphs[index] = dateline.rest
            else:
                del paragraphs[index]
            return dateline
    return None


# ---- header -------------------------------------------------------------------------


def _read_header(lines: list[str], *, want_title: bool) -> _Header:
    header = _Header()
    index, seen = 0, 0
    while index < len(lines) and seen < _MAX_HEADER_LINES:
        line = squash_spaces(lines[index])
        if not line:
            index += 1
            continue
        seen += 1
        if len(line) > _MAX_HEADER_LINE or not _take_header_line(
            header, line, lines, index, want_title
        ):
            break
        index += 1
    header.next_line = index
    return header


def _take_header_line(
    header: _Header, line: str, lines: list[str], index: int, want_title: bool
) -> bool:
    """Record ``line`` in ``header`` if it is header material; False where the body starts."""
    if header.author is None and (byline := parse_byline(line)) is not None:
        header.author, agency = byline
        header.agency = header.agency or agency
        header.published_on = header.published_on or find_date(line)  # "By X | March 3, 2022"
        return True
    if header.published_on is None and (date := _date_line(line)) is not None:
        header.published_on = date
        return True
    if _agency_line(line) is not None:
        header.agency = header.agency or _agency_line(line)
        return True
    if any(rule.search(line) for rule in wire_rules().header_noise):
        return True
    if want_title and header.title is None and header.author is None:
        header.title = line if _looks_like_title(line, lines, index) else None
    return header.title == line


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """``Von Matt Spetalnick`` -> ("Matt Spetalnick", None); ``By Jo Roe, AP`` -> agency too.

    ``Von Reuters`` is a byline without an author: (None, "Reuters").
    """
    rest = _after_byline_prefix(line)
    if rest is None:
        return None
    agency = None
    names: list[str] = []
    for part in re.split(r"\s*[,|;]\s*|\s*\(\s*|\s*\)\s*|\s+[-–—/]\s+", rest):
        if not part:
            continue
        canonical = wire_rules().canonical_agency(part)
        if canonical is not None:
            agency = agency or canonical
        elif not any(char.isdigit() for char in part):
            names.append(part)
    author = ", ".join(names)
    if not names:
        return (None, agency) if agency else None
    return (author, agency) if _looks_like_names(author) else None


def _after_byline_prefix(line: str) -> str | None:
    for prefix in sorted(wire_rules().byline_prefixes, key=len, reverse=True):
        head = line[: len(prefix)]
        if head.lower() == prefix.lower() and (
            prefix.endswith(":") or line[len(prefix) :][:1] == " "
        ):
            return line[len(prefix) :].strip(" :")
    return None


def _looks_like_names(text: str) -> bool:
    tokens = text.replace(",", " ").split()
    ends_sentence = text.endswith((".", ":", "!", "?")) and len(tokens[-1]) > 2
    if not 1 <= len(tokens) <= 12 or ends_sentence:
        return False
    connectors = wire_rules().name_connectors
    capitalised = [token for token in tokens if token[0].isupper()]
    others = [token for token in tokens if not token[0].isupper()]
    return bool(capitalised) and all(token.lower() in connectors for token in others)


def _date_line(line: str) -> dt.date | None:
    """A header line that holds a date and little else ("Stand: 07.08.2014, 12:30 Uhr")."""
    match = find_date_match(line)
    if match is None or len(line) > 100:
        return None
    leftover = line[: match.start] + " " + line[match.end :]
    words = [word.lower().rstrip(".") for word in _WORDS.findall(leftover)]
    extra = [word for word in words if word not in date_line_words()]
    return match.value if len(extra) <= 1 else None


def _agency_line(line: str) -> str | None:
    return wire_rules().canonical_agency(line.strip("()[] .-–—"))


def _looks_like_title(line: str, lines: list[str], index: int) -> bool:
    words = line.split()
    if len(words) > _MAX_TITLE_WORDS or line.endswith(_SENTENCE_END) or line[0].islower():
        return False
    if _read_dateline(line) is not None:
        return False
    following = [(i, squash_spaces(text)) for i, text in enumerate(lines) if i > index]
    upcoming = [(i, text) for i, text in following if text]
    if not upcoming:
        return False
    next_index, next_line = upcoming[0]
    if next_index > index + 1:  # a blank line separates it from what follows
        return True
    if parse_byline(next_line) is not None or _date_line(next_line) is not None:
        return True
    # One paragraph per line (no blank lines anywhere): a short line before a capitalised one.
    one_per_line = not has_blank_lines("\n".join(lines))
    return one_per_line and len(words) <= _SHORT_TITLE_WORDS and next_line[:1].isupper()


# ---- dateline -----------------------------------------------------------------------


def _read_dateline(paragraph: str) -> _Dateline | None:
    """``WASHINGTON (Reuters) – Text`` -> place, agency and the text after the dash."""
    match = _DATELINE.match(paragraph)
    if match is None or not _is_dateline(match):
        return None
    place = match["place"] or match["tplace"]
    date_text = match["date"]
    if date_text and not re.search(r"\d", date_text):
        place, date_text = f"{place}, {date_text}", None  # WASHINGTON, D.C. (AP) —
    agency = _canonical_agencies(match["agency"]) if match["agency"] else None
    return _Dateline(place, agency or match["agency"], date_text, match["rest"].strip())


def _is_dateline(match: re.Match[str]) -> bool:
    caps_place, title_place, credit = match["place"], match["tplace"], match["agency"]
    agency = _canonical_agencies(credit) if credit else None
    if not (caps_place or title_place or agency):
        return False
    if credit and agency is None and not caps_place:
        return False  # "Olaf Scholz (SPD) – …" is a sentence, not a dateline
    if caps_place:
        return _is_caps_place(caps_place)
    if title_place:
        return _plausible_title_place(title_place, agency, match["dash"], match["rest"])
    return True


def _is_caps_place(place: str) -> bool:
    letters = [char for char in place if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _plausible_title_place(place: str, agency: str | None, dash: str, rest: str) -> bool:
    if agency:
        return True
    lexicon = set().union(*stopwords().values())
    words = re.split(r"[ /]", place)
    if any(word.lower() in lexicon for word in words):
        return False
    spaced_dash = dash.startswith(" ") or dash in "–—"
    return spaced_dash and bool(rest) and (rest[0].isupper() or rest[0] in "„“\"'‚‘«»0123456789")


def _canonical_agencies(text: str) -> str | None:
    """``dpa/AFP`` -> "dpa/AFP"; unknown credits -> None."""
    parts = [part for part in re.split(r"\s*[/,;]\s*|\s+und\s+|\s+and\s+", text.strip()) if part]
    canonical = [wire_rules().canonical_agency(part) for part in parts]
    known = [name for name in canonical if name]
    return "/".join(dict.fromkeys(known)) if known and len(known) == len(parts) else None


def _dateline_date(dateline: _Dateline | None) -> dt.date | None:
    return find_date(dateline.date_text) if dateline and dateline.date_text else None


# ---- body ---------------------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [paragraph for block in split_blocks(text) if (paragraph := join_paragraph(block))]


def _without_repeated_title(lines: list[str], title: str) -> list[str]:
    """Pages and Markdown often repeat the known headline as their first line."""
    for index, line in enumerate(lines):
        if line.strip():
            same = squash_spaces(line).casefold() == squash_spaces(title).casefold()
            return lines[index + 1 :] if same else lines
    return lines


def _strip_boilerplate(paragraphs: list[str]) -> _Body:
    rules = wire_rules()
    body = _Body([])
    for position, paragraph in enumerate(paragraphs):
        if body.paragraphs and any(rule.search(paragraph) for rule in rules.cut_from_paragraph):
            body.removed.extend(paragraphs[position:])  # a disclaimer or "more on this" block
            break
        if any(rule.search(paragraph) for rule in rules.drop_paragraph):
            body.removed.append(paragraph)
        else:
            body.paragraphs.append(paragraph)
    _strip_trailing_credits(body)
    return body


def _strip_trailing_credits(body: _Body) -> None:
    while body.paragraphs and _is_credit(body.paragraphs[-1]):
        body.removed.append(body.paragraphs.pop())
    if body.paragraphs:
        last = body.paragraphs[-1]
        match = wire_rules().credit_tail.search(last)
        if match and match.start() > 0:
            body.removed.append(last[match.start() :].strip())
            body.paragraphs[-1] = last[: match.start()].rstrip()


def _is_credit(paragraph: str) -> bool:
    rules = wire_rules()
    return any(rule.search(paragraph) for rule in rules.credit_paragraph) or _is_signature(
        paragraph
    )


def _is_signature(paragraph: str) -> bool:
    """``(APA, 3.3.2022)``, ``dpa/AFP``, ``red, APA``: agency credits with at most a date."""
    if len(paragraph) > _MAX_SIGNATURE_CHARS:
        return False
    date = find_date_match(paragraph)
    if date is not None:
        paragraph = paragraph[: date.start] + paragraph[date.end :]
    tokens = [token for token in re.split(r"[\s,/;()|\[\]]+", paragraph.strip(" .–—-")) if token]
    rules = wire_rules()
    known = [token for token in tokens if rules.canonical_agency(token) is not None]
    other = [token for token in tokens if rules.canonical_agency(token) is None]
    return bool(known) and all(_is_signature_token(token) for token in other)


def _is_signature_token(token: str) -> bool:
    """Words of a credit line, or an editor's initials as in ``mrc/dpa/Reuters``."""
    word = token.lower().rstrip(".")
    initials = token.isalpha() and token.islower() and len(token) <= 4
    return word in wire_rules().signature_tokens or initials


def _trailer_agency(body: _Body) -> str | None:
    for paragraph in body.removed:
        if _is_signature(paragraph):
            tokens = re.split(r"[\s,/;()|\[\]]+", paragraph)
            for token in tokens:
                if (canonical := wire_rules().canonical_agency(token)) is not None:
                    return canonical
    return None


def _trailer_date(body: _Body) -> dt.date | None:
    for paragraph in body.removed:
        if _is_signature(paragraph) and (date := find_date(paragraph)) is not None:
            return date
    return None


def _fallback_title(paragraphs: list[str]) -> str:
    if not paragraphs:
        return ""
    first = paragraphs[0]
    words = first.split()
    if len(words) <= _SHORT_TITLE_WORDS:
        return first
    return " ".join(words[:_FALLBACK_TITLE_WORDS]).rstrip(",;:") + " …"
