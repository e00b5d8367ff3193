from __future__ import annotations

import pytest

from cleaner import clean, replay
from cleaner.edits import Edit, EditConflict, LineIndex, OffsetMap, apply, normalise


def edit(s, e, r):
    return Edit(s, e, r, "test", "rule", "reason")


def test_normalise_sorts_fills_before_and_drops_noops():
    text = "abcdef"
    out = normalise(text, [edit(4, 5, "E"), edit(0, 1, "a"), edit(1, 2, "B")])
    assert [(e.start, e.before, e.replacement) for e in out] == [(1, "b", "B"), (4, "e", "E")]
    assert apply(text, out) == "aBcdEf"


@pytest.mark.parametrize("bad", [[edit(0, 3, "x"), edit(2, 4, "y")], [edit(5, 9, "x")], [edit(3, 2, "")]])
def test_overlapping_or_out_of_range_edits_are_refused(bad):
    with pytest.raises(EditConflict):
        normalise("abcdef", bad)


def test_offset_map_back_and_forward():
    text = "one two three"
    edits = normalise(text, [edit(0, 3, "1"), edit(8, 13, "3!!")])
    new = apply(text, edits)
    assert new == "1 two 3!!"
    m = OffsetMap(edits)
    assert m.back(new.index("two")) == text.index("two")
    assert m.back(new.index("3")) == 8
    assert m.forward(text.index("two")) == new.index("two")
    assert m.new_spans() == [(0, 1), (6, 9)]


def test_line_index_handles_every_line_ending():
    idx = LineIndex("a\r\nb\rc\nd")
    assert [idx.locate(p) for p in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]


def test_report_locates_edits_in_the_original_input():
    text = "Headline\n\n\n\n\nAlibaba\u00e2\u20ac\u2122s <b>cloud</b>  \n"
    result = clean(text)
    by_rule = {e.rule: e for e in result.edits}
    assert (by_rule["utf8-as-cp1252"].line, by_rule["utf8-as-cp1252"].column) == (6, 8)
    tag = next(e for e in result.edits if e.before == "<b>")
    assert (tag.line, tag.column) == (6, 13)
    assert replay(text, result.edits) == result.text == "Headline\n\nAlibaba’s cloud\n"
