"""The pipeline: run the passes in order, apply their edits, keep the record.

Each pass sees the text as the passes before it left it. Its edits are checked (in bounds, no
overlaps), applied, located in the original input (line and column), and kept in order, so that
:func:`cleaner.edits.replay` on the input reproduces the output exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from . import edits as _edits
from .document import Document
from .edits import Edit, LineIndex, OffsetMap
from .passes import BY_NAME, PASSES, Pass
from .rules import RuleSet, default_rules


class UnknownPass(ValueError):
    pass


class PassError(Exception):
    """A pass failed on a document. The document is left as it was."""

    def __init__(self, pass_name: str, rule: str | None, cause: BaseException) -> None:
        self.pass_name, self.rule, self.cause = pass_name, rule, cause
        where = pass_name + (f"/{rule}" if rule else "")
        super().__init__(f"pass {where} failed: {type(cause).__name__}: {cause}")


@dataclass
class CleanResult:
    text: str
    edits: list[Edit] = field(default_factory=list)
    lang: str | None = None
    original: str = ""

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def counts(self) -> Counter:
        """Edits per rule id, as 'pass/rule'."""
        return Counter(f"{e.pass_name}/{e.rule}" for e in self.edits)


def select_passes(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Pass]:
    chosen = set(_check_names(select)) if select else None
    dropped = set(_check_names(ignore or ()))
    return [p for p in PASSES if (chosen is None or p.name in chosen) and p.name not in dropped]


def _check_names(names: Iterable[str]) -> list[str]:
    out = [n.strip() for n in names if n.strip()]
    unknown = [n for n in out if n not in BY_NAME]
    if unknown:
        raise UnknownPass(
            f"unknown pass {', '.join(repr(u) for u in unknown)}; passes are: {', '.join(BY_NAME)}"
        )
    return out


def clean(
    text: str,
    *,
    lang: str | None = None,
    rules: RuleSet | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    path: str | None = None,
    passes: Sequence[Pass] | None = None,
) -> CleanResult:
    """Clean one document. Returns the text and every edit made, in order."""
    rules = rules if rules is not None else default_rules()
    passes = passes if passes is not None else select_passes(select, ignore)
    doc = Document(text, lang=lang, path=path)
    stages: list[tuple[list[Edit], OffsetMap]] = []
    for p in passes:
        try:
            proposed = p.propose(doc, rules)
            if not proposed:
                continue
            applied = _edits.normalise(doc.text, proposed)
        except Exception as exc:  # a bug or a hostile rule: name the pass and rule, keep the input
            raise PassError(p.name, getattr(exc, "rule", None), exc) from exc
        if not applied:
            continue
        mapping = OffsetMap(applied)
        doc.text = _edits.apply(doc.text, applied)
        doc.touched = [(mapping.forward(s), mapping.forward(e)) for s, e in doc.touched] + mapping.new_spans()
        stages.append((applied, mapping))
    return CleanResult(doc.text, _locate(text, stages), lang=doc.__dict__.get("lang"), original=text)


def _locate(original: str, stages: list[tuple[list[Edit], OffsetMap]]) -> list[Edit]:
    """Give every edit the line and column, in the original input, of the text it replaced."""
    if not stages:
        return []
    index = LineIndex(original)
    out: list[Edit] = []
    for k, (applied, _) in enumerate(stages):
        earlier = [m for _, m in stages[:k]]
        for e in applied:
            pos = e.start
            for mapping in reversed(earlier):
                pos = mapping.back(pos)
            line, column = index.locate(pos)
            out.append(replace(e, line=line, column=column))
    return out
