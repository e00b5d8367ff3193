"""English verb slots:

- A plural noun opening the sentence's subject, then the term with no verb between ("Retail
  investors 抄底 after ..."): the term is the verb; a concept with only a noun is reported rather
  than pasted as a noun after a noun.
- A clause of time in the past with a subject of up to four words ("after the summer fishing
  ban ended") gives the main verb's tense.

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for English verb slots"
terms = [
  { zh = "扫货", en = "u bulk buying" },
  { zh = "囤货", en = ["u stockpiling", "v stockpile"] },
  { zh = "出摊", en = ["v set up stalls|sets up stalls|set up stalls|set up stalls|setting up stalls"] },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "enverb-test", _TABLE)


def _check(text: str, expected: str | None, rules) -> None:
    check_glossary(text, expected, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("Tourists 扫货 in the duty-free shops of Hainan.", None),
    ("Many tourists 扫货 in Hainan every winter.", None),
    ("Wealthy shoppers 扫货 before prices rise.", None),
    # with a verb the finite form, when the tense is clear
    ("Wholesalers 囤货 last month as prices rose.", "Wholesalers stockpiled last month as prices rose."),
    # not a plural subject: a verb in -s after its own subject, a determiner, a preposition
    ("The report says 扫货 is back in Hainan.", "The report says bulk buying is back in Hainan."),
    ("Officials warned against 扫货 in the shops.", "Officials warned against bulk buying in the shops."),
])
def test_noun_after_a_plural_subject(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Street vendors 出摊 again after the new market rules took effect.",
     "Street vendors set up stalls again after the new market rules took effect."),
    ("Night-market traders 出摊 again when the long rainy season ended.",
     "Night-market traders set up stalls again when the long rainy season ended."),
])
def test_past_clause_with_a_longer_subject(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # a past main verb, then as/while/when and a short subject right before the term
    ("Reporters watched as the vendors 出摊 on the pavement.", "Reporters watched as the vendors set up stalls on the pavement."),
    ("The police arrived while hawkers 出摊 near the station.", "The police arrived while hawkers set up stalls near the station."),
    # a participle of saying after the term: the tense of what was said
    ("Wholesalers 囤货 in the spring, saying prices were about to rise.",
     "Wholesalers stockpiled in the spring, saying prices were about to rise."),
    ("Wholesalers 囤货 ahead of the holiday, saying demand is strong.",
     "Wholesalers stockpile ahead of the holiday, saying demand is strong."),
    # nothing says which tense: reported
    ("Wholesalers 囤货 ahead of the holiday.", None),
    ("Reporters watch as the vendors 出摊 on the pavement.", None),
])
def test_tense_from_a_time_clause_or_a_participle_of_saying(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # after be, an object after the term: the progressive (a noun after be takes no object)
    ("Traders are 囤货 copper ahead of the holiday.", "Traders are stockpiling copper ahead of the holiday."),
    ("The mill was 囤货 the ore it could not sell.", "The mill was stockpiling the ore it could not sell."),
    ("Hospitals are 囤货 3,000 doses a week.", "Hospitals are stockpiling 3,000 doses a week."),
    # no object: a verb form or a predicate noun, not told apart
    ("Traders are 囤货 again.", None),
    ("The problem is 囤货, officials said.", None),
])
def test_progressive_before_an_object(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # "that" after a noun phrase opens a relative clause, not an object
    ("The seasonal 扫货 that followed the price cut emptied the shelves.",
     "The seasonal bulk buying that followed the price cut emptied the shelves."),
    # ... but "a" cannot count the mass noun "bulk buying": reported
    ("Retailers saw a 扫货 that lasted for weeks.", None),
    # after a noun, "that" may start the object ("The company 运营 that store"): reported
    ("The company 扫货 that store every week.", None),
    ("The holiday 扫货 that followed the price cut emptied the shelves.", None),
])
def test_relative_that_after_a_noun_phrase(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # "it" opening a clause is its subject; a past main verb before after/before/until gives the tense
    ("Prices fell 10% in the week after it 出摊 near the station.", "Prices fell 10% in the week after it set up stalls near the station."),
    ("It 出摊 near the station last year.", "It set up stalls near the station last year."),
    # "it" as an object: not read as a subject
    ("The city banned it 出摊 last year.", None),
])
def test_it_as_subject(text, expected, rules):
    _check(text, expected, rules)
