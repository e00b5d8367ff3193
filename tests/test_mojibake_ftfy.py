"""ftfy's own test cases through the mojibake pass alone, and the prefilter against ftfy's badness.

tests/data/ftfy_cases/ holds ftfy's in-the-wild, synthetic and negative cases (Apache-2.0, see the
README there). The pass must give ``fixed-encoding`` (or ``fixed`` where absent) for every case:
it keeps curly quotes, so ftfy's ``fixed`` (quotes uncurled) is not the target when they differ.
"""

from __future__ import annotations

import json

import ftfy
import pytest
from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner import mojibake_zh as zh
from cleaner.passes import mojibake

from helpers import DATA, ftfy_encoding_config

FTFY = DATA / "ftfy_cases"
SETS = ("in-the-wild", "synthetic", "negative")


def _cases(name: str) -> list[dict]:
    return json.loads((FTFY / f"{name}.json").read_text(encoding="utf-8"))


CASES = [pytest.param(case, id=f"{name}:{i}:{case['label'][:40]}")
         for name in SETS for i, case in enumerate(_cases(name))]


def test_the_copied_sets_are_complete():
    assert [len(_cases(name)) for name in SETS] == [70, 30, 31]
    assert all(case["expect"] == "pass" for name in SETS for case in _cases(name))
    assert "Apache License" in (FTFY / "LICENSE.txt").read_text(encoding="utf-8")
    assert "74dd0452b48286a3770013b3a02755313bd5575e" in (FTFY / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_ftfy_case(case):
    expected = case.get("fixed-encoding", case["fixed"])
    result = clean(case["original"], select=["mojibake"])
    assert result.text == expected
    if expected == case["original"]:
        assert result.edits == []
    # stable: cleaning the output again changes nothing
    assert clean(result.text, select=["mojibake"]).text == result.text


@pytest.mark.parametrize("case", CASES)
def test_prefilter_agrees_with_ftfy_badness(case):
    for line in case["original"].splitlines():
        assert mojibake.is_bad(line) == is_bad(line)
        if not mojibake.is_bad(line):  # then ftfy changes nothing
            assert ftfy.fix_text(line, config=ftfy_encoding_config()) == line


def test_the_new_encodings_have_their_rules_and_levels():
    cases = {
        "g√¢teaux et r√©gime √©quilibr√©": ("utf8-as-macroman", "gâteaux et régime équilibré"),
        "РґРѕСЂРѕРіРµ Р\x98Р·-РїРѕРґ #С„СѓС‚Р±РѕР»": ("utf8-as-cp1251", "дороге Из-под #футбол"),
        "LiĂ¨ge": ("utf8-as-cp1250", "Liège"),
        "#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡": ("utf8-as-cp437", "#правильное"),
    }
    for text, (rule, fixed) in cases.items():
        result = clean(text, select=["mojibake"])
        assert result.text == fixed
        assert {e.rule for e in result.edits} == {rule}
        assert {e.safety for e in result.edits} == {"safe"}  # exactly the UTF-8 read in that codec
    c1 = clean("\x84Handwerk bringt dich überall hin\x93", select=["mojibake"])
    assert c1.text == "„Handwerk bringt dich überall hin“"
    assert {(e.rule, e.safety) for e in c1.edits} == {("c1-controls", "likely")}
    lost_a0 = clean("voilÃ le travail", select=["mojibake"])
    assert lost_a0.text == "voilà le travail"
    assert [(e.rule, e.safety) for e in lost_a0.edits] == [("utf8-as-cp1252", "likely")]


def test_twice_over_in_two_codecs_is_safe():
    # "£" as UTF-8 read as Windows-1252 ("Â£"), that as UTF-8 read as Windows-1251
    text = "£".encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1251")
    assert text == "Г‚ВЈ"
    result = clean(f"a {text}5.8bn rights issue", select=["mojibake"])
    assert result.text == "a £5.8bn rights issue"
    assert [e.safety for e in result.edits] == ["safe"]


# -- the prefilter finds every line ftfy's badness regex matches ------------------------------------
_MOJI = ["â€™", "Ã©", "g√¢", "РґРѕ", "Ă¨", "╨┐╤Ç", "\x84", "Ã ", "Â£", "ÂÃ", "вЂ", "Œ ", "à²", "β€™", "ā€"]
_PLAIN = list("ab é’“”—中 \u00a0ÀÁÂÃ¢£¤×·°±²©®»«Р¬ВГСÐÎØÙ√≈‚∂╨│€™") + ["\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_MOJI + _PLAIN), max_size=12).map("".join))
def test_is_bad_is_ftfys(text):
    for line in text.splitlines() or [text]:
        assert mojibake.is_bad(line) == is_bad(line), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2600), max_size=16))
def test_is_bad_is_ftfys_on_any_text(text):
    assert mojibake.is_bad(text) == is_bad(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MOJI + _PLAIN), max_size=12).map("".join))
def test_the_pass_repairs_what_ftfy_repairs(text):
    """Line by line, the pass gives what ftfy.fix_text (with the pass's settings) gives, except
    where it repairs GBK or Big5 read as Latin-1 (which ftfy does not)."""
    config = ftfy_encoding_config()
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        fixed = ftfy.fix_text(line, config=config)
        if line and not list(zh.double_byte_as_single_byte(line)) and not list(zh.double_byte_as_single_byte(fixed)):
            assert clean(line, select=["mojibake"]).text == fixed, line


def test_a_lone_surrogate_next_to_a_repair_never_crashes_the_pass():
    # Found by the fuzz session: C1 controls around a lone surrogate.
    from cleaner import clean

    result = clean("\x80\ud800\x80", select=["mojibake"])
    assert all(e.safety != "safe" for e in result.edits)
    assert clean(result.text, select=["mojibake"]).text == result.text
