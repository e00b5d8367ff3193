"""The pipeline: run the passes in order, apply their edits, keep the record.

Each pass sees the text as the passes before it left it. Its edits are checked (in bounds, no
overlaps), applied, located in the original input (line and column), and kept in order, so that
:func:`cleaner.edits.replay` on the input reproduces the output exactly.
"""

from __future__ import annotations

import gc
from collections import Counter
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


class CleanResult:
    """The cleaned text, and the record of every edit (located in the input when first asked)."""

    def __init__(self, text: str, original: str, doc: Document | None = None,
                 stages: list[tuple[list[Edit], OffsetMap]] | None = None,
                 findings: list[tuple[int, Edit]] | None = None) -> None:
        self.text = text
        self.original = original
        self._doc = doc
        self._stages = stages or []
        self._findings = findings or []
        self._located: tuple[list[Edit], list[Edit]] | None = None

    def __repr__(self) -> str:
        return f"CleanResult(text={self.text!r}, edits={len(self.edits)})"

    def _locate_all(self) -> tuple[list[Edit], list[Edit]]:
        if self._located is None:
            stages = self._stages
            edits = _locate(self.original, stages, [(k, e) for k, (applied, _) in enumerate(stages) for e in applied])
            self._located = (edits, _locate(self.original, stages, self._findings))
        return self._located

    @property
    def edits(self) -> list[Edit]:
        """Every edit made, in order, with its line and column in the input."""
        return self._locate_all()[0]

    @property
    def findings(self) -> list[Edit]:
        """Display-only findings (such as unresolved CJK runs): located like edits, never applied."""
        return self._locate_all()[1]

    @property
    def lang(self) -> str | None:
        """The document's language: as the passes saw it, or, if none needed it, detected now."""
        return self._doc.lang if self._doc is not None else None

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def counts(self) -> Counter:
        """Edits per rule id, as 'pass/rule' (no need to locate them)."""
        return Counter(f"{e.pass_name}/{e.rule}" for applied, _ in self._stages for e in applied)


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
    # Cleaning makes many objects (lines, edits, matches) and no reference cycles worth collecting:
    # the cyclic garbage collector, left on, walks ever more of them on a big document (a third of
    # the time on a 100 MB file). It is switched off for the call and back on after.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _clean(text, lang=lang, rules=rules, select=select, ignore=ignore, path=path,
                      passes=passes, options=options)
    finally:
        if collecting:
            gc.enable()


def _clean(
    text: str,
    *,
    lang: str | None,
    rules: RuleSet | None,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    path: str | None,
    passes: Sequence[Pass] | None,
    options: dict | None,
) -> CleanResult:
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
        doc.forget_lines()  # the lines of the old text: free them now, not when a pass next asks
        doc.record(mapping)
        stages.append((applied, mapping))
    doc.forget_lines()  # the result keeps the document for its language, not its line cache
    return CleanResult(doc.text, text, doc, stages, findings)


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
