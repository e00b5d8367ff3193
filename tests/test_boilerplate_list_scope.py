"""Scope ``list``: a heading such as a bare "Related" takes the short lines under it only when
they are a list of links that the article does not go on after; else the heading goes alone
(inside an article, "Related" is often a one-headline teaser over the article's next
subheading)."""

from __future__ import annotations

import pytest

from cleaner import clean, load_rules

PARA1 = ("Chinese carmakers are pressing ahead with plans to build factories in Europe, despite new tariffs "
         "imposed by Brussels last week.")
PARA2 = ("Analysts say local production lets the companies avoid duties of up to 38 percent on cars imported "
         "from China, and several suppliers are following them.")
HEADLINES = ["Tesla cuts prices in China again", "Nio opens first showroom in Amsterdam",
             "Why Europe fears a flood of cheap Chinese cars"]


def kept(text: str, **kwargs) -> list[str]:
    return clean(text, select=["boilerplate"], **kwargs).text.splitlines()


@pytest.mark.parametrize("after", [
    [],  # the end of the text
    ["", "Most popular", "1. Markets slide as rate fears return", "2. Oil jumps on Middle East tensions"],  # more chrome
    ["", "Tags: cars, China, Europe"],  # a short line, no paragraph
])
def test_a_related_list_the_article_does_not_go_on_after_goes_with_its_heading(after):
    lines = [PARA1, PARA2, "Related", *HEADLINES, *after]
    out = kept("\n".join(lines) + "\n")
    assert out[:2] == [PARA1, PARA2]
    assert not set(HEADLINES) & set(out) and "Related" not in out


def test_a_teaser_over_the_next_subheading_stays():
    lines = [PARA1, "Related", "Why Europe fears a flood of cheap Chinese cars", "Factories move east", PARA2]
    out = kept("\n".join(lines) + "\n")
    assert out == [PARA1, "Why Europe fears a flood of cheap Chinese cars", "Factories move east", PARA2]


def test_one_line_under_the_heading_is_no_list():
    out = kept("\n".join([PARA1, PARA2, "Related", HEADLINES[0]]) + "\n")
    assert out == [PARA1, PARA2, HEADLINES[0]]


def test_a_list_ends_at_a_statement():
    statement = "The company said sales in Germany doubled."
    out = kept("\n".join([PARA1, PARA2, "Related", *HEADLINES[:2], statement]) + "\n")
    assert out == [PARA1, PARA2, statement]


def test_a_user_rule_may_have_list_scope(tmp_path):
    (tmp_path / "boilerplate-mine.toml").write_text(
        '[[rule]]\nid = "our-picks"\npattern = "our picks"\nscope = "list"\n'
        'examples = ["Our picks"]\ncounter_examples = ["Our picks for the cabinet were announced on Monday."]\n',
        encoding="utf-8")
    rules = load_rules(tmp_path)
    text = "\n".join([PARA1, PARA2, "Our picks", *HEADLINES]) + "\n"
    result = clean(text, select=["boilerplate"], rules=rules)
    assert result.text == f"{PARA1}\n{PARA2}\n"
    assert {e.rule for e in result.edits} == {"our-picks"}
