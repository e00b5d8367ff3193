"""The pipeline: run the passes in order, apply their edits, keep the record.

Each pass sees the text as the passes before it left it. Its edits are checked (in bounds, no
overlaps), applied, located in the original input (line and column), and kept in order, so that
:func:`cleaner.edits.replay` on the input reproduces the output exactly. The passes run in rounds
until a round changes nothing, so that cleaning the output again changes nothing.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Iterable, Sequence

from . import edits as _edits
from . import markdown
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

    def counts(self, by_level: bool = False) -> Counter:
        """Edits per rule id, as 'pass/rule', or 'pass/rule [level]' (no need to locate them)."""
        if by_level:
            return Counter(f"{e.pass_name}/{e.rule} [{e.safety}]" for applied, _ in self._stages for e in applied)
        return Counter(f"{e.pass_name}/{e.rule}" for applied, _ in self._stages for e in applied)


def select_passes(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Pass]:
    """Passes to run. ``ignore`` may also name rule ids; those are dropped edit by edit."""
    chosen = set(_check_names(select)) if select else None
    dropped = set(ignore or ())
    return [p for p in PASSES if (chosen is None or p.name in chosen) and p.name not in dropped]


def check_ignore(ignore: Iterable[str], rules: RuleSet) -> None:
    """Every name in ``ignore`` must be a pass or a rule id; raise UnknownPass otherwise."""
    known = set(BY_NAME) | {NOT_SETTLED}
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
    time_budget: float | None = None,
) -> CleanResult:
    """Clean one document. Returns the text and every edit made, in order.

    ``time_budget`` is the most the document may take, in seconds: by default a few seconds plus
    an allowance per million characters (:func:`cleaner.budget.default_seconds`); 0 switches it
    off. A document that runs out of time (a rule that backtracks catastrophically) raises
    :class:`PassError` naming the pass and rule that were running; it is enforced with a timer
    signal, so only in the main thread (elsewhere there is no budget).
    """
    from . import budget

    seconds = budget.default_seconds(len(text)) if time_budget is None else time_budget
    # Cleaning makes many objects (lines, edits, matches) and no reference cycles worth collecting:
    # the cyclic garbage collector, left on, walks ever more of them on a big document (a third of
    # the time on a 100 MB file). It is switched off for the call and back on after.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        with budget.limit(seconds):
            return _clean(text, lang=lang, rules=rules, select=select, ignore=ignore, path=path,
                          passes=passes, options=options)
    except budget.BudgetExceeded as exc:  # ran out between two passes: the pipeline's own steps
        raise PassError("pipeline", exc.rule, exc) from exc
    finally:
        if collecting:
            gc.enable()


# A document is cleaned in rounds: all passes, then all passes again on the result, until a round
# changes nothing (a fixed point: cleaning the output again changes nothing, by construction) or
# MAX_ROUNDS rounds have run. A pass can create the context another pass needs (a translated
# company name makes a names rule apply; a fixed space makes a line match a boilerplate rule), so
# no order of passes settles every document in one round. A document that needs no change costs
# one round; one that changes costs one more round, which finds nothing to do.
MAX_ROUNDS = 4
NOT_SETTLED = "not-settled"


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
    stages: list[tuple[list[Edit], OffsetMap]] = []
    findings: list[tuple[int, Edit]] = []
    first_doc: Document | None = None
    current = text
    for _round in range(MAX_ROUNDS):
        # Each round sees its input exactly as a fresh call would (facts such as the language and
        # the line-ending style are worked out again from it): a round that changes nothing
        # proves that cleaning the result again changes nothing.
        doc = Document(current, lang=lang, path=path, options=options, ignored_rules=ignored_rules)
        if first_doc is None:
            first_doc = doc
        # Findings describe the output: only the last round's are kept (the others saw a text
        # that later rounds changed, and would repeat them).
        findings = []
        first_change = _round_of_passes(doc, passes, rules, ignored_rules, stages, findings)
        doc.forget_lines()  # the result keeps the first document for its language, not its line cache
        if first_change is None:
            break
        current = doc.text
    else:
        if NOT_SETTLED not in ignored_rules:
            findings.append(_not_settled(*first_change))
    return CleanResult(current, text, first_doc, stages, findings)


def _round_of_passes(doc: Document, passes: Sequence[Pass], rules: RuleSet, ignored_rules: frozenset,
                     stages: list[tuple[list[Edit], OffsetMap]],
                     findings: list[tuple[int, Edit]]) -> tuple[int, Edit] | None:
    """Run every pass once on ``doc``, appending what they apply to ``stages`` and what they
    only report to ``findings``. Returns the round's first applied edit with the number of
    stages before it (for locating it), or None when the round changed nothing."""
    first_change: tuple[int, Edit] | None = None
    for p in passes:
        applied = _proposals(p, doc, rules, ignored_rules, len(stages), findings)
        if not applied:
            continue
        mapping = OffsetMap(applied)
        change = _add_stage(doc.text, p.name, applied, mapping, stages, findings)
        if first_change is None:
            first_change = change
        doc.text = _edits.apply(doc.text, applied)
        doc.forget_lines()  # the lines of the old text: free them now, not when a pass next asks
        doc.record(mapping)
    return first_change


def _proposals(p: Pass, doc: Document, rules: RuleSet, ignored_rules: frozenset, stage: int,
               findings: list[tuple[int, Edit]]) -> list[Edit]:
    """What pass ``p`` applies to ``doc`` (checked and normalised); what it only reports goes to
    ``findings``, located ``stage`` stages in."""
    try:
        proposed = p.propose(doc, rules)
        if ignored_rules:
            proposed = [e for e in proposed if e.rule not in ignored_rules]
        proposed = markdown.keep_outside_markup(doc, proposed)  # Markdown: code, HTML, URLs, tables stay
        if not proposed:
            return []
        shown = [e for e in proposed if e.safety == DISPLAY_ONLY]
        if shown:
            findings.extend((stage, e._replace(before=doc.text[e.start:e.end])) for e in shown)
            proposed = [e for e in proposed if e.safety != DISPLAY_ONLY]
        return _edits.normalise(doc.text, proposed)
    except Exception as exc:  # a bug or a hostile rule: name the pass and rule, keep the input
        raise PassError(p.name, getattr(exc, "rule", None), exc) from exc


def _add_stage(text: str, pass_name: str, applied: list[Edit], mapping: OffsetMap,
               stages: list[tuple[list[Edit], OffsetMap]], findings: list[tuple[int, Edit]]) -> tuple[int, Edit]:
    """Record ``applied`` (edits of ``text``) as a stage; returns its first edit with the number
    of stages before it. When the stage before is the same pass (the last pass to change the
    previous round is the first to change this one), replay groups edits by pass, so the two
    stages become one, on the text the earlier one was given."""
    if not (stages and stages[-1][0] and stages[-1][0][0].pass_name == pass_name):
        stages.append((applied, mapping))
        return len(stages) - 1, applied[0]
    before, before_map = stages[-1]
    merged, moved = _compose(text, before, before_map, applied)
    k = len(stages) - 1
    if merged:
        stages[-1] = (merged, OffsetMap(merged))
    else:  # the second undid the first: no stage at all
        stages.pop()
    # Findings so far in this round are offsets into the text the earlier stage wrote.
    findings[:] = [(k, e._replace(start=before_map.back(e.start))) if i == k + 1 else (i, e) for i, e in findings]
    return k, moved


def _not_settled(k: int, e: Edit) -> tuple[int, Edit]:
    """The finding for a document still changing after MAX_ROUNDS rounds, at the last round's
    first change (``k`` stages before it)."""
    reason = (f"still changing after {MAX_ROUNDS} rounds of all passes (in the last, {e.pass_name}/{e.rule} "
              f"changed {e.before[:40]!r} to {e.replacement[:40]!r}); cleaning the output again may change it again")
    return k, Edit(e.start, e.end, e.replacement, "pipeline", NOT_SETTLED, reason, e.before, DISPLAY_ONLY)


def _compose(t1: str, a: list[Edit], a_map: OffsetMap, b: list[Edit]) -> tuple[list[Edit], Edit]:
    """One stage of edits on a text T0 doing what stage ``a`` (on T0) then stage ``b`` (on
    ``t1``, which is ``a`` applied to T0) do. Edits of ``b`` that touch no edit of ``a`` keep
    their identity (offsets moved to T0); where they overlap, the edits involved become one,
    named after the first of ``b``'s. Returns the edits, and the first one coming from ``b``.
    """
    spans = a_map.new_spans()
    ns = [s for s, _ in spans]
    ne = [e for _, e in spans]

    def shift_before(i: int) -> int:  # how much a's edits before index i moved the text
        return ne[i - 1] - a[i - 1].end if i else 0

    items: list[tuple[tuple[int, int, int], Edit]] = []
    in_group = bytearray(len(a))
    for seq, (p, q, members) in enumerate(_overlaps(ns, ne, b)):
        if p >= q:  # touches no edit of a: the same edit, in T0's offsets
            (e,) = members
            d = shift_before(bisect_right(ne, e.start))
            items.append(((e.start, 1, seq), e._replace(start=e.start - d, end=e.end - d)))
            continue
        for i in range(p, q):
            in_group[i] = 1
        joined = _joined(t1, a, ns, ne, p, q, members)
        if joined is not None:
            items.append(((joined.start, 1, seq), joined._replace(start=joined.start - shift_before(p),
                                                                  end=joined.end - (ne[q - 1] - a[q - 1].end))))
    for i, e in enumerate(a):
        if not in_group[i]:
            items.append(((ns[i], 0 if ns[i] == ne[i] else 2, 0), e))
    items.sort(key=lambda item: item[0])
    merged = [e for _, e in items]
    first_b = b[0]._replace(start=a_map.back(b[0].start))
    moved = next((e for key, e in items if key[1] == 1), merged[0] if merged else first_b)
    return merged, moved


def _overlaps(ns: list[int], ne: list[int], b: list[Edit]) -> list[list]:
    """The edits of ``b`` grouped with the edits of ``a`` (new spans ``ns``/``ne``) they overlap:
    ``[first a, end a, [b edits]]``; a group with first >= end overlaps none."""
    groups: list[list] = []
    for e in b:
        lo_i = bisect_right(ne, e.start)  # first edit of a ending after e starts
        hi_i = bisect_left(ns, e.end)  # first edit of a starting at or after e's end
        if lo_i < hi_i and groups and groups[-1][0] < groups[-1][1] and lo_i < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi_i)
            groups[-1][2].append(e)
        else:
            groups.append([lo_i, hi_i, [e]])
    return groups


def _joined(t1: str, a: list[Edit], ns: list[int], ne: list[int], p: int, q: int, members: list[Edit]) -> Edit | None:
    """Edits ``a[p:q]`` and ``members`` of ``b`` as one edit, in ``t1``'s offsets (None when
    together they change nothing)."""
    lo, hi = min(ns[p], members[0].start), max(ne[q - 1], members[-1].end)
    pieces, pos = [], lo
    for e in members:
        pieces += (t1[pos:e.start], e.replacement)
        pos = e.end
    pieces.append(t1[pos:hi])
    old, pos = [], lo
    for i in range(p, q):
        old += (t1[pos:ns[i]], a[i].before)
        pos = ne[i]
    old.append(t1[pos:hi])
    first = members[0]
    safety = _edits.least_sure([*(x.safety for x in a[p:q]), *(m.safety for m in members)])
    replacement, before = "".join(pieces), "".join(old)
    if replacement == before:
        return None
    return Edit(lo, hi, replacement, first.pass_name, first.rule, first.reason, before, safety)


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
