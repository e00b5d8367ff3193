"""English slots where a pasted rendering would make an ungrammatical sentence: the term is
reported (``cjk-form-unclear``) unless the words around show the form.

- Prepositions in -ing (``pending``, ``following``, ``including``, ``according`` ...) are no verb
  or noun the term modifies.
- After the base form *be* ("will be", "to be", "could be") and before no noun: the passive
  participle of a verb of one word or with a particle; a verb phrase with its own complement or
  a noun is reported.
- An adjective-only concept after a determiner is an adjective only before a noun it modifies;
  an adverb never follows a possessive.
- A verb phrase that holds its own object or complement ("lie low") takes no second object
  ("lay low the company"); one ending in a particle, a preposition, or an -ing form after
  "stop", "keep" ... does.
- After *is*/*are*/*was*/*were*, a term before a possessive or an object pronoun is a verb (the
  progressive); a concept without a verb is reported.
- A noun the table gives as mass or abstract (``u``) is not counted: after a number or a plural
  determiner, or before a plural verb, it is reported; "both" before the term and "and" after it
  coordinates and counts nothing; a year after a determiner ("the 2024 ... report") modifies.
- German: an adverb-only concept after an auxiliary or modal that ends the clause ("Die Firma
  hat 悄悄.") is reported; the verb it would modify is missing.
- German: a concept without a German verb after a subject opening the sentence and before a
  determiner ("Die Behörde 港口 das Unternehmen.") stands where the finite verb goes: reported.
- French: a question repeating the subject as a pronoun after its verb ("Le 重组 est-il ...?")
  shows the subject's gender; a noun of the other gender is reported, like one before an
  adjective of the other gender.
- French and German names: not after an article ("le 宜家"; a model number or name after it
  keeps it: "le 小米 14"), nor after a word of degree ("très", "sehr"), nor after a French word
  that elides before a vowel ("de 宜家").
- A German noun in -ung, -heit, -keit, -schaft, -ion, -tät ... takes the linking s as the first
  part of a hyphenated compound ("Bewertungs-Offensive").
- An English rendering that carries its article ("the coastal economy") is reported after an
  adjective ("Local 沿海经济 policies").
- Questions with *do*: right after it the term is the subject, a noun agreeing with it ("Does
  变现 help?"); after *do* and a subject, the base form ("Did the company 变现 in 2023?").
- *Is*/*are*/*was*/*were* opening a question: the term is its subject, a noun agreeing with it
  ("Are 菜价 too high?"), else reported ("Is 菜价 ...", an adjective-only concept).
- A sentence opening with a determiner and one noun, then the term, then its end or an object
  ("The bank 小镇."): the term is the verb, in a finite form or reported.
- After a relative *who*/*which* the term is a verb; after a subject pronoun and a frequency
  adverb ("they often 躺平") a finite verb; before *by* and an agent a passive participle; a
  concept without one is reported.
- A comma or bracket right before the term opens a phrase of its own (no determiner reaches
  over it); after "the most" a noun is reported; no adverb between a verb and another verb.
- After an adjective and before a noun the term modifies it: a plural-only noun is reported
  there ("Local 房价 policies"); a German concept without an adjective after a word of degree
  ("sehr 港口") is reported.
- In a headline in Title Case (the words after the term capitalised, and the word before it or
  the term opening the line), a lowercase rendering is reported; a name is put in.

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for slots that must not be guessed"
terms = [
  { zh = "封盘", en = ["n trading halt", "v halt trading|halts trading|halted trading|halted trading|halting trading"] },
  { zh = "回炉", en = ["n overhaul", "v overhaul"] },
  { zh = "叫停", en = ["v call off"] },
  { zh = "小镇", en = "n small town" },
  { zh = "厚实", en = "a robust" },
  { zh = "暗暗", en = ["r secretly", "a secret"] },
  { zh = "潜伏", en = ["v lie low|lies low|lay low|lain low|lying low"] },
  { zh = "兜底", en = ["v put a safety net under|puts a safety net under|put a safety net under|put a safety net under|putting a safety net under"] },
  { zh = "停供", en = ["v stop supplying"] },
  { zh = "老字号", en = "n heritage brand" },
  { zh = "冷链", en = "u cold-chain logistics", de = "r heimlich", fr = "p Orano" },
  { zh = "乐高", en = "p Lego", de = "p Lego", fr = "p Lego" },
  { zh = "翻车", en = ["v backfire", "n fiasco"] },
  { zh = "房价", en = "pl home prices" },
  { zh = "并购", en = "n merger", fr = "f fusion/fusions" },
  { zh = "估价", en = "n estimate", de = "f Schätzung/Schätzungen" },
  { zh = "港口", en = "n port", de = "m Hafen/Häfen" },
  { zh = "沿海经济", en = "u the coastal economy" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "noharm-test", _TABLE)


def _check(text: str, expected: str | None, rules) -> None:
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    # after the base form be: a participle, or reported
    ("The bonds will be 回炉 pending a court ruling.", "The bonds will be overhauled pending a court ruling."),
    ("The project is expected to be 叫停 following the audit.", "The project is expected to be called off following the audit."),
    ("The stock will be 封盘 pending an announcement.", None),
    ("The meeting could be 小镇 according to the organisers.", None),
    ("Trading might be 封盘 during the review.", None),
    # a finite be before an -ing preposition: the noun is no modifier of it
    ("The venue was 小镇 according to the report.", None),
    ("The town was 小镇 including its suburbs.", None),
    # the adjective, where it fits
    ("The results will be 厚实 following the merger.", "The results will be robust following the merger."),
])
def test_after_be_and_before_ing_prepositions(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Their 厚实 stunned the analysts.", None),
    ("The 厚实 is gone.", None),
    ("It was a 厚实.", None),
    ("There is no 厚实 in these figures.", None),
    ("The bank's 暗暗 annoyed investors.", None),
    ("Both 厚实 and cheap, the phone sold out.", None),
    # before a noun, or after be, the adjective
    ("It was a 厚实 quarter for the chipmaker.", "It was a robust quarter for the chipmaker."),
    ("Demand stayed 厚实 this spring.", "Demand stayed robust this spring."),
])
def test_adjective_needs_its_noun(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("The fund will 潜伏 the company until spring.", None),
    ("Insiders 潜伏 the market last year.", None),
    ("The state will 兜底 the pension funds.", "The state will put a safety net under the pension funds."),
    ("The vendor was told to 停供 the carmaker.", "The vendor was told to stop supplying the carmaker."),
    ("The fund will 潜伏 until spring.", "The fund will lie low until spring."),
])
def test_verb_phrase_takes_no_second_object(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("The group is 老字号 its brands.", None),
    ("The group is 厚实 their margins.", None),
    ("The group is 回炉 its brands.", "The group is overhauling its brands."),
    ("The group is 老字号 in Hangzhou.", None),
])
def test_be_before_an_object(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Over 40 冷链 were inspected.", None),
    ("Several 冷链 collapsed.", None),
    ("冷链 are expanding fast.", None),
    ("Several 冷链 hubs opened.", "Several cold-chain logistics hubs opened."),
    ("Several 冷链 were shut.", None),
    ("Both 冷链 and warehousing grew.", "Both cold-chain logistics and warehousing grew."),
    ("Both 沿海经济 and exports slowed.", "Both the coastal economy and exports slowed."),
    ("Both 老字号 and startups gained.", "Both heritage brands and startups gained."),
    ("The 2023 老字号 survey was published.", "The 2023 heritage brand survey was published."),
    ("Over 40 老字号 were inspected.", "Over 40 heritage brands were inspected."),
])
def test_mass_nouns_and_counts(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Beijing's 冷链 Drive Picks Up Speed", None),
    ("冷链 Boom Lifts Shipping Stocks", None),
    ("How 老字号 Brands Are Fighting Back", None),
    ("Why the 沿海经济 Matters for Exporters", None),
    # running text: capitalised words after the term are names, not a title
    ("Investors bought 冷链 from Shanghai.", "Investors bought cold-chain logistics from Shanghai."),
])
def test_title_case(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,lang,expected", [
    ("Der Konzern will 冷链.", "de", None),
    ("Die Bank hat 冷链.", "de", None),
    ("Die Bank hat 冷链 die Zinsen gesenkt.", "de", "Die Bank hat heimlich die Zinsen gesenkt."),
    ("Die Bank senkte 冷链 die Zinsen.", "de", "Die Bank senkte heimlich die Zinsen."),
    ("Le groupe rachète le 乐高.", "fr", None),
    ("Le jouet est très 乐高.", "fr", None),
    ("Le design est sehr 乐高.", "de", None),
    ("Les ventes de 冷链 ont chuté.", "fr", "Les ventes d'Orano ont chuté."),  # "de" elides before the name
    ("Les ventes d'冷链 ont chuté.", "fr", "Les ventes d'Orano ont chuté."),
    ("Les ventes de 乐高 ont chuté.", "fr", "Les ventes de Lego ont chuté."),
    ("Le 乐高 Technic est cher.", "fr", "Le Lego Technic est cher."),
])
def test_german_adverbs_and_names(text, lang, expected, rules):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text,lang,expected", [
    ("Die 估价-Debatte hält an.", "de", "Die Schätzungs-Debatte hält an."),
    ("Die 港口-Gebühren steigen.", "de", "Die Hafen-Gebühren steigen."),
    ("Regional 沿海经济 data were weak.", "en", None),
    ("Exports from 沿海经济 were weak.", "en", "Exports from the coastal economy were weak."),
])
def test_compounds_and_articles(text, lang, expected, rules):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("A 小作文 circulating online claimed the carmaker would be sold, which it denied.",
     "A rumour circulating online claimed the carmaker would be sold, which it denied."),
    ("He posted a 小作文 about his divorce that went viral.", "He posted a long emotional post about his divorce that went viral."),
    ("Many office workers suffer from 内耗 and anxiety about their careers.",
     "Many office workers suffer from mental drain and anxiety about their careers."),
    ("The ministries need to stop the 内耗 between agencies.", "The ministries need to stop the internal friction between agencies."),
    # no cue near the term: reported
    ("The 小作文 was long.", None),
])
def test_data_senses(text, expected):
    from cleaner import clean

    result = clean(text, lang="en", select=["cjk_glossary"])
    if expected is None:
        assert result.text == text
        assert [f.rule for f in result.findings] == ["cjk-sense-unclear"]
    else:
        assert result.text == expected


@pytest.mark.parametrize("text,expected", [
    ("Did the bank 回炉 its app in 2024?", "Did the bank overhaul its app in 2024?"),
    ("Why did the campaign 翻车?", "Why did the campaign backfire?"),
    ("Did the bank 小镇 last year?", None),
    ("Does 冷链 pay off?", "Does cold-chain logistics pay off?"),
    ("Do 冷链 pay off?", None),
    ("A lender which 小镇 will fail.", None),
    ("Bankers who 冷链 are rare.", None),
    ("They often 冷链.", None),
    ("The towns were 小镇 by planners.", None),
    ("The stalls were 潜伏 by vendors.", None),
    ("The app was 回炉 by its developers.", "The app was overhauled by its developers."),
    ("The town, 小镇, grew fast.", None),
    ("It was the most 小镇 place.", None),
    ("The CEO said 暗暗 was over.", None),
])
def test_questions_relatives_and_passives(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Is 房价 really that high?", None),
    ("Are 房价 falling again?", "Are home prices falling again?"),
    ("Is 冷链 worth the cost?", "Is cold-chain logistics worth the cost?"),
    ("Are 冷链 worth the cost?", None),
    ("Is 厚实 the right word?", None),
    ("Is 小镇 a good place to live?", None),
])
def test_inverted_questions_with_be(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("The bank 小镇.", None),
    ("The bank 冷链 the loans.", None),
    ("The bank 回炉 its app last week.", "The bank overhauled its app last week."),
    ("The bank, 冷链, grew.", "The bank, cold-chain logistics, grew."),
])
def test_subject_then_the_term(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    ("Die Behörde 港口 das Unternehmen.", None),
    ("Der Konzern 乐高 die Preise.", None),
    ("Die Firma 乐高 ist groß.", "Die Firma Lego ist groß."),
])
def test_german_verb_slot_without_a_verb(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Le 并购 est-il vraiment utile ?", None),
    ("Le 并购 a-t-il échoué ?", None),
    ("La 并购 est-elle terminée ?", "La fusion est-elle terminée ?"),
    ("Le 并购 est-elle terminée ?", "La fusion est-elle terminée ?"),
])
def test_french_inverted_pronoun(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text,lang,expected", [
    ("Local 房价 policies were eased.", "en", None),
    ("New 小镇 projects were approved.", "en", "New small town projects were approved."),
    ("Der Markt ist sehr 港口.", "de", None),
])
def test_modifier_after_adjective_and_degree(text, lang, expected, rules):
    check_glossary(text, expected, lang, rules, twice=True)
