"""The benchmarks run once on tiny inputs so they cannot rot. No timing is asserted."""

from __future__ import annotations

import pytest

import json
import shutil

from typer.testing import CliRunner

from cleaner.bench import chrome_window, shingles
from cleaner.cli import app

from helpers import ROOT, SHARED, needs_shared

# Benchmarks build corpora and time runs: the fast loop (-m 'not slow') skips them.
pytestmark = pytest.mark.slow

BENCH = SHARED / "bench"


def tiny_bench(tmp_path):
    out = tmp_path / "bench"
    for name in ("trafilatura_en", "readability"):
        pages = sorted(p for p in (BENCH / name).iterdir() if p.is_dir())[:3]
        for page in pages:
            shutil.copytree(page, out / name / page.name)
    docs = out / "wmt23_zhen" / "docs"
    docs.mkdir(parents=True)
    for doc in sorted((BENCH / "wmt23_zhen" / "docs").glob("*.en.txt"))[:4]:
        shutil.copy(doc, docs / doc.name)
    return out


@needs_shared(BENCH / "trafilatura_en", BENCH / "readability", BENCH / "wmt23_zhen")
def test_bench_quality_on_a_tiny_set(tmp_path):
    bench = tiny_bench(tmp_path)
    result = CliRunner().invoke(app, ["bench", "quality", "--json", "--seeds", str(ROOT / "samples" / "000-joe-tsai-vivatech-interview"), str(bench)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for label in ("boilerplate", "pipeline"):
        t, r = report[label]["trafilatura_en"], report[label]["readability"]
        assert t["docs"] == 3 and r["docs"] == 3
        assert 0 <= t["keep_recall"] <= 1 and 0 <= t["drop_rate"] <= 1
        assert 0 <= r["shingle_f1"] <= 1 and -1 <= r["content_loss"] <= 1
        windows = [report[label][k] for k in ("readability_5", "readability", "readability_30", "readability_page")]
        assert all(w["docs"] == 3 for w in windows)
        # More chrome around the same articles: the input's F1 can only fall.
        assert [w["input_f1"] for w in windows] == sorted((w["input_f1"] for w in windows), reverse=True)
    assert report["cjk_glossary"]["docs"] == 4
    assert "readability_30 (3 pages)" in CliRunner().invoke(
        app, ["bench", "quality", "--seeds", str(ROOT / "samples" / "000-joe-tsai-vivatech-interview"), str(bench)]).stdout


def test_chrome_windows_are_cut_around_the_article():
    page = "\n".join(["Home", "News", "", "Sport", "Weather", "Headline", "", "Para one.", "Para two.", "Share",
                      "", "Footer", "About"])
    oracle = "Headline\n\nPara one.\nPara two.\n"
    assert chrome_window(page, oracle, 1) == "Weather\nHeadline\n\nPara one.\nPara two.\nShare"
    assert chrome_window(page, oracle, 2) == "\nSport\nWeather\nHeadline\n\nPara one.\nPara two.\nShare\n\nFooter"
    assert chrome_window(page, oracle, 50) == page and chrome_window(page, oracle, None) == page
    assert chrome_window(page, "Not on the page\n", 5) is None


@needs_shared(BENCH / "readability")
def test_the_15_line_window_is_how_the_bench_cut_its_windows():
    pages = sorted(p for p in (BENCH / "readability").iterdir() if (p / "oracle.txt").exists())
    same = sum(chrome_window((p / "noisy.txt").read_text(encoding="utf-8"), (p / "oracle.txt").read_text(encoding="utf-8"), 15)
               .strip() == (p / "noisy_window.txt").read_text(encoding="utf-8").strip() for p in pages)
    assert same >= 0.95 * len(pages)


def test_shingles_follow_the_benchmark_definition():
    assert shingles("The cat sat on the mat") == {("the", "cat", "sat", "on"), ("cat", "sat", "on", "the"), ("sat", "on", "the", "mat")}
    assert shingles("too short") == set()


def test_bench_speed_and_large_on_tiny_inputs():
    samples = str(ROOT / "samples")
    speed = CliRunner().invoke(app, ["bench", "speed", "--json", "--articles", "12", "--jobs", "2", "--samples", samples])
    assert speed.exit_code == 0, speed.output
    numbers = json.loads(speed.stdout)
    assert numbers["articles"] == 12 and numbers["pipeline_1_core_mb_s"] > 0 and numbers["ftfy_fix_text_mb_s"] > 0
    assert len(numbers["peak_rss_mb_by_corpus_size"]) == 3
    large = CliRunner().invoke(app, ["bench", "large", "--megabytes", "1", "--line-megabytes", "1", "--samples", samples])
    assert large.exit_code == 0, large.output
    assert len(large.stdout.strip().splitlines()) == 9
    assert "chrome lines" in large.stdout and "mojibake tsv" in large.stdout


def test_speed_corpus_has_the_mojibake_it_claims(tmp_path):
    from cleaner.bench import build_corpus, is_mojibaked
    from cleaner.passes.mojibake import MARKER

    sources = len(list((ROOT / "samples").glob("*/input.txt")))
    paths = build_corpus(ROOT / "samples", tmp_path, 4 * sources)
    assert len(paths) == 4 * sources
    mojibaked = [i for i in range(len(paths)) if is_mojibaked(i, sources, 4)]
    assert len(mojibaked) == sources  # one in four
    assert {i % sources for i in mojibaked} == set(range(sources))  # every sample in turn
    for i, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        assert 7000 < len(text.encode("utf-8")) < 9000
        if i in mojibaked:
            assert MARKER.search(text), path.name


def test_the_hostile_large_inputs_have_their_shape():
    from cleaner.bench import CHROME_LINES, chrome_lines, mojibake_tsv_line
    from cleaner.passes.mojibake import MARKER

    chrome = chrome_lines(0.05)
    assert set(chrome.splitlines()) == set(CHROME_LINES)
    line = mojibake_tsv_line(0.05)
    assert "\n" not in line and " " not in line and line.count("\t") > 100
    assert MARKER.search(line)


def test_corpus_speed_on_a_tiny_corpus(tmp_path):
    from cleaner.bench import corpus_files, corpus_speed, format_corpus_speed
    from cleaner.passes import PASSES

    for sample in sorted((ROOT / "samples").glob("*/input.txt"))[:3]:
        shutil.copy(sample, tmp_path / f"{sample.parent.name}.txt")
    (tmp_path / "page.html").write_text("<p>Alibaba said on Monday that revenue rose.</p>\n", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    assert len(corpus_files(tmp_path)) == 4
    found = corpus_speed(tmp_path, block=2)
    assert found["documents"] == 4 and found["megabytes"] > 0
    assert set(found["mb_s"]) == {"pipeline", "ftfy", *(p.name for p in PASSES)}
    assert all(rate > 0 for rate in found["mb_s"].values()) and found["ratio_pipeline_vs_ftfy_per_core"] > 0
    assert "boilerplate" in format_corpus_speed(found)


def test_corpus_speed_times_the_line_scorer_on_request(tmp_path):
    from cleaner.bench import corpus_speed, format_corpus_speed

    shutil.copy(sorted((ROOT / "samples").glob("*/input.txt"))[0], tmp_path / "a.txt")
    found = corpus_speed(tmp_path, line_scorer=True)
    assert found["mb_s"]["--line-scorer"] > 0
    assert "--line-scorer" in format_corpus_speed(found)
