"""Simplified and Traditional Chinese: which characters belong to which script.

Uses the official OpenCC converters. OpenCC's generic s2t writes its own standard forms (臺, 峯,
喫, 牀) where Taiwan and Hong Kong write 台, 峰, 吃, 床, so a character counts as *Simplified-only*
only when every regional converter (s2t, s2tw, s2hk) changes it, and as *Traditional-only* only
when every converter back (t2s, tw2s, hk2s) changes it. Characters valid in both scripts (布 in
宣布, 台) count for neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

TO_TRADITIONAL = ("s2t", "s2tw", "s2hk")
TO_SIMPLIFIED = ("t2s", "tw2s", "hk2s")


@lru_cache(maxsize=None)
def converter(config: str):
    import opencc

    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _convert(config: str, text: str) -> str:
    """OpenCC conversion that survives lone surrogates (which cannot be encoded to UTF-8)."""
    if not _SURROGATE.search(text):
        return converter(config).convert(text)
    out = converter(config).convert(_SURROGATE.sub("\ufffd", text))
    if len(out) != len(text):
        return text
    return "".join(o if not _SURROGATE.match(t) else t for o, t in zip(out, text))


def to_simplified(text: str) -> str:
    return _convert("t2s", text)


def to_traditional(text: str) -> str:
    """Traditional characters as used in Taiwan (OpenCC s2tw), phrase-aware."""
    return _convert("s2tw", text)


@lru_cache(maxsize=65536)
def simplified_only(ch: str) -> bool:
    return all(_convert(c, ch) != ch for c in TO_TRADITIONAL)


@lru_cache(maxsize=65536)
def traditional_only(ch: str) -> bool:
    return all(_convert(c, ch) != ch for c in TO_SIMPLIFIED)


def _count(text: str, convert, test) -> int:
    converted = convert(text)
    if len(converted) != len(text):
        return sum(1 for ch in set(text) if test(ch))
    return sum(1 for a, b in zip(text, converted) if a != b and test(a))


def traditional_only_count(text: str) -> int:
    return _count(text, to_simplified, traditional_only)


def simplified_only_count(text: str) -> int:
    return _count(text, to_traditional, simplified_only)
