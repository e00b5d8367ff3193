"""Slots that fresh sentences (written apart from the glossary benchmark) showed the pass
getting wrong, each fixed as a general rule:

- English: an approximate number after the term ("about 10% of its staff", "up to 800") is the
  object of a verb marked +bare, which then keeps its transitive forms; a verb phrase that holds
  its own object before a noun phrase without a determiner ("cut fees card charges") is reported,
  as before one with a determiner; a verb in the base form after the term ("say", "worry")
  makes the term a plural subject, not a modifier; a concept with a verb is reported where its
  noun would modify an adjective and a noun ("the manager 挪用 municipal funds") or, as an
  open compound in -ing, follow a possessive ("his 直播 snacks"); a past form right after a name
  ("The Coast Guard held") is a verb, so the determiner before the name is not the term's; a
  capitalised first word with a common noun's ending ("Production") is no name acting as a
  subject ("The 打工族 pay their ..." as "Her 员工 work ..."); a countable noun with no determiner
  before a participle and its object is reported; after "have been" a definite object or a name
  makes the perfect progressive (not after a verb whose passive keeps an object, "awarded");
  a comparative adjective before the term and a verb makes the term a noun; a verb in -s before an object after the term makes it the subject, not a modifier;
  "more ... than" after a linking verb ("proved") asks for the adjective; "half" and a possessive show no number; "that" after the sentence's first word
  opens a relative clause; after "to" that follows no word known to take the preposition, a concept with a verb
  and a noun is reported; a number (not "three times") or a quantity and "of" after a verb phrase
  holding its own object is a second object.
- German: "den" with no preposition before a feminine or neuter noun may be an article of the
  wrong gender as well as a dative plural: reported; a verb whose complement is an object or a
  prepositional phrase is reported where the clause already holds one of its kind; the
  subjunctive modals (dürfte, könnte, müsste) take the infinitive; a comma inside a number
  ("4,5 Prozent") does not end the clause; a reflexive verb drops its "sich" when the clause has
  it; a weak masculine is marked "m*" (a "*" in the word is a notation error); before a hyphen
  the term is the noun of a compound; a relative pronoun, the term and an auxiliary ending the
  clause make it the verb; a relative pronoun before an article of the same form is no repeat.
- French: adverbs between a modal and the term ("ne veut pas") keep the infinitive; a verb
  phrase holding its own object before another object is reported; after a number and a
  prenominal adjective in the plural the noun is plural when the adjective shows its gender; a
  verb ending in a preposition ("sévir contre") needs a noun phrase after it; an article made
  to agree is refused when a predicate past the term's complement agrees with the old one
  ("Le ... des PME reste lent"); an inverted subject ("refusent-elles de") leaves the verb
  governing the infinitive.

The renderings come from a small table layered over the built-in one, with terms and frames
of their own.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for slots found with held-out sentences"
terms = [
  { zh = "减员", en = ["u staff reduction", "v shed|sheds|shed|shed|shedding +bare cut staff|cuts staff|cut staff|cut staff|cutting staff"], de = "m Personalabbau; v Personal ab|bauen" },
  { zh = "降费", en = ["pl fee cuts", "v cut fees|cuts fees|cut fees|cut fees|cutting fees"], fr = "v baisser/baissé/baisse/baissent les frais" },
  { zh = "股民", en = "n retail investor" },
  { zh = "挪用", en = ["u misappropriation", "v misappropriate"] },
  { zh = "直播", en = ["u live streaming", "v livestream"] },
  { zh = "演习", en = "n drill" },
  { zh = "停产", en = ["u production halt", "v halt production|halts production|halted production|halted production|halting production"] },
  { zh = "罚单", en = "n fine", de = "f Geldbuße/Geldbußen" },
  { zh = "判决", en = "n ruling", de = "n Urteil/Urteile" },
  { zh = "决议", en = "n resolution", de = "m Beschluss/Beschlüsse" },
  { zh = "撤资", en = "v withdraw capital", de = "v Kapital ab|ziehen/zieht/zog/gezogen" },
  { zh = "下线", en = "v take offline|takes offline|took offline|taken offline|taking offline", de = "v vom Netz nehmen/nimmt/nahm/genommen" },
  { zh = "降利率", en = "v cut rates|cuts rates|cut rates|cut rates|cutting rates", de = "v die Zinsen senken", fr = "v baisser/baissé/baisse/baissent les taux" },
  { zh = "降温", en = "v cool", de = "v ab|kühlen" },
  { zh = "工厂", en = "n factory", fr = "f usine/usines" },
  { zh = "获客", en = ["u customer acquisition", "v acquire customers"] },
  { zh = "导流", en = ["u traffic diversion", "v divert traffic|diverts traffic|diverted traffic|diverted traffic|diverting traffic"] },
  { zh = "约见", en = "v summon for a meeting|summons for a meeting|summoned for a meeting|summoned for a meeting|summoning for a meeting" },
  { zh = "潜逃", en = "v flee|flees|fled|fled|fleeing", de = "v sich ab|setzen" },
  { zh = "打击", en = "v crack down on|cracks down on|cracked down on|cracked down on|cracking down on", fr = "v sévir/sévi/sévit/sévissent contre" },
  { zh = "数字转型", en = "u digital transformation", fr = "f transformation numérique" },
  { zh = "网点", en = "n branch" },
  { zh = "橙子", en = "n orange +plural" },
  { zh = "稳健性", en = ["u robustness", "a robust"] },
  { zh = "单边主义", en = ["u unilateralism", "a unilateralist"] },
  { zh = "初创公司", en = "n startup +plural" },
  { zh = "浏览", en = "n view" },
  { zh = "手办", en = "n figurine" },
  { zh = "打工族", en = "n wage earner" },
  { zh = "增持", en = ["u stake increase", "v buy into|buys into|bought into|bought into|buying into"] },
  { zh = "授予", en = "v award" },
  { zh = "无人艇", en = "n drone boat" },
  { zh = "管控", en = ["u control", "v control|controls|controlled|controlled|controlling"] },
  { zh = "内耗", en = ["u internal friction", "a wasteful"], de = "f Selbstzermürbung; a zermürbend" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "heldout-test", _TABLE)


@pytest.mark.parametrize("text,expected", [
    ("The airline expects to 减员 roughly 2,000 pilots next year.",
     "The airline expects to shed roughly 2,000 pilots next year."),
    ("The bank will 减员 up to 800 tellers in rural branches.",
     "The bank will shed up to 800 tellers in rural branches."),
    # no object: the bare forms
    ("The bank will 减员 again next spring.", "The bank will cut staff again next spring."),
])
def test_an_approximate_number_is_the_object_of_a_bare_verb(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Regulators told banks to 降费 card transaction charges.",
    "Auditors found the manager 挪用 municipal pension money for years.",
    "A clip of his 直播 snacks drew millions of views.",
    "The Coast Guard held 演习 near the reef.",
    "Production at the plant was 停产 after the fire.",
    # "to" after no word known to take the preposition: an infinitive or a noun
    "The bank spent lavishly to 获客 during the campaign.",
    # a number or a quantity and "of" open a second object
    "Influencers can 导流 thousands of shoppers to a single store.",
    "Regulators will 约见 twelve lenders next week.",
    # "half" and a possessive show no number
    "The bank closed half its 网点 last year.",
    # "that" after the sentence's first word, a plural noun, and a past main verb taking no object
    "Lenders that 获客 dominated.",
    # a hyphenated adjective and a noun after the term
    "Officials said the manager 挪用 hard-earned savings.",
    # a countable noun with no determiner before a participle and its object
    "Fans spent heavily on 手办 depicting anime heroes.",
    # after "have been", a measure or a ditransitive verb's second object may follow a passive
    "The clip has been 增持 more than a million times.",
    "The scientist has been 授予 the top national prize.",
    # "stay" is a verb, not a noun the term modifies; a noun without +plural after "of" is reported
    "The rest of 无人艇 stay docked.",
    "Owners of 无人艇 stay cautious.",
])
def test_english_slots_the_words_around_do_not_settle_are_reported(text, rules):
    from cleaner import clean

    result = clean(text, lang="en", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    assert result.findings and {f.pass_name for f in result.findings} == {"cjk_glossary"}


@pytest.mark.parametrize("text,expected", [
    ("Regulators told banks to 降费 next quarter.", "Regulators told banks to cut fees next quarter."),
    ("The exchange has decided to 降费 three times since 2020.",
     "The exchange has decided to cut fees three times since 2020."),
    ("Some 股民 worry that the rally will not last.", "Some retail investors worry that the rally will not last."),
    ("Many 股民 say the fees are too high.", "Many retail investors say the fees are too high."),
    # a name and a noun after a determiner still modify the term
    ("The Beijing 演习 ended on Friday.", "The Beijing drill ended on Friday."),
    # the 直播 compound after no possessive
    ("The 直播 room was packed all night.", "The live streaming room was packed all night."),
    ("The shift to 获客 worried analysts.", "The shift to customer acquisition worried analysts."),
    # "that" after the sentence's first word, a plural noun: a relative clause's verb, present
    # before a present main verb agreeing with that noun (tests/test_glossary_tense_evidence.py)
    ("Lenders that 获客 face scrutiny.", "Lenders that acquire customers face scrutiny."),
    ("The brand will 导流 three days a week.", "The brand will divert traffic three days a week."),
    # +plural: a possessive leaves the number open
    ("Farmers sold most of the region's 橙子 abroad.", "Farmers sold most of the region's oranges abroad."),
    # "more ... than" after a linking verb ("prove" among them): the adjective
    ("The banks have proved more 稳健性 than feared.", "The banks have proved more robust than feared."),
    ("The banks proved 稳健性 in the downturn.", "The banks proved robust in the downturn."),
    ("The fund has more 稳健性 than its peers.", "The fund has more robustness than its peers."),
    # a verb in -s before an object: the term is its subject, not an adjective
    ("Growing 单边主义 undermines global trade rules.", "Growing unilateralism undermines global trade rules."),
    ("Several 单边主义 measures hurt trade.", "Several unilateralist measures hurt trade."),
    # "million", "thousand" ... count a plural
    ("The clip drew 3 million 浏览 in a week.", "The clip drew 3 million views in a week."),
    ("The clip drew a hundred 浏览 in a week.", "The clip drew a hundred views in a week."),
    # a field in -ics after a preposition's determiner modifies the term; it opens no subject
    ("Funds piled into the robotics 初创公司 last year.", "Funds piled into the robotics startups last year."),
    # "The", the term and a word before its object: that word is the verb, the term its subject
    ("The 打工族 pay their own insurance.", "The wage earners pay their own insurance."),
    ("The 打工族 survey in May drew 3,000 replies.", "The wage earner survey in May drew 3,000 replies."),
    # "have been", the term and a definite object or a name: the perfect progressive
    ("State funds have been 增持 the big banks since March.", "State funds have been buying into the big banks since March."),
    ("Pension funds have been 增持 Tencent all year.", "Pension funds have been buying into Tencent all year."),
    # an adjective by its form (a comparative among them) before the term and a verb: a noun subject
    ("Stricter 管控 has cut the number of new lenders.", "Stricter control has cut the number of new lenders."),
])
def test_english_slots_that_keep_their_reading(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Das Gericht hat den 罚单 bestätigt.",
    "Der Richter wird den 判决 am Freitag verkünden.",
    "Die Investoren begannen, die Gelder aus Shanghai zu 撤资.",
    "Der Betreiber hat die Seite vom Server 下线.",
])
def test_german_slots_the_words_around_do_not_settle_are_reported(text, rules):
    from cleaner import clean

    result = clean(text, lang="de", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    assert result.findings and {f.pass_name for f in result.findings} == {"cjk_glossary"}


@pytest.mark.parametrize("text,expected", [
    # a dative preposition before "den": the dative plural
    ("Das Gericht rechnet mit den 罚单 der Behörde.", "Das Gericht rechnet mit den Geldbußen der Behörde."),
    # a masculine noun after "den": the accusative singular
    ("Der Rat hat den 决议 gestern gebilligt.", "Der Rat hat den Beschluss gestern gebilligt."),
    ("Die Fonds wollen bis Juni 撤资.", "Die Fonds wollen bis Juni Kapital abziehen."),
    ("Der Betreiber hat die Seite am Montag 下线.", "Der Betreiber hat die Seite am Montag vom Netz genommen."),
    ("Die Notenbank könnte im Herbst 降利率.", "Die Notenbank könnte im Herbst die Zinsen senken."),
    ("Die Konjunktur dürfte bei 2,5 Prozent Wachstum 降温.",
     "Die Konjunktur dürfte bei 2,5 Prozent Wachstum abkühlen."),
    # the reflexive pronoun of the verb already stands in the clause
    ("Der Manager hat sich mit dem Geld nach Kanada 潜逃.", "Der Manager hat sich mit dem Geld nach Kanada abgesetzt."),
    # the first part of a compound is the noun, not the adjective or verb
    ("Der 减员-Plan stieß auf Kritik.", "Der Personalabbau-Plan stieß auf Kritik."),
    ("Die 内耗-Debatte hält an.", "Die Selbstzermürbungs-Debatte hält an."),
    # a relative pronoun, the term and an auxiliary: the verb
    ("Die Firmen, die 减员 haben, erhalten keine Hilfen.", "Die Firmen, die Personal abgebaut haben, erhalten keine Hilfen."),
    # a relative pronoun before an article of the same form: both stay
    ("Die Regel, die den 内耗 verstärkt, bleibt.", "Die Regel, die die Selbstzermürbung verstärkt, bleibt."),
])
def test_german_slots_that_are_filled(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Der Staat will den 中小企业 mit billigen Krediten helfen.",
     "Der Staat will den kleinen und mittleren Unternehmen mit billigen Krediten helfen."),
    ("Auf der 中央经济工作会议 wurde das Ziel festgelegt.",
     "Auf der Zentralen Wirtschaftsarbeitskonferenz wurde das Ziel festgelegt."),
])
def test_built_in_german_nouns_with_adjectives_decline_them(text, expected):
    from cleaner import clean

    assert clean(text, lang="de", select=["cjk_glossary"]).text == expected


@pytest.mark.parametrize("text,expected", [
    ("La BCE ne veut pas 降利率 avant l'été.", "La BCE ne veut pas baisser les taux avant l'été."),
    ("La BCE va 降利率 cette semaine.", "La BCE va baisser les taux cette semaine."),
    ("Le groupe a ouvert 12 nouvelles 工厂 en Inde.", "Le groupe a ouvert 12 nouvelles usines en Inde."),
    ("Le groupe a ouvert 12 autres 工厂 en Inde.", "Le groupe a ouvert 12 autres usines en Inde."),
    ("Le gouvernement veut 打击 les fraudeurs fiscaux.", "Le gouvernement veut sévir contre les fraudeurs fiscaux."),
    ("Le 数字转型 des banques reste une priorité.", "La transformation numérique des banques reste une priorité."),
    # an inverted subject between the verb and "de"
    ("Pourquoi les banques refusent-elles de 降利率 ?", "Pourquoi les banques refusent-elles de baisser les taux ?"),
])
def test_french_slots_that_are_filled(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text", [
    "La BCE a décidé de 降利率 les taux directeurs.",
    "Les banques ont commencé à 降费 les commissions sur les cartes.",
    "Le groupe a ouvert 12 nouveaux 工厂 en Inde.",
    # a verb ending in a preposition with no object after it
    "Le gouvernement veut 打击 cette semaine.",
    "Le gouvernement a décidé de 打击.",
    # a predicate past the term's complement agrees with the article, not with the French word
    "Le 数字转型 des banques reste lent.",
])
def test_french_slots_the_words_around_do_not_settle_are_reported(text, rules):
    from cleaner import clean

    result = clean(text, lang="fr", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    assert result.findings and {f.pass_name for f in result.findings} == {"cjk_glossary"}


def test_a_weak_masculine_is_marked_before_the_german_word():
    from cleaner.glossary.forms import NotationError, parse_de

    with pytest.raises(NotationError):
        parse_de("m Satellit*/Satelliten")
    assert parse_de("m* Satellit/Satelliten").form("dat", "weak") == "Satelliten"


@pytest.mark.parametrize("text,expected", [
    ("Ein 卫星 kreist seit Montag um die Erde.", "Ein Satellit kreist seit Montag um die Erde."),
    ("Die Daten stammen von dem 卫星 der Behörde.", "Die Daten stammen von dem Satelliten der Behörde."),
])
def test_built_in_weak_masculines_take_their_endings(text, expected):
    from cleaner import clean

    assert clean(text, lang="de", select=["cjk_glossary"]).text == expected
