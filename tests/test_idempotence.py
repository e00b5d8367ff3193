"""Cleaning twice changes nothing, by construction: the pipeline runs all passes in rounds until
a round changes nothing (at most ``MAX_ROUNDS``), and reports a document that does not settle.

The counterexamples a fuzzer found before the rounds existed are read from the shared bench
folder (``../shared/bench/idempotence``, not part of the repository); the realistic cases below
always run.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean, replay
from cleaner.edits import DISPLAY_ONLY, Edit, apply, normalise
from cleaner.passes import PASSES, Pass
from cleaner.pipeline import MAX_ROUNDS, NOT_SETTLED, _compose, check_ignore
from cleaner.rules import default_rules

from helpers import SHARED

IDEMPOTENCE = SHARED / "bench" / "idempotence"
COUNTEREXAMPLES = IDEMPOTENCE / "counterexamples.jsonl"


def _counterexamples():
    if not COUNTEREXAMPLES.exists():
        return [pytest.param(None, id="missing", marks=pytest.mark.skip(
            reason=f"no fuzzer counterexamples: {IDEMPOTENCE} is absent (it lives outside the repository)"))]
    lines = COUNTEREXAMPLES.read_text(encoding="utf-8").splitlines()
    return [pytest.param(json.loads(line), id=f"line{n}") for n, line in enumerate(lines, 1) if line.strip()]


def _assert_settled(text: str, lang: str | None = None):
    once = clean(text, lang=lang)
    twice = clean(once.text, lang=lang)
    assert twice.text == once.text, [(e.pass_name, e.rule, e.before, e.replacement) for e in twice.edits]
    assert twice.edits == []
    assert replay(text, once.edits) == once.text
    assert not [f for f in once.findings if f.rule == NOT_SETTLED]
    return once


@pytest.mark.parametrize("case", _counterexamples())
def test_fuzzer_counterexample_settles(case):
    _assert_settled(case["min"], case.get("lang"))


# -- realistic cases: one round is not enough, the second settles them ------------------------
def test_translated_company_name_is_context_for_the_names_table():
    # The glossary translates 阿里巴巴; "Alibaba" is the context the names table asks for.
    text = "Cai Hongxin, chairman of 阿里巴巴, said the company would keep investing in cloud computing.\n"
    result = _assert_settled(text)
    assert result.text == "Joe Tsai, chairman of Alibaba, said the company would keep investing in cloud computing.\n"
    by_rule = {e.rule: e for e in result.edits}
    assert (by_rule["cjk-leftover"].line, by_rule["cjk-leftover"].column) == (1, 26)
    assert (by_rule["name-variant"].line, by_rule["name-variant"].column, by_rule["name-variant"].before) == (1, 1, "Cai Hongxin")
    assert result.counts() == {"cjk_glossary/cjk-leftover": 1, "names/name-variant": 1}


def test_fixed_space_makes_a_paywall_line_match():
    text = "The full interview is below.\n\nThis post is for paid subscribers .\n"
    result = _assert_settled(text)
    assert result.text == "The full interview is below.\n"
    assert [(e.pass_name, e.line) for e in result.edits] == [("punctuation", 3), ("boilerplate", 2)]


def test_native_name_next_to_a_variant():
    # Round one writes the canonical name for 蔡崇信, which makes the variant next to it a rewrite.
    result = _assert_settled("Cai Hongxin蔡崇信 spoke at VivaTech.\n", "en")
    assert result.text == "Joe Tsai Joe Tsai spoke at VivaTech.\n"
    # The names pass changed the text last in round one and first in round two: one stage, so
    # that replay (which groups edits by pass) still reproduces the output.
    assert [(e.rule, e.line, e.column) for e in result.edits] == [("name-variant", 1, 1), ("name-native", 1, 12)]


def test_findings_describe_the_output_once():
    text = "Alibaba's account 芳芳一人食 posted a video .\n\n\n\nCai Hongxin, chairman of 阿里巴巴, said so.\n"
    result = _assert_settled(text, "en")
    assert [(f.rule, f.line, f.column, f.before) for f in result.findings] == [("unresolved-cjk", 1, 19, "芳芳一人食")]


@pytest.mark.parametrize("text", [
    "",
    "The central bank left its benchmark rate unchanged.\n",
    "Alibaba\u00e2\u20ac\u2122s <p>cloud</p> &amp; more   \n\n\n\n\nShare\nComments (3)\n",
    "we don't bet on a single赛道. It built a 生态 of partners.\r\n\r\n\r\n\r\nCai Jingxin of 阿里巴巴 agreed .",
])
def test_ordinary_documents_settle(text):
    _assert_settled(text)


def test_a_document_that_needs_no_change_runs_one_round(monkeypatch):
    rounds = []
    import cleaner.pipeline as pipeline

    real = pipeline._round_of_passes
    monkeypatch.setattr(pipeline, "_round_of_passes", lambda *a: rounds.append(1) or real(*a))
    clean("The central bank left its benchmark rate unchanged.\n")
    assert len(rounds) == 1
    rounds.clear()
    clean("Comments (3)\nThe central bank left its benchmark rate unchanged .\n")
    assert len(rounds) == 2  # the second round is the check that finds nothing


# -- a document that does not settle ----------------------------------------------------------
def _always(doc, rules):
    """A pass that never settles: it always appends one more character."""
    return [Edit(len(doc.text), len(doc.text), "!", "always", "more", "one more")]


ALWAYS = Pass("always", "never settles", _always)


def test_a_document_that_does_not_settle_ends_and_is_reported():
    text = "Share prices fell 3% on Monday .\nCai Hongxin of 阿里巴巴 agreed"
    result = clean(text, passes=[*PASSES, ALWAYS], rules=default_rules())
    assert result.text.endswith("!" * MAX_ROUNDS)
    assert result.text.startswith("Share prices fell 3% on Monday.\nJoe Tsai of Alibaba agreed")
    assert replay(text, result.edits) == result.text
    [finding] = [f for f in result.findings if f.rule == NOT_SETTLED]
    assert finding.pass_name == "pipeline" and finding.safety == DISPLAY_ONLY
    assert (finding.line, finding.column) == (2, len("Cai Hongxin of 阿里巴巴 agreed") + 1)
    assert str(MAX_ROUNDS) in finding.reason and "always/more" in finding.reason
    assert result.counts()["always/more"] == MAX_ROUNDS
    # and it can be switched off like any rule
    assert not clean(text, passes=[*PASSES, ALWAYS], ignore=[NOT_SETTLED]).findings
    check_ignore([NOT_SETTLED], default_rules())


def test_two_passes_that_undo_each_other_end():
    def on(doc, rules):
        return [Edit(0, 0, "x", "on", "on", "add x")] if not doc.text.startswith("x") else []

    def off(doc, rules):
        return [Edit(0, 1, "", "off", "off", "drop x")] if doc.text.startswith("x") else []

    text = "text\n"
    result = clean(text, passes=[Pass("on", "", on), Pass("off", "", off)])
    assert result.text == text
    assert replay(text, result.edits) == text
    assert [f.rule for f in result.findings] == [NOT_SETTLED]


# -- replay and located edits across rounds ----------------------------------------------------
def _chain(doc, rules):
    """x becomes yy, then (next round) yy becomes z: the second edit overwrites the first."""
    out = []
    i = doc.text.find("yy")
    if i >= 0:
        out.append(Edit(i, i + 2, "z", "chain", "yy-z", "yy to z"))
    j = doc.text.find("x")
    if j >= 0:
        out.append(Edit(j, j + 1, "yy", "chain", "x-yy", "x to yy"))
    return out


def test_a_pass_rewriting_its_own_output_in_the_next_round_replays():
    text = "ab\ncd x ef\n"
    result = clean(text, passes=[Pass("chain", "", _chain)])
    assert result.text == "ab\ncd z ef\n"
    assert replay(text, result.edits) == result.text
    [edit] = result.edits  # one edit from x to z, named after the later rule
    assert (edit.rule, edit.before, edit.replacement, edit.line, edit.column) == ("yy-z", "x", "z", 2, 4)
    assert clean(result.text, passes=[Pass("chain", "", _chain)]).edits == []


@pytest.mark.parametrize("case", _counterexamples())
def test_counterexample_edits_replay_and_are_located(case):
    text, lang = case["min"], case.get("lang")
    result = clean(text, lang=lang)
    assert replay(text, result.edits) == result.text
    lines = text.splitlines(keepends=True) or [""]
    for e in result.edits:
        assert 1 <= e.line <= len(lines) + 1 and e.column >= 1
        if e.before and e.line <= len(lines):
            # the text an edit replaced starts where it is located (or, for an edit inside an
            # earlier replacement, where that replacement was)
            assert e.column - 1 <= len(lines[e.line - 1])


# -- composing two stages of one pass ------------------------------------------------------------
@st.composite
def _edits_on(draw, text: str, name: str):
    points = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    out, last = [], 0
    for a, b in zip(points[::2], points[1::2]):
        if a < last:
            continue
        out.append(Edit(a, b, draw(st.sampled_from(["", "X", "YY", "zzz"])), name, draw(st.sampled_from(["r1", "r2"])), ""))
        last = b
    return normalise(text, out)


@settings(max_examples=500, deadline=None, database=None)
@given(st.text("abcdef\n", max_size=20).flatmap(
    lambda t0: st.tuples(st.just(t0), _edits_on(t0, "p")).flatmap(
        lambda c: st.tuples(st.just(c[0]), st.just(c[1]), _edits_on(apply(c[0], c[1]), "p")))))
def test_compose_equals_the_two_stages(case):
    from cleaner.edits import OffsetMap

    t0, a, b = case
    if not b:
        return
    t1 = apply(t0, a)
    merged, moved = _compose(t1, a, OffsetMap(a), b)
    assert apply(t0, merged) == apply(t1, b)
    assert normalise(t0, merged) == [e._replace(before=t0[e.start:e.end]) for e in merged]
    assert all(e.before == t0[e.start:e.end] for e in merged)
