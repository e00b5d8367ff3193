"""Chinese mojibake, which ftfy does not handle: UTF-8 read as GBK or Big5, and GBK or Big5 read as
Latin-1/Windows-1252.

    浣犲ソ锛屼笘鐣?       ->   你好，世界       UTF-8 bytes decoded as GBK
    ÖÐ¹úÕþ¸®              ->   中国政府         GBK bytes decoded as Latin-1
    ¤¤°ê¬F©²              ->   中國政府         Big5 bytes decoded as Latin-1
    锟斤拷锟斤拷          ->   (reported)       bytes lost for good: U+FFFD, as UTF-8, decoded as GBK

A span is repaired only when encoding it back and decoding it as it should have been gives valid
text that is clearly better: every repaired character is common (a GB2312 or Big5 hanzi, kana, a
KS X 1001 hangul syllable, CJK or ASCII punctuation, an ASCII letter or digit), at least two of
them are CJK, and the span itself has characters that are rare in real text (outside GB2312
level 1 and Big5 level 1, for instance). The common sets come from the codecs themselves: GB2312
level 1 is the 3,755 hanzi at bytes 0xB0A1-0xD7FE, Big5 level 1 the 5,401 at 0xA440-0xC67E.

Correct Chinese cannot look like the first kind: a GBK-encoded text is valid UTF-8 only when it
is full of GB2312 level-2 hanzi (bytes 0xE2-0xEF, UTF-8 lead bytes) each followed by a character
whose first byte is 0x80-0xBF; common hanzi start with 0xB0-0xD7, which UTF-8 never starts with.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# -- character sets, computed from the codecs ---------------------------------------------------------


def _decode_all(codec: str, leads: range, trails) -> set[str]:
    out = set()
    for a in leads:
        for b in trails:
            try:
                out.add(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


@lru_cache(maxsize=1)
def sets() -> dict[str, frozenset[str]]:
    gb_l1 = _decode_all("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    gb_l2 = _decode_all("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    big5_l1 = {c for c in _decode_all("big5", range(0xA4, 0xC7), big5_trails)
               if "\u4e00" <= c <= "\u9fff" and c.encode("big5") <= b"\xc6\x7e"}
    big5_l2 = {c for c in _decode_all("big5", range(0xC9, 0xFA), big5_trails) if "\u4e00" <= c <= "\u9fff"}
    hangul = {c for c in _decode_all("euc-kr", range(0xB0, 0xC9), range(0xA1, 0xFF)) if "\uac00" <= c <= "\ud7a3"}
    kana = {chr(c) for c in range(0x3041, 0x3097)} | {chr(c) for c in range(0x30A1, 0x30FB)} | set("ー・ヽヾゝゞ")
    punct = ({chr(c) for c in range(0x3000, 0x3020)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
             | set("“”‘’…—–·•")
             | {chr(c) for c in range(0x20, 0x7F)})
    common = frozenset(gb_l1 | big5_l1)
    return {
        "common": common,  # what real Chinese is mostly made of
        "repair_ok": frozenset(common | gb_l2 | big5_l2 | hangul | kana | punct),
        "cjk": frozenset(gb_l1 | gb_l2 | big5_l1 | big5_l2 | hangul | kana),
        "plain": frozenset(common | hangul | kana | punct),
    }


def _is_rare(c: str, plain: frozenset) -> bool:
    return c not in plain


def clearly_better(bad: str, good: str, min_cjk: int = 2, only_common: bool = False) -> bool:
    """Is ``good`` (the repair) clearly better than ``bad`` (the span it would replace)? It has
    ``min_cjk`` CJK characters or more, only common characters (with ``only_common``, no hanzi
    outside GB2312 level 1 and Big5 level 1 at all), and fewer rare ones than ``bad``."""
    s = sets()
    if any(c not in s["repair_ok"] for c in good):
        return False
    if only_common and any(c not in s["plain"] for c in good):
        return False
    if sum(1 for c in good if c in s["cjk"]) < min_cjk:
        return False
    rare_bad = sum(1 for c in bad if c not in s["plain"])
    rare_good = sum(1 for c in good if c not in s["plain"])
    # the repair's own less common characters (GB2312 level 2, Big5 level 2) stay few
    if rare_good * 4 > len(good):
        return False
    return rare_bad >= 1 and rare_good * 3 < rare_bad


# -- UTF-8 read as GBK or Big5 ---------------------------------------------------------------------

# The double-byte codec the mojibake went through; "gb18030" decodes GBK's bytes the same way.
DOUBLE_BYTE = {"gbk": "gb18030", "big5": "cp950"}


@lru_cache(maxsize=None)
def _anchor_sets(codec: str) -> tuple[frozenset[str], frozenset[str]]:
    """Two characters that, encoded in ``codec``, start a UTF-8 multi-byte character: the first
    encodes as [0xE2-0xEF][0x80-0xBF], the second starts with 0x80-0xBF."""
    first, second = set(), set()
    for a in range(0x81, 0xFF):
        for b in range(0x40, 0xFF):
            try:
                c = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(c) != 1:
                continue
            if 0xE2 <= a <= 0xEF and 0x80 <= b <= 0xBF:
                first.add(c)
            if 0x80 <= a <= 0xBF:
                second.add(c)
    return frozenset(first), frozenset(second)


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern[str]:
    """The anchors of every double-byte codec in one scan."""
    first = set().union(*(_anchor_sets(c)[0] for c in DOUBLE_BYTE.values()))
    second = set().union(*(_anchor_sets(c)[1] for c in DOUBLE_BYTE.values()))
    return re.compile(f"[{_charclass(first)}](?=[{_charclass(second)}])")


def _charclass(chars: set[str]) -> str:
    codes = sorted(ord(c) for c in chars)
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(re.escape(chr(codes[i])) + ("-" + re.escape(chr(codes[j])) if j > i else ""))
        i = j + 1
    return "".join(parts)


def _utf8_len(b: bytes, i: int) -> int:
    """The length of the valid UTF-8 character at ``b[i]``, 0 if there is none."""
    x = b[i]
    if x < 0x80:
        return 1
    n = 2 if 0xC2 <= x <= 0xDF else 3 if 0xE0 <= x <= 0xEF else 4 if 0xF0 <= x <= 0xF4 else 0
    if not n or i + n > len(b):
        return 0
    try:
        b[i:i + n].decode("utf-8")
    except UnicodeDecodeError:
        return 0
    return n


def _double_byte_run_end(text: str, start: int, codec: str) -> int:
    end = start
    while end < len(text) and not text[end].isascii():
        try:
            if len(text[end].encode(codec)) != 2:
                break
        except UnicodeEncodeError:
            break
        end += 1
    return end


def utf8_as_double_byte(text: str):
    """(start, end, repair, lost, codec) for each span of ``text`` that is UTF-8 read in a
    double-byte codec ("gbk" or "big5"); ``lost`` is the length of a partial character that
    follows the span and cannot be recovered (its last byte was lost: a U+FFFD or nothing
    follows it)."""
    pos = 0
    anchor = _anchor()
    while True:
        m = anchor.search(text, pos)
        if not m:
            return
        start = m.start()
        for codec, enc in DOUBLE_BYTE.items():
            first, second = _anchor_sets(enc)
            if text[start] in first and text[start + 1] in second:
                found = _decode_utf8_run(text, start, enc)
                if found:
                    yield found + (codec,)
                    pos = found[1]
                    break
        else:
            pos = start + 1


def _decode_utf8_run(text: str, start: int, enc: str):
    end = _double_byte_run_end(text, start, enc)
    raw = text[start:end].encode(enc)
    # decode forward as UTF-8; a repair may stop only where both codecs are at a boundary
    i = 0
    best = 0
    while i < len(raw):
        n = _utf8_len(raw, i)
        if not n:
            break
        i += n
        if i % 2 == 0:
            best = i
    if best < 4:
        return None
    good = raw[:best].decode("utf-8")
    bad_end = start + best // 2
    if not clearly_better(text[start:bad_end], good):
        return None
    # a partial character right after: a UTF-8 lead byte and continuations, cut off by the end
    # of the run (a lost byte, often shown as U+FFFD)
    lost = 0
    rest = raw[best:]
    if rest and 0xC2 <= rest[0] <= 0xF4 and len(rest) <= 3 and all(0x80 <= x <= 0xBF for x in rest[1:]):
        lost = len(rest) // 2 + (1 if end < len(text) and text[end] == "\ufffd" else 0)
    return start, bad_end, good, lost


# -- GBK or Big5 read as Latin-1 / Windows-1252 -------------------------------------------------------

def _single_byte_chars(lo: int, hi: int) -> str:
    import ftfy.bad_codecs  # noqa: F401

    chars = {bytes([b]).decode("latin-1") for b in range(lo, hi + 1)}
    chars |= {bytes([b]).decode("sloppy-windows-1252") for b in range(lo, hi + 1)}
    return _charclass(chars)


@lru_cache(maxsize=1)
def _double_byte_run() -> re.Pattern[str]:
    """Two or more (lead, trail) pairs of GBK or Big5 bytes, read as Latin-1 or Windows-1252:
    a lead byte is 0x81-0xFE, a trail byte 0x40-0x7E or 0x80-0xFE (ASCII letters included)."""
    lead = _single_byte_chars(0x81, 0xFE)
    trail = _single_byte_chars(0x80, 0xFE) + "\u0040-\u007e"
    return re.compile(f"(?:[{lead}][{trail}]){{2,}}")


def _single_byte(s: str) -> bytes | None:
    import ftfy.bad_codecs  # noqa: F401

    for codec in ("latin-1", "sloppy-windows-1252"):
        try:
            return s.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


def _looks_like_words(s: str) -> bool:
    """Could this run of Latin-1 letters be real words? Short runs of letters only can."""
    letters = sum(1 for c in s if unicodedata.category(c).startswith("L") and c not in "ªº")
    return letters == len(s) and len(s) < 8


# Three (lead, trail) pairs whose lead is 0xA1-0xFE (every common GBK and Big5 character's is),
# in the text's Latin-1 bytes: one character, one byte (others become "?", which stands for a
# Windows-1252 character in the trail range here). A bytes scan is cheaper than a text scan.
_THREE_PAIRS = re.compile(rb"[\xa1-\xfe][\x3f-\x7e\x80-\xfe]" * 3)  # unrolled: a repeat scans slower


def double_byte_as_single_byte(text: str, raw: bytes | None = None):
    """(start, end, repair, rule) for each span that is GBK or Big5 read as Latin-1/Windows-1252.
    ``raw``: the text's Latin-1 bytes with "?" for other characters, when the caller has them."""
    run = _double_byte_run()
    if raw is None:
        raw = text.encode("latin-1", "replace")
    pos = 0
    while True:
        m = _THREE_PAIRS.search(raw, pos)
        if not m:
            return
        found = None
        # a run can start one character early (a real accented letter before it)
        for start in (m.start(), m.start() + 1):
            found = _decode_single_byte_run(text, start, run)
            if found:
                break
        if found:
            yield found
            pos = found[1]
        else:
            pos = m.start() + 1


def _decode_single_byte_run(text: str, start: int, run: re.Pattern[str]):
    m = run.match(text, start)
    if not m:
        return None
    if start and text[start - 1].isalpha():
        return None  # inside a word: "MÄ£ÄM" is a Latin word, not two hanzi
    bad = m.group()
    if bad.isascii() or _looks_like_words(bad):
        return None
    raw = _single_byte(bad)
    if raw is None:
        return None
    for codec, rule in (("gbk", "gbk-as-latin1"), ("big5", "big5-as-latin1")):
        try:
            good = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if good != bad and clearly_better(bad, good, min_cjk=3, only_common=True):
            return m.start(), m.end(), good, rule
    return None


# -- lost bytes -----------------------------------------------------------------------------------------

# U+FFFD written as UTF-8 and read as GBK ("锟斤拷") or Big5 ("嚙踝蕭"), and plain U+FFFD runs.
LOST = re.compile("(?:锟斤拷|嚙踝蕭|锟\ufffd|\ufffd)+")


def lost_runs(text: str):
    """(start, end) of each run of characters standing for bytes that were lost for good."""
    if "\ufffd" not in text and "锟斤拷" not in text and "嚙踝蕭" not in text:
        return
    for m in LOST.finditer(text):
        s = m.group()
        if s == "\ufffd":
            continue  # one replacement character alone is often quoted on purpose
        yield m.start(), m.end()
