"""German: "den" after a noun opens an object, not a genitive attribute.

A determiner after a noun is read as a genitive attribute of that noun ("die Zukunft des 港口" ->
"des Hafens"; "die Aktie der 银行" may be "der Bank" or "der Banken" and is reported); "den" has no genitive, so after a noun it is the accusative object of the clause
("ob der Konzern den 港口 kontrolliert" -> "den Hafen"), never the dative plural ("den Häfen")."""

from __future__ import annotations

import pytest

from helpers import check_glossary, glossary_rules

_TABLE = '''
terms = [
  { zh = "港口", en = "n port", de = "m Hafen/Häfen", fr = "m port" },
  { zh = "银行", en = "n bank", de = "f Bank/Banken", fr = "f banque" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return glossary_rules(tmp_path_factory, "deobject", _TABLE)


@pytest.mark.parametrize("text, expected", [
    ("Die Behörde prüft, ob der Konzern den 港口 kontrolliert.", "Die Behörde prüft, ob der Konzern den Hafen kontrolliert."),
    ("Am Montag kaufte die Reederei den 港口 für 2 Milliarden Euro.",
     "Am Montag kaufte die Reederei den Hafen für 2 Milliarden Euro."),
    ("Die Aktie der 银行 fiel um 3 Prozent.", None),  # "der Bank" or "der Banken": reported
    ("Die Zukunft des 港口 ist offen.", "Die Zukunft des Hafens ist offen."),
    ("Schiffe fahren zu den 港口 im Süden.", "Schiffe fahren zu den Häfen im Süden."),
])
def test_den_after_a_noun_is_an_object(rules, text, expected):
    check_glossary(text, expected, "de", rules, twice=True)
