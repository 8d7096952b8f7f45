"""Markdown -> plain text for the wire cleanup: markup goes, words stay."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.+?)\s*$", re.MULTILINE)
_ATX_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HORIZONTAL_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
# Raw HTML blocks whose content is code or a frame, never article text.
_ACTIVE_OPEN = re.compile(r"<(script|style|iframe|object|embed|svg|template|noscript)\b", re.I)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BLOCK_PREFIX = re.compile(r"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# Every inner repeat is bounded, so that a line full of unmatched markers costs
# (markers x bound) steps instead of (markers x line length).
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)"), ""),  # images go entirely
    (re.compile(r"\[([^\]\n]{1,1000})\]\([^)\n]{0,2000}\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]\n]{1,1000})\]\[[^\]\n]{0,1000}\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<(https?://[^>\s]{1,2000})>"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>\n]{0,1000}>"), ""),  # inline HTML tags
    (re.compile(r"`([^`\n]{1,1000})`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,1000}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.{1,1000}?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,1000}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)
# A line with more markup characters than this is no prose paragraph: it is kept as it is.
_MAX_INLINE_MARKERS = 100
_MARKERS = re.compile(r"[*_\[<`~]")


@dataclass
class MarkdownText:
    text: str
    title: str | None = None
    front_matter: dict[str, str] = field(default_factory=dict)


def markdown_to_text(markdown: str) -> MarkdownText:
    """Strip Markdown markup; the first heading before any text becomes the title."""
    front: dict[str, str] = {}
    match = _FRONT_MATTER.match(markdown)
    if match:
        front = {
            m["key"].lower(): m["value"].strip("\"'") for m in _FRONT_FIELD.finditer(match["yaml"])
        }
        markdown = markdown[match.end() :]
    markdown = drop_active_blocks(markdown)
    result = MarkdownText("", front.get("title"), front)
    result.text = "\n".join(_convert_lines(markdown.split("\n"), result))
    return result


def _convert_lines(lines: list[str], result: MarkdownText) -> list[str]:
    out: list[str] = []
    in_fence = False
    seen_text = False
    skip = -1
    for index, line in enumerate(lines):
        if index == skip:
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        heading = _heading(line, next_line)
        if heading is not None:
            if not _ATX_HEADING.match(line):
                skip = index + 1  # the setext underline

            if result.title is None and not seen_text:
                result.title = heading  # the first heading names the article
            else:
                out.extend(["", heading, ""])
            continue
        converted = _convert_line(line)
        seen_text = seen_text or bool(converted.strip())
        out.append(converted)
    return out


def _heading(line: str, next_line: str) -> str | None:
    atx = _ATX_HEADING.match(line)
    if atx:
        return inline_to_text(atx["text"])
    underlined = line.strip() and _SETEXT_RULE.match(next_line)
    if underlined and not _HORIZONTAL_RULE.match(line) and not _BLOCK_PREFIX.match(line):
        return inline_to_text(line.strip())
    return None


def _convert_line(line: str) -> str:
    if _HORIZONTAL_RULE.match(line) or _REFERENCE_DEF.match(line):
        return ""
    if _BLOCK_PREFIX.match(line):
        # List items and quotes become paragraphs of their own.
        return "\n" + inline_to_text(_BLOCK_PREFIX.sub("", line)) + "\n"
    return inline_to_text(line)


def inline_to_text(text: str) -> str:
    if len(_MARKERS.findall(text)) > _MAX_INLINE_MARKERS:
        return text
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def drop_active_blocks(text: str) -> str:
    """Remove ``<script>…</script>`` and similar blocks, content included (linear time).

    An unclosed block runs to the end of the text, as it does in a browser.
    """
    lower = text.lower()
    kept: list[str] = []
    position = 0
    while (opening := _ACTIVE_OPEN.search(text, position)) is not None:
        kept.append(text[position : opening.start()])
        closing = lower.find(f"</{opening.group(1).lower()}", opening.end())
        if closing < 0:
            return "".join(kept)
        end = lower.find(">", closing)
        position = len(text) if end < 0 else end + 1
    kept.append(text[position:])
    return "".join(kept)
