"""The line scorer: scores, deletions on evidence, structured content kept, the model file, the
dev set's shape, and no deletion in clean real text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import linescorer
from cleaner.linescorer import chrome_spans, scan, score_lines

from helpers import DATA, ROOT, SHARED, needs_shared

EXAMPLES = DATA / "linescorer"
DEVSET = ROOT / "training" / "data" / "devset.jsonl"


def _example(path: Path) -> tuple[list[str], list[str]]:
    marks, lines = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        marks.append(raw[:1])
        lines.append(raw[2:])
    return marks, lines


def _lang(path: Path) -> str:
    return path.name.split("_")[0]


def _deleted(lines: list[str], lang: str) -> set[int]:
    return {i for first, last, _, _ in chrome_spans(lines, lang) for i in range(first, last + 1)}


FILES = sorted(EXAMPLES.glob("*.txt"))


def test_examples_exist_in_several_languages():
    assert {_lang(p) for p in FILES} >= {"zh", "ja", "de", "en", "fr"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_content_line_is_deleted(path):
    marks, lines = _example(path)
    lost = [lines[i] for i in sorted(_deleted(lines, _lang(path))) if marks[i] == "+"]
    assert lost == []


def test_a_good_share_of_chrome_lines_is_deleted():
    """The model deletes only when it is sure; menus and footers at the page's edges are."""
    chrome = deleted = 0
    for path in FILES:
        marks, lines = _example(path)
        gone = _deleted(lines, _lang(path))
        chrome += marks.count("-")
        deleted += sum(1 for i in gone if marks[i] == "-")
    assert chrome and deleted / chrome >= 0.35


def test_structured_content_at_the_edges_is_kept_and_menus_go():
    marks, lines = _example(EXAMPLES / "zh_news.txt")
    gone = _deleted(lines, "zh")
    box = [i for i, s in enumerate(lines) if s.startswith(("全长", "车站：", "最高时速", "首班车"))]
    assert box and not gone & set(box)
    assert lines.index("首页") in gone and lines.index("版权所有 © 2024 西安新闻网") in gone


def test_the_headline_is_kept():
    marks, lines = _example(EXAMPLES / "ja_news.txt")
    assert lines.index("新潟で記録的な大雪　交通機関に乱れ") not in _deleted(lines, "ja")


def test_scores_are_probabilities_one_per_line():
    marks, lines = _example(EXAMPLES / "en_news.txt")
    lines = lines[:5] + [""] + lines[5:]
    scores = score_lines(lines, "en")
    assert len(scores) == len(lines)
    assert scores[5] == 0.0
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[lines.index("Skip to main content")] > 0.9
    prose = [scores[i] for i, s in enumerate(lines) if s.startswith(("The harbour bridge will", "Buses will be"))]
    assert max(prose) < 0.7 and max(prose) < scores[lines.index("Privacy policy")]


def test_a_text_without_chrome_loses_nothing():
    _, lines = _example(EXAMPLES / "fr_clean.txt")
    assert chrome_spans(lines, "fr") == []


def test_a_page_without_prose_loses_nothing():
    lines = ["Test Case 1", "Test Case 2", "Home", "About"]
    assert chrome_spans(lines, "en") == []


def test_spans_carry_score_and_reason_and_suspects_are_separate():
    marks, lines = _example(EXAMPLES / "de_news.txt")
    delete, suspect = scan(lines, "de")
    assert delete
    for first, last, score, reason in delete:
        assert 0 <= first <= last < len(lines)
        assert score >= linescorer._thresholds()["floor"]
        assert "score" in reason
    deleted = {i for s in delete for i in range(s.first, s.last + 1)}
    flagged = {i for s in suspect for i in range(s.first, s.last + 1)}
    assert not deleted & flagged


def test_deterministic_and_independent_of_other_documents():
    _, zh = _example(EXAMPLES / "zh_news.txt")
    _, en = _example(EXAMPLES / "en_news.txt")
    first = chrome_spans(zh, "zh")
    chrome_spans(en, "en")
    assert chrome_spans(zh, "zh") == first


def test_model_file_is_small_and_matches_the_features():
    path = linescorer.MODEL_PATH
    assert path.stat().st_size <= 2 * 1024 * 1024
    model = json.loads(path.read_text(encoding="utf-8"))
    _, rows, _, _ = linescorer.features(["Home", "A sentence of prose that ends here, with a comma and a period."], "en")
    assert len(model["w1"]) == len(rows[0]) == len(model["mean1"])
    assert model["features"] == linescorer.SHAPE_NAMES
    assert len(model["hash1"]) == linescorer.HASH_BUCKETS
    assert len(model["w2"]) == len(linescorer.STAGE2_NAMES)
    th = model["thresholds"]
    assert th["floor"] <= th["outside"] <= th["edge"] <= th["inside"] < 1


def test_dev_set_shape():
    pages = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()]
    assert len(pages) >= 100
    langs = {p["lang"] for p in pages}
    assert len(langs) >= 6 and {"zh", "ja"} <= langs
    per_site: dict[str, int] = {}
    for p in pages:
        assert len(p["lines"]) == len(p["labels"]) and set(p["labels"]) <= {0, 1}
        per_site[p["site"]] = per_site.get(p["site"], 0) + 1
    assert sum(1 for n in per_site.values() if n >= 5) >= 20


def test_dev_set_is_rebuilt_identically(tmp_path):
    import runpy
    import sys

    out = tmp_path / "devset.jsonl"
    argv = sys.argv
    sys.argv = ["written.py", "--out", str(out)]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(ROOT / "training" / "written.py"), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code == 0
    assert out.read_text(encoding="utf-8") == DEVSET.read_text(encoding="utf-8")


HARM = SHARED / "bench" / "harm_dev"


@needs_shared(HARM)
def test_clean_real_news_loses_almost_nothing():
    """harm_dev is clean text: the scorer may flag a title or a credit line, but no more than a
    line in two hundred documents, and never a paragraph of prose."""
    docs = deleted = 0
    for path in sorted(HARM.glob("*/**/*.txt"))[::10]:
        lines = path.read_text(encoding="utf-8").splitlines()
        docs += 1
        for first, last, _, _ in chrome_spans(lines):
            for i in range(first, last + 1):
                deleted += 1
                assert len(lines[i]) < 150, (path, lines[i])
    assert docs and deleted <= docs / 200


def test_bench_chrome_runs_on_the_dev_set():
    from cleaner.bench_chrome import format_measure, jsonl_pages, measure, window

    pages = jsonl_pages(DEVSET)[:3]
    assert window(pages[0], None).count("\n") == len(pages[0]["lines"])
    short = window(pages[0], 5)
    assert short and short.count("\n") < len(pages[0]["lines"])
    result = measure(pages, sizes=(5, None), systems=("scorer", "pipeline"))
    assert set(result) == {"5", "page"}
    for row in result.values():
        for s in row.values():
            assert s["windows"] == 3 and 0.0 <= s["f1"] <= 1.0
        assert row["scorer"]["f1"] >= row["scorer"]["input_f1"]  # deleting chrome only helps here
    assert "scorer" in format_measure(result)


def test_scores_in_bulk_match_the_plain_way():
    """_score_bulk (what deciding uses) gives the scores of _score (the plain way, which training
    reads the features of), up to rounding, on the dev set and the examples."""
    pages = [page["lines"] for page in (json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines())]
    pages += [_example(path)[1] for path in FILES]
    for lines in pages:
        idx, rows, plain, mass = linescorer._score(lines, None)
        idx2, running, bulk, mass2 = linescorer._score_bulk(lines, None, {})
        assert idx2 == idx and mass2 == mass
        assert running == [bool(r[linescorer.RUNNING]) for r in rows]
        assert max(abs(a - b) for a, b in zip(plain, bulk)) < 1e-9
