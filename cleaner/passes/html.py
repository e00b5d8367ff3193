"""html: leftover tags and entities in text, or a whole HTML page.

    <p>Alibaba&#8217;s cloud</p><p>Next paragraph</p>   ->   Alibaba’s cloud
                                                           Next paragraph

Block tags that separate text on one line become line breaks; inline tags disappear (their text
stays); script and style elements go with their content; entities (also double-escaped ones such
as ``&amp;nbsp;``) are decoded, and ``&nbsp;`` becomes a plain space. Only names of real HTML
elements count as tags, and only complete entities (with the semicolon) count as entities, so
"<5%", "x<y" and "AT&T" are text. A whole page (starting with a doctype or ``<html>``)
becomes its text, one paragraph a line, without script, style, nav, header, footer and aside.
An article that quotes an HTML document keeps its tags, and a tag named in prose ("a single <img>
element") stays. Unsafe when: an article is about HTML and quotes fragments without a whole page.
"""

from __future__ import annotations

import html as _html
import re
from bisect import bisect_right

from ..document import Document
from ..edits import Edit
from ..rules import RuleSet
from . import Pass

NAME = "html"

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr ul".split()
)
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark picture q rp rt "
    "ruby s samp small source span strike strong sub sup td th time tt u var video audio wbr "
    "iframe noscript embed object param track caption col colgroup".split()
)
BREAK_TAGS = frozenset({"br"})
KNOWN_TAGS = BLOCK_TAGS | INLINE_TAGS | BREAK_TAGS
# Elements whose content is not text a reader saw.
DROP_CONTENT = ("script", "style")
PAGE_DROP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
             "form", "iframe", "button", "select", "head", "title", "meta", "link"]

_LT = r"(?:<|&(?:amp;)*lt;)"
_GT = r"(?:>|&(?:amp;)*gt;)"
_ATTR = r"""\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`&]+))?"""
TAG_RE = re.compile(rf"{_LT}(/?)([A-Za-z][A-Za-z0-9]{{0,9}})((?:{_ATTR})*)\s*/?{_GT}")
COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
DROP_RE = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I
)
ENTITY_RE = re.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
PAGE_RE = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
_NBSP = {"&nbsp;", "&#160;", "&#xa0;", "&#xA0;"}


def decode_entity(entity: str) -> str:
    while entity.startswith("&amp;"):
        entity = "&" + entity[5:]
    if entity in _NBSP:
        return " "
    return _html.unescape(entity)


# An article that quotes an HTML document (a <html>, <head> or <body> tag after its first line) is
# about markup: its tags are content, and only entities are decoded.
QUOTED_PAGE_RE = re.compile(r"[\r\n][^\r\n]*<(?:html|head|body)[\s>]", re.I)
VOID_TAGS = frozenset({"img", "source", "track", "embed", "param", "col", "wbr"})


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if "<" not in text and "&" not in text:
        return []
    if PAGE_RE.match(text):
        return _page(doc)
    quoted = "<" in text and bool(QUOTED_PAGE_RE.search(text))
    closed = {m.group(1).lower() for m in re.finditer(r"</([A-Za-z][A-Za-z0-9]{0,9})\s*>", text)}
    edits: list[Edit] = []
    for line in doc.lines():
        if "<" in line.content or "&" in line.content:
            edits.extend(_fragment_line(line.start, line.content, doc.newline, closed, quoted))
    if not quoted:
        edits.extend(_multiline_drops(text, edits))
    return edits


def _mentioned(content: str, m: re.Match, closed: set[str]) -> bool:
    """A tag named in prose ("a single <img> element", "<ul> lists"), not a leftover of markup."""
    name = m.group(2).lower()
    if m.group(1) or m.group(3) or m.group(0)[0] != "<" or name in ("br", "hr"):
        return False
    before = content[m.start() - 1] if m.start() else " "
    after = content[m.end()] if m.end() < len(content) else " "
    if not (before.isspace() or before in "(\"'“‘") or not (after.isspace() or after in ",.;:)\"'”’"):
        return False
    return name in VOID_TAGS or name not in closed


def _multiline_drops(text: str, line_edits: list[Edit]) -> list[Edit]:
    """<script>/<style> elements and comments that span lines (one-line ones are handled per line)."""
    out: list[Edit] = []
    claimed = _Spans()
    for e in line_edits:
        claimed.add(e.start, max(e.end, e.start + 1))
    for regex, rule, reason in ((DROP_RE, "html-script", "script or style element"), (COMMENT_RE, "html-comment", "HTML comment")):
        for m in regex.finditer(text):
            if "\n" not in m.group(0) and "\r" not in m.group(0):
                continue
            if claimed.overlaps(m.start(), m.end()):
                continue
            claimed.add(m.start(), m.end())
            out.append(Edit(m.start(), m.end(), "", NAME, rule, reason))
    return out


class _Spans:
    """Non-overlapping spans, kept sorted, with a binary-search overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end


def _fragment_line(offset: int, content: str, newline: str, closed: set[str], quoted: bool) -> list[Edit]:
    edits: list[Edit] = []
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, kind, rule, replacement
    taken = _Spans()  # everything claimed so far: dropped elements, tags removed or kept
    for regex, rule in ((DROP_RE, "html-script"), (COMMENT_RE, "html-comment")):
        if quoted:
            break
        for m in regex.finditer(content):
            if not taken.overlaps(m.start(), m.end()):
                spans.append((m.start(), m.end(), "drop", rule, ""))
                taken.add(m.start(), m.end())

    for m in TAG_RE.finditer(content):
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        name = m.group(2).lower()
        if quoted or name not in KNOWN_TAGS or _mentioned(content, m, closed):
            continue  # quoted or named markup stays, and so do entities inside it
        closing = bool(m.group(1))
        kind = "break" if name in BREAK_TAGS else ("block-close" if closing else "block-open") if name in BLOCK_TAGS else "inline"
        spans.append((m.start(), m.end(), kind, "html-tag", ""))
    for m in ENTITY_RE.finditer(content):
        if taken.overlaps(m.start(), m.end()):
            continue
        decoded = decode_entity(m.group(0))
        if decoded != m.group(0):
            spans.append((m.start(), m.end(), "entity", "html-entity", decoded))
    if not spans:
        return edits
    spans.sort()
    # Text between markup: does a span have reader-visible text before/after it on this line?
    segments = []
    pos = 0
    for s, e, *_ in spans:
        segments.append(content[pos:s])
        pos = e
    segments.append(content[pos:])
    n = len(spans)
    text_before = [False] * n
    seen = False
    for i in range(n):
        seen = seen or bool(segments[i].strip()) or (spans[i - 1][2] == "entity" if i else False)
        text_before[i] = seen
    text_after = [False] * n
    seen = False
    for i in range(n - 1, -1, -1):
        seen = seen or bool(segments[i + 1].strip()) or (spans[i + 1][2] == "entity" if i + 1 < n else False)
        text_after[i] = seen
    broke = False
    for i, (s, e, kind, rule, repl) in enumerate(spans):
        if segments[i].strip():
            broke = False
        wants_break = kind in ("break", "block-close") or (
            kind == "block-open" and segments[i] and not segments[i][-1].isspace()
        )
        if wants_break and text_before[i] and text_after[i] and not broke:
            # Swallow the spaces around the new line break.
            while s > 0 and content[s - 1] in " \t" and (i == 0 or s > spans[i - 1][1]):
                s -= 1
            while e < len(content) and content[e] in " \t" and (i + 1 == n or e < spans[i + 1][0]):
                e += 1
            repl, broke = newline, True
            reason = "block tag between two pieces of text becomes a line break"
        elif kind == "entity":
            reason = "HTML entity decoded"
        elif rule == "html-tag":
            reason = "leftover HTML tag"
        else:
            reason = "script, style or comment markup"
        edits.append(Edit(offset + s, offset + e, repl, NAME, rule, reason))
    return edits


def _page(doc: Document) -> list[Edit]:
    text = doc.text
    paragraphs = page_paragraphs(text)
    body = doc.newline.join(paragraphs)
    if text.endswith(("\n", "\r")) and body:
        body += doc.newline
    return [Edit(0, len(text), body, NAME, "html-page", "whole HTML page reduced to its text")]


def page_paragraphs(markup: str) -> list[str]:
    """Text of an HTML page, one paragraph per item, without page chrome elements."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString
    from bs4.element import CData, Declaration, ProcessingInstruction

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(PAGE_DROP):
        tag.decompose()
    skip = (Comment, Doctype, Declaration, ProcessingInstruction, CData)
    paragraphs: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        para = " ".join("".join(buf).split())
        if para:
            paragraphs.append(para)
        buf.clear()

    stack: list[tuple[object, bool]] = [(soup, True)]
    while stack:
        node, entering = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, skip):
                buf.append(str(node))
            continue
        name = getattr(node, "name", None)
        is_block = name in BLOCK_TAGS or name in BREAK_TAGS or name in ("td", "th")
        if not entering:
            if is_block:
                flush()
            continue
        if is_block:
            flush()
        stack.append((node, False))
        stack.extend((child, True) for child in reversed(list(node.children)))
    flush()
    return paragraphs


PASS = Pass(NAME, "remove leftover HTML tags and decode entities; reduce a whole HTML page to its text", propose, rule_ids=("html-tag", "html-entity", "html-script", "html-comment", "html-page"))
