"""The fact sheet as HTML in the subset Qt's QTextDocument lays out (tables, a CSS subset).

Kept free of Qt so it can be tested and reused; ``pdf.py`` turns it into pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from html import escape

from desktop.domain import Verdict
from desktop.export.sheet import (
    CLAIMS_TITLE,
    CONTENTS_TITLE,
    INDEX_TITLE,
    KIND_NAMES,
    METADATA_TITLE,
    SUMMARY_TITLES,
    ArticleSheet,
    CardEntry,
    CardSection,
    ClaimEntry,
    Excerpt,
    FactSheet,
    Field,
)
from desktop.export.wording import Wording

SANS = "DejaVu Sans"
SERIF = "DejaVu Serif"
INK = "#1d2733"
MUTED = "#5b6675"
RULE = "#c9d1db"
HEAD_FILL = "#e9eef4"
STRIPE_FILL = "#f5f7fa"
ACCENT = "#1f4e79"
# Badge colours a reader knows from fact-check sites: red false, green true.
VERDICT_COLOURS: Mapping[Verdict, str] = {
    Verdict.TRUE: "#2e7d32",
    Verdict.MOSTLY_TRUE: "#558b2f",
    Verdict.MIXED: "#b26a00",
    Verdict.MISLEADING: "#c75000",
    Verdict.FALSE: "#c62828",
    Verdict.UNVERIFIABLE: "#546e7a",
    Verdict.UNVERIFIED: "#78909c",
}

STYLE = f"""
body {{ font-family: '{SERIF}'; font-size: 9.5pt; color: {INK}; }}
h1 {{ font-family: '{SANS}'; font-size: 17pt; font-weight: bold; color: {INK};
      margin-top: 0; margin-bottom: 2pt; }}
h2 {{ font-family: '{SANS}'; font-size: 12pt; font-weight: bold; color: {ACCENT};
      margin-top: 14pt; margin-bottom: 4pt; }}
h3 {{ font-family: '{SANS}'; font-size: 10.5pt; font-weight: bold; color: {ACCENT};
      margin-top: 10pt; margin-bottom: 3pt; }}
p.lead {{ font-family: '{SANS}'; font-size: 8.5pt; color: {MUTED}; margin-bottom: 6pt; }}
p.none {{ font-style: italic; color: {MUTED}; margin-top: 0; }}
table.grid {{ border-collapse: collapse; border-color: {RULE}; border-style: solid; }}
th {{ font-family: '{SANS}'; font-size: 8pt; font-weight: bold; color: {MUTED};
      background-color: {HEAD_FILL}; text-align: left; }}
td {{ vertical-align: top; }}
td.label {{ font-family: '{SANS}'; font-weight: bold; }}
td.key {{ font-family: '{SANS}'; font-size: 8pt; color: {MUTED}; }}
td.summary {{ font-family: '{SANS}'; font-size: 8.5pt; }}
span.more, span.count {{ font-family: '{SANS}'; font-size: 7.5pt; color: {MUTED}; }}
span.cue {{ font-family: '{SANS}'; font-size: 8pt; color: {MUTED}; }}
p.quote {{ font-style: italic; margin-top: 2pt; margin-bottom: 3pt; }}
p.detail {{ font-family: '{SANS}'; font-size: 8.5pt; margin-top: 0; margin-bottom: 1pt; }}
a {{ color: {ACCENT}; }}
"""

_GRID = 'class="grid" width="100%" border="0.5" cellspacing="0" cellpadding="4"'


def render_html(sheet: FactSheet) -> str:
    return "".join(_document(sheet, Wording(sheet.locale)))


def _document(sheet: FactSheet, w: Wording) -> Iterator[str]:
    yield f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
    yield f"<h1>{escape(sheet.title)}</h1>"
    yield f"<p class='lead'>{escape(lead(sheet, w))}</p>"
    if sheet.is_dossier:
        yield from _contents(sheet, w)
        yield from _index(sheet, w)
        for number, article in enumerate(sheet.articles, start=1):
            # A dossier starts every article on a fresh page, like stapled briefs.
            yield f"<h2 style='page-break-before: always'>{number}. {escape(article.title)}</h2>"
            yield from _article(article, "h3", w)
    else:
        yield from _article(sheet.articles[0], "h2", w)
    yield "</body></html>"


def lead(sheet: FactSheet, w: Wording) -> str:
    """``Fact sheet · generated March 7, 2022, 9:30 AM UTC by Factsheet``."""
    kind = w.text("Dossier" if sheet.is_dossier else "Fact sheet")
    return w.text("{0} · generated {1} by Factsheet").format(kind, w.moment(sheet.generated_at))


def _value(field: Field, w: Wording) -> str:
    """A metadata value as the reader writes dates; the sheet itself keeps ISO dates."""
    if field.day is not None:
        return w.date(field.day)
    if field.moment is not None:
        return w.moment(field.moment)
    return field.value


def _byline(article: ArticleSheet, w: Wording) -> str:
    fields = {f.label: f for f in article.metadata}
    shown = [_value(fields[k], w) for k in ("Agency", "Published") if k in fields]
    return " · ".join(v for v in shown if v and v != "—")


def _contents(sheet: FactSheet, w: Wording) -> Iterator[str]:
    yield f"<h2>{escape(w.text(CONTENTS_TITLE))}</h2>"
    yield f"<table {_GRID}>"
    for number, article in enumerate(sheet.articles, start=1):
        yield (
            f"<tr{_stripe(number - 1)}><td class='label' width='5%'>{number}.</td>"
            f"<td class='label'>{escape(article.title)}</td>"
            f"<td class='summary' width='28%'>{escape(_byline(article, w))}</td></tr>"
        )
    yield "</table>" + _gap(6)


def _index(sheet: FactSheet, w: Wording) -> Iterator[str]:
    yield f"<h2>{escape(w.text(INDEX_TITLE))}</h2>"
    yield (
        f"<table {_GRID}><thead><tr><th>{w.text('Name')}</th><th>{w.text('Kind')}</th>"
        f"<th>{w.text('Articles')}</th></tr></thead>"
    )
    for row, entry in enumerate(sheet.index):
        where = ", ".join(w.number(n) for n in entry.articles)
        yield (
            f"<tr{_stripe(row)}><td class='label'>{escape(entry.label)}</td>"
            f"<td class='summary'>{escape(w.text(KIND_NAMES[entry.kind]))}</td>"
            f"<td class='summary'>{where}</td></tr>"
        )
    yield "</table>" + _gap(6)


def _article(article: ArticleSheet, heading: str, w: Wording) -> Iterator[str]:
    yield f"<{heading}>{escape(w.text(METADATA_TITLE))}</{heading}>"
    yield from _metadata(article.metadata, w)
    for section in article.sections:
        yield _heading(heading, w.text(section.title), len(section.entries), w)
        yield from _cards(article, section, w)
    yield _heading(heading, w.text(CLAIMS_TITLE), len(article.claims), w)
    if not article.claims:
        yield f"<p class='none'>{escape(w.text('No claims marked.'))}</p>"
    for number, claim in enumerate(article.claims, start=1):
        yield from _claim(article, claim, number, w)


def _stripe(row: int) -> str:
    """Every other row lightly filled, so long rows stay easy to follow across."""
    return f" bgcolor='{STRIPE_FILL}'" if row % 2 else ""


def _gap(points: float) -> str:
    """Vertical space after a table: Qt ignores heading margins that follow a table."""
    return f"<p style='font-size: {points}pt; margin: 0;'>&nbsp;</p>"


def _heading(tag: str, title: str, count: int, w: Wording) -> str:
    return f"<{tag}>{escape(title)} <span class='count'>({w.number(count)})</span></{tag}>"


def _metadata(fields: tuple[Field, ...], w: Wording) -> Iterator[str]:
    """Two label/value pairs per row: a compact block like a brief's masthead."""
    yield f"<table {_GRID}>"
    for left, right in zip(fields[0::2], fields[1::2], strict=False):
        yield f"<tr>{_field(left, w)}{_field(right, w)}</tr>"
    if len(fields) % 2:
        yield f"<tr>{_field(fields[-1], w)}<td></td><td></td></tr>"
    yield "</table>" + _gap(6)


def _field(field: Field, w: Wording) -> str:
    value = escape(_value(field, w))
    if field.link:
        value = f"<a href='{escape(field.link, quote=True)}'>{value}</a>"
    label = escape(w.text(field.label))
    return f"<td class='key' width='12%'>{label}</td><td width='38%'>{value}</td>"


def _cards(article: ArticleSheet, section: CardSection, w: Wording) -> Iterator[str]:
    if not section.entries:
        yield f"<p class='none'>{escape(w.text('None found.'))}</p>" + _gap(4)
        return
    yield (
        f"<table {_GRID}><thead><tr>"
        f"<th width='22%'>{escape(w.text(KIND_NAMES[section.kind]))}</th>"
        f"<th width='26%'>{escape(w.text(SUMMARY_TITLES[section.kind]))}</th>"
        f"<th>{escape(w.text('In the text'))}</th></tr></thead>"
    )
    for row, entry in enumerate(section.entries):
        summary = escape(entry.summary) or "—"
        yield (
            f"<tr{_stripe(row)}><td class='label'>{escape(entry.label)}</td>"
            f"<td class='summary'>{summary}</td><td>{_in_text(article, entry, w)}</td></tr>"
        )
    yield "</table>" + _gap(6)


def _in_text(article: ArticleSheet, entry: CardEntry, w: Wording) -> str:
    if entry.statements:
        return "<br>".join(
            (f"<span class='cue'>{escape(s.cue)}:</span> " if s.cue else "")
            + escape(article.quoted(s.text))
            for s in entry.statements
        )
    if entry.excerpt is None:
        return "—"
    text = _excerpt(article, entry.excerpt)
    if entry.mention_count > 1:
        more = w.text("+{0} more").format(w.number(entry.mention_count - 1))
        text += f" <span class='more'>{escape(more)}</span>"
    return text


def _excerpt(article: ArticleSheet, excerpt: Excerpt) -> str:
    opening, closing = article.quoted("\0").split("\0")
    return (
        f"{escape(opening)}{escape(excerpt.before)}<b>{escape(excerpt.focus)}</b>"
        f"{escape(excerpt.after)}{escape(closing)}"
    )


def _claim(article: ArticleSheet, claim: ClaimEntry, number: int, w: Wording) -> Iterator[str]:
    colour = VERDICT_COLOURS[claim.verdict]
    yield (
        f"<table width='100%' border='0' cellspacing='0' cellpadding='5' "
        f"style='margin-top: 6pt; border-color: {RULE}; border-style: solid;' class='grid'>"
        f"<tr><td width='17%' bgcolor='{colour}' align='center'>"
        f"<span style=\"font-family: '{SANS}'; font-size: 8pt; font-weight: bold; "
        f'color: white;">{escape(w.text(claim.verdict_label).upper())}</span><br>'
        f"<span style=\"font-family: '{SANS}'; font-size: 7pt; color: white;\">"
        f"{escape(w.text('Claim {0}').format(w.number(number)))}</span></td><td>"
    )
    yield f"<p class='quote'>{escape(article.quoted(' '.join(claim.quote.split())))}</p>"
    yield _detail(w.text("Claimant"), escape(claim.claimant))
    if claim.note:
        yield _detail(w.text("Note"), escape(claim.note))
    if claim.tags:
        yield _detail(w.text("Tags"), escape(", ".join(claim.tags)))
    if claim.reviewer:
        yield _detail(w.text("Reviewer"), escape(claim.reviewer))
    for evidence in claim.evidence:
        text = escape(evidence.text)
        if evidence.url:
            text = f"<a href='{escape(evidence.url, quote=True)}'>{text}</a>"
        if evidence.comment:
            text += f" — {escape(evidence.comment)}"
        yield _detail(w.text("Evidence"), text)
    yield "</td></tr></table>" + _gap(3)


def _detail(label: str, html_value: str) -> str:
    return (
        f"<p class='detail'><span style='color: {MUTED};'>{escape(label)}:</span> {html_value}</p>"
    )
