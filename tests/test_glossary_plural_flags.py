"""The concept table's ``+plural`` flags (rules/glossary/README.md): a countable noun that a news
editor counts in the plural where the slot leaves the number open.

Where machine translation leaves such a noun bare in the middle of a clause ("offering 消费贷 at
rates below 3%", "Production of 短剧 has boomed"), the singular cannot stand without an article,
so the flagged noun is written in the plural (consumer loans, short dramas); in German and French
after a noun and a preposition or a bare "de". A noun for a unique or abstract thing (营商环境 the
business environment, 楼市 the property market) is not flagged: there a bare use means a dropped
"the", and it is reported rather than pluralised. The flag never overrides what the slot shows:
after "a", "the", "one" the noun stays singular, and a flagged noun opening the sentence before a
singular verb is reported, not forced into the plural.

These tests run on the shipped table.
"""

from __future__ import annotations

import tomllib

import pytest

from cleaner import clean
from cleaner.glossary.forms import parse_de, parse_en, parse_fr, parts_of
from cleaner.rules import builtin_rules_dir

FILES = sorted((builtin_rules_dir() / "glossary").glob("concepts*.toml"))


def _glossary(text: str, lang: str):
    return clean(text, lang=lang, select=["cjk_glossary"])


def _entries() -> list[dict]:
    out = []
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [*data.get("terms", []), *data.get("concept", [])]
    return out


def _specs(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or ())


# -- a flagged noun bare after a verb or a preposition: the plural ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The bank stopped offering 消费贷 at rates below 3%.",
     "The bank stopped offering consumer loans at rates below 3%."),
    ("Production of 短剧 has boomed since 2023.", "Production of short dramas has boomed since 2023."),
    ("Fans said 黄牛 had bought up most of the tickets.", "Fans said scalpers had bought up most of the tickets."),
    ("Local governments issued a record amount of 专项债 this year.",
     "Local governments issued a record amount of special-purpose bonds this year."),
    ("The platform suspended accounts run by 键盘侠 after the row.",
     "The platform suspended accounts run by keyboard warriors after the row."),
    ("The city installed 充电站 along the expressway.", "The city installed charging stations along the expressway."),
    ("Demand for 光模块 surged as AI spending grew.", "Demand for optical modules surged as AI spending grew."),
    ("Regulators warned 网约车司机 about fake orders.", "Regulators warned ride-hailing drivers about fake orders."),
    ("Hackers used 钓鱼网站 to steal bank details.", "Hackers used phishing websites to steal bank details."),
    ("Wealthy families moved money into 对冲基金 last year.", "Wealthy families moved money into hedge funds last year."),
    ("The province will help 个体户 with tax cuts.", "The province will help self-employed traders with tax cuts."),
    ("Families in big cities hire 月嫂 for the first month after birth.",
     "Families in big cities hire postpartum nannies for the first month after birth."),
    ("Banks cut rates on 房贷 again in May.", "Banks cut rates on mortgages again in May."),
    ("Tourists flocked to 庙会 across the city.", "Tourists flocked to temple fairs across the city."),
    ("The regulator imposed 罚款 on three platforms.", "The regulator imposed fines on three platforms."),
    # a possessive leaves the number open as well
    ("Apple's 供应商 in China are moving lines to Vietnam.", "Apple's suppliers in China are moving lines to Vietnam."),
])
def test_a_flagged_noun_bare_in_the_clause_is_plural(text, expected):
    assert _glossary(text, "en").text == expected


# -- a unique or abstract noun in the same frames: reported or singular, never plural -----------

@pytest.mark.parametrize("text,plural", [
    ("The government pledged to improve 营商环境 for foreign firms.", "business environments"),
    ("Officials promised support for 楼市 next year.", "property markets"),
    ("Foreign investors are returning to 股市 this month.", "stock markets"),
    ("Exporters want to climb 价值链 quickly.", "value chains"),
    ("Beijing called for 顶层设计 in the reform.", "top-level designs"),
])
def test_an_unflagged_unique_noun_is_never_pluralised(text, plural):
    result = _glossary(text, "en")
    assert plural not in result.text
    if result.text == text:
        assert [f.rule for f in result.findings] == ["cjk-form-unclear"]
    else:
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in result.text)


# -- after a, the, one: the singular ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The 消费贷 was approved within a day.", "The consumer loan was approved within a day."),
    ("One 黄牛 was arrested outside the stadium.", "One scalper was arrested outside the stadium."),
    ("A 键盘侠 posted the photo online.", "A keyboard warrior posted the photo online."),
    ("He took out a 消费贷 to buy a phone.", "He took out a consumer loan to buy a phone."),
    # the article agrees with the singular it now stands before
    ("She is a 天使投资人 in Shenzhen.", "She is an angel investor in Shenzhen."),
])
def test_a_flagged_noun_after_a_singular_determiner_stays_singular(text, expected):
    assert _glossary(text, "en").text == expected


# -- opening the sentence: the verb tells the number, the flag does not force it -----------------

@pytest.mark.parametrize("text", [
    "消费贷 has become popular among students.",
    "短剧 is a fast-growing business.",
])
def test_a_flagged_noun_opening_the_sentence_before_a_singular_verb_is_reported(text):
    result = _glossary(text, "en")
    assert result.text == text
    assert [f.rule for f in result.findings] == ["cjk-form-unclear"]


def test_a_flagged_noun_opening_the_sentence_before_a_plural_verb_is_plural():
    assert _glossary("黄牛 are buying up tickets.", "en").text == "Scalpers are buying up tickets."


# -- German and French ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected,lang", [
    ("Die Regierung fördert den Bau von 虚拟电厂 in der Provinz.",
     "Die Regierung fördert den Bau von virtuellen Kraftwerken in der Provinz.", "de"),
    ("Der Absatz von 飞行汽车 soll bis 2030 stark steigen.",
     "Der Absatz von fliegenden Autos soll bis 2030 stark steigen.", "de"),
    ("Die Provinz gab Milliarden für 专项债 aus.", "Die Provinz gab Milliarden für Sonderanleihen aus.", "de"),
    ("Die Stadt baut 充电站 entlang der Autobahn.", "Die Stadt baut Ladestationen entlang der Autobahn.", "de"),
    ("Les ventes de 电动自行车 ont chuté cette année.", "Les ventes de vélos électriques ont chuté cette année.", "fr"),
    ("Les plaintes de 租客 se multiplient à Pékin.", "Les plaintes de locataires se multiplient à Pékin.", "fr"),
    ("Les émissions de 专项债 ont atteint un record.", "Les émissions d'obligations spéciales ont atteint un record.", "fr"),
    # after an article the singular
    ("Der 消费贷 wurde an einem Tag bewilligt.", "Der Konsumkredit wurde an einem Tag bewilligt.", "de"),
    ("Le 消费贷 a été accordé en un jour.", "Le crédit à la consommation a été accordé en un jour.", "fr"),
])
def test_german_and_french_flagged_nouns(text, expected, lang):
    assert _glossary(text, lang).text == expected


# -- the table ------------------------------------------------------------------------------------

# Concepts for one thing of its kind, a market or system as a whole, or an abstraction: a bare
# use is a dropped "the", so they carry no flag.
UNIQUE_OR_ABSTRACT = ["营商环境", "楼市", "股市", "债市", "房市", "汇市", "价值链", "供应链", "产业链", "顶层设计",
                      "央行", "董事会", "新时代", "统一大市场", "资本市场", "一级市场", "二级市场", "人民币", "元宇宙",
                      "新发展格局", "户籍制度", "贫富差距", "城乡差距", "出生率", "失业率"]


def test_unique_and_abstract_nouns_carry_no_plural_flag():
    flagged = {e["zh"] for e in _entries() for spec in _specs(e["en"])
               if spec.startswith(("n ", "u ")) and parse_en(spec).plural}
    assert flagged, "the table flags no noun at all"
    assert sorted(flagged & set(UNIQUE_OR_ABSTRACT)) == []


def test_a_bare_plural_flag_is_on_a_countable_noun():
    """``+plural`` acts on a countable noun (``n``); on a mass noun it would do nothing bare."""
    wrong = [(e["zh"], spec) for e in _entries() for spec in _specs(e["en"])
             if spec.startswith("u ") and parse_en(spec).plural]
    assert wrong == []


def test_german_and_french_flags_sit_on_nouns_with_both_numbers():
    """The notation refuses a flag on a name or a plural noun; every flagged German and French
    noun in the table has a singular and a plural form."""
    count = 0
    for e in _entries():
        for lang, parse in (("de", parse_de), ("fr", parse_fr)):
            for spec in _specs(e.get(lang)):
                for r in parts_of(parse(spec)):
                    if getattr(r, "counted", False):
                        count += 1
                        assert r.gender not in ("p", "pl") and r.plural, (e["zh"], spec)
    assert count > 100
