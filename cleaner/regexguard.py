"""Refuse rule regexes that can backtrack catastrophically.

A repeat that may run many times (``+``, ``*``, ``{11,}``, ``{20}``) around a group that itself
contains an unbounded repeat, as in ``(a+)+$`` or ``(.*a){20}``, can take exponential time on a
line that almost matches. Such patterns are refused when the rule loads; write the inner or the
outer repeat with a small bound instead (``(?:\\s+\\w+){0,8}``).
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

OUTER_LIMIT = 10
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class UnsafePattern(ValueError):
    pass


def _has_unbounded(items) -> bool:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            if hi == _c.MAXREPEAT or _has_unbounded(sub):
                return True
        elif op is _c.SUBPATTERN:
            if _has_unbounded(av[-1]):
                return True
        elif op is _c.BRANCH:
            if any(_has_unbounded(b) for b in av[1]):
                return True
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if _has_unbounded(av[1]):
                return True
    return False


def _walk(items) -> None:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            if (hi == _c.MAXREPEAT or hi > OUTER_LIMIT) and _has_unbounded(sub):
                raise UnsafePattern(
                    "a repeated group contains an unbounded repeat (like '(a+)+' or '(.*a){20}'), "
                    "which can backtrack catastrophically; bound one of the repeats"
                )
            _walk(sub)
        elif op is _c.SUBPATTERN:
            _walk(av[-1])
        elif op is _c.BRANCH:
            for b in av[1]:
                _walk(b)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1])


def check_pattern(pattern: str) -> None:
    """Raise UnsafePattern if ``pattern`` nests unbounded repeats; re.error if it is invalid."""
    _walk(_p.parse(pattern))
