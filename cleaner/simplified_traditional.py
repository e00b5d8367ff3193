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


# -- which characters each standard writes in some word ---------------------------------------
# A character that one converter changes can still be correct in the other standard: 里 in 佛羅里達,
# 干 in 干預, 征 in 遠征 are Traditional; 乾 in 乾隆 is Simplified. OpenCC's dictionaries know these
# words, so the characters each standard writes somewhere are read from their values (the phrase
# tables' keys are not needed: the converters match them). The dictionaries ship as .ocd2 files: a
# MARISA trie of the keys, then the values (uint32 item count, uint32 pool length, the pool of
# NUL-terminated UTF-8 values, then per item a uint16 value count and uint16 lengths). The trie's
# length is not recorded; the values start at the 8-aligned offset whose layout ends exactly at
# the end of the file (every value is read back, so a wrong offset cannot pass).

# Dictionaries whose values are written in each standard: the s2t/s2tw/s2hk chains' outputs, and
# t2s's outputs. (The *Rev* dictionaries of the reverse chains are left out: they hold entries such
# as 这么 that only protect a conversion.)
TRADITIONAL_VALUES = ("STCharacters", "STPhrases", "STPhrases_GeneratedFromRegionalPhrases", "TWVariants",
                      "TWVariantsPhrases", "HKVariants", "HKVariantsPhrases")
SIMPLIFIED_VALUES = ("TSCharacters", "TSCharactersExt", "TSPhrases")
_OCD2_HEADER = b"OPENCC_MARISA_0.2.5"


def data_dir() -> str:
    """The directory of the installed OpenCC's configurations and dictionaries."""
    import os

    return os.path.dirname(converter("s2t").config)


def _ocd2_pool(data: bytes, step: int) -> bytes | None:
    import struct

    size = len(data)
    for p in range(len(_OCD2_HEADER), size - 8, step):
        n, length = struct.unpack_from("<II", data, p)
        end = p + 8 + length
        if not n or end + 4 * n > size or data[end - 1] != 0:
            continue
        if end + 2 * n + 2 * data.count(0, p + 8, end) == size:
            return data[p + 8:end - 1]
    return None


@lru_cache(maxsize=None)
def dictionary_values(name: str) -> tuple[str, ...]:
    """Every value (a word or a character) of one of OpenCC's dictionaries, e.g. 'STPhrases'."""
    import os

    with open(os.path.join(data_dir(), f"{name}.ocd2"), "rb") as f:
        data = f.read()
    if not data.startswith(_OCD2_HEADER):  # pragma: no cover - another OpenCC dictionary format
        raise ValueError(f"{name}.ocd2: not an OpenCC MARISA dictionary")
    pool = _ocd2_pool(data, 8)
    if pool is None:  # pragma: no cover - an unaligned writer
        pool = _ocd2_pool(data, 1)
    if pool is None:  # pragma: no cover
        raise ValueError(f"{name}.ocd2: values not found")
    return tuple(pool.decode("utf-8").split("\0"))


@lru_cache(maxsize=None)
def written_in(script: str) -> frozenset[str]:
    """Characters that OpenCC's tables write in ``script`` ('Hans' or 'Hant') in some word: the
    outputs of its converters to that script, and the sources of its converters from it."""
    values = TRADITIONAL_VALUES if script == "Hant" else SIMPLIFIED_VALUES
    chars = {ch for name in values for value in dictionary_values(name) for ch in value}
    # Sources: every character a converter from this script changes (t2s for Traditional, s2t for
    # Simplified) is one of its dictionary's keys.
    # (CJK compatibility ideographs are normalised by every converter: they are no dictionary's keys.)
    chars.update(ch for ch in _one_script_bmp(("t2s",) if script == "Hant" else ("s2t",)) if not "\uf900" <= ch <= "\ufaff")
    return frozenset(chars)


def ambiguous(ch: str, script: str) -> bool:
    """True if ``ch``, which belongs to the other script, is still written in ``script`` in some
    word (里 in 佛羅里達 for 'Hant', 乾 in 乾隆 for 'Hans')."""
    return ch in written_in(script)


# -- phrase tables alone ---------------------------------------------------------------------
# To know whether a word is written differently, the phrase tables are run without the character
# tables: a character they leave alone is in no known word (or in one written the same).
_PHRASE_DICTS = {
    "st-phrases": ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases"),
    "ts-phrases": ("TSPhrases",),
}


@lru_cache(maxsize=None)
def phrase_converter(name: str):
    import json
    import os
    import tempfile

    import opencc

    group = {"type": "group", "match_policy": "union",
             "dicts": [{"type": "ocd2", "file": os.path.join(data_dir(), f"{d}.ocd2")} for d in _PHRASE_DICTS[name]]}
    config = {"name": name, "segmentation": {"type": "mmseg", "dict": group}, "conversion_chain": [{"dict": group}]}
    fd, path = tempfile.mkstemp(suffix=".json", prefix="cleaner-opencc-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(config, f)
        return opencc.OpenCC(path)
    finally:
        os.unlink(path)


def phrases_only(name: str, text: str) -> str:
    """``text`` converted by the phrase tables alone ('st-phrases' or 'ts-phrases'); characters
    in no phrase stay. Same length as ``text`` (else ``text`` itself)."""
    if _SURROGATE.search(text):
        return text
    out = phrase_converter(name).convert(text)
    return out if len(out) == len(text) else text


# -- variants within one script ------------------------------------------------------------
# Some characters have two accepted forms in the same script (岩 and 巖, 占 and 佔, 伙 and 夥 in
# Traditional): OpenCC's phrase tables pick one (岩洞 -> 巖洞), but the other is no error. The pairs
# come from the Unihan database (see data/make_han_variants.py); a pair that Unihan also lists as a
# Simplified and a Traditional form (范 and 範) is not among them.


@lru_cache(maxsize=1)
def _variant_pairs() -> frozenset[frozenset[str]]:
    from importlib.resources import files

    text = files("cleaner").joinpath("data", "han_variants.txt").read_text(encoding="utf-8")
    return frozenset(frozenset(line.split()) for line in text.splitlines() if line and not line.startswith("#"))


def same_script_variants(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` are two accepted forms of one character within one script."""
    return frozenset((a, b)) in _variant_pairs()

