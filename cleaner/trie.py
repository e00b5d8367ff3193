"""A trie-shaped regular expression for a large set of literal strings.

One flat alternation ``a|b|c|...`` makes the regex engine try every alternative at every position,
so it slows down linearly with the number of strings. Sharing prefixes (``Cai (?:Chongxin|Hongxin)``)
keeps the work per position near constant, however large the table grows. Longer strings are
preferred over their prefixes, so the longest variant wins.
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
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    # Longer continuations first: alternation is ordered, and we want the longest match.
    if len(branches) == 1:
        body = branches[0]
        return f"(?:{body})?" if end else body
    body = "(?:" + "|".join(branches) + ")"
    return f"{body}?" if end else body
