"""Slot readings and term positions the glossary handles by general rules:

- A term alone in quotation marks in Latin prose is MT's copy of the scare quotes of the Chinese
  source: it is translated inside the marks, with the words around read through them. It stays
  where the sentence names the Chinese word itself ("the Chinese word", "the characters"), where a
  gloss stands before or after it, or where the edit would reach over a mark (an article fixed).
- German: declined adjectives with no determiner before the term show its case, gender and
  number by their strong ending ("als größter Engpass", "mobiles Datenvolumen", "günstige
  Alternativen"); a countable noun whose ending fits both numbers takes the plural, unless
  "als" or a genitive leaves the singular possible, and the term is reported.
- German: an article of another gender is made to agree across declined adjectives when the case
  is clear and the adjectives keep their ending in the new gender ("Die neue 基建" ->
  "Die neue Infrastruktur"; "Die jüngste" -> "Der jüngste ..."); where an adjective would change
  ("eine große" -> "ein großer"), the term is reported.
- English: after a verb of describing or seeing, its object and "as" ("described himself as",
  "is seen as"), a concept with an adjective takes it: a bare noun would call the person the
  condition. Verbs that name ("known as", "called") are not read so.
- English: a countable noun after one or two adjectives with no determiner, in the middle of a
  sentence ("prefer cheaper domestic 爆品 to ..."), is plural: a singular would have kept its
  article.
- English after a form of *be* (not "been" or "being"), before no noun: a verb phrase that holds
  its own object or complement ("expand capacity") takes the -ing form, right as a progressive and
  as a gerund predicate; a verb that is itself *be* and a participle ("be suspended") gives the
  participle. A single verb or one ending in a particle may be a passive: reported.
- English: a noun that is the verb phrase in -ing ("winning without effort") takes no determiner
  and, with an object, modifies no noun: reported there.
- German: "als" and a bare term after a verb in the singular that takes a nominative predicate
  (gilt, galt, erwies sich) is that predicate, without an article ("gilt als Vorzeigeprojekt");
  not after a comparison ("mehr als", "sicherer als"), nor where it would repeat a noun of the
  clause.
- English: "to" after a verb that takes an infinitive ("threatened to", "opted to", "learned
  to", "seems to") is the infinitive marker: the base form of the verb.
- German: after a number or quantity word, a term right before a plural verb (sind, haben,
  waren, werden) is its subject, in the nominative ("Rund 40 样板 sind ...").
- German: a term before a hyphen and a capitalised noun is the first part of a hyphenated
  compound, written as the bare singular of a one-word noun or name ("Internet-Plattformen",
  "Alibaba-Aktie"); a rendering of several words, with an adjective or only in the plural is
  reported.
- German: a noun without a plural right after in, an, auf ... takes the form the dative and the
  accusative share ("investiert in Rechenleistung"); where they differ (an adjective in the
  rendering) the term is reported.
- French: a verb after its subject in a clause of "que" that takes the subjunctive (à ce que,
  il faut que, veut que, pour que, avant que, bien que ...) is the present subjunctive, built on
  the stem of the third person plural (réduisent -> réduise); a verb whose subjunctive is
  irregular (faire, pouvoir ...) is reported, and so is a clause of "que" where the indicative may
  be meant (dit que, se plaignent que).
- German: a term right after a preposition (other than "zu") or a declined adjective is a noun,
  never the participle or infinitive of the concept's verb ("genug von 画饼." is not "genug von
  ... gemacht").

The renderings come from a small table layered over the built-in one.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for general slot mechanisms"
terms = [
  { zh = "摸鱼", en = ["u slacking off", "v slack off"], de = "n Bummeln", fr = "m tire-au-flanc" },
  { zh = "套路", en = "n trick", de = "m Trick/Tricks", fr = "m stratagème/stratagèmes" },
  { zh = "样板", en = "n showcase", de = "n Vorzeigeprojekt/Vorzeigeprojekte", fr = "m modèle/modèles" },
  { zh = "短板", en = "n weak spot", de = "f Schwachstelle/Schwachstellen", fr = "m point faible/points faibles" },
  { zh = "算力", en = "u computing power", de = "f Rechenleistung", fr = "f puissance de calcul" },
  { zh = "瓶颈", en = "n bottleneck", de = "m Engpass/Engpässe", fr = "m goulot d'étranglement/goulots d'étranglement" },
  { zh = "存量房", en = "u existing housing", de = "m bestehend~ Wohnraum", fr = "m parc existant" },
  { zh = "降本", en = ["u cost cutting", "v cut costs"], de = "m Kostenabbau; v Kosten senken/senkt/senkte/gesenkt" },
  { zh = "摆摊", en = ["n street stall", "v set up a stall"], de = "m Straßenverkauf; v einen Stand auf|stellen" },
  { zh = "高冷", en = ["u aloofness", "a aloof"] },
  { zh = "爆品", en = "n hit product" },
  { zh = "扩产", en = ["u capacity expansion", "v expand capacity"] },
  { zh = "跑路", en = ["u absconding", "v abscond"] },
  { zh = "停牌", en = ["u trading halt", "v be suspended|is suspended|was suspended|been suspended|being suspended"] },
  { zh = "躺赢", en = ["u winning without effort", "v win without effort|wins without effort|won without effort|won without effort|winning without effort"] },
  { zh = "托举", en = ["v prop up"] },
  { zh = "网络", en = "u network", de = "n Netz/Netze" },
  { zh = "阿里", en = "p Alibaba", de = "p Alibaba" },
  { zh = "新基建", en = "u new infrastructure", de = "f neu~ Infrastruktur" },
  { zh = "碳目标", en = "pl carbon targets", de = "pl Klimaziele" },
  { zh = "减产", en = ["v cut output"], fr = "v réduire/réduit/réduit/réduisent la production" },
  { zh = "降价", en = ["v cut prices"], fr = "v baisser les prix" },
  { zh = "造势", en = ["v build hype"], fr = "v faire/fait/fait/font du battage" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "mechanisms-test", _TABLE)


def _clean(text: str, lang: str, rules):
    from cleaner import clean

    return clean(text, lang=lang, select=["cjk_glossary"], rules=rules)


@pytest.mark.parametrize("text,expected,lang", [
    ('Managers complained about "摸鱼" during the long afternoon meetings.',
     'Managers complained about "slacking off" during the long afternoon meetings.', "en"),
    ("Critics called the discount a “套路” meant to lure first-time buyers.",
     "Critics called the discount a “trick” meant to lure first-time buyers.", "en"),
    # at the opening of a sentence the word is capitalised inside the marks
    ('"算力" is now the scarcest input for model builders, the report said.',
     '"Computing power" is now the scarcest input for model builders, the report said.', "en"),
    # German low-high quotes were never taken for a quotation kept on purpose
    ("Die Stadt gilt als „样板“ für den Umbau alter Fabriken.",
     "Die Stadt gilt als „Vorzeigeprojekt“ für den Umbau alter Fabriken.", "de"),
    ("Le ministère veut combler les « 短板 » du système de santé rural.",
     "Le ministère veut combler les « points faibles » du système de santé rural.", "fr"),
])
def test_a_term_alone_in_scare_quotes_is_translated(text, expected, lang, rules):
    check_glossary(text, expected, lang, rules, twice=True)


@pytest.mark.parametrize("text", [
    'The Chinese word "摸鱼" literally means touching fish.',
    "Netizens wrote the characters “套路” under every post about the sale.",
    'The name "样板" literally means a template.',
    'Workers hung a banner reading "摸鱼" over the office door.',
    'Fans chanted "套路" as the referee left the pitch.',
    'Bloggers call it "摸鱼" (slacking off) and post tips on doing it.',
    'Office workers describe slacking off ("摸鱼") as a quiet protest.',
])
def test_a_quoted_term_kept_on_purpose_stays_without_a_finding(text, rules):
    result = _clean(text, "en", rules)
    assert result.text == text
    assert result.findings == []


def test_an_edit_that_would_reach_over_a_quotation_mark_is_reported(rules):
    # "an" before the quote would have to become "a"; the mark stands between
    text = 'Analysts saw an "套路" behind the sudden price cut.'
    result = _clean(text, "en", rules)
    assert result.text == text
    assert [(f.rule, "quotation" in f.reason) for f in result.findings] == [("cjk-form-unclear", True)]


def test_a_quoted_term_the_table_does_not_know_stays_without_a_finding(rules):
    text = 'The shop sign read "某某" in gold letters on a red board.'
    result = _clean(text, "en", rules)
    assert result.text == text
    assert result.findings == []


@pytest.mark.parametrize("text,expected", [
    # -er: masculine nominative after "als"
    ("Der Fachkräftemangel gilt als größter 瓶颈 der Branche.",
     "Der Fachkräftemangel gilt als größter Engpass der Branche."),
    # -es: neuter nominative or accusative, a noun without a plural
    ("Der Chef beklagte ständiges 摸鱼 in der Abteilung.", "Der Chef beklagte ständiges Bummeln in der Abteilung."),
    # a superlative
    ("Der Chipmangel gilt als wichtigster 瓶颈 der Autobauer.", "Der Chipmangel gilt als wichtigster Engpass der Autobauer."),
    # -em: dative after a preposition, an adjective inside the rendering declined strong too
    ("Die Stadt fördert Familien mit günstigem 存量房 am Stadtrand.",
     "Die Stadt fördert Familien mit günstigem bestehendem Wohnraum am Stadtrand."),
    # -e with a countable feminine noun: the plural (a singular would need an article)
    ("Die Prüfer fanden gravierende technische 短板 in der Software.",
     "Die Prüfer fanden gravierende technische Schwachstellen in der Software."),
    # -e with a feminine noun without a plural: the singular
    ("Rechenzentren im Westen liefern günstige 算力 für Start-ups.",
     "Rechenzentren im Westen liefern günstige Rechenleistung für Start-ups."),
    # a comparative
    ("Die Regierung verlangt schnellere 样板 in allen Provinzen.",
     "Die Regierung verlangt schnellere Vorzeigeprojekte in allen Provinzen."),
    # -er after a noun: a genitive, plural for a masculine noun (its genitive singular ends in -en)
    ("Die Gewinne großer 瓶颈 schrumpfen seit Jahren.", "Die Gewinne großer Engpässe schrumpfen seit Jahren."),
])
def test_german_strong_adjective_without_a_determiner_gives_the_case(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    # -er before a masculine noun opening the sentence: a nominative singular or a genitive plural
    "Großer 瓶颈 bleibt die Lithografie.",
    # -e after "als": a feminine singular or a plural
    "Der Bericht bezeichnet die Netze als kritische 短板 der Region.",
    # the ending agrees with no form of the noun (-es before a masculine noun)
    "Die Firma meldete neues 瓶颈 bei Chips.",
    # a determiner further back opens an extended attribute, with a word between that is no
    # listed adverb
    "Die zuletzt stark gestiegene 算力 fehlt den Start-ups.",
    # an adverb in -er is no adjective
    "Die Regierung will weiter 短板 beseitigen.",
    "Der Anbieter verkauft günstiger 样板 als die Konkurrenz.",
    # a countable noun in the singular needs an article ("ein zusätzliches Vorzeigeprojekt")
    "Die Provinz plant zusätzliches 样板 im Norden.",
    "Die Firmen kämpfen mit großer 短板 im Vertrieb.",
])
def test_german_strong_adjective_that_does_not_tell_is_reported(text, rules):
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    # an extended attribute: the determiner further back declines the adjective weak
    ("Der seit Jahren größte 瓶颈 der Branche ist die Lithografie.",
     "Der seit Jahren größte Engpass der Branche ist die Lithografie."),
    ("Ein im Westen gebautes 样板 steht leer.", "Ein im Westen gebautes Vorzeigeprojekt steht leer."),
])
def test_german_extended_attribute_takes_its_article(text, expected, rules):
    check_glossary(text, expected, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Die harte 降本 kostete 2.000 Stellen.", "Der harte Kostenabbau kostete 2.000 Stellen."),
    ("Das neue 降本 soll Milliarden sparen.", "Der neue Kostenabbau soll Milliarden sparen."),
    ("Die nächtliche 摆摊 ist in der Altstadt erlaubt.", "Der nächtliche Straßenverkauf ist in der Altstadt erlaubt."),
])
def test_german_article_agrees_across_adjectives_that_keep_their_ending(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    # the accusative masculine would need "einen harten"
    "Der Vorstand kündigte eine harte 降本 an.",
    # the dative or the genitive, and the ending of the adjective would hold for either
    "Die Folgen der harten 降本 sind noch unklar.",
])
def test_german_article_across_adjectives_that_would_change_is_reported(text, rules):
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Die Händler leben seit Jahren vom 摆摊.", "Die Händler leben seit Jahren vom Straßenverkauf."),
    ("Die Stadt hat nichts gegen 摆摊.", "Die Stadt hat nichts gegen Straßenverkauf."),
    ("Viele Firmen haben genug von 降本.", "Viele Firmen haben genug von Kostenabbau."),
])
def test_german_term_after_a_preposition_is_a_noun(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


def test_german_verb_slot_is_still_read_without_a_preposition(rules):
    check_glossary("Die Firma hat im vergangenen Jahr kräftig 降本.",
                   "Die Firma hat im vergangenen Jahr kräftig Kosten gesenkt.", "de", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Critics portrayed the new chairman as 高冷 and out of touch.",
     "Critics portrayed the new chairman as aloof and out of touch."),
    ("The coach is widely seen as 高冷 by younger players.", "The coach is widely seen as aloof by younger players."),
    ("Colleagues described her as 高冷, though fair.", "Colleagues described her as aloof, though fair."),
])
def test_english_description_after_as_takes_the_adjective(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


def test_english_naming_after_as_is_not_read_as_a_description(rules):
    result = _clean("The pose became known as 高冷 on social media.", "en", rules)
    assert "known as aloof " not in result.text


@pytest.mark.parametrize("text,expected", [
    ("Retailers stocked cheaper domestic 爆品 before the holiday season.",
     "Retailers stocked cheaper domestic hit products before the holiday season."),
    ("The chain now sells bigger 爆品 in its flagship stores.", "The chain now sells bigger hit products in its flagship stores."),
    ("Buyers want innovative 爆品 rather than copies.", "Buyers want innovative hit products rather than copies."),
])
def test_english_countable_noun_after_bare_adjectives_is_plural(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    # a determiner before the adjectives: the singular it asks for
    "The firm launched a cheaper 爆品 last spring.",
    # no adjective: the number is open
    "The firm launched 爆品 last spring.",
    # the determiner is before an adverb of degree
    "The firm launched an increasingly popular 爆品 last spring.",
    "Shoppers picked a more expensive 爆品 this time.",
])
def test_english_bare_adjective_plural_needs_the_adjectives_alone(text, rules):
    result = _clean(text, "en", rules)
    assert "hit products" not in result.text


@pytest.mark.parametrize("text,expected", [
    ("Battery makers are 扩产 despite falling prices.", "Battery makers are expanding capacity despite falling prices."),
    ("The supplier was 扩产 when the orders dried up.", "The supplier was expanding capacity when the orders dried up."),
    ("The plan for next year is 扩产.", "The plan for next year is expanding capacity."),
    ("Shares of the developer were 停牌 on Monday.", "Shares of the developer were suspended on Monday."),
    ("The stock will be 停牌 until Friday.", "The stock will be suspended until Friday."),
    ("The shares have been 停牌 since March.", "The shares have been suspended since March."),
])
def test_english_after_be_a_complete_verb_phrase_or_be_verb(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text", [
    # a single verb: the progressive or a passive participle
    "Two managers were 跑路 in May, the police said.",
    # a phrasal verb wanting its object
    "Local governments are 托举 in the property market.",
    # after "been", the passive is the usual reading
    "The new capacity has been 扩产 in two plants.",
])
def test_english_after_be_a_verb_that_may_be_passive_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


@pytest.mark.parametrize("text", [
    "Critics mocked the so-called 躺赢 of the platform giants.",
    "The 躺赢 of incumbents frustrates new entrants.",
    "Their 躺赢 strategy angered smaller rivals.",
])
def test_english_verb_phrase_in_ing_after_a_determiner_is_reported(text, rules):
    check_glossary(text, None, "en", rules)


def test_english_verb_phrase_in_ing_without_a_determiner_stays_a_noun(rules):
    check_glossary("躺赢 is no longer possible in the crowded market.",
                   "Winning without effort is no longer possible in the crowded market.", "en", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Die Fabrik in Hefei gilt seit Jahren als 样板 für die Branche.",
     "Die Fabrik in Hefei gilt seit Jahren als Vorzeigeprojekt für die Branche."),
    ("Der Hafen galt lange als 瓶颈 des Exports.", "Der Hafen galt lange als Engpass des Exports."),
    ("Die Reform erwies sich als 短板 der Regierung.", "Die Reform erwies sich als Schwachstelle der Regierung."),
    ("Der Umbau gilt immer noch als 存量房 der Zukunft.", "Der Umbau gilt immer noch als bestehender Wohnraum der Zukunft."),
])
def test_german_predicate_after_als_is_nominative_without_article(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    # comparisons
    "Die Fabrik gilt als mehr als 样板.",
    "Der Hafen gilt als wichtiger als 瓶颈.",
    # a plural verb: the number of the predicate is open
    "Die Häfen gelten als 瓶颈 des Exports.",
    # the German word would repeat the subject's noun
    "Der Engpass gilt als 瓶颈 der Branche.",
])
def test_german_als_that_is_no_singular_predicate_is_reported(text, rules):
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Suppliers threatened to 扩产 elsewhere if the tariffs stayed.",
     "Suppliers threatened to expand capacity elsewhere if the tariffs stayed."),
    ("The group opted to 扩产 in Hungary rather than at home.", "The group opted to expand capacity in Hungary rather than at home."),
    ("Small workshops have learned to 摆摊 at night markets.", "Small workshops have learned to set up a stall at night markets."),
    ("The founders seem to 跑路 whenever debts pile up.", "The founders seem to abscond whenever debts pile up."),
])
def test_english_to_after_a_verb_taking_an_infinitive(text, expected, rules):
    check_glossary(text, expected, "en", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    ("Rund 40 样板 sind in diesem Jahr eröffnet worden.", "Rund 40 Vorzeigeprojekte sind in diesem Jahr eröffnet worden."),
    ("Etwa 300 存量房 haben neue Eigentümer gefunden.", None),
    ("Knapp 20 短板 waren schon vor der Prüfung bekannt.", "Knapp 20 Schwachstellen waren schon vor der Prüfung bekannt."),
    # a preposition before the number still gives the case
    ("Mit 40 样板 sind die Planer zufrieden.", "Mit 40 Vorzeigeprojekten sind die Planer zufrieden."),
])
def test_german_number_then_term_then_plural_verb_is_nominative(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)  # (None: a noun without a plural stays reported)


@pytest.mark.parametrize("text,expected", [
    ("Die Behörde prüft die 网络-Betreiber im Süden.", "Die Behörde prüft die Netz-Betreiber im Süden."),
    ("Die 阿里-Aktie fiel am Montag um vier Prozent.", "Die Alibaba-Aktie fiel am Montag um vier Prozent."),
])
def test_german_first_part_of_a_hyphenated_compound(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    "Die 新基建-Ausgaben stiegen um zehn Prozent.",
    "Die 碳目标-Debatte hält an.",
])
def test_german_hyphenated_compound_with_a_phrase_or_plural_is_reported(text, rules):
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Die Provinz investiert kräftig in 算力.", "Die Provinz investiert kräftig in Rechenleistung."),
    ("Die Start-ups setzen vor allem auf 算力 aus dem Westen.", "Die Start-ups setzen vor allem auf Rechenleistung aus dem Westen."),
])
def test_german_two_way_preposition_with_a_noun_whose_cases_read_alike(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


def test_german_two_way_preposition_with_an_adjective_in_the_rendering_is_reported(rules):
    text = "Viele Familien leben in 存量房 am Stadtrand."
    check_glossary(text, None, "de", rules)


@pytest.mark.parametrize("text,expected", [
    ("Les analystes s'attendent à ce que le cartel 减产 dès le mois prochain.",
     "Les analystes s'attendent à ce que le cartel réduise la production dès le mois prochain."),
    ("Il faut que les constructeurs 降价 pour écouler leurs stocks.",
     "Il faut que les constructeurs baissent les prix pour écouler leurs stocks."),
    ("Pékin veut qu'il 降价 avant les fêtes.", "Pékin veut qu'il baisse les prix avant les fêtes."),
    ("Bien que la chaîne 降价 chaque mois, ses ventes reculent.",
     "Bien que la chaîne baisse les prix chaque mois, ses ventes reculent."),
])
def test_french_subjunctive_after_que(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text", [
    # an irregular subjunctive (fasse)
    "Il faut que le groupe 造势 avant le lancement.",
    # the indicative may be meant
    "Le ministre dit que le groupe 降价 chaque année.",
    "Les clients se plaignent que la marque 降价 trop tard.",
])
def test_french_que_without_a_sure_regular_subjunctive_is_reported(text, rules):
    check_glossary(text, None, "fr", rules)


@pytest.mark.parametrize("text, expected", [
    ("Analysts at 美联储 expect cuts.", "Analysts at the Federal Reserve expect cuts."),
    ("Officials at 世界银行 believe growth will slow.", "Officials at the World Bank believe growth will slow."),
    ("Economists at 美联储 meetings warned of risks.", "Economists at Federal Reserve meetings warned of risks."),
])
def test_a_name_before_a_verb_of_saying_keeps_its_article(text, expected):
    # after a preposition, a name modifies the noun after it ("Federal Reserve meetings"); a verb
    # of saying after it ends the subject's phrase, and the name keeps its article
    from cleaner import clean

    assert clean(text).text == expected
