"""Repetition across a site: lines that recur in many documents of the same site are chrome.

A site's menus, footers, newsletter blurbs and "Most read" headlines recur on its pages; an
article's own sentences do not. With ``--site-repetition`` a batch first reads every document,
counts in how many documents of each site every short line occurs (digits folded, spaces
collapsed: "Page 3 of 12" and "Page 4 of 12" are one line), and the boilerplate pass then
removes, with a record, the lines that occur in at least :data:`MIN_DOCS` documents and at least
:data:`MIN_SHARE` of the site's documents. A site is the folder a file is in, or the host in a
JSON Lines record's ``url`` field (all records without one are one site).

What stays: prose (a line long enough and ending like a sentence), lines longer than
:data:`MAX_LINE`, sites of fewer than :data:`MIN_SITE` documents; label/value lines and the
heading over them (a fact box is the article's, even when every page has one); inside the
article body, a line that ends like a sentence; and the article's own title, even when other
pages of the site list it as a related story: a line among the :data:`HEAD_LINES` lines just above
the document's first paragraph of prose (its first lines when it has none) that heads no other
document of the site (a menu over every article heads them all). A document all of whose lines
would go keeps them all (and the pass reports them).
"""

from __future__ import annotations

import re
from collections import Counter
from ...record import field, record
from typing import Iterable, Mapping
from urllib.parse import urlsplit

from .layout import is_prose

MIN_SITE = 5  # documents a site needs before its repetition says anything
MIN_DOCS = 3  # a line must occur in at least this many documents of the site...
MIN_SHARE = 0.25  # ...and in at least this share of them
HEAD_LINES = 3  # a document's title is among its first lines
MAX_LINE = 200  # longer lines are paragraphs, not chrome lines

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def line_key(line: str) -> str:
    """A line as repetition compares it: stripped, digits folded to 0, spaces collapsed."""
    return _SPACES.sub(" ", _DIGITS.sub("0", line.strip()))


def site_of_path(path: str) -> str:
    """The site of a file: its folder."""
    import os

    return os.path.dirname(os.path.abspath(path))


def site_of_url(url: object) -> str:
    """The site of a record: the host of its URL ('' without one)."""
    if not isinstance(url, str):
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


@record
class SiteLines:
    """The repeated lines of one site: line key -> number of documents it occurs in, and number
    of documents it heads (is among their first :data:`HEAD_LINES` lines)."""

    documents: int
    counts: Mapping[str, int] = field(default_factory=dict)
    heads: Mapping[str, int] = field(default_factory=dict)

    def repeated(self, key: str) -> int:
        """In how many documents the line occurs, when that makes it chrome; else 0."""
        k = self.counts.get(key, 0)
        return k if self.documents >= MIN_SITE and k >= max(MIN_DOCS, MIN_SHARE * self.documents) else 0

    def own_heading(self, key: str) -> bool:
        """Whether a line at the head of a document heads no other document (its title)."""
        return self.heads.get(key, 0) <= 1


def head_lines(stripped: list[str], prose: list[bool]) -> list[int]:
    """The lines that may be a document's title: the :data:`HEAD_LINES` non-blank lines just above
    its first paragraph of prose, or its first ones when it has none."""
    first = prose.index(True) if True in prose else None
    if first is None:
        return [i for i, s in enumerate(stripped) if s][:HEAD_LINES]
    return [i for i in range(first - 1, -1, -1) if stripped[i]][:HEAD_LINES]


def candidate_keys(text: str) -> tuple[set[str], set[str]]:
    """The keys of the lines of ``text`` that repetition may judge (each once), and those of
    them that may be its title (see :func:`head_lines`)."""
    stripped = [line.strip() for line in text.splitlines()]
    prose = [is_prose(s) if s else False for s in stripped]
    found = {line_key(s) for s, p in zip(stripped, prose) if s and len(s) <= MAX_LINE and not p}
    heads = {line_key(stripped[i]) for i in head_lines(stripped, prose)} & found
    return found, heads


class SiteIndex:
    """Counts, per site, in how many documents each line occurs."""

    def __init__(self) -> None:
        self._docs: Counter = Counter()
        self._lines: dict[str, Counter] = {}
        self._heads: dict[str, Counter] = {}

    def add(self, site: str, text: str) -> None:
        found, heads = candidate_keys(text)
        self._docs[site] += 1
        self._lines.setdefault(site, Counter()).update(found)
        self._heads.setdefault(site, Counter()).update(heads)

    def add_all(self, docs: Iterable[tuple[str, str]]) -> "SiteIndex":
        for site, text in docs:
            self.add(site, text)
        return self

    def site(self, site: str) -> SiteLines | None:
        """The repeated lines of ``site`` (None when it has too few documents or none repeat)."""
        n = self._docs.get(site, 0)
        if n < MIN_SITE:
            return None
        floor = max(MIN_DOCS, MIN_SHARE * n)
        counts = {k: c for k, c in self._lines.get(site, Counter()).items() if c >= floor}
        heads = self._heads.get(site, Counter())
        return SiteLines(n, counts, {k: heads[k] for k in counts if heads[k]}) if counts else None

    def sites(self) -> dict[str, SiteLines]:
        return {s: found for s in self._docs if (found := self.site(s)) is not None}
