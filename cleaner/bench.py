"""Benchmarks: how well (``cleaner bench quality DIR``) and how fast (``cleaner bench speed``).

Quality uses the evaluation sets described in the bench directory's README, with its scoring
conventions: keep-recall and drop-rate of snippets (trafilatura_en), shingle F1 and content loss
against gold text (readability/noisy_window.txt), CJK leftovers on real machine translations
(wmt23_zhen) and name variants on the seed articles.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .lang import HAN_RUN as _HAN_RUN
from .pipeline import clean
from .rules import default_rules

_TOKEN = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(text.split())


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return {tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1))}


def _pr(out: set, gold: set) -> tuple[float, float]:
    inter = len(out & gold)
    precision = inter / len(out) if out else (1.0 if not gold else 0.0)
    recall = inter / len(gold) if gold else 1.0
    return precision, recall


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


@dataclass
class SnippetScore:
    docs: int = 0
    keep_total: int = 0
    keep_kept: int = 0
    drop_total: int = 0
    drop_dropped: int = 0
    lost: list[str] | None = None

    @property
    def keep_recall(self) -> float:
        return self.keep_kept / self.keep_total if self.keep_total else 1.0

    @property
    def drop_rate(self) -> float:
        return self.drop_dropped / self.drop_total if self.drop_total else 0.0


def snippet_scores(root: Path, select: Iterable[str] | None = None,
                   cleaner: Callable[[str], str] | None = None) -> SnippetScore:
    """Keep-recall and drop-rate over the pages of ``root`` (trafilatura_en): each page's
    ``noisy.txt`` cleaned by ``cleaner`` (default: the pipeline with ``select``), against its
    must-keep and must-drop snippets that occur in the input."""
    clean_page = cleaner or (lambda text: clean(text, select=select, lang="en").text)
    score = SnippetScore(lost=[])
    for d in _dirs(root):
        noisy = (d / "noisy.txt").read_text(encoding="utf-8")
        out = _norm(clean_page(noisy))
        src = _norm(noisy)
        score.docs += 1
        for name, keep in (("must_keep.txt", True), ("must_drop.txt", False)):
            path = d / name
            if not path.exists():
                continue
            for snippet in path.read_text(encoding="utf-8").splitlines():
                s = _norm(snippet)
                if not s or s not in src:
                    continue
                present = s in out
                if keep:
                    score.keep_total += 1
                    score.keep_kept += present
                    if not present:
                        score.lost.append(f"{d.name}: {s[:100]}")
                else:
                    score.drop_total += 1
                    score.drop_dropped += not present
    return score


@dataclass
class GoldScore:
    docs: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    input_f1: float = 0.0
    content_loss: float = 0.0


WINDOWS = (5, 15, 30, None)  # lines of site chrome each side of the article; None: the whole page


def chrome_window(noisy: str, oracle: str, lines: int | None) -> str | None:
    """The page text from ``lines`` non-blank lines before the article to as many after it (the
    article: from the first to the last line of ``oracle``, the lines of the page a perfect line
    deleter keeps); the whole page when ``lines`` is None. None when the article is not found.
    With 15 lines this is how the bench's noisy_window.txt was cut."""
    if lines is None:
        return noisy
    page = noisy.split("\n")
    span = _article_span(page, [ln for ln in oracle.split("\n") if ln.strip()])
    if span is None:
        return None
    lo, hi = span
    for _ in range(lines):
        lo = _next_filled(page, lo, -1, lo)
        hi = _next_filled(page, hi, 1, hi)
    lo = _next_filled(page, lo, -1, -1) + 1  # the blank lines above it too
    return "\n".join(page[lo:hi + 1])


def _article_span(page: list[str], kept: list[str]) -> tuple[int, int] | None:
    """Where the first and the last kept line are on the page."""
    if not kept:
        return None
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    first = next((i for i in filled if page[i] == kept[0]), None)
    last = max((i for i in filled if page[i] == kept[-1]), default=None)
    return None if first is None or last is None or last < first else (first, last)


def _next_filled(page: list[str], i: int, step: int, default: int) -> int:
    """The next non-blank line from ``i`` in direction ``step``, else ``default``."""
    stop = -1 if step < 0 else len(page)
    return next((j for j in range(i + step, stop, step) if page[j].strip()), default)


def _window_text(d: Path, lines: int | None) -> str | None:
    if lines == 15 and (d / "noisy_window.txt").exists():
        return (d / "noisy_window.txt").read_text(encoding="utf-8")
    noisy, oracle = d / "noisy.txt", d / "oracle.txt"
    if not noisy.exists() or (lines is not None and not oracle.exists()):
        return None
    return chrome_window(noisy.read_text(encoding="utf-8"),
                         oracle.read_text(encoding="utf-8") if oracle.exists() else "", lines)


def gold_scores(root: Path, select: Iterable[str] | None, lines: int | None = 15) -> GoldScore:
    """Shingle F1 and content loss on the readability pages cut to ``lines`` lines of chrome each
    side of the article (None: the whole page)."""
    ps, rs, ips, irs, losses = [], [], [], [], []
    for d in _dirs(root):
        gold_path = d / "expected.txt"
        noisy = _window_text(d, lines) if gold_path.exists() else None
        if noisy is None:
            continue
        gold = shingles(gold_path.read_text(encoding="utf-8"))
        out = shingles(clean(noisy, select=select).text)
        inp = shingles(noisy)
        p, r = _pr(out, gold)
        ip, ir = _pr(inp, gold)
        ps.append(p), rs.append(r), ips.append(ip), irs.append(ir)
        losses.append(ir - r)
    n = len(ps)
    if not n:
        return GoldScore()
    mp, mr, mip, mir = sum(ps) / n, sum(rs) / n, sum(ips) / n, sum(irs) / n
    return GoldScore(n, mp, mr, _f1(mp, mr), _f1(mip, mir), sum(losses) / n)


def wmt_scores(root: Path) -> dict:
    docs = sorted((root / "docs").glob("*.en.txt"))
    before = after = unresolved = edits = 0
    per_rule: Counter = Counter()
    for path in docs:
        text = path.read_text(encoding="utf-8")
        result = clean(text, lang="en")
        before += len(_HAN_RUN.findall(text))
        after += len(_HAN_RUN.findall(result.text))
        unresolved += sum(1 for f in result.findings if f.rule == "unresolved-cjk")
        edits += len(result.edits)
        per_rule.update(result.counts())
    return {
        "docs": len(docs),
        "cjk_runs_before": before,
        "cjk_runs_after": after,
        "unresolved_runs": unresolved,
        "edits": edits,
        "edits_per_doc": edits / len(docs) if docs else 0.0,
        "edits_by_rule": dict(per_rule.most_common()),
    }


def name_scores(seeds: Path) -> dict:
    rewritten = 0
    by_variant: Counter = Counter()
    for path in sorted(seeds.glob("*.txt")):
        result = clean(path.read_text(encoding="utf-8"), select=["names"])
        for e in result.edits:
            rewritten += 1
            by_variant[f"{e.before} -> {e.replacement.strip()}"] += 1
    return {"rewritten": rewritten, "by_variant": dict(by_variant.most_common())}


def quality(bench: Path, seeds: Path | None = None) -> dict:
    report: dict = {}
    for label, select in (("boilerplate", ["boilerplate", "whitespace"]), ("pipeline", None)):
        s = snippet_scores(bench / "trafilatura_en", select)
        report[label] = {
            "trafilatura_en": {"docs": s.docs, "keep_recall": s.keep_recall, "drop_rate": s.drop_rate,
                               "keep_snippets": s.keep_total, "drop_snippets": s.drop_total, "lost": s.lost},
        }
        for lines in WINDOWS:
            g = gold_scores(bench / "readability", select, lines)
            report[label][_window_name(lines)] = {
                "docs": g.docs, "shingle_f1": g.f1, "precision": g.precision, "recall": g.recall,
                "input_f1": g.input_f1, "content_loss": g.content_loss}
    if (bench / "wmt23_zhen").is_dir():
        report["cjk_glossary"] = wmt_scores(bench / "wmt23_zhen")
    seeds = seeds or bench.parent / "seeds"
    if seeds.is_dir():
        report["names"] = name_scores(seeds)
    return report


def _window_name(lines: int | None) -> str:
    """The report's key for a window: ``readability`` is the bench's own 15-line window."""
    return "readability" if lines == 15 else "readability_page" if lines is None else f"readability_{lines}"


def format_quality(report: dict) -> str:
    lines = []
    for label in ("boilerplate", "pipeline"):
        if label not in report:
            continue
        t = report[label]["trafilatura_en"]
        lines.append(
            f"{label:<12} trafilatura_en ({t['docs']} pages): keep-recall {t['keep_recall']:.4f} "
            f"({t['keep_snippets']} snippets), drop-rate {t['drop_rate']:.4f} ({t['drop_snippets']} snippets)"
        )
        for window in map(_window_name, WINDOWS):
            r = report[label].get(window)
            if r is None:
                continue
            lines.append(
                f"{'':<12} {window} ({r['docs']} pages): shingle F1 {r['shingle_f1']:.4f} "
                f"(input {r['input_f1']:.4f}; P {r['precision']:.4f} R {r['recall']:.4f}), content loss {r['content_loss']:.4f}"
            )
    if "cjk_glossary" in report:
        w = report["cjk_glossary"]
        lines.append(
            f"{'cjk_glossary':<12} wmt23_zhen ({w['docs']} docs): CJK runs {w['cjk_runs_before']} -> {w['cjk_runs_after']}, "
            f"unresolved {w['unresolved_runs']}, edits/doc {w['edits_per_doc']:.2f}"
        )
    if "names" in report:
        n = report["names"]
        lines.append(f"{'names':<12} seeds: {n['rewritten']} variants rewritten " + json.dumps(n["by_variant"], ensure_ascii=False))
    return "\n".join(lines)


# -- speed ---------------------------------------------------------------------------------
ARTICLE_BYTES = 8 * 1024
BLOCK = 50  # articles per block when one core and ftfy take turns


def _mojibake(text: str) -> str:
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return text.encode("utf-8").decode("latin-1")


def is_mojibaked(i: int, sources: int, every: int) -> bool:
    """Whether article ``i`` gets a mojibaked paragraph: one in ``every``, and over the corpus
    every sample in turn (the offset moves on each time the samples come round again)."""
    return (i + i // sources) % every == 0


def build_corpus(samples: Path, out: Path, n: int, mojibake_every: int = 4) -> list[Path]:
    """``n`` articles of about 8 KB from the sample inputs, every ``mojibake_every``-th with a mojibaked paragraph."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*/input.txt"))]
    if not sources:
        raise SystemExit(f"no samples in {samples}")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        base = sources[i % len(sources)]
        text = base
        while len(text.encode("utf-8")) < ARTICLE_BYTES:
            text += "\n" + base
        text = text.encode("utf-8")[:ARTICLE_BYTES].decode("utf-8", "ignore")
        if mojibake_every and is_mojibaked(i, len(sources), mojibake_every):
            paras = text.split("\n")
            # The first paragraph from the middle on that mojibake shows in (one with non-ASCII text).
            middle = len(paras) // 2
            order = list(range(middle, len(paras))) + list(range(middle))
            k = next((j for j in order if not paras[j].isascii()), None)
            if k is None:  # an all-ASCII article: give a paragraph the curly apostrophes MT output has
                k = next((j for j in order if "'" in paras[j]), middle)
                paras[k] = paras[k].replace("'", "\u2019")
            paras[k] = _mojibake(paras[k])
            text = "\n".join(paras)
        path = out / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def speed(samples: Path, articles: int = 2000, jobs: int | None = None) -> dict:
    from . import batch
    from .files import Target

    jobs = jobs or os.cpu_count() or 1
    default_rules()  # load rules outside the timed region, as a long run would
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(samples, Path(tmp) / "corpus", articles)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        size = sum(len(t.encode("utf-8")) for t in texts)
        opts = batch.Options(check=True)
        targets = [Target(p, Path(p.name)) for p in paths]
        import ftfy

        # Warm what each loads on first use (language profiles, converters, tables), on one
        # article of each sample, as a long run would have: neither side is timed loading.
        for t in texts[:len(list(samples.glob("*/input.txt")))]:
            clean(t)
            ftfy.fix_text(t)
        # One core against ftfy: in alternating blocks of articles, so that both see the same
        # machine (a shared machine's speed drifts over a run of minutes).
        one = ftfy_time = 0.0
        for i in range(0, len(targets), BLOCK):
            one += _time(lambda: list(batch.run(targets[i:i + BLOCK], opts, jobs=1)))
            ftfy_time += _time(lambda: [ftfy.fix_text(t) for t in texts[i:i + BLOCK]])
        # All cores against one: whole runs taking turns, the best of three of each, so that the
        # ratio is the machine's, not a moment's.
        whole, many = [], []
        for _ in range(3):
            whole.append(_time(lambda: list(batch.run(targets, opts, jobs=1))))
            many.append(_time(lambda: list(batch.run(targets, opts, jobs=jobs))))
        one_whole, many = min(whole), min(many)
        memory = _memory_curve(samples, Path(tmp), (max(50, articles // 4), max(100, articles // 2), articles))
    mb = size / 1e6
    return {
        "articles": articles,
        "megabytes": mb,
        "jobs": jobs,
        "pipeline_1_core_mb_s": mb / one,
        "pipeline_1_core_articles_s": articles / one,
        "pipeline_all_cores_mb_s": mb / many,
        "pipeline_all_cores_articles_s": articles / many,
        "ftfy_fix_text_mb_s": mb / ftfy_time,
        "ratio_pipeline_vs_ftfy_per_core": ftfy_time / one,
        "ratio_all_cores_vs_one": one_whole / many,
        "peak_rss_mb_by_corpus_size": memory,
    }


CORPUS_SUFFIXES = (".txt", ".md", ".html")


def corpus_files(root: Path) -> list[Path]:
    """The documents of a real-text corpus: every .txt, .md and .html file under ``root``."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in CORPUS_SUFFIXES)


def corpus_speed(root: Path, rounds: int = 1, block: int = BLOCK, line_scorer: bool = False) -> dict:
    """Speed on real text: every document under ``root`` (see :func:`corpus_files`) cleaned by the
    whole pipeline, by each pass alone (``clean(select=[name])``: the pass and what every run of
    the pipeline does anyway) and by ``ftfy.fix_text``, on one core. The three take turns in
    blocks of documents, so that all see the same machine; the best of ``rounds`` is kept for
    each. Rule files are loaded, and every pass warmed on the first document, before timing.
    With ``line_scorer``, the pipeline with ``--line-scorer`` takes its turn too."""
    import ftfy

    from .passes import PASSES

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_files(root)]
    if not texts:
        raise ValueError(f"no .txt, .md or .html file under {root}")
    size = sum(len(t.encode("utf-8")) for t in texts)
    rules = default_rules()
    names = [p.name for p in PASSES]
    runs: dict[str, Callable[[str], object]] = {"pipeline": lambda t: clean(t, rules=rules, time_budget=0)}
    if line_scorer:
        runs["--line-scorer"] = lambda t: clean(t, rules=rules, time_budget=0, options={"line_scorer": True})
    for name in names:
        runs[name] = lambda t, name=name: clean(t, rules=rules, select=[name], time_budget=0)
    runs["ftfy"] = ftfy.fix_text
    for fn in runs.values():  # load what each loads on first use, outside the timed region
        fn(texts[0])
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        took = dict.fromkeys(runs, 0.0)
        for i in range(0, len(texts), block):
            part = texts[i:i + block]
            for label, fn in runs.items():
                took[label] += _time(lambda: [fn(t) for t in part])
        best = {k: min(best[k], took[k]) for k in runs}
    mb = size / 1e6
    return {
        "corpus": str(root),
        "documents": len(texts),
        "megabytes": mb,
        "mb_s": {label: mb / t for label, t in best.items()},
        "ratio_pipeline_vs_ftfy_per_core": best["ftfy"] / best["pipeline"],
    }


def format_corpus_speed(r: dict) -> str:
    rows = [f"corpus: {r['corpus']}: {r['documents']} documents, {r['megabytes']:.1f} MB, one core"]
    rows += [f"  {label:<14} {rate:8.2f} MB/s" for label, rate in r["mb_s"].items()]
    rows.append(f"ratio pipeline/ftfy per core: {r['ratio_pipeline_vs_ftfy_per_core']:.2f}x")
    return "\n".join(rows)


STARTUP_RUNS = 5
STARTUP_LINE = "Hello world.\n"


def startup(runs: int = STARTUP_RUNS) -> dict:
    """Wall time of ``cleaner clean -`` on one short line in a fresh process: with an empty cache
    directory (cold), with the cache a previous run wrote (warm) and with ``--no-cache``; the
    median of ``runs`` runs each."""
    import shutil
    import statistics
    import sysconfig

    script = Path(sysconfig.get_path("scripts")) / ("cleaner.exe" if os.name == "nt" else "cleaner")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "cleaner.cli"]
    # Python's own bytecode cache is left on, as on a user's machine (an installed wheel ships it).
    env = {k: v for k, v in os.environ.items() if k not in ("CLEANER_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}

    def run(cache_dir: Path, *extra: str) -> float:
        start = time.perf_counter()
        proc = subprocess.run([*command, "clean", *extra, "-"], input=STARTUP_LINE, capture_output=True, text=True,
                              env={**env, "CLEANER_CACHE_DIR": str(cache_dir)})
        took = time.perf_counter() - start
        if proc.returncode != 0 or proc.stdout != STARTUP_LINE:
            raise RuntimeError(f"cleaner clean failed: {proc.stderr.strip()}")
        return took

    cold, warm, off = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        warm_dir = Path(tmp) / "warm"
        run(warm_dir)  # fills the warm cache
        for i in range(runs):
            cold_dir = Path(tmp) / f"cold-{i}"
            cold.append(run(cold_dir))
            shutil.rmtree(cold_dir, ignore_errors=True)
            warm.append(run(warm_dir))
            off.append(run(Path(tmp) / "off", "--no-cache"))
    cold_s, warm_s, off_s = (statistics.median(x) for x in (cold, warm, off))
    return {"runs": runs, "cold_s": cold_s, "warm_s": warm_s, "no_cache_s": off_s, "ratio_cold_vs_warm": cold_s / warm_s}


def format_startup(r: dict) -> str:
    return (f"start-up of `cleaner clean -` on one line, median of {r['runs']} runs: cold cache {r['cold_s']:.3f} s, "
            f"warm cache {r['warm_s']:.3f} s, --no-cache {r['no_cache_s']:.3f} s ({r['ratio_cold_vs_warm']:.1f}x cold/warm)")


def _memory_curve(samples: Path, tmp: Path, sizes: Iterable[int]) -> dict[int, float]:
    """Peak RSS of a fresh `cleaner clean --check` process over corpora of growing size."""
    curve = {}
    for n in sizes:
        corpus = tmp / f"mem-{n}"
        build_corpus(samples, corpus, n)
        code = (
            "import resource, sys\n"
            "from cleaner.cli import app\n"
            "try:\n    app([ 'clean', '--check', '--quiet', '--jobs', '1', sys.argv[1]])\n"
            "except SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True)
        lines = proc.stdout.strip().splitlines()
        curve[n] = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    return curve


def format_speed(r: dict) -> str:
    return "\n".join([
        f"corpus: {r['articles']} articles, {r['megabytes']:.1f} MB (mixed samples, 1 in 4 with a mojibaked paragraph)",
        f"pipeline, 1 core:   {r['pipeline_1_core_mb_s']:6.2f} MB/s  {r['pipeline_1_core_articles_s']:8.0f} articles/s",
        f"pipeline, {r['jobs']} cores:  {r['pipeline_all_cores_mb_s']:6.2f} MB/s  {r['pipeline_all_cores_articles_s']:8.0f} articles/s",
        f"ftfy.fix_text (defaults), 1 core: {r['ftfy_fix_text_mb_s']:6.2f} MB/s",
        f"ratio pipeline/ftfy per core: {r['ratio_pipeline_vs_ftfy_per_core']:.2f}x   {r['jobs']} cores / 1 core: {r['ratio_all_cores_vs_one']:.2f}x",
        "peak RSS by corpus size: " + ", ".join(f"{n} articles {mb:.0f} MB" for n, mb in r["peak_rss_mb_by_corpus_size"].items()),
    ])


# -- large inputs --------------------------------------------------------------------------
def _large_texts(samples: Path, megabytes: float, one_line: bool) -> str:
    sources = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*/input.txt"))]
    block = (" " if one_line else "\n").join(s.replace("\n", " ") if one_line else s for s in sources)
    block += " Alibaba\u00e2\u20ac\u2122s <b>cloud</b> &amp; a single\u8d5b\u9053. " if one_line else "\nAlibaba\u00e2\u20ac\u2122s <b>cloud</b> &amp; a single\u8d5b\u9053.\n"
    reps = max(1, int(megabytes * 1e6 / len(block.encode("utf-8"))))
    return block * reps


def _run_file(path: Path) -> tuple[float, float]:
    code = (
        "import resource, sys, time\n"
        "from cleaner.cli import app\n"
        "t = time.perf_counter()\n"
        "try:\n    app(['clean', '--check', '--quiet', sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    seconds, rss = proc.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(rss) / 1024


# Scrape chrome at its worst: nothing but related-article headings, link lines and share bars,
# each heading's block running over all the lines below it.
CHROME_LINES = ("Related Articles", "More on this story", "Share", "Read more", "Most Read", "相关阅读")


def chrome_lines(megabytes: float) -> str:
    """A file of nothing but short chrome lines, repeated."""
    block = "\n".join(CHROME_LINES) + "\n"
    return block * max(1, int(megabytes * 1e6 / len(block.encode("utf-8"))))


def mojibake_tsv_line(megabytes: float) -> str:
    """One line of tab-separated mojibaked values, with no space in it (a spreadsheet export
    read with the wrong encoding)."""
    values = ["café", "Zürich", "Alibaba’s", "São Paulo", "naïve", "€12", "北京"]
    row = "\t".join(v.replace(" ", "_") for v in values).encode("utf-8").decode("cp1252", "replace") + "\t"
    return row * max(1, int(megabytes * 1e6 / len(row.encode("utf-8"))))


def large(samples: Path, megabytes: float = 100, line_megabytes: float = 10,
          hostile_megabytes: float | None = None) -> list[dict]:
    """Time and peak memory, each at half and full size, on: one big file, one big single line,
    and two hostile shapes (``hostile_megabytes``, by default 0.4 x ``line_megabytes``): a file of
    repeated chrome lines and a tab-separated mojibaked line. Linear growth shows as about twice
    the time at full size."""
    hostile = line_megabytes * 0.4 if hostile_megabytes is None else hostile_megabytes
    shapes = (
        ("file", megabytes, lambda mb: _large_texts(samples, mb, False)),
        ("single line", line_megabytes, lambda mb: _large_texts(samples, mb, True)),
        ("chrome lines", hostile, chrome_lines),
        ("mojibake tsv", hostile, mojibake_tsv_line),
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, size, build in shapes:
            for fraction in (0.5, 1.0):
                path = Path(tmp) / f"{label.replace(' ', '-')}-{fraction}.txt"
                path.write_text(build(size * fraction), encoding="utf-8")
                mb = path.stat().st_size / 1e6
                seconds, rss = _run_file(path)
                rows.append({"input": label, "megabytes": mb, "seconds": seconds, "mb_s": mb / seconds, "peak_rss_mb": rss})
                path.unlink()
    return rows


def format_large(rows: list[dict]) -> str:
    out = ["input          size      time     MB/s   peak RSS"]
    for r in rows:
        out.append(f"{r['input']:<12} {r['megabytes']:7.1f} MB {r['seconds']:7.1f} s {r['mb_s']:7.2f} {r['peak_rss_mb']:7.0f} MB")
    return "\n".join(out)


# -- harm on clean text --------------------------------------------------------------------
# Every edit on a folder of clean, real documents is suspect: ideally there are none. Edits of
# the whitespace pass (trailing spaces, runs of blank lines) are counted apart from the others.
WHITESPACE_PASS = "whitespace"
_HARM_RULES = None  # the rule set, loaded once in the parent (forked workers share it)


class _Stage:
    """Offsets between the text before and after one stage of sorted, non-overlapping edits
    (the edits of one pass in a row, as :func:`cleaner.edits.replay` groups them)."""

    def __init__(self, edits: list) -> None:
        self.old_starts = [e.start for e in edits]
        self.old_ends = [e.end for e in edits]
        self.new_starts, self.new_ends, shift = [], [], 0
        for e in edits:
            self.new_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)
            self.new_ends.append(e.end + shift)

    def back(self, pos: int, end: bool = False) -> int:
        """Where ``pos`` of the new text was in the old one; inside a replacement, its start
        (or, for the end of a span, its end)."""
        from bisect import bisect_left, bisect_right

        i = (bisect_left(self.new_starts, pos) if end else bisect_right(self.new_starts, pos)) - 1
        if i < 0:
            return pos
        if pos < self.new_ends[i] or (end and pos == self.new_ends[i]):
            return self.old_ends[i] if end else self.old_starts[i]
        return self.old_ends[i] + pos - self.new_ends[i]

    def forward(self, pos: int, end: bool = False) -> int:
        """Where ``pos`` of the old text is in the new one; a replacement starting at ``pos``
        comes after it, one crossing it is inside a span's end and outside its start."""
        from bisect import bisect_left

        i = bisect_left(self.old_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.old_ends[i]:
            return self.new_ends[i] if end else self.new_starts[i]
        return self.new_ends[i] + pos - self.old_ends[i]


def edit_contexts(original: str, cleaned: str, edits: list) -> list[tuple[str, str]]:
    """For each edit (as ``CleanResult.edits`` lists them): the whole input line(s) it touched,
    line endings included, and what became of them in the output."""
    from bisect import bisect_right

    from .edits import LineIndex

    groups: list[list] = []
    for e in edits:
        if groups and groups[-1][0].pass_name == e.pass_name:
            groups[-1].append(e)
        else:
            groups.append([e])
    stages = [_Stage(g) for g in groups]
    starts = LineIndex(original).starts
    out = []
    for g_index, group in enumerate(groups):
        for e in group:
            lo, hi = e.start, e.end
            for stage in reversed(stages[:g_index]):
                lo, hi = stage.back(lo), stage.back(hi, end=True)
            hi = max(hi, lo)
            first = bisect_right(starts, lo) - 1
            last = bisect_right(starts, max(lo, hi - 1)) - 1
            ls = starts[first]
            le = starts[last + 1] if last + 1 < len(starts) else len(original)
            fs, fe = ls, le
            for stage in stages:
                fs, fe = stage.forward(fs), stage.forward(fe, end=True)
            out.append((original[ls:le], cleaned[fs:max(fs, fe)]))
    return out


def _harm_doc(select, ignore, options, target) -> dict:
    from .files import InputError, read_file
    from .pipeline import PassError

    rel = target.relative.as_posix()
    lang = target.relative.parts[0] if len(target.relative.parts) > 1 else "?"
    doc = {"path": rel, "lang": lang, "edits": [], "error": None}
    try:
        text = read_file(target.path).text
        result = clean(text, rules=_HARM_RULES, select=select, ignore=ignore, path=rel, options=options)
    except (InputError, PassError) as exc:
        doc["error"] = f"{rel}: {exc}"
        return doc
    if not result.changed:
        return doc
    edits = result.edits
    for e, (line_before, line_after) in zip(edits, edit_contexts(text, result.text, edits)):
        doc["edits"].append({"path": rel, "lang": lang, **e.as_record(),
                             "context": {"before": line_before, "after": line_after}})
    return doc


def _harm_failed(target, reason: str) -> dict:
    rel = target.relative.as_posix()
    lang = target.relative.parts[0] if len(target.relative.parts) > 1 else "?"
    return {"path": rel, "lang": lang, "edits": [], "error": f"{rel}: {reason}"}


def harm(root: Path, *, rule_dirs: Iterable[str] = (), select: Iterable[str] | None = None,
         ignore: Iterable[str] = (), jobs: int = 1, examples: int = 20, jsonl=None,
         line_scorer: bool = False) -> dict:
    """Clean every ``*.txt`` under ``root`` (clean, real documents) and count the edits
    (with the learned line scorer too when ``line_scorer``).

    The first path component below ``root`` is the language (``?`` for files directly in it).
    Each edit is written to ``jsonl`` (an open text file), if given, as one JSON object with its
    path (relative to ``root``), language and the whole line(s) before and after; up to
    ``examples`` edits per rule are kept in the report. Nothing is written to the documents.
    """
    from functools import partial

    from .files import InputError, discover
    from .rules import load_rules

    global _HARM_RULES
    rule_dirs = tuple(rule_dirs)
    _HARM_RULES = load_rules(*rule_dirs) if rule_dirs else default_rules()
    select = tuple(select) if select else None
    ignore = tuple(ignore or ())
    targets, errors = [], []
    for t in discover([root], ("*.txt",)):
        if isinstance(t, InputError):
            errors.append(str(t))
        else:
            targets.append(t)
    work = partial(_harm_doc, select, ignore, {"line_scorer": line_scorer})
    if jobs > 1 and len(targets) > 1:
        from .workers import ordered_map

        chunk = max(1, min(12, len(targets) // (jobs * 16)))
        docs = ordered_map(work, targets, jobs=jobs, on_failure=_harm_failed, chunksize=chunk)
    else:
        docs = map(work, targets)

    tally = _HarmTally(examples, jsonl, errors)
    for doc in docs:
        tally.add(doc)
    return tally.report(root)


class _HarmTally:
    """Edits counted per language and per rule, with a few examples of each rule."""

    def __init__(self, examples: int, jsonl, errors: list[str]) -> None:
        self.examples, self.jsonl, self.errors = examples, jsonl, errors
        self.langs: dict[str, dict] = {}
        self.rules: dict[str, dict] = {}
        self.shown: dict[str, list] = {}

    def add(self, doc: dict) -> None:
        stats = self.langs.setdefault(doc["lang"], {"documents": 0, "edited": 0, "edited_non_whitespace": 0, "edits": 0,
                                                    "whitespace_edits": 0, "errors": 0, "rules": Counter()})
        stats["documents"] += 1
        if doc["error"]:
            stats["errors"] += 1
            self.errors.append(doc["error"])
        if doc["edits"]:
            stats["edited"] += 1
        if any(r["pass"] != WHITESPACE_PASS for r in doc["edits"]):
            stats["edited_non_whitespace"] += 1
        for r in doc["edits"]:
            self._edit(doc, stats, r)

    def _edit(self, doc: dict, stats: dict, r: dict) -> None:
        key = f"{r['pass']}/{r['rule']}"
        whitespace = r["pass"] == WHITESPACE_PASS
        stats["whitespace_edits" if whitespace else "edits"] += 1
        stats["rules"][key] += 1
        total = self.rules.setdefault(key, {"edits": 0, "documents": set(), "languages": Counter(), "whitespace": whitespace})
        total["edits"] += 1
        total["documents"].add(doc["path"])
        total["languages"][doc["lang"]] += 1
        if len(self.shown.setdefault(key, [])) < self.examples:
            self.shown[key].append(r)
        if self.jsonl is not None:
            self.jsonl.write(json.dumps(r, ensure_ascii=False) + "\n")

    def report(self, root: Path) -> dict:
        def by_count(counter: Counter) -> dict:
            return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

        langs, shown = self.langs, self.shown
        order = sorted(langs, key=lambda lang: (lang == "?", lang))
        return {
            "root": str(root),
            "documents": sum(s["documents"] for s in langs.values()),
            "languages": {lang: {**langs[lang], "rules": by_count(langs[lang]["rules"])} for lang in order},
            "rules": {key: {"edits": v["edits"], "documents": len(v["documents"]), "whitespace": v["whitespace"],
                            "languages": by_count(v["languages"])}
                      for key, v in sorted(self.rules.items(), key=lambda kv: (-kv[1]["edits"], kv[0]))},
            "examples": {key: shown[key] for key in sorted(shown)},
            "errors": self.errors,
        }


def _show(text: str, limit: int = 160) -> str:
    """A readable, one-line form of ``text``: invisible characters escaped as repr() does."""
    shown = repr(text)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"


def _around(line: str, start: int, length: int, margin: int = 50) -> str:
    """``line`` cut to ``margin`` characters either side of ``line[start:start + length]``,
    escaped as :func:`_show` does, with … where it was cut."""
    lo, hi = max(0, start - margin), min(len(line), start + length + margin)
    return ("…" if lo else "") + _show(line[lo:hi], 10 * margin + length) + ("…" if hi < len(line) else "")


def format_harm(report: dict, show: int = 20) -> str:
    langs = report["languages"]
    out = [f"harm: {report['documents']} documents in {len(langs)} languages under {report['root']} "
           f"(edits of the {WHITESPACE_PASS} pass counted apart)",
           "edited: documents with any edit; non-ws: with an edit of another pass; per 1k: per 1,000 documents", ""]
    out += _harm_table(langs)
    out += ["", "Edits by language and rule (ws: whitespace pass):"] + _harm_by_language(langs)
    out += ["", "Edits by rule, all languages:"] + _harm_by_rule(report["rules"])
    if show > 0 and report["examples"]:
        out += ["", f"Examples (up to {show} per rule; before → after, then the whole line when the edit is part of it):"]
        out += _harm_examples(report, show)
    if report["errors"]:
        out += ["", f"Errors ({len(report['errors'])}):"] + [f"  {e}" for e in report["errors"]]
    return "\n".join(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _harm_table(langs: dict) -> list[str]:
    head = (f"{'lang':<8} {'docs':>6} {'edited':>6} {'non-ws':>6} {'edits':>6} {'per 1k':>8} {'ws':>6} {'ws/1k':>8} "
            f"{'errors':>6}")

    def row(name: str, s: dict) -> str:
        per = lambda n: 1000 * n / s["documents"] if s["documents"] else 0.0  # noqa: E731
        return (f"{name:<8} {s['documents']:>6} {s['edited']:>6} {s['edited_non_whitespace']:>6} {s['edits']:>6} "
                f"{per(s['edits']):>8.1f} "
                f"{s['whitespace_edits']:>6} {per(s['whitespace_edits']):>8.1f} {s['errors']:>6}")

    total = {k: sum(s[k] for s in langs.values())
             for k in ("documents", "edited", "edited_non_whitespace", "edits", "whitespace_edits", "errors")}
    return [head] + [row(lang, s) for lang, s in langs.items()] + [row("all", total)]


def _harm_by_language(langs: dict) -> list[str]:
    out = []
    for lang, s in langs.items():
        if not s["rules"]:
            continue
        out.append(f"{lang} ({_plural(s['documents'], 'document')}, {s['edited']} edited, "
                   f"{s['edited_non_whitespace']} by other passes than {WHITESPACE_PASS})")
        for key, n in s["rules"].items():
            ws = "  ws" if key.startswith(WHITESPACE_PASS + "/") else ""
            out.append(f"  {n:>6}  {key}{ws}")
    return out


def _harm_by_rule(rules: dict) -> list[str]:
    out = []
    for key, r in rules.items():
        ws = "  ws" if r["whitespace"] else ""
        where = ", ".join(f"{lang} {n}" for lang, n in r["languages"].items())
        out.append(f"  {r['edits']:>6}  {key}{ws}  ({_plural(r['documents'], 'document')}: {where})")
    return out or ["  none"]


def _harm_examples(report: dict, show: int) -> list[str]:
    out = []
    for key in report["rules"]:
        examples = report["examples"].get(key, [])[:show]
        out.append(f"{key} ({_plural(report['rules'][key]['edits'], 'edit')})")
        for r in examples:
            out.append(f"  {r['path']}:{r['line']}:{r['column']}  {_show(r['before'])} → {_show(r['after'])}")
            ctx = r["context"]
            if ctx["before"].rstrip("\r\n") != r["before"].rstrip("\r\n"):
                at = r["column"] - 1
                out.append(f"      line: {_around(ctx['before'], at, len(r['before']))} → "
                           f"{_around(ctx['after'], at, len(r['after']))}")
    return out
