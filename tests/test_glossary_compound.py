"""Compound and modifier slots: a term that modifies the noun after it ("Eine 开源 Modell",
"Die 内卷 Wettbewerb") would have to become part of a compound or an adjective; the pass leaves it
and reports it (cjk-form-unclear, "compound slot") instead of pasting a noun with an article that
agrees with the other noun. Where the slot is an ordinary noun slot the term is still translated."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.rules import load_rules

# The terms' grammar is fixed here (a user concept file replaces the built-in entries of the same
# term and sense), so the tests do not depend on how the built-in table renders them.
_CONCEPTS = '''
terms = [
  { zh = "内卷", en = "u involution", de = "f Involution", fr = "f involution" },
  { zh = "开源", en = "n open-source", de = "f Open Source", fr = "m open source" },
  { zh = "闭环", en = "n closed loop", de = "m geschlossen~ Kreislauf/geschlossen~ Kreisläufe", fr = "f boucle fermée" },
  { zh = "平台", en = "n platform", de = "f Plattform/Plattformen", fr = "f plateforme" },
  { zh = "社融", en = "n aggregate financing to the real economy" },
]
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    d = tmp_path_factory.mktemp("rules")
    (d / "glossary").mkdir()
    (d / "glossary" / "concepts-compound.toml").write_text(_CONCEPTS, encoding="utf-8")
    return load_rules(d)


def _clean(text: str, lang: str, rules):
    return clean(text, lang=lang, select=["cjk_glossary"], rules=rules)


def _compound_finding(result, term: str) -> bool:
    return any(f.rule == "cjk-form-unclear" and term in f.reason and "compound slot" in f.reason
               for f in result.findings)


@pytest.mark.parametrize("text,term", [
    ("Eine 开源 Modell aus Hangzhou führt die Rangliste an.", "开源"),          # the article was made for "Modell"
    ("Ein 开源 Modell aus Hangzhou führt die Rangliste an.", "开源"),           # it agrees with "Modell", not "Open Source"
    ("Das Unternehmen setzt auf einen 开源 Ansatz.", "开源"),
    ("Die 内卷 Wettbewerb unter den Autobauern drückt die Gewinne.", "内卷"),
    ("Der 内卷 Wettbewerb unter den Autobauern drückt die Gewinne.", "内卷"),
    ("Mit 内卷 Wettbewerb lasse sich kein Geschäft aufbauen.", "内卷"),        # preposition, no article
    ("Zwei 平台 Betreiber haben geklagt.", "平台"),                             # a number before it
    ("Die Behörde prüft den 内卷Wettbewerb der Lieferdienste.", "内卷"),        # glued to the noun
])
def test_german_modifier_slot_is_left_and_reported(rules, text, term):
    result = _clean(text, "de", rules)
    assert result.text == text
    assert _compound_finding(result, term)


@pytest.mark.parametrize("text,expected", [
    ("Die 内卷 unter den Autobauern drückt die Gewinne.", "Die Involution unter den Autobauern drückt die Gewinne."),
    ("Der Verband warnt vor der 内卷 in der Branche.", "Der Verband warnt vor der Involution in der Branche."),
    ("Mit 内卷 lasse sich kein Geschäft aufbauen.", "Mit Involution lasse sich kein Geschäft aufbauen."),
    ("Das Werk arbeitet in einem 闭环.", "Das Werk arbeitet in einem geschlossenen Kreislauf."),
    ("Das Werk arbeitet in einem 闭环, sagt der Chef.", "Das Werk arbeitet in einem geschlossenen Kreislauf, sagt der Chef."),
    ("Die Firma setzt auf eine 开源 und verdient trotzdem.", "Die Firma setzt auf eine Open Source und verdient trotzdem."),
    ("Zwei 平台 haben geklagt.", "Zwei Plattformen haben geklagt."),
])
def test_german_noun_slot_still_translates(rules, text, expected):
    result = _clean(text, "de", rules)
    assert result.text == expected
    assert not _compound_finding(result, "")


def test_english_rendering_with_its_own_article_is_not_pasted_as_a_modifier(rules):
    text = "The 社融 data for May surprised analysts."
    result = _clean(text, "en", rules)
    assert result.text == text
    assert _compound_finding(result, "社融")


@pytest.mark.parametrize("text,expected", [
    # The same rendering where it heads its own noun phrase.
    ("The 社融 rose 8% in May.", "The aggregate financing to the real economy rose 8% in May."),
    # An ordinary noun used as a modifier is fine in English.
    ("The company runs a 开源 model.", "The company runs an open-source model."),
    ("The 平台 operator was fined.", "The platform operator was fined."),
])
def test_english_modifier_slot_still_translates(rules, text, expected):
    assert _clean(text, "en", rules).text == expected
