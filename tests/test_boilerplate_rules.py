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


# -- the matching engine: RE2 ------------------------------------------------------------------
UNSUPPORTED = {
    r"(?!x)a": "negative lookahead",
    r"a(?=b)": "lookahead",
    r"(?<=a)b": "lookbehind",
    r"(?<!a)b": "negative lookbehind",
    r"(a+)\1": "backreference",
    r"a++": "possessive quantifier",
    r"(?>a+)": "atomic group",
    r"\bword\b": "word boundary",
    r"a\Z": "\\Z",
}


@pytest.mark.parametrize("pattern", sorted(UNSUPPORTED))
def test_a_construct_the_engine_lacks_is_an_error_naming_file_rule_and_construct(tmp_path, pattern):
    d = write_rules(tmp_path, f"[[rule]]\nid = \"odd\"\npattern = '{pattern}'\nscope = \"line\"\nexamples = [\"a\"]\n")
    with pytest.raises(RuleSetError) as info:
        load_rules(d)
    message = str(info.value)
    assert "boilerplate-user.toml: odd: 'pattern' uses " in message
    assert UNSUPPORTED[pattern] in message and "RE2" in message


def test_an_invalid_pattern_is_an_error_with_the_engine_message(tmp_path):
    d = write_rules(tmp_path, "[[rule]]\nid = \"broken\"\npattern = 'a{2'\nunless = '(b'\nscope = \"line\"\nexamples = [\"aa\"]\n")
    with pytest.raises(RuleSetError) as info:
        load_rules(d)
    messages = [str(p) for p in info.value.problems]
    assert any("broken: invalid regex in 'unless': missing )" in m for m in messages), messages


@pytest.mark.parametrize("pattern, example, line", [
    (r"(a+)+$", "aaa", "a" * 5000 + "b"),
    (r"(?:\w+\s?){1,10}:", "two words:", "word " * 2000),
    (r"(.*a){20}", "a" * 20, "a" * 4000 + "b"),
    (r"(?:a|aa)+c", "aac", "a" * 5000),
])
def test_patterns_that_backtrack_in_python_load_and_match_quickly(tmp_path, pattern, example, line):
    """Patterns that take exponential time in a backtracking engine are fine: RE2 is linear (the
    budget only stops a regression from hanging the suite)."""
    from cleaner.budget import limit

    d = write_rules(tmp_path, f"[[rule]]\nid = \"hostile\"\npattern = '{pattern}'\nscope = \"line\"\n"
                              f"max_length = 10000\nexamples = [\"{example}\"]\n")
    rules = load_rules(d).get("boilerplate")
    with limit(30):
        assert rules["hostile"].pattern.fullmatch(line) is False
        assert clean(f"{PARA1}\n{line}\n{PARA2}\n", select=["boilerplate"], rules=load_rules(d)).text.count(line) == 1


def test_unless_and_requires_conditions(tmp_path):
    d = write_rules(tmp_path, """
[[rule]]
id = "views-row"
pattern = '''(?x) [^.!?]{1,60}'''
requires = '''(?x) \\d+ \\s* views'''
unless = ['''(?x) (?:19|20)\\d\\d''', 'draft']
scope = "line"
examples = ["Tech · 300 views"]
counter_examples = ["Tech · views", "June 2024 · 300 views", "Draft · 300 views", "300 views."]
""")
    rule = load_rules(d).get("boilerplate")["views-row"]
    assert rule.pattern.fullmatch("Business · 12 views")
    assert not rule.pattern.fullmatch("Business · 12 views · 2019")


def test_variants_have_their_own_conditions(tmp_path):
    d = write_rules(tmp_path, r"""
[[rule]]
id = "credit"
scope = "line"
examples = ["Photo: Reuters", "AP / Reuters"]
counter_examples = ["Photo: Sony A7", "Theo AP / Reuters"]

[[rule.variant]]
pattern = 'photo: .+'
unless = '[a-z]\d'

[[rule.variant]]
pattern = '\S+ / reuters'
unless = '^theo '
""")
    rule = load_rules(d).get("boilerplate")["credit"]
    assert [v.pattern for v in rule.pattern.variants] == ["photo: .+", r"\S+ / reuters"]
    assert rule.pattern.fullmatch("AFP / Reuters") and not rule.pattern.fullmatch("theo AFP / Reuters")
    assert not rule.pattern.fullmatch("Photo: Sony A7 / Reuters")  # the first variant's 'unless'


def test_shorthand_classes_are_unicode_as_in_python():
    import re
    import sys

    from cleaner import pattern

    text = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    for cls in (r"\s", r"\S", r"\d", r"\D", r"\w", r"\W", r"[\s.]", r"[^\s.]", r"[\d_]", r"[^\w.,]"):
        ours = {m.group() for m in pattern.compile(cls).finditer(text)}
        python = set(re.findall(cls, text, re.IGNORECASE))
        # RE2's Unicode tables can be newer than this Python's: characters Python does not know yet
        import unicodedata

        unknown = {ch for ch in ours ^ python if unicodedata.category(ch) == "Cn"}
        if cls.startswith("["):  # inside a class, RE2 case-folds: U+0345 folds to a Greek letter
            unknown.add("\u0345")
        assert ours ^ python <= unknown, (cls, sorted(ours ^ python)[:5], sys.version)


def test_every_problem_of_one_entry_is_reported(tmp_path):
    d = write_rules(tmp_path, """
[[rule]]
id = "Bad_Id"
pattern = '(?!x)a'
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
                 "example longer than max_length", "negative lookahead"):
        assert any(part in m for m in messages), (part, messages)
