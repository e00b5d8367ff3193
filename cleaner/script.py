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


# -- one-script characters, in bulk --------------------------------------------------------
# Testing characters one at a time is slow over a whole article. For the Han blocks of the Basic
# Multilingual Plane, the characters that belong to one script alone are worked out once per
# process (each converter runs once over all of them, one per line, so no phrase spans two), and
# become one regex character class. Characters of the supplementary planes are tested one by one.
HAN_BMP = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
HAN_SUPPLEMENTARY = "\U00020000-\U0002ebef"
_SUPPLEMENTARY_RE = re.compile(f"[{HAN_SUPPLEMENTARY}]")


def _one_script_bmp(configs: tuple[str, ...]) -> list[str]:
    chars = [chr(o) for lo, hi in HAN_BMP for o in range(lo, hi + 1)]
    outs = [_convert(config, "\n".join(chars)).split("\n") for config in configs]
    if any(len(out) != len(chars) for out in outs):  # pragma: no cover - a converter merged lines
        changed = {ch for ch in chars if all(_convert(c, ch) != ch for c in configs)}
        return [ch for ch in chars if ch in changed]
    return [ch for i, ch in enumerate(chars) if all(out[i] != ch for out in outs)]


@lru_cache(maxsize=None)
def one_script_chars(script: str) -> frozenset[str]:
    """BMP Han characters that are 'Hans' only (every converter to Traditional changes them) or
    'Hant' only (every converter to Simplified changes them)."""
    return frozenset(_one_script_bmp(TO_TRADITIONAL if script == "Hans" else TO_SIMPLIFIED))


@lru_cache(maxsize=None)
def runs_re(script: str) -> re.Pattern[str]:
    """Runs of BMP characters that belong to ``script`` ('Hans' or 'Hant') alone."""
    return re.compile(f"[{''.join(sorted(one_script_chars(script)))}]+")  # Han needs no escaping


def one_script_positions(text: str, script: str) -> list[int]:
    """Offsets of the characters of ``text`` that belong to ``script`` alone."""
    test = simplified_only if script == "Hans" else traditional_only
    out = [i for m in runs_re(script).finditer(text) for i in range(m.start(), m.end())]
    extra = [m.start() for m in _SUPPLEMENTARY_RE.finditer(text) if test(m.group())]
    return sorted(out + extra) if extra else out


def _count(text: str, script: str, test) -> int:
    return sum(map(len, runs_re(script).findall(text))) + sum(1 for ch in _SUPPLEMENTARY_RE.findall(text) if test(ch))


def traditional_only_count(text: str) -> int:
    """Characters of ``text`` that belong to Traditional Chinese alone."""
    return _count(text, "Hant", traditional_only)


def simplified_only_count(text: str) -> int:
    """Characters of ``text`` that belong to Simplified Chinese alone."""
    return _count(text, "Hans", simplified_only)
