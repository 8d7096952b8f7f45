"""Ingest: files and pasted text -> clean article body plus metadata (no Qt, no SQL).

Heavy libraries (trafilatura, pypdf, charset-normalizer) are imported only when a file
of that kind is read.
"""

from desktop.ingest.language import detect_language
from desktop.ingest.readers import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    body_hash,
    iter_importable,
    read_path,
    read_text,
    storable,
)

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "body_hash",
    "detect_language",
    "iter_importable",
    "read_path",
    "read_text",
    "storable",
]
