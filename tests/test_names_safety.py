"""Names tables can never make text worse or grow it run after run, and stay cheap on big input."""

from __future__ import annotations

from cleaner import record
import re

import pytest

from cleaner import clean, load_rules
from cleaner import pattern as rx
from cleaner.rules import RuleSetError
from cleaner.trie import trie_pattern


def test_trie_of_a_very_long_string_does_not_recurse_per_character():
    pattern = trie_pattern(["a" * 3000, "a" * 2999 + "b"])
    assert re.fullmatch(pattern, "a" * 2999 + "b")


def rules_dir(tmp_path, text):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / "names.toml").write_text(text, encoding="utf-8")
    return d


def problems(directory, builtin=False):
    with pytest.raises(RuleSetError) as info:
        load_rules(directory, builtin=builtin)
    return [str(p) for p in info.value.problems]


def three_runs(text, rules):
    outs = []
    for _ in range(3):
        text = clean(text, lang="en", rules=rules).text
        outs.append(text)
    return outs


JOE_TSAI = '[[name]]\ncanonical = "Joe Tsai"\nvariants = ["Tsai", "Cai Chongxin"]\n'


def test_variant_inside_its_own_canonical_name_is_refused(tmp_path):
    d = rules_dir(tmp_path, JOE_TSAI)
    found = problems(d)
    assert found == [f"{d / 'names.toml'}: Joe Tsai: variant 'Tsai' is a whole word of the canonical name 'Joe Tsai':"
                     " rewriting it would turn 'Joe Tsai' into 'Joe Joe Tsai', and more on every run"]


def load_unchecked(directory):
    """A names table read without the checks across entries that would refuse it."""
    from cleaner.passes import names
    from cleaner.rules import read_rules

    return read_rules([directory], [names.OPTIONS_KIND, record.replace(names.KIND, check=None)], builtin=False)


def test_joe_tsai_never_becomes_joe_joe_tsai_even_without_the_load_check(tmp_path):
    # Matching itself leaves canonical text alone, whatever the table.
    rules = load_unchecked(rules_dir(tmp_path, JOE_TSAI))
    text = "Joe Tsai spoke. Later Tsai and Cai Chongxin left.\n"
    assert three_runs(text, rules) == ["Joe Tsai spoke. Later Joe Tsai and Joe Tsai left.\n"] * 3


def test_variant_inside_another_persons_canonical_name_is_left_alone(tmp_path):
    rules = load_unchecked(rules_dir(tmp_path, JOE_TSAI + '[[name]]\ncanonical = "Tsai Ing-wen"\n'))
    text = "Joe Tsai spoke. Tsai Ing-wen met Tsai.\n"
    assert three_runs(text, rules) == ["Joe Tsai spoke. Tsai Ing-wen met Joe Tsai.\n"] * 3


def test_variant_straddling_a_canonical_name_is_left_alone():
    # In the built-in table "Tsai Chung-hsin" (a variant) can overlap "Joe Tsai" (the canonical
    # name). A variant that holds the whole canonical name ("Eddie Wu Yongming") is still rewritten.
    text = "At Alibaba, Joe Tsai Chung-hsin spoke; Tsai Chung-hsin, Eddie Wu Yongming and Jack Ma Yun left.\n"
    assert three_runs(text, load_rules()) == [
        "At Alibaba, Joe Tsai Chung-hsin spoke; Joe Tsai, Eddie Wu and Jack Ma left.\n"] * 3


def test_canonical_name_holding_another_persons_variant_is_refused(tmp_path):
    d = rules_dir(tmp_path, '[[name]]\ncanonical = "Joe Tsai"\nvariants = ["Cai Chongxin"]\n\n'
                            '[[name]]\ncanonical = "Cai Chongxin Foundation"\n')
    assert problems(d) == [f"{d / 'names.toml'}: Cai Chongxin Foundation: canonical name 'Cai Chongxin Foundation'"
                           " contains 'Cai Chongxin', a variant of 'Joe Tsai': the rewritten text would be rewritten again"]


def test_user_variant_inside_a_builtin_canonical_name_is_reported_in_the_user_file(tmp_path):
    d = rules_dir(tmp_path, '[[name]]\ncanonical = "Ing-wen Tsai Senior"\nvariants = ["Ing-wen"]\n')
    found = problems(d, builtin=True)
    assert any(p.startswith(f"{d / 'names.toml'}: Ing-wen Tsai Senior: variant 'Ing-wen' is a whole word of"
                            " 'Tsai Ing-wen', another entry's canonical name (in ") for p in found), found


def test_every_problem_of_an_entry_is_reported(tmp_path):
    d = rules_dir(tmp_path, """
[[name]]
canonical = "Jack Ma"
variants = ["Ma Yun"]

[[name]]
canonical = "Ma Yun Senior"

[[name]]
canonical = "Joe Tsai"
variants = ["Tsai", "Ma Yun Senior", "Ma Yun"]
""")
    joe = [p.split(": Joe Tsai: ", 1)[1] for p in problems(d) if ": Joe Tsai: " in p]
    assert joe == [
        "variant 'Tsai' is a whole word of the canonical name 'Joe Tsai': rewriting it would turn 'Joe Tsai'"
        " into 'Joe Joe Tsai', and more on every run",
        "variant 'Ma Yun Senior' is another entry's canonical name (a chain)",
        "variant 'Ma Yun' is also listed under 'Jack Ma'",
    ]


LONG = "Cai " * 750


@pytest.mark.parametrize("entry, field, message", [
    (f'canonical = "{LONG}"', "canonical", "canonical name 'Cai Cai Cai Cai Cai Cai Cai Cai Cai Cai …' has 3000"),
    (f'canonical = "Joe Tsai"\nvariants = ["{LONG}"]', "Joe Tsai", "'variants' entry 'Cai Cai Cai"),
    (f'canonical = "Joe Tsai"\nnative = ["{"蔡" * 3000}"]', "Joe Tsai", "'native' entry '蔡蔡蔡"),
    (f'canonical = "Joe Tsai"\ncontext = ["{LONG}"]', "Joe Tsai", "'context' entry 'Cai Cai Cai"),
    (f'canonical = "Joe Tsai"\n[[name.ambiguous]]\nalias = "{LONG}"\nrequire = "he"', "Joe Tsai ambiguous #1",
     "alias 'Cai Cai Cai"),
    (f'canonical = "Joe Tsai"\n[[name.ambiguous]]\nalias = "Cainiao"\nrequire = "{"(?:he)" * 1000}"',
     "Joe Tsai ambiguous #1", "'require' regex '(?:he)(?:he)"),
])
def test_absurdly_long_strings_are_refused_with_a_short_message(tmp_path, entry, field, message):
    d = rules_dir(tmp_path, f"[[name]]\n{entry}\n")
    found = problems(d)
    assert len(found) == 1, found
    where = f"{d / 'names.toml'}: " + ("Cai Cai Cai Cai Cai Cai Cai Cai Cai Cai … (3000 characters)" if field == "canonical" else field)
    assert found[0].startswith(f"{where}: {message}"), found[0]
    assert "at most" in found[0] and len(found[0]) < 300


def test_names_of_100_characters_load_and_of_101_are_refused(tmp_path):
    name = "A" * 50 + " " + "B" * 49
    rules = load_rules(rules_dir(tmp_path, f'[[name]]\ncanonical = "{name}"\nvariants = ["{"C" * 100}"]\n'), builtin=False)
    assert clean(f"{name} came. {'C' * 100} spoke.\n", lang="en", rules=rules).text == f"{name} came. {name} spoke.\n"
    d = rules_dir(tmp_path, f'[[name]]\ncanonical = "{name}"\nvariants = ["{"C" * 101}"]\n')
    assert [p.split(": ", 2)[2] for p in problems(d)] == [
        f"'variants' entry '{'C' * 40}…' has 101 characters; at most 100 are allowed (a name, not a text)"]


class CountingPattern:
    """Stands in for a `require` regex (RE2, searched in a sentence's UTF-8) and counts the calls
    and the bytes they cover."""

    def __init__(self, pattern):
        self.pattern, self.calls, self.chars = pattern, 0, 0

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.calls += 1
        self.chars += endpos - pos
        return self.pattern.search(text, pos, endpos)


def alias_work(text):
    from cleaner.passes import names

    rules = load_rules()
    people = rules.items[names.NAME]
    tsai = people["Joe Tsai"]
    counter = CountingPattern(rx.compile(r"(?:^|\W)he(?:\W|$)"))
    alias = record.replace(tsai.ambiguous[0], require=counter)
    people["Joe Tsai"] = record.replace(tsai, ambiguous=(alias,))
    out = clean(text, lang="en", rules=rules).text
    return counter, out


def test_alias_check_runs_once_per_sentence():
    # Fifty occurrences in each sentence: the require regex runs once per sentence, not per occurrence.
    sentence = " ".join(["Cainiao"] * 50) + " said he would go."
    counter, out = alias_work("Joe Tsai of Alibaba spoke.\n" + " ".join([sentence] * 20) + "\n")
    assert out.count("Joe Tsai") == 1001
    assert counter.calls == 20


@pytest.mark.parametrize("n", [20])
def test_alias_check_work_is_linear_in_the_document(n):
    # Sentences longer than the old 1,000-character look-back made each check cover the whole
    # text before it: twice the occurrences cost four times the work.
    def doc(k):
        return "Joe Tsai of Alibaba spoke.\n" + " ".join("word " * 220 + "Cainiao said he would go." for _ in range(k)) + "\n"

    small, out_small = alias_work(doc(n))
    big, out_big = alias_work(doc(2 * n))
    assert out_small.count("Joe Tsai said") == n and out_big.count("Joe Tsai said") == 2 * n
    assert big.calls == 2 * small.calls
    assert big.chars <= 2.1 * small.chars


def test_canonical_words_echoed_around_a_variant_are_not_doubled():
    text = ("At Alibaba, Joe Cai Chongxin and Cai Chongxin Tsai spoke; Mr Cai Chongxin too;"
            " Cai Hongxin Tsai Chung-hsin left.\n")
    assert three_runs(text, load_rules()) == [
        "At Alibaba, Joe Tsai and Joe Tsai spoke; Mr Joe Tsai too; Joe Tsai Chung-hsin left.\n"] * 3
