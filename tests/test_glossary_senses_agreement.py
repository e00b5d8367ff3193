"""Subject-verb agreement as sense evidence: a bare term that opens a clause, right before a verb
that shows its number, argues against a sense whose noun cannot take that verb there (a name or a
mass noun before "are"; a countable singular or a plural before "is"). The made-up term below has
a company sense (a name) and a common countable sense and no cue in the sentences, so only the
agreement can tell them apart."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary import senses
from helpers import glossary_rules

_TABLE = '''
[[concept]]
zh = "猪蜂"
sense = "Pigbee (company)"
prior = 1.5
en = "p Pigbee"
de = "p Pigbee"
cues = ["app:2", "startup:2"]
examples = ["The startup 猪蜂 launched a delivery app in Chengdu."]
counter = ["Farmers keep 猪蜂 in hives near the orchards."]

[[concept]]
zh = "猪蜂"
sense = "pig bee (insect)"
en = "n pig bee"
de = "f Schweinebiene/Schweinebienen"
cues = ["hive:2", "hives:2", "orchards:2"]
examples = ["Farmers keep 猪蜂 in hives near the orchards."]
counter = ["The startup 猪蜂 launched a delivery app in Chengdu."]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "agreement", _TABLE)


def _out(text: str, rules) -> str:
    return clean(text, lang="en", select=["cjk_glossary"], rules=rules).text


@pytest.mark.parametrize("text,expected", [
    # a plural verb: not the company (a name is singular), the insects
    ("猪蜂 are everywhere in the valley this summer.", "Pig bees are everywhere in the valley this summer."),
    ("Researchers found that 猪蜂 have left the valley.", "Researchers found that pig bees have left the valley."),
    # a singular verb: a bare countable singular cannot open a clause, so the company
    ("猪蜂 has raised 20 million yuan from investors.", "Pigbee has raised 20 million yuan from investors."),
    ("Analysts say that 猪蜂 is losing money.", "Analysts say that Pigbee is losing money."),
])
def test_the_verb_after_the_term_chooses_the_sense_that_agrees(text, expected, rules):
    assert _out(text, rules) == expected


@pytest.mark.parametrize("text,expected", [
    ("猪蜂 sind in diesem Sommer überall im Tal.", "Schweinebienen sind in diesem Sommer überall im Tal."),
    ("Forscher sagen, 猪蜂 sind klüger als gedacht.", "Forscher sagen, Schweinebienen sind klüger als gedacht."),
    ("猪蜂 hat 20 Millionen Yuan von Investoren eingesammelt.", "Pigbee hat 20 Millionen Yuan von Investoren eingesammelt."),
])
def test_german_verb_after_the_term_chooses_the_sense_that_agrees(text, expected, rules):
    assert clean(text, lang="de", select=["cjk_glossary"], rules=rules).text == expected


@pytest.mark.parametrize("text", [
    # the term is no subject: in a prepositional phrase, the verb belongs to another noun
    "Villagers who live near 猪蜂 are worried.",
    # no verb of its own right after it
    "Nobody here talked about 猪蜂 yesterday.",
])
def test_a_verb_that_is_not_the_terms_own_says_nothing(text, rules):
    assert _out(text, rules) == text


def test_agreement_counts_only_where_it_tells_senses_apart():
    # Both senses are names: "is" agrees with both, so it is no evidence for either.
    class C:
        def __init__(self, pos):
            from cleaner.glossary.forms import parse_en
            self.renderings = {"en": (parse_en(f"{pos} Word"),)}
    totals = [1.5, 0.0]
    assert senses._agreement([C("p"), C("p")], "sg", totals) is False and totals == [1.5, 0.0]
    assert senses._agreement([C("p"), C("n")], "pl", totals) is True and totals[0] < 0 < totals[1]
