"""Files and pasted text -> :class:`ArticleDraft` (the one entry point per input kind)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.domain import ArticleDraft, IngestError
from desktop.ingest.dates import find_date, parse_iso_date
from desktop.ingest.decode import decode_text
from desktop.ingest.language import detect_language
from desktop.ingest.text import clean_characters, control_ratio, split_blocks
from desktop.ingest.wire import WireStory, clean_story, parse_byline

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})
MAX_FILE_BYTES = 50 * 1024 * 1024
_TEXT_SUFFIXES = frozenset({".txt"})
_MARKDOWN_SUFFIXES = frozenset({".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_FILE_NAME_TITLE = re.compile(r"\.(docx?|odt|pdf|txt|rtf|indd|pages)$|^microsoft word", re.I)


def read_path(path: Path) -> ArticleDraft:
    """Read a .txt, .md, .html/.htm or .pdf file; raise :class:`IngestError` if impossible."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"“{path.name}” is not a supported file type (use .txt, .md, .html or .pdf).",
            detail=f"suffix {suffix or '(none)'} of {path}",
        )
    _check_file(path)
    if suffix == ".pdf":
        return _from_pdf(path)
    data = _read_bytes(path)
    if suffix in _HTML_SUFFIXES:
        return _from_html(data, path)
    text = decode_text(data, path.name)
    _require_text(text, path.name)
    if suffix in _MARKDOWN_SUFFIXES:
        return _from_markdown(text, path)
    return _draft(clean_story(clean_characters(text)), raw=text, source_path=str(path))


def read_text(text: str, *, source_path: str | None = None) -> ArticleDraft:
    """Pasted plain text -> draft; raise :class:`IngestError` if there is nothing to read."""
    if control_ratio(text) > 0.01:
        raise IngestError("The pasted text looks like binary data, not text.")
    if not clean_characters(text).strip():
        raise IngestError("The pasted text is empty.", detail="only whitespace")
    return _draft(clean_story(clean_characters(text)), raw=text, source_path=source_path)


def body_hash(body: str) -> str:
    """SHA-256 (hex) of the body with line breaks and spacing normalised: the dedupe key."""
    paragraphs = [" ".join(block) for block in split_blocks(clean_characters(body))]
    normal = "\n\n".join(paragraphs)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def iter_importable(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: folders expanded recursively (sorted, supported suffixes only).

    A file named explicitly is yielded whatever its suffix, so that ``read_path`` can tell
    the user why it is refused instead of it vanishing silently. Each file comes once.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        candidates = _folder_files(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        child
        for child in folder.rglob("*")
        if child.suffix.lower() in SUPPORTED_SUFFIXES
        and child.is_file()
        and not _is_hidden(child.relative_to(folder))
    )


def _is_hidden(relative: Path) -> bool:
    """Dot-files and office lock files (``~$x.txt``) are not articles."""
    return any(part.startswith((".", "~$")) for part in relative.parts)


# ---- checks ---------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    try:
        stat = path.stat()
    except FileNotFoundError as exc:
        raise IngestError(f"“{path.name}” no longer exists.", detail=str(exc)) from exc
    except OSError as exc:
        raise IngestError(f"“{path.name}” cannot be read.", detail=repr(exc)) from exc
    if path.is_dir():
        raise IngestError(f"“{path.name}” is a folder, not a file.", detail=str(path))
    if stat.st_size == 0:
        raise IngestError(f"“{path.name}” is empty.", detail=f"{path}: 0 bytes")
    if stat.st_size > MAX_FILE_BYTES:
        size_mb = stat.st_size / (1024 * 1024)
        raise IngestError(
            f"“{path.name}” is too large ({size_mb:.0f} MB; the limit is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB).",
            detail=f"{path}: {stat.st_size} bytes",
        )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(f"“{path.name}” no longer exists.", detail=str(exc)) from exc
    except PermissionError as exc:
        raise IngestError(
            f"“{path.name}” cannot be opened (permission denied).", detail=str(exc)
        ) from exc
    except OSError as exc:
        raise IngestError(f"“{path.name}” cannot be read.", detail=repr(exc)) from exc


def _require_text(text: str, name: str) -> None:
    if not clean_characters(text).strip():  # zero-width spaces and BOMs count as nothing
        raise IngestError(f"“{name}” contains no text.", detail="only whitespace")


# ---- formats --------------------------------------------------------------------------


def _from_markdown(text: str, path: Path) -> ArticleDraft:
    from desktop.ingest.markdown import markdown_to_text

    converted = markdown_to_text(clean_characters(text))
    story = clean_story(converted.text, title=converted.title)
    front = converted.front_matter
    author = front.get("author")
    return _draft(
        story,
        raw=text,
        source_path=str(path),
        author=author,
        published_on=find_date(front.get("date", "")),
        source_url=front.get("url") or front.get("source"),
    )


def _from_html(data: bytes, path: Path) -> ArticleDraft:
    from desktop.ingest.html import extract_html

    raw = _decode_html(data, path.name)
    _require_text(raw, path.name)
    page = extract_html(raw)
    text = clean_characters(page.text)
    if not text.strip():
        raise IngestError(
            f"“{path.name}” contains no readable article text.", detail="empty extraction"
        )
    story = clean_story(text, title=clean_characters(page.title) if page.title else None)
    return _draft(
        story,
        raw=raw,
        source_path=str(path),
        author=_html_author(page.author),
        published_on=parse_iso_date(page.date),
        source_url=page.url,
        site=page.site,
    )


def _decode_html(data: bytes, name: str) -> str:
    from desktop.ingest.html import declared_charset

    charset = declared_charset(data)
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            log.info("%s: declared charset %s does not fit, guessing", name, charset)
    return decode_text(data, name)


def _html_author(author: str | None) -> str | None:
    """Site metadata sometimes holds "By Jane Doe" or "Jane Doe, Reuters"."""
    if not author:
        return None
    parsed = parse_byline(author) or parse_byline(f"By {author}")
    return parsed[0] if parsed and parsed[0] else author


def _from_pdf(path: Path) -> ArticleDraft:
    from desktop.ingest.pdf import read_pdf

    pdf = read_pdf(path)
    story = clean_story(clean_characters(pdf.text))
    title = None
    if story.title_is_guess and pdf.title and not _FILE_NAME_TITLE.search(pdf.title):
        title = pdf.title
    return _draft(story, raw=pdf.raw, source_path=str(path), author=pdf.author, title=title)


# ---- assembly -------------------------------------------------------------------------


def _draft(
    story: WireStory,
    *,
    raw: str,
    source_path: str | None,
    title: str | None = None,
    author: str | None = None,
    published_on: dt.date | None = None,
    source_url: str | None = None,
    site: str | None = None,
) -> ArticleDraft:
    """Byline and dateline in the copy win over file metadata; an explicit date wins."""
    final_title = title or story.title
    return ArticleDraft(
        body=story.body,
        raw=raw,
        title=final_title,
        author=story.author or author,
        dateline=story.dateline,
        agency=story.agency,
        published_on=published_on or story.published_on,
        language=detect_language(f"{final_title}\n{story.body}"),
        source_path=source_path,
        source_url=source_url,
        site=site,
    )
