"""The senses the concept table lacked (rules/glossary/concepts-wordplay.toml, third pass, and
板块 in concepts-senses.toml): terms that had one rendering, or senses that missed a common one,
so that a sentence of the other sense got a rendering of the sense the table knew. 天花板 is also
the very best of a field, 破发 also breaking serve, 续航 also a phone's battery life, 南沙 also the
Spratly Islands, 黄金 also golden (a golden window). The words around the term choose the sense;
a word of the other sense standing near leaves the right sense or a finding, never the wrong one;
with no cue near the term, it stays, reported (cjk-sense-unclear), save where the usual sense
holds alone in news (出货 shipping goods, 黄金 gold). 回购 is also buying a product again and
流量 also the traffic on roads.

The sentences are written for these tests, not taken from the table's own examples.
"""

from __future__ import annotations

import re

import pytest

from cleaner import clean
from cleaner.glossary.table import senses_by_term
from cleaner.rules import default_rules
from helpers import chosen_sense, rendering_strings

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# (sentence, language, term, the sense the words around it give, or None: nothing near the term
# says which sense is meant)
CASES = [
    # 天花板: an upper limit, the very best, the ceiling of a room
    ("Electric-car sales in China may be nearing their 天花板, analysts say.", "en", "天花板", "ceiling (upper limit)"),
    ("Netizens called her performance the 天花板 of this year's dramas.", "en", "天花板", "the very best (slang)"),
    ("A chunk of plaster fell from the 天花板 of the hospital ward.", "en", "天花板", "ceiling (of a room)"),
    ("Das Wachstum des Marktes stößt an eine 天花板.", "de", "天花板", "ceiling (upper limit)"),
    ("Die Sängerin gilt ihren Fans als 天花板 des chinesischen Pop.", "de", "天花板", "the very best (slang)"),
    ("Une partie du 天花板 de la salle de classe s'est effondrée.", "fr", "天花板", "ceiling (of a room)"),
    ("It is the 天花板.", "en", "天花板", None),
    # 出货: shipping goods, or big holders offloading shares
    ("Xiaomi plans to 出货 10 million units of the new phone this year.", "en", "出货", "ship (goods)"),
    ("Analysts suspect the big players are quietly 出货 while retail investors keep buying.", "en", "出货",
     "offload shares (stock slang)"),
    ("Les spéculateurs ont commencé à 出货 au sommet du rebond.", "fr", "出货", "offload shares (stock slang)"),
    # 破发: a new share below its offer price, or breaking serve
    ("The chipmaker's shares 破发 on their trading debut in Shanghai.", "en", "破发", "fall below the IPO price"),
    ("Sabalenka 破发 in the opening game of the final set.", "en", "破发", "break serve (tennis)"),
    ("Die Aktie ist am ersten Handelstag 破发.", "de", "破发", "fall below the IPO price"),
    ("Sie 破发 im zweiten Satz zweimal und gewann das Match.", "de", "破发", "break serve (tennis)"),
    ("He 破发 again.", "en", "破发", None),
    # 基本盘: core business, or a base of support
    ("Older rural voters are the KMT's 基本盘.", "en", "基本盘", "base of support (politics)"),
    ("Instant noodles are still the group's 基本盘, making up 60% of sales.", "en", "基本盘", "core business"),
    ("They must protect their 基本盘.", "en", "基本盘", None),
    # 履约: order fulfillment, or honouring commitments
    ("JD said its own couriers handle 履约 for most orders.", "en", "履约", "order fulfillment"),
    ("The supplier could not 履约 under the agreement after the flood.", "en", "履约",
     "honor commitments (a contract, a treaty)"),
    # after "failed to" a verb: only one sense has one
    ("They failed to 履约.", "en", "履约", "honor commitments (a contract, a treaty)"),
    ("They discussed 履约.", "en", "履约", None),
    # 续航: driving range, or battery life
    ("The SUV's 续航 drops by a third in winter, owners say.", "en", "续航", "driving range"),
    ("The new iPhone has a 续航 of 29 hours of video playback.", "en", "续航", "battery life"),
    ("Das neue Elektroauto bietet eine 续航 von 600 Kilometern.", "de", "续航", "driving range"),
    ("Das Handy hat eine 续航 von 30 Stunden.", "de", "续航", "battery life"),
    ("Le nouveau téléphone offre une 续航 de deux jours.", "fr", "续航", "battery life"),
    ("The 续航 is impressive.", "en", "续航", None),
    # 南沙: a district of Guangzhou, or the Spratly Islands
    ("Manila accused Chinese coast guard ships of blocking a resupply mission in the 南沙.", "en", "南沙",
     "the Spratly Islands"),
    ("Guangzhou will open a new cruise terminal in 南沙 next year.", "en", "南沙", "Nansha (district of Guangzhou)"),
    ("Des navires chinois ont bloqué un ravitaillement près d'un récif des 南沙.", "fr", "南沙", "the Spratly Islands"),
    ("He lives in 南沙.", "en", "南沙", None),
    # 二选一: forced exclusivity, or a binary choice
    ("Regulators said the platform forced restaurants into 二选一.", "en", "二选一", "forced exclusivity"),
    ("Voters see the runoff as a stark 二选一 between two parties.", "en", "二选一", "binary choice"),
    ("It was a 二选一.", "en", "二选一", None),
    # 点赞: liking a post, or praising
    ("Her video got 300,000 点赞 within hours.", "en", "点赞", "like (a post)"),
    ("President Xi 点赞 the rescuers for their courage.", "en", "点赞", "praise"),
    ("Le président a 点赞 les pompiers pour leur courage.", "fr", "点赞", "praise"),
    ("Many people 点赞.", "en", "点赞", None),
    # 板块: a market sector, a tectonic plate, a business segment
    ("The group plans to spin off its logistics 板块 into a separate listed company.", "en", "板块", "business segment"),
    ("Bank stocks rose as the banking 板块 gained 2%.", "en", "板块", "market sector"),
    ("The 板块 did well.", "en", "板块", None),
    # 麒麟: Kirin chips, the qilin, Kylin the operating system
    ("Thousands of state offices now run 麒麟 Linux on their computers.", "en", "麒麟", "Kylin (operating system)"),
    ("Huawei's Mate 70 uses a new 麒麟 chip.", "en", "麒麟", "Kirin (chip)"),
    # 复苏: a recovery, nature reviving, resuscitation
    ("Doctors gave him 复苏 for half an hour before he regained a pulse.", "en", "复苏", "resuscitation"),
    ("Die Sanitäter begannen sofort mit der 复苏 des bewusstlosen Mannes.", "de", "复苏", "resuscitation"),
    ("Tourism's 复苏 lifted hotel profits.", "en", "复苏", "economic recovery"),
    # 下线: taken offline, rolling off the line, a recruit in a pyramid scheme
    ("Investigators said each member was pushed to recruit more 下线.", "en", "下线", "downline (pyramid selling)"),
    ("The app was 下线 after a regulator's order.", "en", "下线", "take offline"),
    # 腰斩: halved, executed, a show cut short
    ("The TV series was 腰斩 after just eight episodes.", "en", "腰斩", "cut short (a show, a project)"),
    ("Die Serie wurde nach acht Folgen 腰斩.", "de", "腰斩", "cut short (a show, a project)"),
    ("La série a été 腰斩 après huit épisodes.", "fr", "腰斩", "cut short (a show, a project)"),
    ("The stock was 腰斩 in a month.", "en", "腰斩", "halve"),
    # 黄金: gold, or golden (prime)
    ("Investors piled into 黄金 as the dollar fell.", "en", "黄金", "gold"),
    ("Rescuers said the first 72 hours are the 黄金 period for finding survivors.", "en", "黄金", "golden (prime)"),
    ("The shop sits on a 黄金 location near the station.", "en", "黄金", "golden (prime)"),
    ("Der Preis für 黄金 stieg auf ein Rekordhoch.", "de", "黄金", "gold"),
    # 回购: a share buyback, a repo, buying a product again
    ("Fans of the cream say they 回购 it every month.", "en", "回购", "buy again (a product)"),
    ("Viele Kundinnen wollen den Lippenstift 回购.", "de", "回购", "buy again (a product)"),
    ("Tencent will 回购 up to HK$100 billion of its shares this year.", "en", "回购", "share buyback"),
    ("They plan to 回购.", "en", "回购", None),
    # 流量: online traffic, water flow, mobile data, traffic on roads
    ("Toll-free travel pushed 流量 on highways to a record during the holiday.", "en", "流量", "traffic (roads, travel)"),
    ("Das 流量 auf den Straßen nahm zu.", "de", "流量", "traffic (roads, travel)"),
    ("Le 流量 sur les autoroutes a atteint un record.", "fr", "流量", "traffic (roads, travel)"),
    # 颠覆: disruption, or subversion of the state (a verb too)
    ("Agents were accused of plotting to 颠覆 the state.", "en", "颠覆", "subversion"),
    # no cue near the term: the usual sense holds alone in news
    ("It started to 出货.", "en", "出货", "ship (goods)"),
    ("She wore 黄金.", "en", "黄金", "gold"),
]

# (sentence, language, term, the sense meant): a word of another sense stands near the term, and the
# sentence still gets the sense meant, or no sense (a finding), never the other
DECOYS = [
    ("Fans of the brand worry that its sales have hit a 天花板.", "en", "天花板", "ceiling (upper limit)"),
    ("Market traders fled when the 天花板 of the old hall collapsed.", "en", "天花板", "ceiling (of a room)"),
    ("Shares of the supplier rose after it began to 出货 chips to Apple.", "en", "出货", "ship (goods)"),
    ("The tennis star's sponsor saw its shares 破发 on their debut.", "en", "破发", "fall below the IPO price"),
    ("Voters like the brand, but loyal customers remain its 基本盘 and account for most sales.", "en", "基本盘",
     "core business"),
    ("The carmaker's phone app shows how many kilometres of 续航 are left.", "en", "续航", "driving range"),
    ("A Philippine company will build a factory in Guangzhou's 南沙 district.", "en", "南沙",
     "Nansha (district of Guangzhou)"),
    ("The post by the premier drew a million 点赞 on Weibo.", "en", "点赞", "like (a post)"),
    ("The patient's family hoped the economy's 复苏 would bring back jobs.", "en", "复苏", "economic recovery"),
    ("The broadcaster's shares were 腰斩 after the scandal.", "en", "腰斩", "halve"),
    ("The logistics firm was sued for failing to 履约 under its contract with the retailer.", "en", "履约",
     "honor commitments (a contract, a treaty)"),
    ("The price of a 黄金 location near the metro keeps rising.", "en", "黄金", "golden (prime)"),
    ("Die Küstenwache der Philippinen meldete Zwischenfälle nahe dem Hafen von 南沙.", "de", "南沙",
     "Nansha (district of Guangzhou)"),
    ("Customers cheered as the firm said it would 回购 shares.", "en", "回购", "share buyback"),
    # a name after a possessive: grammar rules the app or the brand out, and the words near it
    # rule out the literal sense that grammar leaves
    ("He posted photos of the trip on his 朋友圈.", "en", "朋友圈", "WeChat Moments"),
    ("He gave the film one star on his 豆瓣.", "en", "豆瓣", "Douban (review site)"),
    ("She asked her 豆包 to write the essay.", "en", "豆包", "Doubao (chatbot)"),
    ("He asked his 元宝 about the weather.", "en", "元宝", "Yuanbao (chatbot)"),
    ("Investors checked the stock price on their 同花顺.", "en", "同花顺", "Tonghuashun (trading app)"),
    ("Students use the search app on their 夸克.", "en", "夸克", "Quark app"),
    ("They drove their 理想 to Tibet.", "en", "理想", "Li Auto (carmaker)"),
    ("She posted a review of the cafe on her 小红书.", "en", "小红书", "Xiaohongshu (app)"),
    ("Er lud seinen 小米 über Nacht auf, weil das Handy leer war.", "de", "小米", "Xiaomi (company)"),
    ("She dropped her 苹果 and cracked the screen.", "en", "苹果", "Apple (company)"),
    ("Il a rechargé son 苹果 pendant la nuit, le téléphone était vide.", "fr", "苹果", "Apple (company)"),
    ("The company's new office 布局 is open-plan.", "en", "布局", "layout"),
    ("The startup wants to 颠覆 the government procurement market.", "en", "颠覆", "disruption"),
    ("Les fans regrettent que les ventes de l'album aient atteint un 天花板.", "fr", "天花板", "ceiling (upper limit)"),
]


def _ids(cases):
    return [f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize("text,lang,zh,sense", CASES, ids=_ids(CASES))
def test_the_words_around_choose_the_sense(text, lang, zh, sense):
    assert chosen_sense(text, lang, zh) == sense


@pytest.mark.parametrize("text,lang,zh,sense", DECOYS, ids=_ids(DECOYS))
def test_a_word_of_another_sense_near_the_term_does_not_tip_it(text, lang, zh, sense):
    group = senses_by_term(default_rules().get("cjk_glossary"))[zh]
    assert sense in {c.sense for c in group}
    assert chosen_sense(text, lang, zh) in (sense, None)


@pytest.mark.parametrize("text,lang,zh", [c[:3] for c in CASES if c[3] is None],
                         ids=_ids([c for c in CASES if c[3] is None]))
def test_an_unclear_sense_leaves_the_term_with_a_finding(text, lang, zh):
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    assert result.text == text
    assert "cjk-sense-unclear" in [f.rule for f in result.findings]


@pytest.mark.parametrize("zh", sorted({c[2] for c in CASES}))
def test_each_term_has_its_senses_labelled_and_no_plain_entry_left(zh):
    """The term's plain entry of another concept file is gone: the loaded table holds only its
    labelled senses, one per label, each with examples and counter-examples."""
    group = senses_by_term(default_rules().get("cjk_glossary"))[zh]
    labels = [c.sense for c in group]
    assert len(group) >= 2 and all(labels) and len(set(labels)) == len(labels)
    assert all(c.examples and c.counter for c in group)


@pytest.mark.parametrize("text,lang,zh,sense", [c for c in CASES + DECOYS if c[3] is not None],
                         ids=_ids([c for c in CASES + DECOYS if c[3] is not None]))
def test_what_the_pass_writes_is_a_rendering_of_the_sense_meant(text, lang, zh, sense):
    """Through the pass: what it writes, where it writes, has words of the sense meant and none that
    only the other senses' renderings have; a term it leaves is reported."""
    rules = default_rules()
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=rules)
    if result.text == text:
        assert result.findings
        return
    assert zh not in result.text
    group = senses_by_term(rules.get("cjk_glossary"))[zh]
    added = set(_WORDS.findall(result.text.lower())) - set(_WORDS.findall(text.lower()))
    words = {c.sense: {w for t in rendering_strings(c.rendering(lang)) for w in _WORDS.findall(t.lower())} for c in group}
    ours = words[sense]
    others = set().union(*(w for s, w in words.items() if s != sense)) - ours
    assert [a for a in added if _form_of(a, ours)], (result.text, ours)
    assert not [a for a in added if _form_of(a, others) and not _form_of(a, ours)], (result.text, others)


def _form_of(word: str, words: set[str]) -> bool:
    """``word`` is one of ``words``, one with an ending of agreement, or a separable verb joined to
    its particle (nachkaufen)."""
    return (word in words
            or any(len(w) > 3 and word.startswith(w) and len(word) - len(w) <= 2 for w in words)
            or any(word.startswith(p) and word[len(p):] in words for p in words if len(word) > len(p)))
