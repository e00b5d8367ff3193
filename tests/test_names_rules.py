"""Names tables: validation at load, all problems together, with file and entry."""

from __future__ import annotations

import pytest

from cleaner import clean, load_rules
from cleaner.rules import RuleSetError


def load(tmp_path, text, builtin=False):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / "names.toml").write_text(text, encoding="utf-8")
    return load_rules(d, builtin=builtin)


def problems(tmp_path, text):
    with pytest.raises(RuleSetError) as info:
        load(tmp_path, text)
    return [str(p) for p in info.value.problems]


def test_variant_that_is_another_canonical_is_a_chain(tmp_path):
    found = problems(tmp_path, """
[[name]]
canonical = "Joe Tsai"
variants = ["Cai Chongxin"]

[[name]]
canonical = "Cai Chongxin"
variants = ["Tsai Chung-hsin"]
""")
    assert any("names.toml: Joe Tsai: variant 'Cai Chongxin' is another entry's canonical name (a chain)" in p for p in found)


def test_loop_between_two_people(tmp_path):
    found = problems(tmp_path, """
[[name]]
canonical = "A Person"
variants = ["B Person"]

[[name]]
canonical = "B Person"
variants = ["A Person"]
""")
    assert len([p for p in found if "(a chain)" in p]) == 2


def test_variant_under_two_people(tmp_path):
    found = problems(tmp_path, """
[[name]]
canonical = "Daniel Zhang"
variants = ["Zhang Yong"]

[[name]]
canonical = "Zhang Yong Senior"
variants = ["Zhang Yong"]
""")
    assert any("variant 'Zhang Yong' is also listed under 'Daniel Zhang'" in p for p in found)


def test_empty_strings_bad_regex_and_bad_fields_all_reported_together(tmp_path):
    found = problems(tmp_path, """
[[name]]
canonical = ""

[[name]]
canonical = "Joe Tsai"
variants = ["", "Cai Chongxin"]
native = ["Tsai"]
nickname = "JT"

[[name.ambiguous]]
alias = "Cainiao"
require = '(he|his'

[[name]]
canonical = "Jack Ma"
variants = "Ma Yun"
""")
    text = "\n".join(found)
    assert "empty canonical name" in text
    assert "Joe Tsai: 'variants' must be a list of non-empty strings" in text
    assert "Joe Tsai: native forms must be written in CJK characters" in text
    assert "Joe Tsai: unknown field 'nickname'" in text
    assert "Joe Tsai ambiguous #1: invalid 'require' regex" in text
    assert "Jack Ma: field 'variants' must be a list" in text
    assert len(found) >= 6


def test_user_entry_replaces_builtin_entry(tmp_path):
    rules = load(tmp_path, '[[name]]\ncanonical = "Joe Tsai"\nvariants = ["Cai Chongxin"]\norgs = ["Alibaba"]\n', builtin=True)
    text = "At Alibaba, Cai Chongxin and Charlie Cheung spoke.\n"
    assert clean(text, lang="en", rules=rules).text == "At Alibaba, Joe Tsai and Charlie Cheung spoke.\n"


def test_builtin_table_has_the_seed_people_and_forty_more():
    people = load_rules().get("names")
    tsai = people["Joe Tsai"]
    assert {"Cai Chongxin", "Cai Hongxin", "Cai Jingxin", "Charlie Cheung", "Caesar Zhang"} <= set(tsai.variants)
    assert "蔡崇信" in tsai.native and [a.alias for a in tsai.ambiguous] == ["Cainiao"]
    assert {"Eddie Wu", "Jack Ma", "Pony Ma", "Robin Li"} <= set(people)
    assert len(people) >= 43


@pytest.mark.parametrize("native", ["蔡崇信", "托马斯·李"])
def test_native_forms_found_whether_or_not_all_han(tmp_path, native):
    rules = load(tmp_path, f'[[name]]\ncanonical = "Thomas Lee"\nnative = ["{native}"]\nvariants = ["Tuomasi Li"]\n')
    text = f"The fund's founder, {native}, said the deal was done. Tuomasi Li agreed.\n"
    out = clean(text, lang="en", rules=rules).text
    assert out == "The fund's founder, Thomas Lee, said the deal was done. Thomas Lee agreed.\n"
