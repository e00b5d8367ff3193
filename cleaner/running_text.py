"""Putting a replacement into running text: glosses, spacing, sentences, a/an, capitals.

Shared by the passes that replace words inside sentences (names, cjk_glossary).
"""

from __future__ import annotations

import re

from .unicode import CJK, LATIN, CompiledOnUse
from .unicode import is_cjk as _is_cjk_char

_OPEN = "(（"
GLOSS_MAX = 300  # a parenthetical gloss closes within this many characters
_CLOSE = ")）"
_SENTENCE_BREAK = re.compile(r"[.!?。！？]+[\"'”’)\]]*\s+|[\r\n]+")
_CJK_CHAR = CompiledOnUse(f"[{CJK}]")  # (a large class: compiled when a text needs it)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def is_cjk(ch: str) -> bool:
    return bool(ch) and _is_cjk_char(ch[0])


def is_latin_alnum(ch: str) -> bool:
    return bool(ch) and bool(_LETTER_OR_DIGIT.match(ch)) and not is_cjk(ch)


_QUOTES = {"“": "”", '"': '"', "«": "»", "「": "」", "『": "』", "‘": "’"}
_LATIN_LETTER = re.compile(f"[{LATIN}]")


def _quoted(text: str, start: int, end: int) -> bool:
    """Inside a quotation that has no Latin letters: Chinese quoted on purpose ("the word “赛道”")."""
    lo = max(0, start - 80)
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch in "\r\n":
            return False
        close = _QUOTES.get(ch)
        if close is None:
            continue
        j = text.find(close, end, end + 80)
        if j == -1 or "\n" in text[i:j]:
            return False
        return not _LATIN_LETTER.search(text, i + 1, j)
    return False


def is_gloss(text: str, start: int, end: int) -> bool:
    """True if text[start:end] (a CJK run) is a gloss or a quotation that belongs in the text.

    "Tongyi Qianwen (通义千问)": a CJK run alone in parentheses right after a Latin-script word.
    "躺平 (lying flat)": a CJK run directly followed by a parenthetical Latin-script gloss.
    'the credit line "责任编辑：李娜"': CJK quoted on purpose, in quotation marks with no Latin letters.
    """
    if _quoted(text, start, end):
        return True
    i = _skip_spaces_back(text, start - 1)
    j = _skip_spaces(text, end)
    return _parenthesised_after_word(text, i, j) or _glossed(text, j)


def _skip_spaces_back(text: str, i: int) -> int:
    while i >= 0 and text[i] == " ":
        i -= 1
    return i


def _skip_spaces(text: str, j: int) -> int:
    while j < len(text) and text[j] == " ":
        j += 1
    return j


def _parenthesised_after_word(text: str, i: int, j: int) -> bool:
    """Alone in parentheses (text[i] opens, text[j] closes), after a Latin-script word."""
    if not (i >= 0 and text[i] in _OPEN and j < len(text) and text[j] in _CLOSE):
        return False
    k = _skip_spaces_back(text, i - 1)
    return k >= 0 and (is_latin_alnum(text[k]) or text[k] in "'’.-")


def _glossed(text: str, j: int) -> bool:
    """Followed (at j) by a parenthetical gloss in Latin script."""
    if not (j < len(text) and text[j] in _OPEN):
        return False
    close = min((p for p in (text.find(")", j, j + GLOSS_MAX), text.find("）", j, j + GLOSS_MAX)) if p != -1), default=-1)
    if close == -1:
        return False
    inner = text[j + 1:close]
    return bool(inner.strip()) and not _CJK_CHAR.search(inner) and bool(_ASCII_LETTER.search(inner))


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around ``pos`` (bounded by sentence punctuation or a line break)."""
    start = 0
    lo = max(0, pos - 1000)
    for m in _SENTENCE_BREAK.finditer(text, lo, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(text, pos, min(len(text), pos + 1000))
    end = m.start() if m else min(len(text), pos + 1000)
    if m is None and lo > 0:
        start = max(start, lo)
    return start, end


def at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘«(（[":
        i -= 1
    return i < 0 or text[i] in ".!?\r\n。！？"


def spaced(text: str, start: int, end: int, replacement: str) -> str:
    """``replacement`` with a space added where it would touch a Latin letter or digit."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if replacement and is_latin_alnum(before) and is_latin_alnum(replacement[0]):
        replacement = " " + replacement
    if replacement and is_latin_alnum(after) and (is_latin_alnum(replacement[-1]) or replacement[-1] in ".)"):
        replacement = replacement + " "
    return replacement


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([Aa]n?)(\s+)$")
_VOWEL_SOUND = re.compile(r"(?:[aeiAEI]|o(?!ne)|O(?!ne)|u(?![nN][iI]|s[eu]|ti|r[oa])|U(?![nN][iI]|s[eu]|ti|r[oa])|h(?:our|onest|onou?r|eir)|H(?:our|onest|onou?r|eir)|[FHLMNRSX](?:[A-Z]|$|\b))")


def article_for(word: str) -> str:
    return "an" if _VOWEL_SOUND.match(word) else "a"


def with_article(text: str, start: int, replacement: str) -> tuple[int, str] | None:
    """If ``a``/``an`` directly precedes ``start`` and is wrong for ``replacement``, the fixed span start and text."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if not m or not replacement.strip():
        return None
    word = replacement.lstrip()
    want = article_for(word)
    art = m.group(1)
    if art.lower() == want:
        return None
    fixed = want.capitalize() if art[0].isupper() else want
    return m.start(1), fixed + m.group(2)


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].islower() else word
