"""Rebuild han_variants.txt from the Unihan database's Unihan_Variants.txt.

    python cleaner/data/make_han_variants.py Unihan_Variants.txt > cleaner/data/han_variants.txt

Unihan_Variants.txt is in Unihan.zip (https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip).
A pair is kept when Unihan lists the two characters as variants of one another (kSemanticVariant,
kSpecializedSemanticVariant or kZVariant, in either direction) and never as a Simplified and a
Traditional form of one another (kSimplifiedVariant / kTraditionalVariant): two ways of writing
one character in the same script, such as 岩 and 巖, 占 and 佔, 伙 and 夥 (but not 范 and 範).
"""

from __future__ import annotations

import sys
from collections import defaultdict

VARIANT = {"kSemanticVariant", "kSpecializedSemanticVariant", "kZVariant"}
SCRIPT_PAIR = {"kSimplifiedVariant", "kTraditionalVariant"}


def pairs(lines) -> list[tuple[str, str]]:
    fields: dict[frozenset[str], set[str]] = defaultdict(set)
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        code, field, values = line.rstrip("\n").split("\t")
        a = chr(int(code[2:], 16))
        for value in values.split():
            b = chr(int(value.split("<")[0][2:], 16))
            if a != b:
                fields[frozenset((a, b))].add(field)
    kept = [tuple(sorted(k)) for k, v in fields.items() if v & VARIANT and not v & SCRIPT_PAIR]
    return sorted(kept)


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    version = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("# Unicode version:")), "?")
    out = sys.stdout
    out.write("# Pairs of Han characters that are variants of one another within one script (not a\n")
    out.write("# Simplified/Traditional pair), one pair per line. Made by make_han_variants.py from\n")
    out.write(f"# Unihan_Variants.txt of the Unihan database, Unicode {version}.\n")
    out.write("# Copyright © 1991-2017 Unicode, Inc. Distributed under the Unicode License\n")
    out.write("# (https://www.unicode.org/license.txt; terms of use: https://www.unicode.org/terms_of_use.html).\n")
    for a, b in pairs(lines):
        out.write(f"{a} {b}\n")


if __name__ == "__main__":
    main(sys.argv[1])
