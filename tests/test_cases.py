"""Case files: tests/cases/<pass>.toml, one input and expected output per case.

A case without ``expected`` must come out unchanged. Every case is also checked for stability
(cleaning the output again changes nothing) and replay (the reported edits reproduce the output).
"""

from __future__ import annotations

import tomllib

import pytest

from cleaner import clean, replay
from cleaner.passes import BY_NAME

from helpers import CASES


def _cases():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            yield pytest.param(path.stem, case, id=f"{path.name}::{case['name']}")


def _passes(stem: str, case: dict):
    passes = case.get("passes", [stem] if stem in BY_NAME else "all")
    return None if passes == "all" else passes


@pytest.mark.parametrize("stem,case", list(_cases()))
def test_case(stem, case):
    select = _passes(stem, case)
    result = clean(case["input"], lang=case.get("lang"), select=select)
    expected = case.get("expected", case["input"])
    assert result.text == expected
    if expected == case["input"]:
        assert result.edits == []
    assert clean(result.text, lang=case.get("lang"), select=select).text == result.text, "not stable"
    assert replay(case["input"], result.edits) == result.text
    for e in result.edits:
        assert e.rule and e.reason and e.pass_name in BY_NAME


def test_every_pass_has_a_case_file():
    assert {p.stem for p in CASES.glob("*.toml")} >= set(BY_NAME)
