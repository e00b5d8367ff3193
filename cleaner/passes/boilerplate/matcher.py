"""Which boilerplate rules match a line: all rules of a rule set, compiled once into one RE2 set."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable

from ... import pattern as rp
from ...budget import blame
from ...rulefile import RuleSet

Rule = Any  # a cleaner.passes.boilerplate.rules.Rule (that module builds on this one, not the reverse)
NAME = "boilerplate"
ENGINE = "re2"  # part of every cache key of derived data


MEMO_LINES = 50_000  # lines whose answer is remembered (then forgotten all at once)


class Matcher:
    """All rules of a rule set, matched together.

    Every variant of every rule is one pattern of an RE2 set anchored at both ends: one linear
    scan of a line tells which patterns can match it whole, whatever the number of rules (no
    backtracking, no call per rule). The set holds each pattern in a form that compiles many
    times faster and matches everything the pattern matches (see :func:`cleaner.pattern.set_form`):
    bounded repeats opened (``{0,80}`` as ``{0,}``), and the line seen with every whitespace
    character outside ASCII as a space, so that ``\\s`` is a class of two ASCII ranges. Each pattern
    comes with the longest line on which the set's verdict is its own; on a longer line it
    flags, the exact pattern of that variant decides (compiled the first time a line needs it).
    The conditions (``requires``, ``unless``) are then tested on the line itself. A rule is kept
    for a line no longer than its max_length. Lines longer than every rule's max_length are not
    scanned. Rules are reported in file order.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self.max_length = max((r.max_length for r in self.rules), default=0)
        self._owner: list[tuple[Rule, object]] = []  # set index -> (rule, variant)
        self._indexes: dict[int, list[int]] = {}  # id(rule) -> its set indexes
        for rule in self.rules:
            self._indexes[id(rule)] = list(range(len(self._owner), len(self._owner) + len(rule.pattern.variants)))
            self._owner += [(rule, variant) for variant in rule.pattern.variants]
        self._set = None  # the set's match function, built on the first line that needs it
        self._spaced = True  # the set scans lines with their whitespace as spaces (pattern.spaces)
        self._memo: dict[str, tuple[Rule, ...]] = {}  # line -> its rules (see match_lines)
        self._limit: list[int] = []  # set index -> the longest line on which the set's verdict is the pattern's
        self._bounds: dict[int, tuple[int, ...]] = {}  # set index -> its pattern's repeat bounds
        self._wholes: dict[tuple[int, int], object] = {}  # (set index, bound index) -> a spaced exact test
        self.for_lengths = False  # exact forms for a line's length (checking examples), else whole ones

    def _build(self):
        import re2

        from ... import cache

        stores = []
        forms = []
        for rule, variant in self._owner:
            store = cache.store("re2", rule.source)
            if store not in stores:
                stores.append(store)
            k = cache.key("set-form", ENGINE, rp.code_digest(), variant.pattern)
            entry = store.get(k, _sealed)
            if entry is None:
                form = rp.set_form(variant.pattern)
                entry = [form[0], form[1], _seal(*form)] if form else ["", -1, _seal("", -1)]
                store.put(k, entry)
            forms.append(entry)
        self._spaced = all(entry[0] for entry in forms)
        if not self._spaced:  # a pattern the spaced form cannot vouch for: the set scans lines as they are
            forms = [rp.loose_form(variant.pattern) for _, variant in self._owner]
        found = re2.Set.FullMatchSet(rp.options())
        for entry in forms:
            found.Add(entry[0])
        found.Compile()
        self._limit = [entry[1] for entry in forms]
        for store in stores:
            store.save()
        self._set = found._set.Match  # (the wrapper's Match only adds a type check)
        return self._set

    def _scan(self, line: str) -> tuple[list[int] | None, bytes]:
        """The set's indexes that flag ``line`` (in no particular order; None for none), and the
        UTF-8 text the set scanned."""
        scan = self._set if self._set is not None else self._build()
        data = rp.encode(rp.spaces(line) if self._spaced else line)
        return scan(data), data

    def match_lines(self, stripped: list[str]) -> list[tuple[Rule, ...]]:
        """For each stripped line, every rule whose pattern matches it whole, in file order.

        A line's answer depends on the line alone, and chrome lines recur (a site's menu on
        every page of a batch), so answers are remembered for up to MEMO_LINES lines."""
        limit = self.max_length
        scan = self._set
        spaced = self._spaced
        spaces = rp.spaces
        memo = self._memo
        out: list[tuple[Rule, ...]] = []
        append = out.append
        for line in stripped:
            if not 0 < len(line) <= limit:
                append(())
                continue
            found = memo.get(line)
            if found is None:
                if scan is None:
                    scan = self._build()
                    spaced = self._spaced
                seen = line if not spaced or line.isascii() or line.isprintable() else spaces(line)  # (pattern.spaces)
                try:
                    data = seen.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate
                    data = rp.encode(seen)
                hits = scan(data)
                found = self._rules_of(hits, line, data) if hits else ()
                if len(memo) >= MEMO_LINES:
                    memo.clear()
                memo[line] = found
            append(found)
        return out

    def _holds(self, h: int, line: str, data: bytes) -> bool:
        """Whether variant ``h``, which the set flagged for ``line`` (``data`` is the text the set
        scanned), matches it with its conditions."""
        variant = self._owner[h][1]
        limit = self._limit[h]
        if len(line) > limit:
            length = len(line) if self.for_lengths else rp.UNBOUNDED
            if self._spaced and limit >= 0:  # the spaced form means the same: its exact form decides
                whole = self._spaced_whole(h, length)(data)
            else:
                whole = variant.whole(length)(rp.encode(line))
            if not whole:
                return False
        return variant.conditions_hold(line)

    def _spaced_whole(self, h: int, length: int):
        """The test of variant ``h``'s spaced form on spaced lines of at most ``length``
        characters: its bounded repeats of at least that many rounds opened (see
        :func:`cleaner.pattern.translate`), compiled once for each bound it passes."""
        variant = self._owner[h][1]
        bounds = self._bounds.get(h)
        if bounds is None:
            bounds = self._bounds[h] = rp.bounds(variant.pattern)
        k = bisect_left(bounds, length)
        test = self._wholes.get((h, k))
        if test is None:
            import re2

            form = rp.set_form(variant.pattern, bounds[k] if k < len(bounds) else rp.UNBOUNDED)
            test = rp.tester(re2.compile(form[0], rp.options()), whole=True)
            for shorter in range(k + 1):  # (right on every shorter line too)
                self._wholes.setdefault((h, shorter), test)
        return test

    def _rules_of(self, hits: list[int], line: str, data: bytes) -> tuple[Rule, ...]:
        owner = self._owner
        found: list[Rule] = []
        for h in sorted(hits):
            rule = owner[h][0]
            if found and found[-1] is rule or len(line) > rule.max_length:
                continue
            try:
                if self._holds(h, line, data):
                    found.append(rule)
            except Exception as exc:  # a time budget ran out in this rule's match
                blame(exc, rule.id)
                raise
        return tuple(found)

    def pattern_matches(self, rule: Rule, line: str) -> bool:
        """Whether ``rule``'s pattern (one of its variants, with its conditions) matches the
        whole ``line``, whatever its length: what a rule's examples are checked with."""
        hits, data = self._scan(line)
        hits = set(hits or ())
        return any(h in hits and self._holds(h, line, data) for h in self._indexes[id(rule)])

    def match(self, line: str) -> Rule | None:
        """The first rule, in file order, whose pattern matches the whole line."""
        found = self.matches(line)
        return found[0] if found else None

    def matches(self, line: str) -> list[Rule]:
        """Every rule whose pattern matches the whole (stripped) line, in file order."""
        return list(self.match_lines([line])[0])


def _seal(text: str, limit: int) -> str:
    from ...cache import sha256

    return sha256(f"{limit}|{text}".encode("utf-8", "surrogatepass")).hexdigest()


def _sealed(value) -> bool:
    """A cached set form, whole: [text ("" when the pattern has none), the longest line on which
    the set's verdict is the pattern's, SHA-256 of both] (a damaged entry is rebuilt)."""
    return (isinstance(value, list) and len(value) == 3 and isinstance(value[0], str) and type(value[1]) is int
            and value[2] == _seal(value[0], value[1]))


_offered: list[Matcher] = []  # a matcher built while the rules were checked, for the rule set's use


def offer(matcher: Matcher) -> None:
    """Keep ``matcher`` (built to check the rules' examples) for the rule set of exactly its rules."""
    matcher.for_lengths = False
    _offered[:] = [matcher]


def _for(rules: Iterable[Rule]) -> Matcher:
    """The offered matcher when it holds exactly ``rules`` (the same objects, in order), else a new one."""
    rules = list(rules)
    offered = _offered.pop() if _offered else None
    if offered is not None and len(offered.rules) == len(rules) and all(a is b for a, b in zip(offered.rules, rules)):
        return offered
    return Matcher(rules)


def _matcher(rules: RuleSet) -> Matcher:
    return rules.compiled(NAME, lambda rs: _for(rs.get(NAME).values()))
