"""Slots a sound rule can fill, and verbs that need an object:

- English: a verb that takes a direct object, marked ``+bare`` with the forms used where none
  follows, takes them before a preposition ("should 托举 for small firms" -> "should give support
  for small firms"), and its own forms before an object.
- English: after "is being" (are, was, were) and before no object, a verb that may be passive
  is the passive participle ("is being 封存 after the fire" -> "is being sealed off").
- German and French: ``+obj`` marks a verb that needs an accusative (direct) object. In German a
  form is put in only when the clause shows one: after the auxiliary or modal, in a clause of
  "zu", after the subject of a subordinate clause, or after the term second in a main clause;
  the subject after a fronted adverbial is not an object, and a passive participle needs none.
  In French a noun phrase must follow the term (not one naming a time: "cette année").
- German: a possessive or "kein" of another gender than the noun takes the noun's ending when
  its case is clear ("sein 船队" -> "seine Flotte", "seinem" -> "seiner"); "seinen", "ihren" ...
  with no preposition before are an accusative singular or a dative plural: reported.
- English, German and French: a product noun marked ``+plural`` is plural where the slot leaves
  the number open: bare after a noun and a preposition ("orders for 风机", "die Produktion von
  风机", "les commandes de 风机"), in German also after a verb or adverb ("baut 风机", where the
  nominative and accusative plural read alike; not after a verb that takes the dative, "schadet
  风机"), not before a noun it may modify ("fund 风机 maintenance" is
  reported, never "wind turbines maintenance"); a noun
  without the flag is reported there.
- German: an adjective with no determiner after a word of quantity in the nominative or
  accusative plural ("mehrere", "viele", a number) takes the strong plural ending, the same in
  both cases ("Mehrere 老字号 Bäckereien" -> "traditionsreiche"); after a preposition ("mit zwei")
  it is reported.
- French: after "chaque" the noun in the singular, whatever its gender; after "aucun"/"aucune"
  the singular, the word made to agree with the noun ("Aucune 货轮" -> "Aucun cargo"); an
  adjective after the term that shows the other gender leaves it reported.
- German: an adverb of a concept without a German noun ends a main clause that opens with a
  determiner, its noun and a full verb ("Die Umsätze wuchsen im Herbst 稳健地." -> "beständig");
  after an auxiliary or modal the verb form is missing, and the term stays reported.

The renderings come from a small table layered over the built-in one, with terms and frames of
their own.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for verbs that need an object"
terms = [
  { zh = "托举", en = "v prop up|props up|propped up|propped up|propping up +bare give support|gives support|gave support|given support|giving support" },
  { zh = "解雇", en = "v dismiss", de = "v feuern +obj", fr = "v congédier +obj" },
  { zh = "船队", en = "n fleet", de = "f Flotte/Flotten", fr = "f flotte" },
  { zh = "账本", en = "n ledger", de = "n Kassenbuch/Kassenbücher" },
  { zh = "风机", en = "n wind turbine +plural", de = "f Windturbine/Windturbinen +plural", fr = "f éolienne/éoliennes +plural" },
  { zh = "货轮", en = "n freighter", de = "m Frachter/Frachter", fr = "m cargo/cargos" },
  { zh = "老字号", en = "a time-honoured", de = "a traditionsreich" },
  { zh = "封存", en = "v seal off|seals off|sealed off|sealed off|sealing off" },
  { zh = "稳健地", en = "r steadily", de = "a solide; r beständig", fr = "r régulièrement" },
  { zh = "护盘", en = "v prop up the market|props up the market|propped up the market|propped up the market|propping up the market", de = "v den Markt stützen", fr = "v soutenir/soutenu/soutient/soutiennent le marché +obj" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "fills", _TABLE)


@pytest.mark.parametrize("text, expected", [
    ("Regional lenders must 托举 for small exporters this year.",
     "Regional lenders must give support for small exporters this year."),
    ("The fund will 托举 during the downturn.", "The fund will give support during the downturn."),
    ("The fund will 托举 the bond market.", "The fund will prop up the bond market."),
])
def test_en_verb_without_object_before_preposition(rules, text, expected):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text, expected", [
    ("The warehouse is being 封存 after the fire.", "The warehouse is being sealed off after the fire."),
    ("The depots were being 封存 on Monday.", "The depots were being sealed off on Monday."),
    ("The guards are being 封存 the depots.", None),
])
def test_en_passive_progressive(rules, text, expected):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text, expected", [
    ("Die Reederei hat im Frühjahr 80 Matrosen 解雇.", "Die Reederei hat im Frühjahr 80 Matrosen gefeuert."),
    ("Die Reederei will die Matrosen 解雇.", "Die Reederei will die Matrosen feuern."),
    ("Die Matrosen wurden im Frühjahr 解雇.", "Die Matrosen wurden im Frühjahr gefeuert."),
    ("Die Reederei plant, ihre Matrosen zu 解雇.", "Die Reederei plant, ihre Matrosen zu feuern."),
    ("Die Reederei hat trotz der Verluste nicht 解雇.", None),
    ("Im Frühjahr hat die Reederei nicht 解雇.", None),
    ("Die Reederei will im Winter 解雇.", None),
    ("Die Reederei plant, im Winter zu 解雇.", None),
])
def test_de_verb_needs_object(rules, text, expected):
    check_glossary(text, expected, "de", rules, twice=True)


def test_de_unmarked_verb_keeps_its_forms(rules):
    # a verb phrase with its own object ("den Markt stützen") needs none in the clause
    check_glossary("Die Zentralbank will im Winter 护盘.", "Die Zentralbank will im Winter den Markt stützen.", "de",
                   rules)


@pytest.mark.parametrize("text, expected", [
    ("L'armateur veut 解雇 ses marins.", "L'armateur veut congédier ses marins."),
    ("L'armateur veut 解雇 cette année.", None),
    ("L'armateur veut 解雇.", None),
    ("La banque centrale veut 护盘 en Asie.", "La banque centrale veut soutenir le marché en Asie."),
])
def test_fr_verb_needs_object(rules, text, expected):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text, expected", [
    ("Der Reeder modernisiert sein 船队 bis 2030.", "Der Reeder modernisiert seine Flotte bis 2030."),
    ("Der Reeder vertraut seinem 船队.", "Der Reeder vertraut seiner Flotte."),
    ("Der Wert unseres 船队 stieg.", "Der Wert unserer Flotte stieg."),
    ("Der Reeder hat kein 船队 mehr.", "Der Reeder hat keine Flotte mehr."),
    ("Die Händlerin führt ihr 账本 sorgfältig.", "Die Händlerin führt ihr Kassenbuch sorgfältig."),
    ("Der Reeder modernisiert seinen 船队.", None),
])
def test_de_possessive_agrees_with_noun(rules, text, expected):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Orders for 风机 jumped in the second quarter.", "Orders for wind turbines jumped in the second quarter."),
    ("en", "The province will fund 风机 maintenance along the coast.", None),
    ("en", "Orders for 货轮 jumped in the second quarter.", None),
    ("de", "Die Produktion von 风机 stieg im zweiten Quartal.", "Die Produktion von Windturbinen stieg im zweiten Quartal."),
    ("de", "Die Nachfrage nach 风机 sinkt.", "Die Nachfrage nach Windturbinen sinkt."),
    ("de", "Die Produktion von 货轮 stieg im zweiten Quartal.", None),
    ("de", "Er sprach lange von 风机.", None),
    ("de", "Die Werft baut 风机 für Offshore-Parks.", "Die Werft baut Windturbinen für Offshore-Parks."),
    ("de", "Die Werft baut jetzt 风机.", "Die Werft baut jetzt Windturbinen."),
    ("de", "Die Werft baut 货轮 für Reedereien.", None),
    ("de", "Die Werft plant, 风机 zu bauen.", None),
    ("de", "Der Sturm schadet 风机 kaum.", None),
    ("fr", "Les commandes de 风机 ont augmenté.", "Les commandes d'éoliennes ont augmenté."),
    ("fr", "Les commandes de 货轮 ont augmenté.", None),
])
def test_counted_in_plural(rules, lang, text, expected):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("parse, spec", [("de", "pl Windräder +plural"), ("de", "f Windkraft +plural"),
                                         ("fr", "p Airbus +plural"), ("fr", "pl f éoliennes +plural")])
def test_plural_flag_needs_both_numbers(parse, spec):
    from cleaner.glossary.forms import NotationError, parse_de, parse_fr

    with pytest.raises(NotationError):
        (parse_de if parse == "de" else parse_fr)(spec)


@pytest.mark.parametrize("text, expected", [
    ("Mehrere 老字号 Bäckereien schlossen im Winter.", "Mehrere traditionsreiche Bäckereien schlossen im Winter."),
    ("Die Messe zeigt drei 老字号 Brauereien aus Bayern.", "Die Messe zeigt drei traditionsreiche Brauereien aus Bayern."),
    ("Die Stadt hilft mit zwei 老字号 Bäckereien.", None),
    ("Die Messe zeigt 老字号 Brauereien aus Bayern.", None),
])
def test_de_adjective_after_quantity(rules, text, expected):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text, expected", [
    ("Chaque 货轮 transporte 2 000 conteneurs.", "Chaque cargo transporte 2 000 conteneurs."),
    ("Chaque 船队 compte dix navires.", "Chaque flotte compte dix navires."),
    ("Aucune 货轮 n'a quitté le port.", "Aucun cargo n'a quitté le port."),
    ("Le port n'accueille aucun 船队 chinois.", None),
    ("Aucun 船队 n'a quitté le port.", "Aucune flotte n'a quitté le port."),
])
def test_fr_each_and_none(rules, text, expected):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text, expected", [
    ("Die Umsätze wuchsen im Herbst 稳健地.", "Die Umsätze wuchsen im Herbst beständig."),
    ("Die Kurse stiegen seit Januar 稳健地.", "Die Kurse stiegen seit Januar beständig."),
    ("Die Umsätze haben im Herbst 稳健地.", None),
    ("Die Umsätze wollen im Herbst 稳健地.", None),
])
def test_de_adverb_ending_main_clause(rules, text, expected):
    check_glossary(text, expected, "de", rules, twice=True)


def test_object_flag_parsed():
    from cleaner.glossary.forms import parse_de, parse_fr

    de = parse_de("m Stellenabbau; v entlassen/entlässt/entließ/entlassen +obj").also[0]
    assert de.transitive and de.infinitive == "entlassen" and de.participle == "entlassen"
    assert not parse_de("v ab|bauen").transitive
    fr = parse_fr("v garantir/garanti/garantit/garantissent +obj")
    assert fr.transitive and fr.third_plural == "garantissent"
    sein = parse_de("v aus|fallen/fällt/fiel/gefallen +obj +sein")
    assert sein.transitive and sein.auxiliary == "sein" and sein.infinitive == "fallen"
