"""Choosing a sense from weighted cues near the term, with a margin.

A cue is a word or phrase matched on word boundaries among the words within :data:`WINDOW`
words of the term (never anywhere in the sentence, never as a prefix: "Kart" does not match
"Kartellamt"). A cue written with a capital letter after its first character or in all capitals
(iPhone, CCTV, Houthi's "Houthi" written capitalised) is an entity and matches case-sensitively;
other cues match in any case. ``"racing:2"`` weighs 2; a cue without a weight weighs 1.
Negative cues subtract. A sense's ``prior`` is its score with no cue at all (the usual sense
of a term gets one). The best sense must lead the next by :data:`MARGIN`, else no sense is
chosen and the term stays, reported.

No cue, no choice: when no cue of any sense (of non-zero weight) is near the term, the term
stays and is reported, whatever the priors, unless the table shows that the prior sense holds
on its own: one of that sense's ``examples`` has no cue near the term (:func:`prior_holds_alone`;
"We don't bet on a single赛道." makes "sector" the sense of 赛道 where nothing says otherwise).
The prior still weighs when cues are found ("a cue of the other sense must outweigh it").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..simplified_traditional import to_simplified
from ..unicode import HAN

WINDOW = 8  # words on each side of the term
MARGIN = 1.5
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CJK = re.compile(f"[{HAN}]")


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    weight: float
    exact_case: bool


def parse_cue(spec: str, negative: bool = False) -> Cue:
    text, sep, weight = spec.rpartition(":")
    if not sep or not re.fullmatch(r"\d+(?:\.\d+)?", weight):
        text, weight = spec, "1"
    words = tuple(_WORD.findall(text))
    if not words:
        raise ValueError(f"cue {spec!r} has no word")
    exact = any(w[1:] != w[1:].lower() or (len(w) > 1 and w.isupper()) for w in words)
    value = float(weight)
    return Cue(words if exact else tuple(w.lower() for w in words), -value if negative else value, exact)


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for w in _WORD.findall(text):
        if _CJK.search(w):
            continue
        out.append(w)
        if "-" in w:  # "Chang'e-6" also offers "Chang'e"; "e-commerce" offers "commerce"
            out.extend(p for p in w.split("-") if p)
    return out


def window_words(sentence: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words before and after ``sentence[start:end]`` within the window (Han runs excluded)."""
    return _tokens(sentence[:start])[-WINDOW:], _tokens(sentence[end:])[:WINDOW]


def _matches(words: list[str], lowered: list[str], cue: Cue) -> list[tuple[int, int]]:
    seq = words if cue.exact_case else lowered
    n = len(cue.words)
    return [(i, i + n) for i in range(len(seq) - n + 1) if tuple(seq[i:i + n]) == cue.words]


def _has(words: list[str], lowered: list[str], cue: Cue) -> bool:
    return bool(_matches(words, lowered, cue))


def score(cues: tuple[Cue, ...], prior: float, before: list[str], after: list[str]) -> float:
    total = prior
    lowered_b = [w.lower() for w in before]
    lowered_a = [w.lower() for w in after]
    for cue in cues:
        if _has(before, lowered_b, cue) or _has(after, lowered_a, cue):
            total += cue.weight
    return total


def _scores(candidates, before: list[str], after: list[str]) -> tuple[list[float], bool]:
    """Each candidate's prior plus the weights of its cues found in the window, and whether any
    cue of non-zero weight was found; a cue found only inside a longer cue phrase found there
    ("lunar" in "Lunar New Year") does not count."""
    sides = [(before, [w.lower() for w in before]), (after, [w.lower() for w in after])]
    found: list[tuple[int, int, int, int, int, float]] = []  # side, start, end, candidate, cue, weight
    for ci, c in enumerate(candidates):
        for k, cue in enumerate(c.cues):
            for si, (words, lowered) in enumerate(sides):
                for a, b in _matches(words, lowered, cue):
                    found.append((si, a, b, ci, k, cue.weight))
    totals = [float(c.prior) for c in candidates]
    counted: set[tuple[int, int]] = set()  # each cue counts once
    evidence = False
    for si, a, b, ci, k, weight in found:
        inside_longer = any(s2 == si and a2 <= a and b <= b2 and (b2 - a2) > (b - a) for s2, a2, b2, *_ in found)
        if not inside_longer and (ci, k) not in counted:
            counted.add((ci, k))
            totals[ci] += weight
            evidence = evidence or weight != 0
    return totals, evidence


def choose(candidates, sentence: str, start: int, end: int):
    """The candidate (with ``.cues`` and ``.prior``) that wins by the margin, or None; None too
    when no cue is near and the table does not show a prior holding alone (see the module).

    One candidate wins unless its negative cues bring it to zero or below."""
    before, after = window_words(sentence, start, end)
    if len(candidates) == 1:
        only = candidates[0]
        if not only.cues:
            return only
        return only if score(only.cues, max(only.prior, 1.0), before, after) > 0 else None
    totals, evidence = _scores(candidates, before, after)
    if not evidence and not prior_holds_alone(tuple(candidates)):
        return None
    scored = sorted(((t, i) for i, t in enumerate(totals)), reverse=True)
    (best, i), (second, _) = scored[0], scored[1]
    if best <= 0 or best - second < MARGIN:
        return None
    return candidates[i]


def locate(forms, sentence: str) -> tuple[int, int] | None:
    """Where one of the term's ``forms`` (the longest first) is in ``sentence``, also when the
    sentence is written in Traditional characters."""
    simplified = None
    for form in sorted(forms, key=len, reverse=True):
        i = sentence.find(form)
        if i < 0:
            if simplified is None:
                simplified = to_simplified(sentence)
            i = simplified.find(form) if len(simplified) == len(sentence) else -1
        if i >= 0:
            return i, i + len(form)
    return None


@lru_cache(maxsize=None)
def prior_holds_alone(candidates: tuple) -> bool:
    """The table's evidence that a sense with a prior is the term's sense where no cue is near:
    one of its examples (which must choose it) has no cue of any sense near the term."""
    for c in candidates:
        if c.prior <= 0:
            continue
        for example in c.examples:
            span = locate((c.zh, *c.variants), example)
            if span is not None and not _scores(candidates, *window_words(example, *span))[1]:
                return True
    return False
