"""The passes, in the order the pipeline runs them.

Each pass is one module with one snake_case name: the module name, the ``--select``/``--ignore``
value, the ``pass`` field of every edit it makes and the name of its test-case file. A pass looks
at a :class:`~cleaner.document.Document` and returns edits; it never changes the text itself.
"""

from __future__ import annotations

from . import boilerplate, cjk_glossary, html, mojibake, names, punctuation, script, whitespace
from .base import Pass

__all__ = ["BY_NAME", "PASSES", "Pass"]

PASSES: tuple[Pass, ...] = (
    html.PASS,  # first: entities can spell mojibake ("&Atilde;&copy;" is "Ã©")
    mojibake.PASS,
    boilerplate.PASS,
    names.PASS,  # before cjk_glossary: a native name is a name, not a term
    cjk_glossary.PASS,
    script.PASS,
    punctuation.PASS,
    whitespace.PASS,  # last: tidies what the others left
)
BY_NAME: dict[str, Pass] = {p.name: p for p in PASSES}
