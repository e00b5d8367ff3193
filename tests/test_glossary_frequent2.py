"""The second round of frequent leftovers, rules/glossary/concepts-frequent2.toml: market verbs,
investor jargon, workplace terms, slogans, slang and short names that MT leaves in Chinese news,
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
FREQUENT2 = GLOSSARY / "concepts-frequent2.toml"




def test_every_term_is_in_no_other_concept_file():
    """A term in two files would be silently replaced by the later file's entry."""
    ours = concept_keys(FREQUENT2)
    assert len(ours) >= 200
    assert concept_clashes(FREQUENT2) == {}


def test_each_term_is_listed_once_or_once_per_sense():
    pairs = [(e["zh"], e.get("sense")) for e in concept_entries(FREQUENT2)]
    assert sorted({p for p in pairs if pairs.count(p) > 1}) == []
    senses = {}
    for zh, sense in pairs:
        senses.setdefault(zh, []).append(sense)
    # a term of several senses labels every one of them
    assert sorted(zh for zh, labels in senses.items() if len(labels) > 1 and None in labels) == []


def test_the_table_holds_every_term():
    assert terms_missing_from_table(FREQUENT2) == []


def test_terms_with_a_common_second_sense_are_not_given_one_sense():
    """宽松 (loose clothes), 雪球 (a snowball, the app), 平安 (safe, the insurer), 东风 (the east
    wind, the carmaker), 打虎 (tiger hunting), 远洋捕捞 (deep-sea fishing) have a literal sense
    as common as the jargon: a single unlabelled entry here would pick one blindly."""
    single = {e["zh"] for e in concept_entries(FREQUENT2) if "sense" not in e}
    assert single & {"宽松", "雪球", "平安", "东风", "打虎", "远洋捕捞", "仰望", "落户", "首发"} == set()


CASES = [
    # English noun slots
    ("en", "A 裁员潮 swept the internet industry in 2022.", "A wave of layoffs swept the internet industry in 2022."),
    ("en", "Dozens of 外卖员 protested outside the office.", "Dozens of delivery riders protested outside the office."),
    ("en", "The district cut the 首付比例 to 15%.", "The district cut the down-payment ratio to 15%."),
    ("en", "Sales of 法拍房 rose sharply in Shanghai.", "Sales of foreclosed homes rose sharply in Shanghai."),
    ("en", "Tech startups are facing a 资本寒冬.", "Tech startups are facing a funding winter."),
    ("en", "Prices fell after an 电荒 last summer.", "Prices fell after a power shortage last summer."),
    ("en", "An 异地抓捕 sparked outrage online.", "A cross-regional arrest sparked outrage online."),
    ("en", "The bank issued 置换债 worth 2 trillion yuan.", "The bank issued refinancing bonds worth 2 trillion yuan."),
    ("en", "Suppliers complain about long 账期.", "Suppliers complain about long payment terms."),
    ("en", "He was fired during his 试用期.", "He was fired during his probation period."),
    ("en", "The move is seen as a 利好 for consumer stocks.", "The move is seen as a boost for consumer stocks."),
    ("en", "Two 县中 in Henan sent students to Peking University.",
     "Two county high schools in Henan sent students to Peking University."),
    ("en", "The actor's 人设崩塌 cost him three endorsements.", "The actor's image collapse cost him three endorsements."),
    ("en", "The 沪指 closed up 1.2% on Friday.", "The Shanghai Composite index closed up 1.2% on Friday."),
    # English verb slots
    ("en", "The Shanghai Composite 高开 on Monday but gave up its gains.",
     "The Shanghai Composite opened higher on Monday but gave up its gains."),
    ("en", "The index is expected to 见顶 in the second quarter.", "The index is expected to peak in the second quarter."),
    ("en", "The developer has 盈转亏 for the first time since listing.",
     "The developer has swung to a loss for the first time since listing."),
    ("en", "The stock 重挫 8% on Tuesday after the results.", "The stock tumbled 8% on Tuesday after the results."),
    ("en", "The tariff news 利空 Chinese exporters yesterday.", "The tariff news weighed on Chinese exporters yesterday."),
    ("en", "The policy should 利好 chipmakers.", "The policy should benefit chipmakers."),
    ("en", "A state-owned builder 中标 the high-speed rail project last month.",
     "A state-owned builder won the contract for the high-speed rail project last month."),
    ("en", "The company has 中标 twice this year.", "The company has won the contract twice this year."),
    ("en", "Guangzhou became the first big city to 取消限购.",
     "Guangzhou became the first big city to scrap purchase restrictions."),
    ("en", "Local officials were told to 过紧日子.", "Local officials were told to live frugally."),
    ("en", "The insurer has 外迁 its headquarters to Shanghai.", "The insurer has relocated its headquarters to Shanghai."),
    ("en", "Young people 点外卖 three times a week.", "Young people order takeout three times a week."),
    ("en", "The startup was accused of 套壳 Meta's Llama model.",
     "The startup was accused of repackaging Meta's Llama model."),
    ("en", "Second-quarter profit 超预期, the company said.", "Second-quarter profit beat expectations, the company said."),
    ("en", "The results 不及预期 last quarter.", "The results fell short of expectations last quarter."),
    ("en", "The economy has 回升 since the second quarter.", "The economy has picked up since the second quarter."),
    ("en", "The yuan 跌破 on Monday after the data.", "The yuan broke lower on Monday after the data."),
    ("en", "The parent company 增资 its chip unit last month.",
     "The parent company injected capital into its chip unit last month."),
    ("en", "The parent company 增资 last month.", "The parent company injected capital last month."),
    # adjective after a linking verb; a name that carries its article
    ("en", "Jobs are scarce, and many graduates remain 待业.", "Jobs are scarce, and many graduates remain jobless."),
    ("en", "邮储 said its profit rose.", "The Postal Savings Bank of China said its profit rose."),
    ("en", "The 乘联会 said sales rose 5%.", "The China Passenger Car Association said sales rose 5%."),
    ("en", "The court 维持原判 on Friday.", "The court upheld the original verdict on Friday."),
    ("en", "A district court sentenced him to 无期徒刑.", "A district court sentenced him to life imprisonment."),
    ("en", "The new phone 秒空 on Friday.", "The new phone sold out in seconds on Friday."),
    ("en", "The concert was 售罄.", "The concert was sold out."),
    ("en", "The regulator 收紧 rules on margin lending last week.",
     "The regulator tightened rules on margin lending last week."),
    ("en", "The exchange sent the company a 问询函 on Friday.",
     "The exchange sent the company an inquiry letter on Friday."),
    ("en", "The drama 杀青 in Xinjiang last month.", "The drama wrapped in Xinjiang last month."),
    # German: articles made to agree
    ("de", "Die Regierung kündigte einen 科技战 an.", "Die Regierung kündigte einen Technologiekrieg an."),
    ("de", "Das Unternehmen gründete einen 工会.", "Das Unternehmen gründete eine Gewerkschaft."),
    ("de", "Ein 裁员潮 erfasste die Branche.", "Eine Entlassungswelle erfasste die Branche."),
    ("de", "Viele 外卖员 protestierten.", "Viele Essenslieferanten protestierten."),
    ("de", "Die Bank gab ein 置换债 aus.", "Die Bank gab eine Refinanzierungsanleihe aus."),
    ("de", "Der Markt erlebte eine 补涨.", "Der Markt erlebte eine Aufholrally."),
    # weak masculine nouns take -en outside the nominative
    ("de", "Der Konzern verklagte einen 友商.", "Der Konzern verklagte einen Konkurrenten."),
    ("de", "Die Polizei nahm einen 药代 fest.", "Die Polizei nahm einen Pharmareferenten fest."),
    ("de", "Das Gericht verhängte eine 缓刑.", "Das Gericht verhängte eine Bewährungsstrafe."),
    ("de", "Die Börse schickte dem Unternehmen ein 问询函.", "Die Börse schickte dem Unternehmen ein Auskunftsersuchen."),
    # French: articles made to agree, verbs after avoir
    ("fr", "Le 裁员潮 touche le secteur de la tech.", "La vague de licenciements touche le secteur de la tech."),
    ("fr", "Une 工会 a été créé dans l'usine.", "Un syndicat a été créé dans l'usine."),
    ("fr", "Le 试用期 a été prolongée.", "La période d'essai a été prolongée."),
    ("fr", "La Bourse a 高开 lundi.", "La Bourse a ouvert en hausse lundi."),
    ("fr", "Le 净息差 des banques a reculé.", "La marge nette d'intérêt des banques a reculé."),
    ("fr", "Un 科技战 oppose les deux pays.", "Une guerre technologique oppose les deux pays."),
    ("fr", "L'indice a 跌破 les 3 000 points.", "L'indice a enfoncé les 3 000 points."),
    ("fr", "L'indice a 站上 les 3 000 points.", "L'indice a franchi les 3 000 points."),
    ("fr", "La mesure devrait 利好 les promoteurs.", "La mesure devrait favoriser les promoteurs."),
    # an aspirated h: no elision
    ("fr", "Le 硬折扣 gagne du terrain en Chine.", "Le hard discount gagne du terrain en Chine."),
    # a plural-only noun
    ("fr", "Les 技术服务费 ont augmenté.", "Les frais de service technique ont augmenté."),
    ("fr", "Il a été condamné à un 缓刑.", "Il a été condamné à un sursis."),
]


@pytest.fixture(scope="module")
def rules():
    return default_rules()


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_term_takes_the_form_its_slot_needs(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text", [
    "Shanghai Pudong Development Bank (浦发) cut its deposit rates.",
    "China Merchants Shekou (招商蛇口) bought two plots in Shenzhen.",
    "The so-called \"资本寒冬\" hit startups hard.",
    "Netizens call such moments \"小确幸\", small pleasures.",
])
def test_a_gloss_or_a_quoted_chinese_word_stays(rules, text):
    check_glossary(text, None, "en", rules, finding=None)


@pytest.mark.parametrize("lang, text", [
    # the tense is not shown (no time phrase, a subject that may be present or past)
    ("en", "Shoppers 比价 on several apps before buying."),
    # a passive of a verb whose phrase holds its own complement
    ("en", "He was 开除党籍 and handed to prosecutors."),
])
def test_an_unclear_slot_is_reported(rules, lang, text):
    check_glossary(text, None, lang, rules)


# Terms with two common senses: the words near the term choose; with none, the term stays.
SENSES = [
    ("en", "Shares of 平安 fell 3% after the insurer cut its dividend.",
     "Shares of Ping An fell 3% after the insurer cut its dividend."),
    ("en", "The insurer 平安 said profit rose 10%.", "The insurer Ping An said profit rose 10%."),
    ("en", "Travelers prayed for a 平安 journey before the holiday.",
     "Travelers prayed for a safe journey before the holiday."),
    ("fr", "L'assureur 平安 a relevé son dividende.", "L'assureur Ping An a relevé son dividende."),
    ("en", "The carmaker 东风 reported lower sales.", "The carmaker Dongfeng reported lower sales."),
    ("en", "Dongfeng's Voyah and 东风 Nissan cut prices.", "Dongfeng's Voyah and Dongfeng Nissan cut prices."),
    ("en", "The new policy is the 东风 the industry needed.", "The new policy is the east wind the industry needed."),
    ("de", "Der Autobauer 东风 senkte die Preise.", "Der Autobauer Dongfeng senkte die Preise."),
]


@pytest.mark.parametrize("lang, text, expected", SENSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SENSES)])
def test_the_words_near_a_term_of_two_senses_choose_one(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules)


@pytest.mark.parametrize("text", ["平安 is what every parent wants.", "平安 has cut its exposure to property."])
def test_with_no_cue_a_term_of_two_senses_stays(rules, text):
    check_glossary(text, None, "en", rules, finding="cjk-sense-unclear")
