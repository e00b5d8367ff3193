"""whitespace: trailing spaces, long runs of blank lines, and gaps left by other passes.

    "Profit rose.   \\n\\n\\n\\n\\nShares fell."   ->   "Profit rose.\\n\\nShares fell."

Always: spaces and tabs at the end of a line go (except a Markdown hard break, two spaces before
a non-blank line in a .md file), and three or more blank lines become one. Only next to what an
earlier pass changed: two blank lines become one, blank lines at the start or end of the
document go, and a run of spaces between two words becomes one. Line breaks keep their style,
and a missing final newline stays missing. Leading indentation is never touched.
Every edit is ``safe``: only white space between lines or words changes, never a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..document import Document, Line
from ..edits import SAFE, Edit
from ..rulefile import RuleSet
from .base import Pass

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
    # Without trailing blanks or carriage returns, blank lines are empty: three in a row are "\n" x 4.
    needs_work = trailing or ("\n\n\n\n" in text if "\r" not in text else _needs_work(text))
    spans = sorted(set(doc.touched))  # a run of removed lines leaves the same empty span many times
    if not spans and not needs_work:
        return []
    touched = _Touched(spans)
    if needs_work:
        edits = _every_line(doc, doc.lines(), touched, trailing)
    elif "\r" not in text:
        edits = _runs_near_text(doc, touched)
    else:
        lines = doc.lines()
        edits = _runs_near(doc, [ln.content for ln in lines], [ln.start for ln in lines], lines.__getitem__, touched)
    for s, e in spans:
        lo, hi = max(0, s - 2), min(len(text), e + 2)
        if text.find("  ", lo, hi) < 0:  # GAP_RE needs two spaces
            continue
        for m in GAP_RE.finditer(text, lo, hi):
            edits.append(Edit(m.start(), m.end(), " ", NAME, "double-space", "spaces left where an earlier pass removed text", safety=SAFE))
    return _dedupe(edits)


def _run_edits(doc: Document, run: list[Line], at_start: bool, at_end: bool, was_touched: bool) -> list[Edit]:
    """Edits for one run of blank lines."""
    text = doc.text
    start, end = run[0].start, run[-1].next
    if (at_start or at_end) and was_touched:
        # Blank lines an earlier pass left at the top or bottom of the document.
        cut_from = start
        if at_end and not at_start and run[-1].next == run[-1].end:
            # The text ended without a final newline: keep it that way.
            cut_from = run[0].start - len(_break_before(text, run[0].start))
        return [Edit(cut_from, end, "", NAME, "blank-lines", "blank lines left at the edge of the document", safety=SAFE)]
    if len(run) >= 3 or (len(run) == 2 and was_touched):
        first_break = text[run[0].end:run[0].next] or doc.newline
        return [Edit(start, end, first_break, NAME, "blank-lines", f"{len(run)} blank lines become one", safety=SAFE)]
    return [Edit(ln.start, ln.end, "", NAME, "trailing-whitespace", "whitespace-only line", safety=SAFE) for ln in run if ln.content]


def _every_line(doc: Document, lines: list[Line], touched: _Touched, trailing: bool) -> list[Edit]:
    edits: list[Edit] = []
    run: list[Line] = []
    seen_content = False
    for i, line in enumerate(lines):
        if not line.content.strip(" \t\u00a0"):
            run.append(line)
            continue
        if run:
            edits += _run_edits(doc, run, not seen_content, False, touched.hits(run[0].start, run[-1].next))
            run = []
        seen_content = True
        m = TRAILING_RE.search(line.content) if trailing and line.content[-1] in " \t\u00a0" else None
        if m and not _markdown_break(doc, line, m.group(0), lines[i + 1] if i + 1 < len(lines) else None):
            edits.append(
                Edit(line.start + m.start(), line.end, "", NAME, "trailing-whitespace", "spaces at the end of a line", safety=SAFE)
            )
    if run:
        edits += _run_edits(doc, run, not seen_content, True, touched.hits(run[0].start, run[-1].next))
    return edits


def _runs_near(doc: Document, contents: list[str], starts: list[int], line_at, touched: _Touched) -> list[Edit]:
    """The same edits as _every_line when the text has no trailing blanks and no three blank lines
    in a row between two others (so every blank line is empty): only runs that an earlier pass
    touched, and the run at the very start, can need work. Found from the touched spans.

    ``contents[k]`` and ``starts[k]`` are line k's content and offset; ``line_at(k)`` builds the
    :class:`Line` (only the lines of a run are built).
    """
    n = len(contents)
    if not n:
        return []
    candidates = {0} if not contents[0] else set()
    for s, e in touched.spans:
        i = bisect_right(starts, s) - 1
        j = bisect_right(starts, e) - 1
        for k in range(max(i - 1, 0), min(j + 2, n)):
            if not contents[k]:
                candidates.add(k)
    edits: list[Edit] = []
    done = -1
    for k in sorted(candidates):
        if k <= done:
            continue
        a, b = k, k
        while a > 0 and not contents[a - 1]:
            a -= 1
        while b + 1 < n and not contents[b + 1]:
            b += 1
        done = b
        run = [line_at(i) for i in range(a, b + 1)]
        edits += _run_edits(doc, run, a == 0, b == n - 1, touched.hits(run[0].start, run[-1].next))
    return edits


def _runs_near_text(doc: Document, touched: _Touched) -> list[Edit]:
    """:func:`_runs_near` on a text with only ``\n`` breaks, without building every line."""
    text = doc.text
    parts = text.split("\n")
    starts = list(accumulate(map((1).__add__, map(len, parts)), initial=0))
    last = len(parts) - 1  # parts[last] has no break after it; an empty one is no line
    if not parts[last]:
        parts.pop()

    def line_at(k: int) -> Line:
        end = starts[k] + len(parts[k])
        return Line(k, starts[k], end, end + 1 if k < last else end, parts[k])

    return _runs_near(doc, parts, starts[:len(parts)], line_at, touched)


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
