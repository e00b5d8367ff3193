"""French noun phrases.

A term with a verb and an adjective rendering, followed by another adjective ("Les
modèles 开源 chinois dominent ..."), stands in the noun phrase: the adjective, not the verb
after a subject.

An article and an adjective that goes before the noun ("le même 赛道", "la principale 数字化"):
the noun when both already agree with its gender; reported when they do not (they would have to
change with it), when "les" and "mêmes" do not show the gender, or before a vowel after
"nouveau" (nouvel).

The renderings come from a small table layered over the built-in one."""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for French noun phrases"
terms = [
  { zh = "开放", en = ["a open", "v open up"], fr = "v ouvrir/ouvert/ouvre/ouvrent; a ouvert/ouverte/ouverts/ouvertes" },
  { zh = "赛道", en = "n sector", fr = "m secteur/secteurs" },
  { zh = "生态", en = "n ecosystem", fr = "m écosystème/écosystèmes" },
  { zh = "数字化", en = "u digitalization", fr = "f numérisation" },
  { zh = "猪补", en = "pl subsidies", fr = "pl f subventions publiques" },
  { zh = "猪卷", en = "u involution", fr = "f involution" },
  { zh = "猪债", en = "u local debt", fr = "f dette locale/dettes locales" },
  { zh = "猪厂", en = "n tech giant", fr = "m géant de la tech/géants de la tech" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "frnp-test", _TABLE)


@pytest.mark.parametrize("text,expected", [
    # after "les" the gender is not shown: reported, not taken for the verb
    ("Les plateformes 开放 chinoises attirent désormais les développeurs.",
     "Les plateformes 开放 chinoises attirent désormais les développeurs."),
    ("La plateforme 开放 chinoise attire désormais les développeurs.",
     "La plateforme ouverte chinoise attire désormais les développeurs."),
    ("Un modèle 开放 européen séduit désormais les banques.", "Un modèle ouvert européen séduit désormais les banques."),
    # no adjective after it: the verb after its subject, as before
    ("Les banques 开放 désormais leurs données.", "Les banques ouvrent désormais leurs données."),
])
def test_adjective_after_the_term(text, expected, rules):
    assert clean(text, lang="fr", select=["cjk_glossary"], rules=rules).text == expected


@pytest.mark.parametrize("text,expected", [
    ("Les fonds misent tous sur le même 赛道, selon le régulateur.", "Les fonds misent tous sur le même secteur, selon le régulateur."),
    ("La principale 数字化 reste lente.", "La principale numérisation reste lente."),
    # a plural article and an adjective alike in both genders fit the French word whatever its gender
    ("Les deux groupes visent les mêmes 赛道 cette année.", "Les deux groupes visent les mêmes secteurs cette année."),
    ("Le principal 数字化 reste lent.", None),
    ("Le nouveau 生态 attire les développeurs.", None),
    ("Le grand 赛道 de demain sera la robotique.", "Le grand secteur de demain sera la robotique."),
])
def test_article_and_prenominal_adjective(text, expected, rules):
    result = clean(text, lang="fr", select=["cjk_glossary"], rules=rules)
    if expected is None:
        assert result.text == text and [f.rule for f in result.findings] == ["cjk-form-unclear"]
    else:
        assert result.text == expected


@pytest.mark.parametrize("text,expected", [
    # the article was chosen for the other gender; an adverb in -ment, an invariable word or the
    # adjective of another noun phrase after a preposition shows nothing of the term's gender
    ("Le 数字化 avance lentement, notamment dans les petites villes.",
     "La numérisation avance lentement, notamment dans les petites villes."),
    ("Le 数字化 progresse désormais dans toutes les provinces.", "La numérisation progresse désormais dans toutes les provinces."),
    ("Le 数字化 des groupes chinois est en retard.", "La numérisation des groupes chinois est en retard."),
    # a word that does show it: reported
    ("Le 数字化 est devenu prioritaire.", None),
    ("Le 数字化 lent inquiète les élus.", None),
])
def test_later_words_that_show_no_gender_do_not_stop_the_article(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    # after a preposition, a contracted article or "de", the plural changes nothing else
    ("Grâce au 猪补, les ventes ont bondi.", "Grâce aux subventions publiques, les ventes ont bondi."),
    ("La fin du 猪补 inquiète les vendeurs.", "La fin des subventions publiques inquiète les vendeurs."),
    ("Une nouvelle vague de 猪补 est attendue.", "Une nouvelle vague de subventions publiques est attendue."),
    # a subject, or an adjective agreeing with the singular after it: reported
    ("Le 猪补 expire en juin.", None),
    ("Grâce au 猪补 généreux, les ventes ont bondi.", None),
])
def test_a_plural_only_noun_after_a_preposition(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    # a bare term opening the sentence before its verb is the subject: the definite article, of
    # the noun's gender and elision and of the verb's number
    ("猪卷 a fait tomber les prix.", "L'involution a fait tomber les prix."),
    ("Les prix baissent. 猪债 limite la marge des provinces.", "Les prix baissent. La dette locale limite la marge des provinces."),
    ("猪厂 ont réduit leurs embauches.", "Les géants de la tech ont réduit leurs embauches."),
    ("猪厂 n'ont pas répondu.", "Les géants de la tech n'ont pas répondu."),
    # the word after is no verb whose number is plain: reported
    ("猪卷 inquiète les parents.", None),
    ("猪债 locale et nationale pèse sur les provinces.", None),
])
def test_a_bare_term_opening_a_sentence_takes_the_definite_article(text, expected, rules):
    check_glossary(text, expected, "fr", rules, twice=True)
