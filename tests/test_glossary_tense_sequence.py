"""The tense of an English finite verb from the other finite verbs of the sentence, and the
passive participle after a past form of *be* when no object follows.

Where no phrase of time tells, a reader takes the tense from the sentence's other finite verbs:
a verb of saying in the past before the term's clause ("Fans said the finale 破防"), a past verb in
another clause ("..., a problem traders blamed on the couriers"), a present one ("which has 3,000
staff"). Every verb whose tense is plain must agree, and a future marker, a modal, a condition,
a verb of saying in the present or quoted speech leaves the tense untold (the term is reported).
The renderings come from a small table of made-up terms, so the tests hold the mechanism, not the
built-in table's wording.
"""

from __future__ import annotations

import pytest

from cleaner.glossary import tense
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for the tense of the sentence's other verbs"
terms = [
  { zh = "猪裁员", en = ["v lay off|lays off|laid off|laid off|laying off", "pl layoffs"] },
  { zh = "猪破防", en = "v break down|breaks down|broke down|broken down|breaking down" },
  { zh = "猪打通", en = "v connect" },
  { zh = "猪爆仓", en = "v be liquidated|is liquidated|was liquidated|been liquidated|being liquidated" },
  { zh = "猪暴涨", en = "v soar" },
  { zh = "猪运营", en = ["v operate", "n operation"] },
  { zh = "猪复苏", en = ["u recovery", "v recover"] },
  { zh = "猪停牌", en = "v halt trading" },
  { zh = "猪出海", en = "v go global|goes global|went global|gone global|going global" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "sequence", _TABLE)


def _sequence(sentence: str, term: str) -> str | None:
    i = sentence.index(term)
    return tense.en_sequence(sentence, i, i + len(term))


@pytest.mark.parametrize("sentence,expected", [
    # a verb of saying in the past before the term's clause: the reported clause is in the past
    ("Fans said the singer 猪破防 after years of waiting.", "past"),
    ("The company said it 猪裁员 300 workers to cut costs.", "past"),
    # a past verb in another clause, after its subject
    ("The startup 猪裁员 300 workers, the report said.", "past"),
    ("Depots 猪爆仓 after the festival, a problem that angered traders.", "past"),
    ("The startup 猪裁员 300 workers, and its rivals were hiring.", "past"),
    ("The group 猪裁员 staff after sales slumped.", "past"),
    # the term coordinated with a verb phrase in the past: "attended the forum and 致辞"
    ("The minister attended the forum and 猪破防 during the speech.", "past"),
    ("Zheng, the founder, died of a heart attack and 猪裁员 nobody.", "past"),
    # a verb of saying opening a clause after a comma has its subject before it
    ("Li, who 猪裁员 300 workers, said nothing more.", "past"),
    # a present verb in another clause
    ("The app, which has 40 million users, 猪打通 hospital records.", "present"),
    ("The startup 猪裁员 300 workers and its rivals are hiring.", "present"),
    ("The carmaker 猪运营 two plants, which employs 8,000 people.", "present"),
    # a base form right after a plural subject
    ("Some graduates 猪出海 alone, a choice that their parents find hard to accept.", "present"),
    ("Herds of horses 猪暴涨 across the plain, a sight that tourists come far to see.", "present"),
])
def test_the_other_verbs_give_the_tense(sentence, expected):
    assert _sequence(sentence, sentence[sentence.index("猪"):sentence.index("猪") + 3]) == expected


@pytest.mark.parametrize("sentence", [
    "The startup 猪裁员 300 workers and its rivals were hiring, which is rare.",  # past and present
    "The startup 猪裁员 300 workers, and its rivals will follow.",               # a future marker
    "The startup 猪裁员 300 workers, which could hurt morale.",                  # a modal
    "If demand slumped, the startup 猪裁员 300 workers.",                       # a condition
    "Analysts say the startup 猪裁员 300 workers.",                             # saying, in the present
    "The startup 猪裁员 300 workers, analysts think.",                          # saying, in the present
    '"We had no choice," the founder said as the startup 猪裁员 300 workers.',  # quoted speech
    "Carmakers 猪裁员 workers, with cars made in China flooding Europe.",        # a participle after a preposition
    "The firm, founded in 2010, 猪裁员 300 workers.",                           # a participle opening a clause
    "The goods sold online 猪暴涨 in price.",                                   # a participle in the subject
    "The products seized by customs 猪暴涨 in price.",
    "The startup 猪裁员 300 workers, the report says.",                         # saying, in the present
    "The startup 猪裁员 300 workers nationwide.",                               # no other verb
    "The startup, which was founded by two engineers, 猪裁员 300 workers.",      # a relative clause's past: background
    "Tourism 猪暴涨 strongly, arrivals up 19 times compared to 2021.",           # "compared" is a preposition here
    "Tourism 猪暴涨 strongly, with arrivals based on hotel data.",
    "The startup 猪裁员 300 workers, a move the sales work was meant to stop.",   # "sales work": a noun
])
def test_mixed_absent_or_open_evidence_gives_no_tense(sentence):
    assert _sequence(sentence, sentence[sentence.index("猪"):sentence.index("猪") + 3]) is None


def test_nouns_that_look_like_verbs_are_not_read_as_verbs():
    # "report", "costs", "plans" after a determiner or as an object are nouns, not verbs in the present
    assert _sequence("The startup 猪裁员 300 workers to cut costs, the report said.", "猪裁员") == "past"
    assert _sequence("The startup 猪裁员 300 workers under its plans, the founder said.", "猪裁员") == "past"


@pytest.mark.parametrize("text,expected", [
    ("Fans said the singer 猪破防 after years of waiting.", "Fans said the singer broke down after years of waiting."),
    ("The company said it 猪裁员 300 workers to cut costs.",
     "The company said it laid off 300 workers to cut costs."),
    ("The startup 猪裁员 300 workers, a move investors welcomed.",
     "The startup laid off 300 workers, a move investors welcomed."),
    ("The new app 猪打通 hospital records across the province, which has 40 million residents.",
     "The new app connects hospital records across the province, which has 40 million residents."),
    # a verb with be agrees with its subject in the past
    ("Courier depots 猪爆仓 after the festival, a problem that angered traders.",
     "Courier depots were liquidated after the festival, a problem that angered traders."),
    ("The fund 猪爆仓 after the crash, a loss investors blamed the regulator for.",
     "The fund was liquidated after the crash, a loss investors blamed the regulator for."),
])
def test_finite_verbs_take_the_sentence_tense(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Analysts say the startup 猪裁员 300 workers.",
    "The startup 猪裁员 300 workers and its rivals were hiring, which is rare.",
    "The startup 猪裁员 300 workers, and its rivals will follow.",
    "The goods sold online 猪暴涨 in price.",
    # the tense is told but not the person: a verb with be needs it in the past
    "The staff 猪爆仓 after the crash, a loss investors blamed the regulator for.",
])
def test_untold_tense_or_person_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # after was/were/been, no object after the term, a subject that is a thing: the passive participle
    ("The two payment systems were finally 猪打通 in 2024, letting users pay across platforms.",
     "The two payment systems were finally connected in 2024, letting users pay across platforms."),
    ("The hospital records were 猪打通 across the province.", "The hospital records were connected across the province."),
    ("The two networks have been 猪打通.", "The two networks have been connected."),
    ("The database was 猪打通 last year.", "The database was connected last year."),
])
def test_passive_after_a_past_be_without_object(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Several firms were 猪裁员 ahead of the holiday.",   # a subject that may act: laying off, or laid off
    "The workers were 猪打通 in 2024.",                 # people: may act as well as undergo
    "Prices were 猪暴涨 after the storm.",               # a verb that takes no object has no passive
    "Tencent was 猪打通 in 2024.",                      # a name may act
    "The two payment systems are 猪打通 in 2024.",       # the present: a progressive may be meant
])
def test_passive_not_clear_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text", [
    # a verb of state need not follow a past verb of saying: what it states may still be so
    "The chain 猪运营 300 stores, analysts said.",
    "The chain, which was founded by two engineers, 猪运营 300 stores.",
])
def test_verb_of_state_is_not_put_in_the_past_by_the_other_verbs(text, rules):
    check_glossary(text, None, "en", rules)


def test_a_comma_between_a_number_and_the_term_ends_the_number(rules):
    # "2010, 猪裁员 300 workers" is no "2010 layoffs": the number belongs to the phrase before the
    # comma; the term is the verb, whose tense the participle clause's year does not give
    check_glossary("The firm, founded in 2010, 猪裁员 300 workers.", None, "en", rules)
    check_glossary("The firm, founded in 2010, 猪裁员 300 workers, the report said.",
                   "The firm, founded in 2010, laid off 300 workers, the report said.", "en", rules, twice=True)


@pytest.mark.parametrize("text,phrase", [
    ("Arrivals were 19 times higher than in 2021.", "than in 2021"),
    ("Exports rose compared with in 2021.", "compared with in 2021"),
])
def test_a_year_compared_with_is_no_time_of_the_verb(text, phrase):
    assert phrase in text
    assert not tense.past("en", text)
    assert tense.past("en", "The chain opened 12 stores in 2021.")


@pytest.mark.parametrize("text", [
    # a verb follows the term: the term may end the subject ("Alphabet shares plummeted")
    "Reuters reported that Alphabet 猪打通 plummeted after the launch.",
    # an adverb in -ly after the term: a verb, not a noun modifying a next word; tense untold
    "The tourism industry 猪复苏 strongly in the region.",
    "Singapore's tourism industry 猪复苏 strongly, with arrivals 19 times higher than in 2021.",
])
def test_unclear_verb_or_noun_readings_are_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # a clause set off by commas between the subject and the term: the subject is before it
    ("The company, which employs 5,000 people, 猪裁员 about 10% of its staff.",
     "The company, which employs 5,000 people, lays off about 10% of its staff."),
    ("The companies, which have 5,000 staff, 猪裁员 300 workers.",
     "The companies, which have 5,000 staff, lay off 300 workers."),
])
def test_the_subject_before_an_inserted_clause_gives_the_person(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    # a time phrase in a relative or participle clause dates what that clause tells, not the verb
    "The company, founded in 2010, 猪运营 300 stores.",
    "The firm, which was fined last year, 猪裁员 300 workers.",
    # a verb phrase holding its object, after be, with a thing as the subject: no progressive
    "The firm's shares were 猪停牌 pending an announcement.",
])
def test_background_clauses_and_thing_subjects_are_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("The priority is 猪停牌.", "The priority is halting trading."),          # a gerund predicate
    ("The regulator is 猪停牌 for an hour.", "The regulator is halting trading for an hour."),  # may act
    ("The video is 猪出海 among older viewers.", "The video is going global among older viewers."),  # any subject
])
def test_progressive_or_gerund_after_be_stays(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("sentence", [
    # a form in -ed before a preposition is as often a participle: "a structure implanted in the bone"
    "Implantation 猪运营 a method that uses a structure implanted in the bone.",
    "The firm 猪运营 a platform, a standard developed from open code.",
    # a perfect tells of the past as well as of the present
    "Pouring money in has resulted in growth, and the economy 猪暴涨 at a 4% rate.",
    # the term's own clause is not its subject alone: it may be a noun there
    "The journal reported that the US is ready to tighten technology 猪裁员 to China.",
    "After countless probe 猪暴涨, a transmission was received.",
    "Each data set is added as its own layer, then 猪打通 with filters.",
])
def test_the_term_without_a_plain_subject_or_with_participles_gets_no_tense(sentence):
    assert _sequence(sentence, sentence[sentence.index("猪"):sentence.index("猪") + 3]) is None


@pytest.mark.parametrize("sentence,expected", [
    ("The company 猪运营 300 stores, a chain investors welcomed.", "past"),      # at the clause end: finite
    ("The company 猪运营 300 stores, a deal that angered rivals.", "past"),      # before its object
    ("Sales slumped, and the company 猪裁员 300 workers.", "past"),
    ("The company 猪裁员 300 workers because demand slumped.", "past"),
])
def test_a_past_form_after_its_subject_before_an_object_or_the_end_is_finite(sentence, expected):
    assert _sequence(sentence, sentence[sentence.index("猪"):sentence.index("猪") + 3]) == expected
