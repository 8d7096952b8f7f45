"""HTML -> main text and metadata with trafilatura (lazy import), lxml as the fallback.

Only the extracted text leaves this module, so no script, style, frame or remote resource
survives; nothing here fetches anything (trafilatura gets a string, never a URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "blockquote", "pre", "tr", "td", "th", "dd", "dt", "figcaption", "address",
)  # fmt: skip
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas",
    "template", "nav", "footer", "header", "aside", "form", "button", "select",
)  # fmt: skip
_ACTIVE_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "canvas", "template",
)  # fmt: skip
_VOID_ACTIVE_TAGS = frozenset({"embed"})
_METADATA_SCRIPT_TYPES = frozenset({"application/ld+json", "application/json"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` of an HTML file, if it names a codec Python knows."""
    import codecs

    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def extract_html(html: str) -> HtmlArticle:
    """Main text (paragraphs one per line) and metadata of an HTML page.

    The page is parsed once by lxml (its default limits stay on: no ``huge_tree``, so
    absurd nesting is cut off instead of exhausting memory) and stripped of active
    content before trafilatura sees it.
    """
    import copy

    tree = _parse(html)
    if tree is None:
        return HtmlArticle(text="")
    _drop_active(tree)
    document = _trafilatura(copy.deepcopy(tree))
    if document is None or not (document.text or "").strip():
        return _lxml_text(tree)  # trafilatura found no main text: take all visible text
    return HtmlArticle(
        text=document.text,
        title=_meta(document, "title") or _title(tree),
        author=_meta(document, "author"),
        date=_meta(document, "date"),
        site=_meta(document, "sitename") or _meta(document, "hostname"),
        url=_meta(document, "url"),
    )


def _parse(html: str) -> Any:
    from lxml import etree  # type: ignore[import-untyped]
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _drop_active(tree: Any) -> None:
    """Scripts, frames, plugins and styles go; JSON-LD metadata stays (it is data)."""
    for element in list(tree.iter(*_ACTIVE_TAGS)):
        if element.tag == "script" and _is_metadata(element):
            continue
        if element.tag in _VOID_ACTIVE_TAGS:
            element.drop_tag()  # libxml2 nests what follows inside it; a browser does not
        else:
            element.drop_tree()


def _is_metadata(script: Any) -> bool:
    return str(script.get("type", "")).strip().lower() in _METADATA_SCRIPT_TYPES


def _title(tree: Any) -> str | None:
    return (tree.findtext(".//title") or "").strip() or None


def _trafilatura(tree: Any) -> Any:
    import trafilatura  # heavy: only when an HTML file is actually imported

    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )


def _meta(document: Any, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    return str(value).strip() or None if value else None


def _lxml_text(tree: Any) -> HtmlArticle:
    """Visible text of the page body, one block element per paragraph (changes ``tree``)."""
    from lxml import etree

    title = _title(tree)
    for element in list(tree.iter(*_DROP_TAGS)):
        element.drop_tree()
    for comment in list(tree.iter(etree.Comment)):
        comment.drop_tree()
    for element in tree.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter(*_BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    body = tree.find("body")
    text = (body if body is not None else tree).text_content()
    return HtmlArticle(text=text, title=title)
