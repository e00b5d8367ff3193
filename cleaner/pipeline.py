"""The pipeline: run the passes in order, apply their edits, keep the record.

Each pass sees the text as the passes before it left it. Its edits are checked (in bounds, no
overlaps), applied, located in the original input (line and column), and kept in order, so that
:func:`cleaner.edits.replay` on the input reproduces the output exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import edits as _edits
from .document import Document
from .edits import DISPLAY_ONLY, Edit, LineIndex, OffsetMap
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
    original: str = ""
    # Display-only findings (such as unresolved CJK runs): located like edits, never applied.
    findings: list[Edit] = field(default_factory=list)
    _doc: Document | None = field(default=None, repr=False, compare=False)

    @property
    def lang(self) -> str | None:
        """The document's language: as the passes saw it, or, if none needed it, detected now."""
        return self._doc.lang if self._doc is not None else None

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def counts(self) -> Counter:
        """Edits per rule id, as 'pass/rule'."""
        return Counter(f"{e.pass_name}/{e.rule}" for e in self.edits)


def select_passes(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Pass]:
    """Passes to run. ``ignore`` may also name rule ids; those are dropped edit by edit."""
    chosen = set(_check_names(select)) if select else None
    dropped = set(ignore or ())
    return [p for p in PASSES if (chosen is None or p.name in chosen) and p.name not in dropped]


def check_ignore(ignore: Iterable[str], rules: RuleSet) -> None:
    """Every name in ``ignore`` must be a pass or a rule id; raise UnknownPass otherwise."""
    known = set(BY_NAME)
    for p in PASSES:
        known |= p.known_rules(rules)
    unknown = [n for n in ignore if n not in known]
    if unknown:
        raise UnknownPass(
            f"unknown pass or rule {', '.join(repr(u) for u in unknown)}; "
            f"passes are: {', '.join(BY_NAME)} (rule ids: see `cleaner rules`)"
        )


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
    options: dict | None = None,
) -> CleanResult:
    """Clean one document. Returns the text and every edit made, in order."""
    rules = rules if rules is not None else default_rules()
    passes = passes if passes is not None else select_passes(select, ignore)
    ignored_rules = frozenset(ignore or ()) - set(BY_NAME)
    doc = Document(text, lang=lang, path=path, options=options)
    stages: list[tuple[list[Edit], OffsetMap]] = []
    findings: list[tuple[int, Edit]] = []
    for p in passes:
        try:
            proposed = p.propose(doc, rules)
            if ignored_rules:
                proposed = [e for e in proposed if e.rule not in ignored_rules]
            if not proposed:
                continue
            shown = [e for e in proposed if e.safety == DISPLAY_ONLY]
            if shown:
                findings.extend((len(stages), e._replace(before=doc.text[e.start:e.end])) for e in shown)
                proposed = [e for e in proposed if e.safety != DISPLAY_ONLY]
            applied = _edits.normalise(doc.text, proposed)
        except Exception as exc:  # a bug or a hostile rule: name the pass and rule, keep the input
            raise PassError(p.name, getattr(exc, "rule", None), exc) from exc
        if not applied:
            continue
        mapping = OffsetMap(applied)
        doc.text = _edits.apply(doc.text, applied)
        doc.record(mapping)
        stages.append((applied, mapping))
    doc.forget_lines()  # the result keeps the document for its language, not its line cache
    return CleanResult(
        doc.text,
        _locate(text, stages, [(k, e) for k, (applied, _) in enumerate(stages) for e in applied]),
        original=text,
        findings=_locate(text, stages, findings),
        _doc=doc,
    )


def _locate(original: str, stages: list[tuple[list[Edit], OffsetMap]], items: list[tuple[int, Edit]]) -> list[Edit]:
    """Give every edit the line and column, in the original input, of the text it replaced.

    ``items`` pairs each edit with the number of stages applied before its pass saw the text.
    """
    if not items:
        return []
    index = LineIndex(original)
    out: list[Edit] = []
    for k, e in items:
        pos = e.start
        for _, mapping in reversed(stages[:k]):
            pos = mapping.back(pos)
        line, column = index.locate(pos)
        out.append(e.located(line, column))
    return out
