"""script: unify mixed Simplified and Traditional characters in a Chinese article.

    阿里巴巴集團宣佈，公司将继续投資。   ->   阿里巴巴集團宣佈，公司將繼續投資。   (a Traditional article)

The article's dominant script (a document fact) decides the direction. Only characters that
belong to the other script are candidates, and characters valid in both scripts stay exactly as
written (OpenCC's s2t would turn 宣布 into 宣佈 even in a Traditional text that wrote 宣布, and its
s2t writes 臺 for 台). A candidate is one of two kinds:

- never written in the article's script (这, 们, 踪 in Traditional): always converted, with
  OpenCC's phrase-aware converters choosing the form (跟踪 -> 跟蹤);
- written in the article's script in some words (里 in 佛羅里達, 干 in 干預, 征 in 遠征, 准 in 准許,
  余 in 余文樂: they appear on the Traditional side of OpenCC's tables): converted only when
  OpenCC's phrase tables say the word around it is written differently (范圍 -> 範圍, since
  范围 is 範圍), as a ``likely`` edit (the first kind is ``safe``), and never when the two forms
  are variants within the article's script (岩洞 stays: 岩 and 巖 are both Traditional, as are 占
  and 佔, 伙 and 夥; the pairs come from the Unihan database). In a name, a transliteration or any word the phrase
  tables do not know, it stays.

Phrases are matched on the line brought wholly into the other script first, so a word half
converted already (范圍) is still recognised. Stray Simplified characters become Taiwan-standard
Traditional (OpenCC s2tw). Runs only in Chinese articles.
Unsafe when: a text mixes scripts on purpose (quoting a mainland and a Taiwanese source), or
OpenCC's phrase tables spell a name the article spells otherwise (巴爾干 -> 巴爾幹).
"""

from __future__ import annotations

import re

from ..document import Document, LineFinder
from ..edits import LIKELY, SAFE, Edit
from ..rulefile import RuleSet
from ..lang import may_contain_han
from ..unicode import CompiledOnUse
from ..simplified_traditional import HAN_BMP, HAN_SUPPLEMENTARY, ambiguous, one_script_positions, phrases_only, same_script_variants, to_simplified, to_traditional
from .base import Pass

NAME = "script"


def _same_length(convert, line: str) -> str:
    out = convert(line)
    if len(out) != len(line):  # a phrase table changed lengths: convert character by character
        out = "".join(convert(ch) for ch in line)
    return out


def _to_traditional(line: str, i: int, ch: str, cache: dict) -> tuple[str, str] | None:
    """Replacement and safety for the Simplified character ``ch`` at ``line[i]``, or None."""
    if "simplified" not in cache:
        # No phrase spans a line break, so a line converts as it would inside the whole text.
        simplified = cache["simplified"] = _same_length(to_simplified, line)
        cache["traditional"] = _same_length(to_traditional, simplified)
        cache["phrases"] = phrases_only("st-phrases", simplified)
    new = cache["traditional"][i]
    if new == ch:
        return None
    if not ambiguous(ch, "Hant"):
        return new, SAFE
    if cache["phrases"][i] != cache["simplified"][i] and not same_script_variants(ch, new):  # a known word writes it otherwise
        return new, LIKELY
    return None


def _to_simplified(line: str, i: int, ch: str, cache: dict) -> tuple[str, str] | None:
    """Replacement and safety for the Traditional character ``ch`` at ``line[i]``, or None."""
    if "simplified" not in cache:
        simplified = cache["simplified"] = _same_length(to_simplified, line)
        cache["ts-phrases"] = phrases_only("ts-phrases", line)
        cache["st-phrases"] = phrases_only("st-phrases", simplified)
    new = cache["simplified"][i]
    if new == ch:
        return None
    if not ambiguous(ch, "Hans"):
        return new, SAFE
    # A known word writes it otherwise: a Traditional-to-Simplified phrase changes it, or the
    # Simplified word around it is a phrase whose Traditional form is the one written here.
    if (cache["ts-phrases"][i] != ch or cache["st-phrases"][i] == ch) and not same_script_variants(ch, new):
        return new, LIKELY
    return None


# A name written in both scripts side by side ("繁體中文 / 繁体中文", "日本語 / 日语", "臺灣（台湾）"):
# a run of Han characters, a slash, bar or opening bracket, and another run.
_PAIR_SEPARATOR = re.compile(r"\s*[/／|｜(（]\s*")


_HAN = CompiledOnUse("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in HAN_BMP) + HAN_SUPPLEMENTARY + "]")


def _is_han(ch: str) -> bool:
    return _HAN.match(ch) is not None


def _han_run(line: str, i: int) -> tuple[int, int]:
    a = i
    while a > 0 and _is_han(line[a - 1]):
        a -= 1
    b = i + 1
    while b < len(line) and _is_han(line[b]):
        b += 1
    return a, b


def _written_both_ways(line: str, i: int, new: str, convert) -> bool:
    """Is the word around ``line[i]`` paired with the same word written in the other script
    (its conversion, or a word sharing another character with it that writes ``new``)? Then
    both spellings are meant, as in a gloss."""
    a, b = _han_run(line, i)
    word = line[a:b]

    def same_word(other: str, tail: bool) -> bool:
        # The words meet at the separator: the end of ``word`` (from ``line[i]`` on) and the start
        # of ``other`` when ``word`` comes first (``tail``), else the other way round.
        if tail:  # the last m characters of word (line[i] among them) are the first m of other
            if any(convert(word[-m:]) == other[:m] for m in range(len(word) - (i - a), min(len(word), len(other)) + 1)):
                return True
        elif any(convert(word[:m]) == other[-m:] for m in range(i - a + 1, min(len(word), len(other)) + 1)):
            return True
        return new in other and bool(set(other) & (set(word) - {line[i]}))

    after = _PAIR_SEPARATOR.match(line, b)
    if after and after.end() < len(line) and _is_han(line[after.end()]):
        c, d = _han_run(line, after.end())
        if same_word(line[c:d], tail=True):
            return True
    for m in _PAIR_SEPARATOR.finditer(line, 0, a):
        if m.end() == a and m.start() > 0 and _is_han(line[m.start() - 1]):
            c, d = _han_run(line, m.start() - 1)
            return same_word(line[c:d], tail=False)
    return False


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if not may_contain_han(text) or doc.script not in ("Hans", "Hant") or doc.lang != "zh":
        return []
    if doc.script == "Hant":
        decide, target, rule, convert = _to_traditional, "Traditional", "simplified-in-traditional", to_traditional
    else:
        decide, target, rule, convert = _to_simplified, "Simplified", "traditional-in-simplified", to_simplified
    other = "Hans" if doc.script == "Hant" else "Hant"
    positions = one_script_positions(text, other)
    edits: list[Edit] = []
    finder = LineFinder(text)
    k = 0
    while k < len(positions):
        start, end = finder.around(positions[k])
        line = text[start:end]
        cache: dict = {}
        while k < len(positions) and positions[k] < end:
            i = positions[k]
            ch = text[i]
            decided = decide(line, i - start, ch, cache)
            if decided is not None and _written_both_ways(line, i - start, decided[0], convert):
                decided = None
            if decided is not None:
                new, safety = decided
                why = "" if safety == SAFE else " in this word (OpenCC phrase tables)"
                edits.append(Edit(i, i + 1, new, NAME, rule, f"{ch} is not {target}{why}; the article is written in {target} Chinese",
                                  safety=safety))
            k += 1
    return edits


PASS = Pass(NAME, "convert stray Simplified characters in a Traditional Chinese article, or the reverse (OpenCC)", propose,
            rule_ids=("simplified-in-traditional", "traditional-in-simplified"))
