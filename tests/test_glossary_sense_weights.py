"""Sense cues weighed by distance and syntax: the words of sense between a cue and the term count
(function words do not), a word right next to the term counts most, a cue in another clause
counts less, and a sentence that speaks strongly of two senses leaves the term reported.

The sentences are written for these tests, not taken from the glossary bench."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.glossary.table import senses_by_term
from cleaner.rules import default_rules, load_rules


def _weights(sentence: str, term: str, lang: str = "en") -> dict[str, float]:
    start = sentence.index(term)
    win = senses._window(sentence, start, start + len(term), lang)
    out = dict(zip(win.before, win.before_reach))
    out.update(zip(win.after, win.after_reach))
    return out


# --- the weights ---------------------------------------------------------------------------------

def test_function_words_do_not_count_in_the_distance():
    w = _weights("The probe landed on the 月之暗面 in January.", "月之暗面")
    # "landed" is the nearest word of sense before the term: its verb
    assert w["landed"] == senses.DIRECT
    # "January" is the nearest after it, "in" standing between
    assert w["January"] == senses.DIRECT
    # the same number of raw words, all of sense, puts "probe" further away than "landed"
    assert w["probe"] < w["landed"]


def test_a_word_right_next_to_the_term_counts_most():
    w = _weights("A charitable 基金 pays for libraries.", "基金")
    assert w["charitable"] == senses.COMPOUND > senses.DIRECT
    assert w["pays"] == senses.COMPOUND
    # function words between: the nearest word of sense (its verb), not the term's own noun phrase
    assert _weights("Money goes to the 基金 of the city.", "基金")["goes"] == senses.DIRECT


def test_a_word_that_opens_a_clause_counts_like_a_comma():
    plain = _weights("Drivers praised the new 赛道 layout.", "赛道")
    across = _weights("Drivers praised it but the new 赛道 layout was late.", "赛道")
    assert across["Drivers"] < plain["Drivers"]
    assert across["praised"] == pytest.approx(senses.reach(2) * senses.ACROSS)
    # after the term: the clause word and what follows it lie in the next clause
    after = _weights("The 赛道 reopened because drivers complained.", "赛道")
    assert after["drivers"] == pytest.approx(senses.reach(2) * senses.ACROSS)


def test_every_clause_break_counts():
    w = _weights("Investors, bankers, and brokers all said the 赛道 was full.", "赛道")
    assert w["brokers"] > w["bankers"] > w["Investors"]


def test_the_window_holds_five_words_of_sense_and_completes_a_phrase_begun_in_it():
    s = "The 基金 set up by the local steel company pays school fees for pupils."
    w = _weights(s, "基金")
    # set, local, steel, company, pays: five words of sense; "school" is the sixth
    assert w["pays"] > 0
    assert w.get("school", 0.0) == 0.0
    s2 = "The 基金 set up by the steel company pays school fees for pupils."
    w2 = _weights(s2, "基金")
    assert w2["school"] > 0 and w2["fees"] == 0.0  # "school fees" may still match from "school"


# --- made-up terms (not in the built-in table) ------------------------------------------------------

_TWO = '''
[[concept]]
zh = "鹭桥"
sense = "the bridge"
prior = 1.5
en = "n heron bridge"
cues = ["river:3", "traffic:2", "commuters:2"]
examples = ["Commuters crossed the 鹭桥 over the river."]

[[concept]]
zh = "鹭桥"
sense = "the card game"
en = "u heron bridge card game"
cues = ["players:3", "cards:3", "dealer:3"]
examples = ["The dealer shuffled the cards for the 鹭桥."]
'''


def _rules(tmp_path, body: str):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True, exist_ok=True)
    (d / "concepts-user.toml").write_text(body, encoding="utf-8")
    return load_rules(tmp_path / "rules")


def _findings(text: str, rules) -> list[str]:
    return [f.rule for f in clean(text, lang="en", select=["cjk_glossary"], rules=rules).findings]


def test_strong_evidence_for_two_senses_leaves_the_term_reported(tmp_path):
    rules = _rules(tmp_path, _TWO)
    # cards and a dealer (the game) against a river and commuters (the bridge): both strong
    text = "The dealer laid out cards on the 鹭桥 over the river for the commuters."
    assert clean(text, lang="en", select=["cjk_glossary"], rules=rules).text == text
    assert _findings(text, rules) == ["cjk-sense-unclear"]


def test_the_sense_of_the_near_words_wins_over_a_weaker_one_further_away(tmp_path):
    rules = _rules(tmp_path, _TWO)
    # the players and cards of the term's own clause; one commuter in another clause
    text = "Players drew cards for the 鹭桥, and a commuter watched."
    assert "heron bridge card game" in clean(text, lang="en", select=["cjk_glossary"], rules=rules).text


def test_a_cue_past_the_window_is_no_evidence(tmp_path):
    rules = _rules(tmp_path, _TWO)
    # "river" is the sixth word of sense after the term
    text = "Nobody mentioned the 鹭桥 at the long annual town meeting near the river."
    assert _findings(text, rules) == ["cjk-sense-unclear"]


# --- the built-in table, decoy words of the other sense near -----------------------------------------

def _choice(text: str, zh: str, lang: str = "en"):
    group = senses_by_term(default_rules().get("cjk_glossary"))[zh]
    chosen = senses.choose(group, text, *senses.locate({zh}, text), lang)
    return None if chosen is None else chosen.sense


CLEAR = [
    ("Our flight from Urumqi is due to 落地 at Shenzhen airport around midnight.", "落地", "land (aircraft)"),
    ("Local officials say the new housing subsidies will 落地 by March.", "落地", "take effect / be implemented"),
    ("Vegetable growers said their 韭菜 had frozen in the greenhouses.", "韭菜", "chives"),
    ("Brokers keep luring naive 韭菜 into speculative IPOs.", "韭菜", "retail investors (slang)"),
    ("The croupier 洗牌 and dealt the cards for the next hand.", "洗牌", "shuffle cards"),
    ("Falling prices will 洗牌 the solar industry, leaving only a few big makers.", "洗牌",
     "shake-up (of an industry)"),
    ("Accountants sign up for weekend seminars to 充电 and earn new qualifications.", "充电", "upskill"),
    ("Drivers queued to 充电 their EVs at the motorway service area.", "充电", "charge (a battery)"),
    ("Swarms of 蚂蚁 crawled over the picnic table in the forest.", "蚂蚁", "ants"),
    ("Regulators told 蚂蚁 to shrink its consumer loans and wealth management arms.", "蚂蚁", "Ant Group"),
    ("The skiers inspected the icy downhill 赛道 before the race.", "赛道", "course (skiing, running, cycling)"),
    ("Mechanics changed the tyres in the pit lane next to the 赛道.", "赛道", "race track"),
    ("Venture capital keeps flowing into the crowded drone 赛道.", "赛道", "market segment"),
    ("The charitable 基金 of the retired banker pays for rural libraries.", "基金", "charitable foundation"),
    ("Investors pulled out of the 基金 after two years of losses.", "基金", "investment fund"),
    ("Fans are tired of 流量 idols who cannot act.", "流量", "popular (celebrity)"),
    ("Her phone 流量 ran out before the end of the month.", "流量", "mobile data"),
    ("Orchard owners say their 苹果 are rotting on the trees.", "苹果", "apple (fruit)"),
    ("Customers can pay with 苹果 devices at every checkout.", "苹果", "Apple (company)"),
    ("Cash-strapped councils want more 开源 and less spending.", "开源", "raise revenue"),
    ("Developers praised the 开源 licence of the new model.", "开源", "open source"),
]


@pytest.mark.parametrize("text,zh,sense", CLEAR)
def test_the_near_words_choose_the_sense(text, zh, sense):
    assert _choice(text, zh) == sense


DECOYS = [
    # a word of the other sense in another clause or further away: the right sense or a finding
    ("Investors toured the circuit, and the 赛道 hosted a Formula One race that weekend.", "赛道", "race track"),
    ("The fund manager's charitable 基金 gives scholarships to orphans.", "基金", "charitable foundation"),
    ("Although the airline's shares fell, the new visa policy will 落地 next month.", "落地",
     "take effect / be implemented"),
    ("Stock traders from the city bought 韭菜 and pork for dumplings at the market.", "韭菜", "chives"),
    ("Battery makers sponsor night classes where technicians 充电 by learning new skills.", "充电", "upskill"),
    ("Ants chewed through the cables after the pest control firm sprayed, but 蚂蚁 said its payments ran normally.",
     "蚂蚁", "Ant Group"),
]


@pytest.mark.parametrize("text,zh,sense", DECOYS)
def test_a_decoy_word_does_not_choose_the_wrong_sense(text, zh, sense):
    assert _choice(text, zh) in (None, sense)


def test_the_usual_sense_still_holds_alone_where_the_table_shows_it():
    group = tuple(senses_by_term(default_rules().get("cjk_glossary"))["赛道"])
    assert senses.prior_holds_alone(group)
    assert "sector" in clean("They put all their money into one赛道.", lang="en", select=["cjk_glossary"]).text


def test_the_parts_of_a_hyphenated_name_stand_where_the_name_stands():
    w = _weights("The Chang'e-6 lander touched down on the 月之暗面.", "月之暗面")
    assert w["Chang'e"] == w["Chang'e-6"] == senses.reach(3)


def test_a_french_or_german_cue_that_is_also_an_english_word_counts_only_in_its_language():
    # French "aide" (help) is a cue of the charity; the English "aide" (an assistant) is not
    assert _choice("The minister's aide praised the 基金.", "基金") == "investment fund"
    assert _choice("Le 基金 apporte une aide aux orphelins.", "基金", "fr") == "charitable foundation"
