"""The fourth round of frequent leftovers, rules/glossary/concepts-frequent4.toml: set phrases of
policy writing, verbs and nouns of diplomacy and the military, property, market, retail, media,
sports-business, health-care, farm and disaster terms that MT leaves in Chinese news, each in no
other concept file; and the English verbs given to slogans of concepts-policy.toml,
concepts-governance.toml and concepts-economy.toml that news uses in a verb slot.

The sentences are written for these tests: the term in a noun slot (after a/an/the, a quantifier,
a preposition), a verb slot (after to, a modal, has, a subject in the past), German and French
articles made to agree, and a term inside a gloss or quoted as a Chinese word, which stays.
"""

from __future__ import annotations


import pytest

from cleaner.rules import builtin_rules_dir, default_rules
from helpers import check_glossary, concept_clashes, concept_entries, concept_keys, terms_missing_from_table

GLOSSARY = builtin_rules_dir() / "glossary"
FREQUENT4 = GLOSSARY / "concepts-frequent4.toml"




def test_every_term_is_in_no_other_concept_file():
    """A term in two files would be silently replaced by the later file's entry."""
    ours = concept_keys(FREQUENT4)
    assert len(ours) >= 300
    assert concept_clashes(FREQUENT4) == {}


def test_each_term_is_listed_once():
    terms = [e["zh"] for e in concept_entries(FREQUENT4)]
    assert sorted({t for t in terms if terms.count(t) > 1}) == []


def test_the_table_holds_every_term():
    assert terms_missing_from_table(FREQUENT4) == []


def test_terms_with_a_common_second_sense_are_left_out():
    """对冲 (hedging; offsetting), 渲染 (rendering; hyping), 瓜 (a melon; gossip), 回笼 (withdrawing
    money; steaming again), 造血 and 输血 (blood; funding), 寒冬 (winter; a downturn), 谷子 (millet;
    anime merchandise), 润 (moist; emigrating), 自如 and 贝壳 (at ease, a seashell; companies), 开盘
    (a market's open; a housing launch), 淘汰 (eliminated; phased out), 首付款 (a down payment; an
    upfront licensing fee), 外援 (foreign aid; a foreign player), 护航 (a naval escort; safeguarding), 止血
    and 退烧 (stopping bleeding, bringing down a fever; stemming losses, cooling off), 站台 (a platform;
    lending support), 加注 (refuelling; doubling down), 失守 (a city lost; an index falling below a
    level), 举牌 (holding up a sign; crossing a stake threshold), 围堵 (police surrounding someone;
    containment), 退团 (leaving a tour group; a band), 开播 (a show premiering; going live) have two
    common senses: one entry would pick one blindly."""
    assert concept_keys(FREQUENT4) & {"对冲", "渲染", "营业", "瓜", "回笼", "造血", "输血", "续命", "寒冬", "谷子", "润",
                                "自如", "贝壳", "开盘", "租借", "淘汰", "主场", "首付款", "节奏", "抽象", "外援",
                                "护航", "止血", "退烧", "断臂", "站台", "加注", "失守", "举牌", "围堵", "退团", "开播"} == set()


CASES = [
    # English noun slots
    ("en", "The foreign ministry lodged a 严正抗议 with Tokyo.", "The foreign ministry lodged a stern protest with Tokyo."),
    ("en", "Beijing accused Washington of 粗暴干涉 in its internal affairs.",
     "Beijing accused Washington of gross interference in its internal affairs."),
    ("en", "The PLA held a 实弹演习 near the strait on Tuesday.", "The PLA held a live-fire drill near the strait on Tuesday."),
    ("en", "He is on a 国事访问 to France.", "He is on a state visit to France."),
    ("en", "Buyers must enter a 摇号 to buy a new flat.", "Buyers must enter a lottery to buy a new flat."),
    ("en", "Developers must put 预售资金 into an 监管账户.", "Developers must put presale funds into an escrow account."),
    ("en", "Sales of 挖掘机 rose 10% last year.", "Sales of excavators rose 10% last year."),
    ("en", "A 狗仔 photographed the couple in Paris.", "A paparazzo photographed the couple in Paris."),
    ("en", "The club paid a record 转会费 for the striker.", "The club paid a record transfer fee for the striker."),
    ("en", "The coach called up three new 国脚 this winter.", "The coach called up three new national team players this winter."),
    ("en", "The contract includes a 竞业限制.", "The contract includes a non-compete clause."),
    ("en", "Generic drugs replaced most 原研药 after the tenders.", "Generic drugs replaced most originator drugs after the tenders."),
    ("en", "Villages were hit by 山洪 on Sunday.", "Villages were hit by flash floods on Sunday."),
    ("en", "A 堰塞湖 formed after the quake.", "A landslide lake formed after the quake."),
    ("en", "Authorities showed 零容忍 for fraud.", "Authorities showed zero tolerance for fraud."),
    ("en", "Beijing wants a 长效机制 for housing.", "Beijing wants a long-term mechanism for housing."),
    ("en", "Carriers avoid the Red Sea and go round the 好望角.",
     "Carriers avoid the Red Sea and go round the Cape of Good Hope."),
    ("en", "Police arrested dozens of people for 倒票.", "Police arrested dozens of people for ticket scalping."),
    # English verb slots
    ("en", "The ministry 召见 the ambassador on Monday.", "The ministry summoned the ambassador on Monday."),
    ("en", "China will not allow outside forces to 干涉 in its affairs.",
     "China will not allow outside forces to interfere in its affairs."),
    ("en", "Officials said the US was trying to 武器化 trade.", "Officials said the US was trying to weaponize trade."),
    ("en", "Qatar has tried to 斡旋 between the two sides.", "Qatar has tried to mediate between the two sides."),
    ("en", "The index 下探 to 2,900 points on Monday.", "The index dipped to 2,900 points on Monday."),
    ("en", "Gold 创新高 on Friday.", "Gold hit a record high on Friday."),
    ("en", "Profits 翻番 last year.", "Profits doubled last year."),
    ("en", "Investors rushed to 止盈 after the rally.", "Investors rushed to take profits after the rally."),
    ("en", "The state fund stepped in to 托市 last week.", "The state fund stepped in to prop up the market last week."),
    ("en", "The singer decided to 单飞 in 2019.", "The singer decided to go solo in 2019."),
    ("en", "The team will 卫冕 next year.", "The team will defend the title next year."),
    ("en", "Bosses often 画大饼 to keep staff.", "Bosses often make empty promises to keep staff."),
    ("en", "The stimulus has 哑火 so far.", "The stimulus has fizzled so far."),
    ("en", "The factory has 扎根 in Vietnam.", "The factory has taken root in Vietnam."),
    ("en", "Local governments must 应收尽收.", "Local governments must collect all revenue due."),
    ("en", "Airlines will 复航 on the route in March.", "Airlines will resume flights on the route in March."),
    ("en", "Owners of EVs suffer from 续航焦虑.", "Owners of EVs suffer from range anxiety."),
    ("en", "More 传统车企 are cutting prices.", "More legacy carmakers are cutting prices."),
    ("en", "The firm must 整改到位 by June.", "The firm must complete rectification by June."),
    ("en", "Investors 一哄而上 into AI stocks last year.", "Investors rushed into AI stocks last year."),
    ("en", "The inspectors will 倒查 ten years of records.",
     "The inspectors will retroactively investigate ten years of records."),
    ("en", "The sector suffers from 九龙治水.", "The sector suffers from fragmented oversight."),
    # English adjectives after a form of be
    ("en", "The quarterly results were 低于预期.", "The quarterly results were below expectations."),
    ("en", "Hotels in Harbin were 爆满 during the holiday.", "Hotels in Harbin were packed during the holiday."),
    ("en", "The factory is 高耗能.", "The factory is energy-intensive."),
    ("en", "The video turned out to be 摆拍.", "The video turned out to be staged."),
    # German: articles made to agree, the infinitive after a modal
    ("de", "Das Außenministerium legte einen 严正抗议 ein.", "Das Außenministerium legte einen scharfen Protest ein."),
    ("de", "Der Verein zahlte eine 转会费 von 50 Millionen Euro.", "Der Verein zahlte eine Ablösesumme von 50 Millionen Euro."),
    ("de", "Die Regierung kritisierte den 过度医疗.", "Die Regierung kritisierte die Überbehandlung."),
    ("de", "Die Stadt gab eine 红色预警 aus.", "Die Stadt gab eine rote Warnstufe aus."),
    ("de", "Das Ministerium will den Botschafter 召见.", "Das Ministerium will den Botschafter einbestellen."),
    ("de", "Peking will den Markt 托市.", "Peking will den Markt stützen."),
    # French: articles made to agree, the participle after avoir, the infinitive after a modal
    ("fr", "Le ministère a déposé un 严正抗议.", "Le ministère a déposé une protestation solennelle."),
    ("fr", "La ville a émis un 红色预警.", "La ville a émis une alerte rouge."),
    ("fr", "Le 过度医疗 coûte cher.", "Le surtraitement coûte cher."),
    ("fr", "Le ministère a 召见 l'ambassadeur.", "Le ministère a convoqué l'ambassadeur."),
    ("fr", "Les autorités veulent 污名化 la Chine.", "Les autorités veulent stigmatiser la Chine."),
    ("fr", "Le chanteur veut 单飞.", "Le chanteur veut se lancer en solo."),
    ("fr", "Le 碳价 a baissé.", "Le prix du carbone a baissé."),
    ("de", "Der Konzern gilt als 价格屠夫.", "Der Konzern gilt als Preisbrecher."),
]


@pytest.fixture(scope="module")
def rules():
    return default_rules()


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_term_takes_the_form_its_slot_needs(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text", [
    "Fans call it 国风 (guofeng) music.",
    "The drama is known as \"翻拍\" among fans.",
    "Workers mock bosses who \"画大饼\", a phrase meaning to make empty promises.",
    "The term \"双标\" is used online for double standards.",
])
def test_a_gloss_or_a_quoted_chinese_word_stays(rules, text):
    check_glossary(text, None, "en", rules, finding=None)


@pytest.mark.parametrize("text", [
    # a verb of several words in the present with no subject that shows its number
    "Developers 扎堆 in the same cities.",
    # a noun and a verb both fit before the past verb
    "The 翻拍 flopped at the box office.",
])
def test_an_unclear_slot_is_reported(rules, text):
    check_glossary(text, None, "en", rules)


# Slogans and policy terms that had only a noun: news puts them in a verb slot too.
SLOGAN_VERBS = [
    ("China will continue to 对外开放.", "China will continue to open up."),
    ("Beijing has pledged to 扩大内需 this year.", "Beijing has pledged to expand domestic demand this year."),
    ("The campaign to 保交房 has made progress.", "The campaign to guarantee the delivery of homes has made progress."),
    ("Local governments must 稳经济.", "Local governments must stabilize the economy."),
    ("Beijing said it would 稳中求进.", "Beijing said it would pursue progress while ensuring stability."),
    ("Washington continues to 霸凌 smaller countries.", "Washington continues to bully smaller countries."),
    ("Companies have started to 去美化 their supply chains.",
     "Companies have started to de-Americanize their supply chains."),
    ("China has 深化改革 since 1978.", "China has deepened reform since 1978."),
    ("Banks were told to 风险化解.", "Banks were told to defuse risks."),
    ("Officials must 讲好中国故事.", "Officials must tell China's stories well."),
    # the noun slot keeps the noun
    ("Officials said 稳外贸 is a priority.", "Officials said stabilizing foreign trade is a priority."),
    ("He called for 依法治国.", "He called for law-based governance."),
    ("She was a victim of 霸凌 at school.", "She was a victim of bullying at school."),
]


@pytest.mark.parametrize("text, expected", SLOGAN_VERBS, ids=[str(i) for i in range(len(SLOGAN_VERBS))])
def test_slogans_take_a_verb_in_a_verb_slot(rules, text, expected):
    check_glossary(text, expected, "en", rules)


def test_the_slogans_carry_an_english_verb():
    files = ["concepts-policy.toml", "concepts-governance.toml", "concepts-economy.toml"]
    entries = {e["zh"]: e for f in files for e in concept_entries(GLOSSARY / f)}
    for zh in ("扩大内需", "深化改革", "稳外贸", "稳外资", "保就业", "保交房", "稳经济", "去中国化", "对外开放"):
        en = entries[zh]["en"]
        assert isinstance(en, list) and any(r.startswith("v ") for r in en), zh
        assert any(r.startswith("u ") for r in en), zh
