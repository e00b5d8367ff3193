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
prose paragraph, never between two paragraphs). ``--ignore RULE`` switches any rule off.
Unsafe when: a rule is too broad for a site's real content; losing a line of content is far
worse than keeping a line of chrome, so every rule carries counter-examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..budget import blame
from ..document import Document, Line
from ..edits import Edit
from ..rules import Problems, RuleKind, RuleSet, array_of_tables, check_table, register_kind, string_list
from . import Pass

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
    pattern: re.Pattern[str]
    scope: str
    description: str = ""
    near: re.Pattern[str] | None = None
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


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _parse(path: Path, data: dict, problems: Problems) -> Iterable[tuple[str, Rule]]:
    """Every problem of every entry is reported, not only the first of each: an entry with a
    wrong field is still checked for the rest (fields of the wrong type are left out of the
    checks that need them)."""
    from ..regexguard import UnsafePattern, check_pattern

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
                check_pattern(table[field])
                compiled[field] = compile_pattern(table[field])
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
            for example in lists["examples"]:
                if not pattern.fullmatch(example.strip()):
                    problems.add(path, entry, f"example does not match: {example!r}")
                    ok = False
            for counter in lists["counter_examples"]:
                if pattern.fullmatch(counter.strip()):
                    problems.add(path, entry, f"counter-example matches: {counter!r}")
                    ok = False
        if ok:
            yield table["id"], Rule(
                table["id"], pattern, table["scope"], table.get("description", ""),
                compiled.get("near"), tuple(lang), str(path), max_length,
            )


KIND = register_kind(RuleKind(NAME, ("boilerplate*.toml",), _parse))


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

        from ..prefilter import EdgeIndex, gates

        self.rules = list(rules)
        self.max_length = max((r.max_length for r in self.rules), default=0)
        self.gates = []  # in rule order, so the lowest set bit is always the earliest rule
        self.gate_rule: list[int] = []
        self.rule_mask: list[int] = []
        self.open_mask = 0  # gates that need no literal
        by_literal: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            mask = 0
            for gate in gates(rule.pattern.pattern):
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
    _edge_chrome(stripped, prose, drop, first_prose, last_prose)

    return _edits(doc, lines, drop, tail_at)


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


def _edge_chrome(stripped: list[str], prose: list[bool], drop: dict, first_prose: int, last_prose: int) -> None:
    """Runs of menu-like short lines above the first or below the last prose paragraph."""
    n = len(stripped)
    if last_prose < 0:
        return
    for lo, hi in ((0, first_prose), (last_prose + 1, n)):
        run: list[int] = []
        for i in range(lo, hi + 1):
            s = stripped[i] if i < hi else None
            if s is not None and not s:
                continue  # blank lines neither extend nor break a run
            if s is not None and (i in drop or _menu_like(s)):
                run.append(i)  # lines a rule already removed count as chrome in the run
                continue
            if len(run) >= EDGE_RUN:
                for j in run:
                    drop.setdefault(j, ("edge-chrome", "menu-like short lines outside the article body"))
            run = []


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
        edits.append(Edit(lines[i].start, lines[i].next, "", NAME, rule, reason))
    if end_cut is not None and end_cut < len(text):
        first_tail = min(i for i in drop if lines[i].start >= end_cut or lines[i].next > end_cut)
        rule, reason = drop[tail_at if tail_at is not None and tail_at >= first_tail else first_tail]
        edits.append(Edit(end_cut, len(text), "", NAME, rule, reason))
    return edits


PASS = Pass(
    NAME,
    "drop scrape chrome (comment counters, share bars, paywalls, image placeholders, ...) by rules",
    propose,
    rule_ids=("repeated-masthead", "edge-chrome"),
    rule_kind=NAME,
)
