"""The frequent leftovers of rules/glossary/concepts-frequent.toml: everyday jargon, euphemisms,
market verbs, short names and slang that MT leaves in Chinese news, each in no other concept file.

The sentences are written for these tests: the term in a noun slot (after a/the, a plural after a
quantifier), a verb slot (after to, a modal, has, a subject in the past or present), German and
French articles made to agree, and a term inside a gloss or quoted as a Chinese word, which stays.
"""

from __future__ import annotations


import pytest

from cleaner.rules import builtin_rules_dir, default_rules
from helpers import check_glossary, concept_clashes, concept_keys, terms_missing_from_table

GLOSSARY = builtin_rules_dir() / "glossary"
FREQUENT = GLOSSARY / "concepts-frequent.toml"



def test_every_term_is_in_no_other_concept_file():
    """A term in two files would be silently replaced by the later file's entry."""
    ours = concept_keys(FREQUENT)
    assert len(ours) >= 150
    assert concept_clashes(FREQUENT) == {}


def test_the_table_holds_every_term():
    assert terms_missing_from_table(FREQUENT) == []


CASES = [
    # English noun slots
    ("en", "Dozens of 商家 quit the platform over the new commission.",
     "Dozens of merchants quit the platform over the new commission."),
    ("en", "The automaker opened a 灯塔工厂 in Chongqing last year.",
     "The automaker opened a lighthouse factory in Chongqing last year."),
    ("en", "The 空置率 of office towers in Shenzhen rose to 25%.",
     "The vacancy rate of office towers in Shenzhen rose to 25%."),
    ("en", "Beijing unveiled a 一揽子化债 worth 10 trillion yuan.",
     "Beijing unveiled a debt-resolution package worth 10 trillion yuan."),
    ("en", "Both sides have been hurt by the 关税战.", "Both sides have been hurt by the tariff war."),
    ("en", "She was detained for 寻衅滋事 after posting the video.",
     "She was detained for picking quarrels and provoking trouble after posting the video."),
    ("en", "The court handed him a 死缓 last week.", "The court handed him a suspended death sentence last week."),
    ("en", "Prices of 仿制药 have fallen sharply since the reform.",
     "Prices of generic drugs have fallen sharply since the reform."),
    ("en", "Nvidia launched a 特供版 of its chip for the Chinese market.",
     "Nvidia launched a China-specific version of its chip for the Chinese market."),
    ("en", "Staff at the branch were told to take 无薪假 until March.",
     "Staff at the branch were told to take unpaid leave until March."),
    ("en", "Online stores saw a wave of 差评 after the delay.",
     "Online stores saw a wave of negative reviews after the delay."),
    ("en", "The villagers formed a 合作社 to sell their tea.", "The villagers formed a cooperative to sell their tea."),
    ("en", "The Dutch government seized control of 安世 in October.",
     "The Dutch government seized control of Nexperia in October."),
    ("en", "A former 工行 official was sentenced to life.", "A former ICBC official was sentenced to life."),
    ("en", "The district opened ten 社区食堂 last year.", "The district opened ten community canteens last year."),
    ("en", "Young people dislike the 爹味 tone of the ads.", "Young people dislike the patronizing tone of the ads."),
    ("en", "Readers mocked the 爹味 of the column.", "Readers mocked the condescension of the column."),
    # English verb slots
    ("en", "The chipmaker plans to 赴港上市 this year.", "The chipmaker plans to list in Hong Kong this year."),
    ("en", "The bike-sharing firm has 烧钱 for years without a profit.",
     "The bike-sharing firm has burned cash for years without a profit."),
    ("en", "The startup has 烧钱 200 million yuan.", "The startup has burned 200 million yuan."),
    ("en", "Shares of the lender 收涨 2% on Thursday.", "Shares of the lender closed up 2% on Thursday."),
    ("en", "Shares of the developer 闪崩 on Monday, wiping out half its value.",
     "Shares of the developer crashed on Monday, wiping out half its value."),
    ("en", "Analysts expect the property market to 止跌回稳 next year.",
     "Analysts expect the property market to bottom out next year."),
    ("en", "The platform said it would 向社会输送人才 as part of a restructuring.",
     "The platform said it would lay off staff as part of a restructuring."),
    ("en", "The company 向社会输送人才 3,000 employees last year.", "The company laid off 3,000 employees last year."),
    ("en", "Apple 砍单 30% of its orders last month.", "Apple cut 30% of its orders last month."),
    ("en", "The regulator 封禁 accounts that spread rumors last week.",
     "The regulator banned accounts that spread rumors last week."),
    ("en", "He chose to 离职 rather than relocate.", "He chose to resign rather than relocate."),
    ("en", "Tourists 扫货 luxury bags in Hainan last week.", "Tourists snapped up luxury bags in Hainan last week."),
    ("en", "Tourists 扫货 in Hainan last week.", "Tourists went on a buying spree in Hainan last week."),
    ("en", "The singer 圈粉 millions of young viewers last year.",
     "The singer won over millions of young viewers last year."),
    ("en", "Her brand was 变相 forced out of the market.", "Her brand was effectively forced out of the market."),
    ("en", "Hotels in the old town are very 出片, tourists say.",
     "Hotels in the old town are very photogenic, tourists say."),
    ("en", "Construction on the project 停摆 after the developer ran out of cash.",
     "Construction on the project ground to a halt after the developer ran out of cash."),
    ("en", "The new plant is expected to 达产 by 2026.", "The new plant is expected to reach full capacity by 2026."),
    ("en", "Several Japanese retailers have 退出中国 since 2022.", "Several Japanese retailers have exited China since 2022."),
    ("en", "The yuan fell to a 新低 against the dollar.", "The yuan fell to a new low against the dollar."),
    ("en", "The central bank pledged a 适度宽松 monetary policy for 2025.",
     "The central bank pledged a moderately loose monetary policy for 2025."),
    ("en", "The brand's 特供版 chips sold out.", "The brand's China-specific chips sold out."),
    # German: articles and verb forms
    ("de", "Die Regierung kündigte ein 一揽子化债 an.", "Die Regierung kündigte ein Schuldenabbaupaket an."),
    ("de", "Der Hersteller eröffnete eine 灯塔工厂 in Chongqing.",
     "Der Hersteller eröffnete eine Leuchtturmfabrik in Chongqing."),
    ("de", "Das Unternehmen plant einen 赴港上市.", "Das Unternehmen plant einen Börsengang in Hongkong."),
    ("de", "Die Zahl der 能繁母猪 ist gesunken.", "Die Zahl der Zuchtsauen ist gesunken."),
    ("de", "Der Konzern will 3000 Mitarbeiter 向社会输送人才.", "Der Konzern will 3000 Mitarbeiter entlassen."),
    ("de", "Der Index 收涨 am Dienstag um 0,5 Prozent.", "Der Index schloss am Dienstag um 0,5 Prozent höher."),
    ("de", "Der Bau ist seit Mai 停摆.", "Der Bau ist seit Mai zum Erliegen gekommen."),
    ("de", "Die Zentralbank kündigte eine 适度宽松 Geldpolitik an.",
     "Die Zentralbank kündigte eine moderat expansive Geldpolitik an."),
    # French: articles and verb forms
    ("fr", "Le constructeur a ouvert un 灯塔工厂 à Chongqing.", "Le constructeur a ouvert une usine phare à Chongqing."),
    ("fr", "Le 空置率 des bureaux a atteint 25 %.", "Le taux de vacance des bureaux a atteint 25 %."),
    ("fr", "Le 关税战 pèse sur les exportations.", "La guerre tarifaire pèse sur les exportations."),
    ("fr", "Les 药企 baissent leurs prix.", "Les laboratoires pharmaceutiques baissent leurs prix."),
    ("fr", "L'indice a 收涨 mardi.", "L'indice a clôturé en hausse mardi."),
    ("fr", "Le groupe a 造谣 contre ses rivaux.", "Le groupe a répandu des rumeurs contre ses rivaux."),
    ("fr", "La ville a ouvert une 社区食堂.", "La ville a ouvert une cantine de quartier."),
    ("fr", "Le yuan a touché un 新低 face au dollar.", "Le yuan a touché un nouveau plancher face au dollar."),
]


@pytest.fixture(scope="module")
def rules():
    return default_rules()


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_term_takes_the_form_its_slot_needs(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text", [
    "The bank's 'lighthouse factory' (灯塔工厂) programme was praised.",
    "Huawei's brand Luxeed (智界) launched a new sedan.",
    "The slang term \"班味\" describes the look of tired office workers.",
    "The film, known in Chinese as \"春节档\", did well.",
])
def test_a_gloss_or_a_quoted_chinese_word_stays(rules, text):
    check_glossary(text, None, "en", rules, finding=None)


@pytest.mark.parametrize("lang, text", [
    # the words around do not tell the form (a verb-only concept before a noun, a progressive of a
    # verb without one, a German verb that needs an object with none in the clause)
    ("en", "The company 自研 chips for its phones."),
    ("de", "Der Konzern will 向社会输送人才."),
])
def test_an_unclear_slot_is_reported(rules, lang, text):
    check_glossary(text, None, lang, rules)


# Terms with two common senses: the words near the term choose; with none, the term stays.
SENSES = [
    ("en", "The company will 优化 about 10% of its staff this year, according to people familiar with the matter.",
     "The company will lay off about 10% of its staff this year, according to people familiar with the matter."),
    ("en", "The team worked to 优化 the app's battery performance.",
     "The team worked to optimize the app's battery performance."),
    ("de", "Der Konzern will 2000 Mitarbeiter 优化.", "Der Konzern will 2000 Mitarbeiter entlassen."),
    ("fr", "Le groupe veut 优化 sa chaîne d'approvisionnement.", "Le groupe veut optimiser sa chaîne d'approvisionnement."),
    ("en", "Volvo's owner 吉利 reported higher profit.", "Volvo's owner Geely reported higher profit."),
    ("en", "The 吉利 Galaxy E5 is aimed at young buyers.", "The Geely Galaxy E5 is aimed at young buyers."),
    ("en", "The number six is seen as a 吉利 number.", "The number six is seen as a lucky number."),
    ("en", "They picked a 吉利 day to open the shop.", "They picked a lucky day to open the shop."),
    ("fr", "Les ventes de 吉利 ont bondi, selon le constructeur.", "Les ventes de Geely ont bondi, selon le constructeur."),
    ("en", "The box office of 哪吒 2 passed 10 billion yuan.", "The box office of Ne Zha 2 passed 10 billion yuan."),
    ("en", "Suppliers of 哪吒 said they had not been paid.", "Suppliers of Neta said they had not been paid."),
    ("en", "The president rode in a 红旗 sedan.", "The president rode in a Hongqi sedan."),
    ("en", "Students waved a 红旗 at the ceremony.", "Students waved a red flag at the ceremony."),
    ("en", "Chinese stocks 跳水 in the final hour of trading on Monday.",
     "Chinese stocks plunged in the final hour of trading on Monday."),
    ("en", "The Chinese 跳水 team won another gold medal.", "The Chinese diving team won another gold medal."),
    ("fr", "Les actions ont 跳水 lundi.", "Les actions ont plongé lundi."),
]


@pytest.mark.parametrize("lang, text, expected", SENSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SENSES)])
def test_the_words_near_a_term_of_two_senses_choose_one(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules)


@pytest.mark.parametrize("text", ["It plans to 优化.", "哪吒 is a popular figure."])
def test_with_no_cue_a_term_of_two_senses_stays(rules, text):
    check_glossary(text, None, "en", rules, finding="cjk-sense-unclear")
