"""script: unify mixed Simplified and Traditional characters in a Chinese article.

    阿里巴巴集團宣佈，公司将继续投資。   ->   阿里巴巴集團宣佈，公司將繼續投資。   (a Traditional article)

The article's dominant script (a document fact) decides the direction. Only characters that
exist in the other script alone are converted, with OpenCC's phrase-aware converters choosing
the form; characters valid in both scripts stay exactly as written (OpenCC's s2t would turn 宣布
into 宣佈 even in a Traditional text that wrote 宣布, and its s2t writes 臺 for 台). Stray Simplified
characters become Taiwan-standard Traditional (OpenCC s2tw). Runs only in Chinese articles.
Unsafe when: a text mixes scripts on purpose (quoting a mainland and a Taiwanese source).
"""

from __future__ import annotations

from ..document import Document, LineFinder
from ..edits import Edit
from ..rules import RuleSet
from ..lang import may_contain_han
from ..script import one_script_positions, to_simplified, to_traditional
from . import Pass

NAME = "script"


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if not may_contain_han(text) or doc.script not in ("Hans", "Hant") or doc.lang != "zh":
        return []
    if doc.script == "Hant":
        convert, target, rule = to_traditional, "Traditional", "simplified-in-traditional"
    else:
        convert, target, rule = to_simplified, "Simplified", "traditional-in-simplified"
    # Only characters that belong to the other script alone: 布 in 宣布 and 台 are valid Traditional.
    other = "Hans" if doc.script == "Hant" else "Hant"
    positions = one_script_positions(text, other)
    edits: list[Edit] = []
    finder = LineFinder(text)
    k = 0
    while k < len(positions):
        # Convert the whole line around a candidate, in context: OpenCC's phrase tables choose
        # between 干, 幹 and 乾. No phrase spans a line break, so a line converts as it would
        # inside the whole text.
        start, end = finder.around(positions[k])
        line = text[start:end]
        converted = convert(line)
        if len(converted) != len(line):  # a phrase table changed lengths: convert character by character
            converted = "".join(convert(ch) for ch in line)
        while k < len(positions) and positions[k] < end:
            i = positions[k]
            ch, new = text[i], converted[i - start]
            if ch != new:
                edits.append(Edit(i, i + 1, new, NAME, rule, f"{ch} is not {target}; the article is written in {target} Chinese"))
            k += 1
    return edits


PASS = Pass(NAME, "convert stray Simplified characters in a Traditional Chinese article, or the reverse (OpenCC)", propose,
            rule_ids=("simplified-in-traditional", "traditional-in-simplified"))
