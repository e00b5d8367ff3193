"""What a pass is: a name, a summary, a function that proposes edits, and the rules it knows."""

from __future__ import annotations

from ..record import record
from typing import Callable

from ..document import Document
from ..edits import Edit
from ..rulefile import RuleKind, RuleSet


@record(frozen=True)
class Pass:
    name: str
    summary: str
    propose: Callable[[Document, RuleSet], list[Edit]]
    # Rule ids built into the pass's code, and the rule-file kind whose entry ids are rule ids.
    rule_ids: tuple[str, ...] = ()
    rule_kind: str | None = None
    # The kinds of rule file the pass reads (cleaner.rules loads the kinds of the pass list).
    kinds: tuple[RuleKind, ...] = ()

    def known_rules(self, rules: RuleSet) -> set[str]:
        return set(self.rule_ids) | (set(rules.get(self.rule_kind)) if self.rule_kind else set())
