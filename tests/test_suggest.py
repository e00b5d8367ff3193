"""`cleaner suggest` and `cleaner names suggest`: candidates for a person to review, never applied."""

from __future__ import annotations

import tomllib

import pytest
from typer.testing import CliRunner

from cleaner import load_rules
from cleaner.cli import app
from cleaner.suggest import name_candidates, repeated_lines

from helpers import SHARED, needs_shared

# Suggesting rules reads whole corpora: the fast loop (-m 'not slow') skips it.
pytestmark = pytest.mark.slow

WMT_DOCS = SHARED / "bench" / "wmt23_zhen" / "docs"
PROSE = "The company reported a rise in quarterly revenue, driven by its cloud business and by strong demand for AI services in Asia."


def test_repeated_lines_become_candidate_rules(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    topics = ["Alibaba", "Tencent", "Baidu", "Huawei", "Xiaomi", "Meituan"]
    for i, topic in enumerate(topics):
        (corpus / f"{i}.txt").write_text(
            f"{topic} posts results\n{PROSE} {i}\nFollow the Daily Ledger on Mastodon\nViewed {i * 7 + 3} times\n",
            encoding="utf-8",
        )
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    result = CliRunner().invoke(app, ["suggest", "--min-files", "3", str(corpus)])
    assert result.exit_code == 0, result.output
    # The output is valid rule-file TOML, and every suggested rule matches its own example.
    data = tomllib.loads(result.stdout)
    patterns = {r["examples"][0]: r["pattern"] for r in data["rule"]}
    assert "Follow the Daily Ledger on Mastodon" in patterns
    assert any(ex.startswith("Viewed") and r"\d+" in pat for ex, pat in patterns.items())
    assert not any("posts results" in ex for ex in patterns)  # each headline is in one file only
    assert not any(PROSE[:20] in ex for ex in patterns)  # prose is never a candidate
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before  # nothing applied


def test_lines_existing_rules_remove_are_not_suggested(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"{i}.txt").write_text(f"{PROSE}\nShare this article\n0 comments\n", encoding="utf-8")
    n, found = repeated_lines([corpus], load_rules(), min_files=3)
    assert n == 4
    assert found == []


@pytest.fixture
def bare_people(tmp_path):
    """Three people of the built-in table without their variants: can the corpus find them again?"""
    d = tmp_path / "rules"
    d.mkdir()
    (d / "names.toml").write_text(
        '[[name]]\ncanonical = "Andrew Hsia"\nnative = ["夏立言"]\n\n'
        '[[name]]\ncanonical = "Chao Chun-shan"\nnative = ["赵春山", "趙春山"]\n\n'
        '[[name]]\ncanonical = "Pham Minh Chinh"\nnative = ["范明政"]\n',
        encoding="utf-8",
    )
    return d


@needs_shared(WMT_DOCS)
def test_names_suggest_groups_real_mt_renderings(bare_people):
    rules = load_rules(bare_people)
    found = name_candidates([WMT_DOCS], rules, globs=("*.en.txt",))
    # The renderings ten MT systems produced for these people (names_by_source.json) come back
    # under the right person, strongest evidence first.
    assert found["Andrew Hsia"][0].name == "Xia Liyan"
    assert found["Chao Chun-shan"][0].name == "Zhao Chunshan"
    assert "Fan Mingzheng" in [c.name for c in found["Pham Minh Chinh"]]
    # ...and not under someone else.
    assert "Xia Liyan" not in [c.name for c in found.get("Pham Minh Chinh", [])]


@needs_shared(WMT_DOCS)
def test_names_suggest_cli_prints_a_pasteable_snippet(bare_people, tmp_path):
    result = CliRunner().invoke(app, ["names", "suggest", "--rules", str(bare_people), "--glob", "*.en.txt", str(WMT_DOCS)])
    assert result.exit_code == 0, result.output
    data = tomllib.loads(result.stdout)
    hsia = next(p for p in data["name"] if p["canonical"] == "Andrew Hsia")
    assert "Xia Liyan" in hsia["variants"]
    # Pasting it into a user rules dir loads, and the names pass then uses it.
    user = tmp_path / "user"
    user.mkdir()
    (user / "names-suggested.toml").write_text(result.stdout, encoding="utf-8")
    merged = load_rules(bare_people, user)
    assert "Xia Liyan" in merged.get("names")["Andrew Hsia"].variants


def test_suggested_patterns_are_in_the_engine_syntax_and_match_their_line():
    from cleaner import pattern
    from cleaner.suggest import _pattern_for, normalise_line

    for line in ["Share this: Facebook & Twitter ~ #news", "Comments (12)", "订阅 我们 — 更多 资讯",
                 "a\"b'c{d}e|f", "Read more » 3 min", "Ｆｕｌｌ　ｗｉｄｔｈ ９ 件"]:
        assert pattern.compile(_pattern_for(normalise_line(line))).fullmatch(line), line
