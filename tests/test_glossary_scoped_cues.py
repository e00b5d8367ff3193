"""Sense cues scoped to one language ("de:Boot"): counted only in text of that language, and an
unknown language code is a rule-file error naming the entry."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.rulefile import RuleSetError
from cleaner.rules import load_rules

# A made-up term with two senses. German "Boot" (a boat) and French "quai" are cues of the
# harbour sense in their language only: English "boot" is a shoe or a computer start.
_TABLE = '''
[[concept]]
zh = "猪槽舟"
sense = "dinghy"
en = "n dinghy"
de = "n Beiboot/Beiboote"
fr = "m canot"
cues = ["sail:2", "de:Boot:2", "de:Hafen:2", "fr:quai:2", "harbour:2"]
examples = ["They tied the 猪槽舟 to the harbour wall before the storm.",
            "Im Hafen lag das 猪槽舟 neben dem alten Boot, das der Fischer gekauft hat."]
counter = ["He wore a boot and bought a 猪槽舟 for his computer."]

[[concept]]
zh = "猪槽舟"
sense = "trough"
en = "n feeding trough"
de = "m Futtertrog/Futtertröge"
fr = "f auge"
cues = ["pig:2", "pigs:2", "farm:2", "en:boot:2", "de:Stall:2"]
examples = ["On the farm the pigs crowd round the 猪槽舟 at noon."]
'''


def _rules(tmp_path, body: str = _TABLE):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True)
    (d / "concepts-user.toml").write_text(body, encoding="utf-8")
    return load_rules(tmp_path / "rules")


def test_a_scoped_cue_is_parsed_with_its_language_and_weight():
    cue = senses.parse_cue("de:Boot:2")
    assert (cue.lang, cue.words, cue.weight) == ("de", ("boot",), 2.0)
    assert cue.applies("de") and not cue.applies("en")
    negative = senses.parse_cue("fr:quai", negative=True)
    assert (negative.lang, negative.weight) == ("fr", -1.0)


def test_a_weight_after_a_short_word_is_no_language():
    # "ev:2" and "AI:2" are a word and its weight, not a scope
    for spec, words in (("ev:2", ("ev",)), ("AI:2", ("AI",)), ("app:1", ("app",))):
        cue = senses.parse_cue(spec)
        assert cue.lang is None and cue.words == words and cue.weight == float(spec.rsplit(":", 1)[1])


def test_scoped_cue_counts_only_in_its_language():
    cue = senses.parse_cue("de:Boot:2")
    assert senses.score((cue,), 0, ["das", "Boot"], [], "de") == 2
    assert senses.score((cue,), 0, ["the", "boot"], [], "en") == 0


def test_the_scoped_cue_chooses_the_sense_in_german_only(tmp_path):
    rules = _rules(tmp_path)
    german = clean("Neben dem Boot schwamm ein 猪槽舟 im Wasser.", lang="de", select=["cjk_glossary"], rules=rules)
    assert "Beiboot" in german.text
    # In English "boot" is no boat: the sense of the trough (an unscoped cue) wins there, and
    # the German cue does not pull the other way.
    english = clean("The farmer kicked the 猪槽舟 with his boot.", lang="en", select=["cjk_glossary"], rules=rules)
    assert "feeding trough" in english.text


def test_a_scoped_cue_of_another_language_is_no_evidence(tmp_path):
    # "quai" counts in French only: in German text it says nothing, so the term is reported.
    rules = _rules(tmp_path)
    text = "Am quai lag ein 猪槽舟 im Wasser."
    result = clean(text, lang="de", select=["cjk_glossary"], rules=rules)
    assert result.text == text
    assert [f.rule for f in result.findings] == ["cjk-sense-unclear"]
    french = clean("Un 猪槽舟 attendait le long du quai.", lang="fr", select=["cjk_glossary"], rules=rules)
    assert "canot" in french.text


@pytest.mark.parametrize("field", ["cues", "negative"])
def test_an_unknown_language_is_a_rule_file_error_naming_the_entry(tmp_path, field):
    body = _TABLE.replace('cues = ["pig:2"', f'{field} = ["xx:Schwein"], cues = ["pig:2"' if field == "negative"
                          else 'cues = ["xx:Schwein", "pig:2"')
    if field == "negative":
        body = _TABLE.replace('cues = ["pig:2", "pigs:2", "farm:2", "en:boot:2", "de:Stall:2"]',
                              'cues = ["pig:2", "pigs:2", "farm:2", "en:boot:2"]\nnegative = ["xx:Schwein"]')
    with pytest.raises(RuleSetError) as exc:
        _rules(tmp_path, body)
    message = str(exc.value)
    assert "猪槽舟" in message and "'xx'" in message and "xx:Schwein" in message


def test_builtin_cues_of_one_language_do_not_fire_in_another():
    # English "war" is a cue of 荣耀 as glory; in German "war" is the past of "sein" and says
    # nothing about the sense, so the phone maker's sales do not become "Ruhm".
    text = "Der Umsatz von 荣耀 war im Mai höher als erwartet."
    result = clean(text, lang="de", select=["cjk_glossary"])
    assert "Ruhm" not in result.text
