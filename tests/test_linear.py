"""Hostile inputs stay linear: work counted at n and 2n grows about 2x.

No test here times anything: each counts units of work (calls of a function, characters a
search looks at) at two sizes, or checks the algorithm's structure, so a quadratic step shows as
a ratio near 4 whatever the machine's speed.
"""

from __future__ import annotations

from cleaner import pipeline
from cleaner.passes import mojibake
from cleaner.passes.boilerplate import layout


def _ratio(small: int, big: int) -> float:
    return big / max(small, 1)


# -- many boilerplate headings in a row ----------------------------------------------------
def counting(monkeypatch, module, name: str) -> list[int]:
    """Replace ``module.name`` with a wrapper that counts its calls; the count is ``[n]``."""
    real, calls = getattr(module, name), [0]

    def wrapper(*args):
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def _count_statement_calls(monkeypatch, text: str) -> int:
    with monkeypatch.context() as m:
        calls = counting(m, layout, "_statement")  # (the walk under a heading: layout.short_lines_end)
        result = pipeline.clean(text, select=["boilerplate"])
    assert result.text == ""  # all chrome
    return calls[0]


def test_repeated_block_headings_are_walked_once(monkeypatch):
    """Every "Related Articles" line is a block heading whose run covers all the lines below it:
    walking each heading's run again was quadratic (340 KB took minutes)."""
    small = _count_statement_calls(monkeypatch, "Related Articles\n" * 2000)
    big = _count_statement_calls(monkeypatch, "Related Articles\n" * 4000)
    assert small <= 2000 + 10
    assert _ratio(small, big) < 2.2


def test_block_headings_with_link_lines_keep_their_result():
    """The shortcut changes nothing: a heading inside an earlier run, one after a paragraph."""
    prose = ("The company said on Monday that its cloud revenue grew by a third in the quarter, "
             "driven by demand for artificial intelligence services from small businesses.")
    text = "\n".join([prose, "Related Articles", "A link line", "Most Read", "Another link", "",
                      prose, "Related Articles", "Link under it", prose, ""])
    out = pipeline.clean(text, select=["boilerplate"]).text
    assert out == "\n".join([prose, "", prose, prose, ""])


# -- a long tab-separated mojibaked line ---------------------------------------------------
class CountingStr(str):
    """A string that counts the characters its rfind calls look at."""

    scanned = 0

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        CountingStr.scanned += max(0, hi - lo)
        return str.rfind(self, sub, start, end)


def _scanned(content: str) -> int:
    CountingStr.scanned = 0
    pieces = list(mojibake._words_with_markers(CountingStr(content)))
    assert pieces
    return CountingStr.scanned


def _tab_separated_mojibake(words: int) -> str:
    return "\t".join(["caf\u00c3\u00a9"] * words)  # "café" read as Latin-1, no spaces at all


def test_words_of_a_long_line_are_found_in_one_scan():
    small_line, big_line = _tab_separated_mojibake(20_000), _tab_separated_mojibake(40_000)
    small, big = _scanned(small_line), _scanned(big_line)
    assert small <= len(small_line)
    assert big <= len(big_line)
    assert _ratio(small, big) < 2.2


def test_words_of_a_long_line_are_those_of_the_old_search():
    """Bounding the backward search by the previous word finds the same words as searching from
    the start of the line."""

    def old(content):
        last_end = -1
        for m in mojibake.MARKER.finditer(content):
            if m.start() < last_end:
                continue
            start = max(content.rfind(" ", 0, m.start()) + 1, last_end)
            space = mojibake._SPACE.search(content, m.end())
            end = space.start() if space else len(content)
            last_end = end
            yield start, end

    for line in (_tab_separated_mojibake(50), "a b\u00c3\u00a9c d\te\u00c3\u00a9 f" * 30,
                 "\u00c3\u00a9" * 40, " x\u00c3\u00a9 " * 20, "no marker here"):
        assert list(mojibake._words_with_markers(line)) == list(old(line))


def test_a_repeated_word_of_a_long_line_is_repaired_once(monkeypatch):
    calls = counting(monkeypatch, mojibake, "fix_encoding")
    line = _tab_separated_mojibake(5_000)
    result = pipeline.clean(line, select=["mojibake"])
    assert result.text == "\t".join(["caf\u00e9"] * 5_000)
    assert calls[0] <= 5  # the first word, and every later one (which starts with the tab)


# Separator rows that almost match a rule: the old patterns ('\s* [|·]? \s*' inside a repeat) let
# every run of spaces split two ways per iteration and took minutes on one footer row. The
# budget here only stops a regression from hanging the suite; it is far above what a linear
# match needs.
HOSTILE_ROWS = {
    "legal-links": "privacy" + "    privacy" * 11 + "    privacx",
    "social-network-bar": "Facebook" + "    Twitter" * 11 + "    Twittex",
}


def test_separator_rows_do_not_backtrack():
    from cleaner.budget import BudgetExceeded, limit
    from cleaner.rules import default_rules

    rules = default_rules().get("boilerplate")
    for rule_id, line in HOSTILE_ROWS.items():
        pattern = rules[rule_id].pattern
        try:
            with limit(30):
                pattern.fullmatch(line)
        except BudgetExceeded:  # pragma: no cover - the failure being guarded against
            raise AssertionError(f"{rule_id} backtracks on a row of separators") from None
