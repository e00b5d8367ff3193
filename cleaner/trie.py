"""A trie-shaped regular expression for a large set of literal strings.

One flat alternation ``a|b|c|...`` makes the regex engine try every alternative at every position,
so it slows down linearly with the number of strings. Sharing prefixes (``Cai (?:Chongxin|Hongxin)``)
keeps the work per position near constant, however large the table grows. Longer strings are
preferred over their prefixes, so the longest variant wins.

Runs of characters without a branch are written out in a loop, so the nesting (and the recursion
that renders it) grows with the number of branch points on a path, not with the length of a string.

Why not Aho-Corasick (pyahocorasick): on real text most positions start no name, and Python's regex
engine skips them by the trie's first letters faster than the automaton walks every character.
Finding the names table's forms in ../shared/bench (18.5 MB) took 0.12-0.17 s with this regex and
0.22-0.24 s with ``Automaton.iter`` (before the word-boundary checks the regex already does).
"""

from __future__ import annotations

import re
from typing import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _render(root) if root else "(?!)"


def _render(node: dict) -> str:
    end = "" in node
    branches = []
    for ch, child in sorted(node.items()):
        if ch == "":
            continue
        run = [re.escape(ch)]
        while len(child) == 1 and "" not in child:  # a chain: no branch and no word ends here
            (ch, child), = child.items()
            run.append(re.escape(ch))
        branches.append("".join(run) + _render(child))
    if not branches:
        return ""
    # A word that ends here makes the rest optional; the optional part is greedy, so the longest
    # string of the table that matches is the one matched.
    if len(branches) == 1:
        body = branches[0]
        return f"(?:{body})?" if end else body
    body = "(?:" + "|".join(branches) + ")"
    return f"{body}?" if end else body
