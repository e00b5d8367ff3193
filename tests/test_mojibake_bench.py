"""cleaner.bench_mojibake: the figures the `cleaner bench mojibake` subcommand prints."""

from __future__ import annotations

from cleaner import clean
from cleaner.bench_mojibake import format_mojibake, mojibake_figures, wrong_repairs, zh_outcome

from helpers import DATA


def test_the_figures_cover_every_case():
    report = mojibake_figures(DATA)
    assert {k: (v["cases"], v["passed"]) for k, v in report["ftfy"].items()} == {
        "in-the-wild": (70, 70), "synthetic": (30, 30), "negative": (31, 31)}
    z = report["zh_mixups"]
    assert z["cases"] == sum(sum(c.values()) for c in z["by_kind"].values()) >= 50
    assert z["repaired"] == z["exact"] + z["up-to-lost"] >= 45
    assert z["cases"] == sum(z[k] for k in ("exact", "up-to-lost", "reported", "partial", "unchanged"))
    # what can be told from the mojibake alone is repaired exactly
    assert z["lossless"]["cases"] >= 25 and z["lossless"]["exact"] == z["lossless"]["cases"]
    assert z["wrong_repairs"] == 0  # a byte that was lost is never guessed
    assert report["zh_correct"] == {**report["zh_correct"], "sentences": 200, "unchanged": 200}
    text = format_mojibake(report)
    assert f"lossless (recoverable from the mojibake alone): {z['lossless']['exact']}/" in text
    assert "ftfy in-the-wild: 70/70" in text and "correct CJK sentences: 200/200 unchanged" in text


def test_outcomes():
    assert zh_outcome("你好", "浣犲ソ") == "exact"
    assert zh_outcome("发布会。", "鍙戝竷浼氥��") == "up-to-lost"  # the last byte of 。 was dropped
    assert zh_outcome("你好", "你好吗") == "unchanged"
    assert zh_outcome("据报道，国务院今天", "据报道，锟斤拷锟斤拷院今天") == "reported"


def test_wrong_repairs():
    result = clean("浣犲ソ", select=["mojibake"])  # 你好
    assert wrong_repairs("你好", result) == 0 and wrong_repairs("您好", result) == 1
    lost = clean("鍙戝竷浼氥��", select=["mojibake"])  # 发布会� (the last byte of 。 lost)
    assert lost.text == "发布会\ufffd" and wrong_repairs("发布会。", lost) == 0
