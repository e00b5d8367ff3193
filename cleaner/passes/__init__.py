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
    # Rule ids built into the pass's code, and the rule-file kind whose entry ids are rule ids.
    rule_ids: tuple[str, ...] = ()
    rule_kind: str | None = None

    def known_rules(self, rules: RuleSet) -> set[str]:
        return set(self.rule_ids) | (set(rules.get(self.rule_kind)) if self.rule_kind else set())


def _registry() -> tuple[Pass, ...]:
    from . import boilerplate, cjk_glossary, html, mojibake, names, punctuation, script, whitespace

    return (
        html.PASS,  # first: entities can spell mojibake ("&Atilde;&copy;" is "Ã©")
        mojibake.PASS,
        boilerplate.PASS,
        names.PASS,  # before cjk_glossary: a native name is a name, not a term
        cjk_glossary.PASS,
        script.PASS,
        punctuation.PASS,
        whitespace.PASS,  # last: tidies what the others left
    )


PASSES: tuple[Pass, ...] = _registry()
BY_NAME: dict[str, Pass] = {p.name: p for p in PASSES}
