"""A one-sentence record (a JSON Lines segment of an MT dataset) is too short for the language
detector; its function words still say which language a leftover CJK term is translated into,
and a record in another language keeps its term."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.lang import HAN_RUN


@pytest.mark.parametrize("sentence, rendering", [
    ("we don't bet on a single赛道.", "sector"),
    ("The 英国 government said it would respond.", "British"),
    ("数字经济 is now the first priority of local governments.", "digital economy"),
    ("Die 人工智能 verändert die Industrie.", "künstliche Intelligenz"),
    ("Le 人工智能 transforme l'industrie.", "intelligence artificielle"),
    # German and French words that no other language shares outweigh one that English has too
    ("Der Konzern will bis 2030 einen 闭环 aufbauen.", "geschlossenen Kreislauf"),
    ("Die Fabrik arbeitet in einem 闭环 ohne Abfall.", "in einem geschlossenen Kreislauf ohne Abfall"),
    ("Selon le ministère, le 闭环 réduit les déchets.", "la boucle fermée"),
    # "des" is French and German: in one sentence it counts for neither, and "am" is German
    ("Die Sprecherin des 外交部 sagte am Montag.", "des Außenministeriums"),
    ("Der Sprecher des 外交部 äußerte sich am Abend.", "des Außenministeriums"),
])
def test_a_sentence_in_a_target_language_gets_its_leftover_translated(sentence, rendering):
    result = clean(sentence)
    assert rendering in result.text and not HAN_RUN.search(result.text)


@pytest.mark.parametrize("sentence", [
    "El 人工智能 transforma la industria.",
    "De 人工智能 verandert de industrie.",
    "O 人工智能 transforma a indústria rapidamente.",
])
def test_a_sentence_in_another_language_keeps_its_term_and_reports_it(sentence):
    result = clean(sentence)
    assert result.text == sentence
    assert any(f.pass_name == "cjk_glossary" for f in result.findings)
