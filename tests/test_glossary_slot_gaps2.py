"""Slots where the noun's countability and the compound it joins decide the form:

- A mass or abstract noun (``u``) after a word that counts one ("a", "an", "each", "every",
  "another", "such a") is reported ("an extreme weather"), unless the term modifies the next noun
  ("an extreme weather warning"); a ``u`` noun marked ``+count`` is countable too ("a
  valuation", "another valuation", "many valuations") and still stands bare.
- "such" before a countable noun asks for "such a" and the singular, or the plural; "such" and a
  singular countable noun is reported. "much" takes a mass noun only.
- A name after a word that counts one, "such", "much" or a personal possessive, a one-word name
  after "the" heading its phrase, and a name with its own article after "what" are reported;
  "half the", "all the", "both the" and a countable noun whose number nothing shows too.
- A plural "s" glued to the term ("网红s") makes the noun plural; a plural noun before "'s" is
  reported.
- A rendering ending in a preposition that needs its object ("move into", "double down on") with
  no object after it is reported; the participle of a verb and its preposition may end a
  passive ("was focused on").
- The term alone between "once", "if", "when", "while" ... and a comma or the sentence end is a
  reduced clause ("once 上线," wants "once launched"): reported. A verb marked +bare takes its
  bare forms before an adverb of time ("now", "soon").
- The term before a hyphen and a word ("区块链-based", "人工智能-related") is the first part of a
  compound modifier: a noun of one word or a name joins as it is, a noun marked ``+hyphen`` is
  hyphenated through, and another rendering of several words, a plural-only noun or a concept
  without a noun is reported rather than written as a broken compound.

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for countability and compounds"
terms = [
  { zh = "雾霾", en = "u smog" },
  { zh = "融资", en = ["u fundraising", "v raise funds|raises funds|raised funds|raised funds|raising funds"] },
  { zh = "云计算", en = "u cloud computing" },
  { zh = "定价", en = ["u pricing +count", "v price"] },
  { zh = "罚单", en = "n fine" },
  { zh = "爆款", en = "n hit product" },
  { zh = "熔断", en = "n circuit breaker +hyphen" },
  { zh = "腾讯", en = "p Tencent" },
  { zh = "蔚来汽车", en = "p Nio Motors" },
  { zh = "众筹", en = "v crowdfund" },
  { zh = "网红们", en = "pl influencers" },
  { zh = "盘古", en = "p the Pangu model" },
  { zh = "加码", en = "v double down on|doubles down on|doubled down on|doubled down on|doubling down on" },
  { zh = "进军", en = ["u market entry", "v move into|moves into|moved into|moved into|moving into"] },
  { zh = "聚焦", en = "v focus on" },
  { zh = "上线", en = ["u launch +count", "v launch"] },
  { zh = "停工", en = ["u work stoppage", "v suspend +bare stop work|stops work|stopped work|stopped work|stopping work"] },
  { zh = "网信办", en = "p the Cyberspace Administration" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "slotgaps2-test", _TABLE)


@pytest.mark.parametrize("text", [
    "Residents woke up to a 雾霾 so thick that flights were grounded.",
    "The startup closed an 融资 of $20 million.",
    "Every 云计算 must pass a security review.",
    "Each 雾霾 lasted for days.",
    "Analysts expect another 融资 later this year.",
    "It was such a 云计算 that nobody could use.",
])
def test_a_mass_noun_after_a_word_that_counts_one_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    # the mass noun modifies the next noun: the article is that noun's
    ("The city issued a 雾霾 alert on Monday.", "The city issued a smog alert on Monday."),
    ("Too much 雾霾 drove tourists away.", "Too much smog drove tourists away."),
    ("This 云计算 contract runs for five years.", "This cloud computing contract runs for five years."),
    # +count: countable too
    ("The regulator questioned a 定价 that favoured insiders.",
     "The regulator questioned a pricing that favoured insiders."),
    ("Every 定价 is reviewed by the board.", "Every pricing is reviewed by the board."),
    ("Many 定价 were revised after the audit.", "Many pricings were revised after the audit."),
    ("The 定价 of the shares disappointed investors.", "The pricing of the shares disappointed investors."),
])
def test_mass_and_countable_nouns_take_their_determiners(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Such 罚单 are rare in the sector.", "Such fines are rare in the sector."),
    ("The agency rarely issues such a 罚单.", "The agency rarely issues such a fine."),
])
def test_such_with_a_countable_noun(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Such 罚单 is rare in the sector.",  # "such fine": a singular countable noun needs "such a"
    "Regulators seldom hand out such 罚单 to state banks.",  # the number is not shown
    "There was too much 罚单 for one quarter.",  # "much" and a countable noun
])
def test_such_and_much_with_a_countable_singular_are_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("The firm built a 云计算-based billing system.", None),  # "cloud computing-based": reported
    ("Fans queued for the 爆款-inspired sneakers.", None),  # several words, no +hyphen
    ("A 雾霾-related warning closed schools.", "A smog-related warning closed schools."),
    ("The fund backed two 腾讯-linked startups.", "The fund backed two Tencent-linked startups."),
    ("Investors sold 蔚来汽车-branded bonds.", "Investors sold Nio Motors-branded bonds."),
    ("Exchanges studied 熔断-style pauses.", "Exchanges studied circuit-breaker-style pauses."),
    ("Several 网红们-backed brands closed.", None),  # only a plural noun: a compound takes the singular
    ("The 众筹-driven projects drew scrutiny.", None),  # a verb only
    ("An 定价-based model is used.", "A pricing-based model is used."),  # the article follows the rendering
])
def test_term_before_a_hyphen_is_the_first_part_of_a_compound(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=expected is not None)


@pytest.mark.parametrize("text,expected", [
    # a name of one word takes no article: "the" before it heading the phrase is reported
    ("The 腾讯 is hiring again.", None),
    ("Every 腾讯 must have a rival.", None),  # a name after a word that counts one
    ("Much 腾讯 was lost.", None),
    ("They want such a 腾讯 at home.", None),
    ("The group says its own 腾讯 is years away.", None),  # a possessive before a name
    ("What 网信办 wants is unclear.", None),  # "what" may be a pronoun: "What the Cyberspace ..."
    # a name with its article, a product, after a possessive
    ("The company trained its own 盘古 on local data.", "The company trained its own Pangu model on local data."),
    # as a modifier, or before a model number, it stands as it is
    ("The 腾讯 game drew millions.", "The Tencent game drew millions."),
    ("Shares of 腾讯 fell.", "Shares of Tencent fell."),
])
def test_a_name_after_a_determiner(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=expected is not None)


@pytest.mark.parametrize("text,expected", [
    # a plural "s" glued to the term: the plural noun, the "s" taken into the edit
    ("Two 罚单s were issued in May.", "Two fines were issued in May."),
    ("The 网红们s left.", "The influencers left."),
    ("Several 定价s were revised.", "Several pricings were revised."),
    ("The 爆款s' sales doubled.", "The hit products' sales doubled."),
    # a name or a mass noun cannot take it
    ("The 腾讯s of this world.", None),
    ("Three 雾霾s hit the city.", None),
    # a plural-only noun before "'s" would need the apostrophe alone
    ("The 网红们's fans left.", None),
])
def test_endings_glued_to_the_term(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=expected is not None)


@pytest.mark.parametrize("text,expected", [
    ("Half the 罚单 were overturned.", "Half the fines were overturned."),
    ("All the 罚单 are public.", "All the fines are public."),
    ("Half the 罚单 went unpaid.", None),  # nothing shows the number
    ("Both the 罚单 in town went unpaid.", None),
])
def test_half_the_and_all_the_with_a_countable_noun(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=expected is not None)


@pytest.mark.parametrize("text,expected", [
    ("The insurer kept 进军 new provinces.", "The insurer kept moving into new provinces."),
    ("Chipmakers plan to 加码 advanced packaging.", "Chipmakers plan to double down on advanced packaging."),
    ("The talks were 聚焦 by both sides.", "The talks were focused on by both sides."),
])
def test_a_preposition_ending_the_rendering_before_its_object(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    "The insurer kept 进军 for years.",
    "Chipmakers plan to 加码 again.",
    "Chipmakers plan to 加码, analysts said.",
    "Investors refused to 加码 quickly.",
])
def test_a_preposition_with_no_object_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text", [
    "Once 上线, the app drew ten million users.",
    "The feature, when 上线, will cost nothing.",
    "Prices will fall if 上线.",
])
def test_a_reduced_clause_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text,expected", [
    ("Prices fell when 雾霾 lifted.", "Prices fell when smog lifted."),  # a clause with its verb
    ("Several plants had to 停工 now that orders have dried up.",
     "Several plants had to stop work now that orders have dried up."),
    ("Miners may 停工 soon, the union warned.", "Miners may stop work soon, the union warned."),
])
def test_clauses_with_their_verb_and_bare_forms_before_an_adverb(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)
