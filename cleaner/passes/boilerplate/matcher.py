"""Which boilerplate rules match a line: all rules of a rule set, compiled once."""

from __future__ import annotations

from typing import Iterable

from ...budget import blame
from ...rulefile import RuleSet
from .rules import FLAGS, NAME, Rule

def _as_bytes(text: str) -> str:
    """UTF-8 bytes spelled as Latin-1 characters. UTF-8 is self-synchronising, so a word's bytes
    occur in a line's bytes only where the word occurs in the line."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


class Matcher:
    """All rules of a rule set, compiled once, tried cheaply.

    Each rule's pattern is split into its top-level alternatives, and each alternative gives a
    gate (see :mod:`cleaner.prefilter`): the characters a full match can start and end with, and
    literal words one of which every match contains ("comments", "订阅", "min read"). A rule is
    tried on a line only if the line is no longer than the rule's max_length and passes one of
    its gates: its first and last characters fit, and it contains one of the words (one
    Aho-Corasick scan of the case-folded line finds them all). Most prose fails every gate: it
    ends with "." or "。", which few rules allow. Gates are bits of one integer, so a line's
    candidates are a few integer ANDs. (One big alternation of all patterns was slower: it loses
    the regex engine's first-character check of each pattern.) Rules are tried in file order.
    """

    EDGE_CACHE = 1 << 16

    def __init__(self, rules: Iterable[Rule]) -> None:
        import ahocorasick

        from ...prefilter import EdgeIndex

        self.rules = list(rules)
        self._stores: list = []
        self.max_length = max((r.max_length for r in self.rules), default=0)
        self.gates = []  # in rule order, so the lowest set bit is always the earliest rule
        self.gate_rule: list[int] = []
        self.rule_mask: list[int] = []
        self.open_mask = 0  # gates that need no literal
        by_literal: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            mask = 0
            for gate in self._gates(rule):
                bit = 1 << len(self.gates)
                self.gates.append(gate)
                self.gate_rule.append(i)
                mask |= bit
                if gate.literals is None:
                    self.open_mask |= bit
                else:
                    for lit in gate.literals:
                        by_literal[lit] = by_literal.get(lit, 0) | bit
            self.rule_mask.append(mask)
        # One Aho-Corasick automaton finds every word in one scan. It runs over the UTF-8 bytes of
        # the line (spelled as Latin-1 characters): with CJK words as characters, the automaton's
        # root has hundreds of children, which makes every step slow.
        self.scan = None
        if by_literal:
            self.scan = ahocorasick.Automaton()
            for lit, bits in by_literal.items():
                self.scan.add_word(_as_bytes(lit), bits)
            self.scan.make_automaton()
        # Gates of rules whose max_length admits a line of n characters, for n up to max_length.
        self._by_length = [0] * (self.max_length + 1)
        for i, rule in enumerate(self.rules):
            for n in range(rule.max_length + 1):
                self._by_length[n] |= self.rule_mask[i]
        self._index = (EdgeIndex([g.first for g in self.gates]), EdgeIndex([g.last for g in self.gates]))
        self._literal_bytes = [tuple(_as_bytes(lit) for lit in g.literals or ()) for g in self.gates]
        self._first: dict[str, int] = {}
        self._last: dict[str, int] = {}
        for store in self._stores:
            store.save()
        del self._stores

    def _gates(self, rule: Rule) -> list:
        """The prefilter gates of a rule's pattern, from the cache when they were derived before."""
        from ... import cache
        from ...prefilter import gates, gates_from_data, gates_to_data

        store = cache.store("gates", rule.source)
        if store not in self._stores:
            self._stores.append(store)
        k = cache.key("gates", rule.pattern.pattern, FLAGS)
        found = gates_from_data(store.get(k, lambda v: True))  # None unless of the right shape
        if found is not None:
            return found
        found = gates(rule.pattern.pattern)
        store.put(k, gates_to_data(found))
        return found

    def _edge_mask(self, ch: str, last: bool) -> int:
        cache = self._last if last else self._first
        mask = self._index[last].mask(ch)
        if len(cache) >= self.EDGE_CACHE:
            cache.clear()
        cache[ch] = mask
        return mask

    FEW_GATES = 4

    def match_lines(self, stripped: list[str]) -> list[list[Rule]]:
        """For each stripped line, every rule whose pattern matches it whole, in file order.

        An ASCII line is lower-cased for the literal words (the same as case-folding it, and
        spelled the same as its bytes).
        """
        first_cache, last_cache, by_length = self._first, self._last, self._by_length
        open_mask, gate_rule, rule_mask, rules = self.open_mask, self.gate_rule, self.rule_mask, self.rules
        limit = self.max_length
        out: list[list[Rule]] = []
        for line in stripped:
            n = len(line)
            if not n or n > limit:
                out.append([])
                continue
            mask = first_cache.get(line[0])
            if mask is None:
                mask = self._edge_mask(line[0], last=False)
            mask &= by_length[n]
            if mask:
                end = last_cache.get(line[-1])
                mask &= self._edge_mask(line[-1], last=True) if end is None else end
            if not mask:
                out.append([])
                continue
            need = mask & ~open_mask
            if need:
                line_bytes = line.lower() if line.isascii() else _as_bytes(line.casefold())
                mask &= open_mask | self._literal_bits_bytes(line_bytes, need)
            else:
                mask &= open_mask
            found = []
            while mask:
                i = gate_rule[(mask & -mask).bit_length() - 1]
                mask &= ~rule_mask[i]
                try:
                    if rules[i].pattern.fullmatch(line):
                        found.append(rules[i])
                except Exception as exc:  # a time budget ran out in this rule's match
                    blame(exc, rules[i].id)
                    raise
            out.append(found)
        return out

    def _literal_bits_bytes(self, line_bytes: str, need: int) -> int:
        """Of the gates in ``need``, those whose literal words occur in the line (case-folded and
        spelled as bytes), or more: a superset. A few gates are checked word by word, many by one
        scan."""
        bits = 0
        if need.bit_count() <= self.FEW_GATES:
            literals = self._literal_bytes
            while need:
                bit = need & -need
                need ^= bit
                if any(lit in line_bytes for lit in literals[bit.bit_length() - 1]):
                    bits |= bit
            return bits
        if self.scan is not None:
            for _, found in self.scan.iter(line_bytes):
                bits |= found
        return bits

    def match(self, line: str) -> Rule | None:
        """The first rule, in file order, whose pattern matches the whole line."""
        found = self.matches(line)
        return found[0] if found else None

    def matches(self, line: str) -> list[Rule]:
        """Every rule whose pattern matches the whole (stripped) line, in file order."""
        return self.match_lines([line])[0]


def _matcher(rules: RuleSet) -> Matcher:
    return rules.compiled(NAME, lambda rs: Matcher(rs.get(NAME).values()))

