"""whitespace: trailing spaces, long runs of blank lines, and gaps left by other passes.

    "Profit rose.   \\n\\n\\n\\n\\nShares fell."   ->   "Profit rose.\\n\\nShares fell."

Always: spaces and tabs at the end of a line go (except a Markdown hard break, two spaces before
a non-blank line in a .md file), and three or more blank lines become one. Only next to what an
earlier pass changed: two blank lines become one, blank lines at the start or end of the
document go, and a run of spaces between two words becomes one. Line breaks keep their style,
and a missing final newline stays missing. Leading indentation is never touched.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Document, Line
from ..edits import Edit
from ..rules import RuleSet
from . import Pass

NAME = "whitespace"

TRAILING_RE = re.compile(r"[ \t\u00a0]+$")
GAP_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
# Anything for this pass to do at all? Trailing blanks, or three blank lines in a row. (Patterns
# that start with one fixed character let the regex engine skip through clean text.)
_BLANKS = (" ", "\t", "\u00a0")
_TRAILING_PAIRS = tuple(blank + brk for blank in _BLANKS for brk in "\r\n")
_BLANKS_LF = re.compile(r"\n[ \t\u00a0\r]*\n[ \t\u00a0\r]*\n[ \t\u00a0\r]*\n")
_BLANKS_CR = re.compile(r"\r[ \t\u00a0]*\r[ \t\u00a0]*\r[ \t\u00a0]*\r")


def _has_trailing(text: str) -> bool:
    # Substring tests run in C; a regex that starts with a character class tests every position.
    if text.endswith(_BLANKS) or " \n" in text or "\t\n" in text:
        return True
    return ("\r" in text or "\u00a0" in text) and any(pair in text for pair in _TRAILING_PAIRS)


def _needs_work(text: str) -> bool:
    return bool(
        _has_trailing(text)
        or _BLANKS_LF.search(text)
        or ("\r" in text and _BLANKS_CR.search(text))
    )


class _Touched:
    """Spans earlier passes wrote, sorted, for quick 'does this region touch one?' questions."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # Longest span so far, so a search can start far enough back to catch long spans.
        self.reach: list[int] = []
        best = -1
        for _, e in self.spans:
            best = max(best, e)
            self.reach.append(best)

    def hits(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end) - 1  # last span starting at or before `end`
        return i >= 0 and self.reach[i] >= start


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    trailing = _has_trailing(text)
    if not doc.touched and not trailing and not _needs_work(text):
        return []
    lines = doc.lines()
    touched = _Touched(doc.touched)
    edits: list[Edit] = []
    run: list[Line] = []
    seen_content = False

    def close_run(at_end: bool) -> None:
        if not run:
            return
        start, end = run[0].start, run[-1].next
        was_touched = touched.hits(start, end)
        at_start = not seen_content
        if (at_start or at_end) and was_touched:
            # Blank lines an earlier pass left at the top or bottom of the document.
            cut_from = start
            if at_end and not at_start and run[-1].next == run[-1].end:
                # The text ended without a final newline: keep it that way.
                cut_from = run[0].start - len(_break_before(text, run[0].start))
            edits.append(Edit(cut_from, end, "", NAME, "blank-lines", "blank lines left at the edge of the document"))
        elif len(run) >= 3 or (len(run) == 2 and was_touched):
            first_break = text[run[0].end:run[0].next] or doc.newline
            edits.append(Edit(start, end, first_break, NAME, "blank-lines", f"{len(run)} blank lines become one"))
        else:
            for ln in run:
                if ln.content:
                    edits.append(Edit(ln.start, ln.end, "", NAME, "trailing-whitespace", "whitespace-only line"))
        run.clear()

    for i, line in enumerate(lines):
        if not line.content.strip(" \t\u00a0"):
            run.append(line)
            continue
        close_run(at_end=False)
        seen_content = True
        m = TRAILING_RE.search(line.content) if trailing else None
        if m and not _markdown_break(doc, line, m.group(0), lines[i + 1] if i + 1 < len(lines) else None):
            edits.append(
                Edit(line.start + m.start(), line.end, "", NAME, "trailing-whitespace", "spaces at the end of a line")
            )
    close_run(at_end=True)
    for s, e in doc.touched:
        lo, hi = max(0, s - 2), min(len(text), e + 2)
        for m in GAP_RE.finditer(text, lo, hi):
            edits.append(Edit(m.start(), m.end(), " ", NAME, "double-space", "spaces left where an earlier pass removed text"))
    return _dedupe(edits)


def _break_before(text: str, pos: int) -> str:
    if text.endswith("\r\n", 0, pos):
        return "\r\n"
    if pos and text[pos - 1] in "\r\n":
        return text[pos - 1]
    return ""


def _markdown_break(doc: Document, line: Line, trailing: str, following: Line | None) -> bool:
    return doc.is_markdown and trailing == "  " and following is not None and bool(following.content.strip())


def _dedupe(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


PASS = Pass(NAME, "trailing spaces, runs of blank lines, and double spaces left by other passes", propose, rule_ids=("trailing-whitespace", "blank-lines", "double-space"))
