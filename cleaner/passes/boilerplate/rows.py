"""Chrome the rules know, written another way, and chrome no rule names: a heading with a colon
after it, a row of several buttons on one line, a breadcrumb trail.

    Lesen Sie auch:                                  a heading the rules know ("Lesen Sie auch"),
    Share on Facebook   Share on Twitter   Email    three buttons the rules know, one row,
    Sina Finance > Stocks > Company News             and the site's sections, one trail

A rule's pattern matches a whole line, so the first two would stay, and a trail's names are the
site's own. All three are inferred: they are looked for only on a page where a rule found chrome
too (a page with none is taken for clean), and only above the article's first paragraph of prose
and below its last, where a page's chrome is.

A heading's trailing colon does not change what it is: a line ending in a colon that no rule
matches takes the heading rules (``block`` and ``list`` scope) its text without the colon
matches, as ``list`` rules, and only when its short lines end the text or run into other chrome:
a colon also introduces an article's own box ("Key features:").

A row is split only where a scraper joins separate items (a tab, two or more spaces, a vertical
bar or a middle dot between spaces), never at a single space, and goes only when every one of
its parts is a line a rule would remove on its own (one part may be a network name that goes
only next to other chrome); a row with the same number of parts next to it is a table, and
stays. A trail is three or more short names joined by spaced '>', '›', '»' or '/'
(see :func:`breadcrumbs`).
"""

from __future__ import annotations

import re

from ...record import replace
from .layout import _SENTENCE_END as _SENT_END
from .layout import ENCYCLOPEDIA_HEADINGS, MENU_VOCABULARY, short_lines_end
from .rules import Rule

HEADING_MAX = 80  # longer lines ending in a colon introduce content, not a box of links
ROW_MAX = 200
PART_MAX = 40  # a button's label; a longer part is a headline or a sentence
ROW_RULE = "button-row"
_SPLIT = re.compile("\t+|[ \u3000\xa0]{2,}|\u3000|[ \xa0]+[|｜·•∙][ \xa0]+|[ \xa0]*[|｜][ \xa0]*")


class Edges:
    """The lines above the article's first paragraph of prose and below its last (all of them
    when there is none), where the rows, trails and headings below are looked for; and their
    text, each line ending in a newline, built on first use: one substring search of it tells
    whether any of these lines can be one (most pages have none)."""

    def __init__(self, stripped: list[str], first_prose: int, last_prose: int) -> None:
        n = len(stripped)
        self.stripped = stripped
        self.lines = list(range(min(first_prose, n))) + list(range(max(last_prose + 1, first_prose), n))
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            stripped = self.stripped
            self._text = "\n".join([stripped[i] for i in self.lines]) + "\n"
        return self._text

    def has(self, *marks: str) -> bool:
        """Whether one of ``marks`` is in these lines' text."""
        text = self.text
        return any(mark in text for mark in marks)



def colon_headings(stripped: list[str], edges: Edges, all_hits: list, matcher) -> None:
    """Give an unmatched line among the ``edges`` that ends in a colon, or stands in brackets
    ("【関連記事】", "[Related]"), the heading rules its text without them matches (in place); in
    brackets, a line rule's line goes alone."""
    if not edges.has(":\n", "：\n", "】\n", "]\n", "］\n", "〕\n"):
        return
    where = [i for i in edges.lines if stripped[i] and stripped[i][-1] in _HEADING_ENDS
             and len(stripped[i]) <= HEADING_MAX and not all_hits[i]
             and (stripped[i][-1] in ":：" or _bracketed(stripped[i]))]
    if not where:
        return
    bases = [_heading_text(stripped[i]) for i in where]
    for i, base, found in zip(where, bases, matcher.match_lines(bases)):
        if base and not base.endswith(_SENT_END) and found and _list_to_chrome(stripped, all_hits, i):
            headings = _heading_rules(found, bracketed=_bracketed(stripped[i]))
            if headings:
                all_hits[i] = headings


def _heading_rules(found: tuple[Rule, ...], bracketed: bool) -> tuple[Rule, ...]:
    """The heading rules among ``found`` (as ``list`` rules), and in brackets the line rules."""
    kinds = ("block", "list", "line") if bracketed else ("block", "list")
    return tuple(_as_list(r) if r.scope != "line" else r for r in found if r.scope in kinds and r.near is None)


_OPEN, _CLOSE = "【[［〔", "】]］〕"
_HEADING_ENDS = ":：" + _CLOSE


def _bracketed(s: str) -> bool:
    return len(s) > 2 and s[0] in _OPEN and s[-1] == _CLOSE[_OPEN.index(s[0])]


def _heading_text(s: str) -> str:
    """The heading's words: without its trailing colon, or the brackets around it."""
    if _bracketed(s):
        return s[1:-1].strip().rstrip(":：").rstrip()
    return s[:-1].rstrip()


LIST_MIN = 2  # a heading's list: at least this many short lines (one alone is a teaser, or content)


def _list_to_chrome(stripped: list[str], all_hits: list, i: int) -> bool:
    """Whether at least LIST_MIN short lines are under line ``i``, and they end the text or run
    into a line a rule matched: a colon also introduces an article's own box of short lines
    ("Key features:"), and a heading that would go without its list leaves that list looking
    like the article's."""
    n = len(stripped)
    j = short_lines_end(stripped, i + 1)
    if j - i - 1 < LIST_MIN:
        return False
    while j < n and not stripped[j]:
        j += 1
    return j == n or bool(all_hits[j])


def _as_list(rule: Rule) -> Rule:
    """The heading rule with ``list`` scope: its lines go only when they are a list the article
    does not go on after (a colon may as well introduce the article's own box)."""
    return rule if rule.scope == "list" else replace(rule, scope="list")


def button_rows(stripped: list[str], edges: Edges, all_hits: list, drop: dict, matcher) -> None:
    """Drop the rows of buttons among the ``edges``: lines no rule matched whose parts are each
    a line a rule removes (see the module's docstring)."""
    if not edges.has(*_JOIN_MARKS):
        return
    rows = _candidate_rows(stripped, edges.lines, all_hits, drop)
    if not rows:
        return
    chrome = _chrome_rows(rows, matcher)
    for i, hits in chrome.items():
        if not _in_table(stripped, i, len(hits), chrome.keys() | drop.keys()):
            drop[i] = (ROW_RULE, f"a row of {len(hits)} chrome items on one line ({_rule_ids(hits)})")


CRUMB_RULE = "breadcrumb"
CRUMB_PARTS = 3  # two parts may be an arrow in a sentence's stead ("Revenue > costs"), unless the first is a section
_SECTIONS = MENU_VOCABULARY | ENCYCLOPEDIA_HEADINGS  # ("Business > Companies", "Kinh doanh > Doanh nghiệp")
CRUMB_PART_MAX = 30
_CRUMB = re.compile("[ \t\u3000\xa0]+[>›»/][ \t\u3000\xa0]+")
_LETTER = re.compile(r"[^\W\d_]")
_CRUMB_SLASH = re.compile(r"\s/\s")


def breadcrumbs(stripped: list[str], edges: Edges, all_hits: list, drop: dict) -> None:
    """Drop the breadcrumb trails among the lines ``where``: three or more short names (two when
    the first is a section name a site menu has: "Business > Companies"), each
    starting with a letter, none a sentence, joined by '>', '›', '»' or '/' with spaces around
    ("Sina Finance > Stocks > Company News", "新浪财经 > 股票 > 公司新闻"); with '/', one of the names
    must be a section name ("Home / News / World": verse is quoted with '/' too). A line with a
    '«' uses '»' as a quotation mark, and an arrow ('→') is a step of a process: neither is a
    trail."""
    if not edges.has(">", "›", "»", " /", "\t/", "\u3000/", "\xa0/"):
        return
    for i in edges.lines:
        s = stripped[i]
        if (len(s) <= ROW_MAX and not all_hits[i] and i not in drop and not s.endswith(_SENT_END)
                and ("/" in s or ">" in s or "›" in s or "»" in s) and "«" not in s):
            parts = [p.strip() for p in _CRUMB.split(s)]
            if _trail(s, parts):
                drop[i] = (CRUMB_RULE, f"a breadcrumb trail of {len(parts)} sections ('A > B > C')")


def _trail(s: str, parts: list[str]) -> bool:
    """Whether the parts of ``s`` make a trail: enough of them, all short names, and a section
    name among them when '/' joins them (lines of verse are joined by '/' too)."""
    sections = [p.casefold() in _SECTIONS for p in parts]
    enough = len(parts) >= CRUMB_PARTS or len(parts) == 2 and sections[0]
    return enough and all(map(_crumb, parts)) and (any(sections) or not _CRUMB_SLASH.search(s))


def _crumb(part: str) -> bool:
    return (0 < len(part) <= CRUMB_PART_MAX and len(part.split()) <= 4 and _LETTER.match(part) is not None
            and not part.endswith(_SENT_END) and "," not in part)


def _candidate_rows(stripped: list[str], where: list[int], all_hits: list, drop: dict) -> dict[int, list[str]]:
    """Line -> its parts, for the short lines no rule matched that split into two or more
    short parts."""
    where = [i for i in where if 0 < len(stripped[i]) <= ROW_MAX and not all_hits[i] and i not in drop]
    rows = {}
    for i in where:
        s = stripped[i]
        if _may_join(s) and _SPLIT.search(s):
            parts = _parts(s)
            if len(parts) >= 2 and max(map(len, parts)) <= PART_MAX:
                rows[i] = parts
    return rows


def _chrome_rows(rows: dict[int, list[str]], matcher) -> dict[int, list[tuple[Rule, ...]]]:
    """The rows whose every part a rule matches, all but at most one by a rule that removes the
    line on its own: line -> each part's rules."""
    found = iter(matcher.match_lines([p for parts in rows.values() for p in parts]))
    chrome = {}
    for i, parts in rows.items():
        hits = [next(found) for _ in parts]
        guarded = sum(not _removable(h) for h in hits)
        if all(hits) and guarded <= 1 and guarded < len(hits):
            chrome[i] = hits
    return chrome


def _rule_ids(hits: list[tuple[Rule, ...]]) -> str:
    ids = dict.fromkeys(next(r.id for r in h if r.near is None) if _removable(h) else h[0].id for h in hits)
    return ", ".join(ids)


_JOIN_MARKS = ("  ", "\t", "|", "｜", "\u3000", "\xa0", "·", "•", "∙")  # a line _SPLIT splits has one


def _may_join(text: str) -> bool:
    """Whether ``text`` has a mark a scraper joins items with (a necessary condition of _SPLIT,
    by substring searches: most lines have none)."""
    return any(mark in text for mark in _JOIN_MARKS)


def _parts(s: str) -> list[str]:
    return [p for p in (x.strip() for x in _SPLIT.split(s)) if p]


def _removable(found: tuple[Rule, ...]) -> bool:
    return any(r.scope == "line" and r.near is None for r in found)


def _in_table(stripped: list[str], i: int, width: int, chrome) -> bool:
    """Whether the nearest non-blank line above or below, not chrome itself (a row of buttons, a
    line a rule removes), splits into as many parts: a table."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(stripped) and not stripped[j]:
            j += step
        if 0 <= j < len(stripped) and j not in chrome and _SPLIT.search(stripped[j]) and len(_parts(stripped[j])) == width:
            return True
    return False
