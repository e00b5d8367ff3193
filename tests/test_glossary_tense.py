"""Time phrases as evidence of the tense of a finite verb (:mod:`cleaner.glossary.tense`), and the
German verb second after a fronted adverbial.

A finite verb slot is filled only when a time phrase of the clause says past or present and no
future marker is there; otherwise the term stays and is reported. The renderings come from a
small table of made-up terms, so the tests hold the mechanism, not the built-in table's wording.
"""

from __future__ import annotations

import pytest

from cleaner.glossary import tense
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for tense evidence"
terms = [
  { zh = "猪运营", en = ["v operate", "n operation"], de = "m Betrieb/Betriebe; v betreiben/betreibt/betrieb/betrieben", fr = "v exploiter" },
  { zh = "猪暴跌", en = "v plunge", de = "m Absturz/Abstürze; v ein|brechen/bricht/brach/gebrochen +sein", fr = "v chuter" },
  { zh = "猪裁员", en = ["v lay off|lays off|laid off|laid off|laying off", "pl layoffs"], de = "m Stellenabbau; v ab|bauen", fr = "m licenciement/licenciements; v licencier" },
  { zh = "猪出海", en = "v go global|goes global|went global|gone global|going global", de = "v expandieren", fr = "v se développer à l'étranger" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "tense", _TABLE)


@pytest.mark.parametrize("text,expected", [
    # past: a weekday, "last week", "yesterday", "ago", a past year
    ("The carmaker 猪裁员 200 engineers on Monday.", "The carmaker laid off 200 engineers on Monday."),
    ("The chain 猪运营 40 outlets in Wuhan last month.", "The chain operated 40 outlets in Wuhan last month."),
    ("Its rival 猪裁员 300 workers yesterday.", "Its rival laid off 300 workers yesterday."),
    ("The lender 猪裁员 staff two years ago.", "The lender laid off staff two years ago."),
    ("The group 猪运营 12 factories in 2021.", "The group operated 12 factories in 2021."),
    ("Tencent 猪裁员 300 staff late on Friday.", "Tencent laid off 300 staff late on Friday."),
    # a weekday fronted with a comma dates the whole sentence
    ("On Monday, the carmaker 猪裁员 200 engineers.", "On Monday, the carmaker laid off 200 engineers."),
    # present: "now", "every year", a habit ("three nights a week"); the person from the subject
    ("The group now 猪运营 12 factories.", "The group now operates 12 factories."),
    ("Every regional bank now 猪运营 a mobile app.", "Every regional bank now operates a mobile app."),
    ("Xiaomi now 猪运营 12 factories.", "Xiaomi now operates 12 factories."),
    ("The police now 猪运营 drones along the border.", "The police now operate drones along the border."),
    ("Alibaba and Tencent now 猪运营 data centres abroad.", "Alibaba and Tencent now operate data centres abroad."),
    ("The singer 猪运营 a shop on Taobao three nights a week.", "The singer operates a shop on Taobao three nights a week."),
    ("The ferry 猪运营 two crossings every Monday.", "The ferry operates two crossings every Monday."),
    # a weekday in the plural is a habit: the present, never the past
    ("The ferry 猪运营 two crossings on Mondays.", "The ferry operates two crossings on Mondays."),
])
def test_english_time_phrases_give_the_tense(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "The company 猪裁员 300 workers nationwide.",                      # no time phrase, a verb of action
    "The carmaker 猪裁员 200 engineers next Monday.",                  # a weekday ahead
    "The carmaker 猪裁员 200 engineers on Monday and will hire more.",  # a future marker wins
    "The group 猪运营 12 factories in 2030.",                         # a later year may be a plan
    "On Monday, the carmaker 猪裁员 200 engineers and will hire more.",  # the future marker wins
    "The group 猪运营 12 factories, and on Monday it will open more.",  # a weekday in another clause
])
def test_english_tense_unclear_or_future_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # a verb of state with no sign of time in the sentence states what is so now
    ("The company 猪运营 300 stores nationwide.", "The company operates 300 stores nationwide."),
    ("Its two subsidiaries 猪运营 the city's ferries.", "Its two subsidiaries operate the city's ferries."),
])
def test_english_verb_of_state_without_time_is_present(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "The company 猪运营 300 stores and said it wanted more.",   # another verb in the past
    "The company will soon 猪运营 300 stores.",                # (an infinitive after will)
    "The company 猪运营 300 stores, which it will double.",     # a future marker in the sentence
])
def test_english_verb_of_state_with_other_time_evidence_is_not_made_present(text, rules):
    from cleaner import clean

    out = clean(text + "\n", lang="en", rules=rules).text
    assert "operates" not in out


@pytest.mark.parametrize("text", [
    "In Shanghai now 猪运营 300 stores.",      # a name after a preposition is no subject
    "The new 猪运营 300 stores now.",          # an adjective after the determiner, no noun
    "The digital 猪运营 300 stores now.",
    "The staff now 猪运营 300 stores.",        # staff: either number
])
def test_english_person_unclear_in_the_present_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # German: a fronted adverbial, the verb second, the subject after it; the particle at the end
    ("Am Montag 猪暴跌 die Aktie um 8 Prozent.", "Am Montag brach die Aktie um 8 Prozent ein."),
    ("Am Montag 猪暴跌 die Aktien um 8 Prozent.", "Am Montag brachen die Aktien um 8 Prozent ein."),
    ("Gestern 猪暴跌 der Kurs um 8 Prozent, wie die Börse mitteilte.",
     "Gestern brach der Kurs um 8 Prozent ein, wie die Börse mitteilte."),
    ("Letzte Woche 猪裁员 das Unternehmen 300 Stellen.", "Letzte Woche baute das Unternehmen 300 Stellen ab."),
    ("Im vergangenen Jahr 猪运营 der Konzern zwölf Werke.", "Im vergangenen Jahr betrieb der Konzern zwölf Werke."),
    ("Seit Jahren 猪出海 das Unternehmen nach Südostasien.", "Seit Jahren expandiert das Unternehmen nach Südostasien."),
    ("Im Jahr 2023 猪运营 der Konzern zwölf Werke.", "Im Jahr 2023 betrieb der Konzern zwölf Werke."),
    # a fronted object (a determiner that is never nominative) or a phrase with a postposition
    ("Den Markt 猪运营 der Konzern seit Jahren.", "Den Markt betreibt der Konzern seit Jahren."),
    ("Dem Bericht zufolge 猪暴跌 die Aktie gestern um 8 Prozent.",
     "Dem Bericht zufolge brach die Aktie gestern um 8 Prozent ein."),
    # the subject first: "am Montag" and "im Jahr 2023" as evidence of the past
    ("Die Aktie 猪暴跌 am Montag um 8 Prozent.", "Die Aktie brach am Montag um 8 Prozent ein."),
    ("Der Konzern 猪运营 im Jahr 2023 zwölf Werke.", "Der Konzern betrieb im Jahr 2023 zwölf Werke."),
    # a future time phrase without werden: German says the future in the present
    ("Nächste Woche 猪暴跌 die Aktie um 8 Prozent.", "Nächste Woche bricht die Aktie um 8 Prozent ein."),
    ("Der Konzern 猪运营 im Jahr 2030 zwölf Werke.", "Der Konzern betreibt im Jahr 2030 zwölf Werke."),
])
def test_german_time_phrases_and_the_fronted_adverbial(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Nächste Woche wird die Aktie laut Analysten 猪暴跌.",  # future with werden: an infinitive goes here
    "Am Montag 猪暴跌 Aktien um 8 Prozent.",            # a bare noun after the verb: a name or a plural
    "Am Montag 猪暴跌 sie um 8 Prozent.",               # sie: either number
    "Am Montag 猪暴跌 die Aktie, und sie wird weiter fallen.",  # a future marker in the sentence
    "Der Konzern 猪运营 im Jahr 2030 zwölf Werke, sagte er gestern.",  # a later year beside a past
    "In Shenzhen 猪暴跌 die Aktie um 8 Prozent.",        # no time phrase
    "Den Kunden 猪运营 der Konzern zwölf Werke.",          # a fronted object, but no time phrase
])
def test_german_unclear_tense_or_subject_is_reported(text, rules):
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Le groupe 猪裁员 300 salariés lundi.", "Le groupe a licencié 300 salariés lundi."),
    ("Les banques 猪裁员 300 salariés la semaine dernière.", "Les banques ont licencié 300 salariés la semaine dernière."),
    ("Le groupe 猪裁员 300 salariés en 2023.", "Le groupe a licencié 300 salariés en 2023."),
    ("Le groupe 猪裁员 hier 300 salariés.", "Le groupe a licencié hier 300 salariés."),
    ("Le groupe 猪裁员 300 salariés chaque lundi.", "Le groupe licencie 300 salariés chaque lundi."),
    # past with être: the participle agrees with a subject whose determiner shows its gender
    ("Le fabricant 猪出海 lundi.", "Le fabricant s'est développé à l'étranger lundi."),
    # a phrase of future time with no future verb: French says the near or planned future in the
    # present
    ("Le groupe 猪裁员 300 salariés la semaine prochaine.", "Le groupe licencie 300 salariés la semaine prochaine."),
    ("Le groupe 猪裁员 300 salariés en 2030.", "Le groupe licencie 300 salariés en 2030."),
    ("Le groupe 猪裁员 300 salariés lundi prochain.", "Le groupe licencie 300 salariés lundi prochain."),
])
def test_french_time_phrases_give_the_tense(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Le groupe 猪裁员 300 salariés la semaine prochaine, a-t-il dit hier.",  # future beside a past
    "Le groupe 猪裁员 300 salariés demain, et il sera plus petit.",            # a future verb (va, sera)
    "L'usine 猪出海 lundi.",                                # past with être: "l'" shows no gender to agree with
])
def test_french_future_or_etre_is_reported(text, rules):
    check_glossary(text, None, "fr", rules)


def test_the_time_phrase_tables():
    assert tense.past("en", "on Monday") and not tense.past("en", "on Monday", clause=False)
    assert not tense.past("en", "next Monday") and not tense.past("en", "every Monday")
    assert not tense.past("en", "sales on Black Friday")  # a named day of the year, not last week's
    assert not tense.past("en", "prices rise starting Monday") and not tense.past("en", "as of Monday")
    assert not tense.past("en", "open Monday to Friday") and not tense.past("en", "open Monday-Friday")
    assert tense.past("en", f"in {tense.LAST_PAST_YEAR}") and not tense.past("en", f"in {tense.LAST_PAST_YEAR + 1}")
    assert tense.future("en", f"in {tense.LAST_PAST_YEAR + 5}") and tense.future("en", "it'll")
    assert tense.past("de", "am Montag") and tense.past("de", "im Jahr 2020") and tense.future("de", "wird")
    assert tense.present("de", "seit Jahren")
    assert tense.past("fr", "lundi") and not tense.past("fr", "lundi prochain") and not tense.past("fr", "chaque lundi")
    assert tense.future("fr", "va") and tense.past("fr", "en 2019")
    assert not tense.past("fr", "dès lundi") and not tense.past("fr", "à partir de lundi")
    assert not tense.past("fr", "ouvert du lundi au vendredi")
    assert tense.past("fr", "il y a trois ans") and not tense.past("fr", "il y a trop de magasins")
