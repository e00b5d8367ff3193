"""Slot reading for word forms: general rules of grammar, each with counter-examples.

- English "to" after a noun: a purpose or complement infinitive takes the verb ("hire people to
  刷单"), the preposition keeps the noun ("the shift to 直播带货"), and where either could be
  meant the term is left with a finding.
- English number after "<quantifier> of <determiner>" ("all of its 烂尾楼"); a one-word verb
  without its object after a preposition; a plural-only noun as a modifier.
- German "der" before a feminine noun: genitive plural after a word of quantity ("die Hälfte der
  信用卡"), genitive or dative singular after a preposition; reported when it could be either.
  A term at the end of a subordinate clause is in the verb's place.
- French "de" + term + determiner: an infinitive with its object, not a noun.

The renderings come from a small concept table layered over the built-in one, so the tests
hold the mechanism and not the table's current wording.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for slot reading"
terms = [
  { zh = "刷单", en = ["u fake ordering", "v place fake orders|places fake orders|placed fake orders|placed fake orders|placing fake orders"] },
  { zh = "鸡娃", en = ["u helicopter parenting", "v push their children hard|pushes their children hard|pushed their children hard|pushed their children hard|pushing their children hard"] },
  { zh = "直播带货", en = ["u livestream selling", "v sell via livestreams|sells via livestreams|sold via livestreams|sold via livestreams|selling via livestreams"] },
  { zh = "裁员", en = "pl layoffs", de = "m Stellenabbau" },
  { zh = "烂尾楼", en = "n unfinished building" },
  { zh = "信用卡", en = "n credit card", de = "f Kreditkarte/Kreditkarten", fr = "f carte de crédit/cartes de crédit" },
  { zh = "信贷", en = "u credit", de = "f Kreditvergabe" },
  { zh = "订单", en = "n order", de = "m Auftrag/Aufträge" },
  { zh = "对齐", en = "v align" },
  { zh = "种草", en = ["v recommend", "u product seeding"] },
  { zh = "画饼", en = ["v make empty promises|makes empty promises|made empty promises|made empty promises|making empty promises", "pl empty promises"], de = "pl leer~ Versprechen" },
  { zh = "开源", en = "u open source", fr = "m logiciel libre/logiciels libres" },
  { zh = "国补", en = "pl state subsidies" },
  { zh = "内卷", en = "u involution" },
  { zh = "佛系", en = "a laid-back" },
  { zh = "闭环", en = "n closed loop", de = "m geschlossen~ Kreislauf/geschlossen~ Kreisläufe" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "slots-test", _TABLE)


def _clean(text: str, lang: str, rules):
    return clean(text, lang=lang, select=["cjk_glossary"], rules=rules)


def _check(text: str, expected: str | None, lang: str, rules) -> None:
    check_glossary(text, expected, lang, rules)


# -- English: "to" after a noun ------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a purpose infinitive after the object of a verb
    ("Merchants hire people to 刷单 on the platform.", "Merchants hire people to place fake orders on the platform."),
    ("Parents in Haidian spend huge sums to 鸡娃 through extra classes.",
     "Parents in Haidian spend huge sums to push their children hard through extra classes."),
    ("Sellers used the coupons to 刷单.", "Sellers used the coupons to place fake orders."),
    # after the object of a motion ("flocked to the app")
    ("Millions of users flocked to the app to 刷单 during the festival.",
     "Millions of users flocked to the app to place fake orders during the festival."),
    ("Students moved to Shanghai to 直播带货.", "Students moved to Shanghai to sell via livestreams."),
    # an object-control verb: "urged customers to"
    ("The shop urged customers to 刷单 before the audit.", "The shop urged customers to place fake orders before the audit."),
    # a noun whose complement is an infinitive
    ("Regulators cracked down on efforts to 刷单 during the festival.",
     "Regulators cracked down on efforts to place fake orders during the festival."),
])
def test_to_after_a_noun_is_an_infinitive(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # "to" is a preposition: the noun stays
    ("The shift to 直播带货 has hurt department stores.", "The shift to livestream selling has hurt department stores."),
    ("The company made the shift to 直播带货 last year.", "The company made the shift to livestream selling last year."),
    ("Such rules only contribute to 鸡娃.", "Such rules only contribute to helicopter parenting."),
    ("Sellers gave priority to 直播带货 over their stores.", "Sellers gave priority to livestream selling over their stores."),
    ("The move from stores to 直播带货 was fast.", "The move from stores to livestream selling was fast."),
])
def test_to_as_a_preposition_keeps_the_noun(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The firm expanded its business to 直播带货 last year.",   # destination or purpose: not clear
    "The company hired 200 workers to 裁员.",                  # an infinitive, and the table has no verb
])
def test_to_after_a_noun_unclear_is_reported(rules, text):
    _check(text, None, "en", rules)


# -- English: number after a partitive "of" --------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Construction resumed on all of its 烂尾楼 by the end of the year.",
     "Construction resumed on all of its unfinished buildings by the end of the year."),
    ("One of the 烂尾楼 is in Zhengzhou.", "One of the unfinished buildings is in Zhengzhou."),
    ("Several of the largest 烂尾楼 were sold.", "Several of the largest unfinished buildings were sold."),
    # counter-examples: a singular verb after all/most keeps the singular; "rest of" is not a quantifier
    ("Most of the 烂尾楼 was demolished.", "Most of the unfinished building was demolished."),
    ("The rest of the 烂尾楼 stood empty.", "The rest of the unfinished building stood empty."),
    ("The owner of the 烂尾楼 went bankrupt.", "The owner of the unfinished building went bankrupt."),
])
def test_partitive_of_gives_the_number(rules, text, expected):
    _check(text, expected, "en", rules)


# -- English: a one-word verb after a preposition, a plural as a modifier --------------------
@pytest.mark.parametrize("text,expected", [
    ("Xiaohongshu is the main platform for 种草 among young women.",
     "Xiaohongshu is the main platform for product seeding among young women."),
    # counter-examples: the verb brings its object, or an object follows
    ("Managers were accused of 画饼 for years.", "Managers were accused of making empty promises for years."),
    ("Brands are good at 种草 their products.", "Brands are good at recommending their products."),
    # a plural noun that does not modify the next word
    ("Thanks to 国补, phones are cheaper.", "Thanks to state subsidies, phones are cheaper."),
    ("Funds earned fees from 国补 regardless of performance.",
     "Funds earned fees from state subsidies regardless of performance."),
])
def test_gerund_and_plural_slots(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The lab published a paper on 对齐 last week.",       # "on aligning": the verb lacks its object
    "Shoppers rushed before the 国补 programme ran out.",  # "the state subsidies programme"
    "Three 国补 schemes were announced.",
])
def test_gerund_and_plural_slots_unclear(rules, text):
    _check(text, None, "en", rules)


# -- German: "der" before a feminine noun -----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Die Hälfte der 信用卡 wird nie benutzt.", "Die Hälfte der Kreditkarten wird nie benutzt."),
    ("Ein Drittel der 信用卡 ist abgelaufen.", "Ein Drittel der Kreditkarten ist abgelaufen."),
    ("Die Zahl der 信用卡 steigt.", "Die Zahl der Kreditkarten steigt."),
    ("Eine der 信用卡 ist gesperrt.", "Eine der Kreditkarten ist gesperrt."),
    ("Viele der 订单 sind storniert.", "Viele der Aufträge sind storniert."),
    ("300 der 信用卡 sind gesperrt.", "300 der Kreditkarten sind gesperrt."),
    # counter-examples: a noun without a plural, a preposition's case, a year, the verb's number
    ("Die Hälfte der 信贷 geht an Staatsfirmen.", "Die Hälfte der Kreditvergabe geht an Staatsfirmen."),
    ("Er bezahlte mit der 信用卡 seiner Frau.", "Er bezahlte mit der Kreditkarte seiner Frau."),
    ("Das Werk will bis 2030 einen 闭环 aufbauen.", "Das Werk will bis 2030 einen geschlossenen Kreislauf aufbauen."),
    ("Die 信用卡 sind abgelaufen.", "Die Kreditkarten sind abgelaufen."),
    ("Die 信用卡 ist abgelaufen.", "Die Kreditkarte ist abgelaufen."),
])
def test_german_number_after_der(rules, text, expected):
    _check(text, expected, "de", rules)


@pytest.mark.parametrize("text", [
    "Die Farbe der 信用卡 ist blau.",    # genitive singular or plural: not clear
    "Einer der 裁员 war groß.",           # a genitive plural, and the table has no plural
])
def test_german_number_unclear_is_reported(rules, text):
    _check(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Die Mitarbeiter klagen, dass der Chef ständig 画饼, wenn es um Aktienoptionen geht.", None),
    ("Er sagt, dass die Firma 裁员.", None),
    # counter-examples: a noun in the clause, not at its end; a noun after a word of quantity
    ("Er sagt, dass es viele 信用卡 gibt.", "Er sagt, dass es viele Kreditkarten gibt."),
    ("Sie zahlt, weil sie viele 信用卡.", "Sie zahlt, weil sie viele Kreditkarten."),
])
def test_german_end_of_a_subordinate_clause_is_the_verb(rules, text, expected):
    _check(text, expected, "de", rules)


# -- French: "de" + term + determiner --------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("L'entreprise a décidé de 开源 son plus grand modèle.", None),
    ("Le groupe a promis de 开源 les poids du modèle.", None),
    # counter-examples: a noun after "de"
    ("Beaucoup de 信用卡 sont bloquées.", "Beaucoup de cartes de crédit sont bloquées."),
    ("Le passage au 开源 a aidé la start-up.", "Le passage au logiciel libre a aidé la start-up."),
])
def test_french_de_before_a_determiner_is_an_infinitive(rules, text, expected):
    _check(text, expected, "fr", rules)


# -- English: the verb after a prepositional phrase agrees with the noun ---------------------
@pytest.mark.parametrize("text,expected", [
    ("The 订单 of the new season are shipped in May.", "The orders of the new season are shipped in May."),
    ("The 订单 from overseas buyers have doubled.", "The orders from overseas buyers have doubled."),
    # counter-examples: a singular verb; a verb of a relative clause inside the phrase
    ("The 订单 of the new season is late.", "The order of the new season is late."),
    ("The 订单 for the stores that are closed was cancelled.", "The order for the stores that are closed was cancelled."),
])
def test_verb_after_a_prepositional_phrase_gives_the_number(rules, text, expected):
    _check(text, expected, "en", rules)


def test_an_adverb_after_the_term_is_not_a_noun_it_modifies(rules):
    # "order rather": "rather" is no noun, so the countable noun stands alone without a determiner,
    # and the bare plural it is set against ("rather than auctions") gives its number
    _check("Goods are sold through 订单 rather than auctions.", "Goods are sold through orders rather than auctions.",
           "en", rules)
    _check("Goods are sold through 订单 rather than by auction.", None, "en", rules)


# -- English: more slots of number and verb form ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a noun of quantity before "of": the plural
    ("Dozens of 订单 were cancelled.", "Dozens of orders were cancelled."),
    ("A number of new 订单 have arrived.", "A number of new orders have arrived."),
    ("The number of 订单 is rising.", "The number of orders is rising."),
    # counter-example: a mass noun stays as it is
    ("A lot of 刷单 went unpunished.", "A lot of fake ordering went unpunished."),
    # the bare infinitive after make, let or help and its object
    ("The manager made staff 刷单 before the audit.", "The manager made staff place fake orders before the audit."),
    ("They let the intern 刷单.", "They let the intern place fake orders."),
    ("The county helped local parents 鸡娃.", "The county helped local parents push their children hard."),
    # a noun whose complement is an infinitive, with a word after the term
    ("The decision to 刷单 shocked investors.", "The decision to place fake orders shocked investors."),
])
def test_more_number_and_verb_slots(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The county helped local farmers 裁员.",      # a verb after help and its object; the table has none
    "The decision to 裁员 shocked staff.",       # an infinitive; the table has none
    "The reform made 订单 rare.",                # "made" is no adjective: a countable noun without a determiner
])
def test_more_slots_unclear(rules, text):
    _check(text, None, "en", rules)


# -- German: the case after a number or a word of quantity -----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Mit 300 订单 war das Werk ausgelastet.", "Mit 300 Aufträgen war das Werk ausgelastet."),
    ("300 订单 kamen aus Europa.", "300 Aufträge kamen aus Europa."),
    ("Tausende 订单 kamen aus Europa.", "Tausende Aufträge kamen aus Europa."),
    ("Das Werk lebt von Millionen 订单.", "Das Werk lebt von Millionen Aufträgen."),
])
def test_german_case_after_a_number(rules, text, expected):
    _check(text, expected, "de", rules)


@pytest.mark.parametrize("text", [
    "Der Konzern hat 300 订单.",       # accusative or dative: not clear without a preposition
    "In zwei 订单 fehlten Teile.",     # in + dative or accusative
])
def test_german_case_after_a_number_unclear(rules, text):
    _check(text, None, "de", rules)


# -- French: an article of the other gender is not fixed when a participle agrees with it ----
@pytest.mark.parametrize("text,expected", [
    ("Le 信用卡 est bloqué.", None),
    ("Le 信用卡 a été vendu hier.", None),
    # counter-examples: the participle agrees with another subject; no participle after the copula
    ("Le patron d'un 信用卡 est arrêté.", "Le patron d'une carte de crédit est arrêté."),
    ("Le 信用卡 est à la mode.", "La carte de crédit est à la mode."),
    ("La 信用卡 est bloquée.", "La carte de crédit est bloquée."),
])
def test_french_participle_after_the_copula(rules, text, expected):
    _check(text, expected, "fr", rules)


# -- English: infinitives and relative clauses ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("To 刷单, sellers hire students.", "To place fake orders, sellers hire students."),
    ("The shop is about to 刷单 again.", "The shop is about to place fake orders again."),
    ("A shop that 刷单 last year was fined.", "A shop that placed fake orders last year was fined."),
    # counter-examples: "that" after a verb of saying or a noun of saying opens a clause
    ("Regulators warn that 刷单 in the sector is rising.", "Regulators warn that fake ordering in the sector is rising."),
    ("The fact that 刷单 hurts buyers is clear.", "The fact that fake ordering hurts buyers is clear."),
])
def test_infinitive_and_relative_slots(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The app is used to 刷单.",           # accustomed to (a noun) or a passive of purpose (a verb)
    "A shop that 刷单 was fined.",         # a relative clause's verb or a clause's subject
])
def test_infinitive_and_relative_slots_unclear(rules, text):
    _check(text, None, "en", rules)


# -- English: comparison ---------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("They are the most 佛系 generation yet.", "They are the most laid-back generation yet."),
    ("A more 佛系 boss is rare.", "A more laid-back boss is rare."),
    # a countable noun right after more or most is plural
    ("Beijing has the most 订单 this year.", "Beijing has the most orders this year."),
    ("The plant has more 订单 than ever.", "The plant has more orders than ever."),
    # counter-examples: a mass noun after more; "most" before an adjective
    ("The market needs more 内卷 like a hole in the head.", "The market needs more involution like a hole in the head."),
    ("It was the most profitable 订单 of the year.", "It was the most profitable order of the year."),
])
def test_comparison_slots(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The most 内卷 industry is solar.",    # an adjective goes here; the table has a mass noun only
    "Solar is the most 内卷.",
    "A more 内卷 market hurts firms.",
])
def test_comparison_slots_unclear(rules, text):
    _check(text, None, "en", rules)


# -- English: the tense of a finite verb from a clause of time in the past ---------------------
@pytest.mark.parametrize("text,expected", [
    ("The shop 刷单 when the platform changed its rules.", "The shop placed fake orders when the platform changed its rules."),
    ("They 刷单 after the old owner left.", "They placed fake orders after the old owner left."),
])
def test_past_clause_gives_the_tense(rules, text, expected):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The shop 刷单 as expected.",                          # a participle without a subject: no tense
    "Shops 刷单 when the affected buyers complain.",        # "affected" after "the" is an adjective
    "The shop 刷单 after years of waiting.",
])
def test_past_clause_unclear(rules, text):
    _check(text, None, "en", rules)
