"""Unicode ranges of the scripts the cleaner tells apart: one definition for every module.

Each name is the body of a regex character class (``f"[{HAN}]"``), so classes can be combined
(``f"[{HAN}{KANA}]"``).

Code points compared elsewhere are not script definitions: the rows of the GB2312, Big5 and
EUC-KR tables that :mod:`cleaner.mojibake_zh` decodes to list common characters, and the
compatibility ideographs :mod:`cleaner.simplified_traditional` leaves out of its tables.
"""

from __future__ import annotations

# Han: CJK Unified Ideographs, Extension A, Compatibility Ideographs, Extensions B-F.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
# Kana: hiragana, katakana, katakana phonetic extensions, half-width katakana.
KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
# Hangul: jamo, compatibility jamo, syllables.
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
# Chinese, Japanese and Korean writing.
CJK = HAN + KANA + HANGUL

# Latin letters: ASCII, Latin-1 Supplement and Extended-A/B, Latin Extended Additional
# (Vietnamese: ạ, ế, ữ, ...).
LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
CYRILLIC = "\u0400-\u04ff"


def ranges(body: str) -> tuple[tuple[int, int], ...]:
    """The code point ranges of a class body made only of ranges (``HAN``, ``CJK``, ...), lowest first."""
    if len(body) % 3 or any(body[k] != "-" for k in range(1, len(body), 3)):
        raise ValueError(f"not a class body of ranges only: {body!r}")
    return tuple(sorted((ord(body[k]), ord(body[k + 2])) for k in range(0, len(body), 3)))


_CJK_RANGES = ranges(CJK)
_HAN_RANGES = ranges(HAN)


def _within(ch: str, spans: tuple[tuple[int, int], ...]) -> bool:
    o = ord(ch)
    return o >= spans[0][0] and any(lo <= o <= hi for lo, hi in spans)


# Tests of a class without compiling it (a table of a few milliseconds that a run on Latin text
# never needs), for what the start-up checks in the rule files.
def is_cjk(ch: str) -> bool:
    """Whether the one character ``ch`` is Chinese, Japanese or Korean writing (in ``CJK``)."""
    return _within(ch, _CJK_RANGES)


def all_han(text: str) -> bool:
    """Whether ``text`` is a run of Han characters (``[HAN]+``)."""
    return bool(text) and all(_within(ch, _HAN_RANGES) for ch in text)


class CompiledOnUse:
    """A regex compiled the first time it is used, for module-level patterns that many runs never
    need: Python compiles a class over these ranges into a large table (a few milliseconds each),
    which a one-line ``cleaner clean -`` should not pay for a pass that finds nothing to do.

    After the first use the compiled pattern's methods are this object's own attributes, so a
    call costs what a call on the compiled pattern costs. Only the pattern's methods and
    attributes are offered (it is not an ``re.Pattern``: give ``re`` functions ``.compiled``).
    """

    _ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                   "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self):
        import re

        return re.compile(*self._source)

    def __getattr__(self, name: str):
        if name.startswith("_") or name not in self._ATTRIBUTES:
            raise AttributeError(name)
        compiled = self.compiled
        for attribute in self._ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"CompiledOnUse({self._source[0]!r}, {self._source[1]!r})"
