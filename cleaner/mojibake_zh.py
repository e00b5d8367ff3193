"""Chinese mojibake, which ftfy does not handle: UTF-8 read as GBK/GB18030 or Big5, and GBK or Big5
read as Latin-1/Windows-1252.

    浣犲ソ锛屽彂甯冧細      ->   你好，发布会     UTF-8 bytes decoded as GBK
    浣犲ソ锛屼笘鐣�        ->   你好，世�       ... the decoder dropped the last byte of 界: U+FFFD, reported
    ÖÐ¹úÕþ¸®              ->   中国政府         GBK bytes decoded as Latin-1
    ¤¤°ê¬F©²              ->   中國政府         Big5 bytes decoded as Latin-1
    锟斤拷锟斤拷          ->   (reported)       bytes lost for good: U+FFFD, as UTF-8, decoded as GBK

A span is repaired only when encoding it back and decoding it as it should have been gives valid
text that is clearly better: every repaired character is common (a GB2312 or Big5 hanzi, a JIS
level-1 kanji, kana, a KS X 1001 hangul syllable, CJK or ASCII punctuation), at least two of them
are CJK (three, all GB2312/Big5/JIS level 1, for GBK or Big5 read as Latin-1), few are of the
less common levels, and the span itself has more characters that are rare in real text (outside
those level-1 sets, or a small kana after a hanzi, as in 鏃ョ數 for 日电). The sets come from the codecs themselves: GB2312 level 1 is the 3,755 hanzi
at bytes 0xB0A1-0xD7FE, Big5 level 1 the 5,401 at 0xA440-0xC67E, JIS X 0208 level 1 the kanji at
EUC-JP 0xB0A1-0xCFD3.

Correct Chinese cannot look like the first kind: a GBK-encoded text is valid UTF-8 only when it
is full of GB2312 level-2 hanzi (bytes 0xE2-0xEF, UTF-8 lead bytes) each followed by a character
whose first byte is 0x80-0xBF; common hanzi start with 0xB0-0xD7, which UTF-8 never starts with.

Bytes a GBK, GB18030 or Big5 decoder drops show as U+FFFD, one byte each. Each such byte is
filled in with every byte the decoders of the family (GBK and GB18030; Big5 and cp950) would have
dropped at that place, given the bytes that follow; the character is kept when exactly one filling
gives a common character. GB18030 drops only 0x80 before a character (a GBK lead byte it cannot
take), so its dropped bytes inside a run are certain; GBK also drops 0xA1-0xA7 and 0xAA-0xAF
before some bytes (undefined rows), so "总" and "死" can both fit, unless the text has a character
of GBK's user-defined rows, which only GB18030 decodes (to the Private Use Area). A byte dropped
before ASCII or the end of the line (the last byte of an odd run: 。 is E3 80 82, and 、《》「」
fit as well) can have been any continuation byte. A character that stays unknown becomes one
U+FFFD in the repair (the pass reports each U+FFFD beside non-ASCII text as a ``display-only`` finding):
the repair never guesses and never drops a character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

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
    # JIS X 0208 level 1 kanji (rows 16-47: EUC-JP 0xB0A1-0xCFD3), Japanese forms such as 経 and 気
    jis_l1 = _decode_all("euc-jp", range(0xB0, 0xD0), range(0xA1, 0xFF))
    kana = {chr(c) for c in range(0x3041, 0x3097)} | {chr(c) for c in range(0x30A1, 0x30FB)} | set("ー・ヽヾゝゞ")
    punct = ({chr(c) for c in range(0x3000, 0x3020)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
             | set("“”‘’…—–·•")
             | {chr(c) for c in range(0x20, 0x7F)})
    common = frozenset(gb_l1 | big5_l1 | jis_l1)
    return {
        "common": common,  # what real Chinese is mostly made of
        "repair_ok": frozenset(common | gb_l2 | big5_l2 | hangul | kana | punct),
        "cjk": frozenset(common | gb_l2 | big5_l2 | hangul | kana),
        "plain": frozenset(common | hangul | kana | punct),
        "gb_l1": frozenset(gb_l1),
        "big5_l1": frozenset(big5_l1),
    }


def _is_rare(c: str, plain: frozenset) -> bool:
    return c not in plain


# Small kana follow a kana in real Japanese (シ+ョ); after a hanzi ("鏃ョ數" for 日电, UTF-8 read
# as GBK) one is as telling as a rare character.
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
_KANA = frozenset(chr(c) for c in range(0x3041, 0x30FF))


def _rare(bad: str, plain: frozenset) -> int:
    """The characters of ``bad`` that are rare in real text: outside ``plain``, or a small kana
    after a character that is not kana."""
    rare = sum(1 for c in bad if c not in plain)
    return rare + sum(1 for a, b in zip(bad, bad[1:]) if b in _SMALL_KANA and a not in _KANA and a in plain)


def clearly_better(bad: str, good: str, min_cjk: int = 2, only_common: bool = False) -> bool:
    """Is ``good`` (the repair) clearly better than ``bad`` (the span it would replace)? It has
    ``min_cjk`` CJK characters or more, only common characters (with ``only_common``, no hanzi
    outside GB2312 level 1 and Big5 level 1 at all), and fewer rare ones than ``bad``."""
    s = sets()
    lost = good.count("\ufffd")
    if lost > bad.count("\ufffd") or lost * 2 > len(good):
        return False  # a character lost for good stands where the text had one, and they are few
    good = good.replace("\ufffd", "")
    if any(c not in s["repair_ok"] for c in good):
        return False
    if only_common and any(c not in s["plain"] for c in good):
        return False
    if sum(1 for c in good if c in s["cjk"]) < min_cjk:
        return False
    rare_bad = _rare(bad, s["plain"])
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
    # ... or a byte the decoder dropped (U+FFFD)
    second = set().union(*(_anchor_sets(c)[1] for c in DOUBLE_BYTE.values())) | {"\ufffd"}
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


def utf8_as_double_byte(text: str):
    """(start, end, repair, codec) for each span of ``text`` that is UTF-8 read in a double-byte
    codec ("gbk" or "big5"). A character whose bytes were lost is U+FFFD in the repair."""
    pos = 0
    anchor = _anchor()
    # a text with a character of GBK's user-defined rows (gb18030 decodes them to the Private Use
    # Area, U+E000-U+E765) went through "gb18030"; otherwise it may also have been Python's "gbk"
    gb = ("gb18030",) if _GB18030_PUA.search(text) else ("gbk", "gb18030")
    while True:
        m = anchor.search(text, pos)
        if not m:
            return
        start = m.start()
        for codec, enc in DOUBLE_BYTE.items():
            first, second = _anchor_sets(enc)
            if text[start] in first and (text[start + 1] in second or text[start + 1] == "\ufffd"):
                found = _decode_utf8_run(text, start, enc, gb if codec == "gbk" else _BIG5_DECODERS)
                if found:
                    yield found + (codec,)
                    pos = found[1]
                    break
        else:
            pos = start + 1


_GB18030_PUA = re.compile("[\ue000-\ue765]")
_BIG5_DECODERS = ("cp950", "big5")


def _run_bytes(text: str, start: int, enc: str, stop: int) -> tuple[list[int | None], list[int], bytes, bool]:
    """The bytes of the run of double-byte characters at ``start`` (up to ``stop``), None for the
    byte each U+FFFD stands for (a decoder drops one byte at a time); the byte offset where each
    character starts (one more at the end); up to three ASCII bytes that follow the run; and
    whether ``stop`` cut the run short."""
    data: list[int | None] = []
    starts = [0]
    i = start
    while i < len(text):
        if i >= stop:
            return data, starts, b"", True
        c = text[i]
        if c == "\ufffd":
            data.append(None)
        elif c.isascii():
            break
        else:
            try:
                b = c.encode(enc)
            except UnicodeEncodeError:
                break
            if len(b) != 2:
                break
            data += b
        starts.append(len(data))
        i += 1
        if c == "\ufffd" and (i >= len(text) or text[i].isascii()):
            break  # a byte dropped before ASCII ends the run: the ASCII was never part of it
    tail = text[i:i + 3]
    tail = tail[:next((k for k, c in enumerate(tail) if not c.isascii()), len(tail))]
    return data, starts, tail.encode("ascii"), False


@lru_cache(maxsize=1 << 16)
def _dropped(decoders: tuple[str, ...], byte: int, after: bytes) -> bool:
    """Would one of ``decoders`` drop ``byte`` (one U+FFFD) and go on with ``after`` unchanged?"""
    for codec in decoders:
        if (bytes([byte]) + after).decode(codec, "replace") == "\ufffd" + after.decode(codec, "replace"):
            return True
    return False


def _context(data: list[int | None], k: int, tail: bytes) -> bytes:
    """The known bytes after ``data[k]``, up to three, up to the next unknown one."""
    out = []
    for b in data[k + 1:k + 4]:
        if b is None:
            return bytes(out)
        out.append(b)
    return (bytes(out) + tail)[:3] if k + 4 >= len(data) else bytes(out)


def _byte_choices(data, k: int, tail: bytes, decoders, lo: int, hi: int) -> list[int]:
    """The bytes ``lo``-``hi`` that ``data[k]`` may be: itself if known, else those the decoder drops."""
    if data[k] is not None:
        return [data[k]] if lo <= data[k] <= hi else []
    after = _context(data, k, tail)
    return [b for b in range(lo, hi + 1) if _dropped(decoders, b, after)]


def _utf8_length(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _readings(data, i: int, tail: bytes, decoders) -> set[tuple[int, str]]:
    """Each (length, character) the UTF-8 character at ``data[i]`` can be, of those a repair may
    give, the unknown bytes filled in with the bytes the decoder would have dropped (two unknown
    at most)."""
    if data[i] is not None and data[i] < 0x80:
        return {(1, chr(data[i]))}
    if data[i:i + 4].count(None) > 2:
        return set()
    out = set()
    for lead in _byte_choices(data, i, tail, decoders, 0xC2, 0xF4):
        n = _utf8_length(lead)
        if i + n <= len(data):
            rest = tuple(tuple(_byte_choices(data, k, tail, decoders, 0x80, 0xBF)) for k in range(i + 1, i + n))
            out.update((n, c) for c in _fills(lead, rest))
    return out


@lru_cache(maxsize=4096)
def _fills(lead: int, rest: tuple[tuple[int, ...], ...]) -> frozenset[str]:
    """The characters a repair may give whose UTF-8 is ``lead`` and a byte of each of ``rest``."""
    ok = sets()["repair_ok"]
    out = set()
    for seq in product(*rest):
        try:
            c = bytes((lead, *seq)).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if c in ok:
            out.add(c)
    return frozenset(out)


def _utf8_char(data, i: int, tail: bytes, decoders) -> tuple[int, str] | None:
    """The UTF-8 character at ``data[i]``: (length, character), or None. Where bytes were lost, the
    character is filled in when exactly one reading fits and it is a common character (GB2312
    level 1, Big5 level 1, JIS level 1, kana, hangul, CJK and ASCII punctuation: the sets chosen
    for their frequency); where several fit, or only a less common one, it is U+FFFD (a character
    lost for good: the rest stays aligned); where nothing fits or the readings disagree on the
    length, the run stops."""
    readings = _readings(data, i, tail, decoders)
    s = sets()
    if None not in data[i:i + 4]:  # every byte known: one reading or none
        return next(iter(readings), None)
    if not readings or len({n for n, _ in readings}) > 1:
        return None
    if len(readings) == 1 and next(iter(readings))[1] in s["plain"]:
        return next(iter(readings))
    return next(iter(readings))[0], "\ufffd"


def _decode_utf8_run(text: str, start: int, enc: str, decoders: tuple[str, ...]):
    """(start, end, repair) for the UTF-8 read in ``enc`` at ``start``, or None."""
    size = 32  # characters of the run read so far: most anchors fail within a few
    while True:
        data, starts, tail, cut = _run_bytes(text, start, enc, start + size)
        # near a cut the bytes that follow are unknown: read more when decoding gets there
        out, ends, i = _decode_forward(data, starts, tail, decoders, len(data) - 8 if cut else len(data))
        if not (cut and i >= len(data) - 8):
            break
        size *= 4
    # the longest span that is clearly better; a shorter one may be, where lost characters add
    # up (it then ends before one), so a few of those are tried too
    tried = 0
    for chars, length in reversed(ends):
        if tried and out[length] != "\ufffd":
            continue
        tried += 1
        good = "".join(out[:length])
        if length >= 2 and clearly_better(text[start:start + chars], good):
            return start, start + chars, good
        if tried == 8:
            break
    return None


def _decode_forward(data, starts, tail: bytes, decoders, limit: int):
    """Decode ``data`` forward as UTF-8 up to ``limit`` or the first character that does not fit:
    the characters, (characters of the run, characters of the repair) at each place where both
    are at a boundary (a repair may stop only there), and the byte offset reached."""
    boundaries = {b: k for k, b in enumerate(starts)}
    i = 0
    out: list[str] = []
    ends = []
    while i < limit:
        found = _utf8_char(data, i, tail, decoders)
        if not found:
            break
        n, c = found
        i += n
        out.append(c)
        if i in boundaries:
            ends.append((boundaries[i], len(out)))
    return out, ends, i


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


def _utf8_share(raw: bytes) -> float:
    """The share of ``raw`` in valid multi-byte UTF-8 characters (GBK text has few: its common
    lead bytes 0xB0-0xC1 and 0xE0-0xF7 rarely start one)."""
    covered = i = 0
    while i < len(raw):
        x = raw[i]
        n = 2 if 0xC2 <= x <= 0xDF else 3 if 0xE0 <= x <= 0xEF else 4 if 0xF0 <= x <= 0xF4 else 0
        if n and i + n <= len(raw):
            try:
                raw[i:i + n].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                covered += n
                i += n
                continue
        i += 1
    return covered / len(raw) if raw else 0.0


def _decode_single_byte_run(text: str, start: int, run: re.Pattern[str]):
    m = run.match(text, start)
    if not m or not _alone(text, m.start(), m.end()):
        return None
    bad = m.group()
    if bad.isascii() or _looks_like_words(bad):
        return None
    raw = _single_byte(bad)
    if raw is None or _utf8_read_as_latin1(text, m.start(), m.end()):
        return None
    for codec, rule in (("gbk", "gbk-as-latin1"), ("big5", "big5-as-latin1")):
        try:
            good = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if good != bad and clearly_better(bad, good, min_cjk=3, only_common=True):
            return m.start(), m.end(), good, rule
    return None


def _alone(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` between two ASCII characters (or the ends), not inside a word?"""
    if a and text[a - 1].isalpha():
        return False  # inside a word: "MÄ£ÄM" is a Latin word, not two hanzi
    # GBK or Big5 read as Latin-1 is pairs from one ASCII character to the next
    return not ((a and not text[a - 1].isascii()) or (b < len(text) and not text[b].isascii()))


def _utf8_read_as_latin1(text: str, a: int, b: int) -> bool:
    """Is the run of non-ASCII characters around ``text[a:b]`` UTF-8 read as Latin-1 ("Ã©" is also
    GBK's 茅)? That is ftfy's to repair."""
    while a > 0 and not text[a - 1].isascii():
        a -= 1
    while b < len(text) and not text[b].isascii():
        b += 1
    around = _single_byte(text[a:b])
    return around is None or _utf8_share(around) >= 0.5


# -- lost bytes -----------------------------------------------------------------------------------------

# U+FFFD written as UTF-8 and read as GBK ("锟斤拷") or Big5 ("嚙踝蕭"), and U+FFFD itself.
LOST_RUN = re.compile("(?:锟斤拷|嚙踝蕭|\ufffd)+")


@lru_cache(maxsize=1)
def _lost_run() -> re.Pattern[str]:
    """LOST_RUN, and also U+FFFD's UTF-8 (EF BF BD) read as GBK or Big5 out of step, beside the
    UTF-8 of other characters: "锟叫癸拷" is EF BF|BD D0|B9 EF|BF BD, U+FFFD й U+FFFD. Such a run
    starts with "锟" or "嚙" (EF BF) before a character whose first byte is BD; "拷" or "蕭"
    (BF BD) after one whose last byte is EF goes on with it."""
    pieces = ["锟斤拷", "嚙踝蕭", "\ufffd"]
    more = []
    for enc, first, last in (("gb18030", "锟", "拷"), ("cp950", "嚙", "蕭")):
        lead_bd = _decode_all(enc, (0xBD,), range(0x40, 0xFF))
        trail_ef = _decode_all(enc, range(0x81, 0xFF), (0xEF,))
        pieces.append(f"{first}[{_charclass(lead_bd)}]")
        more.append(f"[{_charclass(trail_ef)}]{last}")
    start = "|".join(pieces)
    return re.compile(f"(?:{start})(?:{start}|{'|'.join(more)})*")


# A U+FFFD beside a character outside ASCII stands for bytes that were lost: beside CJK, or in
# GBK read as UTF-8, where what survives is the odd pair of bytes that is valid UTF-8 ("ͳ�ƾ").
# (One alone in ASCII text is often quoted on purpose.)
_NON_ASCII_NEIGHBOUR = re.compile(r"[^\x00-\x7f\s]")


def lost_runs(text: str):
    """(start, end) of each run of characters standing for bytes that were lost for good: a run
    of "锟斤拷" or "嚙踝蕭" (also out of step, "锟叫癸拷"), two or more U+FFFD, or one beside a
    character outside ASCII."""
    if "\ufffd" not in text and "锟" not in text and "嚙" not in text:
        return
    for m in _lost_run().finditer(text):
        a, b = m.span()
        if m.group() == "\ufffd":
            near = text[max(a - 1, 0):a] + text[b:b + 1]
            if not _NON_ASCII_NEIGHBOUR.search(near):
                continue
        yield a, b
