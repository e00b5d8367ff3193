"""names: one person, one spelling, from a names table.

    Cai Jingxin’s view ... Charlie Cheung said ... 蔡崇信 said
      ->  Joe Tsai’s view ... Joe Tsai said ... Joe Tsai said

Every variant in ``names*.toml`` may be rewritten to its canonical name: whole words, case as
written, longest variant first (possessives and "Name:" speaker labels included). Each mention is
decided from the text around it: the person named in the article (canonical, native or style
form), their role or organisation next to the mention or in its paragraph, an interview's speaker
label; a word next to it that describes someone else ("a lawyer", "Chinese exporter") stops it.
Forms marked ``common`` (ordinary or other people's names) need the cue next to the mention unless
the article names the person; hallucinated variants need the person named and tied to the mention;
aliases that are also companies need a person reading and no company reading (and their ``require``
regex, RE2 syntax as in :mod:`cleaner.pattern`, matching in their sentence). A native CJK form
is rewritten in a non-CJK article, unless it is a gloss ("Joe Tsai (蔡崇信)") or part of a longer
name (梅耶·马斯克). Style spellings are rewritten only when switched on, or for consistency: one
person, one spelling per article. Mentions left alone are reported as display-only findings.
Chinese, Japanese and Korean articles are left alone. The table compiles to one trie-shaped
regex, so its speed does not depend on its size.
Text already in a canonical form is never rewritten: a variant that lies inside, or overlaps, an
occurrence of any canonical name in the table is left alone, and the loader refuses tables whose
rewrites could feed each other (a variant inside a canonical name, a chain, a variant shared by
two people), so cleaning again changes nothing.
Unsafe when: a variant is also another person's name in an article about them; use ``context``.
"""

from __future__ import annotations

import re
from ..record import field, record
from functools import cached_property
from pathlib import Path
from typing import Iterable, NamedTuple

from ..budget import blame
from ..document import Document
from ..edits import DISPLAY_ONLY, Edit
from bisect import bisect_right

from ..running_text import _SENTENCE_BREAK, is_gloss, is_cjk, spaced
from .. import pattern as rx
from ..lang import finditer_in_windows, han_windows, may_contain_han
from ..rulefile import Problems, RuleKind, RuleSet, array_of_tables, check_table, string_list
from ..trie import trie_pattern
from ..unicode import CompiledOnUse, all_han
from .base import Pass

NAME = "names"


ROMANISATION, HALLUCINATION, STYLE = "romanisation", "hallucination", "style"
VARIANT_KINDS = (ROMANISATION, HALLUCINATION, STYLE)
STYLE_RULE = "name-style"


@record(frozen=True)
class Alias:
    alias: str
    require: "rx.re2._Regexp | None" = None  # RE2, see _compile_require; searched in the alias's sentence


@record(frozen=True)
class Person:
    canonical: str
    variants: tuple[str, ...] = ()
    native: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    ambiguous: tuple[Alias, ...] = ()
    note: str = ""
    source: str = ""
    roles: tuple[str, ...] = ()  # words that describe this person next to a mention ("chairman")
    orgs: tuple[str, ...] = ()  # organisations, places or works that tie a mention to this person
    kinds: tuple[tuple[str, str], ...] = ()  # (variant, kind) for variants that are not romanisations
    common: frozenset[str] = frozenset()  # variants and native forms that are also ordinary people's names
    style: bool = False  # an entry of a style table: its variants are all of kind "style"

    def kind(self, form: str) -> str:
        if self.style:
            return STYLE
        return dict(self.kinds).get(form, ROMANISATION)


_FIELDS = {"native": list, "variants": list, "note": str, "context": list, "ambiguous": list,
           "roles": list, "orgs": list}
_FORM_FIELDS = {"kind": str, "common": bool}
_TABLE_FLAGS = {"kind": str}  # a top-level `kind = "style"`: every variant in the file is a style variant
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


def _forms(t: dict, f: str, path: Path, entry: str, problems: Problems, kinds: dict, common: set) -> list | None:
    """The strings of list field ``f``; an item may be a table ``{form = "...", kind = "...",
    common = true}``. Records kinds and common forms; None (with problems reported) when bad."""
    value = t.get(f, [])
    if not isinstance(value, list):
        return None  # check_table reported it
    out, ok = [], True
    for item in value:
        if isinstance(item, dict):
            if not check_table(item, required={"form": str}, optional=_FORM_FIELDS, path=path,
                               entry=f"{entry} {f}", problems=problems):
                ok = False
                continue
            form = item["form"]
            k = item.get("kind", ROMANISATION)
            if k not in VARIANT_KINDS or (f == "native" and k != ROMANISATION):
                allowed = ", ".join(VARIANT_KINDS) if f == "variants" else ROMANISATION
                problems.add(path, entry, f"'{f}' entry {form!r}: kind {k!r} is not one of {allowed}")
                ok = False
            elif k != ROMANISATION:
                kinds[form] = k
            if item.get("common"):
                common.add(form)
        elif isinstance(item, str):
            form = item
        else:
            problems.add(path, entry, f"'{f}' must be a list of non-empty strings (or {{form = ...}} tables)")
            ok = False
            continue
        if not form.strip():
            problems.add(path, entry, f"'{f}' must be a list of non-empty strings")
            ok = False
        elif len(form) > MAX_NAME:
            problems.add(path, entry, f"'{f}' entry {_too_long(form, MAX_NAME)} (a name, not a text)")
            ok = False
        out.append(form)
    return out if ok else None


def _table_style(path: Path, data: dict, problems: Problems) -> bool | None:
    """Whether the file is a style table (top-level ``kind = "style"``); None when the flag is bad."""
    if "kind" not in data:
        return False
    if data["kind"] != STYLE:
        problems.add(path, None, f"top-level 'kind' must be {STYLE!r} (a table of style variants)")
        return None
    return True


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Person]]:
    """The people of one ``names*.toml`` file, keyed by canonical name (``style:<name>`` in a
    style table). Every problem of every entry is reported; a bad entry is left out."""
    style = _table_style(path, data, problems)
    if style is None:
        return
    data = {k: v for k, v in data.items() if k not in _TABLE_FLAGS}
    for entry, t in array_of_tables(path, data, "name", "canonical", problems):
        person = _person(path, _label(entry), t, style, problems)
        if person is not None:
            yield (STYLE_PREFIX + person.canonical if style else person.canonical), person


def _person(path: Path, entry: str, t: dict, style: bool, problems: Problems) -> Person | None:
    """One ``[[name]]`` entry, checked field by field (in the order of the problems reported)."""
    ok = check_table(t, required={"canonical": str}, optional=_FIELDS, path=path, entry=entry, problems=problems)
    if not isinstance(t, dict) or not isinstance(t.get("canonical"), str):
        return None  # the remaining checks need at least a table with a name
    ok = _check_canonical(t["canonical"], path, entry, problems) and ok
    kinds: dict[str, str] = {}
    common: set[str] = set()
    variants = _forms(t, "variants", path, entry, problems, kinds, common)
    native = _forms(t, "native", path, entry, problems, kinds, common)
    ok = variants is not None and native is not None and ok
    ok = _check_word_lists(t, path, entry, problems) and ok
    if any(not all(is_cjk(c) or c in "·・" for c in n) for n in native or [] if isinstance(n, str)):
        problems.add(path, entry, "native forms must be written in CJK characters")
        ok = False
    aliases, aliases_ok = _aliases(t, path, entry, problems)
    if not (ok and aliases_ok):
        return None
    context = tuple(t.get("context", []))
    if context:  # the older form: context words are organisations, and every variant is a common name
        common |= set(variants) | set(native)
    return Person(
        t["canonical"], tuple(variants), tuple(native), context, tuple(aliases), t.get("note", ""),
        str(path), tuple(t.get("roles", [])), tuple(dict.fromkeys((*t.get("orgs", []), *context))),
        tuple(kinds.items()), frozenset(common), style,
    )


def _check_canonical(canonical: str, path: Path, entry: str, problems: Problems) -> bool:
    ok = True
    if not canonical.strip():
        problems.add(path, entry, "empty canonical name")
        ok = False
    if len(canonical) > MAX_NAME:
        problems.add(path, entry, f"canonical name {_too_long(canonical, MAX_NAME)} (a name, not a text)")
        ok = False
    return ok


def _check_word_lists(t: dict, path: Path, entry: str, problems: Problems) -> bool:
    """``context``, ``roles`` and ``orgs``: lists of short, non-empty strings."""
    ok = True
    for f in ("context", "roles", "orgs"):
        value = t.get(f)
        if not isinstance(value, list):
            continue  # absent, or check_table reported it
        for v in value:
            if isinstance(v, str) and len(v) > MAX_NAME:
                problems.add(path, entry, f"'{f}' entry {_too_long(v, MAX_NAME)} (a name, not a text)")
                ok = False
        if not string_list(value) or any(not v.strip() for v in value):
            problems.add(path, entry, f"'{f}' must be a list of non-empty strings")
            ok = False
    return ok


def _aliases(t: dict, path: Path, entry: str, problems: Problems) -> tuple[list[Alias], bool]:
    """The entry's ``[[name.ambiguous]]`` aliases, and whether all of them were good."""
    value = t.get("ambiguous", [])
    aliases, ok = [], True
    for j, a in enumerate(value if isinstance(value, list) else []):
        alias = _alias(a, path, f"{entry} ambiguous #{j + 1}", problems)
        if alias is None:
            ok = False
        else:
            aliases.append(alias)
    return aliases, ok


def _alias(a: dict, path: Path, where: str, problems: Problems) -> Alias | None:
    """One alias with its optional ``require`` regex (compiled by the linear-time engine)."""
    if not check_table(a, required={"alias": str}, optional={"require": str}, path=path, entry=where,
                       problems=problems):
        return None
    if not a["alias"].strip():
        problems.add(path, where, "empty alias")
        return None
    require = a.get("require")
    too_long = False
    if len(a["alias"]) > MAX_NAME:
        problems.add(path, where, f"alias {_too_long(a['alias'], MAX_NAME)} (a name, not a text)")
        too_long = True
    if require is not None and len(require) > MAX_REQUIRE:
        problems.add(path, where, f"'require' regex {_too_long(require, MAX_REQUIRE)}")
        too_long = True
    if too_long:
        return None
    if require is None:
        return Alias(a["alias"])
    compiled = _compile_require(require, path, where, problems)
    return None if compiled is None else Alias(a["alias"], compiled)


def _compile_require(require: str, path: Path, where: str, problems: Problems) -> "rx.re2._Regexp | None":
    """A ``require`` regex compiled by RE2 (:mod:`cleaner.pattern`: linear time, case-insensitive),
    or None with a problem naming the entry and the construct RE2 lacks."""
    try:
        return rx.compile(require)
    except rx.UnsupportedPattern as exc:
        # The engine's hint speaks of boilerplate rules' fields; a `require` regex only has to
        # match somewhere in the alias's sentence, so a lookaround can simply be left out.
        hint = "; a 'require' regex only has to match somewhere in the sentence: leave the lookaround out" \
            if exc.hint else ""
        problems.add(path, where, f"invalid 'require' regex: it uses {exc}, which the matching engine (RE2)"
                     f" does not support{hint}")
    except rx.error as exc:
        problems.add(path, where, f"invalid 'require' regex: {rx.error_text(exc)}")
    return None


STYLE_PREFIX = "style:"  # the key of a style-table entry: it adds to the entry of the same person


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
    return {words for p in people.values() for words in _whole_words(p.canonical)}


def _all_forms(p: Person) -> tuple[str, ...]:
    return (*p.variants, *p.native, *(a.alias for a in p.ambiguous))


def _check(people: dict[str, Person], problems: Problems) -> None:
    """Across the merged table: no rewrite may feed another, so cleaning again changes nothing.

    Refused: a variant inside its own canonical name ("Tsai" of "Joe Tsai" would make "Joe Joe
    Tsai", one more "Joe" each run), a variant that is another entry's canonical name (a chain),
    a variant listed under two people, and a canonical name that holds another person's variant
    (the rewritten text would be rewritten again). Every problem of every entry is reported. A
    style-table entry counts as part of the person of the same canonical name.
    """
    owner: dict[str, str] = {}
    order: dict[str, int] = {}
    first: dict[str, Person] = {}
    for p in people.values():
        order.setdefault(p.canonical, len(order))
        first.setdefault(p.canonical, p)
        for form in _all_forms(p):
            owner.setdefault(form, p.canonical)
    checked: set[str] = set()
    for p in people.values():
        canonical = p.canonical
        entry = _label(canonical)
        inside = set(_whole_words(canonical))
        for form in dict.fromkeys(_all_forms(p)):
            if form == canonical:
                problems.add(p.source, entry, f"variant {form!r} is the canonical name itself")
            elif form in inside:
                problems.add(p.source, entry, f"variant {form!r} is a whole word of the canonical name {canonical!r}:"
                             f" rewriting it would turn {canonical!r} into {canonical.replace(form, canonical, 1)!r},"
                             " and more on every run")
            if form in order and form != canonical:
                problems.add(p.source, entry, f"variant {form!r} is another entry's canonical name (a chain)")
            if owner[form] != canonical:
                problems.add(p.source, entry, f"variant {form!r} is also listed under {owner[form]!r}")
        if canonical in checked:
            continue
        checked.add(canonical)
        for words in sorted(inside):
            other = owner.get(words)
            if other is None or other == canonical or words == canonical:
                continue
            # Reported once, under whichever of the two entries was loaded last (the newer one).
            q = first[other]
            where = "" if q.source == p.source else f" (in {q.source})"
            if order[canonical] > order[other]:
                problems.add(p.source, entry, f"canonical name {canonical!r} contains {words!r}, a variant of"
                             f" {other!r}{where}: the rewritten text would be rewritten again")
            else:
                where = "" if q.source == p.source else f" (in {p.source})"
                problems.add(q.source, _label(other), f"variant {words!r} is a whole word of {canonical!r}, another"
                             f" entry's canonical name{where}: the rewritten text would be rewritten again")


def _parse_options(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, bool]]:
    """``names-options.toml``: ``enable = ["name-style"]`` switches on rules that are off by default."""
    for key in sorted(set(data) - {"enable"}):
        problems.add(path, None, f"unknown top-level key '{key}' (known: enable)")
    enable = data.get("enable", [])
    if not string_list(enable):
        problems.add(path, None, "'enable' must be a list of rule ids")
        return
    for rule in enable:
        if rule not in OFF_BY_DEFAULT:
            problems.add(path, None, f"'enable': {rule!r} is not a rule that is off by default"
                         f" (those are: {', '.join(OFF_BY_DEFAULT)})")
            continue
        yield rule, True


OFF_BY_DEFAULT = (STYLE_RULE,)
OPTIONS = "names-options"
# Registered before the names kind, so that names-options.toml is read as options, not as names.
OPTIONS_KIND = RuleKind(OPTIONS, ("names-options.toml",), _parse_options)
KIND = RuleKind(NAME, ("names*.toml",), _parse, _check)


@record(frozen=True)
class Form:
    """What a form in the text may be: whose, which kind, which rule rewrites it."""
    person: Person  # the person's main entry (roles, orgs), or the style entry when there is none
    kind: str
    rule: str
    common: bool = False
    alias: Alias | None = None


class Cues:
    """A person's organisations and roles as patterns, compiled the first time a mention of the
    person needs them (most documents mention few of the table's people, or none)."""

    def __init__(self, orgs: Iterable[str], roles: Iterable[str]) -> None:
        self._orgs, self._roles = tuple(sorted(orgs)), tuple(sorted(roles))
        self.roles_lower = frozenset(w.lower() for r in self._roles for w in re.findall(r"\w+", r))  # every word of every role

    @cached_property
    def orgs(self) -> re.Pattern[str] | None:
        return _words_pattern(self._orgs)

    @cached_property
    def roles(self) -> re.Pattern[str] | None:
        return _words_pattern(self._roles, re.IGNORECASE)


# A text this short is first looked through for the table's forms one by one (in C), so that
# the forms' regex is compiled only when some form is there: a stdin filter's one short text
# rarely names anyone listed. Longer texts, and every text once the regex exists, go to the regex.
QUICK_LOOK = 4000


@record
class Table:
    """The names table compiled for matching: one trie-shaped regex per kind of form, each
    compiled the first time a text needs it."""

    variant_forms: tuple[str, ...]  # the romanisations and aliases, found by ``regex``
    native_forms: tuple[str, ...]  # the native forms, found by ``native_regex``
    forms: dict[str, Form] = field(default_factory=dict)
    native_han_only: bool = False  # every native form is Han characters only
    canonicals: tuple[str, ...] = ()  # found as whole words by ``canonical_regex``
    longest_canonical: int = 0
    cues: dict[str, Cues] = field(default_factory=dict)  # canonical -> its cue patterns
    style_enabled: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str] | None:
        # The left word boundary is checked in code: a pattern that starts with the trie lets the
        # regex engine skip ahead to the possible first letters.
        forms = self.variant_forms
        return re.compile(rf"(?:{trie_pattern(forms)})(?![\w\-])") if forms else None

    @cached_property
    def native_regex(self) -> re.Pattern[str] | None:
        return re.compile(trie_pattern(self.native_forms)) if self.native_forms else None

    @cached_property
    def canonical_regex(self) -> re.Pattern[str] | None:  # any canonical name, as a whole word
        names = self.canonicals
        return re.compile(rf"(?<![\w\-])(?:{trie_pattern(names)})(?![\w\-])") if names else None

    def variants_in(self, text: str) -> list[re.Match[str]]:
        """Every match of ``regex`` in ``text``. A short text in which no form occurs at all
        (looked up one by one while the regex is not compiled yet) has none."""
        if not self.variant_forms:
            return []
        if "regex" not in self.__dict__ and len(text) <= QUICK_LOOK and not any(f in text for f in self.variant_forms):
            return []
        return list(self.regex.finditer(text))


def _words_pattern(words: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    words = [w for w in words if w]
    if not words:
        return None
    return re.compile(rf"(?<![\w\-])(?:{trie_pattern(words)})(?![\w\-])", flags)


def _main_entries(people: dict[str, Person]) -> dict[str, Person]:
    """canonical -> the person's main entry (roles, orgs), or the style entry when there is none."""
    main: dict[str, Person] = {}
    for p in people.values():
        if not p.style or p.canonical not in main:
            main[p.canonical] = p if not p.style else main.get(p.canonical, p)
    return main


def _table_forms(people: dict[str, Person], main: dict[str, Person]) -> tuple[dict[str, Form], dict[str, Form]]:
    """Every written form of the table: (variants and aliases, native forms), each to its Form."""
    forms: dict[str, Form] = {}
    native: dict[str, Form] = {}
    for p in people.values():
        who = main[p.canonical]
        for v in p.variants:
            kind = p.kind(v)
            forms[v] = Form(who, kind, STYLE_RULE if kind == STYLE else "name-variant", v in p.common)
        for a in p.ambiguous:
            forms[a.alias] = Form(who, HALLUCINATION, "name-alias", True, a)
        for n in p.native:
            native[n] = Form(who, ROMANISATION, "name-native", n in p.common)
    return forms, native


def _cues(people: dict[str, Person], main: dict[str, Person]) -> dict[str, Cues]:
    """canonical -> the organisations and roles of all its entries (main and style)."""
    cues = {}
    for c in main:
        orgs = {o for q in people.values() if q.canonical == c for o in q.orgs}
        roles = {r for q in people.values() if q.canonical == c for r in q.roles}
        cues[c] = Cues(orgs, roles)
    return cues


def _build(rules: RuleSet) -> Table:
    """The names table compiled for matching: one trie-shaped regex per kind of form."""
    people = rules.get(NAME)
    main = _main_entries(people)
    forms, native = _table_forms(people, main)
    cues = _cues(people, main)
    han_only = all(all_han(n) for n in native)
    canonicals = list(main)
    enabled = STYLE_RULE in rules.get(OPTIONS)
    return Table(tuple(forms), tuple(native), {**forms, **native}, han_only, tuple(canonicals),
                 max(map(len, canonicals), default=0), cues, enabled)


def _in_canonical(table: Table, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside, or straddles the edge of, a canonical name written
    in ``text``: that text is already right, and rewriting it would only make it worse ("Joe Tsai"
    to "Joe Joe Tsai"). A canonical name wholly inside the match ("Eddie Wu" in "Eddie Wu
    Yongming") does not count. Looks at most one canonical name's length around the match."""
    if not table.canonicals:
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
        sentence punctuation or a line break, like :func:`cleaner.running_text.sentence_span`."""
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
            try:
                # RE2 reads UTF-8: the sentence alone is encoded (a lone surrogate becomes U+FFFD), so
                # the work stays linear in the document; ^ and $ are the sentence's ends.
                self._results[key] = alias.require.search(rx.encode(self.text[s:e])) is not None
            except Exception as exc:  # the time budget ran out here: name the rule
                blame(exc, "name-alias")
                raise
        return self._results[key]


# Words that describe someone else when they stand next to a mention: "Charlie Cheung, a lawyer
# in Hong Kong", "county official Li Bin", "the actor Caesar Zhang". A word that is one of the
# person's own roles ("governor" for a central-bank governor) does not count against them.
_OTHER_PEOPLE = CompiledOnUse(r"(?<![\w\-])(?:" + "|".join(sorted("""
lawyer attorney barrister solicitor official officer researcher research professor prof dr lecturer scholar student
postgraduate graduate actor actress singer musician rapper director doctor physician surgeon nurse farmer villager
resident teacher headteacher principal reporter journalist correspondent editor columnist analyst economist engineer
policeman police constable judge athlete player coach footballer swimmer runner mayor governor minister deputy
secretary county township village provincial municipal district author writer novelist poet painter artist
photographer designer chef cook driver worker employee shopkeeper vendor retiree pensioner veteran soldier general
colonel commander spokesperson spokesman spokeswoman volunteer activist blogger influencer streamer comedian host
presenter dancer model pastor monk priest businessman businesswoman trader accountant consultant architect
scientist physicist chemist biologist historian sociologist politician lawmaker legislator councillor councilor
diplomat ambassador prosecutor defendant suspect victim witness patient mother father son daughter wife husband
grandmother grandfather neighbour neighbor classmate namesake fisherman fishermen courier rider cadre clerk
translator interpreter referee goalkeeper striker midfielder defender entertainer celebrity filmmaker producer
screenwriter playwright composer pianist violinist sculptor cartographer curator librarian pharmacist dentist
veterinarian vet plumber electrician carpenter mechanic miner herdsman herder nun abbot imam user netizen customer
passenger tourist visitor investigator detective inspector auditor teenager boy girl man woman uncle aunt cousin
nephew niece brother sister boss manager founder owner chairman chairwoman ceo president
""".split(), key=len, reverse=True)) + r")(?:s|es)?(?![\w\-])", re.IGNORECASE)
# Of these, words that describe the person's kind of role rather than another person: they count
# against a mention only when they come with an organisation that is not the person's.
_ROLE_LIKE = frozenset({"founder", "owner", "chairman", "chairwoman", "ceo", "president", "boss", "manager",
                        "director", "official", "minister", "governor", "mayor", "deputy", "secretary"})
# Of these, words for a relative: they say who someone is to another person, not that a name is
# someone else's, so they count against a mention only when the form is also an ordinary name.
_FAMILY = frozenset({"mother", "father", "son", "daughter", "wife", "husband", "grandmother", "grandfather",
                     "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece"})
_APPOSITIVE = CompiledOnUse(r"\s*(?:,|\(|–|—|\s-)\s*([^,;()\n.!?–—]{0,100})")
NEXT_TO_IT = "organisation next to it"


def _cue(local: str) -> str:
    """The evidence found around a mention, for a reason text."""
    return {"role": "role next to it", NEXT_TO_IT: NEXT_TO_IT, "organisation": "organisation in its paragraph",
            "": "speaker label"}.get(local, local)


_AGE = CompiledOnUse(r"^\s*,\s*(?:aged\s+)?\d{1,3}\s*(?=,)")
_CLAUSE_BREAK = CompiledOnUse(r"\b(?:said|says|say|told|tells|stated|added|noted|that|and|but|while|when|whereas)\b",
                           re.IGNORECASE)
# A lower-case noun of occupation: exporter, investor, strategist, consultant.
_AGENT_NOUN = CompiledOnUse(r"[a-z]{3,}(?:er|or|ist|ant)s?")
_NOT_AGENT = frozenset("""
after under over other never ever rather whether either neither later together former per minor major senior junior
her their our your manner border order number member leader premier chancellor speaker emperor successor
predecessor interior exterior superior prior poster corner paper quarter center winter summer water matter letter
chapter cluster tower power dinner banner counter sponsor partner remember consider offer cover deliver enter
gather answer wonder discover recover register suffer prefer refer transfer differ monitor honour honor labour
labor favour favor error mirror sector factor vendor donor doctor director governor mayor commander officer
minister ambassador secretary chair chairman head boss chief elder older younger newer longer stronger
bigger higher lower greater further farther inner outer upper fewer
giant want plant grant want meant elegant important significant relevant constant instant vacant pleasant
distant infant tenant recent against
first list most best least last past fast vast east west
""".split())
# What a clause after a comma starts with when it says what the person did, not who they are.
_NOT_APPOSITIVE = CompiledOnUse(r"(?:met|meets|said|says|told|tells|went|saw|made|gave|took|held|spoke|left|came|visited"
                             r"|attended|signed|added|stressed|noted|called|urged|warned|also|then|later|however"
                             r"|and|but|who\s+(?:met|said|told|visited|attended)|[a-z]+ed\s+(?:with|to|that|the|a|an|on|in))\b")
_IS_A = CompiledOnUse(r"\s*,?\s+(?:who\s+)?(?:is|was|has\s+been|had\s+been|works?\s+as|worked\s+as)\s+"
                   r"((?:a|an|the)\s[^,;\n.!?]{0,80})", re.IGNORECASE)
_LABEL_AFTER = CompiledOnUse(r"(?:\*\*|__)?[ \t]*[:：]")
_QUOTE_VERB = CompiledOnUse(r"\s+(?:said|says|stated|states|told|tells|added|adds|noted|notes|argued|argues|explained"
                         r"|explains|believes|believed|thinks|thought|emphasi[sz]ed|stressed|recalled|admitted|replied"
                         r"|answered|responded|remarked|insisted|warned|predicted|asked|joked|wrote|commented)\b"
                         r"(?!\s+(?:in\s+an?\s+)?(?:statement|filing|notice|announcement|press\s+release|report|post)\b)",
                         re.IGNORECASE)
_PRONOUN = CompiledOnUse(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_IT = CompiledOnUse(r"\b(?:it|its|itself)\b")
_COMPANY_BEFORE = CompiledOnUse(r"(?:\b(?:at|by|from|with|for|of|to|into|in|on|via|through|including|like|as|the|its|"
                             r"their|our|such\s+as|subsidiary|unit|arm|affiliate)\s+|[\w’']+['’]s\s+)$", re.IGNORECASE)
_COMPANY_AFTER = CompiledOnUse(
    r"(?:['’]s?\b|\s+(?:Network|Smart|Logistics|Group|Holdings?|Inc|Ltd|Co|Corp|Technology|Technologies|Express"
    r"|Post|Supply|International|Global|Station|Stations|Locker|Lockers|app)\b|\s+(?:\w+ly\s+|has\s+|have\s+|had\s+"
    r"|will\s+|would\s+|also\s+|now\s+|last\s+year\s+|recently\s+)?(?:open\w*|handl\w*|deliver\w*|buil[td]\w*|own\w*"
    r"|launch\w*|operat\w*|ship\w*|employ\w*|rais\w*|expand\w*|acquir\w*|invest\w*|plan\w*|report\w*|announc\w*"
    r"|post\w*|runs|ran|run|hir\w*|partner\w*|sign\w*|fil\w*|list\w*|sort\w*|process\w*|serv\w*|cover\w*|set\s+up"
    r"|sets\s+up|grew|grow\w*|cut\w*|laid\s+off|lays\s+off|spun|said\s+it|says\s+it|said\s+its|says\s+its|valued"
    r"|is\s+valued|is\s+owned|was\s+founded|is\s+based|is\s+a\s+(?:company|unit|subsidiary|logistics|firm)))",
    re.IGNORECASE)
_COMPANY_WORDS = CompiledOnUse(r"\b(?:logistics|parcels?|packages?|couriers?|warehous\w*|deliver(?:y|ies)|shipping|"
                            r"shipments?|express|subsidiar(?:y|ies)|unit|IPO|listing|network|company|firm|sorting|"
                            r"e-commerce\s+platform|revenue|valuation|shares|stake)\b", re.IGNORECASE)
# A title before the mention: capitalised words joined by at least one small word ("Quotations from
# Chairman Mao Tse-tung"), not a list of names ("Eddie Wu Yongming and Jack Ma Yun").
_TITLE_BEFORE = CompiledOnUse(r"[A-Z][\w’'\-]*\s+(?:[A-Z][\w’'\-]*\s+|and\s+)*(?:of|from|the|in|on|with|for|to|a|an)\s+"
                           r"(?:[A-Z][\w’'\-]*\s+(?:(?:of|from|the|and|in|on|with|for|to|a|an)\s+)*)+$")
_PARAGRAPH_REACH = 1500  # how far a paragraph is read on each side of a mention


def _word_in(word: str, words: frozenset[str]) -> bool:
    """``word`` (lower case), or the word without a plural s, is one of ``words``."""
    return word in words or word.rstrip("s") in words


_OF_AT = CompiledOnUse(r"\b(?:of|at)\s+\S")


def _describes_someone_else(m: re.Match[str], window: str, form: Form, cues: Cues) -> bool:
    """Whether the word ``m`` (an _OTHER_PEOPLE word in ``window``, next to a mention of ``form``)
    says that the mention is someone other than the table's person."""
    word = m.group(0).lower()
    if _word_in(word, cues.roles_lower):
        return False
    if _word_in(word, _FAMILY) and not (form.common or form.kind == HALLUCINATION):
        return False  # "her father Kim Jong-un": a relative, named by a spelling that is the person's own
    if _word_in(word, _ROLE_LIKE):
        # a role word counts against the mention only with another organisation:
        # "chairman of a county cooperative"
        if cues.orgs is not None and cues.orgs.search(window):
            return False
        if not _OF_AT.search(window[m.end():]):
            return False
    return True


class _Evidence:
    """What ties one mention to the table's person, read from the text around it."""

    def __init__(self, table: Table, text: str, sentences: "_Sentences") -> None:
        self.table, self.text, self.sentences = table, text, sentences
        self._orgs_in_doc: dict[str, bool] = {}

    def paragraph(self, pos: int) -> tuple[int, int]:
        text = self.text
        s = text.rfind("\n", max(0, pos - _PARAGRAPH_REACH), pos) + 1 or max(0, pos - _PARAGRAPH_REACH)
        e = text.find("\n", pos, pos + _PARAGRAPH_REACH)
        return s, (e if e != -1 else min(len(text), pos + _PARAGRAPH_REACH))

    def windows(self, start: int, end: int) -> tuple[str, str]:
        """The few words just before a mention, and an appositive or "is a ..." just after it."""
        s, e = self.sentences.around(start)
        before = self.text[max(s, start - 60):start]
        # Words before a verb of saying or a conjunction belong to another clause ("Analysts said
        # Kim Ju-ae ...": the analysts are not Kim Ju-ae).
        before = _CLAUSE_BREAK.split(before)[-1]
        before = " ".join(re.findall(r"[\w’'.\-]+", before)[-4:])
        rest = self.text[end:min(e, end + 120)]
        if rest.startswith(("'s", "’s")):
            rest = rest[2:]
        rest = _AGE.sub(",", rest, count=1)  # "Su Lin, 52, a taxi driver": the age is not the description
        m = _APPOSITIVE.match(rest) or _IS_A.match(rest)
        if m and _NOT_APPOSITIVE.match(m.group(1)):
            return before, ""  # ", met with the director of ...": a clause about the mention, not a description of it
        return before, (m.group(1) if m else "")

    def is_label(self, start: int, end: int) -> bool:
        line = self.text.rfind("\n", 0, start) + 1
        lead = self.text[line:start]
        return lead.strip(" \t*_#>-") == "" and _LABEL_AFTER.match(self.text, end, end + 4) is not None

    def negative(self, form: Form, start: int, end: int) -> str:
        """A word next to the mention that describes someone else ("a lawyer"), or ""."""
        before, after = self.windows(start, end)
        cues = self.table.cues[form.person.canonical]
        agent = self._agent_noun_before(before, start, cues)
        if agent:
            return agent
        for window in (before, after):
            for m in _OTHER_PEOPLE.finditer(window):
                if _describes_someone_else(m, window, form, cues):
                    return m.group(0)
        return ""

    def _agent_noun_before(self, before: str, start: int, cues: Cues) -> str:
        """An agent noun right before the name ("Chinese exporter Su Lin"): an occupation that is
        not one of the person's roles; or ""."""
        last = before.rsplit(" ", 1)[-1]
        gap = self.text[max(0, start - len(last) - 2):start]
        if not (gap.endswith(last + " ") and _AGENT_NOUN.fullmatch(last) and not _OTHER_PEOPLE.fullmatch(last)):
            return ""
        word = last.lower()
        if _word_in(word, _NOT_AGENT) or _word_in(word, cues.roles_lower):
            return ""
        return last

    def local(self, form: Form, start: int, end: int) -> str:
        """A cue next to or around the mention that names the person's role or organisation."""
        cues = self.table.cues[form.person.canonical]
        before, after = self.windows(start, end)
        if cues.roles is not None and (cues.roles.search(before) or cues.roles.search(after)):
            return "role"
        if cues.orgs is not None and (cues.orgs.search(before) or cues.orgs.search(after)):
            return NEXT_TO_IT
        if cues.orgs is not None:
            s, e = self.sentences.around(start)
            ps, pe = self.paragraph(start)
            if ps and self.is_label(start, end):  # an answer: the question before it is its context
                ps = self.paragraph(ps - 1)[0]
            if cues.orgs.search(self.text, min(s, ps), max(e, pe)):
                return "organisation"
        return ""

    def orgs_in_doc(self, form: Form) -> bool:
        c = form.person.canonical
        if c not in self._orgs_in_doc:
            cues = self.table.cues[c]
            self._orgs_in_doc[c] = cues.orgs is not None and cues.orgs.search(self.text) is not None
        return self._orgs_in_doc[c]

    def quoted_or_title(self, start: int, end: int) -> bool:
        ps, _ = self.paragraph(start)
        lead = self.text[ps:start]
        if lead.count('"') % 2 or lead.rfind("“") > lead.rfind("”") or lead.rfind("«") > lead.rfind("»"):
            return True
        if lead.rfind("「") > lead.rfind("」") or lead.rfind("《") > lead.rfind("》"):
            return True
        if lead.count("*") % 2 or re.search(r"(?<!\w)_[^_]*$", lead):
            return True
        s, _ = self.sentences.around(start)
        return _TITLE_BEFORE.search(self.text, max(s, start - 80), start) is not None

    def company_reading(self, start: int, end: int) -> bool:
        s, e = self.sentences.around(start)
        if _COMPANY_BEFORE.search(self.text, max(s, start - 30), start):
            return True
        if _COMPANY_AFTER.match(self.text, end, min(e, end + 60)):
            return True
        if _COMPANY_WORDS.search(self.text, s, e) or _IT.search(self.text, end, e):
            return True
        return False

    def person_reading(self, start: int, end: int) -> str:
        s, e = self.sentences.around(start)
        if self.is_label(start, end):
            return "speaker label"
        if _QUOTE_VERB.match(self.text, end, min(e, end + 40)):
            return "quote verb"
        if _PRONOUN.search(self.text, end, e):
            return "pronoun"
        return ""


class _Mention(NamedTuple):
    """One occurrence of a table form in the text, with the evidence read around it."""
    match: re.Match[str]
    form: Form
    negative: str  # a word next to it that describes someone else, or ""
    local: str  # the person's role or organisation around it (see _Evidence.local), or ""
    label: bool  # written as a speaker label ("Cai Chongxin:")


# How a mention is decided: (rewrite it?, rule id, reason). A style spelling has no decision of
# its own (None): it follows the rest of the article (see _style_rule).
_Decision = tuple[bool, str, str]


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    """Find the table's forms, decide each mention from the evidence around it, and return the
    rewrites followed by the findings (mentions left alone)."""
    if not rules.get(NAME):
        return []
    table: Table = rules.compiled(NAME, _build)
    found = _candidates(doc, table)
    if not found:
        return []
    text = doc.text
    sentences = _Sentences(text)
    ev = _Evidence(table, text, sentences)
    # The person is established in the document by the canonical name, by a native form, or by a
    # mention whose own surroundings tie it to the person (a romanisation next to the role or
    # organisation): the last makes one round as good as two (the rewrite writes the canonical name).
    present = {c.group(0) for c in table.canonical_regex.finditer(text)} if table.canonicals else set()
    mentions = [_mention(ev, table.forms[m.group(0)], m) for m in found]
    established = _established(present, mentions)
    named = _named(established, mentions, ev)
    void_labels = {mn.match.group(0) for mn in mentions if mn.negative}
    labelled = {mn.match.group(0) for mn in mentions if mn.label}
    decisions = [_decide(mn, ev, sentences, named, void_labels, labelled) for mn in mentions]
    _carry_ties(mentions, decisions, void_labels)
    style_on = table.style_enabled or STYLE_RULE in doc.options.get("enable", ())
    return _edits(text, ev, mentions, decisions, present, established, style_on)


def _candidates(doc: Document, table: Table) -> list[re.Match[str]]:
    """Every occurrence of a table form that may be rewritten, in text order: variants and aliases
    as whole words outside any canonical name, native forms outside glosses and longer CJK words.
    None in a CJK article."""
    text = doc.text
    found = table.variants_in(text)
    han = bool(table.native_forms) and may_contain_han(text)
    # Only now ask for the script (which may cost a count): most articles name nobody listed.
    if not (found or han) or doc.is_cjk:
        return []
    native = []
    if han:  # native names are found inside the spans that may be Han, when they are all Han
        windows = han_windows(text) if table.native_han_only else None
        native = [m for m in finditer_in_windows(table.native_regex, text, windows)
                  if not (is_gloss(text, m.start(), m.end()) or _inside_cjk_word(text, m.start(), m.end()))]
    found = [m for m in found
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"))
             and not _in_canonical(table, text, m.start(), m.end())]
    return sorted((*found, *native), key=lambda m: m.start())


def _mention(ev: _Evidence, form: Form, m: re.Match[str]) -> _Mention:
    s, e = m.start(), m.end()
    neg = ev.negative(form, s, e)
    return _Mention(m, form, neg, "" if neg else ev.local(form, s, e), ev.is_label(s, e))


def _established(present: set[str], mentions: list[_Mention]) -> set[str]:
    """The people the article surely names: by the canonical name, a native form that is not a
    common name, or a romanisation tied to the person where it stands."""
    established = set(present)
    for mn in mentions:
        form = mn.form
        if mn.negative:
            continue
        if form.rule == "name-native" and not form.common:
            established.add(form.person.canonical)
        elif form.kind == ROMANISATION and form.rule == "name-variant" and (
                mn.local in ("role", NEXT_TO_IT) if form.common else mn.local):
            established.add(form.person.canonical)
    return established


def _named(established: set[str], mentions: list[_Mention], ev: _Evidence) -> set[str]:
    """The established people, and those the article writes in a style spelling of their own."""
    named = set(established)
    for mn in mentions:
        form, m = mn.form, mn.match
        if form.kind == STYLE and not mn.negative and not form.common and not ev.quoted_or_title(m.start(), m.end()):
            # a correct spelling of the person's own name ("Kim Joo-ae") names them as surely as
            # the canonical one does
            named.add(form.person.canonical)
    return named


def _decide(mn: _Mention, ev: _Evidence, sentences: _Sentences, named: set[str], void_labels: set[str],
            labelled: set[str]) -> _Decision | None:
    """Whether to rewrite one mention (every kind of form but style spellings), and why."""
    form, m = mn.form, mn.match
    if form.kind == STYLE:
        return None
    p, written = form.person, m.group(0)
    d = p.canonical in named
    # Tied by a speaker label: this mention is one, or the same spelling is one elsewhere.
    spoken = d and (mn.label or (written not in void_labels and written in labelled))
    if mn.negative:
        return False, form.rule, f"next to {mn.negative!r}: another person, or evidence against {p.canonical}"
    if form.rule == "name-alias":
        ok, why = _decide_alias(form, m, ev, sentences, d)
    elif form.kind == HALLUCINATION:
        ok = d and bool(mn.local or spoken)
        why = (f"{written!r} is an MT rendering of {p.canonical} here ({_cue(mn.local)},"
               f" {p.canonical} named in the article)") if ok else (
               f"{written!r} is an MT rendering of {p.canonical} only with him or her named and tied to it")
    elif form.common:
        # An ordinary name: with the person named in the article, their role or organisation
        # in the paragraph ties it; without, the cue must stand next to this mention (one
        # elsewhere, as in "Tesla shares fell. Masike said ...", is not enough).
        ok = (bool(mn.local) if d else ev.orgs_in_doc(form) and mn.local in ("role", NEXT_TO_IT)) or spoken
        why = (f"{written!r} is {p.canonical} here ({_cue(mn.local)})" if ok
               else f"{written!r} is also an ordinary name: no role or organisation of {p.canonical} next to it")
    else:
        ok = d or bool(mn.local) or spoken
        why = (f"{written!r} is a variant of {p.canonical} (names table)" if ok
               else f"{written!r} may be {p.canonical}: not named, and no role or organisation next to it")
    return ok, form.rule, why


def _decide_alias(form: Form, m: re.Match[str], ev: _Evidence, sentences: _Sentences, is_named: bool) -> tuple[bool, str]:
    """An alias that is also a company ("Cainiao"): the person only when named in the article,
    read as a person here, not as the company, and with the alias's ``require`` regex matching."""
    s, e, written, canonical = m.start(), m.end(), m.group(0), form.person.canonical
    reading = ev.person_reading(s, e)
    ok = is_named and bool(reading) and not ev.company_reading(s, e) and (
        form.alias.require is None or sentences.require(form.alias, s))
    why = (f"{written!r} is {canonical} here (named in the article; {reading}, and nothing reads it as"
           " the company)") if ok else f"{written!r} may be the company or someone else here"
    return ok, why


def _carry_ties(mentions: list[_Mention], decisions: list[_Decision | None], void_labels: set[str]) -> None:
    """A romanisation that is also an ordinary name, tied to the person at one mention, is the same
    person at its other mentions in the article, unless a mention of that spelling stands next
    to a word describing someone else (then the article may mean two people by it)."""
    tied = {mn.match.group(0) for mn, dec in zip(mentions, decisions)
            if dec is not None and dec[0] and mn.form.kind == ROMANISATION and mn.form.rule == "name-variant"}
    for i, (mn, dec) in enumerate(zip(mentions, decisions)):
        form, written = mn.form, mn.match.group(0)
        if (dec is not None and not dec[0] and not mn.negative and form.common and form.kind == ROMANISATION
                and form.rule == "name-variant" and written in tied and written not in void_labels):
            decisions[i] = (True, form.rule, f"{written!r} is {form.person.canonical} here (the same spelling is"
                            " tied to them elsewhere in the article)")


def _edits(text: str, ev: _Evidence, mentions: list[_Mention], decisions: list[_Decision | None],
           present: set[str], established: set[str], style_on: bool) -> list[Edit]:
    """The rewrites, in text order, then the mentions left alone as display-only findings."""
    # One person, one spelling: after cleaning, the canonical name is written wherever the article
    # already wrote it or a rewrite writes it. A style spelling of that person (correct in itself)
    # then becomes the canonical name too, and so do two different style spellings of one person
    # in one article ("Kim Joo-ae" and "Kim Ju-ae"): the evidence ties them, the table says they
    # are one person, and the article should use one spelling.
    written_canonical = set(present) | {
        mn.form.person.canonical for mn, dec in zip(mentions, decisions) if dec is not None and dec[0]}
    style_spellings: dict[str, set[str]] = {}
    for mn, dec in zip(mentions, decisions):
        m = mn.match
        if dec is None and not mn.negative and not ev.quoted_or_title(m.start(), m.end()):
            style_spellings.setdefault(mn.form.person.canonical, set()).add(m.group(0))
    edits: list[Edit] = []
    findings: list[Edit] = []
    for mn, dec in zip(mentions, decisions):
        form, m = mn.form, mn.match
        s, e = m.start(), m.end()
        if edits and s < edits[-1].end:
            continue  # taken by the words the previous rewrite took in (see _with_echoes)
        if dec is None:  # a style spelling
            ruled = _style_rule(mn, ev, established, written_canonical, style_spellings, style_on)
            if ruled is not None:
                edits.append(_edit(text, form, s, e, edits, *ruled))
            continue
        ok, rule, why = dec
        if ok:
            edits.append(_edit(text, form, s, e, edits, rule, why))
        else:
            findings.append(Edit(s, e, form.person.canonical, NAME, rule, f"not rewritten: {why}", safety=DISPLAY_ONLY))
    return edits + findings


def _style_rule(mn: _Mention, ev: _Evidence, established: set[str], written_canonical: set[str],
                style_spellings: dict[str, set[str]], style_on: bool) -> tuple[str, str] | None:
    """The rule and reason that rewrite a style spelling (a correct spelling of the person's own
    name), or None: left alone, and nothing to report."""
    p, m = mn.form.person, mn.match
    written = m.group(0)
    if mn.negative or ev.quoted_or_title(m.start(), m.end()):
        return None  # a correct spelling, or someone else's: nothing to report
    d = p.canonical in established
    spoken = mn.label and d
    if style_on and (d or mn.local or spoken):
        return STYLE_RULE, f"{written!r} is a style variant of {p.canonical} (names style table)"
    if p.canonical in written_canonical:
        return "name-consistency", f"the article also writes {p.canonical}: one person, one spelling"
    if len(style_spellings.get(p.canonical, ())) > 1:
        others = sorted(style_spellings[p.canonical] - {written})
        return "name-consistency", (f"the article also writes {', '.join(map(repr, others))} for {p.canonical}:"
                                    " one person, one spelling")
    return None


def _edit(text: str, form: Form, start: int, end: int, edits: list[Edit], rule: str, reason: str) -> Edit:
    canonical = form.person.canonical
    if form.rule == "name-native":
        return Edit(start, end, spaced(text, start, end, canonical), NAME, rule, reason)
    free = edits[-1].end if edits else 0
    start, end = _with_echoes(text, start, end, canonical, free)
    return Edit(start, end, canonical, NAME, rule, reason)


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
    """A native name glued to more CJK text is part of a longer fragment: leave it to the glossary.
    So is a surname joined by an interpunct to a given name (梅耶·马斯克: Maye Musk, not Elon)."""
    if (start > 0 and is_cjk(text[start - 1])) or (end < len(text) and is_cjk(text[end])):
        return True
    return (start > 1 and text[start - 1] in _INTERPUNCT and is_cjk(text[start - 2])) or (
        end + 1 < len(text) and text[end] in _INTERPUNCT and is_cjk(text[end + 1]))


_INTERPUNCT = "·・•‧"


PASS = Pass(NAME, "rewrite every romanisation of a person to one canonical name (names tables)", propose,
            rule_ids=("name-variant", "name-alias", "name-native", "name-consistency", STYLE_RULE),
            kinds=(OPTIONS_KIND, KIND))  # names-options.toml first: names*.toml matches it too
