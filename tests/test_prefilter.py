"""The boilerplate matcher's gates never stop a line that a rule matches.

The matcher tries a rule only on lines that pass one of its gates (first and last character,
literal words). Every test here compares it with the slow way: every rule's regex on every line.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.passes.boilerplate import Matcher, _matcher
from cleaner.prefilter import ANY, EdgeIndex, edge_sets, gates
from cleaner.rules import default_rules

from helpers import ROOT, SEEDS

MATCHER = _matcher(default_rules())
RULES = MATCHER.rules


def brute_force(line: str) -> list[str]:
    return [r.id for r in RULES if line and len(line) <= r.max_length and r.pattern.fullmatch(line)]


def gated(line: str) -> list[str]:
    return [r.id for r in MATCHER.matches(line)]


def _rule_strings() -> list[str]:
    import tomllib

    out = []
    for path in sorted((ROOT / "rules").glob("boilerplate*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            out += [s.strip() for s in rule.get("examples", []) + rule.get("counter_examples", [])]
    return out


RULE_STRINGS = _rule_strings()


def _corpus_lines() -> list[str]:
    paths = sorted(ROOT.glob("samples/*/*.txt")) + (sorted(SEEDS.glob("*")) if SEEDS.is_dir() else [])
    lines = {ln.strip() for p in paths if p.is_file() for ln in p.read_text(encoding="utf-8").splitlines()}
    return sorted(ln for ln in lines if ln)


def test_every_rule_example_and_counter_example():
    assert len(RULE_STRINGS) > 300
    wrong = [(s, gated(s), brute_force(s)) for s in RULE_STRINGS if gated(s) != brute_force(s)]
    assert not wrong, wrong[:5]


def test_every_line_of_the_samples_and_seeds():
    lines = _corpus_lines()
    assert len(lines) > 200
    wrong = [(s, gated(s), brute_force(s)) for s in lines if gated(s) != brute_force(s)]
    assert not wrong, wrong[:5]


def test_first_match_is_the_earliest_rule_in_file_order():
    for s in RULE_STRINGS:
        expected = brute_force(s)
        found = MATCHER.match(s)
        assert (found.id if found else None) == (expected[0] if expected else None), s


# Characters the case-insensitive regex engine treats specially, edges of scripts, punctuation.
TRICKY = "İıſKµΣσςﬁß" + "ÀàÉé" + "。！？…»”’)]）" + "0٣９" + "中文图片分享" + " \t"
_fragment = st.sampled_from(RULE_STRINGS).map(lambda s: s[: len(s) // 2] if len(s) > 3 else s)


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(RULE_STRINGS),
    prefix=st.text(alphabet=TRICKY + "abcXYZ", max_size=3),
    suffix=st.text(alphabet=TRICKY + "abcXYZ", max_size=3),
    case=st.sampled_from(["keep", "upper", "lower", "swap", "title"]),
)
def test_mutated_examples(base, prefix, suffix, case):
    s = {"keep": base, "upper": base.upper(), "lower": base.lower(), "swap": base.swapcase(),
         "title": base.title()}[case]
    line = (prefix + s + suffix).strip()
    assert gated(line) == brute_force(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_fragment, st.text(alphabet=TRICKY + "ab", max_size=4)), min_size=1, max_size=4))
def test_glued_fragments(parts):
    line = " ".join(parts).strip()
    assert gated(line) == brute_force(line)


# -- the analysis itself -----------------------------------------------------------------------
def test_edges_of_a_simple_pattern():
    first, last = edge_sets(r"comments?\s*\(?\d+\)?")
    assert "c" in first and "C" in first and "x" not in first and "." not in first
    assert "7" in last and ")" in last and "٣" in last  # \d is any decimal digit
    assert "s" not in last and "." not in last


def test_edges_follow_the_engine_case_folding():
    first, _ = edge_sets("s")
    assert all(ch in first for ch in "sSſ")
    first, _ = edge_sets("k")
    assert "\u212a" in first  # KELVIN SIGN matches k case-insensitively
    for ch in "sSſk\u212a":
        assert bool(re.fullmatch("s|k", ch, re.I)) == (ch in edge_sets("s|k")[0])


def test_negated_classes_and_white_space():
    first, last = edge_sets(r"[^.!?]{1,30}\s*")
    assert "a" in first and "中" in first and "." not in last and "!" not in last and "a" in last
    assert edge_sets(r".{0,10}")[0] is ANY  # may be empty: no edge to check
    assert edge_sets(r"(\w)\1")[1] is ANY  # a back-reference can end with anything


def test_alternations_become_separate_gates():
    found = gates(r"(?:read|see)\s+more")
    assert len(found) == 2
    read, see = found
    assert "r" in read.first and "s" not in read.first and "s" in see.first
    assert read.literals in ({"read"}, {"more"}) and see.literals in ({"see"}, {"more"})
    assert read.admits("Read more") and not see.admits("Read more")
    assert not any(g.admits("Read more.") for g in found)


def test_required_literals_keep_their_meaning():
    assert gates(r"min(?:ute)?s?\s+read")[0].literals in ({"min"}, {"read"})
    assert gates(r"\d+")[0].literals is None  # nothing selective to look for first


def test_edge_index_agrees_with_each_set():
    sets = [edge_sets(p)[k] for p in (r"comments?\s*\d+", r"[^.!?]+", r"\w+", "ſ", r"[A-Z]x") for k in (0, 1)]
    index = EdgeIndex(sets)
    for ch in "aZ9.!?中ſSsK\u212a_İ-":
        mask = index.mask(ch)
        assert [bool(mask >> b & 1) for b in range(len(sets))] == [ch in s for s in sets], ch


def test_user_rule_without_literals_is_still_found(tmp_path):
    (tmp_path / "boilerplate-mine.toml").write_text(
        '[[rule]]\nid = "dash-row"\npattern = \'\'\'[-–—=_*]{3,}\'\'\'\nscope = "line"\n'
        'examples = ["----", "=====", "***"]\n', encoding="utf-8")
    from cleaner.rules import load_rules

    matcher = Matcher(load_rules(tmp_path).get("boilerplate").values())
    assert [r.id for r in matcher.matches("-----")] == ["dash-row"]
    assert matcher.matches("---- a") == []


@pytest.mark.parametrize("line", ["", " "])
def test_blank_lines_match_nothing(line):
    assert MATCHER.matches(line.strip()) == []

