"""Figurative, slang and brand terms whose characters also have an ordinary sense
(rules/glossary/concepts-wordplay.toml): the words around the term choose the sense, and a term
whose sentence does not say which sense is meant stays, reported (cjk-sense-unclear).

The sentences are written for these tests, not taken from the table's own examples.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.glossary.table import senses_by_term
from cleaner.rules import builtin_rules_dir, default_rules
from helpers import chosen_sense, rendering_strings

_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
WORDPLAY = builtin_rules_dir() / "glossary" / "concepts-wordplay.toml"

# (sentence, language, term, the sense the words around it give: a label of the table, or None
# when nothing near the term says which sense is meant, or both senses are named)
CASES = [
    # 粉丝: fans, or glass noodles
    ("The cook soaked the 粉丝 in warm water before adding them to the soup.", "en", "粉丝", "glass noodles"),
    ("The band's 粉丝 queued all night for concert tickets.", "en", "粉丝", "fans"),
    ("He said the 粉丝 were fine.", "en", "粉丝", None),
    ("Der Koch gab die 粉丝 zuletzt in die Suppe.", "de", "粉丝", "glass noodles"),
    ("Die 粉丝 jubelten beim Konzert der Sängerin.", "de", "粉丝", "fans"),
    # 龙头: an industry leader, a tap, a dragon's head
    ("A plumber fixed the leaking 龙头 in the bathroom.", "en", "龙头", "tap (faucet)"),
    ("Investors bought shares of the 龙头 in the solar sector.", "en", "龙头", "industry leader"),
    ("Everyone looked at the 龙头.", "en", "龙头", None),
    ("Le plombier a réparé le 龙头 de la cuisine.", "fr", "龙头", "tap (faucet)"),
    ("Les actions du 龙头 du secteur ont bondi.", "fr", "龙头", "industry leader"),
    # 出口: exports, or an exit
    ("Firefighters said the emergency 出口 of the mall was locked.", "en", "出口", "exit"),
    ("Higher tariffs hit 出口 of steel.", "en", "出口", "exports"),
    ("Die Fahrgäste drängten sich am 出口 der U-Bahn.", "de", "出口", "exit"),
    # 落马: an official's fall, or a fall from a horse
    ("The polo player 落马 and was taken to hospital.", "en", "落马", "fall off a horse"),
    ("A provincial party secretary was the latest official to 落马 in the anti-corruption drive.",
     "en", "落马", "fall from power"),
    ("He 落马 last year.", "en", "落马", None),
    ("Le maire est le dernier responsable à 落马 dans la lutte contre la corruption.", "fr", "落马", "fall from power"),
    # 翻车: a stunt that backfires, or a vehicle that overturns
    ("A tractor 翻车 on a narrow road, injuring its driver.", "en", "翻车", "overturn (vehicle)"),
    ("The brand's ad campaign 翻车 after users called it sexist.", "en", "翻车", "backfire (slang)"),
    ("It 翻车 again.", "en", "翻车", None),
    ("Ein Lkw 翻车 auf der Autobahn bei Nanjing.", "de", "翻车", "overturn (vehicle)"),
    # 摸鱼: slacking off, or catching fish by hand
    ("Kids used nets to 摸鱼 in the muddy pond.", "en", "摸鱼", "catch fish by hand"),
    ("Staff who 摸鱼 during working hours may lose their bonus.", "en", "摸鱼", "slack off (slang)"),
    ("They like to 摸鱼.", "en", "摸鱼", None),
    ("Les employés qui 摸鱼 au bureau risquent un avertissement du patron.", "fr", "摸鱼", "slack off (slang)"),
    # 放水: monetary easing, releasing water, throwing a game
    ("Operators of the reservoir will 放水 to lower the water level.", "en", "放水", "release water"),
    ("Markets expect the central bank to 放水 again before the holiday.", "en", "放水", "monetary easing"),
    ("The coach denied that his team would 放水 in the final match.", "en", "放水", "throw a game"),
    ("They decided to 放水.", "en", "放水", None),
    ("Am Staudamm wird ab Montag 放水.", "de", "放水", "release water"),
    # 字节: ByteDance, or a byte
    ("A UTF-8 character may need up to four 字节.", "en", "字节", "byte"),
    ("TikTok's owner 字节 said it would appeal the ruling.", "en", "字节", "ByteDance"),
    ("We talked about 字节 yesterday.", "en", "字节", None),
    # 水军: paid commenters, or a navy of history
    ("Ming 水军 guarded the mouth of the river against raiders.", "en", "水军", "navy (history)"),
    ("The company denied paying 水军 to post fake comments.", "en", "水军", "paid online commenters"),
    ("The 水军 were everywhere.", "en", "水军", None),
    # 护城河: a competitive moat, or the moat of a city (English says "moat" for both)
    ("Ice skaters glided on the frozen 护城河 outside the palace walls.", "en", "护城河", "city moat"),
    ("Analysts doubt that patents give the chipmaker a real 护城河 against rivals.", "en", "护城河", "competitive moat"),
    ("Les touristes font le tour de la Cité interdite en bateau sur le 护城河.", "fr", "护城河", "city moat"),
    # 团长: a group-buying organizer, a regimental commander, the head of a delegation
    ("The 团长 ordered his battalion to retreat.", "en", "团长", "regimental commander"),
    ("The 团长 of the trade delegation met the minister on Monday.", "en", "团长", "head of a delegation"),
    ("The 团长 of our group-buying chat collects the neighbours' orders every morning.",
     "en", "团长", "group-buying organizer"),
    ("The 团长 smiled.", "en", "团长", None),
    # 宝马: BMW, or a fine steed (a car word near the term says it is no steed)
    ("She bought a 宝马 last year.", "en", "宝马", "BMW"),
    ("宝马 plans to build more electric cars in China.", "en", "宝马", "BMW"),
    ("The legendary warrior rode his 宝马 into battle.", "en", "宝马", "fine steed"),
    # 头部: leading players, or the head of the body
    ("A cyclist suffered 头部 trauma after being hit by a car.", "en", "头部", "head (body)"),
    ("The 头部 platforms control most of the livestream market.", "en", "头部", "leading (players)"),
    # 山寨: a knockoff, a mountain village, a bandits' stronghold
    ("Police seized thousands of 山寨 sneakers with fake logos.", "en", "山寨", "knockoff"),
    ("The 山寨 of the Miao people sits on a hillside above the river.", "en", "山寨", "mountain village"),
    # 踩雷: getting burned, or stepping on a landmine
    ("A shepherd 踩雷 near the border and lost a leg.", "en", "踩雷", "step on a landmine"),
    ("Investors who bought the developer's bonds 踩雷 again.", "en", "踩雷", "get burned (slang)"),
    # 凡尔赛: humblebragging, or Versailles
    ("Louis XIV moved his court to 凡尔赛 in 1682.", "en", "凡尔赛", "Versailles"),
    ("Her post about being too rich to be happy was pure 凡尔赛, netizens said.", "en", "凡尔赛", "humblebragging (slang)"),
    ("That is 凡尔赛.", "en", "凡尔赛", None),
    # 上市: going public, or a product coming on the market
    ("The startup hopes to 上市 on the Nasdaq next year.", "en", "上市", "go public"),
    ("The new smartphone will 上市 in June at a lower price.", "en", "上市", "come on the market (a product)"),
    ("Das neue Modell soll im Juni zu einem niedrigeren Preis 上市.", "de", "上市", "come on the market (a product)"),
    # 秒杀: a flash sale, or crushing a rival
    ("The 秒杀 on Taobao offered discounts of up to 70%.", "en", "秒杀", "flash sale"),
    ("The world number one was expected to 秒杀 her opponent.", "en", "秒杀", "crush (a rival)"),
    # 躺平: opting out (French renders it otherwise than lying down on a bed)
    ("Les médecins ont demandé au patient de 躺平 sur le lit.", "fr", "躺平", "lie flat (physically)"),
    ("Beaucoup de jeunes préfèrent 躺平 plutôt que de chercher une promotion.", "fr", "躺平", "lying flat (opting out)"),
    # 甩锅: shifting the blame, or tossing the wok
    ("The chef showed the students how to 甩锅 without spilling the rice.", "en", "甩锅", "toss the wok"),
    ("Officials were accused of trying to 甩锅 after the bridge collapsed.", "en", "甩锅", "shift the blame"),
    # cues for two senses near the term: no sense wins clearly
    ("The office workers drained the pond to 摸鱼 while the boss was away.", "en", "摸鱼", None),
    # ... unless the slot settles it: what is cooked is a thing, not people
    ("Fans of the idol cooked 粉丝 in a hot pot after the concert.", "en", "粉丝", "glass noodles"),
    ("Die Fans kochten die 粉丝 mit Knoblauch in der Suppe nach dem Konzert der Sängerin.", "de", "粉丝",
     "glass noodles"),
    ("Fans of the idol said the 粉丝 in the hot pot were good after the concert.", "en", "粉丝", None),
]


def _groups():
    return senses_by_term(default_rules().get("cjk_glossary"))


@pytest.mark.parametrize("text,lang,zh,sense", CASES, ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_the_words_around_choose_the_sense(text, lang, zh, sense):
    assert chosen_sense(text, lang, zh) == sense


@pytest.mark.parametrize("text,lang,zh", [c[:3] for c in CASES if c[3] is None],
                         ids=[f"{c[2]}-{c[1]}" for c in CASES if c[3] is None])
def test_an_unclear_sense_leaves_the_term_with_a_finding(text, lang, zh):
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    assert result.text == text
    assert "cjk-sense-unclear" in [f.rule for f in result.findings]


def _rendering_words(group, sense: str, lang: str) -> set[str]:
    """The words of the renderings of ``sense`` in ``lang`` (any form)."""
    concept = next(c for c in group if c.sense == sense)
    return {w for text in rendering_strings(concept.rendering(lang)) for w in _WORDS.findall(text.lower())}


@pytest.mark.parametrize("text,lang,zh,sense", [c for c in CASES if c[3] is not None],
                         ids=[f"{c[2]}-{c[1]}" for c in CASES if c[3] is not None])
def test_a_chosen_sense_is_what_the_pass_writes(text, lang, zh, sense):
    """Through the pass: the term is never reported as unclear where its sense is clear, and what
    it writes, where it writes, is a rendering of that sense, not of another."""
    result = clean(text, lang=lang, select=["cjk_glossary"], rules=default_rules())
    assert "cjk-sense-unclear" not in [f.rule for f in result.findings]
    if result.text != text:
        group = _groups()[zh]
        added = set(_WORDS.findall(result.text.lower())) - set(_WORDS.findall(text.lower()))
        ours = _rendering_words(group, sense, lang)
        assert added & ours, (result.text, ours)


def _entries() -> list[dict]:
    return tomllib.loads(WORDPLAY.read_text(encoding="utf-8"))["concept"]


def test_the_file_loads_and_every_term_has_several_senses():
    entries = _entries()
    counts = Counter(e["zh"] for e in entries)
    assert len(counts) >= 60
    assert [zh for zh, n in counts.items() if n < 2] == []
    groups = _groups()
    for zh in counts:
        # the labelled senses of this file are what the loaded table has for the term: they replace
        # the plain entry of the earlier concept file
        assert {c.sense for c in groups[zh]} == {e["sense"] for e in entries if e["zh"] == zh}, zh
        assert all(c.origin.endswith("concepts-wordplay.toml") for c in groups[zh]), zh


def test_every_sense_has_examples_counter_examples_cues_and_one_prior():
    by_term: dict[str, list[dict]] = {}
    for e in _entries():
        by_term.setdefault(e["zh"], []).append(e)
        assert e.get("examples") and e.get("counter") and e.get("cues"), (e["zh"], e["sense"])
    for zh, group in by_term.items():
        assert sum("prior" in e for e in group) == 1, zh


NEUTRAL = {
    "en": "They talked about {} yesterday.",
    "de": "Sie sprachen gestern über {}.",
    "fr": "Ils ont parlé de {} hier.",
}


@pytest.mark.parametrize("lang", sorted(NEUTRAL))
def test_with_no_cue_near_the_term_no_sense_is_guessed(lang):
    """A sentence that says nothing of the sense leaves every term of the file unchosen, save where
    the table shows that the usual sense holds alone (one of its examples has no cue near the
    term): then that sense, the one with the prior."""
    groups = _groups()
    for zh in {e["zh"] for e in _entries()}:
        group = groups[zh]
        text = NEUTRAL[lang].format(zh)
        chosen = senses.choose(group, text, *senses.locate({zh}, text), lang)
        if senses.prior_holds_alone(tuple(group)):
            assert chosen is None or chosen.prior > 0, (zh, chosen.sense)
        else:
            assert chosen is None, (zh, chosen.sense)
