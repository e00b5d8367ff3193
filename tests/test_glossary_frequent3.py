"""The third round of frequent leftovers, rules/glossary/concepts-frequent3.toml: verbs of business
life, accounting, market, court and police terms, health-care, school, farm, factory, logistics,
energy and climate terms, workplace euphemisms, slogans and slang that MT leaves in Chinese news,
each in no other concept file.

The sentences are written for these tests: the term in a noun slot (after a/an/the, a possessive,
a plural after a quantifier), a verb slot (after to, a modal, has, a subject in the past), German
and French articles made to agree, and a term inside a gloss or quoted as a Chinese word, which
stays.
"""

from __future__ import annotations


import pytest

from cleaner.rules import builtin_rules_dir, default_rules
from helpers import check_glossary, concept_clashes, concept_entries, concept_keys, terms_missing_from_table

GLOSSARY = builtin_rules_dir() / "glossary"
FREQUENT3 = GLOSSARY / "concepts-frequent3.toml"




def test_every_term_is_in_no_other_concept_file():
    """A term in two files would be silently replaced by the later file's entry."""
    ours = concept_keys(FREQUENT3)
    assert len(ours) >= 200
    assert concept_clashes(FREQUENT3) == {}


def test_each_term_is_listed_once_or_once_per_sense():
    pairs = [(e["zh"], e.get("sense")) for e in concept_entries(FREQUENT3)]
    assert sorted({p for p in pairs if pairs.count(p) > 1}) == []
    senses: dict[str, list] = {}
    for zh, sense in pairs:
        senses.setdefault(zh, []).append(sense)
    assert sorted(zh for zh, labels in senses.items() if len(labels) > 1 and None in labels) == []


def test_the_table_holds_every_term():
    assert terms_missing_from_table(FREQUENT3) == []


def test_terms_with_a_common_second_sense_are_not_given_one_sense():
    """催生 (spawn; pressure to have children), 招商 (investment promotion; China Merchants), 踩踏
    (a crowd crush; a sell-off), 主板 (the main board; a motherboard), 摘帽 (shedding a stock's risk
    warning; a county leaving the poverty list), 核销 (a write-off; redeeming a coupon), 舱位
    (cargo space; an airline seat), 乏力 (sluggish; fatigue), 庄家 (a market manipulator; a
    bookmaker) have two senses as common as each other: a single entry would pick one blindly."""
    single = {e["zh"] for e in concept_entries(FREQUENT3) if "sense" not in e}
    assert single & {"催生", "招商", "踩踏", "主板", "摘帽", "核销", "舱位", "乏力", "庄家", "发酵", "收割", "锦鲤",
                      "外挂", "消纳", "非标", "限售", "侵占", "和解", "解禁", "摘牌", "输血", "蒸发"} == set()
    labelled = {e["zh"] for e in concept_entries(FREQUENT3) if "sense" in e}
    assert labelled >= {"主板", "舱位", "摘帽", "庄家"}


CASES = [
    # English noun slots
    ("en", "The group took a 商誉减值 of 3 billion yuan.", "The group took a goodwill impairment of 3 billion yuan."),
    ("en", "The bank's 不良率 rose to 1.8%.", "The bank's bad-loan ratio rose to 1.8%."),
    ("en", "Depositors staged a 挤兑 at the rural bank.", "Depositors staged a bank run at the rural bank."),
    ("en", "Investors faced a 追保 after the slump.", "Investors faced a margin call after the slump."),
    ("en", "Police busted an 电诈园区 in Myanmar.", "Police busted a scam compound in Myanmar."),
    ("en", "The hospital was hit by a 飞检 last month.", "The hospital was hit by an unannounced inspection last month."),
    ("en", "Patients complain about the high cost of 靶向药.", "Patients complain about the high cost of targeted drugs."),
    ("en", "Thousands of 复读生 sat the exam again.", "Thousands of repeat students sat the exam again."),
    ("en", "Scores of 陪诊师 now work in Shanghai.", "Scores of hospital escorts now work in Shanghai."),
    ("en", "The plant's 良品率 rose to 90%.", "The plant's yield rate rose to 90%."),
    ("en", "Exporters face 压港 in Shanghai.", "Exporters face port congestion in Shanghai."),
    ("en", "The company announced an 人员调整 on Monday.", "The company announced a staff reshuffle on Monday."),
    ("en", "Workers were told to take 无薪休假.", "Workers were told to take unpaid leave."),
    ("en", "The 一号文件 focuses on food security.", "The No. 1 central document focuses on food security."),
    ("en", "Officials warned against 运动式 enforcement.", "Officials warned against campaign-style enforcement."),
    ("en", "Cars with 绿牌 are exempt.", "Cars with green licence plates are exempt."),
    ("en", "He is a 做题家 from a small town in Hunan.", "He is an exam grinder from a small town in Hunan."),
    # English verb slots
    ("en", "The carmaker expects to 预亏 for the first half.", "The carmaker expects to forecast a loss for the first half."),
    ("en", "The chipmaker has 预亏 for 2024.", "The chipmaker has forecast a loss for 2024."),
    ("en", "The insurer 计提 more reserves last year.", "The insurer set aside more reserves last year."),
    ("en", "The yuan 筑底 last month.", "The yuan bottomed out last month."),
    ("en", "Some fund managers 唱空 Chinese stocks last week.", "Some fund managers talked down Chinese stocks last week."),
    ("en", "He 主动投案 on Friday, the commission said.", "He surrendered voluntarily on Friday, the commission said."),
    ("en", "Police have 侦破 a large 网赌 ring.", "Police have cracked a large online gambling ring."),
    ("en", "Millions of people could 返贫 after the floods.", "Millions of people could fall back into poverty after the floods."),
    ("en", "The carmaker 减员 by 10% last year.", "The carmaker cut staff by 10% last year."),
    # a verb phrase holding its own object gives way to the plain verb before an object
    ("en", "The company 减员 3,000 workers last year.", "The company cut 3,000 workers last year."),
    ("en", "The developer 交房 2,000 flats last year.", "The developer handed over 2,000 flats last year."),
    ("en", "The province will 加力 subsidies for home appliances.",
     "The province will step up subsidies for home appliances."),
    ("en", "The central bank has been 缩表 since 2022.", "The central bank has been shrinking the balance sheet since 2022."),
    ("en", "The solar farm 并网 in December.", "The solar farm connected to the grid in December."),
    ("en", "Shares of the chipmaker 猛增 12% on Tuesday.", "Shares of the chipmaker surged 12% on Tuesday."),
    ("en", "The index 微增 0.2% on Monday.", "The index edged up 0.2% on Monday."),
    ("en", "Tech stocks 领涨 on Friday.", "Tech stocks led gains on Friday."),
    ("en", "Banks have begun to 抽贷 from developers.", "Banks have begun to call in loans from developers."),
    ("en", "Buyers are 观望 ahead of new measures.", "Buyers are staying on the sidelines ahead of new measures."),
    ("en", "The court 驳回 his appeal on Monday.", "The court rejected his appeal on Monday."),
    ("en", "Regulators 取缔 illegal platforms last year.", "Regulators banned illegal platforms last year."),
    ("en", "The city will 排查 safety hazards in old buildings.", "The city will check for safety hazards in old buildings."),
    ("en", "Interpol issued a 红通 for him.", "Interpol issued a red notice for him."),
    ("en", "The new phone 开售 on Friday.", "The new phone went on sale on Friday."),
    ("en", "The carmaker 召回 12,000 vehicles last month.", "The carmaker recalled 12,000 vehicles last month."),
    ("en", "The car 自燃 in a parking lot on Monday.", "The car caught fire in a parking lot on Monday."),
    ("en", "Hundreds of 无人出租车 operate in Wuhan.", "Hundreds of robotaxis operate in Wuhan."),
    # adjectives before a noun and after a linking verb
    ("en", "The 失联 chairman was detained.", "The missing chairman was detained."),
    ("en", "The former official is still 在逃.", "The former official is still at large."),
    ("en", "Retail sales were 持平 in May.", "Retail sales were flat in May."),
    ("en", "Analysts said the developer was 资不抵债.", "Analysts said the developer was insolvent."),
    ("en", "Retail investors who bought at the peak remain 套牢.",
     "Retail investors who bought at the peak remain stuck with losing positions."),
    # German: articles made to agree
    ("de", "Die Provinz kündigte eine 禁塑 an.", "Die Provinz kündigte ein Plastikverbot an."),
    ("de", "Der Konzern kündigte einen 人员调整 an.", "Der Konzern kündigte einen Personalumbau an."),
    ("de", "Das Unternehmen meldete einen 商誉减值.", "Das Unternehmen meldete eine Firmenwertabschreibung."),
    ("de", "Der Hersteller meldete eine 良品率 von 90 Prozent.", "Der Hersteller meldete eine Ausbeute von 90 Prozent."),
    ("de", "Die Regierung will den 骗保 bekämpfen.", "Die Regierung will den Versicherungsbetrug bekämpfen."),
    ("de", "Die Stadt will die Förderung 加力.", "Die Stadt will die Förderung verstärken."),
    # French: articles made to agree, verbs after avoir and an infinitive slot
    ("fr", "Le 良品率 a atteint 90 %.", "Le taux de rendement a atteint 90 %."),
    ("fr", "La ville a annoncé un 禁塑.", "La ville a annoncé une interdiction du plastique."),
    ("fr", "Le groupe a annoncé une 人员调整.", "Le groupe a annoncé un remaniement du personnel."),
    ("fr", "La 骗保 coûte des milliards.", "La fraude à l'assurance coûte des milliards."),
    ("fr", "L'entreprise a 预亏 pour le premier semestre.", "L'entreprise a prévu une perte pour le premier semestre."),
    ("fr", "Le gouvernement veut 加力 le soutien.", "Le gouvernement veut intensifier le soutien."),
    ("fr", "Les exportations ont 骤降 en avril.", "Les exportations ont chuté en avril."),
    ("fr", "La cour a 驳回 son appel lundi.", "La cour a rejeté son appel lundi."),
    ("de", "Die Exporte 骤降 im April.", "Die Exporte brachen im April ein."),
    ("de", "Der Hersteller kündigte einen 召回 an.", "Der Hersteller kündigte einen Rückruf an."),
    ("fr", "Le constructeur a 召回 12 000 véhicules.", "Le constructeur a rappelé 12 000 véhicules."),
]


@pytest.fixture(scope="module")
def rules():
    return default_rules()


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_term_takes_the_form_its_slot_needs(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text", [
    "Huawei's chips compete on 良品率 (yield rate) with TSMC's.",
    "Netizens call such buyers \"大冤种\", suckers.",
    "The term \"做题家\" mocks students who only know how to pass exams.",
    "The plan is known as the \"一号文件\" (No. 1 document).",
])
def test_a_gloss_or_a_quoted_chinese_word_stays(rules, text):
    check_glossary(text, None, "en", rules, finding=None)


@pytest.mark.parametrize("lang, text", [
    # a German verb that needs an object, with none in the clause
    ("de", "Die Stadt will 加力."),
    # a plural subject before a past verb: the noun reads as the subject, and a plural is not shown
    ("en", "Low 开工率 weighed on steel prices."),
])
def test_an_unclear_slot_is_reported(rules, lang, text):
    check_glossary(text, None, lang, rules)


# Terms with two common senses: the words near the term choose; with none, the term stays.
SENSES = [
    ("en", "The chipmaker will list on the Shenzhen 主板 in May.", "The chipmaker will list on the Shenzhen main board in May."),
    ("en", "Shares of firms on the 主板 fell 2%.", "Shares of firms on the main board fell 2%."),
    ("en", "He replaced the 主板 in his old laptop.", "He replaced the motherboard in his old laptop."),
    ("de", "Der Konzern will an den 主板 der Börse Shanghai gehen.", "Der Konzern will an den Hauptmarkt der Börse Shanghai gehen."),
    ("en", "Shippers say 舱位 is scarce on routes to Europe.", "Shippers say cargo space is scarce on routes to Europe."),
    ("en", "The airline added 舱位 on flights to Tokyo.", "The airline added seats on flights to Tokyo."),
    ("fr", "Les exportateurs manquent de 舱位 sur les porte-conteneurs.", "Les exportateurs manquent de capacité de fret sur les porte-conteneurs."),
    ("en", "Shares of the firm 摘帽 on Monday after two years of losses.",
     "Shares of the firm shed the risk warning on Monday after two years of losses."),
    ("en", "The poor county 摘帽 in 2018.", "The poor county exited the poverty list in 2018."),
    ("fr", "Le district pauvre doit 摘帽 cette année.", "Le district pauvre doit sortir de la liste des districts pauvres cette année."),
    ("en", "Retail investors blamed the 庄家 for the crash in the stock.",
     "Retail investors blamed the market manipulator for the crash in the stock."),
    ("en", "The 庄家 at the casino took all the bets.", "The bookmaker at the casino took all the bets."),
]


@pytest.mark.parametrize("lang, text, expected", SENSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SENSES)])
def test_the_words_around_choose_the_sense(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules)


@pytest.mark.parametrize("text", [
    "The 主板 is the most important part.",
    "Demand for 舱位 rose in June.",
    "The 庄家 won.",
])
def test_with_no_word_of_either_sense_the_term_stays(rules, text):
    check_glossary(text, None, "en", rules, finding="cjk-sense-unclear")
