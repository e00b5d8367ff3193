"""More evidence of the tense of an English finite verb put in for a leftover term.

- A month in the term's clause names a past month in news, like a weekday ("in May", "in early
  March", "on 5 June"; German "im Mai", French "en mai"), unless a word points ahead or makes it a
  habit ("next May", "in May next year", "every May", "by May", a later year). German and French
  say the future in the present: a phrase of future time with no future verb (werden; va, sera)
  and no sign of the past gives the present ("entlässt im Mai nächsten Jahres", "licencie ... en
  mai prochain").
- Phrases of habit or trend say present ("rarely", "most nights", "a growing number of"); a span
  reaching back from now says past ("over the past decade", "in the last three years").
- A verb phrase joined after the term by "and" or "but" with a word of another time ("上线 in 2019
  and now has ...") keeps that time to itself.
- The verb of a relative clause on the sentence's subject takes its time from the relative
  clause's own time phrase, else from the main clause's finite verb after it when that verb is
  plainly finite or a modal of the present after a subject naming a kind ("Drivers who 外卖 must
  register": present) ("Students who 毕业 ... found it hard": past; "Companies that 出海 face new
  risks": present, for a subject naming a kind, or a verb of state), and its person from the noun
  the relative pronoun follows.
- A question opened by a modal and its subject takes the base form ("Will Beijing 降息 again?").
- A clause of time or condition after its subject ("when they 以旧换新", "if the workers 躺平")
  takes the present when the main clause shows the present or future by a modal ("can", "will")
  or a form only ever present, and nothing in the sentence shows the past or an unreal condition
  ("would", "could").

The renderings come from a small table of made-up terms, so the tests hold the mechanism, not the
built-in table's wording; counter-examples stay reported (``None``).
"""

from __future__ import annotations

import pytest

from cleaner.glossary import tense
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for the evidence of tense"
terms = [
  { zh = "狗投产", en = "v start production|starts production|started production|started production|starting production" },
  { zh = "狗进口", en = "v import" },
  { zh = "狗躺平", en = "v lie flat|lies flat|lay flat|lain flat|lying flat", de = "v aus|steigen/steigt/stieg/gestiegen +sein", fr = "v lâcher prise" },
  { zh = "狗炒股", en = "v trade stocks|trades stocks|traded stocks|traded stocks|trading stocks" },
  { zh = "狗拥有", en = "v own" },
  { zh = "狗外卖", en = "v deliver food|delivers food|delivered food|delivered food|delivering food" },
  { zh = "狗裁员", en = ["v lay off|lays off|laid off|laid off|laying off", "pl layoffs"], de = "v entlassen/entlässt/entließ/entlassen +obj", fr = "v licencier" },
  { zh = "狗加息", en = ["v raise rates|raises rates|raised rates|raised rates|raising rates", "n rate hike"] },
  { zh = "狗断联", en = "v break off contact with family|breaks off contact with family|broke off contact with family|broken off contact with family|breaking off contact with family" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "tense_evidence", _TABLE)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The plant opened in May.", True),
    ("en", "Sales fell in early March.", True),
    ("en", "Prices jumped in mid-June.", True),
    ("en", "The deal closed on 5 June.", True),
    ("en", "The deal closed on June 5, 2019.", True),
    ("en", "Output dropped in the second half of October.", True),
    ("de", "Der Absatz sank im Mai.", True),
    ("de", "Der Absatz sank Anfang März.", True),
    ("fr", "Les ventes ont chuté en mai.", True),
    ("fr", "Les ventes ont chuté début mars.", True),
    # a word pointing ahead, a habit, a deadline, a later year, the modal "may"
    ("en", "The plant opens in May next year.", False),
    ("en", "The plant opens in March this year.", False),
    ("en", "The plant opens every May.", False),
    ("en", "The plant must open by May.", False),
    ("en", "The plant opens in May 2031.", False),
    ("en", "The plant may open in the autumn.", False),
    ("de", "Das Werk öffnet im Mai nächsten Jahres.", False),
    ("de", "Das Werk öffnet bis Mai.", False),
    ("fr", "L'usine ouvre en mai prochain.", False),
    ("fr", "L'usine ouvre en mai 2031.", False),
])
def test_a_month_names_a_past_month_unless_a_word_points_ahead(lang, text, expected):
    assert tense.past(lang, text) is expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Many lenders collapsed between 2018 and 2019.", True),
    ("en", "Prices rose from 2016 to 2021.", True),
    ("de", "Zwischen 2018 und 2019 sank der Absatz.", True),
    ("de", "Von 2016 bis 2021 stiegen die Preise.", True),
    ("fr", "Entre 2018 et 2019, les ventes ont chuté.", True),
    ("en", "The plan runs from 2026 to 2030.", False),     # a span ending later: a plan
    ("en", "Sales may double between 2027 and 2030.", False),
])
def test_a_span_of_years_ending_in_the_past_says_past(lang, text, expected):
    assert tense.past(lang, text) is expected


@pytest.mark.parametrize("text", [
    "The clip spread within hours of its release.",     # a one-off event told in news
    "The clip spread within an hour.",
    "Fans spent 3 million yuan in a single night.",
    "The bank cut rates for the second time this year.",   # a repeated event
])
def test_a_one_off_event_in_hours_says_past(text):
    assert tense.past("en", text)


def test_a_first_time_tells_no_tense():
    # "The new app links up records for the first time": a novelty, told in the present as often
    assert not tense.past("en", "The new app links up hospital records for the first time.")


def test_within_hours_tells_the_finite_form(rules):
    check_glossary("The clerk 狗躺平 within hours of the announcement.",
                   "The clerk lay flat within hours of the announcement.", "en", rules)
    # a word of habit beside it: present and past, so nothing is told
    check_glossary("Such workers often 狗躺平 within hours of being hired, the platform says.", None, "en", rules)



def test_a_year_after_a_word_that_dates_it_is_no_quantity_in_german():
    from cleaner.glossary.slots import _de_quantity_before
    assert _de_quantity_before(["Zwischen", "2018", "und", "2019"]) == ()
    assert _de_quantity_before(["im", "Jahr", "2019"]) == ()
    assert _de_quantity_before(["hat", "2000"]) is not None  # "hat 2000 Mitarbeiter": a count
    assert _de_quantity_before(["und", "300"]) is not None


def test_a_later_year_after_a_month_is_a_plan():
    assert tense.future("en", "The plant opens in May 2031.")
    assert tense.future("en", "The plant opens on June 5, 2030.")
    assert not tense.future("en", "The plant opened in May 2019.")


def test_a_month_in_another_clause_dates_the_sentence_only_when_fronted():
    assert tense.past("en", "In May, the firm 狗裁员 300 workers.", clause=False)
    assert not tense.past("en", "The firm, which opened in May, 狗裁员 300 workers.", clause=False)


@pytest.mark.parametrize("text", [
    "Retail traders rarely check the facts.",
    "The couriers work most nights.",
    "A growing number of graduates stay at home.",
    "More and more graduates stay at home.",
    "The shop closes every March.",
])
def test_phrases_of_habit_and_trend_say_present(text):
    assert tense.present("en", text)


@pytest.mark.parametrize("text,expected", [
    # a month in the term's clause: past
    ("The refinery 狗投产 in May.", "The refinery started production in May."),
    ("India 狗进口 a record volume of palm oil in early March.",
     "India imported a record volume of palm oil in early March."),
    ("In June, the carmaker 狗裁员 2,000 workers.", "In June, the carmaker laid off 2,000 workers."),
    # a phrase of trend: present, the person from the plural subject
    ("A growing number of graduates 狗躺平 after their first job.",
     "A growing number of graduates lie flat after their first job."),
    # a relative clause on the subject, the main verb in the past after it
    ("Workers who 狗躺平 during the lockdown found it hard to return.",
     "Workers who lay flat during the lockdown found it hard to return."),
    ("Investors who 狗炒股 at the peak lost most of their savings.",
     "Investors who traded stocks at the peak lost most of their savings."),
    # its own time phrase tells first
    ("Clerks who 狗炒股 in April have since been fined.", "Clerks who traded stocks in April have since been fined."),
    # a present main verb and a subject naming a kind: present, agreeing with the subject
    ("Drivers who 狗外卖 earn less than factory workers.", "Drivers who deliver food earn less than factory workers."),
    ("Young graduates who 狗躺平 are often mocked online.", "Young graduates who lie flat are often mocked online."),
    ("Part-time students who 狗外卖 rarely get insurance.", "Part-time students who deliver food rarely get insurance."),
    # a modal of the present or a present perfect after a subject naming a kind: present
    ("Drivers who 狗外卖 must now buy their own insurance.", "Drivers who deliver food must now buy their own insurance."),
    ("Drivers who 狗外卖 must register with the platform.", "Drivers who deliver food must register with the platform."),
    # a relative clause set off by commas, with a phrase of habit, then the main verb
    ("The couriers, who 狗外卖 most nights, earn about 6,000 yuan a month.",
     "The couriers, who deliver food most nights, earn about 6,000 yuan a month."),
    # a span reaching back from now: "over the past decade"
    ("About 2 million farmers 狗躺平 over the past decade.", "About 2 million farmers lay flat over the past decade."),
    # a verb phrase joined after the term with a word of another time keeps that time to itself
    ("The refinery 狗投产 in 2019 and now has 900 staff.", "The refinery started production in 2019 and now has 900 staff."),
    # a clause of time or condition after a main clause with a modal of the present or future
    ("Buyers can claim a rebate when they 狗进口 a second car.", "Buyers can claim a rebate when they import a second car."),
    ("If the workers 狗躺平, the plant will close.", "If the workers lie flat, the plant will close."),
    ("Shops must stay open once couriers 狗外卖 at night.", "Shops must stay open once couriers deliver food at night."),
    # a habit: every May
    ("The refinery 狗投产 every May.", "The refinery starts production every May."),
    # a verb of state keeps the present beside a given subject
    ("The fund that 狗拥有 the building is based in Hong Kong.",
     "The fund that owns the building is based in Hong Kong."),
    ("Theresa May 狗裁员 300 civil servants in 2017.", "Theresa May laid off 300 civil servants in 2017."),
    # a question opened by a modal and its subject: the base form
    ("Will the central bank 狗加息 again this year?", "Will the central bank raise rates again this year?"),
    ("Could Tokyo 狗进口 more rice before the summer?", "Could Tokyo import more rice before the summer?"),
])
def test_finite_forms_from_the_new_evidence(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    # a future marker, a habit or a deadline beside the month (a month in the clause and a
    # future in another, "in May, and others will follow", leaves the past to the clause)
    "The refinery 狗投产 in May next year.",
    "The refinery usually 狗投产 in May.",
    "The refinery 狗投产 by May.",
    # "for the past decade" wants a perfect; "over the next decade" points ahead
    "About 2 million farmers 狗躺平 for the past decade.",
    "About 2 million farmers 狗躺平 over the next decade.",
    # the joined verb phrase's time is left out, and nothing else tells
    "The refinery 狗投产 and now has 900 staff.",
    # a clause of time or condition: an unreal condition
    "If the workers 狗躺平, the plant would close.",
    # a main verb with a word that sets its time apart ("now", "already"): the relative verb may be past
    "Investors who 狗炒股 are now sitting on losses.",
    "Workers who 狗躺平 still face pressure at home.",
    # a main verb in the progressive tells of given things now, not a kind's habit
    "Companies that 狗投产 in Vietnam are expanding.",
    # a participle after a present form of be is no past main verb ("are told")
    "Staff are told to leave before the plant 狗投产.",
    # a present main verb after a given subject: the relative verb may be past
    "The traders who 狗炒股 are under investigation.",
    # a perfect in the main clause tells nothing of the relative clause's time (who traded, or
    # who trade), nor does a modal after a given subject
    "Investors who 狗炒股 have lost money.",
    "The drivers who 狗外卖 must register with the platform.",
    # a verb of state does not follow a past main verb
    "The fund that 狗拥有 the building sold it.",
    # a main verb that does not agree with the subject
    "Drivers who 狗外卖 earns less than factory workers.",
    # the verb needs an object and the next word may be it
    "Companies that 狗裁员 face lawsuits.",
    "Companies that 狗裁员 are struggling.",
    # a capitalised "May" inside a sentence is a name, no modal: the tense is still untold
    "Theresa May 狗裁员 300 civil servants.",
    # the sentence is no question, or the term may modify the subject's noun
    "Will the central bank 狗加息 again this year.",
    "Can 狗加息 fears hurt the market?",
])
def test_without_plain_evidence_the_term_stays_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("sentence,term", [
    ("Workers who 狗躺平 because their bosses were cruel are rare.", "狗躺平"),
    ("Workers who 狗躺平 and quit their jobs found it hard.", "狗躺平"),
    ('Workers who 狗躺平 "deserve pity", she said.', "狗躺平"),
    ("Workers who 狗躺平 on 狗外卖 days are rare.", "狗躺平"),
])
def test_no_main_verb_is_read_past_another_clause_quotes_or_another_term(sentence, term):
    assert tense.en_main_verb(sentence, sentence.index(term) + len(term), closed=False) is None


@pytest.mark.parametrize("sentence,term,closed,expected", [
    ("Workers who 狗躺平 during the lockdown found it hard.", "狗躺平", False, ("found", "past")),
    ("Workers who 狗躺平 are rare.", "狗躺平", False, ("are", "present")),
    ("Workers who 狗躺平 will regret it.", "狗躺平", False, ("will", "untold")),
    ("Workers who 狗躺平 have already lost out.", "狗躺平", False, ("have", "untold")),
    ("Workers who 狗躺平 online rarely complain.", "狗躺平", False, ("complain", None)),
    ("The couriers, who 狗外卖 at night, earn little.", "狗外卖", True, ("earn", None)),
    # a participle before its object may still open a reduced clause ("workers paid a bonus")
    ("Workers who 狗躺平 after staff paid a bonus were rare.", "狗躺平", False, ("were", "past")),
])
def test_the_main_verb_after_a_relative_clause(sentence, term, closed, expected):
    found = tense.en_main_verb(sentence, sentence.index(term) + len(term), closed)
    assert found is not None and found[1:] == expected


def test_a_rendering_holding_a_phrase_of_with_takes_no_second_one(rules):
    check_glossary("A growing number of students 狗断联 with their cousins.", None, "en", rules)
    check_glossary("A growing number of students 狗断联.",
                   "A growing number of students break off contact with family.", "en", rules)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Konzern 狗裁员 im Mai 300 Beschäftigte.", "Der Konzern entließ im Mai 300 Beschäftigte."),
    # a month pointing ahead: German says the future in the present, with no form of werden
    ("de", "Der Konzern 狗裁员 im Mai nächsten Jahres 300 Beschäftigte.",
     "Der Konzern entlässt im Mai nächsten Jahres 300 Beschäftigte."),
    ("de", "Im März nächsten Jahres 狗裁员 der Konzern 300 Beschäftigte.",
     "Im März nächsten Jahres entlässt der Konzern 300 Beschäftigte."),
    ("fr", "Le groupe 狗裁员 300 salariés en mai prochain.", "Le groupe licencie 300 salariés en mai prochain."),
    ("fr", "Le groupe 狗裁员 300 salariés en mai.", "Le groupe a licencié 300 salariés en mai."),
    ("de", "Im März 狗裁员 der Konzern 300 Beschäftigte.", "Im März entließ der Konzern 300 Beschäftigte."),
])
def test_a_month_dates_german_and_french_verbs(lang, text, expected, rules):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Konzern 狗裁员 im Mai nächsten Jahres 300 Beschäftigte, sagte er gestern."),
    ("fr", "Le groupe 狗裁员 300 salariés en mai prochain, a-t-il annoncé hier."),
])
def test_a_month_pointing_ahead_leaves_verbs_reported_beside_a_past(lang, text, rules):
    check_glossary(text, None, lang, rules)
