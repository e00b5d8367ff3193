"""cleaner.bench_mojibake: the figures the `cleaner bench mojibake` subcommand prints."""

from __future__ import annotations

from cleaner.bench_mojibake import format_mojibake, mojibake_figures, zh_outcome

from helpers import DATA


def test_the_figures_cover_every_case():
    report = mojibake_figures(DATA)
    assert {k: (v["cases"], v["passed"]) for k, v in report["ftfy"].items()} == {
        "in-the-wild": (70, 70), "synthetic": (30, 30), "negative": (31, 31)}
    z = report["zh_mixups"]
    assert z["cases"] == sum(sum(c.values()) for c in z["by_kind"].values()) >= 50
    assert z["repaired"] == z["exact"] + z["up-to-lost"] >= 45
    assert report["zh_correct"] == {**report["zh_correct"], "sentences": 200, "unchanged": 200}
    text = format_mojibake(report)
    assert "ftfy in-the-wild: 70/70" in text and "correct CJK sentences: 200/200 unchanged" in text


def test_outcomes():
    assert zh_outcome("你好", "浣犲ソ") == "exact"
    assert zh_outcome("发布会。", "鍙戝竷浼氥��") == "up-to-lost"  # the last byte of 。 was dropped
    assert zh_outcome("你好", "你好吗") == "unchanged"
