"""names: one person, one spelling, from a names table.

    Cai Jingxin’s view ... Charlie Cheung said ... 蔡崇信 said
      ->  Joe Tsai’s view ... Joe Tsai said ... Joe Tsai said

Every variant in ``names*.toml`` is rewritten to its canonical name: whole words, case as
written, longest variant first (possessives and "Name:" speaker labels included). A native CJK
form is rewritten in a non-CJK article, unless it is a gloss ("Joe Tsai (蔡崇信)"). An entry with
``context`` only rewrites in articles that mention a context word or the canonical name; an
ambiguous alias only where its ``require`` regex matches in the same sentence. Chinese, Japanese
and Korean articles are left alone. The table compiles to one trie-shaped regex, so its speed
does not depend on its size.
Unsafe when: a variant is also another person's name in an article about them; use ``context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..document import Document
from ..edits import Edit
from ..inline import is_gloss, is_cjk, sentence_span, spaced
from ..lang import HAN_RUN, finditer_in_windows, han_windows, may_contain_han
from ..regexguard import UnsafePattern, check_pattern
from ..rules import Problems, RuleKind, RuleSet, array_of_tables, check_table, register_kind, string_list
from ..trie import trie_pattern
from . import Pass

NAME = "names"


@dataclass(frozen=True)
class Alias:
    alias: str
    require: re.Pattern[str]


@dataclass(frozen=True)
class Person:
    canonical: str
    variants: tuple[str, ...] = ()
    native: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    ambiguous: tuple[Alias, ...] = ()
    note: str = ""
    source: str = ""


_FIELDS = {"native": list, "variants": list, "note": str, "context": list, "ambiguous": list}


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Person]]:
    for entry, t in array_of_tables(path, data, "name", "canonical", problems):
        ok = check_table(t, required={"canonical": str}, optional=_FIELDS, path=path, entry=entry, problems=problems)
        if not isinstance(t, dict) or not isinstance(t.get("canonical"), str):
            continue  # the remaining checks need at least a table with a name
        if not t["canonical"].strip():
            problems.add(path, entry, "empty canonical name")
            ok = False
        for f in ("native", "variants", "context"):
            if f in t and isinstance(t[f], list) and (not string_list(t[f]) or any(not v.strip() for v in t[f])):
                problems.add(path, entry, f"'{f}' must be a list of non-empty strings")
                ok = False
        if any(not all(is_cjk(c) or c in "·・" for c in n) for n in t.get("native", []) if isinstance(n, str)):
            problems.add(path, entry, "native forms must be written in CJK characters")
            ok = False
        aliases = []
        for j, a in enumerate(t.get("ambiguous", []) if isinstance(t.get("ambiguous", []), list) else []):
            where = f"{entry} ambiguous #{j + 1}"
            if not check_table(a, required={"alias": str, "require": str}, optional={}, path=path, entry=where, problems=problems):
                ok = False
                continue
            if not a["alias"].strip():
                problems.add(path, where, "empty alias")
                ok = False
                continue
            try:
                check_pattern(a["require"])
                aliases.append(Alias(a["alias"], re.compile(a["require"], re.IGNORECASE)))
            except (re.error, UnsafePattern) as exc:
                problems.add(path, where, f"invalid 'require' regex: {exc}")
                ok = False
        if ok:
            yield t["canonical"], Person(
                t["canonical"], tuple(t.get("variants", [])), tuple(t.get("native", [])),
                tuple(t.get("context", [])), tuple(aliases), t.get("note", ""), str(path),
            )


def _check(people: dict[str, Person], problems: Problems) -> None:
    """Across the merged table: no chains, loops or forms shared by two people."""
    owner: dict[str, str] = {}
    for canonical, p in people.items():
        for form in (*p.variants, *p.native, *(a.alias for a in p.ambiguous)):
            if form == canonical:
                problems.add(p.source, canonical, f"variant {form!r} is the canonical name itself")
            elif form in people:
                problems.add(p.source, canonical, f"variant {form!r} is another entry's canonical name (a chain)")
            elif form in owner and owner[form] != canonical:
                problems.add(p.source, canonical, f"variant {form!r} is also listed under {owner[form]!r}")
            owner.setdefault(form, canonical)


KIND = register_kind(RuleKind(NAME, ("names*.toml",), _parse, _check))


@dataclass
class Table:
    regex: re.Pattern[str] | None
    native_regex: re.Pattern[str] | None
    forms: dict[str, tuple[Person, str]] = field(default_factory=dict)  # form -> (person, rule)
    native_han_only: bool = False  # every native form is Han characters only


def _build(rules: RuleSet) -> Table:
    forms: dict[str, tuple[Person, str]] = {}
    native: dict[str, tuple[Person, str]] = {}
    for p in rules.get(NAME).values():
        for v in p.variants:
            forms[v] = (p, "name-variant")
        for a in p.ambiguous:
            forms[a.alias] = (p, "name-alias")
        for n in p.native:
            native[n] = (p, "name-native")
    # The left word boundary is checked in code: a pattern that starts with the trie lets the
    # regex engine skip ahead to the possible first letters.
    regex = re.compile(rf"(?:{trie_pattern(forms)})(?![\w\-])") if forms else None
    native_regex = re.compile(trie_pattern(native)) if native else None
    han_only = all(HAN_RUN.fullmatch(n) for n in native)
    return Table(regex, native_regex, {**forms, **native}, han_only)




def _mentions(text: str, words: Iterable[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    if not rules.get(NAME):
        return []
    table: Table = rules.compiled(NAME, _build)
    text = doc.text
    found = list(table.regex.finditer(text)) if table.regex is not None else []
    han = table.native_regex is not None and may_contain_han(text)
    # Only now ask for the script (which may cost a count): most articles name nobody listed.
    if not (found or han) or doc.is_cjk:
        return []
    native = []
    if han:  # native names are found inside the spans that may be Han, when they are all Han
        windows = han_windows(text) if table.native_han_only else None
        native = list(finditer_in_windows(table.native_regex, text, windows))
    edits: list[Edit] = []
    context_ok: dict[str, bool] = {}

    def allowed(person: Person) -> bool:
        if not person.context:
            return True
        if person.canonical not in context_ok:
            context_ok[person.canonical] = _mentions(text, (person.canonical, *person.context))
        return context_ok[person.canonical]

    if found:
        for m in found:
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                continue
            form = m.group(0)
            person, rule = table.forms[form]
            if not allowed(person):
                continue
            if rule == "name-alias":
                alias = next(a for a in person.ambiguous if a.alias == form)
                s, e = sentence_span(text, m.start())
                if not alias.require.search(text, s, e):
                    continue
                reason = f"{form!r} refers to {person.canonical} here (names table, guarded alias)"
            else:
                reason = f"{form!r} is a variant of {person.canonical} (names table)"
            edits.append(Edit(m.start(), m.end(), person.canonical, NAME, rule, reason))
    if native:
        for m in native:
            person, rule = table.forms[m.group(0)]
            if is_gloss(text, m.start(), m.end()) or _inside_cjk_word(text, m.start(), m.end()):
                continue
            edits.append(
                Edit(m.start(), m.end(), spaced(text, m.start(), m.end(), person.canonical), NAME, rule,
                     f"{m.group(0)} is {person.canonical} (names table)")
            )
    return edits


def _inside_cjk_word(text: str, start: int, end: int) -> bool:
    """A native name glued to more CJK text is part of a longer fragment: leave it to the glossary."""
    return (start > 0 and is_cjk(text[start - 1])) or (end < len(text) and is_cjk(text[end]))


PASS = Pass(NAME, "rewrite every romanisation of a person to one canonical name (names tables)", propose,
            rule_ids=("name-variant", "name-alias", "name-native"))
