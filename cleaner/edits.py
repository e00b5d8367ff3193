"""Edits: what a pass proposes and the pipeline applies.

A pass never rewrites text itself. It returns :class:`Edit` objects, each naming the span it
replaces (offsets into the text as the pass saw it), the replacement, the pass, the rule id and a
human reason. The pipeline checks them, applies them and keeps them, so every change can be
listed, diffed, counted, explained and replayed.

Every edit also says how sure its pass is (``safety``), one occurrence at a time:

``safe``
    Cannot lose meaning: an HTML entity decoded, a mojibake repair whose bytes round-trip exactly
    (the text is the replacement's UTF-8 read as Windows-1252 or Latin-1), trailing whitespace, a
    run of blank lines or spaces, a character the article's Chinese script never uses (这 in a
    Traditional article) converted.
``likely``
    A heuristic that is right on the evidence the pass saw but could be wrong: a deleted line or
    block (boilerplate), a removed tag, comment or script, a whole page reduced to its text, a
    glossary translation, a space before punctuation removed, full-width punctuation made ASCII, a
    script conversion chosen by a phrase table (范圍 -> 範圍), a renamed person, any other repair.
``low``
    Even less sure, applied only because the user asked for it: a CC-CEDICT translation
    (``--cedict``), whose first sense is often not what a news text means.
``display-only``
    A finding: reported where a pass is unsure (an unresolved CJK run, chrome it would not
    delete), never applied.

An edit built without a level is ``likely``: only a pass that knows its change cannot lose
meaning calls it safe. Where edits of different levels merge into one (a later round rewriting
an earlier edit), the merged edit takes the least sure of them (:func:`least_sure`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from enum import StrEnum
from itertools import accumulate
from typing import Iterable, NamedTuple, Sequence

class Safety(StrEnum):
    """How sure an edit is, as ruff's ``Applicability``; a member is its own string value."""

    SAFE = "safe"
    LIKELY = "likely"
    # Only for an edit the user opted into (CC-CEDICT with --cedict).
    LOW = "low"
    # A finding that changes nothing (e.g. an unresolved CJK run): reported, never applied.
    DISPLAY_ONLY = "display-only"


SAFE, LIKELY, LOW, DISPLAY_ONLY = Safety.SAFE, Safety.LIKELY, Safety.LOW, Safety.DISPLAY_ONLY
# The levels of applied edits, surest first.
APPLIED_LEVELS = (SAFE, LIKELY, LOW)
LEVELS = APPLIED_LEVELS + (DISPLAY_ONLY,)

_NEWLINE = re.compile(r"\r\n|\r|\n")
_new = tuple.__new__


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement``.

    ``start``/``end`` are offsets into the text the pass was given. ``line`` and ``column``
    (1-based) locate the edit in the original input; the pipeline fills them in. Immutable (a
    named tuple: an article can have thousands of edits, and a frozen dataclass costs several
    times as much to create).
    """

    start: int
    end: int
    replacement: str
    pass_name: str
    rule: str
    reason: str
    before: str = ""
    safety: str = LIKELY
    line: int = 0
    column: int = 0

    def located(self, line: int, column: int) -> "Edit":
        """This edit with its line and column in the original input (cheaper than replace())."""
        return _new(Edit, (self.start, self.end, self.replacement, self.pass_name, self.rule, self.reason,
                           self.before, self.safety, line, column))

    def as_record(self) -> dict:
        return {
            "pass": self.pass_name,
            "rule": self.rule,
            "line": self.line,
            "column": self.column,
            "before": self.before,
            "after": self.replacement,
            "reason": self.reason,
            "safety": self.safety,
        }


def least_sure(levels: Iterable[str]) -> str:
    """The least sure of some levels of applied edits (``safe`` when there are none)."""
    rank = max((APPLIED_LEVELS.index(level) for level in levels), default=0)
    return APPLIED_LEVELS[rank]


class EditConflict(ValueError):
    """A pass proposed edits that overlap or fall outside the text."""


def normalise(text: str, edits: Iterable[Edit]) -> list[Edit]:
    """Sort edits, drop no-ops, fill in ``before``, and refuse overlaps."""
    out: list[Edit] = []
    last_end = -1
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if not 0 <= e.start <= e.end <= len(text):
            raise EditConflict(f"{e.pass_name}/{e.rule}: span {e.start}-{e.end} outside text")
        before = text[e.start:e.end]
        if before == e.replacement:
            continue
        if e.start < last_end:
            raise EditConflict(f"{e.pass_name}/{e.rule}: edit at {e.start} overlaps another edit")
        out.append(_new(Edit, (e.start, e.end, e.replacement, e.pass_name, e.rule, e.reason, before, e.safety, 0, 0)))
        last_end = e.end
    return out


def apply(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping edits (as returned by :func:`normalise`)."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def replay(text: str, edits: Sequence[Edit]) -> str:
    """Reproduce a cleaning run from its report: apply each pass's edits in order."""
    group: list[Edit] = []
    for e in edits:
        if group and e.pass_name != group[-1].pass_name:
            text = apply(text, group)
            group = []
        group.append(e)
    return apply(text, group)


class OffsetMap:
    """Maps offsets between a text before and after one stage of sorted, non-overlapping edits.

    Both directions are binary searches, so mapping stays cheap however many edits a stage has.
    """

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits = edits
        self._old_starts = [e.start for e in edits]
        starts, shift = [], 0
        for e in edits:
            starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)
        self._new_starts = starts

    def back(self, pos: int) -> int:
        i = bisect_right(self._new_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        new_start = self._new_starts[i]
        new_end = new_start + len(e.replacement)
        if pos < new_end:
            return e.start  # inside a replacement: point at what it replaced
        return e.end + (pos - new_end)

    def forward(self, pos: int) -> int:
        i = bisect_right(self._old_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        new_start = self._new_starts[i]
        if pos < e.end:
            return new_start  # inside replaced text: the start of its replacement
        return pos + (new_start + len(e.replacement) - e.end)

    def new_spans(self) -> list[tuple[int, int]]:
        return [(s, s + len(e.replacement)) for e, s in zip(self.edits, self._new_starts)]


class LineIndex:
    """1-based line and column numbers for offsets into one text."""

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        else:  # in C: each line starts one past the end of the one before
            self.starts = list(accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0))

    def locate(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        return i + 1, pos - self.starts[i] + 1
