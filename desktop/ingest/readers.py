"""Files and pasted text -> :class:`ArticleDraft` (the one entry point per input kind)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import stat
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
# Limits that bound every parser's time and memory: a file is refused before it is parsed.
MAX_FILE_BYTES = 50 * 1024 * 1024  # any file (PDFs carry images and fonts)
MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024  # .txt, .md and HTML: news pages are far smaller
MAX_BODY_CHARS = 1_000_000  # longer than any article, and spaCy's own document limit
_TEXT_SUFFIXES = frozenset({".txt"})
_MARKDOWN_SUFFIXES = frozenset({".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_FILE_NAME_TITLE = re.compile(r"\.(docx?|odt|pdf|txt|rtf|indd|pages)$|^microsoft word", re.I)
_PDF_MAGIC = b"%PDF-"
_PDF_MAGIC_WINDOW = 1024  # readers accept junk before the header, so look a little further
_ZIP_MAGIC = b"PK\x03\x04"
_WORD = re.compile(r"\w{2,}")
_SENTENCE_END = re.compile(r"\w[.!?…。؟]")
_MIN_PAGE_WORDS = 5


def read_path(path: Path) -> ArticleDraft:
    """Read a .txt, .md, .html/.htm or .pdf file; raise :class:`IngestError` if impossible.

    The content decides over the name: a PDF called ``x.html`` is read as a PDF. A parser
    that breaks on a hostile file (a bug in it or in us) still ends in an IngestError, with
    the traceback in the log, so one bad file never stops an import of many.
    """
    path = Path(path)
    try:
        return _read_path(path)
    except IngestError as exc:
        if storable(exc.user_message) == exc.user_message:
            raise
        raise IngestError(storable(exc.user_message), detail=storable(exc.detail or "")) from exc
    except Exception as exc:
        log.exception("Unexpected failure reading %s", path)
        raise IngestError(
            f"“{path.name}” could not be read (an unexpected problem; details are in the log).",
            detail=repr(exc),
        ) from exc


def _read_path(path: Path) -> ArticleDraft:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"“{path.name}” is not a supported file type (use .txt, .md, .html or .pdf).",
            detail=f"suffix {suffix or '(none)'} of {path}",
        )
    limit = MAX_FILE_BYTES if suffix == ".pdf" else MAX_TEXT_FILE_BYTES
    _check_file(path, limit)
    data = _read_bytes(path, limit)
    if _PDF_MAGIC in data[:_PDF_MAGIC_WINDOW]:
        return _from_pdf(data, path)
    if data.startswith(_ZIP_MAGIC):
        raise IngestError(
            f"“{path.name}” is a ZIP archive (perhaps a Word document), not an article.",
            detail=f"{suffix} file starts with a ZIP header",
        )
    if suffix == ".pdf":
        raise IngestError(f"“{path.name}” is damaged or not a valid PDF.", detail="no %PDF- header")
    if suffix in _HTML_SUFFIXES:
        return _from_html(data, path)
    text = decode_text(data, path.name)
    _require_text(text, path.name)
    _check_length(text, path.name)
    if suffix in _MARKDOWN_SUFFIXES:
        return _from_markdown(text, path)
    return _draft(clean_story(clean_characters(text)), raw=text, source_path=str(path))


def read_text(text: str, *, source_path: str | None = None) -> ArticleDraft:
    """Pasted plain text -> draft; raise :class:`IngestError` if there is nothing to read."""
    _check_length(text, None)
    text = storable(text)
    if control_ratio(text) > 0.01:
        raise IngestError("The pasted text looks like binary data, not text.")
    if not clean_characters(text).strip():
        raise IngestError("The pasted text is empty.", detail="only whitespace")
    return _draft(clean_story(clean_characters(text)), raw=text, source_path=source_path)


def storable(text: str) -> str:
    """Text that a database, a log file and Qt can all hold.

    File names that are not valid UTF-8 (possible on Linux) reach Python as lone
    surrogates; they become U+FFFD instead of crashing whoever writes them.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte (a broken paste)
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


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


def _check_file(path: Path, limit: int) -> None:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise IngestError(f"“{path.name}” no longer exists.", detail=str(exc)) from exc
    except OSError as exc:
        raise IngestError(f"“{path.name}” cannot be read.", detail=repr(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(f"“{path.name}” is a folder, not a file.", detail=str(path))
    if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
        raise IngestError(f"“{path.name}” is not a regular file.", detail=oct(info.st_mode))
    if info.st_size == 0:
        raise IngestError(f"“{path.name}” is empty.", detail=f"{path}: 0 bytes")
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit)


def _too_large(path: Path, size: int, limit: int) -> IngestError:
    mb = 1024 * 1024
    return IngestError(
        f"“{path.name}” is too large ({size / mb:.0f} MB; the limit for this kind of file "
        f"is {limit // mb} MB).",
        detail=f"{path}: {size} bytes",
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes: a file that grew since it was checked is still refused."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise IngestError(f"“{path.name}” no longer exists.", detail=str(exc)) from exc
    except PermissionError as exc:
        raise IngestError(
            f"“{path.name}” cannot be opened (permission denied).", detail=str(exc)
        ) from exc
    except OSError as exc:
        raise IngestError(f"“{path.name}” cannot be read.", detail=repr(exc)) from exc
    if len(data) > limit:
        raise _too_large(path, len(data), limit)
    if not data:
        raise IngestError(f"“{path.name}” is empty.", detail="emptied while importing")
    return data


def _require_text(text: str, name: str) -> None:
    if not clean_characters(text).strip():  # zero-width spaces and BOMs count as nothing
        raise IngestError(f"“{name}” contains no text.", detail="only whitespace")


def _check_length(text: str, name: str | None) -> None:
    """Refuse text longer than any article before the wire cleanup and NLP see it."""
    if len(text) <= MAX_BODY_CHARS:
        return
    what = f"“{name}”" if name else "The pasted text"
    raise IngestError(
        f"{what} is too long for one article ({len(text):,} characters; the limit is "
        f"{MAX_BODY_CHARS:,}).",
        detail=f"{len(text)} characters",
    )


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
    if not _is_prose(text):  # menus and cookie buttons are no article
        raise IngestError(
            f"“{path.name}” contains no readable article text.", detail=f"extracted {text!r:.80}"
        )
    _check_length(text, path.name)
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


def _is_prose(text: str) -> bool:
    """At least one sentence, or a few words: what is left of a page that had an article."""
    return bool(_SENTENCE_END.search(text)) or len(_WORD.findall(text)) >= _MIN_PAGE_WORDS


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


def _from_pdf(data: bytes, path: Path) -> ArticleDraft:
    from desktop.ingest.pdf import read_pdf

    pdf = read_pdf(data, path.name)
    _check_length(pdf.text, path.name)
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
    if not story.body.strip():  # e.g. a PDF whose every line repeats as a running header
        what = f"“{Path(source_path).name}”" if source_path else "The pasted text"
        raise IngestError(f"{what} contains no article text.", detail="empty after cleanup")
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
        source_path=storable(source_path) if source_path else None,
        source_url=source_url,
        site=site,
    )
