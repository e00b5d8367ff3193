"""Refuse rule regexes that can backtrack catastrophically.

Python's regex engine backtracks: when a line almost matches, it tries every way the pattern
could split the line before it gives up. A pattern is refused when the rules load if it has
one of these shapes:

* a repeat that may run many times (``+``, ``*``, ``{11,}``, ``{20}``) around a group that itself
  contains an unbounded repeat: ``(a+)+$``, ``(.*a){20}``;
* a repeated group whose iterations can split the same text in several ways, so that the number
  of splits grows with the line: ``(?:\\w+\\s?){1,10}:`` (a word can be cut anywhere between two
  iterations), ``(.*a){10}``, ``(?:a|aa)+``. A bounded repeat of up to ``SLIDING_LIMIT`` times is
  allowed (a line of n characters then costs at most about n**SLIDING_LIMIT steps... of a short
  line); an unbounded one is refused even when the splits are finitely many (``(?:ab|a|b)+``);
* an alternation inside a repeat whose branches can match the same text: ``(?:a|a)+``,
  ``(?:x\\w*|\\w*y)+``;
* backreferences (``\\1``, ``(?P=name)``) and conditionals (``(?(1)a|b)``): their cost cannot be
  bounded this way, and no rule needs them.

Write the repeat with separators that cannot be confused with what they separate
(``(?:\\s+\\w+){0,8}``: a space starts each iteration and cannot be part of a word), or bound it.

How "can split the same text" is decided: each repeated body B is turned into a small automaton
over a finite alphabet (every character the pattern names, plus one representative of each
class such as letters, digits, spaces, punctuation and CJK), and the guard asks whether some
text matches both B and BB (one iteration or two), or both of two branches. Lookarounds are
ignored and long bounded repeats treated as unbounded, so the test errs towards "ambiguous".
The guard is a heuristic over a backtracking engine, not a proof: the time budget per document
(:mod:`cleaner.budget`) is the floor under it.
"""

from __future__ import annotations

from functools import lru_cache

from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]

OUTER_LIMIT = 10
# A bounded repeat of more iterations than this must not let its iterations split a text in ever
# more ways (a run of n word characters cut into k pieces: about n**(k-1) ways).
SLIDING_LIMIT = 3
# Bounded repeats up to this many iterations are spelled out in the automaton; longer ones are
# treated as unbounded (which can only find more ambiguity).
EXPAND_LIMIT = 3
# Give up (and accept the pattern) beyond this many pairs of states: the budget still holds.
MAX_PAIRS = 50_000

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_POSSESSIVE = getattr(_c, "POSSESSIVE_REPEAT", None)


class UnsafePattern(ValueError):
    pass


def _data(items):
    """The list of (op, av) items inside a parsed pattern (iterating the SubPattern object itself
    goes through its __getitem__, one call per item)."""
    return getattr(items, "data", items)


# -- the old test: an unbounded repeat inside a repeat that runs many times --------------------
def _has_unbounded(items) -> bool:
    for op, av in _data(items):
        if op in _REPEATS:
            lo, hi, sub = av
            if hi == _c.MAXREPEAT or _has_unbounded(sub):
                return True
        elif op is _c.SUBPATTERN:
            if _has_unbounded(av[-1]):
                return True
        elif op is _c.BRANCH:
            if any(_has_unbounded(b) for b in av[1]):
                return True
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if _has_unbounded(av[1]):
                return True
        elif op is _ATOMIC and _has_unbounded(av):
            return True
    return False


# -- characters: a finite alphabet that stands for every character ------------------------------
_REPRESENTATIVES = "aAzZkK0959_ \t\n\r\u00a0\u3000.,;:!?-'\"()[]/|&#@*+=<>~$%^`{}\\\u00e9\u00c9\u00df\u03a9\u0416\u4e2d\u3042\u0663\u00b7\u2022\u2019\u201c\U0001f600\x00"

_CATEGORY_TESTS = {
    "CATEGORY_DIGIT": lambda ch: ch.isdecimal(),
    "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdecimal(),
    "CATEGORY_SPACE": lambda ch: ch.isspace(),
    "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
    "CATEGORY_WORD": lambda ch: ch.isalnum() or ch == "_",
    "CATEGORY_NOT_WORD": lambda ch: not (ch.isalnum() or ch == "_"),
    "CATEGORY_LINEBREAK": lambda ch: ch == "\n",
    "CATEGORY_NOT_LINEBREAK": lambda ch: ch != "\n",
}
_CATEGORIES = {}
for _name, _test in _CATEGORY_TESTS.items():
    for _prefix in ("", "UNI_", "LOC_"):
        _code = getattr(_c, _name.replace("CATEGORY_", "CATEGORY_" + _prefix), None)
        if _code is not None:
            _CATEGORIES[_code] = _test


_VARIANTS: dict[str, frozenset[str]] = {}


def _variants(ch: str) -> frozenset[str]:
    found = _VARIANTS.get(ch)
    if found is None:
        found = _VARIANTS[ch] = frozenset(v for v in (ch, ch.lower(), ch.upper(), ch.casefold()) if len(v) == 1)
    return found


@lru_cache(maxsize=512)
def parsed(pattern: str):
    """The parse tree of ``pattern`` (shared, never to be changed: the guard
    only read it)."""
    return _p.parse(pattern)


class _Alphabet:
    """The characters an automaton reads: those the pattern names and a representative of every
    class. Rules match case-insensitively, so a character stands for its other cases too."""

    def __init__(self, items) -> None:
        chars = set(_REPRESENTATIVES)
        self._collect(items, chars)
        self.chars = sorted(chars)
        self._variants = [tuple(_variants(ch)) for ch in self.chars]
        self._cache: dict[object, int] = {}

    def _collect(self, items, chars: set[str]) -> None:
        for op, av in _data(items):
            if op in (_c.LITERAL, _c.NOT_LITERAL):
                chars.update(_variants(chr(av)))
            elif op is _c.IN:
                for iop, iav in av:
                    if iop is _c.LITERAL:
                        chars.update(_variants(chr(iav)))
                    elif iop is _c.RANGE:
                        lo, hi = iav
                        for o in {lo, hi, (lo + hi) // 2}:
                            chars.update(_variants(chr(o)))
                        if lo - 1 >= 0:
                            chars.add(chr(lo - 1))
                        if hi + 1 <= 0x10FFFF:
                            chars.add(chr(hi + 1))
            elif op in _REPEATS:
                self._collect(av[2], chars)
            elif op is _c.SUBPATTERN:
                self._collect(av[-1], chars)
            elif op is _c.BRANCH:
                for b in av[1]:
                    self._collect(b, chars)
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                self._collect(av[1], chars)
            elif op is _ATOMIC:
                self._collect(av, chars)

    def mask(self, op, av) -> int:
        """The characters (bits) that one character item matches."""
        key = (op, repr(av))
        found = self._cache.get(key)
        if found is None:
            test = _char_test(op, av)
            found = 0
            for bit, variants in enumerate(self._variants):
                for v in variants:
                    if test(v):
                        found |= 1 << bit
                        break
            self._cache[key] = found
        return found


def _char_test(op, av):
    if op is _c.LITERAL:
        return lambda ch, c=chr(av): ch == c
    if op is _c.NOT_LITERAL:
        return lambda ch, c=chr(av): ch != c
    if op is _c.ANY:
        return lambda ch: True
    # _c.IN
    negate = False
    tests = []
    for iop, iav in av:
        if iop is _c.NEGATE:
            negate = True
        elif iop is _c.LITERAL:
            tests.append(lambda ch, c=chr(iav): ch == c)
        elif iop is _c.RANGE:
            tests.append(lambda ch, lo=iav[0], hi=iav[1]: lo <= ord(ch) <= hi)
        elif iop is _c.CATEGORY:
            tests.append(_CATEGORIES.get(iav, lambda ch: True))
        else:  # pragma: no cover - BIGCHARSET and the like only appear in compiled code
            tests.append(lambda ch: True)
    if negate:
        return lambda ch: not any(t(ch) for t in tests)
    return lambda ch: any(t(ch) for t in tests)


# -- automata ------------------------------------------------------------------------------------
class _TooBig(Exception):
    pass


class _NFA:
    """A Thompson automaton: epsilon moves and character moves (bit masks over the alphabet)."""

    MAX_STATES = 20_000

    def __init__(self, alphabet: _Alphabet) -> None:
        self.alphabet = alphabet
        self.eps: list[list[int]] = []
        self.moves: list[list[tuple[int, int]]] = []
        self._closures: dict[int, tuple[int, ...]] = {}

    def state(self) -> int:
        if len(self.eps) >= self.MAX_STATES:
            raise _TooBig
        self.eps.append([])
        self.moves.append([])
        return len(self.eps) - 1

    def build(self, items) -> tuple[int, int]:
        """A fragment for the sequence ``items``: (start, accept)."""
        start = end = self.state()
        for op, av in _data(items):
            s, e = self._one(op, av)
            self.eps[end].append(s)
            end = e
        return start, end

    def _one(self, op, av) -> tuple[int, int]:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
            s, e = self.state(), self.state()
            self.moves[s].append((self.alphabet.mask(op, av), e))
            return s, e
        if op is _c.SUBPATTERN:
            return self.build(av[-1])
        if op is _ATOMIC:
            return self.build(av)
        if op is _c.BRANCH:
            s, e = self.state(), self.state()
            for branch in av[1]:
                bs, be = self.build(branch)
                self.eps[s].append(bs)
                self.eps[be].append(e)
            return s, e
        if op in _REPEATS:
            lo, hi, sub = av
            s = end = self.state()
            for _ in range(min(lo, EXPAND_LIMIT)):
                bs, be = self.build(sub)
                self.eps[end].append(bs)
                end = be
            if hi == _c.MAXREPEAT or hi > EXPAND_LIMIT or lo > EXPAND_LIMIT:
                bs, be = self.build(sub)  # then any number more
                loop = self.state()
                self.eps[end].append(loop)
                self.eps[loop].append(bs)
                self.eps[be].append(loop)
                return s, loop
            e = self.state()
            self.eps[end].append(e)
            for _ in range(hi - lo):
                bs, be = self.build(sub)
                self.eps[end].append(bs)
                self.eps[be].append(e)
                end = be
            return s, e
        # Anchors, lookarounds, and anything else that reads no character: ignored.
        s = self.state()
        return s, s

    def core_closure(self, state: int) -> tuple[int, ...]:
        """The states reachable by epsilon moves that read a character or accept nothing more
        (those without epsilon moves out)."""
        cache = self._closures
        found = cache.get(state)
        if found is None:
            seen = {state}
            todo = [state]
            out = []
            while todo:
                x = todo.pop()
                if self.moves[x] or not self.eps[x]:
                    out.append(x)
                for t in self.eps[x]:
                    if t not in seen:
                        seen.add(t)
                        todo.append(t)
            found = cache[state] = tuple(out)
        return found

    def core_mask(self, state: int) -> int:
        m = 0
        for mask, _ in self.moves[state]:
            m |= mask
        return m

    def first(self, fragment: tuple[int, int]) -> tuple[int, bool]:
        """The characters a fragment's text can start with, and whether it can be empty."""
        seen = {fragment[0]}
        todo = [fragment[0]]
        mask = 0
        while todo:
            x = todo.pop()
            for m, _ in self.moves[x]:
                mask |= m
            for t in self.eps[x]:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return mask, fragment[1] in seen


def _intersection(nfa: _NFA, a: tuple[int, int], b: tuple[int, int]) -> str | None:
    """Whether some text reaches the accept states of both fragments: None if not, "finite" if
    only finitely many texts do, "infinite" if the texts can be pumped (they grow with the
    line).

    The product automaton is walked on pairs of "core" states (those that read a character, or
    accept), with the epsilon moves folded in, and pairs that could not read a common next
    character (or both accept) are never made."""
    goal = (a[1], b[1])
    closure, mask = nfa.core_closure, nfa.core_mask

    def pairs(xs, ys):
        for x in xs:
            mx = mask(x)
            for y in ys:
                if mx & mask(y) or (x, y) == goal:
                    yield x, y

    starts = list(pairs(closure(a[0]), closure(b[0])))
    seen = set(starts)
    todo = list(starts)
    edges: dict[tuple[int, int], list[tuple[int, int]]] = {}
    moves = nfa.moves
    while todo:
        pair = todo.pop()
        x, y = pair
        out = []
        for mx, tx in moves[x]:
            for my, ty in moves[y]:
                if mx & my:
                    out.extend(pairs(closure(tx), closure(ty)))
        edges[pair] = out
        for nxt in out:
            if nxt not in seen:
                if len(seen) >= MAX_PAIRS:
                    raise _TooBig
                seen.add(nxt)
                todo.append(nxt)
    if goal not in seen:
        return None
    back: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for pair, out in edges.items():
        for nxt in out:
            back.setdefault(nxt, []).append(pair)
    useful = {goal}
    todo = [goal]
    while todo:
        for prev in back.get(todo.pop(), ()):
            if prev not in useful:
                useful.add(prev)
                todo.append(prev)
    return "infinite" if _has_cycle(edges, useful) else "finite"


def _has_cycle(edges, nodes) -> bool:
    """Whether the graph restricted to ``nodes`` has a cycle (iterative depth-first search)."""
    state: dict = {}  # 1: on the current path, 2: done
    for root in nodes:
        if root in state:
            continue
        state[root] = 1
        work = [(root, iter(edges.get(root, ())))]
        while work:
            node, it = work[-1]
            for nxt in it:
                if nxt not in nodes:
                    continue
                mark = state.get(nxt)
                if mark == 1:
                    return True
                if mark is None:
                    state[nxt] = 1
                    work.append((nxt, iter(edges.get(nxt, ()))))
                    break
            else:
                state[node] = 2
                work.pop()
    return False


# -- the walk ------------------------------------------------------------------------------------
_NESTED = (
    "a repeated group contains an unbounded repeat (like '(a+)+' or '(.*a){20}'), "
    "which can backtrack catastrophically; bound one of the repeats"
)
_SPLITS = (
    "the iterations of a repeated group can split the same text in many ways (like "
    "'(?:\\w+\\s?){1,10}' or '(.*a){10}'), which can backtrack catastrophically; make each "
    "iteration start or end with something the rest of it cannot match (like '(?:\\s+\\w+){0,8}'), "
    f"or repeat it at most {SLIDING_LIMIT} times"
)
_BRANCHES = (
    "two alternatives inside a repeated group can match the same text (like '(?:a|a)+'), "
    "which can backtrack catastrophically; make the alternatives exclusive"
)


_GROUPREFS = frozenset(getattr(_c, name) for name in ("GROUPREF", "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE",
                                                      "GROUPREF_UNI_IGNORE") if hasattr(_c, name))


def _walk(items, nfa: _NFA | None) -> None:
    for op, av in _data(items):
        if op in _GROUPREFS:
            raise UnsafePattern("backreferences (like '\\1' or '(?P=name)') are not allowed in rules")
        if op is _c.GROUPREF_EXISTS:
            raise UnsafePattern("conditionals (like '(?(1)a|b)') are not allowed in rules")
        if op in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == _c.MAXREPEAT
            if (unbounded or hi > OUTER_LIMIT) and _has_unbounded(sub):
                raise UnsafePattern(_NESTED)
            if hi >= 2 and nfa is not None and op is not _POSSESSIVE:
                _check_repeat(sub, unbounded or hi > OUTER_LIMIT, hi > SLIDING_LIMIT, nfa)
            _walk(sub, nfa)
        elif op is _c.SUBPATTERN:
            _walk(av[-1], nfa)
        elif op is _c.BRANCH:
            for b in av[1]:
                _walk(b, nfa)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1], nfa)
        elif op is _ATOMIC:
            _walk(av, None)  # an atomic group never backtracks into its inside


def _check_repeat(body, unbounded: bool, many: bool, nfa: _NFA) -> None:
    """Refuse a repeat of ``body`` whose iterations can split a text in several ways."""
    if not (unbounded or many):
        return
    try:
        lo, hi = _p.SubPattern(_p.State(), list(body)).getwidth()
        if lo != hi:  # a body of one fixed width cannot fit one iteration where two go
            one = nfa.build(body)
            first, second = nfa.build(body), nfa.build(body)
            nfa.eps[first[1]].append(second[0])
            found = _intersection(nfa, one, (first[0], second[1]))
            if found == "infinite" or (found and unbounded):
                raise UnsafePattern(_SPLITS)
        for branches in _branch_lists(body):
            fragments = [nfa.build(b) for b in branches]
            starts = [nfa.first(f) for f in fragments]
            for i in range(len(fragments)):
                for j in range(i + 1, len(fragments)):
                    (mi, ei), (mj, ej) = starts[i], starts[j]
                    if not mi & mj:  # they start differently: only the empty text is shared
                        if ei and ej and unbounded:
                            raise UnsafePattern(_BRANCHES)
                        continue
                    found = _intersection(nfa, fragments[i], fragments[j])
                    if found == "infinite" or (found and unbounded):
                        raise UnsafePattern(_BRANCHES)
    except _TooBig:  # too big to tell here: the time budget is the floor
        return


MAX_BRANCHES = 40  # alternations with more branches (word lists) are not compared pairwise


def _branch_lists(items):
    """The alternations in ``items`` that are not inside an atomic group or lookaround."""
    for op, av in _data(items):
        if op is _c.BRANCH:
            if len(av[1]) <= MAX_BRANCHES:
                yield av[1]
            for b in av[1]:
                yield from _branch_lists(b)
        elif op is _c.SUBPATTERN:
            yield from _branch_lists(av[-1])
        elif op in _REPEATS:
            yield from _branch_lists(av[2])


GUARD_CACHE_KEEP = 20_000  # verdicts kept in the shared cache file beyond those a run used


def check_pattern(pattern: str) -> None:
    """Raise UnsafePattern if ``pattern`` can backtrack catastrophically; re.error if it is
    invalid.

    A pass is remembered in the on-disk cache under the SHA-256 of the pattern itself (and of
    this module's code and the versions), never a refusal: see :mod:`cleaner.cache` for why a
    cache file cannot make any other pattern skip these checks."""
    from . import cache

    store = cache.store("guard", "", keep=GUARD_CACHE_KEEP)
    k = cache.key("guard", pattern)
    if store.get(k, cache.is_true):
        return
    items = parsed(pattern)
    _walk(items, _NFA(_Alphabet(items)))
    store.put(k, True)
