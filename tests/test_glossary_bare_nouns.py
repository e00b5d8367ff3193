"""A German or French noun without an article after a preposition, where the number or case is
not shown:

- German: a countable noun (one with a plural) after a preposition needs an article in the
  singular, so "von 新能源车" is "von Elektroautos" or "von einem Elektroauto": reported; a noun
  without a plural (a mass or abstract noun) takes the preposition's case as before. After a
  two-way preposition (in, an, auf ...) a plural, or a singular with an adjective in it, is dative
  or accusative by the verb: reported where the two differ.
- French: after a plural noun and a bare "de" ("les ventes de 新能源车"), a countable noun may
  be plural (véhicules) or a singular of kind: reported; a noun whose plural is its singular
  is kept.

German derselbe, dieselbe, dasselbe ... are determiners like der, die, das.

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for bare nouns"
terms = [
  { zh = "电动车", en = "n electric car", de = "n Elektroauto/Elektroautos", fr = "m véhicule électrique/véhicules électriques" },
  { zh = "数字化", en = "u digitalization", de = "f Digitalisierung", fr = "f numérisation" },
  { zh = "预制菜", en = "pl prepared dishes", de = "pl Fertiggerichte", fr = "pl m plats préparés" },
  { zh = "县城", en = "n county town", de = "f Kreisstadt/Kreisstädte", fr = "m chef-lieu de comté/chefs-lieux de comté" },
  { zh = "转化率", en = "n conversion rate", fr = "m taux de conversion/taux de conversion" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "bare-test", _TABLE)


def _check(text: str, expected: str | None, lang: str, rules) -> None:
    check_glossary(text, expected, lang, rules)


@pytest.mark.parametrize("text,expected", [
    ("Der Absatz von 电动车 brach im Winter ein.", None),
    ("Die Förderung für 电动车 läuft aus.", None),
    ("Die Firma setzt auf 县城 im Westen.", None),
    # with an article the number is shown
    ("Der Absatz von einem 电动车 reicht nicht.", "Der Absatz von einem Elektroauto reicht nicht."),
    # a noun without a plural takes the preposition's case; after a two-way one, the form its
    # dative and accusative share
    ("Der Bericht warnt vor zu viel Vertrauen in die Zukunft und setzt auf 数字化.",
     "Der Bericht warnt vor zu viel Vertrauen in die Zukunft und setzt auf Digitalisierung."),
    ("Die Firma wirbt mit 数字化.", "Die Firma wirbt mit Digitalisierung."),
    # a plural-only rendering: the case from the preposition, or from the verb after a two-way one
    ("Der Umsatz mit 预制菜 stieg.", "Der Umsatz mit Fertiggerichten stieg."),
    ("Die Kantinen setzen auf 预制菜.", None),
])
def test_german_noun_after_a_preposition(text, expected, rules):
    _check(text, expected, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Les ventes de 电动车 ont doublé en un an.", None),
    ("Les exportations de 县城 chinois ont chuté.", None),
    # a noun whose plural is its singular, or a plural-only one
    ("Les hausses de 转化率 ont surpris.", "Les hausses de taux de conversion ont surpris."),
    ("Les ventes de 预制菜 ont doublé.", "Les ventes de plats préparés ont doublé."),
    # after a word of quantity the plural
    ("Beaucoup de 电动车 sont vendus.", "Beaucoup de véhicules électriques sont vendus."),
])
def test_french_noun_after_de(text, expected, rules):
    _check(text, expected, "fr", rules)


@pytest.mark.parametrize("text,expected", [
    # derselbe, dieselbe, dasselbe ... are determiners: case and gender from them
    ("Beide Hersteller bauen dasselbe 电动车 in Ungarn.", "Beide Hersteller bauen dasselbe Elektroauto in Ungarn."),
    ("Beide Ämter nutzen dieselbe 数字化.", "Beide Ämter nutzen dieselbe Digitalisierung."),
    ("Die Käufer von demselben 电动车 klagen.", "Die Käufer von demselben Elektroauto klagen."),
    # the gender does not agree: reported
    ("Beide Ämter nutzen dasselbe 数字化.", None),
])
def test_german_derselbe(text, expected, rules):
    _check(text, expected, "de", rules)
