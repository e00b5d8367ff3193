"""Names benchmark: short news documents where a table form refers to the table's person (and
must be rewritten) or to someone or something else (and must stay). Precision must be perfect.
The figures are computed by cleaner.bench_names (``cleaner bench names``)."""

from __future__ import annotations

from cleaner.bench_names import bench_paths, read_rows, run_bench

from helpers import DATA


def test_bench_has_enough_cases_of_each_side():
    rows = read_rows(bench_paths(DATA))
    assert sum(r["rewrite"] for r in rows) >= 200 and sum(not r["rewrite"] for r in rows) >= 200
    for r in rows:  # the form is in the text, and the text is not already the canonical name
        assert r["form"] in r["text"] and r["form"] != r["canonical"], r


def test_bench_covers_every_category_on_both_sides():
    rows = read_rows(bench_paths(DATA)[1:])  # the second file labels its rows by category
    sides = {(r["category"], r["rewrite"]) for r in rows}
    for category in ("transliteration", "native", "common-name", "hallucination", "romanisation", "alias"):
        assert (category, True) in sides and (category, False) in sides, category


def test_precision_is_perfect_and_recall_high():
    r = run_bench(bench_paths(DATA))
    assert r.total.precision == 1.0, [row["text"] for row in r.wrong]
    assert r.total.recall >= 0.95, (r.total.recall, [row["text"] for row in r.missed])
    for category, score in r.by_category.items():
        assert score.precision == 1.0, category


def test_cleaning_a_bench_document_again_changes_nothing():
    from cleaner import clean

    for row in read_rows(bench_paths(DATA)):
        once = clean(row["text"] + "\n", lang="en", select=["names"]).text
        assert clean(once, lang="en", select=["names"]).text == once, row["text"]


def test_the_bench_command_prints_the_figures_and_fails_only_on_a_wrong_rewrite(tmp_path, capsys):
    import json

    from cleaner.bench_names import main

    assert main([]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000" in out and "transliteration" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Alibaba chairman Cai Hongxin spoke.", "form": "Cai Hongxin",
                               "canonical": "Joe Tsai", "rewrite": False}) + "\n", encoding="utf-8")
    assert main(["--bench", str(bad)]) == 1
    assert "WRONGLY REWRITTEN 'Cai Hongxin'" in capsys.readouterr().out
    assert main(["--bench", str(tmp_path / "absent.jsonl")]) == 2
