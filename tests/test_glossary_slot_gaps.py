"""Slots the glossary reads from the words around the term:

- English passive: a form of *be* or *get*, the term, then "by" and an agent ("was 处罚 by regulators"):
  the past participle, even for a concept whose first rendering is a noun; "by" before a measure
  or a time ("by far", "by 5%", "by the end of") is no agent, and the term stays reported.
- English verb in -s after a subject pronoun ("He prefers 传统 medicine"): a verb, not a plural
  subject, so the term before the noun is its modifier.
- English linking verbs other than *be* ("remained", "seems", "became", "looks", "stayed"): the
  adjective; a concept without one is reported rather than given a bare noun.
- French infinitive after a verb or adjective that takes "de" + infinitive ("contrainte de",
  "prévoit de", "afin de", "difficile de"); the same word as a noun after an article ("la menace
  de") keeps the noun.
- German: the term before "wird"/"werden"/"würde" in a clause with an accusative object ("dass
  sie den Markt 托底 wird") is the infinitive (a passive takes no accusative object); without one,
  or with the noun phrase after a preposition, future and passive are both possible: reported.

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for slot gaps"
terms = [
  { zh = "处罚", en = ["n penalty", "v penalize"] },
  { zh = "韧性", en = ["u resilience", "a resilient"] },
  { zh = "内卷", en = "u involution" },
  { zh = "传统", en = ["n tradition", "a traditional"] },
  { zh = "退市", en = ["u delisting", "v delist"], fr = "f radiation de la cote/radiations de la cote; v se retirer de la cote" },
  { zh = "出口", en = ["u export", "v export"], fr = "f exportation; v exporter" },
  { zh = "托底", en = ["v prop up"], de = "f Stützung/Stützungen; v stützen" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "slotgaps-test", _TABLE)


@pytest.mark.parametrize("text,expected", [
    ("The bank was 处罚 by regulators.", "The bank was penalized by regulators."),
    ("Both brokers were 处罚 by the securities regulator last year.",
     "Both brokers were penalized by the securities regulator last year."),
    ("The platform has been 处罚 by Beijing twice.", "The platform has been penalized by Beijing twice."),
    ("The stock was 退市 by the exchange in May.", "The stock was delisted by the exchange in May."),
    # an adverb between be and the term, and the passive with get
    ("The firm was heavily 处罚 by regulators.", "The firm was heavily penalized by regulators."),
    ("The bank got 处罚 by regulators for the leak.", "The bank got penalized by regulators for the leak."),
    # no agent: a countable noun cannot stand bare after "was", so the participle
    ("The bank was 处罚.", "The bank was penalized."),
    # an adjective still comes first after be: "by" may open a phrase of manner
    ("The economy was 韧性 by any measure.", "The economy was resilient by any measure."),
])
def test_passive_with_an_agent_takes_the_participle(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "The cost was 处罚 by far.",  # a measure, not an agent
    "The fines were 处罚 by 5% this year.",
    "The bank was 处罚 by the end of the year.",  # a time
    "The stock was 退市 by choice.",  # a bare singular noun: manner, not an agent
    "The firm was heavily 处罚.",  # after an adverb of degree and no agent: an adjective is needed
])
def test_by_without_an_agent_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("He prefers 传统 medicine.", "He prefers traditional medicine."),
    ("She favours 传统 remedies over new drugs.", "She favours traditional remedies over new drugs."),
    ("It embraces 传统 values.", "It embraces traditional values."),
    # a verb of the closed list is never a plural subject, whatever stands before it
    ("The clinic prefers 传统 medicine.", "The clinic prefers traditional medicine."),
])
def test_verb_in_s_after_its_subject_is_not_a_plural_subject(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("The economy remained 韧性.", "The economy remained resilient."),
    ("Exports remain 韧性 despite the tariffs.", "Exports remain resilient despite the tariffs."),
    ("Demand stayed 韧性 through the summer.", "Demand stayed resilient through the summer."),
    ("The labour market seems 韧性 for now.", "The labour market seems resilient for now."),
    ("Consumers became more cautious, but spending looks 韧性.",
     "Consumers became more cautious, but spending looks resilient."),
    ("The yuan has become surprisingly 韧性.", "The yuan has become surprisingly resilient."),
])
def test_linking_verb_takes_the_adjective(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "The solar sector remained 内卷.",  # no adjective: "remained involution" would be wrong
    "The industry has become 内卷.",
    "Competition seems 内卷 in every city.",
])
def test_linking_verb_without_an_adjective_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("La société est contrainte de 退市.", "La société est contrainte de se retirer de la cote."),
    ("Les deux groupes ont été contraints de 退市 l'an dernier.",
     "Les deux groupes ont été contraints de se retirer de la cote l'an dernier."),
    ("Le groupe prévoit de 退市 à Hong Kong.", "Le groupe prévoit de se retirer de la cote à Hong Kong."),
    ("Le fabricant tente de 出口 davantage.", "Le fabricant tente d'exporter davantage."),
    ("Afin de 出口 vers l'Europe, le groupe ouvre une usine.",
     "Afin d'exporter vers l'Europe, le groupe ouvre une usine."),
    ("Il est difficile de 退市 sans l'accord des actionnaires.",
     "Il est difficile de se retirer de la cote sans l'accord des actionnaires."),
    ("Les PME sont obligées de 出口 pour survivre.", "Les PME sont obligées d'exporter pour survivre."),
])
def test_french_infinitive_after_de(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    # the governor after an article is a noun, and so is the term after "de"
    ("La menace de 退市 pèse sur le groupe.", "La menace de radiation de la cote pèse sur le groupe."),
])
def test_french_noun_after_a_noun_and_de(text, expected, rules):
    check_glossary(text, expected, "fr", rules)


@pytest.mark.parametrize("text,expected", [
    ("Die Regierung erklärte, dass sie den Markt 托底 wird.",
     "Die Regierung erklärte, dass sie den Markt stützen wird."),
    ("Analysten erwarten, dass der Staat einen neuen Fonds 托底 werde.",
     "Analysten erwarten, dass der Staat einen neuen Fonds stützen werde."),
    ("Die Notenbank sagte, dass sie ihn notfalls 托底 würde.",
     "Die Notenbank sagte, dass sie ihn notfalls stützen würde."),
    ("Die Zentralbank wird den Immobilienmarkt 托底.", "Die Zentralbank wird den Immobilienmarkt stützen."),
])
def test_german_infinitive_with_werden_and_an_object(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Es ist unklar, ob der Markt 托底 wird.",  # a passive (gestützt wird) may be meant
    "Es ist unklar, ob der Markt durch den Staat 托底 wird.",  # "den" after a preposition
    "Die Regierung sagte, dass der Markt jeden Tag 托底 wird.",  # a time, not an object
    "Die Regierung sagte, dass den Start-ups 托底 wird.",  # a dative plural
])
def test_german_werden_without_an_object_is_reported(text, rules):
    check_glossary(text, None, "de", rules)
