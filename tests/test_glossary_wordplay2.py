"""A second pass of terms with another common sense (rules/glossary/concepts-wordplay.toml, after
the first pass): a literal sense behind a figurative one, a river behind a company, a team behind a
rocket, a district behind a sea. The words around the term choose the sense; with no cue near it, or cues for two senses,
the term stays, reported (cjk-sense-unclear).

The sentences are written for these tests, not taken from the table's own examples.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from cleaner import clean
from cleaner.glossary.table import senses_by_term
from cleaner.rules import default_rules
from helpers import chosen_sense, rendering_strings

# words, an elided article or pronoun apart (s'intensifier: intensifier)
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# (sentence, language, term, the sense the words around it give, or None)
CASES = [
    # 升温: tensions heating up, or the weather warming up
    ("After a week of frost, the weather began to 升温 on Sunday.", "en", "升温", "warm up (weather)"),
    ("The dispute over fishing rights continued to 升温.", "en", "升温", "heat up (tensions, competition)"),
    ("Die Temperaturen sollen am Wochenende deutlich 升温.", "de", "升温", "warm up (weather)"),
    ("Le conflit commercial continue de 升温.", "fr", "升温", "heat up (tensions, competition)"),
    ("It began to 升温.", "en", "升温", None),
    # 接盘: taking over assets, or buying at the top
    ("A local state-owned firm stepped in to 接盘 the stalled projects.", "en", "接盘", "take over (assets, a project)"),
    ("Speculators sold at the peak, and latecomers had to 接盘.", "en", "接盘", "buy at the top (be left holding the bag)"),
    ("Who will 接盘?", "en", "接盘", None),
    ("Am Ende mussten die Kleinanleger 接盘.", "de", "接盘", "buy at the top (be left holding the bag)"),
    # 躺枪: blamed for nothing, or hit by a stray bullet
    ("A shopkeeper 躺枪 when gunfire broke out on the street.", "en", "躺枪", "be hit by a stray bullet"),
    ("The singer 躺枪 after netizens confused her with another star.", "en", "躺枪", "get caught in the crossfire (slang)"),
    ("He 躺枪 again.", "en", "躺枪", "get caught in the crossfire (slang)"),
    # 剁手: splurging, or chopping off a hand
    ("The robber swung a knife and tried to 剁手.", "en", "剁手", "chop off a hand"),
    ("Millions of shoppers 剁手 during the discount season.", "en", "剁手", "splurge (slang)"),
    ("They 剁手 again.", "en", "剁手", None),
    # 薅羊毛: grabbing freebies, or shearing sheep
    ("Every May the shepherds 薅羊毛 and sell the fleece at the market.", "en", "薅羊毛", "shear sheep"),
    ("Students use several apps to 薅羊毛 from cashback offers.", "en", "薅羊毛", "grab freebies (slang)"),
    ("Les bergers 薅羊毛 au printemps avant de vendre la laine.", "fr", "薅羊毛", "shear sheep"),
    ("Everyone wants to 薅羊毛.", "en", "薅羊毛", "grab freebies (slang)"),
    ("Users flock to the app to 薅羊毛.", "en", "薅羊毛", "grab freebies (slang)"),
    # 背锅: taking the blame, or carrying a wok
    ("The cook had to 背锅 up the hill to the field kitchen.", "en", "背锅", "carry a wok"),
    ("Junior staff were forced to 背锅 for the scandal.", "en", "背锅", "take the blame (slang)"),
    ("Der Praktikant musste für die Fehler der Chefs 背锅.", "de", "背锅", "take the blame (slang)"),
    # no cue near the term: the table shows the figurative sense holds alone in news
    ("Nobody wants to 背锅.", "en", "背锅", "take the blame (slang)"),
    ("Personne ne veut 背锅.", "fr", "背锅", "take the blame (slang)"),
    # 亚马逊: the company, or the river and rainforest
    ("Indigenous tribes in the 亚马逊 are fighting illegal logging.", "en", "亚马逊", "the Amazon (river, rainforest)"),
    ("The 亚马逊 warehouse workers voted to unionise.", "en", "亚马逊", "Amazon (company)"),
    ("Die Abholzung im 亚马逊 hat zugenommen.", "de", "亚马逊", "the Amazon (river, rainforest)"),
    # 豆瓣: the review site, or broad bean paste
    ("Add two spoons of 豆瓣 to the hot wok.", "en", "豆瓣", "broad bean paste"),
    ("The drama has a rating of 9.2 on 豆瓣.", "en", "豆瓣", "Douban (review site)"),
    ("She likes 豆瓣.", "en", "豆瓣", None),
    # 毛利: gross profit, or Māori
    ("Quarterly 毛利 fell as sales slowed.", "en", "毛利", "gross profit"),
    ("Thousands joined a 毛利 march to Waitangi.", "en", "毛利", "Māori"),
    ("La 毛利 a reculé ce trimestre en raison des coûts.", "fr", "毛利", "gross profit"),
    # 火箭: a rocket, or the Houston Rockets
    ("The 火箭 lost to the Warriors in the playoffs.", "en", "火箭", "Houston Rockets (basketball team)"),
    ("The 火箭 put two satellites into orbit.", "en", "火箭", "rocket"),
    ("Die 火箭 brachte zwei Satelliten in die Umlaufbahn.", "de", "火箭", "rocket"),
    ("Everyone watched the 火箭.", "en", "火箭", None),
    # 领头羊: a front-runner, or the lead sheep
    ("The 领头羊 led the flock across the river.", "en", "领头羊", "bellwether (lead sheep)"),
    ("The carmaker is the 领头羊 of the electric vehicle market.", "en", "领头羊", "front-runner"),
    # 打通: connecting systems, or holing through a tunnel
    ("Crews 打通 the tunnel through the rock ahead of schedule.", "en", "打通", "hole through (a tunnel)"),
    ("The insurer wants to 打通 its payment systems with hospitals.", "en", "打通", "connect (systems, data)"),
    ("Les ouvriers ont fini de 打通 le tunnel sous la montagne.", "fr", "打通", "hole through (a tunnel)"),
    # no cue near the term: the table shows the usual sense holds alone in news
    ("The plan is to 打通 everything.", "en", "打通", "connect (systems, data)"),
    ("The app was 下架 on Friday.", "en", "下架", "take down (from a platform)"),
    # 托举: propping up the economy, or lifting a person up
    ("Two passers-by managed to 托举 the boy until help arrived.", "en", "托举", "lift up (a person)"),
    ("More stimulus is needed to 托举 consumption.", "en", "托举", "prop up (the economy, a market)"),
    ("Sie wollen die Konjunktur 托举.", "de", "托举", "prop up (the economy, a market)"),
    ("They tried to 托举 it.", "en", "托举", None),
    # 虎妈: a tiger mother, or a tigress
    ("Visitors queued to see the 虎妈 and her cubs at the zoo.", "en", "虎妈", "tigress (mother tiger)"),
    ("The 虎妈 signed her son up for tutoring every weekend.", "en", "虎妈", "tiger mother"),
    # 下架: taken down from a platform, or withdrawn from sale in shops
    ("Supermarkets across the country 下架 the recalled sausages.", "en", "下架", "withdraw from sale (in shops)"),
    ("The streaming service will 下架 the series next month.", "en", "下架", "take down (from a platform)"),
    ("Les supermarchés ont dû 下架 les lots contaminés.", "fr", "下架", "withdraw from sale (in shops)"),
    # 南海: the South China Sea, or a district of Foshan
    ("Furniture makers in Foshan's 南海 district cut prices.", "en", "南海", "Nanhai (district of Foshan)"),
    ("Coast guard ships patrolled the disputed shoal in the 南海.", "en", "南海", "the South China Sea"),
    ("Die Philippinen protestierten gegen Manöver im 南海.", "de", "南海", "the South China Sea"),
    # 近视: myopia, or short-sighted thinking
    ("Eye doctors say 近视 among students is rising fast.", "en", "近视", "myopia (eyesight)"),
    ("It was a 近视 decision that hurt exporters.", "en", "近视", "short-sighted (thinking)"),
    ("Une politique 近视 risque de coûter cher.", "fr", "近视", "short-sighted (thinking)"),
    ("Les élèves souffrent de plus en plus de 近视.", "fr", "近视", "myopia (eyesight)"),
    # cues for two senses near the term: no sense wins clearly
    ("The celebrity 躺枪 in the shootout.", "en", "躺枪", None),
    ("The shepherds 薅羊毛 with coupons.", "en", "薅羊毛", None),
]


@pytest.mark.parametrize("text,lang,zh,sense", CASES, ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_the_words_around_choose_the_sense(text, lang, zh, sense):
    assert chosen_sense(text, lang, zh) == sense


@pytest.mark.parametrize("text,lang,zh", [c[:3] for c in CASES if c[3] is None],
                         ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES) if c[3] is None])
def test_an_unclear_sense_leaves_the_term_with_a_finding(text, lang, zh):
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    assert result.text == text
    assert "cjk-sense-unclear" in [f.rule for f in result.findings]


@pytest.mark.parametrize("text,lang,literal", [
    ("Forecasters said temperatures would 升温 by ten degrees.", "en", "warm"),
    ("Herders 薅羊毛 in the pastures every spring.", "en", "shear"),
    ("A passer-by 躺枪 in the shootout.", "en", "stray bullet"),
])
def test_a_literal_sentence_never_gets_the_figurative_rendering(text, lang, literal):
    """Through the pass: the table's figurative rendering never lands in a literal sentence; the
    term gets the literal one or stays, reported."""
    group = senses_by_term(default_rules().get("cjk_glossary"))[_term(text)]
    figurative = next(c for c in group if c.prior > 0)
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    added = result.text.lower()
    for form in _forms(figurative.rendering(lang)):
        assert form.lower() not in added or form.lower() in text.lower(), (result.text, form)
    assert result.text == text or literal in added


def _term(text: str) -> str:
    return next(zh for zh in ("升温", "薅羊毛", "躺枪") if zh in text)


def _forms(value) -> list[str]:
    """The multi-word or longer strings held by a parsed rendering (its forms)."""
    if isinstance(value, str):
        return [value] if " " in value or len(value) > 3 else []
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _forms(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _forms(v)]
    return []


@pytest.mark.parametrize("text,lang,zh,sense", [c for c in CASES if c[3] is not None],
                         ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES) if c[3] is not None])
def test_what_the_pass_writes_is_a_rendering_of_the_chosen_sense(text, lang, zh, sense):
    """Through the pass: where the sense is clear the term is not reported as unclear, and what it
    writes, where it writes, has words of that sense's rendering and none of the other senses' own."""
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    assert "cjk-sense-unclear" not in [f.rule for f in result.findings]
    if result.text == text:
        return
    group = senses_by_term(default_rules().get("cjk_glossary"))[zh]
    added = set(_WORDS.findall(result.text.lower())) - set(_WORDS.findall(text.lower()))
    words = {c.sense: {w for t in rendering_strings(c.rendering(lang)) for w in _WORDS.findall(t.lower())} for c in group}
    ours = words[sense]
    others = set().union(*(w for s, w in words.items() if s != sense)) - ours
    assert added & ours, (result.text, ours)
    assert not added & others, (result.text, added & others)
