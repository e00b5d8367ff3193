"""Leftover Chinese in German: a sense cue that is a noun counts inside a compound it ends
("Batteriehersteller" is a kind of "Hersteller", "Krabbenkutter" a kind of "Kutter"), as German
writes a kind of a thing as one word; never a cue at the start or in the middle of a word."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary.senses import _compound_heads


def _out(text: str) -> str:
    return clean(text, lang="de", select=["names", "cjk_glossary"]).text


@pytest.mark.parametrize("text, expected", [
    ("Mehrere Batteriehersteller planen, im nächsten Jahr zu 出海.", "ins Ausland zu expandieren"),
    ("Wegen des Taifuns durften die Krabbenkutter nicht 出海.", "in See stechen"),
])
def test_a_cue_counts_as_the_last_part_of_a_compound(text, expected):
    assert expected in _out(text)


def test_without_the_compound_the_sense_is_not_chosen():
    text = "Mehrere Batterieleute planen, im nächsten Jahr zu 出海."
    assert _out(text) == text


def test_compound_heads():
    assert "hersteller" in _compound_heads("Batteriehersteller")
    assert "kart" not in _compound_heads("Kartellamt")  # a head ends a word; "Kart" begins this one
    assert _compound_heads("Marken") == []  # too short to be a compound
    assert _compound_heads("hersteller") == []  # lower case: no German noun
    assert _compound_heads("ASEAN-Staaten") == []
    # a derived word is no compound: its prefix is no first part
    assert "fluss" not in _compound_heads("Einfluss")
    assert "sicherung" not in _compound_heads("Versicherung")
    assert "essen" not in _compound_heads("Interessen")
    assert "spiel" not in _compound_heads("Beispiel")
    assert "spiel" in _compound_heads("Endspiel") or "spiel" in _compound_heads("Computerspiel")
