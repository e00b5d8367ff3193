"""Lines of a text: their offsets and breaks (``\n``, ``\r\n`` or ``\r``), found in bulk."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, count
from typing import Iterator, NamedTuple

NEWLINE_RE = re.compile(r"\r\n|\r|\n")


class Line(NamedTuple):
    """One line of the current text: ``text[start:end]`` is its content, ``text[end:next]`` its break."""

    number: int  # 0-based
    start: int
    end: int
    next: int
    content: str

    @property
    def stripped(self) -> str:
        return self.content.strip()

    @property
    def blank(self) -> bool:
        return not self.content.strip()


_new = tuple.__new__
_plus_one = (1).__add__


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` (``\n``, ``\r\n`` or ``\r`` breaks), built in bulk."""
    if "\r" in text:
        return list(iter_lines(text))
    parts = text.split("\n")
    starts = list(accumulate(map(_plus_one, map(len, parts)), initial=0))
    lines = [_new(Line, (i, s, e - 1, e, p)) for i, s, e, p in zip(count(), starts, starts[1:], parts)]
    tail = lines.pop()  # the text after the last break: a line only if it is not empty
    if tail.content:
        lines.append(_new(Line, (tail.number, tail.start, len(text), len(text), tail.content)))
    return lines


class LineFinder:
    """The line around an offset, in time proportional to the line (not to the text): without
    carriage returns by searching for the nearest ``\n``s; with them, from the line starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None if "\r" in text else []

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the content of the line holding ``pos``."""
        text = self.text
        if self._starts == []:
            end = text.find("\n", pos)
            return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end
        if self._starts is None:
            self._starts = [0] + [m.end() for m in NEWLINE_RE.finditer(text)]
        k = bisect_right(self._starts, pos) - 1
        if k + 1 >= len(self._starts):
            return self._starts[k], len(text)
        after = self._starts[k + 1]
        return self._starts[k], after - (2 if text.startswith("\r\n", after - 2) else 1)


def iter_lines(text: str) -> Iterator[Line]:
    pos, n = 0, 0
    for m in NEWLINE_RE.finditer(text):
        yield Line(n, pos, m.start(), m.end(), text[pos:m.start()])
        pos, n = m.end(), n + 1
    if pos < len(text):
        yield Line(n, pos, len(text), len(text), text[pos:])
