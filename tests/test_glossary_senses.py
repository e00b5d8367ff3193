"""Senses: weighted cues near the term, a margin, and examples checked when the table loads."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glossary import senses
from cleaner.rulefile import RuleSetError
from cleaner.rules import load_rules


def out(text: str, lang: str = "en") -> str:
    return clean(text, lang=lang, select=["cjk_glossary"]).text


@pytest.mark.parametrize("text,expected", [
    ("The drivers lost grip on the wet 赛道 during the Grand Prix.", "wet circuit"),
    ("Investors are racing into the 赛道 of humanoid robots.", "sector"),
    ("Shares of AI chipmaker 寒武纪 jumped after an explosion in demand.", "Cambricon"),
    ("Regulators opened a probe into 月之暗面 over its chatbot.", "Moonshot AI"),
    ("Houthi attacks on ships in the 红海 forced carriers to reroute.", "Red Sea"),
])
def test_sense_follows_the_cues_near_the_term(text, expected):
    assert expected in out(text)


def test_cues_outside_the_window_do_not_count():
    far = "Grand Prix drivers, who also race on weekends in many other countries around the world, now invest in a single 赛道."
    assert "track" not in out(far)


def test_cues_match_whole_words_only():
    # "Kartellamt" starts with "Kart" but is no karting cue
    assert "Sektor" in out("Das Kartellamt prüft den 赛道 der Lieferdienste.", "de")


def test_a_cue_inside_a_longer_cue_phrase_does_not_count():
    # "Lunar" is a cue for the far side of the moon, but not inside "Lunar New Year"
    assert "Moonshot AI" in out("Alibaba invested in 月之暗面 shortly before the Lunar New Year.")
    assert "far side of the moon" in out("The lunar probe landed on the 月之暗面 in January.")


def test_hyphenated_words_offer_their_parts_as_cues():
    assert "far side of the moon" in out("Samples came back from the 月之暗面 with the Chang'e-6 mission.")


def test_no_clear_winner_leaves_the_term_with_a_finding():
    text = "They were racing on the 赛道 yesterday."
    result = clean(text, lang="en", select=["cjk_glossary"])
    assert result.text == text
    assert [f.rule for f in result.findings] == ["cjk-sense-unclear"]


def test_entity_cues_are_case_sensitive():
    cue = senses.parse_cue("CCTV:3")
    assert cue.exact_case and cue.weight == 3
    assert senses.score((cue,), 0, ["the", "CCTV"], []) == 3
    assert senses.score((cue,), 0, ["the", "cctv"], []) == 0
    plain = senses.parse_cue("racing")
    assert not plain.exact_case and senses.score((plain,), 0, ["Racing"], []) == 1


def _write(tmp_path, body: str):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True)
    (d / "concepts-user.toml").write_text(body, encoding="utf-8")
    return tmp_path / "rules"


def test_a_failing_example_is_a_rule_file_error(tmp_path):
    rules = _write(tmp_path, '''
[[concept]]
zh = "苹果"
sense = "apple (fruit)"
en = "n apple"
cues = ["orchard:3"]
examples = ["苹果 cut the price of the iPhone."]
counter = ["The orchard grows 苹果."]
''')
    with pytest.raises(RuleSetError) as exc:
        load_rules(rules)
    message = str(exc.value)
    assert "example" in message and "苹果" in message


def test_user_concepts_layer_over_the_table(tmp_path):
    rules = _write(tmp_path, '''
terms = [
  { zh = "抓手", en = "n handle", de = "m Griff/Griffe" },
]
''')
    loaded = load_rules(rules)
    assert clean("It is a 抓手 for growth.", lang="en", select=["cjk_glossary"], rules=loaded).text == "It is a handle for growth."


def test_plain_user_glossary_still_works(tmp_path):
    d = tmp_path / "rules" / "glossary"
    d.mkdir(parents=True)
    (d / "zh-es.toml").write_text('[terms]\n"赛道" = "sector"\n', encoding="utf-8")
    loaded = load_rules(tmp_path / "rules")
    assert clean("No apostamos por un solo 赛道.", lang="es", select=["cjk_glossary"], rules=loaded).text == \
        "No apostamos por un solo sector."


# A made-up term (not in the built-in table) with two senses.
_TWO_SENSES = '''
[[concept]]
zh = "猪槽跳"
sense = "job hopping"
prior = 1.5
en = "u job hopping"
cues = ["employer:2", "salary:2", "recruiter:2"]
examples = ["She is thinking about 猪槽跳 because her salary has not risen."%s]

[[concept]]
zh = "猪槽跳"
sense = "trough jumping"
en = "u trough jumping"
cues = ["pig:3", "pigs:3", "farm:2"]
examples = ["On the farm the pigs keep 猪槽跳 at feeding time."]
'''


def _two_senses(tmp_path, extra_example: str = ""):
    return load_rules(_write(tmp_path, _TWO_SENSES % extra_example))


def _findings(text: str, rules) -> list[str]:
    return [f.rule for f in clean(text, lang="en", select=["cjk_glossary"], rules=rules).findings]


def test_no_cue_near_an_ambiguous_term_leaves_it_whatever_the_prior(tmp_path):
    # Job hopping is the usual sense (prior 1.5), but nothing near the term says so: the prior
    # alone does not decide, the term stays and is reported.
    rules = _two_senses(tmp_path)
    text = "Young engineers in Shenzhen talk about 猪槽跳 all the time."
    assert clean(text, lang="en", select=["cjk_glossary"], rules=rules).text == text
    assert _findings(text, rules) == ["cjk-sense-unclear"]


def test_with_a_cue_the_prior_still_weighs(tmp_path):
    rules = _two_senses(tmp_path)
    assert "job hopping" in clean("Her recruiter said 猪槽跳 would raise her pay.", lang="en", select=["cjk_glossary"],
                                  rules=rules).text
    assert "trough jumping" in clean("The pigs on the farm started 猪槽跳 again.", lang="en", select=["cjk_glossary"],
                                     rules=rules).text


def test_a_cue_less_example_is_the_tables_evidence_that_the_prior_holds_alone(tmp_path):
    rules = _two_senses(tmp_path, ', "Many people consider 猪槽跳 in spring."')
    out = clean("Young engineers in Shenzhen talk about 猪槽跳 all the time.", lang="en", select=["cjk_glossary"],
                rules=rules)
    assert out.text == "Young engineers in Shenzhen talk about job hopping all the time."
    assert not out.findings


def test_a_weightless_cue_phrase_is_not_evidence(tmp_path):
    body = _TWO_SENSES.replace('cues = ["pig:3"', 'cues = ["Lunar New Year:0", "pig:3"') % ""
    rules = load_rules(_write(tmp_path, body))
    assert _findings("Before the Lunar New Year many consider 猪槽跳.", rules) == ["cjk-sense-unclear"]


def test_builtin_ambiguous_terms_without_a_cue_take_no_silent_prior():
    # Every term of the built-in table with several senses, in a sentence with no cue of any
    # sense: it stays with cjk-sense-unclear unless the table shows its prior holding alone.
    from cleaner.glossary.table import senses_by_term
    from cleaner.rules import default_rules

    groups = [g for g in senses_by_term(default_rules().get("cjk_glossary")).values() if len(g) > 1]
    assert groups
    for group in groups:
        text = f"Nobody here talked about {group[0].zh} yesterday."
        result = clean(text, lang="en", select=["cjk_glossary"])
        rules = [f.rule for f in result.findings]
        if senses.prior_holds_alone(tuple(group)):
            # The prior sense is taken; the slot then decides the form (or reports it).
            assert "cjk-sense-unclear" not in rules, group[0].zh
        else:
            assert result.text == text, (group[0].zh, result.text)
            assert rules == ["cjk-sense-unclear"], group[0].zh


def test_the_seed_sentence_keeps_its_usual_sense():
    # 赛道's table shows its prior holding alone (a cue-less example), so the seed is unchanged.
    assert out("The benefit of doing this is that we don't bet on a single赛道.") == \
        "The benefit of doing this is that we don't bet on a single sector."
