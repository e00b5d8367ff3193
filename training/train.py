"""Train the line scorer (cleaner/models/linescorer.json) from pages built by build_data.py.

Two logistic layers. The first reads each line's features (cleaner.linescorer.features: its
shape, its neighbours', where it sits relative to the prose mass, the document) and hashed
words; the second reads the first's out-of-fold scores of the neighbours. Each page is seen
whole and as a window cut around its article with a random number of chrome lines (3 to 40)
each side, so the model cannot learn one window size.

    /tmp/venv/bin/pip install -r training/requirements.txt
    /tmp/venv/bin/python training/train.py training/data/pages.jsonl --out cleaner/models/linescorer.json

The features come from cleaner/linescorer.py itself (loaded from its file by
training/scorer_module.py, without the rest of the package, so this script needs only numpy,
scipy and scikit-learn), which keeps training and inference the same code.
"""

from __future__ import annotations

import argparse
import json
import hashlib
import random
import sys
import textwrap
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from scorer_module import load_scorer

ROOT = Path(__file__).resolve().parent.parent


ls = load_scorer(ROOT)


def hard_wrap(lines: list[str], labels: list, width: int) -> tuple[list[str], list]:
    """The page as text hard-wrapped at ``width`` columns (as many scraped and e-mailed texts are)."""
    out, out_labels = [], []
    for s, v in zip(lines, labels):
        parts = textwrap.wrap(s, width) if " " in s else [s]
        out.extend(parts or [s])
        out_labels.extend([v] * len(parts or [s]))
    return out, out_labels


def windows(page: dict, rnd: random.Random) -> list[tuple[list[str], list]]:
    """The whole page and one window around its content lines (hard-wrapped for some pages)."""
    lines, labels = page["lines"], page["labels"]
    out = [(lines, labels)]
    content = [i for i, v in enumerate(labels) if v == 0]
    if content:
        k = rnd.randint(3, 40)
        lo, hi = max(0, content[0] - k), min(len(lines), content[-1] + k + 1)
        win = (lines[lo:hi], labels[lo:hi])
        if rnd.random() < WRAPPED:
            win = hard_wrap(*win, rnd.randint(60, 90))
        out.append(win)
    return out


WRAPPED = 0.3  # share of windows seen hard-wrapped


def tune_half(page_id: str) -> bool:
    """Half of the training pages of the article-extraction benchmark are kept for tuning the
    thresholds (training/tune.py) on pages the model has not seen."""
    return page_id.startswith("aeb/") and int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2 == 0


def page_rows(lines: list[str], labels: list, lang: str):
    idx, rows, hashed, _ = ls.features(lines, lang)
    y = [labels[i] for i in idx]
    return rows, hashed, y


def hashed_matrix(hashed: list[list[int]]) -> sparse.csr_matrix:
    data, ind, ptr = [], [], [0]
    for hs in hashed:
        if hs:
            inv = 1.0 / np.sqrt(len(hs))
            counts: dict[int, float] = {}
            for h in hs:
                counts[h] = counts.get(h, 0.0) + inv
            ind.extend(counts)
            data.extend(counts.values())
        ptr.append(len(ind))
    return sparse.csr_matrix((data, ind, ptr), shape=(len(hashed), ls.HASH_BUCKETS))


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--c1", type=float, default=0.5)
    ap.add_argument("--c2", type=float, default=1.0)
    ap.add_argument("--tune-out", type=Path, help="write the pages kept for tuning here")
    ap.add_argument("--human-weight", type=float, default=1.0,
                    help="weight of pages with human labels (aeb) against silver ones (trafilatura)")
    ap.add_argument("--train-on-tune", action="store_true",
                    help="train on the pages kept for tuning too (then they no longer tell how the thresholds do "
                         "on pages the model has not seen)")
    return ap.parse_args(argv)


def load_documents(pages: Path, human_weight: float, keep_tune: bool = True) -> tuple[list[tuple], list[str]]:
    """The training documents, (page id, rows, hashed, labels, weight), one per window of each
    training page; and the raw lines of the pages kept for tuning (trained on as well when not
    ``keep_tune``)."""
    rnd = random.Random(13)
    docs = []
    tune = []
    for line in pages.open(encoding="utf-8"):
        page = json.loads(line)
        if page.get("split") != "train":
            continue
        if tune_half(page["id"]):
            tune.append(line)
            if keep_tune:
                continue
        for lines, labels in windows(page, rnd):
            rows, hashed, y = page_rows(lines, labels, page["lang"])
            if rows:
                docs.append((page["id"], rows, hashed, y, human_weight if page["source"] == "aeb" else 1.0))
    return docs, tune


def standardised(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``X`` with zero mean and unit variance per column, and the means and scales (1 where a
    column is constant)."""
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    return (X - mean) / scale, mean, scale


class Lines:
    """Every line of every document, as the stage-1 model reads them."""

    def __init__(self, docs: list[tuple]) -> None:
        self.X = np.array([r for _, rows, *_ in docs for r in rows], dtype=float)
        H = hashed_matrix([h for _, _, hashed, *_ in docs for h in hashed])
        y_all = [v for _, _, _, y, _ in docs for v in y]
        self.groups = np.array([g for g, rows, *_ in docs for _ in rows])
        doc_of = np.array([k for k, (_, rows, *_) in enumerate(docs) for _ in rows])
        # each page weighs about the same, whatever its number of lines
        sizes = np.bincount(doc_of)
        source_weight = np.array([d[4] for d in docs])
        self.weight = np.minimum(1.0, 150.0 / sizes[doc_of]) * source_weight[doc_of]
        dense, self.mean, self.scale = standardised(self.X)
        self.Z = sparse.hstack([sparse.csr_matrix(dense), H]).tocsr()
        self.known = np.array([v is not None for v in y_all])
        self.y = np.array([1 if v else 0 for v in y_all])


def fit_stage1(data: Lines, c1: float) -> tuple[LogisticRegression, np.ndarray]:
    """The stage-1 model on all lines, and its out-of-fold scores (5 folds by page)."""
    Z, y, known, weight = data.Z, data.y, data.known, data.weight

    def fit(mask):
        m = LogisticRegression(C=c1, max_iter=2000)
        m.fit(Z[mask & known], y[mask & known], sample_weight=weight[mask & known])
        return m

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(Z, y, data.groups):
        mask = np.zeros(len(y), bool)
        mask[tr] = True
        oof[te] = fit(mask).predict_proba(Z[te])[:, 1]
    return fit(np.ones(len(y), bool)), oof


def fit_stage2(docs: list[tuple], data: Lines, oof: np.ndarray, c2: float):
    """The stage-2 model, on the out-of-fold stage-1 scores of each line's neighbours: the model,
    the standardisation of its features, and its scores."""
    rows2, start = [], 0
    for _, rows, *_ in docs:
        p1 = list(oof[start:start + len(rows)])
        rows2.extend(ls._stage2_row(p1, p, row) for p, row in enumerate(rows))
        start += len(rows)
    Z2, mean2, scale2 = standardised(np.array(rows2, dtype=float))
    m2 = LogisticRegression(C=c2, max_iter=2000)
    m2.fit(Z2[data.known], data.y[data.known], sample_weight=data.weight[data.known])
    return m2, mean2, scale2, m2.predict_proba(Z2)[:, 1]


def _rounded(values, digits: int = 5) -> list[float]:
    return [round(float(v), digits) for v in values]


def model_record(m1, m2, data: Lines, mean2, scale2, docs: list[tuple], args: argparse.Namespace) -> dict:
    """The model file's content (see cleaner/models/README.md)."""
    coef1 = m1.coef_[0]
    nd = data.X.shape[1]
    return {
        "about": "cleaner line scorer: chrome probability of each line; see cleaner/models/README.md",
        "features": ls.SHAPE_NAMES, "stage2_features": ls.STAGE2_NAMES,
        "w1": _rounded(coef1[:nd]),
        "hash1": _rounded(coef1[nd:], 4),
        "b1": round(float(m1.intercept_[0]), 5),
        "mean1": _rounded(data.mean), "scale1": _rounded(data.scale),
        "w2": _rounded(m2.coef_[0]), "b2": round(float(m2.intercept_[0]), 5),
        "mean2": _rounded(mean2), "scale2": _rounded(scale2),
        "thresholds": {"outside": 0.9, "edge": 0.97, "inside": 0.995, "edge_lines": 2, "suspect": 0.6},
        "training": {"documents": len(docs), "lines": int(data.known.sum()), "c1": args.c1, "c2": args.c2,
                     "human_weight": args.human_weight},
    }


def write_model(out: Path, model: dict) -> None:
    """Write the model, keeping the thresholds tune.py set in the file it replaces."""
    if out.exists():
        old = json.loads(out.read_text(encoding="utf-8"))
        model["thresholds"] = old.get("thresholds", model["thresholds"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    docs, tune = load_documents(args.pages, args.human_weight, not args.train_on_tune)
    print(f"{len(docs)} documents, {len(tune)} pages kept for tuning", file=sys.stderr)
    if args.tune_out:
        args.tune_out.write_text("".join(tune), encoding="utf-8")
    data = Lines(docs)
    y, known = data.y, data.known
    print(f"{len(y)} lines, {known.sum()} labelled, {y[known].mean():.3f} chrome", file=sys.stderr)
    m1, oof = fit_stage1(data, args.c1)
    m2, mean2, scale2, p2 = fit_stage2(docs, data, oof, args.c2)
    for name, p in (("stage 1 (out of fold)", oof), ("stage 2", p2)):
        acc = ((p[known] >= 0.5) == (y[known] == 1)).mean()
        print(f"{name}: accuracy {acc:.4f}", file=sys.stderr)
    write_model(args.out, model_record(m1, m2, data, mean2, scale2, docs, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
