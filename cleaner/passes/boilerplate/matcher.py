"""Which boilerplate rules match a line: all rules of a rule set, compiled once into one RE2 set."""

from __future__ import annotations

from typing import Iterable

from ...budget import blame
from ...rulefile import RuleSet
from .rules import ENGINE, NAME, Rule


MEMO_LINES = 50_000  # lines whose answer is remembered (then forgotten all at once)


class Matcher:
    """All rules of a rule set, matched together.

    Every variant of every rule is one pattern of an RE2 set anchored at both ends: one linear
    scan of a line tells which patterns can match it whole, whatever the number of rules (no
    backtracking, no call per rule). The set holds each pattern with its bounded repeats opened
    (``{0,80}`` as ``{0,}``), a superset that compiles many times faster; a line it flags is
    then checked by the exact pattern of that variant and its conditions (``requires``,
    ``unless``), compiled the first time a line needs it. A rule is kept for a line no longer
    than its max_length. Lines longer than every rule's max_length are not scanned. Rules are
    reported in file order.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self.max_length = max((r.max_length for r in self.rules), default=0)
        self._owner: list[tuple[Rule, object]] = []  # set index -> (rule, variant)
        for rule in self.rules:
            self._owner += [(rule, variant) for variant in rule.pattern.variants]
        self._set = None  # the set's match function, built on the first line that needs it
        self._memo: dict[str, tuple[Rule, ...]] = {}  # line -> its rules (see match_lines)
        self._exact: list[bool] = []  # set index -> the set's verdict is the rule's (nothing to confirm)

    def _build(self):
        import re2

        from ... import cache
        from ... import pattern as rp

        found = re2.Set.FullMatchSet(rp.options())
        stores = []
        self._exact = []
        for rule, variant in self._owner:
            store = cache.store("re2", rule.source)
            if store not in stores:
                stores.append(store)
            k = cache.key("loose", ENGINE, rp.code_digest(), variant.pattern)
            entry = store.get(k, _sealed)
            if entry is None:
                text = rp.translate(variant.pattern, loose=True)
                exact = text == rp.translate(variant.pattern)
                entry = [text, exact, _seal(text, exact)]
                store.put(k, entry)
            found.Add(entry[0])
            self._exact.append(entry[1] and not (variant.requires or variant.unless))
        found.Compile()
        for store in stores:
            store.save()
        self._set = found._set.Match  # (the wrapper's Match only adds a type check)
        return self._set

    def match_lines(self, stripped: list[str]) -> list[tuple[Rule, ...]]:
        """For each stripped line, every rule whose pattern matches it whole, in file order.

        A line's answer depends on the line alone, and chrome lines recur (a site's menu on
        every page of a batch), so answers are remembered for up to MEMO_LINES lines."""
        from ...pattern import encode

        limit = self.max_length
        scan = self._set
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
                try:
                    data = line.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate
                    data = encode(line)
                hits = scan(data)
                found = self._rules_of(hits, line) if hits else ()
                if len(memo) >= MEMO_LINES:
                    memo.clear()
                memo[line] = found
            append(found)
        return out

    def _rules_of(self, hits: list[int], line: str) -> tuple[Rule, ...]:
        owner, exact = self._owner, self._exact
        found: list[Rule] = []
        for h in sorted(hits):
            rule, variant = owner[h]
            if found and found[-1] is rule or len(line) > rule.max_length:
                continue
            try:
                if exact[h] or variant.fullmatch(line):
                    found.append(rule)
            except Exception as exc:  # a time budget ran out in this rule's match
                blame(exc, rule.id)
                raise
        return tuple(found)

    def match(self, line: str) -> Rule | None:
        """The first rule, in file order, whose pattern matches the whole line."""
        found = self.matches(line)
        return found[0] if found else None

    def matches(self, line: str) -> list[Rule]:
        """Every rule whose pattern matches the whole (stripped) line, in file order."""
        return list(self.match_lines([line])[0])


def _seal(text: str, exact: bool) -> str:
    import hashlib

    return hashlib.sha256(f"{exact}|{text}".encode("utf-8", "surrogatepass")).hexdigest()


def _sealed(value) -> bool:
    """A cached translation, whole: [text, exact, SHA-256 of both] (a damaged entry is rebuilt)."""
    return (isinstance(value, list) and len(value) == 3 and isinstance(value[0], str) and isinstance(value[1], bool)
            and value[2] == _seal(value[0], value[1]))


def _matcher(rules: RuleSet) -> Matcher:
    return rules.compiled(NAME, lambda rs: Matcher(rs.get(NAME).values()))
