"""The shipped glossaries are data that is checked: keys, values, structure, header."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from cleaner.lang import HAN
from cleaner.rules import builtin_rules_dir
from cleaner.script import to_simplified

GLOSSARIES = sorted((builtin_rules_dir() / "glossary").glob("*.toml"))
MINIMUM = {"zh-en": 600, "zh-de": 100, "zh-fr": 100}
HAN_ONLY = re.compile(f"[{HAN}]+")


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def values(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [value["default"], *(s["text"] for s in value.get("senses", []))]


@pytest.mark.parametrize("path", GLOSSARIES, ids=[p.stem for p in GLOSSARIES])
def test_glossary_entries(path):
    data = load(path)
    source, target = path.stem.split("-")
    assert (data["source"], data["target"]) == (source, target)
    terms = data["terms"]
    assert len(terms) >= MINIMUM.get(path.stem, 1)
    for key, value in terms.items():
        assert HAN_ONLY.fullmatch(key), key
        assert to_simplified(key) == key, f"{key} is not Simplified"
        for text in values(value):
            assert text.strip() and text == text.strip(), key
            assert not HAN_ONLY.search(text), key
            assert text != key
            assert not text.endswith((".", ",", ";")), key


@pytest.mark.parametrize("path", GLOSSARIES, ids=[p.stem for p in GLOSSARIES])
def test_glossary_has_header_and_sorted_groups(path):
    text = path.read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert header.startswith("#") and "Simplified" in header and "reviewed" in header.lower()
    groups: list[list[str]] = []
    in_terms = False
    for line in text.splitlines():
        if line.strip() == "[terms]":
            in_terms = True
            continue
        if not in_terms:
            continue
        if line.startswith("# ---"):
            groups.append([])
        elif line.startswith('"'):
            assert groups, "entries before the first group header"
            groups[-1].append(line.split('"')[1])
    assert len(groups) >= 3
    for keys in groups:
        assert keys == sorted(keys), "keys are sorted within each group"


def test_required_vocabulary_is_covered():
    terms = load(builtin_rules_dir() / "glossary" / "zh-en.toml")["terms"]
    for key in ("赛道", "回报", "生态", "闭环", "抓手", "颗粒度", "出海", "算力", "大模型", "护城河",
                "新质生产力", "独角兽", "国产替代", "降本增效", "阿里巴巴", "通义千问", "淘宝", "菜鸟", "平头哥"):
        assert key in terms, key
