"""Markdown structure that no pass may edit.

A Markdown article is cleaned like any text, except where the text is not prose: code (fenced,
indented, inline), HTML blocks and inline HTML, entity references (CommonMark syntax: an
author's ``&#124;`` in a table cell or ``&lt;`` spells a character that would otherwise be
markup), front matter (YAML ``---`` or
TOML ``+++``), link and image destinations, URLs, reference definitions, the ``>`` markers of a
block quote, and a table's structure (its delimiter row and its cell separators). An
edit that touches any of these is dropped before it is applied, so a table keeps its
``|---|---|`` row, ``pip install .`` keeps its space and ``&amp;`` in backticks stays as written.

Blocks come from a CommonMark parser (markdown-it-py, with tables); spans inside paragraphs,
headings, list items and table cells are found with CommonMark's own rules for code spans (a
run of n backticks closes at the next run of exactly n) and its syntax for autolinks, raw HTML
and link destinations.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lines import split_lines

Span = tuple[int, int]

_FRONT_MATTER_CLOSE = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$"), "+++": re.compile(r"^\+\+\+[ \t]*$")}
_QUOTE_MARKERS = re.compile(r"[ \t]{0,3}>(?:[ \t]{0,3}>)*[ \t]?")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S")
_INLINE = re.compile(
    r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>"  # autolink
    r"|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>"  # e-mail autolink
    r"|<!--.*?-->"  # HTML comment
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>"  # raw HTML tag
    r"|\]\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"  # link destination
    r"|\b(?:https?|ftp)://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"*_~]"  # bare URL
    r"|\bwww\.[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"*_~]",
    re.S,
)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def protected_spans(text: str) -> list[Span]:
    """Sorted, non-overlapping (start, end) spans of ``text`` that no edit may touch."""
    lines = split_lines(text)
    if not lines:
        return []
    spans, body_start = _front_matter(lines)
    covered = [False] * len(lines)  # lines inside a block the parser found
    for tok in _parser().parse(text):
        block = _block_lines(tok, body_start, len(lines))
        if block is None:
            continue
        first, last = block
        for k in range(first, last):
            covered[k] = True
        spans.extend(_block_spans(text, lines, tok.type, first, last))
    for ln in lines[body_start:]:
        if not covered[ln.number] and _REFERENCE_DEFINITION.match(ln.content):
            spans.append((ln.start, ln.next))
    return _merge(spans)


def _line_span(lines: list, first: int, last: int) -> Span:
    """Lines ``first..last-1``, their line breaks included."""
    last = min(last, len(lines))
    return lines[first].start, lines[last - 1].next


def _front_matter(lines: list) -> tuple[list[Span], int]:
    """The span of YAML (``---``) or TOML (``+++``) front matter, if the text opens with one, and
    the number of the first line after it."""
    fence = lines[0].content.rstrip()
    if fence in _FRONT_MATTER_CLOSE:
        for ln in lines[1:]:
            if _FRONT_MATTER_CLOSE[fence].match(ln.content):
                return [_line_span(lines, 0, ln.number + 1)], ln.number + 1
    return [], 0


def _block_lines(tok, body_start: int, n_lines: int) -> Span | None:
    """The lines ``first..last-1`` a parser token covers below the front matter, or None."""
    if not tok.map:
        return None
    first, last = tok.map
    first = max(first, body_start)
    if first >= last or first >= n_lines:
        return None
    return first, min(last, n_lines)


def _block_spans(text: str, lines: list, kind: str, first: int, last: int) -> list[Span]:
    """What no edit may touch in a block of type ``kind`` on lines ``first..last-1``: all of a
    code or HTML block, a table's delimiter row and cell separators, a block quote's markers,
    the inline syntax of a paragraph, heading or cell."""
    if kind in ("fence", "code_block", "html_block"):
        return [_line_span(lines, first, last)]
    if kind == "table_open":
        spans = [_line_span(lines, first + 1, first + 2)] if first + 1 < len(lines) else []  # the delimiter row
        for ln in lines[first:last]:
            spans.extend(_pipes(text, ln.start, ln.end))
        return spans
    if kind == "blockquote_open":  # the ">" markers of every line of the quote
        markers = (_QUOTE_MARKERS.match(text, ln.start, ln.end) for ln in lines[first:last])
        return [m.span() for m in markers if m and ">" in m.group()]
    if kind == "inline":
        return _inline_spans(text, lines[first].start, lines[last - 1].end)
    return []


def _pipes(text: str, start: int, end: int) -> list[Span]:
    out = []
    i = text.find("|", start, end)
    while i >= 0:
        if i == 0 or text[i - 1] != "\\":
            out.append((i, i + 1))
        i = text.find("|", i + 1, end)
    return out


def _inline_spans(text: str, start: int, end: int) -> list[Span]:
    """Code spans first (nothing inside them is anything else), then the other inline syntax."""
    out: list[Span] = []
    i = start
    gaps: list[Span] = []
    gap_start = start
    while i < end:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c != "`":
            nxt = text.find("`", i, end)
            slash = text.find("\\", i, end)
            i = end if nxt < 0 and slash < 0 else min(x for x in (nxt, slash) if x >= 0)
            continue
        run = i
        while i < end and text[i] == "`":
            i += 1
        n = i - run
        close = _closing_run(text, i, end, n)
        if close is None:
            continue  # literal backticks
        gaps.append((gap_start, run))
        out.append((run, close + n))
        i = gap_start = close + n
    gaps.append((gap_start, end))
    for a, b in gaps:
        if a < b:
            out.extend(m.span() for m in _INLINE.finditer(text, a, b))
            out.extend(m.span() for m in _ENTITY.finditer(text, a, b))
    return out


# Entity references are CommonMark syntax: how an author writes a character that would otherwise
# be markup (&#124; in a table cell, &lt;, &#x60;, &amp;) or chooses to spell one (&mdash;).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _closing_run(text: str, i: int, end: int, n: int) -> int | None:
    while True:
        j = text.find("`", i, end)
        if j < 0:
            return None
        k = j
        while k < end and text[k] == "`":
            k += 1
        if k - j == n:
            return j
        i = k


def _merge(spans: list[Span]) -> list[Span]:
    spans.sort()
    out: list[Span] = []
    for a, b in spans:
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def touches(spans: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Whether the edit (start, end) changes anything inside a protected span (``starts`` are
    the spans' starts, for bisecting). An insertion touches a span it falls strictly inside."""
    k = bisect_left(starts, end) - 1
    # Spans are sorted and disjoint: only the last one starting before ``end`` can overlap.
    if k < 0:
        return False
    a, b = spans[k]
    if start == end:
        return a < start < b
    return start < b and a < end


def _protected(doc) -> tuple[list[Span], list[int]]:
    """The protected spans of ``doc``'s current text and their starts, computed once per text."""
    cached = doc.memo.get("markdown")
    if cached is None or cached[0] is not doc.text:
        spans = protected_spans(doc.text)
        cached = doc.memo["markdown"] = (doc.text, (spans, [a for a, _ in spans]))
    return cached[1]


def keep_outside_markup(doc, edits: list) -> list:
    """In a Markdown document, the edits that touch no code, HTML, URL or table structure; in any
    other document, all of them."""
    if not doc.is_markdown or not edits:
        return edits
    spans, starts = _protected(doc)
    if not spans:
        return edits
    return [e for e in edits if not touches(spans, starts, e.start, e.end)]


def prose(doc) -> str:
    """``doc``'s text without the spans no pass may edit (code, HTML, URLs, front matter, ...):
    what a reader reads, for deciding the language."""
    text = doc.text
    parts, at = [], 0
    for start, end in _protected(doc)[0]:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return " ".join(parts)

