"""Prefilters for rule regexes that must match a whole line.

From a regex's parse tree, find a small set of literal strings of which every match must contain
at least one (the idea behind RE2's prefilter), and the characters a match can start and end
with. A line that fails these tests cannot match, so the regex need not run. The pattern is first
split into alternatives (``a (?:b|c)`` into ``a b`` and ``a c``), each with its own tests: a
*gate*. Strings are case-folded, as lines are before the check, which keeps the filter on the safe
side of case-insensitive matching: it may let a line through that then fails, but never stops one
that would match.
"""

from __future__ import annotations

from typing import NamedTuple

from re import _constants as _c  # type: ignore[attr-defined]

def _data(items):
    """The list of (op, av) items inside a parsed pattern (iterating the SubPattern object itself
    goes through its __getitem__, one call per item)."""
    return getattr(items, "data", items)


MAX_LITERALS = 64
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


_WEIGHTS: dict[str, int] = {}


def _weight(s: str) -> int:
    """How selective a literal is: ASCII letters and digits count 1, other characters 2 (a lone
    "©" or "评" is rare in prose, a lone "x" is not)."""
    found = _WEIGHTS.get(s)
    if found is None:
        found = _WEIGHTS[s] = sum(1 if ch.isascii() and ch.isalnum() else 2 for ch in s)
    return found


def _score(lits: frozenset[str] | None) -> int:
    return min((_weight(s) for s in lits), default=0) if lits else 0


# While ``gates`` splits one pattern into alternatives, the alternatives share the groups of the
# parse tree: what was found for a group is kept (by identity, with the group held alive).
_shared: dict | None = None


def _sub(kind, items, compute):
    if _shared is None:
        return compute(items)
    found = _shared.get((kind, id(items)))
    if found is None or found[0] is not items:
        found = _shared[(kind, id(items))] = (items, compute(items))
    return found[1]


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

    for op, av in _data(items):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            consider(_sub("seq", av[-1], _seq))
        elif op is _c.BRANCH:
            consider(_sub("branch", av[1], _branch))
        elif op in _REPEATS and av[0] >= 1:
            consider(_sub("seq", av[2], _seq))
        elif op in (_c.ASSERT,) and av[0] == 1:  # a lookahead's literals are in the line too
            consider(_sub("seq", av[1], _seq))
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


def required_literals(items) -> frozenset[str] | None:
    """Case-folded strings one of which every match of the parsed ``items`` contains, or None if
    there is no such set selective enough to be worth checking."""
    lits = _seq(items)
    return lits if lits and _score(lits) >= 2 else None


# -- edge characters -------------------------------------------------------------------------
# A pattern that must match a whole line can often start, or end, only with a few characters:
# "Comments 0" starts with c/C and ends with a digit. Checking a line's first and last character
# against those sets is cheaper than running the regex, and most prose lines fail it (they end
# with "." or "。"). The sets are computed case-insensitively and err on the side of "any". They
# hold for stripped lines: white space is left out, since such a line never starts or ends with it.

try:  # Python 3.11+: the extra case-insensitive equivalences the regex engine uses ('s' ~ 'ſ')
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _EXTRA_CASES = None

MAX_RANGE = 4096
_DIGIT = {getattr(_c, n) for n in ("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT")}
_WORD = {getattr(_c, n) for n in ("CATEGORY_WORD", "CATEGORY_UNI_WORD")}
_SPACE = {getattr(_c, n) for n in ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE")}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class EdgeSet:
    """The characters a match can start (or end) with.

    Either a set of lower-cased characters plus whole classes (decimal digits, word characters),
    or, when ``negated``, every character except ``chars`` (which then holds only characters
    that have no case, such as "." and "。").
    """

    __slots__ = ("chars", "digit", "word", "negated")

    def __init__(self, chars=(), digit: bool = False, word: bool = False, negated: bool = False) -> None:
        self.chars, self.digit, self.word, self.negated = frozenset(chars), digit, word, negated

    def __contains__(self, ch: str) -> bool:
        """``ch`` is one character of the line, as it is."""
        low = ch.lower()
        if self.negated:
            return ch not in self.chars and low not in self.chars
        if len(low) != 1:
            return True
        return low in self.chars or (self.digit and ch.isdecimal()) or (self.word and (ch.isalnum() or ch == "_"))

    def _covers(self, ch: str) -> bool:
        return ch in self if not self.negated else ch not in self.chars

    def __or__(self, other: "EdgeSet") -> "EdgeSet":
        if not self.negated and not other.negated:
            return EdgeSet(self.chars | other.chars, self.digit or other.digit, self.word or other.word)
        if self.negated and other.negated:
            return EdgeSet(self.chars & other.chars, negated=True)
        neg, pos = (self, other) if self.negated else (other, self)
        return EdgeSet({c for c in neg.chars if not pos._covers(c)}, negated=True)


ANY = EdgeSet(negated=True)
NOTHING = EdgeSet()


_FOLDS: dict[str, frozenset[str]] = {}


def _fold(ch: str) -> frozenset[str]:
    found = _FOLDS.get(ch)
    if found is None:
        found = _FOLDS[ch] = frozenset(_fold_uncached(ch))
    return found


def _fold_uncached(ch: str) -> set[str]:
    out = set()
    for variant in (ch, ch.lower(), ch.upper(), ch.upper().lower()):
        if len(variant) != 1:
            continue
        low = variant.lower() if len(variant.lower()) == 1 else variant
        out.add(low)
        if _EXTRA_CASES is not None:
            out.update(chr(o) for o in _EXTRA_CASES.get(ord(low), ()))
    return out


def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper() and (_EXTRA_CASES is None or ord(ch) not in _EXTRA_CASES)


def _charset(items) -> EdgeSet:
    chars: set[str] = set()
    digit = word = negate = False
    for op, av in _data(items):
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            chars |= _fold(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= MAX_RANGE:
            for o in range(av[0], av[1] + 1):
                chars |= _fold(chr(o))
        elif op is _c.CATEGORY and av in _DIGIT:
            digit = True
        elif op is _c.CATEGORY and av in _WORD:
            word = True
        elif op is _c.CATEGORY and av in _SPACE:
            pass  # a stripped line neither starts nor ends with white space
        else:  # a wide range or another class: anything
            return ANY
    if negate:
        if digit or word or not all(_uncased(c) for c in chars):
            return ANY
        return EdgeSet(chars, negated=True)
    return EdgeSet(chars, digit, word)


def _edge(items, last: bool) -> tuple[EdgeSet, bool]:
    """The first (or last) character of a match of ``items``, and whether the match can be empty."""
    found = NOTHING
    for op, av in (reversed(list(_data(items))) if last else _data(items)):
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return found | EdgeSet(_fold(chr(av))), False
        if op is _c.NOT_LITERAL:
            return found | (EdgeSet({chr(av)}, negated=True) if _uncased(chr(av)) else ANY), False
        if op is _c.IN:
            return found | _charset(av), False
        if op is _c.SUBPATTERN:
            here, nullable = _sub(("edge", last), av[-1], lambda x: _edge(x, last))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            here, nullable = _sub(("edge", last), av, lambda x: _edge(x, last))
        elif op is _c.BRANCH:
            here, nullable = NOTHING, False
            for branch in av[1]:
                b, n = _sub(("edge", last), branch, lambda x: _edge(x, last))
                here, nullable = here | b, nullable or n
        elif op in _REPEATS:
            here, nullable = _sub(("edge", last), av[2], lambda x: _edge(x, last))
            nullable = nullable or av[0] == 0
        else:  # ANY, group references, conditionals: anything
            return ANY, False
        found = found | here
        if not nullable:
            return found, False
    return found, True


def _edges(items) -> tuple[EdgeSet, EdgeSet]:
    out = []
    for last in (False, True):
        try:
            found, nullable = _edge(items, last)
        except RecursionError:  # pragma: no cover - absurdly nested pattern
            found, nullable = ANY, True
        out.append(ANY if nullable else found)
    return out[0], out[1]


# -- alternatives ----------------------------------------------------------------------------
MAX_GATES = 256  # per pattern


class Gate(NamedTuple):
    """What a line must have for one alternative of a pattern to match it whole."""

    first: EdgeSet
    last: EdgeSet
    literals: frozenset[str] | None  # one of these, case-folded, is in the line (None: no such set)

    def admits(self, line: str) -> bool:
        """Whether a stripped, non-empty line passes this gate."""
        if line[0] not in self.first or line[-1] not in self.last:
            return False
        folded = line.casefold()
        return self.literals is None or any(lit in folded for lit in self.literals)


def _branches_of(op, av) -> list | None:
    """The alternatives of a required group or alternation, or None if it is not one."""
    if op is _c.BRANCH:
        return list(av[1])
    if op is _c.SUBPATTERN:
        inner = list(av[-1])
        if len(inner) == 1:
            return _branches_of(*inner[0])
    return None


def _alternatives(items, budget: int) -> list[list]:
    """Rewrite a sequence as at most ``budget`` alternatives with fewer alternations:
    ``a (?:b|c) d`` becomes ``a b d`` and ``a c d``. Each can then be gated on its own words
    and edges. Alternations are expanded from the left while the budget lasts."""
    items = list(items)
    for k, (op, av) in enumerate(items):
        branches = _branches_of(op, av)
        if branches is None:
            continue
        if len(branches) > budget:
            return [items]
        share = budget // len(branches)
        return [alt for b in branches for alt in _alternatives(items[:k] + list(b) + items[k + 1:], share)]
    return [items]


def gates(pattern: str) -> list[Gate]:
    """Gates for ``pattern``: a line that passes none of them cannot match the pattern in full."""
    global _shared
    from .regexguard import parsed

    out = []
    _shared = {}
    try:
        for alt in _alternatives(parsed(pattern), MAX_GATES):
            first, last = _edges(alt)
            out.append(Gate(first, last, required_literals(alt)))
    finally:
        _shared = None
    return out


class EdgeIndex:
    """For many edge sets, the bit mask of those that admit a character, in O(1) per character."""

    def __init__(self, sets: list[EdgeSet]) -> None:
        self.by_char: dict[str, int] = {}
        self.digit = self.word = self.negated = 0
        self.excluded: dict[str, int] = {}
        for bit, edge in enumerate(sets):
            b = 1 << bit
            if edge.negated:
                self.negated |= b
                for ch in edge.chars:
                    self.excluded[ch] = self.excluded.get(ch, 0) | b
                continue
            for ch in edge.chars:
                self.by_char[ch] = self.by_char.get(ch, 0) | b
            if edge.digit:
                self.digit |= b
            if edge.word:
                self.word |= b
        self.all = (1 << len(sets)) - 1

    def mask(self, ch: str) -> int:
        low = ch.lower()
        if len(low) != 1:
            return self.all
        out = self.by_char.get(low, 0) | (self.negated & ~(self.excluded.get(ch, 0) | self.excluded.get(low, 0)))
        if self.digit and ch.isdecimal():
            out |= self.digit
        if self.word and (ch.isalnum() or ch == "_"):
            out |= self.word
        return out


# -- plain data, for the cache (see cleaner.cache) ---------------------------------------------
def _edge_to_data(edge: EdgeSet) -> list:
    return ["".join(sorted(edge.chars)), edge.digit, edge.word, edge.negated]


_BOOLS = (True, False)


def _edge_from_data(data) -> EdgeSet:
    chars, digit, word, negated = data  # (its characters are single code points, as a string)
    if not (type(chars) is str and digit in _BOOLS and word in _BOOLS and negated in _BOOLS
            and type(digit) is type(word) is type(negated) is bool):
        raise ValueError("not an edge set")
    return EdgeSet(chars, digit, word, negated)


def gates_to_data(found: list[Gate]) -> list:
    """Gates as JSON values: [first, last, literals] each, an edge set as [its characters as one
    string, digit, word, negated] and literals as a sorted list or None."""
    return [[_edge_to_data(g.first), _edge_to_data(g.last), None if g.literals is None else sorted(g.literals)]
            for g in found]


def gates_from_data(data) -> list[Gate] | None:
    """The gates that ``gates_to_data`` wrote, or None if ``data`` does not have that shape."""
    try:
        if not isinstance(data, list) or not 1 <= len(data) <= MAX_GATES:
            return None
        out = []
        edges: dict[tuple, EdgeSet] = {}  # the same edge set is shared by many gates: built once
        for first, last, literals in data:
            if literals is not None and not (
                isinstance(literals, list) and literals and all(isinstance(s, str) and s for s in literals)
            ):
                return None
            pair = []
            for edge in (first, last):
                if type(edge) is not list:
                    return None
                at = tuple(edge)
                found = edges.get(at)
                if found is None:
                    found = edges[at] = _edge_from_data(edge)
                pair.append(found)
            out.append(Gate(pair[0], pair[1], None if literals is None else frozenset(literals)))
        return out
    except (TypeError, ValueError):
        return None
