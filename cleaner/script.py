"""Simplified and Traditional Chinese: which characters belong to which script.

Uses the official OpenCC converters. A character is *Traditional-only* when t2s changes it and
*Simplified-only* when s2t changes it and t2s does not (so characters valid in both scripts, such
as 布 or 发 in some words, count for neither unless OpenCC insists).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def converter(config: str):
    import opencc

    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


def to_simplified(text: str) -> str:
    return converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    return converter("s2t").convert(text)


def _changed(a: str, b: str) -> int:
    if len(a) != len(b):  # phrase conversions can change length; fall back to a set count
        return len(set(a) - set(b))
    return sum(1 for x, y in zip(a, b) if x != y)


def traditional_only_count(text: str) -> int:
    return _changed(text, to_simplified(text))


def simplified_only_count(text: str) -> int:
    return _changed(text, to_traditional(text))
