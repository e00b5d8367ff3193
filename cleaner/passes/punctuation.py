"""punctuation: the spacing and punctuation machine translation leaves behind, by language.

    platforms for the digital economy ?   ->   platforms for the digital economy?
    Beijing，Shanghai and Profit（before tax）fell   ->   Beijing, Shanghai and Profit (before tax) fell

In languages that put no space before , ; : ? ! . (English, German, Spanish, Vietnamese, ...)
the space MT inserts there is removed, in running prose only: one space after a word, on a line
of several words where letters dominate and which ends like a sentence; not on code-like lines
(braces, "=", calls, a ";" ending, quoted keys), table-like lines (tabs, pipes, mostly numbers),
after a number ("$ 5 , $ 10"; "since 2008 ." is fixed), on a line of fewer than five words
("Chat icon selector ?", a table cell), in a wider gap or after a word that leaves its clause
open ("the value of , is", "If , then ,", where a formula was stripped). In a document with
several such gaps, the other spaces before punctuation are reported as findings, not edited:
the document had elements stripped, and those gaps are most likely places where they stood. "Label : value" at
the start of a line is fixed too. French spacing (a space before ? ! : ; and inside « ») is
correct and stays. In any non-CJK article, full-width CJK punctuation between Latin-script
words becomes its ASCII form with normal spacing; next to CJK characters (glosses such as
"通义千问（Qwen）") it stays. Chinese, Japanese and Korean articles are left alone.
Both are ``likely`` edits: each rests on a judgement that the line is prose.
Unsafe when: a text quotes code or emoticons on a line of prose with a space before a colon.
"""

from __future__ import annotations

import re

from ..document import Document, LineFinder
from ..edits import DISPLAY_ONLY, LIKELY, Edit
from ..running_text import is_cjk, is_latin_alnum
from ..rulefile import RuleSet
from .base import Pass

NAME = "punctuation"
# Languages with a space before high punctuation: their spacing is right as it is.
SPACED_PUNCTUATION = frozenset({"fr", "br"})

# One space after a word (or a closing quote or bracket) and before , ; : or a single . ? ! that
# ends a clause. Not after a number ("$ 5 , $ 10"), not a wider gap or a tab (where something was
# stripped: "the value of  , is", or a table), not an ellipsis ("Wait ..."), a ratio ("2 : 1") or
# an emoticon.
SPACE_BEFORE_RE = re.compile(
    r"(?<=[^\W\d_]|[)\]\"'”’»]) (?=[,;:][ \t]*(?:\s|$))"
    r"|(?<=[^\W\d_]|[)\]\"'”’»]) (?=(?:[?!]+|\.(?!\.))(?:[\s\"'”’»)\]]|$))"
    r"|(?<=\d) (?=\.(?!\.)(?:\s|$))"  # "since 2008 ." -- if a word comes before the number
)
# "Label : value" opening a line ("Bài viết : Hà Hiền"): a colon after one to five words.
LABEL_RE = re.compile(r"[ \t]*[^\W\d_][^\W_]*(?:[ -][^\W_]+){0,4}")
# A clause never ends on these words: a mark after them follows a gap where something (a formula,
# a figure, a link) was stripped -- "the value of , is" -- not a machine translation's space.
DANGLING = {lang: frozenset(words.split()) for lang, words in {
    "en": "a an the of to by for from with and or than as if then whether when where which whose are were pronounced",
    "de": "der die das den dem des ein eine einen einem einer von mit und oder zu im am",
    "es": "el la los las un una de del al y o en con por para",
    "it": "il lo gli le di da della dello e per con su",
    "pt": "o os as um uma do da dos das no na em com",
    "nl": "de het een van en op voor",
    "vi": "của và các những một với cho",
}.items()}
# This many gaps after such words show a document whose elements were stripped.
STRIPPED_GAPS = 2
# Running prose has at least this many words on the line (a shorter line is a label, a heading
# or a table row: "Chat icon selector ?", where "?" is the cell's value).
PROSE_WORDS = 5
# A line where a space before punctuation is a machine translation's: prose, not code or a table.
SENTENCE_END = frozenset(".!?…:\"'”’»)]。！？")
CODE_RE = re.compile(r"[{}=|\t]|[A-Za-z_]\w*\([^()\s]*\)|(?<!:)//|::|->|\w_\w|;\s*$|[\"'][^\"'\s]{1,40}[\"']\s*:")
CANDIDATE_RE = re.compile(r"[ \t]+[,;:.?!]")  # what _candidates() finds
_SPACE_PAIRS = tuple(blank + mark for blank in " \t" for mark in ",;:.?!")
_TAB_PAIRS = tuple(pair for pair in _SPACE_PAIRS if pair[0] == "\t")
SPACE_MARK_RE = re.compile(r" [,;:.?!]")
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
    # Scans that run in C; the language (a detection) is asked for only if there is work.
    spaced = _has_spaced_mark(text)
    fullwidth = any(ch in text for ch in ASCII)
    if not (spaced or fullwidth) or doc.is_cjk or doc.lang == "und":
        return []
    edits: list[Edit] = []
    if spaced and doc.lang not in SPACED_PUNCTUATION:
        edits.extend(_space_edits(text, doc.lang))
    if fullwidth:
        edits.extend(_fullwidth_edits(text))
    return _without_overlaps(edits)


def _has_spaced_mark(text: str) -> bool:
    """Whether a space or a tab comes before , ; : . ? ! anywhere in ``text``. The regular
    expression starts with a literal, which the C engine finds fast; tabs are rare."""
    return SPACE_MARK_RE.search(text) is not None or ("\t" in text and any(pair in text for pair in _TAB_PAIRS))


def _space_edits(text: str, lang: str) -> list[Edit]:
    """The spaces before punctuation to remove (or, in a document with stripped elements, to
    report): in prose lines and "Label : value" openings only."""
    lines = LineFinder(text)
    verdicts: dict[int, bool] = {}  # line start -> is it prose
    dangling = DANGLING.get(lang, frozenset())
    candidates = _candidates(text)  # cheap scan; the exact test only where it may apply
    # A document with several gaps after words that leave a clause open ("are , although",
    # "If , then ,") had elements stripped (formulas, figures, links): its other gaps are
    # most likely such places too, so they are reported, not edited.
    stripped = sum(1 for start, _ in candidates if _dangling(text, start, dangling)) >= STRIPPED_GAPS
    edits = []
    for start, mark in candidates:
        m = SPACE_BEFORE_RE.match(text, start)
        if m is None or m.end() != mark or _dangling(text, start, dangling):
            continue
        if not _fixable_line(text, lines, verdicts, start, mark):
            continue
        if stripped:
            edits.append(Edit(m.start(), m.end(), "", NAME, "space-before-punctuation",
                              "a space before this punctuation mark, in a document whose other such gaps follow "
                              "stripped elements (formulas, figures): left as it is", safety=DISPLAY_ONLY))
        else:
            edits.append(Edit(m.start(), m.end(), "", NAME, "space-before-punctuation",
                              "no space before this punctuation mark in this language", safety=LIKELY))
    return edits


def _fixable_line(text: str, lines: LineFinder, verdicts: dict[int, bool], start: int, mark: int) -> bool:
    """Whether the gap at ``start`` (before the mark at ``mark``) sits where it can be fixed: on
    a line of prose, or after the label of a "Label : value" line; after a number, only one a
    word comes before. ``verdicts`` keeps each line's prose test (by line start)."""
    line_start, line_end = lines.around(start)
    if text[start - 1].isdigit() and not _counted(text, line_start, start):
        return False
    prose = verdicts.get(line_start)
    if prose is None:
        prose = verdicts[line_start] = _prose(text[line_start:line_end])
    return prose or (text[mark] == ":" and _label(text, line_start, line_end, start))


def _glossed_brackets(text: str) -> set[int]:
    """Offsets of full-width brackets that stay: bracket pairs decide together, and a pair
    around or after CJK is a gloss ("通义千问（Qwen）") and stays whole."""
    keep: set[int] = set()
    for m in PAIR_RE.finditer(text):
        before, _ = _neighbours(text, m.start(), m.start() + 1)
        if is_cjk(before) or any(is_cjk(ch) for ch in m.group(0)):
            keep.update((m.start(), m.end() - 1))
    return keep


def _fullwidth_edits(text: str) -> list[Edit]:
    """Full-width punctuation between Latin-script words, as its ASCII form with normal spacing."""
    keep = _glossed_brackets(text)
    edits = []
    for m in FULLWIDTH_RE.finditer(text):
        mark = m.group(0).strip(" \t")
        pos = m.start() + m.group(0).index(mark)
        if pos in keep or not _between_latin(text, pos):
            continue
        edits.append(Edit(m.start(), m.end(), _ascii(mark, text, m.start(), m.end()), NAME,
                          "fullwidth-punctuation", f"full-width {mark} inside a Latin-script sentence", safety=LIKELY))
    return edits


def _between_latin(text: str, pos: int) -> bool:
    """No CJK on either side of the mark at ``pos`` (blanks skipped), and a Latin letter or digit
    on at least one."""
    before, after = _neighbours(text, pos, pos + 1)
    if is_cjk(before) or is_cjk(after):
        return False
    return is_latin_alnum(before) or is_latin_alnum(after)


def _dangling(text: str, start: int, words: frozenset[str]) -> bool:
    """Does the word before ``start`` leave its clause open ("the value of ,")?"""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:start].lower() in words


def _counted(text: str, line_start: int, start: int) -> bool:
    """A number a word comes before ("since 2008 .", "drew 1-1 ."), not a price or a list of figures."""
    i = text.rfind(" ", line_start, start)
    number = text[i + 1:start]
    if i <= line_start or any(ch.isalpha() for ch in number) or not all(ch.isdigit() or ch in ".,-/" for ch in number):
        return False
    return text[i - 1].isalpha()


def _label(text: str, line_start: int, line_end: int, start: int) -> bool:
    """"Label : value" at the start of a line of words: "Bài viết : Hà Hiền", "Sitz : Wien"."""
    m = LABEL_RE.match(text, line_start, start)
    if m is None or m.end() != start or not text[m.start():start].strip()[:1].isupper():
        return False
    rest = text[start:line_end]
    return not CODE_RE.search(rest) and sum(map(str.isalpha, rest)) * 2 >= len(rest.replace(" ", ""))


def _prose(line: str) -> bool:
    """Running prose: several words, letters dominate, ends like a sentence; not code-like
    (braces, "=", a ";" ending, quoted keys) and not table-like (tabs, pipes, many numbers)."""
    s = line.strip()
    if not s or s[-1] not in SENTENCE_END or CODE_RE.search(s):
        return False
    words = s.split()
    wordy = sum(1 for w in words if any(ch.isalpha() for ch in w))
    if wordy < PROSE_WORDS or 2 * wordy < len(words):
        return False
    letters = sum(map(str.isalpha, s))
    return 5 * letters >= 3 * (len(s) - s.count(" "))


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
