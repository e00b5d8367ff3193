"""A names alias's `require` regex runs on RE2 (cleaner.pattern): linear time, and a construct the
engine lacks is a rule-file error that names the file, the entry and the construct."""

from __future__ import annotations

import re

import pytest

from cleaner import clean, load_rules
from cleaner.budget import limit
from cleaner.rules import RuleSetError

ENTRY = 'canonical = "Joe Tsai"\nvariants = ["Cai Chongxin"]\norgs = ["Alibaba"]\n'


def table(require: str) -> str:
    return f"[[name]]\n{ENTRY}[[name.ambiguous]]\nalias = \"Cainiao\"\nrequire = '{require}'\n"


def load(tmp_path, text):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / "names.toml").write_text(text, encoding="utf-8")
    return load_rules(d, builtin=False)


def problems(tmp_path, text):
    with pytest.raises(RuleSetError) as info:
        load(tmp_path, text)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("require, construct", [
    ("(?=he)", "lookahead"),
    ("(?<!s)he", "lookbehind"),
    ("(?<=, )he", "lookbehind"),
    (r"(h)e\1", "backreference"),
    (r"\bhe\b", "word boundary"),
    ("he++", "possessive quantifier"),
    ("(?>he)", "atomic group"),
])
def test_a_construct_re2_lacks_is_an_error_naming_the_entry_and_the_construct(tmp_path, require, construct):
    found = problems(tmp_path, table(require))
    assert len(found) == 1, found
    assert "names.toml" in found[0]
    assert "Joe Tsai ambiguous #1: invalid 'require' regex" in found[0]
    assert construct in found[0] and "RE2" in found[0]


def test_a_lookaround_error_says_how_to_do_without_it(tmp_path):
    found = problems(tmp_path, table("(?=he)"))
    assert "leave the lookaround out" in found[0]
    assert "'unless'" not in found[0]  # the boilerplate rules' advice does not apply to a names table


def test_a_pattern_re2_refuses_to_build_is_an_error(tmp_path):
    found = problems(tmp_path, table("(?:he{1,1000}){1,1000}"))
    assert any("Joe Tsai ambiguous #1: invalid 'require' regex" in p and "repetition" in p for p in found)


TSAI = "Joe Tsai of Alibaba spoke on Monday.\n"


def cleaned(rules, line: str) -> str:
    return clean(TSAI + line + "\n", lang="en", rules=rules).text.split("\n")[1]


def test_the_alias_is_rewritten_only_where_its_require_regex_matches_the_sentence(tmp_path):
    rules = load(tmp_path, table(r"(?:^|\W)(?:he|his)(?:\W|$)"))
    assert cleaned(rules, "Cainiao said he would go.") == "Joe Tsai said he would go."
    assert cleaned(rules, "Cainiao said they would go.") == "Cainiao said they would go."
    # "the" holds "he", but not as a word
    assert cleaned(rules, "Cainiao said the plan would go.") == "Cainiao said the plan would go."
    # the require regex is asked about the alias's own sentence, not the next one
    assert cleaned(rules, "Cainiao said so. He left.") == "Cainiao said so. He left."


def test_require_is_case_insensitive_and_its_classes_are_unicode(tmp_path):
    rules = load(tmp_path, table(r"gespräch\w*\s+über"))
    assert cleaned(rules, "Cainiao said he had a Gesprächsrunde über Handel.") == (
        "Joe Tsai said he had a Gesprächsrunde über Handel.")
    assert cleaned(rules, "Cainiao said he had a Gesprächsrunde on Handel.") == (
        "Cainiao said he had a Gesprächsrunde on Handel.")


def test_a_lone_surrogate_in_the_sentence_does_not_stop_the_check(tmp_path):
    rules = load(tmp_path, table(r"(?:^|\W)he(?:\W|$)"))
    assert cleaned(rules, "Cainiao said \udcff he would go.") == "Joe Tsai said \udcff he would go."


# Patterns that backtrack in Python's engine: on short lines (one sentence each) Python's engine
# still answers, and RE2 must answer the same; on a long word only RE2 answers.
HOSTILE = [r"(a+)+$", r"(?:\w+\s?){1,10}:", r"(\w+)*#"]


@pytest.mark.parametrize("require", HOSTILE)
def test_a_pattern_that_backtracks_in_python_is_accepted_and_decides_as_python_would(tmp_path, require):
    rules = load(tmp_path, table(require))
    for word in ("aaaa", "aaaa:", "ab#", "Grund"):
        line = f"Cainiao said he liked {word}"
        matches = re.search(require, line, re.IGNORECASE) is not None
        assert (cleaned(rules, line) != line) == matches, (require, word)


@pytest.mark.parametrize("require", HOSTILE)
def test_a_pattern_that_backtracks_in_python_runs_through_a_long_word(tmp_path, require):
    rules = load(tmp_path, table(require))
    line = "Cainiao said he liked " + "a" * 1500 + "%"  # one sentence, shorter than a checked piece
    with limit(60):  # a stall fails the test (BudgetExceeded) instead of hanging it
        out = cleaned(rules, line)
    assert out == line  # no pattern above matches: the alias is left alone
