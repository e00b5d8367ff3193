"""Names benchmark: short news documents where a table form refers to the table's person (and
must be rewritten) or to someone or something else (and must stay). Precision must be perfect."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import clean

BENCH = Path(__file__).parent / "data" / "names_bench.jsonl"


def _rows():
    return [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]


def score():
    tp = fp = fn = tn = 0
    misses = []
    for row in _rows():
        out = clean(row["text"] + "\n", lang="en", select=["names"]).text
        rewritten = out.count(row["form"]) < row["text"].count(row["form"])
        if rewritten and row["rewrite"]:
            tp += 1
        elif rewritten:
            fp += 1
            misses.append(("wrongly rewritten", row["text"]))
        elif row["rewrite"]:
            fn += 1
            misses.append(("missed", row["text"]))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn, tn, misses


def test_bench_has_enough_cases_of_each_side():
    rows = _rows()
    assert sum(r["rewrite"] for r in rows) >= 100 and sum(not r["rewrite"] for r in rows) >= 100


def test_precision_is_perfect_and_recall_high():
    precision, recall, tp, fp, fn, tn, misses = score()
    assert precision == 1.0, [m for m in misses if m[0] == "wrongly rewritten"]
    assert recall >= 0.95, (recall, [m for m in misses if m[0] == "missed"])
