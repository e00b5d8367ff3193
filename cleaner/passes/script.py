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

from ..document import Document, LineFinder
from ..edits import LIKELY, SAFE, Edit
from ..rulefile import RuleSet
from ..lang import may_contain_han
from ..script import ambiguous, one_script_positions, phrases_only, same_script_variants, to_simplified, to_traditional
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


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if not may_contain_han(text) or doc.script not in ("Hans", "Hant") or doc.lang != "zh":
        return []
    if doc.script == "Hant":
        decide, target, rule = _to_traditional, "Traditional", "simplified-in-traditional"
    else:
        decide, target, rule = _to_simplified, "Simplified", "traditional-in-simplified"
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
            if decided is not None:
                new, safety = decided
                why = "" if safety == SAFE else " in this word (OpenCC phrase tables)"
                edits.append(Edit(i, i + 1, new, NAME, rule, f"{ch} is not {target}{why}; the article is written in {target} Chinese",
                                  safety=safety))
            k += 1
    return edits


PASS = Pass(NAME, "convert stray Simplified characters in a Traditional Chinese article, or the reverse (OpenCC)", propose,
            rule_ids=("simplified-in-traditional", "traditional-in-simplified"))
