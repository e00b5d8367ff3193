"""English noun flags of the concept table and the slots that use them, and the number of a
noun after a possessive:

- ``+hyphen``: a noun of several words is hyphenated before another noun ("a circuit-breaker
  rule"), and stays open as a noun ("suspended the circuit breaker").
- ``+plural``: a noun counted in the plural (produce, animals) takes the plural where the slot
  leaves the number open: bare ("exports of oranges"), or the object of "show", "find" ... before
  a participle ("found their oranges rotting"); a noun without the flag is reported there.
- ``+plural after <words>``: an idiomatic plural after these words ("made the headlines").
- A sentence opening "Her 员工 work long hours.": the word after the term is its verb when no
  other verb follows in the clause, so the term is plural before a base form, singular before
  a form in -s; with a verb later ("Their 员工 badge was revoked.") the term modifies the noun.

The renderings come from a small table layered over the built-in one, so the tests hold the
mechanism, not the table's wording.
"""

from __future__ import annotations

import pytest

from cleaner.glossary.forms import NotationError, parse_en
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for English noun flags"
terms = [
  { zh = "橙子", en = "n orange +plural" },
  { zh = "员工", en = "n employee" },
  { zh = "熔断", en = "n circuit breaker +hyphen" },
  { zh = "数据中心", en = "n data center" },
  { zh = "头条", en = "n headline +plural after make makes made hit hits grab grabbed" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "flags-test", _TABLE)


def _check(text: str, expected: str | None, rules) -> None:
    check_glossary(text, expected, "en", rules)


def test_flags_parse():
    r = parse_en("n circuit breaker +hyphen")
    assert r.forms == ("circuit breaker", "circuit breakers") and r.hyphen and not r.plural
    assert parse_en("n orange +plural").plural
    after = parse_en("n headline/headlines +plural after make made")
    assert after.forms == ("headline", "headlines") and after.plural_after == {"make", "made"}
    assert not parse_en("n sector").hyphen and not parse_en("n sector").plural_after


@pytest.mark.parametrize("spec", ["n breaker +hyphen", "n orange +plurals", "n headline +plural after",
                                  "n orange +often plural"])
def test_bad_flags_are_notation_errors(spec):
    with pytest.raises(NotationError):
        parse_en(spec)


@pytest.mark.parametrize("text,expected", [
    ("Under the exchange's new 熔断 rule, trading stops for 15 minutes.",
     "Under the exchange's new circuit-breaker rule, trading stops for 15 minutes."),
    ("A 熔断 mechanism was tried in 2016.", "A circuit-breaker mechanism was tried in 2016."),
    # as a noun it stays open
    ("Regulators suspended the 熔断 after four days.", "Regulators suspended the circuit breaker after four days."),
    # without the flag an open compound stays open before a noun
    ("The 数据中心 operator raised prices.", "The data center operator raised prices."),
])
def test_hyphen_before_a_noun(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("The growers watched their 橙子 freezing on the branches.",
     "The growers watched their oranges freezing on the branches."),
    ("Inspectors found the 橙子 lying in the sun for days.", "Inspectors found the oranges lying in the sun for days."),
    ("Shipments of 橙子 from Jiangxi doubled this year.", "Shipments of oranges from Jiangxi doubled this year."),
    # the number shown: kept
    ("The grower said her 橙子 was the biggest in the county.", "The grower said her orange was the biggest in the county."),
    ("She picked an 橙子 from the tree.", "She picked an orange from the tree."),
    # opening the sentence the subject may be one of them whose article was dropped; a plural
    # verb shows the number
    ("橙子 was the county's best seller last year.", None),
    ("橙子 are the county's best sellers.", "Oranges are the county's best sellers."),
    # without the flag the number is not guessed
    ("The video showed his 员工 sleeping at their desks.", None),
    ("Shipments of 员工 were delayed.", None),
    # a plural verb shows the number for any noun
    ("The manager said his 员工 were exhausted.", "The manager said his employees were exhausted."),
    # "training" is a noun: the term modifies it
    ("The report found the 员工 training inadequate.", "The report found the employee training inadequate."),
])
def test_number_of_a_noun_counted_in_the_plural(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("The floods made the 头条 in every province.", "The floods made the headlines in every province."),
    ("The merger hit the 头条 on Tuesday.", "The merger hit the headlines on Tuesday."),
    ("The case grabbed 头条 across Asia.", "The case grabbed headlines across Asia."),
    # elsewhere the number comes from the slot as usual
    ("The 头条 was written by an intern.", "The headline was written by an intern."),
    ("Editors changed the 头条 twice.", "Editors changed the headline twice."),
    ("He made a 头条 out of a rumour.", "He made a headline out of a rumour."),
])
def test_idiomatic_plural_after_listed_words(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # a sentence opening with a possessive and the term, then the verb (no other verb after it)
    ("Her 员工 work long hours.", "Her employees work long hours."),
    ("Their 员工 earn 3,000 yuan a month.", "Their employees earn 3,000 yuan a month."),
    ("His 员工 complain about pay, the report said.", "His employees complain about pay, the report said."),
    ("Her 员工 works from home.", "Her employee works from home."),
    # a noun after the term, then the verb: the term modifies it
    ("Their 员工 badge was revoked.", "Their employee badge was revoked."),
    ("Its 员工 handbook bans overtime.", "Its employee handbook bans overtime."),
    ("Their 员工 benefits package shrank.", "Their employee benefits package shrank."),
])
def test_possessive_subject_and_its_verb(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # names between a determiner and the term modify it; the determiner counts
    ("Reporters met the veteran CCTV 员工 on Monday.", "Reporters met the veteran CCTV employee on Monday."),
    ("The Shenzhen 员工 were told to work from home.", "The Shenzhen employees were told to work from home."),
    ("A Huawei 员工 said the plan was cancelled.", "A Huawei employee said the plan was cancelled."),
    # no determiner before the names: a countable noun without one is reported
    ("Reporters met CCTV 员工 on Monday.", None),
])
def test_names_between_determiner_and_term(text, expected, rules):
    _check(text, expected, rules)
