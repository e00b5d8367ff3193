"""The boilerplate rule files: their schema, and how an entry becomes a :class:`Rule`.

A rule's ``pattern`` (RE2 syntax, see :mod:`cleaner.pattern`) must match a whole stripped line.
What a lookahead used to say is said by two optional fields, each a pattern or a list of them,
searched anywhere in the line: ``requires`` (every one must be found) and ``unless`` (none may be
found). A rule whose alternatives need different conditions lists them as ``[[rule.variant]]``
tables (each with ``pattern`` and its own ``requires``/``unless``); the rule matches a line when
one of its variants does, and the rule's own ``requires``/``unless`` hold for every variant.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from ...record import record
from pathlib import Path
from typing import Any, Callable, Iterable

from ...rulefile import Problems, RuleKind, array_of_tables, check_table, string_list
from .matcher import ENGINE, NAME, Matcher, offer  # noqa: F401 (NAME, ENGINE: the pass's name and engine)

SCOPES = ("line", "tail", "head", "block", "list")
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Boilerplate lines are short: a rule is not tried on lines longer than its max_length.
DEFAULT_MAX_LENGTH = 200


class Variant:
    """One alternative of a rule: a whole-line pattern and the conditions on the line, each
    compiled the first time it is used (most runs need few of them)."""

    __slots__ = ("pattern", "requires", "unless", "_compiled", "_wholes", "_bounds", "_conditions")

    def __init__(self, pattern: str, requires: tuple[str, ...] = (), unless: tuple[str, ...] = ()) -> None:
        self.pattern = pattern  # as written in the rule file
        self.requires = requires  # patterns that must all be found in the line
        self.unless = unless  # patterns none of which may be found in the line
        self._compiled: tuple | None = None  # (whole, requires, unless): the exact tests
        self._wholes: dict[int, Callable[[bytes], bool]] = {}  # bound index -> a test for lines up to it
        self._bounds: tuple[int, ...] | None = None
        self._conditions: tuple[tuple, tuple] | None = None

    def compiled(self) -> tuple[Callable[[bytes], bool], tuple, tuple]:
        """Tests on UTF-8 lines: the whole-line pattern, the ``requires`` and the ``unless``."""
        if self._compiled is None:
            from ... import pattern as rp

            self._compiled = (self.whole(rp.UNBOUNDED), *self.conditions())
        return self._compiled

    def whole(self, length: int | None = None) -> Callable[[bytes], bool]:
        """The test of the whole-line pattern on UTF-8 lines; with ``length``, only on lines of at
        most that many characters: the pattern with the bounded repeats of at least that many
        rounds opened, which means the same on such a line and compiles faster (see
        :func:`cleaner.pattern.translate`; for checking a rule's examples)."""
        from ... import pattern as rp

        if length is None:
            return self.compiled()[0]
        if self._bounds is None:
            self._bounds = rp.bounds(self.pattern)
        k = bisect_left(self._bounds, length)
        test = self._wholes.get(k)
        if test is None:
            open_from = self._bounds[k] if k < len(self._bounds) else None
            test = rp.tester(rp.compile(self.pattern, open_from), whole=True)
            for shorter in range(k + 1):  # (right on every shorter line too)
                self._wholes.setdefault(shorter, test)
        return test

    def conditions(self) -> tuple[tuple, tuple]:
        """Tests on UTF-8 lines: the ``requires`` and the ``unless``."""
        if self._conditions is None:
            from ... import pattern as rp

            self._conditions = (tuple(rp.tester(rp.compile(r), whole=False) for r in self.requires),
                                tuple(rp.tester(rp.compile(u), whole=False) for u in self.unless))
        return self._conditions

    def fullmatch(self, line: str) -> bool:
        """The pattern matches the whole line and the conditions hold."""
        try:
            data = line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            data = _utf8(line)
        whole, requires, unless = self._compiled or self.compiled()
        return whole(data) and all(r(data) for r in requires) and not any(u(data) for u in unless)

    def conditions_hold(self, line: str) -> bool:
        """The conditions hold in the line (for a line the pattern is known to match whole)."""
        if not (self.requires or self.unless):
            return True
        data = _utf8(line)
        requires, unless = self.conditions()
        return all(r(data) for r in requires) and not any(u(data) for u in unless)

    def key(self) -> tuple:
        return (self.pattern, self.requires, self.unless)


def _utf8(line: str) -> bytes:
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        from ...pattern import encode

        return encode(line)


class RulePattern:
    """A rule's pattern: its variants (usually one). ``fullmatch(line)`` is true when one variant
    matches the whole line and its conditions hold. ``pattern`` is the text of the rule file (the
    variants joined by ``|``)."""

    def __init__(self, variants: Iterable[Variant]) -> None:
        self.variants = tuple(variants)
        texts = [v.pattern for v in self.variants]
        self.pattern = texts[0] if len(texts) == 1 else "|".join(f"(?:{_plain(t)})" for t in texts)

    def fullmatch(self, line: str) -> bool:
        return any(v.fullmatch(line) for v in self.variants)

    def key(self) -> tuple:
        return tuple(v.key() for v in self.variants)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RulePattern) and other.key() == self.key()

    def __hash__(self) -> int:
        return hash(self.key())

    def __reduce__(self):
        return _rebuild, (self.key(),)

    def __repr__(self) -> str:
        return f"RulePattern({self.pattern!r})"


def _plain(text: str) -> str:
    """A verbose pattern as one plain line (for joining variants)."""
    from ...pattern import strip_verbose

    return strip_verbose(text)


def _rebuild(key: tuple) -> RulePattern:
    return RulePattern(Variant(*k) for k in key)


@record(frozen=True)
class Rule:
    id: str
    pattern: RulePattern
    scope: str
    description: str = ""
    near: RulePattern | None = None
    lang: tuple[str, ...] = ()
    source: str = ""
    max_length: int = DEFAULT_MAX_LENGTH
    box_value: bool = True  # False: a line it matches is never a value of a label/value box


# -- loading -------------------------------------------------------------------------------
_CONDITIONS = {"requires": (str, list), "unless": (str, list)}
_OPTIONAL = {
    "pattern": str,
    "variant": list,
    "description": str,
    "lang": (str, list),
    "examples": list,
    "counter_examples": list,
    "near": str,
    "max_length": int,
    "box_value": bool,
    **_CONDITIONS,
}


class _Entry:
    """One [[rule]] table being checked: every problem is reported, not only the first."""

    def __init__(self, path: Path, entry: str, table: dict, problems: Problems) -> None:
        self.path, self.entry, self.table, self.problems = path, entry, table, problems
        self.ok = True

    def problem(self, message: str) -> None:
        self.problems.add(self.path, self.entry, message)
        self.ok = False

    def has(self, name: str, typ) -> bool:
        return isinstance(self.table.get(name), typ)

    def conditions(self, table: dict, where: str) -> tuple[tuple, tuple]:
        out = []
        for name in _CONDITIONS:
            value = table.get(name, [])
            texts = [value] if isinstance(value, str) else value
            if not string_list(texts):
                self.problem(f"'{where}{name}' must be a pattern or a list of patterns")
                texts = []
            out.append(tuple(texts))
        return out[0], out[1]

    def pattern(self) -> RulePattern | None:
        requires, unless = self.conditions(self.table, "")
        tables: list[tuple[str, Any]] = []
        if self.has("pattern", str):
            tables.append(("", {"pattern": self.table["pattern"]}))
        if "variant" in self.table:
            if not self.has("variant", list) or not all(isinstance(t, dict) for t in self.table["variant"]):
                self.problem("'variant' must be [[rule.variant]] tables")
            else:
                tables += [(f"variant #{k + 1}: ", t) for k, t in enumerate(self.table["variant"])]
        if not tables and "variant" not in self.table:
            self.problem("needs a 'pattern' (or [[rule.variant]] tables with one each)")
        variants = []
        for where, table in tables:
            for extra in sorted(set(table) - {"pattern", *_CONDITIONS}):
                self.problem(f"{where}unknown field '{extra}' (a variant has pattern, requires, unless)")
            if not isinstance(table.get("pattern"), str):
                self.problem(f"{where}a variant needs a 'pattern'")
                continue
            req, unl = self.conditions(table, where) if where else ((), ())
            variants.append(Variant(table["pattern"], requires + req, unless + unl))
        return RulePattern(variants) if variants and len(variants) == len(tables) else None

    def check_fields(self) -> tuple[list[str], list[str], int, tuple[str, ...]]:
        table = self.table
        if self.has("id", str) and not ID_RE.fullmatch(table["id"]):
            self.problem("id must be kebab-case (lowercase words joined by '-')")
        if self.has("scope", str) and table["scope"] not in SCOPES:
            self.problem(f"scope must be one of {', '.join(SCOPES)}, not '{table['scope']}'")
        lists = {}
        for name in ("examples", "counter_examples"):
            if name in table and not string_list(table[name]):
                if self.has(name, list):  # (a value that is no list at all is reported by check_table)
                    self.problem(f"'{name}' must be a list of strings")
                self.ok = False
            lists[name] = table[name] if string_list(table.get(name)) else []
        if "near" in table and self.has("scope", str) and table["scope"] != "line":
            self.problem("'near' only applies to scope = \"line\"")
        max_length = table["max_length"] if self.has("max_length", int) else DEFAULT_MAX_LENGTH
        if max_length < 1:
            self.problem("max_length must be a positive number of characters")
        for example in lists["examples"]:
            if len(example.strip()) > max_length:
                self.problem(f"example longer than max_length ({max_length}): {example[:40]!r}...")
        if not table.get("examples"):
            self.problem("needs at least one example (a line the rule must match)")
        return lists["examples"], lists["counter_examples"], max_length, self.lang()

    def lang(self) -> tuple[str, ...]:
        lang = self.table.get("lang", [])
        if isinstance(lang, str):
            return (lang,)
        if not string_list(lang):
            if isinstance(lang, list):
                self.problem("'lang' must be a string or a list of strings")
            self.ok = False
            return ()
        return tuple(lang)

    def check_patterns(self, pattern: RulePattern, near: RulePattern | None) -> bool:
        """Every pattern of the entry is one the engine takes (the whole-line patterns are only
        parsed here: they are compiled together, in the set that checks the examples)."""
        from ... import pattern as rp

        seen = len(self.problems.items)
        for name, rule_pattern in (("pattern", pattern), ("near", near)):
            for variant in rule_pattern.variants if rule_pattern else ():
                for field, texts in ((name, [variant.pattern]), ("requires", variant.requires), ("unless", variant.unless)):
                    for text in texts:
                        try:
                            if field == "pattern":
                                _parses(rp.translate(text))
                            else:
                                rp.compile(text)
                        except rp.UnsupportedPattern as exc:
                            hint = f"; {exc.hint}" if exc.hint else ""
                            self.problem(f"'{field}' uses {exc}, which the matching engine (RE2) does not support{hint}")
                        except rp.error:
                            try:
                                rp.compile(text)  # for RE2's own words
                                message = "the engine cannot read it"
                            except rp.error as exc:
                                message = rp.error_text(exc)
                            self.problem(f"invalid regex in '{field}': {message}")
        return len(self.problems.items) == seen

    def run_examples(self, holds: Callable[[str], bool], examples: list[str], counters: list[str]) -> None:
        for example in examples:
            if not holds(example.strip()):
                self.problem(f"example does not match: {example!r}")
        for counter in counters:
            if holds(counter.strip()):
                self.problem(f"counter-example matches: {counter!r}")


def _parses(text: str) -> None:
    """Raises ``re2.error`` when RE2 cannot parse ``text`` (parsed only, by a set's ``Add``)."""
    import re2

    from ... import pattern as rp

    re2.Set.SearchSet(rp.options()).Add(text)


class _Pending:
    """A rule whose examples are still to be run (see _check_examples)."""

    __slots__ = ("entry", "rule", "examples", "counters", "store", "key")

    def __init__(self, entry: _Entry, rule: Rule, examples: list[str], counters: list[str], store, key: str) -> None:
        self.entry, self.rule, self.examples, self.counters, self.store, self.key = entry, rule, examples, counters, store, key


_pending: list[_Pending] = []


def _check_examples(items: dict, problems: Problems) -> None:
    """Run the examples and counter-examples of every rule parsed in this load whose check is
    not cached, through the set the rules are matched with (one compile for all of them; it is
    kept for the rule set's matcher). A rule that fails is reported and left out. When the set
    cannot be compiled as a whole, each rule is compiled alone, which names the culprit."""
    pending, _pending[:] = list(_pending), []
    if not pending:
        return
    matcher = Matcher(items.values())
    others = Matcher(p.rule for p in pending if items.get(p.rule.id) is not p.rule)  # replaced by a later file
    try:
        for m in (matcher, others):
            m.for_lengths = True  # the exact forms for the examples' lengths: they compile faster
            if m.rules:
                m._build()
    except Exception:  # noqa: BLE001 (RE2's error: the set is too large to compile at once)
        matcher = others = None
    for p in pending:
        seen = len(problems.items)
        if matcher is None or others is None:
            p.entry.run_examples(p.rule.pattern.fullmatch, p.examples, p.counters)
        else:
            m = matcher if items.get(p.rule.id) is p.rule else others
            # Longest first: the exact form compiled for a line serves every shorter line too.
            lines = sorted({text.strip() for text in p.examples + p.counters}, key=len, reverse=True)
            verdicts = {line: m.pattern_matches(p.rule, line) for line in lines}
            p.entry.run_examples(verdicts.__getitem__, p.examples, p.counters)
        if len(problems.items) == seen:
            p.store.put(p.key, True)
        elif items.get(p.rule.id) is p.rule:
            del items[p.rule.id]
    for store in {id(p.store): p.store for p in pending}.values():
        store.save()
    if matcher is not None:
        offer(matcher)  # (taken only by a rule set of exactly these rules)


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Rule]]:
    """Every problem of every entry is reported, not only the first of each: an entry with a
    wrong field is still checked for the rest (fields of the wrong type are left out of the
    checks that need them). What is costly to check (compiling, the examples) is cached when it
    passed; the examples of the rules not cached are run once every file is parsed
    (:func:`_check_examples`). A shipped file the seal vouches for is not checked again
    (:mod:`.seal`)."""
    from ... import cache
    from ... import pattern as rp
    from .seal import sealed

    store = cache.store("rules", str(path))
    vouched = sealed(path)
    for label, table in array_of_tables(path, data, "rule", "id", problems):
        ok = check_table(table, required={"id": str, "scope": str}, optional=_OPTIONAL,
                         path=path, entry=label, problems=problems)
        if not isinstance(table, dict):
            continue
        entry = _Entry(path, label, table, problems)
        entry.ok = ok
        examples, counters, max_length, lang = entry.check_fields()
        pattern = entry.pattern()
        near = None
        if entry.has("near", str):
            near = RulePattern([Variant(table["near"])])
        k = None
        if pattern is not None and not vouched:
            k = cache.key("rule-check", ENGINE, rp.code_digest(), pattern.key(), near.key() if near else None, examples,
                          counters)
            if store.get(k, cache.is_true):
                k = None  # passed before
            elif not entry.check_patterns(pattern, near):
                continue
            elif not entry.ok:  # reported anyway: its examples are run alone, to report them too
                entry.run_examples(pattern.fullmatch, examples, counters)
        if entry.ok and pattern is not None:
            rule = Rule(table["id"], pattern, table["scope"], table.get("description", ""), near, lang, str(path),
                        max_length, table.get("box_value", True) is not False)
            if k is not None:
                _pending.append(_Pending(entry, rule, examples, counters, store, k))
            yield table["id"], rule
    store.save()


KIND = RuleKind(NAME, ("boilerplate*.toml",), _parse, _check_examples)
