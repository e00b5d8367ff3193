"""The slot as evidence for a sense: a company acts (a bare subject of a verb of business), a
thing is grown or eaten (the object of a verb of farming or cooking), an adjective follows a degree
word ("far from", "very") or a copula before "for", a verb follows a modal or "trying to", someone
is asked to act or does so ("who"). Each sign adds to the senses of the kind it calls for and takes
from the others, a sense it argues against is never chosen, and with no sign and no cue the term
stays with a finding.

The sentences are written for these tests, not taken from the glossary sets."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.glossary.table import senses_by_term
from cleaner.rules import load_rules


def run(text: str, lang: str = "en", rules=None):
    return clean(text, lang=lang, select=["cjk_glossary"], rules=rules)


def out(text: str, lang: str = "en", rules=None) -> str:
    return run(text, lang, rules).text


def rule_ids(text: str, lang: str = "en", rules=None) -> list[str]:
    return [f.rule for f in run(text, lang, rules).findings]


def sense_of(text: str, term: str, lang: str = "en", rules=None) -> str | None:
    """The sense chosen for ``term`` (None: no sense wins), whatever form the slot then takes."""
    group = senses_by_term((rules or load_rules()).get("cjk_glossary"))[term]
    start = text.index(term)
    chosen = senses.choose(group, text, start, start + len(term), lang)
    return chosen.sense if chosen is not None else None


def _rules(tmp_path, body: str):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True, exist_ok=True)
    (d / "concepts-user.toml").write_text(body, encoding="utf-8")
    return load_rules(tmp_path / "rules")


# Made-up terms whose senses have no cues at all: only the slot can tell them apart.
_TABLE = '''
[[concept]]
zh = "桃岭"
sense = "the company"
domain = ["business"]
en = "p Peachridge"
de = "p Peachridge"
fr = "p Peachridge"
examples = ["桃岭 unveiled a new store in Beijing."]

[[concept]]
zh = "桃岭"
sense = "the grain"
en = "u hill millet"
de = "f Berghirse"
fr = "m millet des collines"
examples = ["Villagers grow 桃岭 on the terraces."]

[[concept]]
zh = "梨台"
sense = "the carmaker"
domain = ["auto"]
en = "p Pear Terrace"
de = "p Pear Terrace"
fr = "p Pear Terrace"
examples = ["梨台 delivered 3,000 cars in May."]

[[concept]]
zh = "梨台"
sense = "splendid"
en = "a splendid"
de = "a großartig"
fr = "a splendide"
examples = ["The weather was far from 梨台 on the first day."]

[[concept]]
zh = "柳门"
sense = "the brand"
domain = ["business"]
en = "p Willowgate"
de = "p Willowgate"
fr = "p Willowgate"
examples = ["柳门 opened its first store in Paris."]

[[concept]]
zh = "柳门"
sense = "expand abroad"
en = "v expand abroad"
de = "v ins Ausland expandieren/expandiert/expandierte/expandiert"
fr = "v se développer à l'étranger"
examples = ["The chain would 柳门 next year."]

[[concept]]
zh = "菜园"
sense = "small investors"
en = "pl small investors"
de = "pl Kleinsparer"
fr = "pl m petits porteurs"
examples = ["Complaints came from 菜园 who had lost money."]

[[concept]]
zh = "菜园"
sense = "leek greens"
en = "u leek greens"
de = "n Lauchgrün"
fr = "m vert de poireau"
examples = ["Cooks fried 菜园 with eggs."]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return _rules(tmp_path_factory.mktemp("syntax"), _TABLE)


# --- a company acts -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,present", [
    ("桃岭 unveiled a new store in Beijing.", "en", "Peachridge unveiled"),
    ("Shoppers cheered when 桃岭 announced lower prices.", "en", "when Peachridge announced"),
    ("桃岭 also cut prices in Shanghai.", "en", "Peachridge also cut"),
    ("梨台 delivered 3,000 cars in May.", "en", "Pear Terrace delivered"),
    ("桃岭 meldete am Montag höhere Umsätze.", "de", "Peachridge meldete"),
    ("桃岭 a annoncé de nouveaux magasins à Lyon.", "fr", "Peachridge a annoncé"),
])
def test_a_bare_subject_of_a_verb_of_business_is_the_company(rules, text, lang, present):
    assert present in out(text, lang, rules)


def test_a_possessive_s_is_a_name(rules):
    assert "Peachridge's" in out("桃岭's new store opened on Monday.", rules=rules)


@pytest.mark.parametrize("text,sense", [
    ("Engineers at 桃岭 designed the new checkout.", "the company"),
    ("She joined 桃岭 in 2019 as a buyer.", "the company"),
    ("He has worked for 桃岭 since he left school.", "the company"),
    # "looked at" is no workplace: no sign, no evidence
    ("Children looked at 桃岭 on the table.", None),
])
def test_where_people_work_is_a_name(rules, text, sense):
    assert sense_of(text, "桃岭", rules=rules) == sense


@pytest.mark.parametrize("text,lang,sense", [
    ("Investors hold shares of 桃岭 and other retailers.", "en", "the company"),
    ("A state fund invested in 桃岭 in 2023.", "en", "the company"),
    ("The city sued 桃岭 over unpaid taxes.", "en", "the company"),
    ("Les actions de 桃岭 ont bondi lundi.", "fr", "the company"),
    ("Die Aktien von 桃岭 stiegen am Montag.", "de", "the company"),
    # names stand beside names, not after the sentence's first word
    ("Retailers such as Walmart and 桃岭 cut prices.", "en", "the company"),
    ("Shoppers compared 桃岭 and Carrefour on price.", "en", "the company"),
    ("Chez Carrefour et 桃岭, les prix baissent.", "fr", "the company"),
    ("Bananas and 桃岭 are cheap this year.", "en", None),
])
def test_a_stake_in_a_company_or_a_name_beside_it(rules, text, lang, sense):
    assert sense_of(text, "桃岭", lang, rules) == sense


# --- a thing is grown, harvested, cooked or eaten -----------------------------------------------

@pytest.mark.parametrize("text,lang,present", [
    ("Villagers grow 桃岭 on the terraces.", "en", "grow hill millet"),
    ("The women harvested their 桃岭 before the rain.", "en", "harvested their hill millet"),
    ("Cooks fried 菜园 with eggs.", "en", "fried leek greens"),
    ("Les paysans cultivent du 桃岭 dans la vallée.", "fr", "millet des collines"),
    ("Die Bauern ernten die 桃岭 im September.", "de", "Berghirse"),
])
def test_the_object_of_a_verb_of_farming_or_eating_is_a_thing(rules, text, lang, present):
    result = out(text, lang, rules)
    assert present in result and "Peachridge" not in result


# --- an adjective, a verb, someone who acts -----------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The weather was far from 梨台 on the first day.", "en"),
    ("Conditions were very 梨台 for the harvest.", "en"),
    ("The new roads were 梨台 for cyclists.", "en"),
    ("Die Bedingungen waren alles andere als 梨台.", "de"),
    ("Die Straßen sind sehr 梨台 für Radfahrer.", "de"),
    ("Le temps était loin d'être 梨台 ce jour-là.", "fr"),
    ("Les routes sont très 梨台 pour les cyclistes.", "fr"),
    ("The new roads seem 梨台 to most drivers.", "en"),
    ("The roads are not 梨台, the drivers said.", "en"),
    ("Die Straßen sind nicht 梨台, sagen die Fahrer.", "de"),
])
def test_a_degree_word_or_a_copula_before_for_calls_for_an_adjective(rules, text, lang):
    assert sense_of(text, "梨台", lang, rules) == "splendid"


def test_the_adjective_is_written_where_the_slot_reads_it(rules):
    result = out("Conditions were very 梨台 for the harvest.", rules=rules)
    assert "very splendid" in result and "Pear Terrace" not in result


@pytest.mark.parametrize("text,lang,present", [
    ("The chain would 柳门 next year.", "en", "would expand abroad"),
    ("Tea chains are trying to 柳门 as sales at home slow.", "en", "trying to expand abroad"),
    ("Les chaînes veulent 柳门 rapidement.", "fr", "développer à l'étranger"),
    ("The chain raised money in order to 柳门 next year.", "en", "expand abroad"),
])
def test_a_modal_or_a_verb_taking_to_calls_for_a_verb(rules, text, lang, present):
    result = out(text, lang, rules)
    assert present in result and "Willowgate" not in result


@pytest.mark.parametrize("text,lang,sense", [
    # German: the end of a clause a modal or "um ... zu" opened holds its verb
    ("Die Kette will im nächsten Jahr 柳门, sagte der Chef.", "de", "expand abroad"),
    ("Die Kette sammelt Geld, um im nächsten Jahr zu 柳门.", "de", "expand abroad"),
    # ... not after a preposition: "mit 柳门" is the brand, or nothing
    ("Die Kette will mit 柳门 zusammenarbeiten.", "de", None),
    # French: the auxiliary of the perfect, not "il y a"
    ("La chaîne a 柳门 l'an dernier.", "fr", "expand abroad"),
    ("Il y a 柳门 dans la rue.", "fr", None),
])
def test_a_verb_at_the_end_of_a_german_clause_or_after_a_french_auxiliary(rules, text, lang, sense):
    assert sense_of(text, "柳门", lang, rules) == sense


@pytest.mark.parametrize("text,present", [
    ("Complaints came from 菜园 who had lost money.", "small investors who"),
    ("The forum asked 菜园 to share their losses.", "asked small investors to"),
])
def test_someone_who_acts_or_is_asked_to_is_a_person(rules, text, present):
    assert present in out(text, rules=rules)


# --- decoys and no evidence ---------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    # two signs that call for different senses: the term stays
    ("They grew 桃岭's business in five years.", "en"),
    ("The office is far from 梨台's new factory.", "en"),
    # no sign and no cue: no evidence, no choice
    ("Nobody mentioned 桃岭 at the meeting.", "en"),
    ("They talked about 梨台 on the train.", "en"),
    ("Il a parlé de 柳门 hier.", "fr"),
    ("Niemand sprach gestern über 桃岭.", "de"),
])
def test_signs_that_disagree_or_no_sign_leave_a_finding(rules, text, lang):
    assert out(text, lang, rules) == text
    assert "cjk-sense-unclear" in rule_ids(text, lang, rules)


def test_a_sense_a_sign_argues_against_is_never_chosen(rules):
    # a verb of business after a modal: the verb sign argues against the brand, the brand has no
    # sign of its own that outweighs it
    assert "Willowgate" not in out("Analysts expect the chain would 柳门 soon.", rules=rules)
    # a degree word before a name with strong cues of its own would not make it the adjective:
    # nothing is chosen against the sign
    group = senses_by_term(load_rules().get("cjk_glossary"))["理想"]
    text = "The electric SUVs were very 理想 for long trips, the carmaker said."
    start = text.index("理想")
    chosen = senses.choose(group, text, start, start + 2)
    assert chosen is None or chosen.sense == "ideal"


def test_the_middle_of_a_noun_phrase_or_a_determiner_is_no_sign(rules):
    # "grow" does not reach across another noun, a modal does not reach across an adverb
    assert "cjk-sense-unclear" in rule_ids("They grow tea near 桃岭 every year.", rules=rules)
    assert "cjk-sense-unclear" in rule_ids("In May 桃岭 rose to the top of the charts.", rules=rules)


# --- on the built-in table ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,present,absent", [
    ("Families in the hills still grow 小米 on small plots.", "en", "millet", "Xiaomi"),
    ("Office workers ask 豆包 to draft their emails.", "en", "Doubao", "bean"),
    ("长安 unveiled an electric pickup at the Chongqing show.", "en", "Changan", "Chang'an"),
])
def test_signs_on_the_built_in_table(text, lang, present, absent):
    result = out(text, lang)
    assert present in result and absent not in result


@pytest.mark.parametrize("text,term,sense", [
    ("The match was far from 理想, the captain said afterwards.", "理想", "ideal"),
    ("Die Ergebnisse waren alles andere als 理想, sagte der Trainer.", "理想", "ideal"),
    ("Farmers who grow 韭菜 near the city sold it to traders at dawn.", "韭菜", "chives"),
    ("Online forums are full of 韭菜 who lost their savings in the crash.", "韭菜", "retail investors (slang)"),
])
def test_sense_signs_on_the_built_in_table(text, term, sense):
    assert sense_of(text, term, "de" if text.startswith("Die ") else "en") == sense


@pytest.mark.parametrize("text", [
    # a word of the other sense nearby does not turn the slot: grown millet next to a phone word
    "With a phone app, farmers now decide when to sow 小米 on their plots.",
    # a carmaker's words near a degree word: the ideal is chosen or the term stays, never Li Auto
    "Dealers said the new SUVs were far from 理想 for city drivers.",
])
def test_decoys_near_a_sign_do_not_choose_the_sense_it_argues_against(text):
    result = out(text)
    assert "Xiaomi" not in result and "Li Auto" not in result


# --- goods after a noun of trade ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang,sense", [
    ("Exports of 苹果 from Gansu rose this year.", "en", "apple (fruit)"),
    ("Le prix du 韭菜 a doublé en une semaine.", "fr", "chives"),
    ("Die Preise für 苹果 sind im Herbst gefallen.", "de", "apple (fruit)"),
    # a company's shares are priced too: no sign, no evidence
    ("The share price of 苹果 fell after the report.", "en", None),
    # the term modifies a noun of its own: a brand of phones is traded, not the term
    ("Exports of 小米 phones rose.", "en", "Xiaomi (company)"),
])
def test_goods_after_a_noun_of_trade(text, lang, sense):
    term = "苹果" if "苹果" in text else "韭菜" if "韭菜" in text else "小米"
    assert sense_of(text, term, lang) == sense


# --- topic words of the shared lists ------------------------------------------------------------

_TOPICS = '''
[[concept]]
zh = "石塘"
sense = "the office habit"
domain = ["jobs"]
en = "u desk napping"
examples = ["Colleagues and bosses complain about 石塘 during working hours."]

[[concept]]
zh = "石塘"
sense = "the insect"
domain = ["nature"]
en = "n stone beetle"
examples = ["Pest control firms say 石塘 and termites spread in the heat."]
'''


@pytest.fixture(scope="module")
def topic_rules(tmp_path_factory):
    return _rules(tmp_path_factory.mktemp("topics"), _TOPICS)


@pytest.mark.parametrize("text,sense", [
    ("Bosses say 石塘 lowers salaries and wages for everyone.", "the office habit"),
    ("The workplace survey blamed 石塘 on overtime culture and colleagues.", "the office habit"),
    ("An infestation of 石塘 kept pest control experts and exterminators busy.", "the insect"),
    # one word of each topic: the sentence speaks of both
    ("Bosses blamed 石塘 for the termites.", None),
])
def test_topic_words_of_the_workplace_and_of_pests(topic_rules, text, sense):
    assert sense_of(text, "石塘", rules=topic_rules) == sense


# --- "a" before a term says nothing of its first sound ------------------------------------------

def test_a_before_the_term_does_not_rule_out_a_sense_beginning_with_a_vowel(rules):
    # MT writes "a" before a term it leaves: "a 理想 place" is "an ideal place", not "a Li Auto place"
    assert out("For retirees, the town is a 理想 place to live.") == "For retirees, the town is an ideal place to live."
    # "an" says the word MT had in mind begins with a vowel: the ideal
    assert "Li Auto" not in out("It is an 理想 moment to sell.")


# --- social media in the media topic ------------------------------------------------------------

_MEDIA = '''
[[concept]]
zh = "云帖"
sense = "the online post"
domain = ["media"]
en = "n cloud post"
examples = ["Netizens reposted the 云帖 on WeChat thousands of times."]

[[concept]]
zh = "云帖"
sense = "the weather sign"
domain = ["earth"]
en = "n cloud sign"
examples = ["Sailors read the 云帖 before the flood reached the coast."]
'''


@pytest.mark.parametrize("text,sense", [
    ("The 云帖 went viral on social media within hours.", "the online post"),
    ("Vloggers shared the 云帖 in short videos.", "the online post"),
    ("Netizens read the 云帖 before the flood.", None),
])
def test_social_media_words_are_words_of_the_media_topic(tmp_path, text, sense):
    assert sense_of(text, "云帖", rules=_rules(tmp_path, _MEDIA)) == sense


# --- the head of a hyphenated compound, measures, a verb after the object of asking --------------

def test_a_hyphenated_compound_offers_its_head_not_its_first_part():
    tokens = senses._tokens("The vice-mayor met fossil-fuel traders and non-fossil firms.")
    assert "mayor" in tokens and "fuel" in tokens
    assert "fossil" not in tokens  # neither the first part nor the head after "non-"


def test_the_head_of_a_compound_is_a_cue():
    # "mayor" is a cue of falling from power; "vice-mayor" is a mayor
    assert sense_of("The vice-mayor 落马 last year after a graft probe.", "落马") == "fall from power"


@pytest.mark.parametrize("text,present", [
    ("A kilo of 苹果 now costs five yuan.", "apples"),
    ("She bought a bag of 苹果 at the market.", "apples"),
])
def test_a_measure_of_the_term_is_no_name(text, present):
    result = out(text)
    assert present in result and "Apple" not in result


@pytest.mark.parametrize("text,sense", [
    ("The brand asks buyers to 柳门 with it.", "expand abroad"),
    ("Regulators urged the chain to 柳门 more slowly.", "expand abroad"),
    # "to" after a verb of giving or moving is a preposition: no sign
    ("He sold the shop to 柳门 the following year.", None),
])
def test_to_after_the_object_of_a_verb_of_asking_calls_for_a_verb(rules, text, sense):
    assert sense_of(text, "柳门", rules=rules) == sense
