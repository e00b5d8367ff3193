"""Each fast path gives what the plain way it replaces gives.

Several hot spots avoid a regex scan or a library's general entry point for speed. Here each is
compared with the plain version, on real text and on generated text.
"""

from __future__ import annotations

import re

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lang
from cleaner.bench import _mojibake
from cleaner.document import NEWLINE_RE, iter_lines, split_lines
from cleaner.edits import LineIndex
from cleaner.passes import mojibake, punctuation, whitespace

from helpers import ROOT, SEEDS, ftfy_encoding_config


def _real_lines() -> list[str]:
    paths = sorted(ROOT.glob("samples/*/input.txt")) + (sorted(SEEDS.glob("*")) if SEEDS.is_dir() else [])
    return [ln for p in paths if p.is_file() for ln in p.read_text(encoding="utf-8").splitlines()]


REAL = _real_lines()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \t\u00a0,;:.?!\r\n中", max_size=30))
def test_line_splitting_and_line_index(text):
    assert split_lines(text) == list(iter_lines(text))
    assert LineIndex(text).starts == [0] + [m.end() for m in NEWLINE_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \t,;:.?!\n", max_size=30))
def test_punctuation_candidates(text):
    expected = [(m.start(), m.end() - 1) for m in punctuation.CANDIDATE_RE.finditer(text)]
    assert punctuation._candidates(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \t\u00a0\r\n", max_size=20))
def test_trailing_blank_test(text):
    assert whitespace._has_trailing(text) == bool(text.endswith((" ", "\t", "\u00a0")) or re.search(r"[ \t\u00a0][\r\n]", text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFFF), max_size=20))
def test_han_prefilter_never_misses(text):
    if re.search(f"[{lang.HAN}]", text):
        assert lang.may_contain_han(text)


def test_mojibake_repair_equals_ftfy_fix_text_on_real_lines():
    cases = []
    for line in REAL:
        cases += [line, _mojibake(line)]
        if not line.isascii():
            cases.append(_mojibake(_mojibake(line)))
    assert sum(1 for c in cases if mojibake.MARKER.search(c)) > 100
    config = ftfy_encoding_config()
    wrong = [c for c in cases if mojibake.fix_encoding(c) != ftfy.fix_text(c, config=config)]
    assert not wrong, wrong[:3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aé’“”—中 \u0080\u0093\u00a0") + ["â€™", "Ã©", "Â", "Ã"]), max_size=15).map("".join))
def test_mojibake_repair_equals_ftfy_fix_text_on_generated_text(text):
    assert mojibake.fix_encoding(text) == ftfy.fix_text(text, config=ftfy_encoding_config())


@settings(max_examples=800, deadline=None)
@given(
    text=st.text(alphabet="ab\n", max_size=40).map(lambda t: t.replace("\n", "\r\n") if t.endswith("b") else t),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=4),
)
def test_whitespace_runs_near_touched_spans(text, spans):
    from cleaner.document import Document

    if whitespace._has_trailing(text) or whitespace._needs_work(text):
        return
    doc = Document(text)
    doc.touched = [(min(s, len(text)), min(s + w, len(text))) for s, w in spans]
    touched = whitespace._Touched(doc.touched)
    lines = doc.lines()
    expected = whitespace._every_line(doc, lines, touched, False)
    near = whitespace._runs_near(doc, [ln.content for ln in lines], [ln.start for ln in lines], lines.__getitem__, touched)
    assert near == expected
    if "\r" not in text:
        assert whitespace._runs_near_text(doc, touched) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,。中文國字的") + ["\u3400", "\u4dbf", "\u4dc0", "\u9fff", "\ua000", "\uf900",
                                                               "\ufaff", "\U00020000", "\U0002ebef", "\ud800", "é", "’"]),
               max_size=30))
def test_han_runs_found_through_windows(text):
    from cleaner.passes.cjk_glossary import RUN_RE

    found = [(m.start(), m.end()) for m in lang.finditer_in_windows(RUN_RE, text, lang.han_windows(text))]
    assert found == [(m.start(), m.end()) for m in RUN_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a \t\u00a0\n", max_size=20))
def test_blank_line_runs_found_by_substring(text):
    if not whitespace._has_trailing(text):
        assert ("\n\n\n\n" in text) == whitespace._needs_work(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é’“\u00c1\u00c2\u00c3\u00f4\u00f5\u0080\u00a0€中")), max_size=12))
def test_mojibake_prefilter_never_misses(text):
    if mojibake.MARKER.search(text):
        assert mojibake.may_have_marker(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab\r\n", max_size=20), st.integers(0, 19))
def test_line_around_an_offset(text, pos):
    from cleaner.document import LineFinder

    if not text or text[min(pos, len(text) - 1)] in "\r\n":
        return
    pos = min(pos, len(text) - 1)
    line = next(ln for ln in iter_lines(text) if ln.start <= pos < ln.end)
    assert LineFinder(text).around(pos) == (line.start, line.end)


# -- boilerplate: menu-like lines ------------------------------------------------------------
def test_digit_or_colon_is_what_isdigit_accepts_and_the_colons():
    from cleaner.passes.boilerplate.layout import DIGIT_OR_COLON

    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = {m.group() for m in DIGIT_OR_COLON.finditer(text)}
    assert found == {ch for ch in text if ch.isdigit() or ch in ":："}


def _menu_like_plain(s: str) -> bool:
    from cleaner.passes.boilerplate.layout import _CJK_CHAR, MENU_WORDS, _sentenceish

    if not s or _sentenceish(s) or len(s) > 40 or any(ch.isdigit() or ch in ":：" for ch in s):
        return False
    return len(s.split()) <= MENU_WORDS and len(_CJK_CHAR.findall(s)) <= 8


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab Z.?:：²①9中文한글かな \u3000", max_size=45))
def test_menu_like(text):
    from cleaner.passes.boilerplate.layout import _menu_like

    assert _menu_like(text) == _menu_like_plain(text)


def test_menu_like_on_real_lines():
    from cleaner.passes.boilerplate.layout import _menu_like

    lines = [ln.strip() for ln in REAL]
    assert [_menu_like(s) for s in lines] == [_menu_like_plain(s) for s in lines]
