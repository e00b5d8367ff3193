"""The rule set of the pass list: the built-in ``rules/`` directory and ``--rules DIR`` layered over it.

The built-in ``rules/`` directory and every ``--rules DIR`` share one layout::

    boilerplate*.toml          boilerplate rules       (kind "boilerplate")
    names*.toml                name tables             (kind "names")
    glossary/*.toml            concept table (concepts*.toml) and user glossaries (<src>-<tgt>.toml)  (kind "cjk_glossary")

The kinds are those the passes carry (``Pass.kinds``); reading, checking and layering the files
is :mod:`cleaner.rulefile`'s work, whose names are re-exported here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .passes import PASSES
from .rulefile import (  # noqa: F401  (re-exported: the rule-file API)
    Problems,
    RuleKind,
    RuleProblem,
    RuleSet,
    RuleSetError,
    array_of_tables,
    builtin_rules_dir,
    check_table,
    read_rules,
    string_list,
)

KINDS: tuple[RuleKind, ...] = tuple(kind for p in PASSES for kind in p.kinds)


def load_rules(*dirs: str | Path, builtin: bool = True) -> RuleSet:
    """Load the built-in rules, then each directory in ``dirs`` over them.

    Raises :class:`RuleSetError` listing every problem found in any file.
    """
    return read_rules(dirs, KINDS, builtin=builtin)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The built-in rule set, loaded once per process."""
    return load_rules()
