"""A bare term opening a German sentence right before its finite verb in the singular is the
subject, and a German singular noun there takes the definite article in the nominative; a plural
subject may stand bare (as before), and anything else is reported. The renderings come from a
small table layered over the built-in one."""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "German nouns opening a sentence"
terms = [
  { zh = "猪卷", en = "u involution", de = "f Involution" },
  { zh = "猪债", en = "u local debt", de = "f Verschuldung der Lokalregierungen" },
  { zh = "猪播", en = "u live shopping", de = "n Live-Shopping" },
  { zh = "猪路", en = "p the Belt and Road", de = "f Neu~ Seidenstraße" },
  { zh = "猪厂", en = "n tech giant", de = "pl groß~ Tech-Konzerne" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "desubj-test", _TABLE)


@pytest.mark.parametrize("text,expected", [
    ("猪卷 hat die Preise unter die Herstellungskosten gedrückt.", "Die Involution hat die Preise unter die Herstellungskosten gedrückt."),
    ("猪债 schränkt den Spielraum stark ein.", "Die Verschuldung der Lokalregierungen schränkt den Spielraum stark ein."),
    ("Die Umsätze steigen. 猪播 erzielte im vergangenen Jahr Rekorde.", "Die Umsätze steigen. Das Live-Shopping erzielte im vergangenen Jahr Rekorde."),
    ("猪路 ist zehn Jahre alt.", "Die Neue Seidenstraße ist zehn Jahre alt."),
])
def test_a_singular_subject_opening_the_sentence_takes_the_definite_article(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text", [
    "猪厂 hat Stellen gestrichen.",        # the table has only a plural: the verb does not agree
    "猪卷 heute ist überall.",             # the word after is no finite verb
    "Laut Experten hat 猪卷 zugenommen.",   # not opening the sentence
])
def test_other_bare_terms_are_reported(text, rules):
    result = clean(text, lang="de", select=["cjk_glossary"], rules=rules)
    assert result.text == text and any(f.pass_name == "cjk_glossary" for f in result.findings)


@pytest.mark.parametrize("text,expected", [
    # a preposition joined to an article of another gender: the article of the word's gender,
    # joined again where German joins it
    ("Der Konzern setzt beim 猪卷 auf Tempo.", "Der Konzern setzt bei der Involution auf Tempo."),
    ("Die Firma verdient am 猪播 gut.", "Die Firma verdient am Live-Shopping gut."),
    ("Sie setzen aufs 猪路.", "Sie setzen auf die Neue Seidenstraße."),
    ("Zur 猪播 gehört ein Studio.", "Zum Live-Shopping gehört ein Studio."),
])
def test_a_preposition_joined_to_an_article_agrees_with_the_word(text, expected, rules):
    check_glossary(text, expected, "de", rules, twice=True)


def test_a_word_before_a_comma_is_no_preposition_of_the_term(rules):
    # "auf," is the particle of "forderte ... auf", not a preposition governing the term
    check_glossary("Xi forderte die Kader auf, 猪厂 zu gründen.", "Xi forderte die Kader auf, große Tech-Konzerne zu gründen.",
                   "de", rules)
