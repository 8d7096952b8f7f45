"""Bytes of a text file -> str: BOMs, UTF-8, Windows-1252 and a charset-normalizer fallback."""

from __future__ import annotations

import codecs

from desktop.domain import IngestError
from desktop.ingest.text import control_ratio

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings charset-normalizer may name for Western text that Windows-1252 reads better.
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "iso8859_1", "ascii", "mac_roman"})
_MAX_CONTROL_RATIO = 0.01
_MAX_BROKEN_RATIO = 0.01  # invalid UTF-8 bytes tolerated per character


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes, or raise :class:`IngestError` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return _checked(_strict(data, utf16, name), name)
        if data.count(0) > len(data) * _MAX_CONTROL_RATIO:
            raise _binary(name, "NUL bytes in a file without a UTF-16/32 byte-order mark")
        # A few stray NULs (a bad export) are dropped later with the other control codes.
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return _checked(mostly_utf8, name)
    return _checked(_legacy(data), name)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes: decode it as UTF-8, marking them with U+FFFD.

    Legacy encodings would turn every correct umlaut into two wrong letters instead.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = len(data) - len(text) + broken  # bytes beyond one per character
    if multibyte > broken and broken <= len(text) * _MAX_BROKEN_RATIO:
        return text
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _binary(name, f"not valid {encoding}: {exc}") from exc


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM has NULs in almost every other byte (for Latin text)."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) / len(odd) > 0.7 and even.count(0) == 0:
        return "utf-16-le"
    if even and even.count(0) / len(even) > 0.7 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> str:
    """Not UTF-8: prefer Windows-1252 unless charset-normalizer is sure of something else."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else None
    if encoding and encoding not in _WESTERN:
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _checked(text: str, name: str) -> str:
    if control_ratio(text) > _MAX_CONTROL_RATIO:
        raise _binary(name, f"control-character ratio {control_ratio(text):.3f}")
    return text


def _binary(name: str, detail: str) -> IngestError:
    return IngestError(f"“{name}” looks like binary data, not text.", detail=detail)
