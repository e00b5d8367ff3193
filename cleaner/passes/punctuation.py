"""punctuation: the spacing and punctuation machine translation leaves behind, by language.

    platforms for the digital economy ?   ->   platforms for the digital economy?
    Beijing，Shanghai and Profit（before tax）fell   ->   Beijing, Shanghai and Profit (before tax) fell

In languages that put no space before , . ; : ? ! (English, German, Spanish, Vietnamese, ...)
the space MT inserts there is removed. French spacing (a space before ? ! : ; and inside « »)
is correct and stays. In any non-CJK article, full-width CJK punctuation between Latin-script
words becomes its ASCII form with normal spacing; next to CJK characters (glosses such as
"通义千问（Qwen）") it stays. Chinese, Japanese and Korean articles are left alone.
Unsafe when: a text quotes code or emoticons with a space before a colon.
"""

from __future__ import annotations

import re

from ..document import Document
from ..edits import Edit
from ..inline import is_cjk, is_latin_alnum
from ..rules import RuleSet
from . import Pass

NAME = "punctuation"
# Languages with a space before high punctuation: their spacing is right as it is.
SPACED_PUNCTUATION = frozenset({"fr", "br"})

# A space after a word and before , ; : or a single . ? ! that ends a clause. Not an ellipsis
# ("Wait ..."), not a ratio ("2 : 1"), not an emoticon.
SPACE_BEFORE_RE = re.compile(
    r"(?<=[^\W\d_]|[)\]\"'”’%])[ \t]+(?=[,;:][ \t]*(?:\s|$))"
    r"|(?<=\d)[ \t]+(?=[,;][ \t]*(?:\s|$))"
    r"|(?<=[\w)\]\"'”’%])[ \t]+(?=(?:[?!]+|\.(?!\.))(?:[\s\"'”’)\]]|$))"
)
CANDIDATE_RE = re.compile(r"[ \t]+[,;:.?!]")  # what _candidates() finds
_SPACE_PAIRS = tuple(blank + mark for blank in " \t" for mark in ",;:.?!")
PAIR_RE = re.compile(r"[（【][^（）【】\r\n]{0,200}[）】]")
FULLWIDTH_RE = re.compile(r"[ \t]*[，。：；！？、（）【】][ \t]*")
ASCII = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",", "（": "(", "）": ")", "【": "[", "】": "]"}
OPENING = "（【"
CLOSING = "）】"


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    return (text[i] if i >= 0 else ""), (text[j] if j < len(text) else "")


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    # Substring tests run in C; the language (a detection) is asked for only if there is work.
    spaced = any(pair in text for pair in _SPACE_PAIRS)
    fullwidth = any(ch in text for ch in ASCII)
    if not (spaced or fullwidth) or doc.is_cjk or doc.lang == "und":
        return []
    edits: list[Edit] = []
    if spaced and doc.lang not in SPACED_PUNCTUATION:
        for start, mark in _candidates(text):  # cheap scan; the exact test only where it may apply
            m = SPACE_BEFORE_RE.match(text, start)
            if m is None or m.end() != mark:
                continue
            edits.append(Edit(m.start(), m.end(), "", NAME, "space-before-punctuation",
                              "no space before this punctuation mark in this language"))
    if fullwidth:
        # Bracket pairs decide together: a pair around or after CJK is a gloss and stays whole.
        keep: set[int] = set()
        for m in PAIR_RE.finditer(text):
            before, _ = _neighbours(text, m.start(), m.start() + 1)
            if is_cjk(before) or any(is_cjk(ch) for ch in m.group(0)):
                keep.update((m.start(), m.end() - 1))
        for m in FULLWIDTH_RE.finditer(text):
            mark = m.group(0).strip(" \t")
            pos = m.start() + m.group(0).index(mark)
            before, after = _neighbours(text, pos, pos + 1)
            if pos in keep or is_cjk(before) or is_cjk(after) or not (is_latin_alnum(before) or is_latin_alnum(after)):
                continue
            edits.append(Edit(m.start(), m.end(), _ascii(mark, text, m.start(), m.end()), NAME,
                              "fullwidth-punctuation", f"full-width {mark} inside a Latin-script sentence"))
    return _without_overlaps(edits)


def _candidates(text: str) -> list[tuple[int, int]]:
    """(start of the blanks, offset of the mark) for each run of spaces or tabs followed by
    , ; : . ? ! -- what CANDIDATE_RE finds, found with substring searches, which run in C."""
    found: set[tuple[int, int]] = set()
    for pair in _SPACE_PAIRS:
        i = text.find(pair)
        while i >= 0:
            start = i
            while start and text[start - 1] in " \t":
                start -= 1
            found.add((start, i + 1))
            i = text.find(pair, i + 1)
    return sorted(found)


def _ascii(mark: str, text: str, start: int, end: int) -> str:
    out = ASCII[mark]
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    if mark in OPENING:
        return (" " if prev and not prev.isspace() and prev not in "([" else "") + out
    if nxt and not nxt.isspace() and (is_latin_alnum(nxt) or nxt in "([\"“") :
        return out + " "
    return out


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


PASS = Pass(NAME, "space before punctuation and full-width punctuation in Latin-script text, by language", propose,
            rule_ids=("space-before-punctuation", "fullwidth-punctuation"))
