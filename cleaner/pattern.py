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
from typing import Callable

import re2

# What str.isspace() accepts (checked against Python over every code point in the tests).
SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
DIGIT = "\\p{Nd}"
WORD = "\\p{L}\\p{N}_"
_CLASSES = {"s": SPACE, "d": DIGIT, "w": WORD}
# Python's class for "a letter": [^\W\d_] (letters and the numerals that are not digits).
MAX_MEM = 64 << 20  # RE2's memory budget per compiled set; a DFA that runs out of it fails loudly


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


def translate(pattern: str, expand: bool = True, loose: bool = False) -> str:
    """The pattern in RE2's own syntax (verbose mode removed, Unicode shorthand classes spelled
    out), case-insensitive. Raises :class:`UnsupportedPattern` naming what RE2 lacks. With
    ``expand=False``, only verbose mode is removed (the pattern stays in the rule-file syntax).
    With ``loose=True``, a bounded repeat ``{m,n}`` becomes ``{m,}``: the pattern then matches
    everything the exact one matches and more, and compiles many times faster (RE2 unrolls a
    bounded repeat into n copies)."""
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
            i = _outside_class(text, i, out, verbose, loose)
    return "".join(out)


def _outside_class(text: str, i: int, out: list[str], verbose: bool, loose: bool) -> int:
    """One character (or comment, or bounded repeat) outside a class; returns the next index."""
    ch = text[i]
    if verbose and ch in " \t\n\r\f\v":
        return i + 1
    if verbose and ch == "#":
        end = text.find("\n", i)
        return len(text) if end == -1 else end
    if loose and ch == "{":
        m = _BOUNDED.match(text, i)
        if m:
            out.append("{" + m.group(1) + ",}")
            return m.end()
    if ch == "(":
        _check_group(text, i)
    elif ch == "+" and out and out[-1] in ("+", "*", "?", "}") and not _after_group_open(out):
        raise UnsupportedPattern("possessive quantifier (a++, a*+, a?+)")
    out.append(ch)
    return i + 1


_BOUNDED = re.compile(r"\{(\d+),\d+\}")


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


def compile(pattern: str) -> "re2._Regexp":  # noqa: A001 (the module's one job)
    """The compiled pattern (raises :class:`UnsupportedPattern` or ``re2.error``)."""
    return re2.compile(translate(pattern), options())


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
        import hashlib
        from pathlib import Path

        try:
            _digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
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
