"""The slot rules on the built-in concept table: the sentences of the known slot errors, with the
expected form computed from the table's own renderings (so a reworded rendering does not break
the test, while a wrong form does)."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary.table import senses_by_term
from cleaner.passes.cjk_glossary import NAME
from cleaner.rules import default_rules


def _renderings(zh: str, lang: str) -> tuple:
    group = senses_by_term(default_rules().get(NAME)).get(zh)
    assert group, f"{zh} is in the concept table"
    return group[0].rendering(lang)


def _by_pos(zh: str, pos: str):
    return next((r for r in _renderings(zh, "en") if r.pos == pos), None)


def _clean(text: str, lang: str):
    return clean(text, lang=lang, select=["names", "cjk_glossary"])


@pytest.mark.parametrize("text,term", [
    ("Merchants hire people to 刷单 on the platform.", "刷单"),
    ("Millions of users flocked to the app to 薅羊毛 during the festival.", "薅羊毛"),
    ("Parents in Haidian spend huge sums to 鸡娃 through extra classes.", "鸡娃"),
])
def test_purpose_infinitive_takes_the_verb(text, term):
    verb = _by_pos(term, "v")
    result = _clean(text, "en")
    if verb is None:
        assert term in result.text and any(f.rule == "cjk-form-unclear" for f in result.findings)
    else:  # the base form, or its form for a clause without an object ("to 鸡娃 through extra classes")
        assert result.text in {text.replace(term, verb.forms[0])} | (
            {text.replace(term, verb.bare[0])} if verb.bare else set())


def test_preposition_to_keeps_the_noun():
    text = "The shift to 直播带货 has hurt department stores."
    noun = _by_pos("直播带货", "u")
    assert noun is not None, "直播带货 has a mass noun"
    assert _clean(text, "en").text == text.replace("直播带货", noun.forms[0])


@pytest.mark.parametrize("text", [
    "Die Hälfte der 信用卡 wird nie benutzt.",
    "Ein Drittel der 信用卡 ist abgelaufen.",
    "Die Zahl der 信用卡 steigt.",
    "Eine der 信用卡 ist gesperrt.",
])
def test_german_genitive_plural_after_a_word_of_quantity(text):
    (card,) = _renderings("信用卡", "de")[:1]
    assert card.gender == "f" and card.plural is not None
    assert _clean(text, "de").text == text.replace("信用卡", card.form("gen", "weak", plural=True))


def test_german_ambiguous_der_is_reported_not_guessed():
    text = "Die Farbe der 信用卡 ist blau."
    result = _clean(text, "de")
    assert result.text == text
    assert [f.rule for f in result.findings] == ["cjk-form-unclear"]
