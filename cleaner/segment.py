"""Splitting a CJK run into dictionary words, longest match first (the glossary and CC-CEDICT)."""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


def longest_first(run: str, lookup: Callable[[str], T | None], longest: int) -> list[T] | None:
    """``run`` split whole into words of at most ``longest`` characters, taking at each position
    the longest piece ``lookup`` knows; their values, or None when some part is no word."""
    out: list[T] = []
    i = 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 0, -1):
            value = lookup(run[i:i + size])
            if value is not None:
                out.append(value)
                i += size
                break
        else:
            return None
    return out
