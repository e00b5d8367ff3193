"""German and French verbs and adjectives, and adverbs in English, German and French: the slot
the term stands in picks the form (infinitive, zu-infinitive, participle, finite verb,
declined or agreeing adjective, adverb), and where the words around do not tell, the term
stays with a finding.

The renderings come from a small concept table layered over the built-in one, so the tests hold
the mechanism and not the table's current wording.
"""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for verbs, adjectives and adverbs"
terms = [
  { zh = "拆迁", en = ["u demolition", "v demolish"], de = "m Abriss/Abrisse; v ab|reißen/reißt/riss/gerissen", fr = "f démolition/démolitions; v démolir/démoli/démolit/démolissent" },
  { zh = "扩招", en = ["v expand enrolment|expands enrolment|expanded enrolment|expanded enrolment|expanding enrolment"], de = "v mehr Studierende auf|nehmen/nimmt/nahm/genommen", fr = "v augmenter les admissions" },
  { zh = "停摆", en = ["v grind to a halt|grinds to a halt|ground to a halt|ground to a halt|grinding to a halt"], de = "v still|stehen/steht/stand/gestanden", fr = "v s'arrêter" },
  { zh = "维权", en = ["v defend their rights|defends their rights|defended their rights|defended their rights|defending their rights"], de = "v ihre Rechte ein|fordern", fr = "v défendre/défendu/défend/défendent leurs droits" },
  { zh = "关停", en = ["v shut down|shuts down|shut down|shut down|shutting down"], de = "f Schließung/Schließungen; v schließen/schließt/schloss/geschlossen", fr = "f fermeture/fermetures; v fermer" },
  { zh = "破产", en = ["v go bankrupt|goes bankrupt|went bankrupt|gone bankrupt|going bankrupt"], de = "v pleite|gehen/geht/ging/gegangen +sein", fr = "v faire/fait/fait/font faillite" },
  { zh = "智慧", en = ["a smart"], de = "a intelligent", fr = "a intelligent" },
  { zh = "绿色", en = ["a green"], de = "a umweltfreundlich", fr = "a vert/verte/verts/vertes" },
  { zh = "跨境", en = ["a cross-border"], de = "a grenzüberschreitend", fr = "a transfrontalier" },
  { zh = "低碳", en = ["a low-carbon"], de = "a CO2-arm", fr = "a inv bas carbone" },
  { zh = "私营", en = ["a private"], de = "a privat", fr = "a privé" },
  { zh = "大力", en = ["r vigorously"], de = "r nachdrücklich", fr = "r vigoureusement" },
  { zh = "逐步", en = ["r gradually"], de = "r schrittweise", fr = "r progressivement" },
  { zh = "暗中", en = ["r secretly"], de = "r heimlich", fr = "r secrètement" },
  { zh = "严厉", en = ["r harshly", "a harsh"] },
  { zh = "头一回", en = ["r for the first time"], de = "r erstmals", fr = "r pour la première fois" },
  { zh = "大型", en = ["a large-scale"], de = "a groß angelegt", fr = "a inv à grande échelle" },
  { zh = "停工", en = ["v be at a standstill|is at a standstill|was at a standstill|been at a standstill|being at a standstill"], de = "v still|stehen/steht/stand/gestanden", fr = "v être/été/est/sont à l'arrêt" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "words-test", _TABLE)


def _check(text: str, expected: str | None, lang: str, rules) -> None:
    check_glossary(text, expected, lang, rules)


# -- German verbs ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # an infinitive after a modal earlier in the clause
    ("Die Stadt will die alten Wohnblöcke bis 2027 拆迁.", "Die Stadt will die alten Wohnblöcke bis 2027 abreißen."),
    ("Die Universitäten sollen im Herbst 扩招, sagte das Ministerium.",
     "Die Universitäten sollen im Herbst mehr Studierende aufnehmen, sagte das Ministerium."),
    # zu-infinitive: the particle takes zu inside
    ("Der Investor plant, das Einkaufszentrum zu 拆迁.", "Der Investor plant, das Einkaufszentrum abzureißen."),
    # the complement the text already has before the term is not written twice
    ("Die Hochschulen wollen mehr Studierende 扩招.", "Die Hochschulen wollen mehr Studierende aufnehmen."),
    ("Das Ziel, mehr Studierende zu 扩招, wurde verfehlt.", "Das Ziel, mehr Studierende aufzunehmen, wurde verfehlt."),
    ("Arbeiter reisten nach Peking, um dort zu 维权.", "Arbeiter reisten nach Peking, um dort ihre Rechte einzufordern."),
    # participle after haben, after sein for a sein verb, after a past passive
    ("Die Behörden haben das Dorf im Mai 拆迁, berichten Anwohner.",
     "Die Behörden haben das Dorf im Mai abgerissen, berichten Anwohner."),
    ("Drei Reisebüros sind während der Pandemie 破产.", "Drei Reisebüros sind während der Pandemie pleitegegangen."),
    ("Das alte Stahlwerk wurde schon 2019 关停.", "Das alte Stahlwerk wurde schon 2019 geschlossen."),
    # a finite verb at the end of a subordinate clause: number from the subject, tense from the sentence
    ("Anwohner fürchten, dass der Investor das Viertel 拆迁, sobald die Genehmigung vorliegt.",
     "Anwohner fürchten, dass der Investor das Viertel abreißt, sobald die Genehmigung vorliegt."),
    ("Kritiker fürchten, dass die Regierungen die Proteste 拆迁, weil sie stören.",
     "Kritiker fürchten, dass die Regierungen die Proteste abreißen, weil sie stören."),
    ("Anwohner fürchten, dass die Stadtverwaltung das Viertel 拆迁.",
     "Anwohner fürchten, dass die Stadtverwaltung das Viertel abreißt."),
    ("Im vergangenen Jahr war der Hafen leer, weil die Fabriken 停摆.",
     "Im vergangenen Jahr war der Hafen leer, weil die Fabriken stillstanden."),
    ("Händler fürchten, dass die Preise 停摆, sobald der Winter kommt.",
     "Händler fürchten, dass die Preise stillstehen, sobald der Winter kommt."),
    # second in a main clause: a simple verb anywhere, a separable one only at the clause end
    ("Der Konzern 关停 im vergangenen Jahr drei Werke in Sachsen.",
     "Der Konzern schloss im vergangenen Jahr drei Werke in Sachsen."),
    ("Die Fabrik 停摆, nachdem die Zulieferer im Herbst ausgefallen waren.",
     "Die Fabrik stand still, nachdem die Zulieferer im Herbst ausgefallen waren."),
    # a separable verb with words after it: the particle at the clause end
    ("Der Konzern 拆迁 im vergangenen Jahr zwei Hallen.", "Der Konzern riss im vergangenen Jahr zwei Hallen ab."),
    # what has gone on for weeks is in the German present
    ("Die Fabrik 停摆 seit Wochen.", "Die Fabrik steht seit Wochen still."),
])
def test_german_verb_slots(text, expected, rules):
    _check(text, expected, "de", rules)


@pytest.mark.parametrize("text", [
    "Die Fabrik 停摆 wegen Streiks.",                         # separable with material after, tense not clear
    "Die Bauruine ist seit Jahren 拆迁.",                     # sein with a haben verb: perfect or state
    "Das Werk wird bald 关停.",                               # werden: future or passive
    "Sie hoffen, dass die Käufer 维权.",                     # subject number not clear (die + noun)
    "Der Betreiber 关停 die Anlage.",                          # a finite verb: tense not clear
    # reported speech: "sagte, dass ..." leaves the tense of the reported verb open
    "Ein Sprecher sagte, dass der Betreiber die Anlage 关停.",
    "Die 私营 kamen zu spät.",                                 # a determiner before it: a noun slot
    "Händler fürchten, dass die Schlote 停摆, sobald der Winter kommt.",  # die + an unknown noun in -e
])
def test_german_unclear_verb_slots_are_reported(text, rules):
    _check(text, None, "de", rules)


# -- German adjectives and adverbs -------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Die Stadt baut ein 智慧 Verkehrssystem auf.", "Die Stadt baut ein intelligentes Verkehrssystem auf."),
    ("Das Gesetz gilt für jeden 私营 Betreiber.", "Das Gesetz gilt für jeden privaten Betreiber."),
    ("Mit 跨境 Handel verdienen viele Händler ihr Geld.", "Mit grenzüberschreitendem Handel verdienen viele Händler ihr Geld."),
    ("Die Regierung fördert eine 绿色 Wirtschaft.", "Die Regierung fördert eine umweltfreundliche Wirtschaft."),
    ("Der 跨境 Onlinehandel wächst schnell.", "Der grenzüberschreitende Onlinehandel wächst schnell."),
    ("Das Projekt ist 绿色.", "Das Projekt ist umweltfreundlich."),
    ("Die Provinz will den Ausbau 大力 vorantreiben, sagte der Gouverneur.",
     "Die Provinz will den Ausbau nachdrücklich vorantreiben, sagte der Gouverneur."),
    ("Die Preise wurden 逐步 gesenkt.", "Die Preise wurden schrittweise gesenkt."),
    # side by side with another declined adjective: the same ending
    ("Die Stadt fördert 私营 kleine Betriebe.", "Die Stadt fördert private kleine Betriebe."),
    ("Das Land braucht 绿色 und bezahlbare Energie.", "Das Land braucht umweltfreundliche und bezahlbare Energie."),
    # after the finite verb, before a preposition, a number or the object's determiner
    ("Die Exporte wuchsen 逐步 um drei Prozent.", "Die Exporte wuchsen schrittweise um drei Prozent."),
    ("Der Konzern meldete 头一回 einen Verlust.", "Der Konzern meldete erstmals einen Verlust."),
    # a noun the list does not know: the determiner may still show the gender ("eine": feminine)
    ("Eine 大型 Umfrage zeigt wenig Veränderung.", "Eine groß angelegte Umfrage zeigt wenig Veränderung."),
    ("In einem 大型 Feldversuch wurde das getestet.", "In einem groß angelegten Feldversuch wurde das getestet."),
])
def test_german_adjective_and_adverb_slots(text, expected, rules):
    _check(text, expected, "de", rules)


@pytest.mark.parametrize("text", [
    "Ein 智慧 Karussell steht im Park.",     # the noun's gender is not known: m or n
    "Sie kaufen 私营 Wohnungen.",          # no determiner and no preposition: the case is unclear
])
def test_german_unclear_adjective_slots_are_reported(text, rules):
    _check(text, None, "de", rules)


# -- French ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("La mairie veut 拆迁 le vieux marché couvert.", "La mairie veut démolir le vieux marché couvert."),
    ("Les ouvriers sont venus à Pékin pour 维权.", "Les ouvriers sont venus à Pékin pour défendre leurs droits."),
    ("Le groupe a décidé de 关停 son usine de Lyon.", "Le groupe a décidé de fermer son usine de Lyon."),
    ("Les universités ont décidé d'扩招 cette année.", "Les universités ont décidé d'augmenter les admissions cette année."),
    ("Le promoteur a 拆迁 trois immeubles l'an dernier.", "Le promoteur a démoli trois immeubles l'an dernier."),
    ("La vieille usine a été 关停 en 2019.", "La vieille usine a été fermée en 2019."),
    ("Le site n'a pas encore été 关停, selon la presse.", "Le site n'a pas encore été fermé, selon la presse."),
    ("Plusieurs agences ont 破产 pendant la pandémie.", "Plusieurs agences ont fait faillite pendant la pandémie."),
    # adjectives after a noun, agreeing with its determiner
    ("La ville mise sur une économie 绿色 et locale.", "La ville mise sur une économie verte et locale."),
    ("Le gouvernement soutient le commerce 跨境.", "Le gouvernement soutient le commerce transfrontalier."),
    ("Les bus 低碳 se multiplient.", "Les bus bas carbone se multiplient."),
    ("Un hôpital 私营 a ouvert.", "Un hôpital privé a ouvert."),
    # adverbs
    ("Le ministère a 逐步 réduit les subventions.", "Le ministère a progressivement réduit les subventions."),
    ("La Chine va 大力 soutenir le secteur.", "La Chine va vigoureusement soutenir le secteur."),
    ("Le chantier pourrait 停工 pendant des mois.", "Le chantier pourrait être à l'arrêt pendant des mois."),
    ("Le groupe a annoncé 头一回 une perte.", "Le groupe a annoncé pour la première fois une perte."),
    # a finite verb in the present: a time word says so, the subject gives the number
    ("Désormais, les promoteurs 拆迁 les vieux quartiers sans concertation.",
     "Désormais, les promoteurs démolissent les vieux quartiers sans concertation."),
    ("Elle 关停 ses usines chaque hiver.", "Elle ferme ses usines chaque hiver."),
    # after a que that takes the subjunctive, its present, on the stem of the third plural
    ("Ils craignent que le promoteur 拆迁 le quartier maintenant.",
     "Ils craignent que le promoteur démolisse le quartier maintenant."),
])
def test_french_slots(text, expected, rules):
    _check(text, expected, "fr", rules)


@pytest.mark.parametrize("text", [
    "Les entreprises ont 停摆 en mars.",          # a pronominal verb after avoir: the auxiliary would change
    "Les usines ont été 关停 en 2019.",           # les: the gender of the subject is not shown
    "Les écoles 私营 recrutent.",                 # les + a noun of unknown gender, forms that vary
    "Les paiements 跨境 progressent.",
    "Les banques ont 头一回 baissé leurs taux.",   # an adverb of several words goes after the verb
    "Le marché 头一回 de la voiture recule.",      # after a noun in -é, not a participle

    "L'entreprise 绿色 recrute.",                 # l': the gender is not shown
    "Le chantier est 停工 depuis mars.",          # "être à l'arrêt" has no passive: not "est été"
    "Le promoteur 拆迁 les vieux quartiers.",     # no time word: present or past
    "Ils disent que le promoteur 拆迁 le quartier maintenant.",  # after dire que: the indicative, no time word
])
def test_french_unclear_slots_are_reported(text, rules):
    _check(text, None, "fr", rules)


# -- English adverbs -------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The province will 大力 promote electric buses.", "The province will vigorously promote electric buses."),
    ("Subsidies have been 逐步 reduced since 2020.", "Subsidies have been gradually reduced since 2020."),
    ("The fund 暗中 bought shares in the rival.", "The fund secretly bought shares in the rival."),
    ("Prices rose 逐步 in the spring.", "Prices rose gradually in the spring."),
    ("The quota was lifted 逐步.", "The quota was lifted gradually."),
    ("Officials must phase out the subsidy 逐步 over five years.",
     "Officials must phase out the subsidy gradually over five years."),
    ("Exports recovered 逐步 last year.", "Exports recovered gradually last year."),
    ("The bank reported a loss 头一回 since 2015.", "The bank reported a loss for the first time since 2015."),
    ("Prices have 逐步 risen since May.", "Prices have gradually risen since May."),
    # after a form of be with nothing after it: the adjective, not the adverb
    ("The new rules were 严厉.", "The new rules were harsh."),
    ("Regulators 严厉 criticised the bank.", "Regulators harshly criticised the bank."),
])
def test_english_adverb_slots(text, expected, rules):
    _check(text, expected, "en", rules)


@pytest.mark.parametrize("text", [
    "The 逐步 approach worked.",     # a determiner before it: an adjective slot, and there is none
    "The bank 头一回 reported a loss.",  # an adverb of several words goes after the verb
])
def test_english_adverb_unclear(text, rules):
    _check(text, None, "en", rules)
