"""Plain-text windows: how much chrome the pipeline, its rules and its line scorer remove, and how
much of the article they lose.

A window is a page's visible text cut to its article with ``k`` lines of the page's chrome on
each side (k = 5, 15, 30, or the whole page). Sources, each optional:

- ``../shared/bench/readability``: ``noisy.txt`` and ``expected.txt``; the article's region is
  the first to the last line of ``noisy.txt`` that shares most of its shingles with the gold.
- JSON Lines pages (``training/data/devset.jsonl``, or pages built by
  ``training/build_data.py`` with a ``gold`` text or per-line ``labels``).

Systems: ``pipeline`` (``cleaner clean`` as it is), ``line-scorer`` (``cleaner clean
--line-scorer``: the rules, then the line scorer on what they leave), ``scorer`` (the line
scorer's deletions alone), ``replace`` (``--line-scorer`` without ``edge-chrome``),
``site`` (the pipeline with ``--site-repetition``, the windows of a page's ``site`` counted
together as a batch would count them).

Scores are the shared benchmark's: 4-word shingles of lowercased words, precision and recall
per window, macro-averaged, F1 of the means; content loss is the gold's shingle recall on the
window minus on the output.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable, Iterable

from .bench import _f1, _pr, shingles

SIZES = (5, 15, 30, None)  # None: the whole page
SYSTEMS = ("pipeline", "line-scorer", "scorer", "replace", "site")
SCORER_ON = {"line_scorer": True}  # --line-scorer


def _region(lines: list[str], gold: set) -> tuple[int, int] | None:
    hits = []
    for i, s in enumerate(lines):
        sh = shingles(s)
        if len(sh) >= 2 and len(sh & gold) >= 0.5 * len(sh):
            hits.append(i)
    return (hits[0], hits[-1]) if hits else None


def readability_pages(root: Path) -> list[dict]:
    pages = []
    for d in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        noisy, expected = d / "noisy.txt", d / "expected.txt"
        if not (noisy.exists() and expected.exists()):
            continue
        gold = expected.read_text(encoding="utf-8")
        given = d / "noisy_window.txt"
        pages.append({"id": f"readability/{d.name}", "lang": "en", "lines": noisy.read_text(encoding="utf-8").splitlines(),
                      "gold": gold, "given": given.read_text(encoding="utf-8") if given.exists() else None})
    return pages


def jsonl_pages(path: Path, split: str | None = None) -> list[dict]:
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        if split and page.get("split") != split:
            continue
        if not page.get("gold"):
            page["gold"] = "\n".join(s for s, v in zip(page["lines"], page["labels"]) if v == 0)
        pages.append(page)
    return pages


def window(page: dict, k: int | str | None) -> str | None:
    lines = page["lines"]
    if k == "given":  # the window the benchmark ships (readability noisy_window.txt)
        return page.get("given")
    if k is None:
        return "\n".join(lines) + "\n"
    gold = shingles(page["gold"])
    if "labels" in page and page.get("source") == "written":
        content = [i for i, v in enumerate(page["labels"]) if v == 0]
        region = (content[0], content[-1]) if content else None
    else:
        region = _region(lines, gold)
    if region is None:
        return None
    lo, hi = max(0, region[0] - k), min(len(lines), region[1] + k + 1)
    return "\n".join(lines[lo:hi]) + "\n"


def scorer_clean(text: str, lang: str | None = None) -> str:
    from .linescorer import chrome_spans

    lines = text.split("\n")
    drop = set()
    for first, last, _, _ in chrome_spans(lines, lang):
        drop.update(range(first, last + 1))
    return "\n".join(s for i, s in enumerate(lines) if i not in drop)


def _systems() -> dict[str, Callable[[str, str | None], str]]:
    from .pipeline import clean

    def pipeline(text: str, lang: str | None) -> str:
        return clean(text).text

    def with_scorer(text: str, lang: str | None) -> str:
        return clean(text, options=SCORER_ON).text

    def replace(text: str, lang: str | None) -> str:
        # the scorer in place of edge-chrome
        return clean(text, ignore=["edge-chrome"], options=SCORER_ON).text

    return {"pipeline": pipeline, "line-scorer": with_scorer, "scorer": scorer_clean, "replace": replace}


def _site_runs(texts: list[tuple[dict, str]]) -> dict[int, Callable[[str, str | None], str]]:
    """The pipeline with each window's site lines, counted over the windows of its site."""
    from .pipeline import clean
    from .passes.boilerplate.site import SiteIndex

    sites = SiteIndex().add_all((p["site"], t) for p, t in texts if p.get("site")).sites()
    return {id(p): (lambda text, lang, lines=sites.get(p.get("site") or ""): clean(text, options={"site_lines": lines}).text)
            for p, _ in texts}


def measure(pages: list[dict], sizes: Iterable[int | None] = SIZES,
            systems: Iterable[str] = SYSTEMS) -> dict:
    """{size: {system: {windows, f1, precision, recall, input_f1, content_loss}}}."""
    run = _systems()
    out: dict = {}
    for k in sizes:
        texts = [(p, window(p, k)) for p in pages]
        texts = [(p, t) for p, t in texts if t]
        row = {}
        by_site = _site_runs(texts) if "site" in systems else {}
        for name in systems:
            ps, rs, ips, irs, losses = [], [], [], [], []
            for page, text in texts:
                gold = shingles(page["gold"])
                if not gold:
                    continue
                result = (by_site[id(page)] if name == "site" else run[name])(text, page.get("lang"))
                p, r = _pr(shingles(result), gold)
                ip, ir = _pr(shingles(text), gold)
                ps.append(p), rs.append(r), ips.append(ip), irs.append(ir), losses.append(ir - r)
            n = len(ps) or 1
            mp, mr = sum(ps) / n, sum(rs) / n
            row[name] = {"windows": len(ps), "f1": _f1(mp, mr), "precision": mp, "recall": mr,
                         "input_f1": _f1(sum(ips) / n, sum(irs) / n), "content_loss": sum(losses) / n}
        if texts:  # a size no page has (``given`` outside readability) is left out
            out["page" if k is None else str(k)] = row
    return out


def snippets(root: Path) -> dict:
    """trafilatura_en: keep-recall and drop-rate of the line scorer (after the pipeline)."""
    from .bench import snippet_scores
    from .pipeline import clean

    runs = {"pipeline": ({}, None), "line-scorer": (SCORER_ON, None), "replace": (SCORER_ON, ["edge-chrome"])}

    def system(name: str) -> Callable[[str], str]:
        options, ignore = runs[name]

        def run(noisy: str) -> str:
            return clean(noisy, lang="en", ignore=ignore, options=options).text
        return run

    res = {}
    for name in runs:
        score = snippet_scores(root, cleaner=system(name))
        res[name] = {"keep_recall": score.keep_recall, "drop_rate": score.drop_rate}
    return res


def speed(texts: list[str]) -> dict:
    from .linescorer import chrome_spans

    chrome_spans(["warm up"], "en")
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for t in texts:
        chrome_spans(t.split("\n"), None)
    took = time.perf_counter() - start
    return {"megabytes": size / 1e6, "seconds": took, "mb_per_s": size / 1e6 / took if took else 0.0}


def format_measure(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'window':<7} {'system':<9} {'n':>4} {'F1':>7} {'P':>7} {'R':>7} {'input F1':>8} {'loss':>7}")
    for k, row in result.items():
        for name, s in row.items():
            lines.append(f"{k:<7} {name:<9} {s['windows']:>4} {s['f1']:>7.4f} {s['precision']:>7.4f} {s['recall']:>7.4f} "
                         f"{s['input_f1']:>8.4f} {s['content_loss']:>7.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="plain-text chrome windows: pipeline, rules, line scorer")
    ap.add_argument("--readability", type=Path)
    ap.add_argument("--trafilatura-en", type=Path)
    ap.add_argument("--pages", type=Path, action="append", default=[], help="JSON Lines pages")
    ap.add_argument("--split", default=None, help="only pages of this split (e.g. heldout)")
    ap.add_argument("--sizes", default="5,15,30,page")
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    args = ap.parse_args(argv)
    sizes = [None if s == "page" else s if s == "given" else int(s) for s in args.sizes.split(",")]
    systems = args.systems.split(",")
    if args.readability:
        print(format_measure(measure(readability_pages(args.readability), sizes, systems), "readability"))
    for path in args.pages:
        print(format_measure(measure(jsonl_pages(path, args.split), sizes, systems), str(path)))
    if args.trafilatura_en:
        print("trafilatura_en", json.dumps(snippets(args.trafilatura_en)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
