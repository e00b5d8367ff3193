"""html: leftover tags and entities in text, or a whole HTML page.

    <p>Alibaba&#8217;s cloud</p><p>Next paragraph</p>   ->   Alibaba’s cloud
                                                           Next paragraph

Block tags that separate text on one line become line breaks; inline tags disappear (their text
stays); script and style elements go with their content; entities (also double-escaped ones such
as ``&amp;nbsp;``) are decoded, and ``&nbsp;`` becomes a plain space.

Only what is certainly markup is removed: a real HTML element name, with valid tag syntax
(valueless attributes only if HTML defines them as boolean, the closing ">" on the same line), in
a document that shows a scrape (several such tags, or a block tag opening a line of text). A tag
named in prose ("a single <img> element", "`<p>`", "„<img>“-Tag") stays, and so do "<5%",
"a<b and b>c" and "AT&T". Entities are decoded in the same pass over the original, after tags are
found, so "&lt;p&gt;" becomes the text "<p>", never a tag to remove; where decoding would give
markup a later round removes ("&lt;b&gt;x&lt;/b&gt;"), those entities stay. Only complete
entities (with the semicolon) count. A whole page (starting with a doctype, or ``<html>`` with a
head, body or end) becomes its article, headline first, one paragraph a line (trafilatura finds
the main content, see :mod:`cleaner.extract`; if it finds none, the page's block text without
script, style, nav, header, footer and aside). An article that quotes an HTML document keeps its
tags.
A decoded entity is a ``safe`` edit; a removed tag, comment or script and a reduced page are
``likely``.
Unsafe when: an article is about HTML and shows several bare tags glued to its words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Document
from ..extract import article_paragraphs
from ..edits import LIKELY, SAFE, Edit
from ..rulefile import RuleSet
from .base import Pass

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

# Valueless attributes are only those HTML defines as boolean: "<b and b>" in "a<b and b>c" is
# a comparison, not a <b> tag with attributes "and" and "b".
BOOLEAN_ATTRS = (
    "allowfullscreen async autofocus autoplay checked controls default defer disabled download "
    "formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate nowrap open "
    "playsinline readonly required reversed selected"
).split()
_ATTR = (r"""\s+(?:[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`&]+)"""
         rf"""|(?:{"|".join(BOOLEAN_ATTRS)}|(?:data|aria)-[-\w]+)(?=[\s/>]))""")
# Only a literal "<" opens a tag: "&lt;p&gt;" is text that shows a tag, and decoding it gives
# that text ("<p>"), never markup to remove.
TAG_RE = re.compile(rf"<(/?)([A-Za-z][A-Za-z0-9]{{0,9}})((?:{_ATTR})*)\s*/?>")
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
    return _unescape(entity)


def _unescape(entity: str) -> str:
    """``html.unescape``, which replaces this function on first use: the entity tables load only
    for a text that has an entity."""
    global _unescape
    from html import unescape

    _unescape = unescape
    return unescape(entity)


# An article that quotes an HTML document (a <html>, <head> or <body> tag after its first line) is
# about markup: its tags are content, and only entities are decoded.
QUOTED_PAGE_RE = re.compile(r"[\r\n][^\r\n]*<(?:html|head|body)[\s>]", re.I)
# A document starting with <html> is a whole page only if it also has a head, a body or an end.
PAGE_PARTS_RE = re.compile(r"<!doctype\s|<(?:head|body)[\s>]|</html\s*>", re.I)

# What may stand right before / right after a tag named in prose: "the <img> element",
# "(<br>)", "„<p>“-Tag", "<ul>, <ol>".
_PROSE_BEFORE = frozenset(" \t\u00a0([{\"'“‘«„‚「『`")
_PROSE_AFTER = frozenset(" \t\u00a0,.;:!?)]}\"'”’»“‘」』`-")
_OPEN_QUOTES = "\"'“‘«„‚「『"
_CLOSE_QUOTES = "\"'”’»“‘」』"


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if "<" not in text and "&" not in text:
        return []
    if PAGE_RE.match(text) and PAGE_PARTS_RE.search(text):
        return _page(doc)
    quoted = "<" in text and bool(QUOTED_PAGE_RE.search(text))
    lines = [line for line in doc.lines() if "<" in line.content or "&" in line.content]
    # Tags are removed only where the document shows a scrape: a tag is certainly markup when it
    # is a real element name with valid syntax, is not named in prose or quoted, and the document
    # has several such tags or a block tag opening a line of text. A lone "<b" in a comparison,
    # "the <p> tag" or "`<img>`" stays, in the first round and in every later one.
    tags, markup, scrape = _find_tags(lines) if not quoted and "<" in text else ({}, 0, False)
    edits, decoded_lt = _fragment_edits(lines, tags, doc.newline, scrape, quoted)
    if decoded_lt:
        # Decoding never creates markup that a later round would remove: where the decoded text
        # would show tags made of entities as certain markup, those entities stay as they are.
        left = 0 if scrape else markup
        keep = _created_markup(decoded_lt, left, scrape)
        if keep:
            edits = [e for e in edits if e.start not in keep]
    if not quoted:
        edits.extend(_multiline_drops(text, edits))
    return edits


def _fragment_edits(lines, tags: dict, newline: str, scrape: bool, quoted: bool) -> tuple[list[Edit], list]:
    """The edits of every line with markup, and the lines where an entity becomes "<"."""
    edits: list[Edit] = []
    decoded_lt: list[tuple[object, list[Edit]]] = []
    for line in lines:
        found = tags.get(line.number, ())
        line_edits = _fragment_line(line.start, line.content, newline, found, scrape, quoted)
        if not quoted and any(e.rule == "html-entity" and e.replacement == "<" for e in line_edits):
            decoded_lt.append((line, line_edits))
        edits.extend(line_edits)
    return edits, decoded_lt


def _find_tags(lines) -> tuple[dict[int, list[tuple[re.Match, bool]]], int, bool]:
    """The tags of each line (line number -> (match, removable)), how many are certainly
    markup, and whether the document shows a scrape (several such tags, or a block tag opening
    a line of text)."""
    tags: dict[int, list[tuple[re.Match, bool]]] = {}
    markup = 0
    scrape = False
    for line in lines:
        if "<" not in line.content:
            continue
        found = []
        for m in TAG_RE.finditer(line.content):
            name = m.group(2).lower()
            if name not in KNOWN_TAGS or _named(line.content, m):
                found.append((m, False))
                continue
            found.append((m, True))
            markup += 1
            scrape = scrape or _opens_text(line.content, m, name)
        if len(found) >= 2:
            found, extra = _line_pair(line.content, found)
            markup += extra
        if found:
            tags[line.number] = found
    return tags, markup, scrape or markup >= 2


def _opens_text(content: str, m: re.Match, name: str) -> bool:
    """"<p>Text" at the start of a line."""
    return (name in BLOCK_TAGS and not content[:m.start()].strip()
            and m.end() < len(content) and not content[m.end()].isspace())


def _created_markup(decoded_lt, left: int, scrape: bool) -> set[int]:
    """Offsets of the "&lt;" and "&gt;" entities that would decode into tags the next round
    would remove as markup (``left``: tags of the original kept as markup-like text)."""
    created: list[tuple[bool, list[int]]] = []  # (a block tag opening its line, its entity offsets)
    for line, line_edits in decoded_lt:
        content = line.content
        parts: list[str] = []
        origin: dict[int, int] = {}  # offset in the decoded line -> offset of the entity made "<"/">"
        pos = 0
        out = 0
        for e in sorted(line_edits, key=lambda e: e.start):
            s, t = e.start - line.start, e.end - line.start
            parts.append(content[pos:s])
            out += s - pos
            if e.rule == "html-entity" and e.replacement in ("<", ">"):
                origin[out] = e.start
            parts.append(e.replacement)
            out += len(e.replacement)
            pos = t
        parts.append(content[pos:])
        decoded = "".join(parts)
        for m in TAG_RE.finditer(decoded):
            if m.start() not in origin or m.group(2).lower() not in KNOWN_TAGS or _named(decoded, m):
                continue
            ends = [origin[m.start()]] + ([origin[m.end() - 1]] if m.end() - 1 in origin else [])
            opens_line = (m.group(2).lower() in BLOCK_TAGS and not decoded[:m.start()].strip()
                          and m.end() < len(decoded) and not decoded[m.end()].isspace())
            created.append((opens_line, ends))
    if not created:
        return set()
    if left + len(created) < 2 and not any(opens for opens, _ in created):
        return set()
    return {offset for _, ends in created for offset in ends}


def _line_pair(content: str, found: list) -> tuple[list, int]:
    """"<p> Text </p>": a line opened by a tag and closed by its end tag is markup, even though
    each tag alone stands like a word. Returns the tags and how many more became markup."""
    first, last = found[0][0], found[-1][0]
    if (len(found) < 2 or first.group(1) or not last.group(1) or first.group(2).lower() != last.group(2).lower()
            or content[:first.start()].strip() or content[last.end():].strip()
            or first.group(2).lower() not in KNOWN_TAGS):
        return found, 0
    extra = (not found[0][1]) + (not found[-1][1])
    return [(first, True)] + found[1:-1] + [(last, True)], extra


def _named(content: str, m: re.Match) -> bool:
    """A tag named in prose ("a single <img> element", "<ul>, <ol>", "`<p>`", "„<img>“-Tag"), not a
    leftover of markup: quoted or in backticks, or standing as a word of its own (without
    attribute values; not alone on its line, and an end tag not ending it)."""
    s, e = m.start(), m.end()
    before = content[s - 1] if s else ""
    after = content[e] if e < len(content) else ""
    if before and after and before in _OPEN_QUOTES and after in _CLOSE_QUOTES:
        return True
    if "`" in content and content.count("`", 0, s) % 2 == 1 and "`" in content[e:]:
        return True
    if "=" in m.group(3):
        return False
    if not content[e:].strip() and (m.group(1) or not content[:s].strip()):
        return False  # "... text </p>" ends its line, or the tag is the whole line
    return (not before or before in _PROSE_BEFORE) and (not after or after in _PROSE_AFTER)


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
            out.append(Edit(m.start(), m.end(), "", NAME, rule, reason, safety=LIKELY))
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


def _fragment_line(offset: int, content: str, newline: str, found, scrape: bool, quoted: bool) -> list[Edit]:
    """The edits of one line: its markup spans found, then each turned into an edit."""
    spans = _find_spans(content, found, scrape, quoted)
    return _emit_edits(offset, content, newline, spans) if spans else []


Span = tuple  # (start, end, kind, rule, replacement); kind: drop, break, block-open, block-close, inline, entity


def _find_spans(content: str, found, scrape: bool, quoted: bool) -> list[Span]:
    """Scripts, styles and comments to drop, tags to remove (each with its kind) and entities to
    decode, in order. What one span claims, no later one may overlap: a tag named in prose is
    claimed and kept, and so are the entities inside it."""
    spans: list[Span] = []
    taken = _Spans()  # everything claimed so far: dropped elements, tags removed or kept
    for regex, rule in ((DROP_RE, "html-script"), (COMMENT_RE, "html-comment")):
        if quoted or "<" not in content:
            break
        for m in regex.finditer(content):
            if not taken.overlaps(m.start(), m.end()):
                spans.append((m.start(), m.end(), "drop", rule, ""))
                taken.add(m.start(), m.end())
    for m, removable in found:
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        if removable and scrape:  # text that names a tag stays, and so do entities inside it
            spans.append((m.start(), m.end(), _tag_kind(m), "html-tag", ""))
    for m in ENTITY_RE.finditer(content):
        if taken.overlaps(m.start(), m.end()):
            continue
        decoded = decode_entity(m.group(0))
        if decoded != m.group(0):
            spans.append((m.start(), m.end(), "entity", "html-entity", decoded))
    spans.sort()
    return spans


def _tag_kind(m: re.Match) -> str:
    name = m.group(2).lower()
    if name in BREAK_TAGS:
        return "break"
    if name in BLOCK_TAGS:
        return "block-close" if m.group(1) else "block-open"
    return "inline"


def _text_around(content: str, spans: list[Span]) -> tuple[list[str], list[bool], list[bool]]:
    """The text between spans, and whether each span has reader-visible text before and after it
    on this line (a decoded entity with words counts as text)."""
    segments = []
    pos = 0
    for s, e, *_ in spans:
        segments.append(content[pos:s])
        pos = e
    segments.append(content[pos:])
    n = len(spans)

    def visible(i: int, k: int) -> bool:  # the segment k, or the entity span i next to it
        return _words(segments[k]) or (0 <= i < n and spans[i][2] == "entity" and _words(spans[i][4]))

    text_before, text_after = [False] * n, [False] * n
    seen = False
    for i in range(n):
        seen = seen or visible(i - 1, i)
        text_before[i] = seen
    seen = False
    for i in range(n - 1, -1, -1):
        seen = seen or visible(i + 1, i + 1)
        text_after[i] = seen
    return segments, text_before, text_after


_REASONS = {"entity": "HTML entity decoded", "html-tag": "leftover HTML tag"}


def _emit_edits(offset: int, content: str, newline: str, spans: list[Span]) -> list[Edit]:
    """Each span as an edit: a block tag between two pieces of text becomes a line break (one per
    gap, swallowing the spaces around it), other markup goes, entities are decoded."""
    segments, text_before, text_after = _text_around(content, spans)
    n = len(spans)
    edits: list[Edit] = []
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
        else:
            reason = _REASONS.get(kind, _REASONS.get(rule, "script, style or comment markup"))
        # Decoding an entity writes the character it names; removing markup is a judgement.
        safety = SAFE if kind == "entity" else LIKELY
        edits.append(Edit(offset + s, offset + e, repl, NAME, rule, reason, safety=safety))
    return edits


def _words(text: str) -> bool:
    """Text a block tag separates into lines: a letter or digit ("cloud", not "&" or a space)."""
    return any(ch.isalnum() for ch in text)


def _page(doc: Document) -> list[Edit]:
    text = doc.text
    paragraphs = article_paragraphs(text, page_paragraphs)  # the article (trafilatura), else the block text
    body = doc.newline.join(paragraphs)
    if text.endswith(("\n", "\r")) and body:
        body += doc.newline
    return [Edit(0, len(text), body, NAME, "html-page", "whole HTML page reduced to its text", safety=LIKELY)]


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
