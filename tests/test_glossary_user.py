"""A user's plain glossary (``glossary/zh-<lang>.toml``): senses chosen by a ``when`` pattern that
the linear-time engine (RE2, :mod:`cleaner.pattern`) matches; a construct it lacks is a rule-file
error naming the entry."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.rulefile import RuleSetError
from cleaner.rules import load_rules

_SENSES = '''[terms]
"赛道" = { default = "sector", senses = [ { when = '%s', text = "race track" } ] }
'''


def _rules(tmp_path, when: str, lang: str = "en"):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True)
    (d / f"zh-{lang}.toml").write_text(_SENSES % when, encoding="utf-8")
    return load_rules(tmp_path / "rules")


def _out(text: str, rules, lang: str = "en") -> str:
    return clean(text, lang=lang, select=["cjk_glossary"], rules=rules).text


@pytest.mark.parametrize("when", [r"grand prix|\slaps?\s", r"(?x) grand \s prix | \s laps? \s"])
def test_a_when_pattern_picks_its_sense(tmp_path, when):
    rules = _rules(tmp_path, when)
    assert _out("The drivers lost grip on the wet 赛道 during the Grand Prix.", rules) == \
        "The drivers lost grip on the wet race track during the Grand Prix."
    assert _out("Investors are racing into the 赛道 of humanoid robots.", rules) == \
        "Investors are racing into the sector of humanoid robots."


def test_when_is_case_insensitive_and_unicode_aware(tmp_path):
    # \w is Unicode-aware as in Python ("Großer" is one word), and the match ignores case.
    rules = _rules(tmp_path, r"gro\w+ preis", lang="de")
    assert _out("Die Fahrer drehten Runden auf der 赛道 beim GROSSEN Preis.", rules, "de") == \
        "Die Fahrer drehten Runden auf der race track beim GROSSEN Preis."
    assert _out("Die Fahrer drehten Runden auf der 赛道 beim großen Preis.", rules, "de") == \
        "Die Fahrer drehten Runden auf der race track beim großen Preis."
    assert _out("Der 赛道 wächst.", rules, "de") == "Der sector wächst."


@pytest.mark.parametrize("when,construct", [
    (r"(?<!formula )racing", "lookbehind"),
    (r"racing(?! team)", "lookahead"),
    (r"\bF1\b", "word boundary"),
    (r"(lap)\1", "backreference"),
])
def test_a_construct_the_engine_lacks_is_a_rule_file_error_naming_the_entry(tmp_path, when, construct):
    with pytest.raises(RuleSetError) as exc:
        _rules(tmp_path, when)
    message = str(exc.value)
    assert construct in message and "赛道" in message and "RE2" in message and "zh-en.toml" in message


def test_a_pattern_that_does_not_compile_is_a_rule_file_error(tmp_path):
    with pytest.raises(RuleSetError) as exc:
        _rules(tmp_path, r"(racing")
    assert "赛道" in str(exc.value) and "when" in str(exc.value)


def test_a_catastrophic_pattern_is_accepted_and_matched_in_linear_time(tmp_path):
    # (a+)+b backtracks exponentially in Python's engine on a run of a's without b; RE2 accepts
    # it and stays linear, so the document finishes within the default time budget.
    rules = _rules(tmp_path, r"(a+)+b")
    text = "The 赛道 " + "a" * 5000 + "!"
    assert _out(text, rules) == "The sector " + "a" * 5000 + "!"
    assert _out("The 赛道 aaaab", rules) == "The race track aaaab"
