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
Text already in a canonical form is never rewritten: a variant that lies inside, or overlaps, an
occurrence of any canonical name in the table is left alone, and the loader refuses tables whose
rewrites could feed each other (a variant inside a canonical name, a chain, a variant shared by
two people), so cleaning again changes nothing.
Unsafe when: a variant is also another person's name in an article about them; use ``context``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..document import Document
from ..edits import Edit
from bisect import bisect_right

from ..inline import _SENTENCE_BREAK, is_gloss, is_cjk, spaced
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

# The longest name, native form, context word or alias a table may hold. Real names are short (the
# longest in the built-in table has 28 characters); a longer string is a mistake (a paragraph
# pasted into a list) and would only slow down every article: the guard against rewriting a
# canonical name looks this far around each match.
MAX_NAME = 100
MAX_REQUIRE = 1000  # a `require` regex: room for a careful guard, not for a pasted document
_BOUNDARY = re.compile(r"[\w\-]")  # a name is matched as a whole word: not glued to these


def _label(entry: str) -> str:
    return entry if len(entry) <= MAX_NAME else f"{entry[:40]}… ({len(entry)} characters)"


def _too_long(value: str, limit: int) -> str:
    shown = value if len(value) <= 40 else value[:40] + "…"
    return f"{shown!r} has {len(value)} characters; at most {limit} are allowed"


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Person]]:
    for entry, t in array_of_tables(path, data, "name", "canonical", problems):
        entry = _label(entry)
        ok = check_table(t, required={"canonical": str}, optional=_FIELDS, path=path, entry=entry, problems=problems)
        if not isinstance(t, dict) or not isinstance(t.get("canonical"), str):
            continue  # the remaining checks need at least a table with a name
        if not t["canonical"].strip():
            problems.add(path, entry, "empty canonical name")
            ok = False
        if len(t["canonical"]) > MAX_NAME:
            problems.add(path, entry, f"canonical name {_too_long(t['canonical'], MAX_NAME)} (a name, not a text)")
            ok = False
        for f in ("native", "variants", "context"):
            for v in t.get(f, []) if isinstance(t.get(f), list) else []:
                if isinstance(v, str) and len(v) > MAX_NAME:
                    problems.add(path, entry, f"'{f}' entry {_too_long(v, MAX_NAME)} (a name, not a text)")
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
            if len(a["alias"]) > MAX_NAME or len(a["require"]) > MAX_REQUIRE:
                if len(a["alias"]) > MAX_NAME:
                    problems.add(path, where, f"alias {_too_long(a['alias'], MAX_NAME)} (a name, not a text)")
                if len(a["require"]) > MAX_REQUIRE:
                    problems.add(path, where, f"'require' regex {_too_long(a['require'], MAX_REQUIRE)}")
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


def _whole_words(name: str) -> Iterable[str]:
    """Every run of whole words in ``name``: what a variant would match inside it."""
    starts = [i for i in range(len(name)) if i == 0 or not (name[i - 1].isalnum() or name[i - 1] in "_-")]
    ends = [j for j in range(1, len(name) + 1) if j == len(name) or not _BOUNDARY.match(name[j])]
    for i in starts:
        for j in ends:
            if j > i:
                yield name[i:j]


def words_of_canonical_names(people: dict[str, Person]) -> set[str]:
    """Every canonical name and every run of whole words in one: none of them can be a variant
    (of that person or of anyone else) without the table being refused at load. For tools that
    propose variants (``cleaner names suggest``)."""
    return {words for canonical in people for words in _whole_words(canonical)}


def _check(people: dict[str, Person], problems: Problems) -> None:
    """Across the merged table: no rewrite may feed another, so cleaning again changes nothing.

    Refused: a variant inside its own canonical name ("Tsai" of "Joe Tsai" would make "Joe Joe
    Tsai", one more "Joe" each run), a variant that is another entry's canonical name (a chain),
    a variant listed under two people, and a canonical name that holds another person's variant
    (the rewritten text would be rewritten again). Every problem of every entry is reported.
    """
    owner: dict[str, str] = {}
    order = {canonical: i for i, canonical in enumerate(people)}
    for canonical, p in people.items():
        for form in (*p.variants, *p.native, *(a.alias for a in p.ambiguous)):
            owner.setdefault(form, canonical)
    for canonical, p in people.items():
        entry = _label(canonical)
        inside = set(_whole_words(canonical))
        for form in dict.fromkeys((*p.variants, *p.native, *(a.alias for a in p.ambiguous))):
            if form == canonical:
                problems.add(p.source, entry, f"variant {form!r} is the canonical name itself")
            elif form in inside:
                problems.add(p.source, entry, f"variant {form!r} is a whole word of the canonical name {canonical!r}:"
                             f" rewriting it would turn {canonical!r} into {canonical.replace(form, canonical, 1)!r},"
                             " and more on every run")
            if form in people and form != canonical:
                problems.add(p.source, entry, f"variant {form!r} is another entry's canonical name (a chain)")
            if owner[form] != canonical:
                problems.add(p.source, entry, f"variant {form!r} is also listed under {owner[form]!r}")
        for words in sorted(inside):
            other = owner.get(words)
            if other is None or other == canonical or words == canonical:
                continue
            # Reported once, under whichever of the two entries was loaded last (the newer one).
            q = people[other]
            where = "" if q.source == p.source else f" (in {q.source})"
            if order[canonical] > order[other]:
                problems.add(p.source, entry, f"canonical name {canonical!r} contains {words!r}, a variant of"
                             f" {other!r}{where}: the rewritten text would be rewritten again")
            else:
                where = "" if q.source == p.source else f" (in {p.source})"
                problems.add(q.source, _label(other), f"variant {words!r} is a whole word of {canonical!r}, another"
                             f" entry's canonical name{where}: the rewritten text would be rewritten again")


KIND = register_kind(RuleKind(NAME, ("names*.toml",), _parse, _check))


@dataclass
class Table:
    regex: re.Pattern[str] | None
    native_regex: re.Pattern[str] | None
    forms: dict[str, tuple[Person, str]] = field(default_factory=dict)  # form -> (person, rule)
    native_han_only: bool = False  # every native form is Han characters only
    canonical_regex: re.Pattern[str] | None = None  # any canonical name, as a whole word
    longest_canonical: int = 0


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
    canonicals = list(rules.get(NAME))
    canonical_regex = re.compile(rf"(?<![\w\-])(?:{trie_pattern(canonicals)})(?![\w\-])") if canonicals else None
    return Table(regex, native_regex, {**forms, **native}, han_only, canonical_regex,
                 max(map(len, canonicals), default=0))


def _in_canonical(table: Table, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside, or straddles the edge of, a canonical name written
    in ``text``: that text is already right, and rewriting it would only make it worse ("Joe Tsai"
    to "Joe Joe Tsai"). A canonical name wholly inside the match ("Eddie Wu" in "Eddie Wu
    Yongming") does not count. Looks at most one canonical name's length around the match."""
    if table.canonical_regex is None:
        return False
    pos = max(0, start - table.longest_canonical + 1)
    stop = min(len(text), end + table.longest_canonical + 1)  # one more: the right boundary sees the next character
    while (c := table.canonical_regex.search(text, pos, stop)) is not None and c.start() < end:
        if c.end() > start and not (start <= c.start() and c.end() <= end):
            return True
        pos = c.start() + 1
    return False


# A sentence longer than this (a page without punctuation) is checked in pieces of this size, so
# that a `require` regex never runs over more than this much text at once.
_LONGEST_SENTENCE = 2000


class _Sentences:
    """The sentences of one document, found once (by one scan, on first use), and the result of
    each alias's `require` regex in each of them, computed once: checking many occurrences of an
    alias costs one regex run per sentence, so the work grows linearly with the document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []  # break i spans _starts[i]:_ends[i]
        self._ends: list[int] | None = None
        self._results: dict[tuple[int, int, int], bool] = {}

    def around(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence (or piece of a very long one) holding ``pos``: bounded by
        sentence punctuation or a line break, like :func:`cleaner.inline.sentence_span`."""
        if self._ends is None:
            self._ends = []
            for m in _SENTENCE_BREAK.finditer(self.text):
                self._starts.append(m.start())
                self._ends.append(m.end())
        k = bisect_right(self._ends, pos)
        start = self._ends[k - 1] if k else 0
        end = self._starts[k] if k < len(self._starts) else len(self.text)
        if end - start > _LONGEST_SENTENCE:
            start += (pos - start) // _LONGEST_SENTENCE * _LONGEST_SENTENCE
            end = min(end, start + _LONGEST_SENTENCE)
        return start, end

    def require(self, alias: Alias, pos: int) -> bool:
        s, e = self.around(pos)
        key = (id(alias), s, e)
        if key not in self._results:
            self._results[key] = alias.require.search(self.text, s, e) is not None
        return self._results[key]


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
    sentences = _Sentences(text)

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
            if edits and m.start() < edits[-1].end:
                continue  # taken by the words the previous rewrite took in (see _with_echoes)
            form = m.group(0)
            person, rule = table.forms[form]
            if not allowed(person) or _in_canonical(table, text, m.start(), m.end()):
                continue
            if rule == "name-alias":
                alias = next(a for a in person.ambiguous if a.alias == form)
                if not sentences.require(alias, m.start()):
                    continue
                reason = f"{form!r} refers to {person.canonical} here (names table, guarded alias)"
            else:
                reason = f"{form!r} is a variant of {person.canonical} (names table)"
            start, end = _with_echoes(text, m.start(), m.end(), person.canonical, edits[-1].end if edits else 0)
            edits.append(Edit(start, end, person.canonical, NAME, rule, reason))
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


def _with_echoes(text: str, start: int, end: int, canonical: str, free_from: int) -> tuple[int, int]:
    """The span to rewrite, widened over the leading words of the canonical name written just
    before the variant ("Joe Cai Chongxin") or its trailing words just after it ("Cai Chongxin
    Tsai"), so that the rewrite gives "Joe Tsai", not "Joe Joe Tsai"."""
    words = canonical.split(" ")
    for k in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:k]) + " "
        s = start - len(lead)
        if s >= free_from and text.startswith(lead, s) and not (s and _BOUNDARY.match(text[s - 1])):
            start = s
            break
    for k in range(len(words) - 1, 0, -1):
        tail = " " + " ".join(words[-k:])
        e = end + len(tail)
        if text.startswith(tail, end) and not (e < len(text) and _BOUNDARY.match(text[e])):
            end = e
            break
    return start, end


def _inside_cjk_word(text: str, start: int, end: int) -> bool:
    """A native name glued to more CJK text is part of a longer fragment: leave it to the glossary."""
    return (start > 0 and is_cjk(text[start - 1])) or (end < len(text) and is_cjk(text[end]))


PASS = Pass(NAME, "rewrite every romanisation of a person to one canonical name (names tables)", propose,
            rule_ids=("name-variant", "name-alias", "name-native"))
