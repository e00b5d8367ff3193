"""mojibake: repair text whose bytes were decoded in the wrong encoding.

    Alibabaâ€™s cloud               ->   Alibaba’s cloud            UTF-8 read as Windows-1252
    Ã©conomie                       ->   économie                   ... as Latin-1
    g√¢teaux et r√©gime             ->   gâteaux et régime          ... as MacRoman
    РґРѕСЂРѕРіРµ #С„СѓС‚Р±РѕР»          ->   дороге #футбол             ... as Windows-1251 (also twice over)
    LiĂ¨ge                          ->   Liège                      ... as Windows-1250
    ╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡            ->   правильное                 ... as Codepage 437
    \x84Handwerk … hin\x93          ->   „Handwerk … hin“           C1 controls for Windows-1252 punctuation
    voilÃ le travail                ->   voilà le travail           an "Ã" that absorbed the space after it
    浣犲ソ锛屽彂甯冧細                 ->   你好，发布会                 UTF-8 read as GBK/GB18030 (or Big5)
    ÖÐ¹úÕþ¸®  /  ¤¤°ê¬F©²           ->   中国政府  /  中國政府        GBK / Big5 read as Latin-1 or Windows-1252
    锟斤拷锟斤拷                       ->   (reported, never changed)  bytes lost for good

The single-byte repairs are ftfy's encoding fixes, on exactly the lines where ftfy could change
something: ftfy changes a text only when its badness regex (``ftfy.badness.BADNESS_RE``) matches,
and the prefilter is derived from that regex (an anchor character for each of its branches, with
the neighbour the branch requires), so two scans, skipped when byte tests show they cannot match,
find every such line. Unlike ftfy's defaults, the pass never uncurls quotes, never folds
full-width characters and never touches correct CJK punctuation.

The Chinese repairs, which ftfy does not make, are in :mod:`cleaner.mojibake_zh`: a span is
repaired only when encoding it back and decoding it gives valid text made of common CJK
characters and punctuation, and the span itself has characters rare in real Chinese. Runs of
"锟斤拷" ("嚙踝蕭" in Big5), two or more U+FFFD, or one beside CJK text are ``display-only``
findings: the bytes are gone.

A repair is ``safe`` when the text it replaces is exactly the replacement's UTF-8 bytes read in
one of ftfy's single-byte codecs (once or more, in the same or another), or its GBK/Big5 bytes
read as Latin-1 or Windows-1252; any other repair is ``likely`` (a lost 0xA0 byte restored, C1
controls, UTF-8 read as GBK or Big5, whose bytes went through a double-byte codec).
Unsafe when: a text legitimately contains such a sequence (for example "Â£" quoted on purpose, or
a Latin-1 word that happens to be valid GBK); ftfy's own heuristics then usually decline, and the
Chinese repairs require a clearly better, all-common result (a GBK or Big5 run read as Latin-1
must be three or more characters between ASCII ones, not inside a word, and not valid UTF-8).
"""

from __future__ import annotations

import bisect
import difflib
import re
from functools import lru_cache

from ..document import Document, LineFinder
from ..edits import DISPLAY_ONLY, LIKELY, SAFE, Edit
from .. import mojibake_zh as _zh
from ..lang import may_contain_han
from ..rulefile import RuleSet
from .base import Pass

NAME = "mojibake"


# -- the prefilter, derived from ftfy's badness regex ------------------------------------------------
#
# ftfy's encoding fix returns a text unchanged unless ``ftfy.badness.is_bad`` finds a match of
# BADNESS_RE in it (C1 controls included), so a line is worth sending to ftfy exactly when that
# regex matches in it. Running the whole regex over every text would cost about as much as the
# rest of the pipeline; instead each of its branches gets an anchor: one of its characters that
# every match of the branch contains, with a test on a neighbour the branch requires, chosen as
# rare as possible (ftfy's own character classes say how rare: "c1" and "bad" characters are
# nearly always mojibake, letters and quotes are common). Most anchors need a non-ASCII
# neighbour, so two scans find every candidate: one for the anchors that stand alone, one for two
# adjacent non-ASCII characters of the anchors' classes, each skipped when cheap byte tests on the
# text's Latin-1 bytes (Sketch) show it cannot match. Only at a complete anchor is the regex
# itself run, on a few characters around it: the line goes to ftfy exactly when ftfy's is_bad
# says so.

# Character classes of ftfy.badness, rarest first.
_RARITY = (("c1", "bad", "box", "law"), ("numeric", "currency", "kaomoji"))


def _char_weight(c: str, categories: dict[str, frozenset]) -> int:
    for weight, names in zip((1, 4), _RARITY):
        if any(c in categories[n] for n in names):
            return weight
    if any(c in chars for chars in categories.values()):
        return 16  # letters, quotes and the "common" class
    return 1  # a character ftfy's classes do not name: one of the branch's own literals


def _categories() -> dict[str, frozenset]:
    """ftfy's character classes (ftfy.badness.MOJIBAKE_CATEGORIES) as sets of characters."""
    from ftfy.badness import MOJIBAKE_CATEGORIES

    sp, sc = _parser()
    out = {}
    for name, body in MOJIBAKE_CATEGORIES.items():
        (op, av), = list(sp.parse(f"[{body}]"))
        out[name] = _item(op, av, sc)[1]
    return out


def _parser():
    import re._constants as sc
    import re._parser as sp

    return sp, sc


def _item(op, av, sc) -> tuple[str, frozenset] | None:
    """A regex item as ("in", chars) or ("not", chars); None for anything wider (\\w, \\s, .)."""
    if op is sc.LITERAL:
        return "in", frozenset(chr(av))
    if op is sc.NOT_LITERAL:
        return "not", frozenset(chr(av))
    if op is not sc.IN:
        return None
    chars, kind = set(), "in"
    for o, a in av:
        if o is sc.NEGATE:
            kind = "not"
        elif o is sc.LITERAL:
            chars.add(chr(a))
        elif o is sc.RANGE:
            chars.update(chr(c) for c in range(a[0], a[1] + 1))
        else:
            return None
    return kind, frozenset(chars)


def _branches(pattern: re.Pattern[str]):
    """The items of each top-level branch of ``pattern``; None where a branch has an optional or
    zero-width item (it breaks the adjacency of the items around it) or a wide one."""
    sp, sc = _parser()
    parsed = list(sp.parse(pattern.pattern, pattern.flags))
    if len(parsed) == 1 and parsed[0][0] is sc.BRANCH:
        branches = parsed[0][1][1]
    else:
        branches = [parsed]
    for branch in branches:
        items = []
        for op, av in branch:
            if op is sc.AT or (op in (sc.MAX_REPEAT, sc.MIN_REPEAT) and av[0] == 0):
                items.append(None)
                continue
            if op in (sc.MAX_REPEAT, sc.MIN_REPEAT) and av[2] and len(av[2]) == 1:
                op, av = list(av[2])[0]
            items.append(_item(op, av, sc) or ("any", frozenset()))
        yield items


def _anchors(pattern: re.Pattern[str]):
    """(singles, tests): characters any of which is an anchor alone, and for each other anchor
    character the tests on its neighbours, (test of the character before, test of the one after),
    either of them None. Every match of ``pattern`` contains a single, or an anchor character
    whose neighbours pass one of its tests."""
    singles: set[str] = set()
    tests: dict[str, set] = {}
    categories = _categories()
    for items in _branches(pattern):
        best = _best_anchor(items, categories)
        if best is None:
            raise ValueError(f"a branch of {pattern.pattern[:40]!r} has no non-ASCII character")
        _, chars, test = best
        if test == (None, None):
            singles |= chars
        else:
            for c in chars:
                tests.setdefault(c, set()).add(test)
    for c in singles:
        tests.pop(c, None)
    return frozenset(singles), {c: tuple(t) for c, t in tests.items()}


def _factor(it) -> float:
    """How much a test on a neighbour narrows an anchor down."""
    if not it or it[0] == "any":
        return 1.0
    return 0.05 if it[0] == "in" and not any(c.isascii() for c in it[1]) else 0.5


def _best_anchor(items, categories):
    """(cost, chars, (test before, test after)) of the cheapest anchor in one branch, or None."""
    best = None
    for i, it in enumerate(items):
        if not it or it[0] != "in" or any(c.isascii() for c in it[1]):
            continue
        prev = items[i - 1] if i > 0 and items[i - 1] and items[i - 1][0] != "any" else None
        nxt = items[i + 1] if i + 1 < len(items) and items[i + 1] and items[i + 1][0] != "any" else None
        cost = sum(_char_weight(c, categories) for c in it[1]) * _factor(prev) * _factor(nxt)
        if best is None or cost < best[0]:
            best = (cost, it[1], (prev, nxt))
    return best


def _max_width(pattern: re.Pattern[str]) -> int:
    sp, _ = _parser()
    return sp.parse(pattern.pattern, pattern.flags).getwidth()[1]


def _scans(singles: frozenset, tests: dict) -> tuple[str, str]:
    """Two character classes for the scans: anchors that need no neighbour (or only a weak test
    on one), and the characters of anchors that need a non-ASCII neighbour with those neighbours.
    A complete anchor is a character of the first, or two adjacent characters of the second."""
    def strong(test) -> bool:
        return test is not None and test[0] == "in" and not any(c.isascii() for c in test[1])

    alone, paired = set(singles), set()
    for c, ts in tests.items():
        for before, after in ts:
            if strong(before):
                paired |= {c} | before[1]
            elif strong(after):
                paired |= {c} | after[1]
            else:
                alone.add(c)
    return _charclass(alone), _charclass(paired)


def _charclass(chars) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _prefilter():
    from ftfy.badness import BADNESS_RE

    singles, tests = _anchors(BADNESS_RE)
    alone, paired = _scans(singles, tests)
    return (BADNESS_RE, singles, tests, _max_width(BADNESS_RE),
            re.compile(f"[{alone}]"), re.compile(f"[{paired}](?=[{paired}])"))


class _Tables:
    """The prefilter's tables, derived from ftfy on first use (not at import: start-up stays
    fast for a run that never meets a non-ASCII text)."""

    def __init__(self) -> None:
        self.badness, self.singles, self.tests, self.width, self.alone, self.paired = _prefilter()
        # Where a complete anchor may be: a character of ``alone``, or the first of two adjacent
        # characters of ``paired`` (the anchor is either of them). Two scans of one character
        # class each are cheaper than one scan of their alternation.
        self.marker = re.compile(f"{self.alone.pattern}|{self.paired.pattern}")
        self.non_ascii, self.leads, self.not_alone, self.alone_other = _byte_tables(self.alone.pattern[1:-1])
        self.paired_chars = frozenset(_unescape(self.paired.pattern[1:self.paired.pattern.index("](?=")]))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


_LAZY = {"BADNESS": "badness", "MARKER": "marker", "_SINGLES": "singles", "_PAIRS": "tests", "_WIDTH": "width",
         "_ALONE": "alone", "_PAIRED": "paired"}


def __getattr__(name: str):
    """MARKER, BADNESS and the other tables, built on first use."""
    if name in _LAZY:
        return getattr(_tables(), _LAZY[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Sketch:
    """What the cheap tests need to know about a text: its Latin-1 bytes, one a character ("?"
    for a character outside Latin-1), so that each test is a translation and a substring search,
    in C, far cheaper than a regex scan of the text."""

    __slots__ = ("raw", "_classes", "_pairs", "_near")

    def __init__(self, text: str) -> None:
        self.raw = text.encode("latin-1", "replace")
        self._classes: bytes | None = None
        self._pairs: bool | None = None
        self._near: list[int] | None | bool = False  # False: not computed yet

    def two_outside_latin1(self) -> bool:
        """Two characters outside Latin-1 side by side (or two question marks)?"""
        near = self.pairs()
        if near is None:
            return b"??" in self.raw
        return any(self.raw[p] == self.raw[p + 1] == 0x3F for p in near)

    def two_non_ascii(self) -> bool:
        """Two non-ASCII characters side by side (or a question mark beside one)?"""
        if self._pairs is None:
            self._classes = self.raw.translate(_tables().non_ascii)
            self._pairs = b"NN" in self._classes
        return self._pairs

    def pairs(self, most: int = 32) -> list[int] | None:  # (``most`` is fixed by the first call)
        """Where two non-ASCII characters stand side by side (the first of each pair), if there
        are at most ``most`` such places; None if there are more (then a scan is cheaper)."""
        if self._near is not False:
            return self._near
        found: list[int] | None = []
        if self.two_non_ascii():
            i = self._classes.find(b"NN")
            while i >= 0:
                if len(found) == most:
                    found = None
                    break
                found.append(i)
                i = self._classes.find(b"NN", i + 1)
        self._near = found
        return found

    def two_leads(self) -> bool:
        """Two Latin-1 characters U+00A1-U+00FE side by side?"""
        near = self.pairs()
        if near is None:
            return b"LL" in self.raw.translate(_tables().leads)
        return any(0xA1 <= self.raw[p] <= 0xFE and 0xA1 <= self.raw[p + 1] <= 0xFE for p in near)

    def has_alone(self, text: str) -> bool:
        """Could ``text`` have a character of the ``alone`` scan?"""
        t = _tables()
        return bool(self.raw.translate(None, t.not_alone)) or (b"?" in self.raw and any(c in text for c in t.alone_other))


def _unescape(charclass: str) -> set[str]:
    """The characters of a class body written by _charclass (each one, escaped)."""
    return set(re.sub(r"\\(.)", r"\1", charclass))


def _byte_tables(alone: str):
    chars = _unescape(alone)
    latin1 = {ord(c) for c in chars if ord(c) < 256}
    return (bytes(ord("N") if b >= 0x80 or b == 0x3F else ord(".") for b in range(256)),
            bytes(ord("L") if 0xA1 <= b <= 0xFE else ord(".") for b in range(256)),
            bytes(b for b in range(256) if b not in latin1),
            tuple(sorted(c for c in chars if ord(c) >= 256)))


def _candidates(text: str, sketch: Sketch | None = None) -> list[int]:
    """Positions of complete anchors in ``text``, in order."""
    sketch = sketch or Sketch(text)
    t = _tables()
    found = []
    if sketch.has_alone(text):
        found = [m.start() for m in t.alone.finditer(text)]
    # Two adjacent characters of ``paired`` are two adjacent non-ASCII ones: where these are few
    # (most texts), each is looked at; else the text is scanned.
    near = sketch.pairs()
    if near:
        chars = t.paired_chars
        for p in near:
            if text[p] in chars and text[p + 1] in chars:
                found += (p, p + 1)
    elif near is None:
        for m in t.paired.finditer(text):
            found += (m.start(), m.start() + 1)
    return sorted(p for p in set(found) if _anchor_at(text, p))


def _passes(test, text: str, p: int) -> bool:
    if test is None:
        return True
    if not 0 <= p < len(text):
        return False
    kind, chars = test
    return (text[p] in chars) == (kind == "in")


def _anchor_at(text: str, p: int) -> bool:
    """Is the character at ``p`` a complete anchor (with the neighbours its branch needs)?"""
    t = _tables()
    c = text[p]
    if c in t.singles:
        return True
    return any(_passes(before, text, p - 1) and _passes(after, text, p + 1) for before, after in t.tests.get(c, ()))


def bad_at(text: str, p: int) -> re.Match[str] | None:
    """The match of ftfy's badness regex around the anchor at ``p``, if there is one."""
    t = _tables()
    return t.badness.search(text, max(0, p - t.width), min(len(text), p + t.width + 1))


def is_bad(line: str) -> bool:
    """``ftfy.badness.is_bad(line)``, found from the anchors (the same answer, for less)."""
    return any(bad_at(line, p) for p in _candidates(line))


def may_have_marker(text: str) -> bool:
    """Could ``text`` have a line ftfy would change? (MARKER would find something.)"""
    return not text.isascii() and bool(_tables().alone.search(text) or _tables().paired.search(text))


def fix_encoding(line: str) -> str:
    """What ``ftfy.fix_text`` returns with encoding fixes and the C1-control fix only (and nothing
    that changes correct text: quotes, widths, line breaks), for less; the tests hold the two
    together (``helpers.ftfy_encoding_config``).

    ftfy.fix_and_explain repeats rounds of (encoding fixes, C1-control fix, steps this config
    switches off) until a round changes nothing. The encoding fixes already stop at a text they
    leave as it is, so when the C1 fix changes nothing either, another round would only repeat
    ftfy's costly badness test on the same text: it is skipped, and so are the switched-off steps.
    """
    import ftfy
    from ftfy.fixes import fix_c1_controls

    while True:
        fixed = ftfy.fix_encoding_and_explain(line, _encoding_config()).text
        after = fix_c1_controls(fixed)
        if after == fixed or after == line:
            return after
        line = after


@lru_cache(maxsize=1)
def _encoding_config():
    import ftfy

    return ftfy.TextFixerConfig(explain=False)


def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    text = doc.text
    if text.isascii():
        return []
    sketch = Sketch(text)
    # GBK or Big5 read as Latin-1 first: ftfy would take some of it for UTF-8 ("Ð¹" is "й") and
    # make a wrong repair; its edits there give way.
    chinese = _double_byte_as_single_byte(text, sketch)
    edits = _single_byte_repairs(text, sketch)
    if chinese:
        edits = [e for e in edits if not any(c.start < e.end and e.start < c.end for c in chinese)] + chinese
    if sketch.two_outside_latin1():  # hanzi, kana, hangul, "锟斤拷", U+FFFD runs
        edits += _chinese(text, edits)
    return edits


def _single_byte_repairs(text: str, sketch: Sketch) -> list[Edit]:
    edits: list[Edit] = []
    for start, content, bad in _bad_lines(text, sketch):
        # Repair the line as it will end up: the whitespace pass drops trailing spaces and tabs,
        # and ftfy can decide differently with them ("Î\x80Ä " and "Î\x80Ä"), so that cleaning
        # the output again would repair it again. (Never part of mojibake themselves.)
        content = content.rstrip(" \t")
        if len(content) <= LONG_LINE:
            edits.extend(_fix_piece(content, start))
            continue
        # A very long line (a whole article on one line, a data dump): fix the word around each
        # bad spot, so the cost stays linear in the length of the line. A dump repeats its
        # values: each distinct word is repaired once.
        repairs: dict[str, list[tuple[int, int, str, str, str]]] = {}
        for a, b in _words_with_markers(content, bad):
            piece = content[a:b]
            found = repairs.get(piece)
            if found is None:
                if len(repairs) >= REPAIR_CACHE:
                    repairs.clear()
                found = repairs[piece] = _repairs(piece)
            at = start + a
            edits.extend(Edit(at + a0, at + a1, new, NAME, rule, REASONS[rule], safety=safety)
                         for a0, a1, new, safety, rule in found)
    return edits


def _bad_lines(text: str, sketch: Sketch):
    """(offset, content, bad spots) of each line where ftfy's badness regex matches: found from
    the anchors, two scans of the text, the regex itself run only around complete anchors."""
    finder = LineFinder(text)
    candidates = _candidates(text, sketch)
    i = 0
    while i < len(candidates):
        start, end = finder.around(candidates[i])
        line = text[start:end]
        spots = []
        while i < len(candidates) and candidates[i] < end:
            found = bad_at(line, candidates[i] - start)
            i += 1
            if found and (not spots or found.start() > spots[-1]):
                spots.append(found.start())
                if len(line) <= LONG_LINE:
                    break
        while i < len(candidates) and candidates[i] < end:
            i += 1
        if spots:
            yield start, line, spots


LONG_LINE = 2000
_SPACE = re.compile(r"\s")


def _words_with_markers(content: str, spots: list[int] | None = None):
    """(start, end) of each run around a bad spot (by default, each MARKER match): from the last
    space before it (or the end of the previous run) to the next white space after it. Each
    search looks only at the text between the previous run and the spot, or the spot and the
    next white space, so the whole line is scanned once (a line of tab-separated words has
    spaces far apart, or none)."""
    if spots is None:
        spans = ((m.start(), m.end()) for m in _tables().marker.finditer(content))
    else:
        spans = ((p, p + 1) for p in spots)
    last_end = 0
    for a, b in spans:
        if a < last_end:
            continue
        start = max(content.rfind(" ", last_end, a) + 1, last_end)
        space = _SPACE.search(content, b)
        end = space.start() if space else len(content)
        last_end = end
        yield start, end


RULE = "utf8-as-cp1252"
# ftfy's single-byte codecs, each with the rule id of its repairs (the first that applies wins)
CODEC_RULES = {
    "latin-1": RULE,
    "sloppy-windows-1252": RULE,
    "sloppy-windows-1251": "utf8-as-cp1251",
    "sloppy-windows-1250": "utf8-as-cp1250",
    "sloppy-windows-1253": "utf8-as-cp1253",
    "sloppy-windows-1254": "utf8-as-cp1254",
    "sloppy-windows-1257": "utf8-as-cp1257",
    "iso-8859-2": "utf8-as-cp1250",
    "macroman": "utf8-as-macroman",
    "cp437": "utf8-as-cp437",
}
C1_RULE = "c1-controls"
REASONS = {
    RULE: "UTF-8 bytes were decoded as Windows-1252/Latin-1",
    "utf8-as-cp1251": "UTF-8 bytes were decoded as Windows-1251 (Cyrillic)",
    "utf8-as-cp1250": "UTF-8 bytes were decoded as Windows-1250/ISO-8859-2 (Central European)",
    "utf8-as-cp1253": "UTF-8 bytes were decoded as Windows-1253 (Greek)",
    "utf8-as-cp1254": "UTF-8 bytes were decoded as Windows-1254 (Turkish)",
    "utf8-as-cp1257": "UTF-8 bytes were decoded as Windows-1257 (Baltic)",
    "utf8-as-macroman": "UTF-8 bytes were decoded as MacRoman",
    "utf8-as-cp437": "UTF-8 bytes were decoded as Codepage 437",
    C1_RULE: "C1 control characters stand for Windows-1252 punctuation",
    "utf8-as-gbk": "UTF-8 bytes were decoded as GBK/GB18030",
    "utf8-as-big5": "UTF-8 bytes were decoded as Big5",
    "gbk-as-latin1": "GBK bytes were decoded as Latin-1/Windows-1252",
    "big5-as-latin1": "Big5 bytes were decoded as Latin-1/Windows-1252",
    "lost-bytes": "bytes lost for good (U+FFFD, or U+FFFD's UTF-8 read as GBK/Big5): cannot be repaired",
}
REASON = REASONS[RULE]
REPAIR_CACHE = 1 << 16  # distinct pieces remembered on one long line


def _repairs(piece: str) -> list[tuple[int, int, str, str, str]]:
    """The changes that repair ``piece``: (start, end, replacement, safety, rule), relative to it."""
    fixed = fix_encoding(piece)
    if fixed == piece:
        return []
    out = []
    for a0, a1, b0, b1 in _changes(piece, fixed):
        old, new = piece[a0:a1], fixed[b0:b1]
        codec = round_trips(old, new)
        out.append((a0, a1, new, SAFE if codec else LIKELY, _rule(old, codec)))
    return out


def _rule(old: str, codec: str | None) -> str:
    if codec:
        return CODEC_RULES[codec]
    if all("\x80" <= c <= "\x9f" for c in old):
        return C1_RULE
    from ftfy.chardata import possible_encoding

    for name in CODEC_RULES:
        if possible_encoding(old, name):
            return CODEC_RULES[name]
    return RULE


# The codecs UTF-8 is misread in: ftfy's single-byte ones (its "sloppy" Windows codecs also decode
# the bytes Windows leaves undefined, as Latin-1 does).
_MISREAD_AS = tuple(CODEC_RULES)
MAX_LAYERS = 3


def round_trips(old: str, new: str) -> str | None:
    """Is ``old`` exactly ``new``'s UTF-8 bytes read in one of ftfy's single-byte codecs (once, or
    again on the result in the same or another codec, up to MAX_LAYERS times)? Then the repair
    only undoes that misreading: a ``safe`` edit. Returns the codec of the last misreading (the
    one that made ``old``). Other repairs (a lost byte restored, C1 controls, a mix) are
    ``likely``."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    if not old or not new:
        return None
    layer = {new: None}
    for _ in range(MAX_LAYERS):
        following: dict[str, str] = {}
        for text in layer:
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: no UTF-8 bytes were misread here
                continue
            for codec in _MISREAD_AS:
                try:
                    misread = raw.decode(codec)
                except UnicodeError:
                    continue
                if misread == old:
                    return codec
                if len(misread) < len(old) and misread not in following:
                    following[misread] = codec
        if not following:
            break
        layer = following
    return None


def _fix_piece(piece: str, offset: int) -> list[Edit]:
    return [Edit(offset + a0, offset + a1, new, NAME, rule, REASONS[rule], safety=safety)
            for a0, a1, new, safety, rule in _repairs(piece)]


def _changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """Changed spans between a line and its repair, in linear time where possible.

    Repairs keep the spaces between words, so the two sides pair up word by word and each changed
    word is trimmed to what differs. When the words do not pair up, fall back to difflib.
    """
    old_words, new_words = old.split(" "), new.split(" ")
    if len(old_words) != len(new_words):
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        return [(a0, a1, b0, b1) for op, a0, a1, b0, b1 in matcher.get_opcodes() if op != "equal"]
    out = []
    a = b = 0
    for ow, nw in zip(old_words, new_words):
        if ow != nw:
            p = 0
            while p < min(len(ow), len(nw)) and ow[p] == nw[p]:
                p += 1
            q = 0
            while q < min(len(ow), len(nw)) - p and ow[len(ow) - 1 - q] == nw[len(nw) - 1 - q]:
                q += 1
            out.append((a + p, a + len(ow) - q, b + p, b + len(nw) - q))
        a += len(ow) + 1
        b += len(nw) + 1
    return out


# -- Chinese: UTF-8 read as GBK or Big5, GBK or Big5 read as Latin-1, lost bytes ---------------------

def _double_byte_as_single_byte(text: str, sketch: Sketch) -> list[Edit]:
    # A GB2312 character read as Latin-1 is two characters U+00A1-U+00FE; so is a Big5 one unless
    # its second byte is ASCII (a run of three or more Big5 characters has such a pair but rarely).
    if not sketch.two_leads():
        return []
    # SAFE: the span is exactly the replacement's GBK/Big5 bytes read as Latin-1/Windows-1252
    return [Edit(a, b, good, NAME, rule, REASONS[rule], safety=SAFE)
            for a, b, good, rule in _zh.double_byte_as_single_byte(text, sketch.raw)]


def _chinese(text: str, taken: list[Edit]) -> list[Edit]:
    """The repairs ftfy does not make (see cleaner.mojibake_zh), outside the spans of ``taken``."""
    busy = sorted((e.start, e.end) for e in taken)  # spans that do not overlap, in order

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_left(busy, (a, a))
        return not ((k < len(busy) and busy[k][0] < b) or (k and busy[k - 1][1] > a))

    edits: list[Edit] = []

    def add(a: int, b: int, new: str, rule: str, safety: str, reason: str = "") -> None:
        edits.append(Edit(a, b, new, NAME, rule, reason or REASONS[rule], safety=safety))
        bisect.insort(busy, (a, b))

    if may_contain_han(text):
        for a, b, good, codec in _zh.utf8_as_double_byte(text):
            if free(a, b):
                # LIKELY: the bytes went through a double-byte codec, which may have lost some
                # (a character whose bytes were lost is U+FFFD in the repair: reported on the output)
                add(a, b, good, f"utf8-as-{codec}", LIKELY)
    for a, b in _zh.lost_runs(text):
        if free(a, b):
            add(a, b, text[a:b], "lost-bytes", DISPLAY_ONLY)
    return edits


PASS = Pass(NAME, "repair text decoded in the wrong encoding: UTF-8 read as a single-byte codec (ftfy's encoding "
                  "fixes), UTF-8 read as GBK or Big5 and back; report bytes lost for good",
            propose, rule_ids=tuple(dict.fromkeys(REASONS)))
