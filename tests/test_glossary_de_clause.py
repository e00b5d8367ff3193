"""German clause structure around a term:

- A term that ends a main clause whose finite verb is a modal stands in the infinitive's place:
  with a concept that has no German verb it is reported, not replaced by a noun ("Die Regierung
  will die Regeln bis Juni 降本增效."). After wollen, möchten or werden, which also take a noun
  object, only when the clause already has its object.
- A separable verb second in a main clause with words after it: the particle goes to the end of
  the clause (before a comma or the sentence end), never across a subordinate clause.

The renderings come from a small table layered over the built-in one, so the tests hold the
mechanism, not the table's wording.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_glossary, glossary_rules

_TABLE = '''description = "test concepts for German clauses"
terms = [
  { zh = "降本增效", en = "u cost cutting", de = "pl Kostensenkungen und Effizienzgewinne" },
  { zh = "提质", en = "u quality upgrading", de = "f Qualitätssteigerung/Qualitätssteigerungen" },
  { zh = "暴跌", en = "v plunge", de = "m Absturz/Abstürze; v ein|brechen/bricht/brach/gebrochen +sein" },
  { zh = "裁员", en = "pl layoffs", de = "m Stellenabbau; v ab|bauen" },
  { zh = "减债", en = "u deleveraging", de = "m Schuldenabbau; v Schulden ab|bauen" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "declause-test", _TABLE)


def _check(text: str, expected: str | None, rules) -> None:
    check_glossary(text, expected, "de", rules, twice=True)


@pytest.mark.parametrize("text,expected", [
    # a modal that takes an infinitive: the verb's place
    ("Die Stadtwerke müssen bis Ende des Jahres 降本增效.", None),
    ("Im nächsten Jahr sollen die Fabriken 提质.", None),
    # wollen, möchten, werden with an object already in the clause
    ("Der Vorstand will die Sparte bis März 降本增效.", None),
    ("Peking möchte die Staatsbetriebe 提质.", None),
    # a noun slot: after a determiner, a preposition or an adjective; wollen with a noun object
    ("Der Vorstand will bis März 降本增效.", "Der Vorstand will bis März Kostensenkungen und Effizienzgewinne."),
    ("Der Vorstand will die 提质.", "Der Vorstand will die Qualitätssteigerung."),
    ("Die Firma will in der Krise mehr 降本增效.", "Die Firma will in der Krise mehr Kostensenkungen und Effizienzgewinne."),
])
def test_modal_bracket_without_a_german_verb(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text,expected", [
    # the particle goes to the end of the clause: before the sentence end or a comma
    ("Der Index 暴跌 gestern um 3,5 Prozent.", "Der Index brach gestern um 3,5 Prozent ein."),
    ("Der Konzern 裁员 im vergangenen Jahr 1.200 Stellen, wie die Gewerkschaft mitteilte.",
     "Der Konzern baute im vergangenen Jahr 1.200 Stellen ab, wie die Gewerkschaft mitteilte."),
    ("Der Hafen 裁员 im vergangenen Jahr mehr als 400 Stellen", "Der Hafen baute im vergangenen Jahr mehr als 400 Stellen ab"),
    ("Die Aktie 暴跌 gestern an der Börse in Hongkong.", "Die Aktie brach gestern an der Börse in Hongkong ein."),
    # the subject's number: the plural
    ("Die Banken 裁员 im vergangenen Jahr Tausende Stellen.", "Die Banken bauten im vergangenen Jahr Tausende Stellen ab."),
    # a weekday after "am" names a past day in news text
    ("Der Index 暴跌 am Montag um 8 Prozent.", "Der Index brach am Montag um 8 Prozent ein."),
])
def test_separable_verb_particle_at_clause_end(text, expected, rules):
    _check(text, expected, rules)


@pytest.mark.parametrize("text", [
    # a coordinated verb or another clause may start before the end: not split
    "Der Konzern 裁员 im vergangenen Jahr 800 Stellen und schloss zwei Werke.",
    "Der Konzern 裁员 im vergangenen Jahr Stellen die er geschaffen hatte.",
    "Der Index 暴跌 gestern wie erwartet.",
    # a period that may belong to an abbreviation or an ordinal
    "Der Index 暴跌 gestern um 2 Mio. Punkte.",
    "Der Index 暴跌 gestern am 3. Handelstag.",
    # the tense is not clear: no time phrase, or a future marker beside the past one
    "Der Index 暴跌 um 8 Prozent.",
    "Der Index 暴跌 am Montag um 8 Prozent, und er wird weiter fallen.",
])
def test_separable_verb_not_split(text, rules):
    result = clean(text, lang="de", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    assert [f.rule for f in result.findings] == ["cjk-form-unclear"]


def test_split_edit_keeps_the_words_it_moves_past(rules):
    text = "Vorspann.\nDer Konzern 裁员 im vergangenen Jahr 1.200 Stellen, sagte er.\nNächste Zeile."
    result = clean(text, lang="de", select=["cjk_glossary"], rules=rules)
    assert result.text == "Vorspann.\nDer Konzern baute im vergangenen Jahr 1.200 Stellen ab, sagte er.\nNächste Zeile."
    (edit,) = result.edits
    assert edit.before == "裁员 im vergangenen Jahr 1.200 Stellen" and edit.rule == "cjk-leftover"


@pytest.mark.parametrize("text,expected", [
    ("Die Stadt will bis 2030 减债.", "Die Stadt will bis 2030 Schulden abbauen."),
    # the complement's noun is already in the clause: not written twice
    ("Die Stadt will die Schulden bis 2030 减债.", "Die Stadt will die Schulden bis 2030 abbauen."),
    ("Die Stadt will ihre hohen Schulden schneller 减债.", "Die Stadt will ihre hohen Schulden schneller abbauen."),
    # in another clause it does not count
    ("Die Schulden wachsen, die Stadt will bis 2030 减债.", "Die Schulden wachsen, die Stadt will bis 2030 Schulden abbauen."),
])
def test_complement_already_in_the_clause(text, expected, rules):
    _check(text, expected, rules)
