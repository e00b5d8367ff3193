"""The glossary evaluation runner counts correct, left-with-a-finding and wrong results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


from cleaner import bench_glossary

REPO = Path(__file__).resolve().parent.parent


def test_counts_on_a_small_set(tmp_path):
    items = [
        {"id": "a", "lang": "en", "text": "The clip has 出圈 online.", "term": "出圈", "slot": "verb",
         "accept": ["The clip has gone viral online."]},
        {"id": "b", "lang": "en", "text": "The company 裁员 300 workers.", "term": "裁员", "slot": "verb",
         "accept": ["The company laid off 300 workers."]},
        {"id": "c", "lang": "en", "text": "We bet on a single 赛道.", "term": "赛道", "slot": "noun",
         "accept": ["We bet on a single track."]},
        {"id": "d", "lang": "en", "text": "Houthi attacks on ships in the 红海 rose.", "term": "红海", "slot": "noun",
         "accept": ["Houthi attacks on ships in the Red Sea rose."], "sense": "Red Sea"},
    ]
    (tmp_path / "en.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    report = bench_glossary.run(tmp_path)
    assert report["totals"] == {"correct": 2, "finding": 1, "wrong": 1}
    assert report["ungrammatical"] == 1 and report["wrong_senses"] == 0 and report["sense_items"] == 1
    assert [w["id"] for w in report["wrong"]] == ["c"]
    text = bench_glossary.format_report(report)
    assert "en/verb" in text and "wrong c" in text


def test_the_repositorys_evaluation_set_loads():
    items = bench_glossary.load(REPO / "tests" / "data" / "glossary_bench")
    assert items and all("text" in i and "accept" in i for i in items)


def test_reviews_split_the_wrong_items_and_never_make_them_correct(tmp_path):
    items = [
        {"id": "a", "lang": "en", "text": "We bet on a single 赛道.", "term": "赛道", "slot": "noun",
         "accept": ["We bet on a single track."]},
        {"id": "b", "lang": "en", "text": "Investors fled the 赛道 last year.", "term": "赛道", "slot": "noun",
         "accept": ["Investors fled the track last year."]},
    ]
    (tmp_path / "en.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    outputs = {w["id"]: w["output"] for w in bench_glossary.run(tmp_path)["wrong"]}
    assert set(outputs) == {"a", "b"}
    reviews = {"a": [{"output": outputs["a"], "verdict": "other rendering", "why": "sector is the business sense"}],
               "b": [{"output": "Investors fled the racetrack last year.", "verdict": "ungrammatical"}]}
    (tmp_path / "reviews.json").write_text(json.dumps(reviews, ensure_ascii=False), encoding="utf-8")
    report = bench_glossary.run(tmp_path)
    assert report["totals"]["wrong"] == 2 and report["totals"]["correct"] == 0
    assert report["wrong_by_review"] == {"other rendering": 1, "ungrammatical": 0, "wrong sense": 0, "not reviewed": 1}
    assert "other rendering 1" in bench_glossary.format_report(report)
    reviews["a"][0]["verdict"] = "fine"
    (tmp_path / "reviews.json").write_text(json.dumps(reviews, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="verdict"):
        bench_glossary.run(tmp_path)


@pytest.mark.parametrize("name, at_least", [("glossary_set2", 700), ("glossary_set3", 500), ("glossary_set4", 390),
                                             ("glossary_set5", 400), ("glossary_set6", 399)])
def test_each_set_loads_with_one_term_per_sentence_and_unique_ids(name, at_least):
    items = bench_glossary.load(REPO / "tests" / "data" / name)
    assert len(items) >= at_least
    assert len({i["id"] for i in items}) == len(items)
    assert all(i["text"].count(i["term"]) == 1 and i["accept"] for i in items)
    reviews = bench_glossary.load_reviews(REPO / "tests" / "data" / name)
    assert reviews and set(reviews.values()) <= set(bench_glossary.VERDICTS)
