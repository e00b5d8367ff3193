"""`cleaner bench harm DIR`: edits on clean, real text, counted per language and rule.

Runs on a tiny folder made here (two languages; in each, a clean document and one with a real
artifact), through the library and through the installed command.
"""

from __future__ import annotations

import io
import json
import subprocess

from cleaner.bench import edit_contexts, format_harm, harm
from cleaner.pipeline import clean

from helpers import cleaner_executable

DOCS = {
    "en/news/clean.txt": "The minister said on Tuesday that the budget would be balanced.\nParliament votes next week.\n",
    "en/news/entity.txt": "Profits at Smith &amp; Sons rose 4% last year.\nThe board met on Monday.\n",
    "fr/presse/clean.txt": "Le ministre a-t-il raison ? Les députés votent « demain ».\nLa séance reprend à 15 heures.\n",
    "fr/presse/trailing.txt": "Le conseil s'est réuni lundi.   \nLa séance a duré deux heures.\n",
}
FIELDS = {"path", "lang", "pass", "rule", "line", "column", "before", "after", "reason", "safety", "context"}


def corpus(tmp_path):
    root = tmp_path / "harm"
    for rel, text in DOCS.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def check_records(records):
    assert [(r["path"], r["lang"], r["pass"], r["rule"]) for r in records] == [
        ("en/news/entity.txt", "en", "html", "html-entity"),
        ("fr/presse/trailing.txt", "fr", "whitespace", "trailing-whitespace"),
    ]
    for r in records:
        assert set(r) == FIELDS and set(r["context"]) == {"before", "after"}
        assert r["line"] == 1 and r["safety"] and r["reason"]
    entity, trailing = records
    assert (entity["column"], entity["before"], entity["after"]) == (18, "&amp;", "&")
    assert entity["context"] == {"before": "Profits at Smith &amp; Sons rose 4% last year.\n",
                                 "after": "Profits at Smith & Sons rose 4% last year.\n"}
    assert (trailing["column"], trailing["before"], trailing["after"]) == (30, "   ", "")
    assert trailing["context"] == {"before": "Le conseil s'est réuni lundi.   \n", "after": "Le conseil s'est réuni lundi.\n"}


def test_harm_counts_per_language_and_rule(tmp_path):
    root = corpus(tmp_path)
    out = io.StringIO()
    report = harm(root, jsonl=out)
    assert report["documents"] == 4
    en, fr = report["languages"]["en"], report["languages"]["fr"]
    assert list(report["languages"]) == ["en", "fr"]
    keys = ("documents", "edited", "edited_non_whitespace", "edits", "whitespace_edits", "errors")
    assert tuple(en[k] for k in keys) == (2, 1, 1, 1, 0, 0)
    assert tuple(fr[k] for k in keys) == (2, 1, 0, 0, 1, 0)
    assert en["rules"] == {"html/html-entity": 1} and fr["rules"] == {"whitespace/trailing-whitespace": 1}
    assert report["rules"]["whitespace/trailing-whitespace"]["whitespace"] is True
    assert report["rules"]["html/html-entity"] == {"edits": 1, "documents": 1, "whitespace": False, "languages": {"en": 1}}
    check_records([json.loads(line) for line in out.getvalue().splitlines()])
    # The clean documents give no edit at all.
    for rel in ("en/news/clean.txt", "fr/presse/clean.txt"):
        assert not clean(DOCS[rel]).edits
    # Worker processes give the same report, in the same order.
    assert harm(root, jobs=2) == report
    text = format_harm(report, show=5)
    assert "'&amp;' → '&'" in text and "fr/presse/trailing.txt:1:30  '   ' → ''" in text


def test_harm_select_ignore_and_root_files(tmp_path):
    root = corpus(tmp_path)
    (root / "loose.txt").write_text("Shares of Smith &amp; Sons fell.\n", encoding="utf-8")
    report = harm(root, ignore=["whitespace"])
    assert list(report["languages"]) == ["en", "fr", "?"]
    assert report["languages"]["?"]["rules"] == {"html/html-entity": 1}
    assert report["languages"]["fr"]["edited"] == 0
    assert set(harm(root, select=["whitespace"])["rules"]) == {"whitespace/trailing-whitespace"}


def test_contexts_follow_edits_across_passes_and_lines():
    text = "Tom &amp; Jerry  \nA\n\n\n\n\nB\r\nEnd"
    result = clean(text)
    contexts = dict(((e.pass_name, e.rule), c) for e, c in zip(result.edits, edit_contexts(text, result.text, result.edits)))
    assert contexts[("html", "html-entity")] == ("Tom &amp; Jerry  \n", "Tom & Jerry\n")
    assert contexts[("whitespace", "trailing-whitespace")] == ("Tom &amp; Jerry  \n", "Tom & Jerry\n")
    before, after = contexts[("whitespace", "blank-lines")]
    assert before.strip("\n") == "" and len(after) < len(before)


def test_bench_harm_command(tmp_path):
    root = corpus(tmp_path)
    edits = tmp_path / "edits.jsonl"
    proc = subprocess.run([cleaner_executable(), "bench", "harm", "--json", str(edits), "--show", "3", str(root)],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip("\n") == format_harm(harm(root), show=3)
    rows = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines()[4:7]}
    assert rows["en"] == ["2", "1", "1", "1", "500.0", "0", "0.0", "0"]
    assert rows["fr"] == ["2", "1", "0", "0", "0.0", "1", "500.0", "0"]
    assert rows["all"] == ["4", "2", "1", "1", "250.0", "1", "250.0", "0"]
    check_records([json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()])
    bad = subprocess.run([cleaner_executable(), "bench", "harm", "--ignore", "no-such-rule", str(root)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "no-such-rule" in bad.stderr
