"""The shipped concept table is data that is checked: keys, renderings, grammar notation, senses."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from cleaner.glossary.forms import parse_de, parse_en, parse_fr
from cleaner.glossary.senses import parse_cue
from cleaner.glossary.table import LANGS
from cleaner.lang import HAN_RUN
from cleaner.passes.cjk_glossary import NAME
from cleaner.rules import builtin_rules_dir, default_rules
from cleaner.simplified_traditional import to_simplified

FILES = sorted((builtin_rules_dir() / "glossary").glob("concepts*.toml"))
PARSE = {"en": parse_en, "de": parse_de, "fr": parse_fr}


def entries(path: Path) -> list[dict]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [*data.get("terms", []), *data.get("concept", [])]


def all_entries() -> list[dict]:
    return [e for p in FILES for e in entries(p)]


def test_only_concept_tables_ship():
    """One table for all languages: no per-language glossary drifting apart from it."""
    shipped = sorted(p.name for p in (builtin_rules_dir() / "glossary").glob("*.toml"))
    assert shipped == [p.name for p in FILES]
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_entries_are_well_formed(path):
    text = path.read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert header.startswith("#") and "Simplified" in header and "reviewed" in header.lower()
    for e in entries(path):
        zh = e["zh"]
        assert HAN_RUN.fullmatch(zh), zh
        assert to_simplified(zh) == zh, f"{zh} is not Simplified"
        assert "en" in e, zh
        for lang in LANGS:
            specs = e.get(lang, [])
            for spec in [specs] if isinstance(specs, str) else specs:
                rendering = PARSE[lang](spec)  # raises on a bad notation
                assert not HAN_RUN.search(spec), zh
                assert spec == spec.strip() and not spec.endswith((".", ",", ";")), zh
                assert rendering.text


def test_no_concept_is_defined_twice():
    """Across files too: the loader lets a later file replace an entry (that is how user tables
    layer over the built-in one), so a built-in duplicate would silently drop one of them."""
    keys = Counter((e["zh"], e.get("sense", "")) for e in all_entries())
    assert [k for k, n in keys.items() if n > 1] == []


def test_a_variant_is_not_also_a_term_or_another_terms_variant():
    terms = {e["zh"] for e in all_entries()}
    owners: dict[str, set[str]] = {}
    for e in all_entries():
        for v in e.get("variants", []):
            owners.setdefault(v, set()).add(e["zh"])
    assert [v for v in owners if v in terms] == []
    assert {v: zh for v, zh in owners.items() if len(zh) > 1} == {}


def test_a_sense_lists_each_cue_once():
    """A cue written twice (an English and a German word spelled alike, "software" and
    "Software") would count twice and tip the sense."""
    for e in all_entries():
        for field in ("cues", "negative"):
            cues = [parse_cue(c) for c in e.get(field, [])]
            keys = Counter(c.words if c.exact_case else tuple(w.lower() for w in c.words) for c in cues)
            assert [k for k, n in keys.items() if n > 1] == [], (e["zh"], e.get("sense"), field)


def test_german_nominalised_adjectives_give_their_genitive():
    """"der Freiwillige, des Freiwilligen": a noun that declines like an adjective
    ("m Freiwillig~") gives its genitive, else the rule for nouns would write "des Freiwilligens"."""
    missing = []
    for e in all_entries():
        if "de" in e:
            r = parse_de(e["de"])
            if r.gender in ("m", "n") and r.singular.endswith("~") and r.genitive is None:
                missing.append(e["zh"])
    assert missing == []


_INSTITUTION = re.compile(r"\b(?:Ministry|Commission|Committee|Council|Bureau|Administration|Office|Organization|"
                          r"Forum|Federation|Department|Congress|United Nations|White House|Pentagon|Kremlin)\b")


def test_institution_names_carry_their_article():
    """"the Ministry of Commerce said", never "Ministry of Commerce said": a name that takes
    'the' in English is written with it (dropped by the pass after another determiner)."""
    missing = []
    for e in all_entries():
        specs = [e["en"]] if isinstance(e["en"], str) else e["en"]
        missing += [(e["zh"], s) for s in specs if s.startswith("p ") and _INSTITUTION.search(s)
                    and not s.startswith("p the ")]
    assert missing == []


def test_coverage():
    concepts = all_entries()
    assert len({e["zh"] for e in concepts}) >= 3000
    both = [e for e in concepts if "de" in e and "fr" in e]
    assert len(both) >= 1000
    # verbs: terms MT leaves in a verb slot have verb forms
    verbs = [e for e in concepts if any(s.startswith("v ") for s in ([e["en"]] if isinstance(e["en"], str) else e["en"]))]
    assert len(verbs) >= 40


def test_required_vocabulary_is_covered():
    terms = {e["zh"] for e in all_entries()}
    for key in ("赛道", "回报", "生态", "闭环", "抓手", "颗粒度", "出海", "算力", "大模型", "护城河",
                "新质生产力", "独角兽", "国产替代", "降本增效", "阿里巴巴", "通义千问", "淘宝", "菜鸟", "平头哥",
                "中国", "互联网", "制造业", "基建", "国企", "阿里", "字节", "卷", "出圈", "链路", "拉新", "留存",
                "沉淀", "跑通", "下半场", "洗牌", "红利", "增量", "存量", "国补", "化债", "数据要素", "新型工业化",
                "先立后破", "破防", "画饼", "背锅", "小作文", "断亲", "月光族", "啃老"):
        assert key in terms, key


def test_page_chrome_is_left_to_boilerplate_rules():
    terms = {e["zh"] for e in all_entries()}
    for chrome in ("来源", "字体", "责任编辑", "责编", "原标题", "编辑", "特派记者", "本报讯", "图片来源", "点击", "分享到"):
        assert chrome not in terms


def test_every_sense_of_an_ambiguous_term_has_examples_and_the_table_loads():
    # The table as the pass uses it: labelled senses in a later file replace a plain entry of the
    # same term in an earlier one (concepts-senses.toml over a topic file).
    from cleaner.glossary.table import senses_by_term

    groups = senses_by_term(default_rules().get(NAME))  # examples and counter-examples are checked on load
    ambiguous = {zh: g for zh, g in groups.items() if len(g) > 1}
    assert len(ambiguous) >= 15
    for zh, group in ambiguous.items():
        assert all(c.sense for c in group), zh
        assert all(c.examples for c in group), zh
        assert all(c.counter for c in group), zh
