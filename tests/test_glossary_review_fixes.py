"""Slot readings and table entries from a review of the glossary's output, each with
counter-examples.

- English: a term right after a transitive verb in -s or -ed that follows a singular subject
  is the verb's object, a noun ("The plan combines 裁员 with ..."), never a second finite verb.
- English: "next", "first", "last", "same", "other", "only" after a determiner are adjectives,
  so the determiner still counts for the noun ("the next 赛道").
- English: after "been", or "was"/"were" with a thing as subject, a verb that takes no object or
  holds its own ("take effect") has no passive and is reported; a verb that is itself be and a
  participle ("be implemented") is passive already and takes no object.
- English verb flags: ``+person`` (a verb of what a person feels or does, reported with a thing
  as subject: "the finale 破防") and ``+bare <forms>`` (the forms where no object follows: "are
  cutting jobs", "laid off 3,000 workers").
- The built-in table: 爆仓 (liquidated / overloaded), 上岸 (government job / entrance exam /
  ashore), 裁员, 落地 and 破防 in sentences of their own.

The slot tests use a small concept table layered over the built-in one, so they hold the
mechanism and not the table's current wording.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for the review fixes"
terms = [
  { zh = "减员", en = ["pl staff cuts", "v cut staff|cuts staff|cut staff|cut staff|cutting staff"] },
  { zh = "增效", en = ["u efficiency gains", "v raise efficiency|raises efficiency|raised efficiency|raised efficiency|raising efficiency"] },
  { zh = "跑道", en = "n runway" },
  { zh = "登船", en = "v board" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "review-fixes-test", _TABLE)


# -- English: the object of a transitive verb -------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The ministry's reform pairs 减员 with early retirement.",
     "The ministry's reform pairs staff cuts with early retirement."),
    ("Each budget balances 增效 against new spending.", "Each budget balances efficiency gains against new spending."),
    ("The chain announced 减员 at its Wuhan stores.", "The chain announced staff cuts at its Wuhan stores."),
])
def test_term_after_a_transitive_verb_is_its_object(rules, text, expected):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    # a verb without a noun: the object slot cannot take it
    "The airline's plan requires 登船 by noon.",
])
def test_object_slot_without_a_noun_is_reported(rules, text):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # counter-examples: a plural noun (no verb of the list) before the term, or a pronoun subject
    ("Factory owners 减员 last year to save money.", "Factory owners cut staff last year to save money."),
    ("The company 减员 last year and closed two plants.", "The company cut staff last year and closed two plants."),
])
def test_a_verb_slot_stays_a_verb(rules, text, expected):
    check_glossary(text, expected, "en", rules)


# -- English: "the next", "the first" ... as determiner and adjective ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pilots said the next 跑道 they use will be longer.", "Pilots said the next runway they use will be longer."),
    ("Engineers resurfaced the only 跑道 at the island airport.",
     "Engineers resurfaced the only runway at the island airport."),
    ("It is the first 跑道 built on reclaimed land.", "It is the first runway built on reclaimed land."),
    ("Its other 跑道 stays closed.", "Its other runway stays closed."),
])
def test_adjective_after_a_determiner_keeps_the_determiner(rules, text, expected):
    check_glossary(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    # no determiner before "next": a countable singular is still reported
    "Builders plan 跑道 next to the terminal.",
])
def test_countable_noun_without_a_determiner_is_still_reported(rules, text):
    check_glossary(text, None, "en", rules)


# -- English: no passive of a verb that takes no object ---------------------------------------
_PASSIVE_TABLE = '''description = "test concepts for the passive after been/was/were"
terms = [
  { zh = "生效", en = ["v come into force|comes into force|came into force|come into force|coming into force", "u entry into force"] },
  { zh = "跳水", en = "v plunge" },
  { zh = "执行", en = ["v be enforced|is enforced|was enforced|been enforced|being enforced", "u enforcement"] },
  { zh = "关停", en = "v shut down|shuts down|shut down|shut down|shutting down" },
]
'''


@pytest.fixture(scope="module")
def passive_rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "review-passive-test", _PASSIVE_TABLE)


@pytest.mark.parametrize("text", [
    # a phrase holding its complement: "has been come into force", "were coming into force" are wrong
    "The tariff rules have been 生效 since January.",
    "The export curbs were 生效 in April.",
    # an intransitive verb before "by" and an agent: no "was plunged by"
    "The currency was 跳水 by speculators.",
])
def test_intransitive_verb_after_been_or_was_is_reported(passive_rules, text):
    result_reasons = _reasons(text, passive_rules)
    assert "cannot be passive" in result_reasons or "none that can be passive" in result_reasons


def _reasons(text: str, rules) -> str:
    from cleaner import clean

    result = clean(text, lang="en", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    return " ".join(f.reason for f in result.findings)


@pytest.mark.parametrize("text,expected", [
    # a verb that is itself be + participle is passive already
    ("The tariff rules have been 执行 since January.", "The tariff rules have been enforced since January."),
    ("The export curbs were 执行 by customs officers.", "The export curbs were enforced by customs officers."),
    ("The quotas will 执行 from March.", "The quotas will be enforced from March."),
    # a transitive verb with a particle: the passive participle
    ("The coal mines were finally 关停 in 2023.", "The coal mines were finally shut down in 2023."),
])
def test_passive_capable_verbs_take_the_passive(passive_rules, text, expected):
    check_glossary(text, expected, "en", passive_rules)


def test_be_verb_takes_no_object(passive_rules):
    # "Customs officers were enforced the quotas": a be + participle verb cannot take an object
    check_glossary("Customs officers 执行 the quotas last week.", None, "en", passive_rules)


# -- English: a verb whose subject must be a person (+person) ---------------------------------
_PERSON_TABLE = '''description = "test concepts for verbs of a person"
terms = [
  { zh = "泪目", en = "v weep|weeps|wept|wept|weeping +person" },
  { zh = "躺平", en = "v lie flat|lies flat|lay flat|lain flat|lying flat" },
]
'''


@pytest.fixture(scope="module")
def person_rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "review-person-test", _PERSON_TABLE)


@pytest.mark.parametrize("text", [
    # a thing as subject: the ceremony did not weep, it moved the people
    "Viewers said the ceremony 泪目 after the long wait.",
    "Critics agreed the last episode 泪目 on Sunday.",
])
def test_person_verb_with_a_thing_as_subject_is_reported(person_rules, text):
    from cleaner import clean

    result = clean(text, lang="en", select=["cjk_glossary"], rules=person_rules)
    assert result.text == text
    assert any("needs a person" in f.reason for f in result.findings)


@pytest.mark.parametrize("text,expected", [
    ("Many parents 泪目 when the children sang on Monday.", "Many parents wept when the children sang on Monday."),
    ("Veterans said they 泪目 at the parade yesterday.", "Veterans said they wept at the parade yesterday."),
    ("The audience will 泪目 at the ending.", "The audience will weep at the ending."),
    # without the flag a thing may do what the verb says
    ("Critics said the market 躺平 last year.", "Critics said the market lay flat last year."),
])
def test_person_verb_with_a_person_as_subject_is_put_in(person_rules, text, expected):
    check_glossary(text, expected, "en", person_rules)


def test_person_flag_is_for_verbs_only():
    from cleaner.glossary.forms import NotationError, parse_en

    assert parse_en("v weep|weeps|wept|wept|weeping +person").person
    assert not parse_en("v weep|weeps|wept|wept|weeping").person
    with pytest.raises(NotationError):
        parse_en("v weep +personal")


# -- English: a verb's forms where no object follows (+bare) ----------------------------------
_BARE_TABLE = '''description = "test concepts for +bare"
terms = [
  { zh = "减薪", en = ["u pay cuts", "v cut the pay of|cuts the pay of|cut the pay of|cut the pay of|cutting the pay of +bare cut pay|cuts pay|cut pay|cut pay|cutting pay"] },
]
'''


@pytest.fixture(scope="module")
def bare_rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "review-bare-test", _BARE_TABLE)


@pytest.mark.parametrize("text,expected", [
    ("Several airlines are 减薪 amid falling demand.", "Several airlines are cutting pay amid falling demand."),
    ("The bank plans to 减薪 again.", "The bank plans to cut pay again."),
    ("The brokerage will 减薪 in the second half.", "The brokerage will cut pay in the second half."),
    # an object follows: the main forms
    ("The brokerage will 减薪 its analysts in July.", "The brokerage will cut the pay of its analysts in July."),
    ("Airlines plan to 减薪 3,000 pilots.", "Airlines plan to cut the pay of 3,000 pilots."),
])
def test_bare_forms_where_no_object_follows(bare_rules, text, expected):
    check_glossary(text, expected, "en", bare_rules)


def test_bare_flag_notation():
    from cleaner.glossary.forms import NotationError, parse_en

    r = parse_en("v lay off|lays off|laid off|laid off|laying off +bare cut jobs|cuts jobs|cut jobs|cut jobs|cutting jobs")
    assert r.forms[4] == "laying off" and r.bare == ("cut jobs", "cuts jobs", "cut jobs", "cut jobs", "cutting jobs")
    assert parse_en("v lay off +bare shed staff").bare[4] == "shedding staff"
    with pytest.raises(NotationError):
        parse_en("v lay off +bare cut|cuts")


# -- The built-in table: senses and forms found in review --------------------------------------
def _built_in(text: str, lang: str = "en"):
    from cleaner import clean

    return clean(text, lang=lang, select=["cjk_glossary"])


@pytest.mark.parametrize("text,expected", [
    # 爆仓 in logistics: depots, warehouses, parcels overloaded
    ("Sorting centres in Yiwu have been 爆仓 with parcels since Singles Day.",
     "Sorting centres in Yiwu have been overloaded with parcels since Singles Day."),
    ("Warehouses will 爆仓 if couriers cannot collect the parcels in time.",
     "Warehouses will be overloaded if couriers cannot collect the parcels in time."),
    # 爆仓 in markets: positions liquidated
    ("Futures traders using high leverage were 爆仓 when oil prices collapsed.",
     "Futures traders using high leverage were liquidated when oil prices collapsed."),
    # 上岸 as landing a government job, as passing an entrance exam, as going ashore
    ("Many graduates now hope to 上岸 as civil servants rather than join tech firms.",
     "Many graduates now hope to land a government job as civil servants rather than join tech firms."),
    ("He spent two years cramming for the postgraduate exam in order to 上岸.",
     "He spent two years cramming for the postgraduate exam in order to pass the exam."),
    ("Fishermen were forced to 上岸 as the typhoon approached the coast.",
     "Fishermen were forced to go ashore as the typhoon approached the coast."),
    # 裁员 where no object follows: the progressive and the infinitive
    ("Property developers are 裁员 as sales keep falling.", "Property developers are cutting jobs as sales keep falling."),
    ("The carmaker plans to 裁员 again next year.", "The carmaker plans to cut jobs again next year."),
    ("The carmaker plans to 裁员 3,000 workers.", "The carmaker plans to lay off 3,000 workers."),
    # 落地 as policy: passive-capable
    ("The tax cuts have finally been 落地 in Hainan.", "The tax cuts have finally been implemented in Hainan."),
    ("The housing measures will 落地 in Wuhan next month.", "The housing measures will be implemented in Wuhan next month."),
])
def test_built_in_entries(text, expected):
    assert _built_in(text).text == expected


@pytest.mark.parametrize("text", [
    # 破防: a thing as subject does not break down
    "Viewers said the documentary 破防 after the last scene.",
    # 落地 with an object: "were implemented the rules" is no sentence
    "Local officials 落地 the new rules last week.",
])
def test_built_in_entries_reported(text):
    result = _built_in(text)
    assert result.text == text
    assert any(f.pass_name == "cjk_glossary" for f in result.findings)


@pytest.mark.parametrize("text", [
    # people after be: "were laid off" may be meant, so the bare forms are not put in
    "Hundreds of pilots were 减薪 last month.",
])
def test_bare_forms_not_after_be_with_people(bare_rules, text):
    from cleaner import clean

    result = clean(text, lang="en", select=["cjk_glossary"], rules=bare_rules)
    assert "cutting pay" not in result.text
