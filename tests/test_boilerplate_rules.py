"""Boilerplate rules: every built-in example is removed in context, counter-examples stay,
and broken or replaced rules behave as documented."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cleaner import clean, load_rules
from cleaner.cli import app
from cleaner.rules import RuleSetError

PARA1 = "Alibaba said on Monday that revenue from its cloud unit rose 26 percent in the quarter, helped by strong demand for AI services from companies across Asia."
PARA2 = "Analysts expect the company to keep spending heavily on data centres and chips over the next three years, even as competition in e-commerce intensifies."

RULES = sorted(load_rules().get("boilerplate").values(), key=lambda r: r.id)
PLAIN = [r for r in RULES if r.near is None]


def _examples(rules, field):
    import tomllib
    from pathlib import Path

    for rule in rules:
        data = tomllib.loads(Path(rule.source).read_text(encoding="utf-8"))
        table = next(t for t in data["rule"] if t["id"] == rule.id)
        for ex in table.get(field, []):
            yield pytest.param(rule, ex, id=f"{rule.id}::{ex[:30]}")


@pytest.mark.parametrize("rule,example", list(_examples(PLAIN, "examples")))
def test_example_line_is_removed_between_paragraphs(rule, example):
    text = f"{PARA1}\n{example}\n{PARA2}\n"
    result = clean(text, select=["boilerplate"])
    assert example not in result.text.splitlines()
    assert PARA1 in result.text and PARA2 in result.text  # a tail/head cut never crosses prose


@pytest.mark.parametrize("rule,counter", list(_examples(RULES, "counter_examples")))
def test_counter_example_line_stays(rule, counter):
    text = f"{PARA1}\n{counter}\n{PARA2}\n"
    result = clean(text, select=["boilerplate"])
    assert not any(e.rule == rule.id for e in result.edits)


def test_every_rule_has_examples_and_counter_examples():
    assert all(list(_examples([r], "examples")) and list(_examples([r], "counter_examples")) for r in RULES)


def write_rules(tmp_path, text, name="boilerplate-user.toml"):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def test_failing_example_names_file_rule_and_string(tmp_path):
    d = write_rules(tmp_path, """
[[rule]]
id = "my-footer"
pattern = 'read on'
scope = "line"
examples = ["Read on", "Continue reading"]
counter_examples = ["read on"]
""")
    with pytest.raises(RuleSetError) as info:
        load_rules(d)
    text = str(info.value)
    assert "boilerplate-user.toml: my-footer: example does not match: 'Continue reading'" in text
    assert "boilerplate-user.toml: my-footer: counter-example matches: 'read on'" in text


def test_user_rule_replaces_builtin_rule_with_same_id(tmp_path):
    d = write_rules(tmp_path, """
[[rule]]
id = "comment-counter"
description = "only numbered comment counters"
pattern = '\\d+ comments'
scope = "line"
examples = ["3 comments"]
counter_examples = ["Comments"]
""")
    text = f"{PARA1}\nComments\n3 comments\n"
    builtin = clean(text, select=["boilerplate"])
    layered = clean(text, select=["boilerplate"], rules=load_rules(d))
    assert "Comments" not in builtin.text
    assert layered.text == f"{PARA1}\nComments\n"


@pytest.mark.parametrize("scope", ["sideways", 3])
def test_bad_scope_is_an_error(tmp_path, scope):
    value = f'"{scope}"' if isinstance(scope, str) else scope
    d = write_rules(tmp_path, f'[[rule]]\nid = "x-rule"\npattern = "x"\nscope = {value}\nexamples = ["x"]\n')
    with pytest.raises(RuleSetError, match="x-rule"):
        load_rules(d)


MENU = "Home\nNews\nSport\nWeather\nPodcasts\nMore sections\n"


def test_edge_chrome_drops_menus_outside_the_article_and_can_be_switched_off():
    # (menu items that share words with the article, such as "Cloud deals" here, would make the
    # run content: see test_boilerplate_harm.py)
    text = f"{MENU}{PARA1}\n{PARA2}\nTags\nMost read\nMore videos\nTop picks\nNewsletters\n"
    result = clean(text, select=["boilerplate"])
    assert result.text.startswith(PARA1)
    assert result.text.rstrip().endswith(PARA2)
    assert any(e.rule == "edge-chrome" for e in result.edits)
    kept = clean(text, select=["boilerplate"], ignore=["edge-chrome", "nav-word", "nav-section-menu"])
    assert not any(e.rule == "edge-chrome" for e in kept.edits)


def test_edge_chrome_never_removes_lines_between_paragraphs():
    text = f"{PARA1}\nCloud\nChips\nModels\nApplications\n{PARA2}\n"
    assert clean(text, select=["boilerplate"]).text == text


def test_ignore_rule_on_the_command_line():
    text = f"{PARA1}\nComments\n0 comments\n"
    result = CliRunner().invoke(app, ["clean", "--ignore", "comment-counter", "-"], input=text.encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == text
    bad = CliRunner().invoke(app, ["clean", "--ignore", "no-such-rule", "-"], input=b"x")
    assert bad.exit_code == 2 and "no-such-rule" in bad.stderr


def test_rules_command_lists_ids():
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    for rid in ("comment-counter", "edge-chrome", "repeated-masthead", "utf8-as-cp1252"):
        assert rid in result.stdout


# -- the regex guard -------------------------------------------------------------------------
HOSTILE_PATTERNS = {
    r"(?:\w+\s?){1,10}:": "split the same text",  # a word cut anywhere between iterations
    r"(.*a){10}": "split the same text",
    r"(?:a|aa)+": "split the same text",
    r"(?:a|a)+": "alternatives",
    r"(a+)+$": "unbounded repeat",
    r"(.*a){20}": "unbounded repeat",
    r"(a)?(?(1)b|c)": "conditionals",
    r"(a+)\1": "backreferences",
    r"(?P<w>\w+) (?P=w)": "backreferences",
}


@pytest.mark.parametrize("pattern", sorted(HOSTILE_PATTERNS))
def test_a_pattern_that_can_backtrack_catastrophically_is_refused_at_load(tmp_path, pattern):
    quoted = pattern.replace("'", "")
    d = write_rules(tmp_path, f"[[rule]]\nid = \"hostile\"\npattern = '{quoted}'\nscope = \"line\"\nexamples = [\"a\"]\n")
    with pytest.raises(RuleSetError) as info:
        load_rules(d)
    message = str(info.value)
    assert "boilerplate-user.toml: hostile: unsafe regex in 'pattern'" in message
    assert HOSTILE_PATTERNS[pattern] in message


@pytest.mark.parametrize("pattern", [
    r"(?:\s+\w+){0,8}",            # a space starts each iteration and is never part of a word
    r"(?:\w+\s?){1,3}:",           # few iterations: a handful of splits
    r"(?:more|most|read)(?:\s+(?:stories|news)){0,3}",
    r"(?:\d{1,3},)*\d{1,3}",
    r"(?:ab|ac)+",
])
def test_safe_repeats_load(tmp_path, pattern):
    from cleaner.regexguard import check_pattern

    check_pattern(pattern)


def test_every_builtin_pattern_passes_the_guard():
    from cleaner.regexguard import check_pattern

    rules = load_rules()  # raises if any built-in rule were refused
    for rule in rules.get("boilerplate").values():
        check_pattern(rule.pattern.pattern)
        if rule.near is not None:
            check_pattern(rule.near.pattern)


def test_every_problem_of_one_entry_is_reported(tmp_path):
    d = write_rules(tmp_path, """
[[rule]]
id = "Bad_Id"
pattern = '(a+)+$'
scope = "everywhere"
colour = "red"
max_length = 0
examples = ["a"]
""")
    with pytest.raises(RuleSetError) as info:
        load_rules(d)
    messages = [p.message for p in info.value.problems]
    assert len(messages) == 6, messages
    for part in ("unknown field 'colour'", "kebab-case", "scope must be one of", "max_length must be a positive",
                 "example longer than max_length", "unsafe regex in 'pattern'"):
        assert any(part in m for m in messages), (part, messages)
