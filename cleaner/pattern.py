"""Rule patterns: RE2 syntax, matched in linear time.

A rule file's regex is compiled by RE2 (google-re2), which never backtracks: the time to match a
line grows with the line, whatever the pattern (``(a+)+$`` included). The syntax is RE2's
(https://github.com/google/re2/wiki/Syntax) with two conveniences, so that rules read the same as
Python regexes:

- ``(?x)`` at the very start: verbose mode. Whitespace outside a character class is ignored and
  ``#`` starts a comment (write ``\\ `` or ``[ ]`` for a space, ``\\#`` for ``#``).
- ``\\s``, ``\\d`` and ``\\w`` (and ``\\S``, ``\\D``, ``\\W``) are Unicode-aware, as in Python: ``\\s`` is
  every character ``str.isspace()`` accepts (no-break space, ideographic space, ...), ``\\d`` is
  ``\\p{Nd}``, ``\\w`` is ``[\\p{L}\\p{N}_]``. (RE2's own are ASCII-only.) ``\\uXXXX`` is a code point.

What RE2 cannot do is an error naming the construct: lookahead and lookbehind (``(?=``, ``(?!``,
``(?<=``, ``(?<!``), backreferences (``\\1``), possessive quantifiers and atomic groups (``a++``,
``(?>``), ``\\Z`` (write ``\\z``, or nothing in a pattern that matches a whole line), and the word
boundaries ``\\b``/``\\B`` (RE2's are ASCII-only: write the neighbours out, ``(?:^|\\W)word(?:\\W|$)``).
A rule that needs "and not" says it with the rule's ``unless`` field instead of a lookahead.
Matching is case-insensitive; ``(?-i:...)`` makes a part case-sensitive.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable

import re2

# What str.isspace() accepts (checked against Python over every code point in the tests).
SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
DIGIT = "\\p{Nd}"
WORD = "\\p{L}\\p{N}_"
_CLASSES = {"s": SPACE, "d": DIGIT, "w": WORD}
# Python's class for "a letter": [^\W\d_] (letters and the numerals that are not digits).
# RE2's memory budget per compiled pattern or set, a ceiling it allocates up to only as its DFA
# grows. The boilerplate set's DFA, once warm, needs more than 64 MB for today's rules: with 64 MB
# it kept discarding its states and matched real text six times slower; 256 MB leaves room for
# users' rules (the process's peak memory does not change on the shared benchmarks).
MAX_MEM = 256 << 20


class UnsupportedPattern(ValueError):
    """A construct the engine does not have (lookaround, backreference, ...); ``hint`` says what
    to write instead, when there is something."""

    def __init__(self, construct: str, hint: str = "") -> None:
        super().__init__(construct)
        self.hint = hint


_LOOKAROUND = {"(?=": "lookahead (?=...)", "(?!": "negative lookahead (?!...)",
               "(?<=": "lookbehind (?<=...)", "(?<!": "negative lookbehind (?<!...)",
               "(?>": "atomic group (?>...)"}
_ESCAPE_ERRORS = {
    "b": "word boundary \\b (RE2's is ASCII-only: write the neighbours out, e.g. (?:^|\\W)word(?:\\W|$))",
    "B": "\\B (RE2's is ASCII-only)",
    "Z": "\\Z (write \\z, or nothing in a pattern that must match a whole line)",
    "G": "\\G", "A": None,
}


def translate(pattern: str, expand: bool = True, loose: bool = False, bounds: list[int] | None = None,
              open_from: int = 0) -> str:
    """The pattern in RE2's own syntax (verbose mode removed, Unicode shorthand classes spelled
    out), case-insensitive. Raises :class:`UnsupportedPattern` naming what RE2 lacks. With
    ``expand=False``, only verbose mode is removed (the pattern stays in the rule-file syntax).
    With ``loose=True``, a bounded repeat ``{m,n}`` becomes ``{m,}``: the pattern then matches
    everything the exact one matches and more, and compiles many times faster (RE2 unrolls a
    bounded repeat into n copies); only a repeat whose n is at least ``open_from`` is opened, and
    the upper bounds it opens are added to ``bounds``. On a line of at most ``open_from``
    characters, the pattern opened so means exactly what the exact one means: a repeat that
    matches part of such a line needs at most that many non-empty rounds."""
    out, repeats = _walk(pattern, expand)
    return _render(out, repeats, loose, bounds, open_from)


def _render(out: list[str], repeats: tuple[tuple[int, str, int], ...], loose: bool, bounds: list[int] | None,
            open_from: int) -> str:
    """A walk's output with its bounded repeats opened as :func:`translate` says."""
    if not (loose and repeats):
        return "".join(out)
    out = list(out)
    for at, low, high in repeats:
        if high >= open_from:
            out[at] = "{" + low + ",}"
            if bounds is not None:
                bounds.append(high)
    return "".join(out)


@lru_cache(maxsize=4096)
def _walk(pattern: str, expand: bool) -> tuple[list[str], tuple[tuple[int, str, int], ...]]:
    """The pieces of the translated pattern and where its bounded repeats are among them (as
    (piece index, m, n)), remembered: a rule's pattern is translated for several uses."""
    repeats: list[tuple[int, str, int]] = []
    verbose = pattern.startswith("(?x)")
    text = pattern[4:] if verbose else pattern
    out: list[str] = ["(?i)"] if expand else []
    i, n = 0, len(text)
    in_class = False
    while i < n:
        ch = text[i]
        if ch == "\\":
            i = _escape(text, i, in_class, out) if expand else _copy_escape(text, i, out)
        elif in_class:
            out.append(ch)
            in_class = ch != "]"
            i += 1
        elif ch == "[":
            i = _open_class(text, i, out)
            in_class = True
        else:
            i = _outside_class(text, i, out, verbose, repeats)
    return out, tuple(repeats)


def _outside_class(text: str, i: int, out: list[str], verbose: bool, repeats: list | None = None) -> int:
    """One character (or comment, or bounded repeat) outside a class; returns the next index.
    A bounded repeat ``{m,n}`` is one piece of ``out``, noted in ``repeats`` as (its index, m, n)."""
    run = (_VERBOSE_RUN if verbose else _PLAIN_RUN).match(text, i)
    if run:  # characters that mean nothing to the walk, copied at once (verbose whitespace dropped)
        out.append(run.group().translate(_VERBOSE_DROP) if verbose else run.group())
        return run.end()
    if text.startswith("(?:", i):
        out.append("(?:")
        return i + 3
    ch = text[i]
    if verbose and ch in " \t\n\r\f\v":
        return _VERBOSE_SPACE.match(text, i).end()
    if verbose and ch == "#":
        end = text.find("\n", i)
        return len(text) if end == -1 else end
    if repeats is not None and ch == "{":
        m = _BOUNDED.match(text, i)
        if m:
            repeats.append((len(out), m.group(1), int(m.group(2))))
            out.append(m.group(0))
            return m.end()
    if ch == "(":
        _check_group(text, i)
    elif ch == "+" and out and (out[-1] in ("+", "*", "?", "}") or _BOUNDED.fullmatch(out[-1])) and not _after_group_open(out):
        raise UnsupportedPattern("possessive quantifier (a++, a*+, a?+)")
    out.append(ch)
    return i + 1


_BOUNDED = re.compile(r"\{(\d+),(\d+)\}")
_VERBOSE_SPACE = re.compile("[ \t\n\r\f\v]+")
# Outside a class, what the walk copies as it is: not an escape, class, group, quantifier, comment
# or whitespace (nor a character that a set's form writes otherwise, see set_form).
_PLAIN_RUN = re.compile("[^\\\\\\[(+*?{}#\\s" + "".join(sorted(chr(c) for c in range(0x1C, 0x20))) + "\x85\xa0]+")


def _after_group_open(out: list[str]) -> bool:
    return len(out) >= 2 and out[-1] == "?" and out[-2] == "("


def _open_class(text: str, i: int, out: list[str]) -> int:
    """Copies '[' and what cannot close the class yet ('^', a leading ']'); returns the next index."""
    out.append("[")
    i += 1
    if i < len(text) and text[i] == "^":
        out.append("^")
        i += 1
    if i < len(text) and text[i] == "]":
        out.append("\\]")
        i += 1
    return i


def _check_group(text: str, i: int) -> None:
    for opener, name in _LOOKAROUND.items():
        if text.startswith(opener, i):
            raise UnsupportedPattern(name, "say it with the rule's 'requires' or 'unless' patterns")
    if text.startswith("(?", i) and i + 2 < len(text) and text[i + 2] in "x" + "#":
        raise UnsupportedPattern("(?x) only at the very start of the pattern, and no (?#...) comments")


def _copy_escape(text: str, i: int, out: list[str]) -> int:
    out.append(text[i:i + 2])
    return i + 2


def strip_verbose(pattern: str) -> str:
    """The pattern in the rule-file syntax on one line: verbose whitespace and comments removed."""
    return translate(pattern, expand=False)


def _escape(text: str, i: int, in_class: bool, out: list[str]) -> int:
    if i + 1 >= len(text):
        raise UnsupportedPattern("a trailing backslash")
    c = text[i + 1]
    # Outside a class, case-sensitive: RE2 would case-fold the class (U+0345 folds to a letter).
    if c in _CLASSES:
        out.append(_CLASSES[c] if in_class else f"(?-i:[{_CLASSES[c]}])")
        return i + 2
    if c in "SDW":
        if in_class:
            raise UnsupportedPattern(f"\\{c} inside [...]: list what the class excludes instead")
        out.append(f"(?-i:[^{_CLASSES[c.lower()]}])")
        return i + 2
    if c.isdigit() and c != "0":
        raise UnsupportedPattern(f"backreference \\{c}")
    if c in _ESCAPE_ERRORS and not in_class and _ESCAPE_ERRORS[c]:
        raise UnsupportedPattern(_ESCAPE_ERRORS[c])
    if c in "pP" and text.startswith("{", i + 2) and "}" in text[i + 3:]:  # \p{Name}: one piece (then a + is no possessive)
        end = text.index("}", i + 3) + 1
        out.append(text[i:end])
        return end
    if c == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2:i + 6]):
        out.append("\\x{" + text[i + 2:i + 6] + "}")
        return i + 6
    if c == "U" and re.fullmatch(r"[0-9a-fA-F]{8}", text[i + 2:i + 10]):
        out.append("\\x{" + text[i + 2:i + 10] + "}")
        return i + 10
    out.append(text[i:i + 2])
    return i + 2


def options() -> re2.Options:
    opts = re2.Options()
    opts.log_errors = False
    opts.max_mem = MAX_MEM
    return opts


def compile(pattern: str, open_from: int | None = None) -> "re2._Regexp":  # noqa: A001 (the module's one job)
    """The compiled pattern (raises :class:`UnsupportedPattern` or ``re2.error``). With
    ``open_from``, its bounded repeats of at least that many rounds opened: the same pattern on
    lines of at most ``open_from`` characters (see :func:`translate`)."""
    if open_from is None:
        return re2.compile(translate(pattern), options())
    return re2.compile(translate(pattern, loose=True, open_from=open_from), options())


def bounds(pattern: str) -> tuple[int, ...]:
    """The distinct upper bounds of the pattern's bounded repeats ``{m,n}``, smallest first."""
    found: list[int] = []
    translate(pattern, loose=True, bounds=found)
    return tuple(sorted(set(found)))


compile_search = compile  # the same pattern; the caller searches with it


def tester(compiled: "re2._Regexp", whole: bool) -> Callable[[bytes], bool]:
    """Whether ``compiled`` matches UTF-8 ``data`` whole (``whole``) or somewhere: the engine's
    own match, without the match objects the wrapper builds for each call (a boolean is all a
    rule's check needs, and it runs on many lines)."""
    match = compiled._regexp.Match
    anchor = re2._Anchor.ANCHOR_BOTH if whole else re2._Anchor.UNANCHORED
    none = (-1, -1)

    def test(data: bytes) -> bool:
        return match(anchor, data, 0, len(data))[0] != none

    return test


_digest: str | None = None


def code_digest() -> str:
    """A digest of this module's source: part of the cache key of every translation and verdict
    derived from it, so that a changed translation never reuses an old entry."""
    global _digest
    if _digest is None:
        from pathlib import Path

        from .cache import sha256

        try:
            _digest = sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        except OSError:
            _digest = "?"
    return _digest
error = re2.error


def error_text(exc: BaseException) -> str:
    """RE2's error message as text (it raises bytes)."""
    arg = exc.args[0] if exc.args else exc
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


_SURROGATE = re.compile("[\ud800-\udfff]")


def encode(text: str) -> bytes:
    """UTF-8 for the engine. A lone surrogate (an undecodable byte kept by the reader) becomes
    U+FFFD, which every class that matched the surrogate also matches."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


# -- the form a pattern takes in a set of many (see cleaner.passes.boilerplate.matcher) -------
# A line the set scans has every whitespace character outside ASCII (no-break space, ideographic
# space, ...) written as U+0020 (``spaces``): the same number of characters, an ASCII line as it
# is, and ``\s`` becomes the class of ASCII whitespace, two ranges, instead of the 29 code points
# of SPACE (which made up four fifths of the set's text and of its compile time).
SPACE_POINTS = frozenset((*range(0x09, 0x0E), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                          0x2028, 0x2029, 0x202F, 0x205F, 0x3000))  # str.isspace() (checked in the tests)
OTHER_SPACE = frozenset(c for c in SPACE_POINTS if c >= 0x80)  # what becomes U+0020 on the set's side
_VERBOSE_DROP = dict.fromkeys(map(ord, " \t\n\r\f\v"))
_VERBOSE_RUN = re.compile("[^\\\\\\[(+*?{}#" + "".join(sorted(chr(c) for c in SPACE_POINTS - set(_VERBOSE_DROP))) + "]+")
_OTHER_SPACE_RE = re.compile("[" + "".join(sorted(chr(c) for c in OTHER_SPACE)) + "]")
_SET_SPACE = "\\t-\\r\\x1c-\\x20"  # \s on the set's side, inside a class: the ASCII whitespace
# A class means the same on both sides when it holds all of these or none (U+0020 stands for all).
_STAND_INS = sorted(OTHER_SPACE | {0x20})
# Unicode properties (\p{..}) that hold no whitespace character: they mean the same on both sides.
NO_SPACE_PROPERTIES = frozenset((
    "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps",
    "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Han", "Hiragana", "Katakana", "Hangul", "Latin",
    "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Devanagari"))
_NO_SPACE_POSIX = frozenset(("alpha", "digit", "alnum", "upper", "lower", "punct", "xdigit", "word"))
_CODE_ESCAPES = {"t": 0x09, "n": 0x0A, "r": 0x0D, "f": 0x0C, "v": 0x0B, "a": 0x07}


def spaces(text: str) -> str:
    """``text`` as the set sees it: every whitespace character outside ASCII written as U+0020.
    An ASCII text (Python knows without looking) and a printable one (each of those characters
    is a separator, which ``str.isprintable`` rejects) are returned as they are."""
    return text if text.isascii() or text.isprintable() else _OTHER_SPACE_RE.sub(" ", text)


class _NotMappable(Exception):
    """A construct whose meaning on the spaced text this module does not work out."""


class _SetForm:
    """What the walk over one pattern found: whether the spaced form means exactly what the
    pattern means (else it matches more)."""

    def __init__(self) -> None:
        self.exact = True


def loose_form(pattern: str) -> tuple[str, int]:
    """The pattern loose (see :func:`translate`) for a set that scans lines as they are, and the
    longest line on which the set's verdict is the pattern's own (see :func:`set_form`)."""
    bounds: list[int] = []
    text = translate(pattern, loose=True, bounds=bounds)
    return text, min(bounds, default=UNBOUNDED)


def set_form(pattern: str, open_from: int = 0) -> tuple[str, int] | None:
    """The pattern as one entry of a set that scans :func:`spaces` lines, loose (bounded repeats
    opened, see :func:`translate`), and the longest line on which the entry's verdict is the
    pattern's own: -1 when never (a whitespace literal: the entry also matches where another
    whitespace character stood), else the smallest upper bound it opened (a repeat that matches a
    line of at most n characters needs at most n non-empty rounds), or ``UNBOUNDED``. Beyond that
    length the entry matches everything the pattern matches, and more. None for a pattern this
    walk cannot vouch for (a class that leaves out some whitespace, \\Q...\\E, an unknown
    property): such a pattern is matched on the text itself. Raises like :func:`translate`.
    ``open_from`` opens only some repeats, as in :func:`translate`."""
    walked = _set_walk(pattern)
    if walked is None:
        return None
    out, repeats, exact = walked
    bounds: list[int] = []
    text = _render(out, repeats, True, bounds, open_from)
    return text, (min(bounds, default=UNBOUNDED) if exact else -1)


@lru_cache(maxsize=4096)
def _set_walk(pattern: str) -> tuple[list[str], tuple[tuple[int, str, int], ...], bool] | None:
    """The pieces of the pattern's set form, its bounded repeats, and whether it is exact (see
    :func:`set_form`), remembered."""
    translate(pattern, loose=True)  # the pattern's own errors, named as everywhere else
    verbose = pattern.startswith("(?x)")
    text = pattern[4:] if verbose else pattern
    form = _SetForm()
    out: list[str] = ["(?i)"]
    repeats: list[tuple[int, str, int]] = []
    i, n = 0, len(text)
    try:
        while i < n:
            ch = text[i]
            if ch == "\\":
                i = _set_escape(text, i, out, form)
            elif ch == "[":
                i = _set_class(text, i, out, form)
            elif ord(ch) in OTHER_SPACE or ch == " " and not verbose:
                out.append(" ")  # one whitespace character stands for all of them on the set's side
                form.exact = False
                i += 1
            else:
                i = _outside_class(text, i, out, verbose, repeats)
    except _NotMappable:
        return None
    return out, tuple(repeats), form.exact


UNBOUNDED = 1 << 62


def _code_point(text: str, i: int) -> tuple[int, int, str]:
    """The code point an escape at ``i`` stands for, the next index and its RE2 spelling; raises
    _NotMappable for an escape that is not one character."""
    c = text[i + 1] if i + 1 < len(text) else ""
    if c in _CODE_ESCAPES:
        return _CODE_ESCAPES[c], i + 2, text[i:i + 2]
    for letter, size in (("u", 4), ("U", 8)):
        if c == letter and re.fullmatch(f"[0-9a-fA-F]{{{size}}}", text[i + 2:i + 2 + size]):
            digits = text[i + 2:i + 2 + size]
            return int(digits, 16), i + 2 + size, "\\x{" + digits + "}"
    if c == "x":
        m = re.compile(r"\\x(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{2}))").match(text, i)
        if m:
            return int(m.group(1) or m.group(2), 16), m.end(), m.group(0)
    if c and not c.isalnum() and ord(c) < 0x80:
        return ord(c), i + 2, text[i:i + 2]
    raise _NotMappable(c)


def _set_escape(text: str, i: int, out: list[str], form: _SetForm) -> int:
    """An escape outside a class, on the set's side."""
    c = text[i + 1]
    if c == "s":
        out.append("[" + _SET_SPACE + "]")
        return i + 2
    if c == "S":
        out.append("[^" + _SET_SPACE + "]")
        return i + 2
    if c in "dwDWzA":  # no whitespace, or all of it: the same on both sides
        return _escape(text, i, False, out)
    if c in "pP":
        return _property(text, i, out)
    cp, end, spelled = _code_point(text, i)
    if cp in OTHER_SPACE or cp == 0x20:
        out.append(" ")
        form.exact = False
    else:
        out.append(spelled)
    return end


def _property(text: str, i: int, out: list[str]) -> int:
    m = re.compile(r"\\[pP](?:\{\^?(\w+)\}|(\w))").match(text, i)
    if m is None or (m.group(1) or m.group(2)) not in NO_SPACE_PROPERTIES:
        raise _NotMappable("property")
    out.append(m.group(0))
    return m.end()


def _set_class(text: str, i: int, out: list[str], form: _SetForm) -> int:
    """A class on the set's side: the same class, plus U+0020 when it holds some whitespace. It
    means exactly the same when it holds all whitespace or none; a negated class that holds some
    but not all cannot be written for the spaced text (_NotMappable)."""
    n = len(text)
    j = i + 1
    negated = j < n and text[j] == "^"
    j += negated
    body: list[str] = []
    some = every = False
    first = True
    while j < n and (text[j] != "]" or first):
        first = False
        spelled, j, holds = _class_item(text, j)
        body.append(spelled)
        some = some or holds == "some"
        every = every or holds == "all"
    if j >= n:
        raise _NotMappable("unclosed class")
    if some and not every:
        if negated:
            raise _NotMappable("a negated class that leaves out some whitespace")
        form.exact = False
    if (some or every) and not negated:
        body.append(" ")
    out.append("[" + ("^" if negated else "") + "".join(body) + "]")
    return j + 1


def _class_item(text: str, j: int) -> tuple[str, int, str]:
    """One item of a class at ``j`` (a POSIX class, a shorthand, a property, a character or a
    range): its spelling on the set's side, the next index, and which whitespace it holds
    ("all", "some" or "none")."""
    n = len(text)
    if text.startswith("[:", j):
        end = text.find(":]", j)
        name = text[j + 2:end] if end != -1 else ""
        if name.lstrip("^") not in _NO_SPACE_POSIX:
            raise _NotMappable("POSIX class")
        return text[j:end + 2], end + 2, "all" if name.startswith("^") else "none"
    if text.startswith("\\s", j):
        return _SET_SPACE, j + 2, "all"
    if text[j] == "\\" and j + 1 < n and text[j + 1] in "dw":
        return _CLASSES[text[j + 1]], j + 2, "none"
    if text[j] == "\\" and j + 1 < n and text[j + 1] in "pP":
        holder: list[str] = []
        j = _property(text, j, holder)
        complement = (holder[0][1] == "P") != ("{^" in holder[0])  # the complement holds all
        return holder[0], j, "all" if complement else "none"
    lo, j, spelled = _class_char(text, j)
    hi = lo
    if j + 1 < n and text[j] == "-" and text[j + 1] != "]":
        hi, j, spelled_hi = _class_char(text, j + 1)
        spelled += "-" + spelled_hi
    holds = bisect_left(_STAND_INS, lo) < bisect_right(_STAND_INS, hi)
    return spelled, j, "some" if holds else "none"


def _class_char(text: str, j: int) -> tuple[int, int, str]:
    """One character of a class (a literal or an escape): its code point, the next index, its
    RE2 spelling."""
    ch = text[j]
    if ch == "\\":
        return _code_point(text, j)
    if ch in "[]^-" and j:
        return ord(ch), j + 1, "\\" + ch
    return ord(ch), j + 1, ch
