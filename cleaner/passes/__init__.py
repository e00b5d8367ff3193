"""The passes, in the order the pipeline runs them.

Each pass is one module with one snake_case name: the module name, the ``--select``/``--ignore``
value, the ``pass`` field of every edit it makes and the name of its test-case file. A pass looks
at a :class:`~cleaner.document.Document` and returns edits; it never changes the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..document import Document
from ..edits import Edit
from ..rules import RuleSet


@dataclass(frozen=True)
class Pass:
    name: str
    summary: str
    propose: Callable[[Document, RuleSet], list[Edit]]


def _registry() -> tuple[Pass, ...]:
    from . import html, mojibake, whitespace

    return (mojibake.PASS, html.PASS, whitespace.PASS)


PASSES: tuple[Pass, ...] = _registry()
BY_NAME: dict[str, Pass] = {p.name: p for p in PASSES}
