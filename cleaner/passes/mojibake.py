"""mojibake: repair UTF-8 that was decoded as Windows-1252 or Latin-1.

    Alibabaâ€™s cloud   ->   Alibaba’s cloud
    Ã©conomie           ->   économie

Only encoding repairs, through ftfy, and only on lines where a cheap regex sees the telltale pair
"UTF-8 lead byte + continuation byte, read as cp1252/Latin-1". Unlike ftfy's defaults, it never
uncurls quotes, never folds full-width characters and never touches correct CJK punctuation.
A repair is a ``safe`` edit when the text it replaces is exactly the replacement's UTF-8 bytes
read as Windows-1252 or Latin-1 (once or more); any other repair ftfy makes is ``likely``.
Unsafe when: a text legitimately contains such a pair (for example "Â£" quoted on purpose);
ftfy's own heuristics then usually decline to change it.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..document import Document, LineFinder
from ..edits import LIKELY, SAFE, Edit
from ..rulefile import RuleSet
from .base import Pass

NAME = "mojibake"


def _marker_pattern() -> re.Pattern[str]:
    continuation = set(bytes(range(0x80, 0xC0)).decode("latin-1"))
    for b in range(0x80, 0xC0):
        try:
            continuation.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    lead = bytes(range(0xC2, 0xF5)).decode("latin-1")
    cont = "".join(sorted(continuation))
    return re.compile(f"[{re.escape(lead)}][{re.escape(cont)}]")


MARKER = _marker_pattern()


@lru_cache(maxsize=1)
def _config():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def fix_encoding(line: str) -> str:
    """What ``ftfy.fix_text(line, config=_config())`` returns, for less.

    ftfy.fix_and_explain repeats rounds of (encoding fixes, C1-control fix, steps this config
    switches off) until a round changes nothing. The encoding fixes already stop at a text they
    leave as it is, so when the C1 fix changes nothing either, another round would only repeat
    ftfy's costly badness test on the same text: it is skipped, and so are the switched-off steps.
    """
    import ftfy
    from ftfy.fixes import fix_c1_controls

    while True:
        fixed = ftfy.fix_encoding_and_explain(line, _encoding_config()).text
        after = fix_c1_controls(fixed)
        if after == fixed or after == line:
            return after
        line = after


@lru_cache(maxsize=1)
def _encoding_config():
    import ftfy

    return ftfy.TextFixerConfig(explain=False)


# Every marker starts with a character U+00C2-U+00F4. Most English text has none, and finding that
# out from its Latin-1 bytes, in C, is much cheaper than scanning it with MARKER.
_NOT_LEAD = bytes(b for b in range(256) if not 0xC2 <= b <= 0xF4)


def may_have_marker(text: str) -> bool:
    return bool(text.encode("latin-1", "ignore").translate(None, _NOT_LEAD))


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if not may_have_marker(text) or not MARKER.search(text):
        return []
    edits: list[Edit] = []
    for start, content in _lines_with_markers(text):
        # Repair the line as it will end up: the whitespace pass drops trailing spaces and tabs,
        # and ftfy can decide differently with them ("Î\x80Ä " and "Î\x80Ä"), so that cleaning
        # the output again would repair it again. (Never part of mojibake themselves.)
        content = content.rstrip(" \t")
        if len(content) <= LONG_LINE:
            edits.extend(_fix_piece(content, start))
            continue
        # A very long line (a whole article on one line, a data dump): fix word by word around
        # each marker, so the cost stays linear in the length of the line. A dump repeats its
        # values: each distinct word is repaired once.
        repairs: dict[str, list[tuple[int, int, str]]] = {}
        for a, b in _words_with_markers(content):
            piece = content[a:b]
            found = repairs.get(piece)
            if found is None:
                if len(repairs) >= REPAIR_CACHE:
                    repairs.clear()
                found = repairs[piece] = _repairs(piece)
            at = start + a
            edits.extend(Edit(at + a0, at + a1, new, NAME, RULE, REASON, safety=safety) for a0, a1, new, safety in found)
    return edits


def _lines_with_markers(text: str):
    """(offset, content) of each line with a marker, found from the markers, not line by line."""
    finder = LineFinder(text)
    m = MARKER.search(text)
    while m:
        start, end = finder.around(m.start())
        yield start, text[start:end]
        m = MARKER.search(text, end)


LONG_LINE = 2000
_SPACE = re.compile(r"\s")


def _words_with_markers(content: str):
    """(start, end) of each run around a marker: from the last space before it (or the end of
    the previous run) to the next white space after it. Each search looks only at the text
    between the previous run and the marker, or the marker and the next white space, so the
    whole line is scanned once (a line of tab-separated words has spaces far apart, or none)."""
    last_end = 0
    for m in MARKER.finditer(content):
        if m.start() < last_end:
            continue
        start = max(content.rfind(" ", last_end, m.start()) + 1, last_end)
        space = _SPACE.search(content, m.end())
        end = space.start() if space else len(content)
        last_end = end
        yield start, end


RULE = "utf8-as-cp1252"
REASON = "UTF-8 bytes were decoded as Windows-1252/Latin-1"
REPAIR_CACHE = 1 << 16  # distinct words remembered on one long line


def _repairs(piece: str) -> list[tuple[int, int, str, str]]:
    """The changes that repair ``piece``: (start, end, replacement, safety), relative to it."""
    fixed = fix_encoding(piece)
    if fixed == piece:
        return []
    out = []
    for a0, a1, b0, b1 in _changes(piece, fixed):
        old, new = piece[a0:a1], fixed[b0:b1]
        out.append((a0, a1, new, SAFE if round_trips(old, new) else LIKELY))
    return out


# The codecs UTF-8 is misread in; ftfy's "sloppy" Windows-1252 also decodes the five bytes
# Windows-1252 leaves undefined (as Latin-1 does).
_MISREAD_AS = ("sloppy-windows-1252", "latin-1")
MAX_LAYERS = 3


def round_trips(old: str, new: str) -> bool:
    """Is ``old`` exactly ``new``'s UTF-8 bytes read as Windows-1252 or Latin-1 (once, or again
    on the result, up to MAX_LAYERS times)? Then the repair only undoes that misreading: a
    ``safe`` edit. Other repairs (a lost byte restored, C1 controls, a mix) are ``likely``."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    if not old or not new:
        return False
    for codec in _MISREAD_AS:
        text = new
        for _ in range(MAX_LAYERS):
            try:
                text = text.encode("utf-8").decode(codec)
            except UnicodeError:
                break
            if text == old:
                return True
            if len(text) > len(old):
                break
    return False


def _fix_piece(piece: str, offset: int) -> list[Edit]:
    return [Edit(offset + a0, offset + a1, new, NAME, RULE, REASON, safety=safety)
            for a0, a1, new, safety in _repairs(piece)]


def _changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """Changed spans between a line and its repair, in linear time where possible.

    Repairs keep the spaces between words, so the two sides pair up word by word and each changed
    word is trimmed to what differs. When the words do not pair up, fall back to difflib.
    """
    old_words, new_words = old.split(" "), new.split(" ")
    if len(old_words) != len(new_words):
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        return [(a0, a1, b0, b1) for op, a0, a1, b0, b1 in matcher.get_opcodes() if op != "equal"]
    out = []
    a = b = 0
    for ow, nw in zip(old_words, new_words):
        if ow != nw:
            p = 0
            while p < min(len(ow), len(nw)) and ow[p] == nw[p]:
                p += 1
            q = 0
            while q < min(len(ow), len(nw)) - p and ow[len(ow) - 1 - q] == nw[len(nw) - 1 - q]:
                q += 1
            out.append((a + p, a + len(ow) - q, b + p, b + len(nw) - q))
        a += len(ow) + 1
        b += len(nw) + 1
    return out


PASS = Pass(NAME, "repair UTF-8 text that was decoded as Windows-1252 or Latin-1 (ftfy, encoding fixes only)", propose, rule_ids=("utf8-as-cp1252",))
