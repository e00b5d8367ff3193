"""The notation of German and French verbs, adjectives and adverbs and of English adverbs: the
forms made by rule or given, and the errors a table gets when it loads."""

from __future__ import annotations

import pytest

from cleaner.glossary.forms import (DeAdjective, DeVerb, FrAdjective, FrVerb, NotationError, parse_de, parse_en,
                                    parse_fr, parts_of)


# -- notation --------------------------------------------------------------------------------
def test_german_verb_forms_by_rule_and_given():
    (verb,) = parts_of(parse_de("v ein|kaufen"))
    assert isinstance(verb, DeVerb)
    assert (verb.text, verb.zu_infinitive(), verb.past_participle()) == ("einkaufen", "einzukaufen", "eingekauft")
    assert verb.subordinate("past", True) == "einkauften" and verb.main_clause("present", False) == "kauft ein"
    (strong,) = parts_of(parse_de("v aufs Spiel setzen"))
    assert strong.past_participle() == "aufs Spiel gesetzt" and strong.main_clause("past", False) == "setzte aufs Spiel"
    noun, verb = parts_of(parse_de("m Abriss/Abrisse; v ab|reißen/reißt/riss/gerissen"))
    assert noun.gender == "m" and verb.past_participle() == "abgerissen" and verb.finite("past", True) == "rissen"
    assert parse_de("v gründen").past_participle() == "gegründet"
    assert parse_de("v ein Jubiläum feiern").past_participle() == "ein Jubiläum gefeiert"  # -iern is no -ieren verb
    assert parse_de("v digitalisieren").past_participle() == "digitalisiert"
    assert parse_de("v nach|bessern").past_participle() == "nachgebessert"  # besser- is no prefix
    assert parse_de("v erproben").past_participle() == "erprobt"
    assert parse_de("v verbessern/verbessert/verbesserte/verbessert").past_participle() == "verbessert"
    assert parse_de("v pleite|gehen/geht/ging/gegangen +sein").auxiliary == "sein"
    sein = parse_de("v pleite sein/ist/war/gewesen +sein")
    assert (sein.finite("present", True), sein.finite("past", True)) == ("sind", "waren")


def test_german_adjective_endings_follow_the_tables():
    adj = parse_de("a grenzüberschreitend")
    assert isinstance(adj, DeAdjective) and adj.text == "grenzüberschreitend"
    assert adj.declined("mixed", "nom", "n") == "grenzüberschreitendes"
    assert adj.declined("weak", "dat", "f") == "grenzüberschreitenden"
    assert adj.declined("strong", "dat", "m") == "grenzüberschreitendem"
    solid = parse_de("a solide")
    assert (solid.declined("mixed", "nom", "n"), solid.declined("weak", "nom", "f")) == ("solides", "solide")
    two = parse_de("a klein und mittelständisch/klein~ und mittelständisch~")
    assert two.declined("strong", "acc", "pl") == "kleine und mittelständische"


def test_french_verb_and_adjective_forms():
    verb = parse_fr("v fermer")
    assert isinstance(verb, FrVerb) and (verb.participle_phrase("f", True), verb.present(True)) == ("fermées", "ferment")
    pron = parse_fr("v s'implanter à l'étranger")
    assert pron.auxiliary == "être" and pron.infinitive_phrase() == "s'implanter à l'étranger"
    assert parse_fr("v se lancer").infinitive_phrase() == "se lancer"
    adj = parse_fr("a public/publique/publics/publiques")
    assert isinstance(adj, FrAdjective) and adj.form("f", True) == "publiques"
    assert parse_fr("a numérique").forms == ("numérique", "numérique", "numériques", "numériques")
    assert parse_fr("a fiscal").forms == ("fiscal", "fiscale", "fiscaux", "fiscales")
    assert parse_fr("a inv bas carbone").variable == (False, False)
    assert parse_en("r steadily").pos == "r"


@pytest.mark.parametrize("spec", [
    "v umbauen",                    # a separable prefix: marked or given forms
    "v bauen/baut/baute",           # three forms after the infinitive
    "a groß~",                      # ~ only in the attributive form
    "m Abriss; m Abbruch",          # one rendering per part of speech
    "v ab|reißen; m Abriss",        # the noun first
])
def test_german_notation_errors(spec):
    with pytest.raises(NotationError):
        parse_de(spec)


@pytest.mark.parametrize("spec", [
    "v finir",                      # only -er verbs by rule
    "a bas carbone",                # a phrase gives its four forms or is invariable
    "v mettre/mis en œuvre",        # four forms or one
])
def test_french_notation_errors(spec):
    with pytest.raises(NotationError):
        parse_fr(spec)




@pytest.mark.parametrize("base,past,participle,ing", [
    ("repay debts", "repaid debts", "repaid debts", "repaying debts"),      # an irregular verb after a prefix
    ("overtake", "overtook", "overtaken", "overtaking"),
    ("sell products via livestream", "sold products via livestream", "sold products via livestream",
     "selling products via livestream"),
    ("forcibly delist", "forcibly delisted", "forcibly delisted", "forcibly delisting"),  # an adverb first
    ("rerun", "reran", "rerun", "rerunning"),
    ("admit", "admitted", "admitted", "admitting"),                        # stressed on the last syllable
    ("tie up", "tied up", "tied up", "tying up"),
    ("visit", "visited", "visited", "visiting"),
    ("play", "played", "played", "playing"),
])
def test_english_verb_forms_by_rule(base, past, participle, ing):
    forms = parse_en("v " + base).forms
    assert (forms[2], forms[3], forms[4]) == (past, participle, ing)


# -- the feminine of nouns for people ----------------------------------------------------------
@pytest.mark.parametrize("spec, singular, plural", [
    ("m Influencer/Influencer", "Influencerin", "Influencerinnen"),
    ("m Investor/Investoren", "Investorin", "Investorinnen"),
    ("m Essenskurier/Essenskuriere", "Essenskurierin", "Essenskurierinnen"),
    ("m* Kunde/Kunden", "Kundin", "Kundinnen"),
])
def test_german_feminine_of_a_person_noun(spec, singular, plural):
    from cleaner.glossary.forms import de_feminine
    feminine = de_feminine(parse_de(spec))
    assert (feminine.gender, feminine.singular, feminine.plural) == ("f", singular, plural)


def test_no_german_feminine_for_other_nouns():
    from cleaner.glossary.forms import de_feminine
    assert de_feminine(parse_de("f Plattform/Plattformen")) is None  # not masculine
    assert de_feminine(parse_de("m Markt/Märkte")) is None  # no ending of a person noun
    assert de_feminine(parse_de("m Experte/Experten")) is None  # -e, but not marked weak: not sure


@pytest.mark.parametrize("spec, singular, plural", [
    ("m influenceur/influenceurs", "influenceuse", "influenceuses"),
    ("m fondateur/fondateurs", "fondatrice", "fondatrices"),
    ("m livreur de repas/livreurs de repas", "livreuse de repas", "livreuses de repas"),
    ("m pharmacien/pharmaciens", "pharmacienne", "pharmaciennes"),
    ("m ouvrier/ouvriers", "ouvrière", "ouvrières"),
    ("m étudiant/étudiants", "étudiante", "étudiantes"),
    ("m journaliste/journalistes", "journaliste", "journalistes"),
])
def test_french_feminine_of_a_person_noun(spec, singular, plural):
    from cleaner.glossary.forms import fr_feminine
    feminine = fr_feminine(parse_fr(spec))
    assert (feminine.gender, feminine.singular, feminine.plural) == ("f", singular, plural)
