"""boilerplate: drop scrape chrome, whole lines at a time, from rules anyone can extend.

    Share prices fell 3% on Monday.          Share prices fell 3% on Monday.
    Share                              ->
    Comments                                 (the last two lines are gone)
    0 comments

Rules live in ``boilerplate*.toml`` (see rules/README.md). A rule's pattern must match a whole
stripped line, so the same words inside a sentence ("Comments from regulators were muted.") are
content. Scopes: ``line`` drops the line; ``tail`` drops it and everything after it; ``head``
drops it and everything before it; ``block`` drops a heading and the short link lines under it.
A tail or head rule only cuts when no prose paragraph lies in what it would cut. Besides the
rules, two built-in checks: ``repeated-masthead`` (the same short line again within the first
lines) and ``edge-chrome`` (runs of menu-like short lines before the first and after the last
prose paragraph, never between two paragraphs, removed only when most of their lines are menu
items or lines a rule removed and nothing in or around them looks like content: label/value
pairs, list items, table rows, a heading over them, words shared with the article; otherwise
they stay and are reported as a finding). A line a rule matched that is a value in a block of
label/value lines (an app's spec box, a story's credits) also stays, as a finding.
``--ignore RULE`` switches any rule off. Every deleted line or block is a ``likely`` edit (a rule
matched it, but a rule can be broader than a site's content); what the pass is unsure of is a
``display-only`` finding.
Unsafe when: a rule is too broad for a site's real content; losing a line of content is far
worse than keeping a line of chrome, so every rule carries counter-examples.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Iterable

from ..budget import blame
from ..document import Document, Line
from ..edits import DISPLAY_ONLY, LIKELY, Edit
from ..rulefile import Problems, RuleKind, RuleSet, array_of_tables, check_table, string_list
from .base import Pass

NAME = "boilerplate"
SCOPES = ("line", "tail", "head", "block")
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Boilerplate lines are short: a rule is not tried on lines longer than its max_length.
DEFAULT_MAX_LENGTH = 200
# A prose paragraph: long enough and ending like a sentence. Tail/head cuts never cross one.
PROSE_MIN_CHARS = 150
SENTENCE_END = tuple(".!?。！？…\"'”’»）)」』")
NEAR_WINDOW = 3
BLOCK_LINE_MAX = 100


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
    from .. import cache

    k = cache.key("guard", text, FLAGS)
    if store.get(k, cache.is_true):
        return LazyPattern(text)
    from ..regexguard import check_pattern

    check_pattern(text)
    compiled = compile_pattern(text)
    store.put(k, True)
    return LazyPattern(text, compiled)


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Rule]]:
    """Every problem of every entry is reported, not only the first of each: an entry with a
    wrong field is still checked for the rest (fields of the wrong type are left out of the
    checks that need them). What is costly to check (the regex guard, the examples) is cached
    (see :mod:`cleaner.cache`) when it passed."""
    from .. import cache
    from ..regexguard import UnsafePattern

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


# -- matching ------------------------------------------------------------------------------
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

        from ..prefilter import EdgeIndex

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
        from .. import cache
        from ..prefilter import gates, gates_from_data, gates_to_data

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


_CJK_CHAR = re.compile("[\u3040-\u9fff]")


_CJK_RUN = re.compile("[\u3040-\u9fff]+")
CJK_PROSE_CHARS = 40


def is_prose(text: str) -> bool:
    """A paragraph of running text: long enough and ending like a sentence."""
    text = text.strip()
    if len(text) < 40 or not text.endswith(SENTENCE_END):
        return False
    if len(text) >= PROSE_MIN_CHARS:
        return True
    # Enough CJK characters: first a cheap bound (characters outside ASCII), then the count.
    if len(text) - len(text.encode("ascii", "ignore")) < CJK_PROSE_CHARS:
        return False
    return sum(map(len, _CJK_RUN.findall(text))) >= CJK_PROSE_CHARS


def _sentenceish(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def _statement(text: str) -> bool:
    """Ends like a statement; a link title may end in a question mark ("Is Europe too dependent?")."""
    return _sentenceish(text) and not text.rstrip().endswith(("?", "？"))


# -- the pass ------------------------------------------------------------------------------
def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    lines = doc.lines()
    if not lines:
        return []
    matcher = _matcher(rules)
    n = len(lines)
    stripped = [ln.content.strip() for ln in lines]
    prose = [is_prose(s) for s in stripped]
    drop: dict[int, tuple[str, str]] = {}  # line index -> (rule id, reason)
    all_hits = matcher.match_lines(stripped)
    # Per line, the first rule of each kind that matched: unconditional ones before guarded ones.
    hits = [_first_unguarded(rs) if rs else None for rs in all_hits]
    hit = [i for i, rs in enumerate(all_hits) if rs]  # the few lines any rule matched, in order

    # line and near rules
    for i in hit:
        rule = hits[i]
        if rule.scope == "line" and rule.near is None:
            drop[i] = (rule.id, rule.description or "boilerplate line")
    for i in hit:
        if i in drop:
            continue
        for rule in all_hits[i]:
            if rule.near is not None and _near(i, stripped, rule, drop):
                drop[i] = (rule.id, rule.description or "boilerplate next to other boilerplate")
                break

    findings: list[tuple[int, int, str, str]] = []  # (first line, last line, rule id, reason)
    _label_value_boxes(stripped, all_hits, drop, findings)

    # block rules: heading plus the short link lines directly under it. Whether a line extends a
    # run does not depend on where the run started, so a heading inside the run of an earlier one
    # ends where that run ends: each line is walked once (many headings in a row stay linear).
    reach = 0  # lines before this are already in some heading's run
    for i in hit:
        rule = hits[i]
        if rule.scope != "block" or rule.near is not None:
            continue
        drop[i] = (rule.id, rule.description or "boilerplate heading")
        j = max(i + 1, reach)
        while j < n and stripped[j] and len(stripped[j]) < BLOCK_LINE_MAX and not _statement(stripped[j]):
            drop.setdefault(j, (rule.id, "link line under a boilerplate heading"))
            j += 1
        reach = j

    # head rules: the last one with no prose above it cuts everything above
    first_prose = prose.index(True) if True in prose else n
    for i in reversed([i for i in hit if i < first_prose]):
        rule = hits[i]
        if rule.scope == "head":
            for j in range(i + 1):
                drop[j] = (rule.id, rule.description or "page header before the article")
            break

    # tail rules: the first one with no prose below it cuts everything below
    last_prose = n - 1 - prose[::-1].index(True) if True in prose else -1
    tail_at = None
    for i in (i for i in hit if i > last_prose):
        rule = hits[i]
        if rule.scope == "tail":
            tail_at = i
            for j in range(i, n):
                drop[j] = (rule.id, rule.description or "page footer after the article")
            break
    for i in (i for i in hit if i <= last_prose):  # a tail rule above prose only drops its own line
        rule = hits[i]
        if rule.scope in ("tail", "head") and i not in drop and i >= first_prose:
            drop[i] = (rule.id, rule.description or "boilerplate line")

    _repeated_masthead(stripped, drop)
    _edge_chrome(stripped, prose, drop, first_prose, last_prose, findings)

    return _edits(doc, lines, drop, tail_at) + [
        Edit(lines[i].start, lines[j].end, "", NAME, rule, reason, safety=DISPLAY_ONLY)
        for i, j, rule, reason in findings
    ]


_NAME = re.compile(r"[^\W\d_]{2,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
_LEGAL_WORDS = frozenset("copyright all rights reserved inc ltd llc co corp corporation company the and of by photo "
                         "foto image images credit credits source".split())


def _names_in(s: str) -> set[str]:
    return {w.casefold() for w in _NAME.findall(s)} - _LEGAL_WORDS


def _label_value_boxes(stripped: list[str], all_hits: list[list[Rule]], drop: dict, findings: list) -> None:
    """A line a rule matched stays when it belongs to a box of label/value lines no rule matched
    (an app's spec box: "アプリ名：… / カテゴリ：ゲーム / 価格：無料"; a story's credits: "Bài viết: …
    / Ảnh: … / Thiết kế: …"; a film's data: "配給：… / レイティング：… / (c)2011 …"): the line is
    then a value of the box, not chrome. It is reported as a finding instead."""
    n = len(stripped)

    def box_line(j: int) -> bool:
        return not all_hits[j] and is_label_value(stripped[j])

    for i in sorted(drop):
        before = [j for j in range(i - 1, max(-1, i - 8), -1) if stripped[j]][:2]
        after = next((j for j in range(i + 1, min(n, i + 8)) if stripped[j]), None)
        if is_label_value(stripped[i]):
            boxed = (before and box_line(before[0])) or (after is not None and box_line(after))
        else:  # a line after the box that names what the box is about: "配給：CJ … / (c)2011 CJ E&M"
            boxed = (len(before) == 2 and all(box_line(j) for j in before)
                     and _names_in(stripped[i]) & _names_in(" ".join(stripped[j] for j in before)))
        if boxed:
            rule, reason = drop.pop(i)
            findings.append((i, i, rule, f"{reason}: kept, it is a value in a block of label/value lines"))


def _first_unguarded(found: list[Rule]) -> Rule:
    for rule in found:
        if rule.near is None:
            return rule
    return found[0]


def _near(i: int, stripped: list[str], rule: Rule, drop: dict) -> bool:
    seen = 0
    for step in (-1, 1):
        j, count = i + step, 0
        while 0 <= j < len(stripped) and count < NEAR_WINDOW:
            if stripped[j]:
                count += 1
                seen += 1
                if j in drop:
                    return True
                try:
                    if rule.near.fullmatch(stripped[j]):
                        return True
                except Exception as exc:
                    blame(exc, rule.id)
                    raise
            j += step
    return False


MASTHEAD_TOP = 3  # a masthead is among the first non-blank lines...
MASTHEAD_MAX = 80  # ...short, not a sentence, and repeated on the next non-blank line


def _repeated_masthead(stripped: list[str], drop: dict) -> None:
    """The same title or masthead scraped twice in a row at the top ("Hello China Tech" x2)."""
    previous: str | None = None
    count = 0
    for i, s in enumerate(stripped):
        if not s or i in drop:
            continue
        count += 1
        key = " ".join(s.casefold().split())
        if previous is not None and key == previous and len(s) <= MASTHEAD_MAX and not _sentenceish(s):
            drop[i] = ("repeated-masthead", "the same title or masthead repeated by the scrape")
            continue
        if count >= MASTHEAD_TOP:
            break
        previous = key


EDGE_RUN = 4  # this many menu-like lines in a row before the first or after the last paragraph
MENU_WORDS = 4


def _menu_like(s: str) -> bool:
    # Digits (dates), colons (labels such as "责任编辑：李娜", "Editor: ...") and sentences are not menus.
    if not s or _sentenceish(s) or len(s) > 40 or any(ch.isdigit() or ch in ":：" for ch in s):
        return False
    words = s.split()
    return len(words) <= MENU_WORDS and len(_CJK_CHAR.findall(s)) <= 8


# Items of site menus, in the languages of the rules: a run of short lines is chrome only when
# most of its lines are these words or lines a rule removed. Words that are also common labels
# of tables and spec sheets (price, size, colour) are left out.
# Section names that are also subheadings of encyclopedia articles and labels of infoboxes and
# tables ("Economy", "Culture", "Health"): never evidence of a menu on their own.
ENCYCLOPEDIA_HEADINGS = frozenset(w.strip() for w in """
world, local, national, international, economy, markets, money, science, health, travel, culture, arts, food,
life, style, lifestyle, live, tv, radio, digital, auto, kultur, wissen, wirtschaft, politik, politique,
économie, société, monde, política, economía, sociedad, cultura, economia, sociedade, politica, esteri,
политика, экономика, общество, культура, giáo dục, sức khỏe, đời sống, du lịch, kinh doanh, thế giới,
教育, 健康, 社会, 社會, 国际, 國際, 国内, 國內, 経済, 国際, 地域, 정치, 경제, 사회, 국제, 문화
""".split(",")) - {""}
MENU_VOCABULARY = frozenset(w.strip() for w in """
home, homepage, menu, search, news, latest, top stories, top news, breaking news, most read, most popular,
popular, trending, more, more news, more stories, more videos, more sections, more topics, sections,
all sections, all news, topics, world, us, uk, u.s., local, national, international, politics, business,
economy, markets, money, tech, technology, science, health, sport, sports, weather, travel, culture, arts,
entertainment, lifestyle, style, food, opinion, opinions, commentary, editorials, columns, columnists,
video, videos, photos, podcasts, podcast, multimedia, live, tv, radio, newsletters, newsletter, subscribe,
subscriptions, log in, login, sign in, sign up, register, my account, account, contact, contact us, about,
about us, privacy, privacy policy, terms, terms of use, terms of service, cookie policy, cookies, careers,
jobs, advertise, advertising, help, faq, sitemap, site map, rss, accessibility, corrections, shop, store,
deals, games, puzzles, crossword, horoscopes, obituaries, magazine, events, archive, archives, blog, blogs,
top picks, editor's picks, editors' picks, for you, recommended, related, related stories,
related articles, follow us, share, print, email, e-mail, facebook, twitter, instagram, youtube, linkedin,
whatsapp, telegram, tiktok, back to top, skip to content, skip to main content, next, previous, prev,
startseite, nachrichten, politik, wirtschaft, panorama, kultur, wissen, meinung, reise, digital, auto, suche,
anmelden, abonnieren, impressum, datenschutz, kontakt, mehr,
accueil, actualités, actualité, politique, économie, société, monde, vidéos, recherche, connexion,
s'abonner, mentions légales,
inicio, portada, noticias, política, economía, sociedad, cultura, deportes, opinión, vídeos, buscar,
iniciar sesión, suscríbete, contacto,
início, notícias, economia, sociedade, esportes, desporto, opinião, pesquisar, entrar, assine,
notizie, cronaca, politica, esteri, spettacoli, cerca, accedi, abbonati,
главная, новости, политика, экономика, общество, культура, спорт, происшествия, видео, поиск, войти,
подписаться,
trang chủ, tin tức, thời sự, thế giới, kinh doanh, giải trí, thể thao, pháp luật, giáo dục, sức khỏe,
đời sống, du lịch, số hóa, ý kiến, tìm kiếm, đăng nhập, đăng ký,
首页, 首頁, 新闻, 新聞, 财经, 財經, 科技, 体育, 體育, 娱乐, 娛樂, 国际, 國際, 国内, 國內, 社会, 社會, 军事, 軍事,
汽车, 汽車, 房产, 房產, 视频, 視頻, 影音, 评论, 評論, 登录, 登錄, 登入, 注册, 註冊, 搜索, 搜尋, 更多,
返回顶部, 返回頂部, 关于我们, 關於我們, 联系我们, 聯絡我們, 网站地图, 網站地圖,
ホーム, トップ, ニュース, 国際, 経済, エンタメ, スポーツ, ライフ, 地域, 動画, 検索, ログイン, 会員登録,
もっと見る, お問い合わせ, プライバシーポリシー, 利用規約, サイトマップ,
홈, 뉴스, 정치, 경제, 사회, 국제, 문화, 스포츠, 연예, 오피니언, 검색, 로그인, 회원가입, 전체메뉴
""".split(",")) - {""} - ENCYCLOPEDIA_HEADINGS
_MENU_PHRASES = MENU_VOCABULARY | frozenset(w for item in MENU_VOCABULARY for w in item.split())
_BULLET = tuple("•·∙・‧◦▪▫‣►▸▶▷-–—*+○●◎◇◆□■☆★✓✔→»›")
_EDGE_MARKS = "•·∙・‧◦▪▫‣►▸▶▷*+○●◎◇◆□■☆★✓✔→»›«‹<>|/ \t"
_HEADING_START = tuple("■□◆◇●▼▽▶【〔［[#")
# A short label and its value: "Prime Minister: Jacinda Ardern", "価格：無料", "Rating / Unproven".
_LABEL_VALUE = re.compile(r"([^\s\d:：/／.!?。！？][^\d:：/／.!?。！？]{0,29}?)\s*(?:[:：／]|\s/\s)\s*\S.*")
LABEL_WORDS = 4
SHORT_LINE = 100  # label/value lines and table rows are short
_URL_LABEL = re.compile(r"(?:https?|ftp|mailto|www)\s*[:：]", re.IGNORECASE)
# A row of a table or spec sheet: cells split by a tab or a run of spaces, or a value mark after a label.
_TABLE_ROW = re.compile(r"\S.*?(?:\t|\s{2,}|\u3000)\S.*|\S.*?\s(?:[◯○〇×✕✓✔△▲●◎]|[-–—])|.*?[◯○〇×✕✓✔△◎].*")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CJK_WORD = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
_COMMON = frozenset(
    "this that with from have more about your their will what when which also been were they them into over "
    "only other some than then there these those after before because where while would could should just "
    "like make made many most much very such even each every here same well first last next back".split())


def _menu_key(s: str) -> str:
    return " ".join(s.strip(_EDGE_MARKS).casefold().split())


def _is_menu_word(s: str) -> bool:
    key = _menu_key(s)
    if not key:
        return False
    if key in MENU_VOCABULARY:
        return True
    words = [w for w in key.replace("&", " ").split() if w not in ("and", "und", "et", "y", "e", "và")]
    if len(words) > 1 and all(w in _MENU_PHRASES for w in words):  # "Business News", "Opinion videos"
        return True
    # "News | Sport | Weather", "Home › World": every item a menu word
    parts = [p for p in re.split(r"\s*[|/›»>·•]\s*", key) if p]
    return len(parts) > 1 and all(p in MENU_VOCABULARY for p in parts)


def is_label_value(s: str) -> bool:
    """A short label and its value on one line ("価格：無料", "Bài viết : Hà Hiền")."""
    if len(s) > SHORT_LINE:
        return False
    m = _LABEL_VALUE.fullmatch(s)
    return m is not None and len(m.group(1).split()) <= LABEL_WORDS and not _URL_LABEL.match(s)


def _table_row(s: str) -> bool:
    return len(s) <= SHORT_LINE and bool(_TABLE_ROW.fullmatch(s))


def _content_vocabulary(stripped: list[str], lo: int, hi: int) -> tuple[set[str], set[str]]:
    """The words of the article body (lines lo..hi): Latin/Cyrillic/... words of 4+ letters, and
    the two- and three-character pieces of its CJK runs (built once: lookups stay linear)."""
    body = "\n".join(stripped[lo:hi + 1])
    words = {w.casefold() for w in _WORD.findall(body)} - _COMMON
    grams: set[str] = set()
    for run in _CJK_WORD.findall(body):
        grams.update(run[k:k + 2] for k in range(len(run) - 1))
        grams.update(run[k:k + 3] for k in range(len(run) - 2))
    return words, grams


def _shares_content(s: str, words: set[str], grams: set[str]) -> bool:
    for w in _WORD.findall(s):
        w = w.casefold()
        if w in words and w not in _COMMON and w not in _MENU_PHRASES:
            return True
    for run in _CJK_WORD.findall(s):
        if run in _MENU_PHRASES:
            continue
        if run in grams if len(run) == 2 else any(run[k:k + 3] in grams for k in range(len(run) - 2)):
            return True
    return False


def _edge_chrome(stripped: list[str], prose: list[bool], drop: dict, first_prose: int, last_prose: int,
                 findings: list) -> None:
    """Runs of menu-like short lines above the first or below the last prose paragraph.

    A run of short lines is not chrome because it is short: an infobox, a spec sheet, a list
    under a heading, the labels of a table and a list of winners look the same. A run is removed
    only on evidence: most of its lines are lines a rule removed or known menu items, and none
    of the signs of content is there (label/value pairs, list items, table rows, a heading over
    it, words it shares with the article body). Otherwise it stays and is reported as a finding.
    """
    n = len(stripped)
    if last_prose < 0:
        return
    vocabulary: tuple[set[str], set[str]] | None = None
    repeated: Counter | None = None
    for lo, hi in ((0, first_prose), (last_prose + 1, n)):
        run: list[int] = []
        for i in range(lo, hi + 1):
            s = stripped[i] if i < hi else None
            if s is not None and not s:
                continue  # blank lines neither extend nor break a run
            if s is not None and (i in drop or _menu_like(s)):
                run.append(i)  # lines a rule already removed count as chrome in the run
                continue
            if len(run) >= EDGE_RUN and any(j not in drop for j in run):
                if vocabulary is None:
                    vocabulary = _content_vocabulary(stripped, first_prose, last_prose)
                if repeated is None:  # menu-like lines of the page outside the body, counted
                    repeated = Counter(_menu_key(stripped[j]) for j in chain(range(first_prose), range(last_prose + 1, n))
                                       if stripped[j] and _menu_like(stripped[j]))
                why = _content_signs(stripped, run, drop, vocabulary, repeated)
                if why is None:
                    for j in run:
                        drop.setdefault(j, ("edge-chrome", "menu items outside the article body"))
                else:
                    kept = [j for j in run if j not in drop]
                    findings.append((kept[0], kept[-1], "edge-chrome",
                                     f"short lines outside the article body kept ({why}); remove them by hand if they are chrome"))
            run = []


EDGE_EVIDENCE = 0.5  # more than this share of a run's lines must be removed lines or menu items


def _content_signs(stripped: list[str], run: list[int], drop: dict, vocabulary: tuple[set[str], set[str]],
                   repeated: dict[str, int]) -> str | None:
    """Why the run may be content, or None when it is menu chrome on the evidence."""
    kept = [j for j in run if j not in drop]
    others = [j for j in kept if not (_is_menu_word(stripped[j]) or repeated.get(_menu_key(stripped[j]), 0) > 1)]
    evidence = len(run) - len(others)
    if evidence <= EDGE_EVIDENCE * len(run):
        return "most of them are neither menu items nor matched by a rule"
    # the lines just outside the run: a heading over it, or a table or box it belongs to
    before = next((stripped[j] for j in range(run[0] - 1, -1, -1) if stripped[j]), "")
    after = next((stripped[j] for j in range(run[-1] + 1, len(stripped)) if stripped[j]), "")
    if before.endswith((":", "：")) or before.startswith(_HEADING_START):
        return "a list under a heading"
    for s in (before, after):
        if s and (is_label_value(s) or _table_row(s)):
            return "next to a table or label/value lines"
    words, grams = vocabulary
    for j in others:
        s = stripped[j]
        if s.startswith(_BULLET):
            return "list items"
        if s.startswith(_HEADING_START):
            return "a heading with lines under it"
        if is_label_value(s) or _table_row(s):
            return "label/value pairs or table rows"
        if _shares_content(s, words, grams):
            return "they share words with the article"
    return None


def _edits(doc: Document, lines: list[Line], drop: dict, tail_at: int | None) -> list[Edit]:
    if not drop:
        return []
    text = doc.text
    n = len(lines)
    kept_content = [i for i in range(n) if i not in drop and lines[i].content.strip()]
    last_kept = kept_content[-1] if kept_content else -1
    edits: list[Edit] = []
    # Everything after the last kept line of content goes when the end of the document is chrome.
    end_cut = None
    if max(drop) > last_kept and all(i in drop or not lines[i].content.strip() for i in range(last_kept + 1, n)):
        if last_kept >= 0 and not text.endswith(("\n", "\r")):
            end_cut = lines[last_kept].end  # keep the missing final newline missing
        else:
            end_cut = lines[last_kept].next if last_kept >= 0 else 0
    for i in sorted(drop):
        if end_cut is not None and lines[i].start >= end_cut:
            continue
        rule, reason = drop[i]
        edits.append(Edit(lines[i].start, lines[i].next, "", NAME, rule, reason, safety=LIKELY))
    if end_cut is not None and end_cut < len(text):
        first_tail = min(i for i in drop if lines[i].start >= end_cut or lines[i].next > end_cut)
        rule, reason = drop[tail_at if tail_at is not None and tail_at >= first_tail else first_tail]
        edits.append(Edit(end_cut, len(text), "", NAME, rule, reason, safety=LIKELY))
    return edits


PASS = Pass(
    NAME,
    "drop scrape chrome (comment counters, share bars, paywalls, image placeholders, ...) by rules",
    propose,
    rule_ids=("repeated-masthead", "edge-chrome"),
    rule_kind=NAME,
    kinds=(KIND,),
)
