"""Literal prefilters for rule regexes.

From a regex's parse tree, find a small set of literal strings of which every match must contain
at least one (the idea behind RE2's prefilter). A line that contains none of them cannot match,
so the regex need not run. Strings are case-folded, as lines are before the check, which keeps the
filter on the safe side of case-insensitive matching: it may let a line through that then fails,
but never stops one that would match.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_LITERALS = 64
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _weight(s: str) -> int:
    """How selective a literal is: ASCII letters and digits count 1, other characters 2 (a lone
    "©" or "评" is rare in prose, a lone "x" is not)."""
    return sum(1 if ch.isascii() and ch.isalnum() else 2 for ch in s)


def _score(lits: frozenset[str] | None) -> int:
    return min((_weight(s) for s in lits), default=0) if lits else 0


def _seq(items) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(lits: frozenset[str] | None) -> None:
        nonlocal best
        if lits and len(lits) <= MAX_LITERALS and _score(lits) > _score(best):
            best = lits

    def flush() -> None:
        if run:
            consider(frozenset({"".join(run).casefold()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            consider(_seq(av[-1]))
        elif op is _c.BRANCH:
            consider(_branch(av[1]))
        elif op in _REPEATS and av[0] >= 1:
            consider(_seq(av[2]))
        elif op in (_c.ASSERT,) and av[0] == 1:  # a lookahead's literals are in the line too
            consider(_seq(av[1]))
    flush()
    return best


def _branch(branches) -> frozenset[str] | None:
    out: set[str] = set()
    for b in branches:
        lits = _seq(b)
        if not lits:
            return None
        out |= lits
        if len(out) > MAX_LITERALS:
            return None
    return frozenset(out)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Case-folded strings one of which every match contains, or None if there is no such set."""
    lits = _seq(_p.parse(pattern))
    return lits if lits and _score(lits) >= 2 else None
