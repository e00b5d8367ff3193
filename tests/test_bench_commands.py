"""The `cleaner bench` subcommands for each measured issue run and print their figures."""

from __future__ import annotations

import gzip
import json

from helpers import ROOT
from typer.testing import CliRunner

from cleaner.cli import app


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_bench_mojibake_counts_ftfys_cases_and_the_chinese_ones():
    result = invoke("bench", "mojibake", str(ROOT / "tests" / "data"), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report  # the figures, as JSON
    text = invoke("bench", "mojibake", str(ROOT / "tests" / "data")).stdout
    assert "in-the-wild" in text and "synthetic" in text and "negative" in text


def test_bench_glossary_scores_a_folder_of_sentences(tmp_path):
    item = {"id": "en-0001", "lang": "en", "text": "We don't bet on a single赛道.", "term": "赛道", "slot": "noun",
            "accept": ["We don't bet on a single sector."]}
    (tmp_path / "en.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke("bench", "glossary", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "correct" in result.stdout


def test_bench_glossary_without_a_set_says_so(tmp_path):
    result = invoke("bench", "glossary", str(tmp_path))
    assert result.exit_code == 2
    assert "no evaluation set" in result.output and str(tmp_path) in result.output


def test_bench_html_scores_pages_against_gold(tmp_path):
    body = ("Alibaba's cloud unit reported its fastest growth in three years on Thursday, as demand for "
            "artificial intelligence lifted revenue by a quarter across the region.")
    page = (f"<html><head><title>Cloud</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Cloud growth</h1><p>{body}</p></article><footer>Copyright</footer></body></html>")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body}}), encoding="utf-8")
    result = invoke("bench", "html", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["headline-aside"]["recall"] == 1.0
    # trafilatura alone, scored the same way, next to the cleaner: it keeps the body too
    assert found["trafilatura"]["pages"] == 1 and found["trafilatura"]["recall"] > 0.9


def test_bench_names_prints_precision_and_recall():
    result = invoke("bench", "names")
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout.lower() and "recall" in result.stdout.lower()


def test_bench_speed_on_a_corpus_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Alibaba\u00e2\u20ac\u2122s cloud grew.\nComments (0)\n" * 20, encoding="utf-8")
    result = invoke("bench", "speed", "--corpus", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)


def test_bench_chrome_scores_labelled_pages():
    devset = ROOT / "training" / "data" / "devset.jsonl"
    result = invoke("bench", "chrome", "--pages", str(devset), "--sizes", "5", "--systems", "pipeline")
    assert result.exit_code == 0, result.output
    assert "pipeline" in result.stdout
