"""boilerplate: drop scrape chrome, whole lines at a time, from rules anyone can extend.

    Share prices fell 3% on Monday.          Share prices fell 3% on Monday.
    Share                              ->
    Comments                                 (the last two lines are gone)
    0 comments

Rules live in ``boilerplate*.toml`` (see rules/README.md). A rule's pattern must match a whole
stripped line, so the same words inside a sentence ("Comments from regulators were muted.") are
content. Scopes: ``line`` drops the line; ``tail`` drops it and everything after it; ``head``
drops it and everything before it; ``block`` drops a heading and the short link lines under it.
A tail or head rule only cuts when no prose paragraph lies in what it would cut. Besides the
rules, two built-in checks: ``repeated-masthead`` (the same short line again within the first
lines) and ``edge-chrome`` (runs of menu-like short lines before the first and after the last
prose paragraph, never between two paragraphs, removed only when most of their lines are menu
items or lines a rule removed (in a run of eight lines or more, two such lines suffice) and nothing in or around them looks like content: label/value
pairs, list items, table rows, a heading over them, words shared with the article; otherwise
they stay and are reported as a finding). A line a rule matched that is a value in a block of
label/value lines (an app's spec box, a story's credits) also stays, as a finding.
``--ignore RULE`` switches any rule off. Every deleted line or block is a ``likely`` edit (a rule
matched it, but a rule can be broader than a site's content); what the pass is unsure of is a
``display-only`` finding.
Unsafe when: a rule is too broad for a site's real content; losing a line of content is far
worse than keeping a line of chrome, so every rule carries counter-examples.
"""


from __future__ import annotations

from ...document import Document, Line
from ...edits import DISPLAY_ONLY, LIKELY, Edit
from ...rulefile import RuleSet
from ..base import Pass
from .layout import (PROSE_MIN_LEN, SENTENCE_END, _edge_chrome, _first_unguarded, _label_value_boxes, _near, _repeated_masthead,
                     _sentenceish, is_label_value, is_prose, short_lines_end)
from .matcher import Matcher, _matcher
from .rows import CRUMB_RULE, ROW_RULE, Edges, breadcrumbs, button_rows, colon_headings
from .site import MAX_LINE as SITE_MAX_LINE, SiteLines, head_lines, line_key
from .rules import DEFAULT_MAX_LENGTH, KIND, NAME, SCOPES, Rule, RulePattern, Variant

__all__ = ["DEFAULT_MAX_LENGTH", "KIND", "Matcher", "NAME", "PASS", "Rule", "RulePattern", "SCOPES", "Variant",
           "is_label_value", "is_prose", "propose"]

Drop = dict  # line index -> (rule id, reason)
SITE_RULE = "site-repetition"
SCORER_RULE = "line-scorer"


# -- the pass ------------------------------------------------------------------------------
def propose(doc: Document, rules: RuleSet) -> list[Edit]:
    lines = doc.lines()
    if not lines:
        return []
    n = len(lines)
    stripped = [ln.content.strip() for ln in lines]
    prose = [len(s) >= PROSE_MIN_LEN and is_prose(s) for s in stripped]  # (the length test first: most lines are short)
    drop: Drop = {}
    matcher = _matcher(rules)
    all_hits = matcher.match_lines(stripped)
    first_prose = prose.index(True) if True in prose else n
    last_prose = n - 1 - prose[::-1].index(True) if True in prose else -1
    # Chrome written another way (rows, trails, headings with a colon) is looked for only on a
    # page where a rule found chrome: a page with none is taken for clean.
    edges = Edges(stripped, first_prose, last_prose) if any(all_hits) else None
    if edges is not None:
        colon_headings(stripped, edges, all_hits, matcher)
    # Per line, the first rule of each kind that matched: unconditional ones before guarded ones.
    hits = [_first_unguarded(rs) if rs else None for rs in all_hits]
    hit = [i for i, rs in enumerate(all_hits) if rs]  # the few lines any rule matched, in order

    _line_rules(stripped, all_hits, hits, hit, drop)
    if edges is not None:
        button_rows(stripped, edges, all_hits, drop, matcher)
        breadcrumbs(stripped, edges, all_hits, drop)
    findings: list[tuple[int, int, str, str]] = []  # (first line, last line, rule id, reason)
    _label_value_boxes(stripped, all_hits, drop, findings)
    _block_rules(stripped, prose, hits, hit, drop)
    _head_rules(hits, hit, first_prose, drop)
    tail_at = _tail_rules(stripped, hits, hit, first_prose, last_prose, drop)
    site = doc.options.get("site_lines")
    if site is not None:
        _site_repetition(stripped, prose, drop, findings, site)
    _repeated_masthead(stripped, drop)
    _edge_chrome(stripped, prose, drop, first_prose, last_prose, findings, markdown=doc.is_markdown)
    if doc.options.get("line_scorer") and SCORER_RULE not in doc.ignored_rules:
        _line_scorer(doc, lines, drop, findings)

    return _edits(doc, lines, drop, tail_at) + [
        Edit(lines[i].start, lines[j].end, "", NAME, rule, reason, safety=DISPLAY_ONLY)
        for i, j, rule, reason in findings
    ]


# -- the line scorer ----------------------------------------------------------------------
def _line_scorer(doc: Document, lines: list[Line], drop: Drop, findings: list) -> None:
    """What the learned line scorer is sure of among the lines the rules leave: a line goes only
    where the model is sure (see cleaner/linescorer.py); what it only suspects is reported. In
    Markdown, as for edge-chrome, short lines are the author's structure: reported, never removed."""
    from ... import linescorer  # the model loads on the first page that needs it

    left = [i for i in range(len(lines)) if i not in drop]
    texts = [lines[i].content for i in left]
    def lang() -> str | None:  # worked out only when the text is worth scoring
        return None if doc.lang == "und" else doc.lang

    delete, suspect = linescorer.scan(texts, lang)
    if doc.is_markdown:
        delete, suspect = [], delete + suspect
    for span in delete:
        for k in range(span.first, span.last + 1):
            drop[left[k]] = (SCORER_RULE, span.reason)
    findings.extend((left[span.first], left[span.last], SCORER_RULE, span.reason) for span in suspect)


# -- line and near rules -------------------------------------------------------------------
def _line_rules(stripped: list[str], all_hits: list[list[Rule]], hits: list, hit: list[int], drop: Drop) -> None:
    for i in hit:
        rule = hits[i]
        if rule.scope == "line" and rule.near is None:
            drop[i] = (rule.id, rule.description or "boilerplate line")
    for i in hit:
        if i in drop:
            continue
        for rule in all_hits[i]:
            if rule.near is not None and _near(i, stripped, rule, drop):
                drop[i] = (rule.id, rule.description or "boilerplate next to other boilerplate")
                break


# -- block rules ---------------------------------------------------------------------------
def _block_rules(stripped: list[str], prose: list[bool], hits: list, hit: list[int], drop: Drop) -> None:
    """A heading plus the short link lines directly under it. Whether a line extends a run does
    not depend on where the run started, so a heading inside the run of an earlier one ends where
    that run ends: each line is walked once (many headings in a row stay linear). A ``list``
    heading takes its lines only when they are a list that the article does not go on after
    (see :func:`_list_of_links`); else it goes alone."""
    reach = 0  # lines before this are already in some heading's run
    for i in hit:
        rule = hits[i]
        if rule.scope not in ("block", "list") or rule.near is not None:
            continue
        drop[i] = (rule.id, rule.description or "boilerplate heading")
        start = max(i + 1, reach)
        j = short_lines_end(stripped, start)
        if rule.scope == "list" and not _list_of_links(stripped, prose, hits, i, j):
            continue
        for k in range(start, j):
            drop.setdefault(k, (rule.id, "link line under a boilerplate heading"))
        reach = j


LIST_MIN_LINES = 2


def _list_of_links(stripped: list[str], prose: list[bool], hits: list, i: int, j: int) -> bool:
    """Whether the short lines from ``i + 1`` to ``j`` under heading ``i`` are a list of links:
    at least LIST_MIN_LINES of them, and what follows them (past blank lines) is the end of the
    text, a line a rule matched, or no paragraph of prose. A bare "Related" inside an article
    is often a teaser: one headline, then the article's next subheading and its paragraph."""
    if j - i - 1 < LIST_MIN_LINES:
        return False
    k = j
    while k < len(stripped) and not stripped[k]:
        k += 1
    return k == len(stripped) or hits[k] is not None or not prose[k]


# -- head and tail rules -------------------------------------------------------------------
def _head_rules(hits: list, hit: list[int], first_prose: int, drop: Drop) -> None:
    """The last head rule with no prose above it cuts everything above."""
    for i in reversed([i for i in hit if i < first_prose]):
        rule = hits[i]
        if rule.scope == "head":
            for j in range(i + 1):
                drop[j] = (rule.id, rule.description or "page header before the article")
            break


def _tail_rules(stripped: list[str], hits: list, hit: list[int], first_prose: int, last_prose: int,
                drop: Drop) -> int | None:
    """The first tail rule with no running text below it cuts everything below (returns its
    line); a tail rule with text below (a paywall notice above the article, or the article's
    own short paragraphs after it) or a head rule with prose above only drops its own line."""
    tail_at = None
    for i in hit:
        rule = hits[i]
        if rule.scope == "tail":
            if i > last_prose and not _running_text_below(stripped, hits, i):
                tail_at = i
                for j in range(i, len(stripped)):
                    drop[j] = (rule.id, rule.description or "page footer after the article")
                break
            drop.setdefault(i, (rule.id, rule.description or "boilerplate line"))
        elif rule.scope == "head" and first_prose <= i <= last_prose:
            drop.setdefault(i, (rule.id, rule.description or "boilerplate line"))
    return tail_at


RUNNING_MIN_LEN = 50  # a shorter line is no paragraph an article may be made of
RUNNING_MIN_WORDS = 8
RUNNING_MIN_CJK = 25


def _running_text_below(stripped: list[str], hits: list, i: int) -> bool:
    """A line below line ``i`` that no rule matched and that reads like a paragraph of an
    article: a sentence of at least RUNNING_MIN_WORDS words (RUNNING_MIN_CJK CJK characters).
    Prose in the pass's sense is longer (PROSE_MIN_CHARS); an article of short paragraphs,
    as wire copy is written, has none, and a cut there would take the article with it."""
    for j in range(i + 1, len(stripped)):
        s = stripped[j]
        if len(s) < RUNNING_MIN_LEN or hits[j] is not None or not s.endswith(SENTENCE_END):
            continue
        if len(s.split()) >= RUNNING_MIN_WORDS or len(s) - len(s.encode("ascii", "ignore")) >= RUNNING_MIN_CJK:
            return True
    return False


# -- repetition across the site -------------------------------------------------------------
def _site_repetition(stripped: list[str], prose: list[bool], drop: Drop, findings: list, site: SiteLines) -> None:
    """Lines that recur across the site's documents (see :mod:`.site`), except what is the
    article's: its title, its fact boxes, its sentences; when nothing else would be left, they
    stay and are reported."""
    chosen = _site_lines_here(stripped, prose, drop, site)
    if not chosen:
        return
    reason = "the same line is in {} of %d documents of this site" % site.documents
    if all(i in chosen or i in drop or not s for i, s in enumerate(stripped)):
        findings += [(i, i, SITE_RULE, reason.format(found) + "; kept: nothing else would be left")
                     for i, found in chosen.items()]
        return
    for i, found in chosen.items():
        drop[i] = (SITE_RULE, reason.format(found))


def _site_lines_here(stripped: list[str], prose: list[bool], drop: Drop, site: SiteLines) -> dict[int, int]:
    """The lines of this document the site repeats and that are not the article's: line -> in
    how many of the site's documents it is."""
    keys = [line_key(s) if s else "" for s in stripped]
    titles = {i for i in head_lines(stripped, prose) if site.own_heading(keys[i])}
    first_prose = prose.index(True) if True in prose else len(stripped)
    last_prose = len(prose) - 1 - prose[::-1].index(True) if True in prose else -1

    def the_articles(i: int) -> bool:
        return (i in titles or prose[i] or len(stripped[i]) > SITE_MAX_LINE or _in_fact_box(stripped, i)
                or first_prose < i < last_prose and _sentenceish(stripped[i]))

    found = {i: site.repeated(k) for i, k in enumerate(keys) if k and i not in drop}
    return {i: n for i, n in found.items() if n and not the_articles(i)}


def _in_fact_box(stripped: list[str], i: int) -> bool:
    """A label/value line, or the heading right over one ("Key facts:" over "Start of work: April")."""
    if is_label_value(stripped[i]):
        return True
    below = next((s for s in stripped[i + 1:i + 3] if s), "")
    return stripped[i].endswith((":", "：")) and is_label_value(below)


# -- edits ---------------------------------------------------------------------------------
def _end_cut(text: str, lines: list[Line], drop: Drop) -> int | None:
    """Where the chrome at the end of the document starts, when everything after the last kept
    line of content is chrome (None otherwise)."""
    n = len(lines)
    kept_content = [i for i in range(n) if i not in drop and lines[i].content.strip()]
    last_kept = kept_content[-1] if kept_content else -1
    if max(drop) <= last_kept or not all(i in drop or not lines[i].content.strip() for i in range(last_kept + 1, n)):
        return None
    if last_kept >= 0 and not text.endswith(("\n", "\r")):
        return lines[last_kept].end  # keep the missing final newline missing
    return lines[last_kept].next if last_kept >= 0 else 0


def _edits(doc: Document, lines: list[Line], drop: Drop, tail_at: int | None) -> list[Edit]:
    if not drop:
        return []
    text = doc.text
    end_cut = _end_cut(text, lines, drop)
    edits: list[Edit] = []
    for i in sorted(drop):
        if end_cut is not None and lines[i].start >= end_cut:
            continue
        rule, reason = drop[i]
        edits.append(Edit(lines[i].start, lines[i].next, "", NAME, rule, reason, safety=LIKELY))
    if end_cut is not None and end_cut < len(text):
        first_tail = min(i for i in drop if lines[i].start >= end_cut or lines[i].next > end_cut)
        rule, reason = drop[tail_at if tail_at is not None and tail_at >= first_tail else first_tail]
        edits.append(Edit(end_cut, len(text), "", NAME, rule, reason, safety=LIKELY))
    return edits


PASS = Pass(
    NAME,
    "drop scrape chrome (comment counters, share bars, paywalls, image placeholders, ...) by rules",
    propose,
    rule_ids=("repeated-masthead", "edge-chrome", ROW_RULE, CRUMB_RULE, SITE_RULE, SCORER_RULE),
    rule_kind=NAME,
    kinds=(KIND,),
)
