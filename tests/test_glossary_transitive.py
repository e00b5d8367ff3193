"""Verbs whose English phrase holds its own object, with a plain transitive verb for a slot that
gives them one (rules/glossary/concepts-*.toml, `v <verb> +bare <phrase>`).

"summon for talks" (约谈), "drive traffic" (引流), "sell products via livestream" (带货) cannot take
a second object, and have no passive: "The regulator 约谈 ten platforms" and "were 约谈 by the
regulator" were reported. A news translator writes a plain verb there ("summoned ten platforms",
"were summoned by the regulator") and keeps the phrase where the clause gives no object ("will
summon for talks again"). The sentences are written for these tests: the object after the term
(a noun phrase, a name, a number), the term with no object (before an adverb, a preposition or
the clause end), a passive before "by" and an agent, and a to-infinitive.
"""

from __future__ import annotations

import tomllib

import pytest

from cleaner import clean
from cleaner.glossary.forms import parse_en
from cleaner.rules import builtin_rules_dir

GLOSSARY = builtin_rules_dir() / "glossary"

# Terms whose English verb is a transitive verb with the old phrase after +bare.
TRANSITIVE = {
    "约谈": "summon", "引流": "drive", "带货": "sell", "停牌": "suspend", "募资": "raise", "压价": "squeeze",
    "护盘": "prop up", "救市": "prop up", "砸盘": "dump", "行贿": "bribe", "挪用公款": "embezzle",
    "减负": "ease the burden on", "松绑": "ease", "入局": "enter", "停产": "discontinue", "减产": "cut",
    "发力": "step up efforts in", "化债": "resolve", "蹭热度": "cash in on", "蹭流量": "cash in on", "霸榜": "top",
    "氪金": "spend", "下单": "order", "加仓": "add to", "减仓": "trim", "建仓": "build a position in",
    "领跑": "lead", "造假": "falsify", "抄底": "buy the dip in", "放水": "throw", "割韭菜": "fleece",
    "甩锅": "blame", "出货": "offload", "履约": "honor", "下线": "take down",
}

# Words that end a phrase which takes its object after it ("prop up", "cash in on").
_OPEN_END = set("up down off out in on to for into with about at".split())


def _verbs() -> dict[str, list]:
    """zh -> the parsed English verb renderings of every entry (all senses) in the table."""
    out: dict[str, list] = {}
    for path in sorted(GLOSSARY.glob("concepts-*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entry in [*data.get("terms", []), *data.get("concept", [])]:
            en = entry.get("en")
            for spec in [en] if isinstance(en, str) else en or []:
                if spec.startswith("v "):
                    out.setdefault(entry["zh"], []).append(parse_en(spec))
    return out


def test_each_listed_verb_takes_its_object_and_keeps_the_phrase_for_a_clause_without_one():
    verbs = _verbs()
    for zh, base in TRANSITIVE.items():
        found = [v for v in verbs.get(zh, []) if v.forms[0] == base]
        assert found, zh
        for v in found:
            words = v.forms[0].split()
            # the verb itself leaves its object to the sentence: one word, or ending in a particle
            assert len(words) == 1 or words[-1] in _OPEN_END, (zh, v.forms)
            # the +bare phrase is a whole clause's verb phrase of five forms
            assert v.bare is not None and len(v.bare) == 5 and v.bare[0] != v.forms[0], (zh, v.bare)


def _glossary(text: str) -> str:
    return clean(text, lang="en", select=["cjk_glossary"]).text


@pytest.mark.parametrize("text,expected", [
    # 约谈: object, name, passive, to-infinitive, no object
    ("The regulator 约谈 ten platforms last week.", "The regulator summoned ten platforms last week."),
    ("The regulator 约谈 Didi executives last week.", "The regulator summoned Didi executives last week."),
    ("Ten executives were 约谈 by the regulator last week.", "Ten executives were summoned by the regulator last week."),
    ("The regulator plans to 约谈 the food delivery platforms.", "The regulator plans to summon the food delivery platforms."),
    ("The regulator will 约谈 again.", "The regulator will summon for talks again."),
    # 引流
    ("Algorithms can 引流 millions of viewers to a single live stream.",
     "Algorithms can drive millions of viewers to a single live stream."),
    ("Viewers were 引流 by influencers to the store last year.", "Viewers were driven by influencers to the store last year."),
    # 带货
    ("The actor 带货 100 million yuan worth of cosmetics last year.",
     "The actor sold 100 million yuan worth of cosmetics last year."),
    ("The actor plans to 带货 again.", "The actor plans to sell products via livestream again."),
    # 停牌: the passive, and the phrase after a stock as subject
    ("The exchange 停牌 the stock on Monday.", "The exchange suspended the stock on Monday."),
    ("The stock was 停牌 by the exchange on Monday.", "The stock was suspended by the exchange on Monday."),
    ("Evergrande shares 停牌 on Monday.", "Evergrande shares halted trading on Monday."),
    # 募资
    ("The company plans to 募资 5 billion yuan in its IPO.", "The company plans to raise 5 billion yuan in its IPO."),
    ("The company plans to 募资 in Hong Kong.", "The company plans to raise funds in Hong Kong."),
    # 压价
    ("Big buyers 压价 suppliers last year.", "Big buyers squeezed suppliers last year."),
    ("Big buyers will 压价 again.", "Big buyers will drive down prices again."),
    # 护盘
    ("The state fund 护盘 A-shares last week.", "The state fund propped up A-shares last week."),
    # 行贿
    ("The developer 行贿 three officials last year.", "The developer bribed three officials last year."),
    ("Three officials were 行贿 by the developer last year.", "Three officials were bribed by the developer last year."),
    ("The developer admitted that it 行贿 in 2019.", "The developer admitted that it paid bribes in 2019."),
    # 挪用公款
    ("The official 挪用公款 10 million yuan last year.", "The official embezzled 10 million yuan last year."),
    # 减负
    ("The ministry wants to 减负 primary school students.", "The ministry wants to ease the burden on primary school students."),
    ("The ministry wants to 减负 for students.", "The ministry wants to ease the burden for students."),
    # 松绑
    ("Several cities have started to 松绑 home purchase rules.", "Several cities have started to ease home purchase rules."),
    ("The city will 松绑 further.", "The city will ease restrictions further."),
    # 入局
    ("Xiaomi 入局 the EV market in 2021.", "Xiaomi entered the EV market in 2021."),
    ("Xiaomi 入局 in 2021.", "Xiaomi entered the fray in 2021."),
    # 停产
    ("Apple 停产 the iPhone mini last year.", "Apple discontinued the iPhone mini last year."),
    ("The iPhone mini was 停产 by Apple last year.", "The iPhone mini was discontinued by Apple last year."),
    ("The plant will 停产 again.", "The plant will halt production again."),
    # 减产
    ("OPEC 减产 2 million barrels a day last year.", "OPEC cut 2 million barrels a day last year."),
    ("OPEC will 减产 again.", "OPEC will cut output again."),
    # 发力
    ("Alibaba has 发力 AI this year.", "Alibaba has stepped up efforts in AI this year."),
    ("Alibaba will 发力 again.", "Alibaba will step up efforts again."),
    # 化债
    ("Local governments must 化债 hidden debt of 10 trillion yuan.",
     "Local governments must resolve hidden debt of 10 trillion yuan."),
    ("Local governments must 化债 quickly.", "Local governments must resolve debt quickly."),
    # 蹭热度
    ("Brands rushed to 蹭热度 the scandal.", "Brands rushed to cash in on the scandal."),
    ("Brands rushed to 蹭热度 after the scandal.", "Brands rushed to cash in on the hype after the scandal."),
    # 霸榜
    ("The song 霸榜 Weibo's trending list last week.", "The song topped Weibo's trending list last week."),
    # 氪金
    ("Players 氪金 10,000 yuan on the game last year.", "Players spent 10,000 yuan on the game last year."),
    ("Players were encouraged to 氪金.", "Players were encouraged to spend money in games."),
    # 下单
    ("Customers 下单 a Model Y last week.", "Customers ordered a Model Y last week."),
    # 加仓, 减仓, 建仓: a stock's name as the object
    ("Funds 加仓 Moutai last quarter.", "Funds added to Moutai last quarter."),
    ("Funds 加仓 heavily last quarter.", "Funds added to positions heavily last quarter."),
    ("Funds 减仓 Tencent last quarter.", "Funds trimmed Tencent last quarter."),
    ("Funds 建仓 Alibaba last quarter.", "Funds built a position in Alibaba last quarter."),
    # 领跑
    ("BYD 领跑 the EV market last year.", "BYD led the EV market last year."),
    ("BYD continues to 领跑 in China.", "BYD continues to lead the pack in China."),
    # 造假
    ("The firm 造假 its sales data last year.", "The firm falsified its sales data last year."),
    # 抄底
    ("Retail investors 抄底 Chinese tech stocks last week.", "Retail investors bought the dip in Chinese tech stocks last week."),
    ("Retail investors rushed to 抄底 after the crash.", "Retail investors rushed to buy the dip after the crash."),
    # senses of wordplay terms
    ("The player was accused of trying to 放水 the final of the tournament.",
     "The player was accused of trying to throw the final of the tournament."),
    ("Speculators 割韭菜 retail investors last year.", "Speculators fleeced retail investors last year."),
    ("Officials 甩锅 the US for the crisis last week.", "Officials blamed the US for the crisis last week."),
    ("Officials 甩锅 again last week.", "Officials shifted the blame again last week."),
    ("Both sides must 履约 the contract.", "Both sides must honor the contract."),
    ("Regulators ordered the platform to 下线 the app within a week.",
     "Regulators ordered the platform to take down the app within a week."),
    ("The game was 下线 after users complained about gambling features.",
     "The game was taken down after users complained about gambling features."),
])
def test_object_takes_the_verb_no_object_the_phrase(text, expected):
    out = _glossary(text)
    assert out == expected
    assert _glossary(out) == out


@pytest.mark.parametrize("text", [
    # a phrase holding its own object still takes no second one: these stay reported
    "The central bank 降息 25 basis points last month.",
    "Tesla 降价 10% in China last week.",
])
def test_verbs_left_with_their_phrase_stay_reported_before_an_object(text):
    result = clean(text, lang="en", select=["cjk_glossary"])
    assert result.text == text
    assert any(f.pass_name == "cjk_glossary" for f in result.findings)
