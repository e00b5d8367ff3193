"""The boilerplate rule files: their schema, and how an entry becomes a :class:`Rule`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ...rulefile import Problems, RuleKind, array_of_tables, check_table, string_list

NAME = "boilerplate"
SCOPES = ("line", "tail", "head", "block")
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Boilerplate lines are short: a rule is not tried on lines longer than its max_length.
DEFAULT_MAX_LENGTH = 200


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: "LazyPattern"  # answers like a compiled re.Pattern
    scope: str
    description: str = ""
    near: "LazyPattern | None" = None
    lang: tuple[str, ...] = ()
    source: str = ""
    max_length: int = DEFAULT_MAX_LENGTH


# -- loading -------------------------------------------------------------------------------
_OPTIONAL = {
    "description": str,
    "lang": (str, list),
    "examples": list,
    "counter_examples": list,
    "near": str,
    "max_length": int,
}


FLAGS = re.IGNORECASE


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


class LazyPattern:
    """A rule's regex, compiled the first time it is used. Most lines pass no rule's gate, so a
    run that cleans a few lines compiles a few patterns, not every one. It answers like the
    compiled pattern (``fullmatch``, ``search``, ``pattern``, ...)."""

    def __init__(self, pattern: str, compiled: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.flags = FLAGS
        if compiled is not None:
            self._bind(compiled)

    def _bind(self, compiled: re.Pattern[str]) -> re.Pattern[str]:
        self._compiled = compiled
        self.fullmatch, self.match, self.search = compiled.fullmatch, compiled.match, compiled.search
        return compiled

    def compiled(self) -> re.Pattern[str]:
        found = self.__dict__.get("_compiled")
        return found if found is not None else self._bind(compile_pattern(self.pattern))

    def fullmatch(self, *args):  # replaced by the compiled pattern's own on first use
        return self.compiled().fullmatch(*args)

    def match(self, *args):
        return self.compiled().match(*args)

    def search(self, *args):
        return self.compiled().search(*args)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return LazyPattern, (self.pattern,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def _guarded(text: str, store) -> LazyPattern:
    """The pattern, once the guard passed it and it compiled (raises UnsafePattern, re.error or
    RecursionError otherwise). A pass is cached under the pattern's own hash, and only a pass."""
    from ... import cache

    k = cache.key("guard", text, FLAGS)
    if store.get(k, cache.is_true):
        return LazyPattern(text)
    from ...regexguard import check_pattern

    check_pattern(text)
    compiled = compile_pattern(text)
    store.put(k, True)
    return LazyPattern(text, compiled)


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Rule]]:
    """Every problem of every entry is reported, not only the first of each: an entry with a
    wrong field is still checked for the rest (fields of the wrong type are left out of the
    checks that need them). What is costly to check (the regex guard, the examples) is cached
    (see :mod:`cleaner.cache`) when it passed."""
    from ... import cache
    from ...regexguard import UnsafePattern

    store = cache.store("rules", str(path))
    for entry, table in array_of_tables(path, data, "rule", "id", problems):
        ok = check_table(table, required={"id": str, "pattern": str, "scope": str}, optional=_OPTIONAL,
                         path=path, entry=entry, problems=problems)
        if not isinstance(table, dict):
            continue

        def has(name: str, typ) -> bool:
            return isinstance(table.get(name), typ)

        if has("id", str) and not ID_RE.fullmatch(table["id"]):
            problems.add(path, entry, "id must be kebab-case (lowercase words joined by '-')")
            ok = False
        if has("scope", str) and table["scope"] not in SCOPES:
            problems.add(path, entry, f"scope must be one of {', '.join(SCOPES)}, not '{table['scope']}'")
            ok = False
        lists = {}
        for name in ("examples", "counter_examples"):
            if name in table and not string_list(table[name]):
                if has(name, list):  # (a value that is no list at all is reported by check_table)
                    problems.add(path, entry, f"'{name}' must be a list of strings")
                ok = False
            lists[name] = table[name] if string_list(table.get(name)) else []
        if "near" in table and has("scope", str) and table["scope"] != "line":
            problems.add(path, entry, "'near' only applies to scope = \"line\"")
            ok = False
        max_length = table["max_length"] if has("max_length", int) else DEFAULT_MAX_LENGTH
        if max_length < 1:
            problems.add(path, entry, "max_length must be a positive number of characters")
            ok = False
        for example in lists["examples"]:
            if len(example.strip()) > max_length:
                problems.add(path, entry, f"example longer than max_length ({max_length}): {example[:40]!r}...")
                ok = False
        if not table.get("examples"):
            problems.add(path, entry, "needs at least one example (a line the rule must match)")
            ok = False
        lang = table.get("lang", [])
        if isinstance(lang, str):
            lang = (lang,)
        elif not string_list(lang):
            if isinstance(lang, list):
                problems.add(path, entry, "'lang' must be a string or a list of strings")
            ok = False
        compiled = {}
        for field in ("pattern", "near"):
            if not has(field, str):
                continue
            try:
                compiled[field] = _guarded(table[field], store)
            except re.error as exc:
                problems.add(path, entry, f"invalid regex in '{field}': {exc}")
                ok = False
            except UnsafePattern as exc:
                problems.add(path, entry, f"unsafe regex in '{field}': {exc}")
                ok = False
            except RecursionError:
                problems.add(path, entry, f"regex in '{field}' is nested too deeply")
                ok = False
        pattern = compiled.get("pattern")
        if pattern is not None:
            checked = cache.key("examples", pattern.pattern, FLAGS, lists["examples"], lists["counter_examples"])
            if not store.get(checked, cache.is_true):
                passed = True
                for example in lists["examples"]:
                    if not pattern.fullmatch(example.strip()):
                        problems.add(path, entry, f"example does not match: {example!r}")
                        ok = passed = False
                for counter in lists["counter_examples"]:
                    if pattern.fullmatch(counter.strip()):
                        problems.add(path, entry, f"counter-example matches: {counter!r}")
                        ok = passed = False
                if passed:
                    store.put(checked, True)
        if ok:
            yield table["id"], Rule(
                table["id"], pattern, table["scope"], table.get("description", ""),
                compiled.get("near"), tuple(lang), str(path), max_length,
            )
    store.save()


KIND = RuleKind(NAME, ("boilerplate*.toml",), _parse)
