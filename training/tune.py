"""Choose the line scorer's deletion thresholds on dev windows and write them into the model.

For each threshold set of a grid (the run cut's ``span`` and ``floor``, single lines outside the prose mass), the
windows (5, 15, 30 lines of chrome and the whole page) of the dev pages are cleaned by the
scorer alone and scored (shingle F1, content loss). The chosen set has the best mean F1 among
those whose content loss stays at most ``--max-loss`` in every window size.

    .venv/bin/python training/tune.py training/data/tune.jsonl --model cleaner/models/linescorer.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import linescorer  # noqa: E402
from cleaner.bench import _f1, _pr, shingles  # noqa: E402
from cleaner.bench_chrome import SIZES, jsonl_pages, window  # noqa: E402


def prepared(pages: list[dict]) -> list[tuple[str, list[str], set, list]]:
    out = []
    for k in SIZES:
        for page in pages:
            text = window(page, k)
            if not text:
                continue
            lines = text.split("\n")
            gold = shingles(page["gold"])
            if gold:
                # the content lines of the window (per-line labels when the page has them)
                content = {i for i, line in enumerate(lines) if line.strip() and _is_content(line, page)}
                out.append((str(k), lines, gold, linescorer.line_evidence(lines, page.get("lang")), content))
    return out


def _is_content(line: str, page: dict) -> bool:
    if "labels" in page:
        return line in page.setdefault("_content", {s for s, v in zip(page["lines"], page["labels"]) if v == 0})
    return False


def evaluate(data, th: dict) -> dict[str, tuple[float, float]]:
    """Per window size: (shingle F1, content loss as the share of the content lines' characters
    deleted: shingle recall would count the shingles a deletion creates across the gap)."""
    per: dict[str, list] = {}
    for k, lines, gold, ev, content in data:
        drop = {i for i, _, _ in linescorer.decide(ev, th)[0]}
        kept = "\n".join(s for i, s in enumerate(lines) if i not in drop)
        p, r = _pr(shingles(kept), gold)
        total = sum(len(lines[i]) for i in content) or 1
        lost = sum(len(lines[i]) for i in content & drop) / total
        per.setdefault(k, []).append((p, r, lost))
    res = {}
    for k, rows in per.items():
        n = len(rows)
        mp, mr = sum(r[0] for r in rows) / n, sum(r[1] for r in rows) / n
        res[k] = (_f1(mp, mr), sum(r[2] for r in rows) / n)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--model", type=Path, default=linescorer.MODEL_PATH)
    ap.add_argument("--max-loss", type=float, default=0.003)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--span", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--floor", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8])
    ap.add_argument("--outside", type=float, nargs="+", default=[0.9, 0.95, 0.98])
    args = ap.parse_args(argv)
    pages = [p for path in args.pages for p in jsonl_pages(path)]
    data = prepared(pages)
    base = json.loads(args.model.read_text(encoding="utf-8"))["thresholds"]
    best = None
    for span, floor, out in itertools.product(args.span, args.floor, args.outside):
        if floor > out:
            continue
        th = dict(base, span=span, floor=floor, outside=out)
        res = evaluate(data, th)
        worst = max(loss for _, loss in res.values())
        mean_f1 = sum(f for f, _ in res.values()) / len(res)
        if worst <= args.max_loss and (best is None or mean_f1 > best[0]):
            best = (mean_f1, th, res)
    if best is None:
        print("no threshold set keeps the loss low enough", file=sys.stderr)
        return 1
    print(json.dumps({"mean_f1": round(best[0], 4), "thresholds": best[1],
                      "by_window": {k: [round(f, 4), round(l, 4)] for k, (f, l) in best[2].items()}}))
    if args.write:
        model = json.loads(args.model.read_text(encoding="utf-8"))
        model["thresholds"] = best[1]
        args.model.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
